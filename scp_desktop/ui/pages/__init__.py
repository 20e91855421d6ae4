"""The main window's pages. Adding a page: write a `Page` subclass and list it in `page_factories`."""

from __future__ import annotations

from collections.abc import Callable

from scp_desktop.domain.records import BAGS, CP_OPTIONS, ENERGY, MATERIALS, PRODUCTION, WASTE, WATER
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.pages.base import Page


def page_factories() -> list[Callable[[AppContext], Page]]:
    from scp_desktop.ui.pages.organizations import OrganizationsPage
    from scp_desktop.ui.pages.overview import OverviewPage
    from scp_desktop.ui.pages.records import RecordPage, TabbedRecordsPage

    return [
        OverviewPage,
        OrganizationsPage,
        lambda ctx: RecordPage(ctx, ENERGY, "energy"),
        lambda ctx: TabbedRecordsPage(ctx, [PRODUCTION, WATER, MATERIALS], "production"),
        lambda ctx: RecordPage(ctx, WASTE, "waste"),
        lambda ctx: RecordPage(ctx, BAGS, "bags"),
        lambda ctx: RecordPage(ctx, CP_OPTIONS, "cleaner-production"),
    ]
