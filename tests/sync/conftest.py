"""The real reference server, started as a process on a loopback port (on SQLite and on PostgreSQL:
every test that takes `server` runs on both), and a faulty proxy before it."""

from __future__ import annotations

import random
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring
import pytest
import requests

from scp_desktop.services import credentials
from scp_ministry_server.storage import Storage
from tests.conftest import REPO
from tests.keyrings import MemoryKeyring
from tests.server.conftest import CHAIN, PASSWORD, TEXTILE, database, prepare  # noqa: F401 - both engines
from tests.server.postgres import free_port
from tests.ui.conftest import demo_template, window  # noqa: F401 - the Sync page tests drive the real window

__all__ = ["CHAIN", "PASSWORD", "TEXTILE", "FaultyProxy", "Server", "free_port", "prepare"]


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

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(10)

    def token(self, username: str, password: str = PASSWORD) -> str:
        response = requests.post(
            f"{self.url}/api/v1/auth/token", json={"username": username, "password": password}, timeout=10
        )
        response.raise_for_status()
        return response.json()["token"]


@pytest.fixture
def server(database: str, tmp_path: Path) -> Iterator[Server]:  # noqa: F811 - the fixture imported above
    prepare(database, tmp_path / "attachments").close()
    running = Server(database, tmp_path / "attachments", free_port())
    running.start()
    yield running
    running.kill()


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    credentials._STORE = None
    yield backend
    keyring.set_keyring(previous)
    credentials._STORE = None


class FaultyProxy(ThreadingHTTPServer):
    """Forwards to the server, but drops requests, drops answers after the server committed,
    delays, and answers 500/503 on its own, at random."""

    daemon_threads = True

    def __init__(self, target: str, seed: int, rates: dict[str, float]) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.target, self.random, self.rates = target, random.Random(seed), rates
        self.counts = {"forwarded": 0, "drop_request": 0, "drop_response": 0, "error": 0, "delay": 0}
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def pick(self) -> str:
        with self.lock:
            roll = self.random.random()
            for fault, rate in self.rates.items():
                if roll < rate:
                    self.counts[fault] += 1
                    return fault
                roll -= rate
            self.counts["forwarded"] += 1
            return "forward"


class _ProxyHandler(BaseHTTPRequestHandler):
    server: FaultyProxy
    protocol_version = "HTTP/1.1"

    def log_message(self, *args: object) -> None:
        pass

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        fault = self.server.pick()
        if fault == "drop_request":
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault == "error":
            status = self.server.random.choice([500, 503])
            self.send_response(status)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", "9")
            self.end_headers()
            self.wfile.write(b"<h1>x</h1>")
            return
        if fault == "delay":
            time.sleep(self.server.random.uniform(0.05, 0.3))
        headers = {k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length", "connection")}
        try:
            answer = requests.request(
                self.command, self.server.target + self.path, data=body, headers=headers, timeout=30
            )
        except requests.RequestException:
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if fault == "drop_response":  # the server has committed; the client never hears of it
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        self.send_response(answer.status_code)
        for key, value in answer.headers.items():
            if key.lower() not in (
                "content-length",
                "connection",
                "transfer-encoding",
                "content-encoding",
                "date",
                "server",
            ):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(answer.content)))
        self.end_headers()
        self.wfile.write(answer.content)

    do_GET = do_PUT = do_POST = do_DELETE = _handle
