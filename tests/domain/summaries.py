"""Hand-made summaries for the domain tests: every figure zero or empty unless a test names it."""

from typing import Any

from scp_desktop.domain.summary import (
    BagsSection,
    EnergySection,
    GridFactorUsed,
    OrganizationFacts,
    Summary,
    WasteStream,
    WaterSection,
)


def energy(**figures: Any) -> EnergySection:
    blank: dict[str, Any] = dict(
        toe_total=0.0, toe_by_fuel={}, quantity_by_fuel={}, electricity_mwh=0.0, self_generated_mwh=0.0,
        renewable_share_pct=None, co2_scope1_t=0.0, co2_scope2_t=0.0, co2_biogenic_t=0.0, co2_by_fuel={},
        grid_factor=GridFactorUsed(0.6592, 2023, False), key_energy_user=False, ghg_inventory_required=False,
        facilities=(), toe_per_output_unit={}, co2_per_output_unit={}, baseline_year=None, toe_change_pct=None,
        toe_per_output_change_pct={},
    )  # fmt: skip
    return EnergySection(**{**blank, **figures})


def water(total_m3: float, **figures: Any) -> WaterSection:
    blank: dict[str, Any] = dict(productivity={}, intensity={}, baseline_year=None, intensity_change_pct={})
    return WaterSection(total_m3=total_m3, **{**blank, **figures})


def bags(**figures: Any) -> BagsSection:
    blank: dict[str, Any] = dict(
        baseline_year=2010, baseline_is_national=True, days=0, transactions=0, nonbio_count=0, nonbio_kg=0.0,
        bio_count=0, bio_kg=0.0, paper_count=0, paper_kg=0.0, reusable_sold=0, nonbio_per_transaction=None,
        nonbio_kg_per_1000_transactions=None, nonbio_share_pct=None, baseline_days=None,
        baseline_nonbio_count=None, baseline_nonbio_kg=None, baseline_nonbio_per_transaction=None,
        count_reduction=None, kg_reduction=None, count_reduction_pct=None, kg_reduction_pct=None,
        reduction_pct=None, target_pct=65.0, gap_pct=None,
    )  # fmt: skip
    return BagsSection(**{**blank, **figures})


def stream(generated_t: float, recovered_t: float, **figures: Any) -> WasteStream:
    blank: dict[str, Any] = dict(
        recovery_rate_pct=100 * recovered_t / generated_t, collection_rate_pct=None, target_pct=None,
        by_route_t={}, target_rate_pct=None, target_routes=(), gap_pct=None,
    )  # fmt: skip
    return WasteStream(generated_t=generated_t, recovered_t=recovered_t, **{**blank, **figures})


def summary(year: int = 2025, waste: dict[str, WasteStream] | None = None, **sections: Any) -> Summary:
    """A manufacturer's summary of `year` with the sections given (the others None); the waste total
    added up from the streams by hand in each test that reads it."""
    blank: dict[str, Any] = dict(
        energy=None, production=None, water=None, materials=None, bags=None, waste_total=None,
        cleaner_production=None,
    )  # fmt: skip
    organization = OrganizationFacts("0300588569", "Thử", "manufacturer", "79", "Hồ Chí Minh", "C13")
    return Summary(organization, None, year, {}, waste=waste, **{**blank, **sections})
