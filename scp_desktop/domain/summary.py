"""An organization's (or a facility's) indicators for one year, as typed sections (built by services.summary).

The sections are read by attribute everywhere; `as_dict()` turns them into the JSON of the `summary`
command, whose keys ../shared/docs/interfaces.md documents, and is used only where JSON leaves the app
(the CLI, report hashes, the figures sent beside an assessment's automatic answers). The fields are
named as those keys, so a criteria path written against the JSON reads the same here. A section without
data for the year is None. Per-unit maps (output unit → figure) and the waste streams stay mappings.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, is_dataclass
from typing import Any

PerUnit = Mapping[str, float | None]  # output unit ("t", "m2") → figure


def plain(value: Any) -> Any:
    """A section, map or list as JSON-ready dicts and lists, keys in declaration order."""
    if isinstance(value, _Section):
        return value.as_dict()
    if isinstance(value, Mapping):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item) for item in value]
    return value


class _Section:
    """A frozen dataclass whose JSON form is its fields, in order (a subclass may shape it otherwise)."""

    def as_dict(self) -> dict[str, Any]:
        assert is_dataclass(self)
        return {f.name: plain(getattr(self, f.name)) for f in fields(self)}


@dataclass(frozen=True)
class OrganizationFacts(_Section):
    tax_code: str
    name: str
    kind: str
    province_code: str
    province: str | None  # the province's name, None for a code the reference data does not know
    sector: str | None


@dataclass(frozen=True)
class GridFactorUsed(_Section):
    t_co2_per_mwh: float
    year: int
    provisional: bool  # the report year has no published factor: the latest one was used


@dataclass(frozen=True)
class FacilityEnergy(_Section):
    """One facility's energy and the duties judged on it alone (key energy user, GHG inventory)."""

    code: str
    name: str
    kind: str
    toe_total: float
    toe_by_fuel: Mapping[str, float]
    threshold_toe: float
    key_energy_user: bool
    co2_scope1_t: float
    co2_scope2_t: float
    co2_biogenic_t: float
    ghg_threshold_toe: float | None  # None: no TOE criterion for this kind of facility
    ghg_inventory_required: bool
    ghg_criteria_met: Sequence[str]  # "t_co2e", "toe"

    @property
    def co2_scope1_2_t(self) -> float:
        return self.co2_scope1_t + self.co2_scope2_t


@dataclass(frozen=True)
class EnergySection(_Section):
    toe_total: float
    toe_by_fuel: Mapping[str, float]
    quantity_by_fuel: Mapping[str, Mapping[str, float]]  # fuel → unit → quantity
    electricity_mwh: float
    self_generated_mwh: float
    renewable_share_pct: float | None
    co2_scope1_t: float
    co2_scope2_t: float
    co2_biogenic_t: float
    co2_by_fuel: Mapping[str, float]
    grid_factor: GridFactorUsed
    key_energy_user: bool  # any facility is one
    ghg_inventory_required: bool  # any facility must make one
    facilities: Sequence[FacilityEnergy]
    toe_per_output_unit: PerUnit
    co2_per_output_unit: PerUnit
    baseline_year: int | None
    toe_change_pct: float | None
    toe_per_output_change_pct: PerUnit

    @property
    def co2_scope1_2_t(self) -> float:
        return self.co2_scope1_t + self.co2_scope2_t

    def facility(self, code: str) -> FacilityEnergy:
        return next(f for f in self.facilities if f.code == code)


@dataclass(frozen=True)
class WaterSection(_Section):
    total_m3: float
    productivity: PerUnit  # output per m3
    intensity: PerUnit  # m3 per unit of output
    baseline_year: int | None
    intensity_change_pct: PerUnit


@dataclass(frozen=True)
class MaterialsSection(_Section):
    total_t: float
    productivity: PerUnit  # output per tonne of material
    intensity: PerUnit  # tonnes of material per unit of output
    baseline_year: int | None
    intensity_change_pct: PerUnit


@dataclass(frozen=True)
class BagsSection(_Section):
    baseline_year: int
    baseline_is_national: bool  # Decision 582 measures against 2010
    days: int  # store-days: one per store and day recorded
    transactions: int
    nonbio_count: int
    nonbio_kg: float
    bio_count: int
    bio_kg: float
    paper_count: int
    paper_kg: float
    reusable_sold: int
    nonbio_per_transaction: float | None
    nonbio_kg_per_1000_transactions: float | None
    nonbio_share_pct: float | None
    baseline_days: int | None  # the baseline's figures: None without data for the baseline year
    baseline_nonbio_count: int | None
    baseline_nonbio_kg: float | None
    baseline_nonbio_per_transaction: float | None
    count_reduction: int | None
    kg_reduction: float | None
    count_reduction_pct: float | None
    kg_reduction_pct: float | None
    reduction_pct: float | None
    target_pct: float
    gap_pct: float | None


@dataclass(frozen=True)
class WasteStream(_Section):
    generated_t: float
    recovered_t: float
    recovery_rate_pct: float | None
    collection_rate_pct: float | None
    target_pct: float | None  # the national target; None for a stream without one
    by_route_t: Mapping[str, float]
    target_rate_pct: float | None  # counted the way the target counts it; None without a target
    target_routes: Sequence[str]  # the routes the target counts; empty without a target
    gap_pct: float | None

    def as_dict(self) -> dict[str, Any]:
        shaped = super().as_dict()
        if self.target_pct is None:  # interfaces.md: absent for a stream with no national target
            del shaped["target_rate_pct"], shaped["target_routes"]
        return shaped


@dataclass(frozen=True)
class WasteTotal(_Section):
    """Every stream together, recovered on every recovery route."""

    generated_t: float
    recovered_t: float
    recovery_rate_pct: float | None


@dataclass(frozen=True)
class CleanerProduction(_Section):
    options: int
    implemented: int
    implemented_investment_vnd: float
    implemented_annual_savings_vnd: float
    implemented_payback_years: float | None
    by_status: Mapping[str, int]


@dataclass(frozen=True)
class Summary(_Section):
    organization: OrganizationFacts
    facility: str | None  # the facility's code when the summary is of one facility
    year: int
    reference_versions: Mapping[str, str]
    energy: EnergySection | None
    production: Mapping[str, float] | None  # output unit → quantity
    water: WaterSection | None
    materials: MaterialsSection | None
    bags: BagsSection | None
    waste: Mapping[str, WasteStream] | None  # stream code → figures
    waste_total: WasteTotal | None
    cleaner_production: CleanerProduction | None

    def to_json(self) -> str:
        return json.dumps(self.as_dict(), ensure_ascii=False, indent=2)


def follow(summary: Summary, path: str) -> Any:
    """The value at a dotted path such as "bags.reduction_pct" or "waste.plastic.recovery_rate_pct":
    a field of a section per segment, a key of a map (waste streams, output units).

    None when the data is missing (a section without data, a stream not recorded); LookupError when a
    segment names no field, so a misspelt path in a criteria set is found by the tests, not ignored."""
    node: Any = summary
    for part in path.split(".") if path else ():  # "": the summary itself
        if node is None:
            return None
        if isinstance(node, Mapping):
            node = node.get(part)
        elif isinstance(node, _Section) and part in {f.name for f in fields(node)}:
            node = getattr(node, part)
        else:
            raise LookupError(f"{path}: no {part!r} in {type(node).__name__}")
    return node
