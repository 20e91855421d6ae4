"""Run every benchmark and print each figure beside its baseline, measured in the same run."""

from __future__ import annotations

import platform
import sys

from bench import bag_import, report_pdf, sync, ui
from bench.common import Row

BENCHMARKS = [bag_import.bench, ui.bench, report_pdf.bench, sync.bench]  # later issues append theirs here


def _format(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:,.2f} {unit}"


def print_table(rows: list[Row]) -> None:
    print(f"Python {platform.python_version()} on {platform.machine()}, {platform.system()}")
    header = ("benchmark", "ours", "baseline", "ratio", "target")
    lines = [header] + [
        (r.name, _format(r.ours, r.unit), _format(r.baseline, r.unit), f"{r.ratio:.2f}×", r.target) for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for index, line in enumerate(lines):
        print("| " + " | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) + " |")
        if index == 0:
            print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for r in rows:
        if r.note:
            print(f"- {r.name.strip()}: {r.note}")


def main() -> int:
    rows: list[Row] = []
    for benchmark in BENCHMARKS:
        rows += benchmark()
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
