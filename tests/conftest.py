"""Shared fixtures: a real workspace file per test, the bundled reference data, CLI helpers."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt tests run without a display (CI, SSH sessions), on the two small screens our users have:
# a 1024×600 netbook as the primary screen and a 1366×768 laptop beside it.
SCREENS = Path(__file__).resolve().parent / "fixtures" / "screens" / "small-screens.json"
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={SCREENS}")

from scp_desktop.cli import main  # noqa: E402 - after the platform is chosen
from scp_desktop.domain.reference import ReferenceData, load_bundled  # noqa: E402
from scp_desktop.services.workspace import Workspace  # noqa: E402

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def ref() -> ReferenceData:  # immutable, so one per session
    return load_bundled()


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.sqlite"


@pytest.fixture
def ws(workspace_path: Path) -> Iterator[Workspace]:
    with Workspace.open(workspace_path) as workspace:
        yield workspace


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err


@pytest.fixture
def cli(workspace_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """Run `scp-desktop --workspace <tmp> ARGS…` in-process and capture its output (messages in English,
    as in an English environment, unless ARGS say --lang)."""
    monkeypatch.setenv("LANGUAGE", "en")

    def run(*args: str) -> CliResult:
        code = main(["--workspace", str(workspace_path), *args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


def run_module(*args: str, env: dict[str, str] | None = None, **kwargs) -> subprocess.CompletedProcess[str]:
    """`python -m scp_desktop ARGS…` in a real subprocess."""
    return subprocess.run(
        [sys.executable, "-m", "scp_desktop", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        cwd=REPO,
        timeout=300,
        **kwargs,
    )


def write_csv(path: Path, header: str, rows: list[str], encoding: str = "utf-8") -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding=encoding)
    return path
