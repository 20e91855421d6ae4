"""Translatable labels and units of record fields and the labels of reference-data choices."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from scp_desktop.domain.field_labels import BAGS_UNIT, FIELD_LABELS, FIELD_UNITS, KIND_TITLES, TRANSACTIONS_UNIT
from scp_desktop.domain.messages import Msg
from scp_desktop.domain.records import FieldSpec, RecordKind
from scp_desktop.domain.reference import ReferenceData

UNIT_DISPLAY = {"m3": "m³", "1000m3": "1.000 m³", "1000L": "1.000 L"}


def tr(msg: Msg | str) -> str:
    return msg if isinstance(msg, str) else msg.render(QCoreApplication.translate)


def field_label(spec: FieldSpec | str) -> str:
    name = spec if isinstance(spec, str) else spec.name
    return tr(FIELD_LABELS.get(name, name))


def field_unit(name: str) -> str:
    unit = FIELD_UNITS.get(name, "")
    return tr(unit)


def header_unit(name: str) -> str:
    """The unit a column header shows: none for counted things ("Bags (bags)" says nothing)."""
    unit = FIELD_UNITS.get(name, "")
    return "" if unit in (TRANSACTIONS_UNIT, BAGS_UNIT) else tr(unit)


def choice_labels(spec: FieldSpec, ref: ReferenceData, language: str) -> dict[str, str]:
    """code → label in the language for a CHOICE field (a unit by its name in the language: tấn, t)."""
    assert spec.choices is not None
    result: dict[str, str] = {}
    for code, item in spec.choices(ref).items():
        if hasattr(item, "name_vi"):  # a fuel
            result[code] = item.name_vi if language == "vi" else item.name_en
        elif hasattr(item, "label"):
            result[code] = item.label(language)
        elif code in ref.unit_list:
            result[code] = ref.unit_list[code].label(language)
        else:
            result[code] = UNIT_DISPLAY.get(code, code)
    return result


def kind_title(kind: RecordKind) -> str:
    return tr(KIND_TITLES[kind.code])
