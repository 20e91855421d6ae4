"""The Sync page: the outbox with each report's state, receipt and server messages; sign-in; send now."""

from __future__ import annotations

import contextlib
import platform
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.numbers import format_moment
from scp_desktop.domain.reports import STATE_LABELS, ReportState
from scp_desktop.services.credentials import token_store
from scp_desktop.services.server_messages import explain
from scp_desktop.services.sync import ServerClient, SyncResult, meta, set_meta
from scp_desktop.ui.background import run_in_background
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.labels import KIND_TITLES, tr
from scp_desktop.ui.pages.base import Page, heading_label
from scp_desktop.ui.sync_runner import SyncRunner


class OutboxModel(QAbstractTableModel):
    """Every report of the workspace (a few per organization and month: small enough to hold)."""

    COLUMNS = ("kind", "period", "scope", "state", "receipt", "server_message", "submission_id")

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[dict[str, Any]] = []

    def load(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self.rows = list(reversed(rows))  # newest first
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            QCoreApplication.translate("SyncPage", "Report"),
            QCoreApplication.translate("SyncPage", "Period"),
            QCoreApplication.translate("SyncPage", "Organization / facility"),
            QCoreApplication.translate("SyncPage", "State"),
            QCoreApplication.translate("SyncPage", "Receipt"),
            QCoreApplication.translate("SyncPage", "Message from the server"),
            QCoreApplication.translate("SyncPage", "Submission"),
        )[section]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if column == "kind":
            return tr(KIND_TITLES[row["kind"]]) if row["kind"] in KIND_TITLES else row["kind"]
        if column == "scope":
            return f"{row['tax_code']}/{row['facility']}" if row["facility"] else row["tax_code"]
        if column == "state":
            text = tr(STATE_LABELS[ReportState(row["state"])])
            return text + (QCoreApplication.translate("SyncPage", " (corrected)") if row["superseded_by"] else "")
        if column == "submission_id":
            return row["submission_id"] if role == Qt.ItemDataRole.ToolTipRole else row["submission_id"][:8]
        if column == "server_message":
            note = explain(row.get("server_message"))
            return tr(note) if note else ""
        return row.get(column) or ""


class SignInDialog(QDialog):
    """Server address, username and password; the password goes to the server only, never to disk."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(QCoreApplication.translate("SyncPage", "Sign in to the ministry server"))
        self.server, self.username, self.password = QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.server.setText(meta(ctx.workspace, "server_url") or "https://")
        self.username.setText(meta(ctx.workspace, "username") or "")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        form = QFormLayout()
        for text, field in (
            (QCoreApplication.translate("SyncPage", "&Server:"), self.server),
            (QCoreApplication.translate("SyncPage", "&User name:"), self.username),
            (QCoreApplication.translate("SyncPage", "&Password:"), self.password),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.sign_in)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addStretch(1)
        box.addWidget(buttons)
        (self.password if self.username.text() else self.username).setFocus()
        self.secure = True
        # Wide enough for its title and a server address; it grows, never squashes, to show a message.
        self.setMinimumWidth(max(460, self.fontMetrics().horizontalAdvance(self.windowTitle()) + 120))
        self.server.setMinimumWidth(280)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.adjustSize()

    def sign_in(self) -> None:
        """Ask the server off the UI thread (an unreachable address must not freeze the window)."""
        server = self.server.text().strip().rstrip("/")
        username, password = self.username.text().strip(), self.password.text()
        self.password.clear()  # never kept, not even in the widget
        self._say(QCoreApplication.translate("SyncPage", "Signing in…"))

        def work(_progress: Any, _cancelled: Any) -> dict[str, Any]:
            return ServerClient(server).sign_in(username, password, platform.node())

        def done(answer: dict[str, Any]) -> None:
            self.secure = token_store().save(server, username, answer["token"])
            set_meta(self.ctx.workspace, "server_url", server)
            set_meta(self.ctx.workspace, "username", username)
            self.accept()

        def failed(error: BaseException, _details: str) -> None:
            if isinstance(error, DomainError):
                self._say(error.render(QCoreApplication.translate))
            else:  # TLS and address problems, shown at the dialog
                self._say(
                    QCoreApplication.translate("SyncPage", "Cannot reach {server}: {reason}").format(
                        server=server, reason=type(error).__name__
                    )
                )
            self.password.setFocus()

        run_in_background(self, "", work, done, failed, quiet=True)


class SyncPage(Page):
    page_id = "sync"

    def __init__(self, ctx: AppContext, runner: SyncRunner | None = None) -> None:
        super().__init__(ctx)
        self.runner = runner or SyncRunner(ctx)
        self.heading = heading_label()
        self.account = QLabel()
        self.account.setWordWrap(True)
        self.last_sync = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.said: Callable[[], str] = str  # what the message line says, as a function of the language
        self.sign_in_button, self.sign_out_button, self.send_button = QPushButton(), QPushButton(), QPushButton()
        self.send_button.setObjectName("send_now")
        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.send_button.clicked.connect(lambda: self.runner.run(send_everything=True))
        self.model = OutboxModel()
        self.table = QTableView()
        self.table.setObjectName("outbox")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        buttons = QHBoxLayout()
        for button in (self.send_button, self.sign_in_button, self.sign_out_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addWidget(self.account)
        box.addWidget(self.last_sync)
        box.addLayout(buttons)
        box.addWidget(self.message)
        box.addWidget(self.table, 1)
        self.runner.started.connect(self._started)
        self.runner.finished.connect(self._finished)
        self.runner.auth_required.connect(self._auth_required)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Send to the ministry")

    def retranslate(self) -> None:
        self.message.setText(self.said())
        self.heading.setText(self.title())
        self.send_button.setText(QCoreApplication.translate("SyncPage", "Send &now"))
        self.sign_in_button.setText(QCoreApplication.translate("SyncPage", "&Sign in…"))
        self.sign_out_button.setText(QCoreApplication.translate("SyncPage", "Sign &out"))
        self.table.setAccessibleName(QCoreApplication.translate("SyncPage", "Outbox"))
        self.refresh()

    def refresh(self) -> None:
        server, username = self.runner.account()
        signed_in = bool(server and username and token_store().load(server, username))
        if signed_in:
            self.account.setText(
                QCoreApplication.translate("SyncPage", "Server {server}, signed in as {user}.").format(
                    server=server, user=username
                )
            )
        else:
            self.account.setText(
                QCoreApplication.translate(
                    "SyncPage", "Not signed in: finalized reports wait here until you sign in and send them."
                )
            )
        self.sign_out_button.setEnabled(signed_in)
        self.send_button.setEnabled(signed_in and not self.runner.running)
        last = meta(self.ctx.workspace, "last_sync_at")
        self.last_sync.setText(
            QCoreApplication.translate("SyncPage", "Last successful sync: {when}").format(
                when=format_moment(last, self.ctx.language) if last else QCoreApplication.translate("SyncPage", "never")
            )
        )
        self.model.load(self.ctx.workspace.reports.all())

    def on_data_changed(self, kind: str) -> None:
        if kind in ("", "reports"):
            self.refresh()

    def sign_in(self) -> None:
        dialog = SignInDialog(self.ctx, self)
        if dialog.exec():
            secure = dialog.secure
            self._say(
                lambda: (
                    ""
                    if secure
                    else QCoreApplication.translate(
                        "SyncPage",
                        "This computer has no secure password store, so the sign-in lasts until you close the app.",
                    )
                )
            )
            self.runner.signed_in()
            self.refresh()

    def sign_out(self) -> None:
        """Forget the token here at once; tell the server to revoke it off the UI thread (it may be slow
        or unreachable: the token is gone from this computer either way)."""
        server, username = self.runner.account()
        if not (server and username):
            return
        token = token_store().load(server, username)
        token_store().delete(server, username)
        self.refresh()
        if token:

            def revoke(_progress: object, _cancelled: object) -> None:
                with contextlib.suppress(Exception):
                    ServerClient(server, token).revoke()

            run_in_background(self, "", revoke, lambda _: None, lambda _error, _details: None, quiet=True)

    def _started(self) -> None:
        self.send_button.setEnabled(False)
        self._say(lambda: QCoreApplication.translate("SyncPage", "Sending…"))

    def _finished(self, result: SyncResult) -> None:
        self._say(lambda: describe(result))
        self.refresh()

    def _auth_required(self) -> None:
        self._say(
            lambda: QCoreApplication.translate(
                "SyncPage", "The server asks you to sign in again; reports wait until you do."
            )
        )

    def _say(self, text: Callable[[], str]) -> None:
        """The page's message line, written again in the new language when the language changes."""
        self.said = text
        self.message.setText(text())


def describe(result: SyncResult) -> str:
    """One line for the page and the status bar."""
    if result.auth_required:
        return QCoreApplication.translate("SyncPage", "Sign in again to send ({waiting} waiting).").format(
            waiting=result.waiting
        )
    if result.busy:
        return QCoreApplication.translate("SyncPage", "Another window is sending this workspace.")
    text = QCoreApplication.translate("SyncPage", "Sent {sent}, refused {failed}, waiting {waiting}.").format(
        sent=result.sent, failed=result.failed, waiting=result.waiting
    )
    if result.error:
        text += " " + QCoreApplication.translate(
            "SyncPage", "Offline or server busy ({error}); retrying later."
        ).format(error=result.error)
    return text
