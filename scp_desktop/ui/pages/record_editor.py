"""The record editor beside a record page's table: one record's fields, each with its unit and a
message line, checked as the user types; what the figures come to is the record_form presenter's."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scp_desktop.domain.messages import DomainError, Issue
from scp_desktop.domain.numbers import convention_of, format_number, format_stored, parse_localized, parse_number
from scp_desktop.domain.records import ENERGY, REQUIRED, FieldSpec, FieldType
from scp_desktop.presenters import record_form
from scp_desktop.ui.labels import choice_labels, field_label, field_unit, tr
from scp_desktop.ui.layout import FlowLayout

if TYPE_CHECKING:
    from scp_desktop.ui.pages.records import RecordPage

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"
SAVED_STYLE = "color: #1b6e2d;"
NUMBER_TYPES = (FieldType.DECIMAL, FieldType.WHOLE)


def localized_text(text: str, spec: FieldSpec, language: str) -> str:
    """Stored plain text as the user would type it (numbers and dates in their convention), at the
    precision it was entered with: 45230.5 → 45.230,5."""
    if not text:
        return ""
    if spec.type in NUMBER_TYPES:
        return format_stored(parse_number(text), language)
    if spec.type is FieldType.DATE and language == "vi":
        return dt.date.fromisoformat(text).strftime("%d/%m/%Y")
    return text


class RecordEditor(QWidget):
    """One record's fields, each with its unit and a message line; checks as the user types."""

    def __init__(self, page: RecordPage) -> None:
        super().__init__()
        self.page = page
        self.kind = page.kind
        self.inputs: dict[str, QComboBox | QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        self.units: dict[str, QLabel] = {}
        self.messages: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for spec in self.kind.fields:
            widget = self._make_input(spec)
            label = QLabel()
            label.setBuddy(widget)
            unit = QLabel()
            message = QLabel()
            message.setWordWrap(True)
            message.hide()
            row = QWidget()
            box = QVBoxLayout(row)
            box.setContentsMargins(0, 0, 0, 0)
            line = QHBoxLayout()
            line.addWidget(widget, 1)
            line.addWidget(unit)
            box.addLayout(line)
            box.addWidget(message)
            form.addRow(label, row)
            self.inputs[spec.name], self.labels[spec.name] = widget, label
            self.units[spec.name], self.messages[spec.name] = unit, message
        self.computed = QLabel()
        self.computed.setWordWrap(True)
        self.computed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.computed)
        buttons = FlowLayout()
        self.new_button, self.save_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        self.history_button = QPushButton()
        self.history_button.setObjectName("record_history")
        self.history_button.setEnabled(False)
        for button in (self.new_button, self.save_button, self.delete_button, self.history_button):
            buttons.add(button)
        form.addRow(buttons)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("saved_note")
        self.saved_note.setStyleSheet(SAVED_STYLE)
        self.saved_note.hide()
        form.addRow(self.saved_note)
        self.new_button.clicked.connect(page.new_record)
        self.save_button.clicked.connect(page.save)
        self.delete_button.clicked.connect(page.delete)
        self.history_button.clicked.connect(page.show_history)
        self.issues: list[Issue] = []
        self.touched: set[str] = set()  # fields the user has edited; others hide "required" until a save
        self._check_timer = QTimer(self, singleShot=True, interval=120)
        self._check_timer.timeout.connect(self.check)

    def _make_input(self, spec: FieldSpec) -> QComboBox | QLineEdit:
        widget: QComboBox | QLineEdit
        if spec.type in (FieldType.OWNER, FieldType.CHOICE):
            widget = QComboBox()
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(14)
            widget.currentIndexChanged.connect(self.schedule_check)
            if spec.name == "fuel":
                widget.currentIndexChanged.connect(lambda _index: self._fuel_changed(keep=False))
        else:
            widget = QLineEdit()
            widget.setMinimumWidth(110)
            widget.textEdited.connect(lambda _text, name=spec.name: self.touched.add(name))
            widget.textEdited.connect(lambda _text: self.saved_note.hide())
            widget.textEdited.connect(self.schedule_check)
            widget.returnPressed.connect(self.page.save)
            widget.installEventFilter(self.page.undo_passthrough)
        widget.setObjectName(f"field_{spec.name}")
        return widget

    def retranslate(self, language: str) -> None:
        for spec in self.kind.fields:
            label = field_label(spec) + (
                "" if spec.required else " " + QCoreApplication.translate("RecordPage", "(optional)")
            )
            self.labels[spec.name].setText(label)
            self.inputs[spec.name].setAccessibleName(field_label(spec))
            self.units[spec.name].setText(field_unit(spec.name))
            widget = self.inputs[spec.name]
            if isinstance(widget, QLineEdit):
                widget.setPlaceholderText(self._placeholder(spec, language))
            widget.setToolTip(self._tooltip(spec, language))
        self.new_button.setText(QCoreApplication.translate("RecordPage", "&New"))
        self.history_button.setText(QCoreApplication.translate("RecordPage", "&History…"))
        self.history_button.setToolTip(
            QCoreApplication.translate("RecordPage", "Every change of this record: when, who, from where, old → new")
        )
        self.save_button.setText(QCoreApplication.translate("RecordPage", "&Save"))
        self.delete_button.setText(QCoreApplication.translate("RecordPage", "&Delete"))
        self.new_button.setToolTip("Ctrl+N")
        self.save_button.setToolTip(QCoreApplication.translate("RecordPage", "Enter or Ctrl+S"))
        self.fill_choices(language)
        self.check()

    def _tooltip(self, spec: FieldSpec, language: str) -> str:
        """What the field takes: its unit and an example, or that it is chosen from a list."""
        unit = field_unit(spec.name)
        if spec.type in (FieldType.OWNER, FieldType.CHOICE):
            return QCoreApplication.translate("RecordPage", "{field}: choose from the list (type to jump)").format(
                field=field_label(spec)
            )
        example = self._placeholder(spec, language)
        if spec.name == "quantity":
            return QCoreApplication.translate(
                "RecordPage", "{field}, in the unit chosen below it. Example: {example}"
            ).format(field=field_label(spec), example=example)
        if unit and example:
            return QCoreApplication.translate("RecordPage", "{field}, in {unit}. Example: {example}").format(
                field=field_label(spec), unit=unit, example=example
            )
        if example:
            return QCoreApplication.translate("RecordPage", "{field}. Example: {example}").format(
                field=field_label(spec), example=example
            )
        return field_label(spec)

    def _placeholder(self, spec: FieldSpec, language: str) -> str:
        if spec.type is FieldType.PERIOD:
            return QCoreApplication.translate("RecordPage", "2025, 2025-Q3 or 2025-07")
        if spec.type is FieldType.DATE:
            return "31/12/2025" if language == "vi" else "2025-12-31"
        if spec.type is FieldType.DECIMAL:
            return format_number(1234.5, language, 1)
        if spec.type is FieldType.WHOLE:
            return format_number(1234, language, 0)
        return ""

    def fill_choices(self, language: str) -> None:
        ctx = self.page.ctx
        for spec in self.kind.fields:
            widget = self.inputs[spec.name]
            if not isinstance(widget, QComboBox):
                continue
            current = widget.currentData()
            widget.blockSignals(True)
            widget.clear()
            if spec.type is FieldType.OWNER:
                for facility in self.page.owners():
                    widget.addItem(f"{facility.code} — {facility.name}", facility.code)
            else:
                if not spec.required:
                    widget.addItem("", "")
                for code, label in choice_labels(spec, ctx.workspace.ref, language).items():
                    widget.addItem(label, code)
            index = widget.findData(current)
            widget.setCurrentIndex(max(index, 0))
            widget.blockSignals(False)
        if "fuel" in self.inputs:
            self._fuel_changed(keep=True)

    def _fuel_changed(self, keep: bool) -> None:
        """The unit list follows the fuel: its allowed units only, the usual one chosen (`keep`: the current
        one, if the fuel allows it; a stored record's own unit is set after its fuel)."""
        fuel, unit = self.inputs["fuel"], self.inputs["unit"]
        assert isinstance(fuel, QComboBox) and isinstance(unit, QComboBox)
        ref, language = self.page.ctx.workspace.ref, self.page.ctx.language
        codes, usual = record_form.unit_choices(fuel.currentData() or "", ref)
        current = unit.currentData()
        labels = choice_labels(self.kind.field("unit"), ref, language)
        unit.blockSignals(True)
        unit.clear()
        for code in codes:
            unit.addItem(labels.get(code, code), code)
        unit.setCurrentIndex(unit.findData(current if keep and current in codes else usual))
        unit.blockSignals(False)
        self.schedule_check()

    # -- values -----------------------------------------------------------------------------
    def raw(self) -> dict[str, str]:
        """Field values as typed (numbers in the user's convention, `numbers()`); codes from the lists."""
        values: dict[str, str] = {}
        for spec in self.kind.fields:
            widget = self.inputs[spec.name]
            values[spec.name] = (widget.currentData() or "") if isinstance(widget, QComboBox) else widget.text()
        return values

    def numbers(self) -> str:
        """How the fields' numbers are written: the user's language's convention, never guessed."""
        return convention_of(self.page.ctx.language)

    def set_values(self, values: dict[str, str], keep: tuple[str, ...] = ()) -> None:
        language = self.page.ctx.language
        self.touched = {name for name, text in values.items() if text}
        for spec in self.kind.fields:
            if spec.name in keep:
                continue
            widget = self.inputs[spec.name]
            text = values.get(spec.name, "")
            if isinstance(widget, QComboBox):
                index = widget.findData(text)
                widget.setCurrentIndex(index if index >= 0 else (0 if not text else widget.currentIndex()))
            else:
                widget.setText(localized_text(text, spec, language))
        self.check()

    def set_read_only(self, read_only: bool) -> None:
        for widget in self.inputs.values():
            widget.setEnabled(not read_only)
        self.read_only = read_only
        self.delete_button.setEnabled(not read_only)
        self.check()

    def schedule_check(self) -> None:
        self._check_timer.start()

    def check(self) -> list[Issue]:
        """Validate now; show each issue at its field and the computed values."""
        ctx = self.page.ctx
        org = ctx.organization
        self.issues = []
        if org is not None:
            _, _, self.issues = ctx.workspace.check_record(self.kind, org, self.raw(), numbers=self.numbers())
        for name, message in self.messages.items():
            found = [i for i in self.issues if i.field == name and (name in self.touched or not _is_required(i))]
            message.setVisible(bool(found))
            if found:
                first = found[0]
                message.setText(first.render(QCoreApplication.translate))
                message.setStyleSheet(ERROR_STYLE if first.is_error else WARNING_STYLE)
            self.inputs[name].setProperty("invalid", any(i.is_error for i in found))
        if self.kind is ENERGY:  # the quantity's unit is the one chosen
            unit = self.inputs["unit"]
            self.units["quantity"].setText(unit.currentText() if isinstance(unit, QComboBox) else "")
        self.computed.setText(self._computed_text())
        blocked = getattr(self, "read_only", False) or any(i.is_error for i in self.issues)
        self.save_button.setEnabled(org is not None and not blocked)
        return self.issues

    def _number(self, name: str) -> float | None:
        widget = self.inputs[name]
        try:
            return parse_localized(widget.text(), self.page.ctx.language) if isinstance(widget, QLineEdit) else None
        except DomainError:
            return None

    def _computed_text(self) -> str:
        ctx = self.page.ctx
        parts = record_form.preview(
            self.kind, self.raw(), self._number, ctx.workspace.ref, ctx.language, dt.date.today()
        )
        return " · ".join(tr(part) for part in parts)


def _is_required(issue: Issue) -> bool:
    return issue.message.source == REQUIRED.source
