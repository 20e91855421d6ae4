import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.numbers import (
    AmbiguousColumn,
    ColumnConventions,
    ColumnEvidence,
    PlainNumber,
    classify,
    format_number,
    parse_date,
    parse_number,
    read_in,
)
from scp_desktop.domain.periods import Period, PeriodKind, parse_period


def test_period_codes_round_trip() -> None:
    for code in ("2025", "2025-Q1", "2025-Q4", "2025-01", "2025-12"):
        assert parse_period(code).code == code
    assert parse_period("2025-7").code == "2025-07"
    assert parse_period("2025-q3").kind is PeriodKind.QUARTER


def test_period_bounds_and_overlap() -> None:
    year, q3, july, aug24 = (
        parse_period("2025"),
        parse_period("2025-Q3"),
        parse_period("2025-07"),
        parse_period("2024-08"),
    )
    assert (year.first_day, year.last_day) == (dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert (q3.first_day, q3.last_day) == (dt.date(2025, 7, 1), dt.date(2025, 9, 30))
    assert parse_period("2024-02").last_day == dt.date(2024, 2, 29)
    assert year.overlaps(july) and q3.overlaps(july) and not july.overlaps(aug24)
    assert july.same_period_year_before() == parse_period("2024-07")


@pytest.mark.parametrize("text", ["", "25", "2025-13", "2025-Q5", "2025/07", "abc", "1900"])
def test_bad_periods_are_refused(text: str) -> None:
    with pytest.raises(DomainError):
        parse_period(text)


def test_future_means_not_started() -> None:
    today = dt.date(2026, 11, 24)
    assert not parse_period("2026-11").is_future(today)
    assert not parse_period("2026").is_future(today)
    assert parse_period("2026-12").is_future(today)
    assert parse_period("2027").is_future(today)


@pytest.mark.parametrize(
    ("text", "reading"),
    [
        ("1250", "same"),
        ("1.250", "ambiguous"),  # 1250 in Vietnamese, 1.25 in English
        ("1,250", "ambiguous"),
        ("812.345,6", "vi"),
        ("1,5", "vi"),
        ("0,006", "vi"),
        ("1.234.567", "vi"),
        ("1,234.5", "en"),
        ("1.5", "en"),
        ("0.125", "en"),  # a group never starts with 0
        ("1234.567", "en"),  # a first group has at most 3 digits
        ("1 234,5", "vi"),
        ("abc", "invalid"),
        ("1,2,3", "invalid"),
        ("nan", "invalid"),
        ("inf", "invalid"),
        ("", "invalid"),
    ],
)
def test_how_a_cell_can_be_read(text: str, reading: str) -> None:
    assert classify(text) == reading


def test_a_count_has_no_fraction() -> None:
    assert classify("1.454", whole=True) == "vi"  # 1,454 bags is not a count: 1454 in Vietnamese
    assert classify("1,454", whole=True) == "en"
    assert classify("1.234,5", whole=True) == "invalid"
    with pytest.raises(DomainError) as error:
        parse_number("1.234,5", "vi", whole=True)
    assert "1.234,5" in error.value.render()  # the message quotes what was typed, not 1234.5


@pytest.mark.parametrize(
    ("text", "convention", "value"),
    [
        ("1.234,5", "vi", 1234.5),
        ("1.234", "vi", 1234.0),
        ("1234,5", "vi", 1234.5),
        ("1,234.5", "en", 1234.5),
        ("1,234", "en", 1234.0),
        ("1.5", "en", 1.5),
        ("-2,5", "vi", -2.5),
        ("12", "vi", 12.0),
        (",5", "vi", 0.5),
        ("1234.5", "plain", 1234.5),
        ("1e+20", "plain", 1e20),
    ],
)
def test_numbers_in_one_convention(text: str, convention: str, value: float) -> None:
    assert parse_number(text, convention) == value


@pytest.mark.parametrize(
    ("text", "convention"),
    [("1,234.5", "vi"), ("1.2.3", "en"), ("12,34,5", "en"), ("abc", "vi"), ("1.234,5", "plain"), ("1,5", "plain")],
)
def test_the_other_convention_is_refused(text: str, convention: str) -> None:
    with pytest.raises(DomainError) as error:
        parse_number(text, convention)
    assert text in error.value.render()


def test_huge_text_is_refused_before_conversion() -> None:
    with pytest.raises(DomainError):
        parse_number("9" * 5000, "plain")
    assert read_in("1e400", "plain") is None  # overflows to infinity


def test_a_column_settles_on_its_first_decisive_cell() -> None:
    columns = ColumnConventions()
    assert columns.read("quantity", "812.345,6") == 812345.6
    assert columns.read("quantity", "790.120") == 790120.0  # read the column's way, never as 790,12
    with pytest.raises(DomainError):
        columns.read("quantity", "1,234.5")  # the other style in the same column


def test_an_unsettled_ambiguous_cell_asks_for_the_whole_file() -> None:
    with pytest.raises(AmbiguousColumn) as raised:
        ColumnConventions().read("quantity", "790.120")
    assert raised.value.field == "quantity"


def test_other_columns_settle_a_column_without_decisive_cells() -> None:
    evidence = ColumnEvidence()
    for text in ("1.250", "2.500"):
        evidence.add("quantity", text, False)
    evidence.add("ncv_gj_per_t", "14,5", False)
    assert evidence.conventions() == ({"ncv_gj_per_t": "vi", "quantity": "vi"}, [])
    alone = ColumnEvidence()
    alone.add("quantity", "1.250", False)
    assert alone.conventions() == ({}, ["quantity"])


def test_a_spreadsheet_number_carries_no_convention() -> None:
    columns = ColumnConventions({"quantity": "vi"})
    assert columns.read("quantity", PlainNumber("1234.5")) == 1234.5  # a numeric cell, not text


_languages = st.sampled_from(["vi", "en"])


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), _languages, st.integers(0, 4))
def test_formatted_numbers_read_back_exactly(value: float, language: str, decimals: int) -> None:
    text = format_number(value, language, decimals)
    assert parse_number(text, language) == float(text.replace("." if language == "vi" else ",", "").replace(",", "."))


_cells = st.one_of(
    st.integers(0, 10**9).map(str),
    st.builds(
        lambda whole, frac, lang: format_number(whole + frac / 1000, lang, 3),
        st.integers(0, 10**7),
        st.integers(0, 999),
        _languages,
    ),
    st.from_regex(r"[0-9]{1,4}([.,][0-9]{1,4}){0,3}", fullmatch=True),
)


@given(st.lists(_cells, min_size=1, max_size=12))
def test_a_column_is_read_as_written_or_refused(cells: list[str]) -> None:
    """Whatever the cells, each value read is what the cell means in the column's one convention
    (never a third value), and a column is never read in two conventions."""
    columns = ColumnConventions()
    used: set[str] = set()
    try:
        values = [columns.read("x", cell) for cell in cells]
    except (AmbiguousColumn, DomainError):
        return  # refused: the importer asks or reports the row, nothing is read
    for cell, value in zip(cells, values, strict=True):
        readings = {c: read_in(cell, c) for c in ("vi", "en")}
        matching = {c for c, v in readings.items() if v == value}
        assert matching, (cell, value)  # never a third value
        if readings["vi"] != readings["en"]:
            used |= matching
    assert len(used) <= 1


def test_dates() -> None:
    assert parse_date("2025-07-31") == dt.date(2025, 7, 31)
    assert parse_date("31/07/2025") == dt.date(2025, 7, 31)
    assert parse_date("1/7/2025") == dt.date(2025, 7, 1)
    for bad in ("2025-02-30", "07/31/2025", "31.07.2025", ""):
        with pytest.raises(DomainError):
            parse_date(bad)


@given(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_both_date_styles_parse(day: dt.date) -> None:
    assert parse_date(day.isoformat()) == day
    assert parse_date(day.strftime("%d/%m/%Y")) == day


@given(st.integers(1990, 2100), st.integers(1, 12))
def test_months_lie_inside_their_year_and_quarter(year: int, month: int) -> None:
    m = Period.month(year, month)
    assert Period.year(year).overlaps(m)
    assert Period.quarter(year, (month - 1) // 3 + 1).overlaps(m)
    assert not Period.year(year + 1).overlaps(m)


@pytest.mark.parametrize(
    ("value", "language", "decimals", "text"),
    [
        (1234.5, "vi", 1, "1.234,5"),
        (1234.5, "en", 1, "1,234.5"),
        (1234567.891, "vi", 2, "1.234.567,89"),
        (0.5, "vi", 3, "0,500"),
        (None, "vi", 2, "—"),
        (12, "en", 0, "12"),
    ],
)
def test_format_number(value, language: str, decimals: int, text: str) -> None:
    assert format_number(value, language, decimals) == text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("01/2023", "2023-01"),
        ("1/2023", "2023-01"),
        ("T1/2023", "2023-01"),
        ("Tháng 1/2023", "2023-01"),
        ("tháng 12 năm 2023", "2023-12"),
        ("Quý 1/2023", "2023-Q1"),
        ("Q1/2023", "2023-Q1"),
        ("Quý IV/2023", "2023-Q4"),
        ("Năm 2023", "2023"),
        ("2023-01-01", "2023-01"),  # a spreadsheet's month cell: its first day
    ],
)
def test_periods_as_vietnamese_records_write_them(text: str, code: str) -> None:
    assert parse_period(text).code == code


@pytest.mark.parametrize("text", ["2023-01-15", "13/2023", "Q5/2023", "Tháng /2023"])
def test_periods_that_cannot_be_read(text: str) -> None:
    with pytest.raises(DomainError):
        parse_period(text)
