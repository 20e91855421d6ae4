"""Importing a CSV file from the desktop: chosen in a dialog, run off the UI thread, all or nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scp_desktop.domain.records import RECORD_KINDS
from scp_desktop.services.importer import ImportCancelled, ImportRejected, ImportReport, import_csv
from scp_desktop.services.workspace import Workspace
from scp_desktop.ui.background import run_in_background
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.errors import show_unexpected
from scp_desktop.ui.labels import KIND_TITLES, tr


class ImportDialog(QDialog):
    """Which kind of records, from which file, for the current organization."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Import", "Import a CSV file"))
        self.kind = QComboBox()
        for code in RECORD_KINDS:
            self.kind.addItem(tr(KIND_TITLES[code]), code)
        self.path = QLineEdit()
        self.path.setAccessibleName(QCoreApplication.translate("Import", "File"))
        browse = QPushButton(QCoreApplication.translate("Import", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("Import", "&Records:"), self.kind)
        form.addRow(QCoreApplication.translate("Import", "&File:"), row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(buttons)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.windowTitle(), str(Path.home()), QCoreApplication.translate("Import", "CSV files (*.csv *.txt)")
        )
        if path:
            self.path.setText(path)


def start_import(parent: QWidget, ctx: AppContext, kind: str, path: Path) -> None:
    """Import in the background with its own connection; report the outcome when it ends."""
    workspace_path, tax_code = ctx.workspace.path, ctx.tax_code
    if tax_code is None:
        return

    def work(progress: Any, cancelled: Any) -> ImportReport:
        with Workspace.open(workspace_path) as ws:
            return import_csv(ws, kind, path, tax_code, progress=progress, cancelled=cancelled)

    def done(report: ImportReport) -> None:
        ctx.data_changed.emit(kind)
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
            ),
        )

    def failed(error: BaseException, details: str) -> None:
        if isinstance(error, ImportCancelled):
            _tell(
                parent,
                QCoreApplication.translate("Import", "Import cancelled"),
                error.render(QCoreApplication.translate),
            )
        elif isinstance(error, ImportRejected):
            show_rejected(parent, error)
        else:
            show_unexpected(parent, details)

    run_in_background(
        parent, QCoreApplication.translate("Import", "Importing {file}…").format(file=path.name), work, done, failed
    )


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
