import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scp_desktop.catalog import translator
from scp_desktop.domain.numbers import AmbiguousColumn, ColumnConventions
from scp_desktop.domain.records import (
    BAGS,
    CP_OPTIONS,
    ENERGY,
    WASTE,
    BagRowParser,
    jump_warning,
    outlier_warning,
    validate_record,
)

TODAY = dt.date(2026, 11, 24)


def energy(**overrides: str) -> dict[str, str]:
    return {
        "facility": "NM01",
        "period": "2025-03",
        "fuel": "electricity",
        "quantity": "1234.5",
        "unit": "kWh",
        **overrides,
    }


def errors(issues) -> dict[str, str]:
    return {i.field: i.render() for i in issues if i.is_error}


def test_valid_energy_record(ref) -> None:
    values, issues = validate_record(ENERGY, energy(), ref, TODAY)
    assert issues == []
    assert values["quantity"] == 1234.5 and values["period"].code == "2025-03"


def test_numbers_are_read_in_the_convention_they_are_written_in(ref) -> None:
    values, issues = validate_record(ENERGY, energy(quantity="1.234,5"), ref, TODAY, "vi")
    assert issues == [] and values["quantity"] == 1234.5
    _, issues = validate_record(ENERGY, energy(quantity="1.234,5"), ref, TODAY)  # the app's plain form
    assert "“1.234,5” is not a number" in errors(issues)["quantity"]
    _, issues = validate_record(BAGS, bag_text(transactions="1.234,5"), ref, TODAY, "vi")
    assert errors(issues)["transactions"] == "“1.234,5” must be a whole number."  # quoted as typed


def bag_text(**overrides: str) -> dict[str, str]:
    names = [f.name for f in BAGS.fields]
    return {**dict(zip(names, BAG_ROW, strict=True)), **overrides}


@pytest.mark.parametrize(
    ("field", "text", "fragment"),
    [
        ("quantity", "-5", "cannot be negative"),
        ("quantity", "abc", "is not a number"),
        ("quantity", "", "required"),
        ("unit", "gallons", "Unit “gallons” is unknown"),
        ("period", "2027-01", "has not started yet"),
        ("period", "2025-13", "Month 13 does not exist"),
        ("fuel", "uranium", "Fuel “uranium” is unknown. Known: Electricity, Coke, Coal, grade 1-2"),
        ("facility", "", "required"),
    ],
)
def test_each_bad_field_gets_a_message_at_that_field(ref, field: str, text: str, fragment: str) -> None:
    _, issues = validate_record(ENERGY, energy(**{field: text}), ref, TODAY)
    assert fragment in errors(issues)[field]


def test_unit_must_fit_the_fuel(ref) -> None:
    _, issues = validate_record(ENERGY, energy(unit="t"), ref, TODAY)
    assert errors(issues)["unit"] == "Electricity cannot be measured in t; use one of: kWh, MWh."
    vi = next(i for i in issues if i.field == "unit").render(translator("vi"))
    assert vi == "Không thể đo Điện bằng tấn; hãy dùng một trong: kWh, MWh."


def test_messages_name_values_by_their_labels_in_the_readers_language(ref) -> None:
    _, issues = validate_record(ENERGY, energy(fuel="uranium"), ref, TODAY)
    message = next(i for i in issues if i.field == "fuel").render(translator("vi"))
    assert message.startswith(
        "Nhiên liệu “uranium” không có trong danh mục. Danh mục: Điện, Than cốc, Than cám loại 1, 2"
    )
    assert "coal_1_2" not in message


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"fuel": "Điện"}, {"fuel": "electricity"}),
        ({"fuel": "Than cám loại 3-4", "unit": "tấn"}, {"fuel": "coal_3_4", "unit": "t"}),
        ({"fuel": "than cam loai 3, 4", "unit": "TAN"}, {"fuel": "coal_3_4", "unit": "t"}),
        ({"fuel": "Dầu DO", "unit": "lít"}, {"fuel": "do", "unit": "L"}),
        ({"fuel": "dầu diesel", "unit": "nghìn lít"}, {"fuel": "do", "unit": "1000L"}),
        ({"fuel": "Khí thiên nhiên", "unit": "m³"}, {"fuel": "natural_gas", "unit": "m3"}),
        ({"fuel": "LPG", "unit": "kg"}, {"fuel": "lpg", "unit": "kg"}),
    ],
)
def test_vietnamese_names_and_spellings_are_understood(ref, fields: dict[str, str], expected: dict[str, str]) -> None:
    values, issues = validate_record(ENERGY, energy(**{"unit": "kWh", **fields}), ref, TODAY)
    assert not errors(issues)
    assert {k: values[k] for k in expected} == expected


def test_waste_and_cp_lists_take_their_vietnamese_names(ref) -> None:
    values, issues = validate_record(
        WASTE,
        {"facility": "A", "period": "2025", "stream": "Rác sinh hoạt", "route": "tai che", "quantity_t": "3"},
        ref,
        TODAY,
    )
    assert not errors(issues) and (values["stream"], values["route"]) == ("domestic", "recycled")
    option = {
        "facility": "A",
        "code": "O1",
        "process_step": "Lò hơi",
        "category": "Quản lý nội vi tốt",
        "description": "x",
        "feasibility": "Thực hiện ngay",
        "status": "đang triển khai",
        "investment_vnd": "1000",
        "annual_savings_vnd": "500",
    }
    values, issues = validate_record(CP_OPTIONS, option, ref, TODAY)
    assert not errors(issues)
    assert (values["category"], values["feasibility"], values["status"]) == (
        "good_housekeeping",
        "implement_now",
        "in_progress",
    )


def test_a_value_far_from_its_neighbours_warns() -> None:
    months = [812_345.6, 790_120.0, 805_000.0]
    assert outlier_warning("quantity", 790.12, months) is not None  # 1/1000 of the usual: misread separator
    assert outlier_warning("quantity", 812_000_000.0, months) is not None
    assert outlier_warning("quantity", 700_000.0, months) is None
    assert outlier_warning("quantity", 790.12, [812_345.6, 790_120.0]) is None  # two neighbours are no history
    assert not outlier_warning("quantity", 790.12, months).is_error


def test_biomass_requires_ncv_and_warns_when_implausible(ref) -> None:
    _, issues = validate_record(ENERGY, energy(fuel="biomass", unit="t"), ref, TODAY)
    assert "net calorific value" in errors(issues)["ncv_gj_per_t"]
    _, issues = validate_record(ENERGY, energy(fuel="biomass", unit="t", ncv_gj_per_t="80"), ref, TODAY)
    assert not errors(issues) and issues[0].field == "ncv_gj_per_t"


def test_choices_ignore_case(ref) -> None:
    values, issues = validate_record(
        WASTE,
        {"facility": "A", "period": "2025", "stream": "Plastic", "route": "RECYCLED", "quantity_t": "3"},
        ref,
        TODAY,
    )
    assert issues == [] and values["stream"] == "plastic" and values["route"] == "recycled"


def test_ten_times_last_year_warns() -> None:
    assert jump_warning("quantity", 1001, 100) is not None
    assert jump_warning("quantity", 1000, 100) is None
    assert jump_warning("quantity", 5, None) is None
    assert not jump_warning("quantity", 1001, 100).is_error


BAG_ROW = ["ST01", "2025-03-01", "1000", "500", "3.0", "100", "0.8", "50", "1.0", "10"]


def test_bag_row_fast_path(ref) -> None:
    parser = BagRowParser(ref, TODAY, {"ST01": 7}, tag=3)
    row, issues = parser.parse(BAG_ROW)
    assert issues == []
    assert row == (7, "2025-03-01", 1000, 500, 3.0, 100, 0.8, 50, 1.0, 10, 3)


# ranges.json's bags maxima, per store and day, written here as a user would look them up
BAG_MAXIMA = {
    2: "1000000",
    3: "10000000",
    4: "100000",
    5: "10000000",
    6: "100000",
    7: "10000000",
    8: "100000",
    9: "1000000",
}


@pytest.mark.parametrize("index", sorted(BAG_MAXIMA))
def test_each_bag_figure_is_kept_to_its_plausible_range(ref, index: int) -> None:
    cells = list(BAG_ROW)
    cells[2] = "1000000"  # transactions at their maximum: no per-transaction warning hides the figure's own
    cells[index] = BAG_MAXIMA[index]
    row, _issues = BagRowParser(ref, TODAY, {"ST01": 7}).parse(cells)
    assert row is not None
    cells[index] = str(int(BAG_MAXIMA[index]) + 1)
    row, issues = BagRowParser(ref, TODAY, {"ST01": 7}).parse(cells)
    assert row is None and list(errors(issues)) == [BAGS.fields[index].name]


@pytest.mark.parametrize(
    ("index", "text", "field", "fragment"),
    [
        (0, "ST99", "store", "“ST99” is not one of this organization's stores"),
        (1, "2025-02-30", "date", "is not a date"),
        (1, "2030-01-01", "date", "in the future"),
        (2, "-1", "transactions", "cannot be negative"),
        (3, "12,5", "nonbio_count", "whole number"),
        (4, "nan", "nonbio_kg", "is not a number"),
        (4, "inf", "nonbio_kg", "is not a number"),
    ],
)
def test_bag_row_errors(ref, index: int, text: str, field: str, fragment: str) -> None:
    cells = list(BAG_ROW)
    cells[index] = text
    row, issues = BagRowParser(ref, TODAY, {"ST01": 7}).parse(cells)
    assert row is None
    assert fragment in errors(issues)[field]


def test_bag_row_warnings_save_anyway(ref) -> None:
    cells = list(BAG_ROW)
    cells[2], cells[3] = "10", "300"  # 35 bags per transaction
    row, issues = BagRowParser(ref, TODAY, {"ST01": 7}).parse(cells)
    assert row is not None and [i.field for i in issues] == ["nonbio_count"] and not issues[0].is_error
    cells = list(BAG_ROW)
    cells[4] = "100"  # 200 g per bag
    row, issues = BagRowParser(ref, TODAY, {"ST01": 7}).parse(cells)
    assert row is not None and [i.field for i in issues] == ["nonbio_kg"]


def test_bag_row_accepts_vietnamese_numbers_and_dates(ref) -> None:
    cells = ["ST01", "01/03/2025", "1.234", "500", "3,0", "100", "0,8", "50", "1", "10"]
    row, issues = BagRowParser(ref, TODAY, {"ST01": 7}).parse(cells)
    assert issues == [] and row == (7, "2025-03-01", 1234, 500, 3.0, 100, 0.8, 50, 1.0, 10, None)
    cells[2] = "1.000"  # 1000 transactions, or 1.000 = 1: nothing in this row says which
    with pytest.raises(AmbiguousColumn):
        BagRowParser(ref, TODAY, {"ST01": 7}).parse(cells)
    settled = BagRowParser(ref, TODAY, {"ST01": 7}, numbers=ColumnConventions({"transactions": "vi"}))
    assert settled.parse(cells)[0][2] == 1000
    cells[1] = "45292"  # a spreadsheet's day number in the date column
    assert (
        BagRowParser(ref, TODAY, {"ST01": 7}, numbers=ColumnConventions({"transactions": "vi"})).parse(cells)[0][1]
        == "2024-01-01"
    )


cell = st.one_of(
    st.integers(-5, 10**6).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    st.sampled_from(["", "1.234", "1,5", "x", "2025-01-01"]),
)


@given(st.lists(cell, min_size=8, max_size=8), st.dates(dt.date(2009, 1, 1), dt.date(2027, 1, 1)))
def test_fast_path_agrees_with_generic_validation(ref, figures: list[str], day: dt.date) -> None:
    cells = ["ST01", day.isoformat(), *figures]
    names = [f.name for f in BAGS.fields]
    try:
        row, issues = BagRowParser(ref, TODAY, {"ST01": 1}).parse(cells)
    except AmbiguousColumn:
        with pytest.raises(AmbiguousColumn):
            validate_record(BAGS, dict(zip(names, cells, strict=True)), ref, TODAY, ColumnConventions())
        return
    values, generic = validate_record(BAGS, dict(zip(names, cells, strict=True)), ref, TODAY, ColumnConventions())
    assert (row is None) == any(i.is_error for i in generic)
    if row is not None:
        assert row[2:10] == tuple(values[n] for n in names[2:])
        assert {i.field for i in issues} == {i.field for i in generic}
