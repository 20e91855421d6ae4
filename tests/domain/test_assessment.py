"""Scoring of criteria-based self-assessments, worked by hand."""

import copy

import pytest

from scp_desktop.domain.assessment import (
    Answer,
    CriteriaSet,
    Status,
    auto_value,
    check_override,
    parse_answer,
    score,
)
from scp_desktop.domain.summary import follow
from tests.domain.summaries import bags, stream, summary, water

SET = {
    "id": "demo",
    "version": "1",
    "title": {"vi": "Thử", "en": "Test"},
    "pass_score_pct": 60,
    "sections": [
        {
            "id": "A",
            "title": {"vi": "A", "en": "A"},
            "criteria": [
                {"id": "M", "type": "yes_no", "weight": 2, "mandatory": True, "text": {"vi": "m", "en": "m"}},
                {
                    "id": "R",
                    "type": "measure",
                    "weight": 3,
                    "text": {"vi": "r", "en": "r"},
                    "measure": {
                        "unit": "%",
                        "op": ">=",
                        "threshold": 65,
                        "threshold_by_kind": {"market": 50},
                        "auto": "bags.reduction_pct",
                    },
                },
            ],
        },
        {
            "id": "B",
            "title": {"vi": "B", "en": "B"},
            "criteria": [
                {
                    "id": "C",
                    "type": "choice",
                    "weight": 4,
                    "text": {"vi": "c", "en": "c"},
                    "options": [
                        {"id": "none", "points": 0, "text": {"vi": "0", "en": "0"}},
                        {"id": "some", "points": 1, "text": {"vi": "1", "en": "1"}},
                        {"id": "all", "points": 4, "text": {"vi": "4", "en": "4"}},
                    ],
                },
                {"id": "E", "type": "yes_no", "weight": 1, "evidence_required": True, "text": {"vi": "e", "en": "e"}},
            ],
        },
    ],
}


@pytest.fixture
def criteria() -> CriteriaSet:
    return CriteriaSet.from_document(SET)


def test_weighted_score_by_hand(criteria) -> None:
    answers = {"M": Answer("yes"), "R": Answer(None, 70.0), "C": Answer("some"), "E": Answer("yes", evidence=1)}
    result = score(criteria, answers, "supermarket")
    # M 2/2, R 3/3 (70 ≥ 65), C 4 × 1/4 = 1, E 1/1 → 7 of 10
    assert (result.earned, result.possible) == (7.0, 10.0)
    assert [s.pct for s in result.sections] == [100.0, pytest.approx(40.0)]
    assert result.passed
    assert [r.criterion.id for r in result.gaps] == ["C"]  # partly met: 3 points at stake


def test_a_failed_mandatory_criterion_fails_whatever_the_score(criteria) -> None:
    answers = {"M": Answer("no"), "R": Answer(None, 90.0), "C": Answer("all"), "E": Answer("yes", evidence=1)}
    result = score(criteria, answers, "supermarket")
    assert result.pct == pytest.approx(80.0)
    assert not result.passed
    assert [r.criterion.id for r in result.mandatory_failed] == ["M"]
    assert result.gaps[0].criterion.id == "M"  # mandatory gaps first


def test_threshold_depends_on_the_organization_kind(criteria) -> None:
    answers = {"R": Answer(None, 55.0)}
    by_kind = {kind: score(criteria, answers, kind).results[1].status for kind in ("supermarket", "market")}
    assert by_kind == {"supermarket": Status.NOT_MET, "market": Status.MET}


def test_missing_evidence_earns_nothing_until_attached(criteria) -> None:
    without = score(criteria, {"E": Answer("yes")}, "supermarket").results[3]
    with_file = score(criteria, {"E": Answer("yes", evidence=1)}, "supermarket").results[3]
    assert (without.status, without.earned) == (Status.NEEDS_EVIDENCE, 0.0)
    assert (with_file.status, with_file.earned) == (Status.MET, 1.0)


def test_override_of_an_automatic_answer_needs_a_reason(criteria) -> None:
    bare = Answer(70.0, auto_value=60.0)
    assert check_override(bare)[0].field == "override_reason"
    explained = Answer(70.0, auto_value=60.0, override_reason="store ST03 counted by hand")
    assert check_override(explained) == []
    assert score(criteria, {"R": explained}, "supermarket").results[1].status is Status.MET
    assert score(criteria, {"R": Answer(None, 60.0)}, "supermarket").results[1].status is Status.NOT_MET


def test_not_applicable_leaves_both_sides_but_never_for_a_mandatory_criterion(criteria) -> None:
    result = score(criteria, {"M": Answer("yes"), "E": Answer("na")}, "supermarket")
    assert result.possible == 9.0 and result.results[3].status is Status.NOT_APPLICABLE
    assert parse_answer(criteria.criterion("M"), "na")[1]
    assert parse_answer(criteria.criterion("E"), "na") == ("na", [])


def test_parse_answer_rejects_what_the_criterion_cannot_take(criteria) -> None:
    assert parse_answer(criteria.criterion("C"), "most")[1]
    assert parse_answer(criteria.criterion("R"), "lots")[1]
    assert parse_answer(criteria.criterion("R"), "66,5") == (66.5, [])
    assert parse_answer(criteria.criterion("M"), "") == (None, [])


def test_a_new_version_of_the_set_scores_only_new_assessments(criteria) -> None:
    newer_doc = copy.deepcopy(SET)
    newer_doc["version"] = "2"
    newer_doc["sections"][0]["criteria"][1]["measure"]["threshold"] = 75
    newer = CriteriaSet.from_document(newer_doc)
    answers = {"M": Answer("yes"), "R": Answer(None, 70.0)}
    assert score(criteria, answers, "supermarket").results[1].status is Status.MET
    assert score(newer, answers, "supermarket").results[1].status is Status.NOT_MET


def test_malformed_sets_are_refused_with_the_reason() -> None:
    broken = copy.deepcopy(SET)
    broken["sections"][1]["criteria"][0]["options"] = []
    with pytest.raises(ValueError, match="no options"):
        CriteriaSet.from_document(broken)
    repeated = copy.deepcopy(SET)
    repeated["sections"][1]["criteria"][1]["id"] = "M"
    with pytest.raises(ValueError, match="repeat"):
        CriteriaSet.from_document(repeated)


def test_auto_values_follow_paths_into_the_summary() -> None:
    facts = summary(
        bags=bags(reduction_pct=61.5),
        waste={"plastic": stream(50.0, 46.0)},  # 92 %
        water=water(300.0, intensity_change_pct={"t": -7.5}),
    )
    assert auto_value("bags.reduction_pct", facts) == 61.5
    assert auto_value("energy.recorded", facts) is None
    assert auto_value("bags.recorded", facts) == "yes"
    assert auto_value("waste.plastic.recovery_rate_pct", facts) == 92.0
    assert auto_value("waste.paper.recovery_rate_pct", facts) is None  # a stream not recorded
    assert auto_value("water.intensity_change_pct", facts) == -7.5  # per output unit: the first unit's
    assert auto_value("water.total_m3", facts) == 300.0  # the field is named as the documented JSON key
    assert auto_value("bags.baseline_is_national", facts) == "yes"
    assert auto_value("cleaner_production.implemented", facts) is None
    assert auto_value("bags.no_such_figure", facts) is None  # a newer criteria set's path: answered by hand
    with pytest.raises(LookupError, match="no_such_figure"):
        follow(facts, "bags.no_such_figure")


def test_every_bundled_set_loads_and_drafts_say_so() -> None:
    from scp_desktop.services.assessments import bundled_criteria_sets

    sets = bundled_criteria_sets()
    assert {
        "green-distribution",
        "sustainable-export",
        "green-label-nxvn-03-2014",
        "cleaner-production",
        "key-energy-user",
        "eco-innovation",
    } <= set(sets)
    assert sets["green-distribution"].is_draft and sets["sustainable-export"].is_draft
    assert all(s.sources for s in sets.values())
    eco = sets["eco-innovation"]
    assert {s.id for s in eco.sections} >= {"prepare", "strategy", "business-model", "roadmap", "implement", "review"}
    assert len(next(s for s in eco.sections if s.id == "business-model").criteria) == 9


def test_eco_innovation_is_a_draft_maturity_picture_without_pass_or_fail() -> None:
    from scp_desktop.services.assessments import bundled_criteria_sets

    eco = bundled_criteria_sets()["eco-innovation"]
    assert eco.is_draft and not eco.verdict
    # The manual's competition question chooses target markets: it is not scored as maturity.
    assert "P1" not in {c.id for c in eco.criteria()}
    answers = {"P2": Answer("o2"), "P3": Answer("o1"), "S1": Answer("o0")}
    result = score(eco, answers, "manufacturer")
    assert result.passed is None
    prepare = next(s for s in result.sections if s.section.id == "prepare")
    assert (prepare.earned, prepare.possible) == (1.5, 2.0)  # P2: 2 of 2 points, P3: 1 of 2, weight 1 each
    strategy = next(s for s in result.sections if s.section.id == "strategy")
    assert (strategy.earned, strategy.possible) == (0.0, 4.0)  # S1 answered with 0 points, S2 unanswered


def test_every_criteria_set_is_a_labelled_draft_with_sourced_figures() -> None:
    """We wrote every set: each is `draft`, its sources are in both languages, and each threshold a
    measure states names one of them (a legal source, or the set's own "draft")."""
    from scp_desktop.services.reference_updates import bundled_criteria

    for name, doc in bundled_criteria().items():
        assert doc["status"] == "draft", name
        sources = doc["sources"]
        assert isinstance(sources, dict) and sources, name
        for key, text in sources.items():
            assert text.get("vi", "").strip() and text.get("en", "").strip(), (name, key)
        for section in doc["sections"]:
            for criterion in section["criteria"]:
                measure = criterion.get("measure")
                if measure is not None:
                    assert measure.get("source") in sources, (name, criterion["id"])
                if "source" in criterion:
                    assert criterion["source"] in sources, (name, criterion["id"])


def test_a_rule_from_2026_for_supermarkets_does_not_apply_to_a_market_or_to_2025() -> None:
    from scp_desktop.domain.assessment import Answer, Status, evaluate
    from scp_desktop.services.reference_updates import bundled_criteria

    green = CriteriaSet.from_document(bundled_criteria()["criteria/green-distribution"])
    a2 = green.criterion("A2")
    assert evaluate(a2, Answer(value="no"), "market", 2026).status is Status.NOT_APPLICABLE
    assert evaluate(a2, Answer(value="no"), "supermarket", 2025).status is Status.NOT_APPLICABLE
    assert evaluate(a2, Answer(value="no"), "supermarket", 2026).status is Status.NOT_MET


def test_the_corrected_figures_of_the_draft_sets() -> None:
    from scp_desktop.services.reference_updates import bundled_criteria

    sets = {n: CriteriaSet.from_document(d) for n, d in bundled_criteria().items()}
    export = sets["criteria/sustainable-export"].criterion("C2")
    assert export.measure.threshold == 75  # Decision 76: 75 % of non-hazardous industrial solid waste
    assert export.auto == "waste.industrial_non_hazardous.target_rate_pct"  # on its own basis
    assert sets["criteria/key-energy-user"].criterion("K4").mandatory  # the energy manager is a legal duty
    assert sets["criteria/green-distribution"].criterion("B2").auto == "waste_total.recovery_rate_pct"
