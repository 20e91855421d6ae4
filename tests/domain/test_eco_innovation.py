"""The eco-innovation worksheets' arithmetic, with expectations computed by hand."""

import pytest

from scp_desktop.domain.eco_innovation import (
    CANVAS_BLOCKS,
    CANVAS_LAYOUT,
    Action,
    BusinessModel,
    CanvasBlock,
    CpOption,
    Idea,
    Kpi,
    Measurement,
    Prepare,
    Project,
    Roadmap,
    Strategy,
    SwotEntry,
    business_case,
    completeness,
    gantt,
    indicator_value,
    kpi_series,
    next_code,
    parse_month,
    prioritize,
    priority_matrix,
    record_hotspot_figures,
    set_list_field,
)
from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.summary import WasteTotal
from tests.domain.summaries import energy, stream, summary, water


def idea(code: str, impact: int | None, ease: int | None) -> Idea:
    return Idea(code=code, impact=impact, ease=ease)


def test_ideas_rank_by_impact_times_ease_then_impact_then_code() -> None:
    ideas = [
        idea("I1", 3, 1),  # 3
        idea("I2", 2, 3),  # 6
        idea("I3", 3, 2),  # 6, more impact than I2
        idea("I4", None, 4),  # not rated
        idea("I5", 5, 5),  # 25
        idea("I6", 3, 2),  # 6, ties with I3
    ]
    ranked = prioritize(ideas)
    assert [(r.rank, r.idea.code, r.priority) for r in ranked] == [
        (1, "I5", 25),
        (2, "I3", 6),
        (2, "I6", 6),
        (4, "I2", 6),
        (5, "I1", 3),
        (None, "I4", None),
    ]
    assert priority_matrix(ideas) == {(3, 1): ["I1"], (2, 3): ["I2"], (3, 2): ["I3", "I6"], (5, 5): ["I5"]}


def test_business_case_of_two_linked_options() -> None:
    a = CpOption("NM01/A", "a", "planned", 100.0, 50.0, 3)
    b = CpOption("NM01/B", "b", "planned", 200.0, 60.0, None)  # the reference life: 5 years
    case = business_case([a, b], default_lifetime=5, discount_rate=0.10)
    assert case is not None
    assert case.cash_flows == (-300.0, 110.0, 110.0, 110.0, 60.0, 60.0)
    assert case.investment_vnd == 300 and case.annual_savings_vnd == 110
    assert case.payback_years == pytest.approx(300 / 110)
    # 110/1.1 + 110/1.21 + 110/1.331 + 60/1.4641 + 60/1.61051 − 300
    assert case.npv_vnd == pytest.approx(100 + 90.909091 + 82.644628 + 40.980808 + 37.255280 - 300, abs=1e-5)
    # IRR: the rate at which that NPV is zero (checked by putting it back in)
    rate = case.irr
    assert rate is not None and 0.16 < rate < 0.18
    assert sum(f / (1 + rate) ** t for t, f in enumerate(case.cash_flows)) == pytest.approx(0, abs=1e-6)
    assert business_case([], 10, 0.1) is None
    free = business_case([CpOption("X/1", "", "", 0.0, 10.0, 2)], 10, 0.1)
    assert (
        free is not None
        and free.payback_years == 0
        and free.irr is None
        and free.npv_vnd == pytest.approx(10 / 1.1 + 10 / 1.21)
    )


def test_record_kpi_against_its_baseline_year_after_year() -> None:
    facts = {
        2023: summary(2023, energy=energy(toe_total=1000.0)),
        2024: summary(2024, energy=energy(toe_total=950.0)),
        2025: summary(2025, energy=energy(toe_total=880.0)),
        2022: summary(2022, energy=energy(toe_total=1100.0)),  # before the baseline: not a review point
    }
    kpi = Kpi(code="K1", indicator="energy_toe", baseline_year=2023, target_value=800.0, direction="decrease")
    series = kpi_series(kpi, facts, [])
    assert series.baseline == 1000 and series.baseline_from_records
    assert [(p.year, p.value) for p in series.points] == [(2024, 950), (2025, 880)]
    latest = series.latest
    assert latest is not None
    assert latest.change == -120 and latest.change_pct == pytest.approx(-12.0)
    assert latest.progress_pct == pytest.approx(60.0)  # 120 of the 200 TOE to cut
    assert latest.improved is True


def test_manual_kpi_that_should_rise_and_falls() -> None:
    kpi = Kpi(code="K2", baseline_year=2024, baseline_value=20.0, target_value=30.0, direction="increase")
    measured = [Measurement("K2", 2025, 18.0), Measurement("K1", 2025, 99.0), Measurement("K2", 2026, 26.0)]
    series = kpi_series(kpi, {}, measured)
    assert not series.baseline_from_records
    first, second = series.points
    assert (first.change, first.change_pct, first.progress_pct, first.improved) == (-2.0, -10.0, -20.0, False)
    assert (second.change, second.progress_pct, second.improved) == (6.0, pytest.approx(60.0), True)


def test_indicators_read_from_a_years_summary() -> None:
    facts = summary(
        2025,
        energy=energy(toe_total=12.5, co2_scope2_t=40.0, toe_per_output_unit={"t": 0.25}),
        water=water(300.0, intensity={"t": 6.0}),
        waste={"plastic": stream(8.0, 6.0), "paper": stream(2.0, 2.0)},
        waste_total=WasteTotal(10.0, 8.0, 80.0),
    )
    assert indicator_value("energy_toe", facts) == 12.5
    assert indicator_value("energy_per_output:t", facts) == 0.25
    assert indicator_value("water_per_output:t", facts) == 6.0
    assert indicator_value("waste_t", facts) == 10.0
    assert indicator_value("waste_recovery_pct", facts) == 80.0  # (6 + 2) ÷ (8 + 2)
    assert indicator_value("materials_t", facts) is None
    assert indicator_value("energy_toe", None) is None  # a year without records
    figures = record_hotspot_figures(facts, "manufacturer")
    assert set(figures) == {"production:energy", "production:water", "production:waste"}
    assert figures["production:waste"].params == {"value": 10.0, "year": 2025, "rate": 80.0}
    assert set(record_hotspot_figures(facts, "supermarket")) == {
        "distribution:energy",
        "distribution:water",
        "distribution:waste",
    }


def test_list_fields_are_checked_as_typed() -> None:
    actions = (Action(title="Biến tần", start="2026-01"),)
    changed = set_list_field(actions, "actions", 0, "end", "06/2026")
    assert changed[0].end == "2026-06"
    with pytest.raises(DomainError) as refused:
        set_list_field(actions, "actions", 0, "end", "2025-12")
    assert refused.value.field == "end" and "2025-12" in refused.value.render()
    with pytest.raises(DomainError):
        set_list_field((idea("I1", 1, 1),), "ideas", 0, "impact", "6")
    ideas = (idea("I1", 1, 1), idea("I2", 1, 1))
    with pytest.raises(DomainError) as duplicate:
        set_list_field(ideas, "ideas", 1, "code", "I1")
    assert duplicate.value.field == "code"
    assert set_list_field(ideas, "ideas", 1, "impact", "")[1].impact is None
    assert next_code(ideas, "I") == "I3"
    with pytest.raises(DomainError):
        parse_month("2026-13")


def test_gantt_spans_the_planned_months() -> None:
    bars, first, last = gantt(
        [Action(title="a", start="2026-01", end="2026-03"), Action(title="b", start="2026-06"), Action(title="c")]
    )
    assert [(b.action.title, b.first, b.last) for b in bars] == [("a", 24312, 24314), ("b", 24317, 24317)]
    assert (first, last) == (2026 * 12, 2026 * 12 + 5)


def test_canvas_layout_tiles_the_canvas_exactly_once() -> None:
    assert set(CANVAS_LAYOUT) == set(CANVAS_BLOCKS)
    assert sum(w * h for _, _, w, h in CANVAS_LAYOUT.values()) == pytest.approx(1.0)


def test_completeness_lists_what_each_phase_lacks() -> None:
    canvas = {block: CanvasBlock(current="…") for block in CANVAS_BLOCKS}
    project = Project(
        1,
        "0306123457",
        "Đổi mới sinh thái 2026",
        "Tư vấn",
        "Giám đốc",
        2025,
        None,
        {
            "prepare": Prepare(description="Ép màng PE", suppliers="Hạt nhựa", operations="Ép", customers="Siêu thị"),
            "strategy": Strategy(
                swot=tuple(SwotEntry("markets", q, "x") for q in ("strength", "weakness", "opportunity")),
                kpis=(Kpi(code="K1", baseline_year=2025, target_value=1.0),),
            ),
            "business_model": BusinessModel(canvas=canvas),
            "roadmap": Roadmap(ideas=(idea("I1", 4, 2), idea("I2", None, None))),
        },
    )
    result = completeness(project, assessment_answered=True, kpi_measured={"K1": True})
    prepare = result["prepare"]
    assert (prepare.done, prepare.total) == (3, 5)  # no team yet, no summary
    strategy = result["strategy"]
    assert [m.source for m in strategy.missing] == [
        "Fill every SWOT quadrant",  # no threat yet
        "Rate the life-cycle hotspots",
        "Write the vision and goals",
        "Write the phase summary for the report",
    ]
    assert result["business_model"].done == 1  # current canvas; no new model, no summary
    assert result["roadmap"].done == 0  # I2 is not rated
    assert result["review"].steps[0].done is True
