"""Asking for a file or folder: every dialog opens in the last folder the user chose a file in (at
first the Documents folder), and remembers the next one. The platform's own dialog is used where
it has one; elsewhere Qt's, in the user's language (i18n/qtbase_vi.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from scp_desktop.ui.settings import Setting, Settings

LAST_FOLDER = Setting("files/last_folder", "")
_remembered: list[Settings] = []  # the main window's settings; empty in a bare dialog or test


def remember_in(settings: Settings) -> None:
    """Keep the last folder in these settings (the main window's)."""
    _remembered[:] = [settings]


def last_folder() -> Path:
    chosen = _remembered[0].get(LAST_FOLDER) if _remembered else ""
    if chosen and Path(chosen).is_dir():
        return Path(chosen)
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def _chosen(path: str) -> Path | None:
    if not path:
        return None
    if _remembered:
        folder = Path(path) if Path(path).is_dir() else Path(path).parent
        _remembered[0].set(LAST_FOLDER, str(folder))
    return Path(path)


def ask_save_path(parent: QWidget, title: str, file_name: str, filters: str, folder: Path | None = None) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, str((folder or last_folder()) / file_name), filters)
    return _chosen(path)


def ask_open_path(parent: QWidget, title: str, filters: str, folder: Path | None = None) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, title, str(folder or last_folder()), filters)
    return _chosen(path)


def ask_open_paths(parent: QWidget, title: str, filters: str) -> list[Path]:
    paths, _ = QFileDialog.getOpenFileNames(parent, title, str(last_folder()), filters)
    for path in paths[:1]:
        _chosen(path)
    return [Path(p) for p in paths]


def ask_folder(parent: QWidget, title: str, folder: Path | None = None) -> Path | None:
    return _chosen(QFileDialog.getExistingDirectory(parent, title, str(folder or last_folder())))


# -- what was written ------------------------------------------------------------------------
def open_with_system(path: Path) -> bool:
    """Open a file in the program the system uses for it (a PDF viewer, a spreadsheet)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_with_system(path: Path) -> bool:
    """Print a file on the default printer the system's way; where it has none from here, open it in
    its viewer, whose Print command is one click away."""
    if sys.platform == "win32":
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
        return True
    lp = shutil.which("lp")
    if lp:
        return subprocess.run([lp, str(path)], capture_output=True, timeout=30, check=False).returncode == 0
    return open_with_system(path)


def offer_to_open(parent: QWidget, path: Path) -> QMessageBox:
    """After a report is written: open it, print it, or show its folder (the box does not block)."""
    box = QMessageBox(parent)
    box.setObjectName("offer_to_open")
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("Files", "Report saved"))
    box.setText(QCoreApplication.translate("Files", "Saved as {file}.").format(file=path.name))
    box.setInformativeText(str(path.parent))
    open_button = box.addButton(QCoreApplication.translate("Files", "&Open"), QMessageBox.ButtonRole.AcceptRole)
    print_button = box.addButton(QCoreApplication.translate("Files", "&Print"), QMessageBox.ButtonRole.ActionRole)
    folder_button = box.addButton(
        QCoreApplication.translate("Files", "Show &folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    open_button.setObjectName("open_file")
    print_button.setObjectName("print_file")
    folder_button.setObjectName("show_folder")
    open_button.clicked.connect(lambda: open_with_system(path))
    print_button.clicked.connect(lambda: print_with_system(path))
    folder_button.clicked.connect(lambda: open_with_system(path.parent))
    box.open()
    return box
