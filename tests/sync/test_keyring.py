"""The token in a real OS credential store (Secret Service via gnome-keyring on a private D-Bus),
and, where there is none, kept in memory only with the user told so."""

import os
import shutil
import subprocess
import sys

import pytest

from tests.conftest import REPO

SCRIPT = """
from scp_desktop.services.credentials import TokenStore
store = TokenStore()
print(type(store.backend).__module__, store.secure)
print(store.save("https://bo.gov.vn", "chain", "tok-123"))
print(TokenStore().load("https://bo.gov.vn", "chain"))
"""


def test_secret_service_keeps_the_token_across_processes(tmp_path) -> None:
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        pytest.fail("needs gnome-keyring, dbus-daemon and dbus-bin: ./dev test installs them")
    script = tmp_path / "run.sh"
    script.write_text(
        'echo -n "unlock" | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1\n'
        f"\"{sys.executable}\" -c '{SCRIPT}'\n"
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    result = subprocess.run(
        ["dbus-run-session", "--", "sh", str(script)], capture_output=True, text=True, cwd=REPO, env=env, timeout=60
    )
    lines = result.stdout.split()
    assert lines[:2] == ["keyring.backends.SecretService", "True"], result.stdout + result.stderr
    assert lines[2:] == ["True", "tok-123"]
    stored = b"".join(p.read_bytes() for p in (tmp_path / "data").rglob("*") if p.is_file())
    assert b"tok-123" not in stored  # the keyring file is encrypted


def test_without_a_keyring_the_cli_warns_and_keeps_nothing(tmp_path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS", "PYTHON_KEYRING_BACKEND")}
    env["HOME"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, cwd=REPO, env=env, timeout=60
    )
    lines = result.stdout.split()
    assert lines[1] == "False", result.stdout + result.stderr  # no secure store here
    assert lines[2:] == ["False", "None"]  # kept for that process only; the next one has nothing
