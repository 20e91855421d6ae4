"""Sync in the background: when the app starts, every few minutes, as soon as the server answers
again after a failure, and when the user presses "send now". Never blocks the UI; one run at a time."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QTimer, Signal

from scp_desktop.ui.background import run_in_background
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.errors import log

if TYPE_CHECKING:  # the HTTP client (requests) and the keyring load with the first sync, not at start
    from scp_desktop.services.sync import SyncResult

INTERVAL_MS = 5 * 60 * 1000
PROBE_MS = 30 * 1000


class SyncRunner(QObject):
    started = Signal()
    finished = Signal(object)  # SyncResult
    auth_required = Signal()

    def __init__(self, ctx: AppContext, parent: QObject | None = None, first_run_ms: int = 1500) -> None:
        super().__init__(parent)  # parented to the window: its timers die with it
        self.ctx = ctx
        self.running = False
        self.paused = False  # after a 401, until the user signs in again
        self.last_result: SyncResult | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(lambda: self.run())
        self.timer.start()
        self.first = QTimer(self)  # send what waited while the app was closed
        self.first.setSingleShot(True)
        self.first.timeout.connect(lambda: self.run(send_everything=True))  # an immediate retry at start
        self.first.start(first_run_ms)
        self._watch_server()

    def _watch_server(self) -> None:
        """After a failed sync, knock on the server every 30 s and sync as soon as it answers:
        the network came back. (Qt's QNetworkInformation would need QtNetwork in the bundle.)"""
        self.probe = QTimer(self)
        self.probe.setInterval(PROBE_MS)
        self.probe.timeout.connect(self._probe)
        self.finished.connect(
            lambda result: self.probe.start() if result.error and not result.auth_required else self.probe.stop()
        )

    def _probe(self) -> None:
        server, _ = self.account()
        if self.running or not server:
            return
        address = urlsplit(server)
        host, port = address.hostname or "", address.port or (443 if address.scheme == "https" else 80)

        def knock(_progress: Any, _cancelled: Any) -> bool:
            with socket.create_connection((host, port), timeout=2):
                return True

        back = lambda _ok: self.run(send_everything=True)  # noqa: E731 - the network is back: retry now
        run_in_background(None, "", knock, back, lambda _error, _details: None, quiet=True)  # type: ignore[arg-type]

    def account(self) -> tuple[str | None, str | None]:
        from scp_desktop.services.sync import meta

        return meta(self.ctx.workspace, "server_url"), meta(self.ctx.workspace, "username")

    def run(self, send_everything: bool = False) -> bool:
        """Start a sync unless one runs, the queue is paused or nobody signed in; True if started."""
        server, username = self.account()
        if self.running or self.paused or not server or not username:
            return False
        from scp_desktop.services.credentials import token_store
        from scp_desktop.services.sync import ServerClient, sync_once
        from scp_desktop.services.workspace import Workspace

        token = token_store().load(server, username)
        if token is None:
            self.paused = True
            self.auth_required.emit()
            return False
        path = self.ctx.workspace.path
        self.running = True
        self.started.emit()

        def work(progress: Any, cancelled: Any) -> SyncResult:
            with Workspace.open(path) as ws:
                return sync_once(ws, ServerClient(server, token), send_everything, progress, cancelled)

        run_in_background(None, "", work, self._done, self._failed, quiet=True)  # type: ignore[arg-type]
        return True

    def _done(self, result: SyncResult) -> None:
        self.running = False
        self.last_result = result
        if result.auth_required:
            self.paused = True
            self.auth_required.emit()
        self.ctx.data_changed.emit("reports")
        self.finished.emit(result)

    def _failed(self, error: BaseException, details: str) -> None:
        self.running = False
        log.error("background sync failed\n%s", details)  # the log redacts tokens
        self.finished.emit(SyncResult(error=type(error).__name__))

    def stop(self) -> None:
        """No more scheduled runs (the window is closing)."""
        self.timer.stop()
        self.first.stop()
        self.probe.stop()

    def signed_in(self) -> None:
        self.paused = False
        self.run(send_everything=True)
