"""The Self-assessment page's decisions without a widget, on a real workspace file: the schemes offered
first, the history, the criteria tree, score and gap lines, each criterion's view, answering with and
without a reason, evidence, finalizing and its question, a returned assessment and its correction."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

import pytest

from scp_desktop.catalog import translator
from scp_desktop.domain.assessment import Status
from scp_desktop.presenters.assessment import AssessmentPresenter, evidence_size
from scp_desktop.services.workspace import Workspace

CHAIN, TEXTILE = "0100234562", "0300588569"
GREEN = "Green distribution model (supermarkets, malls, markets)"


def presenter(ws: Workspace, language: str = "en") -> AssessmentPresenter:
    return AssessmentPresenter(lambda: ws, lambda: language, translator(language))


@pytest.fixture
def green(demo) -> AssessmentPresenter:
    """The supermarket chain's green-distribution assessment for 2026 (the bag rule A2 applies from 2026)."""
    page = presenter(demo)
    assert page.start(CHAIN, "green-distribution", 2026, "Nguyễn Thị Lan") == ""
    return page


def _criterion(page: AssessmentPresenter, criterion_id: str):
    criterion = page.criterion(criterion_id)
    assert criterion is not None
    return criterion


def _returned(ws: Workspace, submission_id: str, comment: str, field_comments: dict[str, str]) -> None:
    """What a sync leaves when the ministry's reviewer returns the assessment."""
    with ws.transaction("sync"):
        ws.db.execute(
            "UPDATE reports SET state = 'returned', server_message = ?, field_comments = ? WHERE submission_id = ?",
            [comment, json.dumps(field_comments, ensure_ascii=False), submission_id],
        )


def test_the_schemes_for_the_organization_come_first_and_the_last_full_year_is_chosen(demo) -> None:
    page = presenter(demo)
    assert [sid for sid, _ in page.schemes("supermarket")][:2] == ["green-distribution", "eco-innovation"]
    assert page.schemes("manufacturer")[0][0] == "green-label-nxvn-03-2014"
    assert dict(page.schemes("supermarket"))["green-distribution"] == f"{GREEN} (draft criteria)"
    assert page.years(dt.date(2026, 11, 24)) == ([2026, 2025, 2024, 2023, 2022, 2021, 2020, 2019], 2025)
    assert page.history(CHAIN) == [(None, "No assessment yet: choose a scheme and a year above.")]
    assert page.history(None) == [(None, "No assessment yet: choose a scheme and a year above.")]
    assert page.current is None and page.read_only and page.sections() == [] and page.status_line() == ""


def test_a_new_assessment_shows_its_tree_score_gaps_and_the_figures_from_the_records(green) -> None:
    assert green.history(CHAIN) == [(green.current.id, f"2026 · {GREEN} · draft")]
    bags, energy, products = green.sections()
    assert (bags.title, bags.pct) == ("Plastic bags and packaging", "36 %")
    assert [(c.id, c.answer, c.status_text) for c in bags.criteria] == [
        ("A1", "66.19 %", "met"),
        ("A2", "—", "not answered"),
        ("A3", "57.49 %", "not met"),
        ("A4", "—", "not answered"),
    ]
    assert [(c.id, c.answer) for c in energy.criteria] == [("B1", "Yes"), ("B2", "81.20 %"), ("B3", "—")]
    assert products.pct == "0 %"
    assert green.score_line() == "Score 31.6 % (pass mark 70 %): does not pass yet"
    assert green.status_line() == (
        "Draft: every answer is saved as you go. These are draft criteria: no official set has been published yet."
    )
    gaps = {gap.criterion_id: gap.text for gap in green.gaps()}
    assert gaps["A2"] == "A2 · mandatory · Answer this criterion."
    assert gaps["A3"] == "A3 · Now 57.49 %; needed ≤ 50 %."  # figures written short, not 57.494699…
    assert not green.correctable and not green.shows_comments and not green.read_only


def test_a_criterion_shows_its_figure_from_the_records_and_the_choices_it_allows(green) -> None:
    a1 = green.view(_criterion(green, "A1"))
    assert a1.heading.startswith("A1. Non-biodegradable bags per transaction") and a1.heading.endswith(" (mandatory)")
    assert (a1.auto, a1.has_auto, a1.is_measure, a1.unit, a1.number) == (
        "From your records: 66.19 %",
        True,
        True,
        "%",
        "66.19",
    )
    a2 = green.view(_criterion(green, "A2"))
    assert a2.heading.endswith("(mandatory) · evidence required") and not a2.has_auto
    assert a2.choices == (("—", None), ("Yes", "yes"), ("No", "no"))  # mandatory: no "not applicable"
    a4 = green.view(_criterion(green, "A4"))
    assert a4.choices[1] == ("None · 0 pts", "none") and a4.choices[-1] == ("Not applicable", "na")
    vi = presenter(green.ws, "vi")
    vi.open(green.current.id)
    assert vi.view(_criterion(vi, "A1")).auto == "Theo số liệu của bạn: 66,19 %"


def test_a_different_figure_needs_a_reason_and_a_saved_answer_moves_on(green) -> None:
    a1, a2 = _criterion(green, "A1"), _criterion(green, "A2")
    refused = green.save(a1, "67", None, "", "")
    assert refused is not None and refused.at_reason
    assert refused.text == "Give a reason for replacing the figure computed from your records (66.19)."
    not_a_number = green.save(a1, "sáu bảy", None, "", "")
    assert not_a_number is not None and not not_a_number.at_reason
    assert not_a_number.text == "Enter a number for this measure."
    assert green.save(a1, "67", None, "Cửa hàng ST03 đếm lại bằng tay", "") is None
    view = green.view(a1)
    assert (view.number, view.reason) == ("67.00", "Cửa hàng ST03 đếm lại bằng tay")
    assert green.current.answers["A1"].value == 67.0  # stored as the figure, not the text typed
    assert green.saved(a1) == "Saved the answer to A1." and green.after("A1") == "A2"
    assert green.after("C2") == "C2"  # the last criterion stays
    assert green.save(a2, "", "yes", "", "Quy định ban hành 01/2025") is None
    assert [c.status for c in green.sections()[0].criteria][:2] == [Status.MET, Status.NEEDS_EVIDENCE]
    assert green.view(a2).chosen == "yes" and green.view(a2).note == "Quy định ban hành 01/2025"


def test_evidence_is_listed_with_its_size_and_day_and_opens_under_its_own_name(green, tmp_path) -> None:
    a2 = _criterion(green, "A2")
    assert green.save(a2, "", "yes", "", "") is None
    assert green.attach(a2, [tmp_path / "missing.pdf"]) == "missing.pdf is not a readable file."
    policy = tmp_path / "Quy định túi ni lông.pdf"
    policy.write_bytes(b"%PDF-1.4 " + b"x" * 2991)  # 3,000 bytes
    assert green.attach(a2, [policy]) == ""
    (item,) = green.view(a2).evidence
    today = dt.date.today()  # attached now, on this computer's calendar
    assert item.label == f"Quy định túi ni lông.pdf (3 KB, {today.isoformat()})"
    assert item.sha256 == hashlib.sha256(policy.read_bytes()).hexdigest()
    assert [c.status for c in green.sections()[0].criteria][1] is Status.MET  # the evidence was all it lacked
    copy = green.to_open(item)
    assert copy.name == "Quy định túi ni lông.pdf" and copy.read_bytes() == policy.read_bytes()
    vi = presenter(green.ws, "vi")
    vi.open(green.current.id)
    assert vi.view(_criterion(vi, "A2")).evidence[0].label.endswith(f"(3 KB, {today.strftime('%d/%m/%Y')})")
    green.remove(a2, item.sha256)
    assert green.view(a2).evidence == ()
    assert [c.status for c in green.sections()[0].criteria][1] is Status.NEEDS_EVIDENCE


@pytest.mark.parametrize(
    ("size", "language", "shown"),
    [(512, "en", "512 B"), (3000, "en", "3 KB"), (5_452_595, "en", "5.2 MB"), (5_452_595, "vi", "5,2 MB")],
)
def test_an_evidence_size_is_written_as_people_read_it(size: int, language: str, shown: str) -> None:
    assert evidence_size(size, language) == shown


def test_finalizing_asks_with_the_score_and_the_mandatory_gaps_then_locks(green) -> None:
    assert green.finalize_question() == (
        f"Finalize the {GREEN} self-assessment for 2026? Its score is 31.6 %. Mandatory criteria not met: A2. "
        "Its answers and evidence then become read-only; a correction starts a new one."
    )
    assert green.report_kind() == "assessment"
    assert green.report_file_name(CHAIN) == "green-distribution-0100234562-2026-en.pdf"
    green.finalize(green.current.id)
    assert green.read_only and green.view(_criterion(green, "A3")).read_only
    today = dt.date.today().isoformat()
    assert green.status_line() == (
        f"Finalized {today}: read-only. These are draft criteria: no official set has been published yet. "
        "Ministry: Finalized, waiting to be sent."
    )
    assert not green.correctable  # the ministry has not answered yet
    assert green.history(CHAIN) == [(green.current.id, f"2026 · {GREEN} · finalized, 31.6 %")]
    refused = green.save(_criterion(green, "A3"), "1", None, "", "")
    assert refused is not None and refused.text == "This assessment is finalized and can no longer be changed."


def test_a_returned_assessment_shows_the_reviewers_words_and_its_correction_carries_them(green) -> None:
    assert green.save(_criterion(green, "A2"), "", "yes", "", "") is None
    green.finalize(green.current.id)
    returned_id = green.current.id
    _returned(green.ws, green.current.record["submission_id"], "Cần bổ sung minh chứng", {"A2": "Thiếu ảnh quầy"})
    green.reload()
    assert green.correctable and green.shows_comments
    assert green.status_line().endswith("Ministry: Returned for correction. Cần bổ sung minh chứng")
    assert green.view(_criterion(green, "A2")).review == "Reviewer: Thiếu ảnh quầy"
    assert green.view(_criterion(green, "A1")).review == ""  # only where the reviewer wrote
    a2_row = next(c for c in green.sections()[0].criteria if c.id == "A2")
    assert a2_row.comment == "Thiếu ảnh quầy"
    assert green.correct() == ""
    assert green.current.id != returned_id and not green.read_only
    assert green.current.answers["A2"].value == "yes"  # the answers carried over
    assert "Correcting a returned assessment. Cần bổ sung minh chứng" in green.status_line()
    assert green.view(_criterion(green, "A2")).review == "Reviewer: Thiếu ảnh quầy"
    green.open(returned_id)
    assert green.correct() == "Only a finalized assessment can be corrected, and only once: this one is returned."


def test_eco_innovation_is_a_maturity_picture_with_its_own_report(demo) -> None:
    page = presenter(demo)
    assert page.start(TEXTILE, "eco-innovation", 2025, "Trần Văn Bình") == ""
    assert page.score_line().startswith("Maturity by area (no pass or fail): ")
    assert page.report_kind() == "eco-innovation"
    assert page.report_file_name(TEXTILE) == "eco-innovation-0300588569-2025-en.pdf"
    assert page.start(TEXTILE, "no-such-scheme", 2025, "").startswith("Unknown")
