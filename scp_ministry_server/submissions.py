"""Receiving reports (idempotent, validated with the app's own domain code), reviews, changes feed."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from scp_desktop.domain.periods import parse_period
from scp_desktop.domain.records import RECORD_KINDS, validate_record
from scp_desktop.domain.reference import ReferenceData
from scp_desktop.domain.reports import content_sha256
from scp_desktop.domain.taxcode import normalize_tax_code
from scp_ministry_server.storage import Principal, Storage, now

LIVE_STATES = ("received", "accepted", "returned")


@dataclass
class ApiError(Exception):
    status: int
    code: str
    message: str
    errors: list[dict[str, Any]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "message": self.message, "errors": self.errors}


def _receipt(row: dict[str, Any], duplicate: bool) -> dict[str, Any]:
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


def validate_payload(payload: dict[str, Any], ref: ReferenceData) -> list[dict[str, Any]]:
    """Field errors of a report's payload, checked by the same rules the app applies when typing."""
    errors: list[dict[str, Any]] = []
    form = payload.get("form")
    kind = RECORD_KINDS.get(form) if isinstance(form, str) else None
    if kind is None:
        return [{"field": "payload.form", "code": "UNKNOWN_FORM", "message": f"unknown form {form!r}"}]
    records = payload.get("records")
    if not isinstance(records, list) or not records:
        return [{"field": "payload.records", "code": "EMPTY", "message": "a report needs at least one record"}]
    today = dt.date.today()
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            errors.append({"field": f"payload.records[{index}]", "code": "NOT_AN_OBJECT", "message": "not an object"})
            continue
        text = {k: None if v is None else str(v) for k, v in record.items()}
        _, issues = validate_record(kind, text, ref, today)
        errors += [
            {"field": f"payload.records[{index}].{i.field}", "code": "INVALID", "message": i.message.render()}
            for i in issues
            if i.is_error
        ]
    return errors


def put_submission(
    storage: Storage, ref: ReferenceData, who: Principal, submission_id: str, body: dict[str, Any]
) -> tuple[int, dict[str, Any]]:
    """201 with a new receipt, 200 with the same receipt for a resend, or an ApiError."""
    payload = body.get("payload")
    if not isinstance(payload, dict):
        raise ApiError(422, "INVALID", "the body needs a payload object", [{"field": "payload", "code": "REQUIRED"}])
    try:
        tax_code = normalize_tax_code(str((payload.get("organization") or {}).get("tax_code", "")))
    except ValueError:
        tax_code = ""
    if not tax_code or not who.may_report_for(tax_code):
        raise ApiError(403, "FORBIDDEN_ORGANIZATION", "this token does not report for that organization")
    declared = str(body.get("content_sha256", ""))
    actual = content_sha256(payload)
    with storage.transaction() as db:
        existing = db.execute("SELECT * FROM submissions WHERE submission_id = ?", [submission_id]).fetchone()
        if existing is not None:
            existing = dict(existing)
            if existing["content_sha256"] == actual and existing["tax_code"] == tax_code:
                return 200, _receipt(existing, duplicate=True)
            raise ApiError(409, "ID_REUSED", "this submission id was already used for different content")
    if declared != actual:
        raise ApiError(
            422,
            "HASH_MISMATCH",
            "content_sha256 does not match the payload",
            [{"field": "content_sha256", "code": "MISMATCH", "message": f"payload hashes to {actual}"}],
        )
    errors = validate_payload(payload, ref)
    try:
        period = parse_period(str(payload.get("period", ""))).code
    except Exception:
        errors.append({"field": "payload.period", "code": "INVALID", "message": "not a period"})
        period = ""
    if errors:
        raise ApiError(422, "INVALID", "the report has field errors", errors)
    attachments = [str(h) for h in body.get("attachments") or []]
    missing = sorted(set(attachments) - storage.has_attachments(attachments))
    if missing:
        raise ApiError(
            422,
            "MISSING_ATTACHMENTS",
            "upload these attachments first",
            [{"field": "attachments", "code": "MISSING", "message": h} for h in missing],
        )
    form, facility, supersedes = payload["form"], payload.get("facility"), body.get("supersedes")
    with storage.transaction() as db:
        again = db.execute("SELECT * FROM submissions WHERE submission_id = ?", [submission_id]).fetchone()
        if again is not None:  # a concurrent resend won the race
            if dict(again)["content_sha256"] == actual:
                return 200, _receipt(dict(again), duplicate=True)
            raise ApiError(409, "ID_REUSED", "this submission id was already used for different content")
        live = db.execute(
            f"""SELECT submission_id, state FROM submissions WHERE tax_code = ? AND form = ? AND period = ?
                AND facility IS ? AND superseded_by IS NULL AND state IN {LIVE_STATES}""",
            [tax_code, form, period, facility],
        ).fetchone()
        if supersedes:
            if live is None or live["submission_id"] != supersedes:
                raise ApiError(409, "STALE_SUPERSEDES", "supersedes does not name the current report of that period")
        elif live is not None:
            raise ApiError(
                409,
                "PERIOD_ALREADY_SUBMITTED",
                f"{form} {period} was already submitted as {live['submission_id']}; send a correction",
            )
        seq = Storage.next_value(db, "changes")
        receipt = f"BCT-{dt.date.today().year}-{Storage.next_value(db, 'receipts'):07d}"
        row = {
            "submission_id": submission_id,
            "tax_code": tax_code,
            "form": form,
            "facility": facility,
            "period": period,
            "content_sha256": actual,
            "payload": json.dumps(payload, ensure_ascii=False, sort_keys=True),
            "supersedes": supersedes,
            "state": "received",
            "receipt": receipt,
            "received_at": now(),
            "submitted_by": who.user_id,
            "change_seq": seq,
        }
        db.execute(
            f"INSERT INTO submissions ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )
        for sha in attachments:
            db.execute("INSERT INTO submission_attachments (submission_id, sha256) VALUES (?, ?)", [submission_id, sha])
        if supersedes:
            db.execute(
                """UPDATE submissions SET superseded_by = ?, state = 'superseded', change_seq = ?
                   WHERE submission_id = ?""",
                [submission_id, Storage.next_value(db, "changes"), supersedes],
            )
        Storage.audit(db, who.username, "submission.receive", submission_id, {"receipt": receipt, "sha256": actual})
    return 201, _receipt(row, duplicate=False)


def review(storage: Storage, who: Principal, submission_id: str, decision: str, comment: str) -> dict[str, Any]:
    if not who.is_reviewer:
        raise ApiError(403, "REVIEWERS_ONLY", "only ministry reviewers may review reports")
    if decision not in ("accept", "return"):
        raise ApiError(422, "INVALID", "decision is accept or return", [{"field": "decision", "code": "INVALID"}])
    if decision == "return" and not comment.strip():
        raise ApiError(422, "INVALID", "say why the report is returned", [{"field": "comment", "code": "REQUIRED"}])
    with storage.transaction() as db:
        row = db.execute("SELECT state FROM submissions WHERE submission_id = ?", [submission_id]).fetchone()
        if row is None:
            raise ApiError(404, "NOT_FOUND", "no such submission")
        if row["state"] not in ("received", "accepted", "returned"):
            raise ApiError(409, "NOT_REVIEWABLE", f"a {row['state']} report cannot be reviewed")
        state = "accepted" if decision == "accept" else "returned"
        db.execute(
            "UPDATE submissions SET state = ?, reviewer_comment = ?, reviewed_at = ?, change_seq = ? "
            "WHERE submission_id = ?",
            [state, comment.strip() or None, now(), Storage.next_value(db, "changes"), submission_id],
        )
        Storage.audit(db, who.username, f"submission.{state}", submission_id, {"comment": comment})
    return {"submission_id": submission_id, "state": state}


def changes(storage: Storage, who: Principal, cursor: str | None, limit: int = 500) -> dict[str, Any]:
    """Review outcomes since the cursor; an unknown cursor is 412 so the client starts over."""
    try:
        after = int(cursor) if cursor else 0
    except ValueError:
        raise ApiError(412, "UNKNOWN_CURSOR", "start again without a cursor") from None
    latest = storage.query("SELECT value FROM sequences WHERE name = 'changes'")
    top = latest[0]["value"] if latest else 0
    if after < 0 or after > top:
        raise ApiError(412, "UNKNOWN_CURSOR", "start again without a cursor")
    scope, params = _scope(who)
    rows = storage.query(
        f"""SELECT submission_id, tax_code, form, period, state, receipt, reviewer_comment, reviewed_at, change_seq
            FROM submissions WHERE change_seq > ? {scope} ORDER BY change_seq LIMIT ?""",
        [after, *params, limit + 1],
    )
    more = len(rows) > limit
    rows = rows[:limit]
    return {
        "changes": [{k: v for k, v in r.items() if k != "change_seq"} for r in rows],
        "cursor": str(rows[-1]["change_seq"] if rows else after),
        "more": more,
    }


def _scope(who: Principal) -> tuple[str, list[Any]]:
    if who.is_reviewer:
        return "", []
    marks = ", ".join("?" * len(who.organizations)) or "NULL"
    return f"AND tax_code IN ({marks})", sorted(who.organizations)


def list_submissions(
    storage: Storage, who: Principal, organization: str | None, period: str | None, state: str | None
) -> list[dict[str, Any]]:
    if organization and not who.is_reviewer and organization not in who.organizations:
        raise ApiError(403, "FORBIDDEN_ORGANIZATION", "this token does not report for that organization")
    scope, params = _scope(who)
    clauses = ""
    for column, value in (("tax_code", organization), ("period", period), ("state", state)):
        if value:
            clauses += f" AND {column} = ?"
            params.append(value)
    return storage.query(
        f"""SELECT submission_id, tax_code, form, facility, period, state, receipt, received_at, supersedes,
                   superseded_by, reviewer_comment, reviewed_at, content_sha256
            FROM submissions WHERE 1 = 1 {scope}{clauses} ORDER BY received_at""",
        params,
    )
