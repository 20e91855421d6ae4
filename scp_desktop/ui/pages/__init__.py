"""The main window's pages, in navigation order.

Adding a page: write a `Page` subclass in its own module and add a `PageEntry` to `PAGES`.
A page's module is imported and its widget built the first time it is shown, so the
window paints at once however many pages there are.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from scp_desktop.domain.field_labels import KIND_TITLES
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from scp_desktop.domain.organizations import Facility, Organization, logs_bags

if TYPE_CHECKING:
    from scp_desktop.ui.context import AppContext
    from scp_desktop.ui.pages.base import Page


def _always(_org: Organization, _facilities: list[Facility]) -> bool:
    return True


@dataclass(frozen=True)
class PageEntry:
    page_id: str
    title: Msg
    build: Callable[[AppContext], Page]
    applies: Callable[[Organization, list[Facility]], bool] = _always  # else hidden for that organization


def _overview(ctx: AppContext) -> Page:
    from scp_desktop.ui.pages.overview import OverviewPage

    return OverviewPage(ctx)


def _organizations(ctx: AppContext) -> Page:
    from scp_desktop.ui.pages.organizations import OrganizationsPage

    return OrganizationsPage(ctx)


def _records(kind_code: str, page_id: str) -> Callable[[AppContext], Page]:
    def build(ctx: AppContext) -> Page:
        from scp_desktop.domain.records import RECORD_KINDS
        from scp_desktop.ui.pages.records import RecordPage

        return RecordPage(ctx, RECORD_KINDS[kind_code], page_id)

    return build


def _production(ctx: AppContext) -> Page:
    from scp_desktop.domain.records import MATERIALS, PRODUCTION, WATER
    from scp_desktop.ui.pages.records import TabbedRecordsPage

    return TabbedRecordsPage(ctx, [PRODUCTION, WATER, MATERIALS], "production")


def _assessments(ctx: AppContext) -> Page:
    from scp_desktop.ui.pages.assessments import AssessmentPage

    return AssessmentPage(ctx)


def _eco_innovation(ctx: AppContext) -> Page:
    from scp_desktop.ui.pages.eco_project import EcoProjectPage

    return EcoProjectPage(ctx)


def _reports(ctx: AppContext) -> Page:
    from scp_desktop.ui.pages.reports import ReportsPage

    return ReportsPage(ctx)


def _sync(ctx: AppContext) -> Page:
    from scp_desktop.ui.pages.sync import SyncPage

    return SyncPage(ctx, ctx.sync_runner)


PAGES: list[PageEntry] = [
    PageEntry("overview", QT_TRANSLATE_NOOP("MainWindow", "Overview"), _overview),
    PageEntry("organizations", QT_TRANSLATE_NOOP("MainWindow", "Organizations & facilities"), _organizations),
    PageEntry("energy", KIND_TITLES["energy"], _records("energy", "energy")),
    PageEntry("production", QT_TRANSLATE_NOOP("MainWindow", "Production & resources"), _production),
    PageEntry("waste", KIND_TITLES["waste"], _records("waste", "waste")),
    PageEntry("bags", KIND_TITLES["bags"], _records("bags", "bags"), logs_bags),
    PageEntry("cleaner-production", KIND_TITLES["cp-options"], _records("cp-options", "cleaner-production")),
    PageEntry("assessments", QT_TRANSLATE_NOOP("MainWindow", "Self-assessment"), _assessments),
    PageEntry("eco-innovation", QT_TRANSLATE_NOOP("MainWindow", "Eco-innovation projects"), _eco_innovation),
    PageEntry("reports", QT_TRANSLATE_NOOP("MainWindow", "Reports"), _reports),
    PageEntry("sync", QT_TRANSLATE_NOOP("MainWindow", "Send to the ministry"), _sync),
]
