"""The reviewers' queue in SQL: filters, counts per state, sorting and paging, within the reviewer's
scope (a provincial reviewer's province, every province for a national one)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, RowMapping, and_, func, select

from scp_ministry_server.storage.submissions import Scope, scoped
from scp_ministry_server.storage.tables import SUPERSEDED, organizations, submissions
from scp_ministry_server.web.i18n import VIETNAM

s, org = submissions, organizations
PAGE = 50
STATES = ("received", "verified", "accepted", "returned", "superseded")
SORTS = {
    "received": (s.c.received_at,),
    "organization": (org.c.name, s.c.received_at),
    "form": (s.c.form, s.c.period, s.c.received_at),
    "period": (s.c.period, s.c.received_at),
    "state": (s.c.state, s.c.received_at),
    "province": (org.c.province, s.c.received_at),
}


@dataclass(frozen=True)
class QueueFilter:
    state: str = ""  # '' every live state
    form: str = ""
    period: str = ""  # a prefix: 2025 finds 2025-03 too
    province: str = ""
    sector: str = ""  # a prefix: C finds C13, C13 finds C1311
    organization: str = ""  # a tax code, or words of the name
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    sort: str = "received"
    descending: bool = False
    page: int = 1


def _day_start(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), VIETNAM).astimezone(dt.UTC)


def _conditions(where: QueueFilter) -> list[Any]:
    conditions: list[Any] = []
    if where.form:
        conditions.append(s.c.form == where.form)
    if where.period:
        conditions.append(s.c.period.like(where.period.replace("%", "") + "%"))
    if where.province:
        conditions.append(org.c.province == where.province)
    if where.sector:
        conditions.append(org.c.sector.like(where.sector.replace("%", "").upper() + "%"))
    if where.organization:
        text = where.organization.strip()
        digits = text.replace("-", "")
        if digits.isdigit():
            conditions.append(s.c.tax_code.like(digits[:10] + "%"))
        else:
            conditions += [func.lower(org.c.name).contains(word.lower()) for word in text.split()]
    if where.received_from:
        conditions.append(s.c.received_at >= _day_start(where.received_from))
    if where.received_to:
        conditions.append(s.c.received_at < _day_start(where.received_to + dt.timedelta(days=1)))
    return conditions


def _base(columns: list[Any], where: QueueFilter, scope: Scope) -> Any:
    query = select(*columns).select_from(s.join(org, org.c.tax_code == s.c.tax_code))
    conditions = _conditions(where)
    return scoped(query.where(and_(*conditions)) if conditions else query, scope)


def counts(db: Connection, where: QueueFilter, scope: Scope) -> dict[str, int]:
    """Submissions per state under every filter but the state's."""
    query = _base([s.c.state, func.count()], where, scope).group_by(s.c.state)
    found = {state: 0 for state in STATES}
    found.update({state: int(n) for state, n in db.execute(query).all()})
    return found


def page(db: Connection, where: QueueFilter, scope: Scope) -> list[RowMapping]:
    columns = [
        s.c.submission_id,
        s.c.tax_code,
        s.c.form,
        s.c.facility,
        s.c.period,
        s.c.state,
        s.c.receipt,
        s.c.received_at,
        s.c.reviewed_at,
        s.c.supersedes,
        org.c.name,
        org.c.province,
        org.c.sector,
    ]
    query = _base(columns, where, scope)
    query = query.where(s.c.state == where.state) if where.state else query.where(s.c.state != SUPERSEDED)
    order = SORTS.get(where.sort, SORTS["received"])
    order_by = [c.desc() if where.descending else c.asc() for c in order] + [s.c.submission_id]
    return list(db.execute(query.order_by(*order_by).limit(PAGE).offset((max(1, where.page) - 1) * PAGE)).mappings())


def total(counted: dict[str, int], state: str) -> int:
    return counted.get(state, 0) if state else sum(n for st, n in counted.items() if st != SUPERSEDED)


def working_days_after(start: dt.datetime, days: int) -> dt.date:
    """The date `days` working days (Monday to Friday) after `start`, in Viet Nam: the department's
    answer is due then (Circular 25/2020 Art. 5: 5 working days). Public holidays are not counted
    out, so the date may be a holiday or two early."""
    day = start.astimezone(VIETNAM).date()
    left = days
    while left:
        day += dt.timedelta(days=1)
        if day.weekday() < 5:
            left -= 1
    return day


def sibling_states(db: Connection, tax_code: str, form: str, period: str, scope: Scope) -> list[RowMapping]:
    """Every report of one organization, form and period (the chain of corrections), newest first."""
    query = select(s.c.submission_id, s.c.state, s.c.receipt, s.c.received_at, s.c.facility).where(
        s.c.tax_code == tax_code, s.c.form == form, s.c.period == period
    )
    return list(db.execute(scoped(query, scope).order_by(s.c.received_at.desc())).mappings())


def organization_row(db: Connection, tax_code: str) -> RowMapping | None:
    return db.execute(select(org).where(org.c.tax_code == tax_code)).mappings().first()
