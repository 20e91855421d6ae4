"""The one way to run long work off the UI thread, with progress, cancel and errors shown.

    run_in_background(parent, title, work, on_done)
`work(progress, cancelled)` runs on a pool thread and must open its own workspace
connection (SQLite connections belong to the thread that made them).
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[float], None], Callable[[], bool]], Any]


class _Signals(QObject):
    progress = Signal(float)
    finished = Signal(object)
    failed = Signal(object, str)


_RUNNING: set[_Job] = set()  # Python must keep a job (and its signals) alive until it reports back


class _Job(QRunnable):
    def __init__(self, work: Work) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work = work
        self.signals = _Signals()
        self.cancel_event = threading.Event()

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, self.cancel_event.is_set)
        except BaseException as error:  # delivered to the UI thread, which decides how to show it
            self._report(self.signals.failed, error, traceback.format_exc())
        else:
            self._report(self.signals.finished, result)

    @staticmethod
    def _report(signal: Any, *values: object) -> None:
        with contextlib.suppress(RuntimeError):  # the application quit while the work ran: nobody to tell
            signal.emit(*values)


def run_in_background(
    parent: QWidget,
    title: str,
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException, str], None],
    quiet: bool = False,
) -> _Job:
    """`quiet` work (the periodic sync) shows no progress dialog; the rest shows one after 300 ms."""
    job = _Job(work)
    dialog: QProgressDialog | None = None
    if not quiet:
        dialog = QProgressDialog(title, QCoreApplication.translate("Background", "Cancel"), 0, 1000, parent)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        job.signals.progress.connect(lambda fraction: dialog.setValue(int(fraction * 1000)))
        dialog.canceled.connect(job.cancel_event.set)

    def finished(result: Any) -> None:
        _RUNNING.discard(job)
        if dialog is not None:
            dialog.close()
        on_done(result)

    def failed(error: BaseException, details: str) -> None:
        _RUNNING.discard(job)
        if dialog is not None:
            dialog.close()
        on_error(error, details)

    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)
    return job
