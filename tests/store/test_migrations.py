"""Every earlier schema version upgrades to the current one with its data intact."""

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils.migrations import Migrations

from scp_desktop.services import assessments
from scp_desktop.services.summary import summary
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.database import NewerWorkspaceError, connect, migrate
from scp_desktop.store.schema import migrations, schema_version

FIXTURES = sorted(
    (Path(__file__).parent.parent / "fixtures").glob("workspace_v*.sqlite"),
    key=lambda path: int(path.stem.removeprefix("workspace_v")),
)


def test_there_is_a_fixture_for_every_schema_version() -> None:
    versions = {int(path.stem.removeprefix("workspace_v")) for path in FIXTURES}
    assert versions == set(range(1, len(migrations._migrations) + 1))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_fixture_upgrades_with_data_intact(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(fixture, path)
    with Workspace.open(path) as ws:
        assert schema_version(ws.db) == len(migrations._migrations)
        assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert ws.db.execute("PRAGMA foreign_key_check").fetchall() == []
        assert [o.tax_code for o in ws.organizations.all()] == ["0300588569", "0100234562"]
        textile = summary(ws, "0300588569", 2024)
        # Fixture: 100,000 kWh + 5 t DO (Jan) + 20 t FO (year) → 15.43 + 5.10 + 19.80 TOE
        assert textile.energy.toe_total == pytest.approx(40.33)
        assert textile.water.total_m3 == 4200.0  # the interactive edit survived
        assert textile.waste["textile"].recovery_rate_pct == 100.0
        assert textile.cleaner_production.implemented == 1
        store = summary(ws, "0100234562", 2024)
        assert store.bags.reduction_pct == pytest.approx(100 * (1 - (550 / 1100) / 1.3))
        assert (
            ws.db.execute(
                "SELECT count(*) FROM audit_log WHERE action = 'update' AND table_name = 'water_use'"
            ).fetchone()[0]
            == 1
        )
        assert ws.db.execute("SELECT count(*) FROM import_batches").fetchone()[0] == 7
        reports = [r for r in ws.reports.all() if not r["kind"].startswith("assessment/")]  # those: below
        version = int(fixture.stem.removeprefix("workspace_v"))
        if version >= 2:
            assert [(r["kind"], r["period"], r["state"]) for r in reports] == [
                ("bags", "2024-01", "finalized"),
                ("water", "2024-01", "finalized"),
                ("water", "2024-01", "draft"),
            ]
            assert reports[2]["supersedes"] == reports[1]["submission_id"]
        else:
            assert reports == []  # the table arrives empty with version 2
        history = assessments.history(ws, "0100234562")
        if version >= 4:
            assert [(h["scheme"], h["year"], h["state"]) for h in history] == [
                ("green-distribution", 2024, "finalized")
            ]
            kept = assessments.load(ws, history[0]["id"])
            assert kept.answers["A1"].override_reason == "counted by hand"
            assert kept.score.pct == pytest.approx(history[0]["score_pct"])
            # From version 10 a finalized assessment is in the outbox; an older one joins it at the next sync.
            assert (history[0]["submission_id"] is not None) == (version >= 10)
            assert assessments.queue_finalized(ws) == (0 if version >= 10 else 1)
            (queued,) = [r for r in ws.reports.all() if r["kind"] == "assessment/green-distribution"]
            assert queued["state"] == "finalized" and queued["period"] == "2024"
        else:
            assert history == []
        plant = ws.organizations.facilities(ws.organization("0300588569").id)[0]
        cost = ws.db.execute("SELECT cost_vnd FROM energy_use WHERE period = '2024-01' AND fuel = 'electricity'")
        if version >= 9:
            assert (plant.energy_manager, plant.last_energy_audit) == ("Nguyễn Văn An", "2023-06-30")
            assert cost.fetchone() == (190_000_000.0,)
        else:  # the profile arrives empty with version 9: nothing is invented
            assert (plant.energy_manager, plant.capacity, plant.ghg_listed) == ("", "", False)
            assert cost.fetchone() == (None,)


def test_backup_is_taken_before_a_migration(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite"
    shutil.copy(FIXTURES[-1], path)
    extended = Migrations(migrations.name)
    extended._migrations = list(migrations._migrations)

    @extended(name="m9999_test_column")
    def _add_column(db) -> None:
        db.execute("ALTER TABLE organizations ADD COLUMN website TEXT")

    db = connect(path)
    backup = migrate(db, path, extended)
    assert backup is not None and backup.exists()
    assert "website" in db["organizations"].columns_dict
    old = sqlite3.connect(backup)
    assert "website" not in [row[1] for row in old.execute("PRAGMA table_info(organizations)")]
    assert old.execute("SELECT count(*) FROM organizations").fetchone()[0] == 2
    old.close()
    assert migrate(db, path, extended) is None  # nothing pending: no second backup


def test_failing_migration_rolls_back(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite"
    shutil.copy(FIXTURES[-1], path)
    broken = Migrations(migrations.name)
    broken._migrations = list(migrations._migrations)

    @broken(name="m9999_broken")
    def _broken(db) -> None:
        db.execute("ALTER TABLE organizations ADD COLUMN website TEXT")
        raise RuntimeError("boom")

    db = connect(path)
    with pytest.raises(RuntimeError):
        migrate(db, path, broken)
    assert "website" not in db["organizations"].columns_dict
    assert len(broken.pending(db)) == 1


def test_a_newer_workspace_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "ws.sqlite"
    Workspace.open(path).close()
    db = connect(path)
    db["_sqlite_migrations"].insert({"migration_set": migrations.name, "name": "m9999_future", "applied_at": "x"})
    with pytest.raises(NewerWorkspaceError):
        migrate(db, path)


def test_new_workspace_has_wal_and_foreign_keys(ws) -> None:
    assert ws.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert ws.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with pytest.raises(sqlite3.IntegrityError):
        ws.db.execute("INSERT INTO facilities (org_id, code, name, kind) VALUES (999, 'X', 'X', 'plant')")
