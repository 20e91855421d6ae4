"""The PDF reports: energy (form 1.1 fields), bags, waste, CP register, self-assessments.

Each builder reads through the same services as the screens (summary, dashboard,
assessments), so a printed figure is the figure the app shows.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import Any

from scp_desktop.catalog import translator
from scp_desktop.domain.assessment import NOT_APPLICABLE, STATUS_LABELS, CriterionType, bilingual
from scp_desktop.domain.economics import irr, npv, option_cash_flows, simple_payback_years
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Msg
from scp_desktop.domain.organizations import Organization
from scp_desktop.domain.periods import parse_period
from scp_desktop.domain.reports import STATE_LABELS, ReportState, content_sha256
from scp_desktop.domain.summary import plain
from scp_desktop.pdf.document import Identity, ReportDocument, content_document
from scp_desktop.services import assessments
from scp_desktop.services.dashboard import monthly_series
from scp_desktop.services.energy_report import energy_content
from scp_desktop.services.server_messages import explain
from scp_desktop.services.summary import summary
from scp_desktop.services.sync import verify_address
from scp_desktop.services.workspace import Workspace

MONTHS = [str(m) for m in range(1, 13)]

T: dict[str, Msg] = {
    "energy_title": QT_TRANSLATE_NOOP("Report", "Annual energy report {year}"),
    "bags_title": QT_TRANSLATE_NOOP("Report", "Plastic bag and packaging reduction report {year}"),
    "waste_title": QT_TRANSLATE_NOOP("Report", "Waste recovery report {year}"),
    "cp_title": QT_TRANSLATE_NOOP("Report", "Cleaner-production options register {year}"),
    "assessment_title": QT_TRANSLATE_NOOP("Report", "Self-assessment: {scheme}"),
    "eco_title": QT_TRANSLATE_NOOP("Report", "Eco-innovation assessment of {client}"),
    "form_note": QT_TRANSLATE_NOOP(
        "Report",
        "Fields of form Mẫu 1.1, Annex I, Circular 25/2020/TT-BCT (annual report of a key energy user), "
        "as far as they are recorded here. TOE factors: Official Letter 3505/BCT-KHCN (2011).",
    ),
    "organization": QT_TRANSLATE_NOOP("Report", "Organization"),
    "province": QT_TRANSLATE_NOOP("Report", "Province or city"),
    "sector": QT_TRANSLATE_NOOP("Report", "Sector (VSIC)"),
    "period": QT_TRANSLATE_NOOP("Report", "Reporting period"),
    "report_state": QT_TRANSLATE_NOOP("Report", "Report status"),
    "not_finalized": QT_TRANSLATE_NOOP("Report", "not finalized (draft figures)"),
    "returned": QT_TRANSLATE_NOOP(
        "Report", "The ministry returned this self-assessment for correction; a corrected one replaces it."
    ),
    "facility": QT_TRANSLATE_NOOP("Report", "Facility"),
    "fuel": QT_TRANSLATE_NOOP("Report", "Fuel or energy"),
    "quantity": QT_TRANSLATE_NOOP("Report", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("Report", "Unit"),
    "toe": QT_TRANSLATE_NOOP("Report", "TOE"),
    "share": QT_TRANSLATE_NOOP("Report", "Share (%)"),
    "total": QT_TRANSLATE_NOOP("Report", "Total"),
    "energy_use": QT_TRANSLATE_NOOP("Report", "Energy use by fuel"),
    "key_user": QT_TRANSLATE_NOOP("Report", "Key energy user (Decree 21/2011 Art. 6)"),
    "yes": QT_TRANSLATE_NOOP("Report", "yes"),
    "no": QT_TRANSLATE_NOOP("Report", "no"),
    "threshold": QT_TRANSLATE_NOOP("Report", "Threshold (TOE/year)"),
    "co2": QT_TRANSLATE_NOOP("Report", "Scope-2 CO₂ from electricity"),
    "co2_value": QT_TRANSLATE_NOOP("Report", "{value} t CO₂ (grid factor {factor} t/MWh, {year})"),
    "specific": QT_TRANSLATE_NOOP("Report", "Specific energy consumption"),
    "output": QT_TRANSLATE_NOOP("Report", "Output"),
    "toe_per_unit": QT_TRANSLATE_NOOP("Report", "TOE per unit"),
    "change_vs_base": QT_TRANSLATE_NOOP("Report", "Change vs {year} (%)"),
    "monthly_toe": QT_TRANSLATE_NOOP("Report", "Energy use by month (TOE)"),
    "ghg": QT_TRANSLATE_NOOP("Report", "GHG inventory required (Decree 06/2022)"),
    "store": QT_TRANSLATE_NOOP("Report", "Store"),
    "days": QT_TRANSLATE_NOOP("Report", "Store-days"),
    "transactions": QT_TRANSLATE_NOOP("Report", "Transactions"),
    "nonbio": QT_TRANSLATE_NOOP("Report", "Non-biodegradable bags"),
    "nonbio_kg": QT_TRANSLATE_NOOP("Report", "Non-biodegradable (kg)"),
    "bio": QT_TRANSLATE_NOOP("Report", "Biodegradable bags"),
    "paper": QT_TRANSLATE_NOOP("Report", "Paper bags"),
    "reusable": QT_TRANSLATE_NOOP("Report", "Reusable sold"),
    "per_transaction": QT_TRANSLATE_NOOP("Report", "Non-bio. bags per transaction"),
    "kg_per_1000": QT_TRANSLATE_NOOP("Report", "kg per 1,000 transactions"),
    "bags_by_store": QT_TRANSLATE_NOOP("Report", "Bags by store"),
    "reduction": QT_TRANSLATE_NOOP("Report", "Reduction against the baseline"),
    "baseline": QT_TRANSLATE_NOOP("Report", "Baseline year {year}: {value} non-biodegradable bags per transaction"),
    "reduction_value": QT_TRANSLATE_NOOP(
        "Report", "Reduction per transaction {value} % · national target {target} % · gap {gap} percentage points"
    ),
    "no_baseline": QT_TRANSLATE_NOOP(
        "Report", "No bag records for the baseline year {year}: the reduction cannot be computed."
    ),
    "absolute": QT_TRANSLATE_NOOP("Report", "Absolute reduction against {year}"),
    "indicator": QT_TRANSLATE_NOOP("Report", "Indicator"),
    "reduction_col": QT_TRANSLATE_NOOP("Report", "Reduction"),
    "reduction_pct_col": QT_TRANSLATE_NOOP("Report", "Reduction (%)"),
    "bag_count": QT_TRANSLATE_NOOP("Report", "Non-biodegradable bags (count)"),
    "bag_kg": QT_TRANSLATE_NOOP("Report", "Non-biodegradable bags (kg)"),
    "store_days": QT_TRANSLATE_NOOP("Report", "Store-days recorded"),
    "absolute_note": QT_TRANSLATE_NOOP(
        "Report",
        "Decision 582/QĐ-TTg sets its targets on the quantity of bags: the absolute reduction is shown beside the "
        "reduction per transaction. Compare store-days: fewer stores or days recorded also lower the totals.",
    ),
    "own_baseline": QT_TRANSLATE_NOOP(
        "Report",
        "The enterprise measures against its own baseline year {year}, not the 2010 of Decision 582/QĐ-TTg: "
        "the reduction is not directly the national indicator.",
    ),
    "monthly_bags": QT_TRANSLATE_NOOP("Report", "Non-biodegradable bags per transaction by month"),
    "target_line": QT_TRANSLATE_NOOP("Report", "dashed: the level of the national target"),
    "stream": QT_TRANSLATE_NOOP("Report", "Waste stream"),
    "generated": QT_TRANSLATE_NOOP("Report", "Generated (t)"),
    "recovered": QT_TRANSLATE_NOOP("Report", "Recovered (t)"),
    "rate": QT_TRANSLATE_NOOP("Report", "Recovery rate, every route (%)"),
    "target_rate": QT_TRANSLATE_NOOP("Report", "Rate as the target counts it (%)"),
    "counted_routes": QT_TRANSLATE_NOOP("Report", "Routes the target counts"),
    "no_target": QT_TRANSLATE_NOOP("Report", "no national target"),
    "target": QT_TRANSLATE_NOOP("Report", "Target (%)"),
    "gap": QT_TRANSLATE_NOOP("Report", "Gap (percentage points)"),
    "routes": QT_TRANSLATE_NOOP("Report", "Treatment routes (t)"),
    "recovery_formula": QT_TRANSLATE_NOOP(
        "Report",
        "Recovery rate = (reused + recycled + energy-recovered + composted) ÷ generated × 100, per stream (no "
        "official formula). Each national target of Decision 76/QĐ-TTg counts only what its own words count: "
        "scrap plastic, paper, waste oil and steel recycled; urban domestic waste recycled, reused, "
        "energy-recovered or composted; non-hazardous industrial and construction waste reused or recycled.",
    ),
    "rates_chart": QT_TRANSLATE_NOOP("Report", "Recovery rate by stream (%)"),
    "code": QT_TRANSLATE_NOOP("Report", "Code"),
    "step": QT_TRANSLATE_NOOP("Report", "Process step"),
    "category": QT_TRANSLATE_NOOP("Report", "Category"),
    "description": QT_TRANSLATE_NOOP("Report", "Description"),
    "feasibility": QT_TRANSLATE_NOOP("Report", "Feasibility"),
    "state": QT_TRANSLATE_NOOP("Report", "Status"),
    "investment": QT_TRANSLATE_NOOP("Report", "Investment (VND)"),
    "savings": QT_TRANSLATE_NOOP("Report", "Annual savings (VND)"),
    "payback": QT_TRANSLATE_NOOP("Report", "Payback (years)"),
    "npv": QT_TRANSLATE_NOOP("Report", "NPV (VND)"),
    "irr": QT_TRANSLATE_NOOP("Report", "IRR (%)"),
    "economics_note": QT_TRANSLATE_NOOP(
        "Report",
        "NPV at a {rate} % discount rate over each option's useful life ({years} years where none is given); "
        "IRR of the same cash flows; payback = investment ÷ annual net savings.",
    ),
    "implemented_totals": QT_TRANSLATE_NOOP(
        "Report",
        "Implemented: {count} options, investment {investment} VND, savings {savings} VND/year, "
        "payback {payback} years.",
    ),
    "scheme": QT_TRANSLATE_NOOP("Report", "Scheme"),
    "set_version": QT_TRANSLATE_NOOP("Report", "Criteria version"),
    "draft_set": QT_TRANSLATE_NOOP(
        "Report", "DRAFT criteria set written by SCP Desktop (no official criteria published)"
    ),
    "sources": QT_TRANSLATE_NOOP("Report", "Sources"),
    "assessor": QT_TRANSLATE_NOOP("Report", "Consultant"),
    "client": QT_TRANSLATE_NOOP("Report", "Client"),
    "score": QT_TRANSLATE_NOOP("Report", "Score"),
    "result": QT_TRANSLATE_NOOP("Report", "Result"),
    "passed": QT_TRANSLATE_NOOP(
        "Report",
        "Against the draft criteria set: every mandatory criterion met, score {score} % ≥ the draft pass "
        "mark {mark} %. This is no official certification.",
    ),
    "failed": QT_TRANSLATE_NOOP(
        "Report",
        "Against the draft criteria set: score {score} % (draft pass mark {mark} %), {failed} mandatory "
        "criteria not met yet. This is no official verdict.",
    ),
    "maturity": QT_TRANSLATE_NOOP(
        "Report", "A maturity picture by area: this method has no pass mark, so there is no pass or fail."
    ),
    "level": QT_TRANSLATE_NOOP("Report", "Maturity level"),
    "by_section": QT_TRANSLATE_NOOP("Report", "Score by section"),
    "section": QT_TRANSLATE_NOOP("Report", "Section"),
    "points": QT_TRANSLATE_NOOP("Report", "Points"),
    "criteria": QT_TRANSLATE_NOOP("Report", "Criteria and answers"),
    "criterion": QT_TRANSLATE_NOOP("Report", "Criterion"),
    "answer": QT_TRANSLATE_NOOP("Report", "Answer"),
    "evidence": QT_TRANSLATE_NOOP("Report", "Evidence"),
    "auto": QT_TRANSLATE_NOOP("Report", "from records: {value}"),
    "override": QT_TRANSLATE_NOOP("Report", "replaces {auto}: {reason}"),
    "gaps": QT_TRANSLATE_NOOP("Report", "Gaps and next steps"),
    "no_gaps": QT_TRANSLATE_NOOP("Report", "No gaps: every criterion is fully met."),
    "mandatory": QT_TRANSLATE_NOOP("Report", "mandatory"),
    "not_applicable": QT_TRANSLATE_NOOP("Report", "not applicable"),
    "no_data": QT_TRANSLATE_NOOP("Report", "No {kind} records for {org} in {year}."),
    "no_assessment": QT_TRANSLATE_NOOP("Report", "No {scheme} assessment of {org} for {year}; start one first."),
}


def _year(period: str) -> int:
    return parse_period(period).start_month // 12


def _header(
    ws: Workspace, org: Organization, doc: ReportDocument, period: str, facility: str | None = None
) -> list[tuple[str, str]]:
    province = ws.ref.provinces.get(org.province_code)
    section = ws.ref.vsic_sections.get(org.sector[:1]) if org.sector else None
    sector = f"{org.sector} – {section.label(doc.language)}" if org.sector and section else "–"
    rows = [
        (doc.tr(T["organization"]), f"{org.name} · {org.tax_code}"),
        (doc.tr(T["province"]), province.name if province else org.province_code),
        (doc.tr(T["sector"]), sector),
        (doc.tr(T["period"]), period),
    ]
    if facility:
        rows.insert(1, (doc.tr(T["facility"]), _facility_names(ws, org).get(facility, facility)))
    return rows


def _report_identity(
    ws: Workspace, kind: str, org: Organization, period: str, facility: str | None, content: Any
) -> tuple[Identity, str | None]:
    """The finalized report's hash and submission id when there is one; else the printed content's hash."""
    facility_id = ws.facility_id(org, facility) if facility else None
    live = ws.reports.live(org.id or 0, kind, facility_id, parse_period(period).code)
    if live is not None and live["state"] != ReportState.DRAFT.value:
        sha = live["content_sha256"] or content_sha256(content)
        verify = verify_address(ws, live["submission_id"])
        return Identity(org.tax_code, kind, period, sha, live["submission_id"], verify_url=verify), live["state"]
    return Identity(org.tax_code, kind, period, content_sha256(content)), None


def _state_text(language: str, state: str | None) -> str | None:
    """A report's state in the report's language (never the code "finalized")."""
    if state is None:
        return None
    return STATE_LABELS[ReportState(state)].render(translator(language))


def _state_row(doc: ReportDocument, state: str | None) -> tuple[str, str]:
    return (doc.tr(T["report_state"]), _state_text(doc.language, state) or doc.tr(T["not_finalized"]))


# -- energy -------------------------------------------------------------------------------------
def energy_report(
    ws: Workspace, tax_code: str, period: str, language: str, facility: str | None = None
) -> ReportDocument:
    """The annual energy report per facility (the content of Mẫu 1.1), from services.energy_report."""
    return content_document(energy_content(ws, tax_code, period, language, facility))


def _no_data_msg(kind: str, org: Organization, year: int) -> DomainError:
    return DomainError(T["no_data"](kind=kind, org=org.name, year=year), "period")


# -- bags ---------------------------------------------------------------------------------------
def bags_report(
    ws: Workspace, tax_code: str, period: str, language: str, facility: str | None = None
) -> ReportDocument:
    org = ws.organization(tax_code)
    year = _year(period)
    section = summary(ws, tax_code, year, facility).bags
    facility_id = ws.facility_id(org, facility) if facility else None
    stores = ws.records.bag_totals_by_store(org.id or 0, year, facility_id)
    if section is None or not stores:
        raise _no_data_msg("bags", org, year)
    content = {"bags": section.as_dict(), "facility": facility}
    identity, state = _report_identity(ws, "bags", org, period, facility, content)
    doc = ReportDocument(language, "", org.name, org.tax_code, identity)
    doc.title = doc.tr(T["bags_title"], year=year)
    doc.draft = state is None
    doc.key_values([*_header(ws, org, doc, period, facility), _state_row(doc, state)])
    doc.heading(doc.tr(T["bags_by_store"]))
    names = _facility_names(ws, org)
    rows = []
    total = None
    for code, t in stores.items():
        total = t if total is None else total + t
        rows.append(_bag_row(doc, names.get(code, code), t))
    assert total is not None
    rows.append(_bag_row(doc, doc.tr(T["total"]), total))
    doc.table(
        [
            doc.tr(T[k])
            for k in (
                "store",
                "days",
                "transactions",
                "nonbio",
                "nonbio_kg",
                "bio",
                "paper",
                "reusable",
                "per_transaction",
                "kg_per_1000",
            )
        ],
        rows,
        [26, 14, 19, 18, 17, 16, 14, 14, 18, 18],
        numeric=range(1, 10),
        total_row=True,
    )
    doc.heading(doc.tr(T["reduction"]))
    base_year = section.baseline_year
    if not section.baseline_is_national:
        doc.paragraph(doc.tr(T["own_baseline"], year=base_year))
    base = section.baseline_nonbio_per_transaction
    if base is None:
        doc.paragraph(doc.tr(T["no_baseline"], year=base_year))
    else:
        doc.paragraph(doc.tr(T["baseline"], year=base_year, value=doc.number(base, 3)))
        gap = section.gap_pct
        doc.paragraph(
            doc.tr(
                T["reduction_value"],
                value=doc.number(section.reduction_pct, 1),
                target=doc.number(section.target_pct, 0),
                gap=doc.number(gap, 1) if gap is not None else "–",
            )
        )
        doc.paragraph(doc.tr(T["absolute"], year=base_year), "h3")
        doc.table(
            [
                doc.tr(T["indicator"]),
                str(base_year),
                str(year),
                doc.tr(T["reduction_col"]),
                doc.tr(T["reduction_pct_col"]),
            ],
            [
                [
                    doc.tr(T["bag_count"]),
                    doc.number(section.baseline_nonbio_count, 0),
                    doc.number(section.nonbio_count, 0),
                    doc.number(section.count_reduction, 0),
                    doc.number(section.count_reduction_pct, 1),
                ],
                [
                    doc.tr(T["bag_kg"]),
                    doc.number(section.baseline_nonbio_kg, 1),
                    doc.number(section.nonbio_kg, 1),
                    doc.number(section.kg_reduction, 1),
                    doc.number(section.kg_reduction_pct, 1),
                ],
                [
                    doc.tr(T["store_days"]),
                    doc.number(section.baseline_days, 0),
                    doc.number(section.days, 0),
                    "",
                    "",
                ],
            ],
            [58, 30, 30, 28, 28],
            numeric=(1, 2, 3, 4),
        )
        doc.paragraph(doc.tr(T["absolute_note"]), "small")
    series = monthly_series(ws, tax_code, year, facility).bags_per_transaction
    target_level = base * (1 - section.target_pct / 100) if base and section.target_pct else None
    doc.line_chart(
        doc.tr(T["monthly_bags"]),
        MONTHS,
        {doc.tr(T["per_transaction"]): series},
        target_level,
        doc.tr(T["target_line"]),
    )
    doc.signature_and_qr()
    return doc


def _facility_names(ws: Workspace, org: Organization) -> dict[str, str]:
    """Each facility named for people: “Siêu thị Quận 1 (ST01)”."""
    return {f.code: f"{f.name} ({f.code})" for f in ws.organizations.facilities(org.id or 0)}


def _bag_row(doc: ReportDocument, label: str, t: Any) -> list[str]:
    return [
        label,
        doc.number(t.days, 0),
        doc.number(t.transactions, 0),
        doc.number(t.nonbio_count, 0),
        doc.number(t.nonbio_kg, 1),
        doc.number(t.bio_count, 0),
        doc.number(t.paper_count, 0),
        doc.number(t.reusable_sold, 0),
        doc.number(t.nonbio_per_transaction, 3),
        doc.number(t.nonbio_kg_per_1000_transactions, 2),
    ]


# -- waste --------------------------------------------------------------------------------------
def waste_report(
    ws: Workspace, tax_code: str, period: str, language: str, facility: str | None = None
) -> ReportDocument:
    org = ws.organization(tax_code)
    year = _year(period)
    section = summary(ws, tax_code, year, facility).waste
    if section is None:
        raise _no_data_msg("waste", org, year)
    content = {"waste": plain(section), "facility": facility}
    identity, state = _report_identity(ws, "waste", org, period, facility, content)
    doc = ReportDocument(language, "", org.name, org.tax_code, identity)
    doc.title = doc.tr(T["waste_title"], year=year)
    doc.draft = state is None
    doc.key_values([*_header(ws, org, doc, period, facility), _state_row(doc, state)])
    streams, routes = ws.ref.waste_streams, ws.ref.waste_routes
    rows = []
    for code, s in section.items():
        has_target = s.target_pct is not None
        rows.append(
            [
                streams[code].label(language),
                doc.number(s.generated_t, 2),
                doc.number(s.recovery_rate_pct, 1),
                doc.number(s.target_rate_pct, 1) if has_target else "–",
                doc.number(s.target_pct, 0) if has_target else doc.tr(T["no_target"]),
                doc.number(s.gap_pct, 1) if s.gap_pct is not None else "–",
                ", ".join(routes[r].label(language) for r in s.target_routes) or "–",
            ]
        )
    doc.table(
        [doc.tr(T[k]) for k in ("stream", "generated", "rate", "target_rate", "target", "gap", "counted_routes")],
        rows,
        [32, 20, 22, 22, 18, 20, 40],
        numeric=(1, 2, 3, 4, 5),
    )
    doc.paragraph(doc.tr(T["recovery_formula"]), "small")
    doc.heading(doc.tr(T["routes"]))
    route_codes = sorted({r for s in section.values() for r in s.by_route_t})
    doc.table(
        [doc.tr(T["stream"]), *(routes[r].label(language) for r in route_codes)],
        [
            [streams[c].label(language), *(doc.number(s.by_route_t.get(r), 2) for r in route_codes)]
            for c, s in section.items()
        ],
        [34, *([140 / max(len(route_codes), 1)] * len(route_codes))],
        numeric=range(1, len(route_codes) + 1),
    )
    doc.bar_chart(
        doc.tr(T["rates_chart"]),
        [streams[c].label(language) for c in section],
        [s.target_rate_pct or s.recovery_rate_pct or 0.0 for s in section.values()],
    )
    doc.signature_and_qr()
    return doc


# -- cleaner-production register ----------------------------------------------------------------
def cp_report(ws: Workspace, tax_code: str, period: str, language: str, facility: str | None = None) -> ReportDocument:
    org = ws.organization(tax_code)
    year = _year(period)
    facility_id = ws.facility_id(org, facility) if facility else None
    options = ws.records.cp_options(org.id or 0, facility_id)
    if not options:
        raise _no_data_msg("cp-options", org, year)
    content = [{k: v for k, v in o.items() if k not in ("id", "import_id")} for o in options]
    identity, state = _report_identity(ws, "cp-options", org, period, facility, {"options": content})
    doc = ReportDocument(language, "", org.name, org.tax_code, identity)
    doc.title = doc.tr(T["cp_title"], year=year)
    doc.draft = state is None
    doc.key_values([*_header(ws, org, doc, period, facility), _state_row(doc, state)])
    ref = ws.ref
    rows = []
    for o in options:
        flows = option_cash_flows(
            o["investment_vnd"], o["annual_savings_vnd"], o["lifetime_years"] or ref.cp_lifetime_years
        )
        rate = irr(flows)
        rows.append(
            [
                f"{o['facility']}/{o['code']}",
                o["process_step"],
                ref.cp_categories[o["category"]].label(language),
                o["description"],
                ref.cp_statuses[o["status"]].label(language),
                doc.number(o["investment_vnd"], 0),
                doc.number(o["annual_savings_vnd"], 0),
                doc.number(simple_payback_years(o["investment_vnd"], o["annual_savings_vnd"]), 1),
                doc.number(npv(ref.cp_discount_rate, flows), 0),
                doc.number(rate * 100, 1) if rate is not None else "–",
            ]
        )
    doc.table(
        [
            doc.tr(T[k])
            for k in (
                "code",
                "step",
                "category",
                "description",
                "state",
                "investment",
                "savings",
                "payback",
                "npv",
                "irr",
            )
        ],
        rows,
        [15, 14, 17, 30, 14, 19, 19, 13, 20, 13],
        numeric=(5, 6, 7, 8, 9),
    )
    doc.paragraph(
        doc.tr(
            T["economics_note"],
            rate=doc.number(ref.cp_discount_rate * 100, 0),
            years=ref.cp_lifetime_years,
        ),
        "small",
    )
    done = [o for o in options if o["status"] == "implemented"]
    investment = sum(o["investment_vnd"] for o in done)
    savings = sum(o["annual_savings_vnd"] for o in done)
    doc.paragraph(
        doc.tr(
            T["implemented_totals"],
            count=len(done),
            investment=doc.number(investment, 0),
            savings=doc.number(savings, 0),
            payback=doc.number(simple_payback_years(investment, savings), 2),
        )
    )
    doc.signature_and_qr()
    return doc


# -- self-assessments ---------------------------------------------------------------------------
def assessment_report(ws: Workspace, assessment_id: int, language: str) -> ReportDocument:
    a = assessments.load(ws, assessment_id)
    org = assessments.organization_of(ws, a.record)
    criteria, result = a.criteria, a.score
    eco = criteria.id == "eco-innovation"
    sha = a.record["content_sha256"] or content_sha256(assessments.content_of(a))
    period = str(a.record["year"])
    submission = a.record.get("submission_id")
    identity = Identity(
        org.tax_code, f"assessment:{criteria.id}", period, sha, submission,
        extra={"version": criteria.version}, verify_url=verify_address(ws, submission),
    )  # fmt: skip
    doc = ReportDocument(language, "", org.name, org.tax_code, identity)
    title = bilingual(criteria.title, language)
    doc.title = doc.tr(T["eco_title"], client=org.name) if eco else doc.tr(T["assessment_title"], scheme=title)
    doc.draft = not a.finalized
    pairs = [*_header(ws, org, doc, period)]
    if eco:
        pairs.insert(0, (doc.tr(T["assessor"]), a.record["assessor"] or "–"))
        pairs.insert(1, (doc.tr(T["client"]), f"{org.name} · {org.tax_code}"))
    pairs += [
        (doc.tr(T["scheme"]), title),
        (doc.tr(T["set_version"]), criteria.version + (" · " + doc.tr(T["draft_set"]) if criteria.is_draft else "")),
        (doc.tr(T["sources"]), "; ".join(bilingual(text, language) for text in criteria.sources.values())),
    ]
    review = assessments.review_of(ws, a) if a.finalized else None
    if review is not None:
        pairs.append(_state_row(doc, review.state))
    doc.key_values(pairs)
    if review is not None and review.state == ReportState.RETURNED.value:
        _returned_notice(doc, a, review)
    doc.paragraph(bilingual(criteria.note, language), "small")
    doc.heading(doc.tr(T["result"]))
    score_text = doc.number(result.pct, 1)
    mark = doc.number(criteria.pass_score_pct, 0)
    if result.passed is None:
        doc.paragraph(doc.tr(T["maturity"]))
    elif result.passed:
        doc.paragraph(doc.tr(T["passed"], score=score_text, mark=mark))
    else:
        doc.paragraph(doc.tr(T["failed"], score=score_text, mark=mark, failed=len(result.mandatory_failed)))
    level = criteria.level(result.pct)
    if level is not None:
        doc.paragraph(f"{doc.tr(T['level'])}: {bilingual(level.label, language)}")
    doc.heading(doc.tr(T["by_section"]))
    doc.table(
        [doc.tr(T["section"]), doc.tr(T["points"]), doc.tr(T["score"])],
        [
            [
                bilingual(s.section.title, language),
                f"{doc.number(s.earned, 1)} / {doc.number(s.possible, 1)}",
                doc.number(s.pct, 1) if s.pct is not None else "–",
            ]
            for s in result.sections
        ]
        + [[doc.tr(T["total"]), f"{doc.number(result.earned, 1)} / {doc.number(result.possible, 1)}", score_text]],
        [100, 40, 34],
        numeric=(1, 2),
        total_row=True,
    )
    if eco:
        doc.bar_chart(
            doc.tr(T["by_section"]),
            [bilingual(s.section.title, language) for s in result.sections],
            [s.pct or 0.0 for s in result.sections],
        )
    doc.heading(doc.tr(T["criteria"]))
    doc.table(
        [doc.tr(T["code"]), doc.tr(T["criterion"]), doc.tr(T["answer"]), doc.tr(T["state"]), doc.tr(T["evidence"])],
        [_criterion_row(doc, a, r) for r in result.results],
        [13, 72, 44, 27, 18],
    )
    doc.heading(doc.tr(T["gaps"]))
    gaps = result.gaps
    if not gaps:
        doc.paragraph(doc.tr(T["no_gaps"]))
    for r in gaps:
        flag = f" ({doc.tr(T['mandatory'])})" if r.criterion.mandatory else ""
        guidance = bilingual(r.criterion.guidance, language)
        advice = doc.tr(r.advice) if r.advice else ""
        doc.paragraph(
            f"• {r.criterion.id}{flag}: {bilingual(r.criterion.text, language)} — {advice} {guidance}".strip()
        )
    doc.signature_and_qr()
    return doc


def _returned_notice(doc: ReportDocument, a: assessments.Assessment, review: assessments.Review) -> None:
    """A returned assessment says so at the top, with the reviewer's words and comments by criterion."""
    doc.paragraph(doc.tr(T["returned"]), "h3")
    note = explain(review.message)
    if note is not None:
        doc.paragraph(doc.tr(note))
    for cid, comment in sorted(review.field_comments.items()):
        doc.paragraph(f"• {cid}: {comment}")


def _criterion_row(doc: ReportDocument, a: assessments.Assessment, r: Any) -> list[str]:
    c = r.criterion
    answer = a.answers.get(c.id)
    text = "–"
    if answer is not None and answer.effective is not None:
        text = _answer_text(doc, c, answer.effective)
        if answer.value is None and answer.auto_value is not None:
            text = doc.tr(T["auto"], value=text)
        elif answer.overridden:
            text += " · " + doc.tr(
                T["override"], auto=_answer_text(doc, c, answer.auto_value), reason=answer.override_reason
            )
    evidence = ", ".join(e["file_name"] for e in a.evidence.get(c.id, [])) or "–"
    mandatory = f" ({doc.tr(T['mandatory'])})" if c.mandatory else ""
    return [c.id, bilingual(c.text, doc.language) + mandatory, text, doc.tr(STATUS_LABELS[r.status]), evidence]


def _answer_text(doc: ReportDocument, criterion: Any, value: Any) -> str:
    if value == NOT_APPLICABLE:
        return doc.tr(T["not_applicable"])
    if criterion.type is CriterionType.YES_NO:
        return doc.tr(T["yes"] if value == "yes" else T["no"])
    if criterion.type is CriterionType.CHOICE:
        option = criterion.option(str(value))
        return bilingual(option.text, doc.language) if option else str(value)
    unit = criterion.measure.unit if criterion.measure else ""
    return f"{doc.number(float(value), 2)} {unit}".strip()


# -- entry point --------------------------------------------------------------------------------
# The builders of the report kinds drawn from records (services/report_kinds lists every kind).
RECORD_REPORTS = {"energy": energy_report, "bags": bags_report, "waste": waste_report, "cp-options": cp_report}


def build_report(
    ws: Workspace,
    kind: str,
    tax_code: str,
    period: str,
    target: Path | BytesIO,
    language: str = "vi",
    facility: str | None = None,
    scheme: str | None = None,
    assessment_id: int | None = None,
) -> ReportDocument:
    """Write the PDF for `report KIND`; for assessments, the given one or the scheme's latest of the year;
    for eco-innovation, the client's project (else its eco-innovation assessment)."""
    from scp_desktop.services.eco_innovation import project_for_report

    project_id = project_for_report(ws, tax_code, _year(period)) if kind == "eco-innovation" else None
    if assessment_id is not None:
        doc = assessment_report(ws, assessment_id, language)
    elif project_id is not None:  # the client's eco-innovation project report, phase by phase
        from scp_desktop.pdf.eco_report import write_pdf

        return write_pdf(ws, project_id, target, language)
    elif kind in ("assessment", "eco-innovation"):
        chosen = "eco-innovation" if kind == "eco-innovation" else (scheme or "")
        assessments.criteria_set(chosen, ws)  # unknown scheme: a clear message
        year = _year(period)
        found = [h for h in assessments.history(ws, tax_code, chosen) if h["year"] == year]
        if not found:
            org = ws.organization(tax_code)
            raise DomainError(T["no_assessment"](scheme=chosen, org=org.name, year=year), "period")
        doc = assessment_report(ws, found[0]["id"], language)
    else:
        doc = RECORD_REPORTS[kind](ws, tax_code, period, language, facility)
    doc.build(target)
    return doc
