"""The overview's headline cards, without Qt: from a year's summary, what each card says (caption,
figure, detail and progress towards a target), in the user's number format. The page shows them."""

from __future__ import annotations

from dataclasses import dataclass

from scp_desktop.domain.field_labels import TONNES
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from scp_desktop.domain.numbers import format_number
from scp_desktop.domain.summary import BagsSection, EnergySection

ENERGY = QT_TRANSLATE_NOOP("Overview", "Energy")
NO_ENERGY = QT_TRANSLATE_NOOP("Overview", "No energy data")
CO2 = QT_TRANSLATE_NOOP("Overview", "CO₂ (Scope 1 + 2)")
KEY_USERS = QT_TRANSLATE_NOOP("Overview", "Key energy user: {facilities}")
NO_KEY_USER = QT_TRANSLATE_NOOP("Overview", "No facility reaches the key-user threshold")
CHANGE = QT_TRANSLATE_NOOP("Overview", "{change} % vs {year}")
SCOPES = QT_TRANSLATE_NOOP("Overview", "Scope 1 {scope1} t · Scope 2 {scope2} t (grid factor {factor} of {year})")
LATEST = QT_TRANSLATE_NOOP("Overview", "{scopes} (latest published)")
INVENTORY = QT_TRANSLATE_NOOP("Overview", "GHG inventory: {facilities}")
NO_INVENTORY = QT_TRANSLATE_NOOP("Overview", "no facility meets the GHG-inventory criteria")
BAGS = QT_TRANSLATE_NOOP("Overview", "Plastic bags")
NO_BAGS = QT_TRANSLATE_NOOP("Overview", "No bag data")
PER_TRANSACTION = QT_TRANSLATE_NOOP("Overview", "non-biodegradable bags per transaction")
REDUCTION = QT_TRANSLATE_NOOP("Overview", "Reduction vs baseline")
NO_BASELINE = QT_TRANSLATE_NOOP("Overview", "No data for the baseline year {year}")
TARGET = QT_TRANSLATE_NOOP("Overview", "target {target} % by the national program · baseline {year}")


@dataclass(frozen=True)
class CardView:
    caption: Msg
    value: str | tuple[str, Msg]  # a figure, or a figure and its unit's word (tấn, t)
    detail: tuple[Msg, ...] = ()  # shown joined by " · "
    progress: float | None = None  # percent of the way to the target


def energy_cards(energy: EnergySection | None, language: str) -> tuple[CardView, CardView]:
    """Energy in TOE with the key-energy-user facilities, and CO₂ (Scope 1 + 2) with its basis."""
    if energy is None:
        return CardView(ENERGY, "—", (NO_ENERGY,)), CardView(CO2, "—")
    key_users = ", ".join(f.code for f in energy.facilities if f.key_energy_user)
    inventories = ", ".join(f.code for f in energy.facilities if f.ghg_inventory_required)
    detail = [KEY_USERS(facilities=key_users) if key_users else NO_KEY_USER]
    if energy.toe_change_pct is not None:
        change = format_number(energy.toe_change_pct, language, 1)
        detail.append(CHANGE(change=change, year=energy.baseline_year))
    grid = energy.grid_factor
    scopes = SCOPES(
        scope1=format_number(energy.co2_scope1_t, language, 0),
        scope2=format_number(energy.co2_scope2_t, language, 0),
        factor=format_number(grid.t_co2_per_mwh, language, 4),
        year=grid.year,
    )
    notes = [LATEST(scopes=scopes) if grid.provisional else scopes]
    notes.append(INVENTORY(facilities=inventories) if inventories else NO_INVENTORY)
    total = format_number(energy.co2_scope1_2_t, language, 0)
    return (
        CardView(ENERGY, f"{format_number(energy.toe_total, language, 0)} TOE", tuple(detail)),
        CardView(CO2, (total, TONNES), tuple(notes)),
    )


def bag_cards(bags: BagsSection | None, language: str) -> tuple[CardView, CardView]:
    """Non-biodegradable bags per transaction, and the reduction against the baseline with its target."""
    if bags is None:
        return CardView(BAGS, "—", (NO_BAGS,)), CardView(REDUCTION, "—")
    per = CardView(BAGS, format_number(bags.nonbio_per_transaction, language, 2), (PER_TRANSACTION,))
    reduction, target = bags.reduction_pct, bags.target_pct
    if reduction is None:
        return per, CardView(REDUCTION, "—", (NO_BASELINE(year=bags.baseline_year),))
    detail = TARGET(target=format_number(target, language, 0), year=bags.baseline_year)
    progress = 100 * reduction / target if target else None
    return per, CardView(REDUCTION, f"{format_number(reduction, language, 1)} %", (detail,), progress)
