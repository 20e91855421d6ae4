"""The Sync page: the outbox with each report's state, receipt and server messages; sign-in; send now."""

from __future__ import annotations

import contextlib
import platform
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

from scp_desktop.domain.messages import DomainError, Msg
from scp_desktop.presenters.sync import (
    CANNOT_REACH,
    COLUMNS,
    HEADERS,
    SENDING,
    SESSION_ONLY,
    SIGN_IN_AGAIN,
    SIGNING_IN,
    OutboxRow,
    SignIn,
    SyncPresenter,
    request_token,
)
from scp_desktop.presenters.sync import describe as result_parts
from scp_desktop.services.credentials import token_store
from scp_desktop.services.sync import SyncResult, server_address
from scp_desktop.ui.background import run_in_background
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.labels import tr
from scp_desktop.ui.pages.base import Page, heading_label
from scp_desktop.ui.sync_runner import SyncRunner


def said(parts: tuple[Msg, ...]) -> str:
    return " ".join(tr(part) for part in parts)


def describe(result: SyncResult) -> str:
    """How a sync went, for the page and the status bar."""
    return said(result_parts(result))


class OutboxModel(QAbstractTableModel):
    """The presenter's outbox rows; each cell's text is the row's."""

    COLUMNS = COLUMNS

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[OutboxRow] = []

    def load(self, rows: list[OutboxRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return tr(HEADERS[section])

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text(column, QCoreApplication.translate)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.tooltip(column, QCoreApplication.translate)
        return None


class SignInDialog(QDialog):
    """Server address, username and password; the password goes to the server only, never to disk."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.presenter = SyncPresenter(ctx.workspace, token_store())
        self.setWindowTitle(QCoreApplication.translate("SyncPage", "Sign in to the ministry server"))
        self.server, self.username, self.password = QLineEdit(), QLineEdit(), QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        server, username = self.presenter.sign_in_defaults()
        self.server.setText(server)
        self.username.setText(username)
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
        try:
            server = server_address(self.server.text())
        except DomainError as error:  # nothing was sent: the password stays for the corrected address
            self._say(tr(error.message))
            self.server.setFocus()
            return
        username, password = self.username.text().strip(), self.password.text()
        self.password.clear()  # never kept, not even in the widget
        self._say(tr(SIGNING_IN))

        def work(_progress: Any, _cancelled: Any) -> SignIn:
            return request_token(server, username, password, platform.node())

        def done(answer: SignIn) -> None:
            self.secure = self.presenter.keep(answer)
            self.accept()

        def failed(error: BaseException, _details: str) -> None:
            if isinstance(error, DomainError):
                self._say(tr(error.message))
            else:  # TLS and address problems, shown at the dialog
                self._say(tr(CANNOT_REACH(server=server, reason=type(error).__name__)))
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
        self.said: tuple[Msg, ...] = ()  # what the message line says, written again when the language changes
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
        self.table.horizontalHeader().setSectionResizeMode(
            COLUMNS.index("server_message"), QHeaderView.ResizeMode.Stretch
        )
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
        self.runner.auth_required.connect(lambda: self._say(SIGN_IN_AGAIN))
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Send to the ministry")

    def retranslate(self) -> None:
        self.message.setText(said(self.said))
        self.heading.setText(self.title())
        self.send_button.setText(QCoreApplication.translate("SyncPage", "Send &now"))
        self.sign_in_button.setText(QCoreApplication.translate("SyncPage", "&Sign in…"))
        self.sign_out_button.setText(QCoreApplication.translate("SyncPage", "Sign &out"))
        self.table.setAccessibleName(QCoreApplication.translate("SyncPage", "Outbox"))
        self.refresh()

    def presenter(self) -> SyncPresenter:
        return SyncPresenter(self.ctx.workspace, token_store())  # the workspace open now

    def refresh(self) -> None:
        sync = self.presenter()
        account = sync.account(self.runner.running, self.ctx.language)
        self.account.setText(tr(account.line))
        self.last_sync.setText(tr(account.last_sync))
        self.sign_out_button.setEnabled(account.can_sign_out)
        self.send_button.setEnabled(account.can_send)
        self.model.load(sync.outbox())

    def on_data_changed(self, kind: str) -> None:
        if kind in ("", "reports"):
            self.refresh()

    def sign_in(self) -> None:
        dialog = SignInDialog(self.ctx, self)
        if dialog.exec():
            if dialog.secure:
                self._say()
            else:
                self._say(SESSION_ONLY)
            self.runner.signed_in()
            self.refresh()

    def sign_out(self) -> None:
        """The token is gone from this computer at once; the server is told to revoke it off the UI
        thread (it may be slow or unreachable: a failure there changes nothing here)."""
        client = self.presenter().sign_out()
        self.refresh()
        if client is not None:

            def revoke(_progress: object, _cancelled: object) -> None:
                with contextlib.suppress(Exception):
                    client.revoke()

            run_in_background(self, "", revoke, lambda _: None, lambda _error, _details: None, quiet=True)

    def _started(self) -> None:
        self.send_button.setEnabled(False)
        self._say(SENDING)

    def _finished(self, result: SyncResult) -> None:
        self._say(*result_parts(result))
        self.refresh()

    def _say(self, *parts: Msg) -> None:
        """The page's message line, written again in the new language when the language changes."""
        self.said = parts
        self.message.setText(said(parts))
