"""The client's eco-innovation report, as PDF and DOCX, read back and rendered."""

import datetime as dt
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

from scp_desktop.domain.numbers import format_number
from scp_desktop.pdf.eco_report import canvas_grid, write_pdf
from scp_desktop.services import eco_innovation as eco
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.workspace import Workspace
from scp_desktop.word.eco_report import write_docx

CLIENT = "0306123457"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Workspace:
    ws = Workspace.open(tmp_path_factory.mktemp("ecopdf") / "demo.sqlite")
    fill_demo(ws, today=dt.date(2026, 11, 24))
    yield ws
    ws.close()


@pytest.fixture(scope="module")
def project(demo):
    return eco.load(demo, eco.projects(demo, CLIENT)[0]["id"])


def pages_of(path: Path) -> list[str]:
    return [" ".join(unicodedata.normalize("NFC", p.extract_text()).split()) for p in PdfReader(path).pages]


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("vi", ["Giai đoạn 1: Chuẩn bị", "Giai đoạn 6: Đánh giá lại", "Mô hình kinh doanh: hiện tại", "Lộ trình"]),
        ("en", ["Phase 1: Prepare", "Phase 6: Review", "Business model canvas: current", "Roadmap"]),
    ],
)
def test_pdf_follows_the_phases_with_the_clients_figures(demo, project, tmp_path, language, words) -> None:
    target = tmp_path / f"eco-{language}.pdf"
    write_pdf(demo, project.id, target, language)
    pages = pages_of(target)
    body = " ".join(pages)
    for word in words:
        assert word in body
    org = demo.organization(CLIENT)
    assert org.name in pages[0] and project.consultant in body and project.client_representative in body
    facts = eco.facts_by_year(demo, CLIENT)
    baseline = facts[2024].energy.toe_total / facts[2024].production["t"]
    assert format_number(baseline, language, 4) in body  # the KPI's baseline, from the records
    case = "2.230.718.184" if language == "vi" else "2,230,718,184"  # NPV of I1: 420 M/yr for 10 yr at 10 % − 350 M
    assert case in body
    assert "ĐẠT" not in body and "PASSED" not in body  # no verdict anywhere
    total = len(pages)
    page_word = "Trang {n}/{t}" if language == "vi" else "Page {n} of {t}"
    assert all(page_word.format(n=n, t=total) in text for n, text in enumerate(pages, start=1))


def test_pdf_page_one_and_the_canvas_render(demo, project, tmp_path) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.fail("pdftoppm (poppler-utils) is needed: ./dev test installs it")
    from PySide6.QtGui import QImage

    target = tmp_path / "eco.pdf"
    write_pdf(demo, project.id, target, "vi")
    canvas_page = next(i for i, text in enumerate(pages_of(target), start=1) if "Mô hình kinh doanh: hiện tại" in text)
    for number in (1, canvas_page):
        stem = tmp_path / f"page{number}"
        subprocess.run(
            ["pdftoppm", "-r", "50", "-png", "-f", str(number), "-l", str(number), str(target), str(stem)], check=True
        )
        image = QImage(str(next(tmp_path.glob(f"page{number}*.png"))))
        colours = {image.pixel(x, y) for x in range(0, image.width(), 5) for y in range(0, image.height(), 5)}
        assert image.width() > 300 and len(colours) > 15  # text, shading, lines: not a blank page


def test_canvas_grid_places_the_nine_blocks() -> None:
    grid = canvas_grid()
    covered = [
        (r, c) for r0, c0, rows, cols in grid.values() for r in range(r0, r0 + rows) for c in range(c0, c0 + cols)
    ]
    assert sorted(covered) == [(r, c) for r in range(3) for c in range(10)]  # every cell once
    assert grid["value_proposition"] == (0, 4, 2, 2) and grid["revenue_streams"] == (2, 5, 1, 5)


def test_docx_reads_back_with_the_canvas_and_the_signatures(demo, project, tmp_path) -> None:
    target = tmp_path / "eco.docx"
    write_docx(demo, project.id, target, "vi")
    document = Document(str(target))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Giai đoạn 1: Chuẩn bị" and "Giai đoạn 6: Đánh giá lại" in headings
    texts = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    everything = "\n".join([p.text for p in document.paragraphs] + texts)
    assert project.consultant in everything and project.client_representative in everything
    canvases = [t for t in document.tables if len(t.columns) == 10 and len(t.rows) == 3]
    assert len(canvases) == 2  # current and new
    current = canvases[0]
    distinct = {cell.text for row in current.rows for cell in row.cells}
    assert len(distinct) == 9  # the 30 grid cells merge into the nine blocks
    assert "Màng PE giá cạnh tranh" in current.cell(0, 4).text
    new = canvases[1]
    assert "hàm lượng tái sinh" in new.cell(1, 5).text  # value proposition spans both rows
    assert "Mẫu đạt độ bền kéo" in everything  # the pilot's results
    footer = document.sections[0].footer.paragraphs[0]._p.xml
    assert "NUMPAGES" in footer and "PAGE" in footer


def test_cli_writes_the_project_report_as_pdf_and_docx(demo, tmp_path, capsys) -> None:
    from scp_desktop.cli import main

    demo.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for name in ("eco.pdf", "eco.docx"):
        target = tmp_path / name
        code = main(
            [
                "--workspace",
                str(demo.path),
                "report",
                "eco-innovation",
                "--org",
                CLIENT,
                "--period",
                "2024",
                "--lang",
                "en",
                "-o",
                str(target),
            ]
        )
        assert code == 0 and target.exists() and not target.with_name(name + ".part").exists()
    assert "Phase 4: Build roadmap" in " ".join(pages_of(tmp_path / "eco.pdf"))
    assert Document(str(tmp_path / "eco.docx")).paragraphs[0].text.startswith("Eco-innovation report")
    code = main(
        [
            "--workspace",
            str(demo.path),
            "report",
            "energy",
            "--org",
            CLIENT,
            "--period",
            "2024",
            "-o",
            str(tmp_path / "energy.docx"),
        ]
    )
    assert code == 2 and "only `report eco-innovation`" in capsys.readouterr().err
