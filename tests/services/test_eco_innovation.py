"""Eco-innovation projects on a real workspace: phases saved and read back, the client's figures,
the archive to the client's own installation, and kill -9 during autosaves."""

import datetime as dt
import json
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from scp_desktop.domain.eco_innovation import Idea, Kpi, Measurement, Review, Roadmap, Strategy
from scp_desktop.domain.messages import DomainError
from scp_desktop.services import eco_innovation as eco
from scp_desktop.services.archive import export_archive, import_archive
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.workspace import Workspace
from tests.conftest import REPO

CLIENT = "0306123457"  # the demo's packaging manufacturer
TODAY = dt.date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Workspace:
    ws = Workspace.open(tmp_path_factory.mktemp("eco") / "demo.sqlite")
    fill_demo(ws, today=TODAY)
    yield ws
    ws.close()


def test_a_project_per_client_with_its_phases_read_back(ws) -> None:
    ws.add_organization(tax_code="0300588569", name="Dệt", kind="manufacturer", province="79")
    ws.add_organization(tax_code="0100234562", name="Siêu thị", kind="supermarket", province="01")
    first = eco.create_project(ws, "0300588569", " Dự án A ", 2024, "Tư vấn A", "Giám đốc A")
    eco.create_project(ws, "0100234562", "Dự án B", 2025)
    assert [p["title"] for p in eco.all_projects(ws)] == ["Dự án A", "Dự án B"]  # by client name (Dệt, Siêu thị)
    strategy = Strategy(vision="Tầm nhìn", kpis=(Kpi("K1", "Điện", "energy_toe", "TOE", 2024, None, 90.0, 2027),))
    eco.save_phase(ws, first, "strategy", strategy)
    project = eco.load(ws, first)
    assert project.title == "Dự án A" and project.strategy == strategy and project.roadmap == Roadmap()
    with pytest.raises(DomainError):
        eco.save_phase(ws, first, "roadmap", strategy)  # a document of another phase
    with pytest.raises(DomainError) as untitled:
        eco.create_project(ws, "0300588569", "  ", 2024)
    assert untitled.value.field == "title"
    changed = eco.update_project(ws, first, client_representative="Bà Lan", baseline_year=2023)
    assert (changed.client_representative, changed.baseline_year) == ("Bà Lan", 2023)
    audited = ws.db.execute(
        "SELECT count(*) FROM audit_log WHERE table_name = 'eco_project_phases' AND action = 'insert'"
    ).fetchone()[0]
    assert audited == 1
    eco.delete_project(ws, first)
    with pytest.raises(DomainError):
        eco.load(ws, first)


def test_kpis_and_business_cases_come_from_the_clients_records(demo) -> None:
    project = eco.load(demo, eco.projects(demo, CLIENT)[0]["id"])
    facts = eco.facts_by_year(demo, CLIENT)
    series = {s.kpi.code: s for s in eco.kpi_table(demo, project, facts)}
    energy = series["K1"]
    base, later = facts[2024], facts[2025]
    expected_base = base.energy.toe_total / base.production["t"]
    assert energy.baseline == pytest.approx(expected_base) and energy.baseline_from_records
    point = energy.points[0]
    assert point.year == 2025
    assert point.value == pytest.approx(later.energy.toe_total / later.production["t"])
    assert point.change_pct == pytest.approx(100 * (point.value / expected_base - 1))
    manual = series["K3"]  # measured by the consultant, not in the records
    assert [(p.year, p.value, p.from_records) for p in manual.points] == [(2025, 12.0, False)]
    register = eco.cp_register(demo, CLIENT)
    options = {o.key: o for o in register}
    idea = Idea("I9", cp_options=("NM01/GP01", "NM01/GP02", "NM01/NONE"))
    case = eco.idea_business_case(demo, idea, register)
    assert case is not None and len(case.options) == 2  # an option no longer in the register is left out
    investment = options["NM01/GP01"].investment_vnd + options["NM01/GP02"].investment_vnd
    assert case.investment_vnd == investment == 950_000_000
    assert case.annual_savings_vnd == 680_000_000 and case.payback_years == pytest.approx(950 / 680)
    assert case.years == demo.ref.cp_lifetime_years
    figures = eco.hotspot_figures(demo, project)
    assert figures["production:energy"].params == {"value": pytest.approx(base.energy.toe_total), "year": 2024}
    indicators = {i.key: i.unit for i in eco.available_indicators(demo, CLIENT)}
    assert indicators["energy_per_output:t"] == "TOE/t" and indicators["water_m3"] == "m³"


def test_the_preliminary_assessment_belongs_to_the_project(ws) -> None:
    ws.add_organization(tax_code="0300588569", name="Dệt", kind="manufacturer", province="79")
    project_id = eco.create_project(ws, "0300588569", "Dự án", 2025, consultant="Hương")
    assessment_id = eco.ensure_assessment(ws, project_id)
    assert eco.ensure_assessment(ws, project_id) == assessment_id  # once
    from scp_desktop.services import assessments

    started = assessments.load(ws, assessment_id)
    assert (started.criteria.id, started.record["year"], started.record["assessor"]) == (
        "eco-innovation",
        2025,
        "Hương",
    )
    project = eco.load(ws, project_id)
    assert not eco.assessment_answered(ws, project)
    for criterion in started.criteria.criteria():
        assessments.answer(ws, assessment_id, criterion.id, criterion.options[0].id)
    assert eco.assessment_answered(ws, project)
    assert eco.project_completeness(ws, project)["prepare"].steps[3].done


def test_a_clients_project_travels_in_its_archive(demo, tmp_path) -> None:
    archive = tmp_path / "client.zip"
    export_archive(demo, archive, [CLIENT])
    original = eco.load(demo, eco.projects(demo, CLIENT)[0]["id"])
    with Workspace.open(tmp_path / "client-computer.sqlite") as ws:
        first = import_archive(ws, archive, today=TODAY)
        again = import_archive(ws, archive, today=TODAY)
        assert (first.eco_projects, again.eco_projects) == (1, 0)
        [row] = eco.projects(ws, CLIENT)
        moved = eco.load(ws, row["id"])
        assert moved.phases == original.phases and moved.consultant == original.consultant
        assert moved.assessment_id is not None  # the link follows the assessment, by its natural key
        from scp_desktop.services import assessments

        assert assessments.load(ws, moved.assessment_id).answers["P2"].value == "o2"
        assert eco.kpi_table(ws, moved)[0].baseline == eco.kpi_table(demo, original)[0].baseline


AUTOSAVER = textwrap.dedent(
    """
    import sys
    from scp_desktop.domain.eco_innovation import Measurement, Review
    from scp_desktop.services import eco_innovation as eco
    from scp_desktop.services.workspace import Workspace

    ws = Workspace.open(sys.argv[1])
    project_id = int(sys.argv[2])
    measurements = ()
    for n in range(1, 100_000):
        measurements = (*measurements[-200:], Measurement("K3", 2000 + n % 100, float(n), "x" * 200))
        eco.save_phase(ws, project_id, "review", Review(measurements=measurements, narrative=str(n)))
        print(n, flush=True)  # confirmed: the transaction has committed
    """
)


@pytest.mark.slow
def test_kill_9_during_autosaves_keeps_every_confirmed_save(tmp_path) -> None:
    path = tmp_path / "ws.sqlite"
    with Workspace.open(path) as ws:
        ws.add_organization(tax_code="0300588569", name="Dệt", kind="manufacturer", province="79")
        project_id = eco.create_project(ws, "0300588569", "Dự án", 2025)
    for _ in range(3):
        process = subprocess.Popen(
            [sys.executable, "-c", AUTOSAVER, str(path), str(project_id)], cwd=REPO, stdout=subprocess.PIPE, text=True
        )
        assert process.stdout is not None
        confirmed = 0
        for line in process.stdout:
            confirmed = int(line)
            if confirmed >= 40:
                break
        process.send_signal(signal.SIGKILL)
        process.wait()
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = conn.execute("SELECT document FROM eco_project_phases WHERE phase = 'review'").fetchone()[0]
        conn.close()
        review = Review.from_data(json.loads(stored))
        assert int(review.narrative) >= confirmed  # the last confirmed save, or one after it
        assert review.measurements[-1] == Measurement(
            "K3", 2000 + int(review.narrative) % 100, float(review.narrative), "x" * 200
        )
