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
import stat
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from scp_desktop.catalog import translator
from scp_desktop.domain.field_labels import FIELD_LABELS, field_header
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Figure, Issue, Listing, Msg, Severity
from scp_desktop.domain.numbers import AmbiguousColumn, ColumnConventions, ColumnEvidence, readings_of
from scp_desktop.domain.records import (
    BAGS,
    UNKNOWN_CHOICE,
    BagRowParser,
    FieldType,
    RecordKind,
    jump_warning,
    outlier_warning,
    record_kind,
    validate_record,
)
from scp_desktop.domain.reference import ReferenceData, fold_name, load_bundled
from scp_desktop.domain.reports import LOCKED, ReportState
from scp_desktop.domain.text import formula_safe
from scp_desktop.services.import_sources import CsvSource, Mapping, XlsxSource, excel_serial_date
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.records import BulkCounts, Outcome

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
    line: int  # 0 when the problem is about a stored record rather than a line of the file
    column: str  # a field name, or the file's header text
    message: Msg
    severity: Severity = Severity.ERROR
    record: Any = ""  # the record's natural key (a Listing), for problems found after loading


@dataclass(frozen=True)
class Replacement:
    """One field of a stored record that the import changes: old → new."""

    record: Any  # the record's natural key (a Listing: NM01 · 2025-01 · Điện)
    field: str
    old: Any
    new: Any

    @property
    def old_shown(self) -> Any:
        return _figure(self.old)

    @property
    def new_shown(self) -> Any:
        return _figure(self.new)

    @property
    def flagged(self) -> bool:
        """A change of more than ×10 either way: often a misread thousands separator."""
        if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (self.old, self.new)):
            return False
        if self.old <= 0 or self.new <= 0:
            return False
        ratio = self.new / self.old
        return ratio > TEN or ratio < 1 / TEN


TEN = 10.0


def _figure(value: Any) -> Any:
    """A stored value as a message parameter: numbers written the reader's way."""
    return Figure(value, 6) if isinstance(value, int | float) and not isinstance(value, bool) else value


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
    replacements: list[Replacement] = field(default_factory=list)  # dry run: every changed field, old → new
    outliers: list[RowProblem] = field(default_factory=list)  # dry run: far from the facility's own records
    mapped_values: dict[str, Counter[tuple[str, str]]] = field(default_factory=dict)  # field → {(value, code): rows}
    unknown_values: dict[str, Counter[str]] = field(default_factory=dict)  # field → {value not recognized: rows}
    conventions: dict[str, str] = field(default_factory=dict)  # numeric field → how its column was read
    saved: list[tuple[int, int, dict[str, Any]]] = field(default_factory=list, repr=False)  # (line, facility, values)


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


# A bag type's columns, headed by any of its names (bag_types in the reference data): its count, its weight.
BAG_TYPE_FIELDS = {
    "nonbio": ("nonbio_count", "nonbio_kg"),
    "bio": ("bio_count", "bio_kg"),
    "paper": ("paper_count", "paper_kg"),
    "reusable": ("reusable_sold", None),
}
_COUNT_HEADERS = ("{}", "{} cái", "{} chiếc", "số {}", "số lượng {}", "{} số lượng", "{} count")
_WEIGHT_HEADERS = ("{} kg", "kg {}", "khối lượng {}", "{} khối lượng", "{} khối lượng kg", "{} weight")


def _bag_type_headers(ref: ReferenceData) -> dict[str, str]:
    """Header key → bag field for every name of every bag type: "Túi ni lông khó phân hủy (kg)" → nonbio_kg."""
    found: dict[str, str] = {}
    for code, (count, weight) in BAG_TYPE_FIELDS.items():
        item = ref.bag_types.get(code)
        if item is None:
            continue
        for name in (item.vi, item.en, *item.aliases):
            found.update({header_key(form.format(name)): count for form in _COUNT_HEADERS})
            if weight:
                found.update({header_key(form.format(name)): weight for form in _WEIGHT_HEADERS})
    return found


def _wanted_headers(kind: RecordKind, mapping: Mapping, ref: ReferenceData | None = None) -> dict[str, str]:
    """Header key → field: bag types' names, exported labels, the field names, their aliases, then the
    mapping's own names (each later source wins)."""
    wanted = _bag_type_headers(ref or load_bundled()) if kind is BAGS else {}
    wanted.update({**_label_headers(kind), **{header_key(spec.name): spec.name for spec in kind.fields}})
    for spec in kind.fields:
        wanted.update({header_key(alias): spec.name for alias in spec.aliases})
    wanted.update({header_key(column): name for name, column in mapping.columns.items()})
    return wanted


def map_header(
    kind: RecordKind, header: Sequence[str], mapping: Mapping | None = None, ref: ReferenceData | None = None
) -> list[int | None]:
    """For each field of the kind, the index of its column (None for an absent optional one,
    or one the mapping gives a constant for). The mapping's own names win over the aliases."""
    mapping = mapping or Mapping()
    wanted = _wanted_headers(kind, mapping, ref)
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


@dataclass(frozen=True)
class _Plan:
    """What one import reads: the file, its header and how the header maps to the kind's fields."""

    kind: RecordKind
    path: Path
    size: int
    digest: str
    header: list[str]
    mapping: Mapping
    indexes: list[int | None]
    layout: str
    ref: ReferenceData

    def column_of(self, field_name: str) -> str:
        """The file's header over a field's column (the field's name where it has none)."""
        index = self.indexes[[spec.name for spec in self.kind.fields].index(field_name)]
        return self.header[index] if index is not None and self.header[index] else field_name


class AmbiguousNumbers(DomainError):
    """Columns whose every number can be read two ways (1.250 is 1250 or 1,25), in a file that does not
    say which: the user has to say (`number_formats` in the mapping, or --number-format)."""

    def __init__(self, file_name: str, columns: list[tuple[str, str, list[str]]]) -> None:
        first_field, first_column, cells = columns[0]
        vi, en = readings_of(cells[0])
        super().__init__(
            AMBIGUOUS(
                column=first_column,
                text=cells[0],
                vi=Figure(vi or 0.0, 6, grouped=False),
                en=Figure(en or 0.0, 6, grouped=False),
                count=len(columns),
            ),
            first_field,
        )
        self.file_name = file_name
        self.columns = columns  # (field, the file's column header, the first cells that read two ways)


AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Import",
    "Column “{column}” can be read two ways: “{text}” is {vi} if the file writes 1.234,5 and {en} if it writes "
    "1,234.5, and no cell of the file says which ({count} column(s) like this). Nothing was imported: "
    "say how the file writes its numbers.",
)
NOT_REGULAR = QT_TRANSLATE_NOOP("Import", "{path} is not a regular file (a folder, device or pipe cannot be imported).")


def _numeric_fields(kind: RecordKind) -> list[str]:
    return [spec.name for spec in kind.fields if spec.type in (FieldType.DECIMAL, FieldType.WHOLE)]


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
    """Import a CSV or XLSX file (by its extension) in one transaction; see ImportOptions.

    Numbers are read the way each column writes them. When a cell can be read two ways before
    anything in the file has said which, the import is rolled back, the whole file is read once to
    settle every column, and the import runs again with the conventions fixed; a column still
    undecided is refused (AmbiguousNumbers), never guessed.
    """
    options = options or ImportOptions()
    kind = record_kind(kind_code)
    org = ws.organization(tax_code)
    assert org.id is not None
    plan = _plan(ws, org.id, kind, Path(path), options.mapping)
    fixed = plan.mapping.conventions(_numeric_fields(kind))
    run = _ImportRun(ws, org, plan, options, progress, cancelled, today)
    try:
        return run.once(ColumnConventions(fixed))  # type: ignore[arg-type]
    except AmbiguousColumn:
        settled = _settle_conventions(plan, fixed, cancelled)
        report = run.once(ColumnConventions(settled))  # type: ignore[arg-type]
        report.conventions.update({k: v for k, v in settled.items() if k not in fixed})
        return report


def _plan(ws: Workspace, org_id: int, kind: RecordKind, path: Path, given: Mapping) -> _Plan:
    digest, size = _file_identity(path)
    with _opened(path, size, kind, given, ws.ref) as (source, header):
        if not any(h.strip() for h in header):
            raise ImportRejected(path.name, [RowProblem(1, "", EMPTY_FILE)], 1)
        layout = layout_key(header)
        remembered = None if given != Mapping() else remembered_mapping(ws, org_id, kind, layout)
        mapping = remembered or given
        try:
            indexes = map_header(kind, header, mapping, ws.ref)
        except ImportRejected as rejected:  # point at the header's own line (a title may sit above it)
            at = [replace(p, line=source.line) for p in rejected.problems]
            raise ImportRejected(path.name, at, 1) from None
    return _Plan(kind, path, size, digest, header, mapping, indexes, layout, ws.ref)


def _file_identity(path: Path) -> tuple[str, int]:
    """The file's SHA-256 and size; a folder, device or FIFO is refused at once (it would block)."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise DomainError(NOT_REGULAR(path=str(path)))
        return _sha256(path), info.st_size
    except OSError as error:
        raise DomainError(NO_FILE(path=str(path), reason=error.strerror or str(error))) from None


@contextmanager
def _opened(
    path: Path, size: int, kind: RecordKind, mapping: Mapping, ref: ReferenceData | None = None
) -> Iterator[tuple[Any, list[str]]]:
    """The file's source positioned after its header, and the header."""
    try:
        handle = path.open("rb")
    except OSError as error:
        raise DomainError(NO_FILE(path=str(path), reason=error.strerror or str(error))) from None
    with handle:
        source = _open_source(path, handle, size, mapping)
        try:
            try:
                header = _read_header(source, kind, mapping, ref)
            except UnicodeDecodeError:
                raise ImportRejected(path.name, [RowProblem(1, "", NOT_UTF8(line=1))], 1) from None
            yield source, header
        finally:
            if isinstance(source, XlsxSource):
                source.close()


def _settle_conventions(plan: _Plan, fixed: dict[str, str], cancelled: Callable[[], bool] | None) -> dict[str, str]:
    """Read every numeric cell of the file once: each column's convention, or AmbiguousNumbers."""
    evidence = ColumnEvidence()
    numeric = [(i, spec.name, spec.type is FieldType.WHOLE) for i, spec in enumerate(plan.kind.fields)]
    numeric = [n for n in numeric if n[1] in _numeric_fields(plan.kind) and n[1] not in fixed]
    with _opened(plan.path, plan.size, plan.kind, plan.mapping, plan.ref) as (source, _header):
        transform = _transform(plan.kind, plan.mapping, source)
        rows = _Rows(source, plan.indexes, _Progress(None, cancelled, source), transform, len(plan.header))
        try:
            for cells in rows:
                for index, name, whole in numeric:
                    if cells[index]:
                        evidence.add(name, cells[index], whole)
        except (UnicodeDecodeError, csv.Error) as error:
            raise _unreadable(plan.path.name, rows.line, error) from None
    settled, undecided = evidence.conventions()
    if undecided:
        raise AmbiguousNumbers(
            plan.path.name, [(name, plan.column_of(name), evidence.ambiguous[name]) for name in undecided]
        )
    return {**settled, **fixed}


def _unreadable(file_name: str, line: int, error: Exception) -> ImportRejected:
    """A file that stops being text, or CSV, part-way: a clear refusal pointing at the line."""
    if isinstance(error, UnicodeDecodeError):
        return ImportRejected(file_name, [RowProblem(line, "", NOT_UTF8(line=line))], 1)
    return ImportRejected(file_name, [RowProblem(line, "", BAD_CSV(reason=str(error)))], 1)


class _ImportRun:
    """One pass of an import in one transaction, with the number conventions it is given."""

    def __init__(
        self,
        ws: Workspace,
        org: Any,
        plan: _Plan,
        options: ImportOptions,
        progress: Callable[[float], None] | None,
        cancelled: Callable[[], bool] | None,
        today: dt.date | None,
    ) -> None:
        self.ws, self.org, self.plan, self.options = ws, org, plan, options
        self.progress, self.cancelled, self.today = progress, cancelled, today or dt.date.today()

    def once(self, numbers: ColumnConventions) -> ImportReport:
        ws, plan, options, kind = self.ws, self.plan, self.options, self.plan.kind
        report = ImportReport(kind.code, plan.path.name)
        problems = _Problems()
        with _opened(plan.path, plan.size, kind, plan.mapping, plan.ref) as (source, _header):
            transform = _transform(kind, plan.mapping, source, report.mapped_values)
            tracker = _Progress(self.progress, self.cancelled, source)
            rows = _Rows(source, plan.indexes, tracker, transform, len(plan.header))
            try:
                with ws.transaction("import"):
                    mark = ws.records.audit_mark()
                    batch = ws.records.start_import(self.org.id, kind.code, plan.path.name, plan.digest)
                    try:
                        counts = self._load(rows, problems, batch, numbers, report)
                    except (UnicodeDecodeError, csv.Error) as error:
                        raise _unreadable(plan.path.name, rows.line, error) from None
                    if problems.bad_rows and not options.skip_bad_rows:
                        raise ImportRejected(plan.path.name, problems.errors, problems.bad_rows)
                    ws.records.finish_import(batch, rows.count, counts)
                    report.outliers = self._outliers(batch, report.saved)
                    if options.dry_run:
                        changes = ws.records.changes_since(mark, MAX_LISTED)
                        report.replacements = [_replacement(kind, c, ws.ref) for c in changes]
                        raise _DryRun
                    if options.mapping != Mapping():  # a layout mapped by hand comes in by itself next time
                        remember_mapping(ws, self.org.id, kind, plan.layout, options.mapping)
            except _DryRun:
                report.dry_run = True
        report.rows, report.batch_id = rows.count, None if report.dry_run else batch
        report.created, report.replaced, report.unchanged = counts.created, counts.replaced, counts.unchanged
        report.warnings, report.warning_count = problems.warnings, problems.warning_count
        report.skipped, report.skipped_problems = problems.bad_rows, problems.errors
        report.conventions = {k: style for k in sorted(numbers.used) if (style := numbers.convention(k))}
        if options.skipped_report is not None and problems.bad_rows:
            write_problems(options.skipped_report, problems.errors)
        return report

    def _load(
        self,
        rows: _Rows,
        problems: _Problems,
        batch: int,
        numbers: ColumnConventions,
        report: ImportReport,
    ) -> BulkCounts:
        skip = self.options.skip_bad_rows
        if self.plan.kind is BAGS:
            expected = self.plan.size // BYTES_PER_BAG_ROW
            return _import_bags(self.ws, self.org, rows, problems, batch, self.today, expected, skip, report, numbers)
        return _import_periodic(
            self.ws, self.plan.kind, self.org, rows, problems, batch, self.today, skip, report, numbers
        )

    def _outliers(self, batch: int, saved: list[tuple[int, int, dict[str, Any]]]) -> list[RowProblem]:
        """Rows far from the same facility's own records, the whole file loaded (listed, never blocking).

        Periodic records are judged each against its neighbouring periods; the bag log, a million rows
        long, only in a dry run, each store's new days against its median day.
        """
        kind, found = self.plan.kind, []
        if kind.measure:
            for line, facility_id, values in saved:
                neighbours = self.ws.records.neighbour_measures(kind, facility_id, values)
                issue = outlier_warning(kind.measure, values[kind.measure], neighbours)
                if issue is not None:
                    key = record_label(kind, [str(_shown(values[k])) for k in kind.key], self.ws.ref)
                    found.append(RowProblem(line, kind.measure, issue.message, Severity.WARNING, key))
        elif kind is BAGS and self.options.dry_run:
            for key, field_name, value, usual in self.ws.records.bag_days_against_history(batch, MAX_LISTED):
                issue = outlier_warning(field_name, value, [usual] * 3)
                if issue is not None:
                    label = record_label(kind, key.split("/"), self.ws.ref)
                    found.append(RowProblem(0, field_name, issue.message, Severity.WARNING, label))
        return found[:MAX_LISTED]


def _replacement(kind: RecordKind, change: dict[str, Any], ref: Any) -> Replacement:
    parts = str(change["record_key"] or "").split("/")[1:]  # the audit key: tax code/facility/period/…
    return Replacement(record_label(kind, parts, ref), change["field"], change["old_value"], change["new_value"])


def record_label(kind: RecordKind, parts: Sequence[str], ref: Any) -> Listing:
    """A record's natural key for people: its parts in key order, code-list values by their names."""
    named: list[Any] = []
    for name, part in zip(kind.key, parts, strict=False):
        spec = kind.field(name)
        codes = spec.choices(ref) if spec.choices else None
        named.append(codes[part].name if codes is not None and part in codes else part)
    return Listing(tuple(named), " · ")


def _open_source(path: Path, handle: Any, size: int, mapping: Mapping) -> Any:
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        try:
            return XlsxSource(path, mapping.sheet)
        except DomainError:
            raise
        except Exception as error:
            raise ImportRejected(path.name, [RowProblem(1, "", NOT_XLSX(reason=type(error).__name__))], 1) from None
    return CsvSource(handle, size)


def _read_header(source: Any, kind: RecordKind, mapping: Mapping, ref: ReferenceData | None = None) -> list[str]:
    wanted = _wanted_headers(kind, mapping, ref)

    def names_two_fields(cells: list[str]) -> bool:
        return len({wanted[key] for key in map(header_key, cells) if key in wanted}) >= 2

    return source.header(mapping.header_row, names_two_fields)


def _transform(
    kind: RecordKind, mapping: Mapping, source: Any, mapped: dict[str, Counter[tuple[str, str]]] | None = None
) -> Callable[[list[str]], list[str]] | None:
    """Constants, value mappings and Excel day numbers applied to each row; None when rows need nothing."""
    spreadsheet = isinstance(source, XlsxSource)
    if not (mapping.transforms or spreadsheet):
        return None
    constants = [
        (i, mapping.constants[spec.name]) for i, spec in enumerate(kind.fields) if spec.name in mapping.constants
    ]
    values = [
        (i, spec.name, mapping.values[spec.name]) for i, spec in enumerate(kind.fields) if mapping.values.get(spec.name)
    ]
    if mapped is not None:
        for _, name, _ in values:
            mapped[name] = Counter()
    serial = mapping.date_format == "excel" or spreadsheet  # a bare number in a date column is Excel's day count
    dates = [i for i, spec in enumerate(kind.fields) if spec.type is FieldType.DATE] if serial else []

    def apply(cells: list[str]) -> list[str]:
        for i, value in constants:
            if not cells[i]:
                cells[i] = value
        for i, name, table in values:
            code = table.get(cells[i].strip())
            if code is not None:
                if mapped is not None:
                    mapped[name][(cells[i].strip(), code)] += 1
                cells[i] = code
        for i in dates:
            if cells[i].replace(".", "", 1).isdigit():
                cells[i] = excel_serial_date(cells[i])
        return cells

    return apply


def layout_key(header: Sequence[str]) -> str:
    """A file layout: its header names, compared the forgiving way."""
    return "|".join(header_key(h) for h in header)


def remembered_mapping(ws: Workspace, org_id: int, kind: RecordKind, layout: str) -> Mapping | None:
    stored = ws.records.remembered_mapping(org_id, kind.code, layout)
    return Mapping.from_dict(json.loads(stored)) if stored is not None else None


def remember_mapping(ws: Workspace, org_id: int, kind: RecordKind, layout: str, mapping: Mapping) -> None:
    """Inside the import's transaction: the mapping is kept only if the import is."""
    ws.records.remember_mapping(org_id, kind.code, layout, mapping.to_json())


def read_header(
    path: Path, kind: RecordKind, mapping: Mapping | None = None, ref: ReferenceData | None = None
) -> list[str]:
    """The header row of a CSV or XLSX file, found as an import would find it (for the mapping dialog)."""
    path = Path(path)
    _digest, size = _file_identity(path)
    with _opened(path, size, kind, mapping or Mapping(), ref) as (_source, header):
        return header


def guess_mapping(
    kind: RecordKind, header: Sequence[str], mapping: Mapping | None = None, ref: ReferenceData | None = None
) -> dict[str, str]:
    """Field → the file's column that the names, aliases and exported labels point at."""
    wanted = _wanted_headers(kind, mapping or Mapping(), ref)
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
            writer.writerow([problem.line, formula_safe(problem.column), formula_safe(problem.message.render())])


class _Rows:
    """Data rows in field order, skipping blank lines, with line numbers and progress ticks."""

    def __init__(
        self,
        source: Any,
        indexes: list[int | None],
        tracker: _Progress,
        transform: Callable[[list[str]], list[str]] | None = None,
        width: int = 0,
    ) -> None:
        self.source = source
        self.tracker = tracker
        self.transform = transform
        self.count = 0
        present = [i for i in indexes if i is not None]
        # An absent column reads an always-empty padding cell past the file's last column (a column the
        # mapping does not use, such as "Ghi chú", must never stand in for it).
        absent = max(width, max(present, default=-1) + 1)
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
    today: dt.date,
    expected: int,
    skip: bool,
    report: ImportReport,
    numbers: ColumnConventions,
) -> BulkCounts:
    parser = BagRowParser(ws.ref, today, ws.owner_ids(BAGS, org), batch, numbers)
    locked = ws.reports.locked_ranges(org.id, BAGS.code)
    preview = report.preview

    def good_rows() -> Iterator[tuple[Any, ...]]:
        parse = parser.parse
        for cells in rows:
            row, issues = parse(cells)
            if locked and row is not None and _in_locked(row, locked):
                issues = [
                    *issues,
                    Issue("date", LOCKED(period=row[1][:7], kind=BAGS.code, state=ReportState.FINALIZED.value)),
                ]
            if issues and problems.add(rows.line, issues):
                continue
            if skip or not problems.bad_rows:
                if len(preview) < PREVIEW_ROWS:
                    preview.append(dict(zip(_BAG_PREVIEW, (*cells[:1], *row[1:10]), strict=False)))  # type: ignore[index]
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
    today: dt.date,
    skip: bool,
    report: ImportReport,
    numbers: ColumnConventions,
) -> BulkCounts:
    facility_ids = ws.facility_ids(org)
    names = [spec.name for spec in kind.fields]
    outcomes = dict.fromkeys(Outcome, 0)
    for cells in rows:
        values, issues = validate_record(kind, dict(zip(names, cells, strict=True)), ws.ref, today, numbers)
        _note_unknown_values(issues, report)
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
                    report.saved.append((rows.line, facility_id, values))
                    if len(report.preview) < PREVIEW_ROWS:
                        report.preview.append({k: _shown(v) for k, v in values.items()})
                except DomainError as error:
                    issues.append(Issue(error.field or "", error.message))
        problems.add(rows.line, issues)
    return BulkCounts(outcomes[Outcome.CREATED], outcomes[Outcome.REPLACED], outcomes[Outcome.UNCHANGED])


def _note_unknown_values(issues: list[Issue], report: ImportReport) -> None:
    """Values of a code list that were not recognized: the dialog offers to map each to an item."""
    for issue in issues:
        if issue.message.source == UNKNOWN_CHOICE.source:
            report.unknown_values.setdefault(issue.field, Counter())[str(issue.message.params["value"])] += 1


def _shown(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else getattr(value, "code", value)
