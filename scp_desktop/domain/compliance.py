"""When each duty of a facility falls due: the compliance calendar, from the duties of the reference data
(obligations.json) and what the records say about the facility. Pure: the service gathers the facts."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from scp_desktop.domain.messages import Msg
from scp_desktop.domain.reference import Duty


@dataclass(frozen=True)
class FacilityFacts:
    """What the calendar needs to know of one facility."""

    code: str
    name: str
    key_energy_user: bool  # on the records of the year its next report covers
    ghg_inventory: bool  # meets the GHG-inventory criteria, or is on the published list
    last_energy_audit: dt.date | None
    missing: dict[str, list[Msg]] = field(default_factory=dict)  # duty code → data still missing for it


@dataclass(frozen=True)
class Deadline:
    facility: FacilityFacts
    duty: Duty
    due: dt.date | None  # None: the legal text gives no date we could confirm, or a date is missing
    covers_year: int | None  # the year the report is about
    missing: list[Msg]

    def days_left(self, today: dt.date) -> int | None:
        return None if self.due is None else (self.due - today).days


def _next_annual(duty: Duty, today: dt.date) -> dt.date | None:
    """The next due date of a duty with a yearly (or every-n-years) month and day, from its first year."""
    if duty.due_month is None or duty.due_day is None:
        return None
    step = duty.every_years or 1
    year = today.year
    if duty.first_year is not None and year < duty.first_year:
        year = duty.first_year
    while True:
        if duty.first_year is not None and (year - duty.first_year) % step:
            year += 1
            continue
        due = dt.date(year, duty.due_month, duty.due_day)
        if due >= today:
            return due
        year += 1


def deadlines(duties: list[Duty], facilities: list[FacilityFacts], today: dt.date) -> list[Deadline]:
    """Every duty that applies to each facility, with its next due date, soonest first (undated last)."""
    found = []
    for facility in facilities:
        for duty in duties:
            applies = facility.key_energy_user if duty.applies_to == "key_energy_user" else facility.ghg_inventory
            if not applies:
                continue
            if duty.from_field == "last_energy_audit":
                last = facility.last_energy_audit
                due = _add_years(last, duty.every_years or 1) if last else None
                covers = None
            else:
                due = _next_annual(duty, today)
                covers = due.year - 1 if due is not None and duty.every_years == 1 else None
            found.append(Deadline(facility, duty, due, covers, facility.missing.get(duty.code, [])))
    return sorted(found, key=lambda d: (d.due is None, d.due or dt.date.max, d.facility.code))


def _add_years(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)
