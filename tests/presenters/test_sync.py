"""The Sync page's decisions without a widget: the outbox as its columns show it, the account line and
what its buttons may do, the server addresses accepted (services.sync, shared with the CLI), signing
out, and how a sync went."""

from __future__ import annotations

import json

import pytest

from scp_desktop.catalog import translator
from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.reports import ReportState
from scp_desktop.presenters.sync import COLUMNS, SignIn, SyncPresenter, describe
from scp_desktop.services.credentials import TokenStore
from scp_desktop.services.reports import correct, finalize
from scp_desktop.services.sync import NOT_AN_ADDRESS, NOT_HTTPS, SyncResult, server_address, set_meta
from scp_desktop.services.workspace import Workspace
from tests.keyrings import MemoryKeyring

CHAIN, TEXTILE = "0100234562", "0300588569"
EN, VI = translator("en"), translator("vi")
SERVER = "https://scp.moit.gov.vn"


@pytest.fixture
def keyring() -> MemoryKeyring:
    return MemoryKeyring()


def _refused(ws: Workspace, submission_id: str) -> None:
    """What a sync leaves when the server refuses a report: its code and text, stored as JSON."""
    note = {"error": "PERIOD_LOCKED", "message": "kỳ 2025 đã khóa", "errors": [], "status": 409}
    with ws.transaction("sync"):
        ws.db.execute(
            "UPDATE reports SET state = 'failed', server_message = ? WHERE submission_id = ?",
            [json.dumps(note, ensure_ascii=False), submission_id],
        )


def _texts(row, translate) -> dict[str, str]:
    return {column: row.text(column, translate) for column in COLUMNS}


def test_the_outbox_shows_each_report_newest_first_with_its_state_and_the_servers_words(demo, keyring) -> None:
    bags = finalize(demo, "bags", CHAIN, "2025-02", "ST01")
    energy = finalize(demo, "energy", TEXTILE, "2025")
    _refused(demo, energy)
    correction = correct(demo, "bags", CHAIN, "2025-02", "ST01")
    rows = SyncPresenter(demo, TokenStore(keyring)).outbox()
    assert [r.submission_id for r in rows] == [correction, energy, bags]
    assert _texts(rows[2], EN) == {
        "kind": "Bags & packaging",
        "period": "2025-02",
        "scope": "0100234562/ST01",
        "state": "Finalized, waiting to be sent (corrected)",
        "receipt": "",
        "server_message": "",
        "submission_id": bags[:8],
    }
    assert rows[2].tooltip("submission_id", EN) == bags  # the whole id where the column shows 8 characters
    refused = _texts(rows[1], EN)
    assert refused["scope"] == TEXTILE and refused["state"] == "Refused by the server"
    assert refused["server_message"] == (
        "The ministry has closed this period: no report can be sent or corrected for it. "
        "The server says: kỳ 2025 đã khóa"
    )
    assert rows[1].state is ReportState.FAILED and not rows[1].corrected
    assert rows[0].state is ReportState.DRAFT
    assert (_texts(rows[0], VI)["kind"], _texts(rows[0], VI)["state"]) == ("Túi và bao bì", "Bản nháp (tự động lưu)")


def test_the_account_line_says_who_is_signed_in_and_what_send_now_may_do(demo, keyring) -> None:
    sync = SyncPresenter(demo, TokenStore(keyring))
    nobody = sync.account(running=False, language="en")
    assert not nobody.signed_in and not nobody.can_send and not nobody.can_sign_out
    assert nobody.line.render(EN).startswith("Not signed in: finalized reports wait here")
    assert nobody.last_sync.render(EN) == "Last successful sync: never"
    assert sync.sign_in_defaults() == ("https://", "")

    secure = sync.keep(SignIn(SERVER, "chain", "t0k3n-secret"))
    assert secure and keyring.secrets == {(f"scp-desktop {SERVER}", "chain"): "t0k3n-secret"}
    assert sync.sign_in_defaults() == (SERVER, "chain")
    set_meta(demo, "last_sync_at", "2026-11-24T12:00:00Z")
    idle = sync.account(running=False, language="en")
    assert idle.signed_in and idle.can_send and idle.can_sign_out
    assert idle.line.render(EN) == "Server https://scp.moit.gov.vn, signed in as chain."
    assert idle.last_sync.render(EN).startswith("Last successful sync: 2026-11-24 ")
    assert not sync.account(running=True, language="en").can_send  # one sync at a time


def test_signing_out_forgets_the_token_and_hands_over_the_client_that_revokes_it(demo, keyring) -> None:
    sync = SyncPresenter(demo, TokenStore(keyring))
    assert sync.sign_out() is None  # nobody signed in: nothing to revoke
    sync.keep(SignIn(SERVER, "chain", "t0k3n-secret"))
    client = sync.sign_out()
    assert client is not None and client.base == SERVER
    assert client.session.headers["Authorization"] == "Bearer t0k3n-secret"
    assert keyring.secrets == {} and not sync.account(running=False, language="en").signed_in
    assert sync.sign_out() is None  # the token is gone: a second sign-out revokes nothing
    assert "t0k3n-secret" not in repr(SignIn(SERVER, "chain", "t0k3n-secret"))  # never in a log line


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("  https://scp.moit.gov.vn/ ", "https://scp.moit.gov.vn"),
        ("https://scp.moit.gov.vn:8443/scp", "https://scp.moit.gov.vn:8443/scp"),
        ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
        ("http://localhost:8000/", "http://localhost:8000"),
        ("http://[::1]:8000", "http://[::1]:8000"),
    ],
)
def test_a_server_address_is_kept_without_its_trailing_slash(typed: str, kept: str) -> None:
    assert server_address(typed) == kept


@pytest.mark.parametrize(
    ("typed", "refusal"),
    [
        ("https://", NOT_AN_ADDRESS),
        ("scp.moit.gov.vn", NOT_AN_ADDRESS),
        ("ftp://scp.moit.gov.vn", NOT_AN_ADDRESS),
        ("https://bao cao.vn", NOT_AN_ADDRESS),
        ("https://scp.moit.gov.vn/?next=/x", NOT_AN_ADDRESS),
        ("https://chain:secret@scp.moit.gov.vn", NOT_AN_ADDRESS),
        ("http://scp.moit.gov.vn", NOT_HTTPS),  # a password in clear across the network
        ("http://192.168.1.20:8000", NOT_HTTPS),
    ],
)
def test_a_server_address_that_cannot_be_used_is_refused_at_its_field(typed: str, refusal) -> None:
    with pytest.raises(DomainError) as refused:
        server_address(typed)
    assert refused.value.message is refusal and refused.value.field == "server"


def test_a_syncs_outcome_in_one_line() -> None:
    def line(result: SyncResult) -> str:
        return " ".join(part.render(EN) for part in describe(result))

    assert line(SyncResult(sent=2, failed=1, waiting=0)) == "Sent 2, refused 1, waiting 0."
    assert line(SyncResult(sent=0, waiting=3, error="HTTP 503")) == (
        "Sent 0, refused 0, waiting 3. Offline or server busy (HTTP 503); retrying later."
    )
    assert line(SyncResult(waiting=4, auth_required=True)) == "Sign in again to send (4 waiting)."
    assert line(SyncResult(busy=True)) == "Another window is sending this workspace."
