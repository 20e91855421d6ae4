"""Every PDF report built from the demo workspace, read back: text, figures, page numbers, identity, pixels."""

import datetime as dt
import json
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from scp_desktop.domain.numbers import format_number
from scp_desktop.pdf.reports import build_report
from scp_desktop.services import assessments
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.reports import finalize
from scp_desktop.services.summary import summary
from scp_desktop.services.workspace import Workspace

TEXTILE, CHAIN = "0300588569", "0100234562"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Workspace:
    path = tmp_path_factory.mktemp("pdf") / "demo.sqlite"
    ws = Workspace.open(path)
    fill_demo(ws, today=dt.date(2026, 11, 24))
    yield ws
    ws.close()


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def read(path: Path) -> tuple[list[str], dict]:
    reader = PdfReader(path)
    pages = [nfc(page.extract_text()) for page in reader.pages]
    return pages, json.loads(reader.metadata.subject)


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize(
    ("kind", "tax_code"), [("energy", TEXTILE), ("bags", CHAIN), ("waste", TEXTILE), ("cp-options", TEXTILE)]
)
def test_record_reports_read_back(demo, tmp_path, kind, tax_code, language) -> None:
    target = tmp_path / f"{kind}.pdf"
    build_report(demo, kind, tax_code, "2025", target, language)
    pages, identity = read(target)
    org = demo.organization(tax_code)
    assert org.name in flat(pages[0])  # Vietnamese letters round-trip exactly (after NFC)
    total = len(pages)
    page_word = "Trang {n}/{t}" if language == "vi" else "Page {n} of {t}"
    for number, text in enumerate(pages, start=1):
        assert page_word.format(n=number, t=total) in text
    assert identity["org"] == tax_code and identity["kind"] == kind and len(identity["sha256"]) == 64
    figures = summary(demo, tax_code, 2025)
    body = flat(" ".join(pages))
    if kind == "energy":
        assert format_number(figures.energy.co2_scope2_t, language, 1) in body
        assert ("BẢN NHÁP" if language == "vi" else "DRAFT") in body
    if kind == "bags":
        assert format_number(figures.bags.reduction_pct, language, 1) in body
        assert format_number(figures.bags.transactions, language, 0) in body
    if kind == "waste":
        for stream in figures.waste.values():
            assert format_number(stream.recovery_rate_pct, language, 1) in body


def test_energy_report_gives_toe_per_fuel(demo, tmp_path) -> None:
    target = tmp_path / "energy.pdf"
    build_report(demo, "energy", TEXTILE, "2025", target, "vi")
    body = flat(" ".join(read(target)[0]))
    energy = summary(demo, TEXTILE, 2025).energy
    for toe in energy.toe_by_fuel.values():
        assert format_number(toe, "vi", 2) in body
    assert "Thông tư 25/2020/TT-BCT" in body and "Điện" in body


def test_finalized_report_carries_its_submission_id(demo, tmp_path) -> None:
    submission = finalize(demo, "waste", TEXTILE, "2024")
    target = tmp_path / "waste.pdf"
    build_report(demo, "waste", TEXTILE, "2024", target, "en")
    pages, identity = read(target)
    assert identity["submission"] == submission
    assert "DRAFT" not in pages[0]
    stored = demo.reports.live(demo.organization(TEXTILE).id, "waste", None, "2024")
    assert identity["sha256"] == stored["content_sha256"]


def test_long_table_splits_with_its_header_on_every_page(demo, tmp_path) -> None:
    org = demo.organization(TEXTILE)
    for number in range(80):
        demo.save_record(
            demo_kind("cp-options"),
            TEXTILE,
            {
                "facility": "NM01",
                "code": f"X{number:02d}",
                "process_step": "Nhuộm",
                "category": "good_housekeeping",
                "description": "Tắt máy khi không sử dụng, sửa rò rỉ hơi và khí nén",
                "feasibility": "implement_now",
                "status": "proposed",
                "investment_vnd": "1000000",
                "annual_savings_vnd": "2500000",
            },
        )
    target = tmp_path / "cp.pdf"
    build_report(demo, "cp-options", TEXTILE, "2025", target, "vi")
    pages, _ = read(target)
    assert len(pages) >= 3 and org.id
    assert all("Công đoạn" in flat(page) and "Vốn đầu tư" in flat(page) for page in pages[:-1])
    assert "1.000.000" in flat(pages[1])  # figures fit their column


def demo_kind(code: str):
    from scp_desktop.domain.records import RECORD_KINDS

    return RECORD_KINDS[code]


def test_supermarket_self_assessment_report(demo, tmp_path) -> None:
    aid = assessments.start(demo, CHAIN, "green-distribution", 2025)
    assessments.answer(demo, aid, "A1", "66", override_reason="Số đếm lại tại cửa hàng ST03")
    assessments.answer(demo, aid, "A2", "yes")
    evidence = tmp_path / "Quy định nội bộ.pdf"
    evidence.write_bytes(b"%PDF-1.4")
    assessments.attach_evidence(demo, aid, "A2", evidence)
    done = assessments.finalize(demo, aid)
    target = tmp_path / "assessment.pdf"
    build_report(demo, "assessment", CHAIN, "2025", target, "vi", scheme="green-distribution")
    pages, identity = read(target)
    body = flat(" ".join(pages))
    assert "Mô hình phân phối xanh" in body and "DỰ THẢO" in body
    assert "Số đếm lại tại cửa hàng ST03" in body and "Quy định nội bộ.pdf" in body
    assert format_number(done.score.pct, "vi", 1) in body
    assert identity["sha256"] == done.record["content_sha256"]
    assert "BẢN NHÁP" not in body


def test_consultant_eco_innovation_report_names_consultant_and_client(demo, tmp_path) -> None:
    client = "0306123457"
    aid = assessments.start(demo, client, "eco-innovation", 2025, assessor="Nguyễn Thị Hương (tư vấn)")
    for cid, option in {"P3": "o0", "P2": "o2", "B1": "o1", "R1": "o2"}.items():
        assessments.answer(demo, aid, cid, option)
    target = tmp_path / "eco.pdf"
    build_report(demo, "eco-innovation", client, "2025", target, "en", assessment_id=aid)
    body = flat(" ".join(read(target)[0]))
    assert "Nguyễn Thị Hương (tư vấn)" in body and demo.organization(client).name in body
    assert "Business model (9 blocks)" in body and "Maturity level" in body
    assert "no pass or fail" in body and "PASSED" not in body


def test_page_one_renders(demo, tmp_path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is needed: ./dev test installs it")
    target = tmp_path / "bags.pdf"
    build_report(demo, "bags", CHAIN, "2025", target, "vi")
    subprocess.run(["pdftoppm", "-r", "40", "-png", "-f", "1", "-l", "1", str(target), str(tmp_path / "p")], check=True)
    png = next(tmp_path.glob("p*.png"))
    from PySide6.QtGui import QImage

    image = QImage(str(png))
    colours = {image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}
    assert image.width() > 300 and len(colours) > 20  # text, table shading, chart and QR, not a blank page
