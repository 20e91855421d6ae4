"""A report's content (services.report_content) as an XLSX workbook, for an officer to copy figures into
the ministry's portal: the same sections in the same order, figures as numbers in their cells."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.numbers import convention_of, parse_number
from scp_desktop.services import report_content as content
from scp_desktop.services.energy_report import BLANK

ACCENT = "1B6E5A"
HEAD = PatternFill("solid", fgColor=ACCENT)
LIGHT = PatternFill("solid", fgColor="EEF5F2")
WIDTH = 6  # columns the sheet uses


def write_xlsx(report: content.ReportContent, target: Path | BytesIO) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = report.title[:31]
    writer = _Sheet(sheet, convention_of(report.language))
    writer.row([report.title], font=Font(bold=True, size=14, color=ACCENT))
    writer.row([report.org_name, report.tax_code])
    for block in report.blocks:
        writer.block(block)
    for column, width in enumerate((34, 18, 16, 16, 14, 20), start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    book.save(target)


class _Sheet:
    def __init__(self, sheet: Any, convention: str) -> None:
        self.sheet = sheet
        self.convention = convention
        self.next = 1

    def row(self, values: list[Any], font: Font | None = None, fill: PatternFill | None = None) -> None:
        for column, value in enumerate(values, start=1):
            cell = self.sheet.cell(self.next, column, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if font is not None:
                cell.font = font
            if fill is not None:
                cell.fill = fill
        self.next += 1

    def block(self, block: Any) -> None:
        if isinstance(block, content.Heading):
            self.next += 1
            self.row([block.text], font=Font(bold=True, size=12 if block.level == 1 else 11, color=ACCENT))
        elif isinstance(block, content.Paragraph):
            self.sheet.merge_cells(start_row=self.next, start_column=1, end_row=self.next, end_column=WIDTH)
            self.row([block.text], font=Font(italic=block.style == "small", bold=block.style == "h3"))
        elif isinstance(block, content.KeyValues):
            for key, value in block.pairs:
                self.row([key, "" if value == BLANK else value], fill=None)
        elif isinstance(block, content.Table):
            self.row(block.header, font=Font(bold=True, color="FFFFFF"), fill=HEAD)
            for index, cells in enumerate(block.rows):
                last = block.total_row and index == len(block.rows) - 1
                values = [self._cell(text, column in block.numeric) for column, text in enumerate(cells)]
                self.row(values, font=Font(bold=True) if last else None, fill=LIGHT if last else None)
        elif isinstance(block, content.PageBreak):
            self.next += 2
        elif isinstance(block, content.Signatures):
            self.next += 1
            self.row([role for role, _ in block.signers])
            self.row([name for _, name in block.signers])
            self.row([block.date_line])

    def _cell(self, text: str, numeric: bool) -> Any:
        """A figure as a number the spreadsheet can add up; a blank for the hand as an empty cell."""
        if text in (BLANK, "–", ""):
            return None
        if numeric:
            try:
                return parse_number(text.split(" ")[0], self.convention)  # type: ignore[arg-type]
            except DomainError:
                return text
        return text
