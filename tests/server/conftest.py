"""The server suite runs on both engines: each test that takes `database` runs once on a SQLite file
and once on a fresh database of a real PostgreSQL that the session starts (tests/server/postgres.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from scp_ministry_server.security import hash_password
from scp_ministry_server.storage import Storage
from tests.server.postgres import shared_cluster

ENGINES = ["sqlite", "postgresql"]
CHAIN, TEXTILE = "0100234562", "0300588569"
PASSWORD = "mật-khẩu-2026"


@pytest.fixture(params=ENGINES)
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """`--db` for one test: an empty SQLite file's path or an empty PostgreSQL database's URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "server.sqlite")
        return
    cluster = shared_cluster()
    url = cluster.create_database()
    yield url
    cluster.drop_database(url)


def prepare(database: str, attachments: Path) -> Storage:
    """A migrated server database with a supermarket chain, a textile maker and a reviewer."""
    storage = Storage.open(database, attachments)
    storage.migrate()
    storage.add_organization(CHAIN, "Công ty CP Siêu thị Xanh Hà Nội (mẫu)", "01", "G47", "supermarket")
    storage.add_organization(TEXTILE, "Công ty CP Dệt may Phương Nam (mẫu)", "79", "C13", "manufacturer")
    password = hash_password(PASSWORD)
    storage.add_user("chain", password, [CHAIN], reviewer=False)
    storage.add_user("textile", password, [TEXTILE], reviewer=False)
    storage.add_user("reviewer", password, [], reviewer=True)
    return storage


@pytest.fixture
def storage(database: str, tmp_path: Path) -> Iterator[Storage]:
    opened = prepare(database, tmp_path / "attachments")
    yield opened
    opened.close()
