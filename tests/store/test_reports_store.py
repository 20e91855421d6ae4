"""The outbox as the sync and archives read and write it, on a real workspace file."""

import pytest

from scp_desktop.domain.reports import ReportState
from tests.store.conftest import TAX

SHA = "cd" * 32
JANUARY = 2025 * 12


def ids(ws) -> tuple[int, int]:
    org = ws.organization(TAX)
    return org.id, ws.organizations.facilities(org.id)[0].id


def report(ws, month: int = 1, kind: str = "energy", finalized: bool = True) -> str:
    org_id, facility_id = ids(ws)
    start = JANUARY + month - 1
    with ws.transaction("cli"):
        submission = ws.reports.create(org_id, kind, facility_id, f"2025-{month:02d}", start, start)
        if finalized:
            ws.reports.finalize(submission, {"records": []}, SHA, {"factors": "2024.1"})
    return submission


def deliver(ws, submission: str, state: ReportState, **columns) -> None:
    with ws.transaction("sync"):
        ws.reports.set_delivery(submission, state, **columns)


def test_a_reports_scope_within_its_organization_or_any(plant) -> None:
    submission = report(plant)
    org_id, _ = ids(plant)
    assert plant.reports.scope(submission, org_id) == {"kind": "energy", "facility": "NM01", "period": "2025-01"}
    assert plant.reports.scope(submission, None) == {"kind": "energy", "facility": "NM01", "period": "2025-01"}
    assert plant.reports.scope(submission, org_id + 1) is None
    assert plant.reports.scope("not-stored", None) is None


def test_standing_says_whether_a_report_is_live(plant) -> None:
    old, new = report(plant), report(plant, finalized=False)
    _, facility_id = ids(plant)
    assert plant.reports.standing(old) == {"state": "finalized", "superseded_by": None, "facility_id": facility_id}
    with plant.transaction("cli"):
        plant.reports.mark_superseded(old, new)
    assert plant.reports.standing(old) == {"state": "finalized", "superseded_by": new, "facility_id": facility_id}
    assert plant.reports.standing(new)["state"] == "draft"
    assert plant.reports.standing("not-stored") is None


def test_due_reports_wait_out_their_backoff(plant) -> None:
    first, later, sending = report(plant, 1), report(plant, 2), report(plant, 3)
    report(plant, 4, finalized=False)  # a draft is never due
    deliver(plant, later, ReportState.FINALIZED, attempts=2, next_attempt_at="2025-06-01T00:00:00.000Z")
    deliver(plant, sending, ReportState.SENDING)
    due = plant.reports.due("2025-05-31T23:59:59.999Z")
    assert [r["submission_id"] for r in due] == [first, sending]
    assert due[0] == {"submission_id": first, "payload": '{"records": []}', "content_sha256": SHA,
                      "supersedes": None, "attempts": 0}  # fmt: skip
    assert [r["submission_id"] for r in plant.reports.due("2025-06-01T00:00:00.000Z")] == [first, later, sending]
    assert [r["submission_id"] for r in plant.reports.due(None)] == [first, later, sending]
    assert plant.reports.waiting_count() == 3
    deliver(plant, first, ReportState.FAILED, server_message="refused", next_attempt_at=None)
    assert plant.reports.waiting_count() == 2


def test_delivery_writes_only_its_own_columns(plant) -> None:
    submission = report(plant)
    deliver(plant, submission, ReportState.RECEIVED, receipt="BN-7", server_message=None, sent_at="2025-02-01")
    row = plant.db.execute(
        "SELECT state, receipt, server_message, sent_at, payload FROM reports WHERE submission_id = ?", [submission]
    ).fetchone()
    assert row == ("received", "BN-7", None, "2025-02-01", '{"records": []}')
    with pytest.raises(ValueError, match="payload"):
        plant.reports.set_delivery(submission, ReportState.FAILED, payload="{}")


def test_the_servers_review_changes_only_sent_or_waiting_reports(plant) -> None:
    sent, draft = report(plant, 1), report(plant, 2, finalized=False)
    deliver(plant, sent, ReportState.RECEIVED, receipt="BN-7")
    with plant.transaction("sync"):
        returned = plant.reports.apply_review(sent, ReportState.RETURNED, None, "Thiếu tháng 2", '{"quantity": "?"}')
        untouched = plant.reports.apply_review(draft, ReportState.ACCEPTED, "BN-8", None, None)
    assert (returned, untouched) == (1, 0)
    assert plant.reports.review(sent) == {
        "state": "returned", "server_message": "Thiếu tháng 2", "field_comments": '{"quantity": "?"}',
        "receipt": "BN-7",  # no receipt in the news: the stored one stays
    }  # fmt: skip
    assert plant.reports.review(draft)["state"] == "draft"
    assert plant.reports.review("not-stored") is None


def test_receipted_only_once_the_server_gave_a_receipt(plant) -> None:
    submission = report(plant)
    deliver(plant, submission, ReportState.SENDING)
    assert plant.reports.receipted(submission) is None
    deliver(plant, submission, ReportState.RECEIVED, receipt="BN-7")
    assert plant.reports.receipted(submission) == {"state": "received", "content_sha256": SHA}


def test_an_archive_carries_the_record_reports_not_the_assessments(plant) -> None:
    draft = report(plant, 1, finalized=False)
    report(plant, 2, kind="assessment/cleaner-production")
    rows = plant.reports.for_archive(ids(plant)[0])
    assert [r["submission_id"] for r in rows] == [draft]
    assert {k: v for k, v in rows[0].items() if k not in ("created_at",)} == {
        "submission_id": draft, "kind": "energy", "facility": "NM01", "period": "2025-01",
        "start_month": JANUARY, "end_month": JANUARY, "state": "draft", "supersedes": None, "superseded_by": None,
        "payload": None, "content_sha256": None, "reference_versions": None, "finalized_at": None, "receipt": None,
        "server_message": None,
    }  # fmt: skip
    assert plant.reports.for_archive(ids(plant)[0] + 1) == []
