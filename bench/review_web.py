"""The reviewer web app at 100,000 submissions on PostgreSQL: the server's time (its Server-Timing
header) for the queue and the completeness page, beside the same SQL run bare through psycopg in the
same run (what the database alone takes), for a national and a provincial reviewer.

The data: 5,000 organizations over the 34 provinces (3,100 key energy users, 1,900 supermarkets and
markets), their annual energy reports 2020–2025 and monthly bag reports 2023–2025 in every state,
13,000 of them superseded by corrections (100,000 rows), and 2025's obligations (25,900). Payloads
hold one record each: neither page reads them.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

from bench.common import REPO, Row
from bench.server import ENERGY_ORGS, RETAIL_ORGS, _free_port, tax_code

SUBMISSIONS = 100_000
ROUNDS = 25
PASSWORD = "bench-mật-khẩu"
STATES = ["received"] * 4 + ["verified"] * 2 + ["accepted"] * 3 + ["returned"]


def _periods() -> list[tuple[int, str, str]]:
    """(organization number, form, period) of every live report."""
    live = [(n, "energy", str(year)) for n in range(ENERGY_ORGS) for year in range(2020, 2026)]
    live += [(ENERGY_ORGS + r, "bags", f"{y}-{m:02d}") for r in range(RETAIL_ORGS) for y in (2023, 2024, 2025)
             for m in range(1, 13)]  # fmt: skip
    return live


def seed(database: str, attachments: Path) -> None:
    from sqlalchemy import insert

    from scp_desktop.domain.reference import load_bundled
    from scp_ministry_server import obligations
    from scp_ministry_server.security import hash_password
    from scp_ministry_server.storage import Storage, tables
    from scp_ministry_server.storage import obligations as standing
    from scp_ministry_server.storage.types import utc_now

    storage = Storage.open(database, attachments)
    storage.migrate()
    ref, now, rng = load_bundled(), utc_now(), random.Random(16)
    provinces = sorted(ref.provinces)
    with storage.write() as db:
        db.execute(insert(tables.organizations), [
            {"tax_code": tax_code(n), "name": f"Tổ chức {n} (mẫu)", "province": provinces[n % len(provinces)],
             "sector": "C13" if n < ENERGY_ORGS else "G47",
             "kind": "manufacturer" if n < ENERGY_ORGS else "supermarket", "created_at": now}
            for n in range(ENERGY_ORGS + RETAIL_ORGS)
        ])  # fmt: skip
    storage.add_user("moit", hash_password(PASSWORD), [], True)
    storage.add_user("hanoi", hash_password(PASSWORD), [], True, province="01")
    live = _periods()
    corrections = SUBMISSIONS - len(live)
    rows: list[dict[str, Any]] = []
    for index, (n, form, period) in enumerate(live):
        code = tax_code(n)
        year = int(period[:4])
        received = dt.datetime(year + 1 if form == "energy" else year, 1 if form == "energy" else 12, 10,
                               tzinfo=dt.UTC) + dt.timedelta(minutes=rng.randrange(60 * 24 * 20))  # fmt: skip
        record = {"store": "CH01", "date": f"{period}-05", "transactions": 1000, "nonbio_count": 500,
                  "nonbio_kg": 3.0} if form == "bags" else {"facility": "NM01", "period": period,
                  "fuel": "electricity", "quantity": 400000.0, "unit": "kWh"}  # fmt: skip
        base = {"tax_code": code, "form": form, "facility": None, "facility_key": "", "period": period,
                "content_sha256": uuid.uuid4().hex * 2,
                "payload": {"form": form, "period": period, "records": [record]},
                "receipt": f"BCT-B-{index:07d}", "submitted_by": 1, "measure": 500.0}  # fmt: skip
        state = rng.choice(STATES)
        if index < corrections:
            old = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            new = str(uuid.UUID(int=rng.getrandbits(128), version=4))
            rows.append({**base, "submission_id": old, "state": "superseded", "superseded_by": new,
                         "received_at": received - dt.timedelta(days=3), "receipt": f"BCT-C-{index:07d}"})  # fmt: skip
            rows.append({**base, "submission_id": new, "state": state, "supersedes": old, "received_at": received})
        else:
            rows.append({**base, "submission_id": str(uuid.UUID(int=rng.getrandbits(128), version=4)), "state": state,
                         "received_at": received})  # fmt: skip
    columns = {c.name for c in tables.submissions.columns}
    rows = [{c: r.get(c) for c in columns} for r in rows]
    with storage.write() as db:
        for start in range(0, len(rows), 5000):
            db.execute(insert(tables.submissions), rows[start : start + 5000])
    due, legal = obligations.energy_due(2025, ref)
    duties = [
        obligations.obligation_row(tax_code(n), "energy", "2025", due, legal, "bench") for n in range(ENERGY_ORGS)
    ]
    duties += [
        obligations.obligation_row(tax_code(ENERGY_ORGS + r), "bags", f"2025-{m:02d}",
                                   dt.date(2025 + m // 12, m % 12 + 1, 15), "bench", "bench")
        for r in range(RETAIL_ORGS) for m in range(1, 13)
    ]  # fmt: skip
    with storage.write() as db:
        db.execute(insert(tables.obligations), duties)
        for form in ("energy", "bags"):
            standing.refresh_all(db, "2025", form)
    with storage.engine.connect() as connection:  # what autovacuum does after a bulk load
        connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("VACUUM ANALYZE")
    storage.close()


def _session(url: str, username: str) -> Any:
    import requests

    session = requests.Session()
    page = session.get(f"{url}/review/", timeout=60).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    answer = session.post(f"{url}/review/sign-in", timeout=60,
                          data={"username": username, "password": PASSWORD, "csrf_token": token})  # fmt: skip
    answer.raise_for_status()
    return session


def _server_ms(session: Any, url: str) -> list[float]:
    times = []
    for _ in range(ROUNDS):
        answer = session.get(url, timeout=60)
        answer.raise_for_status()
        times.append(float(answer.headers["server-timing"].split("dur=")[1]))
    return times


def _bare_ms(database: str, statements: list[tuple[str, dict[str, Any]]]) -> list[float]:
    """The page's statements run one after the other on one connection, timed per round."""
    import psycopg

    times = []
    with psycopg.connect(database) as connection:
        for _ in range(ROUNDS):
            began = time.perf_counter()
            for sql, params in statements:
                connection.execute(sql, params).fetchall()
            times.append((time.perf_counter() - began) * 1000)
    return times


def _sql(database: str, path: str) -> list[tuple[str, dict[str, Any]]]:
    """The SQL a page runs, compiled for PostgreSQL with its parameters: the bare baseline."""
    from sqlalchemy.dialects import postgresql

    from scp_ministry_server.storage import Storage
    from scp_ministry_server.storage.submissions import EVERYTHING
    from scp_ministry_server.storage.types import utc_now
    from scp_ministry_server.web import completeness, queue

    dialect = postgresql.psycopg.dialect()
    storage = Storage.open(database, Path(tempfile.gettempdir()))
    captured: list[Any] = []
    with storage.read() as db:
        real = db.execute

        def capture(statement: Any, *args: Any, **kwargs: Any) -> Any:
            captured.append(statement)
            return real(statement, *args, **kwargs)

        db.execute = capture  # type: ignore[method-assign]
        if path == "queue":
            queue.counts(db, queue.QueueFilter(state="received"), EVERYTHING)
            queue.page(db, queue.QueueFilter(state="received"), EVERYTHING)
        else:
            completeness.rates(db, completeness.Filter(2025), EVERYTHING, utc_now())
            completeness.late(db, completeness.Filter(2025), EVERYTHING, utc_now(), 20)
    storage.close()
    compiled = [c.compile(dialect=dialect) for c in captured]
    return [(str(c), dict(c.params)) for c in compiled]


def measure() -> dict[str, Any]:
    from tests.server.postgres import TemporaryCluster

    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="scp-bench-web-") as scratch, TemporaryCluster() as cluster:
        database = cluster.create_database()
        began = time.perf_counter()
        seed(database, Path(scratch) / "attachments")
        results["seed_s"] = time.perf_counter() - began
        port = _free_port()
        process = subprocess.Popen(
            [sys.executable, "-m", "scp_ministry_server", "serve", "--db", database, "--attachments",
             str(Path(scratch) / "attachments"), "--port", str(port), "--rate-limit", "0", "--review-levels", "2"],
            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        try:
            for _ in range(300):
                try:
                    national = _session(url, "moit")
                    break
                except Exception:
                    time.sleep(0.2)
            provincial = _session(url, "hanoi")
            pages = {
                "queue, national (received, first page)": (national, "/review/?state=received"),
                "queue, national, filtered (sector, period, sorted by organization)": (
                    national, "/review/?state=all&sector=G47&period=2025&sort=organization&page=3"),
                "queue, provincial (Hà Nội)": (provincial, "/review/?state=received"),
                "completeness 2025, national by province": (national, "/review/completeness?year=2025"),
                "completeness 2025, provincial (Hà Nội)": (provincial, "/review/completeness?year=2025"),
            }  # fmt: skip
            for name, (session, path) in pages.items():
                results[name] = _server_ms(session, url + path)
            for name, kind in (
                ("queue SQL, bare psycopg", "queue"),
                ("completeness SQL, bare psycopg", "completeness"),
            ):
                results[name] = _bare_ms(database, _sql(database, kind))
        finally:
            process.terminate()
            process.wait(60)
    return results


def bench() -> list[Row]:
    results = measure()
    queue_bare = statistics.median(results["queue SQL, bare psycopg"])
    completeness_bare = statistics.median(results["completeness SQL, bare psycopg"])
    rows = []
    for name, values in results.items():
        if not isinstance(values, list) or "bare" in name:
            continue
        baseline = completeness_bare if name.startswith("completeness") else queue_bare
        p95 = sorted(values)[int(0.95 * (len(values) - 1))]
        rows.append(Row(f"web {name}, 100k submissions, PostgreSQL: server ms (median)", statistics.median(values),
                        baseline, "ms", False, "≤ 200 ms",
                        f"p95 {p95:.0f} ms; baseline: the page's SQL alone, bare psycopg"))  # fmt: skip
    return rows


if __name__ == "__main__":
    print(json.dumps({k: (statistics.median(v) if isinstance(v, list) else v) for k, v in measure().items()}, indent=1))
