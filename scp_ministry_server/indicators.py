"""National SCP indicators from accepted reports, with the app's own calculators.

One bad row never breaks an aggregate: each report is read on its own, every figure checked for the
type and range its submission's validation gives it (validation.py) — a row stored before those rules,
or changed in the database by hand, that fails is left out and named in `unreadable` for reviewers. A record
whose natural key an earlier accepted report already counted (the same store and day, the same
facility, period and fuel …) is counted once; `repeated_records` says how many were left out.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

from sqlalchemy import RowMapping

from scp_desktop.domain.bags import BagTotals, bag_reduction_pct
from scp_desktop.domain.energy import EnergyLine, energy_totals
from scp_desktop.domain.records import RECORD_KINDS, FieldType
from scp_desktop.domain.reference import ReferenceData
from scp_desktop.domain.text import code_key
from scp_desktop.domain.waste import stream_recovery
from scp_ministry_server.storage import Storage
from scp_ministry_server.storage import submissions as repo

AGGREGATED = ("energy", "bags", "waste")


class _Unreadable(Exception):
    pass


def _records(row: RowMapping, ref: ReferenceData) -> list[dict[str, Any]]:
    """The report's records, each field of the type and range validation gives it, or _Unreadable."""
    kind = RECORD_KINDS[row["form"]]
    payload = row["payload"]
    records = payload.get("records") if isinstance(payload, dict) else None
    if not isinstance(records, list):
        raise _Unreadable("the payload holds no list of records")
    for index, record in enumerate(records):
        if not isinstance(record, dict):
            raise _Unreadable(f"records[{index}] is not a record")
        for spec in kind.fields:
            value = record.get(spec.name)
            if value is None and not spec.required:
                continue
            if not _readable(kind.code, spec, value, ref):
                raise _Unreadable(f"records[{index}].{spec.name}: {str(value)[:40]!r} cannot be counted")
    return records


def _readable(kind: str, spec: Any, value: Any, ref: ReferenceData) -> bool:
    if spec.type in (FieldType.DECIMAL, FieldType.WHOLE):
        number_types = (int,) if spec.type is FieldType.WHOLE else (int, float)
        return (
            isinstance(value, number_types)
            and not isinstance(value, bool)
            and math.isfinite(value)
            and 0 <= value <= ref.max_figure(kind, spec.name)
        )
    if spec.type is FieldType.CHOICE:
        assert spec.choices is not None
        return isinstance(value, str) and value in spec.choices(ref)
    return isinstance(value, str)


def _key(form: str, tax_code: str, record: dict[str, Any]) -> tuple[Any, ...]:
    kind = RECORD_KINDS[form]
    parts = [form, tax_code]
    for name in kind.key:
        value = record[name]
        parts.append(code_key(value) if kind.field(name).type in (FieldType.OWNER, FieldType.TEXT) else value)
    return tuple(parts)


class _Totals:
    def __init__(self, ref: ReferenceData) -> None:
        self.ref = ref
        self.counted: set[tuple[Any, ...]] = set()
        self.repeated = 0
        self.energy: list[EnergyLine] = []
        self.energy_orgs: set[str] = set()
        self.bags = BagTotals()
        self.bag_reports = 0
        self.waste: dict[str, dict[str, float]] = {}

    def fresh(self, row: RowMapping, records: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            key = _key(row["form"], row["tax_code"], record)
            if key in self.counted:
                self.repeated += 1
                continue
            self.counted.add(key)
            yield record

    def add(self, row: RowMapping, records: list[dict[str, Any]], year: int) -> None:
        form = row["form"]
        if form == "energy":
            lines = [EnergyLine(r["fuel"], r["quantity"], r["unit"], r.get("ncv_gj_per_t")) for r in records]
            energy_totals(lines, year, self.ref)  # raises here, for this report alone, if it cannot be counted
            self.energy += lines
            self.energy_orgs.add(row["tax_code"])
        elif form == "bags":
            self.bag_reports += 1
            for r in records:
                self.bags += BagTotals(
                    1,
                    r["transactions"],
                    r["nonbio_count"],
                    r["nonbio_kg"],
                    r["bio_count"],
                    r["bio_kg"],
                    r["paper_count"],
                    r["paper_kg"],
                    r["reusable_sold"],
                )
        elif form == "waste":
            for r in records:
                routes = self.waste.setdefault(r["stream"], {})
                routes[r["route"]] = routes.get(r["route"], 0.0) + r["quantity_t"]


def _accepted(storage: Storage, year: int, province: str | None, sector: str | None) -> list[RowMapping]:
    with storage.read() as db:
        return repo.accepted(db, year, province, sector)


def _tally(reports: list[RowMapping], ref: ReferenceData, year: int) -> tuple[_Totals, list[dict[str, Any]]]:
    """The reports' records added up, each report alone: one that cannot be counted is named instead."""
    totals, unreadable = _Totals(ref), []
    for row in reports:
        if row["form"] not in AGGREGATED:
            continue
        try:
            records = list(totals.fresh(row, _records(row, ref)))
            totals.add(row, records, year)
        except _Unreadable as reason:
            unreadable.append(_flag(row, str(reason)))
        except Exception as error:  # a calculator refusing what validation let through: this report alone
            unreadable.append(_flag(row, f"cannot be counted ({type(error).__name__}: {str(error)[:100]})"))
    return totals, unreadable


def _flag(row: RowMapping, reason: str) -> dict[str, Any]:
    return {
        "submission_id": row["submission_id"],
        "tax_code": row["tax_code"],
        "form": row["form"],
        "period": row["period"],
        "reason": reason[:300],
    }


def _baseline(
    storage: Storage, ref: ReferenceData, year: int, reports: list[RowMapping], province: str | None, sector: str | None
) -> list[RowMapping]:
    """The bag baseline year's accepted reports, read only when there are bag reports to compare."""
    if year == ref.bag_baseline_year or not any(r["form"] == "bags" for r in reports):
        return []
    return _accepted(storage, ref.bag_baseline_year, province, sector)


def indicators(
    storage: Storage, ref: ReferenceData, year: int, province: str | None = None, sector: str | None = None
) -> dict[str, Any]:
    reports = _accepted(storage, year, province, sector)
    return compute(reports, _baseline(storage, ref, year, reports, province, sector), ref, year, province, sector)


GROUPS = {"province": lambda r: r["province"], "sector": lambda r: (r["sector"] or "")[:3]}


def by_group(
    storage: Storage, ref: ReferenceData, year: int, group: str, province: str | None = None, sector: str | None = None
) -> dict[str, dict[str, Any]]:
    """The indicators of each province (or VSIC division), from one read of the accepted reports."""
    key = GROUPS[group]
    reports = _accepted(storage, year, province, sector)
    baseline = _baseline(storage, ref, year, reports, province, sector)
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
    """Decision 76's indicators over these accepted reports (the bag reduction against the baseline
    year's reports; none given in the baseline year itself: the year is its own baseline)."""
    totals, unreadable = _tally(reports, ref, year)
    result: dict[str, Any] = {
        "year": year,
        "province": province,
        "sector": sector,
        "organizations": len({r["tax_code"] for r in reports}),
        "reports": len(reports),
        "energy": None,
        "bags": None,
        "waste": None,
        "unreadable": unreadable,
        "repeated_records": totals.repeated,
    }
    if totals.energy:
        energy = energy_totals(totals.energy, year, ref)
        result["energy"] = {
            "toe_total": energy.toe_total,
            "toe_by_fuel": energy.toe_by_fuel,
            "co2_scope2_t": energy.co2_scope2_t,
            "organizations": len(totals.energy_orgs),
        }
    if totals.bag_reports:
        current = totals.bags
        baseline = totals if year == ref.bag_baseline_year else _tally(baseline_reports, ref, ref.bag_baseline_year)[0]
        result["bags"] = {
            "transactions": current.transactions,
            "nonbio_count": current.nonbio_count,
            "nonbio_per_transaction": current.nonbio_per_transaction,
            "baseline_year": ref.bag_baseline_year,
            "reduction_pct": bag_reduction_pct(current, baseline.bags) if baseline.bag_reports else None,
            "target_pct": {kind: float(pct) for kind, pct in ref.bag_reduction_target_pct.items()},
        }
    if totals.waste:
        result["waste"] = {}
        for stream, routes in sorted(totals.waste.items()):
            recovery = stream_recovery(stream, routes, ref)
            result["waste"][stream] = {
                "generated_t": recovery.generated_t,
                "recovered_t": recovery.recovered_t,
                "recovery_rate_pct": recovery.recovery_rate_pct,
                "target_pct": recovery.target_pct,
            }
    return result
