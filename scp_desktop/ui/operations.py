"""Long work on the workspace, off the UI thread, the one way every page does it (after Anki's
`CollectionOp`):

    WorkspaceOp(page, ctx, lambda ws, progress: export(ws, target, progress), title)
        .success(lambda count: …)
        .failure(lambda error: …)      # a DomainError: show it at its field
        .changes("energy")             # what the pages refresh when it is done
        .run()

It opens the worker's own connection to the workspace file (a SQLite connection belongs to the
thread that made it), shows real progress with Cancel once the work takes longer than 300 ms, turns
a DomainError into the caller's message (or a message box), anything else into the error dialog with
the log, and tells the pages which kinds of data changed.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from scp_desktop.domain.messages import DomainError
from scp_desktop.ui.background import run_in_background
from scp_desktop.ui.errors import show_unexpected

if TYPE_CHECKING:  # the main window imports this before the workspace code is loaded
    from scp_desktop.services.workspace import Workspace
    from scp_desktop.ui.context import AppContext

T = TypeVar("T")


class Cancelled(Exception):
    """Raised by work that saw the user press Cancel; nothing is reported."""


class Progress:
    """Given to the work: `progress(0.4)` moves the bar; `progress.cancelled()` says whether Cancel was
    pressed, `progress.check()` stops the work there if it was."""

    def __init__(self, report: Callable[[float], None], cancelled: Callable[[], bool]) -> None:
        self._report, self.cancelled = report, cancelled

    def __call__(self, fraction: float) -> None:
        self._report(max(0.0, min(1.0, fraction)))

    def check(self) -> None:
        if self.cancelled():
            raise Cancelled


class WorkspaceOp(Generic[T]):
    def __init__(
        self,
        parent: QWidget,
        ctx: AppContext,
        work: Callable[[Workspace, Progress], T],
        title: str = "",
        quiet: bool = False,
    ) -> None:
        self.parent, self.ctx, self.work, self.title, self.quiet = parent, ctx, work, title, quiet
        self._success: Callable[[T], None] = lambda _result: None
        self._failure: Callable[[DomainError], None] | None = None
        self._changes: tuple[str, ...] = ()

    def success(self, callback: Callable[[T], None]) -> WorkspaceOp[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[DomainError], None]) -> WorkspaceOp[T]:
        self._failure = callback
        return self

    def changes(self, *kinds: str) -> WorkspaceOp[T]:
        """The kinds of data the work changes ("" for everything): pages showing them refresh."""
        self._changes = kinds
        return self

    def run(self) -> None:
        from scp_desktop.services.workspace import Workspace

        path: Path = self.ctx.workspace.path

        def work(report: Callable[[float], None], cancelled: Callable[[], bool]) -> Any:
            progress = Progress(report, cancelled)
            try:
                with Workspace.open(path) as ws:
                    return self.work(ws, progress)
            except Cancelled:
                return Cancelled

        run_in_background(self.parent, self.title, work, self._done, self._failed, quiet=self.quiet)

    def _done(self, result: Any) -> None:
        if result is Cancelled:
            return
        for kind in self._changes:
            self.ctx.data_changed.emit(kind)
        self._success(result)

    def _failed(self, error: BaseException, details: str) -> None:
        if isinstance(error, DomainError):
            if self._failure is not None:
                self._failure(error)
            else:
                QMessageBox.warning(self.parent, "SCP Desktop", error.render(QCoreApplication.translate))
            return
        show_unexpected(self.parent, details)
