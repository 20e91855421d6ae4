"""Energy: TOE conversion (MOIT 3505/BCT-KHCN), Scope 1 and Scope 2 CO₂, and the duties judged per
facility: key energy user (Decree 21/2011 Art. 6) and GHG inventory (Decree 06/2022, amended by 119/2025).

Scope 1 CO₂ = energy burnt × emission factor, the energy being the TOE of MOIT's table × 41.868 GJ/TOE, so
that a report's TOE and CO₂ come from the same quantity; biomass CO₂ is biogenic and reported apart.
Scope 2 CO₂ = purchased electricity × the year's grid factor; self-generated renewable electricity has none.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Figure, Listing, Msg
from scp_desktop.domain.reference import ReferenceData

UNKNOWN_FUEL = QT_TRANSLATE_NOOP("Energy", "Unknown fuel “{fuel}”. Known fuels: {known}.")
UNKNOWN_UNIT = QT_TRANSLATE_NOOP("Energy", "Unknown unit “{unit}”. Known units: {known}.")
WRONG_UNIT = QT_TRANSLATE_NOOP("Energy", "{fuel} cannot be measured in {unit}; use one of: {allowed}.")
NCV_REQUIRED = QT_TRANSLATE_NOOP("Energy", "Biomass needs its net calorific value (GJ/t) to convert to TOE.")
NCV_IMPLAUSIBLE = QT_TRANSLATE_NOOP("Energy", "A net calorific value of {ncv} GJ/t is outside 1–45 GJ/t for biomass.")


@dataclass(frozen=True)
class EnergyLine:
    fuel: str
    quantity: float
    unit: str
    ncv_gj_per_t: float | None = None


def allowed_units(fuel: str, ref: ReferenceData) -> list[str]:
    spec = ref.fuels[fuel]
    return [code for code, unit in ref.units.items() if spec.accepts(unit)]


def default_unit(fuel: str, ref: ReferenceData) -> str:
    """The unit a fuel is usually recorded in (preselected in the form), else its first allowed one."""
    return ref.default_units.get(fuel) or allowed_units(fuel, ref)[0]


def check_fuel_unit(fuel: str, unit: str, ref: ReferenceData) -> None:
    if fuel not in ref.fuels:
        raise DomainError(UNKNOWN_FUEL(fuel=fuel, known=ref.fuel_list.names()), "fuel")
    if unit not in ref.units:
        raise DomainError(UNKNOWN_UNIT(unit=unit, known=ref.unit_list.names()), "unit")
    if not ref.fuels[fuel].accepts(ref.units[unit]):
        allowed = Listing(tuple(ref.unit_list[code].name for code in allowed_units(fuel, ref)))
        raise DomainError(
            WRONG_UNIT(fuel=ref.fuel_list[fuel].name, unit=ref.unit_list[unit].name, allowed=allowed), "unit"
        )


def toe(line: EnergyLine, ref: ReferenceData) -> float:
    """Tonnes of oil equivalent: quantity in the factor's base unit × factor."""
    check_fuel_unit(line.fuel, line.unit, ref)
    unit = ref.units[line.unit]
    base_quantity = line.quantity * unit.to_base
    if ref.fuels[line.fuel].requires_ncv:
        if line.ncv_gj_per_t is None or line.ncv_gj_per_t <= 0:
            raise DomainError(NCV_REQUIRED, "ncv_gj_per_t")
        return base_quantity * line.ncv_gj_per_t / ref.gj_per_toe
    factor = ref.fuels[line.fuel].toe_per_base_unit[unit.base]
    assert factor is not None  # only fuels that require an NCV lack a factor
    return base_quantity * factor


def electricity_kwh(line: EnergyLine, ref: ReferenceData) -> float:
    """Electricity bought from the grid (the Scope 2 quantity); 0 for any other line."""
    if not ref.fuels[line.fuel].purchased_electricity:
        return 0.0
    return line.quantity * ref.units[line.unit].to_base


def combustion_co2_t(fuel: str, toe_burnt: float, ref: ReferenceData) -> float:
    """CO₂ (t) from burning `toe_burnt` TOE of a fuel: TOE × 41.868 GJ/TOE × kg CO₂/TJ ÷ 10⁶; 0 for none."""
    factor = ref.fuels[fuel].co2_kg_per_tj
    return 0.0 if factor is None else toe_burnt * ref.gj_per_toe * factor / 1e6


@dataclass(frozen=True)
class GridFactor:
    t_co2_per_mwh: float
    year_used: int
    provisional: bool  # the requested year has no published factor


def grid_factor(year: int, ref: ReferenceData) -> GridFactor:
    if year in ref.grid_factors:
        return GridFactor(ref.grid_factors[year], year, False)
    nearest = max(ref.grid_factors) if year > max(ref.grid_factors) else min(ref.grid_factors)
    return GridFactor(ref.grid_factors[nearest], nearest, True)


def scope2_co2_t(kwh: float, year: int, ref: ReferenceData) -> float:
    return kwh / 1000.0 * grid_factor(year, ref).t_co2_per_mwh


def key_user_threshold_toe(facility_kind: str, ref: ReferenceData) -> float:
    return ref.key_user_threshold_toe.get(facility_kind, ref.key_user_threshold_toe["other"])


def is_key_energy_user(annual_toe: float, facility_kind: str, ref: ReferenceData) -> bool:
    return annual_toe >= key_user_threshold_toe(facility_kind, ref)


GHG_BY_EMISSIONS = QT_TRANSLATE_NOOP("Energy", "emits {co2e} t CO₂ (Scope 1 + 2), at least {threshold} t")
GHG_BY_ENERGY = QT_TRANSLATE_NOOP(
    "Energy", "uses {toe} TOE, at least the {threshold} TOE of an industrial facility or commercial building"
)


def ghg_inventory_reasons(annual_toe: float, annual_t_co2e: float, facility_kind: str, ref: ReferenceData) -> list[Msg]:
    """Why one facility meets the GHG-inventory criteria of Decree 06/2022 (none: it does not).

    Any facility emitting at least 3,000 t CO₂e; an industrial facility or commercial building using at
    least 1,000 TOE. Judged per facility, never on an organization's total.
    """
    reasons = []
    if annual_t_co2e >= ref.ghg_threshold_t_co2e:
        reasons.append(GHG_BY_EMISSIONS(co2e=Figure(annual_t_co2e, 0), threshold=Figure(ref.ghg_threshold_t_co2e, 0)))
    threshold = ref.ghg_threshold_toe.get(facility_kind)
    if threshold is not None and annual_toe >= threshold:
        reasons.append(GHG_BY_ENERGY(toe=Figure(annual_toe, 0), threshold=Figure(threshold, 0)))
    return reasons


@dataclass(frozen=True)
class EnergyTotals:
    toe_total: float
    toe_by_fuel: dict[str, float]
    electricity_kwh: float  # bought from the grid
    co2_scope2_t: float
    grid: GridFactor
    quantity_by_fuel: dict[str, dict[str, float]] = field(default_factory=dict)
    co2_scope1_t: float = 0.0  # fossil fuels burnt
    co2_biogenic_t: float = 0.0  # biomass burnt: reported apart, not in Scope 1
    co2_by_fuel: dict[str, float] = field(default_factory=dict)  # Scope 1 (or biogenic) CO₂ per fuel
    renewable_toe: float = 0.0

    @property
    def co2e_scope1_2_t(self) -> float:
        """Scope 1 + Scope 2, the emissions the 3,000 t test of Decree 06/2022 counts (CO₂ only here)."""
        return self.co2_scope1_t + self.co2_scope2_t

    @property
    def renewable_share_pct(self) -> float | None:
        return 100.0 * self.renewable_toe / self.toe_total if self.toe_total else None


def energy_totals(lines: Iterable[EnergyLine], year: int, ref: ReferenceData) -> EnergyTotals:
    by_fuel: dict[str, float] = {}
    quantities: dict[str, dict[str, float]] = {}
    kwh = 0.0
    for line in lines:
        by_fuel[line.fuel] = by_fuel.get(line.fuel, 0.0) + toe(line, ref)
        per_unit = quantities.setdefault(line.fuel, {})
        per_unit[line.unit] = per_unit.get(line.unit, 0.0) + line.quantity
        kwh += electricity_kwh(line, ref)
    co2 = {fuel: combustion_co2_t(fuel, value, ref) for fuel, value in by_fuel.items()}
    return EnergyTotals(
        toe_total=sum(by_fuel.values()),
        toe_by_fuel=by_fuel,
        electricity_kwh=kwh,
        co2_scope2_t=scope2_co2_t(kwh, year, ref),
        grid=grid_factor(year, ref),
        quantity_by_fuel=quantities,
        co2_scope1_t=sum(t for fuel, t in co2.items() if not ref.fuels[fuel].biogenic),
        co2_biogenic_t=sum(t for fuel, t in co2.items() if ref.fuels[fuel].biogenic),
        co2_by_fuel={fuel: t for fuel, t in co2.items() if t},
        renewable_toe=sum(value for fuel, value in by_fuel.items() if ref.fuels[fuel].renewable),
    )
