"""Races stopped at an exact instant by pause points (SCP_DESKTOP_PAUSE), never timed with sleeps: a restore
while another process imports (finding 5), a command meeting a busy workspace (finding 8), killed backups'
`.part` files (finding 10)."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from scp_desktop.services.backup import backup, backups, remove_stale_parts
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.locks import FileLock
from tests.conftest import REPO, write_csv
from tests.hostile.conftest import BAG_HEADER, CHAIN

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the pause points are driven through POSIX pipes")


def _chain(path: Path) -> None:
    with Workspace.open(path) as ws:
        ws.add_organization(tax_code=CHAIN, name="Siêu thị", kind="supermarket", province="01")
        ws.add_facility(CHAIN, code="ST01", name="Cửa hàng", kind="store")


@contextmanager
def paused(args: list[str], point: str) -> Iterator[subprocess.Popen]:
    """A real `scp-desktop` process stopped at a pause point, its transaction open; resumed on leaving."""
    process = subprocess.Popen(
        [sys.executable, "-m", "scp_desktop", *args],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "SCP_DESKTOP_PAUSE": point, "LANGUAGE": "en"},
    )
    try:
        assert process.stderr is not None and process.stderr.readline() == f"paused at {point}\n"
        yield process
    finally:
        if process.poll() is None and process.stdin is not None:
            process.stdin.write("\n")
            process.stdin.flush()


def _rows(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM bag_log").fetchone()[0]
    finally:
        conn.close()


def test_restore_refuses_while_another_process_imports_and_no_confirmed_save_is_lost(
    tmp_path: Path, cli, workspace_path: Path
) -> None:
    _chain(workspace_path)
    folder = tmp_path / "backups"
    taken = backup(workspace_path, folder)  # a backup with no bags
    rows = [f"ST01,2025-01-{d:02d},1000,400,2,0,0,0,0,0" for d in range(1, 29)]
    csv_path = write_csv(tmp_path / "bags.csv", BAG_HEADER, rows)
    command = ["--workspace", str(workspace_path), "import", "bags", str(csv_path), "--org", CHAIN]
    with paused(command, "commit:import") as importing:
        refused = cli("restore", str(taken), "--to", str(folder))
        assert refused.code == 2 and len(refused.err.splitlines()) == 1
        assert "is open in another program (pid" in refused.err and "import bags" in refused.err
        assert "nothing was changed" in refused.err
    out, err = importing.communicate(timeout=120)
    assert importing.returncode == 0, err
    assert "28 rows imported" in out
    assert _rows(workspace_path) == 28  # the import's confirmed save is there
    assert len(backups(folder)) == 1  # the refused restore did not even back up
    restored = cli("restore", str(taken), "--to", str(folder))  # with nobody else in it, restore works
    assert restored.code == 0 and _rows(workspace_path) == 0
    kept = Path(restored.out.split("the previous state is kept in ")[1].strip())
    assert _rows(kept) == 28  # and the import is kept in the backup taken first


def test_a_busy_workspace_is_one_line_naming_the_writer(
    tmp_path: Path, cli, workspace_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another process holds the write lock: after a bounded wait, one line saying who."""
    _chain(workspace_path)
    monkeypatch.setattr("scp_desktop.store.database.BUSY_TIMEOUT", 0.2)
    rows = [f"ST01,2025-02-{d:02d},1000,400,2,0,0,0,0,0" for d in range(1, 10)]
    csv_path = write_csv(tmp_path / "bags.csv", BAG_HEADER, rows)
    command = ["--workspace", str(workspace_path), "import", "bags", str(csv_path), "--org", CHAIN]
    with paused(command, "commit:import") as importing:
        busy = cli("facility", "add", "--org", CHAIN, "--code", "ST02", "--name", "Cửa hàng 2", "--kind", "store")
        assert busy.code == 2 and len(busy.err.splitlines()) == 1
        assert busy.err.startswith("error: the workspace is busy: another program is writing to it (pid ")
        assert f"pid {importing.pid} (" in busy.err and "nothing was changed" in busy.err
    assert importing.wait(timeout=120) == 0
    assert cli("facility", "add", "--org", CHAIN, "--code", "ST02", "--name", "Cửa hàng 2", "--kind", "store").code == 0


def test_stale_backup_parts_are_removed_but_not_one_being_written(tmp_path: Path, workspace_path: Path) -> None:
    _chain(workspace_path)
    folder = tmp_path / "backups"
    folder.mkdir()
    stale = folder / "workspace-20250101-010101.sqlite.part"  # left by a backup killed mid-copy
    stale.write_bytes(b"\0" * 4096)
    writing = folder / "workspace-20250101-020202.sqlite.part"
    with FileLock(writing, exclusive=True):  # a backup running in another process holds its .part locked
        made = backup(workspace_path, folder)
        assert not stale.exists() and writing.exists()
    assert made.exists() and not list(folder.glob("*.part"))[1:]
    assert remove_stale_parts(folder) == [writing]  # once that backup is gone, its .part is stale too


def test_two_backups_in_one_second_never_overwrite_each_other(tmp_path: Path, workspace_path: Path) -> None:
    """A restore backs up the current state first: within the second of the backup it restores, it must not
    replace that very backup (it did, and the restore then brought back the state it was to undo)."""
    import datetime as dt

    _chain(workspace_path)
    moment = dt.datetime(2025, 3, 1, 12, 0, 0)
    first = backup(workspace_path, tmp_path / "b", now=moment)
    second = backup(workspace_path, tmp_path / "b", now=moment)
    assert first != second and first.exists() and second.exists()
    assert [path for _, path in backups(tmp_path / "b")] == [second, first]
