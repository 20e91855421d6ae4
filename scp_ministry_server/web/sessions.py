"""Sign-in for the web pages: cookie sessions (only the cookie's SHA-256 is stored), a CSRF token per
session checked on every form; the password checked, and failures throttled, exactly as for the API's
device tokens (sign_in.py).

The cookie is HttpOnly, SameSite=Lax, limited to /review/, and Secure whenever the page was served
over HTTPS (directly or behind a proxy that says so with X-Forwarded-Proto, which uvicorn honours
from the loopback proxy). A session ends after IDLE without a request or LIFETIME in all.
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy import insert, select, update

from scp_ministry_server.limits import client_address as counted_address
from scp_ministry_server.security import token_hash
from scp_ministry_server.sign_in import Locked, authenticate
from scp_ministry_server.storage import Principal, Storage, tables
from scp_ministry_server.storage.types import utc_now

COOKIE = "scp_review"
CSRF_COOKIE = "scp_review_csrf"  # before sign-in: the sign-in form's double-submit token
LANGUAGE_COOKIE = "scp_lang"
PATH = "/review"
LIFETIME = dt.timedelta(hours=12)
IDLE = dt.timedelta(hours=2)
SEEN_EVERY = dt.timedelta(minutes=5)  # how often a request refreshes `seen_at` (a write)


@dataclass(frozen=True)
class WebSession:
    principal: Principal
    csrf_token: str

    @property
    def who(self) -> Principal:
        return self.principal


def is_https(request: Request) -> bool:
    return request.url.scheme == "https"


def client_address(request: Request) -> str:
    """The address failed sign-ins are counted by, the same as the API's (IPv6 by its /64)."""
    return counted_address(request.scope)


def csrf_matches(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


class SignInRefused(Exception):
    def __init__(self, reason: str, retry_minutes: int = 0) -> None:
        super().__init__(reason)
        self.reason, self.retry_minutes = reason, retry_minutes


def sign_in(storage: Storage, username: str, password: str, address: str) -> str:
    """A new session's cookie value; SignInRefused with the reason (`wrong`, `too_many`, `not_reviewer`)."""
    username = username.strip()
    try:
        user = authenticate(storage, username, password, address)
    except Locked as locked:
        raise SignInRefused("too_many", -(-locked.seconds // 60)) from None  # minutes, rounded up
    if user is None:
        with storage.write() as db:
            Storage.audit(db, username or "?", "web.sign_in_failed", address)
        raise SignInRefused("wrong")
    if not (user["is_reviewer"] or user["is_admin"]):
        raise SignInRefused("not_reviewer")
    cookie, now = secrets.token_urlsafe(32), utc_now()
    with storage.write() as db:
        db.execute(
            insert(tables.web_sessions).values(
                id_sha256=token_hash(cookie),
                user_id=user["id"],
                csrf_token=secrets.token_urlsafe(32),
                created_at=now,
                seen_at=now,
                expires_at=now + LIFETIME,
            )
        )
        Storage.audit(db, username, "web.sign_in", address)
    return cookie


def current(storage: Storage, cookie: str | None) -> WebSession | None:
    """The live session of this cookie, or None (unknown, ended, expired or idle too long)."""
    if not cookie:
        return None
    w, u, link = tables.web_sessions, tables.users, tables.user_organizations
    with storage.read_one() as db:
        rows = db.execute(
            select(
                w.c.id_sha256,
                w.c.csrf_token,
                w.c.seen_at,
                w.c.expires_at,
                w.c.ended_at,
                u.c.id,
                u.c.username,
                u.c.is_reviewer,
                u.c.province,
                u.c.is_admin,
                link.c.tax_code,
            )
            .join(u, u.c.id == w.c.user_id)
            .outerjoin(link, link.c.user_id == u.c.id)
            .where(w.c.id_sha256 == token_hash(cookie))
        ).all()
    now = utc_now()
    if not rows or rows[0].ended_at is not None or rows[0].expires_at <= now or rows[0].seen_at + IDLE <= now:
        return None
    row = rows[0]
    if row.seen_at + SEEN_EVERY <= now:
        with storage.write() as db:
            db.execute(update(w).where(w.c.id_sha256 == row.id_sha256).values(seen_at=now))
    organizations = frozenset(r.tax_code for r in rows if r.tax_code)
    who = Principal(row.id, row.username, bool(row.is_reviewer), organizations, 0, row.province, bool(row.is_admin))
    return WebSession(who, row.csrf_token)


def sign_out(storage: Storage, cookie: str | None) -> None:
    if not cookie:
        return
    w = tables.web_sessions
    with storage.write() as db:
        ended = db.execute(
            update(w)
            .where(w.c.id_sha256 == token_hash(cookie), w.c.ended_at.is_(None))
            .values(ended_at=utc_now())
            .returning(w.c.user_id)
        ).scalar()
        if ended is not None:
            Storage.audit(db, f"user:{ended}", "web.sign_out", "session")
