"""What a record page decides, without Qt: the table's query from the filters, the period they
select and the state of its report, what finalizing or correcting it does, which facilities the
records belong to and the hint an empty table shows. The page (ui/pages/records.py) shows these.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from scp_desktop.domain.audit import Source
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Msg
from scp_desktop.domain.organizations import Facility, Organization
from scp_desktop.domain.periods import parse_period
from scp_desktop.domain.records import RecordKind, RecordQuery
from scp_desktop.domain.reports import STATE_LABELS, ReportState
from scp_desktop.services.reports import correct, finalize, status
from scp_desktop.services.workspace import Workspace

CHOOSE_PERIOD = QT_TRANSLATE_NOOP(
    "RecordPage", "Choose a year (and a month) to see or finalize the report for that period."
)
DRAFT = QT_TRANSLATE_NOOP("RecordPage", "{period}: draft, saved as you type.")
CORRECTS = QT_TRANSLATE_NOOP("RecordPage", "This draft corrects submission {id}.")
IN_STATE = QT_TRANSLATE_NOOP("RecordPage", "{period}: {state} · submission {id}")
READ_ONLY = QT_TRANSLATE_NOOP("RecordPage", "Read-only: part of the finalized report for {period}.")
NO_ORGANIZATION = QT_TRANSLATE_NOOP("RecordPage", "Choose or create an organization first (Organizations page).")
NO_FACILITY = QT_TRANSLATE_NOOP(
    "RecordPage", "Add a facility or store on the Organizations page, then record its data here."
)
NO_RECORDS = QT_TRANSLATE_NOOP(
    "RecordPage",
    "No records yet: fill in the form on the right and press Enter, or paste rows "
    "copied from a spreadsheet into the table (Ctrl+V).",
)


@dataclass(frozen=True)
class Filters:
    """What the page's filter bar says."""

    facility_id: int | None = None
    facility_code: str | None = None
    year: int | None = None
    month: int | None = None
    text: str = ""


@dataclass(frozen=True)
class ReportLine:
    """The line above the table: the selected period's report, and what can be done with it."""

    parts: tuple[Msg, ...]
    can_finalize: bool
    can_correct: bool
    read_only: bool  # the period is inside a finalized report: the form cannot change it


class RecordPagePresenter:
    def __init__(self, ws: Workspace, kind: RecordKind) -> None:
        self.ws, self.kind = ws, kind

    # -- the table ------------------------------------------------------------------------------
    def default_sort(self) -> tuple[str | None, bool]:
        """A daily log shows its newest day first; period records their natural order."""
        return ("date", True) if self.kind.time_field == "date" else (None, False)

    def query(self, org: Organization | None, filters: Filters, previous: RecordQuery | None) -> RecordQuery:
        """The table's query from the filters, keeping the sort the user chose."""
        sort, descending = (previous.sort, previous.descending) if previous else self.default_sort()
        base = RecordQuery(self.kind, org.id if org and org.id else -1)
        return replace(
            base,
            facility_id=filters.facility_id,
            year=filters.year,
            month=filters.month if filters.year else None,
            text=filters.text,
            sort=sort,
            descending=descending,
        )

    def owners(self, org: Organization | None) -> list[Facility]:
        """The facilities this page's records can belong to (bags: stores and markets only)."""
        if org is None:
            return []
        allowed = self.ws.owner_ids(self.kind, org)
        return [f for f in self.ws.organizations.facilities(org.id or 0) if f.code in allowed]

    def empty_hint(self, org: Organization | None, count: int, filters: Filters) -> Msg | None:
        if org is None:
            return NO_ORGANIZATION
        if not self.owners(org):
            return NO_FACILITY
        if count == 0 and not filters.text and filters.year is None:
            return NO_RECORDS
        return None

    # -- the period's report --------------------------------------------------------------------
    def period(self, filters: Filters) -> str | None:
        """The period the filters show: a year, or a month of it (the CP register: a year)."""
        if filters.year is None:
            return None
        if filters.month and self.kind.code != "cp-options":
            return f"{filters.year}-{filters.month:02d}"
        return str(filters.year)

    def report_line(self, org: Organization | None, filters: Filters, rows: int) -> ReportLine:
        period = self.period(filters)
        if org is None or org.id is None or period is None:
            return ReportLine((CHOOSE_PERIOD,), False, False, False)
        current = status(self.ws, self.kind.code, org.tax_code, period, filters.facility_code)
        months = parse_period(period)
        locked_by = self.ws.reports.locking(
            org.id, self.kind.code, filters.facility_id, months.start_month, months.end_month
        )
        parts: list[Msg] = []
        if current is None or current.state is ReportState.DRAFT:
            parts.append(DRAFT(period=period))
            if current is not None and current.supersedes:
                parts.append(CORRECTS(id=current.supersedes[:8]))
        else:
            parts.append(IN_STATE(period=period, state=STATE_LABELS[current.state], id=current.submission_id[:8]))
        if locked_by is not None and (current is None or current.submission_id != locked_by["submission_id"]):
            parts.append(READ_ONLY(period=locked_by["period"]))
        return ReportLine(
            tuple(parts),
            can_finalize=locked_by is None and rows > 0,
            can_correct=current is not None and current.state.correctable,
            read_only=locked_by is not None,
        )

    def finalize(self, org: Organization, filters: Filters) -> DomainError | None:
        """Finalize the selected period; the refusal, if any, to show on the report line."""
        period = self.period(filters)
        try:
            if period is not None:
                finalize(self.ws, self.kind.code, org.tax_code, period, filters.facility_code, source=Source.GUI)
        except DomainError as error:
            return error
        return None

    def correct(self, org: Organization, filters: Filters) -> DomainError | None:
        """Start a correction of the selected period's report; the refusal, if any."""
        period = self.period(filters)
        try:
            if period is not None:
                correct(self.ws, self.kind.code, org.tax_code, period, filters.facility_code, source=Source.GUI)
        except DomainError as error:
            return error
        return None
