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
    organizations,
    sequences,
    submission_attachments,
    submission_events,
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


def find(db: Connection, submission_id: str) -> RowMapping | None:
    return db.execute(select(s).where(s.c.submission_id == submission_id)).mappings().first()


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
) -> str | None:
    """The new state of a reviewable submission; None when it is superseded or unknown. Its tax code."""
    return db.execute(
        update(s)
        .where(s.c.submission_id == submission_id, s.c.state != SUPERSEDED)
        .values(state=state, reviewer_comment=comment, field_comments=field_comments, reviewed_at=at)
        .returning(s.c.tax_code)
    ).scalar()


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
    query = select(e.c.state, e.c.at, e.c.actor, e.c.comment, e.c.field_comments).where(
        e.c.submission_id == submission_id
    )
    return list(db.execute(query.order_by(e.c.id)).mappings())


def listed_attachments(db: Connection, submission_id: str) -> list[RowMapping]:
    a, x = attachments, submission_attachments
    query = select(a.c.sha256, a.c.size).join(x, x.c.sha256 == a.c.sha256).where(x.c.submission_id == submission_id)
    return list(db.execute(query.order_by(a.c.sha256)).mappings())


def last_position(db: Connection) -> int:
    value = db.execute(select(sequences.c.value).where(sequences.c.name == "changes")).scalar()
    return int(value or 0)


def feed(db: Connection, after: int, tax_codes: frozenset[str] | None, limit: int) -> list[RowMapping]:
    """Changes after position `after`, in commit order; `tax_codes` None: every organization's."""
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
    if tax_codes is not None:
        query = query.where(e.c.tax_code.in_(sorted(tax_codes)))
    return list(db.execute(query).mappings())


@dataclass(frozen=True)
class ListFilter:
    tax_codes: frozenset[str] | None  # None: every organization (reviewers)
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
    s.c.reviewed_at,
    s.c.content_sha256,
)


def listing(db: Connection, where: ListFilter, limit: int) -> list[RowMapping]:
    """Oldest first, paged by (received_at, submission_id) so that a page never repeats or skips a row."""
    query = select(*LISTED).order_by(s.c.received_at, s.c.submission_id).limit(limit)
    if where.tax_codes is not None:
        query = query.where(s.c.tax_code.in_(sorted(where.tax_codes)))
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
        select(s.c.submission_id, s.c.tax_code, s.c.form, s.c.period, s.c.payload, organizations.c.kind)
        .join(organizations, organizations.c.tax_code == s.c.tax_code)
        .where(s.c.state == "accepted", func.substr(s.c.period, 1, 4) == f"{year:04d}")
    )
    if province:
        query = query.where(organizations.c.province == province)
    if sector:
        query = query.where(organizations.c.sector.startswith(sector, autoescape=True))
    return list(db.execute(query.order_by(s.c.received_at, s.c.submission_id)).mappings())
