"""The server suite runs on both engines: each test that takes `database` runs once on a SQLite file
and once on a fresh database of a real PostgreSQL that the session starts (tests/server/postgres.py)."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import requests

from scp_ministry_server.security import hash_password
from scp_ministry_server.storage import Principal, Storage
from tests.conftest import REPO
from tests.server.postgres import free_port, shared_cluster

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


@dataclass
class Server:
    db: str  # a SQLite file or a postgresql:// URL
    attachments: Path
    port: int
    extra: list[str] = field(default_factory=list)
    process: subprocess.Popen | None = None

    def storage(self) -> Storage:
        """The server's database, opened as another process would (close it when done)."""
        return Storage.open(self.db, self.attachments)

    @property
    def url(self) -> str:
        scheme = "https" if "--tls-cert" in self.extra else "http"
        return f"{scheme}://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "scp_ministry_server",
                "serve",
                "--db",
                self.db,
                "--attachments",
                str(self.attachments),
                "--port",
                str(self.port),
                "--rate-limit",
                "0",
                *self.extra,
            ],
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group: kill() takes `--workers` children with it
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2):
                    return
            except OSError:
                if self.process.poll() is not None:
                    raise RuntimeError(self.process.stderr.read().decode()) from None
                time.sleep(0.05)
        raise RuntimeError("the server did not start")

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """kill -9 of the server and its worker processes."""
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(10)

    def indicators(self, year: int = 2025, token: str | None = None) -> dict:
        """The national indicators of a year, as a reviewer reads them."""
        answer = requests.get(
            f"{self.url}/api/v1/indicators",
            params={"year": year},
            headers={"Authorization": f"Bearer {token or self.token('reviewer')}"},
            timeout=30,
        )
        assert answer.status_code == 200, answer.text
        return answer.json()

    def token(self, username: str, password: str = PASSWORD) -> str:
        response = requests.post(
            f"{self.url}/api/v1/auth/token", json={"username": username, "password": password}, timeout=10
        )
        response.raise_for_status()
        return response.json()["token"]


@pytest.fixture
def server(database: str, tmp_path: Path) -> Iterator[Server]:
    prepare(database, tmp_path / "attachments").close()
    running = Server(database, tmp_path / "attachments", free_port())
    running.start()
    yield running
    running.kill()


@pytest.fixture
def storage(database: str, tmp_path: Path) -> Iterator[Storage]:
    opened = prepare(database, tmp_path / "attachments")
    yield opened
    opened.close()


def bag_document(
    submission_id: str | None = None,
    period: str = "2025-03",
    store: str = "ST01",
    transactions: int = 1000,
    tax_code: str = CHAIN,
    **extra: object,
) -> dict:
    """A submission body as the app sends it: one store's bag report for a month."""
    from scp_desktop.domain.reports import content_sha256

    payload = {
        "form": "bags",
        "organization": {"tax_code": tax_code, "name": "Siêu thị Xanh (mẫu)"},
        "facility": store,
        "period": period,
        "records": [
            {
                "store": store,
                "date": f"{period}-05",
                "transactions": transactions,
                "nonbio_count": 600,
                "nonbio_kg": 3.6,
                "bio_count": 120,
                "bio_kg": 1.0,
                "paper_count": 20,
                "paper_kg": 0.4,
                "reusable_sold": 2,
            }
        ],
    }
    body = {"payload": payload, "content_sha256": content_sha256(payload), "attachments": [], **extra}
    return body | ({"submission_id": submission_id} if submission_id else {})


def signed_in(storage: Storage, username: str) -> Principal:
    """The principal of a fresh token of `username`."""
    import datetime as dt
    import secrets

    from scp_ministry_server.security import token_hash

    user = storage.user(username)
    assert user is not None
    token = secrets.token_hex(16)
    storage.add_token(user["id"], token_hash(token), "test", dt.timedelta(days=1))
    found = storage.principal(token_hash(token))
    assert found is not None
    return found
