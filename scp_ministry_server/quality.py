"""Data-quality flags taken when a report is received. They are shown to reviewers and never refuse a
report: a check that fails for any reason flags nothing (in its own savepoint) and the report is
stored all the same.

- IMPLAUSIBLE_VALUE: the app's own warnings (more bags than transactions allow, a bag weighing more
  than a bag can…), by the rules the app applies when the value is typed;
- YOY_JUMP: the report's total changed more than YOY_RATIO times against the same period a year
  before (same organization, form and facility);
- INTENSITY_OUTLIER: its intensity (bags per transaction) lies beyond median ± OUTLIER_K · MAD of the
  sector's reports of the same period (VSIC division, at least MIN_PEERS of them).

A record outside the report's period, and a report overlapping another live one (a year beside its
months, a store's beside the whole chain's), are refused on receipt (validation.py, storage/submissions.py):
they never get this far.

The thresholds are ours, not from any regulation: they are labelled draft wherever they are shown.
"""

from __future__ import annotations

import logging
import statistics
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, func, select

from scp_desktop.domain.energy import EnergyLine, energy_totals
from scp_desktop.domain.messages import Msg
from scp_desktop.domain.periods import Period, parse_period
from scp_desktop.domain.records import RECORD_KINDS
from scp_desktop.domain.reference import ReferenceData
from scp_ministry_server.storage.tables import SUPERSEDED, organizations, submissions

YOY_RATIO = 2.0  # draft
OUTLIER_K = 3.0  # draft
MIN_PEERS = 5
MAD_TO_SIGMA = 1.4826  # the MAD of a normal distribution × this is its standard deviation
PEER_LIMIT = 200  # the latest peers: enough for a median and a MAD, cheap at the January peak

log = logging.getLogger(__name__)
s, org = submissions, organizations


def _sum(records: list[dict[str, Any]], field: str) -> float:
    return float(sum(float(r.get(field) or 0) for r in records))


def figures(payload: dict[str, Any], ref: ReferenceData) -> tuple[float | None, float | None]:
    """The report's total (compared year on year) and its intensity (compared within the sector); none
    for a self-assessment."""
    if payload.get("form") not in RECORD_KINDS:
        return None, None
    records, form = payload["records"], payload["form"]
    try:
        if form == "energy":
            lines = [EnergyLine(r["fuel"], float(r["quantity"]), r["unit"], r.get("ncv_gj_per_t")) for r in records]
            return energy_totals(lines, parse_period(payload["period"]).first_year, ref).toe_total, None
        if form == "bags":
            bags, sales = _sum(records, "nonbio_count"), _sum(records, "transactions")
            return bags, (bags / sales if sales else None)
        total_field = {"water": "quantity_m3", "waste": "quantity_t", "materials": "quantity_t"}.get(form)
        return (_sum(records, total_field), None) if total_field else (None, None)
    except (KeyError, TypeError, ValueError, ArithmeticError):
        return None, None


def flag_on_receipt(db: Connection, row: dict[str, Any], warnings: Sequence[tuple[str, Msg]]) -> None:
    """Store the flags of a record report just inserted, inside its transaction but in a savepoint of
    their own (a self-assessment has its score checked on receipt instead)."""
    from scp_ministry_server.storage.submissions import add_flags

    if row["form"] not in RECORD_KINDS:
        return
    try:
        with db.begin_nested():
            add_flags(db, row["submission_id"], flags(db, row, warnings))
    except Exception:  # a flag is never a reason to lose a report
        log.exception("data-quality checks failed for %s", row["submission_id"])


def _message(message: Msg) -> dict[str, Any]:
    """A domain message as stored: rendered later in the reader's language."""
    params = {k: (v if isinstance(v, int | float | str) else str(v)) for k, v in message.params.items()}
    return {"context": message.context, "source": message.source, "params": params}


def flags(db: Connection, row: dict[str, Any], warnings: Sequence[tuple[str, Msg]]) -> list[dict[str, Any]]:
    found = [
        {"code": "IMPLAUSIBLE_VALUE", "field": path.removeprefix("payload."), "detail": _message(m)}
        for path, m in warnings
    ]
    period = parse_period(row["period"])
    found += year_on_year(db, row, period)
    found += intensity_outlier(db, row)
    return found


def year_on_year(db: Connection, row: dict[str, Any], period: Period) -> list[dict[str, Any]]:
    current = row.get("measure")
    if not current:
        return []
    before = period.same_period_year_before().code
    previous = db.execute(
        select(s.c.measure, s.c.receipt).where(
            s.c.tax_code == row["tax_code"],
            s.c.form == row["form"],
            s.c.facility_key == row["facility_key"],
            s.c.period == before,
            s.c.state != SUPERSEDED,
        )
    ).first()
    if previous is None or not previous.measure:
        return []
    ratio = current / previous.measure
    if 1 / YOY_RATIO <= ratio <= YOY_RATIO:
        return []
    detail = {"previous": previous.measure, "current": current, "previous_period": before, "ratio": ratio,
              "threshold": YOY_RATIO, "receipt": previous.receipt}  # fmt: skip
    return [{"code": "YOY_JUMP", "field": None, "detail": detail}]


def intensity_outlier(db: Connection, row: dict[str, Any]) -> list[dict[str, Any]]:
    value = row.get("intensity")
    if value is None:
        return []
    sector = select(org.c.sector).where(org.c.tax_code == row["tax_code"]).scalar_subquery()
    peers = list(
        db.execute(
            select(s.c.intensity)
            .join(org, org.c.tax_code == s.c.tax_code)
            .where(
                s.c.form == row["form"],
                s.c.period == row["period"],
                s.c.state != SUPERSEDED,
                s.c.intensity.is_not(None),
                s.c.tax_code != row["tax_code"],
                org.c.sector.is_not(None),
                org.c.sector.like(_division(sector)),
            )
            .order_by(s.c.received_at.desc())
            .limit(PEER_LIMIT)
        ).scalars()
    )
    return outlier(value, peers)


def _division(sector: Any) -> Any:
    """`G4711` → `G47%`: peers are of the same VSIC division."""
    return func.substr(sector, 1, 3).concat("%")


def outlier(value: float, peers: list[float]) -> list[dict[str, Any]]:
    """Beyond median ± K · 1.4826 · MAD of the peers (robust: one wild peer barely moves it)."""
    if len(peers) < MIN_PEERS:
        return []
    median = statistics.median(peers)
    mad = statistics.median(abs(p - median) for p in peers) * MAD_TO_SIGMA
    if mad == 0 or abs(value - median) <= OUTLIER_K * mad:
        return []
    detail = {"value": value, "median": median, "mad": mad, "k": OUTLIER_K, "peers": len(peers)}
    return [{"code": "INTENSITY_OUTLIER", "field": None, "detail": detail}]
