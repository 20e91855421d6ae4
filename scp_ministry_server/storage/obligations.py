"""Each obligation's standing, kept with it so that completeness is one GROUP BY at any size: the first
receipt of a report that covers it (`first_at`) and the weakest state of its live reports (`weakest`,
a rank: returned 1, received 2, verified 3, accepted 4).

A report covers an obligation of its organization and form for its own period, or for the year or
quarter containing it (a year's bag report covers its months). Every write that changes a report's
state (receipt, correction, review) recomputes the obligations it covers in its own transaction,
after locking them: a concurrent writer for the same organization waits, and then sees the first
one's report (each statement of READ COMMITTED reads what was committed before it began).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, and_, case, func, or_, select, update

from scp_ministry_server.storage.tables import SUPERSEDED, obligations, submissions

o, s = obligations, submissions
RANKS = {"returned": 1, "received": 2, "verified": 3, "accepted": 4}


def _covering() -> Any:
    return and_(
        s.c.tax_code == o.c.tax_code,
        s.c.form == o.c.form,
        s.c.period.in_([o.c.period, o.c.year_period, func.coalesce(o.c.quarter_period, o.c.period)]),
    )


def _standing() -> dict[str, Any]:
    rank = case(*((s.c.state == state, n) for state, n in RANKS.items()), else_=None)
    first = select(func.min(s.c.received_at)).where(_covering()).scalar_subquery()
    weakest = select(func.min(rank)).where(_covering(), s.c.state != SUPERSEDED).scalar_subquery()
    return {"first_at": first, "weakest": weakest}


def refresh(db: Connection, tax_code: str, form: str, period: str) -> None:
    """Recompute the obligations a report of this organization, form and period covers."""
    matching = and_(
        o.c.tax_code == tax_code,
        o.c.form == form,
        o.c.year_period == period[:4],
        or_(o.c.period == period, o.c.year_period == period, o.c.quarter_period == period),
    )
    if db.dialect.name == "postgresql":
        db.execute(select(o.c.id).where(matching).with_for_update())
    db.execute(update(o).where(matching).values(**_standing()))


def refresh_all(db: Connection, year_period: str, form: str) -> None:
    """Recompute every obligation of a year and form (after an import)."""
    db.execute(update(o).where(o.c.year_period == year_period, o.c.form == form).values(**_standing()))
