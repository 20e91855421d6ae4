"""Receiving reports (idempotent, validated with the app's own domain code), reviews, the changes
feed and listings: the rules, with the SQL in storage/submissions.py.

Idempotency is the database's: a resend that races its first copy meets the primary key (ON CONFLICT
DO NOTHING), two reports for one period meet the partial unique index of live reports; whichever
transaction loses is answered from what the winner committed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import RowMapping
from sqlalchemy.exc import IntegrityError

from scp_desktop.domain.periods import parse_period
from scp_desktop.domain.records import RECORD_KINDS, validate_record
from scp_desktop.domain.reference import ReferenceData
from scp_desktop.domain.reports import content_sha256
from scp_desktop.domain.taxcode import normalize_tax_code
from scp_ministry_server.errors import ApiError
from scp_ministry_server.schemas import DECIDED, Decision, SubmissionIn
from scp_ministry_server.storage import Principal, Storage
from scp_ministry_server.storage import submissions as repo
from scp_ministry_server.storage.types import format_utc, utc_now

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


def validate_payload(payload: dict[str, Any], ref: ReferenceData) -> list[dict[str, Any]]:
    """Field errors of a report's records by the rules the app applies when typing (the shape was
    checked by the schema already)."""
    kind = RECORD_KINDS[payload["form"]]
    today = dt.date.today()
    errors: list[dict[str, Any]] = []
    for index, record in enumerate(payload["records"]):
        text = {k: None if v is None else str(v) for k, v in record.items()}
        _, issues = validate_record(kind, text, ref, today)
        errors += [
            {"field": f"payload.records[{index}].{i.field}", "code": "INVALID", "message": i.message.render()}
            for i in issues
            if i.is_error
        ]
    try:
        parse_period(payload["period"])
    except Exception:
        errors.append({"field": "payload.period", "code": "INVALID", "message": "not a period"})
    return errors


def receive(
    storage: Storage, ref: ReferenceData, who: Principal, submission_id: str, body: SubmissionIn
) -> tuple[int, dict[str, Any]]:
    """201 with a new receipt, 200 with the same receipt for a resend, or an ApiError."""
    if body.submission_id not in (None, submission_id):
        mismatch = [{"field": "submission_id", "code": "MISMATCH"}]
        raise ApiError(422, "INVALID", "the body names another submission id", mismatch)
    payload = body.payload.as_sent
    try:
        tax_code = normalize_tax_code(body.payload.organization.tax_code)
    except ValueError:
        tax_code = ""
    if not tax_code or not who.may_report_for(tax_code):
        raise ApiError(403, "FORBIDDEN_ORGANIZATION", "this token does not report for that organization")
    content = content_sha256(payload)
    try:
        _check(storage, ref, body, content)
    except ApiError:
        # A resend is answered from what is stored, even if today's rules would refuse it.
        with storage.read_one() as db:
            existing = repo.find(db, submission_id)
        if existing is not None:
            return _resend(existing, content, tax_code)
        raise
    facility = body.payload.facility
    key = repo.ReportKey(tax_code, body.payload.form, facility or "", parse_period(body.payload.period).code)
    try:
        return 201, _store(storage, who, submission_id, body, content, key, facility)
    except (_Taken, IntegrityError):
        pass  # this id or this period is taken (perhaps by a concurrent request): answer from what is stored
    with storage.read() as db:
        existing = repo.find(db, submission_id)
        live = repo.live(db, key)
    if existing is not None:
        return _resend(existing, content, tax_code)
    if body.supersedes and (live is None or live["submission_id"] != body.supersedes):
        raise ApiError(409, "STALE_SUPERSEDES", "supersedes does not name the current report of that period")
    live_id = live["submission_id"] if live else "another report"
    raise ApiError(
        409,
        "PERIOD_ALREADY_SUBMITTED",
        f"{key.form} {key.period} was already submitted as {live_id}; send a correction",
    )


def _check(storage: Storage, ref: ReferenceData, body: SubmissionIn, content: str) -> None:
    """Everything a new report must pass before it is stored."""
    if body.content_sha256 != content:
        raise ApiError(
            422,
            "HASH_MISMATCH",
            "content_sha256 does not match the payload",
            [{"field": "content_sha256", "code": "MISMATCH", "message": f"payload hashes to {content}"}],
        )
    errors = validate_payload(body.payload.as_sent, ref)
    if errors:
        raise ApiError(422, "INVALID", "the report has field errors", errors)
    missing = sorted(set(body.attachments) - storage.has_attachments(body.attachments))
    if missing:
        raise ApiError(
            422,
            "MISSING_ATTACHMENTS",
            "upload these attachments first",
            [{"field": "attachments", "code": "MISSING", "message": h} for h in missing],
        )


class _Taken(Exception):
    """The id exists, or `supersedes` is not the live report: the transaction is rolled back."""


def _store(
    storage: Storage,
    who: Principal,
    submission_id: str,
    body: SubmissionIn,
    content: str,
    key: repo.ReportKey,
    facility: str | None,
) -> dict[str, Any]:
    with storage.write() as db:
        if body.supersedes and not repo.supersede(db, body.supersedes, submission_id, key):
            raise _Taken
        row = {
            "submission_id": submission_id,
            "tax_code": key.tax_code,
            "form": key.form,
            "facility": facility,
            "facility_key": key.facility_key,
            "period": key.period,
            "content_sha256": content,
            "payload": body.payload.as_sent,
            "supersedes": body.supersedes,
            "state": "received",
            "receipt": Storage.new_receipt(db, dt.date.today().year),
            "received_at": utc_now(),
            "submitted_by": who.user_id,
        }
        receipt = repo.insert_submission(db, row, body.attachments)
        if receipt is None:
            raise _Taken
        repo.add_event(db, submission_id, key.tax_code, "received", who.username)
        if body.supersedes:
            repo.add_event(db, body.supersedes, key.tax_code, "superseded", who.username)
        Storage.audit(db, who.username, "submission.receive", submission_id, {"receipt": receipt, "sha256": content})
    return _receipt(row | {"receipt": receipt}, duplicate=False)


def review(storage: Storage, who: Principal, submission_id: str, decision: Decision, comment: str) -> dict[str, Any]:
    if not who.is_reviewer:
        raise ApiError(403, "REVIEWERS_ONLY", "only ministry reviewers may review reports")
    comment = comment.strip()
    if decision == "return" and not comment:
        raise ApiError(422, "INVALID", "say why the report is returned", [{"field": "comment", "code": "REQUIRED"}])
    state = DECIDED[decision]
    with storage.write() as db:
        tax_code = repo.set_review(db, submission_id, state, comment or None, utc_now())
        if tax_code is None:
            if repo.find(db, submission_id) is None:
                raise ApiError(404, "NOT_FOUND", "no such submission")
            raise ApiError(409, "NOT_REVIEWABLE", "a superseded report cannot be reviewed")
        repo.add_event(db, submission_id, tax_code, state, who.username, comment or None)
        Storage.audit(db, who.username, f"submission.{state}", submission_id, {"comment": comment})
    return {"submission_id": submission_id, "state": state}


def _scope(who: Principal) -> frozenset[str] | None:
    return None if who.is_reviewer else who.organizations


def changes(storage: Storage, who: Principal, cursor: str | None, limit: int = FEED_PAGE) -> dict[str, Any]:
    """Changes since the cursor, in commit order; an unknown cursor is 412 so the client starts over."""
    try:
        after = int(cursor) if cursor else 0
    except ValueError:
        raise ApiError(412, "UNKNOWN_CURSOR", "start again without a cursor") from None
    with storage.read() as db:
        if after < 0 or after > repo.last_position(db):
            raise ApiError(412, "UNKNOWN_CURSOR", "start again without a cursor")
        rows = repo.feed(db, after, _scope(who), limit + 1)
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
    where = repo.ListFilter(_scope(who), organization, period, state, _page_cursor(after) if after else None)
    with storage.read() as db:
        rows = repo.listing(db, where, limit + 1)
    page = rows[:limit]
    last = page[-1] if len(rows) > limit else None
    return {
        "submissions": [dict(r) for r in page],
        "next": f"{format_utc(last['received_at'])}~{last['submission_id']}" if last else None,
    }
