"""A report's payload checked with the app's own rules and reduced to the values validation produced.

The schema (schemas.py) has already fixed the JSON types: numbers are JSON numbers, codes and dates
are strings, nothing unknown. This adds what needs the reference data and the report as a whole:

- codes are canonical (`electricity`, not `ELECTRICITY`), periods written as the app writes them
  (`2025`, `2025-Q1`, `2025-03`) and not in the future, every figure within its field's plausible
  range (reference data `ranges`), the rules between a record's fields (a fuel's unit);
- text is NFC with its spaces collapsed and holds no control or zero-width character; facility and
  store codes compare as `code_key` has them, the same as in the app;
- a facility's report holds only that facility's records, every record lies within the report's
  period, and no record is there twice (for periods: no two overlapping ones of the same key).

What is stored is `CheckedReport.payload`, built from these values only, never the text as sent;
the content hash the client gave stays the report's identity.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from scp_desktop.domain.assessment import Answer, CriteriaSet, Score, check_override, parse_answer, score
from scp_desktop.domain.messages import DomainError, Msg
from scp_desktop.domain.periods import Period, parse_period
from scp_desktop.domain.records import RECORD_KINDS, FieldSpec, FieldType, RecordKind, check_bound, cross_checks
from scp_desktop.domain.reference import ReferenceData
from scp_desktop.domain.text import clean_text, code_key, control_character
from scp_ministry_server.errors import ApiError

MAX_FIELD_ERRORS = 100  # an answer names at most this many; the first ones are enough to fix the sender
VIETNAM = dt.timezone(dt.timedelta(hours=7))  # no daylight saving time: "today" where the reports come from


def today_in_vietnam() -> dt.date:
    return dt.datetime.now(VIETNAM).date()


@dataclass(frozen=True)
class CheckedReport:
    payload: dict[str, Any]  # what is stored
    facility: str | None  # the facility as written (normalized), None for the organization as a whole
    facility_key: str  # as compared: code_key, '' for the organization
    period: Period
    # The app's warnings on the values (implausible ones), as (field path, message): data-quality flags
    # on the submission, never a refusal.
    warnings: tuple[tuple[str, Msg], ...] = ()


class _Errors:
    def __init__(self) -> None:
        self.found: list[dict[str, str]] = []
        self.warnings: list[tuple[str, Msg]] = []

    def add(self, field: str, code: str, message: Msg | str) -> None:
        if len(self.found) < MAX_FIELD_ERRORS:
            text = message if isinstance(message, str) else message.render()
            self.found.append({"field": field, "code": code, "message": text})

    def raise_any(self, message: str = "the report has field errors") -> None:
        if self.found:
            raise ApiError(422, "INVALID", message, self.found)


def canonical_period(text: str, today: dt.date, errors: _Errors, field: str) -> Period | None:
    """The period if written as the app writes it and already started; else None, with the error noted."""
    try:
        period = parse_period(text)
    except DomainError as error:
        errors.add(field, "INVALID", error.message)
        return None
    if period.code != text:
        errors.add(field, "NOT_CANONICAL", f"write the period as {period.code}")
        return None
    if period.is_future(today):
        errors.add(field, "FUTURE", f"period {period.code} has not started yet")
        return None
    return period


def clean(text: str, errors: _Errors, field: str) -> str | None:
    try:
        return clean_text(text)
    except DomainError as error:
        errors.add(field, "CONTROL_CHARACTER", error.message)
        return None


def check_report(sent: Any, ref: ReferenceData, today: dt.date | None = None) -> CheckedReport:
    """`sent`: the schema-validated payload model of a record report. ApiError 422 with every field error."""
    today = today or today_in_vietnam()
    errors = _Errors()
    kind = RECORD_KINDS[sent.form]
    organization = {
        "tax_code": sent.organization.tax_code,
        **{
            name: None if value is None else clean(value, errors, f"payload.organization.{name}")
            for name, value in (
                ("name", sent.organization.name),
                ("province_code", sent.organization.province_code),
                ("sector", sent.organization.sector),
            )
        },
    }
    facility = None if sent.facility is None else clean(sent.facility, errors, "payload.facility")
    if facility == "":
        errors.add("payload.facility", "REQUIRED", "a facility code, or null for the organization as a whole")
    period = canonical_period(sent.period, today, errors, "payload.period")
    errors.raise_any()
    assert period is not None
    facility_key = code_key(facility or "")
    records = [
        _record(kind, f"payload.records[{index}]", record, ref, today, period, facility_key, errors)
        for index, record in enumerate(sent.records)
    ]
    errors.raise_any()
    _repeated(kind, records, errors)
    errors.raise_any()
    payload = {
        "form": kind.code,
        "organization": organization,
        "facility": facility,
        "period": period.code,
        "records": records,
        "reference_versions": dict(sent.reference_versions) if sent.reference_versions is not None else None,
        "app_version": sent.app_version,
    }
    return CheckedReport(payload, facility, facility_key, period, tuple(errors.warnings))


def _record(
    kind: RecordKind,
    where: str,
    record: Any,
    ref: ReferenceData,
    today: dt.date,
    period: Period,
    facility_key: str,
    errors: _Errors,
) -> dict[str, Any]:
    sent = record.model_dump()
    values: dict[str, Any] = {}
    before = len(errors.found)
    for spec in kind.fields:
        value = sent.get(spec.name)
        at = f"{where}.{spec.name}"
        values[spec.name] = None if value is None else _field(kind, spec, value, ref, today, period, at, errors)
    owner = values.get(kind.owner_field)
    if owner is not None and facility_key and code_key(owner) != facility_key:
        errors.add(f"{where}.{kind.owner_field}", "OTHER_FACILITY", f"“{owner}” is not the facility of this report")
    if len(errors.found) == before:
        for issue in cross_checks(kind, values, ref):
            if issue.is_error:
                errors.add(f"{where}.{issue.field}", "INVALID", issue.message)
            else:
                errors.warnings.append((f"{where}.{issue.field}", issue.message))
    return values


def _field(
    kind: RecordKind,
    spec: FieldSpec,
    value: Any,
    ref: ReferenceData,
    today: dt.date,
    period: Period,
    field: str,
    errors: _Errors,
) -> Any:
    """The field's normalized value (None after noting an error)."""
    if spec.type in (FieldType.OWNER, FieldType.TEXT):
        return clean(value, errors, field)
    if spec.type is FieldType.CHOICE:
        assert spec.choices is not None
        known = spec.choices(ref)
        if value not in known:
            meant = known.find(value)
            hint = f"; write “{meant}”" if meant else f"; codes: {', '.join(known)}"
            errors.add(field, "UNKNOWN_CODE", f"“{value}” is not a code of {spec.name}{hint}")
            return None
        return value
    if spec.type is FieldType.PERIOD:
        inner = canonical_period(value, today, errors, field)
        if inner is not None and not (period.start_month <= inner.start_month and inner.end_month <= period.end_month):
            errors.add(field, "OUTSIDE_PERIOD", f"{inner.code} lies outside the report's period {period.code}")
            return None
        return inner.code if inner else None
    if spec.type is FieldType.DATE:
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            errors.add(field, "INVALID", "not a date (YYYY-MM-DD)")
            return None
        if day > today:
            errors.add(field, "FUTURE", f"{day.isoformat()} is in the future")
            return None
        if not period.first_day <= day <= period.last_day:
            errors.add(field, "OUTSIDE_PERIOD", f"{day.isoformat()} lies outside the report's period {period.code}")
            return None
        return day.isoformat()
    try:
        check_bound(kind.code, spec.name, value, ref)
    except DomainError as error:
        errors.add(field, "OUT_OF_RANGE", error.message)
        return None
    return int(value) if spec.type is FieldType.WHOLE else float(value)


def _repeated(kind: RecordKind, records: list[dict[str, Any]], errors: _Errors) -> None:
    """A record whose natural key another record of the report already has (for periods: overlaps)."""
    seen: dict[tuple[Any, ...], list[tuple[Period | None, int]]] = {}
    for index, record in enumerate(records):
        key = tuple(_key_part(kind, name, record[name]) for name in kind.key if not _is_time(kind, name))
        when = parse_period(record[kind.time_field]) if kind.is_periodic else None
        if kind.time_field == "date":
            key += (record["date"],)
        for other_period, other in seen.get(key, []):
            if when is None or other_period is None or when.overlaps(other_period):
                errors.add(f"payload.records[{index}]", "REPEATED", f"the same record as payload.records[{other}]")
                break
        seen.setdefault(key, []).append((when, index))


def _is_time(kind: RecordKind, name: str) -> bool:
    return name == kind.time_field and (kind.is_periodic or name == "date")


def _key_part(kind: RecordKind, name: str, value: Any) -> Any:
    spec = kind.field(name)
    return code_key(value) if spec.type in (FieldType.OWNER, FieldType.TEXT) and value is not None else value


# -- self-assessments ---------------------------------------------------------------------------
def check_assessment(
    sent: Any,
    criteria: CriteriaSet | None,
    org_kind: str,
    sizes: dict[str, int],
    today: dt.date | None = None,
) -> CheckedReport:
    """A finalized self-assessment checked with the app's own criteria set and scoring code.

    `criteria`: the set of the version it names (None: the server does not know that version); `org_kind`:
    the organization's kind as the ministry registered it (thresholds depend on it); `sizes`: the files the
    organization holds, by SHA-256. The score is computed again and any difference is a field error."""
    today = today or today_in_vietnam()
    errors = _Errors()
    scheme = sent.form.split("/", 1)[1]
    if sent.criteria.id != scheme:
        errors.add("payload.criteria.id", "MISMATCH", f"the form is assessment/{scheme}")
    elif criteria is None:
        errors.add("payload.criteria.version", "UNKNOWN", f"the ministry knows no version {sent.criteria.version}")
    if sent.organization.kind is not None and sent.organization.kind != org_kind:
        errors.add("payload.organization.kind", "MISMATCH", f"the ministry registers this organization as {org_kind}")
    facility = None if sent.facility is None else clean(sent.facility, errors, "payload.facility")
    period = canonical_period(sent.period, today, errors, "payload.period")
    if period is not None and period.code != str(period.first_year):
        errors.add("payload.period", "NOT_A_YEAR", "an assessment's period is its year")
    errors.raise_any()
    assert criteria is not None and period is not None
    answers = _answers(sent, criteria, errors)
    evidence = _evidence(sent, answers, sizes, errors)
    errors.raise_any()
    result = score(criteria, answers, org_kind, period.first_year)
    _compare_scores(sent.scores, result, errors)
    errors.raise_any("the score does not follow from the answers")
    payload = {
        "form": sent.form,
        "organization": {
            "tax_code": sent.organization.tax_code,
            "kind": org_kind,
            "name": None
            if sent.organization.name is None
            else clean(sent.organization.name, errors, "payload.organization.name"),
        },
        "facility": facility,
        "period": period.code,
        "criteria": {"id": criteria.id, "version": criteria.version},
        "assessor": clean(sent.assessor, errors, "payload.assessor") or "",
        "answers": {
            cid: {
                "value": a.value,
                "auto_value": a.auto_value,
                "override_reason": a.override_reason,
                "note": a.note,
                "evidence": sorted(set(sent.answers[cid].evidence)),
            }
            for cid, a in sorted(answers.items())
        },
        "automatic": {cid: auto.model_dump() for cid, auto in sorted(sent.automatic.items())},
        "evidence": evidence,
        "scores": sent.scores.model_dump(),
        "reference_versions": dict(sent.reference_versions) if sent.reference_versions is not None else None,
        "app_version": sent.app_version,
    }
    errors.raise_any()
    return CheckedReport(payload, facility, code_key(facility or ""), period)


def _answers(sent: Any, criteria: CriteriaSet, errors: _Errors) -> dict[str, Answer]:
    """The answers as the scoring code takes them; a value that is no answer to its criterion is noted."""
    answers: dict[str, Answer] = {}
    for cid, given in sent.answers.items():
        where = f"payload.answers.{cid}"
        try:
            criterion = criteria.criterion(cid)
        except KeyError:
            errors.add(where, "UNKNOWN_CRITERION", f"the set {criteria.id} {criteria.version} has no criterion {cid}")
            continue
        values = []
        for name in ("value", "auto_value"):
            value = getattr(given, name)
            parsed, issues = parse_answer(criterion, "" if value is None else str(value))
            for issue in issues:
                errors.add(f"{where}.{name}", "INVALID", issue.message)
            values.append(parsed if value is not None else None)
        reason = clean_text(given.override_reason) if control_character(given.override_reason, "\n\t") is None else None
        note = given.note.strip() if control_character(given.note, "\n\t") is None else None
        if reason is None or note is None:
            errors.add(where, "CONTROL_CHARACTER", "a reason or note holds a control character")
            continue
        answer = Answer(values[0], values[1], reason, len(set(given.evidence)), note)
        for issue in check_override(answer):
            errors.add(f"{where}.override_reason", "REQUIRED", issue.message)
        answers[cid] = answer
    for cid, auto in sent.automatic.items():
        if cid in answers and auto.value is not None and str(auto.value) != str(sent.answers[cid].auto_value):
            errors.add(f"payload.automatic.{cid}.value", "MISMATCH", "not the answer's automatic value")
    return answers


def _evidence(sent: Any, answers: dict[str, Answer], sizes: dict[str, int], errors: _Errors) -> list[dict[str, Any]]:
    """Each file listed once, held by the organization at its size, named cleanly, supporting the criteria
    whose answers list it."""
    listed: dict[str, dict[str, Any]] = {}
    for index, item in enumerate(sent.evidence):
        where = f"payload.evidence[{index}]"
        if item.sha256 in listed:
            errors.add(where, "REPEATED", "this file is listed already")
        elif sizes.get(item.sha256) != item.size:
            errors.add(f"{where}.size", "MISMATCH", "not the size of the file uploaded")
        elif control_character(item.file_name) is not None or "/" in item.file_name or "\\" in item.file_name:
            errors.add(f"{where}.file_name", "INVALID", "a file name, without folders or control characters")
        else:
            listed[item.sha256] = {**item.model_dump(), "criteria": sorted(set(item.criteria))}
    for cid, given in sent.answers.items():
        for sha in set(given.evidence):
            if sha not in listed or cid not in listed[sha]["criteria"]:
                errors.add(f"payload.answers.{cid}.evidence", "NOT_LISTED", f"{sha} is not listed for {cid}")
    return [listed[sha] for sha in sorted(listed)]


def _compare_scores(sent: Any, result: Score, errors: _Errors) -> None:
    if abs(sent.score_pct - round(result.pct, 4)) > 1e-4:
        errors.add("payload.scores.score_pct", "SCORE_MISMATCH", f"the answers score {round(result.pct, 4)}")
    if sent.passed != result.passed:
        errors.add("payload.scores.passed", "SCORE_MISMATCH", f"the answers give passed = {result.passed}")
    computed = {r.criterion.id: r for r in result.results}
    for cid, given in sent.criteria.items():
        mine = computed.get(cid)
        if mine is None or given.status != mine.status.value or abs(given.earned - mine.earned) > 1e-9:
            shown = f"{mine.status.value}, {mine.earned:g} of {mine.possible:g}" if mine else "no such criterion"
            errors.add(f"payload.scores.criteria.{cid}", "SCORE_MISMATCH", f"the answer gives {shown}")
    for cid in computed.keys() - sent.criteria.keys():
        errors.add(f"payload.scores.criteria.{cid}", "MISSING", "each criterion's score is stated")
    for section in result.sections:
        stated = sent.sections.get(section.section.id)
        mine_pct = None if section.pct is None else round(section.pct, 4)
        if (stated is None) != (mine_pct is None) or (stated is not None and abs(stated - mine_pct) > 1e-4):
            errors.add(
                f"payload.scores.sections.{section.section.id}", "SCORE_MISMATCH", f"the answers give {mine_pct}"
            )
