"""Business records: one upsert path per natural key, overlap refusal, bulk bag path, aggregates."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sqlite3
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from typing import Any, NamedTuple

from sqlite_utils import Database

from scp_desktop.domain.bags import BagTotals
from scp_desktop.domain.energy import EnergyLine
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from scp_desktop.domain.periods import Period
from scp_desktop.domain.records import BAGS, FieldType, Outcome, RecordKind, RecordQuery
from scp_desktop.pause import pause_after_rows, pause_point
from scp_desktop.store.audit import now_utc, os_user
from scp_desktop.store.database import data_version
from scp_desktop.store.schema import BAG_LOG_INDEXES, BAG_SORT_COLUMNS

OVERLAP = QT_TRANSLATE_NOOP(
    "Records",
    "Period {period} overlaps {other}, already recorded for the same {what}: "
    "record either the whole period or its parts, not both.",
)


class FacilityKey(NamedTuple):
    """A facility as aggregates name it: by code first (so `key[0]` is its code)."""

    code: str
    kind: str
    name: str
    id: int


class ProductOutput(NamedTuple):
    product: str
    unit: str
    quantity: float
    value_vnd: float | None  # the sum over the records that state a value; None when none does
    valued: int  # how many records state a value


@dataclass(frozen=True)
class BulkCounts:
    created: int
    replaced: int
    unchanged: int


def _columns(kind: RecordKind) -> list[str]:
    """Table columns in the order of the kind's fields (owner as facility_id)."""
    names = ["facility_id" if f.name == kind.owner_field else f.name for f in kind.fields]
    if kind.is_periodic:
        names[2:2] = ["start_month", "end_month"]
    return names


def _upsert_sql(kind: RecordKind) -> str:
    columns = [*_columns(kind), "import_id"]
    key = ["facility_id" if k == kind.owner_field else k for k in kind.key]
    values = [c for c in columns if c not in key and c != "import_id"]
    changed = (
        f"({', '.join(f'{kind.table}.{c}' for c in values)}) IS NOT ({', '.join(f'excluded.{c}' for c in values)})"
    )
    if len(values) == 1:
        changed = f"{kind.table}.{values[0]} IS NOT excluded.{values[0]}"
    assignments = ", ".join(f"{c} = excluded.{c}" for c in [*values, "import_id"])
    return (
        f"INSERT INTO {kind.table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
        f"ON CONFLICT ({', '.join(key)}) DO UPDATE SET {assignments} WHERE {changed}"
    )


def _text_columns(kind: RecordKind) -> list[str]:
    return [s.name for s in kind.fields[1:] if s.type in (FieldType.TEXT, FieldType.CHOICE, FieldType.PERIOD)]


class RecordRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._sql: dict[str, str] = {}

    def _row(self, kind: RecordKind, facility_id: int, values: dict[str, Any]) -> list[Any]:
        row: list[Any] = []
        for name in _columns(kind):
            if name == "facility_id":
                row.append(facility_id)
            elif name in ("start_month", "end_month"):
                row.append(getattr(values["period"], name))
            else:
                row.append(_sql_value(values[name]))
        return row

    def _key_filter(
        self, kind: RecordKind, facility_id: int, values: dict[str, Any], with_time: bool = False
    ) -> tuple[str, list[Any]]:
        fields = [k for k in kind.key if k != kind.owner_field and (with_time or k != kind.time_field)]
        clause = " AND ".join(["facility_id = ?", *(f"{k} = ?" for k in fields)])
        return clause, [facility_id, *(_sql_value(values[k]) for k in fields)]

    def overlapping_period(self, kind: RecordKind, facility_id: int, values: dict[str, Any]) -> str | None:
        """Another period of the same key that overlaps this one (a year beside its months)."""
        period: Period = values["period"]
        clause, params = self._key_filter(kind, facility_id, values)
        row = self.db.execute(
            f"SELECT period FROM {kind.table} WHERE {clause} AND start_month <= ? AND end_month >= ?"
            " AND period != ? LIMIT 1",
            [*params, period.end_month, period.start_month, period.code],
        ).fetchone()
        return row[0] if row else None

    def previous_year_measure(self, kind: RecordKind, facility_id: int, values: dict[str, Any]) -> float | None:
        if not kind.is_periodic or kind.measure is None:
            return None
        clause, params = self._key_filter(kind, facility_id, values)
        previous = values["period"].same_period_year_before()
        extra = " AND unit = ?" if "unit" in values else ""
        row = self.db.execute(
            f"SELECT {kind.measure} FROM {kind.table} WHERE {clause} AND period = ?{extra}",
            [*params, previous.code, *([values["unit"]] if extra else [])],
        ).fetchone()
        return row[0] if row else None

    def save(self, kind: RecordKind, facility_id: int, values: dict[str, Any], import_id: int | None = None) -> Outcome:
        """Create or replace the record with this natural key. Call inside a transaction."""
        if kind.is_periodic:
            other = self.overlapping_period(kind, facility_id, values)
            if other:
                what = "/".join(str(values[k]) for k in kind.key_fields_without_time) or kind.code
                raise DomainError(OVERLAP(period=values["period"].code, other=other, what=what), "period")
        clause, params = self._key_filter(kind, facility_id, values, with_time=True)
        existed = self.db.execute(f"SELECT 1 FROM {kind.table} WHERE {clause}", params).fetchone()
        sql = self._sql.setdefault(kind.code, _upsert_sql(kind))
        changed = self.db.execute(sql, [*self._row(kind, facility_id, values), import_id]).rowcount
        if not existed:
            return Outcome.CREATED
        return Outcome.REPLACED if changed else Outcome.UNCHANGED

    def bulk_save_bags(self, rows: Iterable[tuple[Any, ...]], expected_rows: int = 0) -> BulkCounts:
        """Upsert many (facility_id, date, 8 figures, import_id) rows; counts from row totals and changes.

        When more rows are expected than the log holds, the indexes are rebuilt once at the
        end rather than kept up row by row (a quarter of the time of a million-row load). Both
        happen inside the caller's transaction, so a crash leaves the indexes as they were.
        """
        before = self.db.execute("SELECT count(*) FROM bag_log").fetchone()[0]
        rebuild = expected_rows > before
        if rebuild:
            for name in BAG_LOG_INDEXES:
                self.db.execute(f"DROP INDEX {name}")
            pause_point("import:index-dropped")
        seen = itertools.count()
        counted = (row for row, _ in zip(pause_after_rows("import:rows", rows), seen, strict=False))
        changed = self.db.conn.executemany(self._sql.setdefault(BAGS.code, _upsert_sql(BAGS)), counted).rowcount
        if rebuild:
            for statement in BAG_LOG_INDEXES.values():
                self.db.execute(statement)
            pause_point("import:index-rebuilt")
        created = self.db.execute("SELECT count(*) FROM bag_log").fetchone()[0] - before
        return BulkCounts(created, changed - created, next(seen) - changed)

    # -- browsing ---------------------------------------------------------------------------
    def _where(self, query: RecordQuery) -> tuple[str, list[Any]]:
        kind = query.kind
        clauses, params = ["f.org_id = ?"], [query.org_id]
        if query.facility_id is not None:
            clauses.append("t.facility_id = ?")
            params.append(query.facility_id)
        if query.year is not None:
            first, last = (query.month or 1), (query.month or 12)
            if kind.is_periodic:
                clauses.append("t.start_month >= ? AND t.end_month <= ?")
                params += [query.year * 12 + first - 1, query.year * 12 + last - 1]
            elif kind.time_field == "date":
                clauses.append("t.date >= ? AND t.date < ?")
                end = f"{query.year:04d}-{last + 1:02d}-01" if last < 12 else f"{query.year + 1:04d}-01-01"
                params += [f"{query.year:04d}-{first:02d}-01", end]
        if query.text.strip():
            needle = f"%{query.text.strip()}%"
            columns = ["f.code", "f.name", *(f"t.{c}" for c in _text_columns(kind))]
            clauses.append("(" + " OR ".join(f"{c} LIKE ?" for c in columns) + ")")
            params += [needle] * len(columns)
        return " AND ".join(clauses), params

    def _select(self, kind: RecordKind, join: str = "JOIN") -> str:
        columns = ["f.code" if c == kind.owner_field else f"t.{c}" for c in kind.columns]
        return f"SELECT {', '.join(columns)} FROM {kind.table} t {join} facilities f ON f.id = t.facility_id"

    @staticmethod
    def _walks_sort_index(query: RecordQuery, total: int | None) -> bool:
        """Whether a page is best read by walking the sort column's index (the log first, then its store).
        SQLite's planner would start from the organization's stores and sort all their rows; that is right
        for a store, a year or a search, but for a whole large log the walk finds a page in a few rows."""
        return (
            query.kind.table == "bag_log"
            and query.sort in BAG_SORT_COLUMNS
            and query.facility_id is None
            and query.year is None
            and not query.text.strip()
            and (total or 0) >= INDEX_WALK_ROWS
        )

    def count(self, query: RecordQuery) -> int:
        where, params = self._where(query)
        sql = f"SELECT count(*) FROM {query.kind.table} t JOIN facilities f ON f.id = t.facility_id WHERE {where}"
        return self.db.execute(sql, params).fetchone()[0]

    def count_within(self, query: RecordQuery, seconds: float) -> int | None:
        """The count if SQLite finishes it within `seconds`, else None (it is then counted elsewhere)."""
        deadline = time.perf_counter() + seconds
        self.db.conn.set_progress_handler(lambda: time.perf_counter() > deadline, PROGRESS_STEPS)
        try:
            return self.count(query)
        except sqlite3.OperationalError as error:
            if "interrupted" not in str(error):
                raise
            return None
        finally:
            self.db.conn.set_progress_handler(None, 0)

    def version(self) -> tuple[int, int]:
        """Changes on this connection and commits by others: the same pair, the same rows."""
        return data_version(self.db)

    def fetch(
        self, query: RecordQuery, offset: int, limit: int, total: int | None = None, exact: bool = True
    ) -> list[tuple[Any, ...]]:
        """One page of rows, as tuples in the kind's `columns` order.

        Given the exact total, a page in the second half is read backwards from the end, so
        jumping to the last row costs a short OFFSET instead of a scan of everything before it.
        A total not yet exact (the rows known while a count is under way) only chooses the plan.
        """
        if total is not None and exact and offset > total // 2:
            backwards = replace(query, descending=not query.descending)
            end = min(total, offset + limit)
            return list(reversed(self.fetch(backwards, total - end, end - offset, total)))
        where, params = self._where(query)
        select = self._select(query.kind, "CROSS JOIN" if self._walks_sort_index(query, total) else "JOIN")
        sql = f"{select} WHERE {where} ORDER BY {', '.join(self._order(query))} LIMIT ? OFFSET ?"
        return self.db.execute(sql, [*params, limit, offset]).fetchall()

    @staticmethod
    def _order(query: RecordQuery) -> list[str]:
        """ORDER BY terms: the sort column, then the natural key (so the order is total), one direction."""
        kind = query.kind
        natural = ["t.facility_id", *(f"t.{k}" for k in kind.key if k != kind.owner_field)]
        if kind.is_periodic:
            natural.insert(1, "t.start_month")
        direction = " DESC" if query.descending else ""
        if query.sort and query.sort in kind.columns:
            column = "f.code" if query.sort == kind.owner_field else f"t.{query.sort}"
            if kind.is_periodic and query.sort == "period":
                column = "t.start_month"
            natural = [column, *(n for n in natural if n != column)]
        return [f"{n}{direction}" for n in natural]

    def get(self, kind: RecordKind, facility_id: int, values: dict[str, Any]) -> dict[str, Any] | None:
        """The stored record with this natural key, as {field: stored value}, or None."""
        clause, params = self._key_filter(kind, facility_id, values, with_time=True)
        columns = [c for c in kind.columns if c != kind.owner_field]
        row = self.db.execute(f"SELECT {', '.join(columns)} FROM {kind.table} WHERE {clause}", params).fetchone()
        return dict(zip(columns, row, strict=True)) if row else None

    def delete(self, kind: RecordKind, facility_id: int, values: dict[str, Any]) -> bool:
        """Delete the record with this natural key. Call inside a transaction."""
        clause, params = self._key_filter(kind, facility_id, values, with_time=True)
        return self.db.execute(f"DELETE FROM {kind.table} WHERE {clause}", params).rowcount > 0

    # -- a facility's own history (plausibility) -------------------------------------------------------
    def neighbour_measures(
        self, kind: RecordKind, facility_id: int, values: dict[str, Any], span: int = 6
    ) -> list[float]:
        """The measure of the same facility and key in the periods of the same length around this one
        (six on each side), this period itself left out."""
        if not kind.is_periodic or kind.measure is None:
            return []
        period: Period = values["period"]
        length = period.end_month - period.start_month + 1
        clause, params = self._key_filter(kind, facility_id, values)
        extra = " AND unit = ?" if "unit" in values else ""
        rows = self.db.execute(
            f"SELECT {kind.measure} FROM {kind.table} WHERE {clause}{extra} AND end_month - start_month = ?"
            " AND start_month BETWEEN ? AND ? AND start_month != ?",
            [
                *params,
                *([values["unit"]] if extra else []),
                length - 1,
                period.start_month - span * length,
                period.start_month + span * length,
                period.start_month,
            ],
        ).fetchall()
        return [row[0] for row in rows]

    def recent_bag_days(self, facility_id: int, day: str, days: int = 28) -> list[tuple[int, int]]:
        """(transactions, non-biodegradable bags) of the store's last `days` recorded days before `day`."""
        return self.db.execute(
            "SELECT transactions, nonbio_count FROM bag_log WHERE facility_id = ? AND date < ?"
            " ORDER BY date DESC LIMIT ?",
            [facility_id, day, days],
        ).fetchall()

    def bag_days_against_history(self, batch: int, limit: int) -> Iterator[tuple[str, str, float, float]]:
        """(store/date, field, value, the store's median) for the batch's days at 10× or under 1/10 of the
        store's median day, in transactions and non-biodegradable bags (one sort per store and field)."""
        stores = self.db.execute(
            "SELECT f.id, f.code FROM facilities f WHERE EXISTS"
            " (SELECT 1 FROM bag_log b WHERE b.facility_id = f.id AND b.import_id = ?)",
            [batch],
        ).fetchall()
        for facility_id, code in stores:
            count = self.db.execute("SELECT count(*) FROM bag_log WHERE facility_id = ?", [facility_id]).fetchone()[0]
            for field_name in ("transactions", "nonbio_count"):
                median = self.db.execute(
                    f"SELECT {field_name} FROM bag_log WHERE facility_id = ? ORDER BY {field_name} LIMIT 1 OFFSET ?",
                    [facility_id, count // 2],
                ).fetchone()
                if count < 3 or not median or not median[0]:
                    continue
                far = self.db.execute(
                    f"SELECT date, {field_name} FROM bag_log WHERE facility_id = ? AND import_id = ?"
                    f" AND ({field_name} >= ? OR ({field_name} > 0 AND {field_name} <= ?)) ORDER BY date LIMIT ?",
                    [facility_id, batch, median[0] * 10, median[0] / 10, limit],
                ).fetchall()
                for day, value in far:
                    yield f"{code}/{day}", field_name, value, median[0]

    # -- the audit trail ----------------------------------------------------------------------------------
    def history(self, kind: RecordKind, facility_id: int, values: dict[str, Any]) -> list[dict[str, Any]]:
        """Everything the audit log knows of one record, oldest first: inserts, field changes (old → new),
        deletes; and the import batch its stored row came from (imports audit their new rows once, as a
        batch). Each entry: at, os_user, source, action, field, old_value, new_value, file_name."""
        key = self.db.execute(
            "SELECT o.tax_code || '/' || f.code FROM facilities f JOIN organizations o ON o.id = f.org_id"
            " WHERE f.id = ?",
            [facility_id],
        ).fetchone()[0]
        record_key = "/".join([key, *(str(_sql_value(values[k])) for k in kind.key if k != kind.owner_field)])
        entries = [
            {**dict(zip(_HISTORY, row, strict=True)), "file_name": None}
            for row in self.db.execute(
                f"SELECT {', '.join(_HISTORY)} FROM audit_log WHERE table_name = ? AND record_key = ? ORDER BY id",
                [kind.table, record_key],
            ).fetchall()
        ]
        clause, params = self._key_filter(kind, facility_id, values, with_time=True)
        batch = self.db.execute(
            f"SELECT b.at, b.os_user, b.file_name FROM {kind.table} t JOIN import_batches b ON b.id = t.import_id"
            f" WHERE {clause.replace('facility_id', 't.facility_id')}",
            params,
        ).fetchone()
        if batch:
            at, user, file_name = batch
            entries.append(
                {
                    "at": at,
                    "os_user": user,
                    "source": "import",
                    "action": "import",
                    "field": None,
                    "old_value": None,
                    "new_value": None,
                    "file_name": file_name,
                }
            )
            entries.sort(key=lambda e: e["at"])
        return entries

    def position(self, query: RecordQuery, facility_id: int, values: dict[str, Any]) -> int | None:
        """Where the record with this natural key stands in the query's order (None: not among its rows)."""
        order = self._order(query)
        columns = [column.removesuffix(" DESC") for column in order]
        clause, params = self._key_filter(query.kind, facility_id, values, with_time=True)
        where, where_params = self._where(query)
        found = self.db.execute(
            f"SELECT {', '.join(columns)} FROM {query.kind.table} t JOIN facilities f ON f.id = t.facility_id"
            f" WHERE {where} AND {' AND '.join('t.' + c for c in clause.split(' AND '))}",
            [*where_params, *params],
        ).fetchone()
        if found is None or None in found:  # NULLs do not compare: no position to tell
            return None
        before = "<" if not query.descending else ">"
        count = self.db.execute(
            f"SELECT count(*) FROM {query.kind.table} t JOIN facilities f ON f.id = t.facility_id"
            f" WHERE {where} AND ({', '.join(columns)}) {before} ({', '.join('?' * len(columns))})",
            [*where_params, *found],
        ).fetchone()[0]
        return count

    def audit_mark(self) -> int:
        """The audit log's newest entry: what a transaction writes after it is `changes_since` this mark."""
        return self.db.execute("SELECT coalesce(max(id), 0) FROM audit_log").fetchone()[0]

    def changes_since(self, mark: int, limit: int) -> list[dict[str, Any]]:
        """Field-level replacements audited after `mark` (an import's, inside its transaction)."""
        rows = self.db.execute(
            "SELECT record_key, field, old_value, new_value FROM audit_log WHERE id > ? AND action = 'update'"
            " AND table_name != 'import_batches' ORDER BY id LIMIT ?",
            [mark, limit],
        ).fetchall()
        return [dict(zip(("record_key", "field", "old_value", "new_value"), row, strict=True)) for row in rows]

    # -- import batches ---------------------------------------------------------------------
    def start_import(self, org_id: int, kind: str, file_name: str, file_sha256: str) -> int:
        return (
            self.db["import_batches"]
            .insert(
                {
                    "org_id": org_id,
                    "kind": kind,
                    "file_name": file_name,
                    "file_sha256": file_sha256,
                    "at": now_utc(),
                    "os_user": os_user(),
                }
            )
            .last_pk
        )

    def finish_import(self, batch_id: int, rows_total: int, counts: BulkCounts) -> None:
        summary = {
            "rows": rows_total,
            "created": counts.created,
            "replaced": counts.replaced,
            "unchanged": counts.unchanged,
        }
        self.db["import_batches"].update(
            batch_id, {"rows_total": rows_total, **{k: v for k, v in summary.items() if k != "rows"}}
        )
        self.db.execute(
            """INSERT INTO audit_log (at, os_user, source, table_name, record_id, record_key, action,
                                      field, old_value, new_value)
               SELECT ?, c.os_user, c.source, 'import_batches', b.id, b.kind || ':' || b.file_name,
                      'import', NULL, NULL, ? FROM audit_context c, import_batches b
               WHERE c.id = 1 AND b.id = ?""",
            [now_utc(), json.dumps(summary), batch_id],
        )

    def remembered_mapping(self, org_id: int, kind: str, layout: str) -> str | None:
        """The column mapping (JSON) last used to import a file of this layout for the organization."""
        row = self.db.execute(
            "SELECT mapping FROM import_mappings WHERE org_id = ? AND kind = ? AND layout = ?", [org_id, kind, layout]
        ).fetchone()
        return row[0] if row else None

    def remember_mapping(self, org_id: int, kind: str, layout: str, mapping: str) -> None:
        self.db.execute(
            """INSERT INTO import_mappings (org_id, kind, layout, mapping, updated_at) VALUES (?, ?, ?, ?, ?)
               ON CONFLICT (org_id, kind, layout)
               DO UPDATE SET mapping = excluded.mapping, updated_at = excluded.updated_at""",
            [org_id, kind, layout, mapping, dt.datetime.now(dt.UTC).isoformat()],
        )

    # -- aggregates for indicators ----------------------------------------------------------
    def energy_by_facility(
        self, org_id: int, year: int, facility_id: int | None = None
    ) -> dict[FacilityKey, list[EnergyLine]]:
        """The year's energy lines of each facility (of one, given its id)."""
        rows = self.db.execute(
            """SELECT f.code, f.kind, f.name, f.id, e.fuel, e.quantity, e.unit, e.ncv_gj_per_t
               FROM energy_use e JOIN facilities f ON f.id = e.facility_id
               WHERE f.org_id = ? AND (? IS NULL OR f.id = ?) AND e.start_month >= ? AND e.end_month <= ?""",
            [org_id, facility_id, facility_id, year * 12, year * 12 + 11],
        ).fetchall()
        result: dict[FacilityKey, list[EnergyLine]] = {}
        for code, kind, name, fid, fuel, qty, unit, ncv in rows:
            result.setdefault(FacilityKey(code, kind, name, fid), []).append(EnergyLine(fuel, qty, unit, ncv))
        return result

    def monthly_energy(self, org_id: int, year: int, facility_id: int | None = None) -> dict[int, list[EnergyLine]]:
        """Energy lines of monthly records by month (1-12) of the year."""
        rows = self.db.execute(
            """SELECT e.start_month % 12 + 1, e.fuel, e.quantity, e.unit, e.ncv_gj_per_t
               FROM energy_use e JOIN facilities f ON f.id = e.facility_id
               WHERE f.org_id = ? AND (? IS NULL OR f.id = ?)
                 AND e.start_month = e.end_month AND e.start_month BETWEEN ? AND ?""",
            [org_id, facility_id, facility_id, year * 12, year * 12 + 11],
        ).fetchall()
        result: dict[int, list[EnergyLine]] = {}
        for month, fuel, qty, unit, ncv in rows:
            result.setdefault(month, []).append(EnergyLine(fuel, qty, unit, ncv))
        return result

    def monthly_bags(self, org_id: int, year: int, facility_id: int | None = None) -> dict[int, BagTotals]:
        rows = self.db.execute(
            """SELECT CAST(substr(b.date, 6, 2) AS INTEGER), count(*), sum(transactions), sum(nonbio_count),
                      sum(nonbio_kg), sum(bio_count), sum(bio_kg), sum(paper_count), sum(paper_kg),
                      sum(reusable_sold)
               FROM bag_log b JOIN facilities f ON f.id = b.facility_id
               WHERE f.org_id = ? AND (? IS NULL OR f.id = ?) AND b.date >= ? AND b.date < ? GROUP BY 1""",
            [org_id, facility_id, facility_id, f"{year:04d}-01-01", f"{year + 1:04d}-01-01"],
        ).fetchall()
        return {row[0]: BagTotals(*row[1:]) for row in rows}

    def monthly_waste(
        self, org_id: int, year: int, facility_id: int | None = None
    ) -> dict[int, dict[str, dict[str, float]]]:
        rows = self.db.execute(
            """SELECT w.start_month % 12 + 1, w.stream, w.route, sum(w.quantity_t)
               FROM waste_flow w JOIN facilities f ON f.id = w.facility_id
               WHERE f.org_id = ? AND (? IS NULL OR f.id = ?)
                 AND w.start_month = w.end_month AND w.start_month BETWEEN ? AND ?
               GROUP BY 1, 2, 3""",
            [org_id, facility_id, facility_id, year * 12, year * 12 + 11],
        ).fetchall()
        result: dict[int, dict[str, dict[str, float]]] = {}
        for month, stream, route, tonnes in rows:
            result.setdefault(month, {}).setdefault(stream, {})[route] = tonnes
        return result

    def years_with_data(self, org_id: int) -> list[int]:
        """Years with energy or waste records, and every year the bag log spans (from its key's ends)."""
        rows = self.db.execute(
            """SELECT DISTINCT e.start_month / 12 FROM energy_use e JOIN facilities f ON f.id = e.facility_id
               WHERE f.org_id = ?
               UNION SELECT DISTINCT w.start_month / 12 FROM waste_flow w JOIN facilities f ON f.id = w.facility_id
               WHERE f.org_id = ?""",
            [org_id, org_id],
        ).fetchall()
        years = {row[0] for row in rows}
        for first, last in self.db.execute(
            """SELECT (SELECT min(date) FROM bag_log WHERE facility_id = f.id),
                      (SELECT max(date) FROM bag_log WHERE facility_id = f.id)
               FROM facilities f WHERE f.org_id = ?""",
            [org_id],
        ).fetchall():
            if first:
                years.update(range(int(first[:4]), int(last[:4]) + 1))
        return sorted(years)

    def bag_totals(self, org_id: int, year: int, facility_id: int | None = None) -> BagTotals | None:
        row = self.db.execute(
            """SELECT count(*), sum(transactions), sum(nonbio_count), sum(nonbio_kg), sum(bio_count),
                      sum(bio_kg), sum(paper_count), sum(paper_kg), sum(reusable_sold)
               FROM bag_log b JOIN facilities f ON f.id = b.facility_id
               WHERE f.org_id = ? AND (? IS NULL OR f.id = ?) AND b.date >= ? AND b.date < ?""",
            [org_id, facility_id, facility_id, f"{year:04d}-01-01", f"{year + 1:04d}-01-01"],
        ).fetchone()
        return BagTotals(*row) if row[0] else None

    def bag_totals_by_store(self, org_id: int, year: int, facility_id: int | None = None) -> dict[str, BagTotals]:
        rows = self.db.execute(
            """SELECT f.code, count(*), sum(transactions), sum(nonbio_count), sum(nonbio_kg), sum(bio_count),
                      sum(bio_kg), sum(paper_count), sum(paper_kg), sum(reusable_sold)
               FROM bag_log b JOIN facilities f ON f.id = b.facility_id
               WHERE f.org_id = ? AND (? IS NULL OR f.id = ?) AND b.date >= ? AND b.date < ?
               GROUP BY f.code ORDER BY f.code""",
            [org_id, facility_id, facility_id, f"{year:04d}-01-01", f"{year + 1:04d}-01-01"],
        ).fetchall()
        return {row[0]: BagTotals(*row[1:]) for row in rows}

    def waste_by_stream(self, org_id: int, year: int, facility_id: int | None = None) -> dict[str, dict[str, float]]:
        rows = self.db.execute(
            """SELECT w.stream, w.route, sum(w.quantity_t)
               FROM waste_flow w JOIN facilities f ON f.id = w.facility_id
               WHERE f.org_id = ? AND (? IS NULL OR f.id = ?) AND w.start_month >= ? AND w.end_month <= ?
               GROUP BY w.stream, w.route""",
            [org_id, facility_id, facility_id, year * 12, year * 12 + 11],
        ).fetchall()
        result: dict[str, dict[str, float]] = {}
        for stream, route, tonnes in rows:
            result.setdefault(stream, {})[route] = tonnes
        return result

    def production_by_unit(self, org_id: int, year: int, facility_id: int | None = None) -> dict[str, float]:
        rows = self.db.execute(
            """SELECT p.unit, sum(p.quantity) FROM production_output p
               JOIN facilities f ON f.id = p.facility_id
               WHERE f.org_id = ? AND (? IS NULL OR f.id = ?) AND p.start_month >= ? AND p.end_month <= ?
               GROUP BY p.unit""",
            [org_id, facility_id, facility_id, year * 12, year * 12 + 11],
        ).fetchall()
        return dict(rows)

    def total(self, table: str, column: str, org_id: int, year: int, facility_id: int | None = None) -> float | None:
        row = self.db.execute(
            f"""SELECT sum(t.{column}) FROM {table} t JOIN facilities f ON f.id = t.facility_id
                WHERE f.org_id = ? AND (? IS NULL OR f.id = ?) AND t.start_month >= ? AND t.end_month <= ?""",
            [org_id, facility_id, facility_id, year * 12, year * 12 + 11],
        ).fetchone()
        return row[0]

    def first_year(self, table: str, org_id: int) -> int | None:
        """The first year the organization has rows of a measured table (energy_use, water_use, …)."""
        row = self.db.execute(
            f"""SELECT min(t.start_month) / 12 FROM {table} t JOIN facilities f ON f.id = t.facility_id
                WHERE f.org_id = ?""",
            [org_id],
        ).fetchone()
        return row[0]

    def energy_periods(self, facility_id: int, year: int) -> list[tuple[str, int, int]]:
        """(fuel, first month, last month) of each of the facility's energy records within the year."""
        return self.db.execute(
            "SELECT fuel, start_month, end_month FROM energy_use WHERE facility_id = ? AND start_month >= ?"
            " AND end_month <= ?",
            [facility_id, year * 12, year * 12 + 11],
        ).fetchall()

    def energy_cost_by_fuel(self, facility_id: int, year: int) -> dict[str, float]:
        """What the facility paid for each fuel in the year, over the records that state a cost."""
        rows = self.db.execute(
            """SELECT fuel, sum(cost_vnd) FROM energy_use WHERE facility_id = ? AND start_month >= ?
               AND end_month <= ? AND cost_vnd IS NOT NULL GROUP BY fuel""",
            [facility_id, year * 12, year * 12 + 11],
        ).fetchall()
        return dict(rows)

    def output_by_product(self, facility_id: int, year: int) -> list[ProductOutput]:
        """The facility's output in the year, by product and unit, by product name."""
        rows = self.db.execute(
            """SELECT product, unit, sum(quantity), sum(value_vnd), count(value_vnd) FROM production_output
               WHERE facility_id = ? AND start_month >= ? AND end_month <= ? GROUP BY product, unit ORDER BY product""",
            [facility_id, year * 12, year * 12 + 11],
        ).fetchall()
        return [ProductOutput(*row) for row in rows]

    def cp_options(self, org_id: int, facility_id: int | None = None) -> list[dict[str, Any]]:
        return list(
            self.db.query(
                """SELECT f.code AS facility, c.* FROM cp_option c JOIN facilities f ON f.id = c.facility_id
               WHERE f.org_id = ? AND (? IS NULL OR f.id = ?) ORDER BY f.code, c.code""",
                [org_id, facility_id, facility_id],
            )
        )


PROGRESS_STEPS = 20_000  # SQLite steps between looks at the clock in count_within (well under a ms)
INDEX_WALK_ROWS = 50_000  # below this many rows, sorting them all is quicker than any index walk

_HISTORY = ("at", "os_user", "source", "action", "field", "old_value", "new_value")


def _sql_value(value: Any) -> Any:
    if isinstance(value, Period):
        return value.code
    return value.isoformat() if hasattr(value, "isoformat") else value
