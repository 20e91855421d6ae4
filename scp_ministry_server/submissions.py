"""Receiving reports (idempotent, validated with the app's own domain code), reviews, the changes
feed and listings: the rules, with the SQL in storage/submissions.py.

Idempotency is the database's: a resend that races its first copy meets the primary key (ON CONFLICT
DO NOTHING) and is answered from what the winner committed. Overlaps are checked under a lock per
organization and form (storage/submissions.py), so two rival reports can never both be live.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from sqlalchemy import Connection, RowMapping
from sqlalchemy.exc import IntegrityError

from scp_desktop.domain.reference import ReferenceData
from scp_desktop.domain.reports import content_sha256
from scp_desktop.domain.taxcode import normalize_tax_code
from scp_ministry_server import quality
from scp_ministry_server.errors import ApiError
from scp_ministry_server.reference import Reference
from scp_ministry_server.schemas import DECIDED, AssessmentPayload, Decision, SubmissionIn, SubmissionSummary
from scp_ministry_server.storage import Principal, Storage
from scp_ministry_server.storage import obligations as standing
from scp_ministry_server.storage import submissions as repo
from scp_ministry_server.storage.types import format_utc, utc_now
from scp_ministry_server.validation import CheckedReport, check_assessment, check_report

FEED_PAGE = 500
LIST_PAGE = 1000


def _receipt(row: RowMapping | dict[str, Any], duplicate: bool) -> dict[str, Any]:
    """The receipt envelope: the only shape the app accepts as success."""
    return {
        "receipt": {
            "submission_id": row["submission_id"],
            "receipt_number": row["receipt"],
            "state": row["state"],
            "received_at": row["received_at"],
            "content_sha256": row["content_sha256"],
            "duplicate": duplicate,
        }
    }


def _resend(existing: RowMapping, content: str, tax_code: str) -> tuple[int, dict[str, Any]]:
    if existing["content_sha256"] == content and existing["tax_code"] == tax_code:
        return 200, _receipt(existing, duplicate=True)
    raise ApiError(409, "ID_REUSED", "this submission id was already used for different content")


def receive(
    storage: Storage, reference: Reference, who: Principal, submission_id: str, body: SubmissionIn
) -> tuple[int, dict[str, Any]]:
    """201 with a new receipt, 200 with the same receipt for a resend, or an ApiError."""
    if body.submission_id not in (None, submission_id):
        mismatch = [{"field": "submission_id", "code": "MISMATCH", "message": "not the id of the path"}]
        raise ApiError(422, "INVALID", "the body names another submission id", mismatch)
    payload = body.payload.as_sent
    try:
        tax_code = normalize_tax_code(body.payload.organization.tax_code)
    except ValueError:
        tax_code = ""
    if not tax_code or not who.may_report_for(tax_code):
        raise ApiError(403, "FORBIDDEN_ORGANIZATION", "this token does not report for that organization")
    content = content_sha256(payload)
    ref = reference.current().data  # read once: the check and the quality figures use the same version
    try:
        checked = _check(storage, reference, ref, body, content, tax_code)
    except ApiError:
        # A resend is answered from what is stored, even if today's rules would refuse it.
        with storage.read_one() as db:
            existing = repo.find(db, submission_id)
        if existing is not None:
            return _resend(existing, content, tax_code)
        raise
    checked.payload["organization"]["tax_code"] = tax_code
    key = repo.ReportKey(
        tax_code,
        body.payload.form,
        checked.facility_key,
        checked.period.code,
        checked.period.start_month,
        checked.period.end_month,
    )
    try:
        return 201, _store(storage, ref, who, submission_id, body, content, key, checked)
    except _Existing as taken:
        return _resend(taken.row, content, tax_code)
    except IntegrityError:
        pass  # the id was taken meanwhile (by another organization's transaction): answer from what is stored
    with storage.read_one() as db:
        existing = repo.find(db, submission_id)
    if existing is None:
        raise ApiError(503, "SERVER_BUSY", "try again", headers={"Retry-After": "1"})
    return _resend(existing, content, tax_code)


def _check(
    storage: Storage, reference: Reference, ref: ReferenceData, body: SubmissionIn, content: str, tax_code: str
) -> CheckedReport:
    """Everything a new report must pass before it is stored; its values as they are stored."""
    if body.content_sha256 != content:
        raise ApiError(
            422,
            "HASH_MISMATCH",
            "content_sha256 does not match the payload",
            [{"field": "content_sha256", "code": "MISMATCH", "message": f"payload hashes to {content}"}],
        )
    held = storage.holdings(tax_code, body.attachments)
    missing = sorted(set(body.attachments) - held.keys())
    if missing:  # never uploaded, or uploaded by another organization only: the same answer
        raise ApiError(
            422,
            "MISSING_ATTACHMENTS",
            "upload these attachments first",
            [{"field": "attachments", "code": "MISSING", "message": h} for h in missing],
        )
    if not isinstance(body.payload, AssessmentPayload):
        return check_report(body.payload, ref)
    unlisted = sorted({e.sha256 for e in body.payload.evidence} - set(body.attachments))
    if unlisted:
        raise ApiError(
            422,
            "INVALID",
            "list every evidence file in attachments",
            [{"field": "attachments", "code": "NOT_LISTED", "message": h} for h in unlisted],
        )
    criteria = reference.criteria(body.payload.criteria.id, body.payload.criteria.version)
    kind = storage.organization_kind(tax_code) or "other"
    return check_assessment(body.payload, criteria, kind, held)


def _check_not_locked(db: Connection, form: str, period: str, tax_code: str) -> None:
    """PERIOD_LOCKED after a period's lock took effect, unless the organization has an exception (in the
    receipt's own transaction: a resend of a report received before the lock still gets its receipt)."""
    lock = repo.active_lock(db, form, period, tax_code, utc_now())
    if lock is not None:
        since = format_utc(lock["locked_from"])
        raise ApiError(
            409,
            "PERIOD_LOCKED",
            lock["reason"],  # the reviewer's own words, shown to the enterprise as they wrote them
            [{"field": "payload.period", "code": "PERIOD_LOCKED", "message": f"{form} {lock['period']} since {since}"}],
        )


class _Existing(Exception):
    """The id is stored already: the answer comes from that row."""

    def __init__(self, row: RowMapping) -> None:
        super().__init__(row["submission_id"])
        self.row = row


def _store(
    storage: Storage,
    ref: ReferenceData,
    who: Principal,
    submission_id: str,
    body: SubmissionIn,
    content: str,
    key: repo.ReportKey,
    checked: CheckedReport,
) -> dict[str, Any]:
    measure, intensity = quality.figures(checked.payload, ref)
    with storage.write() as db:
        repo.lock_reports(db, key.tax_code, key.form)
        existing = repo.find(db, submission_id)
        if existing is not None:
            raise _Existing(existing)
        _check_not_locked(db, key.form, key.period, key.tax_code)
        if body.supersedes and not repo.supersede(db, body.supersedes, submission_id, key):
            raise ApiError(409, "STALE_SUPERSEDES", "supersedes does not name the current report of that period")
        clash = repo.overlapping(db, key)
        if clash is not None:
            raise _overlap_error(key, clash)
        row = {
            "submission_id": submission_id,
            "tax_code": key.tax_code,
            "form": key.form,
            "facility": checked.facility,
            "facility_key": key.facility_key,
            "period": key.period,
            "start_month": key.start_month,
            "end_month": key.end_month,
            "content_sha256": content,
            "payload": checked.payload,
            "supersedes": body.supersedes,
            "state": "received",
            "receipt": Storage.new_receipt(db, dt.date.today().year),
            "received_at": utc_now(),
            "submitted_by": who.user_id,
            "measure": measure,
            "intensity": intensity,
        }
        receipt = repo.insert_submission(db, row, body.attachments)
        if receipt is None:  # another organization's transaction committed this id meanwhile
            raise IntegrityError("submission id taken", None, ValueError())
        quality.flag_on_receipt(db, row, checked.warnings)
        standing.refresh(db, key.tax_code, key.form, key.period)
        repo.add_event(db, submission_id, key.tax_code, "received", who.username)
        if body.supersedes:
            repo.add_event(db, body.supersedes, key.tax_code, "superseded", who.username)
        Storage.audit(db, who.username, "submission.receive", submission_id, {"receipt": receipt, "sha256": content})
    return _receipt(row | {"receipt": receipt}, duplicate=False)


def _overlap_error(key: repo.ReportKey, clash: RowMapping) -> ApiError:
    """The same facility and period: the protocol's 409; any other overlap: a field error on the period."""
    if clash["facility_key"] == key.facility_key and clash["period"] == key.period:
        return ApiError(
            409,
            "PERIOD_ALREADY_SUBMITTED",
            f"{key.form} {key.period} was already submitted as {clash['submission_id']}; send a correction",
        )
    scope = clash["facility"] or "the organization as a whole"
    message = (
        f"{key.form} {key.period} overlaps {clash['period']} of {scope}, already submitted as "
        f"{clash['submission_id']}: the same records would be counted twice; correct that report instead"
    )
    return ApiError(
        422, "OVERLAPPING_REPORT", message, [{"field": "payload.period", "code": "OVERLAPS", "message": message}]
    )


MAX_FIELD_COMMENTS, MAX_FIELD_COMMENT = 1000, 2000


def clean_field_comments(field_comments: dict[str, str] | None) -> dict[str, str] | None:
    """Per-field comments with blank ones dropped; None when none is left."""
    kept = {path.strip(): text.strip() for path, text in (field_comments or {}).items() if text and text.strip()}
    if len(kept) > MAX_FIELD_COMMENTS or any(len(p) > 300 or len(c) > MAX_FIELD_COMMENT for p, c in kept.items()):
        raise ApiError(422, "INVALID", "too many or too long field comments", [{"field": "field_comments",
                                                                                  "code": "TOO_LONG"}])  # fmt: skip
    return kept or None


def reviewable_from(decision: Decision, who: Principal, levels: int) -> tuple[str, ...]:
    """The states a decision may be taken from. One level: accept or return a received report. Two
    levels (Circular 25/2020 Art. 5): the province verifies or returns a received report, then MOIT
    accepts or returns a verified one (a national reviewer may also verify for a province)."""
    if levels == 1:
        if decision == "verify":
            raise ApiError(422, "INVALID", "this server reviews in one level: accept or return",
                           [{"field": "decision", "code": "ONE_LEVEL"}])  # fmt: skip
        return ("received",)
    if decision == "verify":
        return ("received",)
    if decision == "accept":
        if not who.is_national:
            raise ApiError(403, "NATIONAL_ONLY", "only a national (MOIT) reviewer accepts a verified report")
        return ("verified",)
    return ("received", "verified") if who.is_national else ("received",)


def review(
    storage: Storage,
    reference: Reference,
    who: Principal,
    submission_id: str,
    decision: Decision,
    comment: str,
    field_comments: dict[str, str] | None = None,
    levels: int = 1,
) -> dict[str, Any]:
    """One reviewer's decision on one report, for the JSON API and the web pages alike: scope, the
    level's rules, the state change, its history entry (with the per-field comments) and audit."""
    if not who.is_reviewer:
        raise ApiError(403, "REVIEWERS_ONLY", "only ministry reviewers may review reports")
    comment = comment.strip()
    fields = clean_field_comments(field_comments)
    if decision == "return" and not comment and not fields:
        raise ApiError(422, "INVALID", "say why the report is returned", [{"field": "comment", "code": "REQUIRED"}])
    from_states = reviewable_from(decision, who, levels)
    state = DECIDED[decision]
    scope = scope_of(who)
    with storage.write() as db:
        row = repo.find(db, submission_id, scope)
        if row is None:
            raise ApiError(404, "NOT_FOUND", "no such submission")
        _check_field_comments(reference, row, fields)
        reviewed = repo.set_review(db, submission_id, state, comment or None, fields, utc_now(), from_states, scope)
        if reviewed is None:  # not in a state this decision is taken from (perhaps decided a moment ago)
            raise ApiError(409, "NOT_REVIEWABLE", f"a {row['state']} report cannot be {state} now")
        tax_code, form, period = reviewed
        standing.refresh(db, tax_code, form, period)
        repo.add_event(db, submission_id, tax_code, state, who.username, comment or None, fields)
        Storage.audit(db, who.username, f"submission.{state}", submission_id,
                      {"comment": comment, "field_comments": fields})  # fmt: skip
    return {"submission_id": submission_id, "state": state}


def _check_field_comments(reference: Reference, row: RowMapping, notes: dict[str, str] | None) -> None:
    """An assessment's comments name its criteria; a report's name a field of its payload."""
    if not notes:
        return
    payload = row["payload"] if isinstance(row["payload"], dict) else {}
    if row["form"].startswith("assessment/"):
        named = payload.get("criteria") or {}
        criteria = reference.criteria(str(named.get("id")), str(named.get("version")))
        known = {c.id for c in criteria.criteria()} if criteria else set(payload.get("answers") or {})
        unknown = sorted(set(notes) - known)
    else:
        unknown = sorted(path for path in notes if not _names_a_field(path))
    if unknown:
        raise ApiError(
            422,
            "INVALID",
            "comment on the report's own fields or criteria",
            [{"field": f"field_comments.{path}", "code": "UNKNOWN_FIELD", "message": path} for path in unknown[:20]],
        )


def _names_a_field(path: str) -> bool:
    """`records[3].quantity`, `period`, `facility` …: a path into a record report's payload."""
    return bool(_FIELD_PATH.fullmatch(path))


_FIELD_PATH = re.compile(r"(records\[[0-9]{1,6}\](\.[a-z_]{1,40})?|[a-z_]{1,40})")


def scope_of(who: Principal) -> repo.Scope:
    """An enterprise reaches its organizations; a provincial reviewer its province; a national one all."""
    if not who.is_reviewer:
        return repo.Scope(tax_codes=who.organizations)
    return repo.Scope(province=who.province) if who.province else repo.EVERYTHING


def detail(storage: Storage, who: Principal, submission_id: str) -> dict[str, Any]:
    """One submission; 404 alike for an id outside the caller's scope and one that does not exist."""
    with storage.read() as db:
        row = repo.find(db, submission_id, scope_of(who))
        if row is None:
            raise ApiError(404, "NOT_FOUND", "no such submission")
        history = repo.history(db, submission_id)
        files = repo.listed_attachments(db, submission_id)
    listed = {name: row[name] for name in SubmissionSummary.model_fields}
    return {
        **listed,
        "receipt": row["receipt"],
        "payload": row["payload"],
        "attachments": [dict(f) for f in files],
        "field_comments": row["field_comments"],
        "history": [dict(h) for h in history],
    }


def changes(storage: Storage, who: Principal, cursor: str | None, limit: int = FEED_PAGE) -> dict[str, Any]:
    """Changes since the cursor, in commit order; an unknown cursor is 412 so the client starts over."""
    try:
        after = int(cursor) if cursor else 0
    except ValueError:
        raise ApiError(412, "UNKNOWN_CURSOR", "start again without a cursor") from None
    with storage.read() as db:
        if after < 0 or after > repo.last_position(db):
            raise ApiError(412, "UNKNOWN_CURSOR", "start again without a cursor")
        rows = repo.feed(db, after, scope_of(who), limit + 1)
    more = len(rows) > limit
    rows = rows[:limit]
    return {
        "changes": [
            {
                "submission_id": r["submission_id"],
                "tax_code": r["tax_code"],
                "form": r["form"],
                "period": r["period"],
                "state": r["state"],
                "receipt": r["receipt"],
                "reviewer_comment": r["comment"],
                "field_comments": r["field_comments"],
                "reviewed_at": r["at"] if r["state"] in DECIDED.values() else None,
                "at": r["at"],
            }
            for r in rows
        ],
        "cursor": str(rows[-1]["seq"] if rows else after),
        "more": more,
    }


def _page_cursor(text: str) -> tuple[dt.datetime, str]:
    try:
        at, submission_id = text.split("~", 1)
        return dt.datetime.fromisoformat(at), submission_id
    except ValueError:
        raise ApiError(422, "INVALID", "not a page cursor", [{"field": "after", "code": "INVALID"}]) from None


def list_submissions(
    storage: Storage,
    who: Principal,
    organization: str | None,
    period: str | None,
    state: str | None,
    after: str | None = None,
    limit: int = LIST_PAGE,
) -> dict[str, Any]:
    if organization and not who.is_reviewer and organization not in who.organizations:
        raise ApiError(403, "FORBIDDEN_ORGANIZATION", "this token does not report for that organization")
    where = repo.ListFilter(scope_of(who), organization, period, state, _page_cursor(after) if after else None)
    with storage.read() as db:
        rows = repo.listing(db, where, limit + 1)
    page = rows[:limit]
    last = page[-1] if len(rows) > limit else None
    return {
        "submissions": [dict(r) for r in page],
        "next": f"{format_utc(last['received_at'])}~{last['submission_id']}" if last else None,
    }
