"""The server's storage: organizations, users, device tokens (hashes only), submissions, attachments,
reference publications, an audit trail.

Plain SQL through one class, in the subset SQLite and PostgreSQL share (no SQLite-only
functions, explicit transactions, integer sequences kept in a table): a PostgreSQL
`Storage` can follow by swapping the connection factory and the placeholder style.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SCHEMA = [
    """CREATE TABLE IF NOT EXISTS organizations (
        tax_code TEXT PRIMARY KEY, name TEXT NOT NULL, province TEXT NOT NULL, sector TEXT,
        kind TEXT NOT NULL DEFAULT 'other', created_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS users (
        id INTEGER PRIMARY KEY, username TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL,
        is_reviewer INTEGER NOT NULL DEFAULT 0, created_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS user_organizations (
        user_id INTEGER NOT NULL REFERENCES users(id), tax_code TEXT NOT NULL REFERENCES organizations(tax_code),
        PRIMARY KEY (user_id, tax_code))""",
    """CREATE TABLE IF NOT EXISTS tokens (
        id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), token_sha256 TEXT NOT NULL UNIQUE,
        device TEXT NOT NULL, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, revoked_at TEXT)""",
    """CREATE TABLE IF NOT EXISTS submissions (
        submission_id TEXT PRIMARY KEY, tax_code TEXT NOT NULL REFERENCES organizations(tax_code),
        form TEXT NOT NULL, facility TEXT, period TEXT NOT NULL, content_sha256 TEXT NOT NULL,
        payload TEXT NOT NULL, supersedes TEXT, superseded_by TEXT, state TEXT NOT NULL,
        receipt TEXT NOT NULL UNIQUE, received_at TEXT NOT NULL, submitted_by INTEGER NOT NULL,
        reviewer_comment TEXT, reviewed_at TEXT, change_seq INTEGER NOT NULL)""",
    "CREATE INDEX IF NOT EXISTS submissions_scope ON submissions (tax_code, form, period)",
    "CREATE INDEX IF NOT EXISTS submissions_changes ON submissions (change_seq)",
    """CREATE TABLE IF NOT EXISTS submission_attachments (
        submission_id TEXT NOT NULL REFERENCES submissions(submission_id), sha256 TEXT NOT NULL,
        PRIMARY KEY (submission_id, sha256))""",
    """CREATE TABLE IF NOT EXISTS attachments (
        sha256 TEXT PRIMARY KEY, size INTEGER NOT NULL, uploaded_by INTEGER NOT NULL, uploaded_at TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS reference_publications (
        name TEXT NOT NULL, version TEXT NOT NULL, document TEXT NOT NULL, published_at TEXT NOT NULL,
        PRIMARY KEY (name, version))""",
    """CREATE TABLE IF NOT EXISTS sequences (name TEXT PRIMARY KEY, value INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS audit (
        id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
        subject TEXT NOT NULL, detail TEXT)""",
]


def now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def sha256_hex(data: bytes | str) -> str:
    return hashlib.sha256(data.encode("utf-8") if isinstance(data, str) else data).hexdigest()


@dataclass(frozen=True)
class Principal:
    """Who a token belongs to and what it may reach."""

    user_id: int
    username: str
    is_reviewer: bool
    organizations: frozenset[str]
    token_id: int

    def may_report_for(self, tax_code: str) -> bool:
        return tax_code in self.organizations


class Storage:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.attachments_dir = self.path.with_name(self.path.name + ".attachments")
        self._local = threading.local()
        with self.transaction() as db:
            for statement in SCHEMA:
                db.execute(statement)

    # -- connections --------------------------------------------------------------------------
    def _connection(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            conn.row_factory = sqlite3.Row
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")  # a receipt is only given for what is on disk
            conn.execute("PRAGMA foreign_keys = ON")
            self._local.conn = conn
        return conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; IMMEDIATE so two requests for the same id serialize."""
        conn = self._connection()
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    def query(self, sql: str, params: list[Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        return [dict(row) for row in self._connection().execute(sql, params).fetchall()]

    @staticmethod
    def next_value(db: sqlite3.Connection, name: str) -> int:
        db.execute("INSERT INTO sequences (name, value) VALUES (?, 0) ON CONFLICT (name) DO NOTHING", [name])
        db.execute("UPDATE sequences SET value = value + 1 WHERE name = ?", [name])
        return int(db.execute("SELECT value FROM sequences WHERE name = ?", [name]).fetchone()[0])

    @staticmethod
    def audit(
        db: sqlite3.Connection, actor: str, action: str, subject: str, detail: dict[str, Any] | None = None
    ) -> None:
        db.execute(
            "INSERT INTO audit (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)",
            [now(), actor, action, subject, json.dumps(detail, ensure_ascii=False) if detail else None],
        )

    # -- administration -----------------------------------------------------------------------
    def add_organization(self, tax_code: str, name: str, province: str, sector: str | None, kind: str) -> None:
        with self.transaction() as db:
            db.execute(
                """INSERT INTO organizations (tax_code, name, province, sector, kind, created_at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                [tax_code, name, province, sector, kind, now()],
            )
            self.audit(db, "admin", "organization.add", tax_code, {"name": name, "province": province})

    def add_user(self, username: str, password_hash: str, organizations: list[str], reviewer: bool) -> int:
        with self.transaction() as db:
            user_id = int(
                db.execute(
                    "INSERT INTO users (username, password_hash, is_reviewer, created_at) VALUES (?, ?, ?, ?)",
                    [username, password_hash, int(reviewer), now()],
                ).lastrowid
            )
            for tax_code in organizations:
                db.execute("INSERT INTO user_organizations (user_id, tax_code) VALUES (?, ?)", [user_id, tax_code])
            self.audit(db, "admin", "user.add", username, {"organizations": organizations, "reviewer": reviewer})
        return user_id

    def grant(self, username: str, tax_code: str) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO user_organizations (user_id, tax_code) SELECT id, ? FROM users WHERE username = ? "
                "ON CONFLICT DO NOTHING",
                [tax_code, username],
            )
            self.audit(db, "admin", "user.grant", username, {"organization": tax_code})

    def user(self, username: str) -> dict[str, Any] | None:
        rows = self.query("SELECT * FROM users WHERE username = ?", [username])
        return rows[0] if rows else None

    def organizations_of(self, user_id: int) -> list[str]:
        return [
            r["tax_code"]
            for r in self.query("SELECT tax_code FROM user_organizations WHERE user_id = ? ORDER BY 1", [user_id])
        ]

    # -- tokens -------------------------------------------------------------------------------
    def add_token(self, user_id: int, token_sha256: str, device: str, lifetime: dt.timedelta) -> None:
        created = dt.datetime.now(dt.UTC)
        with self.transaction() as db:
            db.execute(
                "INSERT INTO tokens (user_id, token_sha256, device, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                [user_id, token_sha256, device, now(), (created + lifetime).isoformat()],
            )
            self.audit(db, f"user:{user_id}", "token.issue", device)

    def principal(self, token_sha256: str) -> Principal | None:
        rows = self.query(
            """SELECT t.id AS token_id, t.expires_at, t.revoked_at, u.id AS user_id, u.username, u.is_reviewer
               FROM tokens t JOIN users u ON u.id = t.user_id WHERE t.token_sha256 = ?""",
            [token_sha256],
        )
        if not rows:
            return None
        row = rows[0]
        if row["revoked_at"] or dt.datetime.fromisoformat(row["expires_at"]) <= dt.datetime.now(dt.UTC):
            return None
        return Principal(
            row["user_id"],
            row["username"],
            bool(row["is_reviewer"]),
            frozenset(self.organizations_of(row["user_id"])),
            row["token_id"],
        )

    def revoke_token(self, token_id: int, actor: str) -> None:
        with self.transaction() as db:
            db.execute("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", [now(), token_id])
            self.audit(db, actor, "token.revoke", str(token_id))

    def revoke_user_tokens(self, username: str) -> int:
        with self.transaction() as db:
            count = db.execute(
                "UPDATE tokens SET revoked_at = ? WHERE revoked_at IS NULL AND user_id = "
                "(SELECT id FROM users WHERE username = ?)",
                [now(), username],
            ).rowcount
            self.audit(db, "admin", "token.revoke_all", username, {"count": count})
        return count

    # -- attachments --------------------------------------------------------------------------
    def attachment_path(self, sha256: str) -> Path:
        return self.attachments_dir / sha256[:2] / sha256

    def has_attachments(self, hashes: list[str]) -> set[str]:
        if not hashes:
            return set()
        marks = ", ".join("?" * len(hashes))
        return {r["sha256"] for r in self.query(f"SELECT sha256 FROM attachments WHERE sha256 IN ({marks})", hashes)}

    def record_attachment(self, sha256: str, size: int, user_id: int) -> bool:
        """True when new. The file is already in place (written first, then recorded)."""
        with self.transaction() as db:
            created = db.execute(
                "INSERT INTO attachments (sha256, size, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (sha256) DO NOTHING",
                [sha256, size, user_id, now()],
            ).rowcount
            if created:
                self.audit(db, f"user:{user_id}", "attachment.upload", sha256, {"size": size})
        return bool(created)

    # -- reference publications ---------------------------------------------------------------
    def publish_reference(self, name: str, version: str, document: dict[str, Any]) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO reference_publications (name, version, document, published_at) VALUES (?, ?, ?, ?)",
                [name, version, json.dumps(document, ensure_ascii=False, sort_keys=True), now()],
            )
            self.audit(db, "admin", "reference.publish", name, {"version": version})

    def published_references(self) -> dict[str, dict[str, Any]]:
        """The newest publication of each name."""
        rows = self.query(
            """SELECT p.name, p.document FROM reference_publications p
               WHERE p.published_at =
                   (SELECT max(q.published_at) FROM reference_publications q WHERE q.name = p.name)"""
        )
        return {r["name"]: json.loads(r["document"]) for r in rows}
