"""Finalizing a period's records into a report, correcting it, and keeping finalized periods read-only."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from scp_desktop import __version__
from scp_desktop.domain.audit import Source
from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.periods import Period, parse_period
from scp_desktop.domain.records import RecordKind, RecordQuery, record_kind
from scp_desktop.domain.reports import (
    ALREADY_FINALIZED,
    NO_REPORT,
    NOT_CORRECTABLE,
    NOTHING_TO_FINALIZE,
    OVERLAPPING,
    ReportState,
    content_sha256,
)
from scp_desktop.services.workspace import Workspace


@dataclass(frozen=True)
class ReportStatus:
    state: ReportState
    submission_id: str
    supersedes: str | None
    finalized_at: str | None


def _scope(ws: Workspace, tax_code: str, facility_code: str | None) -> tuple[Any, int | None]:
    org = ws.organization(tax_code)
    return org, ws.facility_id(org, facility_code) if facility_code else None


def payload(ws: Workspace, kind: RecordKind, org: Any, facility_id: int | None, period: Period) -> dict[str, Any]:
    """What is sent: the organization, scope, period and every record in it, in natural-key order."""
    dated = kind.is_periodic or kind.time_field == "date"  # a period lies within one year: read that year only
    query = RecordQuery(kind, org.id, facility_id, period.first_year if dated else None)
    columns = kind.columns
    rows = [
        dict(zip(columns, row, strict=True))
        for row in ws.records.fetch(query, 0, 10**9)
        if in_period(kind, row[1], period)
    ]
    return {
        "form": kind.code,
        "organization": {
            "tax_code": org.tax_code,
            "name": org.name,
            "province_code": org.province_code,
            "sector": org.sector,
        },
        "facility": next((code for code, fid in ws.facility_ids(org).items() if fid == facility_id), None),
        "period": period.code,
        "records": rows,
        "reference_versions": ws.ref.versions,
        "app_version": __version__,
    }


def in_period(kind: RecordKind, time_value: Any, period: Period) -> bool:
    if kind.time_field == "date":
        year, month = int(time_value[:4]), int(time_value[5:7])
        return period.start_month <= year * 12 + month - 1 <= period.end_month
    if kind.is_periodic:
        inner = parse_period(time_value)
        return period.start_month <= inner.start_month and inner.end_month <= period.end_month
    return True  # the CP register has no period: a report carries the whole register


def finalize(
    ws: Workspace,
    kind_code: str,
    tax_code: str,
    period_text: str,
    facility_code: str | None = None,
    source: str = Source.CLI,
) -> str:
    """Freeze the records into a finalized report queued for sending; returns its submission id."""
    kind = record_kind(kind_code)
    org, facility_id = _scope(ws, tax_code, facility_code)
    period = parse_period(period_text)
    with ws.transaction(source):
        live = ws.reports.live(org.id, kind.code, facility_id, period.code)
        if live and live["state"] != ReportState.DRAFT.value:
            raise DomainError(ALREADY_FINALIZED(kind=kind.code, period=period.code), "period")
        other = ws.reports.locking(org.id, kind.code, facility_id, period.start_month, period.end_month)
        if other is not None:  # the same records would reach the ministry twice
            scope = _scope_name(ws, org, other["facility_id"])
            message = OVERLAPPING(kind=kind.code, period=period.code, other=other["period"], scope=scope)
            raise DomainError(message, "period")
        content = payload(ws, kind, org, facility_id, period)
        if not content["records"]:
            raise DomainError(NOTHING_TO_FINALIZE(kind=kind.code, period=period.code), "period")
        submission_id = (
            live["submission_id"]
            if live
            else ws.reports.create(org.id, kind.code, facility_id, period.code, period.start_month, period.end_month)
        )
        ws.reports.finalize(submission_id, content, content_sha256(content), ws.ref.versions)
    return submission_id


def _scope_name(ws: Workspace, org: Any, facility_id: int | None) -> str:
    codes = {fid: code for code, fid in ws.facility_ids(org).items()}
    return f"{org.tax_code}/{codes[facility_id]}" if facility_id in codes else org.tax_code


def correct(
    ws: Workspace,
    kind_code: str,
    tax_code: str,
    period_text: str,
    facility_code: str | None = None,
    source: str = Source.CLI,
) -> str:
    """Start a correction: a new draft that supersedes the finalized report and unlocks its records."""
    kind = record_kind(kind_code)
    org, facility_id = _scope(ws, tax_code, facility_code)
    period = parse_period(period_text)
    with ws.transaction(source):
        live = ws.reports.live(org.id, kind.code, facility_id, period.code)
        if live is None or live["state"] == ReportState.DRAFT.value:
            raise DomainError(NO_REPORT(kind=kind.code, period=period.code), "period")
        state = ReportState(live["state"])
        if not state.correctable:
            raise DomainError(NOT_CORRECTABLE(state=state.value), "period")
        new = ws.reports.create(
            org.id,
            kind.code,
            facility_id,
            period.code,
            period.start_month,
            period.end_month,
            supersedes=live["submission_id"],
        )
        ws.reports.mark_superseded(live["submission_id"], new)
    return new


def status(
    ws: Workspace, kind_code: str, tax_code: str, period_text: str, facility_code: str | None = None
) -> ReportStatus | None:
    org, facility_id = _scope(ws, tax_code, facility_code)
    live = ws.reports.live(org.id, kind_code, facility_id, parse_period(period_text).code)
    if live is None:
        return None
    return ReportStatus(ReportState(live["state"]), live["submission_id"], live["supersedes"], live["finalized_at"])
