"""CSV import, all-or-nothing: any bad row imports nothing and every bad row is listed.

Re-importing the same rows replaces them by natural key (never adds twice);
a period that overlaps another of the same key is refused.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from scp_desktop.catalog import translator
from scp_desktop.domain.field_labels import FIELD_LABELS, field_header
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Issue, Msg, Severity
from scp_desktop.domain.numbers import canonical_number
from scp_desktop.domain.records import (
    BAGS,
    RECORD_KINDS,
    BagRowParser,
    FieldType,
    RecordKind,
    jump_warning,
    validate_record,
)
from scp_desktop.domain.reference import fold_name
from scp_desktop.domain.reports import LOCKED
from scp_desktop.services.import_sources import CsvSource, Mapping, XlsxSource, excel_serial_date
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.records import BulkCounts, Outcome

UNKNOWN_KIND = QT_TRANSLATE_NOOP("Import", "Unknown record kind “{kind}”. Known kinds: {known}.")
BYTES_PER_BAG_ROW = 50  # a typical daily line, to guess a file's row count from its size
NO_FILE = QT_TRANSLATE_NOOP("Import", "Cannot read {path}: {reason}.")
EMPTY_FILE = QT_TRANSLATE_NOOP("Import", "The file is empty: a header row is required.")
NOT_UTF8 = QT_TRANSLATE_NOOP("Import", "The file changes text encoding near line {line}: save it again as CSV UTF-8.")
BAD_CSV = QT_TRANSLATE_NOOP("Import", "The file is not valid CSV: {reason}.")
MISSING_COLUMN = QT_TRANSLATE_NOOP("Import", "Required column “{column}” is missing from the header.")
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP("Import", "Column “{column}” appears twice in the header.")
REJECTED = QT_TRANSLATE_NOOP(
    "Import", "{file}: {count} bad row(s); nothing was imported. Fix them and import the file again."
)
CANCELLED = QT_TRANSLATE_NOOP("Import", "Import cancelled; nothing was imported.")
NOT_XLSX = QT_TRANSLATE_NOOP("Import", "The file is not an Excel workbook (.xlsx) that can be read ({reason}).")

MAX_LISTED = 10_000
PREVIEW_ROWS = 20
_BAG_PREVIEW = [spec.name for spec in BAGS.fields]
PROGRESS_EVERY = 16_384
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class RowProblem:
    line: int
    column: str
    message: Msg
    severity: Severity = Severity.ERROR


@dataclass
class ImportReport:
    kind: str
    file_name: str
    rows: int = 0
    created: int = 0
    replaced: int = 0
    unchanged: int = 0
    warnings: list[RowProblem] = field(default_factory=list)
    warning_count: int = 0
    batch_id: int | None = None
    skipped: int = 0  # bad rows left out (skip_bad_rows)
    skipped_problems: list[RowProblem] = field(default_factory=list)
    preview: list[dict[str, Any]] = field(default_factory=list)  # the first rows as stored
    dry_run: bool = False


class ImportRejected(DomainError):
    def __init__(self, file_name: str, problems: list[RowProblem], bad_rows: int) -> None:
        super().__init__(REJECTED(file=file_name, count=bad_rows))
        self.problems = problems
        self.bad_rows = bad_rows


class ImportCancelled(DomainError):
    def __init__(self) -> None:
        super().__init__(CANCELLED)


def header_key(text: str) -> str:
    """Header names compare without case, diacritics, punctuation or units in brackets."""
    return _NON_ALNUM.sub(" ", fold_name(text)).strip()


@cache
def _label_headers(kind: RecordKind) -> dict[str, str]:
    """The headers the app itself writes when it exports a table, in both languages, with or
    without the unit: an exported table comes back in without a mapping."""
    found: dict[str, str] = {}
    for language in ("en", "vi"):
        translate = translator(language)
        for spec in kind.fields:
            if spec.name in FIELD_LABELS:
                for header in field_header(spec.name, translate):
                    found[header_key(header)] = spec.name
    return found


def _wanted_headers(kind: RecordKind, mapping: Mapping) -> dict[str, str]:
    """Header key → field: exported labels, the field names, their aliases, then the mapping's own names."""
    wanted = {**_label_headers(kind), **{header_key(spec.name): spec.name for spec in kind.fields}}
    for spec in kind.fields:
        wanted.update({header_key(alias): spec.name for alias in spec.aliases})
    wanted.update({header_key(column): name for name, column in mapping.columns.items()})
    return wanted


def map_header(kind: RecordKind, header: Sequence[str], mapping: Mapping | None = None) -> list[int | None]:
    """For each field of the kind, the index of its column (None for an absent optional one,
    or one the mapping gives a constant for). The mapping's own names win over the aliases."""
    mapping = mapping or Mapping()
    wanted = _wanted_headers(kind, mapping)
    found: dict[str, int] = {}
    problems: list[RowProblem] = []
    for index, name in enumerate(header):
        canonical = wanted.get(header_key(name))
        if canonical is None:
            continue
        if canonical in found:
            problems.append(RowProblem(1, name, DUPLICATE_COLUMN(column=name)))
        found[canonical] = index
    problems += [
        RowProblem(1, spec.name, MISSING_COLUMN(column=mapping.columns.get(spec.name, spec.name)))
        for spec in kind.fields
        if spec.required and spec.name not in found and spec.name not in mapping.constants
    ]
    if problems:
        raise ImportRejected("", problems, 1)
    return [found.get(spec.name) for spec in kind.fields]


class _Problems:
    """Collects row problems, keeping the first MAX_LISTED of each severity."""

    def __init__(self) -> None:
        self.errors: list[RowProblem] = []
        self.warnings: list[RowProblem] = []
        self.bad_rows = 0
        self.warning_count = 0

    def add(self, line: int, issues: list[Issue]) -> bool:
        """Record a row's issues; True when the row has a blocking one."""
        bad = False
        for issue in issues:
            target = self.errors if issue.is_error else self.warnings
            if len(target) < MAX_LISTED:
                target.append(RowProblem(line, issue.field, issue.message, issue.severity))
            bad = bad or issue.is_error
            self.warning_count += not issue.is_error
        self.bad_rows += bad
        return bad


@dataclass
class _Progress:
    report: Callable[[float], None] | None
    cancelled: Callable[[], bool] | None
    source: Any

    def tick(self) -> None:
        if self.cancelled and self.cancelled():
            raise ImportCancelled()
        if self.report:
            self.report(self.source.fraction())


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


@dataclass
class ImportOptions:
    mapping: Mapping = field(default_factory=Mapping)
    skip_bad_rows: bool = False  # import the good rows; the bad ones are listed (and written to a report)
    dry_run: bool = False  # check and count everything, then roll back: what would change
    skipped_report: Path | None = None


class _DryRun(Exception):
    pass


def import_csv(
    ws: Workspace,
    kind_code: str,
    path: Path | str,
    tax_code: str,
    options: ImportOptions | None = None,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: dt.date | None = None,
) -> ImportReport:
    """Import a CSV or XLSX file (by its extension) in one transaction; see ImportOptions."""
    options = options or ImportOptions()
    kind = RECORD_KINDS.get(kind_code)
    if kind is None:
        raise DomainError(UNKNOWN_KIND(kind=kind_code, known=", ".join(RECORD_KINDS)), "kind")
    org = ws.organization(tax_code)
    path = Path(path)
    try:
        digest, size = _sha256(path), path.stat().st_size
        handle = path.open("rb")
    except OSError as error:
        raise DomainError(NO_FILE(path=str(path), reason=error.strerror or str(error))) from None
    report = ImportReport(kind.code, path.name)
    problems = _Problems()
    with handle:
        source = _open_source(path, handle, size, options.mapping)
        try:
            header = _read_header(source, kind, options.mapping)
            if not any(h.strip() for h in header):
                raise ImportRejected(path.name, [RowProblem(1, "", EMPTY_FILE)], 1)
            assert org.id is not None
            layout = layout_key(header)
            remembered = None if options.mapping != Mapping() else remembered_mapping(ws, org.id, kind, layout)
            mapping = remembered or options.mapping
            try:
                indexes = map_header(kind, header, mapping)
            except ImportRejected as rejected:  # point at the header's own line (a title may sit above it)
                at = [replace(p, line=source.line) for p in rejected.problems]
                raise ImportRejected(path.name, at, 1) from None
            rows = _Rows(source, indexes, _Progress(progress, cancelled, source), _transform(kind, mapping, source))
            try:
                with ws.transaction("import"):
                    assert org.id is not None
                    batch = ws.records.start_import(org.id, kind.code, path.name, digest)
                    skip = options.skip_bad_rows
                    if kind is BAGS:
                        counts = _import_bags(
                            ws, org, rows, problems, batch, today, size // BYTES_PER_BAG_ROW, skip, report.preview
                        )
                    else:
                        counts = _import_periodic(ws, kind, org, rows, problems, batch, today, skip, report.preview)
                    if problems.bad_rows and not skip:
                        raise ImportRejected(path.name, problems.errors, problems.bad_rows)
                    ws.records.finish_import(batch, rows.count, counts)
                    if options.dry_run:
                        raise _DryRun
                    if options.mapping != Mapping():  # a layout mapped by hand comes in by itself next time
                        remember_mapping(ws, org.id, kind, layout, options.mapping)
            except _DryRun:
                report.dry_run = True
        except UnicodeDecodeError:
            line = source.line if source.reader is not None else 1
            raise ImportRejected(path.name, [RowProblem(line, "", NOT_UTF8(line=line))], 1) from None
        except csv.Error as error:
            raise ImportRejected(path.name, [RowProblem(source.line, "", BAD_CSV(reason=str(error)))], 1) from None
        finally:
            if isinstance(source, XlsxSource):
                source.close()
    report.rows, report.batch_id = rows.count, None if report.dry_run else batch
    report.created, report.replaced, report.unchanged = counts.created, counts.replaced, counts.unchanged
    report.warnings, report.warning_count = problems.warnings, problems.warning_count
    report.skipped, report.skipped_problems = problems.bad_rows, problems.errors
    if options.skipped_report is not None and problems.bad_rows:
        write_problems(options.skipped_report, problems.errors)
    return report


def _open_source(path: Path, handle: Any, size: int, mapping: Mapping) -> Any:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            return XlsxSource(path, mapping.sheet)
        except Exception as error:
            raise ImportRejected(path.name, [RowProblem(1, "", NOT_XLSX(reason=type(error).__name__))], 1) from None
    return CsvSource(handle, size)


def _read_header(source: Any, kind: RecordKind, mapping: Mapping) -> list[str]:
    if isinstance(source, XlsxSource):
        wanted = _wanted_headers(kind, mapping)

        def names_two_fields(cells: list[str]) -> bool:
            return len({wanted[key] for key in map(header_key, cells) if key in wanted}) >= 2

        return source.header(mapping.header_row, names_two_fields)
    return source.header(mapping.header_row)


def _transform(kind: RecordKind, mapping: Mapping, source: Any) -> Callable[[list[str]], list[str]] | None:
    """Constants, number and date formats applied to each row; None when rows need nothing."""
    spreadsheet = isinstance(source, XlsxSource)
    if not (mapping.transforms or spreadsheet):
        return None
    constants = [
        (i, mapping.constants[spec.name]) for i, spec in enumerate(kind.fields) if spec.name in mapping.constants
    ]
    numeric = [i for i, spec in enumerate(kind.fields) if spec.type in (FieldType.DECIMAL, FieldType.WHOLE)]
    numeric = numeric if mapping.number_format else []
    serial = mapping.date_format == "excel" or spreadsheet  # a bare number in a date column is Excel's day count
    dates = [i for i, spec in enumerate(kind.fields) if spec.type is FieldType.DATE] if serial else []
    language = mapping.number_format or "en"

    def apply(cells: list[str]) -> list[str]:
        for i, value in constants:
            if not cells[i]:
                cells[i] = value
        for i in numeric:
            if cells[i]:
                cells[i] = canonical_number(cells[i], language)
        for i in dates:
            if cells[i].replace(".", "", 1).isdigit():
                cells[i] = excel_serial_date(cells[i])
        return cells

    return apply


def layout_key(header: Sequence[str]) -> str:
    """A file layout: its header names, compared the forgiving way."""
    return "|".join(header_key(h) for h in header)


def remembered_mapping(ws: Workspace, org_id: int, kind: RecordKind, layout: str) -> Mapping | None:
    row = ws.db.execute(
        "SELECT mapping FROM import_mappings WHERE org_id = ? AND kind = ? AND layout = ?", [org_id, kind.code, layout]
    ).fetchone()
    return Mapping.from_dict(json.loads(row[0])) if row else None


def remember_mapping(ws: Workspace, org_id: int, kind: RecordKind, layout: str, mapping: Mapping) -> None:
    """Inside the import's transaction: the mapping is kept only if the import is."""
    ws.db.execute(
        """INSERT INTO import_mappings (org_id, kind, layout, mapping, updated_at) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (org_id, kind, layout)
           DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at""",
        [org_id, kind.code, layout, mapping.to_json(), dt.datetime.now(dt.UTC).isoformat()],
    )


def read_header(path: Path, kind: RecordKind, mapping: Mapping | None = None) -> list[str]:
    """The header row of a CSV or XLSX file, found as an import would find it (for the mapping dialog)."""
    mapping = mapping or Mapping()
    with Path(path).open("rb") as handle:
        source = _open_source(Path(path), handle, Path(path).stat().st_size, mapping)
        try:
            return _read_header(source, kind, mapping)
        finally:
            if isinstance(source, XlsxSource):
                source.close()


def guess_mapping(kind: RecordKind, header: Sequence[str], mapping: Mapping | None = None) -> dict[str, str]:
    """Field → the file's column that the names, aliases and exported labels point at."""
    wanted = _wanted_headers(kind, mapping or Mapping())
    guessed: dict[str, str] = {}
    for column in header:
        name = wanted.get(header_key(column))
        if name and name not in guessed:
            guessed[name] = column
    return guessed


def write_problems(path: Path, problems: list[RowProblem]) -> None:
    """The skipped rows as CSV (line, column, reason): what to fix in the source file."""
    with Path(path).open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["line", "column", "reason"])
        for problem in problems:
            writer.writerow([problem.line, problem.column, problem.message.render()])


class _Rows:
    """Data rows in field order, skipping blank lines, with line numbers and progress ticks."""

    def __init__(
        self,
        source: Any,
        indexes: list[int | None],
        tracker: _Progress,
        transform: Callable[[list[str]], list[str]] | None = None,
    ) -> None:
        self.source = source
        self.tracker = tracker
        self.transform = transform
        self.count = 0
        present = [i for i in indexes if i is not None]
        absent = max(present, default=-1) + 1  # an absent column reads this always-empty padding cell
        order = [i if i is not None else absent for i in indexes]
        self.needed = max(order) + 1
        self.identity = order == list(range(len(order))) and transform is None  # nothing to reorder or rewrite
        self.pick = operator.itemgetter(*order)
        self.owner = order[0]

    @property
    def line(self) -> int:
        """The file line (or sheet row) of the current row."""
        return self.source.line

    def __iter__(self) -> Iterator[Sequence[str]]:
        pick, needed, owner, identity, transform = self.pick, self.needed, self.owner, self.identity, self.transform
        count, tick_every = self.count, PROGRESS_EVERY
        for cells in self.source.rows():
            if len(cells) < needed:
                if not any(c.strip() for c in cells):
                    continue
                cells = [*cells, *([""] * (needed - len(cells)))]
            elif not cells[owner] and not any(c.strip() for c in cells):
                continue  # a spreadsheet's trailing ",,,,," row
            count += 1
            if not count % tick_every:
                self.count = count
                self.tracker.tick()
            if identity:
                yield cells
            elif transform is None:
                yield pick(cells)
            else:
                yield transform(list(pick(cells)))
        self.count = count


def _import_bags(
    ws: Workspace,
    org: Any,
    rows: _Rows,
    problems: _Problems,
    batch: int,
    today: dt.date | None,
    expected: int,
    skip: bool = False,
    preview: list[dict[str, Any]] | None = None,
) -> BulkCounts:
    parser = BagRowParser(ws.ref, today or dt.date.today(), ws.facility_ids(org), batch)
    locked = ws.reports.locked_ranges(org.id, BAGS.code)

    def good_rows() -> Iterator[tuple[Any, ...]]:
        parse = parser.parse
        for cells in rows:
            row, issues = parse(cells)
            if locked and row is not None and _in_locked(row, locked):
                issues = [*issues, Issue("date", LOCKED(period=row[1][:7], kind=BAGS.code, state="finalized"))]
            if issues and problems.add(rows.line, issues):
                continue
            if skip or not problems.bad_rows:
                if preview is not None and len(preview) < PREVIEW_ROWS:
                    preview.append(dict(zip(_BAG_PREVIEW, (*cells[:1], *row[1:10]), strict=False)))
                yield row  # type: ignore[misc]  # row is set when there is no error

    return ws.records.bulk_save_bags(good_rows(), expected)


def _in_locked(row: tuple[Any, ...], locked: list[tuple[int | None, int, int]]) -> bool:
    month = int(row[1][:4]) * 12 + int(row[1][5:7]) - 1
    return any((fid is None or fid == row[0]) and start <= month <= end for fid, start, end in locked)


def _import_periodic(
    ws: Workspace,
    kind: RecordKind,
    org: Any,
    rows: _Rows,
    problems: _Problems,
    batch: int,
    today: dt.date | None,
    skip: bool = False,
    preview: list[dict[str, Any]] | None = None,
) -> BulkCounts:
    facility_ids = ws.facility_ids(org)
    names = [spec.name for spec in kind.fields]
    outcomes = dict.fromkeys(Outcome, 0)
    day = today or dt.date.today()
    for cells in rows:
        values, issues = validate_record(kind, dict(zip(names, cells, strict=True)), ws.ref, day)
        owner = values.get(kind.owner_field)
        facility_id = facility_ids.get(owner) if owner else None
        if owner and facility_id is None:
            issues.append(Issue(kind.owner_field, ws.unknown_facility(org, owner)))
        if facility_id is not None and not any(i.is_error for i in issues):
            if kind.measure:
                previous = ws.records.previous_year_measure(kind, facility_id, values)
                warning = jump_warning(kind.measure, values[kind.measure], previous)
                issues += [warning] if warning else []
            if skip or not problems.bad_rows:
                try:
                    ws.ensure_unlocked(kind, org, facility_id, values)
                    outcomes[ws.records.save(kind, facility_id, values, import_id=batch)] += 1
                    if preview is not None and len(preview) < PREVIEW_ROWS:
                        preview.append({k: _shown(v) for k, v in values.items()})
                except DomainError as error:
                    issues.append(Issue(error.field or "", error.message))
        problems.add(rows.line, issues)
    return BulkCounts(outcomes[Outcome.CREATED], outcomes[Outcome.REPLACED], outcomes[Outcome.UNCHANGED])


def _shown(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else getattr(value, "code", value)
