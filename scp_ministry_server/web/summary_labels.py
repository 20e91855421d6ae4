"""What an automatic answer was read from, in the reviewer's words: a criterion's `auto` path
(`bags.reduction_pct`) and the figures sent beside it (the scalar fields of the summary section the
path points into, scp_desktop.services.assessments._figures) named with their units.

The table follows the desktop's summary sections (scp_desktop.domain.summary), whose field names are the
summary JSON's keys (interfaces.md); the Vietnamese is the desktop's own for the same notions. A key or
path this table does not know (a newer desktop, a newer criteria set) gets no label: the page then shows
it raw, as sent."""

from __future__ import annotations

from collections.abc import Mapping

from scp_desktop.domain.reference import Labelled
from scp_desktop.domain.summary import (
    BagsSection,
    CleanerProduction,
    EnergySection,
    MaterialsSection,
    WasteStream,
    WasteTotal,
    WaterSection,
)
from scp_ministry_server.web.i18n import N_, Texts

BASELINE_YEAR = N_("Baseline year")

# Per section, its fields in declaration order (the order the figures are listed in). Fields that are
# lists or nested sections are never sent as figures and have no entry; per-unit maps do, since a
# criterion may be answered from one (the first output unit's figure).
FIGURE_LABELS: dict[type, dict[str, str]] = {
    EnergySection: {
        "toe_total": N_("Energy used (TOE)"),
        "electricity_mwh": N_("Electricity bought from the grid (MWh)"),
        "self_generated_mwh": N_("Self-generated renewable electricity used (MWh)"),
        "renewable_share_pct": N_("Renewable share of the energy used (%)"),
        "co2_scope1_t": N_("Scope 1 emissions (t CO₂)"),
        "co2_scope2_t": N_("Scope 2 emissions (t CO₂)"),
        "co2_biogenic_t": N_("Biogenic CO₂ from biomass (t CO₂)"),
        "key_energy_user": N_("Key energy user (Decree 21/2011)"),
        "ghg_inventory_required": N_("GHG inventory required (Decree 06/2022)"),
        "toe_per_output_unit": N_("Energy used per unit of output (TOE per unit)"),
        "co2_per_output_unit": N_("CO₂, Scope 1 + 2, per unit of output (t CO₂ per unit)"),
        "baseline_year": BASELINE_YEAR,
        "toe_change_pct": N_("Change in energy used against the baseline year (%)"),
        "toe_per_output_change_pct": N_("Change in energy used per unit of output against the baseline year (%)"),
    },
    WaterSection: {
        "total_m3": N_("Water used (m³)"),
        "productivity": N_("Output per m³ of water"),
        "intensity": N_("Water used per unit of output (m³ per unit)"),
        "baseline_year": BASELINE_YEAR,
        "intensity_change_pct": N_("Change in water used per unit of output against the baseline year (%)"),
    },
    MaterialsSection: {
        "total_t": N_("Materials used (t)"),
        "productivity": N_("Output per tonne of materials"),
        "intensity": N_("Materials used per unit of output (t per unit)"),
        "baseline_year": BASELINE_YEAR,
        "intensity_change_pct": N_("Change in materials used per unit of output against the baseline year (%)"),
    },
    BagsSection: {
        "baseline_year": BASELINE_YEAR,
        "baseline_is_national": N_("The baseline is the national one (2010)"),
        "days": N_("Store-days recorded"),
        "transactions": N_("Transactions (count)"),
        "nonbio_count": N_("Non-biodegradable bags (count)"),
        "nonbio_kg": N_("Non-biodegradable bags (kg)"),
        "bio_count": N_("Biodegradable bags (count)"),
        "bio_kg": N_("Biodegradable bags (kg)"),
        "paper_count": N_("Paper bags (count)"),
        "paper_kg": N_("Paper bags (kg)"),
        "reusable_sold": N_("Reusable bags sold (count)"),
        "nonbio_per_transaction": N_("Non-biodegradable bags per transaction"),
        "nonbio_kg_per_1000_transactions": N_("Non-biodegradable bags (kg per 1,000 transactions)"),
        "nonbio_share_pct": N_("Share of non-biodegradable bags among the bags handed out (%)"),
        "baseline_days": N_("Store-days recorded in the baseline year"),
        "baseline_nonbio_count": N_("Non-biodegradable bags in the baseline year (count)"),
        "baseline_nonbio_kg": N_("Non-biodegradable bags in the baseline year (kg)"),
        "baseline_nonbio_per_transaction": N_("Non-biodegradable bags per transaction in the baseline year"),
        "count_reduction": N_("Fewer non-biodegradable bags than in the baseline year (count)"),
        "kg_reduction": N_("Fewer non-biodegradable bags than in the baseline year (kg)"),
        "count_reduction_pct": N_("Reduction of the number of non-biodegradable bags against the baseline (%)"),
        "kg_reduction_pct": N_("Reduction of the weight of non-biodegradable bags against the baseline (%)"),
        "reduction_pct": N_("Reduction of non-biodegradable bags per transaction against the baseline (%)"),
        "target_pct": N_("National reduction target (%)"),
        "gap_pct": N_("Still missing to reach the reduction target (percentage points)"),
    },
    WasteStream: {
        "generated_t": N_("Waste generated (t)"),
        "recovered_t": N_("Waste recovered (t)"),
        "recovery_rate_pct": N_("Recovery rate, every route (%)"),
        "collection_rate_pct": N_("Collection rate (%)"),
        "target_pct": N_("National recovery target (%)"),
        "target_rate_pct": N_("Rate as the target counts it (%)"),
        "gap_pct": N_("Still missing to reach the recovery target (percentage points)"),
    },
    WasteTotal: {
        "generated_t": N_("All waste generated (t)"),
        "recovered_t": N_("All waste recovered (t)"),
        "recovery_rate_pct": N_("Recovery rate of all waste, every route (%)"),
    },
    CleanerProduction: {
        "options": N_("Cleaner-production options (count)"),
        "implemented": N_("Options implemented (count)"),
        "implemented_investment_vnd": N_("Investment in the options implemented (VND)"),
        "implemented_annual_savings_vnd": N_("Annual savings of the options implemented (VND)"),
        "implemented_payback_years": N_("Payback of the options implemented (years)"),
    },
}

# The summary's top-level keys of the sections above; "waste" holds one WasteStream per stream code.
SECTIONS: dict[str, type] = {
    "energy": EnergySection,
    "water": WaterSection,
    "materials": MaterialsSection,
    "bags": BagsSection,
    "waste_total": WasteTotal,
    "cleaner_production": CleanerProduction,
}

# `<section>.recorded`: answered "yes" when the year has that section's data (domain.assessment.auto_value).
RECORDED: dict[str, str] = {
    "energy": N_("The year has energy records"),
    "water": N_("The year has water records"),
    "materials": N_("The year has materials records"),
    "bags": N_("The year has bag records"),
    "waste": N_("The year has waste records"),
    "cleaner_production": N_("The year has cleaner-production options"),
}


def _figure_section(path: str) -> tuple[type | None, str | None]:
    """The section whose fields are the figures of `path` (its parent), and the waste stream it names."""
    parts = path.split(".")
    if parts[0] == "waste" and len(parts) == 3:
        return WasteStream, parts[1]
    return (SECTIONS.get(parts[0]), None) if len(parts) == 2 else (None, None)


def figure_labels(path: str) -> Mapping[str, str]:
    """The untranslated labels of the figures beside `path`, in the section's order; empty when unknown."""
    section, _stream = _figure_section(path)
    return FIGURE_LABELS.get(section, {}) if section else {}


def path_label(path: str, t: Texts, streams: Mapping[str, Labelled]) -> str:
    """`Reduction of non-biodegradable bags per transaction against the baseline (%)` for
    `bags.reduction_pct`, with the stream's name for a waste stream's figure; "" for a path not known here."""
    parent, _, field = path.rpartition(".")
    if field == "recorded":
        return t.gettext(RECORDED[parent]) if parent in RECORDED else ""
    label = figure_labels(path).get(field)
    if label is None:
        return ""
    _section, stream = _figure_section(path)
    if stream is None:
        return t.gettext(label)
    name = streams[stream].label(t.language) if stream in streams else stream
    return t.gettext("%(figure)s — %(stream)s", figure=t.gettext(label), stream=name)
