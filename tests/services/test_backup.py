"""Backups, retention, damage detection and restore, on real files; kill -9 mid-backup."""

import datetime as dt
import os
import signal
import subprocess
import sys
from pathlib import Path

from scp_desktop.services import backup as backups
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.summary import summary
from scp_desktop.services.workspace import Workspace
from tests.conftest import REPO

CHAIN = "0100234562"


def demo_workspace(path: Path) -> Path:
    with Workspace.open(path) as ws:
        fill_demo(ws, today=dt.date(2026, 11, 24))
    return path


def corrupt(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(size // 3, size // 3 + 64 * 4096, 4096):
            handle.seek(offset)
            handle.write(os.urandom(4096))


def test_backup_is_sound_and_describes_itself(tmp_path) -> None:
    workspace = demo_workspace(tmp_path / "ws.sqlite")
    made = backups.backup(workspace, tmp_path / "backups", dt.datetime(2026, 11, 24, 18, 30))
    assert made.name == "ws-20261124-183000.sqlite" and backups.check(made) == []
    info = backups.describe(made)
    assert info.sound and info.taken_at == dt.datetime(2026, 11, 24, 18, 30)
    assert len(info.organizations) == 6 and info.latest_period == "2026-11"
    assert not list((tmp_path / "backups").glob("*.part"))


def test_retention_keeps_seven_daily_and_four_weekly(tmp_path) -> None:
    workspace = demo_workspace(tmp_path / "ws.sqlite")
    folder = tmp_path / "backups"
    start = dt.datetime(2026, 9, 1, 17, 0)
    for day in range(60):
        when = start + dt.timedelta(days=day)
        assert backups.auto_backup(workspace, folder, when) is not None
        assert backups.auto_backup(workspace, folder, when + dt.timedelta(hours=2)) is None  # at most daily
    kept = [taken for taken, _ in backups.backups(folder, "ws")]
    newest = start + dt.timedelta(days=59)
    assert kept[:7] == [newest - dt.timedelta(days=d) for d in range(7)]
    assert len({t.isocalendar()[:2] for t in kept}) >= 4 and len(kept) <= 11


def test_damage_is_detected_and_the_newest_sound_backup_restored(tmp_path, capsys) -> None:
    from scp_desktop.cli import main

    workspace = demo_workspace(tmp_path / "ws.sqlite")
    folder = tmp_path / "backups"
    backups.backup(workspace, folder, dt.datetime(2026, 11, 23, 18, 0))
    with Workspace.open(workspace) as ws:
        expected = summary(ws, CHAIN, 2025)
    corrupt(workspace)
    assert backups.check(workspace)
    assert main(["--workspace", str(workspace), "check"]) == 1
    assert "damaged" in capsys.readouterr().err
    assert main(["--workspace", str(workspace), "restore", "--newest", "--to", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "restored" in out and "damaged-" in out  # the damaged file is kept aside, not deleted
    assert backups.check(workspace) == []
    with Workspace.open(workspace) as ws:
        assert summary(ws, CHAIN, 2025) == expected


def test_restore_keeps_the_current_state_first(tmp_path) -> None:
    workspace = demo_workspace(tmp_path / "ws.sqlite")
    folder = tmp_path / "backups"
    old = backups.backup(workspace, folder, dt.datetime(2026, 11, 1, 9, 0))
    with Workspace.open(workspace) as ws:
        ws.db.execute("UPDATE organizations SET name = 'Đổi tên sau sao lưu' WHERE tax_code = ?", [CHAIN])
    kept = backups.restore(old, workspace, folder)
    assert kept is not None and backups.describe(kept).sound
    with Workspace.open(workspace) as ws:
        assert ws.organization(CHAIN).name != "Đổi tên sau sao lưu"
    with Workspace.open(kept) as ws:
        assert ws.organization(CHAIN).name == "Đổi tên sau sao lưu"


BACKUP_ONCE = """
import sys
from pathlib import Path
from scp_desktop.services.backup import backup
backup(Path(sys.argv[1]), Path(sys.argv[2]))
"""


def test_kill_during_backup_never_leaves_a_broken_backup(tmp_path) -> None:
    workspace = demo_workspace(tmp_path / "ws.sqlite")
    with Workspace.open(workspace) as ws, ws.transaction("test"):  # a bigger file: the copy takes several steps
        store = ws.facility_ids(ws.organization(CHAIN))["ST01"]
        ws.records.bulk_save_bags(
            (store, (dt.date(1990, 1, 1) + dt.timedelta(days=d)).isoformat(), 900, 400, 2.4, 0, 0, 0, 0, 0, None)
            for d in range(7000)
        )
    folder = tmp_path / "backups"
    for point in ("backup:copying", "backup:copied", "backup:checked", "backup:renamed"):
        process = subprocess.Popen(
            [sys.executable, "-c", BACKUP_ONCE, str(workspace), str(folder)],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "SCP_DESKTOP_PAUSE": point},
        )
        assert process.stderr is not None and process.stderr.readline() == f"paused at {point}\n"
        os.kill(process.pid, signal.SIGKILL)
        process.wait(10)
    listed = backups.backups(folder, "ws")
    assert listed, "some backups completed"
    assert all(backups.check(path) == [] for _, path in listed)  # every named backup is whole
    assert backups.check(workspace) == []
