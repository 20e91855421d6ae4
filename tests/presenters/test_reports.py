"""The Reports page's choices without widgets: a bag report is for a store, never a plant; the year
offered first is the last complete one."""

from __future__ import annotations

import datetime as dt

from scp_desktop.presenters.reports import ReportsPresenter
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.workspace import Workspace

CHAIN, TEXTILE = "0100234562", "0300588569"


def test_each_kind_offers_the_facilities_it_can_be_made_for(tmp_path) -> None:
    with Workspace.open(tmp_path / "ws.sqlite") as ws:
        fill_demo(ws, today=dt.date(2026, 11, 24))
        ws.add_facility(TEXTILE, code="CH01", name="Cửa hàng giới thiệu", kind="store")
        reports = ReportsPresenter(ws)
        textile = ws.organization(TEXTILE)
        assert [f.code for f in reports.facilities(textile, "energy")] == ["CH01", "NM01"]
        assert [f.code for f in reports.facilities(textile, "bags")] == ["CH01"]  # not the plant
        assert reports.facilities(textile, "assessment") == []  # the whole organization only
        years, first = reports.years(ws.organization(CHAIN), dt.date(2026, 11, 24))
        assert years == sorted(years, reverse=True) and 2026 in years and first == 2025
        assert ReportsPresenter.file_name("bags", CHAIN, 2025, "vi") == "bags-0100234562-2025-vi.pdf"
