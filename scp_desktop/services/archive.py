"""Whole organizations as one archive (JSON data + evidence files + a manifest of SHA-256 hashes),
moved to another computer without duplicates.

An archive is data from outside: importing one trusts nothing in it. The zip's members must be
exactly those its manifest lists, each unpacked with a size limit (streamed, never read whole
before it is bounded) and matching its hash. Every organization, facility, record, report and
assessment passes the same domain rules as typed entry and goes in through the repositories,
known columns only. A report's content must hash to its SHA-256, hold only the archive's own
records of its scope and period, and overlap no other live report; its state is recomputed (it
is queued again, and the server's receipt and review come back with the next sync). A finalized
assessment's score and hash are recomputed and must match. Any failed check imports nothing and
says why in one line.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import math
import os
import re
import stat
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from scp_desktop import __version__
from scp_desktop.domain.assessment import Answer, CriteriaSet, parse_answer, score
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Msg
from scp_desktop.domain.organizations import new_facility, new_organization
from scp_desktop.domain.periods import parse_period
from scp_desktop.domain.records import BAGS, RECORD_KINDS, BagRowParser, RecordKind, RecordQuery, validate_record
from scp_desktop.domain.reports import ReportState, content_sha256
from scp_desktop.domain.shapes import MapOf, Text, mistakes
from scp_desktop.domain.taxcode import is_valid_tax_code
from scp_desktop.services.archive_shapes import (
    ARCHIVE_FORMAT,
    DATA,
    HEX64,
    MANIFEST_SHAPE,
    MAX_DATA_BYTES,
    MAX_MEMBERS,
    TAX_CODE,
    payload_shape,
)
from scp_desktop.services.eco_innovation import archive_entries, import_archive_entries
from scp_desktop.services.export import table_rows
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.assessments import AssessmentRepository

MANIFEST = "manifest.json"
MAX_MANIFEST_BYTES = 4 * 2**20
CHUNK = 1 << 20

REFUSED = QT_TRANSLATE_NOOP("Archive", "{file} was not imported: {reason}")
NOT_A_FILE = QT_TRANSLATE_NOOP("Archive", "it is not a regular file")
NOT_A_ZIP = QT_TRANSLATE_NOOP("Archive", "it is not a zip archive that can be read ({reason}).")
NOT_OURS = QT_TRANSLATE_NOOP("Archive", "it is not an SCP Desktop archive (it has no manifest.json).")
BAD_MANIFEST = QT_TRANSLATE_NOOP("Archive", "its manifest is not valid: {mistake}")
BAD_JSON = QT_TRANSLATE_NOOP("Archive", "{member} is not valid JSON ({reason}).")
ENCRYPTED = QT_TRANSLATE_NOOP("Archive", "{member} is encrypted.")
REPEATED_MEMBER = QT_TRANSLATE_NOOP("Archive", "it holds {member} twice.")
MISSING_MEMBER = QT_TRANSLATE_NOOP("Archive", "{member}, listed in its manifest, is missing.")
EXTRA_MEMBER = QT_TRANSLATE_NOOP("Archive", "it holds {member}, which its manifest does not list.")
TAMPERED = QT_TRANSLATE_NOOP(
    "Archive", "{member} does not match its manifest hash: the archive is damaged or was changed."
)
TOO_LARGE = QT_TRANSLATE_NOOP("Archive", "{member} unpacks to more than {limit} MB.")
DATA_MISTAKE = QT_TRANSLATE_NOOP("Archive", "{member}: {mistake}")
ITEM_REFUSED = QT_TRANSLATE_NOOP("Archive", "{member}, {where}: {reason}")
OTHER_ORGANIZATION = QT_TRANSLATE_NOOP("Archive", "it holds organization {found}, not {expected}.")
UNKNOWN_FACILITY = QT_TRANSLATE_NOOP("Archive", "facility or store “{code}” is not one of the organization's.")
PERIOD_NOT_CANONICAL = QT_TRANSLATE_NOOP("Archive", "the period “{period}” is not written as the app writes it.")
HASH_MISMATCH = QT_TRANSLATE_NOOP("Archive", "its content does not match its SHA-256.")
CONTENT_ELSEWHERE = QT_TRANSLATE_NOOP("Archive", "its content is about {what} “{found}”, not “{expected}”.")
RECORD_OUTSIDE = QT_TRANSLATE_NOOP("Archive", "it holds a record outside its scope or period ({record}).")
RECORDS_DIFFER = QT_TRANSLATE_NOOP(
    "Archive", "its records are not the records of {period} (a finalized report holds exactly those records)."
)
DRAFT_WITH_CONTENT = QT_TRANSLATE_NOOP("Archive", "a draft report cannot carry content or a hash.")
NO_CONTENT = QT_TRANSLATE_NOOP("Archive", "a finalized report must carry its content and its hash.")
BAD_SUPERSEDES = QT_TRANSLATE_NOOP(
    "Archive", "it corrects {other}, which is not a report of the same kind, scope and period."
)
OVERLAPS = QT_TRANSLATE_NOOP("Archive", "it overlaps the live {kind} report {other} ({period}) of the same scope.")
LOCKED_CHANGED = QT_TRANSLATE_NOOP(
    "Archive", "it changes a record of {period}, which a finalized report in this workspace holds."
)
UNKNOWN_CRITERION = QT_TRANSLATE_NOOP("Archive", "the criteria set has no criterion “{id}”.")
BAD_CRITERIA = QT_TRANSLATE_NOOP("Archive", "its criteria set cannot be read ({reason}).")
NOT_THE_SET = QT_TRANSLATE_NOOP("Archive", "its criteria set is {found}, not {expected}.")
BAD_EVIDENCE = QT_TRANSLATE_NOOP(
    "Archive", "evidence {sha} is neither in the archive nor in this workspace, or has another size."
)
PHASE_MISFIT = QT_TRANSLATE_NOOP("Archive", "an eco-innovation project cannot be read ({reason}).")
BAD_FILE_NAME = QT_TRANSLATE_NOOP("Archive", "the evidence file name “{name}” is not a plain file name.")
SCORE_MISMATCH = QT_TRANSLATE_NOOP("Archive", "its score and hash do not match its answers.")
BAD_ANSWER = QT_TRANSLATE_NOOP("Archive", "the answer to {id} is not valid: {reason}")

_MEMBER = re.compile(rf"data/(?P<org>{TAX_CODE})\.json|evidence/(?P<sha>{HEX64})")


# -- export -------------------------------------------------------------------------------------
OUTBOX_COLUMNS = frozenset({"submission_id", "supersedes"})  # of an assessment: this computer's outbox


def _organization_data(ws: Workspace, tax_code: str) -> dict[str, Any]:
    org = ws.organization(tax_code)
    assert org.id is not None
    records = {}
    for kind in RECORD_KINDS.values():
        columns = kind.columns
        rows = [dict(zip(columns, row, strict=True)) for row in table_rows(ws, RecordQuery(kind, org.id))]
        if rows:
            records[kind.code] = rows
    stored_facilities = ws.organizations.facilities(org.id)
    facilities = [{"code": f.code, "name": f.name, "kind": f.kind} for f in stored_facilities]
    baselines = ws.organizations.baselines(org.id)
    reports = ws.reports.for_archive(org.id)
    assessments = []
    codes = {f.id: f.code for f in stored_facilities}
    repo = AssessmentRepository(ws.db)
    for a in repo.of_organization(org.id):
        # The facility's code travels, not this file's id; its place in this computer's outbox stays here (the
        # other computer queues a finalized assessment itself at its next sync).
        a = {k: v for k, v in a.items() if k not in OUTBOX_COLUMNS} | {"facility_id": codes.get(a["facility_id"])}
        answers = repo.answer_rows(a["id"])
        evidence = repo.evidence_rows(a["id"])
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
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return codes


# -- reading the zip ------------------------------------------------------------------------------
class ArchiveRejected(DomainError):
    """Nothing was imported; the one line says why."""

    def __init__(self, file_name: str, reason: Msg) -> None:
        super().__init__(REFUSED(file=file_name, reason=reason))


@dataclass(frozen=True)
class _Where:
    """Where in an archive a check failed: a member, and a place inside it."""

    file_name: str
    member: str

    def refuse(self, where: str, reason: Msg) -> ArchiveRejected:
        return ArchiveRejected(self.file_name, ITEM_REFUSED(member=self.member, where=where, reason=reason))


def _bounded(handle: IO[bytes], limit: int, member: str, file_name: str, sink: Any = None) -> tuple[str, bytes]:
    """Read a member in chunks, never past `limit` bytes: its SHA-256 and (without a sink) its bytes."""
    digest = hashlib.sha256()
    parts: list[bytes] = []
    size = 0
    while chunk := handle.read(CHUNK):
        size += len(chunk)
        if size > limit:
            raise ArchiveRejected(file_name, TOO_LARGE(member=member, limit=max(1, limit // 2**20)))
        digest.update(chunk)
        if sink is None:
            parts.append(chunk)
        else:
            sink.write(chunk)
    return digest.hexdigest(), b"".join(parts)


def _json(blob: bytes, member: str, file_name: str) -> Any:
    try:
        return json.loads(blob.decode("utf-8"))
    except (ValueError, RecursionError) as error:  # RecursionError: nesting a hundred thousand levels deep
        reason = type(error).__name__ if isinstance(error, RecursionError) else str(error)[:100]
        raise ArchiveRejected(file_name, BAD_JSON(member=member, reason=reason)) from None


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO or a device would block or never end
            raise ArchiveRejected(path.name, NOT_A_FILE)
        return zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, ValueError, EOFError) as error:
        raise ArchiveRejected(path.name, NOT_A_ZIP(reason=getattr(error, "strerror", None) or str(error))) from None


@dataclass
class _Unpacked:
    manifest: dict[str, Any]
    data: dict[str, bytes] = field(default_factory=dict)  # tax code → its JSON, bounded and hash-checked
    evidence: dict[str, Path] = field(default_factory=dict)  # sha256 → a checked temporary copy
    sizes: dict[str, int] = field(default_factory=dict)

    made_folder: Path | None = None  # the evidence folder, when this import created it

    def discard(self) -> None:
        for temporary in self.evidence.values():
            temporary.unlink(missing_ok=True)
        if self.made_folder is not None:
            _remove_empty(self.made_folder)


def _unpack(path: Path, evidence_folder: Path) -> _Unpacked:
    """The manifest checked for shape, the members exactly those it lists, each within its limit and
    matching its hash; evidence copied aside (checked, not yet in the store)."""
    from scp_desktop.services.assessments import MAX_EVIDENCE_BYTES

    file_name = path.name
    with _open_zip(path) as archive:
        infos = archive.infolist()
        names = [info.filename for info in infos]
        repeated = next((n for n in names if names.count(n) > 1), None) if len(set(names)) != len(names) else None
        if repeated:
            raise ArchiveRejected(file_name, REPEATED_MEMBER(member=repeated))
        if len(infos) > MAX_MEMBERS + 1:
            raise ArchiveRejected(file_name, BAD_MANIFEST(mistake=f"more than {MAX_MEMBERS} members"))
        if MANIFEST not in names:
            raise ArchiveRejected(file_name, NOT_OURS)
        encrypted = next((i.filename for i in infos if i.flag_bits & 0x1), None)
        if encrypted:
            raise ArchiveRejected(file_name, ENCRYPTED(member=encrypted))
        try:
            with archive.open(MANIFEST) as handle:
                _digest, blob = _bounded(handle, MAX_MANIFEST_BYTES, MANIFEST, file_name)
        except (zipfile.BadZipFile, OSError, NotImplementedError, EOFError) as error:
            raise ArchiveRejected(file_name, NOT_A_ZIP(reason=str(error)[:100])) from None
        manifest = _json(blob, MANIFEST, file_name)
        found = mistakes(MANIFEST_SHAPE, manifest)
        if found:
            raise ArchiveRejected(file_name, BAD_MANIFEST(mistake=found[0]))
        for code in manifest["organizations"]:
            if not is_valid_tax_code(code) or manifest["organizations"].count(code) > 1:
                raise ArchiveRejected(file_name, BAD_MANIFEST(mistake=code))
        listed: dict[str, str] = manifest["files"]
        for member in listed:
            match = _MEMBER.fullmatch(member)
            if match is None or (match["org"] and match["org"] not in manifest["organizations"]):
                raise ArchiveRejected(file_name, EXTRA_MEMBER(member=member))
            if match["sha"] and match["sha"] != listed[member]:
                raise ArchiveRejected(file_name, TAMPERED(member=member))
        for code in manifest["organizations"]:
            if f"data/{code}.json" not in listed:
                raise ArchiveRejected(file_name, MISSING_MEMBER(member=f"data/{code}.json"))
        extra = next((n for n in names if n != MANIFEST and n not in listed), None)
        if extra:
            raise ArchiveRejected(file_name, EXTRA_MEMBER(member=extra))
        missing = next((m for m in listed if m not in names), None)
        if missing:
            raise ArchiveRejected(file_name, MISSING_MEMBER(member=missing))
        unpacked = _Unpacked(manifest)
        try:
            for member, digest in listed.items():
                _unpack_member(archive, member, digest, unpacked, evidence_folder, MAX_EVIDENCE_BYTES, file_name)
        except BaseException:
            unpacked.discard()
            raise
    return unpacked


def _unpack_member(
    archive: zipfile.ZipFile,
    member: str,
    digest: str,
    unpacked: _Unpacked,
    evidence_folder: Path,
    evidence_limit: int,
    file_name: str,
) -> None:
    try:
        with archive.open(member) as handle:
            if member.startswith("data/"):
                found, blob = _bounded(handle, MAX_DATA_BYTES, member, file_name)
                unpacked.data[member[5:-5]] = blob
            else:
                if not evidence_folder.exists():
                    evidence_folder.mkdir(parents=True)
                    unpacked.made_folder = evidence_folder
                with tempfile.NamedTemporaryFile(dir=evidence_folder, prefix=".import-", delete=False) as copy:
                    unpacked.evidence[digest] = Path(copy.name)
                    found, _ = _bounded(handle, evidence_limit, member, file_name, copy)
                    unpacked.sizes[digest] = copy.tell()
    except (zipfile.BadZipFile, NotImplementedError, EOFError) as error:  # a CRC error, an unknown method …
        raise ArchiveRejected(file_name, NOT_A_ZIP(reason=f"{member}: {str(error)[:100]}")) from None
    if found != digest:
        raise ArchiveRejected(file_name, TAMPERED(member=member))


# -- importing ------------------------------------------------------------------------------------
@dataclass
class ArchiveReport:
    organizations: list[str]
    records: int = 0
    created: int = 0
    reports: int = 0
    assessments: int = 0
    evidence: int = 0
    eco_projects: int = 0


def import_archive(ws: Workspace, path: Path, today: dt.date | None = None) -> ArchiveReport:
    """Bring an archive in: organizations and facilities matched by tax code and code, records by
    natural key, reports by submission id, assessments by scheme, year and start time. Importing
    the same archive twice changes nothing. One transaction: all of it, or nothing."""
    from scp_desktop.services.assessments import evidence_folder, evidence_path

    path = Path(path)
    unpacked = _unpack(path, evidence_folder(ws))
    report = ArchiveReport(list(unpacked.manifest["organizations"]))
    placed: list[Path] = []
    try:
        documents = {}
        for code in report.organizations:
            where = _Where(path.name, f"data/{code}.json")
            documents[code] = document = _json(unpacked.data.pop(code), where.member, path.name)
            found = mistakes(DATA, document)
            if found:
                raise ArchiveRejected(path.name, DATA_MISTAKE(member=where.member, mistake=found[0]))
            if document["organization"]["tax_code"] != code:
                found_code = document["organization"]["tax_code"]
                raise ArchiveRejected(path.name, OTHER_ORGANIZATION(found=found_code, expected=code))
        with ws.transaction("archive"):
            for code, document in documents.items():
                _Importer(ws, _Where(path.name, f"data/{code}.json"), document, unpacked, today).run(report)
            for sha, temporary in unpacked.evidence.items():  # whole files before the database points at them
                target = evidence_path(ws, sha)
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    os.replace(temporary, target)
                    placed.append(target)
                    report.evidence += 1
    except BaseException:
        for target in placed:
            target.unlink(missing_ok=True)
            _remove_empty(target.parent)
        raise
    finally:
        unpacked.discard()
    return report


class _Importer:
    """One organization's document, checked item by item as it goes in (inside the caller's transaction)."""

    def __init__(
        self, ws: Workspace, where: _Where, document: dict[str, Any], unpacked: _Unpacked, today: dt.date | None
    ) -> None:
        self.ws, self.where, self.doc, self.unpacked = ws, where, document, unpacked
        self.today = today or dt.date.today()

    def refuse(self, where: str, reason: Msg) -> ArchiveRejected:
        return self.where.refuse(where, reason)

    def run(self, report: ArchiveReport) -> None:
        self.org = self._organization()
        self.ids = self._facilities()
        self._baselines()
        locked = {code: self.ws.reports.locked_ranges(self.org.id, code) for code in RECORD_KINDS}
        for code, rows in self.doc["records"].items():
            report.created += self._records(RECORD_KINDS[code], rows, locked[code])
            report.records += len(rows)
        report.reports += self._reports()
        report.assessments += self._assessments()
        report.eco_projects += self._eco_projects()

    # organizations, facilities, baselines
    def _organization(self) -> Any:
        given = self.doc["organization"]
        try:
            org, _notes = new_organization(
                self.ws.ref,
                tax_code=given["tax_code"],
                name=given["name"],
                kind=given["kind"],
                province=given["province_code"],
                sector=given["sector"],
                address=given["address"],
                contact_name=given["contact_name"],
                contact_phone=given["contact_phone"],
                contact_email=given["contact_email"],
            )
        except DomainError as error:
            raise self.refuse(f"organization.{error.field or ''}", error.message) from None
        existing = self.ws.organizations.by_tax_code(org.tax_code)
        return existing or self.ws.organizations.add(org)

    def _facilities(self) -> dict[str, int]:
        known = {f.code: f.id for f in self.ws.organizations.facilities(self.org.id)}
        for index, given in enumerate(self.doc["facilities"]):
            try:
                facility = new_facility(
                    self.org.id,
                    code=given["code"],
                    name=given["name"],
                    kind=given["kind"],
                    kinds=self.ws.ref.facility_kinds,
                )
            except DomainError as error:
                raise self.refuse(f"facilities[{index}].{error.field or ''}", error.message) from None
            if facility.code not in known:
                known[facility.code] = self.ws.organizations.add_facility(facility).id
        return {code: fid for code, fid in known.items() if fid is not None}

    def _baselines(self) -> None:
        for indicator, year in self.doc["baselines"].items():
            self.ws.organizations.set_baseline(self.org.id, indicator, year)

    # records
    def _owner(self, kind: RecordKind, row: dict[str, Any], where: str) -> int:
        code = row[kind.owner_field]
        if code not in self.ids:
            raise self.refuse(where, UNKNOWN_FACILITY(code=code))
        return self.ids[code]

    def _records(self, kind: RecordKind, rows: list[dict[str, Any]], locked: list[tuple[int | None, int, int]]) -> int:
        from scp_desktop.services.workspace import record_months
        from scp_desktop.store.records import Outcome

        if kind is BAGS:
            return self._bags(rows, locked)
        created = 0
        for index, row in enumerate(rows):
            where = f"records.{kind.code}[{index}]"
            values = self._validated(kind, row, where)
            facility_id = self._owner(kind, row, where)
            try:
                outcome = self.ws.records.save(kind, facility_id, values)
            except DomainError as error:
                raise self.refuse(where, error.message) from None
            months = record_months(kind, values)
            if outcome is not Outcome.UNCHANGED and months and _in_ranges(facility_id, *months, locked):
                raise self.refuse(where, LOCKED_CHANGED(period=row[kind.time_field]))
            created += outcome is Outcome.CREATED
        return created

    def _validated(self, kind: RecordKind, row: dict[str, Any], where: str) -> dict[str, Any]:
        text = {k: None if v is None else _plain(v) for k, v in row.items()}
        values, issues = validate_record(kind, text, self.ws.ref, self.today)
        errors = [i for i in issues if i.is_error]
        if errors:
            raise self.refuse(f"{where}.{errors[0].field}", errors[0].message)
        return values

    def _bags(self, rows: list[dict[str, Any]], locked: list[tuple[int | None, int, int]]) -> int:
        parser = BagRowParser(self.ws.ref, self.today, self.ids)
        names = [spec.name for spec in BAGS.fields]
        parsed = []
        for index, row in enumerate(rows):
            values, issues = parser.parse(["" if row[n] is None else _plain(row[n]) for n in names])
            errors = [i for i in issues if i.is_error]
            if values is None or errors:
                issue = errors[0] if errors else issues[0]
                raise self.refuse(f"records.bags[{index}].{issue.field}", issue.message)
            month = int(values[1][:4]) * 12 + int(values[1][5:7]) - 1
            if locked and _in_ranges(values[0], month, month, locked):
                stored = self.ws.records.get(BAGS, values[0], {"date": dt.date.fromisoformat(values[1])})
                if stored is None or tuple(stored[n] for n in names[2:]) != tuple(values[2:10]):
                    raise self.refuse(f"records.bags[{index}]", LOCKED_CHANGED(period=values[1][:7]))
            parsed.append(values)
        return self.ws.records.bulk_save_bags(parsed).created

    # reports
    def _reports(self) -> int:
        given = self.doc["reports"]
        by_id = {r["submission_id"]: r for r in given}
        new = [r for r in given if self.ws.reports.scope(r["submission_id"], None) is None]
        new_ids = {r["submission_id"] for r in new}
        for index, r in enumerate(given):
            self._check_report(index, r, by_id)
        corrected = {r["supersedes"]: r["submission_id"] for r in given if r["supersedes"]}
        for r in new:
            facility_id = self.ids.get(r["facility"]) if r["facility"] else None
            period = parse_period(r["period"])
            draft = r["state"] == ReportState.DRAFT.value
            self.ws.reports.insert_imported(
                r["submission_id"],
                self.org.id,
                r["kind"],
                facility_id,
                period,
                ReportState.DRAFT if draft else ReportState.FINALIZED,  # re-queued: the server's answers come back
                r["supersedes"],
                None if draft else r["payload"],
                None if draft else r["content_sha256"],
                r["reference_versions"],
                r["created_at"],
                r["finalized_at"],
            )
        for old, newer in corrected.items():
            self.ws.reports.mark_superseded(old, newer)
        for index, r in enumerate(given):
            if r["submission_id"] in new_ids:
                self._check_live(index, r)
        return len(new)

    def _check_report(self, index: int, r: dict[str, Any], by_id: dict[str, dict[str, Any]]) -> None:
        where = f"reports[{index}]"
        try:
            period = parse_period(r["period"])
        except DomainError as error:
            raise self.refuse(f"{where}.period", error.message) from None
        if period.code != r["period"]:
            raise self.refuse(f"{where}.period", PERIOD_NOT_CANONICAL(period=r["period"]))
        if r["facility"] is not None and r["facility"] not in self.ids:
            raise self.refuse(f"{where}.facility", UNKNOWN_FACILITY(code=r["facility"]))
        if r["supersedes"]:
            other = by_id.get(r["supersedes"]) or self.ws.reports.scope(r["supersedes"], self.org.id)
            same = other and all(other[k] == r[k] for k in ("kind", "facility", "period"))
            if not same:
                raise self.refuse(f"{where}.supersedes", BAD_SUPERSEDES(other=r["supersedes"]))
        if r["reference_versions"] is not None:
            self._check_json_map(r["reference_versions"], f"{where}.reference_versions")
        if r["state"] == ReportState.DRAFT.value:
            if r["payload"] is not None or r["content_sha256"] is not None:
                raise self.refuse(where, DRAFT_WITH_CONTENT)
            return
        if r["payload"] is None or r["content_sha256"] is None or r["finalized_at"] is None:
            raise self.refuse(where, NO_CONTENT)
        self._check_content(where, r, period)

    def _check_json_map(self, text: str, where: str) -> None:
        try:
            value = json.loads(text)
        except (ValueError, RecursionError):
            raise self.refuse(where, BAD_JSON(member=self.where.member, reason=where)) from None
        found = mistakes(MapOf(Text(100), max_items=100), value, where)
        if found:
            raise self.refuse(where, found[0])

    def _check_content(self, where: str, r: dict[str, Any], period: Any) -> None:
        kind = RECORD_KINDS[r["kind"]]
        try:
            content = json.loads(r["payload"])
        except (ValueError, RecursionError):
            raise self.refuse(
                f"{where}.payload", BAD_JSON(member=self.where.member, reason=f"{where}.payload")
            ) from None
        found = mistakes(payload_shape(kind), content, f"{where}.payload")
        if found:
            raise self.refuse(f"{where}.payload", found[0])
        if content_sha256(content) != r["content_sha256"]:
            raise self.refuse(where, HASH_MISMATCH)
        for what, got, expected in (
            ("organization", content["organization"]["tax_code"], self.org.tax_code),
            ("facility", content["facility"], r["facility"]),
            ("period", content["period"], r["period"]),
        ):
            if got != expected:
                raise self.refuse(f"{where}.payload.{what}", CONTENT_ELSEWHERE(what=what, found=got, expected=expected))
        from scp_desktop.services.reports import in_period

        for number, row in enumerate(content["records"]):
            at = f"{where}.payload.records[{number}]"
            self._validated(kind, row, at)  # by the rules of typed entry
            owner = row[kind.owner_field]
            if (r["facility"] and owner != r["facility"]) or owner not in self.ids:
                raise self.refuse(at, RECORD_OUTSIDE(record=owner))
            if not in_period(kind, row[kind.time_field], period):
                raise self.refuse(at, RECORD_OUTSIDE(record=row[kind.time_field]))

    def _check_live(self, index: int, r: dict[str, Any]) -> None:
        """A live (not superseded) finalized report holds exactly the records of its scope and period, and
        overlaps no other live report of its kind for the same facility or the organization as a whole."""
        from scp_desktop.services.reports import payload

        stored = self.ws.reports.standing(r["submission_id"])
        assert stored is not None  # every report of the archive is stored by now
        if stored["state"] == ReportState.DRAFT.value or stored["superseded_by"] is not None:
            return
        where = f"reports[{index}]"
        period = parse_period(r["period"])
        facility_id = stored["facility_id"]
        other = self.ws.reports.locking(
            self.org.id, r["kind"], facility_id, period.start_month, period.end_month, excluding=r["submission_id"]
        )
        if other is not None:
            raise self.refuse(where, OVERLAPS(kind=r["kind"], other=other["submission_id"], period=other["period"]))
        current = payload(self.ws, RECORD_KINDS[r["kind"]], self.org, facility_id, period)["records"]
        if current != json.loads(r["payload"])["records"]:
            raise self.refuse(where, RECORDS_DIFFER(period=r["period"]))

    # eco-innovation projects
    def _eco_projects(self) -> int:
        """Each phase is read by its own document type: what does not fit refuses the archive."""
        entries = self.doc.get("eco_projects", [])
        try:
            return import_archive_entries(self.ws, self.org.id, entries)
        except (KeyError, TypeError, ValueError) as error:
            raise self.refuse("eco_projects", PHASE_MISFIT(reason=str(error)[:200])) from None

    # assessments
    def _assessments(self) -> int:
        repo = AssessmentRepository(self.ws.db)
        added = 0
        for index, entry in enumerate(self.doc["assessments"]):
            a = entry["assessment"]
            if repo.id_by_natural_key(self.org.id, a["scheme"], a["year"], a["created_at"]) is not None:
                continue
            checked = self._check_assessment(f"assessments[{index}]", entry)
            facility_id = self.ids.get(a["facility_id"]) if a["facility_id"] else None
            new_id = repo.insert_imported(
                self.org.id,
                facility_id,
                a["scheme"],
                a["set_version"],
                a["criteria"],
                a["year"],
                a["assessor"],
                a["state"],
                a["created_at"],
                a["finalized_at"],
                *checked,
            )
            for answer in entry["answers"]:
                repo.save_answer(
                    new_id,
                    answer["criterion_id"],
                    _stored_answer(answer["value"]),
                    answer["override_reason"],
                    answer["note"],
                )
                repo.save_auto_value(new_id, answer["criterion_id"], _stored_answer(answer["auto_value"]))
            for item in entry["evidence"]:
                repo.add_evidence(
                    new_id, item["criterion_id"], item["sha256"], item["file_name"], item["size"], item["added_at"]
                )
            added += 1
        return added

    def _check_assessment(self, where: str, entry: dict[str, Any]) -> tuple[float | None, int | None, str | None]:
        """The criteria set, answers and evidence checked; for a finalized one its score and hash recomputed."""
        from scp_desktop.services.assessments import Assessment, clean_file_name, content_of, evidence_path

        a = entry["assessment"]
        try:
            criteria = CriteriaSet.from_document(json.loads(a["criteria"]))
        except (ValueError, RecursionError, TypeError, AttributeError) as error:
            raise self.refuse(f"{where}.criteria", BAD_CRITERIA(reason=str(error)[:100])) from None
        if (criteria.id, criteria.version) != (a["scheme"], a["set_version"]):
            raise self.refuse(where, NOT_THE_SET(found=criteria.id, expected=a["scheme"]))
        if a["facility_id"] is not None and a["facility_id"] not in self.ids:
            raise self.refuse(f"{where}.facility_id", UNKNOWN_FACILITY(code=a["facility_id"]))
        answers: dict[str, Answer] = {}
        for number, row in enumerate(entry["answers"]):
            at = f"{where}.answers[{number}]"
            criterion = self._criterion(criteria, row["criterion_id"], at)
            value, auto = self._answer_value(criterion, row["value"], at), _auto_value(row["auto_value"], at, self)
            answers[criterion.id] = Answer(value, auto, row["override_reason"].strip(), 0, row["note"].strip())
        evidence: dict[str, list[dict[str, Any]]] = {}
        for number, item in enumerate(entry["evidence"]):
            at = f"{where}.evidence[{number}]"
            self._criterion(criteria, item["criterion_id"], at)
            sha = item["sha256"]
            stored = evidence_path(self.ws, sha)
            size = self.unpacked.sizes.get(sha, stored.stat().st_size if stored.exists() else None)
            if size != item["size"]:
                raise self.refuse(at, BAD_EVIDENCE(sha=sha))
            if clean_file_name(item["file_name"]) != item["file_name"]:
                raise self.refuse(at, BAD_FILE_NAME(name=item["file_name"]))
            evidence.setdefault(item["criterion_id"], []).append(item)
        for cid, files in evidence.items():
            previous = answers.get(cid, Answer())
            answers[cid] = dataclasses.replace(previous, evidence=len(files))
        if a["state"] == ReportState.DRAFT.value:
            return None, None, None
        kind = self.org.kind
        result = score(criteria, answers, kind, int(a["year"]))  # as finalizing scored it: by its year
        record = {**a, "state": ReportState.FINALIZED.value}
        content = content_of(Assessment(record, criteria, answers, evidence, kind, result))
        if content_sha256(content) != a["content_sha256"]:
            raise self.refuse(where, SCORE_MISMATCH)
        return result.pct, None if result.passed is None else int(result.passed), a["content_sha256"]

    def _criterion(self, criteria: CriteriaSet, criterion_id: str, where: str) -> Any:
        try:
            return criteria.criterion(criterion_id)
        except KeyError:
            raise self.refuse(where, UNKNOWN_CRITERION(id=criterion_id)) from None

    def _answer_value(self, criterion: Any, text: str | None, where: str) -> str | float | None:
        if text is None:
            return None
        value, issues = parse_answer(criterion, text)
        if issues or value is None:
            reason = issues[0].message if issues else UNKNOWN_CRITERION(id=criterion.id)
            raise self.refuse(where, BAD_ANSWER(id=criterion.id, reason=reason))
        return value


def _auto_value(text: str | None, where: str, importer: _Importer) -> str | float | None:
    """What the records said: a figure, yes or no (never checked against the criterion's type: the app wrote it)."""
    value = _stored_answer(text)
    if isinstance(value, str) and value not in ("yes", "no"):
        raise importer.refuse(where, BAD_ANSWER(id=where, reason=value))
    return value


def _remove_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not empty: it holds files of its own
        folder.rmdir()


def _in_ranges(facility_id: int, start: int, end: int, ranges: list[tuple[int | None, int, int]]) -> bool:
    return any((fid is None or fid == facility_id) and first <= end and start <= last for fid, first, last in ranges)


def _plain(value: Any) -> str:
    """A value as exported, as the text the validators read in the app's plain convention."""
    return value if isinstance(value, str) else repr(value) if isinstance(value, float) else str(value)


def _stored_answer(text: str | None) -> str | float | None:
    if text is None:
        return None
    try:
        number = float(text)
    except ValueError:
        return text
    return number if math.isfinite(number) else text
