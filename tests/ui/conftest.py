"""A real main window on a real workspace file, driven by pytest-qt."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QSettings

from scp_desktop.services.demo import fill_demo
from scp_desktop.services.workspace import Workspace
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.main_window import MainWindow
from scp_desktop.ui.settings import BACKUP_FOLDER, Settings
from scp_desktop.ui.translation import Translations

TEXTILE = "0300588569"
CHAIN = "0100234562"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    with Workspace.open(path) as ws:
        fill_demo(ws, today=dt.date(2026, 11, 24))
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


@pytest.fixture
def window(qtbot, tmp_path: Path, demo_template: Path) -> Iterator[MainWindow]:
    path = tmp_path / "ws.sqlite"
    path.write_bytes(demo_template.read_bytes())
    workspace = Workspace.open(path)
    translations = Translations()
    translations.apply("vi")
    ctx = AppContext(workspace, "vi")
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(BACKUP_FOLDER, str(tmp_path / "backups"))  # closing backs up: never into the real home
    win = MainWindow(ctx, settings, translations)
    win.show()
    yield win
    win.close()
    shiboken6.delete(win)  # gone before its workspace closes: no late event can reach it
    workspace.close()


def page(window: MainWindow, page_id: str):
    window.show_page(page_id)
    return counted(window.page(page_id))


def counted(shown):
    """The page, once its table knows its exact row count: a large table is counted by a worker while
    its first rows show (`RecordTableModel.counted`)."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from scp_desktop.ui.record_model import RecordTableModel

    model = getattr(shown, "model", None)
    deadline = time.monotonic() + 30
    while isinstance(model, RecordTableModel) and model.counting:
        assert time.monotonic() < deadline, "the count never arrived"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
    return shown


def visible_box(parent, name: str):
    """The one message box of that name showing now (closed ones may linger until deleted)."""
    from PySide6.QtWidgets import QMessageBox

    (box,) = [b for b in parent.findChildren(QMessageBox, name) if b.isVisible()]
    return box
