"""What the record editor shows under the form as the figures are typed, without a widget: worked out
here by hand from the reference data (energy.json, cleaner_production.json)."""

from __future__ import annotations

import datetime as dt

from scp_desktop.catalog import translator
from scp_desktop.domain.numbers import parse_localized
from scp_desktop.domain.records import BAGS, CP_OPTIONS, ENERGY, WATER
from scp_desktop.presenters.record_form import preview

EN, VI = translator("en"), translator("vi")
TODAY = dt.date(2026, 12, 2)


def shown(demo, kind, typed: dict[str, str], language: str = "en") -> str:
    def number(name: str) -> float | None:
        text = typed.get(name, "")
        return parse_localized(text, language) if text else None

    parts = preview(kind, typed, number, demo.ref, language, TODAY)
    return " · ".join(part.render(EN if language == "en" else VI) for part in parts)


def test_energy_shows_its_toe_and_scope_2_co2(demo) -> None:
    typed = {"period": "2025-01", "fuel": "electricity", "quantity": "12,345", "unit": "kWh"}
    # 12,345 kWh × 0.0001543 TOE/kWh = 1.9048335 TOE; 12.345 MWh × 0.6592 t/MWh (2023, the latest) = 8.137824 t
    assert shown(demo, ENERGY, typed) == "= 1.905 TOE · 8.14 t CO₂ (Scope 2)"
    assert shown(demo, ENERGY, {**typed, "quantity": "12.345"}, "vi") == "= 1,905 TOE · 8,14 tấn CO₂ (phạm vi 2)"


def test_energy_without_a_quantity_or_with_an_unknown_fuel_shows_nothing(demo) -> None:
    assert shown(demo, ENERGY, {"period": "2025-01", "fuel": "electricity", "quantity": "", "unit": "kWh"}) == ""
    assert shown(demo, ENERGY, {"period": "2025-01", "fuel": "unobtainium", "quantity": "5", "unit": "kWh"}) == ""


def test_bags_show_non_biodegradable_bags_per_transaction(demo) -> None:
    assert shown(demo, BAGS, {"transactions": "40", "nonbio_count": "120"}) == (
        "3.00 non-biodegradable bags per transaction"
    )
    assert shown(demo, BAGS, {"transactions": "0", "nonbio_count": "120"}) == ""  # no transactions: no ratio


def test_a_cp_option_shows_payback_npv_and_irr(demo) -> None:
    typed = {"investment_vnd": "100,000,000", "annual_savings_vnd": "25,000,000"}
    # 10 years at 10 % (the defaults): NPV = 25 M × (1 − 1.1⁻¹⁰) / 0.1 − 100 M = 53,614,177.6; IRR 21.41 %
    assert shown(demo, CP_OPTIONS, typed) == "Payback 4.0 years · NPV 53,614,178 VND at 10 % · IRR 21.4 %"
    never = shown(demo, CP_OPTIONS, {"investment_vnd": "100,000,000", "annual_savings_vnd": "0"})
    assert never == "Never pays back · NPV -100,000,000 VND at 10 %"


def test_a_kind_with_nothing_to_work_out_shows_nothing(demo) -> None:
    assert preview(WATER, {"quantity_m3": "10"}, lambda _name: 10.0, demo.ref, "en", TODAY) == ()
