"""The installer bundle on a clean run: built by build_installer.py, started with --version and
--self-test (offscreen, on a copy of the demo workspace), finding the OS keyring, and writing a
Vietnamese PDF whose text round-trips (the fonts and translations were packed)."""

import os
import re
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from scp_desktop import __version__
from tests.conftest import REPO

BUNDLE = REPO / "dist" / "scp-desktop"
EXE = BUNDLE / ("scp-desktop.exe" if sys.platform == "win32" else "scp-desktop")


@pytest.fixture(scope="module")
def bundle() -> Path:
    started = time.monotonic()
    result = subprocess.run(
        [sys.executable, "build_installer.py"], cwd=REPO, capture_output=True, text=True, timeout=1800
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    print(f"\nbuild: {time.monotonic() - started:.0f} s; " + " ".join(result.stdout.strip().splitlines()[-3:]))
    return BUNDLE


def run(*args: str, env: dict[str, str] | None = None, timeout: int = 180) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    environment.pop("PYTHONPATH", None)  # nothing from the development tree may leak into the bundle
    return subprocess.run([str(EXE), *args], capture_output=True, text=True, timeout=timeout, env=environment)


@pytest.mark.slow
def test_bundle_starts_passes_self_test_and_writes_vietnamese_pdf(bundle, tmp_path) -> None:
    assert run("--version").stdout.strip() == f"scp-desktop {__version__}"
    workspace = tmp_path / "demo.sqlite"
    assert run("--workspace", str(workspace), "demo").returncode == 0
    test = run("--workspace", str(workspace), "--self-test")
    assert test.returncode == 0, test.stderr
    bundled_paint = float(re.search(r"first paint ([\d.]+) s", test.stdout).group(1))
    unbundled = subprocess.run(
        [sys.executable, "-m", "scp_desktop", "--workspace", str(workspace), "--self-test"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=180,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    source_paint = float(re.search(r"first paint ([\d.]+) s", unbundled.stdout).group(1))
    print(f"\nfirst paint: bundled {bundled_paint:.2f} s, from source {source_paint:.2f} s")

    pdf = tmp_path / "tui.pdf"
    report = run(
        "--workspace", str(workspace), "report", "bags", "--org", "0100234562", "--period", "2025", "-o", str(pdf)
    )
    assert report.returncode == 0, report.stderr
    text = unicodedata.normalize("NFC", " ".join(page.extract_text() for page in PdfReader(pdf).pages))
    assert "Công ty CP Siêu thị Xanh Hà Nội (mẫu)" in text  # the DejaVu font was packed
    assert "Báo cáo giảm túi ni lông và bao bì năm 2025" in text  # and the Vietnamese catalogue
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink()) / 2**20
    print(f"bundle: {size:.1f} MB unpacked")


@pytest.mark.slow
def test_bundled_app_finds_the_os_keyring(bundle, tmp_path) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.fail("needs gnome-keyring, dbus-daemon and dbus-bin: ./dev test installs them")
    script = tmp_path / "run.sh"
    script.write_text(
        'echo -n "unlock" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1\n'
        f'QT_QPA_PLATFORM=offscreen "{EXE}" --self-test\n'
    )
    env = {**os.environ, "HOME": str(tmp_path)}
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", str(script)], capture_output=True, text=True, env=env, timeout=180
    )
    assert "keyring: keyring.backends.SecretService.Keyring (secure)" in result.stdout, result.stdout + result.stderr
