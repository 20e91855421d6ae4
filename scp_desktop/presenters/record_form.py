"""What the record editor does, without Qt: the form a new record starts from, what stays chosen after a
save, the units a fuel allows, what the figures typed come to, the plain text a typed record is kept as,
and what finalizing locks.

The widgets (ui/pages/record_editor.py and records.py) only display these and forward what the user does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from scp_desktop.domain.bags import BagTotals
from scp_desktop.domain.economics import irr, npv, option_cash_flows, simple_payback_years
from scp_desktop.domain.energy import EnergyLine, allowed_units, combustion_co2_t, default_unit, scope2_co2_t, toe
from scp_desktop.domain.field_labels import KIND_TITLES
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Issue, Msg
from scp_desktop.domain.numbers import ColumnConventions, ColumnEvidence, canonical_text, format_number
from scp_desktop.domain.periods import parse_period
from scp_desktop.domain.records import BAGS, CP_OPTIONS, ENERGY, FieldType, RecordKind, RecordQuery
from scp_desktop.domain.reference import ReferenceData
from scp_desktop.services.workspace import Workspace

FINALIZE_QUESTION = QT_TRANSLATE_NOOP(
    "RecordPage",
    "Finalize {kind} for {period} ({scope})? Its {count} record(s) become read-only and the report is queued "
    "for the ministry. A mistake found later is corrected by a new report that replaces this one.",
)
WHOLE_ORGANIZATION = QT_TRANSLATE_NOOP("RecordPage", "the whole organization")
ONE_FACILITY = QT_TRANSLATE_NOOP("RecordPage", "{facility} only")


def unit_choices(fuel: str, ref: ReferenceData) -> tuple[list[str], str]:
    """The units a fuel can be measured in, and the one it is usually recorded in."""
    if fuel not in ref.fuels:
        return list(ref.units), next(iter(ref.units))
    return allowed_units(fuel, ref), default_unit(fuel, ref)


def fresh_values(kind: RecordKind, today: dt.date) -> dict[str, str]:
    """A new form: a daily log starts at today."""
    return {"date": today.isoformat()} if kind.time_field == "date" else {}


def kept_after_save(kind: RecordKind) -> tuple[str, ...]:
    """Fields that stay chosen for the next record: the owner, the period, and every choice (stream,
    route, fuel …), so that three routes of one stream are entered without choosing it three times."""
    kept = [kind.owner_field]
    if kind.is_periodic:
        kept.append(kind.time_field)
    kept += [spec.name for spec in kind.fields if spec.type is FieldType.CHOICE]
    return tuple(kept)


def next_values(kind: RecordKind, saved: dict[str, str], today: dt.date) -> dict[str, str]:
    """The form after a save: the kept fields, and a daily log moved to the next day unless that is in the future."""
    values = {name: saved.get(name, "") for name in kept_after_save(kind)}
    if kind.time_field == "date" and saved.get("date"):
        following = dt.date.fromisoformat(saved["date"]) + dt.timedelta(days=1)
        values["date"] = (following if following <= today else dt.date.fromisoformat(saved["date"])).isoformat()
    return values


def plain_record(kind: RecordKind, owner: str, values: dict[str, Any]) -> dict[str, str]:
    """Validated values as the plain text the store and the undo stack keep (numbers as 1234.5)."""
    text = {kind.owner_field: owner}
    for spec in kind.fields[1:]:
        value = values.get(spec.name)
        if value is None:
            text[spec.name] = ""
        elif spec.type in (FieldType.DECIMAL, FieldType.WHOLE):
            text[spec.name] = canonical_text(value)
        elif hasattr(value, "code"):
            text[spec.name] = value.code
        elif hasattr(value, "isoformat"):
            text[spec.name] = value.isoformat()
        else:
            text[spec.name] = str(value)
    return text


@dataclass(frozen=True)
class FinalizeScope:
    """What finalizing a period locks, for the question asked before it."""

    kind: RecordKind
    period: str
    facility: str | None
    records: int

    def question(self) -> Msg:
        scope = ONE_FACILITY(facility=self.facility) if self.facility else WHOLE_ORGANIZATION
        return FINALIZE_QUESTION(kind=KIND_TITLES[self.kind.code], period=self.period, scope=scope, count=self.records)


def finalize_scope(
    ws: Workspace, kind: RecordKind, org_id: int, period: str, facility_id: int | None, facility_code: str | None
) -> FinalizeScope:
    """The records a report of `period` (a year or a month, as the page's filters choose) takes in."""
    span = parse_period(period)
    year, month0 = divmod(span.start_month, 12)
    month = month0 + 1 if span.start_month == span.end_month else None
    return FinalizeScope(
        kind, period, facility_code, ws.records.count(RecordQuery(kind, org_id, facility_id, year, month))
    )


# -- pasting rows copied from a spreadsheet -------------------------------------------------------------
@dataclass
class PastedRows:
    """Rows pasted as tab-separated text, in the kind's field order, and how their numbers are written."""

    kind: RecordKind
    rows: list[tuple[int, dict[str, str]]]  # (row number in the paste, field → cell)
    conventions: dict[str, str]
    undecided: list[tuple[str, list[str]]]  # columns only readable two ways: (field, their first such cells)


def read_paste(kind: RecordKind, text: str) -> PastedRows:
    """Split the clipboard's text and settle each number column the way a file's columns are settled:
    by its own decisive cells (812.345,6 or 1,5), else the paste's, else it stays undecided (asked)."""
    names = [spec.name for spec in kind.fields]
    rows = [
        (number, dict(zip(names, (cell.strip() for cell in line.split("\t")), strict=False)))
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]
    evidence = ColumnEvidence()
    for spec in kind.fields:
        if spec.type in (FieldType.DECIMAL, FieldType.WHOLE):
            for _, cells in rows:
                if cells.get(spec.name):
                    evidence.add(spec.name, cells[spec.name], spec.type is FieldType.WHOLE)
    conventions, undecided = evidence.conventions()
    return PastedRows(kind, rows, dict(conventions), [(name, evidence.ambiguous[name]) for name in undecided])


def check_paste(
    ws: Workspace, org: Any, pasted: PastedRows
) -> tuple[list[tuple[int, dict[str, str]]], list[tuple[int, Issue]]]:
    """The pasted rows that can be saved (as plain text), and the problems of the others."""
    numbers = ColumnConventions(pasted.conventions)  # type: ignore[arg-type]
    good, problems = [], []
    for number, cells in pasted.rows:
        _, values, issues = ws.check_record(pasted.kind, org, cells, numbers=numbers)  # type: ignore[arg-type]
        errors = [i for i in issues if i.is_error]
        if errors:
            problems += [(number, issue) for issue in errors]
        else:
            good.append((number, plain_record(pasted.kind, cells.get(pasted.kind.owner_field, ""), values)))
    return good, problems


# -- the line under the form: what the figures typed so far come to -----------------------------------
TOE_DECIMALS = 3  # the table's TOE column shows as many digits as the form's "= … TOE"
IS_TOE = QT_TRANSLATE_NOOP("RecordPage", "= {toe} TOE")
SCOPE_2 = QT_TRANSLATE_NOOP("RecordPage", "{co2} t CO₂ (Scope 2)")
SCOPE_1 = QT_TRANSLATE_NOOP("RecordPage", "{co2} t CO₂ (Scope 1)")
BIOGENIC = QT_TRANSLATE_NOOP("RecordPage", "{co2} t biogenic CO₂")
PER_TRANSACTION = QT_TRANSLATE_NOOP("RecordPage", "{per} non-biodegradable bags per transaction")
PAYBACK = QT_TRANSLATE_NOOP("RecordPage", "Payback {years} years")
NEVER_PAYS_BACK = QT_TRANSLATE_NOOP("RecordPage", "Never pays back")
NPV_AT = QT_TRANSLATE_NOOP("RecordPage", "NPV {npv} VND at {rate} %")
IRR_IS = QT_TRANSLATE_NOOP("RecordPage", "IRR {irr} %")

Number = Callable[[str], float | None]  # a field's figure as typed, None while it cannot be read


def preview(
    kind: RecordKind, raw: dict[str, str], number: Number, ref: ReferenceData, language: str, today: dt.date
) -> tuple[Msg, ...]:
    """What the record being typed comes to (TOE and CO₂, bags per transaction, a CP option's payback,
    NPV and IRR), shown joined by " · "; nothing while a figure it needs is missing or unreadable."""
    show = _PREVIEWS.get(kind)
    if show is None:
        return ()
    try:
        return show(raw, number, ref, language, today)
    except (DomainError, KeyError, ValueError):  # a fuel or unit not (yet) chosen, a period half typed
        return ()


def _energy_preview(
    raw: dict[str, str], number: Number, ref: ReferenceData, language: str, today: dt.date
) -> tuple[Msg, ...]:
    quantity = number("quantity")
    if quantity is None:
        return ()
    line = EnergyLine(raw["fuel"], quantity, raw["unit"], number("ncv_gj_per_t"))
    tonnes = toe(line, ref)
    parts = [IS_TOE(toe=format_number(tonnes, language, TOE_DECIMALS))]
    fuel = ref.fuels[raw["fuel"]]
    if fuel.purchased_electricity:
        kwh = quantity * ref.units[raw["unit"]].to_base
        year = int(raw["period"][:4]) if raw["period"][:4].isdigit() else today.year
        parts.append(SCOPE_2(co2=format_number(scope2_co2_t(kwh, year, ref), language, 2)))
    elif fuel.co2_kg_per_tj:
        co2 = format_number(combustion_co2_t(fuel.code, tonnes, ref), language, 2)
        parts.append(BIOGENIC(co2=co2) if fuel.biogenic else SCOPE_1(co2=co2))
    return tuple(parts)


def _bags_preview(
    raw: dict[str, str], number: Number, ref: ReferenceData, language: str, today: dt.date
) -> tuple[Msg, ...]:
    per = BagTotals(1, int(number("transactions") or 0), int(number("nonbio_count") or 0)).nonbio_per_transaction
    return () if per is None else (PER_TRANSACTION(per=format_number(per, language, 2)),)


def _economics_preview(
    raw: dict[str, str], number: Number, ref: ReferenceData, language: str, today: dt.date
) -> tuple[Msg, ...]:
    investment, savings = number("investment_vnd"), number("annual_savings_vnd")
    if investment is None or savings is None:
        return ()
    flows = option_cash_flows(investment, savings, int(number("lifetime_years") or ref.cp_lifetime_years))
    payback, rate = simple_payback_years(investment, savings), irr(flows)
    parts = [
        PAYBACK(years=format_number(payback, language, 1)) if payback is not None else NEVER_PAYS_BACK(),
        NPV_AT(
            npv=format_number(npv(ref.cp_discount_rate, flows), language, 0),
            rate=format_number(ref.cp_discount_rate * 100, language, 0),
        ),
    ]
    if rate is not None:
        parts.append(IRR_IS(irr=format_number(rate * 100, language, 1)))
    return tuple(parts)


_PREVIEWS = {ENERGY: _energy_preview, BAGS: _bags_preview, CP_OPTIONS: _economics_preview}
