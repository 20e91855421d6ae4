"""National SCP indicators from accepted reports, with the app's own calculators."""

from __future__ import annotations

from typing import Any

from sqlalchemy import RowMapping

from scp_desktop.domain.bags import BagTotals, bag_reduction_pct
from scp_desktop.domain.energy import EnergyLine, energy_totals
from scp_desktop.domain.reference import ReferenceData
from scp_desktop.domain.waste import stream_recovery
from scp_ministry_server.storage import Storage
from scp_ministry_server.storage import submissions as repo


def _accepted(storage: Storage, year: int, province: str | None, sector: str | None) -> list[RowMapping]:
    with storage.read() as db:
        return repo.accepted(db, year, province, sector)


def _bag_totals(rows: list[dict[str, Any]]) -> BagTotals:
    total = BagTotals()
    for r in rows:
        total += BagTotals(
            1,
            int(r["transactions"]),
            int(r["nonbio_count"]),
            float(r["nonbio_kg"]),
            int(r.get("bio_count") or 0),
            float(r.get("bio_kg") or 0),
            int(r.get("paper_count") or 0),
            float(r.get("paper_kg") or 0),
            int(r.get("reusable_sold") or 0),
        )
    return total


def indicators(
    storage: Storage, ref: ReferenceData, year: int, province: str | None = None, sector: str | None = None
) -> dict[str, Any]:
    reports = _accepted(storage, year, province, sector)
    baseline = (
        _accepted(storage, ref.bag_baseline_year, province, sector) if any(r["form"] == "bags" for r in reports) else []
    )
    return compute(reports, baseline, ref, year, province, sector)


GROUPS = {"province": lambda r: r["province"], "sector": lambda r: (r["sector"] or "")[:3]}


def by_group(
    storage: Storage, ref: ReferenceData, year: int, group: str, province: str | None = None, sector: str | None = None
) -> dict[str, dict[str, Any]]:
    """The indicators of each province (or VSIC division), from one read of the accepted reports."""
    key = GROUPS[group]
    reports = _accepted(storage, year, province, sector)
    baseline = (
        _accepted(storage, ref.bag_baseline_year, province, sector) if any(r["form"] == "bags" for r in reports) else []
    )
    found: dict[str, dict[str, Any]] = {}
    for name in sorted({key(r) for r in reports}):
        mine = [r for r in reports if key(r) == name]
        base = [r for r in baseline if key(r) == name]
        found[name] = compute(mine, base, ref, year, name if group == "province" else province,
                              name if group == "sector" else sector)  # fmt: skip
    return found


def compute(
    reports: list[RowMapping],
    baseline_reports: list[RowMapping],
    ref: ReferenceData,
    year: int,
    province: str | None,
    sector: str | None,
) -> dict[str, Any]:
    """Decision 76's indicators over these accepted reports (the bag reduction against the baseline year's)."""
    by_form: dict[str, list[dict[str, Any]]] = {}
    organizations: set[str] = set()
    for report in reports:
        organizations.add(report["tax_code"])
        by_form.setdefault(report["form"], []).append(report)
    result: dict[str, Any] = {
        "year": year,
        "province": province,
        "sector": sector,
        "organizations": len(organizations),
        "reports": len(reports),
        "energy": None,
        "bags": None,
        "waste": None,
    }
    energy = by_form.get("energy", [])
    if energy:
        lines = [
            EnergyLine(r["fuel"], float(r["quantity"]), r["unit"], r.get("ncv_gj_per_t"))
            for report in energy
            for r in report["payload"]["records"]
        ]
        totals = energy_totals(lines, year, ref)
        result["energy"] = {
            "toe_total": totals.toe_total,
            "toe_by_fuel": totals.toe_by_fuel,
            "co2_scope2_t": totals.co2_scope2_t,
            "organizations": len({r["tax_code"] for r in energy}),
        }
    bags = by_form.get("bags", [])
    if bags:
        current = _bag_totals([r for report in bags for r in report["payload"]["records"]])
        baseline_rows = [
            r for report in baseline_reports if report["form"] == "bags" for r in report["payload"]["records"]
        ]
        baseline = _bag_totals(baseline_rows) if baseline_rows else None
        result["bags"] = {
            "transactions": current.transactions,
            "nonbio_count": current.nonbio_count,
            "nonbio_per_transaction": current.nonbio_per_transaction,
            "baseline_year": ref.bag_baseline_year,
            "reduction_pct": bag_reduction_pct(current, baseline) if baseline else None,
            "target_pct": {kind: float(pct) for kind, pct in ref.bag_reduction_target_pct.items()},
        }
    waste = by_form.get("waste", [])
    if waste:
        streams: dict[str, dict[str, float]] = {}
        for report in waste:
            for r in report["payload"]["records"]:
                routes = streams.setdefault(r["stream"], {})
                routes[r["route"]] = routes.get(r["route"], 0.0) + float(r["quantity_t"])
        result["waste"] = {}
        for stream, routes in sorted(streams.items()):
            recovery = stream_recovery(stream, routes, ref)
            result["waste"][stream] = {
                "generated_t": recovery.generated_t,
                "recovered_t": recovery.recovered_t,
                "recovery_rate_pct": recovery.recovery_rate_pct,
                "target_pct": recovery.target_pct,
            }
    return result
