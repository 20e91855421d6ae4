"""User settings, declared once with their type and default (QSettings underneath)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from scp_desktop.paths import APP_AUTHOR, APP_NAME

T = TypeVar("T")
MAX_RECENT = 8


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    default: T


LANGUAGE = Setting("ui/language", "vi")
LAST_WORKSPACE = Setting("workspace/last", "")
RECENT_WORKSPACES = Setting("workspace/recent", "")  # paths joined by newlines
LAST_ORGANIZATION = Setting("workspace/last_organization", "")
FIRST_RUN_DONE = Setting("ui/first_run_done", False)
BACKUP_FOLDER = Setting("backup/folder", "")  # empty: the user data folder's backups/
BACKUP_DAILY = Setting("backup/keep_daily", 7)
BACKUP_WEEKLY = Setting("backup/keep_weekly", 4)
# The workspace as this app last closed it after a sound session: "path|size|mtime_ns|checked ISO date".
VERIFIED = Setting("workspace/verified", "")
FULL_CHECK_DAYS = 7  # an unchanged file is still checked in full at least this often


def backup_folder(settings: Settings) -> Path:
    from scp_desktop.services.backup import default_backup_folder

    chosen = settings.get(BACKUP_FOLDER)
    return Path(chosen).expanduser() if chosen else default_backup_folder()


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store or QSettings(APP_AUTHOR, APP_NAME)

    def get(self, setting: Setting[T]) -> T:
        value = self.store.value(setting.key, setting.default)
        if isinstance(setting.default, bool):
            return (value in (True, "true", "1", 1)) if value is not None else setting.default  # type: ignore[return-value]
        return type(setting.default)(value) if value is not None else setting.default  # type: ignore[call-arg]

    def set(self, setting: Setting[T], value: T) -> None:
        self.store.setValue(setting.key, value)
        self.store.sync()

    def window_state(self, screen: str) -> tuple[QByteArray, QByteArray, QByteArray] | None:
        """The main window's geometry, state and splitter as last saved on a screen of this size."""
        values = [self.store.value(f"window/{screen}/{part}") for part in ("geometry", "state", "splitter")]
        if not all(isinstance(value, QByteArray) for value in values):
            return None
        return values[0], values[1], values[2]  # type: ignore[return-value]

    def set_window_state(self, screen: str, geometry: QByteArray, state: QByteArray, splitter: QByteArray) -> None:
        for part, value in (("geometry", geometry), ("state", state), ("splitter", splitter)):
            self.store.setValue(f"window/{screen}/{part}", value)
        self.store.sync()

    def verified_unchanged(self, path: Path, today: dt.date) -> bool:
        """Whether the file is exactly as this app closed it after a sound session, checked in full
        within the last week: then the slow integrity check at start can wait (a crash, a restore, a
        copy or another program's write all change the file's size or time)."""
        try:
            stat = path.stat()
        except OSError:
            return False
        if Path(str(path) + "-wal").exists():  # not closed cleanly: a write-ahead log is left
            return False
        parts = self.get(VERIFIED).split("|")
        if len(parts) != 4 or parts[0] != str(path):
            return False
        try:
            checked = dt.date.fromisoformat(parts[3])
        except ValueError:
            return False
        same_file = parts[1] == str(stat.st_size) and parts[2] == str(stat.st_mtime_ns)
        return same_file and (today - checked).days < FULL_CHECK_DAYS

    def remember_verified(self, path: Path, checked: dt.date) -> None:
        """The closed file's size and time, and the day of its last full check."""
        stat = path.stat()
        self.set(VERIFIED, f"{path}|{stat.st_size}|{stat.st_mtime_ns}|{checked.isoformat()}")

    def last_full_check(self, path: Path) -> dt.date | None:
        parts = self.get(VERIFIED).split("|")
        if len(parts) == 4 and parts[0] == str(path):
            try:
                return dt.date.fromisoformat(parts[3])
            except ValueError:
                return None
        return None

    def recent_workspaces(self) -> list[str]:
        return [p for p in self.get(RECENT_WORKSPACES).split("\n") if p]

    def remember_workspace(self, path: str) -> None:
        recent = [path, *(p for p in self.recent_workspaces() if p != path)][:MAX_RECENT]
        self.set(RECENT_WORKSPACES, "\n".join(recent))
        self.set(LAST_WORKSPACE, path)
