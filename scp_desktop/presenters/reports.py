"""The Reports page's choices without Qt: which facilities a kind of report can be made for (a bag
report for a store, never for a plant), which years have data, the year offered first and the file's
suggested name."""

from __future__ import annotations

import datetime as dt

from scp_desktop.domain.organizations import Facility, Organization
from scp_desktop.domain.records import RECORD_KINDS
from scp_desktop.services.report_kinds import REPORT_KINDS
from scp_desktop.services.workspace import Workspace


class ReportsPresenter:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def facilities(self, org: Organization, kind: str) -> list[Facility]:
        """The facilities a report of this kind can be made for alone (none for a whole-organization kind)."""
        if not REPORT_KINDS[kind].per_facility:
            return []
        record_kind = RECORD_KINDS.get(kind)
        allowed = self.ws.owner_ids(record_kind, org) if record_kind else self.ws.facility_ids(org)
        return [f for f in self.ws.organizations.facilities(org.id or 0) if f.code in allowed]

    def years(self, org: Organization, today: dt.date) -> tuple[list[int], int]:
        """The years with data, newest first, and the one offered first: the last complete year."""
        years = sorted(self.ws.records.years_with_data(org.id or 0) or [today.year], reverse=True)
        last_full = today.year - 1
        return years, last_full if last_full in years else years[0]

    @staticmethod
    def file_name(kind: str, tax_code: str, year: int, language: str) -> str:
        return f"{kind}-{tax_code}-{year}-{language}.pdf"
