"""The one object the CLI and the UI hold: an open workspace and its use cases."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from scp_desktop.domain.audit import Source
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Issue, Msg, ValidationFailed
from scp_desktop.domain.organizations import (
    BAG_OWNER_KINDS,
    FACILITY_KINDS,
    Facility,
    Organization,
    edit_facility,
    edit_organization,
    new_facility,
    new_organization,
)
from scp_desktop.domain.records import (
    BAGS,
    Numbers,
    RecordKind,
    RecordQuery,
    jump_warning,
    outlier_warning,
    validate_record,
)
from scp_desktop.domain.reference import ReferenceData
from scp_desktop.domain.reports import LOCKED
from scp_desktop.domain.taxcode import normalize_tax_code
from scp_desktop.services.reference_updates import reference_for
from scp_desktop.store.database import connect_read_only, open_database, transaction
from scp_desktop.store.locks import FileLock, LockHeld, workspace_lock
from scp_desktop.store.organizations import OrganizationRepository
from scp_desktop.store.records import Outcome, RecordRepository
from scp_desktop.store.reports import ReportRepository

UNKNOWN_ORG = QT_TRANSLATE_NOOP("Workspace", "No organization with tax code {tax_code} in this workspace.")
UNKNOWN_FACILITY = QT_TRANSLATE_NOOP("Workspace", "{org} has no facility or store with code “{code}”. Known: {known}.")
BEING_RESTORED = QT_TRANSLATE_NOOP("Workspace", "{path} is being restored from a backup: try again in a moment.")
BASELINE_INDICATORS = ("bags", "energy", "water", "materials", "waste")
UNKNOWN_INDICATOR = QT_TRANSLATE_NOOP("Workspace", "Unknown indicator “{name}”. Known: {known}.")
BAD_BASELINE_YEAR = QT_TRANSLATE_NOOP("Workspace", "A baseline year is between {first} and {last}; found {year}.")
FIRST_BASELINE_YEAR = 1990
NOT_A_STORE = QT_TRANSLATE_NOOP(
    "Workspace", "“{code}” is of kind “{kind}”: bags are logged per store or market. Stores of {org}: {known}."
)


class Workspace:
    def __init__(
        self, db: Database, path: Path, ref: ReferenceData | None = None, lock: FileLock | None = None
    ) -> None:
        self.db = db
        self.path = path
        self.lock = lock  # held shared while open: a restore cannot replace the file from under this process
        self.ref = ref or reference_for(db)  # bundled, or newer versions the server delivered
        self.organizations = OrganizationRepository(db)
        self.records = RecordRepository(db)
        self.reports = ReportRepository(db)

    @classmethod
    def open(cls, path: Path | str) -> Workspace:
        path = Path(path)
        try:
            lock = workspace_lock(path)
        except LockHeld:
            raise DomainError(BEING_RESTORED(path=str(path))) from None
        try:
            return cls(open_database(path), path, lock=lock)
        except BaseException:
            lock.release()
            raise

    def close(self) -> None:
        self.db.conn.close()
        if self.lock is not None:
            self.lock.release()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self, source: str) -> Iterator[Database]:
        with transaction(self.db, source) as db:
            yield db

    # -- organizations ----------------------------------------------------------------------
    def add_organization(self, source: str = Source.CLI, **fields: Any) -> tuple[Organization, list[Issue]]:
        org, notes = new_organization(self.ref, **fields)
        with self.transaction(source):
            return self.organizations.add(org), notes

    def update_organization(
        self, tax_code: str, source: str = Source.CLI, baselines: Mapping[str, int | None] | None = None, **changes: Any
    ) -> tuple[Organization, list[Issue]]:
        """Rename an organization, change its kind, province, sector, address or contact, and choose its
        baseline years (None: the default), all in one transaction."""
        changed, notes = edit_organization(self.organization(tax_code), self.ref, **changes)
        unknown = set(baselines or {}) - set(BASELINE_INDICATORS)
        if unknown:
            raise DomainError(UNKNOWN_INDICATOR(name=", ".join(sorted(unknown)), known=", ".join(BASELINE_INDICATORS)))
        last = dt.date.today().year
        for indicator, year in (baselines or {}).items():
            if year is not None and not FIRST_BASELINE_YEAR <= year <= last:
                message = BAD_BASELINE_YEAR(first=FIRST_BASELINE_YEAR, last=last, year=year)
                raise DomainError(message, f"baseline_{indicator}")
        assert changed.id is not None
        with self.transaction(source):
            self.organizations.update(changed)
            for indicator, year in (baselines or {}).items():
                if year is None:
                    self.organizations.clear_baseline(changed.id, indicator)
                else:
                    self.organizations.set_baseline(changed.id, indicator, year)
        return changed, notes

    def organization(self, tax_code: str) -> Organization:
        normalized = normalize_tax_code(tax_code)
        org = self.organizations.by_tax_code(normalized)
        if org is None:
            raise DomainError(UNKNOWN_ORG(tax_code=normalized), "org")
        return org

    def add_facility(self, tax_code: str, source: str = Source.CLI, **fields: Any) -> Facility:
        org = self.organization(tax_code)
        assert org.id is not None
        facility = new_facility(org.id, kinds=self.ref.facility_kinds, **fields)
        with self.transaction(source):
            return self.organizations.add_facility(facility)

    def update_facility(
        self, tax_code: str, code: str, source: str = Source.CLI, today: dt.date | None = None, **changes: Any
    ) -> tuple[Facility, list[Issue]]:
        """Rename a facility, change its kind or its profile (see domain.organizations.edit_facility)."""
        org = self.organization(tax_code)
        assert org.id is not None
        current = next((f for f in self.organizations.facilities(org.id) if f.code == code), None)
        if current is None:
            raise DomainError(self.unknown_facility(org, code), "facility")
        changed, notes = edit_facility(current, self.ref, today or dt.date.today(), **changes)
        with self.transaction(source):
            self.organizations.update_facility(changed)
        return changed, notes

    def count_apart(self, query: RecordQuery) -> int:
        """The records a query selects, counted on a read-only connection of its own: safe from a
        worker thread, so a large table's count need not hold up the page showing its first rows."""
        db = connect_read_only(self.path)
        try:
            return RecordRepository(db).count(query)
        finally:
            db.conn.close()

    def facility_ids(self, org: Organization) -> dict[str, int]:
        assert org.id is not None
        return {f.code: f.id for f in self.organizations.facilities(org.id) if f.id is not None}

    def owner_ids(self, kind: RecordKind, org: Organization) -> dict[str, int]:
        """The facilities a record of this kind may belong to, by code: bags only to a store or market."""
        assert org.id is not None
        return {
            f.code: f.id
            for f in self.organizations.facilities(org.id)
            if f.id is not None and (kind is not BAGS or f.kind in BAG_OWNER_KINDS)
        }

    def facility_id(self, org: Organization, code: str, kind: RecordKind | None = None) -> int:
        """The id of a facility; for a bag record, of a store or market only."""
        ids = self.facility_ids(org)
        if code not in ids:
            raise DomainError(self.unknown_facility(org, code), "facility")
        if kind is BAGS and code not in self.owner_ids(BAGS, org):
            facility = next(f for f in self.organizations.facilities(org.id or 0) if f.code == code)
            known = ", ".join(self.owner_ids(BAGS, org)) or "—"
            message = NOT_A_STORE(code=code, kind=FACILITY_KINDS[facility.kind], org=org.name, known=known)
            raise DomainError(message, "store")
        return ids[code]

    def unknown_facility(self, org: Organization, code: str) -> Msg:
        known = ", ".join(self.facility_ids(org)) or "—"
        return UNKNOWN_FACILITY(org=org.name, code=code, known=known)

    def set_baseline(self, tax_code: str, indicator: str, year: int | None, source: str = Source.CLI) -> None:
        """Measure an indicator against this year; None goes back to the default (the first year with
        data; for bags the national 2010 baseline)."""
        self.update_organization(tax_code, source, baselines={indicator: year})

    def baselines(self, tax_code: str) -> dict[str, int | None]:
        """Each indicator's chosen baseline year, None where the default applies."""
        org = self.organization(tax_code)
        return {name: self.organizations.baseline(org.id or 0, name) for name in BASELINE_INDICATORS}

    # -- records ----------------------------------------------------------------------------
    def check_record(
        self,
        kind: RecordKind,
        org: Organization,
        raw: Mapping[str, str | None],
        today: dt.date | None = None,
        numbers: Numbers = "plain",
    ) -> tuple[int | None, dict[str, Any], list[Issue]]:
        """Validate one record as typed (`numbers`: the convention its figures are written in); includes
        the checks against what is stored: the owner, a jump from last year, a value far from its neighbours."""
        values, issues = validate_record(kind, raw, self.ref, today or dt.date.today(), numbers)
        facility_id = None
        owner = values.get(kind.owner_field)
        if owner:
            try:
                facility_id = self.facility_id(org, owner, kind)
            except DomainError as error:
                issues.append(Issue(kind.owner_field, error.message))
        if facility_id is not None and kind.measure and not any(i.is_error for i in issues):
            previous = self.records.previous_year_measure(kind, facility_id, values)
            warning = jump_warning(kind.measure, values[kind.measure], previous)
            neighbours = self.records.neighbour_measures(kind, facility_id, values)
            warning = warning or outlier_warning(kind.measure, values[kind.measure], neighbours)
            if warning:
                issues.append(warning)
        if facility_id is not None and kind is BAGS and not any(i.is_error for i in issues):
            recent = self.records.recent_bag_days(facility_id, values["date"].isoformat())
            for index, name in enumerate(("transactions", "nonbio_count")):
                warning = outlier_warning(name, values[name], [day[index] for day in recent])
                if warning:
                    issues.append(warning)
        return facility_id, values, issues

    def ensure_unlocked(self, kind: RecordKind, org: Organization, facility_id: int, values: dict[str, Any]) -> None:
        """Refuse to change a record inside a finalized report (its correction unlocks it)."""
        months = record_months(kind, values)
        if months is None or org.id is None:
            return
        report = self.reports.locking(org.id, kind.code, facility_id, *months)
        if report is not None:
            message = LOCKED(period=report["period"], kind=kind.code, state=report["state"])
            raise DomainError(message, kind.time_field)

    def record_as_text(self, kind: RecordKind, tax_code: str, raw: Mapping[str, str | None]) -> dict[str, str] | None:
        """The stored record with the natural key found in `raw`, as canonical text per field, or None."""
        org = self.organization(tax_code)
        facility_id, values, issues = self.check_record(kind, org, raw)
        key_issues = [i for i in issues if i.is_error and i.field in kind.key]
        if facility_id is None or key_issues:
            return None
        stored = self.records.get(kind, facility_id, values)
        if stored is None:
            return None
        text = {name: "" if value is None else str(value) for name, value in stored.items()}
        return {kind.owner_field: str(raw.get(kind.owner_field) or ""), **text}

    def delete_record(
        self, kind: RecordKind, tax_code: str, raw: Mapping[str, str | None], source: str = Source.CLI
    ) -> bool:
        org = self.organization(tax_code)
        facility_id, values, issues = self.check_record(kind, org, raw)
        if facility_id is None or any(i.is_error and i.field in kind.key for i in issues):
            return False
        self.ensure_unlocked(kind, org, facility_id, values)
        with self.transaction(source):
            return self.records.delete(kind, facility_id, values)

    def save_records(
        self, kind: RecordKind, tax_code: str, rows: list[dict[str, str]], source: str = Source.CLI
    ) -> list[dict[str, str] | None]:
        """Save many records (plain text, already checked) in one transaction; what each replaced (or None).
        A record inside a finalized report refuses the whole lot (DomainError), nothing is saved."""
        org = self.organization(tax_code)
        befores, checked = [], []
        for raw in rows:
            facility_id, values, issues = self.check_record(kind, org, raw)
            if facility_id is None or any(i.is_error for i in issues):
                raise ValidationFailed(issues)
            self.ensure_unlocked(kind, org, facility_id, values)
            befores.append(self.record_as_text(kind, tax_code, raw))
            checked.append((facility_id, values))
        with self.transaction(source):
            for facility_id, values in checked:
                self.records.save(kind, facility_id, values)
        return befores

    def restore_records(
        self,
        kind: RecordKind,
        tax_code: str,
        changes: list[tuple[dict[str, str] | None, dict[str, str]]],
        source: str = Source.CLI,
    ) -> None:
        """Undo many saves in one transaction: each (before, after) record back to `before`, or removed
        when there was none. A record inside a finalized report refuses the whole lot, nothing changes."""
        org = self.organization(tax_code)
        steps = []
        for before, after in changes:
            facility_id, values, issues = self.check_record(kind, org, after if before is None else before)
            if facility_id is None or any(i.is_error and (before is not None or i.field in kind.key) for i in issues):
                raise ValidationFailed(issues)
            self.ensure_unlocked(kind, org, facility_id, values)
            steps.append((before is None, facility_id, values))
        with self.transaction(source):
            for remove, facility_id, values in steps:
                if remove:
                    self.records.delete(kind, facility_id, values)
                else:
                    self.records.save(kind, facility_id, values)

    def save_record(
        self, kind: RecordKind, tax_code: str, raw: Mapping[str, str | None], source: str = Source.CLI
    ) -> tuple[Outcome, list[Issue]]:
        """Validate and save one record; raises ValidationFailed on blocking issues."""
        org = self.organization(tax_code)
        facility_id, values, issues = self.check_record(kind, org, raw)
        if facility_id is None or any(i.is_error for i in issues):
            raise ValidationFailed(issues)
        self.ensure_unlocked(kind, org, facility_id, values)
        with self.transaction(source):
            return self.records.save(kind, facility_id, values), issues


def record_months(kind: RecordKind, values: dict[str, Any]) -> tuple[int, int] | None:
    """First and last month index a record covers; None for the CP register, which has no period."""
    if kind.is_periodic:
        return values["period"].start_month, values["period"].end_month
    if kind.time_field == "date":
        day = values["date"]
        return (day.year * 12 + day.month - 1,) * 2
    return None
