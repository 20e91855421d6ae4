"""The client's eco-innovation report as format-neutral content: a narrative per UNEP phase with
the worksheets as tables and figures. `pdf.eco_report` and `word.eco_report` render the same
content, so the PDF and the DOCX say exactly the same."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from scp_desktop.catalog import translator
from scp_desktop.domain.assessment import bilingual
from scp_desktop.domain.eco_innovation import (
    ACTION_STATUSES,
    CANVAS_BLOCKS,
    COMPETITION,
    DIRECTIONS,
    DRAFT_NOTE,
    HORIZONS,
    HOTSPOT_RATINGS,
    IMPACTS,
    LIFE_CYCLE_STAGES,
    PHASES,
    PILOT_STATUSES,
    SOURCES,
    SWOT_QUADRANTS,
    KpiSeries,
    Project,
    gantt,
    hotspot_key,
    indicator_label,
    prioritize,
    priority_matrix,
)
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from scp_desktop.domain.numbers import format_number, short_number
from scp_desktop.domain.reports import content_sha256
from scp_desktop.domain.summary import Summary
from scp_desktop.services import eco_innovation as eco
from scp_desktop.services.report_content import BarFigure, Heading, KeyValues, Paragraph, Signatures, Table, words
from scp_desktop.services.workspace import Workspace

T = {
    "title": QT_TRANSLATE_NOOP("EcoReport", "Eco-innovation report: {client}"),
    "client": QT_TRANSLATE_NOOP("EcoReport", "Client"),
    "province": QT_TRANSLATE_NOOP("EcoReport", "Province or city"),
    "sector": QT_TRANSLATE_NOOP("EcoReport", "Sector (VSIC)"),
    "project": QT_TRANSLATE_NOOP("EcoReport", "Project"),
    "consultant": QT_TRANSLATE_NOOP("EcoReport", "Consultant"),
    "representative": QT_TRANSLATE_NOOP("EcoReport", "Client's representative"),
    "baseline": QT_TRANSLATE_NOOP("EcoReport", "Baseline year"),
    "date": QT_TRANSLATE_NOOP("EcoReport", "Report date"),
    "method": QT_TRANSLATE_NOOP("EcoReport", "Method"),
    "method_text": QT_TRANSLATE_NOOP(
        "EcoReport",
        "UNEP eco-innovation method, six phases: prepare, set strategy, set business model, build roadmap, "
        "implement, review. The figures are the client's own records in SCP Desktop.",
    ),
    "sources": QT_TRANSLATE_NOOP("EcoReport", "Sources"),
    "phase": QT_TRANSLATE_NOOP("EcoReport", "Phase {number}: {name}"),
    "no_summary": QT_TRANSLATE_NOOP("EcoReport", "(No summary written for this phase yet.)"),
    "profile": QT_TRANSLATE_NOOP("EcoReport", "Business profile"),
    "products": QT_TRANSLATE_NOOP("EcoReport", "Products and services"),
    "value_chain": QT_TRANSLATE_NOOP("EcoReport", "Value chain"),
    "suppliers": QT_TRANSLATE_NOOP("EcoReport", "Suppliers"),
    "operations": QT_TRANSLATE_NOOP("EcoReport", "The client's operations"),
    "customers": QT_TRANSLATE_NOOP("EcoReport", "Customers"),
    "team": QT_TRANSLATE_NOOP("EcoReport", "Project team"),
    "name": QT_TRANSLATE_NOOP("EcoReport", "Name"),
    "role": QT_TRANSLATE_NOOP("EcoReport", "Role"),
    "organization": QT_TRANSLATE_NOOP("EcoReport", "Organization"),
    "contact": QT_TRANSLATE_NOOP("EcoReport", "Contact"),
    "markets": QT_TRANSLATE_NOOP("EcoReport", "Target markets"),
    "market": QT_TRANSLATE_NOOP("EcoReport", "Market"),
    "competition": QT_TRANSLATE_NOOP("EcoReport", "Competition"),
    "note": QT_TRANSLATE_NOOP("EcoReport", "Note"),
    "maturity": QT_TRANSLATE_NOOP("EcoReport", "Preliminary assessment: maturity by area"),
    "maturity_note": QT_TRANSLATE_NOOP(
        "EcoReport",
        "Draft questions of SCP Desktop, answered with the client: a picture of where the client stands, "
        "with no pass or fail.",
    ),
    "no_assessment": QT_TRANSLATE_NOOP("EcoReport", "The preliminary assessment has not been started."),
    "area": QT_TRANSLATE_NOOP("EcoReport", "Area"),
    "points": QT_TRANSLATE_NOOP("EcoReport", "Points"),
    "share": QT_TRANSLATE_NOOP("EcoReport", "Share of points (%)"),
    "swot": QT_TRANSLATE_NOOP("EcoReport", "SWOT by area"),
    "hotspots": QT_TRANSLATE_NOOP("EcoReport", "Life-cycle hotspots"),
    "hotspot_note": QT_TRANSLATE_NOOP(
        "EcoReport",
        "Rows: life-cycle stages; columns: impacts. Ratings are the consultant's; figures in italics are the "
        "client's own records for {year}.",
    ),
    "stage": QT_TRANSLATE_NOOP("EcoReport", "Stage"),
    "vision": QT_TRANSLATE_NOOP("EcoReport", "Vision"),
    "goals": QT_TRANSLATE_NOOP("EcoReport", "Goals"),
    "targets": QT_TRANSLATE_NOOP("EcoReport", "Measurable targets"),
    "kpi": QT_TRANSLATE_NOOP("EcoReport", "KPI"),
    "unit": QT_TRANSLATE_NOOP("EcoReport", "Unit"),
    "baseline_value": QT_TRANSLATE_NOOP("EcoReport", "Baseline"),
    "target": QT_TRANSLATE_NOOP("EcoReport", "Target"),
    "target_year": QT_TRANSLATE_NOOP("EcoReport", "By"),
    "direction": QT_TRANSLATE_NOOP("EcoReport", "Direction"),
    "source": QT_TRANSLATE_NOOP("EcoReport", "Source"),
    "from_records": QT_TRANSLATE_NOOP("EcoReport", "records"),
    "measured": QT_TRANSLATE_NOOP("EcoReport", "measured"),
    "canvas_current": QT_TRANSLATE_NOOP("EcoReport", "Business model canvas: current"),
    "canvas_new": QT_TRANSLATE_NOOP("EcoReport", "Business model canvas: new"),
    "changes": QT_TRANSLATE_NOOP("EcoReport", "What changes"),
    "blocks_in_full": QT_TRANSLATE_NOOP("EcoReport", "The blocks in full: current, new and what changes"),
    "block": QT_TRANSLATE_NOOP("EcoReport", "Block"),
    "current": QT_TRANSLATE_NOOP("EcoReport", "Current"),
    "new": QT_TRANSLATE_NOOP("EcoReport", "New"),
    "no_changes": QT_TRANSLATE_NOOP("EcoReport", "No block of the business model changes yet."),
    "ideas": QT_TRANSLATE_NOOP("EcoReport", "Ideas, by priority"),
    "ideas_note": QT_TRANSLATE_NOOP(
        "EcoReport",
        "Impact and ease rated 1 (low) to 5 (high) with the client; priority = impact × ease (our draft rule).",
    ),
    "rank": QT_TRANSLATE_NOOP("EcoReport", "Rank"),
    "code": QT_TRANSLATE_NOOP("EcoReport", "Code"),
    "idea": QT_TRANSLATE_NOOP("EcoReport", "Idea"),
    "impact": QT_TRANSLATE_NOOP("EcoReport", "Impact"),
    "ease": QT_TRANSLATE_NOOP("EcoReport", "Ease"),
    "priority": QT_TRANSLATE_NOOP("EcoReport", "Priority"),
    "matrix": QT_TRANSLATE_NOOP("EcoReport", "Impact × ease matrix"),
    "business_case": QT_TRANSLATE_NOOP("EcoReport", "Business case from the cleaner-production register"),
    "business_case_note": QT_TRANSLATE_NOOP(
        "EcoReport",
        "Linked options of the client's CP register; NPV at {rate} % over each option's life ({years} years "
        "where none is recorded; reference data), payback = investment ÷ annual savings.",
    ),
    "options": QT_TRANSLATE_NOOP("EcoReport", "CP options"),
    "investment": QT_TRANSLATE_NOOP("EcoReport", "Investment (VND)"),
    "savings": QT_TRANSLATE_NOOP("EcoReport", "Savings (VND/year)"),
    "payback": QT_TRANSLATE_NOOP("EcoReport", "Payback (years)"),
    "npv": QT_TRANSLATE_NOOP("EcoReport", "NPV (VND)"),
    "irr": QT_TRANSLATE_NOOP("EcoReport", "IRR (%)"),
    "roadmap": QT_TRANSLATE_NOOP("EcoReport", "Roadmap"),
    "action": QT_TRANSLATE_NOOP("EcoReport", "Action"),
    "horizon": QT_TRANSLATE_NOOP("EcoReport", "Horizon"),
    "owner": QT_TRANSLATE_NOOP("EcoReport", "Owner"),
    "when": QT_TRANSLATE_NOOP("EcoReport", "When"),
    "status": QT_TRANSLATE_NOOP("EcoReport", "Status"),
    "pilots": QT_TRANSLATE_NOOP("EcoReport", "Pilots"),
    "pilot": QT_TRANSLATE_NOOP("EcoReport", "Pilot"),
    "planned_investment": QT_TRANSLATE_NOOP("EcoReport", "Planned investment (VND)"),
    "actual_investment": QT_TRANSLATE_NOOP("EcoReport", "Actual investment (VND)"),
    "results": QT_TRANSLATE_NOOP("EcoReport", "Results"),
    "kpi_table": QT_TRANSLATE_NOOP("EcoReport", "KPIs against the baseline"),
    "kpi_note": QT_TRANSLATE_NOOP(
        "EcoReport",
        "Each year: the value and its change against the baseline (%); progress = share of the way from the "
        "baseline to the target. “records”: computed from the client's records; “measured”: entered by the "
        "consultant. {partial}",
    ),
    "partial": QT_TRANSLATE_NOOP("EcoReport", "{year} is not over: its figures are the year so far."),
    "progress": QT_TRANSLATE_NOOP("EcoReport", "Progress (%)"),
    "cycles": QT_TRANSLATE_NOOP("EcoReport", "Review cycles"),
    "year": QT_TRANSLATE_NOOP("EcoReport", "Year"),
    "findings": QT_TRANSLATE_NOOP("EcoReport", "Findings"),
    "next_steps": QT_TRANSLATE_NOOP("EcoReport", "Next steps"),
    "none": QT_TRANSLATE_NOOP("EcoReport", "None recorded."),
    "signed_consultant": QT_TRANSLATE_NOOP("EcoReport", "Consultant (signature)"),
    "signed_client": QT_TRANSLATE_NOOP("EcoReport", "For the client (signature, seal)"),
    "date_line": QT_TRANSLATE_NOOP("EcoReport", "Date: ……/……/…………"),
}


# -- the content model ----------------------------------------------------------------------------
# The shared blocks (heading, paragraph, key–values, table, bar figure, signatures) come from
# services.report_content; these figures are the eco-innovation report's own.


@dataclass(frozen=True)
class CanvasFigure:
    title: str
    blocks: dict[str, tuple[str, str]]  # block → (its title, its text)


@dataclass(frozen=True)
class HotspotFigure:
    stages: list[str]
    impacts: list[str]
    cells: list[list[tuple[str, str, str, str]]]  # per stage, per impact: (rating code, word, note, figure)


@dataclass(frozen=True)
class MatrixFigure:
    title: str
    impact_label: str
    ease_label: str
    cells: dict[tuple[int, int], list[str]]


@dataclass(frozen=True)
class GanttFigure:
    rows: list[tuple[str, int, int, str]]  # label, first month index, last, status code
    first: int
    last: int


Block = Heading | Paragraph | KeyValues | Table | CanvasFigure | HotspotFigure | MatrixFigure | GanttFigure | BarFigure


@dataclass
class EcoReport:
    language: str
    title: str
    org_name: str
    tax_code: str
    period: str
    content_sha256: str
    blocks: list[Block | Signatures] = field(default_factory=list)

    def text(self) -> str:
        """Every word of the report (for searching and tests)."""
        parts: list[str] = [self.title]
        for block in self.blocks:
            parts += _words(block)
        return "\n".join(parts)


def _words(block: Any) -> list[str]:
    if isinstance(block, CanvasFigure):
        return [block.title] + [f"{t} {x}" for t, x in block.blocks.values()]
    return words(block)


# -- building it ----------------------------------------------------------------------------------
class _Writer:
    def __init__(self, language: str) -> None:
        self.language = language
        self.translate = translator(language)
        self.blocks: list[Block | Signatures] = []

    def tr(self, msg: Msg, **params: Any) -> str:
        return (msg(**params) if params else msg).render(self.translate, lambda v: short_number(v, self.language))

    def t(self, key: str, **params: Any) -> str:
        return self.tr(T[key], **params)

    def number(self, value: float | None, decimals: int = 2) -> str:
        return "–" if value is None else format_number(value, self.language, decimals)

    def add(self, block: Block | Signatures) -> None:
        self.blocks.append(block)

    def narrative(self, text: str) -> None:
        for paragraph in [p.strip() for p in text.split("\n\n") if p.strip()] or [self.t("no_summary")]:
            self.add(Paragraph(paragraph))


def build_content(ws: Workspace, project_id: int, language: str, today: dt.date | None = None) -> EcoReport:
    project = eco.load(ws, project_id)
    org = ws.organization(project.tax_code)
    facts = eco.facts_by_year(ws, project.tax_code)
    day = today or dt.date.today()
    w = _Writer(language)
    province = ws.ref.provinces.get(org.province_code)
    sector = ws.ref.vsic_sections.get(org.sector[:1]) if org.sector else None
    w.add(
        KeyValues(
            [
                (w.t("client"), f"{org.name} · {org.tax_code}"),
                (w.t("province"), province.name if province else org.province_code),
                (w.t("sector"), f"{org.sector or ''} {sector.label(language) if sector else ''}".strip() or "–"),
                (w.t("project"), project.title),
                (w.t("consultant"), project.consultant or "–"),
                (w.t("representative"), project.client_representative or "–"),
                (w.t("baseline"), str(project.baseline_year)),
                (w.t("date"), day.strftime("%d/%m/%Y") if language == "vi" else day.isoformat()),
                (w.t("method"), w.t("method_text")),
                (w.t("sources"), "; ".join(SOURCES)),
            ]
        )
    )
    w.add(Paragraph(w.tr(DRAFT_NOTE), "small"))
    _prepare(w, ws, project)
    _strategy(w, ws, project)
    _business_model(w, project)
    _roadmap(w, ws, project)
    _implement(w, ws, project)
    _review(w, ws, project, facts, day)
    signers = [(w.t("signed_consultant"), project.consultant), (w.t("signed_client"), project.client_representative)]
    w.add(Signatures(signers, w.t("date_line")))
    identity = {"project": project.title, "phases": {p: project.phase(p).to_data() for p in PHASES}}
    return EcoReport(
        language,
        w.t("title", client=org.name),
        org.name,
        org.tax_code,
        str(project.baseline_year),
        content_sha256(identity),
        w.blocks,
    )


def _phase_heading(w: _Writer, phase: str) -> None:
    w.add(Heading(w.t("phase", number=list(PHASES).index(phase) + 1, name=w.tr(PHASES[phase])), 1))


def _prepare(w: _Writer, ws: Workspace, project: Project) -> None:
    p = project.prepare
    _phase_heading(w, "prepare")
    w.narrative(p.narrative)
    w.add(Heading(w.t("profile")))
    w.add(KeyValues([(w.t("profile"), p.description or "–"), (w.t("products"), p.products or "–")]))
    w.add(Heading(w.t("value_chain")))
    w.add(
        Table(
            [f"{w.t('suppliers')} →", f"{w.t('operations')} →", w.t("customers")],
            [[p.suppliers or "–", p.operations or "–", p.customers or "–"]],
            [58, 58, 58],
        )
    )
    w.add(Heading(w.t("team")))
    rows = [[m.name, m.role, m.organization, m.contact] for m in p.team if m.name]
    _table_or_none(w, [w.t(k) for k in ("name", "role", "organization", "contact")], rows, [45, 50, 45, 34])
    w.add(Heading(w.t("markets")))
    rows = [[m.market, w.tr(COMPETITION.get(m.competition, COMPETITION[""])), m.note] for m in p.markets if m.market]
    _table_or_none(w, [w.t("market"), w.t("competition"), w.t("note")], rows, [60, 50, 64])
    w.add(Heading(w.t("maturity")))
    if project.assessment_id is None:
        w.add(Paragraph(w.t("no_assessment")))
        return
    from scp_desktop.services import assessments

    score = assessments.load(ws, project.assessment_id).score
    w.add(Paragraph(w.t("maturity_note"), "small"))
    sections = [s for s in score.sections if s.possible]
    w.add(
        Table(
            [w.t("area"), w.t("points"), w.t("share")],
            [
                [
                    bilingual(s.section.title, w.language),
                    f"{w.number(s.earned, 1)} / {w.number(s.possible, 1)}",
                    w.number(s.pct, 0),
                ]
                for s in sections
            ],
            [100, 40, 34],
            (1, 2),
        )
    )
    w.add(
        BarFigure(
            w.t("maturity"),
            [bilingual(s.section.title, w.language) for s in sections],
            [s.pct or 0.0 for s in sections],
        )
    )


def _strategy(w: _Writer, ws: Workspace, project: Project) -> None:
    s = project.strategy
    _phase_heading(w, "strategy")
    w.narrative(s.narrative)
    w.add(Heading(w.t("swot")))
    areas = list(dict.fromkeys(e.area for e in s.swot if e.text.strip()))  # in the order first used
    rows = [
        [area or "–"]
        + [
            "\n".join(f"• {e.text}" for e in s.swot if e.area == area and e.quadrant == q and e.text.strip()) or "–"
            for q in SWOT_QUADRANTS
        ]
        for area in areas
    ]
    _table_or_none(w, [w.t("area"), *(w.tr(m) for m in SWOT_QUADRANTS.values())], rows, [34, 35, 35, 35, 35])
    w.add(Heading(w.t("hotspots")))
    figures = eco.hotspot_figures(ws, project)
    year = next(iter(figures.values())).params.get("year") if figures else project.baseline_year
    w.add(Paragraph(w.t("hotspot_note", year=year), "small"))
    cells = []
    for stage in LIFE_CYCLE_STAGES:
        row = []
        for impact in IMPACTS:
            spot = s.hotspot(stage, impact)
            figure = figures.get(hotspot_key(stage, impact))
            row.append(
                (
                    spot.rating,
                    w.tr(HOTSPOT_RATINGS.get(spot.rating, HOTSPOT_RATINGS[""])) if spot.rating else "",
                    spot.note,
                    w.tr(figure) if figure else "",
                )
            )
        cells.append(row)
    w.add(HotspotFigure([w.tr(m) for m in LIFE_CYCLE_STAGES.values()], [w.tr(m) for m in IMPACTS.values()], cells))
    w.add(Heading(w.t("vision")))
    w.add(Paragraph(s.vision or "–"))
    w.add(Heading(w.t("goals")))
    w.add(Paragraph(s.goals or "–"))
    w.add(Heading(w.t("targets")))
    series = {x.kpi.code: x for x in eco.kpi_table(ws, project)}
    rows = []
    for kpi in s.kpis:
        if not kpi.code:
            continue
        known = series.get(kpi.code)
        rows.append(
            [
                f"{kpi.code} {_kpi_name(w, kpi)}",
                _kpi_unit(kpi),
                str(kpi.baseline_year or "–"),
                w.number(
                    known.baseline if known else None, _decimals(known.baseline if known else None, kpi.target_value)
                ),
                w.number(kpi.target_value, _decimals(known.baseline if known else None, kpi.target_value)),
                str(kpi.target_year or "–"),
                w.tr(DIRECTIONS.get(kpi.direction, DIRECTIONS["decrease"])),
                w.t("from_records") if kpi.indicator != "manual" else w.t("measured"),
            ]
        )
    header = [
        w.t(k) for k in ("kpi", "unit", "baseline", "baseline_value", "target", "target_year", "direction", "source")
    ]
    _table_or_none(w, header, rows, [40, 15, 18, 20, 20, 13, 26, 22], (3, 4))


def _kpi_name(w: _Writer, kpi: Any) -> str:
    if kpi.name:
        return kpi.name
    label = indicator_label(kpi.indicator)
    return w.tr(label[0]) if label else ""


def _kpi_unit(kpi: Any) -> str:
    label = indicator_label(kpi.indicator)
    return kpi.unit or (label[1] if label else "")


def _decimals(*values: float | None) -> int:
    """Enough decimals to see a KPI move: 4 below 1 (e.g. TOE per tonne), 2 below 10, else 1."""
    largest = max((abs(v) for v in values if v is not None), default=0.0)
    return 4 if 0 < largest < 1 else 2 if largest < 10 else 1


def _business_model(w: _Writer, project: Project) -> None:
    b = project.business_model
    _phase_heading(w, "business_model")
    w.narrative(b.narrative)
    for key, attribute in (("canvas_current", "current"), ("canvas_new", "new")):
        w.add(
            CanvasFigure(
                w.t(key),
                {block: (w.tr(title), getattr(b.block(block), attribute)) for block, title in CANVAS_BLOCKS.items()},
            )
        )
    w.add(Heading(w.t("blocks_in_full")))
    rows = [
        [w.tr(title), b.block(block).current, b.block(block).new, b.block(block).change]
        for block, title in CANVAS_BLOCKS.items()
        if any((b.block(block).current, b.block(block).new, b.block(block).change))
    ]
    if rows:
        w.add(Table([w.t("block"), w.t("current"), w.t("new"), w.t("changes")], rows, [32, 48, 48, 46]))
    else:
        w.add(Paragraph(w.t("no_changes")))


def _roadmap(w: _Writer, ws: Workspace, project: Project) -> None:
    r = project.roadmap
    _phase_heading(w, "roadmap")
    w.narrative(r.narrative)
    w.add(Heading(w.t("ideas")))
    w.add(Paragraph(w.t("ideas_note"), "small"))
    rows = [
        [
            str(x.rank) if x.rank else "–",
            x.idea.code,
            x.idea.description,
            w.tr(CANVAS_BLOCKS[x.idea.block]) if x.idea.block in CANVAS_BLOCKS else "–",
            x.idea.source,
            str(x.idea.impact or "–"),
            str(x.idea.ease or "–"),
            str(x.priority or "–"),
        ]
        for x in prioritize(r.ideas)
    ]
    header = [w.t(k) for k in ("rank", "code", "idea", "block", "source", "impact", "ease", "priority")]
    _table_or_none(w, header, rows, [13, 12, 46, 26, 27, 16, 14, 20], (0, 5, 6, 7))
    if r.ideas:
        w.add(MatrixFigure(w.t("matrix"), w.t("impact"), w.t("ease"), priority_matrix(r.ideas)))
    w.add(Heading(w.t("business_case")))
    w.add(
        Paragraph(
            w.t("business_case_note", rate=ws.ref.cp_discount_rate * 100, years=ws.ref.cp_lifetime_years), "small"
        )
    )
    register = eco.cp_register(ws, project.tax_code)
    rows = []
    for idea in r.ideas:
        case = eco.idea_business_case(ws, idea, register)
        if case is None:
            continue
        rows.append(
            [
                f"{idea.code} {idea.description}",
                ", ".join(f"{o.key} {o.description}" for o in case.options),
                w.number(case.investment_vnd, 0),
                w.number(case.annual_savings_vnd, 0),
                w.number(case.payback_years, 1),
                w.number(case.npv_vnd, 0),
                w.number(case.irr * 100 if case.irr is not None else None, 1),
            ]
        )
    header = [w.t(k) for k in ("idea", "options", "investment", "savings", "payback", "npv", "irr")]
    _table_or_none(w, header, rows, [30, 38, 24, 24, 16, 28, 14], (2, 3, 4, 5, 6))
    w.add(Heading(w.t("roadmap")))
    bars, first, last = gantt(r.actions)
    if bars and first is not None and last is not None:
        w.add(GanttFigure([(f"{b.action.title}", b.first, b.last, b.action.status) for b in bars], first, last))
    rows = [
        [
            a.title,
            w.tr(HORIZONS.get(a.horizon, HORIZONS["short"])),
            a.owner,
            f"{a.start or '…'} – {a.end or '…'}",
            a.kpi,
            w.tr(ACTION_STATUSES.get(a.status, ACTION_STATUSES["planned"])),
        ]
        for a in r.actions
    ]
    header = [w.t(k) for k in ("action", "horizon", "owner", "when", "kpi", "status")]
    _table_or_none(w, header, rows, [52, 22, 34, 30, 12, 24])


def _implement(w: _Writer, ws: Workspace, project: Project) -> None:
    i = project.implement
    _phase_heading(w, "implement")
    w.narrative(i.narrative)
    w.add(Heading(w.t("pilots")))
    register = eco.cp_register(ws, project.tax_code)
    ideas = {idea.code: idea for idea in project.roadmap.ideas}
    rows = []
    for pilot in i.pilots:
        if not pilot.title:
            continue
        case = eco.idea_business_case(ws, ideas[pilot.idea], register) if pilot.idea in ideas else None
        rows.append(
            [
                pilot.title + (f" ({pilot.idea})" if pilot.idea else ""),
                w.tr(PILOT_STATUSES.get(pilot.status, PILOT_STATUSES["planned"])),
                f"{pilot.start or '…'} – {pilot.end or '…'}",
                w.number(case.investment_vnd if case else None, 0),
                w.number(pilot.investment_vnd, 0),
                w.number(pilot.annual_savings_vnd, 0),
                pilot.results,
            ]
        )
    header = [
        w.t(k) for k in ("pilot", "status", "when", "planned_investment", "actual_investment", "savings", "results")
    ]
    _table_or_none(w, header, rows, [34, 16, 24, 24, 24, 22, 30], (3, 4, 5))


def _review(w: _Writer, ws: Workspace, project: Project, facts: dict[int, Summary], day: dt.date) -> None:
    v = project.review
    _phase_heading(w, "review")
    w.narrative(v.narrative)
    w.add(Heading(w.t("kpi_table")))
    table = eco.kpi_table(ws, project, facts)
    years = sorted({p.year for s in table for p in s.points})
    partial = [y for y in years if y >= day.year]
    w.add(Paragraph(w.t("kpi_note", partial=w.t("partial", year=partial[0]) if partial else ""), "small"))
    rows = [_kpi_row(w, s, years) for s in table]
    header = [
        w.t("kpi"),
        w.t("unit"),
        f"{w.t('baseline_value')}",
        *(str(y) for y in years),
        w.t("target"),
        w.t("progress"),
    ]
    year_width = max(14.0, 70.0 / max(len(years), 1))
    widths = [44, 14, 22, *([year_width] * len(years)), 22, 18]
    scale = 174 / sum(widths)
    _table_or_none(w, header, rows, [x * scale for x in widths], tuple(range(2, len(header))))
    w.add(Heading(w.t("cycles")))
    rows = [[str(c.year), c.findings, c.next_steps] for c in sorted(v.cycles, key=lambda c: c.year)]
    _table_or_none(w, [w.t("year"), w.t("findings"), w.t("next_steps")], rows, [16, 80, 78])


def _kpi_row(w: _Writer, series: KpiSeries, years: list[int]) -> list[str]:
    kpi = series.kpi
    decimals = _decimals(series.baseline, kpi.target_value, *(p.value for p in series.points))
    by_year = {p.year: p for p in series.points}
    cells = []
    for year in years:
        point = by_year.get(year)
        if point is None:
            cells.append("–")
            continue
        change = (
            f" ({'+' if (point.change_pct or 0) > 0 else ''}{w.number(point.change_pct, 1)} %)"
            if (point.change_pct is not None)
            else ""
        )
        cells.append(w.number(point.value, decimals) + change)
    latest = series.latest
    source = w.t("from_records") if kpi.indicator != "manual" else w.t("measured")
    return [
        f"{kpi.code} {_kpi_name(w, kpi)} ({source})",
        _kpi_unit(kpi),
        f"{w.number(series.baseline, decimals)} ({kpi.baseline_year or '–'})",
        *cells,
        w.number(kpi.target_value, decimals) + (f" ({kpi.target_year})" if kpi.target_year else ""),
        w.number(latest.progress_pct if latest else None, 0),
    ]


def _table_or_none(
    w: _Writer, header: list[str], rows: list[list[str]], widths: list[float], numeric: tuple[int, ...] = ()
) -> None:
    if rows:
        w.add(Table(header, rows, widths, numeric))
    else:
        w.add(Paragraph(w.t("none")))
