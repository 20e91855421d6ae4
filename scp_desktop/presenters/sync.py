"""What the Sync page decides, without Qt: the outbox rows and what each column shows, whether and to
whom the user is signed in, what "send now" may do, and the line that tells how a sync went. The page
(ui/pages/sync.py) shows these; which server addresses are accepted is `services.sync.server_address`,
shared with the CLI.

The device token goes from the server's answer straight to the OS keyring (`TokenStore`); it is in
no row, message or repr that a log could catch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from scp_desktop.domain.field_labels import KIND_TITLES
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Translator
from scp_desktop.domain.numbers import format_moment
from scp_desktop.domain.reports import STATE_LABELS, ReportState
from scp_desktop.services.credentials import TokenStore
from scp_desktop.services.server_messages import explain
from scp_desktop.services.sync import ServerClient, SyncResult, meta, set_meta
from scp_desktop.services.workspace import Workspace

# The outbox's columns, in the table's order, and their headers.
COLUMNS = ("kind", "period", "scope", "state", "receipt", "server_message", "submission_id")
HEADERS = (
    QT_TRANSLATE_NOOP("SyncPage", "Report"),
    QT_TRANSLATE_NOOP("SyncPage", "Period"),
    QT_TRANSLATE_NOOP("SyncPage", "Organization / facility"),
    QT_TRANSLATE_NOOP("SyncPage", "State"),
    QT_TRANSLATE_NOOP("SyncPage", "Receipt"),
    QT_TRANSLATE_NOOP("SyncPage", "Message from the server"),
    QT_TRANSLATE_NOOP("SyncPage", "Submission"),
)
CORRECTED = QT_TRANSLATE_NOOP("SyncPage", " (corrected)")

SIGNED_IN = QT_TRANSLATE_NOOP("SyncPage", "Server {server}, signed in as {user}.")
NOT_SIGNED_IN = QT_TRANSLATE_NOOP(
    "SyncPage", "Not signed in: finalized reports wait here until you sign in and send them."
)
LAST_SYNC = QT_TRANSLATE_NOOP("SyncPage", "Last successful sync: {when}")
NEVER = QT_TRANSLATE_NOOP("SyncPage", "never")
SIGNING_IN = QT_TRANSLATE_NOOP("SyncPage", "Signing in…")
CANNOT_REACH = QT_TRANSLATE_NOOP("SyncPage", "Cannot reach {server}: {reason}")
SESSION_ONLY = QT_TRANSLATE_NOOP(
    "SyncPage", "This computer has no secure password store, so the sign-in lasts until you close the app."
)
SENDING = QT_TRANSLATE_NOOP("SyncPage", "Sending…")
SIGN_IN_AGAIN = QT_TRANSLATE_NOOP("SyncPage", "The server asks you to sign in again; reports wait until you do.")

RESULT_AUTH = QT_TRANSLATE_NOOP("SyncPage", "Sign in again to send ({waiting} waiting).")
RESULT_BUSY = QT_TRANSLATE_NOOP("SyncPage", "Another window is sending this workspace.")
RESULT_COUNTS = QT_TRANSLATE_NOOP("SyncPage", "Sent {sent}, refused {failed}, waiting {waiting}.")
RESULT_OFFLINE = QT_TRANSLATE_NOOP("SyncPage", "Offline or server busy ({error}); retrying later.")


@dataclass(frozen=True)
class OutboxRow:
    """One report in the outbox, as its columns show it."""

    submission_id: str
    kind: str
    period: str
    tax_code: str
    facility: str | None
    state: ReportState
    corrected: bool  # a later report replaces this one
    receipt: str
    server_message: Msg | None  # the server's answer in the reader's language (services.server_messages)

    @classmethod
    def of(cls, report: dict[str, Any]) -> OutboxRow:
        return cls(
            submission_id=report["submission_id"],
            kind=report["kind"],
            period=report["period"],
            tax_code=report["tax_code"],
            facility=report["facility"],
            state=ReportState(report["state"]),
            corrected=bool(report["superseded_by"]),
            receipt=report["receipt"] or "",
            server_message=explain(report["server_message"]),
        )

    def text(self, column: str, translate: Translator) -> str:
        """What the column shows (the submission: its first 8 characters; the tooltip has them all)."""
        if column == "kind":
            return KIND_TITLES[self.kind].render(translate) if self.kind in KIND_TITLES else self.kind
        if column == "scope":
            return f"{self.tax_code}/{self.facility}" if self.facility else self.tax_code
        if column == "state":
            return STATE_LABELS[self.state].render(translate) + (CORRECTED.render(translate) if self.corrected else "")
        if column == "server_message":
            return self.server_message.render(translate) if self.server_message else ""
        if column == "submission_id":
            return self.submission_id[:8]
        return str(getattr(self, column))

    def tooltip(self, column: str, translate: Translator) -> str:
        return self.submission_id if column == "submission_id" else self.text(column, translate)


@dataclass(frozen=True)
class Account:
    """Where the page stands with the server: the account line and what its buttons may do."""

    server: str | None
    username: str | None
    signed_in: bool
    line: Msg
    last_sync: Msg
    can_sign_out: bool
    can_send: bool


@dataclass(frozen=True)
class SignIn:
    """The server's answer to a sign-in; the token is kept out of the repr (and so out of any log)."""

    server: str
    username: str
    token: str = field(repr=False)


def request_token(server: str, username: str, password: str, device: str) -> SignIn:
    """Ask the server for a device token (network: call it off the UI thread; it touches no workspace)."""
    answer = ServerClient(server).sign_in(username, password, device)
    return SignIn(server, username, answer["token"])


def describe(result: SyncResult) -> tuple[Msg, ...]:
    """One line for the page and the status bar, in parts joined by a space."""
    if result.auth_required:
        return (RESULT_AUTH(waiting=result.waiting),)
    if result.busy:
        return (RESULT_BUSY,)
    counts = RESULT_COUNTS(sent=result.sent, failed=result.failed, waiting=result.waiting)
    return (counts, RESULT_OFFLINE(error=result.error)) if result.error else (counts,)


class SyncPresenter:
    def __init__(self, ws: Workspace, tokens: TokenStore) -> None:
        self.ws, self.tokens = ws, tokens

    def outbox(self) -> list[OutboxRow]:
        """Every report of the workspace, newest first (a few per organization and month: small)."""
        return [OutboxRow.of(report) for report in reversed(self.ws.reports.all())]

    def sign_in_defaults(self) -> tuple[str, str]:
        """What the sign-in dialog offers: the last server and user name."""
        return meta(self.ws, "server_url") or "https://", meta(self.ws, "username") or ""

    def account(self, running: bool, language: str) -> Account:
        server, username = meta(self.ws, "server_url"), meta(self.ws, "username")
        signed_in = bool(server and username and self.tokens.load(server, username))
        last = meta(self.ws, "last_sync_at")
        return Account(
            server,
            username,
            signed_in,
            SIGNED_IN(server=server, user=username) if signed_in else NOT_SIGNED_IN,
            LAST_SYNC(when=format_moment(last, language) if last else NEVER),
            can_sign_out=signed_in,
            can_send=signed_in and not running,
        )

    def keep(self, sign_in: SignIn) -> bool:
        """Keep the token in the keyring and the account in the workspace; False when the token lasts
        this session only (no secure store on this computer)."""
        secure = self.tokens.save(sign_in.server, sign_in.username, sign_in.token)
        set_meta(self.ws, "server_url", sign_in.server)
        set_meta(self.ws, "username", sign_in.username)
        return secure

    def sign_out(self) -> ServerClient | None:
        """Forget the token here at once; the client that asks the server to revoke it, if there was one
        (the caller runs that off the UI thread: the server may be slow or unreachable)."""
        server, username = meta(self.ws, "server_url"), meta(self.ws, "username")
        if not (server and username):
            return None
        token = self.tokens.load(server, username)
        self.tokens.delete(server, username)
        return ServerClient(server, token) if token else None
