"""The server's storage: organizations, users, device tokens (hashes only), submissions and their
history, attachments (files on disk by SHA-256), reference publications, an audit trail.

SQLAlchemy Core over SQLite (the embedded default) or PostgreSQL, tables in `tables.py`, schema
changes as Alembic migrations (`migrate.py`). Uniqueness and idempotency are the database's job:
primary keys, unique indexes and INSERT … ON CONFLICT, never a Python lock, so any number of worker
processes may write at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, Text, cast, delete, func, insert, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import URL

from scp_ministry_server.storage import migrate, tables
from scp_ministry_server.storage.engine import database_url, display_name, open_engine
from scp_ministry_server.storage.types import utc_now

ATTACHMENTS_SUFFIX = ".attachments"


@dataclass(frozen=True)
class Principal:
    """Who a token belongs to and what it may reach."""

    user_id: int
    username: str
    is_reviewer: bool
    organizations: frozenset[str]
    token_id: int
    province: str | None = None  # a provincial reviewer's province (official code)
    is_admin: bool = False

    def may_report_for(self, tax_code: str) -> bool:
        return tax_code in self.organizations

    @property
    def is_national(self) -> bool:
        """A national (MOIT) reviewer: acts on every province."""
        return self.is_reviewer and self.province is None


@dataclass(frozen=True)
class SignInFailures:
    count: int
    last: dt.datetime | None


def insert_new(connection: Connection, table: Table, values: dict[str, Any], *key: str) -> bool:
    """INSERT … ON CONFLICT (key) DO NOTHING; True when the row is new. A concurrent insert of the
    same key waits for the other transaction and then finds its row: never two copies."""
    dialect = postgresql if connection.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table).values(values).on_conflict_do_nothing(index_elements=list(key))
    # RETURNING, not rowcount: psycopg does not report a row count for every statement.
    return connection.execute(statement.returning(table.c[key[0]])).first() is not None


class Storage:
    def __init__(self, engine: Engine, attachments_dir: Path | None) -> None:
        self.engine = engine
        self._attachments_dir = attachments_dir

    @classmethod
    def open(cls, database: str | Path, attachments: str | Path | None = None, pool_size: int = 8) -> Storage:
        """`database`: a SQLite file or a postgresql:// URL. Attachments default to `<file>.attachments`
        beside a SQLite file; with PostgreSQL the folder must be named (every worker shares it)."""
        url = database_url(database)
        if attachments is None and url.get_backend_name() == "sqlite" and url.database:
            attachments = url.database + ATTACHMENTS_SUFFIX
        return cls(open_engine(database, pool_size), Path(attachments) if attachments else None)

    @property
    def attachments_dir(self) -> Path:
        if self._attachments_dir is None:
            raise ValueError("name the attachments folder (--attachments DIR): with PostgreSQL it has no default")
        return self._attachments_dir

    @property
    def has_attachments_dir(self) -> bool:
        return self._attachments_dir is not None

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def name(self) -> str:
        return display_name(self.engine.url)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def close(self) -> None:
        self.engine.dispose()

    # -- transactions ---------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Connection]:
        """One consistent snapshot for several queries."""
        with self.engine.connect() as connection, connection.begin():
            yield connection

    @contextmanager
    def read_one(self) -> Iterator[Connection]:
        """For a single query: no transaction around it (no BEGIN and COMMIT round trips)."""
        with self.engine.connect() as connection:
            yield connection.execution_options(isolation_level="AUTOCOMMIT")

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction, committed on leaving the block, rolled back on an exception."""
        with self.engine.connect() as connection:
            connection = connection.execution_options(writing=True)
            with connection.begin():
                yield connection

    def migrate(self) -> tuple[str | None, str]:
        return migrate.upgrade(self.engine)

    @staticmethod
    def audit(
        connection: Connection, actor: str, action: str, subject: str, detail: dict[str, Any] | None = None
    ) -> None:
        connection.execute(
            insert(tables.audit).values(at=utc_now(), actor=actor, action=action, subject=subject, detail=detail)
        )

    @staticmethod
    def new_receipt(connection: Connection, year: int) -> Any:
        """`BCT-<year>-<number>`. PostgreSQL: a SQL expression numbering from a sequence, evaluated by
        the INSERT itself, so concurrent submissions never wait for each other (a rolled-back one
        leaves a gap). SQLite: the text, numbered by a counter row (its writers run one at a time)."""
        prefix = f"BCT-{year}-"
        if connection.dialect.name == "postgresql":
            number = cast(tables.receipt_numbers.next_value(), Text)
            return literal(prefix, Text) + func.lpad(number, 7, "0")
        counter = tables.sequences
        insert_new(connection, counter, {"name": "receipts", "value": 0}, "name")
        number = connection.execute(
            update(counter)
            .where(counter.c.name == "receipts")
            .values(value=counter.c.value + 1)
            .returning(counter.c.value)
        ).scalar_one()
        return f"{prefix}{number:07d}"

    # -- administration -------------------------------------------------------------------------
    def add_organization(self, tax_code: str, name: str, province: str, sector: str | None, kind: str) -> None:
        with self.write() as db:
            db.execute(
                insert(tables.organizations).values(
                    tax_code=tax_code, name=name, province=province, sector=sector, kind=kind, created_at=utc_now()
                )
            )
            self.audit(db, "admin", "organization.add", tax_code, {"name": name, "province": province})

    def known_organizations(self, tax_codes: Iterable[str]) -> set[str]:
        wanted = sorted(set(tax_codes))
        if not wanted:
            return set()
        org = tables.organizations
        with self.read_one() as db:
            return set(db.execute(select(org.c.tax_code).where(org.c.tax_code.in_(wanted))).scalars())

    def add_user(
        self,
        username: str,
        password_hash: str,
        organizations: list[str],
        reviewer: bool,
        province: str | None = None,
        admin: bool = False,
        actor: str = "admin",
    ) -> int:
        """`province` (an official code) makes a reviewer provincial; `admin` manages users and lists."""
        with self.write() as db:
            user_id = int(
                db.execute(
                    insert(tables.users)
                    .values(username=username, password_hash=password_hash, is_reviewer=reviewer,
                            province=province if reviewer else None, is_admin=admin, created_at=utc_now())
                    .returning(tables.users.c.id)
                ).scalar_one()
            )  # fmt: skip
            for tax_code in organizations:
                db.execute(insert(tables.user_organizations).values(user_id=user_id, tax_code=tax_code))
            detail = {"organizations": organizations, "reviewer": reviewer, "province": province, "admin": admin}
            self.audit(db, actor, "user.add", username, detail)
        return user_id

    def grant(self, username: str, tax_code: str) -> bool:
        """False when there is no such user."""
        with self.write() as db:
            user_id = db.execute(select(tables.users.c.id).where(tables.users.c.username == username)).scalar()
            if user_id is None:
                return False
            insert_new(db, tables.user_organizations, {"user_id": user_id, "tax_code": tax_code}, "user_id", "tax_code")
            self.audit(db, "admin", "user.grant", username, {"organization": tax_code})
        return True

    def user(self, username: str) -> dict[str, Any] | None:
        with self.read_one() as db:
            row = db.execute(select(tables.users).where(tables.users.c.username == username)).mappings().first()
        return dict(row) if row else None

    def organizations_of(self, user_id: int, connection: Connection | None = None) -> list[str]:
        link = tables.user_organizations
        query = select(link.c.tax_code).where(link.c.user_id == user_id).order_by(link.c.tax_code)
        if connection is not None:
            return list(connection.execute(query).scalars())
        with self.read_one() as db:
            return list(db.execute(query).scalars())

    # -- sign-in failures ------------------------------------------------------------------------
    def sign_in_failures(self, username: str, address: str, since: dt.datetime) -> tuple[SignInFailures, ...]:
        """The failures since `since` of this user name and of this address: (count, last) each."""
        f = tables.sign_in_failures
        answers = []
        with self.read_one() as db:
            for column, value in ((f.c.username, username), (f.c.address, address)):
                count, last = db.execute(
                    select(func.count(), func.max(f.c.at)).where(column == value, f.c.at >= since)
                ).one()
                answers.append(SignInFailures(int(count), last))
        return tuple(answers)

    def add_sign_in_failure(self, username: str, address: str, forget_before: dt.datetime) -> None:
        """One more failure; failures older than `forget_before` are forgotten (the table stays small)."""
        f = tables.sign_in_failures
        with self.write() as db:
            db.execute(delete(f).where(f.c.at < forget_before))
            db.execute(insert(f).values(at=utc_now(), username=username, address=address))

    def clear_sign_in_failures(self, username: str) -> None:
        f = tables.sign_in_failures
        with self.write() as db:
            db.execute(delete(f).where(f.c.username == username))

    # -- tokens ---------------------------------------------------------------------------------
    def add_token(self, user_id: int, token_sha256: str, device: str, lifetime: dt.timedelta) -> None:
        created = utc_now()
        with self.write() as db:
            db.execute(
                insert(tables.tokens).values(
                    user_id=user_id,
                    token_sha256=token_sha256,
                    device=device,
                    created_at=created,
                    expires_at=created + lifetime,
                )
            )

    def principal(self, token_sha256: str) -> Principal | None:
        """The owner of a live token: unknown, expired and revoked tokens alike give None. One query."""
        t, u, link = tables.tokens, tables.users, tables.user_organizations
        with self.read_one() as db:
            rows = db.execute(
                select(t.c.id, t.c.expires_at, t.c.revoked_at, u.c.id.label("user_id"), u.c.username, u.c.is_reviewer,
                       u.c.province, u.c.is_admin, link.c.tax_code)
                .join(u, u.c.id == t.c.user_id)
                .outerjoin(link, link.c.user_id == u.c.id)
                .where(t.c.token_sha256 == token_sha256)
            ).all()  # fmt: skip
        if not rows or rows[0].revoked_at is not None or rows[0].expires_at <= utc_now():
            return None
        row = rows[0]
        organizations = frozenset(r.tax_code for r in rows if r.tax_code is not None)
        return Principal(
            row.user_id, row.username, bool(row.is_reviewer), organizations, row.id, row.province, bool(row.is_admin)
        )

    def revoke_token(self, token_id: int, actor: str) -> None:
        t = tables.tokens
        with self.write() as db:
            db.execute(update(t).where(t.c.id == token_id, t.c.revoked_at.is_(None)).values(revoked_at=utc_now()))
            self.audit(db, actor, "token.revoke", str(token_id))

    def revoke_user_tokens(self, username: str) -> int:
        t, u = tables.tokens, tables.users
        user_id = select(u.c.id).where(u.c.username == username).scalar_subquery()
        with self.write() as db:
            count = len(
                db.execute(
                    update(t)
                    .where(t.c.revoked_at.is_(None), t.c.user_id == user_id)
                    .values(revoked_at=utc_now())
                    .returning(t.c.id)
                ).all()
            )
            self.audit(db, "admin", "token.revoke_all", username, {"count": count})
        return count

    # -- attachments ----------------------------------------------------------------------------
    def attachment_path(self, sha256: str) -> Path:
        return self.attachments_dir / sha256[:2] / sha256

    def holdings(self, tax_code: str, hashes: list[str]) -> dict[str, int]:
        """Which of these files the organization holds (it, or a user for it, uploaded them), with their sizes."""
        if not hashes:
            return {}
        h, a = tables.attachment_holders, tables.attachments
        with self.read_one() as db:
            query = (
                select(a.c.sha256, a.c.size)
                .join(h, h.c.sha256 == a.c.sha256)
                .where(h.c.tax_code == tax_code, a.c.sha256.in_(sorted(set(hashes))))
            )
            return {sha: int(size) for sha, size in db.execute(query).all()}

    def organization_kind(self, tax_code: str) -> str | None:
        o = tables.organizations
        with self.read_one() as db:
            return db.execute(select(o.c.kind).where(o.c.tax_code == tax_code)).scalar()

    def record_attachment(self, sha256: str, size: int, who: Principal) -> bool:
        """The file is already in place (written first, then recorded): its row once, and each of the
        uploader's organizations as a holder. True when one of them did not hold it before, whatever
        other organizations hold: the answer never tells whether the file existed."""
        with self.write() as db:
            values = {"sha256": sha256, "size": size, "uploaded_by": who.user_id, "uploaded_at": utc_now()}
            insert_new(db, tables.attachments, values, "sha256")
            new = [
                tax_code
                for tax_code in sorted(who.organizations)
                if insert_new(
                    db, tables.attachment_holders, {"sha256": sha256, "tax_code": tax_code}, "sha256", "tax_code"
                )
            ]
            if new:
                self.audit(db, who.username, "attachment.upload", sha256, {"size": size, "organizations": new})
        return bool(new)

    def may_read_attachment(self, who: Principal, sha256: str) -> bool:
        """A holder of the file, or a reviewer of a submission that lists it."""
        h, x = tables.attachment_holders, tables.submission_attachments
        with self.read_one() as db:
            if who.is_reviewer:
                query = select(x.c.sha256).where(x.c.sha256 == sha256).limit(1)
            elif who.organizations:
                query = select(h.c.sha256).where(h.c.sha256 == sha256, h.c.tax_code.in_(sorted(who.organizations)))
            else:
                return False
            return db.execute(query.limit(1)).first() is not None

    # -- reference publications -----------------------------------------------------------------
    def publish_reference(self, name: str, version: str, document: dict[str, Any]) -> None:
        with self.write() as db:
            db.execute(
                insert(tables.reference_publications).values(
                    name=name, version=version, document=document, published_at=utc_now()
                )
            )
            self.audit(db, "admin", "reference.publish", name, {"version": version})

    def publication(self, name: str, version: str) -> dict[str, Any] | None:
        """One published version of a document (every version stays: old assessments are scored by theirs)."""
        p = tables.reference_publications
        with self.read_one() as db:
            return db.execute(select(p.c.document).where(p.c.name == name, p.c.version == version)).scalar()

    def publications_key(self) -> tuple[int, dt.datetime | None]:
        """Changes whenever something is published: the cache key of the current reference data."""
        p = tables.reference_publications
        with self.read_one() as db:
            row = db.execute(select(func.count(), func.max(p.c.published_at))).one()
        return int(row[0]), row[1]

    def published_references(self) -> dict[str, dict[str, Any]]:
        """The newest publication of each name."""
        p = tables.reference_publications
        newest = select(p.c.name, func.max(p.c.published_at).label("at")).group_by(p.c.name).subquery()
        with self.read_one() as db:
            rows = db.execute(
                select(p.c.name, p.c.document).join(
                    newest, (newest.c.name == p.c.name) & (newest.c.at == p.c.published_at)
                )
            ).all()
        return {name: document for name, document in rows}
