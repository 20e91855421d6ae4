"""Self-assessment use cases: start, answer (automatic answers from the records), evidence, finalize.

Evidence files are copied into `<workspace>.evidence/<first two hex>/<sha256>`: the
stored path comes from the content hash only, never from the user's file name, so no
name can escape the folder, and the same file attached twice is stored once.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import math
import os
import re
import shutil
import stat
import tempfile
import unicodedata
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

from scp_desktop import __version__
from scp_desktop.domain.assessment import (
    Answer,
    CriteriaSet,
    Score,
    auto_value,
    check_override,
    parse_answer,
    score,
)
from scp_desktop.domain.audit import Source
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Issue, ValidationFailed
from scp_desktop.domain.organizations import Organization
from scp_desktop.domain.reports import ReportState, canonical_json, content_sha256
from scp_desktop.domain.shapes import Either, ListOf, MapOf, Number, Obj, Text, mistakes, nullable
from scp_desktop.domain.summary import Summary, follow, plain
from scp_desktop.services.import_sources import LARGER_THAN, NESTED_TOO_DEEPLY
from scp_desktop.services.reference_updates import bundled_criteria, criteria_documents
from scp_desktop.services.summary import summary
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.assessments import AssessmentRepository

MAX_EVIDENCE_BYTES = 25 * 2**20

UNKNOWN_SCHEME = QT_TRANSLATE_NOOP("Assessment", "Unknown scheme “{scheme}”. Known: {known}.")
UNKNOWN_ASSESSMENT = QT_TRANSLATE_NOOP("Assessment", "There is no assessment {id}.")
UNKNOWN_CRITERION = QT_TRANSLATE_NOOP("Assessment", "This assessment has no criterion “{id}”.")
FINALIZED = QT_TRANSLATE_NOOP("Assessment", "This assessment is finalized and can no longer be changed.")
TOO_LARGE = QT_TRANSLATE_NOOP("Assessment", "{name} is {size} MB; evidence files may be at most {limit} MB.")
NOT_A_FILE = QT_TRANSLATE_NOOP("Assessment", "{name} is not a readable file.")
BAD_ANSWERS = QT_TRANSLATE_NOOP("Assessment", "The answers file cannot be read: {reason}")
OUTSIDE_FOLDER = QT_TRANSLATE_NOOP(
    "Assessment", "Evidence “{name}” is outside the answers file's folder: name files inside it, by relative paths."
)


def bundled_criteria_sets() -> dict[str, CriteriaSet]:
    sets = [CriteriaSet.from_document(doc) for doc in bundled_criteria().values()]
    return {s.id: s for s in sets}


def criteria_sets(ws: Workspace) -> dict[str, CriteriaSet]:
    """The sets a new assessment can use: bundled, replaced by newer versions from the server."""
    documents = criteria_documents(ws.db)
    return {doc["id"]: CriteriaSet.from_document(doc) for doc in sorted(documents.values(), key=lambda d: d["id"])}


def criteria_set(scheme: str, ws: Workspace | None = None) -> CriteriaSet:
    sets = criteria_sets(ws) if ws is not None else bundled_criteria_sets()
    if scheme not in sets:
        raise DomainError(UNKNOWN_SCHEME(scheme=scheme, known=", ".join(sorted(sets))), "scheme")
    return sets[scheme]


@dataclass(frozen=True)
class Assessment:
    """One assessment as stored, with its own version of the criteria, scored."""

    record: dict[str, Any]
    criteria: CriteriaSet
    answers: dict[str, Answer]
    evidence: dict[str, list[dict[str, Any]]]
    org_kind: str
    score: Score

    @property
    def id(self) -> int:
        return int(self.record["id"])

    @property
    def finalized(self) -> bool:
        return self.record["state"] != ReportState.DRAFT.value


def _repo(ws: Workspace) -> AssessmentRepository:
    return AssessmentRepository(ws.db)


def evidence_folder(ws: Workspace) -> Path:
    return ws.path.with_name(ws.path.name + ".evidence")


def evidence_path(ws: Workspace, sha256: str) -> Path:
    if not re.fullmatch(r"[0-9a-f]{64}", sha256):
        raise ValueError("not a SHA-256")
    return evidence_folder(ws) / sha256[:2] / sha256


def start(
    ws: Workspace,
    tax_code: str,
    scheme: str,
    year: int,
    facility_code: str | None = None,
    assessor: str = "",
    source: str = Source.CLI,
) -> int:
    """A new draft assessment, its automatic answers filled in from the year's records."""
    org = ws.organization(tax_code)
    assert org.id is not None
    chosen = criteria_set(scheme, ws)
    facility_id = ws.facility_id(org, facility_code) if facility_code else None
    with ws.transaction(source):
        assessment_id = _repo(ws).create(
            org.id,
            facility_id,
            chosen.id,
            chosen.version,
            canonical_json(chosen.document).decode("utf-8"),
            year,
            assessor.strip(),
        )
        _fill_auto(ws, assessment_id, chosen, tax_code, year)
    return assessment_id


def _fill_auto(ws: Workspace, assessment_id: int, chosen: CriteriaSet, tax_code: str, year: int) -> None:
    facts = summary(ws, tax_code, year)
    for criterion in chosen.criteria():
        if criterion.auto:
            _repo(ws).save_auto_value(assessment_id, criterion.id, auto_value(criterion.auto, facts))


def refresh_auto(ws: Workspace, assessment_id: int, source: str = Source.CLI) -> None:
    """Recompute the automatic answers of a draft (the records changed since)."""
    current = load(ws, assessment_id)
    _require_draft(current)
    org = organization_of(ws, current.record)
    with ws.transaction(source):
        _fill_auto(ws, assessment_id, current.criteria, org.tax_code, current.record["year"])


def load(ws: Workspace, assessment_id: int) -> Assessment:
    record = _repo(ws).get(assessment_id)
    if record is None:
        raise DomainError(UNKNOWN_ASSESSMENT(id=assessment_id), "assessment")
    chosen = CriteriaSet.from_document(json.loads(record["criteria"]))
    evidence = _repo(ws).evidence(assessment_id)
    answers = {
        cid: Answer(row["value"], row["auto_value"], row["override_reason"], len(evidence.get(cid, [])), row["note"])
        for cid, row in _repo(ws).answers(assessment_id).items()
    }
    for cid, files in evidence.items():
        answers.setdefault(cid, Answer(evidence=len(files)))
    kind = organization_of(ws, record).kind
    return Assessment(record, chosen, answers, evidence, kind, score(chosen, answers, kind, int(record["year"])))


def organization_of(ws: Workspace, record: dict[str, Any]) -> Organization:
    """The organization an assessment (its stored record) belongs to."""
    org = ws.organizations.get(record["org_id"])
    assert org is not None  # the foreign key keeps an assessment's organization
    return org


def _require_draft(assessment: Assessment) -> None:
    if assessment.finalized:
        raise DomainError(FINALIZED, "assessment")


def answer(
    ws: Workspace,
    assessment_id: int,
    criterion_id: str,
    value_text: str,
    override_reason: str = "",
    note: str = "",
    source: str = Source.CLI,
) -> Answer:
    """Record the user's answer ("" hands the criterion back to its automatic answer)."""
    current = load(ws, assessment_id)
    _require_draft(current)
    try:
        criterion = current.criteria.criterion(criterion_id)
    except KeyError:
        raise DomainError(UNKNOWN_CRITERION(id=criterion_id), "criterion") from None
    value, issues = parse_answer(criterion, value_text)
    previous = current.answers.get(criterion_id, Answer())
    new = Answer(value, previous.auto_value, override_reason.strip(), previous.evidence, note.strip())
    issues += check_override(new)
    if any(issue.is_error for issue in issues):
        raise ValidationFailed(issues)
    with ws.transaction(source):
        _repo(ws).save_answer(assessment_id, criterion_id, value, new.override_reason, new.note)
    return new


def clean_file_name(name: str) -> str:
    """A file name fit to show and to offer when saving a copy: no folders, no control characters."""
    base = unicodedata.normalize("NFC", Path(name.replace("\\", "/")).name)
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C").strip(" .")
    return base[:200] or "evidence"


def attach_evidence(ws: Workspace, assessment_id: int, criterion_id: str, path: Path, source: str = Source.CLI) -> str:
    """Copy a file into the workspace's evidence store and link it to the criterion; its SHA-256."""
    current = load(ws, assessment_id)
    _require_draft(current)
    try:
        current.criteria.criterion(criterion_id)
    except KeyError:
        raise DomainError(UNKNOWN_CRITERION(id=criterion_id), "criterion") from None
    path = Path(path)
    if not path.is_file():
        raise DomainError(NOT_A_FILE(name=path.name), "evidence")
    size = path.stat().st_size
    if size > MAX_EVIDENCE_BYTES:
        raise DomainError(
            TOO_LARGE(name=path.name, size=round(size / 2**20, 1), limit=MAX_EVIDENCE_BYTES // 2**20), "evidence"
        )
    digest = hashlib.sha256()
    folder = evidence_folder(ws)
    folder.mkdir(parents=True, exist_ok=True)
    with path.open("rb") as source_file, tempfile.NamedTemporaryFile(dir=folder, delete=False) as copy:
        for chunk in iter(lambda: source_file.read(1 << 20), b""):
            digest.update(chunk)
            copy.write(chunk)
        copy.flush()
        os.fsync(copy.fileno())
    sha = digest.hexdigest()
    target = evidence_path(ws, sha)
    target.parent.mkdir(exist_ok=True)
    if target.exists():
        Path(copy.name).unlink()
    else:
        os.replace(copy.name, target)  # the file is whole before the database points at it
    with ws.transaction(source):
        _repo(ws).add_evidence(assessment_id, criterion_id, sha, clean_file_name(path.name), size)
    return sha


def remove_evidence(
    ws: Workspace, assessment_id: int, criterion_id: str, sha256: str, source: str = Source.CLI
) -> None:
    _require_draft(load(ws, assessment_id))
    with ws.transaction(source):
        _repo(ws).remove_evidence(assessment_id, criterion_id, sha256)


def content_of(assessment: Assessment) -> dict[str, Any]:
    """What a finalized assessment asserts: hashed, printed as a QR code, later sent."""
    result = assessment.score
    return {
        "scheme": assessment.criteria.id,
        "set_version": assessment.criteria.version,
        "year": assessment.record["year"],
        "assessor": assessment.record["assessor"],
        "answers": {
            cid: {
                "value": a.value,
                "auto_value": a.auto_value,
                "override_reason": a.override_reason,
                "evidence": sorted(e["sha256"] for e in assessment.evidence.get(cid, [])),
            }
            for cid, a in sorted(assessment.answers.items())
        },
        "score_pct": round(result.pct, 4),
        "passed": result.passed,
    }


def finalize(ws: Workspace, assessment_id: int, source: str = Source.CLI) -> Assessment:
    """Freeze the answers and queue the assessment for the ministry, in one transaction."""
    current = load(ws, assessment_id)
    _require_draft(current)
    sha = content_sha256(content_of(current))
    with ws.transaction(source):
        _repo(ws).finalize(assessment_id, current.score.pct, current.score.passed, sha)
        _queue(ws, current)
    return load(ws, assessment_id)


# -- to the ministry (interfaces.md "Self-assessments on the wire") ----------------------------------
def form_of(scheme: str) -> str:
    return f"assessment/{scheme}"


def wire_payload(ws: Workspace, current: Assessment) -> dict[str, Any]:
    """What is sent: the answers, the automatic values with the figures they came from, the overrides
    with their reasons, the scores, the criteria set's id and version, and the evidence by hash and name.
    The server scores the answers again with the same set and code and refuses any difference."""
    record, result = current.record, current.score
    org = organization_of(ws, record)
    facility = None
    if record["facility_id"] is not None:
        stored = ws.organizations.facility(record["facility_id"])
        assert stored is not None  # the foreign key keeps an assessment's facility
        facility = stored.code
    files: dict[str, dict[str, Any]] = {}
    for cid, rows in current.evidence.items():
        for row in rows:
            entry = files.setdefault(row["sha256"], {"sha256": row["sha256"], "file_name": row["file_name"],
                                                     "size": row["size"], "criteria": []})  # fmt: skip
            entry["criteria"].append(cid)
    facts = summary(ws, org.tax_code, int(record["year"]))
    return {
        "form": form_of(current.criteria.id),
        "organization": {
            "tax_code": org.tax_code,
            "name": org.name,
            "kind": org.kind,
            "province_code": org.province_code,
            "sector": org.sector,
        },
        "facility": facility,
        "period": str(record["year"]),
        "criteria": {"id": current.criteria.id, "version": current.criteria.version},
        "assessor": record["assessor"] or "",
        "answers": {
            cid: {
                "value": a.value,
                "auto_value": a.auto_value,
                "override_reason": a.override_reason,
                "note": a.note,
                "evidence": sorted(e["sha256"] for e in current.evidence.get(cid, [])),
            }
            for cid, a in sorted(current.answers.items())
        },
        "automatic": {
            c.id: {"path": c.auto, "value": current.answers[c.id].auto_value, "figures": _figures(facts, c.auto)}
            for c in current.criteria.criteria()
            if c.auto and c.id in current.answers
        },
        "evidence": [{**entry, "criteria": sorted(entry["criteria"])} for _, entry in sorted(files.items())],
        "scores": {
            "score_pct": round(result.pct, 4),
            "passed": result.passed,
            "sections": {s.section.id: None if s.pct is None else round(s.pct, 4) for s in result.sections},
            "criteria": {
                r.criterion.id: {"status": r.status.value, "earned": r.earned, "possible": r.possible}
                for r in result.results
            },
        },
        "reference_versions": ws.ref.versions,
        "app_version": __version__,
    }


def _figures(facts: Summary, path: str) -> dict[str, Any]:
    """The figures beside an automatic value: the plain values of the summary section it is read from."""
    try:
        node = plain(follow(facts, path.rpartition(".")[0]))
    except LookupError:  # a path this version does not know: no figures, as no value
        return {}
    if not isinstance(node, dict):
        return {}
    return {
        str(key)[:100]: value
        for key, value in sorted(node.items())
        if value is None
        or isinstance(value, bool)
        or (isinstance(value, int | float) and math.isfinite(value))
        or (isinstance(value, str) and len(value) <= 100)
    }


def _queue(ws: Workspace, current: Assessment) -> str:
    """The finalized assessment as a report in the outbox (inside the caller's transaction); its submission id.
    A correction names the submission it replaces, which is superseded from then on."""
    record = current.record
    year = int(record["year"])
    supersedes = record.get("supersedes")
    submission_id = ws.reports.create(
        record["org_id"], form_of(current.criteria.id), record["facility_id"], str(year), year * 12, year * 12 + 11,
        supersedes=supersedes,
    )  # fmt: skip
    document = wire_payload(ws, current)
    ws.reports.finalize(submission_id, document, content_sha256(document), ws.ref.versions)
    if supersedes:
        ws.reports.mark_superseded(supersedes, submission_id)
    _repo(ws).set_submission(current.id, submission_id)
    return submission_id


def queue_finalized(ws: Workspace) -> int:
    """Queue every finalized assessment not yet in the outbox (finalized before it had one, or brought
    by an archive); how many."""
    waiting = _repo(ws).finalized_not_queued()
    for assessment_id in waiting:
        with ws.transaction("sync"):
            _queue(ws, load(ws, assessment_id))
    return len(waiting)


@dataclass(frozen=True)
class Review:
    """What the ministry said of an assessment's submission (or, for a correction, of the one it replaces)."""

    submission_id: str
    state: str
    message: str | None  # the stored server note (see services.server_messages.explain)
    field_comments: dict[str, str]
    receipt: str | None


def review_of(ws: Workspace, current: Assessment) -> Review | None:
    submission = current.record.get("submission_id") or current.record.get("supersedes")
    if not submission:
        return None
    row = ws.reports.review(submission)
    if row is None:
        return None
    try:
        comments = json.loads(row["field_comments"]) if row["field_comments"] else {}
    except ValueError:
        comments = {}
    shown = {str(k): str(v) for k, v in comments.items()} if isinstance(comments, dict) else {}
    return Review(submission, row["state"], row["server_message"], shown, row["receipt"])


CANNOT_CORRECT = QT_TRANSLATE_NOOP(
    "Assessment", "Only a finalized assessment can be corrected, and only once: this one is {state}."
)


def correct(ws: Workspace, assessment_id: int, source: str = Source.CLI) -> int:
    """A new draft from a finalized (returned, accepted, refused …) assessment: its criteria version, answers,
    notes and evidence carried over; once finalized it supersedes the old submission."""
    current = load(ws, assessment_id)
    review = review_of(ws, current)
    already = _repo(ws).has_correction(current.record.get("submission_id"))
    if not current.finalized or review is None or already or review.state == ReportState.SENDING.value:
        raise DomainError(CANNOT_CORRECT(state=review.state if review else current.record["state"]), "assessment")
    record = current.record
    with ws.transaction(source):
        new_id = _repo(ws).create(
            record["org_id"], record["facility_id"], record["scheme"], record["set_version"], record["criteria"],
            int(record["year"]), record["assessor"],
        )  # fmt: skip
        _repo(ws).set_supersedes(new_id, review.submission_id)
        for cid, answer in current.answers.items():
            _repo(ws).save_answer(new_id, cid, answer.value, answer.override_reason, answer.note)
            _repo(ws).save_auto_value(new_id, cid, answer.auto_value)
        for cid, rows in current.evidence.items():
            for row in rows:
                _repo(ws).add_evidence(new_id, cid, row["sha256"], row["file_name"], row["size"], row["added_at"])
    return new_id


def evidence_to_open(ws: Workspace, sha256: str, file_name: str) -> Path:
    """A copy of a stored evidence file under its own name (so the system picks the right viewer), in a
    folder of its own under the temporary folder."""
    folder = Path(tempfile.gettempdir()) / "scp-desktop-evidence" / sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / clean_file_name(file_name)
    shutil.copyfile(evidence_path(ws, sha256), target)
    return target


def history(ws: Workspace, tax_code: str, scheme: str | None = None) -> list[dict[str, Any]]:
    org = ws.organization(tax_code)
    assert org.id is not None
    return _repo(ws).history(org.id, scheme)


MAX_ANSWERS_BYTES = 2**20
_VALUE = Either((Text(100), Number()))
ANSWERS = MapOf(
    Either(
        (
            _VALUE,
            Obj(
                optional={
                    "value": nullable(_VALUE),
                    "reason": Text(2_000, lines=True),
                    "note": Text(10_000, lines=True),
                    "evidence": ListOf(Text(1_000), 100),
                }
            ),
        )
    ),
    key=Text(100),
    max_items=1_000,
)


def read_answers_file(path: Path) -> dict[str, dict[str, Any]]:
    """The answers file, checked by its schema: criterion id → {"value", "reason", "note", "evidence"}."""
    path = Path(path)
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a FIFO would block, a device never end
            raise DomainError(BAD_ANSWERS(reason=NOT_A_FILE(name=path.name)), "answers")
        with path.open("rb") as handle:
            blob = handle.read(MAX_ANSWERS_BYTES + 1)
    except OSError as error:
        raise DomainError(BAD_ANSWERS(reason=error.strerror or error), "answers") from None
    if len(blob) > MAX_ANSWERS_BYTES:
        raise DomainError(BAD_ANSWERS(reason=LARGER_THAN(size=MAX_ANSWERS_BYTES // 1024)), "answers")
    try:
        document = json.loads(blob.decode("utf-8"))
    except RecursionError:
        raise DomainError(BAD_ANSWERS(reason=NESTED_TOO_DEEPLY), "answers") from None
    except ValueError as error:  # not UTF-8, not JSON: the parser's own words say where
        raise DomainError(BAD_ANSWERS(reason=str(error)[:200]), "answers") from None
    found = mistakes(ANSWERS, document)
    if found:
        raise DomainError(BAD_ANSWERS(reason=found[0]), "answers")
    return {cid: entry if isinstance(entry, dict) else {"value": entry} for cid, entry in document.items()}


def evidence_file(folder: Path, name: str) -> Path:
    """An evidence path of an answers file: relative, inside the file's folder (no `..`, no absolute path,
    no symlink pointing out of it), a regular file within the size limit."""
    if (
        PurePosixPath(name).is_absolute()
        or PureWindowsPath(name).anchor
        or ".." in PurePosixPath(name.replace("\\", "/")).parts
    ):
        raise DomainError(OUTSIDE_FOLDER(name=name), "evidence")
    base = folder.resolve()
    try:
        resolved = (base / name).resolve(strict=True)
    except (OSError, RuntimeError):  # missing, or a symlink loop
        raise DomainError(NOT_A_FILE(name=name), "evidence") from None
    if not resolved.is_relative_to(base):
        raise DomainError(OUTSIDE_FOLDER(name=name), "evidence")
    if not resolved.is_file():
        raise DomainError(NOT_A_FILE(name=name), "evidence")
    size = resolved.stat().st_size
    if size > MAX_EVIDENCE_BYTES:
        raise DomainError(
            TOO_LARGE(name=name, size=round(size / 2**20, 1), limit=MAX_EVIDENCE_BYTES // 2**20), "evidence"
        )
    return resolved


def run_answers_file(
    ws: Workspace, tax_code: str, scheme: str, year: int, answers_path: Path, assessor: str = ""
) -> Assessment:
    """`assess`: start an assessment and answer it from a JSON file, all or nothing.

    The file maps criterion ids to an answer (text or number), or to {"value", "reason", "note",
    "evidence": [paths relative to the file]}. Everything is checked before anything is stored; then
    one transaction holds the assessment, its answers and evidence, and a failure leaves nothing behind,
    evidence files included.
    """
    answers_path = Path(answers_path)
    document = read_answers_file(answers_path)
    chosen = criteria_set(scheme, ws)
    issues: list[Issue] = []
    evidence: dict[str, list[Path]] = {}
    for cid, spec in document.items():
        try:
            criterion = chosen.criterion(cid)
        except KeyError:
            issues.append(Issue(cid, UNKNOWN_CRITERION(id=cid)))
            continue
        issues += [Issue(cid, i.message) for i in parse_answer(criterion, _answer_text(spec.get("value")))[1]]
        evidence[cid] = [evidence_file(answers_path.parent, name) for name in spec.get("evidence", [])]
    if any(i.is_error for i in issues):
        raise ValidationFailed(issues)
    files = [path for paths in evidence.values() for path in paths]
    new_files = {evidence_path(ws, _file_sha256(path)) for path in files}
    new_files = {target for target in new_files if not target.exists()}
    new_folder = not evidence_folder(ws).exists()
    try:
        with ws.transaction("cli"):
            assessment_id = start(ws, tax_code, scheme, year, assessor=assessor)
            for cid, spec in document.items():
                reason, note = spec.get("reason", ""), spec.get("note", "")
                answer(ws, assessment_id, cid, _answer_text(spec.get("value")), reason, note, "cli")
                for path in evidence[cid]:
                    attach_evidence(ws, assessment_id, cid, path, "cli")
    except BaseException:  # e.g. an override without a reason: no assessment, no evidence file left behind
        for target in new_files:
            target.unlink(missing_ok=True)
            with contextlib.suppress(OSError):  # its folder, when it was made for it
                target.parent.rmdir()
        if new_folder:
            with contextlib.suppress(OSError):
                evidence_folder(ws).rmdir()
        raise
    return load(ws, assessment_id)


def _answer_text(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else repr(float(value)) if isinstance(value, float) else str(value)


def _file_sha256(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()
