"""Sign in, finalize, sync, receipt; returned with a comment; a correction supersedes it and is accepted;
the ministry's indicators show it. All over real HTTP to the real server process."""

import datetime as dt
import io

import pytest
import requests

from scp_desktop.domain.records import BAGS
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.reports import correct, finalize
from scp_desktop.services.summary import summary
from scp_desktop.services.sync import meta
from tests.sync.conftest import CHAIN, PASSWORD


@pytest.fixture
def demo(ws):
    fill_demo(ws, today=dt.date(2026, 11, 24))
    return ws


def login(cli, monkeypatch, server, user: str = "chain"):
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return cli("login", "--server", server.url, "--user", user, "--password-stdin")


def review(server, submission_id: str, decision: str, comment: str = "") -> None:
    token = server.token("reviewer")
    response = requests.post(
        f"{server.url}/api/v1/submissions/{submission_id}/review",
        json={"decision": decision, "comment": comment},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert response.status_code == 200, response.text


def report_row(ws, submission_id: str) -> dict:
    return next(r for r in ws.reports.all() if r["submission_id"] == submission_id)


def test_finalize_sync_return_correct_accept_indicators(demo, cli, monkeypatch, server, memory_keyring) -> None:
    result = login(cli, monkeypatch, server)
    assert result.code == 0, result.err
    assert "0100234562" in result.out
    token = memory_keyring.get_password(f"scp-desktop {server.url}", "chain")
    assert token and meta(demo, "username") == "chain"

    first = finalize(demo, "bags", CHAIN, "2025")
    result = cli("sync")
    assert result.code == 0, result.out + result.err
    row = report_row(demo, first)
    assert row["state"] == "received" and row["receipt"].startswith("BCT-")

    review(server, first, "return", "Thiếu số liệu cửa hàng ST03 tháng 12")
    assert cli("sync").code == 0
    row = report_row(demo, first)
    assert row["state"] == "returned" and row["server_message"] == "Thiếu số liệu cửa hàng ST03 tháng 12"

    second = correct(demo, "bags", CHAIN, "2025")
    demo.save_record(
        BAGS,
        CHAIN,
        {
            "store": "ST03",
            "date": "2025-12-31",
            "transactions": "1500",
            "nonbio_count": "700",
            "nonbio_kg": "4.2",
            "bio_count": "300",
            "bio_kg": "2.4",
            "paper_count": "50",
            "paper_kg": "1",
            "reusable_sold": "10",
        },
    )
    finalize(demo, "bags", CHAIN, "2025")
    assert cli("sync").code == 0
    assert report_row(demo, second)["state"] == "received"
    review(server, second, "accept")
    assert cli("sync").code == 0
    assert report_row(demo, second)["state"] == "accepted"

    listing = requests.get(
        f"{server.url}/api/v1/submissions", headers={"Authorization": f"Bearer {token}"}, timeout=10
    ).json()["submissions"]
    states = {s["submission_id"]: s["state"] for s in listing}
    assert states == {first: "superseded", second: "accepted"}

    reviewer = server.token("reviewer")
    national = requests.get(
        f"{server.url}/api/v1/indicators",
        params={"year": 2025},
        headers={"Authorization": f"Bearer {reviewer}"},
        timeout=10,
    ).json()
    mine = summary(demo, CHAIN, 2025).bags
    assert national["organizations"] == 1
    assert national["bags"]["nonbio_count"] == mine.nonbio_count
    assert national["bags"]["transactions"] == mine.transactions
    assert national["bags"]["nonbio_per_transaction"] == pytest.approx(mine.nonbio_per_transaction)


def test_resending_the_same_report_gives_the_same_receipt(demo, cli, monkeypatch, server) -> None:
    login(cli, monkeypatch, server)
    submission = finalize(demo, "bags", CHAIN, "2025-06")
    assert cli("sync").code == 0
    receipt = report_row(demo, submission)["receipt"]
    demo.db.execute("UPDATE reports SET state = 'finalized' WHERE submission_id = ?", [submission])  # as after a crash
    result = cli("sync")
    assert "1 already there" in result.out
    assert report_row(demo, submission)["receipt"] == receipt


def test_sync_without_login_says_what_to_do(demo, cli) -> None:
    result = cli("sync")
    assert result.code == 2 and "login" in result.err
