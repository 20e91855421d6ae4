"""What every hostile probe checks after the command: it refused in one line with status 2, stored
nothing and left no file behind."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from scp_desktop.services import assessments
from scp_desktop.services.reports import finalize
from scp_desktop.services.workspace import Workspace
from tests.conftest import write_csv

CHAIN = "0100234562"
TODAY = dt.date(2025, 6, 30)
BAG_HEADER = "store,date,transactions,nonbio_count,nonbio_kg,bio_count,bio_kg,paper_count,paper_kg,reusable_sold"


def workspace_state(path: Path) -> dict[str, object]:
    """Every table's rows (the audit log by count), to compare before and after a probe."""
    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        state: dict[str, object] = {}
        for table in tables:
            if table == "audit_log":
                state[table] = conn.execute("SELECT count(*) FROM audit_log").fetchone()[0]
            else:
                state[table] = sorted(map(repr, conn.execute(f'SELECT * FROM "{table}"').fetchall()))
        return state
    finally:
        conn.close()


def files_under(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def one_line_refusal(result, fragment: str) -> None:
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("error: ") and fragment in lines[0], lines[0]


@pytest.fixture
def chain_workspace(tmp_path: Path) -> Path:
    return make_chain_workspace(tmp_path)


def make_chain_workspace(folder: Path) -> Path:
    """A supermarket with one store, 60 days of bags, January finalized, a finalized assessment with evidence."""
    path = folder / "source" / "workspace.sqlite"
    with Workspace.open(path) as ws:
        ws.add_organization(tax_code=CHAIN, name="Siêu thị Thử", kind="supermarket", province="Hà Nội")
        ws.add_facility(CHAIN, code="ST01", name="Cửa hàng 1", kind="store")
        rows = [
            f"ST01,{(dt.date(2025, 1, 1) + dt.timedelta(days=i)).isoformat()},1000,{400 + i},2.5,50,0.5,20,1,3"
            for i in range(60)
        ]
        from scp_desktop.services.importer import import_csv

        import_csv(ws, "bags", write_csv(path.parent / "bags.csv", BAG_HEADER, rows), CHAIN, today=TODAY)
        finalize(ws, "bags", CHAIN, "2025-01", "ST01")
        aid = assessments.start(ws, CHAIN, "green-distribution", 2025)
        proof = path.parent / "policy.pdf"
        proof.write_bytes(b"%PDF-1.4 our bag policy")
        assessments.attach_evidence(ws, aid, "A2", proof)
        assessments.answer(ws, aid, "A2", "yes")
        assessments.finalize(ws, aid)
    return path
