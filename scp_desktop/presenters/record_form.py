"""What the record editor does, without Qt: the form a new record starts from, what stays chosen after a
save, the units a fuel allows, the plain text a typed record is kept as, and what finalizing locks.

The widgets (ui/pages/records.py) only display these and forward what the user does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from scp_desktop.domain.energy import allowed_units, default_unit
from scp_desktop.domain.field_labels import KIND_TITLES
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Issue, Msg
from scp_desktop.domain.numbers import ColumnConventions, ColumnEvidence, canonical_text
from scp_desktop.domain.periods import parse_period
from scp_desktop.domain.records import FieldType, RecordKind, RecordQuery
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
