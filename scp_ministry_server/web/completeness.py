"""Completeness and timeliness (DHIS2's reporting rates): per province or sector, how many reports were
expected, received, on time, verified and accepted; and the late list.

Each obligation carries its standing (storage/obligations.py): the first receipt of a report covering
it (its own period, or the year or quarter containing it) and the weakest state of its live reports.
On time: that first report arrived before the end of the due day in Viet Nam (a later correction
does not make it late). Verified and accepted: every live report of it is at least verified, or
accepted. So every figure here is one GROUP BY over the obligations, however many reports there are.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, case, func, literal, or_, select

from scp_ministry_server.storage.obligations import RANKS
from scp_ministry_server.storage.submissions import Scope
from scp_ministry_server.storage.tables import obligations, organizations

o, org = obligations, organizations
GROUPS = {"province": org.c.province, "sector": func.substr(func.coalesce(org.c.sector, ""), 1, 3)}
COUNTS = ("expected", "received", "on_time", "verified", "accepted", "late")


@dataclass(frozen=True)
class Filter:
    year: int
    form: str = ""  # '' every form
    province: str = ""
    sector: str = ""


def _conditions(where: Filter, scope: Scope) -> list[Any]:
    conditions = [o.c.year_period == f"{where.year:04d}"]
    if where.form:
        conditions.append(o.c.form == where.form)
    province = scope.province or where.province
    if province:
        conditions.append(org.c.province == province)
    if where.sector:
        conditions.append(org.c.sector.like(where.sector.upper().replace("%", "") + "%"))
    return conditions


def _count(condition: Any) -> Any:
    return func.sum(case((condition, 1), else_=0))


def rates(db: Connection, where: Filter, scope: Scope, now: dt.datetime, group: str = "province") -> list[dict]:
    """One row per group (province, or VSIC division) with its counts, in the groups' order."""
    key = GROUPS[group].label("group")
    query = (
        select(
            key,
            func.count().label("expected"),
            _count(o.c.first_at.is_not(None)).label("received"),
            _count(o.c.first_at < o.c.due_at).label("on_time"),
            _count(o.c.weakest >= RANKS["verified"]).label("verified"),
            _count(o.c.weakest == RANKS["accepted"]).label("accepted"),
            _count(and_(o.c.first_at.is_(None), o.c.due_at < now)).label("late"),
        )
        .select_from(o.join(org, org.c.tax_code == o.c.tax_code))
        .where(*_conditions(where, scope))
        .group_by(key)
        .order_by(key)
    )
    return [{**row, **{k: int(row[k] or 0) for k in COUNTS}} for row in db.execute(query).mappings()]


def totals(rows: list[dict[str, Any]]) -> dict[str, int]:
    return {k: sum(r[k] for r in rows) for k in COUNTS}


def late(db: Connection, where: Filter, scope: Scope, now: dt.datetime, limit: int | None = None) -> list[dict]:
    """Obligations past their due day with no report, or whose report was returned and not yet
    corrected: whom the department chases, the longest overdue first."""
    status = case((o.c.first_at.is_(None), literal("missing")), else_=literal("returned"))
    query = (
        select(o.c.tax_code, org.c.name, org.c.province, org.c.sector, o.c.form, o.c.period, o.c.due_date,
               o.c.source, status.label("status"))
        .select_from(o.join(org, org.c.tax_code == o.c.tax_code))
        .where(*_conditions(where, scope), o.c.due_at < now,
               or_(o.c.first_at.is_(None), o.c.weakest == RANKS["returned"]))
        .order_by(o.c.due_date, org.c.province, org.c.name, o.c.period)
    )  # fmt: skip
    return [dict(r) for r in db.execute(query.limit(limit) if limit else query).mappings()]
