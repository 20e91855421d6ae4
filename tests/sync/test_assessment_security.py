"""Issue 15's security tests over real HTTP on both engines: another organization cannot read A's evidence
even knowing its hash, nor list it in its own assessment; a tampered score is refused field by field; the
verify page of A's report says nothing on a wrong hash; and the QR code of a sent report's PDF, decoded from
the rendered page, opens a verify page naming the organization, in Vietnamese and in English."""

from __future__ import annotations

import copy
import hashlib
import subprocess
import uuid
from pathlib import Path

import pytest
import requests
import zxingcpp
from PIL import Image

from scp_desktop.domain.records import BAGS
from scp_desktop.domain.reports import content_sha256
from scp_desktop.pdf.reports import build_report
from scp_desktop.services import assessments
from scp_desktop.services.reports import finalize
from scp_desktop.services.sync import ServerClient, set_meta, sync_once, verify_address
from tests.sync.conftest import CHAIN, TEXTILE

API = "/api/v1"


def call(server, method: str, path: str, token: str, **kwargs) -> requests.Response:
    return requests.request(
        method, f"{server.url}{API}{path}", headers={"Authorization": f"Bearer {token}"}, timeout=30, **kwargs
    )


@pytest.fixture
def chain(ws):
    ws.add_organization(tax_code=CHAIN, name="Công ty CP Siêu thị Xanh Hà Nội", kind="supermarket", province="01")
    ws.add_organization(tax_code=TEXTILE, name="Dệt may Phương Nam", kind="manufacturer", province="79")
    ws.add_facility(CHAIN, code="ST01", name="Cửa hàng 1", kind="store")
    ws.save_record(
        BAGS,
        CHAIN,
        {
            "store": "ST01",
            "date": "2025-03-05",
            "transactions": "1000",
            "nonbio_count": "600",
            "nonbio_kg": "3.6",
            "bio_count": "120",
            "bio_kg": "1",
            "paper_count": "20",
            "paper_kg": "0.4",
            "reusable_sold": "2",
        },
    )
    return ws


def finalized_assessment(ws, folder: Path, tax_code: str = CHAIN) -> tuple[dict, Path]:
    """A finalized assessment's row in the outbox, and its one evidence file."""
    proof = folder / f"minh-chung-{tax_code}.pdf"
    proof.write_bytes(f"%PDF-1.4 {tax_code} {uuid.uuid4()}".encode())
    aid = assessments.start(ws, tax_code, "green-distribution", 2026)
    assessments.attach_evidence(ws, aid, "B3", proof)
    assessments.answer(ws, aid, "B3", "yes")
    submission = assessments.finalize(ws, aid).record["submission_id"]
    return next(r for r in ws.reports.all() if r["submission_id"] == submission), proof


def document_of(ws, report: dict) -> dict:
    from scp_desktop.services.sync import _document

    row = ws.db.execute(
        "SELECT submission_id, payload, content_sha256, supersedes FROM reports WHERE submission_id = ?",
        [report["submission_id"]],
    ).fetchone()
    return _document(dict(zip(["submission_id", "payload", "content_sha256", "supersedes"], row, strict=True)))


def test_the_evidence_of_a_is_out_of_b_reach_even_by_hash(chain, server, tmp_path) -> None:
    report, proof = finalized_assessment(chain, tmp_path)
    token_a, token_b = server.token("chain"), server.token("textile")
    assert sync_once(chain, ServerClient(server.url, token_a)).error is None
    sha = hashlib.sha256(proof.read_bytes()).hexdigest()
    assert call(server, "GET", f"/attachments/{sha}", token_a).content == proof.read_bytes()
    free = hashlib.sha256(b"no such file").hexdigest()
    theirs, nothing = (
        call(server, "GET", f"/attachments/{sha}", token_b),
        call(server, "GET", f"/attachments/{free}", token_b),
    )
    assert theirs.status_code == nothing.status_code == 404 and theirs.json() == nothing.json()
    # B's own assessment listing A's file: refused exactly as if nobody had uploaded it.
    document = document_of(chain, report)
    document["payload"]["organization"] = {"tax_code": TEXTILE, "name": "Dệt may Phương Nam", "kind": "manufacturer"}
    document["content_sha256"] = content_sha256(document["payload"])
    document.pop("submission_id")
    borrowed = call(server, "PUT", f"/submissions/{uuid.uuid4()}", token_b, json=document)
    assert borrowed.status_code == 422 and borrowed.json()["error"] == "MISSING_ATTACHMENTS"
    assert [e["message"] for e in borrowed.json()["errors"]] == [sha]


@pytest.mark.parametrize(
    ("tamper", "field"),
    [
        (lambda p: p["scores"].update(score_pct=p["scores"]["score_pct"] + 20), "payload.scores.score_pct"),
        (lambda p: p["scores"].update(passed=True), "payload.scores.passed"),
        (lambda p: p["scores"]["criteria"]["B3"].update(earned=99.0), "payload.scores.criteria.B3"),
        (lambda p: p["answers"]["B3"].update(value="no"), "payload.scores"),  # an answer changed, the score not
        (lambda p: p["organization"].update(kind="market"), "payload.organization.kind"),  # an easier threshold
        (lambda p: p["criteria"].update(version="1999.1"), "payload.criteria.version"),
        (lambda p: p["answers"].update(ZZ={"value": "yes"}), "payload.answers.ZZ"),
    ],
)
def test_a_tampered_assessment_is_refused_at_the_field(chain, server, tmp_path, tamper, field) -> None:
    report, proof = finalized_assessment(chain, tmp_path)
    token = server.token("chain")
    sha = hashlib.sha256(proof.read_bytes()).hexdigest()
    assert call(server, "PUT", f"/attachments/{sha}", token, data=proof.read_bytes()).status_code == 201
    honest = document_of(chain, report)
    document = copy.deepcopy(honest)
    tamper(document["payload"])
    document["content_sha256"] = content_sha256(document["payload"])  # rehashed: only the server's scoring can tell
    refused = call(server, "PUT", f"/submissions/{report['submission_id']}", token, json=document)
    assert refused.status_code == 422, refused.text
    assert any(e["field"].startswith(field) for e in refused.json()["errors"]), refused.text
    accepted = call(server, "PUT", f"/submissions/{report['submission_id']}", token, json=honest)
    assert accepted.status_code == 201, accepted.text  # the honest one, with the same id, is taken


def verify(server, submission_id: str, sha: str | None, lang: str = "vi") -> requests.Response:
    params = {"lang": lang, **({"h": sha} if sha is not None else {})}
    return requests.get(f"{server.url}/verify/{submission_id}", params=params, timeout=30)


def test_the_verify_page_names_the_report_and_leaks_nothing_on_a_wrong_hash(chain, server) -> None:
    submission = finalize(chain, "bags", CHAIN, "2025-03", "ST01")
    assert sync_once(chain, ServerClient(server.url, server.token("chain"))).error is None
    sha = next(r for r in chain.reports.all() if r["submission_id"] == submission)["content_sha256"]
    page = verify(server, submission, sha)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for text in ("Công ty CP Siêu thị Xanh Hà Nội (mẫu)", CHAIN, "Báo cáo túi ni lông", "2025-03", "Đã tiếp nhận"):
        assert text in page.text, text  # the ministry's own name for the organization
    english = verify(server, submission, sha, "en")
    assert "Plastic bag report" in english.text and "Received, under review" in english.text
    wrong = [
        verify(server, submission, "0" * 64),  # a wrong hash
        verify(server, submission, sha.upper()),
        verify(server, submission, None),  # no hash
        verify(server, str(uuid.uuid4()), sha),  # an id nobody has
        verify(server, submission + "x", sha),
    ]
    assert {w.status_code for w in wrong} == {404}
    assert len({w.text for w in wrong}) == 1  # one and the same page: nothing says whether the id exists
    assert "Siêu thị" not in wrong[0].text and CHAIN not in wrong[0].text


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)  # the limit does not depend on the engine
def test_the_verify_page_is_rate_limited(server) -> None:
    answers = [verify(server, str(uuid.uuid4()), "0" * 64).status_code for _ in range(40)]
    assert answers[:30] == [404] * 30 and 429 in answers[30:]


def decoded_qr(pdf: Path) -> list[str]:
    """Every QR code on the PDF's last page, rendered at 200 dpi and decoded."""
    folder = pdf.with_suffix("")
    folder.mkdir()
    prefix = folder / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "200", "-l", "9", str(pdf), str(prefix)], check=True)
    last = sorted(folder.glob("page*.png"))[-1]
    return [barcode.text for barcode in zxingcpp.read_barcodes(Image.open(last))]


def test_the_qr_code_of_a_sent_report_opens_its_verify_page(chain, server, tmp_path) -> None:
    submission = finalize(chain, "bags", CHAIN, "2025-03", "ST01")
    before = tmp_path / "before.pdf"
    build_report(chain, "bags", CHAIN, "2025-03", before, "vi", "ST01")
    (identity,) = decoded_qr(before)
    assert identity.startswith("{") and submission in identity  # not sent yet: the identity as before
    set_meta(chain, "server_url", server.url)
    assert sync_once(chain, ServerClient(server.url, server.token("chain"))).error is None
    after = tmp_path / "after.pdf"
    build_report(chain, "bags", CHAIN, "2025-03", after, "vi", "ST01")
    (address,) = decoded_qr(after)
    assert address == verify_address(chain, submission)
    assert address.startswith(f"{server.url}/verify/{submission}?h=")
    opened = requests.get(address, timeout=30)
    assert opened.status_code == 200 and "Công ty CP Siêu thị Xanh Hà Nội (mẫu)" in opened.text
