"""The January peak at the ministry server, on PostgreSQL with 4 workers, beside a bare FastAPI +
psycopg endpoint inserting the same bodies in the same run; and the SQLite default (1 worker).

- 3,100 annual energy reports (key energy users) and 20,000 monthly bag reports (supermarkets and
  markets), from 5,000 organizations, sent by 50 concurrent clients (consultants and chains, 100
  organizations each) that resend a tenth of what they send, as after a lost answer;
- 35 reviewers working the queue (a page of received reports, accept or return one) and the
  changes feed, a decision every 2 s each (1 to 3 s), all the while.

Figures: reports/s, p50/p99 latency of the submissions, errors (any unexpected answer) and
duplicates (stored rows beyond one per report, and periods with two live reports).
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import random
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path
from typing import Any

from bench.common import REPO, Row

ENERGY_ORGS, RETAIL_ORGS, BAG_REPORTS = 3_100, 1_900, 20_000
CLIENTS, PER_CLIENT, REVIEWERS = 50, 100, 35
CLIENT_PROCESSES = 5  # 10 client threads each
RESEND_SHARE = 0.1
REVIEWER_PAUSE = 2.0  # seconds between two decisions of one reviewer (a person reads the report first)
YEAR = 2025


def tax_code(n: int) -> str:
    from scp_desktop.services.demo import demo_tax_code

    return demo_tax_code(100_000_000 + n * 10)


def energy_payload(code: str) -> dict[str, Any]:
    records = [
        {"facility": "NM01", "period": f"{YEAR}-{m:02d}", "fuel": fuel, "quantity": q, "unit": unit,
         "ncv_gj_per_t": None}
        for m in range(1, 13)
        for fuel, q, unit in (("electricity", 410_000.0 + m * 1_000, "kWh"), ("do", 12.5, "t"), ("coal_3_4", 95.0, "t"))
    ]  # fmt: skip
    return {"form": "energy", "organization": {"tax_code": code, "name": "Nhà máy (mẫu)"}, "facility": "NM01",
            "period": str(YEAR), "records": records, "app_version": "bench"}  # fmt: skip


def bag_payload(code: str, month: int) -> dict[str, Any]:
    days = (dt.date(YEAR + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    records = [
        {"store": "CH01", "date": f"{YEAR}-{month:02d}-{d:02d}", "transactions": 1_100 + d, "nonbio_count": 520,
         "nonbio_kg": 3.1, "bio_count": 140, "bio_kg": 1.1, "paper_count": 30, "paper_kg": 0.6, "reusable_sold": 4}
        for d in range(1, days + 1)
    ]  # fmt: skip
    return {"form": "bags", "organization": {"tax_code": code, "name": "Siêu thị (mẫu)"}, "facility": None,
            "period": f"{YEAR}-{month:02d}", "records": records, "app_version": "bench"}  # fmt: skip


def workload(seed: int = 76) -> list[list[tuple[str, dict[str, Any]]]]:
    """Each client's reports, in the order it sends them: (submission id, body)."""
    from scp_desktop.domain.reports import content_sha256

    reports: list[tuple[int, dict[str, Any]]] = [(n, energy_payload(tax_code(n))) for n in range(ENERGY_ORGS)]
    retail = [(ENERGY_ORGS + r, month) for month in range(1, 13) for r in range(RETAIL_ORGS)][:BAG_REPORTS]
    reports += [(n, bag_payload(tax_code(n), month)) for n, month in retail]
    rng = random.Random(seed)
    clients: list[list[tuple[str, dict[str, Any]]]] = [[] for _ in range(CLIENTS)]
    for org, payload in reports:
        body = {"content_sha256": content_sha256(payload), "supersedes": None, "payload": payload, "attachments": []}
        clients[org // PER_CLIENT].append((str(uuid.UUID(int=rng.getrandbits(128), version=4)), body))
    for queue in clients:
        rng.shuffle(queue)
    return clients


def prepare_ours(database: str, attachments: Path) -> tuple[list[str], list[str]]:
    """Organizations, 50 client accounts with 100 organizations each, 35 reviewers; their tokens."""
    from sqlalchemy import insert

    from scp_ministry_server.security import hash_password, token_hash
    from scp_ministry_server.storage import Storage, tables
    from scp_ministry_server.storage.types import utc_now

    storage = Storage.open(database, attachments)
    storage.migrate()
    now, password = utc_now(), hash_password(secrets.token_hex(8))
    with storage.write() as db:
        db.execute(
            insert(tables.organizations),
            [
                {"tax_code": tax_code(n), "name": f"Tổ chức {n}", "province": f"{n % 63 + 1:02d}",
                 "sector": "C13" if n < ENERGY_ORGS else "G47",
                 "kind": "manufacturer" if n < ENERGY_ORGS else "supermarket", "created_at": now}
                for n in range(ENERGY_ORGS + RETAIL_ORGS)
            ],
        )  # fmt: skip
        users = [(f"client{c:02d}", False) for c in range(CLIENTS)] + [
            (f"reviewer{r:02d}", True) for r in range(REVIEWERS)
        ]
        db.execute(
            insert(tables.users),
            [{"id": i + 1, "username": u, "password_hash": password, "is_reviewer": r, "created_at": now}
             for i, (u, r) in enumerate(users)],
        )  # fmt: skip
        db.execute(
            insert(tables.user_organizations),
            [{"user_id": c + 1, "tax_code": tax_code(c * PER_CLIENT + k)}
             for c in range(CLIENTS) for k in range(PER_CLIENT)],
        )  # fmt: skip
        tokens = [secrets.token_urlsafe(32) for _ in users]
        db.execute(
            insert(tables.tokens),
            [{"user_id": i + 1, "token_sha256": token_hash(t), "device": "bench", "created_at": now,
              "expires_at": now + dt.timedelta(days=1)} for i, t in enumerate(tokens)],
        )  # fmt: skip
        if storage.is_postgres:
            db.exec_driver_sql("SELECT setval('users_id_seq', 1000)")
    storage.close()
    return tokens[:CLIENTS], tokens[CLIENTS:]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait(url: str, process: subprocess.Popen) -> None:
    import requests

    for _ in range(600):
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            requests.get(f"{url}/api/v1/submissions?limit=1", timeout=2)
            return
        except requests.RequestException:
            time.sleep(0.1)
    raise RuntimeError("the server did not start")


def start(command: list[str], env: dict[str, str] | None = None) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    process = subprocess.Popen(
        [*command, "--port", str(port)], cwd=REPO, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    _wait(url, process)
    return process, url


# -- the load ---------------------------------------------------------------------------------------
def _client_process(url: str, queues: list[tuple[str, list[tuple[str, dict]]]], seed: int) -> dict[str, Any]:
    """A few clients, one thread each: send every report, resending a tenth of them right after."""
    import requests

    latencies: list[float] = []
    created = resent_ok = 0
    errors: list[str] = []
    lock = threading.Lock()

    def client(token: str, queue: list[tuple[str, dict]], rng: random.Random) -> None:
        nonlocal created, resent_ok
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"
        sent: list[tuple[str, dict]] = []
        for item in queue:
            sends = [(item, 201)]
            sent.append(item)
            if rng.random() < RESEND_SHARE:
                sends.append((rng.choice(sent), 200))
            for (submission_id, body), expected in sends:
                began = time.perf_counter()
                try:
                    answer = session.put(f"{url}/api/v1/submissions/{submission_id}", json=body, timeout=60)
                    status, text = answer.status_code, answer.text
                except requests.RequestException as error:
                    status, text = 0, str(error)
                took = time.perf_counter() - began
                with lock:
                    latencies.append(took)
                    if status == expected:
                        created += status == 201
                        resent_ok += status == 200
                    else:
                        errors.append(f"{status} {text[:200]}")

    threads = [
        threading.Thread(target=client, args=(token, queue, random.Random(seed + n)))
        for n, (token, queue) in enumerate(queues)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return {"latencies": latencies, "created": created, "resent": resent_ok, "errors": errors}


def _reviewers(url: str, tokens: list[str], stop: threading.Event, bare: bool, out: dict[str, Any]) -> None:
    import requests

    latencies: list[float] = []
    errors: list[str] = []
    lost_races = [0]  # two reviewers took the same report: the server lets one decide (409 NOT_REVIEWABLE)
    lock = threading.Lock()

    def reviewer(token: str, rng: random.Random) -> None:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"
        cursor = None

        def call(method: str, path: str, **kwargs: Any) -> Any:
            began = time.perf_counter()
            answer = session.request(method, f"{url}/api/v1{path}", timeout=60, **kwargs)
            with lock:
                latencies.append(time.perf_counter() - began)
                if answer.status_code == 409 and '"NOT_REVIEWABLE"' in answer.text:
                    lost_races[0] += 1
                elif answer.status_code != 200:
                    errors.append(f"{method} {path} {answer.status_code} {answer.text[:200]}")
            return answer.json()

        while not stop.wait(REVIEWER_PAUSE * rng.uniform(0.5, 1.5)):
            queue = call("GET", "/submissions", params={"state": "received", "limit": 20})["submissions"]
            if bare:
                continue
            for item in rng.sample(queue, min(1, len(queue))):
                decision = rng.choice(["accept", "accept", "accept", "return"])
                comment = "Thiếu số liệu tháng 12" if decision == "return" else ""
                call(
                    "POST",
                    f"/submissions/{item['submission_id']}/review",
                    json={"decision": decision, "comment": comment},
                )
            while True:
                page = call("GET", "/submissions/changes", params={"cursor": cursor} if cursor else None)
                cursor = page["cursor"]
                if not page["more"]:
                    break

    threads = [threading.Thread(target=reviewer, args=(t, random.Random(n))) for n, t in enumerate(tokens)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out.update(latencies=latencies, errors=errors, lost_races=lost_races[0])


def run_load(url: str, client_tokens: list[str], reviewer_tokens: list[str], bare: bool) -> dict[str, Any]:
    clients = workload()
    per_process = CLIENTS // CLIENT_PROCESSES
    batches = [
        [(client_tokens[c], clients[c]) for c in range(p * per_process, (p + 1) * per_process)]
        for p in range(CLIENT_PROCESSES)
    ]
    stop, review_results = threading.Event(), {}
    reviewers = threading.Thread(target=_reviewers, args=(url, reviewer_tokens, stop, bare, review_results))
    context = multiprocessing.get_context("fork")
    began = time.perf_counter()
    reviewers.start()
    with context.Pool(CLIENT_PROCESSES) as pool:
        results = pool.starmap(_client_process, [(url, batch, 1000 * n) for n, batch in enumerate(batches)])
    elapsed = time.perf_counter() - began
    stop.set()
    reviewers.join()
    latencies = sorted(x for r in results for x in r["latencies"])
    return {
        "elapsed": elapsed,
        "created": sum(r["created"] for r in results),
        "resent": sum(r["resent"] for r in results),
        "reports_per_s": sum(r["created"] for r in results) / elapsed,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[int(0.99 * (len(latencies) - 1))],
        "errors": [e for r in results for e in r["errors"]] + review_results["errors"],
        "reviewer_requests": len(review_results["latencies"]),
        "lost_races": review_results.get("lost_races", 0),
        "reviewer_p99_ms": 1000
        * sorted(review_results["latencies"])[int(0.99 * (len(review_results["latencies"]) - 1))],
    }


def duplicates(database: str) -> int:
    """Stored copies beyond one per report, plus periods holding more than one live report."""
    from sqlalchemy import func, select

    from scp_ministry_server.storage import Storage, tables

    s = tables.submissions
    storage = Storage.open(database, Path(tempfile.gettempdir()))
    with storage.read() as db:
        rows, distinct = db.execute(select(func.count(), func.count(func.distinct(s.c.submission_id)))).one()
        live = (
            select(func.count().label("n"))
            .where(s.c.state != "superseded")
            .group_by(s.c.tax_code, s.c.form, s.c.facility_key, s.c.period)
            .subquery()
        )
        doubled = db.execute(select(func.count()).select_from(live).where(live.c.n > 1)).scalar()
    storage.close()
    return int(rows - distinct + doubled + abs(rows - (ENERGY_ORGS + BAG_REPORTS)))


def ours(database: str, workers: int, folder: Path) -> dict[str, Any]:
    client_tokens, reviewer_tokens = prepare_ours(database, folder / "attachments")
    command = [sys.executable, "-m", "scp_ministry_server", "serve", "--db", database, "--attachments",
               str(folder / "attachments"), "--workers", str(workers), "--rate-limit", "0"]  # fmt: skip
    process, url = start(command)
    try:
        result = run_load(url, client_tokens, reviewer_tokens, bare=False)
    finally:
        process.terminate()
        process.wait(60)
    result["duplicates"] = duplicates(database)
    return result


def bare(database: str, workers: int) -> dict[str, Any]:
    from bench.bare_server import create_table

    create_table(database)
    command = [sys.executable, "-m", "uvicorn", "bench.bare_server:app", "--workers", str(workers),
               "--log-level", "warning", "--no-access-log"]  # fmt: skip
    process, url = start(command, {"BARE_DB": database})
    try:
        result = run_load(url, ["-"] * CLIENTS, ["-"] * REVIEWERS, bare=True)
    finally:
        process.terminate()
        process.wait(60)
    result["duplicates"] = 0
    return result


def measure() -> dict[str, dict[str, Any]]:
    from tests.server.postgres import TemporaryCluster

    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="scp-bench-") as scratch, TemporaryCluster() as cluster:
        folder = Path(scratch)
        results["bare"] = bare(cluster.create_database(), 4)
        results["postgresql"] = ours(cluster.create_database(), 4, folder / "pg")
        results["sqlite"] = ours(str(folder / "server.sqlite"), 1, folder / "sqlite")
    return results


def bench() -> list[Row]:
    results = measure()
    bare_result, pg, lite = results["bare"], results["postgresql"], results["sqlite"]
    rows = [
        Row("January peak, PostgreSQL, 4 workers: reports/s", pg["reports_per_s"], bare_result["reports_per_s"],
            "reports/s", True, "≥ 0.5× bare",
            f"{pg['created']:,} reports + {pg['resent']:,} resends by {CLIENTS} clients in {pg['elapsed']:.0f} s, "
            f"{REVIEWERS} reviewers made {pg['reviewer_requests']:,} requests (p99 {pg['reviewer_p99_ms']:.0f} ms; "
            f"{pg['lost_races']:,} decisions lost to another reviewer's on the same report, 409 as designed); "
            "bare: FastAPI + psycopg inserting the same bodies, 4 workers, same clients"),
        Row("  latency p50", pg["p50_ms"], bare_result["p50_ms"], "ms", False, ""),
        Row("  latency p99", pg["p99_ms"], bare_result["p99_ms"], "ms", False, "≤ 250 ms"),
        Row("  errors / duplicates", len(pg["errors"]) + pg["duplicates"], 0, "", False, "0 / 0",
            f"{len(pg['errors'])} errors, {pg['duplicates']} duplicates"
            + (f"; first: {pg['errors'][0]}" if pg["errors"] else "")),
        Row("January peak, SQLite (default), 1 worker: reports/s", lite["reports_per_s"], bare_result["reports_per_s"],
            "reports/s", True, "", f"{len(lite['errors'])} errors, {lite['duplicates']} duplicates, "
            f"reviewer p99 {lite['reviewer_p99_ms']:.0f} ms; baseline: the bare PostgreSQL endpoint"),
        Row("  latency p50", lite["p50_ms"], bare_result["p50_ms"], "ms", False, ""),
        Row("  latency p99", lite["p99_ms"], bare_result["p99_ms"], "ms", False, ""),
    ]  # fmt: skip
    return rows


if __name__ == "__main__":
    print(json.dumps({k: {**v, "errors": v["errors"][:5]} for k, v in measure().items()}, indent=1))
