"""A 50-page PDF report against a bare reportlab document holding the same table.

python -m bench.report_pdf ours|bare WORKSPACE   (child mode, prints JSON)
"""

from __future__ import annotations

import json
import sys
import time
from io import BytesIO
from pathlib import Path

from bench.common import DATA, Row, measure_in_child

TAX = "0300588569"
OPTIONS = 540  # the CP register long enough for ~50 pages


def make_workspace() -> Path:
    path = DATA / f"report-{OPTIONS}.sqlite"
    if path.exists():
        return path
    from scp_desktop.domain.records import CP_OPTIONS
    from scp_desktop.services.workspace import Workspace

    DATA.mkdir(parents=True, exist_ok=True)
    with Workspace.open(path) as ws:
        ws.add_organization(tax_code=TAX, name="Công ty CP Dệt may Phương Nam", kind="manufacturer", province="79")
        ws.add_facility(TAX, code="NM01", name="Nhà máy dệt nhuộm", kind="plant")
        for number in range(OPTIONS):
            ws.save_record(
                CP_OPTIONS,
                TAX,
                {
                    "facility": "NM01",
                    "code": f"CP{number:04d}",
                    "process_step": ["Nhuộm", "Lò hơi", "Dệt", "Hoàn tất"][number % 4],
                    "category": ["good_housekeeping", "equipment_modification", "technology_change"][number % 3],
                    "description": "Thu hồi nhiệt nước thải nhuộm để gia nhiệt nước cấp lò hơi, giảm tiêu thụ than",
                    "feasibility": "implement_now",
                    "status": ["proposed", "implemented"][number % 2],
                    "investment_vnd": str(15_000_000 + 250_000 * number),
                    "annual_savings_vnd": str(9_000_000 + 100_000 * number),
                },
            )
    return path


def run(mode: str, workspace: str) -> dict[str, float]:
    from scp_desktop.services.workspace import Workspace

    with Workspace.open(workspace) as ws:
        if mode == "ours":
            from scp_desktop.pdf.reports import build_report

            started = time.perf_counter()
            out = BytesIO()
            build_report(ws, "cp-options", TAX, "2025", out, "vi")
        else:
            started, out = _bare(ws)
        elapsed = time.perf_counter() - started
    from pypdf import PdfReader

    out.seek(0)
    return {"seconds": elapsed, "pages": len(PdfReader(out).pages)}


def _bare(ws) -> tuple[float, BytesIO]:
    """The same table (same cells, wrapping, widths and font) straight into reportlab: no page
    header or "page x of y", no translation, no identity QR code, no signature block."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from scp_desktop.pdf.document import FONT, register_fonts

    register_fonts()
    options = ws.records.cp_options(ws.organization(TAX).id)
    started = time.perf_counter()
    style = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=10.5)
    header = [
        "Mã",
        "Công đoạn",
        "Nhóm giải pháp",
        "Mô tả",
        "Tính khả thi",
        "Trạng thái",
        "Vốn đầu tư (đồng)",
        "Tiết kiệm hằng năm (đồng)",
        "Thời gian hoàn vốn (năm)",
    ]
    rows = [[Paragraph(h, style) for h in header]]
    for o in options:
        cells = [
            f"{o['facility']}/{o['code']}",
            o["process_step"],
            o["category"],
            o["description"],
            o["feasibility"],
            o["status"],
            f"{o['investment_vnd']:,.0f}",
            f"{o['annual_savings_vnd']:,.0f}",
            f"{o['investment_vnd'] / o['annual_savings_vnd']:.2f}",
        ]
        rows.append([Paragraph(c, style) for c in cells])
    out = BytesIO()
    widths = [w * mm for w in (15, 15, 19, 33, 15, 15, 22, 22, 18)]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, "grey"), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    SimpleDocTemplate(out, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm).build([table])
    return started, out


def bench() -> list[Row]:
    workspace = str(make_workspace())
    ours = measure_in_child("bench.report_pdf", "ours", workspace)
    bare = measure_in_child("bench.report_pdf", "bare", workspace)
    return [
        Row(
            f"CP register PDF, {ours['pages']:.0f} pages ({OPTIONS} options)",
            ours["seconds"],
            bare["seconds"],
            "s",
            False,
            "≤ 1.5× bare",
            f"bare: the same table (cells, widths, font) straight into reportlab, {bare['pages']:.0f} pages",
        )
    ]


if __name__ == "__main__":
    print(json.dumps(run(sys.argv[1], sys.argv[2])))
