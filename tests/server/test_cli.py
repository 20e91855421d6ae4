"""Every `scp-ministry-server` command takes `--db PATH` or `--db postgresql://…` (interfaces.md)
and turns a failure into one line and exit 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from scp_desktop.resources import resource_path
from tests.conftest import REPO
from tests.server.conftest import PASSWORD
from tests.server.postgres import free_port


def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "scp_ministry_server", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )


def test_every_command_works_on_either_engine(database, tmp_path) -> None:
    db = ["--db", database]
    assert run("migrate", *db).returncode == 0
    assert run("org", "add", *db, "--tax-code", "0100234562", "--name", "Siêu thị", "--province", "01").returncode == 0
    assert run("org", "add", *db, "--tax-code", "0300588569", "--name", "Dệt may", "--province", "79").returncode == 0
    added = run("user", "add", *db, "--username", "chain", "--org", "0100234562", "--password-stdin", stdin=PASSWORD)
    assert added.returncode == 0, added.stderr
    assert run("user", "grant", *db, "--username", "chain", "--org", "0300588569").returncode == 0
    revoked = run("token", "revoke", *db, "--username", "chain")
    assert (revoked.returncode, revoked.stdout) == (0, "0 token(s) revoked\n")
    document = tmp_path / "set.json"
    energy = json.loads((resource_path("reference") / "energy.json").read_text("utf-8"))
    document.write_text(json.dumps({**energy, "version": "2027.1"}), "utf-8")
    published = run("reference", "publish", *db, "--name", "energy", str(document))
    assert published.returncode == 0 and "2027.1" in published.stdout, published.stderr

    from scp_ministry_server.storage import Storage

    storage = Storage.open(database, tmp_path)
    user = storage.user("chain")
    assert user is not None and storage.organizations_of(user["id"]) == ["0100234562", "0300588569"]
    assert storage.published_references()["energy"]["version"] == "2027.1"
    storage.close()

    twice = run("org", "add", *db, "--tax-code", "0100234562", "--name", "Again", "--province", "01")
    assert (twice.returncode, twice.stderr) == (2, "error: organization 0100234562 already exists\n")
    unknown = run("user", "grant", *db, "--username", "nobody", "--org", "0100234562")
    assert (unknown.returncode, unknown.stderr) == (2, "error: no user nobody\n")


def test_failures_are_one_line_and_exit_2(tmp_path) -> None:
    nowhere = f"postgresql://scp:secret-word@127.0.0.1:{free_port()}/none"
    refused = run("migrate", "--db", nowhere)
    assert refused.returncode == 2 and refused.stderr.startswith("error: cannot use the database")
    assert len(refused.stderr.strip().splitlines()) == 1 and "secret-word" not in refused.stderr
    no_folder = run("serve", "--db", nowhere)
    assert no_folder.returncode == 2 and "--attachments DIR" in no_folder.stderr
    workers = run("serve", "--db", str(tmp_path / "s.sqlite"), "--workers", "0")
    assert (workers.returncode, workers.stderr) == (2, "error: --workers must be at least 1\n")


@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_a_schema_newer_than_the_server_is_refused(database, tmp_path) -> None:
    from sqlalchemy import text

    from scp_ministry_server.storage import Storage

    storage = Storage.open(database, tmp_path)
    storage.migrate()
    with storage.write() as db:
        db.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    storage.close()
    answer = run("org", "add", "--db", database, "--tax-code", "0100234562", "--name", "x", "--province", "01")
    assert answer.returncode == 2 and "9999" in answer.stderr and len(answer.stderr.splitlines()) == 1


def test_reviewers_of_a_province_obligations_and_locks_from_the_command_line(tmp_path) -> None:
    db = ["--db", str(tmp_path / "server.sqlite")]
    assert (
        run("org", "add", *db, "--tax-code", "0300588569", "--name", "Dệt may", "--province", "Hồ Chí Minh").returncode
        == 0
    )
    added = run("user", "add", *db, "--username", "hcm", "--reviewer", "--province", "ho chi minh", "--password-stdin",
                stdin="mật-khẩu-2026\n")  # fmt: skip
    assert added.returncode == 0, added.stderr
    refused = run("user", "add", *db, "--username", "x", "--province", "79", "--password-stdin", stdin="12345678\n")
    assert refused.returncode == 2 and "--reviewer" in refused.stderr
    listing = tmp_path / "list.csv"
    listing.write_text("Mã số thuế,Tên cơ sở\n0300588569,Dệt may\n", encoding="utf-8")
    imported = run("obligations", "import", *db, "--year", "2025", "--list", "QĐ 1/QĐ-TTg", str(listing))
    assert imported.returncode == 0 and "1 obligation(s) added" in imported.stdout, imported.stderr
    locked = run(
        "lock", "add", *db, "--form", "energy", "--period", "2025", "--from", "2026-01-16", "--reason", "Hết hạn"
    )
    assert locked.returncode == 0, locked.stderr
    from scp_ministry_server.storage import Storage

    storage = Storage.open(tmp_path / "server.sqlite")
    assert storage.user("hcm")["province"] == "79"
    assert storage.known_organizations(["0300588569"]) == {"0300588569"}
    storage.close()
