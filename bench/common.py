"""Helpers shared by the benchmarks: cached data files, child-process measurement."""

from __future__ import annotations

import functools
import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

DATA = Path(__file__).resolve().parent / ".data"
REPO = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Row:
    """One line of the results table: our figure beside its baseline, measured in the same run."""

    name: str
    ours: float
    baseline: float
    unit: str
    higher_is_better: bool
    target: str
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.ours / self.baseline if self.baseline else float("nan")


def child_environment() -> dict[str, str]:
    """A child runs as an installed app does: from compiled bytecode (pip compiles at install), not
    compiling every module on each start as PYTHONDONTWRITEBYTECODE, set on this machine, would make it."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(REPO)
    return env


@functools.cache
def compile_bytecode() -> None:
    """The app's bytecode, written once per bench run before the first child starts."""
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "scp_desktop"], cwd=REPO, env=child_environment(), check=True
    )


def measure_in_child(module: str, *args: str) -> dict[str, float]:
    """Run `python -m MODULE ARGS` and return the JSON it prints (fresh process: clean peak RSS)."""
    compile_bytecode()
    result = subprocess.run(
        [sys.executable, "-m", module, *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        env=child_environment(),
    )
    if result.returncode != 0:
        raise RuntimeError(f"{module} failed:\n{result.stderr}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
