"""Duties judged per facility (key energy user, GHG inventory) and figures per facility, on the demo
workspace and on hand-built cases; every expectation worked out from the legal thresholds."""

import datetime as dt

import pytest

from scp_desktop.services.demo import fill_demo
from scp_desktop.services.summary import summary
from scp_desktop.services.workspace import Workspace

CHAIN = "0100234562"
TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def demo(ws: Workspace) -> Workspace:
    fill_demo(ws, today=TODAY)
    return ws


def test_a_chain_of_small_stores_has_no_ghg_duty_though_its_total_passes_3000_t(demo: Workspace) -> None:
    energy = summary(demo, CHAIN, 2025).energy
    stores = energy.facilities
    assert len(stores) >= 3
    for store in stores:
        assert store.toe_total < 500  # each below the 500 TOE of a building: no key energy user
        assert store.key_energy_user is False
        assert store.ghg_inventory_required is False  # below 1,000 TOE and below 3,000 t CO₂
        assert store.co2_scope1_t + store.co2_scope2_t < 3000
    assert energy.co2_scope1_t + energy.co2_scope2_t > 3000  # the sum would pass: it must not count
    assert energy.ghg_inventory_required is False


def test_a_facility_scope_shows_that_facility_alone(demo: Workspace) -> None:
    whole = summary(demo, CHAIN, 2025)
    first = whole.energy.facilities[0]
    one = summary(demo, CHAIN, 2025, facility=first.code)
    assert [f.code for f in one.energy.facilities] == [first.code]
    assert one.energy.toe_total == pytest.approx(first.toe_total)
    assert one.energy.co2_scope2_t == pytest.approx(first.co2_scope2_t)
    assert one.bags.transactions < whole.bags.transactions
