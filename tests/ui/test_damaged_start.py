"""At start a damaged workspace is refused and the newest sound backup offered; closing backs up."""

import datetime as dt
import os

import shiboken6
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from scp_desktop.services import backup as backups
from scp_desktop.ui.app import open_workspace
from scp_desktop.ui.main_window import MainWindow
from scp_desktop.ui.settings import BACKUP_FOLDER, Settings
from scp_desktop.ui.translation import Translations


def press_when_shown(button_text: str, seen: list[str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == button_text).click()

    QTimer.singleShot(0, press)


def test_damaged_workspace_is_restored_from_the_newest_backup(qtbot, tmp_path, demo_template) -> None:
    workspace = tmp_path / "ws.sqlite"
    workspace.write_bytes(demo_template.read_bytes())
    folder = tmp_path / "backups"
    backups.backup(workspace, folder, dt.datetime(2026, 11, 23, 18, 0))
    size = workspace.stat().st_size
    with workspace.open("r+b") as handle:
        for offset in range(size // 3, size // 3 + 64 * 4096, 4096):
            handle.seek(offset)
            handle.write(os.urandom(4096))
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(BACKUP_FOLDER, str(folder))
    translations = Translations()
    translations.apply("vi")
    window = MainWindow(None, settings, translations)
    window.show()
    seen: list[str] = []
    press_when_shown("Khôi phục", seen)
    open_workspace(window, str(workspace))
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=15_000)
    assert "bị hỏng" in seen[0]
    assert backups.check(workspace) == [] and window.org_switcher.count() == 6
    assert list(tmp_path.glob("ws.sqlite.damaged-*"))  # kept aside
    window.close()  # closing takes today's backup
    assert len(backups.backups(folder, "ws")) == 2
    workspace_in_use = window.ctx.workspace
    shiboken6.delete(window)
    workspace_in_use.close()


def test_an_unchanged_workspace_closed_cleanly_this_week_is_not_checked_again(tmp_path, demo_template) -> None:
    workspace = tmp_path / "ws.sqlite"
    workspace.write_bytes(demo_template.read_bytes())
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    monday = dt.date(2026, 11, 23)
    assert not settings.verified_unchanged(workspace, monday)  # never closed by the app: checked
    settings.remember_verified(workspace, monday)
    assert settings.verified_unchanged(workspace, monday + dt.timedelta(days=6))
    assert not settings.verified_unchanged(workspace, monday + dt.timedelta(days=7))  # a full check weekly
    assert not settings.verified_unchanged(tmp_path / "other.sqlite", monday)
    with workspace.open("r+b") as handle:  # changed by anything but the app's clean close
        handle.seek(100)
        handle.write(b"\x00")
    assert not settings.verified_unchanged(workspace, monday)
    settings.remember_verified(workspace, monday)
    (tmp_path / "ws.sqlite-wal").write_bytes(b"")  # a session that did not close cleanly
    assert not settings.verified_unchanged(workspace, monday)


def test_closing_notes_the_file_after_a_full_check(qtbot, tmp_path, demo_template) -> None:
    from scp_desktop.ui.app import close_workspace

    workspace = tmp_path / "ws.sqlite"
    workspace.write_bytes(demo_template.read_bytes())
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    settings.set(BACKUP_FOLDER, str(tmp_path / "backups"))
    translations = Translations()
    translations.apply("vi")
    window = MainWindow(None, settings, translations)
    window.show()
    open_workspace(window, str(workspace))
    qtbot.waitUntil(lambda: window.ctx is not None, timeout=15_000)
    assert window.checked_on == dt.date.today()  # it was checked in full at start
    window.close()
    close_workspace(window)
    assert settings.verified_unchanged(workspace, dt.date.today())
    shiboken6.delete(window)
