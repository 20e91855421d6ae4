"""Data out: any record table as CSV or XLSX (headers with units, in the user's language), and
whole organizations as one archive (JSON data + evidence files + a manifest of SHA-256 hashes)
that imports into another workspace without duplicates."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import hashlib
import json
import os
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scp_desktop import __version__
from scp_desktop.catalog import translator
from scp_desktop.domain.field_labels import field_header
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from scp_desktop.domain.numbers import format_number
from scp_desktop.domain.records import BAGS, RECORD_KINDS, BagRowParser, FieldType, RecordKind, validate_record
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.records import RecordQuery, display_columns

ARCHIVE_FORMAT = "scp-desktop-archive"
BLOCK = 10_000

BAD_ARCHIVE = QT_TRANSLATE_NOOP("Export", "{file} is not an SCP Desktop archive that can be read ({reason}).")
TAMPERED = QT_TRANSLATE_NOOP("Export", "{file} is damaged or was changed: {member} does not match its manifest hash.")


# -- tables ------------------------------------------------------------------------------------
def column_headers(kind: RecordKind, language: str) -> list[str]:
    translate = translator(language)
    return [field_header(name, translate)[1] for name in display_columns(kind)]


def _rows(ws: Workspace, query: RecordQuery) -> Iterator[tuple[Any, ...]]:
    total = ws.records.count(query)
    for offset in range(0, total, BLOCK):
        yield from ws.records.fetch(query, offset, BLOCK)


def export_table(ws: Workspace, query: RecordQuery, path: Path, language: str) -> int:
    """The rows the query selects (the table as filtered), streamed; the number written."""
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    try:
        writer = _write_xlsx if path.suffix.lower() == ".xlsx" else _write_csv
        count = writer(ws, query, partial, language)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def _write_csv(ws: Workspace, query: RecordQuery, path: Path, language: str) -> int:
    """Numbers and dates as the user writes them; `;` between columns in Vietnamese, as Excel expects."""
    types = [query.kind.field(name).type for name in display_columns(query.kind)]
    delimiter = ";" if language == "vi" else ","
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(column_headers(query.kind, language))
        for row in _rows(ws, query):
            writer.writerow([_text(value, kind, language) for value, kind in zip(row, types, strict=True)])
            count += 1
    return count


def _text(value: Any, kind: FieldType, language: str) -> str:
    if value is None:
        return ""
    if kind is FieldType.WHOLE:
        return format_number(value, language, 0)
    if kind is FieldType.DECIMAL:
        text = format_number(value, language, 6).rstrip("0")
        return text.rstrip("," if language == "vi" else ".")
    if kind is FieldType.DATE and language == "vi":
        return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
    return str(value)


def _write_xlsx(ws: Workspace, query: RecordQuery, path: Path, language: str) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(query.kind.code)
    bold = Font(bold=True)
    header = []
    for text in column_headers(query.kind, language):
        cell = WriteOnlyCell(sheet, value=text)
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    dates = [query.kind.field(n).type is FieldType.DATE for n in display_columns(query.kind)]
    count = 0
    for row in _rows(ws, query):
        sheet.append([dt.date.fromisoformat(v) if is_date and v else v for v, is_date in zip(row, dates, strict=True)])
        count += 1
    book.save(path)
    return count


# -- archives ----------------------------------------------------------------------------------
@dataclass
class ArchiveReport:
    organizations: list[str]
    records: int = 0
    created: int = 0
    reports: int = 0
    assessments: int = 0
    evidence: int = 0
    eco_projects: int = 0


def _organization_data(ws: Workspace, tax_code: str) -> dict[str, Any]:
    from scp_desktop.services.eco_innovation import archive_entries

    org = ws.organization(tax_code)
    assert org.id is not None
    records = {}
    for kind in RECORD_KINDS.values():
        columns = display_columns(kind)
        rows = [dict(zip(columns, row, strict=True)) for row in _rows(ws, RecordQuery(kind, org.id))]
        if rows:
            records[kind.code] = rows
    stored_facilities = ws.organizations.facilities(org.id)
    facilities = [{"code": f.code, "name": f.name, "kind": f.kind} for f in stored_facilities]
    baselines = dict(ws.db.execute("SELECT indicator, year FROM baselines WHERE org_id = ?", [org.id]).fetchall())
    reports = [
        dict(r)
        for r in ws.db.query(
            """SELECT r.submission_id, r.kind, f.code AS facility, r.period, r.start_month, r.end_month, r.state,
                      r.supersedes, r.superseded_by, r.payload, r.content_sha256, r.reference_versions,
                      r.created_at, r.finalized_at, r.receipt, r.server_message
               FROM reports r LEFT JOIN facilities f ON f.id = r.facility_id WHERE r.org_id = ? ORDER BY r.id""",
            [org.id],
        )
    ]
    assessments = []
    codes = {f.id: f.code for f in stored_facilities}
    for a in ws.db.query("SELECT * FROM assessments WHERE org_id = ? ORDER BY id", [org.id]):
        a = {**a, "facility_id": codes.get(a["facility_id"])}  # the code travels, not this file's id
        answers = list(ws.db.query("SELECT * FROM assessment_answers WHERE assessment_id = ?", [a["id"]]))
        evidence = list(ws.db.query("SELECT * FROM evidence WHERE assessment_id = ?", [a["id"]]))
        assessments.append({"assessment": a, "answers": answers, "evidence": evidence})
    return {
        "organization": {k: v for k, v in dataclasses.asdict(org).items() if k != "id"},
        "facilities": facilities,
        "baselines": baselines,
        "records": records,
        "reports": reports,
        "assessments": assessments,
        "eco_projects": archive_entries(ws, org.id),
    }


def export_archive(ws: Workspace, path: Path, tax_codes: list[str] | None = None) -> list[str]:
    """One zip: data/<tax code>.json per organization, evidence/<sha256>, manifest.json last."""
    from scp_desktop.services.assessments import evidence_path

    codes = tax_codes or [o.tax_code for o in ws.organizations.all()]
    path = Path(path)
    partial = path.with_name(path.name + ".part")
    hashes: dict[str, str] = {}
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for code in codes:
                data = _organization_data(ws, code)
                blob = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
                name = f"data/{code}.json"
                archive.writestr(name, blob)
                hashes[name] = hashlib.sha256(blob).hexdigest()
                for entry in data["assessments"]:
                    for item in entry["evidence"]:
                        member = f"evidence/{item['sha256']}"
                        if member not in hashes and evidence_path(ws, item["sha256"]).exists():
                            archive.write(evidence_path(ws, item["sha256"]), member)
                            hashes[member] = item["sha256"]
            manifest = {
                "format": ARCHIVE_FORMAT,
                "version": 1,
                "app_version": __version__,
                "created_at": dt.datetime.now(dt.UTC).isoformat(),
                "organizations": codes,
                "files": hashes,
            }
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return codes


def _read_archive(path: Path) -> tuple[zipfile.ZipFile, dict[str, Any]]:
    try:
        archive = zipfile.ZipFile(path)
        manifest = json.loads(archive.read("manifest.json"))
        if manifest.get("format") != ARCHIVE_FORMAT:
            raise ValueError("not an SCP Desktop archive")
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as error:
        raise DomainError(BAD_ARCHIVE(file=Path(path).name, reason=str(error)), "file") from None
    for member, digest in manifest["files"].items():
        if hashlib.sha256(archive.read(member)).hexdigest() != digest:
            raise DomainError(TAMPERED(file=Path(path).name, member=member), "file")
    return archive, manifest


def import_archive(ws: Workspace, path: Path, today: dt.date | None = None) -> ArchiveReport:
    """Bring an archive in: organizations and facilities matched by tax code and code, records by
    natural key, reports by submission id, assessments by scheme, year and start time. Importing
    the same archive twice changes nothing. One transaction: all of it, or nothing."""
    from scp_desktop.services.assessments import evidence_folder, evidence_path
    from scp_desktop.services.eco_innovation import import_archive_entries

    archive, manifest = _read_archive(Path(path))
    report = ArchiveReport(list(manifest["organizations"]))
    day = today or dt.date.today()
    with archive, ws.transaction("archive"):
        for code in manifest["organizations"]:
            data = json.loads(archive.read(f"data/{code}.json"))
            org_id = _ensure_organization(ws, data)
            ids = _ensure_facilities(ws, org_id, data["facilities"])
            for indicator, year in data["baselines"].items():
                ws.db.execute(
                    "INSERT INTO baselines (org_id, indicator, year) VALUES (?, ?, ?) "
                    "ON CONFLICT (org_id, indicator) DO UPDATE SET year = excluded.year",
                    [org_id, indicator, year],
                )
            for kind_code, rows in data["records"].items():
                created = _import_records(ws, RECORD_KINDS[kind_code], ids, rows, day)
                report.records += len(rows)
                report.created += created
            report.reports += _import_reports(ws, org_id, ids, data["reports"])
            report.assessments += _import_assessments(ws, org_id, ids, data["assessments"])
            report.eco_projects += import_archive_entries(ws, org_id, data.get("eco_projects", []))
        for member in manifest["files"]:
            if member.startswith("evidence/"):
                sha = member.split("/", 1)[1]
                target = evidence_path(ws, sha)
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(member))
                    report.evidence += 1
        evidence_folder(ws)
    return report


def _ensure_organization(ws: Workspace, data: dict[str, Any]) -> int:
    from scp_desktop.domain.organizations import Organization

    existing = ws.organizations.by_tax_code(data["organization"]["tax_code"])
    org = existing or ws.organizations.add(Organization(**data["organization"]))
    assert org.id is not None
    return org.id


def _ensure_facilities(ws: Workspace, org_id: int, facilities: list[dict[str, Any]]) -> dict[str, int]:
    from scp_desktop.domain.organizations import Facility

    known = {f.code: f.id for f in ws.organizations.facilities(org_id)}
    for facility in facilities:
        if facility["code"] not in known:
            added = ws.organizations.add_facility(
                Facility(org_id, facility["code"], facility["name"], facility["kind"])
            )
            known[facility["code"]] = added.id
    return {code: fid for code, fid in known.items() if fid is not None}


def _import_records(
    ws: Workspace, kind: RecordKind, ids: dict[str, int], rows: list[dict[str, Any]], day: dt.date
) -> int:
    from scp_desktop.store.records import Outcome

    if kind is BAGS:
        parser = BagRowParser(ws.ref, day, ids)
        names = [spec.name for spec in BAGS.fields]
        parsed = []
        for row in rows:
            values, issues = parser.parse([("" if row[n] is None else str(row[n])) for n in names])
            if values is None:
                raise DomainError(issues[0].message, issues[0].field)
            parsed.append(values)
        return ws.records.bulk_save_bags(parsed).created
    created = 0
    for row in rows:
        values, issues = validate_record(kind, {k: None if v is None else str(v) for k, v in row.items()}, ws.ref, day)
        errors = [i for i in issues if i.is_error]
        if errors:
            raise DomainError(errors[0].message, errors[0].field)
        created += ws.records.save(kind, ids[row[kind.owner_field]], values) is Outcome.CREATED
    return created


def _import_reports(ws: Workspace, org_id: int, ids: dict[str, int], reports: list[dict[str, Any]]) -> int:
    added = 0
    for r in reports:
        if ws.db.execute("SELECT 1 FROM reports WHERE submission_id = ?", [r["submission_id"]]).fetchone():
            continue
        row = {k: v for k, v in r.items() if k != "facility"}
        row["org_id"], row["facility_id"] = org_id, ids.get(r["facility"]) if r["facility"] else None
        ws.db.execute(
            f"INSERT INTO reports ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        )
        added += 1
    return added


def _import_assessments(ws: Workspace, org_id: int, ids: dict[str, int], entries: list[dict[str, Any]]) -> int:
    added = 0
    for entry in entries:
        a = entry["assessment"]
        if ws.db.execute(
            "SELECT 1 FROM assessments WHERE org_id = ? AND scheme = ? AND year = ? AND created_at = ?",
            [org_id, a["scheme"], a["year"], a["created_at"]],
        ).fetchone():
            continue
        row = {k: v for k, v in a.items() if k != "id"}
        row["org_id"] = org_id
        row["facility_id"] = ids.get(a["facility_id"]) if a["facility_id"] else None  # exported as the code
        new_id = ws.db.execute(
            f"INSERT INTO assessments ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})", list(row.values())
        ).lastrowid
        for answer in entry["answers"]:
            answer = {**answer, "assessment_id": new_id}
            ws.db.execute(
                f"INSERT INTO assessment_answers ({', '.join(answer)}) VALUES ({', '.join('?' * len(answer))})",
                list(answer.values()),
            )
        for item in entry["evidence"]:
            item = {**item, "assessment_id": new_id}
            ws.db.execute(
                f"INSERT INTO evidence ({', '.join(item)}) VALUES ({', '.join('?' * len(item))})", list(item.values())
            )
        added += 1
    return added
