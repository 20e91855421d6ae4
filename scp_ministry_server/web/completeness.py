"""Completeness and timeliness (DHIS2's reporting rates) in SQL: per province or sector, how many
reports were expected, received, on time, verified and accepted; and the late list.

An obligation is met by a live report of its organization and form for its period, or for the year
or quarter containing it (a year's bag report covers its months). On time: the first report of that
period (a later correction does not make it late) arrived before the end of the due day in Viet Nam.
Verified and accepted: every live report of it is at least verified, or accepted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, case, func, literal, or_, select, union_all

from scp_ministry_server.storage.submissions import Scope
from scp_ministry_server.storage.tables import SUPERSEDED, obligations, organizations, submissions

o, s, org = obligations, submissions, organizations
RANKS = {"returned": 1, "received": 2, "verified": 3, "accepted": 4}
GROUPS = {"province": org.c.province, "sector": func.substr(func.coalesce(org.c.sector, ""), 1, 3)}


@dataclass(frozen=True)
class Filter:
    year: int
    form: str = ""  # '' every form
    province: str = ""
    sector: str = ""


def _obligation_conditions(where: Filter, scope: Scope) -> list[Any]:
    conditions = [o.c.year_period == str(where.year)]
    if where.form:
        conditions.append(o.c.form == where.form)
    province = scope.province or where.province
    if province:
        conditions.append(org.c.province == province)
    if where.sector:
        conditions.append(org.c.sector.like(where.sector.upper().replace("%", "") + "%"))
    return conditions


def _met(where: Filter) -> Any:
    """Per obligation met: its first receipt and its weakest live state (as a rank)."""
    rank = case(*((s.c.state == state, n) for state, n in RANKS.items()), else_=None)
    reports = (
        select(
            s.c.tax_code,
            s.c.form,
            s.c.period,
            func.min(s.c.received_at).label("first_at"),
            func.min(case((s.c.state != SUPERSEDED, rank), else_=None)).label("weakest"),
        )
        .where(s.c.period.like(f"{where.year:04d}%"), *([s.c.form == where.form] if where.form else []))
        .group_by(s.c.tax_code, s.c.form, s.c.period)
        .cte("reports")
    )

    def matched(period: Any) -> Any:
        return select(o.c.id, reports.c.first_at, reports.c.weakest).join(
            reports, and_(reports.c.tax_code == o.c.tax_code, reports.c.form == o.c.form, reports.c.period == period)
        )

    covering = union_all(
        matched(o.c.period),
        matched(o.c.year_period).where(o.c.period != o.c.year_period),
        matched(o.c.quarter_period).where(o.c.quarter_period.is_not(None)),
    ).subquery("covering")
    return (
        select(
            covering.c.id,
            func.min(covering.c.first_at).label("first_at"),
            func.min(covering.c.weakest).label("weakest"),
        )
        .group_by(covering.c.id)
        .subquery("met")
    )


def rates(
    db: Connection, where: Filter, scope: Scope, now: dt.datetime, group: str = "province"
) -> list[dict[str, Any]]:
    """One row per group (province, or VSIC division), each with its counts."""
    met = _met(where)
    key = GROUPS[group].label("group")
    on_time = func.sum(case((and_(met.c.first_at.is_not(None), met.c.first_at < o.c.due_at), 1), else_=0))
    query = (
        select(
            key,
            func.count(o.c.id).label("expected"),
            func.count(met.c.id).label("received"),
            on_time.label("on_time"),
            func.sum(case((met.c.weakest >= RANKS["verified"], 1), else_=0)).label("verified"),
            func.sum(case((met.c.weakest == RANKS["accepted"], 1), else_=0)).label("accepted"),
            func.sum(case((and_(met.c.id.is_(None), o.c.due_at < now), 1), else_=0)).label("late"),
        )
        .select_from(o.join(org, org.c.tax_code == o.c.tax_code).outerjoin(met, met.c.id == o.c.id))
        .where(*_obligation_conditions(where, scope))
        .group_by(key)
        .order_by(key)
    )
    rows = [dict(r) for r in db.execute(query).mappings()]
    for row in rows:
        row.update({k: int(row[k] or 0) for k in ("expected", "received", "on_time", "verified", "accepted", "late")})
    return rows


def totals(rows: list[dict[str, Any]]) -> dict[str, int]:
    keys = ("expected", "received", "on_time", "verified", "accepted", "late")
    return {k: sum(r[k] for r in rows) for k in keys}


def late(
    db: Connection, where: Filter, scope: Scope, now: dt.datetime, limit: int | None = None
) -> list[dict[str, Any]]:
    """Obligations past their due day with no report, or whose report was returned and not yet
    corrected: whom the department chases, the longest overdue first."""
    met = _met(where)
    status = case((met.c.id.is_(None), literal("missing")), else_=literal("returned"))
    query = (
        select(
            o.c.tax_code,
            org.c.name,
            org.c.province,
            org.c.sector,
            o.c.form,
            o.c.period,
            o.c.due_date,
            o.c.source,
            status.label("status"),
        )
        .select_from(o.join(org, org.c.tax_code == o.c.tax_code).outerjoin(met, met.c.id == o.c.id))
        .where(
            *_obligation_conditions(where, scope),
            o.c.due_at < now,
            or_(met.c.id.is_(None), met.c.weakest == RANKS["returned"]),
        )
        .order_by(o.c.due_date, org.c.province, org.c.name, o.c.period)
    )
    if limit:
        query = query.limit(limit)
    return [dict(r) for r in db.execute(query).mappings()]
