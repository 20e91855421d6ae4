"""Organizations, their facilities and baseline years."""

from __future__ import annotations

import dataclasses
import sqlite3

from sqlite_utils import Database

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from scp_desktop.domain.organizations import Facility, Organization
from scp_desktop.domain.text import code_key
from scp_desktop.store.database import data_version

DUPLICATE_ORG = QT_TRANSLATE_NOOP("Organization", "An organization with tax code {tax_code} already exists: {name}.")
DUPLICATE_FACILITY = QT_TRANSLATE_NOOP("Facility", "This organization already has a facility with code {code}.")

_ORG_FIELDS = [f.name for f in dataclasses.fields(Organization)]
_FACILITY_FIELDS = [f.name for f in dataclasses.fields(Facility)]
_ORG_COLUMNS = ", ".join(_ORG_FIELDS)  # in the dataclass's order: rows build Organization(*row)


class OrganizationRepository:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._facilities: dict[int, tuple[tuple[int, int], list[Facility]]] = {}

    def add(self, org: Organization) -> Organization:
        existing = self.by_tax_code(org.tax_code)
        if existing:
            raise DomainError(DUPLICATE_ORG(tax_code=org.tax_code, name=existing.name), "tax_code")
        row = {k: v for k, v in dataclasses.asdict(org).items() if k != "id"}
        org_id = self.db["organizations"].insert(row).last_pk
        return dataclasses.replace(org, id=org_id)

    def update(self, org: Organization) -> None:
        row = {k: v for k, v in dataclasses.asdict(org).items() if k != "id"}
        self.db["organizations"].update(org.id, row)

    # Plain SQL where pages read on every interaction: sqlite-utils' table helpers look the table up
    # in sqlite_master on each call.
    def by_tax_code(self, tax_code: str) -> Organization | None:
        row = self.db.execute(f"SELECT {_ORG_COLUMNS} FROM organizations WHERE tax_code = ?", [tax_code]).fetchone()
        return Organization(*row) if row else None

    def get(self, org_id: int) -> Organization | None:
        row = self.db.execute(f"SELECT {_ORG_COLUMNS} FROM organizations WHERE id = ?", [org_id]).fetchone()
        return Organization(*row) if row else None

    def all(self) -> list[Organization]:
        rows = self.db.execute(f"SELECT {_ORG_COLUMNS} FROM organizations ORDER BY name COLLATE NOCASE").fetchall()
        return [Organization(*row) for row in rows]

    def add_facility(self, facility: Facility) -> Facility:
        row = {k: v for k, v in dataclasses.asdict(facility).items() if k != "id"}
        row["ghg_listed"] = int(row["ghg_listed"])
        taken = [f.code for f in self.facilities(facility.org_id) if code_key(f.code) == code_key(facility.code)]
        if taken:  # ST01 and st01 would be one store to the ministry (code_key): one facility here too
            raise DomainError(DUPLICATE_FACILITY(code=taken[0]), "code")
        try:
            facility_id = self.db["facilities"].insert(row).last_pk
        except sqlite3.IntegrityError:
            raise DomainError(DUPLICATE_FACILITY(code=facility.code), "code") from None
        return dataclasses.replace(facility, id=facility_id)

    def update_facility(self, facility: Facility) -> None:
        """Write a facility's name, kind and profile (its code and organization stay)."""
        row = {k: v for k, v in dataclasses.asdict(facility).items() if k not in ("id", "org_id", "code")}
        row["ghg_listed"] = int(row["ghg_listed"])
        self.db["facilities"].update(facility.id, row)

    def facilities(self, org_id: int) -> list[Facility]:
        """An organization's facilities by code. A page asks a dozen times as it opens; the list is
        read again once anything was written, on this connection or (data_version) on another."""
        version = data_version(self.db)
        cached = self._facilities.get(org_id)
        if cached is None or cached[0] != version:
            rows = self.db.execute(
                f"SELECT {', '.join(_FACILITY_FIELDS)} FROM facilities WHERE org_id = ? ORDER BY code", [org_id]
            ).fetchall()
            cached = version, [_facility(dict(zip(_FACILITY_FIELDS, row, strict=True))) for row in rows]
            self._facilities[org_id] = cached
        return list(cached[1])

    def facility(self, facility_id: int) -> Facility | None:
        row = self.db.execute(
            f"SELECT {', '.join(_FACILITY_FIELDS)} FROM facilities WHERE id = ?", [facility_id]
        ).fetchone()
        return _facility(dict(zip(_FACILITY_FIELDS, row, strict=True))) if row else None

    def set_baseline(self, org_id: int, indicator: str, year: int) -> None:
        self.db.execute(
            """INSERT INTO baselines (org_id, indicator, year) VALUES (?, ?, ?)
               ON CONFLICT (org_id, indicator) DO UPDATE SET year = excluded.year""",
            [org_id, indicator, year],
        )

    def clear_baseline(self, org_id: int, indicator: str) -> None:
        self.db.execute("DELETE FROM baselines WHERE org_id = ? AND indicator = ?", [org_id, indicator])

    def baseline(self, org_id: int, indicator: str) -> int | None:
        row = self.db.execute(
            "SELECT year FROM baselines WHERE org_id = ? AND indicator = ?", [org_id, indicator]
        ).fetchone()
        return row[0] if row else None

    def baselines(self, org_id: int) -> dict[str, int]:
        """The baseline years the organization chose, by indicator (the defaults are not stored)."""
        return dict(self.db.execute("SELECT indicator, year FROM baselines WHERE org_id = ?", [org_id]).fetchall())


def _facility(row: dict[str, object]) -> Facility:
    values = {k: row[k] for k in _FACILITY_FIELDS}
    values["ghg_listed"] = bool(values["ghg_listed"])
    return Facility(**values)  # type: ignore[arg-type]
