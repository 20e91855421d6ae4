"""Self-assessments, their answers and evidence links (the files live beside the workspace)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from scp_desktop.store.audit import now_utc
from scp_desktop.store.database import query_dicts


def _to_text(value: str | float | None) -> str | None:
    return None if value is None else value if isinstance(value, str) else repr(float(value))


def _from_text(text: str | None) -> str | float | None:
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        return text


class AssessmentRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def _rows(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        return query_dicts(self.db, sql, params)

    def create(
        self,
        org_id: int,
        facility_id: int | None,
        scheme: str,
        set_version: str,
        criteria_json: str,
        year: int,
        assessor: str,
    ) -> int:
        return int(
            self.db.execute(
                """INSERT INTO assessments (org_id, facility_id, scheme, set_version, criteria, year, assessor,
                   state, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'draft', ?)""",
                [org_id, facility_id, scheme, set_version, criteria_json, year, assessor, now_utc()],
            ).lastrowid
        )

    def insert_imported(
        self,
        org_id: int,
        facility_id: int | None,
        scheme: str,
        set_version: str,
        criteria_json: str,
        year: int,
        assessor: str,
        state: str,
        created_at: str,
        finalized_at: str | None,
        score_pct: float | None,
        passed: int | None,
        content_sha256: str | None,
    ) -> int:
        """An assessment brought by an archive (already checked, its score recomputed), with its own times."""
        return int(
            self.db.execute(
                """INSERT INTO assessments (org_id, facility_id, scheme, set_version, criteria, year, assessor, state,
                   created_at, finalized_at, score_pct, passed, content_sha256)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                [
                    org_id,
                    facility_id,
                    scheme,
                    set_version,
                    criteria_json,
                    year,
                    assessor,
                    state,
                    created_at,
                    finalized_at,
                    score_pct,
                    passed,
                    content_sha256,
                ],
            ).lastrowid
        )

    def get(self, assessment_id: int) -> dict[str, Any] | None:
        rows = self._rows("SELECT * FROM assessments WHERE id = ?", [assessment_id])
        return rows[0] if rows else None

    def history(self, org_id: int, scheme: str | None = None) -> list[dict[str, Any]]:
        """Every assessment of the organization (newest first), without the criteria snapshot."""
        clause, params = ("AND scheme = ?", [org_id, scheme]) if scheme else ("", [org_id])
        return self._rows(
            f"""SELECT id, org_id, facility_id, scheme, set_version, year, assessor, state, created_at,
                       finalized_at, score_pct, passed, content_sha256, submission_id, supersedes
                FROM assessments WHERE org_id = ? {clause} ORDER BY year DESC, id DESC""",
            params,
        )

    def of_organization(self, org_id: int) -> list[dict[str, Any]]:
        """Every assessment of the organization as stored, criteria snapshot included, oldest first."""
        return self._rows("SELECT * FROM assessments WHERE org_id = ? ORDER BY id", [org_id])

    def id_by_natural_key(self, org_id: int, scheme: str, year: int, created_at: str) -> int | None:
        """The assessment with this natural key (what an archive names it by on every computer)."""
        row = self.db.execute(
            "SELECT id FROM assessments WHERE org_id = ? AND scheme = ? AND year = ? AND created_at = ?",
            [org_id, scheme, year, created_at],
        ).fetchone()
        return row[0] if row else None

    def natural_key(self, assessment_id: int) -> dict[str, Any] | None:
        """{scheme, year, created_at} of an assessment: how an archive names it."""
        rows = self._rows("SELECT scheme, year, created_at FROM assessments WHERE id = ?", [assessment_id])
        return rows[0] if rows else None

    def finalized_not_queued(self) -> list[int]:
        """Ids of the finalized assessments that have no report in the outbox yet, oldest first."""
        rows = self.db.execute(
            "SELECT id FROM assessments WHERE state = 'finalized' AND submission_id IS NULL ORDER BY id"
        ).fetchall()
        return [row[0] for row in rows]

    def has_correction(self, submission_id: str | None) -> bool:
        """Whether an assessment already corrects (supersedes) this submission."""
        return self.db.execute("SELECT 1 FROM assessments WHERE supersedes = ?", [submission_id]).fetchone() is not None

    def answers(self, assessment_id: int) -> dict[str, dict[str, Any]]:
        rows = self._rows("SELECT * FROM assessment_answers WHERE assessment_id = ?", [assessment_id])
        return {
            r["criterion_id"]: {**r, "value": _from_text(r["value"]), "auto_value": _from_text(r["auto_value"])}
            for r in rows
        }

    def answer_rows(self, assessment_id: int) -> list[dict[str, Any]]:
        """The answers as stored (values as text), for an archive."""
        return self._rows("SELECT * FROM assessment_answers WHERE assessment_id = ?", [assessment_id])

    def save_answer(
        self,
        assessment_id: int,
        criterion_id: str,
        value: str | float | None,
        override_reason: str,
        note: str,
    ) -> None:
        self.db.execute(
            """INSERT INTO assessment_answers (assessment_id, criterion_id, value, override_reason, note)
               VALUES (?, ?, ?, ?, ?) ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET
               value = excluded.value, override_reason = excluded.override_reason, note = excluded.note""",
            [assessment_id, criterion_id, _to_text(value), override_reason, note],
        )

    def save_auto_value(self, assessment_id: int, criterion_id: str, auto_value: str | float | None) -> None:
        self.db.execute(
            """INSERT INTO assessment_answers (assessment_id, criterion_id, auto_value) VALUES (?, ?, ?)
               ON CONFLICT (assessment_id, criterion_id) DO UPDATE SET auto_value = excluded.auto_value""",
            [assessment_id, criterion_id, _to_text(auto_value)],
        )

    def add_evidence(
        self, assessment_id: int, criterion_id: str, sha256: str, file_name: str, size: int, added_at: str | None = None
    ) -> None:
        self.db.execute(
            """INSERT OR IGNORE INTO evidence (assessment_id, criterion_id, sha256, file_name, size, added_at)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [assessment_id, criterion_id, sha256, file_name, size, added_at or now_utc()],
        )

    def remove_evidence(self, assessment_id: int, criterion_id: str, sha256: str) -> None:
        self.db.execute(
            "DELETE FROM evidence WHERE assessment_id = ? AND criterion_id = ? AND sha256 = ?",
            [assessment_id, criterion_id, sha256],
        )

    def evidence(self, assessment_id: int) -> dict[str, list[dict[str, Any]]]:
        result: dict[str, list[dict[str, Any]]] = {}
        for row in self._rows(
            "SELECT * FROM evidence WHERE assessment_id = ? ORDER BY criterion_id, added_at", [assessment_id]
        ):
            result.setdefault(row["criterion_id"], []).append(row)
        return result

    def evidence_rows(self, assessment_id: int) -> list[dict[str, Any]]:
        """The evidence links as stored, for an archive."""
        return self._rows("SELECT * FROM evidence WHERE assessment_id = ?", [assessment_id])

    def finalize(self, assessment_id: int, score_pct: float, passed: bool | None, content_sha256: str) -> None:
        self.db.execute(
            """UPDATE assessments SET state = 'finalized', finalized_at = ?, score_pct = ?, passed = ?,
               content_sha256 = ? WHERE id = ? AND state = 'draft'""",
            [now_utc(), score_pct, None if passed is None else int(passed), content_sha256, assessment_id],
        )

    def set_submission(self, assessment_id: int, submission_id: str) -> None:
        """The report in the outbox that sends this assessment."""
        self.db.execute("UPDATE assessments SET submission_id = ? WHERE id = ?", [submission_id, assessment_id])

    def set_supersedes(self, assessment_id: int, submission_id: str) -> None:
        """The submission this draft corrects (superseded once the draft is finalized and queued)."""
        self.db.execute("UPDATE assessments SET supersedes = ? WHERE id = ?", [submission_id, assessment_id])
