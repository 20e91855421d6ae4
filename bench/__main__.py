"""Run every benchmark and print each figure beside its baseline, measured in the same run."""

from __future__ import annotations

import platform
import sys

from bench import bag_import, report_pdf, review_web, server, sync, ui
from bench.common import Row

BENCHMARKS = {  # later issues append theirs here
    "bag_import": bag_import.bench,
    "ui": ui.bench,
    "report_pdf": report_pdf.bench,
    "sync": sync.bench,
    "server": server.bench,
    "review_web": review_web.bench,
}


def _format(value: float, unit: str) -> str:
    return f"{value:,.0f} {unit}" if value >= 100 else f"{value:,.2f} {unit}"


def print_table(rows: list[Row]) -> None:
    print(f"Python {platform.python_version()} on {platform.machine()}, {platform.system()}")
    header = ("benchmark", "ours", "baseline", "ratio", "target")
    lines = [header] + [
        (
            r.name,
            _format(r.ours, r.unit),
            _format(r.baseline, r.unit),
            f"{r.ratio:.2f}×" if r.baseline else "",
            r.target,
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]
    for index, line in enumerate(lines):
        print("| " + " | ".join(cell.ljust(width) for cell, width in zip(line, widths, strict=True)) + " |")
        if index == 0:
            print("|" + "|".join("-" * (width + 2) for width in widths) + "|")
    for r in rows:
        if r.note:
            print(f"- {r.name.strip()}: {r.note}")


def main(names: list[str]) -> int:
    """`python -m bench [NAME…]`: the named benchmarks, or all of them."""
    unknown = set(names) - set(BENCHMARKS)
    if unknown:
        print(f"unknown benchmark(s): {', '.join(sorted(unknown))}; known: {', '.join(BENCHMARKS)}", file=sys.stderr)
        return 2
    rows: list[Row] = []
    for name, benchmark in BENCHMARKS.items():
        if not names or name in names:
            rows += benchmark()
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
