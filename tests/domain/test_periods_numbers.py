import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.numbers import parse_date, parse_decimal, parse_whole
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
    ("text", "value"),
    [
        ("1234.5", 1234.5),
        ("1234,5", 1234.5),
        ("1.234,5", 1234.5),
        ("1,234.5", 1234.5),
        ("1 234,5", 1234.5),
        ("1.234.567", 1234567.0),
        ("-3", -3.0),
        ("0,006", 0.006),
    ],
)
def test_numbers_in_both_conventions(text: str, value: float) -> None:
    assert parse_decimal(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1,2,3", "nan", "inf", "1.2.3,4,5"])
def test_non_numbers_are_refused(text: str) -> None:
    with pytest.raises(DomainError):
        parse_decimal(text)


def test_whole_numbers() -> None:
    assert parse_whole("1454") == 1454
    assert parse_whole("1.454") == 1454  # Vietnamese thousands separator
    assert parse_whole("1,454") == 1454
    assert parse_whole("12,0") == 12
    with pytest.raises(DomainError):
        parse_whole("12,5")


@given(st.floats(min_value=0, max_value=1e12, allow_nan=False), st.sampled_from(["vi", "en"]))
def test_formatted_numbers_parse_back(value: float, language: str) -> None:
    text = f"{value:,.2f}"
    if language == "vi":
        text = text.replace(",", " ").replace(".", ",").replace(" ", ".")
    assert parse_decimal(text) == pytest.approx(round(value, 2), abs=1e-6)


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
    from scp_desktop.domain.numbers import format_number

    assert format_number(value, language, decimals) == text


@pytest.mark.parametrize(
    ("text", "language", "value"),
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
    ],
)
def test_parse_localized(text: str, language: str, value: float) -> None:
    from scp_desktop.domain.numbers import parse_localized

    assert parse_localized(text, language) == pytest.approx(value)


@pytest.mark.parametrize(("text", "language"), [("1,234.5", "vi"), ("1.2.3", "en"), ("12,34,5", "en"), ("abc", "vi")])
def test_parse_localized_refuses_the_other_convention(text: str, language: str) -> None:
    from scp_desktop.domain.numbers import parse_localized

    with pytest.raises(DomainError):
        parse_localized(text, language)


@given(st.floats(min_value=-1e12, max_value=1e12, allow_nan=False), st.sampled_from(["vi", "en"]))
def test_localized_round_trip(value: float, language: str) -> None:
    from scp_desktop.domain.numbers import format_number, parse_localized

    assert parse_localized(format_number(value, language, 3), language) == pytest.approx(round(value, 3), abs=1e-3)
