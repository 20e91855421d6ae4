"""Whatever the network and the processes do, each finalized report reaches the server exactly once
and the outbox ends empty: a proxy that drops requests, drops answers after the server committed,
delays and answers 500/503; the server killed and restarted; the client killed with kill -9."""

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from scp_desktop.domain.reports import content_sha256
from scp_desktop.services.reports import finalize
from scp_desktop.services.sync import ServerClient, sync_once, waiting_count
from scp_desktop.services.workspace import Workspace
from scp_ministry_server.storage.tables import submissions
from tests.conftest import REPO
from tests.sync.conftest import CHAIN, FaultyProxy, Server

STORES, MONTHS = 25, 20  # 500 reports


def many_reports(path: Path) -> list[str]:
    """A chain with 25 stores, one logged day a month for 20 months, each month of each store finalized."""
    with Workspace.open(path) as ws:
        ws.add_organization(tax_code=CHAIN, name="Chuỗi thử", kind="supermarket", province="01")
        for store in range(STORES):
            ws.add_facility(CHAIN, code=f"S{store:02d}", name=f"Cửa hàng {store}", kind="store")
        ids = ws.facility_ids(ws.organization(CHAIN))
        with ws.transaction("test"):
            ws.records.bulk_save_bags(
                (ids[f"S{s:02d}"], f"{2024 + m // 12}-{m % 12 + 1:02d}-15", 900, 400, 2.4, 100, 0.8, 10, 0.2, 1, None)
                for s in range(STORES)
                for m in range(MONTHS)
            )
        return [
            finalize(ws, "bags", CHAIN, f"{2024 + m // 12}-{m % 12 + 1:02d}", f"S{s:02d}")
            for s in range(STORES)
            for m in range(MONTHS)
        ]


def server_rows(server: Server) -> list[dict]:
    storage = server.storage()
    try:
        with storage.read() as db:
            return [
                dict(r)
                for r in db.execute(select(submissions.c.submission_id, submissions.c.content_sha256)).mappings()
            ]
    finally:
        storage.close()


@pytest.mark.slow
def test_five_hundred_reports_through_a_faulty_network_arrive_exactly_once(tmp_path, server) -> None:
    workspace = tmp_path / "ws.sqlite"
    expected = many_reports(workspace)
    token = server.token("chain")
    killed_after = 150  # the server dies (kill -9) right after committing its 150th report …
    proxy = FaultyProxy(
        server.url,
        seed=76,
        rates={"drop_request": 0.08, "drop_response": 0.08, "error": 0.08, "delay": 0.06},
        after_receipts=(killed_after, server.kill),
    )
    rounds, on_server_when_killed = 0, None
    with Workspace.open(workspace) as ws:
        client = ServerClient(proxy.url, token)
        client.session.adapters["http://"].max_retries = 0  # every fault reaches our own retry logic
        while waiting_count(ws) and rounds < 300:
            rounds += 1
            if on_server_when_killed is None and not server.running:
                on_server_when_killed = len(server_rows(server))
                server.start()  # … and comes back with its data
            sync_once(ws, client, send_everything=True)
        assert waiting_count(ws) == 0
        states = {r["state"] for r in ws.reports.all()}
        receipts = [r["receipt"] for r in ws.reports.all()]
    proxy.shutdown()
    rows = server_rows(server)
    assert sorted(r["submission_id"] for r in rows) == sorted(expected)  # each exactly once
    assert states == {"received"} and len(set(receipts)) == len(expected)
    faults = {k: v for k, v in proxy.counts.items() if k != "forwarded"}
    print(
        f"\n{len(expected)} reports in {rounds} rounds; {on_server_when_killed} on the server when it was killed; "
        f"proxy: {proxy.counts}"
    )
    assert on_server_when_killed == killed_after
    assert all(count > 10 for count in faults.values()), faults


CLIENT = """
import sys
from scp_desktop.services.sync import ServerClient, sync_once
from scp_desktop.services.workspace import Workspace
with Workspace.open(sys.argv[1]) as ws:
    sync_once(ws, ServerClient(sys.argv[2], sys.argv[3]), send_everything=True)
"""


def paused(process: subprocess.Popen) -> str:
    """The pause line the process prints on stderr (after any warnings), or what it said before it ended."""
    said = []
    for line in process.stderr:
        said.append(line.decode().strip())
        if said[-1].startswith("paused at"):
            return said[-1]
    return "\n".join(said)


@pytest.mark.slow
def test_client_killed_mid_sync_resends_without_duplicates(tmp_path, server) -> None:
    """kill -9 of the client four times, each right after the server answered (and committed) a report
    the outbox has not yet marked as received: that one is sent again, and counted once."""
    workspace = tmp_path / "ws.sqlite"
    expected = many_reports(workspace)
    token = server.token("chain")
    landed = []
    for answers in (40, 90, 120, 75):
        process = subprocess.Popen(
            [sys.executable, "-c", CLIENT, str(workspace), server.url, token],
            cwd=REPO,
            env={**os.environ, "SCP_DESKTOP_PAUSE": f"sync:answered:{answers}"},
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert paused(process) == f"paused at sync:answered:{answers}"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(30)
        landed.append(len(server_rows(server)))
    # Each run after the first resends the report the previous one died over (a duplicate: one answer, no row).
    assert landed == [40, 40 + 89, 40 + 89 + 119, 40 + 89 + 119 + 74]
    with Workspace.open(workspace) as ws:
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.db.execute("SELECT count(*) FROM reports WHERE state = 'sending'").fetchone()[0] == 1
        result = sync_once(ws, ServerClient(server.url, token), send_everything=True)
        assert result.queue_empty and waiting_count(ws) == 0
        assert result.duplicates == 1 and result.sent == len(expected) - landed[-1] + 1
    assert sorted(r["submission_id"] for r in server_rows(server)) == sorted(expected)


def test_a_bad_report_never_blocks_the_queue_and_401_pauses_it(tmp_path, server) -> None:
    workspace = tmp_path / "ws.sqlite"
    ids = many_reports(workspace)[:3]
    token = server.token("chain")
    with Workspace.open(workspace) as ws:
        payload = json.loads(
            ws.db.execute("SELECT payload FROM reports WHERE submission_id = ?", [ids[0]]).fetchone()[0]
        )
        payload["records"][0]["transactions"] = -5  # the server refuses it (422): permanent
        ws.db.execute(
            "UPDATE reports SET payload = ?, content_sha256 = ? WHERE submission_id = ?",
            [json.dumps(payload), content_sha256(payload), ids[0]],
        )
        ws.db.execute("UPDATE reports SET state = 'draft' WHERE submission_id NOT IN (?, ?, ?)", ids)
        result = sync_once(ws, ServerClient(server.url, token), send_everything=True)
        assert (result.sent, result.failed) == (2, 1)
        failed = next(r for r in ws.reports.all() if r["submission_id"] == ids[0])
        assert failed["state"] == "failed" and "transactions" in failed["server_message"]
        ws.db.execute("UPDATE reports SET state = 'finalized' WHERE submission_id = ?", [ids[0]])
        paused = sync_once(ws, ServerClient(server.url, "not-a-token"), send_everything=True)
        assert paused.auth_required and waiting_count(ws) == 1  # still queued, not failed
