"""CSV import, all-or-nothing: any bad row imports nothing and every bad row is listed.

Re-importing the same rows replaces them by natural key (never adds twice);
a period that overlaps another of the same key is refused.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Issue, Msg, Severity
from scp_desktop.domain.records import BAGS, RECORD_KINDS, BagRowParser, RecordKind, jump_warning, validate_record
from scp_desktop.domain.reference import fold_name
from scp_desktop.domain.reports import LOCKED
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.records import BulkCounts, Outcome

UNKNOWN_KIND = QT_TRANSLATE_NOOP("Import", "Unknown record kind “{kind}”. Known kinds: {known}.")
BYTES_PER_BAG_ROW = 50  # a typical daily line, to guess a file's row count from its size
NO_FILE = QT_TRANSLATE_NOOP("Import", "Cannot read {path}: {reason}.")
EMPTY_FILE = QT_TRANSLATE_NOOP("Import", "The file is empty: a header row is required.")
NOT_UTF8 = QT_TRANSLATE_NOOP("Import", "The file is not UTF-8 text (near line {line}): save it as CSV UTF-8.")
BAD_CSV = QT_TRANSLATE_NOOP("Import", "The file is not valid CSV: {reason}.")
MISSING_COLUMN = QT_TRANSLATE_NOOP("Import", "Required column “{column}” is missing from the header.")
DUPLICATE_COLUMN = QT_TRANSLATE_NOOP("Import", "Column “{column}” appears twice in the header.")
REJECTED = QT_TRANSLATE_NOOP(
    "Import", "{file}: {count} bad row(s); nothing was imported. Fix them and import the file again."
)
CANCELLED = QT_TRANSLATE_NOOP("Import", "Import cancelled; nothing was imported.")

MAX_LISTED = 10_000
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


def map_header(kind: RecordKind, header: Sequence[str]) -> list[int | None]:
    """For each field of the kind, the index of its column (None for an absent optional one)."""
    wanted = {header_key(spec.name): spec.name for spec in kind.fields}
    for spec in kind.fields:
        wanted.update({header_key(alias): spec.name for alias in spec.aliases})
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
        RowProblem(1, spec.name, MISSING_COLUMN(column=spec.name))
        for spec in kind.fields
        if spec.required and spec.name not in found
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
    size: int
    raw: Any

    def tick(self) -> None:
        if self.cancelled and self.cancelled():
            raise ImportCancelled()
        if self.report and self.size:
            self.report(min(1.0, self.raw.tell() / self.size))


def _sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _sniff_delimiter(first_line: str) -> str:
    return max((";", ",", "\t"), key=first_line.count)


def import_csv(
    ws: Workspace,
    kind_code: str,
    path: Path | str,
    tax_code: str,
    *,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: dt.date | None = None,
) -> ImportReport:
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
    reader: Any = None
    with handle, io.TextIOWrapper(handle, encoding="utf-8-sig", newline="") as text:
        tracker = _Progress(progress, cancelled, size, handle)
        try:
            first = text.readline()
            if not first.strip():
                raise ImportRejected(path.name, [RowProblem(1, "", EMPTY_FILE)], 1)
            delimiter = _sniff_delimiter(first)
            header = next(csv.reader([first], delimiter=delimiter))
            try:
                indexes = map_header(kind, header)
            except ImportRejected as rejected:
                raise ImportRejected(path.name, rejected.problems, 1) from None
            reader = csv.reader(text, delimiter=delimiter)
            with ws.transaction("import"):
                assert org.id is not None
                batch = ws.records.start_import(org.id, kind.code, path.name, digest)
                rows = _Rows(reader, indexes, tracker)
                if kind is BAGS:
                    counts = _import_bags(ws, org, rows, problems, batch, today, size // BYTES_PER_BAG_ROW)
                else:
                    counts = _import_periodic(ws, kind, org, rows, problems, batch, today)
                if problems.bad_rows:
                    raise ImportRejected(path.name, problems.errors, problems.bad_rows)
                ws.records.finish_import(batch, rows.count, counts)
        except UnicodeDecodeError:
            line = (reader.line_num + 2) if reader else 1
            raise ImportRejected(path.name, [RowProblem(line, "", NOT_UTF8(line=line))], 1) from None
        except csv.Error as error:
            problem = RowProblem((reader.line_num + 1) if reader else 1, "", BAD_CSV(reason=str(error)))
            raise ImportRejected(path.name, [problem], 1) from None
    report.rows, report.batch_id = rows.count, batch
    report.created, report.replaced, report.unchanged = counts.created, counts.replaced, counts.unchanged
    report.warnings, report.warning_count = problems.warnings, problems.warning_count
    return report


class _Rows:
    """Data rows in field order, skipping blank lines, with line numbers and progress ticks."""

    def __init__(self, reader: Any, indexes: list[int | None], tracker: _Progress) -> None:
        self.reader = reader
        self.tracker = tracker
        self.count = 0
        present = [i for i in indexes if i is not None]
        absent = max(present) + 1  # an absent optional column reads this always-empty padding cell
        order = [i if i is not None else absent for i in indexes]
        self.needed = max(order) + 1
        self.identity = order == list(range(len(order)))  # the canonical layout needs no reordering
        self.pick = operator.itemgetter(*order)
        self.owner = order[0]

    @property
    def line(self) -> int:
        """The file line of the current row (the header, read separately, is line 1)."""
        return self.reader.line_num + 1

    def __iter__(self) -> Iterator[Sequence[str]]:
        pick, needed, owner, identity = self.pick, self.needed, self.owner, self.identity
        count, tick_every = self.count, PROGRESS_EVERY
        for cells in self.reader:
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
            yield cells if identity else pick(cells)
        self.count = count


def _import_bags(
    ws: Workspace, org: Any, rows: _Rows, problems: _Problems, batch: int, today: dt.date | None, expected: int
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
            if not problems.bad_rows:
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
            if not problems.bad_rows:
                try:
                    ws.ensure_unlocked(kind, org, facility_id, values)
                    outcomes[ws.records.save(kind, facility_id, values, import_id=batch)] += 1
                except DomainError as error:
                    issues.append(Issue(error.field or "", error.message))
        problems.add(rows.line, issues)
    return BulkCounts(outcomes[Outcome.CREATED], outcomes[Outcome.REPLACED], outcomes[Outcome.UNCHANGED])
