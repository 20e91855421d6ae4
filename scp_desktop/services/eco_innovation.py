"""Eco-innovation projects: a consultant's project per client, its phases, and the client's own
figures that feed them (hotspots and KPIs from the records, business cases from the CP register).

Every write is one transaction; a phase document is validated by loading it into the domain's
types before it is stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from scp_desktop.domain.audit import Source
from scp_desktop.domain.eco_innovation import (
    PHASE_DOCUMENTS,
    PHASES,
    RECORD_INDICATORS,
    BusinessCase,
    Completeness,
    CpOption,
    Document,
    Idea,
    KpiSeries,
    Project,
    business_case,
    completeness,
    kpi_series,
    record_hotspot_figures,
)
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Msg
from scp_desktop.domain.summary import Summary
from scp_desktop.services.summary import summary
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.assessments import AssessmentRepository
from scp_desktop.store.eco_projects import EcoProjectRepository

UNKNOWN_PROJECT = QT_TRANSLATE_NOOP("EcoInnovation", "There is no eco-innovation project {id}.")
TITLE_NEEDED = QT_TRANSLATE_NOOP("EcoInnovation", "Give the project a title.")
BAD_YEAR = QT_TRANSLATE_NOOP("EcoInnovation", "The baseline year must be between 1990 and 2100.")
UNKNOWN_PHASE = QT_TRANSLATE_NOOP("EcoInnovation", "Unknown phase “{phase}”.")
ECO_SCHEME = "eco-innovation"


def _repo(ws: Workspace) -> EcoProjectRepository:
    return EcoProjectRepository(ws.db)


# -- projects -------------------------------------------------------------------------------------
def create_project(
    ws: Workspace,
    tax_code: str,
    title: str,
    baseline_year: int,
    consultant: str = "",
    client_representative: str = "",
    source: str = Source.CLI,
) -> int:
    org = ws.organization(tax_code)
    assert org.id is not None
    _check_header(title, baseline_year)
    with ws.transaction(source):
        return _repo(ws).create(org.id, title.strip(), consultant.strip(), client_representative.strip(), baseline_year)


def _check_header(title: str, baseline_year: int) -> None:
    if not title.strip():
        raise DomainError(TITLE_NEEDED, "title")
    if not 1990 <= baseline_year <= 2100:
        raise DomainError(BAD_YEAR, "baseline_year")


def update_project(ws: Workspace, project_id: int, source: str = Source.CLI, **fields: Any) -> Project:
    """Change the title, consultant, client's representative or baseline year."""
    current = load(ws, project_id)
    cleaned = {k: v.strip() if isinstance(v, str) else v for k, v in fields.items()}
    _check_header(cleaned.get("title", current.title), int(cleaned.get("baseline_year", current.baseline_year)))
    with ws.transaction(source):
        _repo(ws).update(project_id, **cleaned)
    return load(ws, project_id)


def delete_project(ws: Workspace, project_id: int, source: str = Source.CLI) -> None:
    load(ws, project_id)
    with ws.transaction(source):
        _repo(ws).delete(project_id)


def projects(ws: Workspace, tax_code: str) -> list[dict[str, Any]]:
    """The client's projects, newest first."""
    org = ws.organization(tax_code)
    assert org.id is not None
    return _repo(ws).for_organization(org.id)


def all_projects(ws: Workspace) -> list[dict[str, Any]]:
    """Every client's projects in this installation, by client."""
    return _repo(ws).all()


def project_for_report(ws: Workspace, tax_code: str, year: int | None = None) -> int | None:
    """The client's project with that baseline year, else its newest; None when it has none."""
    rows = projects(ws, tax_code)
    chosen = next((r for r in rows if r["baseline_year"] == year), rows[0] if rows else None)
    return chosen["id"] if chosen else None


def load(ws: Workspace, project_id: int) -> Project:
    row = _repo(ws).get(project_id)
    if row is None:
        raise DomainError(UNKNOWN_PROJECT(id=project_id), "project")
    stored = _repo(ws).phases(project_id)
    phases = {phase: PHASE_DOCUMENTS[phase].from_data(stored.get(phase)) for phase in PHASES}
    return Project(
        id=row["id"],
        tax_code=row["tax_code"],
        title=row["title"],
        consultant=row["consultant"],
        client_representative=row["client_representative"],
        baseline_year=row["baseline_year"],
        assessment_id=row["assessment_id"],
        phases=phases,
    )


def org_kind(ws: Workspace, project: Project) -> str:
    return ws.organization(project.tax_code).kind


def save_phase(ws: Workspace, project_id: int, phase: str, document: Document, source: str = Source.CLI) -> None:
    """Store one phase's document whole (one transaction)."""
    if phase not in PHASE_DOCUMENTS or not isinstance(document, PHASE_DOCUMENTS[phase]):
        raise DomainError(UNKNOWN_PHASE(phase=phase), "phase")
    load(ws, project_id)
    data = document.to_data()
    PHASE_DOCUMENTS[phase].from_data(data)  # what is stored reads back
    with ws.transaction(source):
        _repo(ws).save_phase(project_id, phase, data)


# -- the preliminary assessment (the eco-innovation criteria set, a maturity picture) ---------------
def ensure_assessment(ws: Workspace, project_id: int, source: str = Source.CLI) -> int:
    """The project's preliminary assessment, started (for its baseline year) if it has none."""
    from scp_desktop.services import assessments

    project = load(ws, project_id)
    if project.assessment_id is not None:
        return project.assessment_id
    new_id = assessments.start(
        ws, project.tax_code, ECO_SCHEME, project.baseline_year, assessor=project.consultant, source=source
    )
    with ws.transaction(source):
        _repo(ws).update(project_id, assessment_id=new_id)
    return new_id


def assessment_answered(ws: Workspace, project: Project) -> bool:
    from scp_desktop.domain.assessment import Status
    from scp_desktop.services import assessments

    if project.assessment_id is None:
        return False
    loaded = assessments.load(ws, project.assessment_id)
    return all(r.status is not Status.UNANSWERED for r in loaded.score.results)


# -- the client's own figures ----------------------------------------------------------------------
def facts_by_year(ws: Workspace, tax_code: str) -> dict[int, Summary]:
    """The client's summary for every year with records (services.summary)."""
    org = ws.organization(tax_code)
    assert org.id is not None
    return {year: summary(ws, tax_code, year) for year in ws.records.years_with_data(org.id)}


@dataclass(frozen=True)
class Indicator:
    key: str
    label: Msg
    unit: str


def available_indicators(ws: Workspace, tax_code: str) -> list[Indicator]:
    """The record indicators a KPI can follow for this client (per-output ones per unit produced)."""
    org = ws.organization(tax_code)
    assert org.id is not None
    units = sorted(
        {u for year in ws.records.years_with_data(org.id) for u in ws.records.production_by_unit(org.id, year)}
    )
    found = []
    for key, (label, unit) in RECORD_INDICATORS.items():
        if "{unit}" in unit:
            found += [Indicator(f"{key}:{output}", label, unit.format(unit=output)) for output in units]
        else:
            found.append(Indicator(key, label, unit))
    return found


def hotspot_figures(ws: Workspace, project: Project) -> dict[str, Msg]:
    """The figures from the client's records for the baseline year (its latest year before, if none)."""
    facts = facts_by_year(ws, project.tax_code)
    years = [y for y in facts if y <= project.baseline_year] or sorted(facts)
    if not years:
        return {}
    return record_hotspot_figures(facts[max(years)], org_kind(ws, project))


def kpi_table(ws: Workspace, project: Project, facts: Mapping[int, Summary] | None = None) -> list[KpiSeries]:
    facts = facts if facts is not None else facts_by_year(ws, project.tax_code)
    measured = project.review.measurements
    return [kpi_series(kpi, facts, measured) for kpi in project.strategy.kpis if kpi.code]


def cp_register(ws: Workspace, tax_code: str) -> list[CpOption]:
    """The client's cleaner-production options, keyed "facility/code" (the key travels in archives)."""
    org = ws.organization(tax_code)
    assert org.id is not None
    return [
        CpOption(
            f"{o['facility']}/{o['code']}",
            o["description"],
            o["status"],
            float(o["investment_vnd"]),
            float(o["annual_savings_vnd"]),
            o["lifetime_years"],
        )
        for o in ws.records.cp_options(org.id)
    ]


def idea_business_case(ws: Workspace, idea: Idea, register: list[CpOption]) -> BusinessCase | None:
    """The idea's linked CP options (from `cp_register`) as one investment, at the reference data's
    default life and discount rate."""
    by_key = {o.key: o for o in register}
    linked = [by_key[key] for key in idea.cp_options if key in by_key]
    return business_case(linked, ws.ref.cp_lifetime_years, ws.ref.cp_discount_rate)


def project_completeness(
    ws: Workspace, project: Project, facts: Mapping[int, Summary] | None = None
) -> dict[str, Completeness]:
    measured = {series.kpi.code: bool(series.points) for series in kpi_table(ws, project, facts)}
    return completeness(project, assessment_answered(ws, project), measured)


# -- archives: a client's project travels with the organization ------------------------------------
def archive_entries(ws: Workspace, org_id: int) -> list[dict[str, Any]]:
    """The organization's projects for its archive; the assessment named by its natural key."""
    entries = []
    for row in _repo(ws).for_organization(org_id):
        assessment = None
        if row["assessment_id"] is not None:
            assessment = AssessmentRepository(ws.db).natural_key(row["assessment_id"])
        project = {k: row[k] for k in ("title", "consultant", "client_representative", "baseline_year", "created_at")}
        entries.append({"project": project, "assessment": assessment, "phases": _repo(ws).phases(row["id"])})
    return entries


def import_archive_entries(ws: Workspace, org_id: int, entries: list[dict[str, Any]]) -> int:
    """Projects not yet here (by organization and creation time) are added; inside the caller's transaction."""
    added = 0
    for entry in entries:
        head = entry["project"]
        if _repo(ws).exists(org_id, head["created_at"]):
            continue
        link = entry.get("assessment")
        assessment_id = None
        if link:
            assessment_id = AssessmentRepository(ws.db).id_by_natural_key(
                org_id, link["scheme"], link["year"], link["created_at"]
            )
        project_id = _repo(ws).insert_imported(
            org_id,
            head["title"],
            head["consultant"],
            head["client_representative"],
            head["baseline_year"],
            assessment_id,
            head["created_at"],
        )
        for phase, data in entry["phases"].items():
            document = PHASE_DOCUMENTS[phase].from_data(data)  # an unknown phase or bad shape refuses the archive
            _repo(ws).save_phase(project_id, phase, document.to_data())
        added += 1
    return added
