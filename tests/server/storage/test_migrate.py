"""Migrations: a fresh database gets exactly tables.py; a database the pre-migration server wrote
upgrades in place and keeps every fact; revision 0001 data survives the upgrade on both engines;
several processes migrating at once never race."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import requests
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select, text

from scp_ministry_server.storage import Storage, migrate, tables
from scp_ministry_server.storage.tables import metadata
from tests.conftest import REPO
from tests.server.conftest import Server
from tests.server.fixtures.make_server_v0 import FACTS
from tests.server.postgres import free_port

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "server_v0.sqlite"


def differences(storage: Storage) -> list:
    with storage.engine.connect() as connection:
        return compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}), metadata)


def test_a_fresh_database_gets_exactly_the_declared_tables(database, tmp_path) -> None:
    storage = Storage.open(database, tmp_path)
    assert storage.migrate() == (None, migrate.head())
    assert differences(storage) == []
    assert storage.migrate() == (migrate.head(), migrate.head())  # again: nothing to do
    storage.close()


@pytest.fixture
def old_server_db(tmp_path) -> Path:
    """A copy of the database (and attachment folder) the server wrote before it had migrations."""
    target = tmp_path / "server.sqlite"
    shutil.copy(FIXTURE, target)
    shutil.copytree(FIXTURE.with_name(FIXTURE.name + ".attachments"), tmp_path / "server.sqlite.attachments")
    return target


def test_the_pre_migration_database_upgrades_in_place(old_server_db) -> None:
    storage = Storage.open(old_server_db)
    with storage.engine.connect() as connection:
        assert "alembic_version" not in inspect(connection).get_table_names()
    assert storage.migrate() == (migrate.FIRST, migrate.head())
    # Only SQLite's old quirk remains: `x TEXT PRIMARY KEY` (the old DDL) lets x be NULL.
    left = [d[0] for d in differences(storage)]
    assert {(kind, table, column) for kind, _, table, column, *_ in left} == {
        ("modify_nullable", t, c)
        for t, c in [
            ("attachments", "sha256"),
            ("audit", "id"),
            ("organizations", "tax_code"),
            ("sequences", "name"),
            ("submissions", "submission_id"),
            ("tokens", "id"),
            ("users", "id"),
        ]
    }
    with storage.read() as db:
        states = dict(db.execute(select(tables.submissions.c.submission_id, tables.submissions.c.state)).all())
        events = db.execute(
            select(tables.submission_events.c.submission_id, tables.submission_events.c.seq).order_by("seq")
        ).all()
    assert states == {FACTS["first"]: "superseded", FACTS["correction"]: "accepted", FACTS["water"]: "received"}
    assert [seq for _, seq in events] == [4, 5, 6]  # the positions clients' cursors already point into
    storage.close()


def test_the_upgraded_old_database_serves_its_clients(old_server_db) -> None:
    server = Server(str(old_server_db), old_server_db.with_name("server.sqlite.attachments"), free_port())
    server.start()  # serve migrates it
    try:
        api = f"{server.url}/api/v1"
        chain = {"Authorization": f"Bearer {FACTS['token']}"}
        assert requests.get(f"{api}/submissions", headers={"Authorization": f"Bearer {FACTS['revoked_token']}"},
                            timeout=10).status_code == 401  # fmt: skip
        listing = requests.get(f"{api}/submissions", headers=chain, timeout=10).json()["submissions"]
        assert {s["submission_id"]: s["receipt"] for s in listing} == {
            FACTS["first"]: "BCT-2026-0000001",
            FACTS["correction"]: "BCT-2026-0000002",
        }
        # A client whose cursor was 4 (it had seen the return) gets the acceptance next, and no more.
        feed = requests.get(f"{api}/submissions/changes", params={"cursor": "4"}, headers=chain, timeout=10).json()
        assert [(c["submission_id"], c["state"]) for c in feed["changes"]] == [(FACTS["correction"], "accepted")]
        assert feed["cursor"] == "5"
        signed_in = requests.post(f"{api}/auth/token", json={"username": "textile", "password": FACTS["password"]},
                                  timeout=10)  # fmt: skip
        assert signed_in.status_code == 200  # the password hash carried over
        reviewer = {"Authorization": f"Bearer {FACTS['reviewer_token']}"}
        accepted = requests.post(f"{api}/submissions/{FACTS['water']}/review", json={"decision": "accept"},
                                 headers=reviewer, timeout=10)  # fmt: skip
        assert accepted.json() == {"submission_id": FACTS["water"], "state": "accepted"}
        new = requests.get(f"{api}/submissions/changes", params={"cursor": "6"}, headers=reviewer, timeout=10).json()
        assert [(c["submission_id"], c["state"]) for c in new["changes"]] == [(FACTS["water"], "accepted")]
        assert new["cursor"] == "7"
        indicators = requests.get(f"{api}/indicators", params={"year": 2025}, headers=reviewer, timeout=10).json()
        assert indicators["bags"]["transactions"] == 1500  # the accepted correction, not the superseded report
    finally:
        server.kill()
    storage = Storage.open(old_server_db)
    sha = "a028c30c25ee4accd34cee99a7b26290e524275db75672050be08713c06c662c"
    assert storage.attachment_path(sha).read_bytes() == FACTS["attachment"]
    assert "criteria/fixture" in storage.published_references()
    storage.close()


OLD_ROWS = [  # what the old server wrote, in its own text forms
    "INSERT INTO organizations VALUES ('0100234562', 'Siêu thị', '01', 'G47', 'supermarket',"
    " '2025-01-02T03:04:05.678Z')",
    "INSERT INTO users VALUES (1, 'chain', 'scrypt$x', 0, '2025-01-02T03:04:05.678Z')",
    "INSERT INTO users VALUES (2, 'reviewer', 'scrypt$y', 1, '2025-01-02T03:04:05.678Z')",
    "INSERT INTO user_organizations VALUES (1, '0100234562')",
    "INSERT INTO tokens VALUES (1, 1, 'abc', 'laptop', '2025-01-02T03:04:05.678Z', '2126-01-02T03:04:05.678901+00:00',"
    " NULL)",
    "INSERT INTO submissions VALUES ('s1', '0100234562', 'bags', 'ST01', '2025-01', 'h1',"
    " '{\"form\": \"bags\", \"records\": [{\"transactions\": 5}]}', NULL, 's2', 'superseded', 'BCT-2025-0000001',"
    " '2025-02-01T00:00:00.000Z', 1, 'Thiếu', '2025-02-02T00:00:00.000Z', 3)",
    "INSERT INTO submissions VALUES ('s2', '0100234562', 'bags', 'ST01', '2025-01', 'h2', '{\"form\": \"bags\"}', 's1',"
    " NULL, 'accepted', 'BCT-2025-0000002', '2025-02-03T00:00:00.000Z', 1, NULL, '2025-02-04T00:00:00.000Z', 4)",
    "INSERT INTO audit VALUES (1, '2025-02-04T00:00:00.000Z', 'reviewer', 'submission.accepted', 's2',"
    ' \'{"comment": ""}\')',
    "INSERT INTO sequences VALUES ('changes', 4)",
    "INSERT INTO sequences VALUES ('receipts', 2)",
]


def upgraded_from_0001(database: str, folder: Path) -> Storage:
    """A database at revision 0001 holding OLD_ROWS, then upgraded to the head."""
    storage = Storage.open(database, folder)
    migrate.upgrade(storage.engine, migrate.FIRST)
    with storage.write() as db:
        for statement in OLD_ROWS:
            db.execute(text(statement))
    migrate.upgrade(storage.engine)
    return storage


def test_data_of_revision_0001_survives_the_upgrade(database, tmp_path) -> None:
    storage = upgraded_from_0001(database, tmp_path)
    s, e = tables.submissions, tables.submission_events
    with storage.write() as db:
        row = db.execute(select(s).where(s.c.submission_id == "s1")).mappings().one()
        assert row["payload"] == {"form": "bags", "records": [{"transactions": 5}]}
        assert row["received_at"] == dt.datetime(2025, 2, 1, tzinfo=dt.UTC)
        assert (row["facility_key"], row["start_month"], row["end_month"]) == ("st01", 2025 * 12, 2025 * 12)
        token = db.execute(select(tables.tokens)).mappings().one()
        expiry = dt.datetime(2126, 1, 2, 3, 4, 5, 678901, tzinfo=dt.UTC)  # SQLite keeps milliseconds
        assert abs(token["expires_at"] - expiry) < dt.timedelta(milliseconds=1)
        reviewer = db.execute(select(tables.users.c.is_reviewer).where(tables.users.c.id == 2)).scalar()
        assert bool(reviewer) is True
        history = db.execute(select(e.c.submission_id, e.c.seq, e.c.state, e.c.actor).order_by(e.c.seq)).all()
        assert history == [("s1", 3, "superseded", "chain"), ("s2", 4, "accepted", "reviewer")]
        receipt = storage.new_receipt(db, 2026)
        if not isinstance(receipt, str):  # PostgreSQL: the expression the INSERT evaluates
            receipt = db.execute(select(receipt)).scalar()
        assert receipt == "BCT-2026-0000003"  # numbering goes on
    storage.close()


def test_downgrade_and_upgrade_again_keep_the_data(database, tmp_path) -> None:
    storage = upgraded_from_0001(database, tmp_path)
    migrate.downgrade(storage.engine, migrate.FIRST)
    with storage.read() as db:
        rows = db.execute(text("SELECT submission_id, change_seq, received_at FROM submissions ORDER BY 1")).all()
        receipts = db.execute(text("SELECT value FROM sequences WHERE name = 'receipts'")).scalar()
    assert [(r[0], r[1]) for r in rows] == [("s1", 3), ("s2", 4)]
    assert rows[0][2] == "2025-02-01T00:00:00.000Z" and receipts == 2  # the old server's text again
    migrate.upgrade(storage.engine)
    assert differences(storage) == []
    storage.close()


def test_processes_migrating_at_once_never_race(database, tmp_path) -> None:
    """What `serve` does on start, four times at once: one migrates, the others wait and find it done."""
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "scp_ministry_server", "migrate", "--db", database],
            cwd=REPO,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    outcomes = [(p.wait(120), *p.communicate()) for p in processes]
    assert [code for code, _, _ in outcomes] == [0, 0, 0, 0], outcomes
    assert sum("already" not in out for _, out, _ in outcomes) == 1  # exactly one did the work
    storage = Storage.open(database, tmp_path)
    with storage.read() as db:
        assert db.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [migrate.head()]
    assert differences(storage) == []
    storage.close()
