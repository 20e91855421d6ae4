"""A data-entry page for one record kind: filters, a paged table and an editor with live checks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scp_desktop.domain.bags import BagTotals
from scp_desktop.domain.economics import irr, npv, option_cash_flows, simple_payback_years
from scp_desktop.domain.energy import EnergyLine, scope2_co2_t, toe
from scp_desktop.domain.messages import DomainError, Issue, ValidationFailed
from scp_desktop.domain.numbers import canonical_number, format_number, parse_date, parse_decimal, parse_localized
from scp_desktop.domain.periods import parse_period
from scp_desktop.domain.records import REQUIRED, FieldSpec, FieldType, RecordKind
from scp_desktop.domain.reports import STATE_LABELS
from scp_desktop.services.reports import correct, finalize, status
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.records import RecordQuery
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.labels import choice_labels, field_label, field_unit, kind_title, tr
from scp_desktop.ui.pages.base import Page
from scp_desktop.ui.record_model import RecordTableModel

ERROR_STYLE = "color: #b3261e;"
WARNING_STYLE = "color: #8a5a00;"
NUMBER_TYPES = (FieldType.DECIMAL, FieldType.WHOLE)


def localized_text(text: str, spec: FieldSpec, language: str) -> str:
    """Stored canonical text as the user would type it (numbers and dates in their convention)."""
    if not text:
        return ""
    if spec.type in NUMBER_TYPES:
        value = parse_decimal(text)
        decimals = len(text.partition(".")[2]) if "." in text and not value.is_integer() else 0
        return format_number(value, language, decimals)
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
        buttons = QHBoxLayout()
        self.new_button, self.save_button, self.delete_button = QPushButton(), QPushButton(), QPushButton()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        form.addRow(buttons)
        self.new_button.clicked.connect(page.new_record)
        self.save_button.clicked.connect(page.save)
        self.delete_button.clicked.connect(page.delete)
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
        else:
            widget = QLineEdit()
            widget.setMinimumWidth(110)
            widget.textEdited.connect(lambda _text, name=spec.name: self.touched.add(name))
            widget.textEdited.connect(self.schedule_check)
            widget.returnPressed.connect(self.page.save)
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
        self.new_button.setText(QCoreApplication.translate("RecordPage", "&New"))
        self.save_button.setText(QCoreApplication.translate("RecordPage", "&Save"))
        self.delete_button.setText(QCoreApplication.translate("RecordPage", "&Delete"))
        self.new_button.setToolTip("Ctrl+N")
        self.save_button.setToolTip(QCoreApplication.translate("RecordPage", "Enter or Ctrl+S"))
        self.fill_choices(language)
        self.check()

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
                org = ctx.organization
                facilities = ctx.workspace.organizations.facilities(org.id) if org and org.id else []
                for facility in facilities:
                    widget.addItem(f"{facility.code} — {facility.name}", facility.code)
            else:
                if not spec.required:
                    widget.addItem("", "")
                for code, label in choice_labels(spec, ctx.workspace.ref, language).items():
                    widget.addItem(label, code)
            index = widget.findData(current)
            widget.setCurrentIndex(max(index, 0))
            widget.blockSignals(False)

    # -- values -----------------------------------------------------------------------------
    def raw(self) -> dict[str, str]:
        """Field values as canonical text for the validators."""
        language = self.page.ctx.language
        values: dict[str, str] = {}
        for spec in self.kind.fields:
            widget = self.inputs[spec.name]
            if isinstance(widget, QComboBox):
                values[spec.name] = widget.currentData() or ""
            elif spec.type in NUMBER_TYPES:
                values[spec.name] = canonical_number(widget.text(), language)
            else:
                values[spec.name] = widget.text()
        return values

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
            _, _, self.issues = ctx.workspace.check_record(self.kind, org, self.raw())
        for name, message in self.messages.items():
            found = [i for i in self.issues if i.field == name and (name in self.touched or not _is_required(i))]
            message.setVisible(bool(found))
            if found:
                first = found[0]
                message.setText(first.render(QCoreApplication.translate))
                message.setStyleSheet(ERROR_STYLE if first.is_error else WARNING_STYLE)
            self.inputs[name].setProperty("invalid", any(i.is_error for i in found))
        if self.kind.code == "energy":
            unit = self.inputs["unit"].currentData() if isinstance(self.inputs["unit"], QComboBox) else ""
            self.units["quantity"].setText(unit or "")
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
        language, ref = self.page.ctx.language, self.page.ctx.workspace.ref
        raw = self.raw()
        try:
            if self.kind.code == "energy":
                quantity = self._number("quantity")
                if quantity is None:
                    return ""
                line = EnergyLine(raw["fuel"], quantity, raw["unit"], self._number("ncv_gj_per_t"))
                text = QCoreApplication.translate("RecordPage", "= {toe} TOE").format(
                    toe=format_number(toe(line, ref), language, 3)
                )
                if raw["fuel"] == "electricity":
                    kwh = quantity * ref.units[raw["unit"]].to_base
                    year = int(raw["period"][:4]) if raw["period"][:4].isdigit() else dt.date.today().year
                    co2 = format_number(scope2_co2_t(kwh, year, ref), language, 2)
                    text += " · " + QCoreApplication.translate("RecordPage", "{co2} t CO₂ (Scope 2)").format(co2=co2)
                return text
            if self.kind.code == "bags":
                totals = BagTotals(1, int(self._number("transactions") or 0), int(self._number("nonbio_count") or 0))
                per = totals.nonbio_per_transaction
                return (
                    ""
                    if per is None
                    else QCoreApplication.translate(
                        "RecordPage", "{per} non-biodegradable bags per transaction"
                    ).format(per=format_number(per, language, 2))
                )
            if self.kind.code == "cp-options":
                return self._economics_text(language)
        except (DomainError, KeyError, ValueError):
            return ""
        return ""

    def _economics_text(self, language: str) -> str:
        ref = self.page.ctx.workspace.ref
        investment, savings = self._number("investment_vnd"), self._number("annual_savings_vnd")
        if investment is None or savings is None:
            return ""
        years = int(self._number("lifetime_years") or ref.cp_lifetime_years)
        flows = option_cash_flows(investment, savings, years)
        payback = simple_payback_years(investment, savings)
        rate = irr(flows)
        parts = [
            QCoreApplication.translate("RecordPage", "Payback {years} years").format(
                years=format_number(payback, language, 1)
            )
            if payback is not None
            else QCoreApplication.translate("RecordPage", "Never pays back"),
            QCoreApplication.translate("RecordPage", "NPV {npv} VND at {rate} %").format(
                npv=format_number(npv(ref.cp_discount_rate, flows), language, 0),
                rate=format_number(ref.cp_discount_rate * 100, language, 0),
            ),
            QCoreApplication.translate("RecordPage", "IRR {irr} %").format(irr=format_number(rate * 100, language, 1))
            if rate is not None
            else "",
        ]
        return " · ".join(p for p in parts if p)


def _is_required(issue: Issue) -> bool:
    return issue.message.source == REQUIRED.source


class SaveCommand(QUndoCommand):
    """Saving a record; undo restores what was there before (or removes the new record)."""

    def __init__(self, page: RecordPage, before: dict[str, str] | None, after: dict[str, str]) -> None:
        super().__init__(QCoreApplication.translate("RecordPage", "Save record"))
        self.page, self.before, self.after = page, before, after
        self.done = True  # the first redo already happened when the user saved

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self.page.write(self.after)

    def undo(self) -> None:
        if self.before is None:
            self.page.remove(self.after)
        else:
            self.page.write(self.before)


class DeleteCommand(QUndoCommand):
    def __init__(self, page: RecordPage, before: dict[str, str]) -> None:
        super().__init__(QCoreApplication.translate("RecordPage", "Delete record"))
        self.page, self.before = page, before

    def redo(self) -> None:
        self.page.remove(self.before)

    def undo(self) -> None:
        self.page.write(self.before)


class RecordPage(Page):
    """Filters, the record table and the editor for one record kind."""

    def __init__(self, ctx: AppContext, kind: RecordKind, page_id: str = "") -> None:
        self.page_id = page_id or kind.code
        self.kind = kind
        super().__init__(ctx)
        self.undo_stack = QUndoStack(self)
        self.facility_filter, self.year_filter, self.month_filter = QComboBox(), QComboBox(), QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(120)
        self.count_label = QLabel()
        self.report_status = QLabel()
        self.report_status.setObjectName("report_status")
        self.report_status.setWordWrap(True)
        self.finalize_button, self.correct_button = QPushButton(), QPushButton()
        self.finalize_button.setObjectName("finalize")
        self.correct_button.setObjectName("correct")
        self.finalize_button.clicked.connect(self.finalize_period)
        self.correct_button.clicked.connect(self.correct_period)
        self.export_button = QPushButton()
        self.export_button.setObjectName("export_table")
        self.export_button.clicked.connect(self.choose_export_file)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.table = QTableView()
        self.table.setObjectName(f"table_{kind.code}")
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.model = RecordTableModel(ctx.workspace.records, ctx.workspace.ref, self._query(), ctx.language)
        self.table.setModel(self.model)
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        self.editor = RecordEditor(self)
        self._build_layout()
        self._build_actions()
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(self._search_timer.start)
        for combo in (self.facility_filter, self.year_filter, self.month_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.retranslate()
        self.refresh()

    def _build_layout(self) -> None:
        filters = QHBoxLayout()
        self.filter_labels = [QLabel(), QLabel(), QLabel()]
        for label, widget in zip(
            self.filter_labels, (self.facility_filter, self.year_filter, self.month_filter), strict=True
        ):
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.count_label)
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addLayout(filters)
        left_box.addWidget(self.empty_hint)
        left_box.addWidget(self.table, 1)
        self.paste_errors = QListWidget()
        self.paste_errors.setObjectName("paste_errors")
        self.paste_errors.hide()
        left_box.addWidget(self.paste_errors)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setMinimumWidth(460)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        status_row = QHBoxLayout()
        status_row.addWidget(self.report_status, 1)
        status_row.addWidget(self.finalize_button)
        status_row.addWidget(self.correct_button)
        status_row.addWidget(self.export_button)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addLayout(status_row)
        box.addWidget(splitter, 1)

    def _build_actions(self) -> None:
        def action(shortcut: QKeySequence | str, slot: Any) -> QAction:
            act = QAction(self)
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.new_action = action(QKeySequence.StandardKey.New, self.new_record)
        self.save_action = action(QKeySequence.StandardKey.Save, self.save)
        self.undo_action = action(QKeySequence.StandardKey.Undo, self.undo_stack.undo)
        self.redo_action = action("Ctrl+Shift+Z", self.undo_stack.redo)
        self.paste_action = action(QKeySequence.StandardKey.Paste, self.paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.paste_action)

    def title(self) -> str:
        return kind_title(self.kind)

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        texts = (
            QCoreApplication.translate("RecordPage", "Facility:")
            if self.kind.owner_field == "facility"
            else QCoreApplication.translate("RecordPage", "Store:"),
            QCoreApplication.translate("RecordPage", "Year:"),
            QCoreApplication.translate("RecordPage", "Month:"),
        )
        for label, text in zip(self.filter_labels, texts, strict=True):
            label.setText(text)
            label.buddy().setAccessibleName(text.replace("&", "").rstrip(":"))
        self.finalize_button.setText(QCoreApplication.translate("RecordPage", "&Finalize period"))
        self.correct_button.setText(QCoreApplication.translate("RecordPage", "Start a &correction"))
        self.export_button.setText(QCoreApplication.translate("RecordPage", "E&xport…"))
        self.export_button.setToolTip(
            QCoreApplication.translate("RecordPage", "The table as filtered, to CSV or Excel, in the current language")
        )
        self.search.setPlaceholderText(QCoreApplication.translate("RecordPage", "Search…"))
        self.search.setAccessibleName(QCoreApplication.translate("RecordPage", "Search"))
        self.table.setAccessibleName(self.title())
        self.editor.retranslate(self.ctx.language)
        self.model.set_language(self.ctx.language)
        self._fit_columns()
        self._fill_filters()
        self._update_count()

    # -- filters and table ------------------------------------------------------------------
    def _fill_filters(self) -> None:
        org = self.ctx.organization
        combos = (self.facility_filter, self.year_filter, self.month_filter)
        current = [c.currentData() for c in combos]
        for combo in combos:
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(QCoreApplication.translate("RecordPage", "All"), None)
        if org and org.id:
            for facility in self.ctx.workspace.organizations.facilities(org.id):
                self.facility_filter.addItem(facility.code, facility.id)
            for year in reversed(self.ctx.workspace.records.years_with_data(org.id) or [dt.date.today().year]):
                self.year_filter.addItem(str(year), year)
        for month in range(1, 13):
            self.month_filter.addItem(f"{month:02d}", month)
        for combo, value in zip(combos, current, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def _query(self) -> RecordQuery:
        """The table's query from the filters, keeping the current sort."""
        org = self.ctx.organization
        year = self.year_filter.currentData()
        previous = self.model.query if hasattr(self, "model") else None
        return RecordQuery(
            kind=self.kind,
            org_id=org.id if org and org.id else -1,
            facility_id=self.facility_filter.currentData(),
            year=year,
            month=self.month_filter.currentData() if year else None,
            text=self.search.text(),
            sort=previous.sort if previous else None,
            descending=previous.descending if previous else False,
        )

    def apply_filters(self) -> None:
        self.model.set_query(self._query())
        self._fit_columns()
        self._update_count()
        self.update_report_status()

    # -- report lifecycle -------------------------------------------------------------------
    def selected_period(self) -> str | None:
        """The period the filters show: a year, or a month of it (the CP register: a year)."""
        year = self.year_filter.currentData()
        if year is None:
            return None
        month = self.month_filter.currentData()
        return f"{year}-{month:02d}" if month and self.kind.code != "cp-options" else str(year)

    def selected_facility_code(self) -> str | None:
        facility_id = self.facility_filter.currentData()
        return None if facility_id is None else self.facility_filter.currentText()

    def update_report_status(self) -> None:
        org, period = self.ctx.organization, self.selected_period()
        locked_by = None
        current = None
        if org is not None and org.id is not None and period is not None:
            current = status(self.ctx.workspace, self.kind.code, org.tax_code, period, self.selected_facility_code())
            months = parse_period(period)
            locked_by = self.ctx.workspace.reports.locking(
                org.id, self.kind.code, self.facility_filter.currentData(), months.start_month, months.end_month
            )
        if period is None:
            text = QCoreApplication.translate(
                "RecordPage", "Choose a year (and a month) to see or finalize the report for that period."
            )
        elif current is None or current.state.value == "draft":
            text = QCoreApplication.translate("RecordPage", "{period}: draft, saved as you type.").format(period=period)
            if current is not None and current.supersedes:
                text += " " + QCoreApplication.translate("RecordPage", "This draft corrects submission {id}.").format(
                    id=current.supersedes[:8]
                )
        else:
            text = QCoreApplication.translate("RecordPage", "{period}: {state} · submission {id}").format(
                period=period, state=tr(STATE_LABELS[current.state]), id=current.submission_id[:8]
            )
        if locked_by is not None and (current is None or current.submission_id != locked_by["submission_id"]):
            text += " " + QCoreApplication.translate(
                "RecordPage", "Read-only: part of the finalized report for {period}."
            ).format(period=locked_by["period"])
        self.report_status.setText(text)
        self.finalize_button.setEnabled(period is not None and locked_by is None and self.model.rowCount() > 0)
        self.correct_button.setEnabled(current is not None and current.state.correctable)
        self.editor.set_read_only(locked_by is not None)

    def finalize_period(self) -> None:
        period = self.selected_period()
        if period is None or self.ctx.tax_code is None:
            return
        try:
            finalize(
                self.ctx.workspace,
                self.kind.code,
                self.ctx.tax_code,
                period,
                self.selected_facility_code(),
                source="gui",
            )
        except DomainError as error:
            self.report_status.setText(error.render(QCoreApplication.translate))
            return
        self.ctx.data_changed.emit("reports")

    def choose_export_file(self) -> None:
        from scp_desktop.ui.files import ask_save_path

        path = ask_save_path(
            self,
            QCoreApplication.translate("RecordPage", "Export the table"),
            f"{self.kind.code}-{self.ctx.tax_code or ''}.xlsx",
            QCoreApplication.translate("RecordPage", "Excel workbook (*.xlsx);;CSV (*.csv)"),
        )
        if path:
            self.export_to(path)

    def export_to(self, target: Path) -> None:
        """Write the rows the filters show, off the UI thread (a million rows take a while)."""
        from scp_desktop.services.export import export_table
        from scp_desktop.ui.background import run_in_background
        from scp_desktop.ui.errors import show_unexpected

        workspace_path, query, language = self.ctx.workspace.path, self.model.query, self.ctx.language

        def work(_progress: Any, _cancelled: Any) -> int:
            with Workspace.open(workspace_path) as ws:
                return export_table(ws, query, target, language)

        def done(count: int) -> None:
            self.report_status.setText(
                QCoreApplication.translate("RecordPage", "Exported {count} rows to {file}.").format(
                    count=format_number(count, language, 0), file=target
                )
            )

        run_in_background(
            self,
            QCoreApplication.translate("RecordPage", "Exporting…"),
            work,
            done,
            lambda _error, details: show_unexpected(self, details),
        )

    def correct_period(self) -> None:
        period = self.selected_period()
        if period is None or self.ctx.tax_code is None:
            return
        try:
            correct(self.ctx.workspace, self.kind.code, self.ctx.tax_code, period, self.selected_facility_code())
        except DomainError as error:
            self.report_status.setText(error.render(QCoreApplication.translate))
            return
        self.ctx.data_changed.emit("reports")

    def _fit_columns(self) -> None:
        """Each column as wide as its header (the rows are not all loaded, so they cannot decide)."""
        header = self.table.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(self.model.columnCount()):
            text = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(column, max(90, metrics.horizontalAdvance(text) + 28))

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(QCoreApplication.translate("RecordPage", "%Ln record(s)", None, count))
        org = self.ctx.organization
        if org is None:
            hint = QCoreApplication.translate(
                "RecordPage", "Choose or create an organization first (Organizations page)."
            )
        elif not self.ctx.workspace.organizations.facilities(org.id or 0):
            hint = QCoreApplication.translate(
                "RecordPage", "Add a facility or store on the Organizations page, then record its data here."
            )
        elif count == 0 and not self.search.text() and self.year_filter.currentData() is None:
            hint = QCoreApplication.translate(
                "RecordPage",
                "No records yet: fill in the form on the right and press Enter, or paste rows "
                "copied from a spreadsheet into the table (Ctrl+V).",
            )
        else:
            hint = ""
        self.empty_hint.setText(hint)
        self.empty_hint.setVisible(bool(hint))

    def refresh(self) -> None:
        self._fill_filters()
        self.editor.fill_choices(self.ctx.language)
        self.apply_filters()
        self.editor.check()

    def on_data_changed(self, kind: str) -> None:
        if kind in ("", self.kind.code):
            self.model.reload()
            self._update_count()
        if kind in ("", self.kind.code, "reports"):
            self.update_report_status()

    def _row_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.editor.set_values(self.model.row_as_text(rows[0].row()))

    # -- editing ----------------------------------------------------------------------------
    def new_record(self) -> None:
        self.table.clearSelection()
        keep = (
            (self.kind.owner_field, self.kind.time_field)
            if self.kind.code != "cp-options"
            else (self.kind.owner_field,)
        )
        self.editor.set_values({}, keep=keep)
        self._focus_first_value()

    def _focus_first_value(self) -> None:
        for spec in self.kind.fields[2:]:
            self.editor.inputs[spec.name].setFocus()
            return

    def save(self) -> None:
        self.editor.touched.update(spec.name for spec in self.kind.fields)  # now every missing field is shown
        self.editor.check()
        if not self.editor.save_button.isEnabled() or self.ctx.tax_code is None:
            return
        after = self.editor.raw()
        before = self.ctx.workspace.record_as_text(self.kind, self.ctx.tax_code, after)
        if not self.write(after, report_errors=True):
            return
        self.undo_stack.push(SaveCommand(self, before, after))
        self._advance(after)

    def _advance(self, saved: dict[str, str]) -> None:
        """After a save, get ready for the next row: the next day for the bag log, else a blank form."""
        if self.kind.time_field == "date":
            try:
                next_day: dt.date | None = parse_date(saved["date"]) + dt.timedelta(days=1)
            except DomainError:
                next_day = None
            self.editor.set_values({"date": next_day.isoformat() if next_day else ""}, keep=(self.kind.owner_field,))
        else:
            self.new_record()
        self._focus_first_value()

    def write(self, values: dict[str, str], report_errors: bool = False) -> bool:
        assert self.ctx.tax_code is not None
        try:
            self.ctx.workspace.save_record(self.kind, self.ctx.tax_code, values)
        except ValidationFailed as failed:
            if report_errors:
                self.editor.check()
                del failed
            return False
        except DomainError as error:
            if report_errors:
                message = self.editor.messages.get(error.field or "", self.editor.messages[self.kind.time_field])
                message.setText(error.render(QCoreApplication.translate))
                message.setStyleSheet(ERROR_STYLE)
                message.show()
            return False
        self.ctx.data_changed.emit(self.kind.code)
        return True

    def remove(self, values: dict[str, str]) -> None:
        assert self.ctx.tax_code is not None
        self.ctx.workspace.delete_record(self.kind, self.ctx.tax_code, values)
        self.ctx.data_changed.emit(self.kind.code)

    def delete(self) -> None:
        if self.ctx.tax_code is None:
            return
        before = self.ctx.workspace.record_as_text(self.kind, self.ctx.tax_code, self.editor.raw())
        if before is not None:
            self.undo_stack.push(DeleteCommand(self, before))
            self.new_record()

    # -- pasting a block from a spreadsheet -------------------------------------------------
    def paste(self) -> None:
        from PySide6.QtWidgets import QApplication

        text = QApplication.clipboard().text()
        if not text.strip() or self.ctx.tax_code is None:
            return
        names = [spec.name for spec in self.kind.fields]
        saved, problems = 0, []
        macro = False
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            cells = [cell.strip() for cell in line.split("\t")]
            raw = dict(zip(names, cells, strict=False))
            for spec in self.kind.fields:
                if spec.type in NUMBER_TYPES and raw.get(spec.name):
                    raw[spec.name] = canonical_number(raw[spec.name], self.ctx.language)
            org = self.ctx.organization
            assert org is not None
            _, _, issues = self.ctx.workspace.check_record(self.kind, org, raw)
            errors = [i for i in issues if i.is_error]
            if errors:
                problems += [(number, i) for i in errors]
                continue
            if not macro:
                self.undo_stack.beginMacro(QCoreApplication.translate("RecordPage", "Paste rows"))
                macro = True
            before = self.ctx.workspace.record_as_text(self.kind, self.ctx.tax_code, raw)
            if self.write(raw):
                self.undo_stack.push(SaveCommand(self, before, raw))
                saved += 1
        if macro:
            self.undo_stack.endMacro()
        self.paste_errors.clear()
        self.paste_errors.addItem(
            QCoreApplication.translate("RecordPage", "Pasted {saved} row(s); {bad} row(s) need fixing.").format(
                saved=saved, bad=len({n for n, _ in problems})
            )
        )
        for number, issue in problems:
            self.paste_errors.addItem(
                QCoreApplication.translate("RecordPage", "Row {row}, {field}: {message}").format(
                    row=number, field=field_label(issue.field), message=issue.render(QCoreApplication.translate)
                )
            )
        self.paste_errors.setVisible(True)


class TabbedRecordsPage(Page):
    """Several record kinds on one page (production output, water, materials)."""

    def __init__(self, ctx: AppContext, kinds: list[RecordKind], page_id: str) -> None:
        self.page_id = page_id
        super().__init__(ctx)
        self.tabs = QTabWidget()
        self.pages = [RecordPage(ctx, kind) for kind in kinds]
        for page in self.pages:
            self.tabs.addTab(page, page.title())
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.tabs)

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Production & resources")

    def retranslate(self) -> None:
        for index, page in enumerate(self.pages):
            self.tabs.setTabText(index, page.title())
