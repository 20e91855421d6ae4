"""Where imported rows come from: CSV in any common encoding and delimiter, or XLSX streamed
read-only; and how a file's columns map to a record kind's fields (a saved mapping).

A source yields the header, then each data row as a list of text cells, with its line number
and a progress fraction. Cells are text because the validators read text; XLSX numbers and
dates are written in the canonical form (`1234.5`, `2025-03-01`) on the way.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import stat
import unicodedata
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Msg
from scp_desktop.domain.numbers import PlainNumber
from scp_desktop.domain.shapes import MapOf, Obj, OneOf, Text, Whole, mistakes, nullable

EXCEL_EPOCH = dt.date(1899, 12, 30)
# Bounds of what a workbook may hold: Excel's own grid, and parts no real sheet compresses 100-fold beyond.
MAX_SHEET_ROWS, MAX_SHEET_COLUMNS = 1_048_576, 1_000
MAX_CELLS = 25_000_000
MAX_PART_BYTES, BOMB_MIN_BYTES, MAX_RATIO = 2**31, 16 * 2**20, 100

NOT_A_REGULAR_FILE = QT_TRANSLATE_NOOP("Import", "{name} is not a regular file")
LARGER_THAN = QT_TRANSLATE_NOOP("Import", "it is larger than {size} KB")
NESTED_TOO_DEEPLY = QT_TRANSLATE_NOOP("Import", "it is nested too deeply")
HEADER_BEYOND = QT_TRANSLATE_NOOP(
    "Import", "The header row is said to be row {row}, but the file ends after {lines} rows."
)
SHEET_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Import",
    "The sheet is larger than a spreadsheet can be ({rows} rows × {columns} columns; at most {cells} cells are "
    "read): nothing was imported.",
)
BOMB = QT_TRANSLATE_NOOP(
    "Import",
    "The workbook is not a normal spreadsheet: its part {part} would unpack to {size} MB from {packed} MB; "
    "nothing was imported.",
)
SNIFF_BYTES = 65_536
HEADER_SEARCH_LINES = 30  # titles above a header row are a few lines, never pages
# Bytes where Windows-1258 (Vietnamese) differs from Windows-1252 by a Vietnamese letter or tone mark.
_VIETNAMESE_1258 = frozenset(b"\xc3\xcc\xd0\xd2\xd5\xdd\xde\xe3\xec\xf0\xf2\xf5\xfd\xfe")


@dataclass
class Mapping:
    """How one file layout maps to a record kind; saved per organization and layout."""

    columns: dict[str, str] = field(default_factory=dict)  # field → the file's header text
    constants: dict[str, str] = field(default_factory=dict)  # field → one value for every row
    header_row: int | None = None  # 1-based; None: the first row naming the kind's columns
    sheet: str | None = None  # XLSX: None is the first sheet
    number_format: str | None = None  # "vi" (1.234,5) or "en" (1,234.5) for every column; None: per column
    number_formats: dict[str, str] = field(default_factory=dict)  # field → "vi"/"en": the user's answer
    date_format: str | None = None  # "excel" for serial numbers; None: ISO, dd/mm/yyyy (Excel's day numbers too)
    values: dict[str, dict[str, str]] = field(default_factory=dict)  # field → {value in the file: code}

    @classmethod
    def from_dict(cls, data: Any) -> Mapping:
        """A mapping from its JSON; MappingMistakes naming every mistake in its shape, one message each."""
        found = mistakes(MAPPING, data)
        if found:
            raise MappingMistakes(found)
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})

    @classmethod
    def from_file(cls, path: Path) -> Mapping:
        """Read at most MAX_MAPPING_BYTES of a regular file (a FIFO would block); OSError, ValueError (not JSON)
        or MappingMistakes."""
        path = Path(path)
        if not stat.S_ISREG(path.stat().st_mode):
            raise MappingMistakes([NOT_A_REGULAR_FILE(name=path.name)])
        with path.open("rb") as handle:
            blob = handle.read(MAX_MAPPING_BYTES + 1)
        if len(blob) > MAX_MAPPING_BYTES:
            raise MappingMistakes([LARGER_THAN(size=MAX_MAPPING_BYTES // 1024)])
        try:
            data = json.loads(blob.decode("utf-8"))
        except RecursionError:
            raise MappingMistakes([NESTED_TOO_DEEPLY]) from None
        return cls.from_dict(data)

    def to_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, sort_keys=True)

    @property
    def transforms(self) -> bool:
        """Whether rows need rewriting before validation (the fast path skips it)."""
        return bool(self.constants or self.date_format or self.values)

    def conventions(self, numeric_fields: list[str]) -> dict[str, str]:
        """The number conventions the user fixed: every column's, then a column's own answer."""
        fixed = dict.fromkeys(numeric_fields, self.number_format) if self.number_format else {}
        return {**fixed, **{k: v for k, v in self.number_formats.items() if k in numeric_fields}}


class MappingMistakes(ValueError):
    """A mapping of the wrong shape: one message per mistake."""

    def __init__(self, found: list[Msg]) -> None:
        super().__init__("; ".join(m.render() for m in found))
        self.mistakes = found


MAX_MAPPING_BYTES = 1 << 20
MAX_HEADER_ROW = 1_000_000
_TEXTS = MapOf(Text(200), Text(100), 200)
MAPPING = Obj(
    optional={
        "columns": _TEXTS,
        "constants": _TEXTS,
        "header_row": nullable(Whole(1, MAX_HEADER_ROW)),
        "sheet": nullable(Text(200)),
        "number_format": OneOf((None, "vi", "en")),
        "number_formats": MapOf(OneOf(("vi", "en")), Text(100), 200),
        "date_format": OneOf((None, "excel")),
        "values": MapOf(MapOf(Text(200), Text(200), 10_000), Text(100), 200),
        "kind": nullable(Text(100)),
    }
)


def detect_encoding(sample: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1258 when Vietnamese bytes show, else Windows-1252."""
    if sample.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    try:
        sample.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError as error:
        if len(sample) == SNIFF_BYTES and error.reason == "unexpected end of data":  # a character cut in two
            return "utf-8"
    high = {b for b in sample if b >= 0x80}
    return "cp1258" if high & _VIETNAMESE_1258 else "cp1252"


class CsvSource:
    def __init__(self, handle: BinaryIO, size: int) -> None:
        self.raw = handle
        self.size = size
        self.encoding = detect_encoding(handle.read(SNIFF_BYTES))
        handle.seek(0)
        self.text = io.TextIOWrapper(handle, encoding=self.encoding, newline="")
        self.normalize = self.encoding in ("cp1258", "cp1252")  # 1258 writes tones as combining marks
        self.skipped = 0
        self.delimiter = ","
        self.reader: Any = None

    def header(self, header_row: int | None, looks_like_header: Any = None) -> list[str]:
        """The given line, or the first of the first lines whose cells name at least two of the kind's
        columns (titles above a header, as spreadsheets export them); else the first line."""
        if header_row is None and looks_like_header is not None:
            for index in range(HEADER_SEARCH_LINES):
                line = self.text.readline()
                if not line:
                    break
                if looks_like_header(self._cells(line)):
                    return self._start_after(line, index)
            self.text.detach()  # a discarded wrapper would close the file it wraps
            self.raw.seek(0)
            self.text = io.TextIOWrapper(self.raw, encoding=self.encoding, newline="")
        for read in range((header_row or 1) - 1):
            if not self.text.readline():  # the file ends before the header row it was said to have
                raise DomainError(HEADER_BEYOND(row=header_row, lines=read), "header_row")
        line = self.text.readline()
        return self._start_after(line, (header_row or 1) - 1)

    def _cells(self, line: str) -> list[str]:
        delimiter = max((";", ",", "\t"), key=line.count)
        return [self._nfc(c) for c in next(csv.reader([line], delimiter=delimiter))] if line.strip() else []

    def _start_after(self, line: str, skipped: int) -> list[str]:
        """Rows are read from after this header line, with its delimiter."""
        self.skipped = skipped
        self.delimiter = max((";", ",", "\t"), key=line.count)
        self.reader = csv.reader(self.text, delimiter=self.delimiter)
        return self._cells(line)

    def _nfc(self, text: str) -> str:
        return unicodedata.normalize("NFC", text) if self.normalize else text

    def rows(self) -> Iterator[list[str]]:
        if not self.normalize:
            yield from self.reader
            return
        for row in self.reader:
            yield [unicodedata.normalize("NFC", c) for c in row]

    @property
    def line(self) -> int:
        return (self.reader.line_num if self.reader is not None else 0) + 1 + self.skipped

    def fraction(self) -> float:
        return min(1.0, self.raw.tell() / self.size) if self.size else 0.0


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return PlainNumber(value)
    if isinstance(value, float):
        return PlainNumber(int(value) if value.is_integer() and abs(value) < 2**53 else repr(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return unicodedata.normalize("NFC", str(value)).strip()


class XlsxSource:
    """The first (or named) sheet, streamed with openpyxl's read-only mode."""

    def __init__(self, path: Path, sheet: str | None) -> None:
        from openpyxl import load_workbook

        check_workbook_sizes(path)
        self.book = load_workbook(path, read_only=True, data_only=True)
        self.sheet = self.book[sheet] if sheet else self.book.worksheets[0]
        rows, columns = self.sheet.max_row or 0, self.sheet.max_column or 0
        if rows > MAX_SHEET_ROWS or columns > MAX_SHEET_COLUMNS or rows * columns > MAX_CELLS:
            self.book.close()
            raise DomainError(SHEET_TOO_LARGE(rows=rows, columns=columns, cells=MAX_CELLS), "file")
        self.total = rows
        self._rows = self.sheet.iter_rows(values_only=True)
        self.current = 0
        self.cells = 0

    def _cells(self, values: tuple[Any, ...]) -> list[str]:
        """A row's cells as text, counted: a sheet that holds more than it declared stops here."""
        self.cells += len(values)
        if self.cells > MAX_CELLS or len(values) > MAX_SHEET_COLUMNS:
            raise DomainError(SHEET_TOO_LARGE(rows=self.current, columns=len(values), cells=MAX_CELLS), "file")
        return [_cell_text(v) for v in values]

    def header(self, header_row: int | None, looks_like_header: Any = None) -> list[str]:
        """The given row, or the first whose cells name at least two of the kind's columns."""
        for values in self._rows:
            self.current += 1
            cells = self._cells(values)
            if header_row is not None:
                if self.current == header_row:
                    return cells
            elif looks_like_header is None or looks_like_header(cells):
                return cells
        if header_row is not None:
            raise DomainError(HEADER_BEYOND(row=header_row, lines=self.current), "header_row")
        return []

    def rows(self) -> Iterator[list[str]]:
        for values in self._rows:
            self.current += 1
            yield self._cells(values)

    @property
    def line(self) -> int:
        return self.current

    def fraction(self) -> float:
        return min(1.0, self.current / self.total) if self.total else 0.0

    def close(self) -> None:
        self.book.close()


def check_workbook_sizes(path: Path) -> None:
    """Refuse a workbook whose parts would unpack to far more than a spreadsheet holds (a "sheet bomb"):
    before any XML is parsed, from the sizes the zip declares (and never reads past)."""
    import zipfile

    with zipfile.ZipFile(path) as book:
        for info in book.infolist():
            ratio = info.file_size / max(1, info.compress_size)
            if info.file_size > MAX_PART_BYTES or (info.file_size > BOMB_MIN_BYTES and ratio > MAX_RATIO):
                size, packed = round(info.file_size / 2**20), max(1, round(info.compress_size / 2**20))
                raise DomainError(BOMB(part=info.filename, size=size, packed=packed), "file")


def excel_serial_date(text: str) -> str:
    """`45292` → `2024-01-01` (Excel's day count from 1899-12-30); other text unchanged."""
    try:
        days = float(text)
    except ValueError:
        return text
    if not 1 <= days < 2_958_466:
        return text
    return (EXCEL_EPOCH + dt.timedelta(days=int(days))).isoformat()
