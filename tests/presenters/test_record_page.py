"""A record page's decisions, without a widget: the query the filters make, the period they select,
its report's line, finalizing and correcting it, the facilities records belong to, the empty hint."""

from __future__ import annotations

from scp_desktop.catalog import translator
from scp_desktop.domain.records import BAGS, ENERGY
from scp_desktop.presenters.record_page import NO_FACILITY, NO_ORGANIZATION, NO_RECORDS, Filters, RecordPagePresenter

CHAIN, TEXTILE = "0100234562", "0300588569"
EN = translator("en")


def _line(presenter: RecordPagePresenter, org, filters: Filters, rows: int = 1) -> str:
    return " ".join(part.render(EN) for part in presenter.report_line(org, filters, rows).parts)


def test_the_query_keeps_the_users_sort_and_a_bag_log_starts_newest_first(demo) -> None:
    bags = RecordPagePresenter(demo, BAGS)
    org = demo.organization(CHAIN)
    first = bags.query(org, Filters(year=2025, month=3, text="ST0"), None)
    assert (first.sort, first.descending, first.year, first.month, first.text) == ("date", True, 2025, 3, "ST0")
    resorted = first.__class__(**{**first.__dict__, "sort": "nonbio_count", "descending": False})
    again = bags.query(org, Filters(year=2024), resorted)
    assert (again.sort, again.descending, again.year, again.month) == ("nonbio_count", False, 2024, None)
    assert RecordPagePresenter(demo, ENERGY).query(org, Filters(), None).sort is None  # periods: natural order


def test_the_period_is_a_month_or_a_year_and_the_cp_register_a_year(demo) -> None:
    energy = RecordPagePresenter(demo, ENERGY)
    assert energy.period(Filters()) is None
    assert energy.period(Filters(year=2025)) == "2025"
    assert energy.period(Filters(year=2025, month=7)) == "2025-07"
    from scp_desktop.domain.records import CP_OPTIONS

    assert RecordPagePresenter(demo, CP_OPTIONS).period(Filters(year=2025, month=7)) == "2025"


def test_finalizing_a_month_locks_it_and_a_correction_reopens_it(demo) -> None:
    energy = RecordPagePresenter(demo, ENERGY)
    org = demo.organization(TEXTILE)
    march = Filters(year=2025, month=3)
    assert _line(energy, org, march) == "2025-03: draft, saved as you type."
    assert energy.report_line(org, march, rows=0).can_finalize is False  # nothing to finalize
    assert energy.finalize(org, march) is None
    line = energy.report_line(org, march, 3)
    assert line.read_only and line.can_correct and not line.can_finalize  # its records are locked now
    assert _line(energy, org, march).startswith("2025-03: Finalized, waiting to be sent · submission ")
    quarter = energy.report_line(org, Filters(year=2025), 30)
    assert quarter.read_only and not quarter.can_finalize  # the year holds a finalized month
    assert "Read-only: part of the finalized report for 2025-03." in _line(energy, org, Filters(year=2025))
    refused = energy.finalize(org, march)
    assert refused is not None and "2025-03" in refused.message.render(EN)
    assert energy.correct(org, march) is None
    assert "This draft corrects submission" in _line(energy, org, march)


def test_bags_belong_to_stores_and_the_hint_says_what_to_do_first(demo) -> None:
    bags = RecordPagePresenter(demo, BAGS)
    assert bags.empty_hint(None, 0, Filters()) is NO_ORGANIZATION
    textile = demo.organization(TEXTILE)
    assert bags.owners(textile) == []  # a plant is not a store
    assert bags.empty_hint(textile, 0, Filters()) is NO_FACILITY
    chain = demo.organization(CHAIN)
    assert [f.code for f in bags.owners(chain)] == ["ST01", "ST02", "ST03"]
    assert bags.empty_hint(chain, 0, Filters()) is NO_RECORDS
    assert bags.empty_hint(chain, 0, Filters(year=2030)) is None  # a filter that finds nothing is no hint
    assert bags.empty_hint(chain, 120, Filters()) is None
