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

from scp_desktop.domain.messages import DomainError, Msg
from scp_desktop.domain.periods import Period, parse_period
from scp_desktop.domain.records import RECORD_KINDS, FieldSpec, FieldType, RecordKind, check_bound, cross_checks
from scp_desktop.domain.reference import ReferenceData
from scp_desktop.domain.text import clean_text, code_key
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


class _Errors:
    def __init__(self) -> None:
        self.found: list[dict[str, str]] = []

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
    return CheckedReport(payload, facility, facility_key, period)


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
