"""Self-assessments as archives and the outbox read them, on a real workspace file."""

import pytest

from scp_desktop.store.assessments import AssessmentRepository
from tests.store.conftest import TAX

SHA = "ab" * 32


@pytest.fixture
def repo(plant) -> AssessmentRepository:
    return AssessmentRepository(plant.db)


def start(ws, repo: AssessmentRepository, year: int, scheme: str = "cleaner-production") -> int:
    with ws.transaction("cli"):
        return repo.create(ws.organization(TAX).id, None, scheme, "2025.1", '{"id": "x"}', year, "Lan")


def test_an_organizations_assessments_oldest_first_with_their_criteria(plant, repo) -> None:
    first, second = start(plant, repo, 2024), start(plant, repo, 2025, "eco-innovation")
    rows = repo.of_organization(plant.organization(TAX).id)
    assert [(r["id"], r["scheme"], r["year"], r["criteria"], r["state"]) for r in rows] == [
        (first, "cleaner-production", 2024, '{"id": "x"}', "draft"),
        (second, "eco-innovation", 2025, '{"id": "x"}', "draft"),
    ]
    assert repo.of_organization(plant.organization(TAX).id + 1) == []


def test_an_assessment_is_found_again_by_its_natural_key(plant, repo) -> None:
    assessment_id = start(plant, repo, 2024)
    created_at = repo.get(assessment_id)["created_at"]
    org_id = plant.organization(TAX).id
    assert repo.natural_key(assessment_id) == {"scheme": "cleaner-production", "year": 2024, "created_at": created_at}
    assert repo.id_by_natural_key(org_id, "cleaner-production", 2024, created_at) == assessment_id
    assert repo.id_by_natural_key(org_id, "cleaner-production", 2025, created_at) is None
    assert repo.id_by_natural_key(org_id, "eco-innovation", 2024, created_at) is None
    assert repo.natural_key(assessment_id + 1) is None


def test_finalized_assessments_wait_for_the_outbox_until_they_have_a_submission(plant, repo) -> None:
    start(plant, repo, 2023)  # a draft
    done, queued = start(plant, repo, 2024), start(plant, repo, 2025)
    with plant.transaction("cli"):
        repo.finalize(done, 80.0, True, SHA)
        repo.finalize(queued, 60.0, False, SHA)
        repo.set_submission(queued, "sub-1")
    assert repo.finalized_not_queued() == [done]


def test_a_correction_is_known_by_the_submission_it_supersedes(plant, repo) -> None:
    correction = start(plant, repo, 2025)
    assert not repo.has_correction("sub-1")
    with plant.transaction("cli"):
        repo.set_supersedes(correction, "sub-1")
    assert repo.has_correction("sub-1")
    assert not repo.has_correction("sub-2")
    assert not repo.has_correction(None)  # an assessment never sent has no correction


def test_answers_and_evidence_as_stored(plant, repo) -> None:
    assessment_id = start(plant, repo, 2025)
    with plant.transaction("cli"):
        repo.save_answer(assessment_id, "c1", 3.5, "measured again", "see the meter log")
        repo.save_auto_value(assessment_id, "c2", "yes")
        repo.add_evidence(assessment_id, "c1", SHA, "hoa-don.pdf", 1200, "2025-03-01T00:00:00.000Z")
    assert sorted(repo.answer_rows(assessment_id), key=lambda r: r["criterion_id"]) == [
        {"assessment_id": assessment_id, "criterion_id": "c1", "value": "3.5", "auto_value": None,
         "override_reason": "measured again", "note": "see the meter log"},
        {"assessment_id": assessment_id, "criterion_id": "c2", "value": None, "auto_value": "yes",
         "override_reason": "", "note": ""},
    ]  # fmt: skip
    assert repo.evidence_rows(assessment_id) == [
        {"assessment_id": assessment_id, "criterion_id": "c1", "sha256": SHA, "file_name": "hoa-don.pdf",
         "size": 1200, "added_at": "2025-03-01T00:00:00.000Z"},
    ]  # fmt: skip
    assert repo.answer_rows(assessment_id + 1) == []
