"""The client's eco-innovation report as PDF: the content of `services.eco_report` in the shared
report frame, with the canvas, the hotspot matrix, the priority matrix and the Gantt drawn."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer, Table, TableStyle

from scp_desktop.domain.eco_innovation import CANVAS_LAYOUT
from scp_desktop.pdf.document import ACCENT, BOLD, FONT, LIGHT, Identity, ReportDocument, _escape, render
from scp_desktop.services import eco_report as content
from scp_desktop.services.workspace import Workspace

RATING_COLOURS = {
    "high": colors.HexColor("#e6a19a"),
    "medium": colors.HexColor("#f3d08a"),
    "low": colors.HexColor("#cfe6c9"),
    "none": colors.HexColor("#f2f2f2"),
}
STATUS_COLOURS = {
    "done": ACCENT,
    "in_progress": colors.HexColor("#2f6fb0"),
    "planned": colors.HexColor("#9ab8ad"),
    "dropped": colors.HexColor("#bbbbbb"),
}
GRID = colors.HexColor("#b8c8c2")
CANVAS_CHARACTERS = {(2, 2): 380, (1, 2): 150, (1, 5): 300}
WIDTH_MM = 174.0


def canvas_grid() -> dict[str, tuple[int, int, int, int]]:
    """Each canvas block as (row, column, rows spanned, columns spanned) of a 3 × 10 grid."""
    rows = {0.0: 0, 0.35: 1, 0.7: 2}
    grid = {}
    for block, (x, y, w, h) in CANVAS_LAYOUT.items():
        row = rows[round(y, 2)]
        grid[block] = (row, round(x * 10), 2 if h > 0.5 else 1, round(w * 10))
    return grid


def build_pdf(report: content.EcoReport, target: Path | BytesIO) -> ReportDocument:
    identity = Identity(report.tax_code, "eco-innovation", report.period, report.content_sha256)
    doc = ReportDocument(report.language, report.title, report.org_name, report.tax_code, identity)
    doc.draft = True  # a consultant's working report: never finalized or sent
    doc.styles["block_title"] = ParagraphStyle("block_title", fontName=BOLD, fontSize=7.5, leading=9, textColor=ACCENT)
    doc.styles["canvas"] = ParagraphStyle("canvas", fontName=FONT, fontSize=7.2, leading=8.8)
    for block in report.blocks:
        _render(doc, block)
    doc.build(target)
    return doc


def _render(doc: ReportDocument, block: object) -> None:
    if render(doc, block):
        return
    if isinstance(block, content.CanvasFigure):
        _canvas(doc, block)
    elif isinstance(block, content.HotspotFigure):
        _hotspots(doc, block)
    elif isinstance(block, content.MatrixFigure):
        _matrix(doc, block)
    elif isinstance(block, content.GanttFigure):
        _gantt(doc, block)


def _cell(doc: ReportDocument, text: str, style: str = "cell") -> Paragraph:
    return Paragraph(_escape(text).replace("\n", "<br/>"), doc.styles[style])


def _canvas(doc: ReportDocument, figure: content.CanvasFigure) -> None:
    """The nine blocks where Osterwalder & Pigneur put them, each with its title and text."""
    grid = canvas_grid()
    cells: list[list[object]] = [["" for _ in range(10)] for _ in range(3)]
    style = [
        ("GRID", (0, 0), (-1, -1), 0.6, ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, -1), colors.white),
    ]
    for block, (row, col, rowspan, colspan) in grid.items():
        title, text = figure.blocks[block]
        budget = CANVAS_CHARACTERS[(rowspan, colspan)]  # what fits; the full text is in the table after
        shown = text if len(text) <= budget else text[: budget - 1].rstrip() + "…"
        cells[row][col] = [_cell(doc, title, "block_title"), _cell(doc, shown or "–", "canvas")]
        if rowspan > 1 or colspan > 1:
            style.append(("SPAN", (col, row), (col + colspan - 1, row + rowspan - 1)))
    table = Table(cells, colWidths=[WIDTH_MM / 10 * mm] * 10, rowHeights=[34 * mm, 34 * mm, 26 * mm])
    table.setStyle(TableStyle(style))
    doc.story.append(KeepTogether([Paragraph(_escape(figure.title), doc.styles["h3"]), table, Spacer(1, 3 * mm)]))


def _hotspots(doc: ReportDocument, figure: content.HotspotFigure) -> None:
    header = [_cell(doc, ""), *(_cell(doc, i, "head") for i in figure.impacts)]
    rows: list[list[object]] = [header]
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("BACKGROUND", (0, 1), (0, -1), LIGHT),
        ("GRID", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]
    for r, (stage, cells) in enumerate(zip(figure.stages, figure.cells, strict=True), start=1):
        row: list[object] = [_cell(doc, stage)]
        for c, (rating, word, note, figure_text) in enumerate(cells, start=1):
            parts = [f"<b>{_escape(word)}</b>" if word else "", _escape(note), f"<i>{_escape(figure_text)}</i>"]
            row.append(Paragraph("<br/>".join(p for p in parts if p) or "", doc.styles["cell"]))
            if rating in RATING_COLOURS:
                style.append(("BACKGROUND", (c, r), (c, r), RATING_COLOURS[rating]))
        rows.append(row)
    table = Table(rows, colWidths=[34 * mm] + [35 * mm] * len(figure.impacts), repeatRows=1)
    table.setStyle(TableStyle(style))
    doc.story.append(table)
    doc.spacer(3)


def _matrix(doc: ReportDocument, figure: content.MatrixFigure) -> None:
    """Impact upwards, ease to the right: the easiest high-impact ideas sit top right."""
    rows: list[list[object]] = []
    style = [("GRID", (1, 0), (-1, 4), 0.25, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for impact in range(5, 0, -1):
        row: list[object] = [_cell(doc, f"{figure.impact_label} {impact}", "small")]
        for ease in range(1, 6):
            row.append(_cell(doc, ", ".join(figure.cells.get((impact, ease), []))))
            shade = 0.93 - 0.05 * (impact + ease - 2) / 2  # darker towards top right
            style.append(("BACKGROUND", (ease, 5 - impact), (ease, 5 - impact), colors.Color(shade, 0.97, shade)))
        rows.append(row)
    rows.append(["", *(_cell(doc, f"{figure.ease_label} {e}", "small") for e in range(1, 6))])
    table = Table(rows, colWidths=[24 * mm] + [22 * mm] * 5, rowHeights=[9 * mm] * 5 + [6 * mm])
    table.setStyle(TableStyle(style))
    doc.story.append(KeepTogether([Paragraph(_escape(figure.title), doc.styles["h3"]), table, Spacer(1, 3 * mm)]))


def _gantt(doc: ReportDocument, figure: content.GanttFigure) -> None:
    """One bar per action over the months it spans, a tick per year."""
    label_w, row_h, top = 62 * mm, 6 * mm, 8 * mm
    months = figure.last - figure.first + 1
    area = WIDTH_MM * mm - label_w
    step = area / months
    height = top + row_h * len(figure.rows) + 2 * mm
    drawing = Drawing(WIDTH_MM * mm, height)
    for month in range(figure.first, figure.last + 1):
        if month % 12 == 0 or month == figure.first:
            x = label_w + (month - figure.first) * step
            drawing.add(Line(x, 0, x, height - top + 2 * mm, strokeColor=GRID, strokeWidth=0.4))
            label = f"{month // 12}" if months > 18 else f"{month % 12 + 1:02d}/{month // 12}"
            drawing.add(String(x + 1, height - top + 3 * mm, label, fontName=FONT, fontSize=6.5))
    for index, (label, first, last, status) in enumerate(figure.rows):
        y = height - top - row_h * (index + 1)
        text = label if len(label) <= 48 else label[:47] + "…"
        drawing.add(String(0, y + 1.8 * mm, text, fontName=FONT, fontSize=7))
        x = label_w + (first - figure.first) * step
        drawing.add(
            Rect(
                x,
                y + 1 * mm,
                max(step * (last - first + 1), 1.5),
                row_h - 2 * mm,
                fillColor=STATUS_COLOURS.get(status, ACCENT),
                strokeColor=None,
            )
        )
    drawing.add(Line(label_w, 0, label_w, height - top + 2 * mm, strokeColor=ACCENT, strokeWidth=0.8))
    doc.story.append(KeepTogether([drawing, Spacer(1, 3 * mm)]))


def write_pdf(ws: Workspace, project_id: int, target: Path | BytesIO, language: str = "vi") -> ReportDocument:
    return build_pdf(content.build_content(ws, project_id, language), target)
