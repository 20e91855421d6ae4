"""Sending the outbox and pulling review outcomes and reference data (../shared/docs/sync-protocol.md).

The outbox is the `reports` table. A report goes `finalized → sending → received`, and a
state change is committed only after the server's answer, so a crash at any instant
re-sends at worst, and the server answers a re-send with the same receipt. Transient
failures back off (5 s doubling to 15 min, with jitter, honouring Retry-After); a
permanent refusal marks only that report `failed`; a 401 pauses the whole queue.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import json
import os
import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests

from scp_desktop import __version__
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from scp_desktop.domain.reports import ReportState, content_sha256
from scp_desktop.pause import pause_at_count
from scp_desktop.services.server_messages import app_note, explain, refusal
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.audit import now_utc
from scp_desktop.store.locks import FileLock, LockHeld, describe_process
from scp_desktop.store.sync_state import SyncStateRepository

API = "/api/v1"
SENT_STATES = tuple(s.value for s in (ReportState.RECEIVED, ReportState.ACCEPTED, ReportState.RETURNED))
FIRST_DELAY, MAX_DELAY = 5.0, 15 * 60.0
TIMEOUT = (5.0, 60.0)  # connect, read

SIGN_IN_FAILED = QT_TRANSLATE_NOOP("Sync", "The server refused the sign-in: {message}")
UNREACHABLE = QT_TRANSLATE_NOOP("Sync", "The server cannot be reached: {reason}")
# Which server addresses are accepted, for the sign-in dialog and `scp-desktop login` alike (the texts
# keep the dialog's translation context).
NOT_AN_ADDRESS = QT_TRANSLATE_NOOP("SyncPage", "Write the server's address, for example https://scp.moit.gov.vn.")
NOT_HTTPS = QT_TRANSLATE_NOOP(
    "SyncPage", "The address must begin with https:// so that your password travels encrypted."
)


class AuthRequired(Exception):
    """401: the token is missing, expired or revoked; the queue waits for a new sign-in."""


class Transient(Exception):
    def __init__(self, reason: str, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.retry_after = retry_after


def backoff_seconds(attempts: int, retry_after: float | None = None, rng: random.Random | None = None) -> float:
    """5 s, 10 s, 20 s … capped at 15 min, each with jitter in [½, 1]; never sooner than Retry-After."""
    base = min(MAX_DELAY, FIRST_DELAY * 2 ** max(0, attempts - 1))
    delay = base * (0.5 + 0.5 * (rng or random).random())
    return max(delay, retry_after or 0.0)


def server_address(text: str) -> str:
    """The address as it is kept (no trailing slash), or a DomainError at the server field.

    Plain http is accepted only on this computer (a test or a local server), never across a network:
    the password, and then the device token, would travel in clear.
    """
    address = text.strip().rstrip("/")
    parts = urlsplit(address)
    if parts.scheme not in ("http", "https") or not parts.hostname or any(c.isspace() for c in address):
        raise DomainError(NOT_AN_ADDRESS, "server")
    if parts.query or parts.fragment or parts.username is not None:
        raise DomainError(NOT_AN_ADDRESS, "server")
    if parts.scheme == "http" and not _is_loopback(parts.hostname):
        raise DomainError(NOT_HTTPS, "server")
    return address


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# -- the HTTP side ----------------------------------------------------------------------------
class ServerClient:
    """The protocol over one requests.Session; TLS verification always on (optionally a CA bundle)."""

    def __init__(self, server_url: str, token: str | None = None, ca_bundle: str | None = None) -> None:
        self.base = server_url.rstrip("/")
        self.session = requests.Session()
        self.session.headers["User-Agent"] = f"scp-desktop/{__version__}"
        if token:
            self.session.headers["Authorization"] = f"Bearer {token}"
        # Passed with every request: a per-request value is what requests honours over REQUESTS_CA_BUNDLE.
        self.verify: str | bool = ca_bundle or os.environ.get("SCP_DESKTOP_CA_BUNDLE") or True

    def _request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        try:
            response = self.session.request(
                method, self.base + API + path, timeout=TIMEOUT, verify=self.verify, **kwargs
            )
        except requests.exceptions.SSLError:
            raise  # a certificate problem is not transient: it must be fixed, not retried silently
        except requests.RequestException as error:
            raise Transient(type(error).__name__) from None
        if response.status_code == 401:
            raise AuthRequired()
        if response.status_code in (408, 429) or response.status_code >= 500:
            raise Transient(f"HTTP {response.status_code}", _retry_after(response))
        return response

    def sign_in(self, username: str, password: str, device: str) -> dict[str, Any]:
        try:
            response = self.session.post(
                self.base + API + "/auth/token",
                json={"username": username, "password": password, "device": device},
                timeout=TIMEOUT,
                verify=self.verify,
            )
        except requests.exceptions.SSLError:
            raise
        except requests.RequestException as error:
            raise DomainError(UNREACHABLE(reason=type(error).__name__), "server") from None
        body = _json(response)
        if response.status_code != 200 or not isinstance(body, dict) or "token" not in body:
            explained = explain(refusal(response.status_code, body))
            raise DomainError(SIGN_IN_FAILED(message=explained), "password")
        return body

    def put_submission(self, submission_id: str, document: dict[str, Any]) -> requests.Response:
        return self._request("PUT", f"/submissions/{submission_id}", json=document)

    def put_attachment(self, sha256: str, path: Path) -> requests.Response:
        """One evidence file, streamed from disk (content-addressed: sending it again is a no-op)."""
        with path.open("rb") as handle:
            return self._request(
                "PUT", f"/attachments/{sha256}", data=handle, headers={"Content-Type": "application/octet-stream"}
            )

    def changes(self, cursor: str | None) -> requests.Response:
        return self._request("GET", "/submissions/changes", params={"cursor": cursor} if cursor else None)

    def reference(self, etag: str | None) -> requests.Response:
        return self._request("GET", "/reference", headers={"If-None-Match": etag} if etag else None)

    def revoke(self) -> None:
        self._request("DELETE", "/auth/token")


def _json(response: requests.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _retry_after(response: requests.Response) -> float | None:
    value = response.headers.get("Retry-After", "")
    return float(value) if value.replace(".", "", 1).isdigit() else None


# -- the workspace side -----------------------------------------------------------------------
def meta(ws: Workspace, key: str) -> str | None:
    return SyncStateRepository(ws.db).value(key)


def set_meta(ws: Workspace, key: str, value: str | None) -> None:
    with ws.transaction("sync"):
        _put_meta(ws, key, value)


def _put_meta(ws: Workspace, key: str, value: str | None) -> None:
    """Inside the caller's transaction (the changes cursor moves with the states it covers)."""
    SyncStateRepository(ws.db).put(key, value)


@dataclass
class SyncResult:
    sent: int = 0
    duplicates: int = 0
    failed: int = 0
    changes: int = 0
    reference_updated: list[str] = field(default_factory=list)
    waiting: int = 0  # still queued afterwards (backing off, or not reached)
    auth_required: bool = False
    busy: bool = False
    error: str | None = None

    @property
    def queue_empty(self) -> bool:
        return self.waiting == 0 and not self.auth_required and not self.busy and self.error is None


@contextmanager
def sender_lock(ws: Workspace) -> Iterator[bool]:
    """One sender per workspace; an OS file lock, released by the OS when a process dies."""
    try:
        lock = FileLock(_sender_path(ws), exclusive=True)
    except LockHeld:
        yield False
        return
    with lock:
        assert lock.handle is not None
        lock.handle.truncate(0)
        lock.handle.write(f"{os.getpid()}\n".encode())  # who sends, for a second sync to say
        lock.handle.flush()
        yield True


def _sender_path(ws: Workspace) -> Path:
    return ws.path.with_name(ws.path.name + ".sync-lock")


def sender(ws: Workspace) -> str | None:
    """The process sending this workspace's outbox now (`pid 123 (command)`), as far as it is known."""
    try:
        pid = int(_sender_path(ws).read_text().strip())
    except (OSError, ValueError):
        return None
    return describe_process(pid)


def due_reports(ws: Workspace, now: str, everything: bool = False) -> list[dict[str, Any]]:
    """Reports waiting to be sent, oldest first; `everything` ignores the backoff (send now)."""
    return ws.reports.due(None if everything else now)


def _set_state(ws: Workspace, submission_id: str, state: ReportState, **columns: str | int | None) -> None:
    with ws.transaction("sync"):
        ws.reports.set_delivery(submission_id, state, **columns)


def send_one(ws: Workspace, client: ServerClient, report: dict[str, Any], result: SyncResult) -> None:
    submission_id = report["submission_id"]
    try:
        document = _document(report)
    except (TypeError, ValueError, UnicodeError, RecursionError) as error:  # this report alone fails: not the queue
        message = app_note("UNREADABLE", str(error))
        _set_state(ws, submission_id, ReportState.FAILED, server_message=message, next_attempt_at=None)
        result.failed += 1
        return
    _set_state(ws, submission_id, ReportState.SENDING)
    try:
        refused = send_files(ws, client, document["attachments"])
        if refused is not None:  # a file is missing here, or the server refuses it: this report alone fails
            _set_state(ws, submission_id, ReportState.FAILED, server_message=refused, next_attempt_at=None)
            result.failed += 1
            return
        response = client.put_submission(submission_id, document)
        pause_at_count("sync:answered")  # tests kill -9 here: the server has it, the outbox does not know yet
    except AuthRequired:
        _set_state(ws, submission_id, ReportState.FINALIZED)
        raise
    except Transient as failure:
        _retry_later(ws, report, result, app_note("RETRYING", str(failure)), failure.retry_after)
        return
    body = _json(response)
    receipt = body.get("receipt") if isinstance(body, dict) else None
    if response.status_code in (200, 201):
        if not isinstance(receipt, dict) or receipt.get("submission_id") != submission_id:
            # A proxy or captive portal answered 200: not our receipt, so not sent.
            _retry_later(ws, report, result, app_note("NOT_A_RECEIPT"), None)
            return
        _set_state(
            ws,
            submission_id,
            ReportState.RECEIVED,
            receipt=receipt.get("receipt_number"),
            server_message=None,
            sent_at=now_utc(),
            next_attempt_at=None,
        )
        result.sent += 1
        result.duplicates += bool(receipt.get("duplicate"))
        return
    stored = refusal(response.status_code, body)
    _set_state(ws, submission_id, ReportState.FAILED, server_message=stored, next_attempt_at=None)
    result.failed += 1


def send_files(ws: Workspace, client: ServerClient, hashes: list[str]) -> str | None:
    """Upload the evidence a submission lists, before it, each file once per server (`sent_files`): a
    file two criteria or two assessments use goes once, and a sync cut short goes on with the rest.
    None when all are there; else the note that fails the report (AuthRequired, Transient go up)."""
    from scp_desktop.services.assessments import evidence_path

    sent = SyncStateRepository(ws.db).sent_files(client.base)
    for sha256 in hashes:
        if sha256 in sent:
            continue
        path = evidence_path(ws, sha256)
        if not path.is_file():
            return app_note("MISSING_EVIDENCE", sha256)
        response = client.put_attachment(sha256, path)
        if response.status_code not in (200, 201):
            return refusal(response.status_code, _json(response))
        with ws.transaction("sync"):
            SyncStateRepository(ws.db).mark_sent(client.base, sha256)
    return None


def _document(report: dict[str, Any]) -> dict[str, Any]:
    """What is sent for a report; ValueError (or TypeError, UnicodeError) when its stored content cannot be
    read, does not hash to its SHA-256 or cannot be written as JSON."""
    payload = json.loads(report["payload"])
    if not isinstance(payload, dict) or content_sha256(payload) != report["content_sha256"]:
        raise ValueError("the content does not match its SHA-256")
    evidence = payload.get("evidence") or []  # a self-assessment's files; a record report has none
    if not isinstance(evidence, list) or not all(
        isinstance(e, dict) and isinstance(e.get("sha256"), str) for e in evidence
    ):
        raise ValueError("its list of evidence files cannot be read")
    document = {
        "submission_id": report["submission_id"],
        "content_sha256": report["content_sha256"],
        "supersedes": report["supersedes"],
        "payload": payload,
        "attachments": sorted({str(item["sha256"]) for item in evidence}),
    }
    json.dumps(document, allow_nan=False, ensure_ascii=False).encode("utf-8")  # as requests will send it
    return document


def _retry_later(ws: Workspace, report: dict[str, Any], result: SyncResult, reason: str, after: float | None) -> None:
    attempts = int(report["attempts"]) + 1
    when = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=backoff_seconds(attempts, after))
    _set_state(
        ws,
        report["submission_id"],
        ReportState.FINALIZED,
        attempts=attempts,
        next_attempt_at=when.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        server_message=reason,
    )


def pull_changes(ws: Workspace, client: ServerClient, result: SyncResult) -> None:
    cursor = meta(ws, "changes_cursor")
    while True:
        response = client.changes(cursor)
        if response.status_code == 412 and cursor is not None:  # the server forgot us: start over
            cursor = None
            continue
        body = _json(response)
        if response.status_code != 200 or not isinstance(body, dict) or "changes" not in body:
            raise Transient(f"changes: HTTP {response.status_code}")
        with ws.transaction("sync"):
            for change in body["changes"]:
                state = change.get("state")
                if state in SENT_STATES:
                    comments = change.get("field_comments")
                    result.changes += ws.reports.apply_review(
                        change["submission_id"],
                        ReportState(state),
                        change.get("receipt"),
                        change.get("reviewer_comment"),
                        json.dumps(comments, ensure_ascii=False) if isinstance(comments, dict) else None,
                    )
            _put_meta(ws, "changes_cursor", body["cursor"])
        cursor = body["cursor"]
        if not body.get("more"):
            return


def pull_reference(ws: Workspace, client: ServerClient, result: SyncResult) -> None:
    """New versions of factors, targets and criteria sets; applied from the next open of the workspace."""
    response = client.reference(meta(ws, "reference_etag"))
    if response.status_code == 304:
        return
    body = _json(response)
    if response.status_code != 200 or not isinstance(body, dict) or "documents" not in body:
        raise Transient(f"reference: HTTP {response.status_code}")
    from scp_desktop.services.reference_updates import store_documents

    result.reference_updated = store_documents(ws, body["documents"])
    set_meta(ws, "reference_etag", response.headers.get("ETag"))


def sync_once(
    ws: Workspace,
    client: ServerClient,
    send_everything: bool = False,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> SyncResult:
    """Send what is due, then pull outcomes and reference data. Never raises for network trouble."""
    result = SyncResult()
    with sender_lock(ws) as mine:
        if not mine:
            result.busy = True
            return result
        try:
            from scp_desktop.services.assessments import queue_finalized

            queue_finalized(ws)  # assessments finalized before they had an outbox, or brought by an archive
            reports = due_reports(ws, now_utc(), send_everything)
            for index, report in enumerate(reports):
                if cancelled and cancelled():
                    break
                send_one(ws, client, report, result)
                if progress:
                    progress((index + 1) / max(1, len(reports)))
            pull_changes(ws, client, result)
            pull_reference(ws, client, result)
            set_meta(ws, "last_sync_at", now_utc())
        except AuthRequired:
            result.auth_required = True
        except Transient as failure:
            result.error = str(failure)
        except requests.exceptions.SSLError as error:
            result.error = f"TLS: {error}"
    result.waiting = waiting_count(ws)
    return result


def verify_address(ws: Workspace, submission_id: str | None) -> str | None:
    """The public page that checks a printed report against the ministry's copy (`/verify/{id}?h=`), once
    the report has reached the server the workspace syncs with; None before."""
    if not submission_id:
        return None
    sent = ws.reports.receipted(submission_id)
    server = meta(ws, "server_url")
    if sent is None or sent["state"] not in SENT_STATES or not sent["content_sha256"] or not server:
        return None
    return f"{server.rstrip('/')}/verify/{submission_id}?h={sent['content_sha256']}"


def waiting_count(ws: Workspace) -> int:
    return ws.reports.waiting_count()
