"""One record's history from the audit log: when, who, from where, what changed (old → new)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from scp_desktop.domain.numbers import format_stored
from scp_desktop.domain.records import FieldType, RecordKind
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.labels import choice_labels, field_label

SOURCES = {
    "gui": lambda: QCoreApplication.translate("RecordHistory", "desktop app"),
    "cli": lambda: QCoreApplication.translate("RecordHistory", "command line"),
    "import": lambda: QCoreApplication.translate("RecordHistory", "file import"),
    "sync": lambda: QCoreApplication.translate("RecordHistory", "ministry server"),
    "archive": lambda: QCoreApplication.translate("RecordHistory", "archive import"),
    "demo": lambda: QCoreApplication.translate("RecordHistory", "demo data"),
}


def local_time(stamp: str) -> str:
    """A stored UTC time in the computer's time zone, as dd/mm/yyyy HH:MM."""
    moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


class RecordHistoryDialog(QDialog):
    def __init__(
        self, parent: QWidget, kind: RecordKind, record: dict[str, str], entries: list[dict[str, Any]], ctx: AppContext
    ) -> None:
        super().__init__(parent)
        self.setObjectName("record_history_dialog")
        self.kind, self.ctx = kind, ctx
        key = " · ".join(record.get(name, "") for name in kind.key)
        self.setWindowTitle(QCoreApplication.translate("RecordHistory", "History of {record}").format(record=key))
        self.model = QStandardItemModel(self)
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("RecordHistory", "When"),
                QCoreApplication.translate("RecordHistory", "Who"),
                QCoreApplication.translate("RecordHistory", "From"),
                QCoreApplication.translate("RecordHistory", "Change"),
            ]
        )
        for entry in entries:
            source = SOURCES.get(entry["source"], lambda e=entry: e["source"])()
            self.model.appendRow(
                [
                    QStandardItem(text)
                    for text in (local_time(entry["at"]), entry["os_user"], source, self.change(entry))
                ]
            )
        table = QTableView()
        table.setObjectName("history_table")
        table.setModel(self.model)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        note = QLabel(
            QCoreApplication.translate(
                "RecordHistory", "Rows created by a file import are recorded once, as the import of that file."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(table, 1)
        box.addWidget(note)
        box.addWidget(buttons)
        self.resize(760, 380)

    def change(self, entry: dict[str, Any]) -> str:
        action = entry["action"]
        if action == "import":
            return QCoreApplication.translate("RecordHistory", "imported from {file}").format(file=entry["file_name"])
        if action == "insert":
            return QCoreApplication.translate("RecordHistory", "created")
        if action == "delete":
            return QCoreApplication.translate("RecordHistory", "deleted")
        name = entry["field"] or ""
        return QCoreApplication.translate("RecordHistory", "{field}: {old} → {new}").format(
            field=field_label(name), old=self.shown(name, entry["old_value"]), new=self.shown(name, entry["new_value"])
        )

    def shown(self, name: str, value: Any) -> str:
        """A stored value the user's way: numbers in their convention, codes by their names."""
        if value is None:
            return "—"
        spec = next((f for f in self.kind.fields if f.name == name), None)
        if spec is not None and spec.type in (FieldType.DECIMAL, FieldType.WHOLE) and isinstance(value, int | float):
            return format_stored(value, self.ctx.language)
        if spec is not None and spec.choices is not None:
            return choice_labels(spec, self.ctx.workspace.ref, self.ctx.language).get(str(value), str(value))
        return str(value)
