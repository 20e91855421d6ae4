"""The overview's cards from a real summary of the demo, in both languages' number formats."""

from __future__ import annotations

import datetime as dt

from scp_desktop.catalog import translator
from scp_desktop.presenters.overview import bag_cards, energy_cards
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.summary import summary
from scp_desktop.services.workspace import Workspace

VI, EN = translator("vi"), translator("en")
CHAIN, STEEL = "0100234562", "0201612789"


def _detail(card, translate) -> str:
    return " · ".join(part.render(translate) for part in card.detail)


def test_energy_cards_say_the_key_users_and_the_co2_basis(tmp_path) -> None:
    with Workspace.open(tmp_path / "ws.sqlite") as ws:
        fill_demo(ws, today=dt.date(2026, 11, 24))
        data = summary(ws, STEEL, 2025)
    energy, co2 = energy_cards(data.energy, "vi")
    toe = data.energy.toe_total
    assert energy.value == f"{round(toe):,} TOE".replace(",", ".")
    assert _detail(energy, VI).startswith("Cơ sở trọng điểm: LT01")
    total = data.energy.co2_scope1_t + data.energy.co2_scope2_t
    assert co2.value[0] == f"{round(total):,}".replace(",", ".") and co2.value[1].render(VI) == "tấn"
    assert "LT01" in _detail(co2, EN) and "Scope 1" in _detail(co2, EN)


def test_bag_cards_measure_the_reduction_against_its_target(tmp_path) -> None:
    with Workspace.open(tmp_path / "ws.sqlite") as ws:
        fill_demo(ws, today=dt.date(2026, 11, 24))
        data = summary(ws, CHAIN, 2025)
    per, reduction = bag_cards(data.bags, "en")
    assert per.value == f"{data.bags.nonbio_per_transaction:,.2f}"
    bags = data.bags
    assert reduction.progress == 100 * bags.reduction_pct / bags.target_pct
    assert "target 65 % by the national program · baseline 2010" in _detail(reduction, EN)
    assert energy_cards(None, "vi")[0].value == "—" and bag_cards(None, "vi")[1].value == "—"
