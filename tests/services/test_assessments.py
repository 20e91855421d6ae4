"""Assessments on a real workspace: automatic answers from the demo records, evidence, locking, history."""

import datetime as dt
import json

import pytest

from scp_desktop.domain.messages import DomainError, ValidationFailed
from scp_desktop.services import assessments
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.reference_updates import store_documents
from scp_desktop.services.summary import summary

CHAIN = "0100234562"


@pytest.fixture
def demo(ws):
    fill_demo(ws, today=dt.date(2026, 11, 24))
    return ws


def test_automatic_answers_come_from_the_records(demo) -> None:
    aid = assessments.start(demo, CHAIN, "green-distribution", 2025)
    a = assessments.load(demo, aid)
    facts = summary(demo, CHAIN, 2025)
    assert a.answers["A1"].auto_value == pytest.approx(facts.bags.reduction_pct)
    assert a.answers["A3"].auto_value == pytest.approx(facts.bags.nonbio_share_pct)
    assert a.answers["B1"].auto_value == "yes"
    assert a.record["set_version"] == "2026.2"
    assert a.answers["B2"].auto_value == pytest.approx(facts.waste_total.recovery_rate_pct)


def test_override_needs_a_reason_and_is_kept(demo) -> None:
    aid = assessments.start(demo, CHAIN, "green-distribution", 2025)
    with pytest.raises(ValidationFailed) as failed:
        assessments.answer(demo, aid, "A1", "70")
    assert failed.value.issues[0].field == "override_reason"
    assessments.answer(demo, aid, "A1", "70", override_reason="ST03 recounted by hand")
    a = assessments.load(demo, aid)
    assert a.answers["A1"].overridden and a.answers["A1"].override_reason == "ST03 recounted by hand"
    assessments.answer(demo, aid, "A1", "")  # back to the figure from the records
    assert not assessments.load(demo, aid).answers["A1"].overridden


def test_evidence_is_stored_by_hash_whatever_its_name(demo, tmp_path) -> None:
    aid = assessments.start(demo, CHAIN, "green-distribution", 2026)  # A2 applies from 2026
    tricky = tmp_path / "..\\..\\policy\u202e.pdf"
    tricky.write_bytes(b"%PDF-1.4 our policy")
    sha = assessments.attach_evidence(demo, aid, "A2", tricky)
    again = assessments.attach_evidence(demo, aid, "B3", tricky)
    stored = assessments.evidence_path(demo, sha)
    assert sha == again and stored.read_bytes() == b"%PDF-1.4 our policy"
    assert stored.parent.parent == assessments.evidence_folder(demo)
    names = {e["file_name"] for files in assessments.load(demo, aid).evidence.values() for e in files}
    assert names == {"policy.pdf"}  # no folders, no control characters
    assessments.answer(demo, aid, "A2", "yes")
    result = assessments.load(demo, aid).score.results
    assert next(r for r in result if r.criterion.id == "A2").status.value == "met"


def test_evidence_size_limit(demo, tmp_path, monkeypatch) -> None:
    aid = assessments.start(demo, CHAIN, "green-distribution", 2025)
    monkeypatch.setattr(assessments, "MAX_EVIDENCE_BYTES", 10)
    big = tmp_path / "scan.pdf"
    big.write_bytes(b"x" * 11)
    with pytest.raises(DomainError, match="at most"):
        assessments.attach_evidence(demo, aid, "A2", big)
    assert assessments.load(demo, aid).evidence == {}


def test_finalized_assessment_is_locked_and_history_shows_progress(demo) -> None:
    first = assessments.start(demo, CHAIN, "green-distribution", 2024)
    assessments.answer(demo, first, "A2", "no")
    done = assessments.finalize(demo, first)
    assert done.finalized and len(done.record["content_sha256"]) == 64
    with pytest.raises(DomainError, match="finalized"):
        assessments.answer(demo, first, "A2", "yes")
    second = assessments.start(demo, CHAIN, "green-distribution", 2025)
    assessments.answer(demo, second, "C2", "yes")
    assessments.finalize(demo, second)
    history = assessments.history(demo, CHAIN, "green-distribution")
    assert [h["year"] for h in history] == [2025, 2024]
    assert history[0]["score_pct"] > history[1]["score_pct"]


def test_an_old_assessment_keeps_its_criteria_version(demo) -> None:
    aid = assessments.start(demo, CHAIN, "green-distribution", 2025)
    doc = json.loads(json.dumps(assessments.criteria_set("green-distribution").document))
    doc["version"] = "2027.1"
    doc["sections"][0]["criteria"][0]["measure"]["threshold"] = 10
    # the server delivers a newer version of the set (as sync stores it)
    assert store_documents(demo, {"criteria/green-distribution": {"version": "2027.1", "document": doc}}) == [
        "criteria/green-distribution"
    ]
    later = assessments.start(demo, CHAIN, "green-distribution", 2025)
    old, new = assessments.load(demo, aid), assessments.load(demo, later)
    assert (old.criteria.version, new.criteria.version) == ("2026.2", "2027.1")
    a1 = [next(r for r in x.score.results if r.criterion.id == "A1").status.value for x in (old, new)]
    assert a1 == ["not_met", "met"]  # 60.8 % vs 65 % then vs 10 %


def test_answers_file_is_all_or_nothing(demo, tmp_path) -> None:
    bad = tmp_path / "answers.json"
    bad.write_text(json.dumps({"A2": "yes", "A4": "everything"}), "utf-8")
    with pytest.raises(ValidationFailed):
        assessments.run_answers_file(demo, CHAIN, "green-distribution", 2025, bad)
    no_reason = tmp_path / "no_reason.json"
    no_reason.write_text(json.dumps({"A2": "yes", "A1": "80"}), "utf-8")
    with pytest.raises(ValidationFailed):
        assessments.run_answers_file(demo, CHAIN, "green-distribution", 2025, no_reason)
    assert assessments.history(demo, CHAIN) == []
