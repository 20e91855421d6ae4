"""Passwords (scrypt, salted) and device tokens (random; only their SHA-256 is stored)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import secrets
from functools import cache

_N, _R, _P = 2**14, 8, 1


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${base64.b64encode(salt).decode()}${base64.b64encode(digest).decode()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest))


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@cache
def decoy_hash() -> str:
    """Checked against when the user name is unknown, so that the answer takes as long as for a known one."""
    return hash_password(secrets.token_hex(16))


# Sign-in throttling: after FREE_FAILURES wrong passwords for a user name within WINDOW (or
# FREE_FAILURES_PER_ADDRESS from one address), each further attempt waits 30 s, then 1 min, 2 min …
# up to 15 min after the last failure, without the password being checked at all meanwhile.
WINDOW = dt.timedelta(minutes=15)
FREE_FAILURES, FREE_FAILURES_PER_ADDRESS = 5, 20
FIRST_LOCK, LONGEST_LOCK = dt.timedelta(seconds=30), dt.timedelta(minutes=15)


def locked_for(failures: int, last: dt.datetime | None, free: int, now: dt.datetime) -> float:
    """Seconds until the next attempt is heard (0: now)."""
    if failures < free or last is None:
        return 0.0
    lock = min(LONGEST_LOCK, FIRST_LOCK * 2 ** min(failures - free, 16))
    return max(0.0, (last + lock - now).total_seconds())
