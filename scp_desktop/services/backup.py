"""Backups with SQLite's online backup API, retention, integrity checks and restore.

A backup is written to a `.part` file, checked, flushed to disk and only then renamed
into place, so a crash mid-backup never leaves a broken backup under a real name.
Restoring first backs up the current workspace (or, when it is damaged, keeps its raw
bytes aside), so a restore can always be undone.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from scp_desktop.paths import APP_AUTHOR, APP_NAME
from scp_desktop.pause import pause_point
from scp_desktop.store.locks import FileLock, LockHeld, holders, workspace_lock

DAILY_KEPT, WEEKLY_KEPT = 7, 4
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})\.sqlite$")

DAMAGED = QT_TRANSLATE_NOOP("Backup", "{path} is damaged ({reason}).")
IN_USE = QT_TRANSLATE_NOOP(
    "Backup", "{path} is open in another program ({holders}): close it, then restore; nothing was changed."
)
NOT_A_BACKUP = QT_TRANSLATE_NOOP("Backup", "{path} is not a readable SCP workspace backup ({reason}).")


def default_backup_folder() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR) / "backups"


def check(path: Path) -> list[str]:
    """Problems found by SQLite's quick_check and the foreign-key check; [] when sound."""
    if not path.exists():
        return [f"{path} does not exist"]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall() if row[0] != "ok"]
            problems += [f"foreign key: {row}" for row in conn.execute("PRAGMA foreign_key_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as error:
        return [str(error)]
    return problems


def backup(workspace: Path, folder: Path, now: dt.datetime | None = None) -> Path:
    """Copy the workspace (consistent even while it is in use) into `folder`; the new file."""
    now = now or dt.datetime.now()
    folder.mkdir(parents=True, exist_ok=True)
    remove_stale_parts(folder)
    target = folder / f"{workspace.stem}-{now.strftime(_STAMP)}.sqlite"
    while target.exists():  # two backups in one second (a restore backs up first): never overwrite one
        now += dt.timedelta(seconds=1)
        target = folder / f"{workspace.stem}-{now.strftime(_STAMP)}.sqlite"
    partial = target.with_name(target.name + ".part")
    # Held until renamed, so only a killed backup's .part is stale (Windows refuses to delete an open file anyway).
    with FileLock(partial, exclusive=True) if os.name != "nt" else contextlib.nullcontext():
        _copy(workspace, partial)
        pause_point("backup:copied")
        problems = check(partial)
        if problems:
            partial.unlink(missing_ok=True)
            raise DomainError(DAMAGED(path=str(workspace), reason="; ".join(problems[:3])), "workspace")
        with partial.open("rb") as handle:
            os.fsync(handle.fileno())
        pause_point("backup:checked")
        os.replace(partial, target)
    pause_point("backup:renamed")
    _fsync_folder(folder)
    return target


def _copy(workspace: Path, partial: Path) -> None:
    source = sqlite3.connect(str(workspace))
    try:
        copy = sqlite3.connect(str(partial))
        try:
            # In steps of 256 pages (1 MiB), so that a test can stop it mid-copy at a pause point.
            source.backup(copy, pages=256, progress=lambda *_: pause_point("backup:copying"))
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        source.close()


def remove_stale_parts(folder: Path) -> list[Path]:
    """The `.part` files of backups killed while writing (none being written now); the removed ones."""
    removed = []
    for part in folder.glob("*.sqlite.part"):
        try:
            with FileLock(part, exclusive=True):
                part.unlink()
        except (LockHeld, OSError):  # being written by a running backup, or already gone
            continue
        removed.append(part)
    return removed


def _fsync_folder(folder: Path) -> None:
    if os.name != "nt":
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def backups(folder: Path, stem: str | None = None) -> list[tuple[dt.datetime, Path]]:
    """The backups in `folder` (of one workspace when `stem` is given), newest first."""
    found = []
    for path in folder.glob("*.sqlite") if folder.exists() else []:
        match = _NAME.match(path.name)
        if match and (stem is None or match["stem"] == stem):
            found.append((dt.datetime.strptime(match["stamp"], _STAMP), path))
    return sorted(found, reverse=True)


def prune(folder: Path, stem: str, daily: int = DAILY_KEPT, weekly: int = WEEKLY_KEPT) -> list[Path]:
    """Keep the newest backup of each of the last `daily` days and of the last `weekly` weeks."""
    keep: set[Path] = set()
    days: list[dt.date] = []
    weeks: list[tuple[int, int]] = []
    for taken, path in backups(folder, stem):
        day, week = taken.date(), taken.isocalendar()[:2]
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(path)
        if week not in weeks and len(weeks) < weekly:
            weeks.append(week)
            keep.add(path)
    removed = [path for _, path in backups(folder, stem) if path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def auto_backup(
    workspace: Path,
    folder: Path,
    now: dt.datetime | None = None,
    daily: int = DAILY_KEPT,
    weekly: int = WEEKLY_KEPT,
) -> Path | None:
    """At most one a day (on closing the app): back up unless today's exists, then prune."""
    now = now or dt.datetime.now()
    newest = backups(folder, workspace.stem)
    if newest and newest[0][0].date() == now.date():
        return None
    made = backup(workspace, folder, now)
    prune(folder, workspace.stem, daily, weekly)
    return made


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime | None
    organizations: list[str]
    latest_period: str | None
    problems: list[str]

    @property
    def sound(self) -> bool:
        return not self.problems


def describe(path: Path) -> BackupInfo:
    """What a backup holds, read without changing it: organizations, latest period, date."""
    match = _NAME.match(path.name)
    taken = dt.datetime.strptime(match["stamp"], _STAMP) if match else None
    problems = check(path)
    organizations: list[str] = []
    latest: str | None = None
    if not problems:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            organizations = [f"{n} ({t})" for n, t in conn.execute("SELECT name, tax_code FROM organizations")]
            months = [
                conn.execute(f"SELECT max(end_month) FROM {table}").fetchone()[0]
                for table in ("energy_use", "waste_flow", "water_use", "production_output", "material_use")
            ]
            month = max((m for m in months if m is not None), default=None)
            bag_day = conn.execute("SELECT max(date) FROM bag_log").fetchone()[0]
            candidates = [f"{month // 12:04d}-{month % 12 + 1:02d}"] if month is not None else []
            candidates += [bag_day[:7]] if bag_day else []
            latest = max(candidates, default=None)
        except sqlite3.DatabaseError as error:
            problems = [str(error)]
        finally:
            conn.close()
    return BackupInfo(path, taken, organizations, latest, problems)


def newest_sound(folder: Path, stem: str) -> BackupInfo | None:
    for _, path in backups(folder, stem):
        info = describe(path)
        if info.sound:
            return info
    return None


def restore(backup_file: Path, workspace: Path, folder: Path) -> Path | None:
    """Replace the workspace with the backup; the current state is kept first. Returns where.

    Refused while any other process has the workspace open (the workspace's own lock): its next
    save would go to the replaced file and be lost."""
    info = describe(backup_file)
    if not info.sound:
        raise DomainError(NOT_A_BACKUP(path=str(backup_file), reason="; ".join(info.problems[:3])), "backup")
    try:
        lock = workspace_lock(workspace, exclusive=True)
    except LockHeld:
        who = ", ".join(holders(workspace)) or "?"
        raise DomainError(IN_USE(path=str(workspace), holders=who)) from None
    with lock:
        return _replace(backup_file, workspace, folder)


def _replace(backup_file: Path, workspace: Path, folder: Path) -> Path | None:
    kept: Path | None = None
    if workspace.exists():
        if check(workspace):  # damaged: keep its raw bytes, a backup could not read it
            kept = workspace.with_name(f"{workspace.name}.damaged-{dt.datetime.now().strftime(_STAMP)}")
            shutil.copy2(workspace, kept)
        else:
            kept = backup(workspace, folder)
    partial = workspace.with_name(workspace.name + ".restoring")
    shutil.copy2(backup_file, partial)
    with partial.open("rb") as handle:
        os.fsync(handle.fileno())
    for sidecar in ("-wal", "-shm"):  # the old journal belongs to the old file
        workspace.with_name(workspace.name + sidecar).unlink(missing_ok=True)
    os.replace(partial, workspace)
    return kept
