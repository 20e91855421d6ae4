"""Data-quality flags taken on receipt: the robust outlier rule, year-on-year jumps and intensity outliers
through the real receive path (both engines), and that a failing check never refuses a report."""

from __future__ import annotations

import uuid

import pytest

from scp_desktop.domain.reports import content_sha256
from scp_desktop.services.demo import demo_tax_code
from scp_ministry_server import quality, submissions
from scp_ministry_server.reference import Reference
from scp_ministry_server.schemas import SubmissionIn
from scp_ministry_server.storage import submissions as repo
from tests.server.conftest import bag_document, signed_in


def test_the_outlier_rule_is_median_plus_minus_k_mad() -> None:
    peers = [0.50, 0.52, 0.48, 0.51, 0.49, 0.50]
    assert quality.outlier(0.53, peers) == []
    flagged = quality.outlier(0.90, peers)
    assert flagged[0]["code"] == "INTENSITY_OUTLIER" and flagged[0]["detail"]["median"] == pytest.approx(0.5)
    assert quality.outlier(0.90, peers[:4]) == []  # too few peers to judge
    assert quality.outlier(5.0, [1.0] * 6) == []  # no spread at all: nothing to measure against


def _receive(storage, who, bags: int | None = None, **kwargs) -> str:
    submission_id = str(uuid.uuid4())
    document = bag_document(submission_id, **kwargs)
    if bags is not None:
        document["payload"]["records"][0]["nonbio_count"] = bags
        document["content_sha256"] = content_sha256(document["payload"])
    status, _ = submissions.receive(
        storage, Reference(storage), who, submission_id, SubmissionIn.model_validate(document)
    )
    assert status == 201
    return submission_id


def _codes(storage, submission_id: str) -> dict[str, dict]:
    with storage.read() as db:
        return {f["code"]: f["detail"] for f in repo.flags_of(db, submission_id)}


def test_a_jump_against_the_same_month_a_year_before_is_flagged(storage) -> None:
    who = signed_in(storage, "chain")
    _receive(storage, who, period="2024-03", bags=600)
    assert _codes(storage, _receive(storage, who, period="2025-03", bags=900)) == {}  # × 1.5: within the rule
    _receive(storage, who, period="2024-04", bags=600)
    jump = _codes(storage, _receive(storage, who, period="2025-04", bags=1900))
    assert jump["YOY_JUMP"]["previous"] == 600 and jump["YOY_JUMP"]["current"] == 1900
    assert jump["YOY_JUMP"]["previous_period"] == "2024-04"
    assert "IMPLAUSIBLE_VALUE" not in jump
    implausible = _codes(storage, _receive(storage, who, period="2025-05", transactions=10))
    assert "IMPLAUSIBLE_VALUE" in implausible  # the app's own warning: 60 bags a sale


def test_a_check_that_fails_flags_nothing_and_the_report_is_stored(storage, monkeypatch) -> None:
    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug in a check")

    monkeypatch.setattr(quality, "year_on_year", broken)
    who = signed_in(storage, "chain")
    stored = _receive(storage, who, period="2025-05")
    with storage.read() as db:
        assert repo.find(db, stored)["state"] == "received" and repo.flags_of(db, stored) == []


def test_an_intensity_far_from_the_sectors_is_flagged(storage) -> None:
    codes = [demo_tax_code(100_300_000 + 10 * n) for n in range(7)]
    for code in codes:
        storage.add_organization(code, f"Siêu thị {code} (mẫu)", "01", "G4711", "supermarket")
        storage.grant("chain", code)
    who = signed_in(storage, "chain")
    for n, code in enumerate(codes[:6]):
        _receive(storage, who, period="2025-06", tax_code=code, transactions=1000 + 10 * n)
    odd = _receive(storage, who, period="2025-06", tax_code=codes[6], transactions=200)
    with storage.read() as db:
        flags = {f["code"]: f["detail"] for f in repo.flags_of(db, odd)}
    assert flags["INTENSITY_OUTLIER"]["peers"] == 6 and flags["INTENSITY_OUTLIER"]["value"] == pytest.approx(3.0)
