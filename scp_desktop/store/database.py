"""Opening a workspace file: pragmas, integrity, migrations with a backup first."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from scp_desktop.pause import pause_point
from scp_desktop.store.audit import set_context
from scp_desktop.store.schema import migrations

BUSY_TIMEOUT = 30.0  # seconds a statement waits for another process's write to finish before it gives up


class NewerWorkspaceError(RuntimeError):
    """The file was written by a newer version of the app."""


def connect(path: Path | str) -> Database:
    """A connection with the pragmas every workspace connection needs.

    isolation_level=None leaves transactions to `transaction()` (sqlite-utils
    `atomic`), so nothing is committed implicitly. synchronous=FULL makes a
    confirmed save survive power loss, not only a killed process.
    """
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA cache_size = -65536")  # up to 64 MB of pages: large imports stay off the disk
    return Database(conn, execute_plugins=False)


def data_version(db: Database) -> tuple[int, int]:
    """What a cache of query results is valid for: the rows changed by this connection (whatever
    wrote them) and SQLite's data_version, which moves when another connection commits."""
    return db.conn.total_changes, db.execute("PRAGMA data_version").fetchone()[0]


def connect_read_only(path: Path | str) -> Database:
    """A reader's connection for a worker thread (a count while the page shows its first rows): it
    cannot write, and under WAL it reads the last committed state while the UI's connection writes."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT)
    conn.execute("PRAGMA cache_size = -16384")
    return Database(conn, execute_plugins=False)


def backup_file(db: Database, target: Path) -> Path:
    """Copy a live database with SQLite's online backup API (consistent even while in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    dest = sqlite3.connect(str(target))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def migrate(db: Database, path: Path, steps: Migrations = migrations) -> Path | None:
    """Apply pending migrations; back the file up first unless it is new. Returns the backup."""
    version, latest = len(steps.applied(db)), len(steps._migrations)
    if version > latest:
        raise NewerWorkspaceError(f"{path} has schema version {version}; this app knows up to {latest}")
    if not steps.pending(db):
        return None
    backup = None
    if version > 0:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = backup_file(db, path.with_name(f"{path.stem}.v{version}-{stamp}.backup.sqlite"))
    if db["audit_context"].exists():
        set_context(db, "migration")
    steps.apply(db)
    return backup


def open_database(path: Path | str) -> Database:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = connect(path)
    migrate(db, path)
    return db


@contextmanager
def transaction(db: Database, source: str) -> Iterator[Database]:
    """One atomic write, audited as coming from `source` (cli, gui, import, demo …)."""
    with db.atomic():
        set_context(db, source)
        yield db
        pause_point(f"commit:{source}")  # tests stop a writer here, its transaction open


def query_dicts(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    """Rows as {column: value}, for the repositories that hand rows to services."""
    cursor = db.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
