"""An organization's compliance calendar: each facility's duties, their next deadlines and the data still
missing for them, from the records (domain.compliance does the dates)."""

from __future__ import annotations

import datetime as dt

from scp_desktop.domain.compliance import Deadline, FacilityFacts, deadlines
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Listing, Msg
from scp_desktop.services.summary import energy_section
from scp_desktop.services.workspace import Workspace

MISSING_MONTHS = QT_TRANSLATE_NOOP("Compliance", "{fuel} of month {months} not recorded")
NO_AUDIT_DATE = QT_TRANSLATE_NOOP("Compliance", "date of the last energy audit not entered")


def report_year(today: dt.date) -> int:
    """The year the next annual report covers: last year until its 15 January deadline has passed."""
    return today.year - 1 if (today.month, today.day) <= (1, 15) else today.year


def calendar(ws: Workspace, tax_code: str, today: dt.date | None = None) -> list[Deadline]:
    day = today or dt.date.today()
    org = ws.organization(tax_code)
    assert org.id is not None
    year = report_year(day)
    judged = {}
    for covered in (year - 1, year):  # the last full year's records, and the report year's so far
        energy = energy_section(ws, org, covered)  # duties come from energy alone: not the whole summary
        for f in energy.facilities if energy else ():
            seen = judged.setdefault(f.code, {"key": False, "ghg": False})
            seen["key"] |= f.key_energy_user
            seen["ghg"] |= f.ghg_inventory_required
    facts = []
    for facility in ws.organizations.facilities(org.id):
        seen = judged.get(facility.code, {"key": False, "ghg": False})
        missing: dict[str, list[Msg]] = {"annual_energy_report": _missing_months(ws, facility.id or 0, year, day)}
        if not facility.last_energy_audit:
            missing["energy_audit"] = [NO_AUDIT_DATE]
        facts.append(
            FacilityFacts(
                facility.code,
                facility.name,
                seen["key"],
                seen["ghg"] or facility.ghg_listed,
                dt.date.fromisoformat(facility.last_energy_audit) if facility.last_energy_audit else None,
                missing,
            )
        )
    return deadlines(ws.ref.duties, facts, day)


def _missing_months(ws: Workspace, facility_id: int, year: int, today: dt.date) -> list[Msg]:
    """For each fuel a facility records by month, the months of the report year (up to the last month that
    has ended) that have no record of it."""
    last = 12 if year < today.year else today.month - 1
    rows = ws.records.energy_periods(facility_id, year)
    covered: dict[str, set[int]] = {}
    monthly: set[str] = set()
    for fuel, start, end in rows:
        covered.setdefault(fuel, set()).update(m % 12 + 1 for m in range(start, end + 1))
        if start == end:
            monthly.add(fuel)
    found = []
    for fuel in sorted(monthly):
        gaps = [m for m in range(1, last + 1) if m not in covered[fuel]]
        if gaps:
            found.append(MISSING_MONTHS(fuel=ws.ref.fuel_list[fuel].name, months=Listing(tuple(gaps))))
    return found
