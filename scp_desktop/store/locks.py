"""The workspace's own lock, and who holds a workspace's files.

Every process that opens a workspace (the app, each CLI command, a background sync) holds
`<workspace>.lock` shared for as long as it has the file open; replacing the file (restore) needs it
exclusively, so it cannot pull the file from under a process that is still writing to it. The OS
releases a dead process's lock. On Linux, `holders` names the processes with a lock on any of a
workspace's files (SQLite's own locks included), for messages that say who is in the way.
"""

from __future__ import annotations

import os
import shlex
from pathlib import Path
from typing import IO, Any


class LockHeld(Exception):
    """Another process holds the lock in a way that excludes the one asked for."""


class FileLock:
    """An advisory lock on a file, shared or exclusive, never waiting; released by `release` or the OS."""

    def __init__(self, path: Path, exclusive: bool) -> None:
        self.path = path
        self.handle: IO[bytes] | None = path.open("a+b")
        try:
            _lock(self.handle, exclusive)
        except OSError:
            self.handle.close()
            self.handle = None
            raise LockHeld(str(path)) from None

    def release(self) -> None:
        if self.handle is not None:
            self.handle.close()  # closing the file releases its lock
            self.handle = None

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def lock_path(workspace: Path) -> Path:
    return workspace.with_name(workspace.name + ".lock")


def workspace_lock(workspace: Path, exclusive: bool = False) -> FileLock:
    """Shared: the workspace is open here. Exclusive: no other process has it open (LockHeld otherwise)."""
    workspace.parent.mkdir(parents=True, exist_ok=True)
    return FileLock(lock_path(workspace), exclusive)


if os.name == "nt":  # pragma: no cover - Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    class _Overlapped(ctypes.Structure):
        _fields_ = [
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        ]

    _EXCLUSIVE, _FAIL_IMMEDIATELY = 0x2, 0x1

    def _lock(handle: Any, exclusive: bool) -> None:
        """LockFileEx: Windows' own shared and exclusive locks (msvcrt.locking has no shared ones)."""
        flags = _FAIL_IMMEDIATELY | (_EXCLUSIVE if exclusive else 0)
        overlapped = _Overlapped()
        native = msvcrt.get_osfhandle(handle.fileno())
        if not ctypes.windll.kernel32.LockFileEx(native, flags, 0, 1, 0, ctypes.byref(overlapped)):
            raise OSError("the file is locked")

else:
    import fcntl

    def _lock(handle: Any, exclusive: bool) -> None:
        fcntl.flock(handle.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)


def holders(workspace: Path) -> list[str]:
    """Other processes holding a lock on the workspace, its journal or its own lock file: `pid 123 (command)`.
    Empty where the OS does not say (anything but Linux)."""
    files = [workspace, *(workspace.with_name(workspace.name + s) for s in ("-shm", "-wal", ".lock", ".sync-lock"))]
    inodes = set()
    for path in files:
        try:
            inodes.add(path.stat().st_ino)
        except OSError:
            continue
    try:
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return []
    pids: list[int] = []
    for line in lines:
        parts = line.split()
        if "->" in parts:  # a process waiting for the lock, not holding it
            continue
        try:
            pid, inode = int(parts[4]), int(parts[5].split(":")[2])
        except (IndexError, ValueError):
            continue
        if inode in inodes and pid != os.getpid() and pid not in pids:
            pids.append(pid)
    return [describe_process(pid) for pid in pids[:3]]


def describe_process(pid: int) -> str:
    return f"pid {pid} ({_command(pid)})"


def _command(pid: int) -> str:
    try:
        words = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return "?"
    # Folders dropped from paths: the command and its file names say what the process is doing.
    text = shlex.join(
        Path(word).name if "/" in word else word for word in (w.decode("utf-8", "replace") for w in words if w)
    )
    return text if len(text) <= 100 else text[:99] + "…"
