"""Calculators against hand-worked examples from the official factors, plus properties."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from scp_desktop.domain.bags import BagTotals, bag_reduction_pct, bag_target_pct
from scp_desktop.domain.economics import irr, npv, option_cash_flows, simple_payback_years
from scp_desktop.domain.energy import (
    EnergyLine,
    energy_totals,
    ghg_inventory_reasons,
    grid_factor,
    is_key_energy_user,
    scope2_co2_t,
    toe,
)
from scp_desktop.domain.indicators import gap_to_target, pct_change, ratio
from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.waste import stream_recovery


@pytest.mark.parametrize(
    ("fuel", "quantity", "unit", "expected"),
    [
        ("electricity", 1_000_000, "kWh", 154.3),  # 1,000,000 × 0.0001543
        ("electricity", 1_000, "MWh", 154.3),  # 0.1543 per MWh
        ("do", 100, "t", 102.0),  # 1.02 TOE/t
        ("do", 50_000, "L", 44.0),  # 50 × 1,000 L × 0.88
        ("do", 50, "1000L", 44.0),
        ("fo", 10, "t", 9.9),
        ("fo", 10_000, "L", 9.4),
        ("petrol", 20_000, "L", 16.6),
        ("lpg", 3, "t", 3.27),
        ("natural_gas", 900_000, "m3", 810.0),  # 900 × 1,000 m³ × 0.90
        ("coal_1_2", 1_000, "t", 700.0),
        ("coal_3_4", 1_000, "t", 600.0),
        ("coal_5_6", 1_000, "t", 500.0),
        ("coke", 1_000, "t", 725.0),  # midpoint of 0.70–0.75
        ("jet_fuel", 2, "t", 2.1),
    ],
)
def test_toe_by_hand(ref, fuel: str, quantity: float, unit: str, expected: float) -> None:
    assert toe(EnergyLine(fuel, quantity, unit), ref) == pytest.approx(expected)


def test_biomass_uses_net_calorific_value(ref) -> None:
    # 100 t rice husk at 13.5 GJ/t = 1,350 GJ ÷ 41.868 GJ/TOE = 32.244 TOE
    assert toe(EnergyLine("biomass", 100, "t", 13.5), ref) == pytest.approx(1350 / 41.868)
    with pytest.raises(DomainError):
        toe(EnergyLine("biomass", 100, "t"), ref)


@pytest.mark.parametrize(("fuel", "unit"), [("electricity", "t"), ("coal_1_2", "L"), ("lpg", "kWh"), ("do", "m3")])
def test_fuel_in_wrong_unit_is_refused(ref, fuel: str, unit: str) -> None:
    with pytest.raises(DomainError) as caught:
        toe(EnergyLine(fuel, 1, unit), ref)
    assert caught.value.field == "unit"


def test_scope2_co2_uses_the_year_factor(ref) -> None:
    assert scope2_co2_t(1_000_000, 2023, ref) == pytest.approx(659.2)  # 1,000 MWh × 0.6592
    assert scope2_co2_t(1_000_000, 2019, ref) == pytest.approx(845.8)
    later = grid_factor(2025, ref)
    assert (later.t_co2_per_mwh, later.year_used, later.provisional) == (0.6592, 2023, True)
    assert grid_factor(2020, ref).provisional is False


def test_key_energy_user_thresholds(ref) -> None:
    assert is_key_energy_user(1000, "plant", ref) and not is_key_energy_user(999.9, "plant", ref)
    assert is_key_energy_user(500, "store", ref) and not is_key_energy_user(499, "building", ref)
    assert is_key_energy_user(500, "market", ref)


def test_the_ghg_inventory_duty_is_judged_on_one_facility(ref) -> None:
    """Decree 06/2022: ≥ 3,000 t CO₂e, or an industrial facility or commercial building ≥ 1,000 TOE."""
    assert len(ghg_inventory_reasons(1000, 0, "plant", ref)) == 1
    assert len(ghg_inventory_reasons(1000, 0, "store", ref)) == 1  # a commercial building
    assert ghg_inventory_reasons(600, 0, "store", ref) == []  # a key energy user (≥ 500), no inventory duty
    assert ghg_inventory_reasons(5000, 0, "warehouse", ref) == []  # only the emission criterion applies
    assert len(ghg_inventory_reasons(0, 3000, "warehouse", ref)) == 1
    assert len(ghg_inventory_reasons(1200, 3500, "plant", ref)) == 2
    assert ghg_inventory_reasons(999, 2999, "plant", ref) == []


def test_scope1_co2_from_burning_fuel(ref) -> None:
    # 3,000 t coal grade 3-4: 0.60 TOE/t → 1,800 TOE × 41.868 GJ/TOE = 75,362.4 GJ = 75.3624 TJ;
    # × 98,300 kg CO₂/TJ (IPCC 2006 anthracite) = 7,408,124 kg = 7,408.12 t
    totals = energy_totals([EnergyLine("coal_3_4", 3000, "t")], 2023, ref)
    assert totals.co2_scope1_t == pytest.approx(7408.124, abs=0.01)
    assert totals.co2_scope2_t == 0 and totals.co2_biogenic_t == 0
    # 10 t DO: 10.2 TOE × 41.868 = 427.0536 GJ × 74,100 kg/TJ = 31,644.7 kg
    assert energy_totals([EnergyLine("do", 10, "t")], 2023, ref).co2_scope1_t == pytest.approx(31.6447, abs=1e-3)


def test_biomass_co2_is_biogenic_and_reported_apart(ref) -> None:
    # 100 t at 14 GJ/t = 1,400 GJ = 1.4 TJ × 100,000 kg CO₂/TJ (other primary solid biomass) = 140 t
    totals = energy_totals([EnergyLine("biomass", 100, "t", 14.0)], 2023, ref)
    assert totals.co2_biogenic_t == pytest.approx(140.0)
    assert totals.co2_scope1_t == 0
    assert totals.renewable_share_pct == pytest.approx(100.0)


def test_self_generated_electricity_is_renewable_energy_with_no_scope2(ref) -> None:
    lines = [EnergyLine("self_generated", 100_000, "kWh"), EnergyLine("electricity", 900_000, "kWh")]
    totals = energy_totals(lines, 2023, ref)
    assert totals.toe_total == pytest.approx(154.3)  # 1,000,000 kWh × 0.0001543
    assert totals.renewable_share_pct == pytest.approx(10.0)  # 15.43 of 154.3 TOE
    assert totals.co2_scope2_t == pytest.approx(593.28)  # only the 900 MWh bought: × 0.6592 (2023)
    assert totals.electricity_kwh == 900_000


def test_energy_totals_add_per_fuel(ref) -> None:
    totals = energy_totals(
        [EnergyLine("electricity", 600_000, "kWh"), EnergyLine("electricity", 400, "MWh"), EnergyLine("do", 10, "t")],
        2022,
        ref,
    )
    assert totals.toe_by_fuel == pytest.approx({"electricity": 154.3, "do": 10.2})
    assert totals.toe_total == pytest.approx(164.5)
    assert totals.co2_scope2_t == pytest.approx(676.6)  # 1,000 MWh × 0.6766 (2022)


@given(st.lists(st.tuples(st.sampled_from(["electricity", "do", "lpg"]), st.floats(0, 1e7)), max_size=20))
def test_toe_total_is_sum_and_never_negative(ref, lines) -> None:
    units = {"electricity": "kWh", "do": "t", "lpg": "t"}
    energy = [EnergyLine(f, q, units[f]) for f, q in lines]
    totals = energy_totals(energy, 2023, ref)
    assert totals.toe_total >= 0
    assert totals.toe_total == pytest.approx(sum(toe(line, ref) for line in energy), rel=1e-9, abs=1e-9)


def test_bag_indicators_by_hand(ref) -> None:
    baseline = BagTotals(days=365, transactions=500_000, nonbio_count=650_000, nonbio_kg=3_900.0)
    current = BagTotals(days=365, transactions=520_000, nonbio_count=260_000, nonbio_kg=1_560.0)
    assert baseline.nonbio_per_transaction == pytest.approx(1.3)
    assert current.nonbio_per_transaction == pytest.approx(0.5)
    assert current.nonbio_kg_per_1000_transactions == pytest.approx(3.0)
    assert bag_reduction_pct(current, baseline) == pytest.approx(100 * (1 - 0.5 / 1.3))  # 61.54 %
    assert bag_target_pct("supermarket", ref) == 65.0
    assert bag_target_pct("market", ref) == 50.0
    assert gap_to_target(61.54, 65.0) == pytest.approx(3.46)
    assert gap_to_target(70.0, 65.0) == 0.0
    assert bag_reduction_pct(current, BagTotals()) is None


@given(st.integers(1, 10**6), st.integers(0, 10**6), st.integers(1, 10**6), st.integers(1, 10**6))
def test_bag_reduction_is_at_most_100(t_now: int, bags_now: int, t_base: int, bags_base: int) -> None:
    now = BagTotals(transactions=t_now, nonbio_count=bags_now)
    base = BagTotals(transactions=t_base, nonbio_count=bags_base)
    reduction = bag_reduction_pct(now, base)
    assert reduction is not None and reduction <= 100.0
    assert (reduction >= 0) == (bags_now / t_now <= bags_base / t_base)


def test_waste_recovery_by_hand(ref) -> None:
    plastic = stream_recovery("plastic", {"recycled": 80, "reused": 5, "landfilled": 10, "stored": 5}, ref)
    assert plastic.generated_t == 100
    assert plastic.recovered_t == 85
    assert plastic.recovery_rate_pct == pytest.approx(85.0)
    assert plastic.collection_rate_pct == pytest.approx(95.0)
    assert plastic.target_pct == 90.0 and plastic.meets_target is False
    domestic = stream_recovery("domestic", {"composted": 40, "energy_recovered": 46, "landfilled": 14}, ref)
    assert domestic.recovery_rate_pct == pytest.approx(86.0) and domestic.meets_target is True
    assert stream_recovery("construction", {}, ref).recovery_rate_pct is None
    assert ref.waste_recovery_target_pct["industrial_non_hazardous"] == 75.0
    assert ref.waste_recovery_target_pct["construction"] == 50.0


def test_cp_economics_by_hand() -> None:
    assert simple_payback_years(1_200_000_000, 400_000_000) == pytest.approx(3.0)
    assert simple_payback_years(0, 0) == 0.0
    assert simple_payback_years(100, 0) is None
    flows = option_cash_flows(1_000, 300, 5)
    # NPV at 10 %: −1000 + 300 × (1 − 1.1^−5) / 0.1 = −1000 + 300 × 3.790787 = 137.236
    assert npv(0.10, flows) == pytest.approx(137.236, abs=1e-3)
    # IRR of −1000, 5 × 300 is 15.24 %
    assert irr(flows) == pytest.approx(0.15238, abs=1e-4)
    assert irr(option_cash_flows(1_000, 0, 5)) is None


@given(st.floats(1, 1e10), st.floats(1, 1e10), st.integers(1, 30))
def test_npv_is_zero_at_the_irr(investment: float, savings: float, years: int) -> None:
    flows = option_cash_flows(investment, savings, years)
    rate = irr(flows)
    if rate is None:
        assert savings * years <= investment * 1.0000001
    else:
        assert abs(npv(rate, flows)) <= 1e-9 * max(investment, savings)


def test_ratios() -> None:
    assert ratio(1, 0) is None
    assert pct_change(90, 100) == pytest.approx(-10.0)
    assert pct_change(90, 0) is None and pct_change(None, 5) is None


def test_each_waste_target_counts_what_decision_76_counts(ref) -> None:
    routes = {"reused": 10.0, "recycled": 20.0, "energy_recovered": 30.0, "landfilled": 40.0}
    plastic = stream_recovery("plastic", routes, ref)
    assert plastic.recovery_rate_pct == pytest.approx(60.0)  # every recovery route
    assert plastic.target_rate_pct == pytest.approx(20.0)  # "được tái chế": recycled only
    assert plastic.meets_target is False
    domestic = stream_recovery("domestic", routes, ref)
    assert domestic.target_rate_pct == pytest.approx(60.0)  # recycled, reused, energy-recovered or composted
    industrial = stream_recovery("industrial_non_hazardous", routes, ref)
    assert industrial.target_rate_pct == pytest.approx(30.0)  # recovered for reuse and recycling
    glass = stream_recovery("glass", routes, ref)
    assert glass.target_pct is None and glass.target_rate_pct is None  # no national target
