"""A self-assessment's wording on the reviewer's page, against the bundled criteria sets: the verdict in
each of its four forms (draft passed, draft failed, official, maturity picture), answers as the app words
them, the answers changed against an earlier version, titles in the queue, comments from the form."""

from __future__ import annotations

from typing import Any

from scp_desktop.domain.assessment import CriteriaSet
from scp_desktop.services.reference_updates import bundled_criteria
from scp_ministry_server.web import assessment_view as view
from scp_ministry_server.web.i18n import Texts

VI, EN = Texts("vi"), Texts("en")


def _set(name: str, **changes: Any) -> CriteriaSet:
    return CriteriaSet.from_document({**bundled_criteria()[f"criteria/{name}"], **changes})


def _scores(pct: float, passed: bool | None, statuses: dict[str, str], sections: dict[str, float] | None = None):
    criteria = {cid: {"status": status, "earned": 0, "possible": 1} for cid, status in statuses.items()}
    return {"scores": {"score_pct": pct, "passed": passed, "sections": sections or {}, "criteria": criteria}}


def test_the_verdict_against_a_draft_set_says_it_is_no_official_one() -> None:
    green = _set("green-distribution")
    passed = view.verdict(_scores(80.0, True, {"A1": "met", "A2": "met"}), green, VI)
    assert passed.headline == (
        "So với bộ tiêu chí dự thảo: đáp ứng mọi tiêu chí bắt buộc, điểm 80 % ≥ mức điểm dự thảo 70 %. "
        "Đây không phải là chứng nhận chính thức."
    )
    failed = view.verdict(_scores(52.5, False, {"A1": "not_met", "A2": "met"}), green, EN)
    assert failed.mandatory_open == ("A1",)
    assert failed.headline == (
        "Against the draft criteria set: score 52.5 % (draft pass mark 70 %), 1 mandatory criteria not met yet. "
        "This is no official verdict."
    )
    short = view.verdict(_scores(64.9123, False, {"A1": "met", "A2": "met"}), green, EN)
    assert short.mandatory_open == () and short.headline.startswith(
        "Against the draft criteria set: every mandatory criterion met, but the score 64.9 % is below"
    )


def test_the_verdict_against_an_official_set_and_a_maturity_picture() -> None:
    official = _set("green-distribution", status="official")
    assert view.verdict(_scores(80.0, True, {"A1": "met", "A2": "met"}), official, VI).headline == (
        "Điểm 80 % (mức đạt 70 %): đạt"
    )
    assert view.verdict(_scores(40.0, False, {"A1": "met", "A2": "not_met"}), official, EN).headline == (
        "Score 40 % (pass mark 70 %): does not pass yet"
    )
    eco = _set("eco-innovation")
    picture = view.verdict(_scores(55.0, None, {}, {"prepare": 50.0, "strategy": 62.6}), eco, EN)
    assert picture.headline == "Maturity by area (no pass or fail): Prepare 50 % · Set strategy 63 %"
    assert picture.level == "Developing"  # 40 % and over, under 70 %


def test_answers_are_worded_as_the_app_words_them() -> None:
    green = _set("green-distribution")
    a1, a2, a4 = (green.criterion(cid) for cid in ("A1", "A2", "A4"))
    assert view.answer_text(a2, "yes", VI) == "Có" and view.answer_text(a2, "no", EN) == "No"
    assert view.answer_text(a4, "na", VI) == "Không áp dụng"
    assert view.answer_text(a4, "reusable", VI) == "Thêm túi dùng nhiều lần bán tại quầy"
    assert view.answer_text(a1, 60.797313, VI) == "60,8 %" and view.answer_text(a1, 66.0, EN) == "66 %"
    assert view.answer_text(a1, None, EN) == "—"
    assert view.size_text(900, VI) == "900 B" and view.size_text(40_021, VI) == "39 KB"
    assert view.size_text(3_500_000, EN) == "3.3 MB"
    assert view.figure_text("baseline_year", 2010, VI) == "2010" and view.figure_text("days", 1095, VI) == "1.095"
    assert view.figure_text("baseline_is_national", True, VI) == "Có" and view.figure_text("x", None, EN) == "—"


def _answer(value: Any = None, **more: Any) -> dict[str, Any]:
    return {"value": value, "auto_value": None, "override_reason": "", "note": "", "evidence": [], **more}


def test_the_changes_list_only_what_changed_criterion_by_criterion() -> None:
    green = _set("green-distribution")
    policy, signed = "a" * 64, "b" * 64
    old = {
        "criteria": {"id": green.id, "version": "2026.1"},
        "answers": {"A2": _answer("yes", evidence=[policy]), "B3": _answer("yes"), "C2": _answer("yes")},
        "evidence": [{"sha256": policy, "file_name": "Quy định.pdf", "size": 10, "criteria": ["A2"]}],
        "scores": {"score_pct": 40.0},
    }
    new = {
        "criteria": {"id": green.id, "version": green.version},
        "answers": {
            "A2": _answer("yes", evidence=[policy, signed]),
            "B3": _answer("yes"),
            "C1": _answer("some", note="Khu trưng bày riêng"),
            "C2": _answer("no"),
        },
        "evidence": [
            {"sha256": policy, "file_name": "Quy định.pdf", "size": 10, "criteria": ["A2"]},
            {"sha256": signed, "file_name": "Quy định (có chữ ký).pdf", "size": 12, "criteria": ["A2"]},
        ],
        "scores": {"score_pct": 45.5},
    }
    changes = view.diff(old, new, green, EN)
    rows = [(c.key.split("|")[0], label, before, after) for c in changes for label, before, after in c.fields]
    assert rows == [
        ("The assessment as a whole", "Criteria version", "2026.1", green.version),
        ("The assessment as a whole", "Score", "40 %", "45.5 %"),
        ("A2", "Evidence files", "Quy định.pdf", "Quy định (có chữ ký).pdf, Quy định.pdf"),
        ("C1", "Answer", "—", "Yes, under 5 % of product lines"),
        ("C1", "Note", "—", "Khu trưng bày riêng"),
        ("C2", "Answer", "Yes", "No"),
    ]  # B3, the same in both, is not listed; the criteria in the set's order


def test_titles_and_comments_from_the_form() -> None:
    known = view.schemes(bundled_criteria())
    assert known["assessment/green-distribution"].draft
    assert view.form_title("assessment/green-distribution", EN, known) == (
        "Self-assessment: Green distribution model (supermarkets, malls, markets)"
    )
    assert view.form_title("assessment/unknown-set", VI, known) == "Tự đánh giá: unknown-set"
    assert view.form_title("bags", VI, known) == "Túi và bao bì"
    typed = {0: ("A2", "Thiếu chữ ký"), 1: ("A3", ""), 2: ("Z9", "không có tiêu chí này")}
    assert view.comments_from_form(typed) == {"A2": "Thiếu chữ ký", "Z9": "không có tiêu chí này"}


def test_an_assessment_of_a_set_this_server_does_not_know_is_shown_by_criterion() -> None:
    payload = {
        "answers": {"X2": _answer("yes"), "X1": _answer(12.5)},
        **_scores(50.0, False, {"X1": "met", "X2": "not_met"}),
    }
    (block,) = view.sections(payload, None, EN, {"X2": "Thiếu minh chứng"})
    assert [(r.id, r.title, r.answer, r.status_label, r.comment) for r in block.rows] == [
        ("X1", "X1", "12.5", "met", ""),
        ("X2", "X2", "Yes", "not met", "Thiếu minh chứng"),
    ]
    assert view.verdict(payload, None, EN).headline == "Score 50 % (pass mark — %): does not pass yet"
