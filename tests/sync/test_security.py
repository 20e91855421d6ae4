"""Tokens reach only their own organizations; expired and revoked tokens fail; reviewers only where
they must be; no token anywhere on disk; TLS verified; limits answered in JSON."""

import datetime as dt
import io
import json
import subprocess
import uuid
from pathlib import Path

import pytest
import requests
from keyring.backends import fail
from sqlalchemy import update

from scp_desktop.pdf.reports import build_report
from scp_desktop.services.credentials import TokenStore
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.reports import finalize
from scp_desktop.services.sync import ServerClient, sync_once
from scp_ministry_server.security import token_hash
from scp_ministry_server.storage.tables import tokens
from tests.server.postgres import shared_cluster
from tests.sync.conftest import CHAIN, PASSWORD, TEXTILE, Server, free_port, prepare


def call(server, method: str, path: str, token: str | None = None, **kwargs) -> requests.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return requests.request(method, f"{server.url}/api/v1{path}", headers=headers, timeout=10, **kwargs)


def submission_for(tax_code: str) -> dict:
    from scp_desktop.domain.reports import content_sha256

    payload = {
        "form": "water",
        "organization": {"tax_code": tax_code},
        "facility": None,
        "period": "2025-01",
        "records": [{"facility": "NM01", "period": "2025-01", "quantity_m3": 120.0}],
    }
    return {"payload": payload, "content_sha256": content_sha256(payload)}


def test_a_token_reaches_only_its_own_organizations(server) -> None:
    chain = server.token("chain")
    assert call(server, "PUT", f"/submissions/{uuid.uuid4()}", chain, json=submission_for(TEXTILE)).status_code == 403
    assert call(server, "GET", "/submissions", chain, params={"organization": TEXTILE}).status_code == 403
    textile = server.token("textile")
    own = call(server, "PUT", f"/submissions/{uuid.uuid4()}", textile, json=submission_for(TEXTILE))
    assert own.status_code == 201, own.text
    assert call(server, "GET", "/submissions", chain).json()["submissions"] == []
    assert call(server, "GET", "/submissions/changes", chain).json()["changes"] == []
    assert len(call(server, "GET", "/submissions", textile).json()["submissions"]) == 1


def test_reviewer_endpoints_refuse_enterprise_tokens(server) -> None:
    chain = server.token("chain")
    review = call(server, "POST", f"/submissions/{uuid.uuid4()}/review", chain, json={"decision": "accept"})
    assert review.status_code == 403 and review.json()["error"] == "REVIEWERS_ONLY"
    assert call(server, "GET", "/indicators", chain, params={"year": 2025}).status_code == 403
    assert call(server, "GET", "/indicators", server.token("reviewer"), params={"year": 2025}).status_code == 200


def test_expired_and_revoked_tokens_are_refused(server) -> None:
    revoked, expired = server.token("chain"), server.token("chain")
    assert call(server, "DELETE", "/auth/token", revoked).status_code == 204
    assert call(server, "GET", "/submissions", revoked).status_code == 401
    storage = server.storage()
    with storage.write() as db:
        yesterday = dt.datetime.now(dt.UTC) - dt.timedelta(days=1)
        db.execute(update(tokens).where(tokens.c.token_sha256 == token_hash(expired)).values(expires_at=yesterday))
    storage.close()
    answer = call(server, "GET", "/submissions", expired)
    assert answer.status_code == 401 and answer.json()["error"] == "UNAUTHENTICATED"
    assert call(server, "GET", "/submissions").status_code == 401
    wrong = call(server, "POST", "/auth/token", json={"username": "chain", "password": "nope"})
    assert wrong.status_code == 401 and wrong.json()["error"] == "BAD_CREDENTIALS"


def test_the_server_keeps_no_token_or_password(server) -> None:
    token = server.token("chain")
    if server.db.startswith("postgresql"):  # every file of the cluster: tables, indexes, WAL
        files = [p for p in shared_cluster().data.rglob("*") if p.is_file()]
    else:
        files = list(Path(server.db).parent.glob("server.sqlite*"))
    raw = b"".join(p.read_bytes() for p in files)
    assert len(raw) > 10_000 and token.encode() not in raw and PASSWORD.encode() not in raw


def test_no_token_on_disk_anywhere_on_the_client(ws, cli, monkeypatch, server, tmp_path, memory_keyring) -> None:
    fill_demo(ws, today=dt.date(2026, 11, 24))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli("login", "--server", server.url, "--user", "chain", "--password-stdin").code == 0
    token = memory_keyring.get_password(f"scp-desktop {server.url}", "chain")
    finalize(ws, "bags", CHAIN, "2025")
    assert cli("sync").code == 0
    pdf = tmp_path / "bags.pdf"
    build_report(ws, "bags", CHAIN, "2025", pdf, "vi")
    ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    from scp_desktop.ui.errors import log, setup_logging

    log_file = setup_logging(tmp_path / "logs")
    log.error("sync failed with Authorization: Bearer %s", token)
    for handler in list(log.handlers):
        handler.flush()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".sqlite" for p in files) and log_file in files and pdf in files
    for path in files:
        content = path.read_bytes()
        assert token.encode() not in content, path
        assert PASSWORD.encode() not in content, path


def test_without_a_secure_keyring_the_token_stays_in_memory(server) -> None:
    store = TokenStore(fail.Keyring())
    assert not store.secure
    assert store.save(server.url, "chain", "secret-token") is False
    assert store.load(server.url, "chain") == "secret-token"
    assert TokenStore(fail.Keyring()).load(server.url, "chain") is None  # gone with the process


def test_request_size_and_rate_limits_answer_in_json(database, tmp_path) -> None:
    prepare(database, tmp_path / "attachments").close()
    limited = Server(database, tmp_path / "attachments", free_port(), extra=["--rate-limit", "2"])
    limited.start()
    try:
        token = limited.token("chain")
        too_big = call(limited, "PUT", "/attachments/" + "0" * 64, token, data=b"x" * (25 * 2**20 + 1))
        assert too_big.status_code == 413 and too_big.json()["error"] == "TOO_LARGE"
        answers = [call(limited, "GET", "/capabilities", token) for _ in range(30)]
        throttled = [a for a in answers if a.status_code == 429]
        assert throttled and throttled[0].json()["error"] == "RATE_LIMITED"
        assert int(throttled[0].headers["Retry-After"]) >= 1
    finally:
        limited.kill()


@pytest.fixture
def tls_server(database, tmp_path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
            "-keyout",
            str(key),
            "-out",
            str(cert),
        ],
        check=True,
        capture_output=True,
    )
    prepare(database, tmp_path / "attachments").close()
    tls = ["--tls-cert", str(cert), "--tls-key", str(key)]
    running = Server(database, tmp_path / "attachments", free_port(), extra=tls)
    running.start()
    yield running, cert
    running.kill()


def test_tls_is_verified_unless_the_ca_is_configured(tls_server, tmp_path) -> None:
    server, cert = tls_server
    with pytest.raises(requests.exceptions.SSLError):
        ServerClient(server.url).sign_in("chain", PASSWORD, "test")
    answer = ServerClient(server.url, ca_bundle=str(cert)).sign_in("chain", PASSWORD, "test")
    assert answer["token"]
    from scp_desktop.services.workspace import Workspace

    with Workspace.open(tmp_path / "ws.sqlite") as ws:
        result = sync_once(ws, ServerClient(server.url, answer["token"]))
        assert result.error and "TLS" in result.error  # refused, reported, nothing marked sent
        assert sync_once(ws, ServerClient(server.url, answer["token"], str(cert))).error is None


def test_errors_are_json_everywhere(server) -> None:
    token = server.token("chain")
    for response in (
        call(server, "GET", "/no-such-thing", token),
        call(server, "PUT", "/submissions/not-a-uuid", token, json={}),
        call(server, "PUT", f"/submissions/{uuid.uuid4()}", token, data=b"{not json"),
        call(server, "GET", "/submissions/changes", token, params={"cursor": "999999"}),
    ):
        body = response.json()
        assert response.status_code >= 400 and {"error", "message", "errors"} <= set(body), response.text
    assert json.loads(call(server, "GET", "/openapi.json").text)["openapi"].startswith("3.")


def test_a_reused_id_with_other_content_is_refused(server) -> None:
    token = server.token("textile")
    submission_id = str(uuid.uuid4())
    first = submission_for(TEXTILE)
    assert call(server, "PUT", f"/submissions/{submission_id}", token, json=first).status_code == 201
    again = call(server, "PUT", f"/submissions/{submission_id}", token, json=first)
    assert again.status_code == 200 and again.json()["receipt"]["duplicate"] is True
    other = submission_for(TEXTILE)
    other["payload"]["records"][0]["quantity_m3"] = 999.0
    from scp_desktop.domain.reports import content_sha256

    other["content_sha256"] = content_sha256(other["payload"])
    assert call(server, "PUT", f"/submissions/{submission_id}", token, json=other).json()["error"] == "ID_REUSED"
    twice = call(server, "PUT", f"/submissions/{uuid.uuid4()}", token, json=other)
    assert twice.status_code == 409 and twice.json()["error"] == "PERIOD_ALREADY_SUBMITTED"
