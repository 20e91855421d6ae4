"""Importing a CSV or XLSX file from the desktop: mapped and checked in a dialog, run off the UI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.numbers import bare_number, format_stored, readings_of
from scp_desktop.domain.records import RECORD_KINDS
from scp_desktop.services.import_sources import Mapping
from scp_desktop.services.importer import (
    AmbiguousNumbers,
    ImportCancelled,
    ImportOptions,
    ImportRejected,
    ImportReport,
    guess_mapping,
    import_csv,
    layout_key,
    read_header,
    remembered_mapping,
)
from scp_desktop.services.workspace import Workspace
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.files import ask_open_path
from scp_desktop.ui.labels import KIND_TITLES, choice_labels, field_label, tr
from scp_desktop.ui.layout import fit_to_screen, scrollable
from scp_desktop.ui.operations import Progress, WorkspaceOp

NOT_IN_FILE = None


class ImportDialog(QDialog):
    """Which records, from which file; how its columns map (guessed, or remembered from last
    time, and fixable here); a check before anything is stored; what to do with bad rows."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.header: list[str] = []
        self.setWindowTitle(QCoreApplication.translate("Import", "Import a CSV or Excel file"))
        self.kind = QComboBox()
        for code in RECORD_KINDS:
            self.kind.addItem(tr(KIND_TITLES[code]), code)
        self.path = QLineEdit()
        self.path.setAccessibleName(QCoreApplication.translate("Import", "File"))
        self.path.editingFinished.connect(self.read_columns)
        self.kind.currentIndexChanged.connect(lambda _: self.read_columns())
        browse = QPushButton(QCoreApplication.translate("Import", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        for text, field in (
            (QCoreApplication.translate("Import", "&Records:"), self.kind),
            (QCoreApplication.translate("Import", "&File:"), row),
        ):
            label = QLabel(text)
            label.setBuddy(self.kind if field is self.kind else self.path)
            form.addRow(label, field)
        self.numbers, self.dates = QComboBox(), QComboBox()
        self.numbers.addItem(QCoreApplication.translate("Import", "As each column's own cells show"), None)
        self.numbers.addItem("1.234,5", "vi")
        self.numbers.addItem("1,234.5", "en")
        self.dates.addItem(QCoreApplication.translate("Import", "2025-03-01 or 01/03/2025"), None)
        self.dates.addItem(QCoreApplication.translate("Import", "Excel day numbers (45717)"), "excel")
        for text, field in (
            (QCoreApplication.translate("Import", "&Numbers:"), self.numbers),
            (QCoreApplication.translate("Import", "&Dates:"), self.dates),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        self.columns_group = QGroupBox(QCoreApplication.translate("Import", "Columns"))
        self.columns_form = QFormLayout(self.columns_group)
        self.column_choice: dict[str, QComboBox] = {}
        self.constant: dict[str, QLineEdit] = {}
        self.check_button = QPushButton(QCoreApplication.translate("Import", "&Check the file"))
        self.check_button.setObjectName("check_import")
        self.check_button.clicked.connect(self.check)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.preview = QTableView()
        self.preview.setObjectName("import_preview")
        self.preview_model = QStandardItemModel(self)
        self.preview.setModel(self.preview_model)
        self.problems = QListWidget()
        self.problems.setObjectName("import_problems")
        self.all_or_nothing = QRadioButton(QCoreApplication.translate("Import", "If any row is bad, import nothing"))
        self.skip_bad = QRadioButton(
            QCoreApplication.translate("Import", "Import the good rows and save a list of the skipped ones")
        )
        self.all_or_nothing.setChecked(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("Import", "&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Asked after a check: how a two-way column writes its numbers, what an unknown value means.
        self.conventions_group = QGroupBox(QCoreApplication.translate("Import", "How are these numbers written?"))
        self.conventions_group.setObjectName("ask_conventions")
        self.conventions_form = QFormLayout(self.conventions_group)
        self.conventions_group.hide()
        self.convention_choice: dict[str, QComboBox] = {}
        self.values_group = QGroupBox(QCoreApplication.translate("Import", "Values not recognized"))
        self.values_group.setObjectName("map_values")
        self.values_form = QFormLayout(self.values_group)
        self.values_group.hide()
        self.value_choice: dict[tuple[str, str], QComboBox] = {}
        self.remembered_values: dict[str, dict[str, str]] = {}
        self.remembered_formats: dict[str, str] = {}
        self.changes = QTableView()
        self.changes.setObjectName("import_replacements")
        self.changes_model = QStandardItemModel(self)
        self.changes.setModel(self.changes_model)
        self.changes.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.changes.horizontalHeader().setStretchLastSection(True)
        self.changes.hide()
        content = QWidget()
        box = QVBoxLayout(content)
        box.addLayout(form)
        box.addWidget(self.columns_group)
        box.addWidget(self.check_button)
        box.addWidget(self.summary)
        box.addWidget(self.conventions_group)
        box.addWidget(self.values_group)
        box.addWidget(self.preview, 1)
        box.addWidget(self.changes, 1)
        box.addWidget(self.problems)
        box.addWidget(self.all_or_nothing)
        box.addWidget(self.skip_bad)
        scroll = scrollable(content)  # fits a 600-pixel screen: the content scrolls, the buttons stay
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addWidget(self.buttons)
        fit_to_screen(self, QSize(820, 720))  # on the screen of the window it opens over

    # -- columns ----------------------------------------------------------------------------
    def read_columns(self) -> None:
        """Read the file's header and guess (or recall) which column holds each field."""
        kind = RECORD_KINDS[self.kind.currentData()]
        while self.columns_form.rowCount():
            self.columns_form.removeRow(0)
        self.column_choice.clear()
        self.constant.clear()
        path = Path(self.path.text())
        if not path.is_file():
            return
        try:
            self.header = read_header(path, kind, ref=self.ctx.workspace.ref)
        except DomainError as error:
            self.summary.setText(error.render(QCoreApplication.translate))
            return
        org = self.ctx.organization
        remembered = remembered_mapping(self.ctx.workspace, org.id, kind, layout_key(self.header)) if org else None
        mapping = remembered or Mapping()
        guessed = {**guess_mapping(kind, self.header, mapping, self.ctx.workspace.ref), **mapping.columns}
        for spec in kind.fields:
            choice = QComboBox()
            choice.addItem(QCoreApplication.translate("Import", "— not in the file —"), NOT_IN_FILE)
            for column in self.header:
                if column:
                    choice.addItem(column, column)
            choice.setCurrentIndex(max(choice.findData(guessed.get(spec.name)), 0))
            value = QLineEdit(mapping.constants.get(spec.name, ""))
            value.setPlaceholderText(QCoreApplication.translate("Import", "value for every row"))
            value.setAccessibleName(field_label(spec))
            choice.setAccessibleName(field_label(spec))
            row = QHBoxLayout()
            row.addWidget(choice, 2)
            row.addWidget(value, 1)
            label = QLabel(
                field_label(spec) + ("" if spec.required else " " + QCoreApplication.translate("Import", "(optional)"))
            )
            label.setBuddy(choice)
            self.columns_form.addRow(label, row)
            self.column_choice[spec.name], self.constant[spec.name] = choice, value
        self.numbers.setCurrentIndex(max(self.numbers.findData(mapping.number_format), 0))
        self.dates.setCurrentIndex(max(self.dates.findData(mapping.date_format), 0))
        self.remembered_formats = dict(mapping.number_formats)
        self.remembered_values = {name: dict(table) for name, table in mapping.values.items()}
        self._clear_questions()
        if remembered:
            self.summary.setText(
                QCoreApplication.translate("Import", "This layout was mapped before; check and import.")
            )

    def mapping(self) -> Mapping:
        columns = {
            name: c.currentData() for name, c in self.column_choice.items() if c.currentData() is not NOT_IN_FILE
        }
        constants = {
            name: field.text().strip()
            for name, field in self.constant.items()
            if field.text().strip() and name not in columns
        }
        guessed = guess_mapping(RECORD_KINDS[self.kind.currentData()], self.header, ref=self.ctx.workspace.ref)
        formats = {**self.remembered_formats, **{n: c.currentData() for n, c in self.convention_choice.items()}}
        formats = {name: style for name, style in formats.items() if style}
        values = {name: dict(table) for name, table in self.remembered_values.items()}
        for (name, value), choice in self.value_choice.items():
            if choice.currentData():
                values.setdefault(name, {})[value] = choice.currentData()
        plain = columns == {k: v for k, v in guessed.items() if k in columns} and len(columns) == len(guessed)
        chosen = constants or formats or values or self.numbers.currentData() or self.dates.currentData()
        if plain and not chosen:
            return Mapping()  # nothing beyond what the app guesses by itself
        return Mapping(
            columns=columns,
            constants=constants,
            number_format=self.numbers.currentData(),
            number_formats=formats,
            date_format=self.dates.currentData(),
            values=values,
        )

    def options(self, dry_run: bool = False) -> ImportOptions:
        path = Path(self.path.text())
        skipped = path.with_name(path.name + ".skipped.csv") if self.skip_bad.isChecked() else None
        return ImportOptions(self.mapping(), self.skip_bad.isChecked(), dry_run, skipped)

    # -- the check (a dry run) --------------------------------------------------------------
    def check(self) -> None:
        if self.ctx.tax_code is None or not Path(self.path.text()).is_file():
            return
        tax_code, kind = self.ctx.tax_code, self.kind.currentData()
        options, path = self.options(dry_run=True), Path(self.path.text())
        options.skip_bad_rows = True  # list every bad row, count the rest
        options.skipped_report = None
        self.summary.setText(QCoreApplication.translate("Import", "Checking…"))

        def work(ws: Workspace, progress: Progress) -> ImportReport:
            return import_csv(ws, kind, path, tax_code, options, progress=progress, cancelled=progress.cancelled)

        def failed(error: DomainError) -> None:
            self.summary.setText(error.render(QCoreApplication.translate))
            if isinstance(error, AmbiguousNumbers):
                self.ask_conventions(error)
                return
            self.problems.clear()
            for problem in getattr(error, "problems", []):
                self.problems.addItem(_problem_text(problem))

        title = QCoreApplication.translate("Import", "Checking {file}…").format(file=path.name)
        WorkspaceOp(self, self.ctx, work, title).success(self.show_check).failure(failed).run()

    def show_check(self, report: ImportReport) -> None:
        self.summary.setText(
            QCoreApplication.translate(
                "Import",
                "{rows} rows: {created} new, {replaced} would replace a different stored value, {unchanged} "
                "already there; {bad} bad row(s). Nothing is stored until you press Import.",
            ).format(
                rows=report.rows,
                created=report.created,
                replaced=report.replaced,
                unchanged=report.unchanged,
                bad=report.skipped,
            )
        )
        self.preview_model.clear()
        if report.preview:
            names = list(report.preview[0])
            self.preview_model.setHorizontalHeaderLabels([field_label(n) for n in names])
            for row in report.preview:
                self.preview_model.appendRow([QStandardItem(self._shown(n, row[n])) for n in names])
        self.problems.clear()
        for problem in report.skipped_problems:
            self.problems.addItem(_problem_text(problem))
        for far in report.outliers:
            self.problems.addItem(
                QCoreApplication.translate("Import", "Check {record}, {field}: {message}").format(
                    record=tr_param(far.record), field=field_label(far.column), message=tr(far.message)
                )
            )
        for name, counts in report.mapped_values.items():
            for (value, code), count in counts.most_common():
                self.problems.addItem(
                    QCoreApplication.translate("Import", "{field}: “{value}” read as {label} in {count} row(s)").format(
                        field=field_label(name), value=value, label=self._choice_label(name, code), count=count
                    )
                )
        self.show_replacements(report)
        self.ask_values(report)

    # -- questions a check can raise --------------------------------------------------------
    def _clear_questions(self) -> None:
        for form in (self.conventions_form, self.values_form):
            while form.rowCount():
                form.removeRow(0)
        self.convention_choice.clear()
        self.value_choice.clear()
        self.conventions_group.hide()
        self.values_group.hide()

    def ask_conventions(self, ambiguous: AmbiguousNumbers) -> None:
        """One question per column that reads two ways, with both readings of its first cells; the answer
        is part of the mapping, remembered with the layout."""
        language = self.ctx.language
        for name, column, cells in ambiguous.columns:
            if name in self.convention_choice:
                continue
            readings = []
            for text in cells[:3]:
                vi, en = readings_of(text)
                readings.append(
                    QCoreApplication.translate("Import", "“{text}” = {vi} or {en}").format(
                        text=text, vi=bare_number(vi, language), en=bare_number(en, language)
                    )
                )
            choice = QComboBox()
            choice.setObjectName(f"convention_{name}")
            choice.addItem(QCoreApplication.translate("Import", "— choose —"), None)
            choice.addItem(
                QCoreApplication.translate("Import", "1.234,5 (Vietnamese): {first}").format(
                    first=bare_number(readings_of(cells[0])[0], language)
                ),
                "vi",
            )
            choice.addItem(
                QCoreApplication.translate("Import", "1,234.5 (English): {first}").format(
                    first=bare_number(readings_of(cells[0])[1], language)
                ),
                "en",
            )
            choice.setAccessibleName(column)
            label = QLabel(f"{column}: " + "; ".join(readings))
            label.setWordWrap(True)
            label.setBuddy(choice)
            self.conventions_form.addRow(label, choice)
            self.convention_choice[name] = choice
        self.conventions_group.show()

    def ask_values(self, report: ImportReport) -> None:
        """Values of a list the app does not know (a fuel, a unit, a stream …): map each to an item."""
        kind = RECORD_KINDS[self.kind.currentData()]
        for name, counts in report.unknown_values.items():
            spec = kind.field(name)
            if spec.choices is None:
                continue
            labels = choice_labels(spec, self.ctx.workspace.ref, self.ctx.language)
            for value, count in counts.most_common():
                if (name, value) in self.value_choice:
                    continue
                choice = QComboBox()
                choice.setObjectName(f"value_{name}_{value}")
                choice.addItem(QCoreApplication.translate("Import", "— leave as a bad row —"), None)
                for code, text in labels.items():
                    choice.addItem(text, code)
                choice.setAccessibleName(f"{field_label(name)} “{value}”")
                label = QLabel(
                    QCoreApplication.translate("Import", "{field} “{value}” ({count} row(s)) means:").format(
                        field=field_label(name), value=value, count=count
                    )
                )
                label.setBuddy(choice)
                self.values_form.addRow(label, choice)
                self.value_choice[(name, value)] = choice
        self.values_group.setVisible(bool(self.value_choice))

    def show_replacements(self, report: ImportReport) -> None:
        """Every stored value the import would replace, old → new; a change over ×10 stands out."""
        self.changes_model.clear()
        self.changes_model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Import", "Record"),
                QCoreApplication.translate("Import", "Field"),
                QCoreApplication.translate("Import", "Stored"),
                QCoreApplication.translate("Import", "In the file"),
            ]
        )
        for change in report.replacements:
            cells = [
                QStandardItem(tr_param(change.record)),
                QStandardItem(field_label(change.field)),
                QStandardItem(tr_param(change.old_shown)),
                QStandardItem(tr_param(change.new_shown)),
            ]
            if change.flagged:
                for cell in cells:
                    cell.setBackground(QBrush(QColor("#fde7c8")))
                    cell.setToolTip(QCoreApplication.translate("Import", "More than ×10: check the file"))
            self.changes_model.appendRow(cells)
        self.changes.setVisible(bool(report.replacements))

    def _shown(self, name: str, value: Any) -> str:
        """A value as it will be stored, written the user's way: figures in their convention, codes by name."""
        if value is None:
            return ""
        if isinstance(value, int | float) and not isinstance(value, bool):
            return format_stored(value, self.ctx.language)
        spec = next((f for f in RECORD_KINDS[self.kind.currentData()].fields if f.name == name), None)
        if spec is not None and spec.choices is not None:
            return self._choice_label(name, str(value))
        return str(value)

    def _choice_label(self, name: str, code: str) -> str:
        spec = RECORD_KINDS[self.kind.currentData()].field(name)
        return choice_labels(spec, self.ctx.workspace.ref, self.ctx.language).get(code, code)

    def _browse(self) -> None:
        path = ask_open_path(
            self, self.windowTitle(), QCoreApplication.translate("Import", "Spreadsheets (*.csv *.txt *.xlsx)")
        )
        if path:
            self.path.setText(str(path))
            self.read_columns()


def tr_param(value: Any) -> str:
    """A message parameter (a label, a figure, a key) in the user's language."""
    render = getattr(value, "render", None)
    return render(QCoreApplication.translate) if callable(render) else "" if value is None else str(value)


def _problem_text(problem: Any) -> str:
    return QCoreApplication.translate("Import", "Line {line}, {column}: {message}").format(
        line=problem.line, column=problem.column, message=problem.message.render(QCoreApplication.translate)
    )


def start_import(parent: QWidget, ctx: AppContext, kind: str, path: Path, options: ImportOptions | None = None) -> None:
    """Import in the background with its own connection; report the outcome when it ends."""
    tax_code = ctx.tax_code
    if tax_code is None:
        return

    def work(ws: Workspace, progress: Progress) -> ImportReport:
        return import_csv(ws, kind, path, tax_code, options, progress=progress, cancelled=progress.cancelled)

    def done(report: ImportReport) -> None:
        _tell(
            parent,
            QCoreApplication.translate("Import", "Import finished"),
            QCoreApplication.translate(
                "Import",
                "{file}: {rows} rows — {created} new, {replaced} replaced, "
                "{unchanged} unchanged; {warnings} warning(s).",
            ).format(
                file=report.file_name,
                rows=report.rows,
                created=report.created,
                replaced=report.replaced,
                unchanged=report.unchanged,
                warnings=report.warning_count,
            )
            + (
                " "
                + QCoreApplication.translate("Import", "{count} bad row(s) skipped, listed in {file}.").format(
                    count=report.skipped, file=options.skipped_report if options else ""
                )
                if report.skipped
                else ""
            ),
        )

    def failed(error: DomainError) -> None:
        if isinstance(error, ImportRejected):
            show_rejected(parent, error)
            return
        title = (
            QCoreApplication.translate("Import", "Import cancelled")
            if isinstance(error, ImportCancelled)
            else QCoreApplication.translate("Import", "Nothing was imported")
        )
        _tell(parent, title, error.render(QCoreApplication.translate))

    title = QCoreApplication.translate("Import", "Importing {file}…").format(file=path.name)
    WorkspaceOp(parent, ctx, work, title).success(done).failure(failed).changes(kind).run()


def _tell(parent: QWidget, title: str, text: str) -> None:
    """A message that does not block: the work is done, the user reads it when they like."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent)
    box.setObjectName("import_message")
    box.open()


def show_rejected(parent: QWidget, rejected: ImportRejected) -> None:
    dialog = QDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Import", "Nothing was imported"))
    rows = QListWidget()
    rows.setObjectName("bad_rows")
    rows.addItem(rejected.render(QCoreApplication.translate))
    for problem in rejected.problems:
        rows.addItem(
            QCoreApplication.translate("Import", "Line {line}, {column}: {message}").format(
                line=problem.line, column=problem.column, message=problem.message.render(QCoreApplication.translate)
            )
        )
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    box = QVBoxLayout(dialog)
    box.addWidget(rows)
    box.addWidget(buttons)
    dialog.resize(720, 420)
    dialog.open()
