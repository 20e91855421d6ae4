"""A report the app cannot read fails alone and never blocks the queue; a second sync says one is running."""

from __future__ import annotations

import io
import os

import pytest

from scp_desktop.services.reports import finalize
from scp_desktop.services.sync import sender_lock
from tests.conftest import write_csv
from tests.hostile.conftest import BAG_HEADER
from tests.sync.conftest import CHAIN, PASSWORD, memory_keyring, server  # noqa: F401 (fixtures)


@pytest.fixture
def signed_in(ws, cli, monkeypatch, server, tmp_path):  # noqa: F811
    ws.add_organization(tax_code=CHAIN, name="Siêu thị", kind="supermarket", province="01")
    ws.add_facility(CHAIN, code="ST01", name="Cửa hàng", kind="store")
    rows = [f"ST01,2025-0{m}-0{d},1000,400,2,0,0,0,0,0" for m in (1, 2, 3) for d in (1, 2)]
    assert cli("import", "bags", str(write_csv(tmp_path / "b.csv", BAG_HEADER, rows)), "--org", CHAIN).code == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli("login", "--server", server.url, "--user", "chain", "--password-stdin").code == 0
    return ws


@pytest.mark.parametrize(
    "planted",
    [
        "{not json",
        '{"form": "bags", "records": [NaN]}',  # Python reads NaN; no JSON can carry it
        None,
        '"a text, not an object"',
    ],
)
def test_an_unreadable_report_fails_alone_and_the_queue_goes_on(signed_in, cli, planted) -> None:
    ws = signed_in
    bad = finalize(ws, "bags", CHAIN, "2025-01", "ST01")
    good = finalize(ws, "bags", CHAIN, "2025-02", "ST01")
    ws.db.execute("UPDATE reports SET payload = ? WHERE submission_id = ?", [planted, bad])
    result = cli("sync")
    assert "Traceback" not in result.err
    states = {r["submission_id"]: r for r in ws.reports.all()}
    assert states[good]["state"] == "received"
    assert states[bad]["state"] == "failed" and "cannot be read or sent" in states[bad]["server_message"]
    assert "refused 1" in result.out and result.code == 0


def test_a_report_whose_content_was_changed_is_not_sent(signed_in, cli) -> None:
    ws = signed_in
    changed = finalize(ws, "bags", CHAIN, "2025-03", "ST01")
    ws.db.execute(
        "UPDATE reports SET payload = replace(payload, '\"transactions\": 1000', '\"transactions\": 9000')"
        " WHERE submission_id = ?",
        [changed],
    )
    cli("sync")
    (row,) = ws.reports.all()
    assert row["state"] == "failed" and "does not match its SHA-256" in row["server_message"]


def test_a_second_sync_says_one_is_already_running(signed_in, cli) -> None:
    finalize(signed_in, "bags", CHAIN, "2025-01", "ST01")
    with sender_lock(signed_in) as mine:  # another sender holds the workspace's sender lock
        assert mine
        result = cli("sync")
    assert result.code == 3
    assert result.err.startswith(f"error: another sync of this workspace is already running (pid {os.getpid()} (")
    assert len(result.err.splitlines()) == 1
    assert cli("sync").code == 0  # once it has finished, the next one sends
