"""The annual energy report of each facility, with the content of Mẫu 1.1 (Annex I, Circular 25/2020/TT-BCT,
amended by Circular 15/2023/TT-BCT) that the records can fill, as format-neutral content.

The form's own layout could not be obtained here, so the report follows the sections the circular's
Art. 5 and the form ask for and says so; a field nothing fills is left blank for the hand, never invented.
Duties are judged per facility (Decree 21/2011 Art. 6; Decree 06/2022), and each facility's report is
addressed to the Department of Industry and Trade of its province.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from scp_desktop.catalog import translator
from scp_desktop.domain.economics import simple_payback_years
from scp_desktop.domain.energy import energy_totals, grid_factor
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from scp_desktop.domain.numbers import format_number, short_number
from scp_desktop.domain.organizations import Facility, Organization
from scp_desktop.domain.reports import ReportState, content_sha256
from scp_desktop.domain.summary import EnergySection, FacilityEnergy
from scp_desktop.services.dashboard import monthly_series
from scp_desktop.services.report_content import (
    Heading,
    KeyValues,
    LineFigure,
    PageBreak,
    Paragraph,
    ReportContent,
    Signatures,
    Table,
)
from scp_desktop.services.summary import summary
from scp_desktop.services.workspace import Workspace
from scp_desktop.store.records import FacilityKey

BLANK = "……………………"  # a field for the hand: nothing recorded fills it
MONTHS = [str(m) for m in range(1, 13)]

T: dict[str, Msg] = {
    "title": QT_TRANSLATE_NOOP("EnergyReport", "Report on energy use in {year}"),
    "form": QT_TRANSLATE_NOOP(
        "EnergyReport",
        "With the content of form Mẫu 1.1, Annex I, Circular 25/2020/TT-BCT (amended by Circular 15/2023/TT-BCT), "
        "as far as the records fill it. The layout is SCP Desktop's: compare it with the form on dataenergy.vn "
        "before submitting. Due before 15 January {due_year} (Circular 25/2020/TT-BCT Art. 5).",
    ),
    "to": QT_TRANSLATE_NOOP("EnergyReport", "To: the Department of Industry and Trade of {province}"),
    "summary_title": QT_TRANSLATE_NOOP("EnergyReport", "The organization's facilities and their duties in {year}"),
    "summary_note": QT_TRANSLATE_NOOP(
        "EnergyReport",
        "Key-energy-user status and the GHG inventory duty are judged for each facility on its own, never on "
        "the organization's total. Each facility's report follows, addressed to its province.",
    ),
    "part_identity": QT_TRANSLATE_NOOP("EnergyReport", "I. The facility"),
    "part_products": QT_TRANSLATE_NOOP("EnergyReport", "II. Products, capacity and output"),
    "part_energy": QT_TRANSLATE_NOOP("EnergyReport", "III. Energy used, by fuel"),
    "part_emissions": QT_TRANSLATE_NOOP("EnergyReport", "IV. CO₂ emissions"),
    "part_duties": QT_TRANSLATE_NOOP("EnergyReport", "V. Duties"),
    "part_intensity": QT_TRANSLATE_NOOP("EnergyReport", "VI. Specific energy consumption"),
    "part_measures": QT_TRANSLATE_NOOP("EnergyReport", "VII. Energy-saving measures carried out"),
    "part_plan": QT_TRANSLATE_NOOP("EnergyReport", "VIII. Measures planned for next year"),
    "organization": QT_TRANSLATE_NOOP("EnergyReport", "Enterprise"),
    "tax_code": QT_TRANSLATE_NOOP("EnergyReport", "Tax code"),
    "facility": QT_TRANSLATE_NOOP("EnergyReport", "Facility"),
    "kind": QT_TRANSLATE_NOOP("EnergyReport", "Kind of facility"),
    "address": QT_TRANSLATE_NOOP("EnergyReport", "Address"),
    "province": QT_TRANSLATE_NOOP("EnergyReport", "Province or city"),
    "sector": QT_TRANSLATE_NOOP("EnergyReport", "Sector (VSIC 2018)"),
    "contact": QT_TRANSLATE_NOOP("EnergyReport", "Contact (name, telephone, e-mail)"),
    "manager": QT_TRANSLATE_NOOP("EnergyReport", "Energy manager"),
    "certificate": QT_TRANSLATE_NOOP("EnergyReport", "Energy manager's certificate (number, date)"),
    "state": QT_TRANSLATE_NOOP("EnergyReport", "Report status"),
    "main_products": QT_TRANSLATE_NOOP("EnergyReport", "Main products"),
    "capacity": QT_TRANSLATE_NOOP("EnergyReport", "Design capacity"),
    "product": QT_TRANSLATE_NOOP("EnergyReport", "Product"),
    "output": QT_TRANSLATE_NOOP("EnergyReport", "Output in {year}"),
    "unit": QT_TRANSLATE_NOOP("EnergyReport", "Unit"),
    "value": QT_TRANSLATE_NOOP("EnergyReport", "Production value (VND)"),
    "no_output": QT_TRANSLATE_NOOP("EnergyReport", "No production output is recorded for {year}."),
    "fuel": QT_TRANSLATE_NOOP("EnergyReport", "Fuel or energy"),
    "quantity": QT_TRANSLATE_NOOP("EnergyReport", "Quantity"),
    "toe": QT_TRANSLATE_NOOP("EnergyReport", "TOE"),
    "share": QT_TRANSLATE_NOOP("EnergyReport", "Share (%)"),
    "cost": QT_TRANSLATE_NOOP("EnergyReport", "Cost (VND)"),
    "total": QT_TRANSLATE_NOOP("EnergyReport", "Total"),
    "toe_note": QT_TRANSLATE_NOOP(
        "EnergyReport",
        "TOE by the conversion table of Official Letter 3505/BCT-KHCN (2011); biomass by its net "
        "calorific value ÷ 41.868 GJ/TOE.",
    ),
    "self_generated_mwh": QT_TRANSLATE_NOOP(
        "EnergyReport", "Self-generated renewable electricity used: {mwh} MWh (no Scope 2 emissions)."
    ),
    "renewable_share": QT_TRANSLATE_NOOP(
        "EnergyReport", "Renewable share of the energy used (self-generated electricity, biomass): {share} %."
    ),
    "no_renewable": QT_TRANSLATE_NOOP("EnergyReport", "No self-generated or renewable energy is recorded."),
    "scope": QT_TRANSLATE_NOOP("EnergyReport", "Source of emissions"),
    "co2": QT_TRANSLATE_NOOP("EnergyReport", "t CO₂"),
    "basis": QT_TRANSLATE_NOOP("EnergyReport", "Basis"),
    "scope1_fuel": QT_TRANSLATE_NOOP("EnergyReport", "Scope 1: {fuel} burnt"),
    "scope1_basis": QT_TRANSLATE_NOOP("EnergyReport", "{gj} GJ × {factor} kg CO₂/TJ (IPCC 2006, provisional)"),
    "scope2": QT_TRANSLATE_NOOP("EnergyReport", "Scope 2: electricity bought from the grid"),
    "scope2_basis": QT_TRANSLATE_NOOP("EnergyReport", "{mwh} MWh × {factor} t CO₂/MWh, grid factor of {year}"),
    "provisional": QT_TRANSLATE_NOOP("EnergyReport", "provisional: no factor published for {year} yet"),
    "scope12": QT_TRANSLATE_NOOP("EnergyReport", "Scope 1 + Scope 2"),
    "biogenic": QT_TRANSLATE_NOOP("EnergyReport", "Biogenic CO₂ from biomass (reported apart, not in Scope 1)"),
    "co2_note": QT_TRANSLATE_NOOP(
        "EnergyReport",
        "CO₂ only (the GHG inventory itself also counts CH₄ and N₂O). Scope 1 factors: IPCC 2006 defaults, to which "
        "Decision 2626/QĐ-BTNMT refers where it gives none; its annex could not be checked, so they are provisional. "
        "The coal grades are taken as anthracite.",
    ),
    "key_user": QT_TRANSLATE_NOOP("EnergyReport", "Key energy user (Decree 21/2011/NĐ-CP Art. 6)"),
    "key_user_yes": QT_TRANSLATE_NOOP("EnergyReport", "yes: {toe} TOE, threshold {threshold} TOE for a {kind}"),
    "key_user_no": QT_TRANSLATE_NOOP("EnergyReport", "no: {toe} TOE, below the {threshold} TOE of a {kind}"),
    "ghg": QT_TRANSLATE_NOOP("EnergyReport", "GHG inventory (Decree 06/2022/NĐ-CP, amended by 119/2025/NĐ-CP)"),
    "key_user_short": QT_TRANSLATE_NOOP("EnergyReport", "Key energy user"),
    "ghg_short": QT_TRANSLATE_NOOP("EnergyReport", "GHG inventory duty"),
    "scope12_t": QT_TRANSLATE_NOOP("EnergyReport", "t CO₂, Scope 1 + 2"),
    "ghg_yes": QT_TRANSLATE_NOOP("EnergyReport", "meets the criteria: {reasons}"),
    "ghg_no": QT_TRANSLATE_NOOP(
        "EnergyReport", "does not meet the criteria by these records ({co2e} t CO₂ of Scope 1 + 2; {toe} TOE)"
    ),
    "ghg_listed": QT_TRANSLATE_NOOP("EnergyReport", "on the Prime Minister's published list of inventory facilities"),
    "ghg_not_listed": QT_TRANSLATE_NOOP("EnergyReport", "not marked as on the published list"),
    "by_emissions": QT_TRANSLATE_NOOP("EnergyReport", "emissions of at least {threshold} t CO₂e"),
    "by_energy": QT_TRANSLATE_NOOP("EnergyReport", "energy use of at least {threshold} TOE"),
    "yes": QT_TRANSLATE_NOOP("EnergyReport", "yes"),
    "no": QT_TRANSLATE_NOOP("EnergyReport", "no"),
    "sec_unit": QT_TRANSLATE_NOOP("EnergyReport", "MJ per {unit}"),
    "sec": QT_TRANSLATE_NOOP("EnergyReport", "Specific energy consumption"),
    "sec_note": QT_TRANSLATE_NOOP(
        "EnergyReport", "Energy used (TOE × 41,868 MJ/TOE) divided by the output recorded in each unit."
    ),
    "norm": QT_TRANSLATE_NOOP(
        "EnergyReport", "MOIT norm {product}, {period}: {value} {unit} · this facility: {sec} {unit}"
    ),
    "norm_over": QT_TRANSLATE_NOOP("EnergyReport", "{pct} % above the norm"),
    "norm_within": QT_TRANSLATE_NOOP("EnergyReport", "within the norm ({pct} % below it)"),
    "norm_no_output": QT_TRANSLATE_NOOP(
        "EnergyReport", "MOIT norm {product}: no output recorded in {unit} for {year}, so it cannot be compared."
    ),
    "norm_none_for_year": QT_TRANSLATE_NOOP(
        "EnergyReport", "MOIT norm {product}: no period of the norm covers {year}, so none is applied."
    ),
    "norm_unset": QT_TRANSLATE_NOOP(
        "EnergyReport", "No MOIT specific-energy-consumption norm is chosen for this facility."
    ),
    "code": QT_TRANSLATE_NOOP("EnergyReport", "Code"),
    "measure": QT_TRANSLATE_NOOP("EnergyReport", "Measure"),
    "status": QT_TRANSLATE_NOOP("EnergyReport", "Status"),
    "investment": QT_TRANSLATE_NOOP("EnergyReport", "Investment (VND)"),
    "saved_kwh": QT_TRANSLATE_NOOP("EnergyReport", "Electricity saved (kWh/year)"),
    "saved_vnd": QT_TRANSLATE_NOOP("EnergyReport", "Savings (VND/year)"),
    "payback": QT_TRANSLATE_NOOP("EnergyReport", "Payback (years)"),
    "no_measures": QT_TRANSLATE_NOOP("EnergyReport", "None recorded in the cleaner-production register."),
    "monthly": QT_TRANSLATE_NOOP("EnergyReport", "Energy used by month (TOE)"),
    "prepared_by": QT_TRANSLATE_NOOP("EnergyReport", "Energy manager (signature, name)"),
    "approved_by": QT_TRANSLATE_NOOP("EnergyReport", "Head of the facility (signature, seal)"),
    "date_line": QT_TRANSLATE_NOOP("EnergyReport", "Date: ……/……/…………"),
    "not_finalized": QT_TRANSLATE_NOOP("EnergyReport", "not finalized: draft figures"),
    "no_data": QT_TRANSLATE_NOOP("EnergyReport", "No energy records for {org} in {year}."),
}
FACILITY_KIND_WORDS: dict[str, Msg] = {
    "plant": QT_TRANSLATE_NOOP("EnergyReport", "plant"),
    "store": QT_TRANSLATE_NOOP("EnergyReport", "store (building)"),
    "market": QT_TRANSLATE_NOOP("EnergyReport", "market (building)"),
    "building": QT_TRANSLATE_NOOP("EnergyReport", "building"),
    "warehouse": QT_TRANSLATE_NOOP("EnergyReport", "warehouse"),
    "other": QT_TRANSLATE_NOOP("EnergyReport", "facility"),
}
PLANNED = ("proposed", "planned", "in_progress")


class _Writer:
    """Texts in the report's language, numbers written its way."""

    def __init__(self, language: str) -> None:
        self.language = language
        self.translate = translator(language)
        self.blocks: list[Any] = []

    def t(self, key: str, **params: Any) -> str:
        msg = T[key](**params) if params else T[key]
        return msg.render(self.translate, lambda v: short_number(v, self.language))

    def tr(self, msg: Msg) -> str:
        return msg.render(self.translate, lambda v: short_number(v, self.language))

    def number(self, value: float | None, decimals: int = 2) -> str:
        return "–" if value is None else format_number(value, self.language, decimals)

    def add(self, block: Any) -> None:
        self.blocks.append(block)


def build_energy_report(
    ws: Workspace,
    tax_code: str,
    year: int,
    language: str,
    facility: str | None = None,
    state: str | None = None,
    submission_id: str | None = None,
) -> ReportContent:
    """Each facility's report (or one facility's), after a page on the organization's duties by facility."""
    org = ws.organization(tax_code)
    assert org.id is not None
    energy = summary(ws, tax_code, year, facility).energy
    w = _Writer(language)
    if energy is None:
        from scp_desktop.domain.messages import DomainError

        raise DomainError(T["no_data"](org=org.name, year=year), "period")
    profiles = {f.code: f for f in ws.organizations.facilities(org.id)}
    by_facility = ws.records.energy_by_facility(org.id, year, profiles[facility].id if facility else None)
    overview = facility is None and len(by_facility) > 1
    if overview:
        _organization_page(w, ws, org, year, energy)
    for index, (key, lines) in enumerate(sorted(by_facility.items())):
        if index or overview:
            w.add(PageBreak())
        _facility_report(w, ws, org, profiles[key.code], key, lines, energy.facility(key.code), year, state)
    w.add(Signatures([(w.t("prepared_by"), ""), (w.t("approved_by"), "")], w.t("date_line")))
    sha = content_sha256({"energy": energy.as_dict(), "facility": facility})
    return ReportContent(
        language,
        w.t("title", year=year),
        org.name,
        org.tax_code,
        "energy",
        str(year),
        sha,
        submission_id,
        draft=state is None,
        blocks=w.blocks,
    )


def energy_content(
    ws: Workspace, tax_code: str, period: str, language: str, facility: str | None = None
) -> ReportContent:
    """The report for a period (its year), with the state, hash and submission id of the finalized report
    when there is one, else the hash of the content printed (a draft)."""
    from scp_desktop.domain.periods import parse_period
    from scp_desktop.domain.reports import STATE_LABELS

    org = ws.organization(tax_code)
    span = parse_period(period)
    facility_id = ws.facility_id(org, facility) if facility else None
    live = ws.reports.live(org.id or 0, "energy", facility_id, span.code)
    finalized = live is not None and live["state"] != ReportState.DRAFT.value
    state = STATE_LABELS[ReportState(live["state"])].render(translator(language)) if finalized else None
    report = build_energy_report(
        ws, tax_code, span.start_month // 12, language, facility, state, live["submission_id"] if finalized else None
    )
    if finalized and live["content_sha256"]:
        report.content_sha256 = live["content_sha256"]
        from scp_desktop.services.sync import verify_address

        report.verify_url = verify_address(ws, live["submission_id"])
    report.period = period
    return report


def _organization_page(w: _Writer, ws: Workspace, org: Organization, year: int, energy: EnergySection) -> None:
    w.add(Heading(w.t("summary_title", year=year), 1))
    rows = []
    for f in energy.facilities:
        rows.append(
            [
                f"{f.name} ({f.code})",
                w.number(f.toe_total, 1),
                w.t("yes") if f.key_energy_user else w.t("no"),
                w.number(f.co2_scope1_2_t, 1),
                w.t("yes") if f.ghg_inventory_required else w.t("no"),
            ]
        )
    rows.append(
        [
            w.t("total"),
            w.number(energy.toe_total, 1),
            "",
            w.number(energy.co2_scope1_2_t, 1),
            "",
        ]
    )
    w.add(
        Table(
            [w.t("facility"), w.t("toe"), w.t("key_user_short"), w.t("scope12_t"), w.t("ghg_short")],
            rows,
            [62, 26, 30, 28, 28],
            numeric=(1, 3),
            total_row=True,
        )
    )
    w.add(Paragraph(w.t("summary_note"), "small"))


def _facility_report(
    w: _Writer,
    ws: Workspace,
    org: Organization,
    profile: Facility,
    key: FacilityKey,
    lines: Sequence[Any],
    figures: FacilityEnergy,
    year: int,
    state: str | None,
) -> None:
    ref = ws.ref
    province = ref.provinces.get(profile.province_code or org.province_code)
    w.add(Paragraph(w.t("to", province=province.official_name if province else BLANK), "h3"))
    w.add(Paragraph(w.t("form", due_year=year + 1), "small"))
    sector = ref.vsic_sections.get(org.sector[:1]) if org.sector else None
    sector_text = f"{org.sector} – {sector.label(w.language)}" if org.sector and sector else BLANK
    contact = " · ".join(x for x in (org.contact_name, org.contact_phone, org.contact_email) if x) or BLANK
    w.add(Heading(w.t("part_identity"), 1))
    w.add(
        KeyValues(
            [
                (w.t("organization"), org.name),
                (w.t("tax_code"), org.tax_code),
                (w.t("facility"), f"{profile.name} ({profile.code})"),
                (w.t("kind"), w.tr(FACILITY_KIND_WORDS.get(profile.kind, FACILITY_KIND_WORDS["other"]))),
                (w.t("address"), profile.address or org.address or BLANK),
                (w.t("province"), province.official_name if province else BLANK),
                (w.t("sector"), sector_text),
                (w.t("contact"), contact),
                (w.t("manager"), profile.energy_manager or BLANK),
                (w.t("certificate"), profile.energy_manager_certificate or BLANK),
                (w.t("state"), state or w.t("not_finalized")),
            ]
        )
    )
    _products(w, ws, org, profile, year)
    totals = energy_totals(lines, year, ref)
    _energy_table(w, ws, org, profile, totals, year)
    _emissions(w, ws, totals, year)
    _duties(w, profile, figures, ref.ghg_threshold_t_co2e)
    _intensity(w, ws, org, profile, totals, year)
    _measures(w, ws, org, profile)
    series = monthly_series(ws, org.tax_code, year, profile.code).toe
    if sum(v is not None for v in series) > 1:
        w.add(LineFigure(w.t("monthly"), MONTHS, {w.t("toe"): series}))


def _products(w: _Writer, ws: Workspace, org: Organization, profile: Facility, year: int) -> None:
    w.add(Heading(w.t("part_products"), 1))
    w.add(
        KeyValues(
            [(w.t("main_products"), profile.main_products or BLANK), (w.t("capacity"), profile.capacity or BLANK)]
        )
    )
    assert profile.id is not None
    rows = ws.records.output_by_product(profile.id, year)
    if not rows:
        w.add(Paragraph(w.t("no_output", year=year)))
        return
    w.add(
        Table(
            [w.t("product"), w.t("output", year=year), w.t("unit"), w.t("value")],
            [
                [product, w.number(quantity, 1), unit, w.number(value, 0) if counted else BLANK]
                for product, unit, quantity, value, counted in rows
            ],
            [70, 36, 24, 44],
            numeric=(1, 3),
        )
    )


def _energy_table(w: _Writer, ws: Workspace, org: Organization, profile: Facility, totals: Any, year: int) -> None:
    ref = ws.ref
    assert profile.id is not None
    costs = ws.records.energy_cost_by_fuel(profile.id, year)
    w.add(Heading(w.t("part_energy"), 1))
    rows = []
    for fuel, fuel_toe in sorted(totals.toe_by_fuel.items(), key=lambda item: -item[1]):
        name = ref.fuel_list[fuel].label(w.language)
        for unit, quantity in totals.quantity_by_fuel[fuel].items():
            rows.append(
                [
                    name,
                    w.number(quantity, 1),
                    ref.unit_list[unit].label(w.language),
                    w.number(fuel_toe, 2),
                    w.number(100 * fuel_toe / totals.toe_total, 1) if totals.toe_total else "–",
                    w.number(costs[fuel], 0) if fuel in costs else BLANK,
                ]
            )
    cost_total = sum(costs.values()) if costs else None
    rows.append(
        [
            w.t("total"),
            "",
            "",
            w.number(totals.toe_total, 2),
            w.number(100, 1),
            w.number(cost_total, 0) if cost_total is not None else "",
        ]
    )
    w.add(
        Table(
            [w.t("fuel"), w.t("quantity"), w.t("unit"), w.t("toe"), w.t("share"), w.t("cost")],
            rows,
            [46, 28, 20, 24, 20, 36],
            numeric=(1, 3, 4, 5),
            total_row=True,
        )
    )
    w.add(Paragraph(w.t("toe_note"), "small"))
    self_generated = sum(q * ref.units[u].to_base for u, q in totals.quantity_by_fuel.get("self_generated", {}).items())
    if self_generated:
        w.add(Paragraph(w.t("self_generated_mwh", mwh=w.number(self_generated / 1000, 1))))
    if totals.renewable_toe:
        w.add(Paragraph(w.t("renewable_share", share=w.number(totals.renewable_share_pct, 1))))
    else:
        w.add(Paragraph(w.t("no_renewable")))


def _emissions(w: _Writer, ws: Workspace, totals: Any, year: int) -> None:
    ref = ws.ref
    w.add(Heading(w.t("part_emissions"), 1))
    rows = []
    for fuel, co2 in sorted(totals.co2_by_fuel.items(), key=lambda item: -item[1]):
        if ref.fuels[fuel].biogenic:
            continue
        gj = totals.toe_by_fuel[fuel] * ref.gj_per_toe
        rows.append(
            [
                w.t("scope1_fuel", fuel=ref.fuel_list[fuel].label(w.language)),
                w.number(co2, 1),
                w.t("scope1_basis", gj=w.number(gj, 0), factor=w.number(ref.fuels[fuel].co2_kg_per_tj, 0)),
            ]
        )
    grid = grid_factor(year, ref)
    basis = w.t(
        "scope2_basis",
        mwh=w.number(totals.electricity_kwh / 1000, 1),
        factor=w.number(grid.t_co2_per_mwh, 4),
        year=grid.year_used,
    )
    if grid.provisional:
        basis += "; " + w.t("provisional", year=year)
    rows.append([w.t("scope2"), w.number(totals.co2_scope2_t, 1), basis])
    rows.append([w.t("scope12"), w.number(totals.co2e_scope1_2_t, 1), ""])
    w.add(Table([w.t("scope"), w.t("co2"), w.t("basis")], rows, [62, 24, 88], numeric=(1,), total_row=True))
    if totals.co2_biogenic_t:
        w.add(Paragraph(f"{w.t('biogenic')}: {w.number(totals.co2_biogenic_t, 1)} t CO₂"))
    w.add(Paragraph(w.t("co2_note"), "small"))


def _duties(w: _Writer, profile: Facility, figures: FacilityEnergy, ghg_threshold_t_co2e: float) -> None:
    w.add(Heading(w.t("part_duties"), 1))
    kind = w.tr(FACILITY_KIND_WORDS.get(profile.kind, FACILITY_KIND_WORDS["other"]))
    toe, threshold = figures.toe_total, figures.threshold_toe
    key_user = w.t(
        "key_user_yes" if figures.key_energy_user else "key_user_no",
        toe=w.number(toe, 1),
        threshold=w.number(threshold, 0),
        kind=kind,
    )
    co2e = figures.co2_scope1_2_t
    if figures.ghg_inventory_required:
        reasons = []
        if "t_co2e" in figures.ghg_criteria_met:
            reasons.append(w.t("by_emissions", threshold=w.number(ghg_threshold_t_co2e, 0)))  # Decree 06/2022
        if "toe" in figures.ghg_criteria_met:
            reasons.append(w.t("by_energy", threshold=w.number(figures.ghg_threshold_toe, 0)))
        ghg = w.t("ghg_yes", reasons="; ".join(reasons))
    else:
        ghg = w.t("ghg_no", co2e=w.number(co2e, 1), toe=w.number(toe, 1))
    ghg += " · " + w.t("ghg_listed" if profile.ghg_listed else "ghg_not_listed")
    w.add(KeyValues([(w.t("key_user"), key_user), (w.t("ghg"), ghg)]))


def _intensity(w: _Writer, ws: Workspace, org: Organization, profile: Facility, totals: Any, year: int) -> None:
    """MJ per unit of output: readable where TOE per unit would print 0,0003; compared with the MOIT norm."""
    assert org.id is not None
    ref = ws.ref
    w.add(Heading(w.t("part_intensity"), 1))
    output = ws.records.production_by_unit(org.id, year, profile.id)
    mj = totals.toe_total * ref.mj_per_toe
    if output:
        w.add(
            Table(
                [w.t("unit"), w.t("output", year=year), w.t("sec")],
                [
                    [unit, w.number(quantity, 1), f"{_significant(w, mj / quantity)} {w.t('sec_unit', unit=unit)}"]
                    for unit, quantity in output.items()
                    if quantity
                ],
                [40, 50, 84],
                numeric=(1, 2),
            )
        )
        w.add(Paragraph(w.t("sec_note"), "small"))
    else:
        w.add(Paragraph(w.t("no_output", year=year)))
    norm = ref.energy_norms.get(profile.sec_norm) if profile.sec_norm else None
    if norm is None:
        w.add(Paragraph(w.t("norm_unset"), "small"))
        return
    product = norm.product.label(w.language)
    in_force = norm.value_for(year)
    units = {u.lower() for u in norm.output_units}
    matched = sum(q for unit, q in output.items() if unit.strip().lower() in units)
    if in_force is None:
        w.add(Paragraph(w.t("norm_none_for_year", product=product, year=year)))
    elif not matched:
        w.add(Paragraph(w.t("norm_no_output", product=product, unit=norm.output_units[0], year=year)))
    else:
        period, value = in_force
        sec = mj / matched
        text = w.t(
            "norm", product=product, period=period, value=w.number(value, 0), unit=norm.unit, sec=_significant(w, sec)
        )
        difference = 100 * (sec - value) / value
        text += " · " + (
            w.t("norm_over", pct=w.number(difference, 1))
            if difference > 0
            else w.t("norm_within", pct=w.number(-difference, 1))
        )
        w.add(Paragraph(text))


def _significant(w: _Writer, value: float) -> str:
    """Three significant digits at least, whatever the scale (12,6 · 0,312 · 1.254)."""
    decimals = 0 if value >= 100 else 1 if value >= 10 else 2 if value >= 1 else 3 if value >= 0.1 else 4
    return w.number(value, decimals)


def _measures(w: _Writer, ws: Workspace, org: Organization, profile: Facility) -> None:
    """From the cleaner-production register: what was carried out, and what is planned."""
    assert org.id is not None
    ref = ws.ref
    options = ws.records.cp_options(org.id, profile.id)
    header = [
        w.t("code"),
        w.t("measure"),
        w.t("status"),
        w.t("investment"),
        w.t("saved_kwh"),
        w.t("saved_vnd"),
        w.t("payback"),
    ]
    for title, wanted in (("part_measures", ("implemented",)), ("part_plan", PLANNED)):
        chosen = [o for o in options if o["status"] in wanted]
        w.add(Heading(w.t(title), 1))
        if not chosen:
            w.add(Paragraph(w.t("no_measures")))
            continue
        w.add(
            Table(
                header,
                [
                    [
                        o["code"],
                        o["description"],
                        ref.cp_statuses[o["status"]].label(w.language),
                        w.number(o["investment_vnd"], 0),
                        w.number(o["savings_kwh"], 0) if o["savings_kwh"] is not None else BLANK,
                        w.number(o["annual_savings_vnd"], 0),
                        w.number(simple_payback_years(o["investment_vnd"], o["annual_savings_vnd"]), 1),
                    ]
                    for o in chosen
                ],
                [14, 50, 20, 26, 22, 26, 16],
                numeric=(3, 4, 5, 6),
            )
        )
