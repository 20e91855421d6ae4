"""Eco-innovation projects and their phase documents (JSON, one row per phase)."""

from __future__ import annotations

import json
from typing import Any

from sqlite_utils import Database

from scp_desktop.store.audit import now_utc
from scp_desktop.store.database import query_dicts

HEADER_FIELDS = ("title", "consultant", "client_representative", "baseline_year", "assessment_id")


class EcoProjectRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def create(self, org_id: int, title: str, consultant: str, client_representative: str, baseline_year: int) -> int:
        return int(
            self.db.execute(
                """INSERT INTO eco_projects (org_id, title, consultant, client_representative, baseline_year,
                   created_at) VALUES (?, ?, ?, ?, ?, ?)""",
                [org_id, title, consultant, client_representative, baseline_year, now_utc()],
            ).lastrowid
        )

    def insert_imported(
        self,
        org_id: int,
        title: str,
        consultant: str,
        client_representative: str,
        baseline_year: int,
        assessment_id: int | None,
        created_at: str,
    ) -> int:
        """A project brought by an archive, with its own creation time (its natural key with the organization)."""
        return int(
            self.db.execute(
                """INSERT INTO eco_projects (org_id, title, consultant, client_representative, baseline_year,
                   assessment_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)""",
                [org_id, title, consultant, client_representative, baseline_year, assessment_id, created_at],
            ).lastrowid
        )

    def exists(self, org_id: int, created_at: str) -> bool:
        """Whether the organization has the project created at this time (an archive's project is here)."""
        row = self.db.execute(
            "SELECT 1 FROM eco_projects WHERE org_id = ? AND created_at = ?", [org_id, created_at]
        ).fetchone()
        return row is not None

    def get(self, project_id: int) -> dict[str, Any] | None:
        rows = query_dicts(
            self.db,
            """SELECT p.*, o.tax_code, o.name AS org_name, o.kind AS org_kind FROM eco_projects p
               JOIN organizations o ON o.id = p.org_id WHERE p.id = ?""",
            [project_id],
        )
        return rows[0] if rows else None

    def for_organization(self, org_id: int) -> list[dict[str, Any]]:
        return query_dicts(self.db, "SELECT * FROM eco_projects WHERE org_id = ? ORDER BY created_at DESC", [org_id])

    def all(self) -> list[dict[str, Any]]:
        """Every project of the workspace with its client, by client name."""
        return query_dicts(
            self.db,
            """SELECT p.*, o.tax_code, o.name AS org_name FROM eco_projects p
               JOIN organizations o ON o.id = p.org_id ORDER BY o.name, p.created_at DESC""",
            [],
        )

    def update(self, project_id: int, **fields: Any) -> None:
        names = [name for name in fields if name in HEADER_FIELDS]
        if names:
            assignments = ", ".join(f"{name} = ?" for name in names)
            self.db.execute(
                f"UPDATE eco_projects SET {assignments} WHERE id = ?", [*(fields[n] for n in names), project_id]
            )

    def delete(self, project_id: int) -> None:
        self.db.execute("DELETE FROM eco_projects WHERE id = ?", [project_id])

    def phases(self, project_id: int) -> dict[str, dict[str, Any]]:
        rows = self.db.execute("SELECT phase, document FROM eco_project_phases WHERE project_id = ?", [project_id])
        return {phase: json.loads(document) for phase, document in rows.fetchall()}

    def save_phase(self, project_id: int, phase: str, document: dict[str, Any]) -> None:
        self.db.execute(
            """INSERT INTO eco_project_phases (project_id, phase, document, updated_at) VALUES (?, ?, ?, ?)
               ON CONFLICT (project_id, phase) DO UPDATE SET document = excluded.document,
               updated_at = excluded.updated_at WHERE document IS NOT excluded.document""",
            [project_id, phase, json.dumps(document, ensure_ascii=False, sort_keys=True), now_utc()],
        )
