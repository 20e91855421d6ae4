"""Reports (the outbox): one row per submission, corrections linked by `supersedes`."""

from __future__ import annotations

import json
import uuid
from typing import Any

from sqlite_utils import Database

from scp_desktop.domain.periods import Period
from scp_desktop.domain.reports import ReportState
from scp_desktop.store.audit import now_utc
from scp_desktop.store.database import query_dicts

_SCOPE = "(facility_id IS NULL OR ? IS NULL OR facility_id = ?)"
# What sending a report writes beside its state.
DELIVERY_COLUMNS = frozenset({"server_message", "next_attempt_at", "attempts", "receipt", "sent_at"})


class ReportRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        return query_dicts(self.db, sql, params)

    def locking(
        self, org_id: int, kind: str, facility_id: int | None, start: int, end: int, excluding: str | None = None
    ) -> dict[str, Any] | None:
        """A live (not superseded) finalized-or-later report overlapping these months in scope (the same
        facility, or the organization as a whole on either side), other than `excluding`, if any."""
        rows = self._rows(
            f"""SELECT * FROM reports WHERE org_id = ? AND kind = ? AND {_SCOPE}
                AND start_month <= ? AND end_month >= ? AND state != 'draft' AND superseded_by IS NULL
                AND submission_id IS NOT ? ORDER BY id DESC LIMIT 1""",
            [org_id, kind, facility_id, facility_id, end, start, excluding],
        )
        return rows[0] if rows else None

    def locked_ranges(self, org_id: int, kind: str) -> list[tuple[int | None, int, int]]:
        """(facility id or None for all, first month, last month) of every live locking report."""
        return [
            (r["facility_id"], r["start_month"], r["end_month"])
            for r in self._rows(
                """SELECT facility_id, start_month, end_month FROM reports WHERE org_id = ? AND kind = ?
                   AND state != 'draft' AND superseded_by IS NULL""",
                [org_id, kind],
            )
        ]

    def live(self, org_id: int, kind: str, facility_id: int | None, period: str) -> dict[str, Any] | None:
        """The newest not-superseded report of exactly this scope and period."""
        rows = self._rows(
            """SELECT * FROM reports WHERE org_id = ? AND kind = ? AND facility_id IS ? AND period = ?
               AND superseded_by IS NULL ORDER BY id DESC LIMIT 1""",
            [org_id, kind, facility_id, period],
        )
        return rows[0] if rows else None

    def create(
        self,
        org_id: int,
        kind: str,
        facility_id: int | None,
        period: str,
        start: int,
        end: int,
        supersedes: str | None = None,
    ) -> str:
        submission_id = str(uuid.uuid4())
        self.db["reports"].insert(
            {
                "submission_id": submission_id,
                "org_id": org_id,
                "kind": kind,
                "facility_id": facility_id,
                "period": period,
                "start_month": start,
                "end_month": end,
                "state": ReportState.DRAFT.value,
                "supersedes": supersedes,
                "created_at": now_utc(),
            }
        )
        return submission_id

    def insert_imported(
        self,
        submission_id: str,
        org_id: int,
        kind: str,
        facility_id: int | None,
        period: Period,
        state: ReportState,
        supersedes: str | None,
        payload: str | None,
        sha256: str | None,
        versions: str | None,
        created_at: str,
        finalized_at: str | None,
    ) -> None:
        """A report brought by an archive (already checked), with its own id, content and times."""
        self.db.execute(
            """INSERT INTO reports (submission_id, org_id, kind, facility_id, period, start_month, end_month, state,
               supersedes, payload, content_sha256, reference_versions, created_at, finalized_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                submission_id,
                org_id,
                kind,
                facility_id,
                period.code,
                period.start_month,
                period.end_month,
                state.value,
                supersedes,
                payload,
                sha256,
                versions,
                created_at,
                finalized_at,
            ],
        )

    def finalize(self, submission_id: str, payload: dict[str, Any], sha256: str, versions: dict[str, str]) -> None:
        self.db.execute(
            """UPDATE reports SET state = 'finalized', payload = ?, content_sha256 = ?, reference_versions = ?,
               finalized_at = ? WHERE submission_id = ? AND state = 'draft'""",
            [
                json.dumps(payload, ensure_ascii=False, sort_keys=True),
                sha256,
                json.dumps(versions),
                now_utc(),
                submission_id,
            ],
        )

    def mark_superseded(self, old: str, new: str) -> None:
        self.db.execute("UPDATE reports SET superseded_by = ? WHERE submission_id = ?", [new, old])

    def scope(self, submission_id: str, org_id: int | None) -> dict[str, Any] | None:
        """{kind, facility (its code), period} of a report of this organization (of any, given None)."""
        row = self.db.execute(
            """SELECT r.kind, f.code, r.period FROM reports r LEFT JOIN facilities f ON f.id = r.facility_id
               WHERE r.submission_id = ? AND (? IS NULL OR r.org_id = ?)""",
            [submission_id, org_id, org_id],
        ).fetchone()
        return {"kind": row[0], "facility": row[1], "period": row[2]} if row else None

    def standing(self, submission_id: str) -> dict[str, Any] | None:
        """{state, superseded_by, facility_id}: whether a report is live, and its scope."""
        rows = self._rows(
            "SELECT state, superseded_by, facility_id FROM reports WHERE submission_id = ?", [submission_id]
        )
        return rows[0] if rows else None

    def review(self, submission_id: str) -> dict[str, Any] | None:
        """{state, server_message, field_comments (JSON text), receipt}: what the ministry said of a report."""
        rows = self._rows(
            "SELECT state, server_message, field_comments, receipt FROM reports WHERE submission_id = ?",
            [submission_id],
        )
        return rows[0] if rows else None

    def receipted(self, submission_id: str) -> dict[str, Any] | None:
        """{state, content_sha256} of a report the server gave a receipt for; None before."""
        rows = self._rows(
            "SELECT state, content_sha256 FROM reports WHERE submission_id = ? AND receipt IS NOT NULL",
            [submission_id],
        )
        return rows[0] if rows else None

    # -- the outbox, as the sync sends it -----------------------------------------------------
    def due(self, now: str | None) -> list[dict[str, Any]]:
        """Reports waiting to be sent, oldest first: those whose backoff ended by `now` (every one, given None)."""
        clause = "" if now is None else "AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"
        return self._rows(
            f"""SELECT submission_id, payload, content_sha256, supersedes, attempts FROM reports
                WHERE state IN ('finalized', 'sending') {clause} ORDER BY finalized_at, id""",
            [] if now is None else [now],
        )

    def waiting_count(self) -> int:
        """How many reports the outbox still holds (finalized or being sent)."""
        row = self.db.execute("SELECT count(*) FROM reports WHERE state IN ('finalized', 'sending')").fetchone()
        return int(row[0])

    def set_delivery(self, submission_id: str, state: ReportState, **columns: str | int | None) -> None:
        """A step of sending: the new state and what came with it (DELIVERY_COLUMNS)."""
        unknown = set(columns) - DELIVERY_COLUMNS
        if unknown:  # column names go into the SQL: only these, never a caller's text
            raise ValueError(f"not a delivery column: {sorted(unknown)}")
        assignments = "".join(f", {name} = ?" for name in columns)
        self.db.execute(
            f"UPDATE reports SET state = ?{assignments} WHERE submission_id = ?",
            [state.value, *columns.values(), submission_id],
        )

    def apply_review(
        self, submission_id: str, state: ReportState, receipt: str | None, message: str | None, comments: str | None
    ) -> int:
        """The server's news of a sent report (received, accepted, returned), unless the report is a draft or
        failed here; how many rows changed (0 or 1). A missing receipt keeps the stored one."""
        return self.db.execute(
            """UPDATE reports SET state = ?, receipt = coalesce(?, receipt),
               server_message = ?, field_comments = ? WHERE submission_id = ? AND state IN
               ('sending', 'received', 'accepted', 'returned', 'finalized')""",
            [state.value, receipt, message, comments, submission_id],
        ).rowcount

    def for_archive(self, org_id: int) -> list[dict[str, Any]]:
        """The organization's record reports as an archive carries them (self-assessments travel apart)."""
        return self._rows(
            """SELECT r.submission_id, r.kind, f.code AS facility, r.period, r.start_month, r.end_month, r.state,
                      r.supersedes, r.superseded_by, r.payload, r.content_sha256, r.reference_versions,
                      r.created_at, r.finalized_at, r.receipt, r.server_message
               FROM reports r LEFT JOIN facilities f ON f.id = r.facility_id
               WHERE r.org_id = ? AND r.kind NOT LIKE 'assessment/%' ORDER BY r.id""",
            [org_id],
        )

    def all(self, org_id: int | None = None) -> list[dict[str, Any]]:
        where, params = ("WHERE r.org_id = ?", [org_id]) if org_id is not None else ("", [])
        return self._rows(
            f"""SELECT r.submission_id, o.tax_code, r.kind, f.code AS facility, r.period, r.state, r.supersedes,
                       r.superseded_by, r.content_sha256, r.created_at, r.finalized_at, r.receipt, r.server_message,
                       r.field_comments
                FROM reports r JOIN organizations o ON o.id = r.org_id LEFT JOIN facilities f ON f.id = r.facility_id
                {where} ORDER BY r.id""",
            params,
        )
