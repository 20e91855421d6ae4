"""Unexpected exceptions: a rotating log file (never a secret) and a dialog with "copy details"."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path
from types import TracebackType

from platformdirs import user_log_path
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from scp_desktop.paths import APP_AUTHOR, APP_NAME
from scp_desktop.redaction import redact

log = logging.getLogger("scp_desktop")


class RedactSecrets(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = None
        return True


def setup_logging(folder: Path | None = None) -> Path:
    folder = folder or user_log_path(APP_NAME, APP_AUTHOR)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "scp-desktop.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactSecrets())
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def show_unexpected(parent: QWidget | None, details: str) -> None:
    """Log the traceback and tell the user; what they typed stays in its fields."""
    details = redact(details)
    log.error("unexpected error\n%s", details)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "Something went wrong. What you typed has been kept; please try again. "
            "If it happens again, send the details to support.",
        )
    )
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def install_excepthook() -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, tb))
        if QApplication.instance() is None:
            sys.__excepthook__(kind, error, tb)
            return
        show_unexpected(QApplication.activeWindow(), details)

    sys.excepthook = hook
