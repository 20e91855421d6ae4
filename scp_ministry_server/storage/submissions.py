"""Submissions, their history and the changes feed, in SQL. The rules (who may, what is valid, which
answer) are in scp_ministry_server/submissions.py; every statement here is atomic on its own, so that
concurrent writers on any engine get one outcome each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, RowMapping, and_, func, insert, literal, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite

from scp_ministry_server.storage.tables import (
    SUPERSEDED,
    attachments,
    lock_exceptions,
    organizations,
    period_locks,
    sequences,
    submission_attachments,
    submission_events,
    submission_flags,
    submissions,
)
from scp_ministry_server.storage.types import utc_now

s, e = submissions, submission_events


@dataclass(frozen=True)
class ReportKey:
    """What one report covers: an organization's form for one facility ('' for all) and months."""

    tax_code: str
    form: str
    facility_key: str
    period: str
    start_month: int
    end_month: int


@dataclass(frozen=True)
class Scope:
    """What a caller reaches: `tax_codes` (an enterprise's organizations), or `province` (a provincial
    reviewer's), or everything (both None: a national reviewer)."""

    tax_codes: frozenset[str] | None = None
    province: str | None = None

    def clause(self, tax_code: Any) -> Any:
        """A condition on a tax-code column; None when everything is in scope."""
        if self.tax_codes is not None:
            return tax_code.in_(sorted(self.tax_codes))
        if self.province is not None:
            return tax_code.in_(select(organizations.c.tax_code).where(organizations.c.province == self.province))
        return None


EVERYTHING = Scope()


def scoped(query: Any, scope: Scope | None, tax_code: Any = s.c.tax_code) -> Any:
    """The query limited to the scope (None: everything)."""
    clause = (scope or EVERYTHING).clause(tax_code)
    return query if clause is None else query.where(clause)


def find(db: Connection, submission_id: str, scope: Scope = EVERYTHING) -> RowMapping | None:
    """The submission, or None when there is none in the caller's scope (the same answer either way)."""
    return db.execute(scoped(select(s).where(s.c.submission_id == submission_id), scope)).mappings().first()


REPORTS_LOCK = 7_610_014  # pg_advisory_xact_lock class: any fixed number, the same for every server


def lock_reports(db: Connection, tax_code: str, form: str) -> None:
    """Until the transaction ends, no other writer adds or supersedes this organization's reports of this
    form, so an overlap check and the insert that follows it see the same live reports. SQLite: the write
    transaction (BEGIN IMMEDIATE) is this lock already."""
    if db.dialect.name == "postgresql":
        db.execute(
            text("SELECT pg_advisory_xact_lock(:kind, hashtext(:key))"),
            {"kind": REPORTS_LOCK, "key": f"{tax_code}\x1f{form}"},
        )


def overlapping(db: Connection, key: ReportKey) -> RowMapping | None:
    """A live report of the organization and form whose months overlap, for the same facility or for
    the organization as a whole on either side."""
    same_scope = or_(s.c.facility_key == key.facility_key, s.c.facility_key == "", literal(key.facility_key) == "")
    return (
        db.execute(
            select(s)
            .where(
                s.c.tax_code == key.tax_code,
                s.c.form == key.form,
                s.c.state != SUPERSEDED,
                s.c.start_month <= key.end_month,
                s.c.end_month >= key.start_month,
                same_scope,
            )
            .order_by(s.c.received_at)
            .limit(1)
        )
        .mappings()
        .first()
    )


def insert_submission(db: Connection, row: dict[str, Any], attachments: Iterable[str]) -> str | None:
    """The stored receipt; None when the id exists. A second live report for the same key raises
    IntegrityError (the partial unique index submissions_live)."""
    dialect = postgresql if db.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(s).values(row).on_conflict_do_nothing(index_elements=["submission_id"])
    receipt = db.execute(statement.returning(s.c.receipt)).scalar()
    if receipt is None:
        return None
    for sha256 in sorted(set(attachments)):
        db.execute(insert(submission_attachments).values(submission_id=row["submission_id"], sha256=sha256))
    return receipt


def supersede(db: Connection, old_id: str, new_id: str, key: ReportKey) -> bool:
    """Mark the live report `old_id` of the same organization, form, facility and period superseded by
    `new_id`; False when it is not such a live report."""
    replaced = db.execute(
        update(s)
        .where(
            s.c.submission_id == old_id,
            s.c.tax_code == key.tax_code,
            s.c.form == key.form,
            s.c.facility_key == key.facility_key,
            s.c.period == key.period,
            s.c.state != SUPERSEDED,
        )
        .values(state=SUPERSEDED, superseded_by=new_id)
        .returning(s.c.submission_id)
    ).first()
    return replaced is not None


def set_review(
    db: Connection,
    submission_id: str,
    state: str,
    comment: str | None,
    field_comments: dict[str, str] | None,
    at: dt.datetime,
    from_states: Iterable[str],
    scope: Scope,
) -> tuple[str, str, str] | None:
    """Move a submission of the caller's scope from one of `from_states` to `state`, in one statement
    (two reviewers deciding at once: one wins, the other finds it no longer reviewable). Its tax code,
    form and period, or None when it was not in one of those states (or not in scope)."""
    query = (
        update(s)
        .where(s.c.submission_id == submission_id, s.c.state.in_(sorted(from_states)))
        .values(state=state, reviewer_comment=comment, field_comments=field_comments, reviewed_at=at)
        .returning(s.c.tax_code, s.c.form, s.c.period)
    )
    row = db.execute(scoped(query, scope)).first()
    return (row.tax_code, row.form, row.period) if row else None


def add_event(
    db: Connection,
    submission_id: str,
    tax_code: str,
    state: str,
    actor: str,
    comment: str | None = None,
    field_comments: dict[str, str] | None = None,
) -> None:
    """One entry of the history; the database gives it its feed position when the transaction commits."""
    db.execute(
        insert(e).values(
            submission_id=submission_id,
            tax_code=tax_code,
            state=state,
            at=utc_now(),
            actor=actor,
            comment=comment,
            field_comments=field_comments,
        )
    )


def history(db: Connection, submission_id: str) -> list[RowMapping]:
    query = select(e.c.state, e.c.at, e.c.actor, e.c.comment, e.c.field_comments)
    return list(db.execute(query.where(e.c.submission_id == submission_id).order_by(e.c.id)).mappings())


def listed_attachments(db: Connection, submission_id: str) -> list[RowMapping]:
    a, x = attachments, submission_attachments
    query = select(a.c.sha256, a.c.size).join(x, x.c.sha256 == a.c.sha256).where(x.c.submission_id == submission_id)
    return list(db.execute(query.order_by(a.c.sha256)).mappings())


def attachments_of(db: Connection, submission_id: str) -> list[str]:
    a = submission_attachments
    return list(db.execute(select(a.c.sha256).where(a.c.submission_id == submission_id).order_by(a.c.sha256)).scalars())


def flags_of(db: Connection, submission_id: str) -> list[RowMapping]:
    f = submission_flags
    query = select(f.c.code, f.c.field, f.c.detail).where(f.c.submission_id == submission_id).order_by(f.c.id)
    return list(db.execute(query).mappings())


def add_flags(db: Connection, submission_id: str, flags: Iterable[dict[str, Any]]) -> None:
    rows = [{"submission_id": submission_id, **flag} for flag in flags]
    if rows:
        db.execute(insert(submission_flags), rows)


def active_lock(db: Connection, form: str, period: str, tax_code: str, at: dt.datetime) -> RowMapping | None:
    """The lock that closes this organization's `period` of `form` now: a lock of that period or of one
    containing it (`2025` closes `2025-03`), national or of the organization's province, in force and
    with no exception granted to the organization that is still open."""
    lock, x, org = period_locks, lock_exceptions, organizations
    province = select(org.c.province).where(org.c.tax_code == tax_code).scalar_subquery()
    excepted = select(x.c.id).where(x.c.lock_id == lock.c.id, x.c.tax_code == tax_code, x.c.until > at).exists()
    containing = [period[:n] for n in (4, 7) if len(period) > n] + [period]
    query = (
        select(lock.c.id, lock.c.reason, lock.c.locked_from, lock.c.period)
        .where(
            lock.c.form == form,
            lock.c.period.in_(containing),
            lock.c.lifted_at.is_(None),
            lock.c.locked_from <= at,
            or_(lock.c.province.is_(None), lock.c.province == province),
            ~excepted,
        )
        .order_by(lock.c.locked_from)
        .limit(1)
    )
    return db.execute(query).mappings().first()


def last_position(db: Connection) -> int:
    value = db.execute(select(sequences.c.value).where(sequences.c.name == "changes")).scalar()
    return int(value or 0)


def feed(db: Connection, after: int, scope: Scope | None, limit: int) -> list[RowMapping]:
    """Changes after position `after`, in commit order, of the organizations in scope."""
    query = (
        select(
            e.c.seq,
            e.c.submission_id,
            e.c.tax_code,
            s.c.form,
            s.c.period,
            e.c.state,
            s.c.receipt,
            e.c.comment,
            e.c.field_comments,
            e.c.at,
        )
        .join(s, s.c.submission_id == e.c.submission_id)
        .where(e.c.seq > after)
        .order_by(e.c.seq)
        .limit(limit)
    )
    return list(db.execute(scoped(query, scope, e.c.tax_code)).mappings())


@dataclass(frozen=True)
class ListFilter:
    scope: Scope
    organization: str | None = None
    period: str | None = None
    state: str | None = None
    after: tuple[dt.datetime, str] | None = None  # the last (received_at, submission_id) of the page before


LISTED = (
    s.c.submission_id,
    s.c.tax_code,
    s.c.form,
    s.c.facility,
    s.c.period,
    s.c.state,
    s.c.receipt,
    s.c.received_at,
    s.c.supersedes,
    s.c.superseded_by,
    s.c.reviewer_comment,
    s.c.field_comments,
    s.c.reviewed_at,
    s.c.content_sha256,
)


def listing(db: Connection, where: ListFilter, limit: int) -> list[RowMapping]:
    """Oldest first, paged by (received_at, submission_id) so that a page never repeats or skips a row."""
    query = scoped(select(*LISTED).order_by(s.c.received_at, s.c.submission_id).limit(limit), where.scope)
    for column, value in ((s.c.tax_code, where.organization), (s.c.period, where.period), (s.c.state, where.state)):
        if value:
            query = query.where(column == value)
    if where.after:
        at, submission_id = where.after
        query = query.where(or_(s.c.received_at > at, and_(s.c.received_at == at, s.c.submission_id > submission_id)))
    return list(db.execute(query).mappings())


def accepted(db: Connection, year: int, province: str | None, sector: str | None) -> list[RowMapping]:
    """The accepted reports of a year (periods YYYY, YYYY-Qn, YYYY-MM), with the organization's kind."""
    query = (
        select(
            s.c.submission_id,
            s.c.tax_code,
            s.c.form,
            s.c.period,
            s.c.payload,
            organizations.c.kind,
            organizations.c.province,
            organizations.c.sector,
        )
        .join(organizations, organizations.c.tax_code == s.c.tax_code)
        .where(s.c.state == "accepted", func.substr(s.c.period, 1, 4) == f"{year:04d}")
    )
    if province:
        query = query.where(organizations.c.province == province)
    if sector:
        query = query.where(organizations.c.sector.startswith(sector, autoescape=True))
    return list(db.execute(query.order_by(s.c.received_at, s.c.submission_id)).mappings())
