"""Limits over real HTTP (issue 14, findings 7 and 10): 413 for a chunked body over the limit; the rate
limit per address however the Authorization header rotates, and per account; limiter memory bounded;
sign-in locked with backoff after wrong passwords, for unknown user names alike."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from scp_ministry_server.limits import Buckets, client_address
from tests.server.conftest import PASSWORD, Server, prepare
from tests.server.postgres import free_port

API = "/api/v1"


@pytest.fixture
def limited(database: str, tmp_path: Path) -> Iterator[Server]:
    prepare(database, tmp_path / "attachments").close()
    running = Server(database, tmp_path / "attachments", free_port())
    running.extra = ["--rate-limit", "5"]  # a burst of 20 per address, 40 per account
    running.start()
    yield running
    running.kill()


def test_a_chunked_body_over_the_limit_gets_413(server) -> None:
    token = server.token("chain")
    chunk = b"\0" * 2**20

    def body() -> Iterator[bytes]:  # no Content-Length: sent chunked, 26 MiB
        for _ in range(26):
            yield chunk

    sha = hashlib.sha256(b"").hexdigest()
    for path in (f"/attachments/{sha}", "/submissions/6f2b6a8e-8f1c-4c55-9a7e-1d2c3b4a5f60"):
        answer = requests.put(
            f"{server.url}{API}{path}",
            data=body(),
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
            timeout=60,
        )
        assert answer.status_code == 413, (path, answer.text)
        assert answer.json()["error"] == "TOO_LARGE"
    assert not [p for p in server.attachments.rglob("*") if p.is_file()]  # nothing half-written left


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # the limiter does not depend on the engine
def test_rotating_junk_tokens_are_limited_by_address(limited) -> None:
    answers = [
        requests.get(f"{limited.url}{API}/submissions", headers={"Authorization": f"Bearer junk-{n}"}, timeout=10)
        for n in range(40)
    ]
    statuses = [a.status_code for a in answers]
    assert statuses[:20] == [401] * 20 and 429 in statuses[20:]
    throttled = next(a for a in answers if a.status_code == 429)
    assert throttled.json()["error"] == "RATE_LIMITED" and int(throttled.headers["Retry-After"]) >= 1


def test_limiter_memory_is_bounded() -> None:
    buckets = Buckets(rate=1, burst=1, capacity=1000)
    for n in range(50_000):
        buckets.take(f"10.0.{n // 256}.{n % 256}")
    assert len(buckets) == 1000
    assert buckets.take("10.0.195.79") > 0  # the most recent client is still limited
    assert buckets.take("192.0.2.1") == 0  # a new one gets its burst


def test_an_ipv6_client_counts_as_its_network() -> None:
    one = client_address({"client": ("2001:db8:1:2:aaaa::1", 1)})
    assert one == client_address({"client": ("2001:db8:1:2:ffff::9", 2)}) == "2001:db8:1:2::/64"
    assert client_address({"client": ("::ffff:192.0.2.7", 3)}) == "192.0.2.7"
    assert client_address({"client": ("198.51.100.4", 4)}) == "198.51.100.4"


def sign_in(server: Server, username: str, password: str) -> requests.Response:
    return requests.post(f"{server.url}{API}/auth/token", json={"username": username, "password": password}, timeout=30)


def test_wrong_passwords_lock_the_account_with_backoff(server) -> None:
    for _ in range(5):  # the free failures
        assert sign_in(server, "chain", "đoán-sai").status_code == 401
    locked = sign_in(server, "chain", PASSWORD)  # even the right password waits: no guess is heard
    assert locked.status_code == 429 and locked.json()["error"] == "SIGN_IN_LOCKED"
    assert 25 <= int(locked.headers["Retry-After"]) <= 31
    assert sign_in(server, "textile", PASSWORD).status_code == 200  # another account is not locked
    for _ in range(5):  # an unknown user name: the same answers, the same lock
        assert sign_in(server, "nobody-here", "đoán-sai").status_code == 401
    assert sign_in(server, "nobody-here", "x").json()["error"] == "SIGN_IN_LOCKED"
    storage = server.storage()
    storage.clear_sign_in_failures("chain")  # as after the lock ran out and a right password came
    storage.close()
    assert sign_in(server, "chain", PASSWORD).status_code == 200


def test_the_lock_doubles_with_each_failure_up_to_15_minutes() -> None:
    import datetime as dt

    from scp_ministry_server.security import FREE_FAILURES, locked_for

    now = dt.datetime(2026, 1, 10, 8, 0, tzinfo=dt.UTC)
    waits = [locked_for(n, now, FREE_FAILURES, now) for n in range(3, 16)]
    assert waits[:2] == [0, 0] and waits[2:7] == [30, 60, 120, 240, 480] and set(waits[7:]) == {900}
    assert locked_for(8, now - dt.timedelta(minutes=5), FREE_FAILURES, now) == 0  # 4 min lock, 5 min ago
