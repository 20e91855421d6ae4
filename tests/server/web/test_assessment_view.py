"""A self-assessment's wording on the reviewer's page, against the bundled criteria sets: the verdict in
each of its four forms (draft passed, draft failed, official, maturity picture), answers as the app words
them, the automatic values and their figures named in the reader's words, the answers changed against an
earlier version, titles in the queue, comments from the form."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from scp_desktop.domain.assessment import CriteriaSet
from scp_desktop.domain.reference import load_bundled
from scp_desktop.services.reference_updates import bundled_criteria
from scp_ministry_server.web import assessment_view as view
from scp_ministry_server.web import summary_labels
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


def _automatic(path: str, figures: dict[str, Any]) -> dict[str, Any]:
    return {"path": path, "value": None, "figures": figures}


def _rows(payload: dict[str, Any], criteria: CriteriaSet, t: Texts) -> dict[str, view.CriterionRow]:
    streams = load_bundled().waste_streams
    return {row.id: row for block in view.sections(payload, criteria, t, None, streams) for row in block.rows}


def test_an_automatic_value_says_what_it_is_and_names_its_figures_with_their_units() -> None:
    """The reviewer reads what the figure is, not `bags.reduction_pct`; the figures by name and unit in
    the section's order; a key a newer app sends is kept, raw, after them."""
    green = _set("green-distribution")
    bags = {
        "reduction_pct": 60.797313,
        "baseline_nonbio_per_transaction": 1.25,
        "baseline_year": 2010,
        "baseline_is_national": True,
        "nonbio_count": 182_500,
        "bags_per_visitor": 0.4,  # not a key of this server's table
    }
    payload = {
        "answers": {"A1": _answer(auto_value=60.797313), "B1": _answer(auto_value="yes")},
        "automatic": {"A1": _automatic("bags.reduction_pct", bags), "B1": _automatic("energy.recorded", {})},
    }
    vi, en = _rows(payload, green, VI), _rows(payload, green, EN)
    assert vi["A1"].auto_path == en["A1"].auto_path == "bags.reduction_pct"  # kept for support staff
    assert vi["A1"].auto_label == "Mức giảm túi khó phân hủy trên mỗi giao dịch so với năm gốc (%)"
    assert en["A1"].auto_label == "Reduction of non-biodegradable bags per transaction against the baseline (%)"
    assert [(f.label, f.value) for f in vi["A1"].figures] == [
        ("Năm gốc", "2010"),
        ("Năm gốc là năm gốc quốc gia (2010)", "Có"),
        ("Túi khó phân hủy (cái)", "182.500"),
        ("Túi khó phân hủy trên mỗi giao dịch năm gốc", "1,25"),
        ("Mức giảm túi khó phân hủy trên mỗi giao dịch so với năm gốc (%)", "60,8"),
        ("", "0,4"),
    ]
    assert [(f.label, f.value) for f in en["A1"].figures] == [
        ("Baseline year", "2010"),
        ("The baseline is the national one (2010)", "Yes"),
        ("Non-biodegradable bags (count)", "182,500"),
        ("Non-biodegradable bags per transaction in the baseline year", "1.25"),
        ("Reduction of non-biodegradable bags per transaction against the baseline (%)", "60.8"),
        ("", "0.4"),
    ]
    assert [f.key for f in en["A1"].figures][-1] == "bags_per_visitor"
    assert vi["B1"].auto_label == "Năm đánh giá có số liệu năng lượng"
    assert en["B1"].auto_label == "The year has energy records" and en["B1"].figures == ()


def test_a_waste_streams_figure_names_the_stream_and_an_unknown_path_stays_raw() -> None:
    export = _set("sustainable-export")
    payload = {
        "answers": {"C2": _answer(auto_value=72.5), "B1": _answer(auto_value=-6.0)},
        "automatic": {
            "C2": _automatic(
                "waste.industrial_non_hazardous.target_rate_pct",
                {"generated_t": 120.0, "target_rate_pct": 72.5, "gap_pct": None},
            ),
            "B1": _automatic("biodiversity.index", {"species": 12}),  # a section this server does not know
        },
    }
    vi, en = _rows(payload, export, VI), _rows(payload, export, EN)
    assert vi["C2"].auto_label == "Tỷ lệ theo cách tính của chỉ tiêu (%) — Chất thải rắn công nghiệp thông thường"
    assert en["C2"].auto_label == "Rate as the target counts it (%) — Non-hazardous industrial solid waste"
    assert [(f.label, f.value) for f in vi["C2"].figures] == [
        ("Chất thải phát sinh (tấn)", "120"),
        ("Tỷ lệ theo cách tính của chỉ tiêu (%)", "72,5"),
        ("Còn thiếu so với chỉ tiêu thu hồi (điểm phần trăm)", "—"),
    ]
    assert en["B1"].auto_label == "" and en["B1"].auto_path == "biodiversity.index"
    assert en["B1"].figures == (view.Figure("species", "", "12"),)


def test_every_auto_path_of_the_bundled_sets_and_every_scalar_summary_field_has_a_label() -> None:
    """A criterion answered from the records is never shown by its raw path, and a field the desktop
    sends beside it (a number, flag or text of the section: what services.assessments sends) is named."""
    for name in bundled_criteria():
        for criterion in _set(name.removeprefix("criteria/")).criteria():
            if criterion.auto:
                assert summary_labels.path_label(criterion.auto, EN, {}), criterion.auto
    scalar = {"int", "float", "bool", "str", "None"}
    for section, labels in summary_labels.FIGURE_LABELS.items():
        names = {f.name for f in fields(section)}
        sent = {f.name for f in fields(section) if set(str(f.type).split(" | ")) <= scalar}
        assert sent <= set(labels) <= names, section.__name__
