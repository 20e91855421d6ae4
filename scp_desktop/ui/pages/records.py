"""A data-entry page for one record kind: filters, a paged table and an editor with live checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelection, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scp_desktop.domain.audit import Source
from scp_desktop.domain.messages import DomainError, Issue, ValidationFailed
from scp_desktop.domain.numbers import format_number
from scp_desktop.domain.organizations import Facility
from scp_desktop.domain.records import Outcome, RecordKind, RecordQuery
from scp_desktop.presenters import record_form
from scp_desktop.presenters.record_page import Filters, RecordPagePresenter
from scp_desktop.ui.background import run_in_background
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.labels import field_label, kind_title, tr
from scp_desktop.ui.layout import ColumnFit, FlowLayout, labelled, scrollable
from scp_desktop.ui.operations import WorkspaceOp
from scp_desktop.ui.pages.base import Page, heading_label
from scp_desktop.ui.pages.record_editor import ERROR_STYLE, RecordEditor
from scp_desktop.ui.record_model import RecordTableModel


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


class PasteCommand(QUndoCommand):
    """Pasted rows: saved together, undone together (one transaction, one refresh, either way)."""

    def __init__(self, page: RecordPage, befores: list[dict[str, str] | None], rows: list[dict[str, str]]) -> None:
        super().__init__(QCoreApplication.translate("RecordPage", "Paste rows"))
        self.page, self.changes = page, list(zip(befores, rows, strict=True))
        self.done = True  # the first redo already happened when the user pasted

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self.page.write_many([after for _, after in self.changes])

    def undo(self) -> None:
        self.page.put_back(self.changes)


class DeleteCommand(QUndoCommand):
    def __init__(self, page: RecordPage, before: dict[str, str]) -> None:
        super().__init__(QCoreApplication.translate("RecordPage", "Delete record"))
        self.page, self.before = page, before

    def redo(self) -> None:
        self.page.remove(self.before)

    def undo(self) -> None:
        self.page.write(self.before)


class UndoPassthrough(QObject):
    """Ctrl+Z in a field undoes the field's own typing; once the field has nothing left to undo (a new
    form, or just after a save), the page's undo takes the key: the last save is undone from any field."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit):
            key = event  # a QKeyEvent
            assert isinstance(key, QKeyEvent)
            if key.matches(QKeySequence.StandardKey.Undo) and not watched.isUndoAvailable():
                event.ignore()
                return True
            if key.matches(QKeySequence.StandardKey.Redo) and not watched.isRedoAvailable():
                event.ignore()
                return True
        return False


class RecordPage(Page):
    """Filters, the record table and the editor for one record kind."""

    def __init__(self, ctx: AppContext, kind: RecordKind, page_id: str = "") -> None:
        self.page_id = page_id or kind.code
        self.kind = kind
        super().__init__(ctx)
        self.presenter = RecordPagePresenter(ctx.workspace, kind)
        self._grown = 0  # rows the last save or delete here added (1) or took away (-1)
        self.undo_stack = QUndoStack(self)
        self.undo_passthrough = UndoPassthrough(self)
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
        self.table.verticalHeader().setResizeContentsPrecision(0)  # measure the rows on screen only
        self.model = RecordTableModel(
            ctx.workspace.records, ctx.workspace.ref, self._query(), ctx.language, self._count_apart
        )
        self.model.counted.connect(self._counted)
        self.table.setModel(self.model)
        self.column_fit = ColumnFit(self.table)
        sort = self.model.query.sort
        if sort is not None:  # the header's arrow says the order the rows are in (a daily log: newest first)
            order = Qt.SortOrder.DescendingOrder if self.model.query.descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(self.kind.columns.index(sort), order)
        self.table.selectionModel().selectionChanged.connect(self._row_selected)
        self.editor = RecordEditor(self)
        self._build_layout()
        self._build_actions()
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search.textEdited.connect(self._search_timer.start)
        for combo in (self.facility_filter, self.year_filter, self.month_filter):
            combo.currentIndexChanged.connect(self.apply_filters)
        self._retranslate_texts()
        self.refresh()  # fills the filters and counts: once, not again for the language

    def _build_layout(self) -> None:
        filters = FlowLayout()  # wraps onto a second line on a narrow screen
        self.filter_labels = [QLabel(), QLabel(), QLabel()]
        for label, widget in zip(
            self.filter_labels, (self.facility_filter, self.year_filter, self.month_filter), strict=True
        ):
            filters.add(labelled(label, widget))
        filters.add(self.search, stretch=True)
        filters.add(self.count_label)
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
        scroll = scrollable(self.editor)
        scroll.setMinimumWidth(330)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 400])  # the editor keeps two fifths as the window grows
        self.heading = heading_label()
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
        """Ctrl+V on the table pastes rows; Ctrl+N, Ctrl+S, Ctrl+F and undo are the window's menus."""
        self.paste_action = QAction(self)
        self.paste_action.setShortcut(QKeySequence.StandardKey.Paste)
        self.paste_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.paste_action.triggered.connect(self.paste)
        self.table.addAction(self.paste_action)

    def commands(self) -> dict[str, Callable[[], object]]:
        return {"new": self.new_record, "save": self.save, "find": self.find}

    def find(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def title(self) -> str:
        return kind_title(self.kind)

    def owners(self) -> list[Facility]:
        return self.presenter.owners(self.ctx.organization)

    def retranslate(self) -> None:
        self._retranslate_texts()
        self._fill_filters()
        self._update_count()

    def _retranslate_texts(self) -> None:
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
        with self.column_fit.held():
            self.model.set_language(self.ctx.language)
        self._fit_columns()

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
            for facility in self.owners():
                self.facility_filter.addItem(facility.code, facility.id)
            for year in reversed(self.ctx.workspace.records.years_with_data(org.id) or [dt.date.today().year]):
                self.year_filter.addItem(str(year), year)
        for month in range(1, 13):
            self.month_filter.addItem(f"{month:02d}", month)
        for combo, value in zip(combos, current, strict=True):
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)

    def filters(self) -> Filters:
        """What the filter bar says, for the presenter."""
        facility_id = self.facility_filter.currentData()
        return Filters(
            facility_id=facility_id,
            facility_code=None if facility_id is None else self.facility_filter.currentText(),
            year=self.year_filter.currentData(),
            month=self.month_filter.currentData(),
            text=self.search.text(),
        )

    def _query(self) -> RecordQuery:
        previous = self.model.query if hasattr(self, "model") else None
        return self.presenter.query(self.ctx.organization, self.filters(), previous)

    def apply_filters(self) -> None:
        self.model.set_query(self._query())  # the column fit measures again on the reset
        self._update_count()
        self.update_report_status()

    # -- report lifecycle -------------------------------------------------------------------
    def selected_period(self) -> str | None:
        return self.presenter.period(self.filters())

    def selected_facility_code(self) -> str | None:
        return self.filters().facility_code

    def update_report_status(self) -> None:
        line = self.presenter.report_line(self.ctx.organization, self.filters(), self.model.rowCount())
        self.report_status.setText(" ".join(tr(part) for part in line.parts))
        self.finalize_button.setEnabled(line.can_finalize)
        self.correct_button.setEnabled(line.can_correct)
        self.editor.set_read_only(line.read_only)

    def finalize_period(self) -> None:
        """Ask first, saying what finalizing locks: the kind, the period, the scope and how many records."""
        period, org = self.selected_period(), self.ctx.organization
        if period is None or org is None or org.id is None:
            return
        scope = record_form.finalize_scope(
            self.ctx.workspace,
            self.kind,
            org.id,
            period,
            self.facility_filter.currentData(),
            self.selected_facility_code(),
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("RecordPage", "Finalize {period}?").format(period=period),
            tr(scope.question()),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirm_finalize")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("RecordPage", "&Finalize"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda answer: self._finalize(period) if answer == QMessageBox.StandardButton.Yes else None
        )
        box.open()

    def _finalize(self, _period: str) -> None:
        org = self.ctx.organization
        refused = self.presenter.finalize(org, self.filters()) if org is not None else None
        if refused is not None:
            self.report_status.setText(tr(refused.message))
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

        query, language = self.model.query, self.ctx.language

        def done(count: int) -> None:
            self.report_status.setText(
                QCoreApplication.translate("RecordPage", "Exported {count} rows to {file}.").format(
                    count=format_number(count, language, 0), file=target
                )
            )

        title = QCoreApplication.translate("RecordPage", "Exporting…")
        WorkspaceOp(
            self, self.ctx, lambda ws, progress: export_table(ws, query, target, language, progress), title
        ).success(done).failure(lambda error: self.report_status.setText(tr(error.message))).run()

    def correct_period(self) -> None:
        org = self.ctx.organization
        refused = self.presenter.correct(org, self.filters()) if org is not None else None
        if refused is not None:
            self.report_status.setText(tr(refused.message))
            return
        self.ctx.data_changed.emit("reports")

    def _fit_columns(self) -> None:
        """A choice column is as wide as its longest label (only the first rows are loaded, so they
        cannot say); the others by their header and the rows on screen."""
        metrics = self.table.fontMetrics()
        widths = {
            column: max((metrics.horizontalAdvance(text) for text in texts), default=0) + 16
            for column, texts in self.model.choice_texts().items()
        }
        self.column_fit.set_widths(widths)

    def _count_apart(self, query: RecordQuery, done: Callable[[int], None]) -> None:
        """A large table is counted on a worker's own connection while the page shows its first rows;
        should that fail (the file busy or gone), it is counted here."""
        workspace = self.ctx.workspace
        run_in_background(
            self,
            "",
            lambda _progress, _cancelled: workspace.count_apart(query),
            done,
            lambda _error, _details: done(workspace.records.count(query)),
            quiet=True,
        )

    def _counted(self, _total: int) -> None:
        self._update_count()
        self.update_report_status()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(
            QCoreApplication.translate("RecordPage", "Counting…")
            if self.model.counting
            else QCoreApplication.translate("RecordPage", "%Ln record(s)", None, count)
        )
        hint = self.presenter.empty_hint(self.ctx.organization, count, self.filters())
        self.empty_hint.setText(tr(hint) if hint else "")
        self.empty_hint.setVisible(hint is not None)

    def refresh(self) -> None:
        if self.presenter.ws is not self.ctx.workspace:  # another workspace was opened
            self.presenter = RecordPagePresenter(self.ctx.workspace, self.kind)
            self.model.use_workspace(self.ctx.workspace.records, self.ctx.workspace.ref)
            self.undo_stack.clear()  # its steps were on the other file
        self._fill_filters()
        self.editor.fill_choices(self.ctx.language)
        self.apply_filters()
        self.editor.check()

    def on_data_changed(self, kind: str) -> None:
        if kind in ("", self.kind.code):
            grown, self._grown = self._grown, 0  # a record this page saved or deleted: the rows shown follow
            self.model.reload(grown)
            self._update_count()
        if kind in ("", self.kind.code, "reports"):
            self.update_report_status()

    def _row_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = selected.indexes()
        if rows:
            self.editor.set_values(self.model.row_as_text(rows[0].row()))
            self.editor.saved_note.hide()
        self.editor.history_button.setEnabled(bool(rows) or self.table.selectionModel().hasSelection())

    def show_history(self) -> None:
        """The selected record's history, from the audit log."""
        from scp_desktop.ui.record_history import RecordHistoryDialog

        rows = self.table.selectionModel().selectedRows()
        org = self.ctx.organization
        if not rows or org is None:
            return
        raw = self.model.row_as_text(rows[0].row())
        facility_id, values, issues = self.ctx.workspace.check_record(self.kind, org, raw)
        if facility_id is None or any(i.is_error and i.field in self.kind.key for i in issues):
            return
        entries = self.ctx.workspace.records.history(self.kind, facility_id, values)
        RecordHistoryDialog(self, self.kind, raw, entries, self.ctx).open()

    # -- editing ----------------------------------------------------------------------------
    def new_record(self) -> None:
        self.table.clearSelection()
        keep = (self.kind.owner_field, self.kind.time_field) if self.kind.is_periodic else (self.kind.owner_field,)
        self.editor.set_values(record_form.fresh_values(self.kind, dt.date.today()), keep=keep)
        self._focus_first_value()

    def _focus_first_value(self) -> None:
        for spec in self.kind.fields[2:]:
            self.editor.inputs[spec.name].setFocus()
            return

    def save(self) -> None:
        self.editor.touched.update(spec.name for spec in self.kind.fields)  # now every missing field is shown
        self.editor.check()
        org = self.ctx.organization
        if not self.editor.save_button.isEnabled() or org is None or self.ctx.tax_code is None:
            return
        typed = self.editor.raw()
        facility_id, values, issues = self.ctx.workspace.check_record(
            self.kind, org, typed, numbers=self.editor.numbers()
        )
        if facility_id is None or any(i.is_error for i in issues):
            return
        after = record_form.plain_record(self.kind, typed[self.kind.owner_field], values)
        before = self.ctx.workspace.record_as_text(self.kind, self.ctx.tax_code, after)
        if not self.write(after, report_errors=True):
            return
        self.undo_stack.push(SaveCommand(self, before, after))
        self.editor.set_values(record_form.next_values(self.kind, after, dt.date.today()))
        self.show_saved(facility_id, values)
        self._focus_first_value()

    def show_saved(self, facility_id: int, values: dict[str, Any]) -> None:
        """Select the record just saved and scroll to it; say it is saved."""
        row = self.ctx.workspace.records.position(self.model.query, facility_id, values)
        if row is not None and row < self.model.rowCount():
            index = self.model.index(row, 0)
            self.table.selectionModel().blockSignals(True)  # selecting must not load it back into the form
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)
            self.table.scrollTo(index, QTableView.ScrollHint.PositionAtCenter)
        self.editor.history_button.setEnabled(row is not None)
        self.editor.saved_note.setText(QCoreApplication.translate("RecordPage", "Saved."))
        self.editor.saved_note.show()

    def write(self, values: dict[str, str], report_errors: bool = False) -> bool:
        assert self.ctx.tax_code is not None
        try:
            outcome, _issues = self.ctx.workspace.save_record(self.kind, self.ctx.tax_code, values, source=Source.GUI)
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
        self._grown = 1 if outcome is Outcome.CREATED else 0
        self.ctx.data_changed.emit(self.kind.code)
        return True

    def write_many(self, rows: list[dict[str, str]]) -> None:
        """Pasted rows again (redo), in one transaction."""
        assert self.ctx.tax_code is not None
        tax_code = self.ctx.tax_code
        self._together(lambda: self.ctx.workspace.save_records(self.kind, tax_code, rows, source=Source.GUI))

    def put_back(self, changes: list[tuple[dict[str, str] | None, dict[str, str]]]) -> None:
        """Pasted rows taken back (undo): each as it was before, in one transaction."""
        assert self.ctx.tax_code is not None
        tax_code = self.ctx.tax_code
        self._together(lambda: self.ctx.workspace.restore_records(self.kind, tax_code, changes, source=Source.GUI))

    def _together(self, change: Callable[[], object]) -> None:
        """One change of many rows, then one refresh; refused (a period finalized since), it is said
        where the paste's outcome is said and nothing changes."""
        try:
            change()
        except DomainError as error:
            self.report_status.setText(tr(error.message))
            return
        self.ctx.data_changed.emit(self.kind.code)

    def remove(self, values: dict[str, str]) -> None:
        assert self.ctx.tax_code is not None
        deleted = self.ctx.workspace.delete_record(self.kind, self.ctx.tax_code, values, source=Source.GUI)
        self._grown = -1 if deleted else 0
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
        """Rows copied from a spreadsheet: numbers read the way their columns write them (asked when a
        column can be read two ways), the good rows saved in one transaction and undone as one step."""
        from PySide6.QtWidgets import QApplication

        text = QApplication.clipboard().text()
        if not text.strip() or self.ctx.tax_code is None:
            return
        self._paste(record_form.read_paste(self.kind, text))

    def _paste(self, pasted: record_form.PastedRows) -> None:
        if pasted.undecided:
            field_name, cells = pasted.undecided[0]
            answer = lambda style: self._answered(pasted, field_name, style)  # noqa: E731
            ask_convention(self, field_label(field_name), cells, self.ctx.language, answer)
            return
        org = self.ctx.organization
        if org is None or self.ctx.tax_code is None:
            return
        good, problems = record_form.check_paste(self.ctx.workspace, org, pasted)
        saved = 0
        if good:
            rows = [plain for _, plain in good]
            try:
                befores = self.ctx.workspace.save_records(self.kind, self.ctx.tax_code, rows, source=Source.GUI)
            except DomainError as error:
                problems = [(0, Issue(error.field or "", error.message)), *problems]
            else:
                self.undo_stack.push(PasteCommand(self, befores, rows))
                saved = len(rows)
                self.ctx.data_changed.emit(self.kind.code)
        self._show_paste_outcome(saved, problems)

    def _answered(self, pasted: record_form.PastedRows, field_name: str, style: str | None) -> None:
        if style is None:
            return  # the user cancelled: nothing is pasted
        pasted.conventions[field_name] = style
        pasted.undecided = [u for u in pasted.undecided if u[0] != field_name]
        self._paste(pasted)

    def _show_paste_outcome(self, saved: int, problems: list[tuple[int, Issue]]) -> None:
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


def ask_convention(parent: QWidget, column: str, cells: list[str], language: str, answer: Any) -> None:
    """Ask how a column writes its numbers, showing both readings of its first cells; `answer(style)`
    gets "vi", "en", or None when the user cancels."""
    from scp_desktop.domain.numbers import bare_number, readings_of

    lines = []
    for text in cells[:3]:
        vi, en = readings_of(text)
        lines.append(
            QCoreApplication.translate(
                "RecordPage", "“{text}”: {vi} if written as 1.234,5, {en} if written as 1,234.5"
            ).format(text=text, vi=bare_number(vi, language), en=bare_number(en, language))
        )
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("RecordPage", "How are these numbers written?"),
        QCoreApplication.translate(
            "RecordPage", "The numbers of column “{column}” can be read two ways and nothing says which:"
        ).format(column=column)
        + "\n\n"
        + "\n".join(lines),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setObjectName("ask_convention")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    vi_button = box.addButton("1.234,5", QMessageBox.ButtonRole.AcceptRole)
    en_button = box.addButton("1,234.5", QMessageBox.ButtonRole.AcceptRole)
    vi_button.setObjectName("convention_vi")
    en_button.setObjectName("convention_en")

    def finished() -> None:
        clicked = box.clickedButton()
        answer("vi" if clicked is vi_button else "en" if clicked is en_button else None)

    box.finished.connect(finished)
    box.open()


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
        self.tabs.currentChanged.connect(lambda _: self.commands_changed.emit())

    @property  # type: ignore[override]
    def undo_stack(self) -> QUndoStack | None:
        return self.pages[self.tabs.currentIndex()].undo_stack

    def commands(self) -> dict[str, Callable[[], object]]:
        return self.pages[self.tabs.currentIndex()].commands()

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Production & resources")

    def retranslate(self) -> None:
        for index, page in enumerate(self.pages):
            self.tabs.setTabText(index, page.title())
