"""A submission as the report reads: its records as a table with the app's own labels and units,
numbers the reader's way; the record-level diff against the report it supersedes; the per-field
comment paths; the data-quality flags in words."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from scp_desktop.domain.field_labels import FIELD_LABELS, FIELD_UNITS, KIND_TITLES
from scp_desktop.domain.messages import Msg
from scp_desktop.domain.records import RECORD_KINDS, FieldSpec, FieldType, RecordKind
from scp_desktop.domain.reference import ReferenceData
from scp_ministry_server.web.i18n import N_, Texts

FORM_TITLES = {code: KIND_TITLES[code] for code in RECORD_KINDS if code in KIND_TITLES}


def form_title(form: str, t: Texts) -> str:
    title = FORM_TITLES.get(form)
    return t.msg(title) if title else form


@dataclass(frozen=True)
class Column:
    name: str
    label: str
    unit: str
    numeric: bool


@dataclass
class Row:
    index: int
    key: str  # the record's natural key, as per-field comment paths start
    cells: list[str]
    comments: dict[str, str] = field(default_factory=dict)  # field → the reviewer's comment


def record_key(kind: RecordKind, record: dict[str, Any]) -> str:
    """`ST01|2025-03-05`: the record's natural key values (owner, time and the rest of the key)."""
    return "|".join(str(record.get(name, "")) for name in kind.key)


FIELD_PATH = re.compile(r"records\[([0-9]{1,6})\]\.([a-z_]{1,40})")


def field_path(index: int, name: str) -> str:
    """The path a per-field comment names in a record report: `records[3].nonbio_count`, the record
    by its place in the payload, as the app and the JSON API name it."""
    return f"records[{index}].{name}"


def record_comments(comments: dict[str, str] | None) -> dict[int, dict[str, str]]:
    """Per-field comments by record index and field."""
    found: dict[int, dict[str, str]] = {}
    for path, text in (comments or {}).items():
        match = FIELD_PATH.fullmatch(path)
        if match:
            found.setdefault(int(match.group(1)), {})[match.group(2)] = text
    return found


def columns(kind: RecordKind, t: Texts) -> list[Column]:
    found = []
    for spec in kind.fields:
        label = FIELD_LABELS.get(spec.name)
        unit = FIELD_UNITS.get(spec.name)
        unit_text = unit if isinstance(unit, str) or unit is None else t.msg(unit)
        numeric = spec.type in (FieldType.DECIMAL, FieldType.WHOLE)
        found.append(Column(spec.name, t.msg(label) if label else spec.name, unit_text or "", numeric))
    return found


def cell(spec: FieldSpec, value: Any, ref: ReferenceData, t: Texts) -> str:
    if value is None or value == "":
        return ""
    if spec.type in (FieldType.DECIMAL, FieldType.WHOLE):
        return t.number(float(value), 3)
    if spec.type is FieldType.DATE:
        return t.date(dt.date.fromisoformat(str(value)))
    if spec.type is FieldType.CHOICE and spec.choices is not None:
        choices = spec.choices(ref)
        return choices[value].label(t.language) if value in choices else str(value)
    return str(value)


def table(payload: dict[str, Any], ref: ReferenceData, t: Texts, comments: dict[str, str] | None = None) -> list[Row]:
    kind = RECORD_KINDS[payload["form"]]
    by_record = record_comments(comments)
    return [
        Row(index, record_key(kind, record), [cell(spec, record.get(spec.name), ref, t) for spec in kind.fields],
            by_record.get(index, {}))
        for index, record in enumerate(payload.get("records", []))
    ]  # fmt: skip


@dataclass
class Change:
    key: str
    kind: str  # added, removed, changed
    fields: list[tuple[str, str, str]]  # label, before, after


def diff(old: dict[str, Any], new: dict[str, Any], ref: ReferenceData, t: Texts) -> list[Change]:
    """Record by record, matched by natural key: what was added, removed, or changed field by field."""
    kind = RECORD_KINDS[new["form"]]
    before = {record_key(kind, r): r for r in old.get("records", [])}
    after = {record_key(kind, r): r for r in new.get("records", [])}
    labels = {c.name: c.label for c in columns(kind, t)}
    changes: list[Change] = []
    for key, record in after.items():
        previous = before.get(key)
        if previous is None:
            changes.append(Change(key, "added", []))
            continue
        fields = [
            (labels[spec.name], cell(spec, previous.get(spec.name), ref, t), cell(spec, record.get(spec.name), ref, t))
            for spec in kind.fields
            if previous.get(spec.name) != record.get(spec.name)
        ]
        if fields:
            changes.append(Change(key, "changed", fields))
    changes += [Change(key, "removed", []) for key in before if key not in after]
    return changes


def comment_choices(payload: dict[str, Any], t: Texts) -> list[tuple[str, str]]:
    """The fields a per-field comment may name: (field name, label)."""
    kind = RECORD_KINDS[payload["form"]]
    return [(c.name, c.label) for c in columns(kind, t)]


def paths_from_form(payload: dict[str, Any], chosen: dict[int, tuple[str, str]]) -> dict[str, str]:
    """Per-field comments typed beside record rows (row index → field, text) as paths."""
    kind = RECORD_KINDS[payload["form"]]
    records = payload.get("records", [])
    names = {spec.name for spec in kind.fields}
    return {
        field_path(index, name): text
        for index, (name, text) in chosen.items()
        if 0 <= index < len(records) and name in names and text
    }


# -- data-quality flags -----------------------------------------------------------------------------
FLAG_TITLES = {
    "IMPLAUSIBLE_VALUE": N_("Implausible value"),
    "YOY_JUMP": N_("Year-on-year jump"),
    "INTENSITY_OUTLIER": N_("Intensity outlier in the sector"),
}


def flag_text(code: str, detail: dict[str, Any], t: Texts) -> str:
    if code == "IMPLAUSIBLE_VALUE":
        return t.msg(Msg(detail["context"], detail["source"], detail.get("params", {})))
    if code == "YOY_JUMP":
        return t.gettext(
            "The total is %(current)s against %(previous)s in %(previous_period)s (× %(ratio)s; flagged beyond × "
            "%(threshold)s or ÷ %(threshold)s, a draft threshold of ours).",
            current=t.number(detail["current"]),
            previous=t.number(detail["previous"]),
            previous_period=detail["previous_period"],
            ratio=t.number(detail["ratio"], 2),
            threshold=t.number(detail["threshold"]),
        )
    if code == "INTENSITY_OUTLIER":
        return t.gettext(
            "%(value)s per transaction against a sector median of %(median)s (%(peers)s reports; flagged beyond "
            "median ± %(k)s × MAD, a draft rule of ours).",
            value=t.number(detail["value"], 3),
            median=t.number(detail["median"], 3),
            peers=detail["peers"],
            k=t.number(detail["k"]),
        )
    return code
