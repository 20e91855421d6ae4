"""The real reference server, started as a process on a loopback port (on SQLite and on PostgreSQL:
every test that takes `server` runs on both), and a faulty proxy before it."""

from __future__ import annotations

import random
import socket
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import keyring
import pytest
import requests

from scp_desktop.services import credentials
from tests.keyrings import MemoryKeyring
from tests.server.conftest import CHAIN, PASSWORD, TEXTILE, Server, database, prepare, server  # noqa: F401 - both engines
from tests.server.postgres import free_port
from tests.ui.conftest import demo_template, window  # noqa: F401 - the Sync page tests drive the real window

__all__ = ["CHAIN", "PASSWORD", "TEXTILE", "FaultyProxy", "Server", "free_port", "prepare"]


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
    delays, and answers 500/503 on its own, at random. `after_receipts=(n, action)` runs the action
    (kill the server, say) as soon as the server has answered its n-th new receipt, before the client
    hears of it: an exact instant, not a timed one."""

    daemon_threads = True

    def __init__(
        self,
        target: str,
        seed: int,
        rates: dict[str, float],
        after_receipts: tuple[int, Callable[[], None]] | None = None,
    ) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.target, self.random, self.rates = target, random.Random(seed), rates
        self.after_receipts, self.new_receipts = after_receipts, 0
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

    def answered(self, method: str, path: str, answer: requests.Response) -> None:
        """Counts the server's new receipts; at the one `after_receipts` names, runs its action."""
        submitted = method == "PUT" and "/submissions/" in path and answer.status_code in (200, 201)
        if not submitted or self.after_receipts is None:
            return
        receipt = answer.json().get("receipt") or {}
        if receipt.get("duplicate"):
            return
        with self.lock:
            self.new_receipts += 1
            count, action = self.after_receipts
            if self.new_receipts == count:
                action()


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
        self.server.answered(self.command, self.path, answer)
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
