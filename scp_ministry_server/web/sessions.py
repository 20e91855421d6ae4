"""Sign-in for the web pages: cookie sessions (only the cookie's SHA-256 is stored), a CSRF token per
session checked on every form, and a sign-in rate limit counted in the database, so that every
worker process sees the same failures.

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
from sqlalchemy import delete, func, insert, select, update

from scp_ministry_server.security import check_password, token_hash
from scp_ministry_server.storage import Principal, Storage, tables
from scp_ministry_server.storage.types import utc_now

COOKIE = "scp_review"
CSRF_COOKIE = "scp_review_csrf"  # before sign-in: the sign-in form's double-submit token
LANGUAGE_COOKIE = "scp_lang"
PATH = "/review"
LIFETIME = dt.timedelta(hours=12)
IDLE = dt.timedelta(hours=2)
SEEN_EVERY = dt.timedelta(minutes=5)  # how often a request refreshes `seen_at` (a write)
WINDOW = dt.timedelta(minutes=15)
MAX_FAILURES_PER_USER = 5
MAX_FAILURES_PER_ADDRESS = 20


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
    return request.client.host if request.client else "?"


def csrf_matches(expected: str | None, given: str | None) -> bool:
    return bool(expected) and bool(given) and hmac.compare_digest(str(expected), str(given))


class SignInRefused(Exception):
    def __init__(self, reason: str, retry_minutes: int = 0) -> None:
        super().__init__(reason)
        self.reason, self.retry_minutes = reason, retry_minutes


def _recent_failures(storage: Storage, username: str, address: str) -> tuple[int, int, dt.datetime | None]:
    f = tables.sign_in_failures
    since = utc_now() - WINDOW
    with storage.read() as db:
        by_user = db.execute(
            select(func.count(), func.min(f.c.at)).where(f.c.username == username, f.c.at > since)
        ).one()
        by_address = db.execute(select(func.count()).where(f.c.address == address, f.c.at > since)).scalar_one()
    return int(by_user[0]), int(by_address), by_user[1]


def sign_in(storage: Storage, username: str, password: str, address: str) -> str:
    """A new session's cookie value; SignInRefused with the reason (`wrong`, `too_many`, `not_reviewer`)."""
    username = username.strip()
    by_user, by_address, oldest = _recent_failures(storage, username, address)
    if by_user >= MAX_FAILURES_PER_USER or by_address >= MAX_FAILURES_PER_ADDRESS:
        wait = (oldest + WINDOW - utc_now()) if oldest and by_user >= MAX_FAILURES_PER_USER else WINDOW
        raise SignInRefused("too_many", max(1, int(wait.total_seconds() // 60) + 1))
    user = storage.user(username) if username else None
    if user is None or not check_password(password, user["password_hash"]):
        with storage.write() as db:
            db.execute(insert(tables.sign_in_failures).values(at=utc_now(), username=username, address=address))
            Storage.audit(db, username or "?", "web.sign_in_failed", address)
        raise SignInRefused("wrong")
    if not (user["is_reviewer"] or user["is_admin"]):
        raise SignInRefused("not_reviewer")
    cookie, now = secrets.token_urlsafe(32), utc_now()
    with storage.write() as db:
        db.execute(delete(tables.sign_in_failures).where(tables.sign_in_failures.c.username == username))
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
