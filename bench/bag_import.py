"""1,000,000-row bag CSV through the full import path vs bare sqlite3.executemany.

python -m bench.bag_import ours|bare WORKSPACE CSV   (child mode, prints JSON)
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import sqlite3
import sys
import time
from pathlib import Path

from bench.common import DATA, Row, measure_in_child, peak_rss_mb

ROWS = 1_000_000
STORES = 100
TAX = "0100234562"
HEADER = "store,date,transactions,nonbio_count,nonbio_kg,bio_count,bio_kg,paper_count,paper_kg,reusable_sold"


def _row(i: int, start: dt.date) -> tuple[str, str, int, int, float, int, float, int, float, int]:
    day = start + dt.timedelta(days=i // STORES)
    nonbio = 600 + (i * 7919) % 900
    return (
        f"S{i % STORES:03d}",
        day.isoformat(),
        1000 + i % 400,
        nonbio,
        round(nonbio * 0.006, 3),
        120,
        0.96,
        40,
        0.8,
        i % 5,
    )


def make_csv(rows: int = ROWS) -> Path:
    path = DATA / f"bags-{rows}.csv"
    if path.exists():
        return path
    DATA.mkdir(parents=True, exist_ok=True)
    start = dt.date(1999, 1, 1)
    with path.open("w", encoding="utf-8") as out:
        out.write(HEADER + "\n")
        for i in range(rows):
            out.write(",".join(map(str, _row(i, start))) + "\n")
    return path


def make_workspace(path: Path) -> None:
    from scp_desktop.services.workspace import Workspace

    for leftover in path.parent.glob(path.name + "*"):
        leftover.unlink()
    with Workspace.open(path) as ws:
        ws.add_organization(tax_code=TAX, name="Bench chain", kind="supermarket", province="01")
        for store in range(STORES):
            ws.add_facility(TAX, code=f"S{store:03d}", name=f"Store {store}", kind="store")


def run_ours(workspace: Path, csv_path: Path) -> dict[str, float]:
    from scp_desktop.services.importer import import_csv
    from scp_desktop.services.workspace import Workspace

    with Workspace.open(workspace) as ws:
        started = time.perf_counter()
        report = import_csv(ws, "bags", csv_path, TAX)
        elapsed = time.perf_counter() - started
    assert report.created == report.rows, report
    return {
        "seconds": elapsed,
        "rows": report.rows,
        "peak_rss_mb": peak_rss_mb(),
        "db_mb": workspace.stat().st_size / 2**20,
    }


XLSX_ROWS = 100_000


def make_xlsx(rows: int = XLSX_ROWS) -> Path:
    """The first `rows` rows of the CSV as a workbook, numbers and dates as Excel writes them."""
    path = DATA / f"bags-{rows}.xlsx"
    if path.exists():
        return path
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("bags")
    sheet.append(HEADER.split(","))
    start = dt.date(1999, 1, 1)
    for i in range(rows):
        row = list(_row(i, start))
        row[1] = dt.date.fromisoformat(row[1])
        sheet.append(row)
    book.save(path)
    return path


def run_bare_xlsx(workspace: Path, path: Path) -> dict[str, float]:
    """openpyxl's read-only rows straight into one executemany on a plain table."""
    from openpyxl import load_workbook

    for leftover in workspace.parent.glob(workspace.name + "*"):
        leftover.unlink()
    conn = sqlite3.connect(workspace, isolation_level=None)
    conn.execute(f"CREATE TABLE bag_log ({HEADER})")
    started = time.perf_counter()
    book = load_workbook(path, read_only=True, data_only=True)
    rows = book.worksheets[0].iter_rows(min_row=2, values_only=True)
    conn.execute("BEGIN")
    conn.executemany(f"INSERT INTO bag_log VALUES ({', '.join('?' * 10)})", rows)
    conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    count = conn.execute("SELECT count(*) FROM bag_log").fetchone()[0]
    conn.close()
    return {"seconds": elapsed, "rows": count, "peak_rss_mb": peak_rss_mb()}


def run_bare(workspace: Path, csv_path: Path) -> dict[str, float]:
    """The same CSV rows, read by csv.reader and inserted by one executemany into a plain table, one transaction."""
    for leftover in workspace.parent.glob(workspace.name + "*"):
        leftover.unlink()
    conn = sqlite3.connect(workspace, isolation_level=None)
    conn.execute(f"CREATE TABLE bag_log ({HEADER})")
    started = time.perf_counter()
    with csv_path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        next(reader)
        conn.execute("BEGIN")
        conn.executemany(f"INSERT INTO bag_log VALUES ({', '.join('?' * 10)})", reader)
        conn.execute("COMMIT")
    elapsed = time.perf_counter() - started
    rows = conn.execute("SELECT count(*) FROM bag_log").fetchone()[0]
    conn.close()
    return {"seconds": elapsed, "rows": rows, "peak_rss_mb": peak_rss_mb()}


def bench() -> list[Row]:
    results = {}
    for mode, rows in (("bare", ROWS), ("ours", ROWS), ("ours", ROWS // 10)):
        workspace = DATA / f"bags-{mode}-{rows}.sqlite"
        if mode == "ours":
            make_workspace(workspace)
        results[mode, rows] = measure_in_child("bench.bag_import", mode, str(workspace), str(make_csv(rows)))
    ours, bare, small = results["ours", ROWS], results["bare", ROWS], results["ours", ROWS // 10]
    xlsx = str(make_xlsx())
    make_workspace(DATA / "bags-ours-xlsx.sqlite")
    ours_x = measure_in_child("bench.bag_import", "ours", str(DATA / "bags-ours-xlsx.sqlite"), xlsx)
    bare_x = measure_in_child("bench.bag_import", "bare-xlsx", str(DATA / "bags-bare-xlsx.sqlite"), xlsx)
    return [
        Row(
            "bag CSV import, 1M rows (parse + validate + upsert)",
            ROWS / ours["seconds"],
            ROWS / bare["seconds"],
            "rows/s",
            True,
            "≥ 0.33× bare",
            "bare: csv.reader straight into executemany on a plain table, one transaction",
        ),
        Row(
            "  peak memory of that import (baseline: 100k rows)",
            ours["peak_rss_mb"],
            small["peak_rss_mb"],
            "MB",
            False,
            "≤ 160 MB at any size",
            f"streams the file; the growth from 100k rows is SQLite's page cache and the key index's "
            f"one sort, each capped at 64 MB "
            f"(1M-row workspace: {ours['db_mb']:.0f} MB on disk)",
        ),
        Row(
            f"bag XLSX import, {XLSX_ROWS // 1000}k rows (read + map + validate + upsert)",
            XLSX_ROWS / ours_x["seconds"],
            XLSX_ROWS / bare_x["seconds"],
            "rows/s",
            True,
            "",
            "bare: openpyxl read-only rows straight into executemany; both read the sheet as a stream",
        ),
        Row("  peak memory of that import", ours_x["peak_rss_mb"], bare_x["peak_rss_mb"], "MB", False, ""),
    ]


if __name__ == "__main__":
    mode, workspace_arg, csv_arg = sys.argv[1:4]
    runner = {"ours": run_ours, "bare": run_bare, "bare-xlsx": run_bare_xlsx}[mode]
    print(json.dumps(runner(Path(workspace_arg), Path(csv_arg))))
