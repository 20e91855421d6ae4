"""Record kinds, their fields and natural keys, and row validation.

Each kind is described once (`RecordKind`); the importer, the store and the
later UI all read these specs. Validation turns the text a person typed or a
CSV held into typed values plus field-level issues.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from scp_desktop.domain.energy import NCV_IMPLAUSIBLE, NCV_REQUIRED, check_fuel_unit
from scp_desktop.domain.field_labels import FIELD_LABELS
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Day, DomainError, Figure, Issue, Msg, Severity
from scp_desktop.domain.numbers import (
    ColumnConventions,
    Convention,
    PlainNumber,
    as_number,
    excel_day,
    parse_date,
    parse_number,
)
from scp_desktop.domain.periods import parse_period
from scp_desktop.domain.reference import CodeList, ReferenceData
from scp_desktop.domain.text import clean_text, unescape_formula


class FieldType(Enum):
    OWNER = "owner"  # facility or store code
    PERIOD = "period"
    DATE = "date"
    CHOICE = "choice"
    TEXT = "text"
    DECIMAL = "decimal"
    WHOLE = "whole"


REQUIRED = QT_TRANSLATE_NOOP("Records", "This field is required.")
NEGATIVE = QT_TRANSLATE_NOOP("Records", "A quantity cannot be negative ({value}).")
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("Records", "{field} “{value}” is unknown. Known: {known}.")
BEYOND_RANGE = QT_TRANSLATE_NOOP("Records", "{value} is beyond the largest figure a record can hold ({max}).")
IMPLAUSIBLE = QT_TRANSLATE_NOOP(
    "Records", "{field}: {value} is more than one record can plausibly hold ({max}): check the unit and separators."
)
FUTURE_PERIOD = QT_TRANSLATE_NOOP("Records", "Period {period} has not started yet.")
FUTURE_DATE = QT_TRANSLATE_NOOP("Records", "{date} is in the future.")
TOO_LONG = QT_TRANSLATE_NOOP("Records", "At most {max} characters.")
TEN_TIMES = QT_TRANSLATE_NOOP(
    "Records", "{value} is more than 10 times the same period last year ({previous}): please check."
)
ABOVE_USUAL = QT_TRANSLATE_NOOP(
    "Records", "{value} is {factor} times the usual {usual} of this facility's neighbouring records: please check."
)
BELOW_USUAL = QT_TRANSLATE_NOOP(
    "Records", "{value} is a {factor}th of the usual {usual} of this facility's neighbouring records: please check."
)
TOO_MANY_BAGS = QT_TRANSLATE_NOOP(
    "Records", "{per} bags per transaction is implausible (more than {max}): please check."
)
HEAVY_BAGS = QT_TRANSLATE_NOOP(
    "Records", "{grams} g per non-biodegradable bag is implausible (more than {max} g): check kg and count."
)
BAGS_WITHOUT_SALES = QT_TRANSLATE_NOOP("Records", "Bags were handed out on a day with no transactions: please check.")

MAX_TEXT = 500
MAX_FIGURE = 1e15  # larger than any quantity, count or amount in VND a record holds
JUMP_FACTOR = 10.0


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: FieldType
    required: bool = True
    choices: Callable[[ReferenceData], CodeList] | None = None
    aliases: tuple[str, ...] = ()  # other header names, e.g. Vietnamese ones (diacritics optional)


@dataclass(frozen=True)
class RecordKind:
    code: str  # as on the command line: energy, production, …
    table: str
    fields: tuple[FieldSpec, ...]
    key: tuple[str, ...]  # natural key, owner and period/date included
    measure: str | None = None  # the quantity compared against last year

    @property
    def owner_field(self) -> str:
        return self.fields[0].name

    @property
    def time_field(self) -> str:
        return self.fields[1].name

    @property
    def is_periodic(self) -> bool:
        return self.fields[1].type is FieldType.PERIOD

    def field(self, name: str) -> FieldSpec:
        return next(f for f in self.fields if f.name == name)

    @property
    def columns(self) -> list[str]:
        """The columns a record table and an export show, in the order of the fields."""
        return [spec.name for spec in self.fields]

    @property
    def key_fields_without_time(self) -> tuple[str, ...]:
        return tuple(k for k in self.key if k not in (self.owner_field, self.time_field))


@dataclass(frozen=True)
class RecordQuery:
    """What a record table shows: one organization's records of one kind, filtered and sorted."""

    kind: RecordKind
    org_id: int
    facility_id: int | None = None
    year: int | None = None
    month: int | None = None  # with year
    text: str = ""
    sort: str | None = None  # one of the kind's columns, None for the natural order
    descending: bool = False


def _fuels(ref: ReferenceData) -> CodeList:
    return ref.fuel_list


def _units(ref: ReferenceData) -> CodeList:
    return ref.unit_list


def _streams(ref: ReferenceData) -> CodeList:
    return ref.waste_streams


def _routes(ref: ReferenceData) -> CodeList:
    return ref.waste_routes


def _cp_categories(ref: ReferenceData) -> CodeList:
    return ref.cp_categories


def _cp_feasibility(ref: ReferenceData) -> CodeList:
    return ref.cp_feasibility


def _cp_statuses(ref: ReferenceData) -> CodeList:
    return ref.cp_statuses


FACILITY = FieldSpec("facility", FieldType.OWNER, aliases=("cơ sở", "mã cơ sở", "nhà máy"))
PERIOD = FieldSpec(
    "period", FieldType.PERIOD, aliases=("kỳ", "kỳ báo cáo", "thời kỳ", "tháng", "tháng năm", "thời gian", "năm", "quý")
)

ENERGY = RecordKind(
    "energy",
    "energy_use",
    (
        FACILITY,
        PERIOD,
        FieldSpec(
            "fuel",
            FieldType.CHOICE,
            choices=_fuels,
            aliases=("nhiên liệu", "loại nhiên liệu", "loại năng lượng", "năng lượng", "nguồn năng lượng"),
        ),
        FieldSpec("quantity", FieldType.DECIMAL, aliases=("số lượng", "lượng tiêu thụ", "khối lượng tiêu thụ")),
        FieldSpec("unit", FieldType.CHOICE, choices=_units, aliases=("đơn vị", "đơn vị tính", "đvt")),
        FieldSpec("ncv_gj_per_t", FieldType.DECIMAL, required=False, aliases=("nhiệt trị", "nhiệt trị gj/t")),
        FieldSpec(
            "cost_vnd",
            FieldType.DECIMAL,
            required=False,
            aliases=("chi phí", "chi phí vnd", "thành tiền", "số tiền", "chi phí năng lượng"),
        ),
    ),
    key=("facility", "period", "fuel"),
    measure="quantity",
)
PRODUCTION = RecordKind(
    "production",
    "production_output",
    (
        FACILITY,
        PERIOD,
        FieldSpec("product", FieldType.TEXT, aliases=("sản phẩm", "tên sản phẩm")),
        FieldSpec("quantity", FieldType.DECIMAL, aliases=("sản lượng", "số lượng")),
        FieldSpec("unit", FieldType.TEXT, aliases=("đơn vị", "đơn vị tính")),
        FieldSpec(
            "value_vnd", FieldType.DECIMAL, required=False, aliases=("giá trị sản xuất", "giá trị", "giá trị vnd")
        ),
    ),
    key=("facility", "period", "product"),
    measure="quantity",
)
WATER = RecordKind(
    "water",
    "water_use",
    (
        FACILITY,
        PERIOD,
        FieldSpec("quantity_m3", FieldType.DECIMAL, aliases=("lượng nước m3", "nước m3", "số lượng m3")),
    ),
    key=("facility", "period"),
    measure="quantity_m3",
)
MATERIALS = RecordKind(
    "materials",
    "material_use",
    (
        FACILITY,
        PERIOD,
        FieldSpec("material", FieldType.TEXT, aliases=("nguyên liệu", "vật liệu", "nguyên vật liệu")),
        FieldSpec("quantity_t", FieldType.DECIMAL, aliases=("khối lượng t", "khối lượng tấn", "số lượng t")),
    ),
    key=("facility", "period", "material"),
    measure="quantity_t",
)
WASTE = RecordKind(
    "waste",
    "waste_flow",
    (
        FACILITY,
        PERIOD,
        FieldSpec("stream", FieldType.CHOICE, choices=_streams, aliases=("loại chất thải", "dòng chất thải")),
        FieldSpec("route", FieldType.CHOICE, choices=_routes, aliases=("hình thức xử lý", "cách xử lý")),
        FieldSpec("quantity_t", FieldType.DECIMAL, aliases=("khối lượng t", "khối lượng tấn", "số lượng t")),
    ),
    key=("facility", "period", "stream", "route"),
    measure="quantity_t",
)
BAGS = RecordKind(
    "bags",
    "bag_log",
    (
        FieldSpec("store", FieldType.OWNER, aliases=("cửa hàng", "mã cửa hàng", "siêu thị")),
        FieldSpec("date", FieldType.DATE, aliases=("ngày",)),
        FieldSpec("transactions", FieldType.WHOLE, aliases=("số giao dịch", "số lượt giao dịch", "giao dịch")),
        FieldSpec("nonbio_count", FieldType.WHOLE, aliases=("túi khó phân hủy", "số túi khó phân hủy")),
        FieldSpec("nonbio_kg", FieldType.DECIMAL, aliases=("túi khó phân hủy kg", "kg túi khó phân hủy")),
        FieldSpec("bio_count", FieldType.WHOLE, aliases=("túi phân hủy sinh học", "số túi phân hủy sinh học")),
        FieldSpec("bio_kg", FieldType.DECIMAL, aliases=("túi phân hủy sinh học kg", "kg túi phân hủy sinh học")),
        FieldSpec("paper_count", FieldType.WHOLE, aliases=("túi giấy", "số túi giấy")),
        FieldSpec("paper_kg", FieldType.DECIMAL, aliases=("túi giấy kg", "kg túi giấy")),
        FieldSpec("reusable_sold", FieldType.WHOLE, aliases=("túi dùng nhiều lần", "túi dùng nhiều lần bán ra")),
    ),
    key=("store", "date"),
)
CP_OPTIONS = RecordKind(
    "cp-options",
    "cp_option",
    (
        FACILITY,
        FieldSpec("code", FieldType.TEXT, aliases=("mã giải pháp", "mã")),
        FieldSpec("process_step", FieldType.TEXT, aliases=("công đoạn",)),
        FieldSpec("category", FieldType.CHOICE, choices=_cp_categories, aliases=("nhóm giải pháp", "loại giải pháp")),
        FieldSpec("description", FieldType.TEXT, aliases=("mô tả", "nội dung giải pháp")),
        FieldSpec("feasibility", FieldType.CHOICE, choices=_cp_feasibility, aliases=("tính khả thi", "khả thi")),
        FieldSpec("status", FieldType.CHOICE, choices=_cp_statuses, aliases=("trạng thái", "tình trạng")),
        FieldSpec("investment_vnd", FieldType.DECIMAL, aliases=("vốn đầu tư", "đầu tư vnd")),
        FieldSpec("annual_savings_vnd", FieldType.DECIMAL, aliases=("tiết kiệm hằng năm", "tiết kiệm vnd/năm")),
        FieldSpec("savings_kwh", FieldType.DECIMAL, required=False, aliases=("tiết kiệm kwh",)),
        FieldSpec("savings_t", FieldType.DECIMAL, required=False, aliases=("tiết kiệm tấn",)),
        FieldSpec("savings_m3", FieldType.DECIMAL, required=False, aliases=("tiết kiệm m3",)),
        FieldSpec("benefit_waste_t", FieldType.DECIMAL, required=False, aliases=("giảm chất thải t",)),
        FieldSpec("benefit_wastewater_m3", FieldType.DECIMAL, required=False, aliases=("giảm nước thải m3",)),
        FieldSpec("benefit_co2_t", FieldType.DECIMAL, required=False, aliases=("giảm co2 t",)),
        FieldSpec("lifetime_years", FieldType.WHOLE, required=False, aliases=("tuổi thọ năm",)),
    ),
    key=("facility", "code"),
)

RECORD_KINDS: dict[str, RecordKind] = {
    kind.code: kind for kind in (ENERGY, PRODUCTION, WATER, MATERIALS, WASTE, BAGS, CP_OPTIONS)
}

UNKNOWN_KIND = QT_TRANSLATE_NOOP("Import", "Unknown record kind “{kind}”. Known kinds: {known}.")


def record_kind(code: str) -> RecordKind:
    """The record kind of a code the user gave (CLI, import), or a DomainError naming the known ones."""
    if code not in RECORD_KINDS:
        raise DomainError(UNKNOWN_KIND(kind=code, known=", ".join(RECORD_KINDS)), "kind")
    return RECORD_KINDS[code]


Numbers = Convention | ColumnConventions  # how a record's numbers are written: one convention, or a file's columns


def _convert(kind_code: str, spec: FieldSpec, text: str, ref: ReferenceData, today: dt.date, numbers: Numbers) -> Any:
    """One field from text to its typed value; raises DomainError with the reason, quoting the text."""
    if spec.type in (FieldType.OWNER, FieldType.TEXT):
        value = clean_text(unescape_formula(text))  # '=x as a spreadsheet keeps it literal: =x
        if len(value) > MAX_TEXT:
            raise DomainError(TOO_LONG(max=MAX_TEXT))
        return value
    if spec.type is FieldType.PERIOD:
        period = parse_period(text)
        if period.is_future(today):
            raise DomainError(FUTURE_PERIOD(period=period.code))
        return period
    if spec.type is FieldType.DATE:
        day = parse_date(text)
        if day > today:
            raise DomainError(FUTURE_DATE(date=Day(day)))
        return day
    if spec.type is FieldType.CHOICE:
        assert spec.choices is not None
        known = spec.choices(ref)
        code = known.find(text.strip())
        if code is None:
            raise DomainError(UNKNOWN_CHOICE(value=text.strip(), field=field_name(spec.name), known=known.names()))
        return code
    whole = spec.type is FieldType.WHOLE
    if isinstance(numbers, ColumnConventions):
        value = numbers.read(spec.name, text, whole)
    else:
        value = parse_number(text, numbers, whole)
    if value < 0:
        raise DomainError(NEGATIVE(value=text.strip()))
    if value > MAX_FIGURE:  # checked before the whole-number conversion (and SQLite's 64-bit integers)
        raise DomainError(BEYOND_RANGE(value=text.strip(), max=Figure(MAX_FIGURE, 0)))
    check_bound(kind_code, spec.name, value, ref)
    return as_number(value, whole)


def check_bound(kind_code: str, name: str, value: float, ref: ReferenceData) -> None:
    """DomainError when a figure exceeds its field's plausible range (reference data `ranges`)."""
    bound = ref.max_figure(kind_code, name)
    if value > MAX_FIGURE:  # too large to write as a figure (10^4000 is no float)
        shown = str(value) if isinstance(value, float) else f"{str(value)[:12]}… ({len(str(value))} digits)"
        raise DomainError(BEYOND_RANGE(value=shown, max=Figure(MAX_FIGURE, 0)), name)
    if value > bound:
        raise DomainError(IMPLAUSIBLE(value=Figure(value), field=field_name(name), max=Figure(bound, 0)), name)


def field_name(name: str) -> Msg:
    """A field's label, as a message parameter (rendered in the reader's language)."""
    return FIELD_LABELS.get(name, Msg("Field", name))


def validate_record(
    kind: RecordKind,
    raw: Mapping[str, str | None],
    ref: ReferenceData,
    today: dt.date,
    numbers: Numbers = "plain",
) -> tuple[dict[str, Any], list[Issue]]:
    """Typed values and issues for one record given as text per field name.

    `numbers` says how its numbers are written: `plain` (the app's own canonical form, as stored
    and sent), the user's convention for typed text, or a file's per-column conventions.
    """
    values: dict[str, Any] = {}
    issues: list[Issue] = []
    for spec in kind.fields:
        cell = raw.get(spec.name) or ""
        text = cell if type(cell) is PlainNumber else cell.strip()  # keep a spreadsheet number's kind
        if not text:
            if spec.required:
                issues.append(Issue(spec.name, REQUIRED))
            else:
                values[spec.name] = None
            continue
        try:
            values[spec.name] = _convert(kind.code, spec, text, ref, today, numbers)
        except DomainError as error:
            issues.append(Issue(spec.name, error.message))
    if not any(issue.is_error for issue in issues):
        issues.extend(cross_checks(kind, values, ref))
    return values, issues


def cross_checks(kind: RecordKind, values: dict[str, Any], ref: ReferenceData) -> list[Issue]:
    """The rules between a record's typed fields (a fuel's unit, its heating value; bag plausibility)."""
    if kind is ENERGY:
        return _energy_checks(values, ref)
    if kind is BAGS:
        return [
            Issue(field, message, Severity.WARNING)
            for field, message in bag_warnings(
                values["transactions"],
                values["nonbio_count"],
                values["nonbio_kg"],
                values["bio_count"],
                values["paper_count"],
                ref,
            )
        ]
    return []


def _energy_checks(values: dict[str, Any], ref: ReferenceData) -> list[Issue]:
    try:
        check_fuel_unit(values["fuel"], values["unit"], ref)
    except DomainError as error:
        return [Issue(error.field or "unit", error.message)]
    ncv = values.get("ncv_gj_per_t")
    if ref.fuels[values["fuel"]].requires_ncv:
        if not ncv:
            return [Issue("ncv_gj_per_t", NCV_REQUIRED)]
        if not 1.0 <= ncv <= 45.0:
            return [Issue("ncv_gj_per_t", NCV_IMPLAUSIBLE(ncv=ncv), Severity.WARNING)]
    return []


def bag_warnings(
    transactions: int, nonbio: int, nonbio_kg: float, bio: int, paper: int, ref: ReferenceData
) -> list[tuple[str, Msg]]:
    """Implausible but possible bag figures: they are saved, with a warning."""
    found: list[tuple[str, Msg]] = []
    bags = nonbio + bio + paper
    if transactions == 0:
        if bags:
            found.append(("transactions", BAGS_WITHOUT_SALES))
    elif bags > ref.max_bags_per_transaction * transactions:
        per = round(bags / transactions, 1)
        found.append(("nonbio_count", TOO_MANY_BAGS(per=per, max=ref.max_bags_per_transaction)))
    if nonbio and nonbio_kg > ref.max_kg_per_bag * nonbio:
        grams = round(nonbio_kg / nonbio * 1000)
        found.append(("nonbio_kg", HEAVY_BAGS(grams=grams, max=round(ref.max_kg_per_bag * 1000))))
    return found


def jump_warning(field: str, value: float, previous: float | None) -> Issue | None:
    """Warn when a quantity is more than 10× the same period a year earlier."""
    if previous is None or previous <= 0 or value <= JUMP_FACTOR * previous:
        return None
    return Issue(field, TEN_TIMES(value=Figure(value), previous=Figure(previous)), Severity.WARNING)


def usual_value(neighbours: Sequence[float]) -> float | None:
    """The median of a facility's positive neighbouring values; None with fewer than three."""
    values = sorted(v for v in neighbours if v and v > 0)
    if len(values) < 3:  # with two, one stray value would make the other look out of line
        return None
    middle = len(values) // 2
    return values[middle] if len(values) % 2 else (values[middle - 1] + values[middle]) / 2


def outlier_warning(field: str, value: float, neighbours: Sequence[float]) -> Issue | None:
    """Warn when a value is 10× above or below the median of the same facility's neighbouring records
    (a month of 790,12 kWh among months of 800.000 is a misread thousands separator)."""
    usual = usual_value(neighbours)
    if usual is None or value <= 0:
        return None
    ratio = value / usual
    if ratio >= JUMP_FACTOR:
        message = ABOVE_USUAL(value=Figure(value), factor=Figure(ratio, 0), usual=Figure(usual))
    elif ratio <= 1 / JUMP_FACTOR:
        message = BELOW_USUAL(value=Figure(value), factor=Figure(1 / ratio, 0), usual=Figure(usual))
    else:
        return None
    return Issue(field, message, Severity.WARNING)


_BAG_WEIGHTS = ("nonbio_kg", "bio_kg", "paper_kg")
_FAST_KG_BOUND = 2.0**49  # below MAX_FIGURE: larger weights take the slow path, which says why
UNKNOWN_STORE = QT_TRANSLATE_NOOP(
    "Records", "“{code}” is not one of this organization's stores or markets: add it as a store or market first."
)


class BagRowParser:
    """The bag log's hot path: one CSV row of text to a tuple ready for SQL, or issues.

    A million rows must validate in a few seconds, so the common case (plain
    integers, ISO or dd/mm/yyyy dates) avoids the generic machinery; anything
    unusual falls back to `validate_record`, which gives the precise message.
    Input: store code, date, then the eight BAGS value fields in order. Output:
    (store id, ISO date, eight figures, tag), where `owners` maps codes to ids
    and `tag` is passed through (the import batch).
    """

    def __init__(
        self,
        ref: ReferenceData,
        today: dt.date,
        owners: Mapping[str, int],
        tag: Any = None,
        numbers: ColumnConventions | None = None,
    ) -> None:
        self.ref = ref
        self.today = today
        self.owners = owners
        self.tag = tag
        self.numbers = numbers or ColumnConventions()
        self._styles = self.numbers.settled  # updated in place as cells settle their columns
        self._kg_plain = False
        self._dates: dict[str, str | None] = {}
        self._max_per = ref.max_bags_per_transaction
        self._max_kg = ref.max_kg_per_bag
        # Each figure's plausible range; a row beyond one takes the slow path, which says which.
        (
            self._max_t,
            self._max_nb,
            self._max_nbk,
            self._max_bc,
            self._max_bk,
            self._max_pc,
            self._max_pk,
            self._max_rs,
        ) = (ref.max_figure(BAGS.code, spec.name) for spec in BAGS.fields[2:])

    def _date(self, text: str) -> str | None:
        try:
            return self._dates[text]
        except KeyError:
            try:
                day = excel_day(text) or parse_date(text)
                iso = day.isoformat() if day <= self.today else None
            except DomainError:
                iso = None
            if len(self._dates) < 100_000:
                self._dates[text] = iso
            return iso

    def parse(self, cells: Sequence[str]) -> tuple[tuple[Any, ...] | None, list[Issue]]:
        try:
            store, date_text, t, nb, nbk, bc, bk, pc, pk, rs = cells
            owner = self.owners[store]
            day = self._date(date_text)
            t, nb, bc, pc, rs = int(t), int(nb), int(bc), int(pc), int(rs)
            if self._kg_plain:  # every weight column settled as 1,234.5: float() reads them, bar grouping
                if "," in nbk or "," in bk or "," in pk:
                    raise ValueError
                nbk, bk, pk = float(nbk), float(bk), float(pk)
            else:
                nbk, bk, pk = self._kg("nonbio_kg", nbk), self._kg("bio_kg", bk), self._kg("paper_kg", pk)
            if (
                day is None
                # any negative, or any figure from 2^49 on (the slow path applies the exact MAX_FIGURE): one shift
                or (t | nb | bc | pc | rs) >> 49
                or not (nbk >= 0.0 and bk >= 0.0 and pk >= 0.0 and nbk + bk + pk < _FAST_KG_BOUND)  # NaN, ∞ too
                or t > self._max_t
                or nb > self._max_nb
                or nbk > self._max_nbk
                or bc > self._max_bc
                or bk > self._max_bk
                or pc > self._max_pc
                or pk > self._max_pk
                or rs > self._max_rs
            ):
                raise ValueError
        except (ValueError, KeyError):
            return self._slow(cells)
        finally:
            if not self._kg_plain:
                self._kg_plain = all(self._styles.get(c) == "en" for c in _BAG_WEIGHTS)
        row = (owner, day, t, nb, nbk, bc, bk, pc, pk, rs, self.tag)
        bags = nb + bc + pc
        if (bags <= self._max_per * t if t else not bags) and (nbk <= self._max_kg * nb or not nb):
            return row, []
        warnings = bag_warnings(t, nb, nbk, bc, pc, self.ref)
        return row, [Issue(field, message, Severity.WARNING) for field, message in warnings]

    def _kg(self, column: str, text: str) -> float:
        """A weight as its column writes it; anything the plain float() cannot read safely goes slow."""
        style = self._styles.get(column)
        if style == "en" or style == "plain":
            if "," in text:
                raise ValueError
        elif style == "vi":
            if "." in text:
                raise ValueError
            text = text.replace(",", ".")
        elif "." in text or "," in text:  # not settled yet: this cell may settle it (or need the whole file)
            return self.numbers.read(column, text)
        return float(text)

    def _slow(self, cells: Sequence[str]) -> tuple[tuple[Any, ...] | None, list[Issue]]:
        names = [spec.name for spec in BAGS.fields]
        raw = dict(zip(names, cells, strict=False))
        day = excel_day(raw.get("date") or "")
        if day is not None:
            raw["date"] = day.isoformat()
        values, issues = validate_record(BAGS, raw, self.ref, self.today, self.numbers)
        store = values.get("store")
        if store and store not in self.owners:
            issues.insert(0, Issue("store", UNKNOWN_STORE(code=store)))
        if any(issue.is_error for issue in issues):
            return None, issues
        figures = tuple(values[name] for name in names[2:])
        return (self.owners[store], values["date"].isoformat(), *figures, self.tag), issues


class Outcome(Enum):
    """What saving a record did."""

    CREATED = "created"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"
