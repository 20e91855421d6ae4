"""An organization's indicators for one year: the `summary` command and the dashboard.

The sections are domain.summary's dataclasses; a section without data for the year is None.
"""

from __future__ import annotations

from typing import Any, TypeVar

from scp_desktop.domain.bags import bag_reduction_pct, bag_target_pct
from scp_desktop.domain.economics import simple_payback_years
from scp_desktop.domain.energy import energy_totals, ghg_inventory_reasons, is_key_energy_user, key_user_threshold_toe
from scp_desktop.domain.indicators import gap_to_target, pct_change, ratio
from scp_desktop.domain.indicators import reduction_pct as pct_reduction
from scp_desktop.domain.organizations import Organization
from scp_desktop.domain.summary import (
    BagsSection,
    CleanerProduction,
    EnergySection,
    FacilityEnergy,
    GridFactorUsed,
    MaterialsSection,
    OrganizationFacts,
    PerUnit,
    Summary,
    WasteStream,
    WasteTotal,
    WaterSection,
)
from scp_desktop.domain.waste import stream_recovery
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.records import FacilityKey

Resource = TypeVar("Resource", WaterSection, MaterialsSection)


def _baseline_year(ws: Workspace, org: Organization, indicator: str, table: str) -> int | None:
    """The organization's chosen baseline, else its first year with data."""
    assert org.id is not None
    chosen = ws.organizations.baseline(org.id, indicator)
    return chosen if chosen is not None else ws.records.first_year(table, org.id)


def _per_unit(value: float | None, output: dict[str, float]) -> dict[str, float | None]:
    return {unit: ratio(value, qty) if value is not None else None for unit, qty in output.items()}


def _change_per_unit(current: PerUnit, base: PerUnit) -> dict[str, float | None]:
    return {unit: pct_change(value, base.get(unit)) for unit, value in current.items()}


def _facility_energy(key: FacilityKey, lines: list[Any], year: int, ws: Workspace) -> FacilityEnergy:
    """One facility's energy and the duties judged on it alone: key energy user, GHG inventory."""
    totals = energy_totals(lines, year, ws.ref)
    co2e = totals.co2e_scope1_2_t
    reasons = ghg_inventory_reasons(totals.toe_total, co2e, key.kind, ws.ref)
    by_toe = key.kind in ws.ref.ghg_threshold_toe and totals.toe_total >= ws.ref.ghg_threshold_toe[key.kind]
    return FacilityEnergy(
        code=key.code,
        name=key.name,
        kind=key.kind,
        toe_total=totals.toe_total,
        toe_by_fuel=totals.toe_by_fuel,
        threshold_toe=key_user_threshold_toe(key.kind, ws.ref),
        key_energy_user=is_key_energy_user(totals.toe_total, key.kind, ws.ref),
        co2_scope1_t=totals.co2_scope1_t,
        co2_scope2_t=totals.co2_scope2_t,
        co2_biogenic_t=totals.co2_biogenic_t,
        ghg_threshold_toe=ws.ref.ghg_threshold_toe.get(key.kind),
        ghg_inventory_required=bool(reasons),
        ghg_criteria_met=tuple(
            name for name, met in (("t_co2e", co2e >= ws.ref.ghg_threshold_t_co2e), ("toe", by_toe)) if met
        ),
    )


def energy_section(ws: Workspace, org: Organization, year: int, facility_id: int | None = None) -> EnergySection | None:
    assert org.id is not None
    by_facility = ws.records.energy_by_facility(org.id, year, facility_id)
    if not by_facility:
        return None
    all_lines = [line for lines in by_facility.values() for line in lines]
    totals = energy_totals(all_lines, year, ws.ref)
    facilities = tuple(_facility_energy(key, lines, year, ws) for key, lines in sorted(by_facility.items()))
    output = ws.records.production_by_unit(org.id, year, facility_id)
    self_generated = sum(
        line.quantity * ws.ref.units[line.unit].to_base for line in all_lines if line.fuel == "self_generated"
    )
    toe_per_output = _per_unit(totals.toe_total, output)
    base_year = _baseline_year(ws, org, "energy", "energy_use")
    toe_change: float | None = None
    toe_per_output_change: dict[str, float | None] = {}
    if base_year is not None and base_year != year:
        base_by_facility = ws.records.energy_by_facility(org.id, base_year, facility_id)
        base_lines = [line for lines in base_by_facility.values() for line in lines]
        if base_lines:
            base_toe = energy_totals(base_lines, base_year, ws.ref).toe_total
            toe_change = pct_change(totals.toe_total, base_toe)
            base_output = ws.records.production_by_unit(org.id, base_year, facility_id)
            toe_per_output_change = _change_per_unit(toe_per_output, _per_unit(base_toe, base_output))
    return EnergySection(
        toe_total=totals.toe_total,
        toe_by_fuel=totals.toe_by_fuel,
        quantity_by_fuel=totals.quantity_by_fuel,
        electricity_mwh=totals.electricity_kwh / 1000.0,
        self_generated_mwh=self_generated / 1000.0,
        renewable_share_pct=totals.renewable_share_pct,
        co2_scope1_t=totals.co2_scope1_t,
        co2_scope2_t=totals.co2_scope2_t,
        co2_biogenic_t=totals.co2_biogenic_t,
        co2_by_fuel=totals.co2_by_fuel,
        grid_factor=GridFactorUsed(totals.grid.t_co2_per_mwh, totals.grid.year_used, totals.grid.provisional),
        key_energy_user=any(f.key_energy_user for f in facilities),
        ghg_inventory_required=any(f.ghg_inventory_required for f in facilities),
        facilities=facilities,
        toe_per_output_unit=toe_per_output,
        co2_per_output_unit=_per_unit(totals.co2e_scope1_2_t, output),
        baseline_year=base_year,
        toe_change_pct=toe_change,
        toe_per_output_change_pct=toe_per_output_change,
    )


def bags_section(ws: Workspace, org: Organization, year: int, facility_id: int | None = None) -> BagsSection | None:
    assert org.id is not None
    current = ws.records.bag_totals(org.id, year, facility_id)
    if current is None:
        return None
    chosen = ws.organizations.baseline(org.id, "bags")
    base_year = chosen if chosen is not None else ws.ref.bag_baseline_year
    baseline = ws.records.bag_totals(org.id, base_year, facility_id)
    reduction = bag_reduction_pct(current, baseline) if baseline else None
    target = bag_target_pct(org.kind, ws.ref)
    return BagsSection(
        baseline_year=base_year,
        baseline_is_national=base_year == ws.ref.bag_baseline_year,  # Decision 582 measures against 2010
        days=current.days,
        transactions=current.transactions,
        nonbio_count=current.nonbio_count,
        nonbio_kg=current.nonbio_kg,
        bio_count=current.bio_count,
        bio_kg=current.bio_kg,
        paper_count=current.paper_count,
        paper_kg=current.paper_kg,
        reusable_sold=current.reusable_sold,
        nonbio_per_transaction=current.nonbio_per_transaction,
        nonbio_kg_per_1000_transactions=current.nonbio_kg_per_1000_transactions,
        nonbio_share_pct=current.nonbio_share_pct,
        baseline_days=baseline.days if baseline else None,
        baseline_nonbio_count=baseline.nonbio_count if baseline else None,
        baseline_nonbio_kg=baseline.nonbio_kg if baseline else None,
        baseline_nonbio_per_transaction=baseline.nonbio_per_transaction if baseline else None,
        count_reduction=baseline.nonbio_count - current.nonbio_count if baseline else None,
        kg_reduction=baseline.nonbio_kg - current.nonbio_kg if baseline else None,
        count_reduction_pct=pct_reduction(current.nonbio_count, baseline.nonbio_count) if baseline else None,
        kg_reduction_pct=pct_reduction(current.nonbio_kg, baseline.nonbio_kg) if baseline else None,
        reduction_pct=reduction,
        target_pct=target,
        gap_pct=gap_to_target(reduction, target),
    )


def _waste_stream(stream: str, routes: dict[str, float], ws: Workspace) -> WasteStream:
    recovery = stream_recovery(stream, routes, ws.ref)
    has_target = recovery.target_pct is not None
    return WasteStream(
        generated_t=recovery.generated_t,
        recovered_t=recovery.recovered_t,
        recovery_rate_pct=recovery.recovery_rate_pct,
        collection_rate_pct=recovery.collection_rate_pct,
        target_pct=recovery.target_pct,
        by_route_t=dict(sorted(routes.items())),
        target_rate_pct=recovery.target_rate_pct if has_target else None,
        target_routes=tuple(sorted(recovery.target_routes)) if has_target else (),
        gap_pct=gap_to_target(recovery.target_rate_pct, recovery.target_pct) if has_target else None,
    )


def waste_section(
    ws: Workspace, org: Organization, year: int, facility_id: int | None = None
) -> dict[str, WasteStream] | None:
    assert org.id is not None
    streams = ws.records.waste_by_stream(org.id, year, facility_id)
    if not streams:
        return None
    return {stream: _waste_stream(stream, routes, ws) for stream, routes in sorted(streams.items())}


def waste_total(section: dict[str, WasteStream] | None) -> WasteTotal | None:
    """Every stream together: generated, recovered on every recovery route, and that rate."""
    if not section:
        return None
    generated = sum(s.generated_t for s in section.values())
    recovered = sum(s.recovered_t for s in section.values())
    rate = ratio(recovered, generated)
    return WasteTotal(generated, recovered, None if rate is None else 100 * rate)


def _resource_section(
    ws: Workspace,
    org: Organization,
    year: int,
    indicator: str,
    table: str,
    column: str,
    section: type[Resource],
    facility_id: int | None = None,
) -> Resource | None:
    """Water or materials: the total, output per unit of input, input per unit of output and its change."""
    assert org.id is not None
    total = ws.records.total(table, column, org.id, year, facility_id)
    if total is None:
        return None
    output = ws.records.production_by_unit(org.id, year, facility_id)
    intensity = _per_unit(total, output)
    base_year = _baseline_year(ws, org, indicator, table)
    change: dict[str, float | None] = {}
    if base_year is not None and base_year != year:
        base_total = ws.records.total(table, column, org.id, base_year, facility_id)
        if base_total is not None:
            base_output = ws.records.production_by_unit(org.id, base_year, facility_id)
            change = _change_per_unit(intensity, _per_unit(base_total, base_output))
    productivity = {u: ratio(q, total) for u, q in output.items()}
    return section(total, productivity, intensity, base_year, change)


def cp_section(ws: Workspace, org: Organization, facility_id: int | None = None) -> CleanerProduction | None:
    assert org.id is not None
    options = ws.records.cp_options(org.id, facility_id)
    if not options:
        return None
    implemented = [o for o in options if o["status"] == "implemented"]
    investment = sum(o["investment_vnd"] for o in implemented)
    savings = sum(o["annual_savings_vnd"] for o in implemented)
    return CleanerProduction(
        options=len(options),
        implemented=len(implemented),
        implemented_investment_vnd=investment,
        implemented_annual_savings_vnd=savings,
        implemented_payback_years=simple_payback_years(investment, savings),
        by_status={s: sum(o["status"] == s for o in options) for s in ws.ref.cp_statuses},
    )


def summary(ws: Workspace, tax_code: str, year: int, facility: str | None = None) -> Summary:
    """The organization's indicators for a year; with a facility code, that facility's alone."""
    org = ws.organization(tax_code)
    facility_id = ws.facility_id(org, facility) if facility else None
    province = ws.ref.provinces.get(org.province_code)
    output = ws.records.production_by_unit(org.id or 0, year, facility_id)
    waste = waste_section(ws, org, year, facility_id)
    return Summary(
        organization=OrganizationFacts(
            tax_code=org.tax_code,
            name=org.name,
            kind=org.kind,
            province_code=org.province_code,
            province=province.name if province else None,
            sector=org.sector,
        ),
        facility=facility,
        year=year,
        reference_versions=ws.ref.versions,
        energy=energy_section(ws, org, year, facility_id),
        production=output or None,
        water=_resource_section(ws, org, year, "water", "water_use", "quantity_m3", WaterSection, facility_id),
        materials=_resource_section(
            ws, org, year, "materials", "material_use", "quantity_t", MaterialsSection, facility_id
        ),
        bags=bags_section(ws, org, year, facility_id),
        waste=waste,
        waste_total=waste_total(waste),
        cleaner_production=cp_section(ws, org, facility_id),
    )
