"""The client's eco-innovation report as an editable Word document (python-docx).

The same content as the PDF (`services.eco_report`), drawn with Word's own tables so that the
consultant can finish the report in Word: the canvas as merged cells, the hotspot matrix and
the Gantt as shaded cells, page numbers as fields.
"""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import Table, _Cell

from scp_desktop.catalog import translator
from scp_desktop.domain.eco_innovation import CANVAS_LAYOUT
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP
from scp_desktop.services import eco_report as content
from scp_desktop.services.workspace import Workspace

FONT = "Times New Roman"  # Vietnamese administrative documents use it; every Word has it
ACCENT = "1B6E5A"
LIGHT = "EEF5F2"
RATING_FILLS = {"high": "E6A19A", "medium": "F3D08A", "low": "CFE6C9", "none": "F2F2F2"}
STATUS_FILLS = {"done": "1B6E5A", "in_progress": "2F6FB0", "planned": "9AB8AD", "dropped": "BBBBBB"}
PAGE = QT_TRANSLATE_NOOP("Report", "Page {page} of {pages}")
DRAFT = QT_TRANSLATE_NOOP("Report", "DRAFT – not finalized")
WIDTH_MM = 174.0


def build_docx(report: content.EcoReport, target: Path | BytesIO) -> None:
    document = Document()
    _page_setup(document, report)
    title = document.add_heading(report.title, 0)
    _colour(title, ACCENT)
    for block in report.blocks:
        _render(document, block)
    if isinstance(target, BytesIO):
        document.save(target)
    else:
        document.save(str(target))


def write_docx(ws: Workspace, project_id: int, target: Path | BytesIO, language: str = "vi") -> None:
    build_docx(content.build_content(ws, project_id, language), target)


# -- page, styles, header and footer ---------------------------------------------------------------
def _page_setup(document: Document, report: content.EcoReport) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = section.right_margin = Mm(18)
    section.top_margin, section.bottom_margin = Mm(22), Mm(18)
    styles = document.styles
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3"):
        style = styles[name]
        style.font.name = FONT
        style.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)  # type: ignore[union-attr]
    styles["Normal"].font.size = Pt(11)
    styles["Title"].font.size = Pt(20)
    translate = translator(report.language)
    header = section.header.paragraphs[0]
    header.text = f"{report.org_name} · MST {report.tax_code}\t\t{translate(DRAFT.context, DRAFT.source)}"
    header.runs[0].font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pattern = translate(PAGE.context, PAGE.source)
    for piece in re.split(r"(\{page\}|\{pages\})", pattern):
        if piece == "{page}":
            _field(footer, "PAGE")
        elif piece == "{pages}":
            _field(footer, "NUMPAGES")
        elif piece:
            footer.add_run(piece).font.size = Pt(8)


def _field(paragraph, code: str) -> None:  # type: ignore[no-untyped-def]
    """A Word field (PAGE, NUMPAGES) that Word fills in when it lays the document out."""
    run = paragraph.add_run()
    run.font.size = Pt(8)
    for kind, text in (("begin", None), (None, code), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)


def _colour(paragraph, hex_colour: str) -> None:  # type: ignore[no-untyped-def]
    for run in paragraph.runs:
        run.font.color.rgb = RGBColor.from_string(hex_colour)


def _shade(cell: _Cell, hex_fill: str) -> None:
    properties = cell._tc.get_or_add_tcPr()
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), hex_fill)
    properties.append(shading)


def _write(cell: _Cell, text: str, bold: bool = False, size: float = 9, colour: str | None = None) -> None:
    """Text into a cell, one paragraph per line."""
    lines = text.split("\n") if text else [""]
    cell.paragraphs[0].text = ""
    for index, line in enumerate(lines):
        paragraph = cell.paragraphs[0] if index == 0 else cell.add_paragraph()
        run = paragraph.add_run(line)
        run.bold = bold
        run.font.size = Pt(size)
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def _widths(table: Table, widths_mm: list[float]) -> None:
    """Column widths for Word (the cells) and for LibreOffice (the table grid)."""
    table.autofit = False
    for column, width in zip(table.columns, widths_mm, strict=False):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=False):
            cell.width = Mm(width)


# -- blocks ----------------------------------------------------------------------------------------
def _render(document: Document, block: object) -> None:
    if isinstance(block, content.Heading):
        heading = document.add_heading(block.text, 1 if block.level == 1 else 2)
        _colour(heading, ACCENT)
    elif isinstance(block, content.Paragraph):
        paragraph = document.add_paragraph(block.text)
        if block.style == "small":
            for run in paragraph.runs:
                run.font.size = Pt(8.5)
                run.font.color.rgb = RGBColor.from_string("777777")
    elif isinstance(block, content.KeyValues):
        table = document.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for key, value in block.pairs:
            cells = table.add_row().cells
            _write(cells[0], key, bold=True)
            _shade(cells[0], LIGHT)
            _write(cells[1], value)
        _widths(table, [55, WIDTH_MM - 55])
        document.add_paragraph()
    elif isinstance(block, content.Table):
        _table(document, block)
    elif isinstance(block, content.CanvasFigure):
        _canvas(document, block)
    elif isinstance(block, content.HotspotFigure):
        _hotspots(document, block)
    elif isinstance(block, content.MatrixFigure):
        _matrix(document, block)
    elif isinstance(block, content.GanttFigure):
        _gantt(document, block)
    elif isinstance(block, content.BarFigure):
        _bars(document, block)
    elif isinstance(block, content.Signatures):
        _signatures(document, block)


def _table(document: Document, block: content.Table) -> None:
    table = document.add_table(rows=1, cols=len(block.header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, block.header, strict=True):
        _write(cell, text, bold=True, size=8.5, colour="FFFFFF")
        _shade(cell, ACCENT)
    _repeat_header(table)
    for row in block.rows:
        cells = table.add_row().cells
        for index, (cell, text) in enumerate(zip(cells, row, strict=True)):
            _write(cell, str(text))
            if index in block.numeric:
                for paragraph in cell.paragraphs:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _widths(table, block.widths_mm)
    document.add_paragraph()


def _repeat_header(table: Table) -> None:
    properties = table.rows[0]._tr.get_or_add_trPr()
    element = OxmlElement("w:tblHeader")
    element.set(qn("w:val"), "true")
    properties.append(element)


def _canvas(document: Document, figure: content.CanvasFigure) -> None:
    document.add_heading(figure.title, 3)
    table = document.add_table(rows=3, cols=10)
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    rows = {0.0: 0, 0.35: 1, 0.7: 2}
    for block, (x, y, w, h) in CANVAS_LAYOUT.items():
        row, col = rows[round(y, 2)], round(x * 10)
        last_row, last_col = row + (2 if h > 0.5 else 1) - 1, col + round(w * 10) - 1
        cell = table.cell(row, col).merge(table.cell(last_row, last_col))
        title, text = figure.blocks[block]
        _write(cell, title, bold=True, size=8.5, colour=ACCENT)
        for line in (text or "–").split("\n"):
            run = cell.add_paragraph().add_run(line)
            run.font.size = Pt(8.5)
    for row, height in zip(table.rows, (Mm(38), Mm(38), Mm(28)), strict=True):
        row.height = height
    document.add_paragraph()


def _hotspots(document: Document, figure: content.HotspotFigure) -> None:
    table = document.add_table(rows=1, cols=len(figure.impacts) + 1)
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells[1:], figure.impacts, strict=True):
        _write(cell, text, bold=True, colour="FFFFFF")
        _shade(cell, ACCENT)
    _shade(table.rows[0].cells[0], ACCENT)
    for stage, cells in zip(figure.stages, figure.cells, strict=True):
        row = table.add_row().cells
        _write(row[0], stage, bold=True)
        _shade(row[0], LIGHT)
        for cell, (rating, word, note, figure_text) in zip(row[1:], cells, strict=True):
            _write(cell, word, bold=True)
            for line in (note, figure_text):
                if line:
                    run = cell.add_paragraph().add_run(line)
                    run.font.size = Pt(8.5)
                    run.italic = line is figure_text
            if rating in RATING_FILLS:
                _shade(cell, RATING_FILLS[rating])
    _widths(table, [34] + [35.0] * len(figure.impacts))
    document.add_paragraph()


def _matrix(document: Document, figure: content.MatrixFigure) -> None:
    document.add_heading(figure.title, 3)
    table = document.add_table(rows=6, cols=6)
    table.style = "Table Grid"
    for r, impact in enumerate(range(5, 0, -1)):
        _write(table.cell(r, 0), f"{figure.impact_label} {impact}", size=8)
        for ease in range(1, 6):
            cell = table.cell(r, ease)
            _write(cell, ", ".join(figure.cells.get((impact, ease), [])), bold=True)
            level = (impact + ease - 2) / 8  # 0 bottom left … 1 top right
            _shade(cell, f"{int(240 - 40 * level):02X}F5{int(240 - 40 * level):02X}")
    for ease in range(1, 6):
        _write(table.cell(5, ease), f"{figure.ease_label} {ease}", size=8)
    _widths(table, [30] + [24.0] * 5)
    document.add_paragraph()


def _gantt(document: Document, figure: content.GanttFigure) -> None:
    """Columns are months (quarters past two years); a bar is its shaded cells."""
    months = figure.last - figure.first + 1
    step = 1 if months <= 24 else 3
    columns = list(range(figure.first - figure.first % step, figure.last + 1, step))
    table = document.add_table(rows=1, cols=len(columns) + 1)
    table.style = "Table Grid"
    for cell, month in zip(table.rows[0].cells[1:], columns, strict=True):
        label = (
            f"{month % 12 + 1:02d}/{month // 12 % 100:02d}"
            if step == 1
            else f"Q{month % 12 // 3 + 1}/{month // 12 % 100:02d}"
        )
        _write(cell, label, size=6.5)
    for label, first, last, status in figure.rows:
        cells = table.add_row().cells
        _write(cells[0], label, size=8)
        for cell, month in zip(cells[1:], columns, strict=True):
            if month + step - 1 >= first and month <= last:
                _shade(cell, STATUS_FILLS.get(status, ACCENT))
    _widths(table, [52] + [(WIDTH_MM - 52) / len(columns)] * len(columns))
    document.add_paragraph()


def _bars(document: Document, figure: content.BarFigure) -> None:
    """A maturity picture in text bars (▇ per 5 %), which survive any editing."""
    table = document.add_table(rows=0, cols=2)
    for label, value in zip(figure.labels, figure.values, strict=True):
        cells = table.add_row().cells
        _write(cells[0], label)
        _write(cells[1], "▇" * round(value / 5) + f" {value:.0f} %", colour=ACCENT)
    _widths(table, [60, WIDTH_MM - 60])
    document.add_paragraph()


def _signatures(document: Document, block: content.Signatures) -> None:
    document.add_paragraph()
    table = document.add_table(rows=4, cols=len(block.signers))
    for index, (role, name) in enumerate(block.signers):
        _write(table.cell(0, index), role)
        _write(table.cell(1, index), name, bold=True, size=11)
        _write(table.cell(2, index), block.date_line, size=8)
        table.rows[3].height = Mm(25)
