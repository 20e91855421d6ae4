"""What the server says, in the user's language: its error codes (sync-protocol.md, "Error bodies")
are shown through our own catalogue, with the server's own text kept as the detail.

A report's `server_message` column stores the refusal as JSON (`{"error": CODE, "message": …,
"errors": […]}`), or the app's own note (`{"app": CODE, "reason": …}`), so that it is rendered in
whichever language the user reads it in later. Text stored by earlier versions is shown as it is.
"""

from __future__ import annotations

import json
from typing import Any

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg

# The server's error codes. An unknown code still shows the server's text.
SERVER_ERRORS: dict[str, Msg] = {
    "BAD_CREDENTIALS": QT_TRANSLATE_NOOP("ServerError", "Wrong user name or password."),
    "UNAUTHENTICATED": QT_TRANSLATE_NOOP("ServerError", "The sign-in has expired or was revoked: sign in again."),
    "FORBIDDEN_ORGANIZATION": QT_TRANSLATE_NOOP(
        "ServerError", "Your account may not send reports for this organization."
    ),
    "REVIEWERS_ONLY": QT_TRANSLATE_NOOP("ServerError", "Only a reviewer may do this."),
    "NOT_FOUND": QT_TRANSLATE_NOOP("ServerError", "The server does not know this item."),
    "ID_REUSED": QT_TRANSLATE_NOOP("ServerError", "The server holds a different report under this report's id."),
    "PERIOD_ALREADY_SUBMITTED": QT_TRANSLATE_NOOP(
        "ServerError", "A report for this period was already sent: start a correction instead of a new report."
    ),
    "STALE_SUPERSEDES": QT_TRANSLATE_NOOP(
        "ServerError", "This correction replaces a report that was already replaced: correct the newest one."
    ),
    "PERIOD_LOCKED": QT_TRANSLATE_NOOP(
        "ServerError", "The ministry has closed this period: no report can be sent or corrected for it."
    ),
    "MISSING_ATTACHMENTS": QT_TRANSLATE_NOOP("ServerError", "Some evidence files have not reached the server."),
    "HASH_MISMATCH": QT_TRANSLATE_NOOP("ServerError", "The report or file arrived damaged (its SHA-256 differs)."),
    "TOO_LARGE": QT_TRANSLATE_NOOP("ServerError", "The report or file is larger than the server accepts."),
    "RATE_LIMITED": QT_TRANSLATE_NOOP("ServerError", "The server is busy; sending resumes shortly."),
    "INVALID": QT_TRANSLATE_NOOP("ServerError", "The server found mistakes in the report."),
    "UNKNOWN_FORM": QT_TRANSLATE_NOOP("ServerError", "The server does not accept this kind of report."),
    "NOT_REVIEWABLE": QT_TRANSLATE_NOOP("ServerError", "This report cannot be reviewed in its present state."),
    "UNKNOWN_CURSOR": QT_TRANSLATE_NOOP("ServerError", "The server lost track of this app's last sync."),
    "SERVER_ERROR": QT_TRANSLATE_NOOP("ServerError", "The server had an internal error."),
    "SERVER_BUSY": QT_TRANSLATE_NOOP("ServerError", "The server is busy for a moment; sending resumes shortly."),
    "OVERLAPPING_REPORT": QT_TRANSLATE_NOOP(
        "ServerError",
        "This report overlaps one the ministry already has for the same store or the whole organization: "
        "the same records would be counted twice. Correct that report instead.",
    ),
    "SIGN_IN_LOCKED": QT_TRANSLATE_NOOP(
        "ServerError", "Too many wrong passwords: signing in is paused for a while. Try again later."
    ),
}
REFUSED = QT_TRANSLATE_NOOP("ServerError", "The server refused the request (HTTP {status}).")
WITH_DETAIL = QT_TRANSLATE_NOOP("ServerError", "{message} The server says: {detail}")
FIELD_DETAIL = "{field}: {message}"
AS_STORED = QT_TRANSLATE_NOOP("ServerError", "{text}")  # a note written by an earlier version

# The app's own notes on a report in the outbox.
APP_NOTES: dict[str, Msg] = {
    "UNREADABLE": QT_TRANSLATE_NOOP(
        "Sync", "This report's stored content cannot be read or sent ({reason}): correct the report to send it again."
    ),
    "RETRYING": QT_TRANSLATE_NOOP("Sync", "Not sent yet ({reason}); tried again later."),
    "MISSING_EVIDENCE": QT_TRANSLATE_NOOP(
        "Sync", "An evidence file of this assessment is missing from this computer ({reason}): correct it to send it."
    ),
    "NOT_A_RECEIPT": QT_TRANSLATE_NOOP(
        "Sync", "The answer was not the server's receipt (a proxy or a network sign-in page?); tried again later."
    ),
}


def refusal(status: int, body: Any) -> str:
    """What to store of an error answer: the server's code, text and field errors, as JSON."""
    if isinstance(body, dict) and isinstance(body.get("error"), str):
        errors = [
            {key: str(error.get(key, ""))[:500] for key in ("field", "code", "message")}
            for error in (body.get("errors") or [])[:20]
            if isinstance(error, dict)
        ]
        stored = {"error": body["error"][:100], "message": str(body.get("message", ""))[:1000], "errors": errors}
    else:
        stored = {"error": "", "message": "", "errors": []}
    return json.dumps({**stored, "status": status}, ensure_ascii=False)


def app_note(code: str, reason: str = "") -> str:
    """The app's own note, stored to be shown in the reader's language."""
    return json.dumps({"app": code, "reason": reason[:200]}, ensure_ascii=False)


def explain(stored: str | None) -> Msg | None:
    """The stored note as a message in our catalogue (None when there is none)."""
    if not stored:
        return None
    try:
        note = json.loads(stored)
    except ValueError:
        note = None
    if not isinstance(note, dict):
        return AS_STORED(text=stored)
    if "app" in note:
        template = APP_NOTES.get(str(note["app"]))
        return template(reason=str(note.get("reason", ""))) if template else AS_STORED(text=stored)
    return _server(note)


def _server(note: dict[str, Any]) -> Msg:
    code, text = str(note.get("error", "")), str(note.get("message", ""))
    ours = SERVER_ERRORS.get(code) or REFUSED(status=note.get("status", "?"))
    details = [text] if text else []
    details += [
        FIELD_DETAIL.format(field=e.get("field", ""), message=e.get("message") or e.get("code", ""))
        for e in note.get("errors") or []
        if isinstance(e, dict)
    ]
    return WITH_DETAIL(message=ours, detail="; ".join(details)) if details else ours
