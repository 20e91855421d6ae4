"""Data out: any record table as CSV or XLSX (headers with units, in the user's language).

A text cell that starts like a formula (=, +, -, @) is written so that no spreadsheet runs it: in CSV
with a leading apostrophe (which the importer removes again), in XLSX as a string cell marked
"quote prefix", Excel's own way of keeping typed text literal. Whole organizations travel as an
archive (`services/archive.py`)."""

from __future__ import annotations

import csv
import datetime as dt
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from scp_desktop.catalog import translator
from scp_desktop.domain.field_labels import field_header
from scp_desktop.domain.numbers import format_number
from scp_desktop.domain.records import FieldType, RecordKind, RecordQuery
from scp_desktop.domain.text import FORMULA_STARTS, formula_safe
from scp_desktop.services.workspace import Workspace

BLOCK = 10_000


# -- tables ------------------------------------------------------------------------------------
def column_headers(kind: RecordKind, language: str) -> list[str]:
    translate = translator(language)
    return [field_header(name, translate)[1] for name in kind.columns]


Progress = Callable[[float], None]


def table_rows(ws: Workspace, query: RecordQuery, progress: Progress | None = None) -> Iterator[tuple[Any, ...]]:
    """Every row the query selects, read a block at a time; `progress` hears the share done per block."""
    total = ws.records.count(query)
    for offset in range(0, total, BLOCK):
        if progress is not None:
            progress(offset / total)
        yield from ws.records.fetch(query, offset, BLOCK)


def export_table(ws: Workspace, query: RecordQuery, path: Path, language: str, progress: Progress | None = None) -> int:
    """The rows the query selects (the table as filtered), streamed; the number written."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        writer = _write_xlsx if path.suffix.lower() == ".xlsx" else _write_csv
        count = writer(ws, query, partial, language, progress)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _write_csv(ws: Workspace, query: RecordQuery, path: Path, language: str, progress: Progress | None) -> int:
    """Numbers and dates as the user writes them; `;` between columns in Vietnamese, as Excel expects."""
    types = [query.kind.field(name).type for name in query.kind.columns]
    delimiter = ";" if language == "vi" else ","
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(column_headers(query.kind, language))
        for row in table_rows(ws, query, progress):
            writer.writerow([_text(value, kind, language) for value, kind in zip(row, types, strict=True)])
            count += 1
    return count


def _text(value: Any, kind: FieldType, language: str) -> str:
    if value is None:
        return ""
    if kind is FieldType.WHOLE:
        return format_number(value, language, 0)
    if kind is FieldType.DECIMAL:
        text = format_number(value, language, 6).rstrip("0")
        return text.rstrip("," if language == "vi" else ".")
    if kind is FieldType.DATE and language == "vi":
        return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
    return formula_safe(str(value))


def _write_xlsx(ws: Workspace, query: RecordQuery, path: Path, language: str, progress: Progress | None) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(query.kind.code)
    bold = Font(bold=True)
    header = []
    for text in column_headers(query.kind, language):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    dates = [query.kind.field(n).type is FieldType.DATE for n in query.kind.columns]
    count = 0
    for row in table_rows(ws, query, progress):
        sheet.append([_xlsx_cell(sheet, v, is_date) for v, is_date in zip(row, dates, strict=True)])
        count += 1
    book.save(path)
    return count


def _xlsx_cell(sheet: Any, value: Any, is_date: bool) -> Any:
    """A date as a date; text that looks like a formula as a literal string cell (never a formula)."""
    if is_date and value:
        return dt.date.fromisoformat(value)
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(sheet, value=value)
        cell.data_type = "s"  # openpyxl would otherwise write text starting with = as a formula
        cell.quotePrefix = True
        return cell
    return value
