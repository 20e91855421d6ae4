"""10,000 finalized reports synced to the local reference server, against a bare requests.Session
loop doing the same PUTs to a fresh server, in the same run.

python -m bench.sync ours|bare WORKSPACE SERVER_URL TOKEN   (child mode, prints JSON)
"""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

from bench.common import DATA, REPO, Row, measure_in_child

REPORTS = 10_000
STORES, MONTHS = 100, 100
TAX = "0100234562"
PASSWORD = "bench-password"


def make_workspace() -> Path:
    path = DATA / f"sync-{REPORTS}.sqlite"
    if path.exists():
        return path
    from scp_desktop.services.reports import finalize
    from scp_desktop.services.workspace import Workspace

    DATA.mkdir(parents=True, exist_ok=True)
    with Workspace.open(path) as ws:
        ws.add_organization(tax_code=TAX, name="Chuỗi siêu thị", kind="supermarket", province="01")
        for store in range(STORES):
            ws.add_facility(TAX, code=f"S{store:03d}", name=f"Cửa hàng {store}", kind="store")
        ids = ws.facility_ids(ws.organization(TAX))
        months = [(2010 + m // 12, m % 12 + 1) for m in range(MONTHS)]
        with ws.transaction("bench"):
            ws.records.bulk_save_bags(
                (ids[f"S{s:03d}"], f"{y}-{m:02d}-{d:02d}", 1200, 600, 3.6, 120, 1.0, 20, 0.4, 2, None)
                for s in range(STORES)
                for y, m in months
                for d in (5, 15, 25)
            )
        for s in range(STORES):
            for y, m in months:
                finalize(ws, "bags", TAX, f"{y}-{m:02d}", f"S{s:03d}")
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def start_server(name: str) -> tuple[subprocess.Popen, str, str]:
    from scp_ministry_server.security import hash_password
    from scp_ministry_server.storage import Storage

    db = DATA / f"{name}.sqlite"
    for old in DATA.glob(f"{name}.sqlite*"):
        old.unlink()
    storage = Storage.open(db)
    storage.migrate()
    storage.add_organization(TAX, "Chuỗi siêu thị", "01", "G47", "supermarket")
    storage.add_user("chain", hash_password(PASSWORD), [TAX], reviewer=False)
    storage.close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scp_ministry_server",
            "serve",
            "--db",
            str(db),
            "--port",
            str(port),
            "--rate-limit",
            "0",
        ],
        cwd=REPO,
    )
    url = f"http://127.0.0.1:{port}"
    import requests

    for _ in range(300):
        try:
            token = requests.post(
                f"{url}/api/v1/auth/token", json={"username": "chain", "password": PASSWORD}, timeout=2
            ).json()["token"]
            return process, url, token
        except requests.RequestException:
            time.sleep(0.05)
    raise RuntimeError("server did not start")


def run(mode: str, workspace: str, url: str, token: str) -> dict[str, float]:
    import shutil

    copy = Path(workspace).with_name(f"sync-run-{mode}.sqlite")
    for old in copy.parent.glob(copy.name + "*"):
        old.unlink()
    shutil.copy(workspace, copy)
    from scp_desktop.services.sync import ServerClient, due_reports, sync_once
    from scp_desktop.services.workspace import Workspace

    with Workspace.open(copy) as ws:
        reports = due_reports(ws, "9999", everything=True)
        documents = [
            {
                "submission_id": r["submission_id"],
                "content_sha256": r["content_sha256"],
                "supersedes": r["supersedes"],
                "payload": json.loads(r["payload"]),
                "attachments": [],
            }
            for r in reports
        ]
        sent_bytes = sum(len(json.dumps(d).encode()) for d in documents) / len(documents)
        started = time.perf_counter()
        if mode == "ours":
            result = sync_once(ws, ServerClient(url, token), send_everything=True)
            assert result.sent == len(reports) and result.queue_empty, result
        else:
            import requests

            session = requests.Session()
            session.headers["Authorization"] = f"Bearer {token}"
            for document in documents:
                answer = session.put(f"{url}/api/v1/submissions/{document['submission_id']}", json=document, timeout=60)
                assert answer.status_code == 201, answer.text
        elapsed = time.perf_counter() - started
    return {"reports_per_s": len(documents) / elapsed, "bytes_per_report": sent_bytes, "reports": len(documents)}


def bench() -> list[Row]:
    workspace = str(make_workspace())
    results = {}
    for mode in ("bare", "ours"):
        process, url, token = start_server(f"sync-server-{mode}")
        try:
            results[mode] = measure_in_child("bench.sync", mode, workspace, url, token)
        finally:
            process.kill()
            process.wait()
    ours, bare = results["ours"], results["bare"]
    return [
        Row(
            f"sync {ours['reports']:,.0f} finalized reports to the local server",
            ours["reports_per_s"],
            bare["reports_per_s"],
            "reports/s",
            True,
            "≥ 0.5× bare",
            "bare: a requests.Session loop PUTting the same bodies to a fresh server",
        ),
        Row("  bytes sent per report (JSON body)", ours["bytes_per_report"], bare["bytes_per_report"], "B", False, ""),
    ]


if __name__ == "__main__":
    print(json.dumps(run(*sys.argv[1:5])))
