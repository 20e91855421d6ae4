"""kill -9 at any moment leaves the workspace consistent, with none or all of a file imported."""

import datetime as dt
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from scp_desktop.services.workspace import Workspace
from scp_desktop.store.schema import BAG_LOG_INDEXES
from tests.conftest import REPO

TAX = "0100234562"
ROWS = 300_000
HEADER = "store,date,transactions,nonbio_count,nonbio_kg,bio_count,bio_kg,paper_count,paper_kg,reusable_sold"


def _prepare(folder: Path) -> tuple[Path, Path]:
    template = folder / "template.sqlite"
    with Workspace.open(template) as ws:
        ws.add_organization(tax_code=TAX, name="Siêu thị", kind="supermarket", province="01")
        for store in range(100):
            ws.add_facility(TAX, code=f"S{store:03d}", name=f"Store {store}", kind="store")
    start = dt.date(2010, 1, 1)
    csv_path = folder / "bags.csv"
    with csv_path.open("w", encoding="utf-8") as out:
        out.write(HEADER + "\n")
        for i in range(ROWS):
            day = start + dt.timedelta(days=i // 100)
            out.write(f"S{i % 100:03d},{day.isoformat()},1000,{300 + i % 600},3.5,10,0.1,5,0.1,1\n")
    return template, csv_path


def _import(workspace: Path, csv_path: Path, pause: str | None = None) -> subprocess.Popen:
    """`scp-desktop import bags` in a real process; with `pause`, stopped at that pause point."""
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "scp_desktop",
            "--workspace",
            str(workspace),
            "import",
            "bags",
            str(csv_path),
            "--org",
            TAX,
        ],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, **({"SCP_DESKTOP_PAUSE": pause} if pause else {})},
    )


def _kill_at(process: subprocess.Popen, point: str) -> None:
    """Wait until the process reports that it stopped at the point, then kill -9 it there."""
    assert process.stderr is not None
    assert process.stderr.readline() == f"paused at {point}\n"
    os.kill(process.pid, signal.SIGKILL)
    process.wait(timeout=30)


def _state(workspace: Path) -> tuple[str, int, int]:
    conn = sqlite3.connect(workspace)
    try:
        # a large import drops and rebuilds the indexes inside its transaction: never lost
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE tbl_name = 'bag_log'")}
        assert set(BAG_LOG_INDEXES) <= names
        integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
        rows = conn.execute("SELECT count(*) FROM bag_log").fetchone()[0]
        batches = conn.execute("SELECT count(*) FROM import_batches").fetchone()[0]
    finally:
        conn.close()
    return integrity, rows, batches


# Every step of a large import at which a kill could land: streaming rows, before and after the
# key index is rebuilt, and with everything written but not committed.
IMPORT_POINTS = (
    "import:index-dropped",
    f"import:rows:{ROWS // 4}",
    f"import:rows:{ROWS * 3 // 4}",
    "import:index-rebuilt",
    "commit:import",
)


@pytest.mark.slow
def test_kill_during_import_leaves_none_or_all(tmp_path: Path) -> None:
    template, csv_path = _prepare(tmp_path)
    full = tmp_path / "full.sqlite"
    shutil.copy(template, full)
    assert _import(full, csv_path).wait(timeout=300) == 0
    assert _state(full) == ("ok", ROWS, 1)
    for point in IMPORT_POINTS:
        workspace = tmp_path / f"killed-{point.replace(':', '-')}.sqlite"
        shutil.copy(template, workspace)
        _kill_at(_import(workspace, csv_path, point), point)
        assert _state(workspace) == ("ok", 0, 0), point  # nothing of the file, the index whole
        with Workspace.open(workspace) as ws:  # still opens, and a new import works
            assert ws.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert _import(workspace, csv_path).wait(timeout=300) == 0
        assert _state(workspace) == ("ok", ROWS, 1), point


CONFIRMED_SAVES = """
import sys
from scp_desktop.domain.records import WATER
from scp_desktop.services.workspace import Workspace
ws = Workspace.open(sys.argv[1])
for month in range(1, 13):
    for year in range(2000, 2024):
        ws.save_record(WATER, "0300588569", {"facility": "NM01", "period": f"{year}-{month:02d}",
                                             "quantity_m3": str(month * 100)})
        print(f"{year}-{month:02d}", flush=True)
"""


@pytest.mark.slow
def test_every_confirmed_save_survives_kill(tmp_path: Path) -> None:
    workspace = tmp_path / "ws.sqlite"
    with Workspace.open(workspace) as ws:
        ws.add_organization(tax_code="0300588569", name="Dệt", kind="manufacturer", province="79")
        ws.add_facility("0300588569", code="NM01", name="Nhà máy", kind="plant")
    process = subprocess.Popen(
        [sys.executable, "-c", CONFIRMED_SAVES, str(workspace)], cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    confirmed = []
    assert process.stdout is not None
    for line in process.stdout:
        confirmed.append(line.strip())
        if len(confirmed) == 40:
            os.kill(process.pid, signal.SIGKILL)
            break
    process.wait(timeout=30)
    conn = sqlite3.connect(workspace)
    saved = {row[0] for row in conn.execute("SELECT period FROM water_use")}
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert set(confirmed) <= saved
