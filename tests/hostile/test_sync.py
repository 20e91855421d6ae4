"""A report the app cannot read fails alone and never blocks the queue (with Hypothesis over stored payloads);
a second sync says one is running; overlapping reports cannot reach the ministry twice."""

from __future__ import annotations

import io
import json
import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scp_desktop.domain.reports import content_sha256
from scp_desktop.services.reports import finalize
from scp_desktop.services.server_messages import explain
from scp_desktop.services.sync import _document, sender_lock
from tests.conftest import write_csv
from tests.hostile.conftest import BAG_HEADER
from tests.sync.conftest import CHAIN, PASSWORD, database, memory_keyring, server  # noqa: F401 (fixtures)


@pytest.fixture
def signed_in(ws, cli, monkeypatch, server, tmp_path):  # noqa: F811
    ws.add_organization(tax_code=CHAIN, name="Siêu thị", kind="supermarket", province="01")
    ws.add_facility(CHAIN, code="ST01", name="Cửa hàng", kind="store")
    rows = [f"ST01,2025-0{m}-0{d},1000,400,2,0,0,0,0,0" for m in (1, 2, 3) for d in (1, 2)]
    assert cli("import", "bags", str(write_csv(tmp_path / "b.csv", BAG_HEADER, rows)), "--org", CHAIN).code == 0
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli("login", "--server", server.url, "--user", "chain", "--password-stdin").code == 0
    return ws


@pytest.mark.parametrize(
    "planted",
    [
        "{not json",
        '{"form": "bags", "records": [NaN]}',  # Python reads NaN; no JSON can carry it
        None,
        '"a text, not an object"',
    ],
)
def test_an_unreadable_report_fails_alone_and_the_queue_goes_on(signed_in, cli, planted) -> None:
    ws = signed_in
    bad = finalize(ws, "bags", CHAIN, "2025-01", "ST01")
    good = finalize(ws, "bags", CHAIN, "2025-02", "ST01")
    ws.db.execute("UPDATE reports SET payload = ? WHERE submission_id = ?", [planted, bad])
    result = cli("sync")
    assert "Traceback" not in result.err
    states = {r["submission_id"]: r for r in ws.reports.all()}
    assert states[good]["state"] == "received"
    assert states[bad]["state"] == "failed" and "cannot be read or sent" in shown(states[bad]["server_message"])
    assert "refused 1" in result.out and result.code == 0


def test_a_report_whose_content_was_changed_is_not_sent(signed_in, cli) -> None:
    ws = signed_in
    changed = finalize(ws, "bags", CHAIN, "2025-03", "ST01")
    ws.db.execute(
        "UPDATE reports SET payload = replace(payload, '\"transactions\": 1000', '\"transactions\": 9000')"
        " WHERE submission_id = ?",
        [changed],
    )
    cli("sync")
    (row,) = ws.reports.all()
    assert row["state"] == "failed" and "does not match its SHA-256" in shown(row["server_message"])


def test_a_second_sync_says_one_is_already_running(signed_in, cli) -> None:
    finalize(signed_in, "bags", CHAIN, "2025-01", "ST01")
    with sender_lock(signed_in) as mine:  # another sender holds the workspace's sender lock
        assert mine
        result = cli("sync")
    assert result.code == 3
    assert result.err.startswith(f"error: another sync of this workspace is already running (pid {os.getpid()} (")
    assert len(result.err.splitlines()) == 1
    assert cli("sync").code == 0  # once it has finished, the next one sends


def test_overlapping_reports_cannot_reach_the_ministry_twice(signed_in, cli, server) -> None:  # noqa: F811
    """Finding 3 end to end: a store's March is finalized, sent and accepted; its quarter, its year and the
    organization's March and year are refused, so the ministry counts March's transactions once."""
    from scp_desktop.domain.messages import DomainError
    from scp_desktop.services.summary import summary
    from tests.sync.test_end_to_end import review

    ws = signed_in
    march = finalize(ws, "bags", CHAIN, "2025-03", "ST01")
    for period, facility in (("2025-Q1", "ST01"), ("2025", "ST01"), ("2025-03", None), ("2025", None)):
        with pytest.raises(DomainError, match="would reach the ministry twice"):
            finalize(ws, "bags", CHAIN, period, facility)
        refused = cli(
            "finalize", "bags", "--org", CHAIN, "--period", period, *(["--facility", facility] if facility else [])
        )
        assert refused.code == 2 and "would reach the ministry twice" in refused.err
    assert cli("sync").code == 0
    review(server, march, "accept")
    assert cli("sync").code == 0
    national = server.indicators()
    march_only = [r for r in ws.reports.all() if r["state"] == "accepted"]
    assert [(r["period"], r["facility"]) for r in march_only] == [("2025-03", "ST01")]
    assert national["bags"]["transactions"] == 2 * 1000  # March's two days, once
    assert summary(ws, CHAIN, 2025).bags.transactions == 6 * 1000  # the year holds six days in all


def test_overlapping_reports_an_older_app_queued_are_refused_by_the_server(signed_in, cli, server) -> None:  # noqa: F811
    """Finding 3 as it happened: an app without the overlap check queued a store's March, its quarter and
    year, and the organization's March and year. The server takes the first and refuses the four others
    at the period (OVERLAPPING_REPORT, shown in the user's language); the ministry counts March once."""
    from scp_desktop.domain.periods import parse_period
    from scp_desktop.domain.records import BAGS
    from scp_desktop.services.reports import payload
    from tests.sync.test_end_to_end import review

    ws = signed_in
    org = ws.organization(CHAIN)
    store = ws.facility_id(org, "ST01")
    planted = []
    for period_text, facility in (
        ("2025-03", store),
        ("2025-Q1", store),
        ("2025", store),
        ("2025-03", None),
        ("2025", None),
    ):
        period = parse_period(period_text)
        with ws.transaction("test"):  # what an older app did: no overlap check
            submission = ws.reports.create(org.id, "bags", facility, period.code, period.start_month, period.end_month)
            content = payload(ws, BAGS, org, facility, period)
            ws.reports.finalize(submission, content, content_sha256(content), ws.ref.versions)
        planted.append(submission)
    result = cli("sync")
    assert "Traceback" not in result.err and "refused 4" in result.out
    rows = {r["submission_id"]: r for r in ws.reports.all()}
    assert rows[planted[0]]["state"] == "received"
    for refused in planted[1:]:
        assert rows[refused]["state"] == "failed"
        assert "the same records would be counted twice" in shown(rows[refused]["server_message"])
    review(server, planted[0], "accept")
    national = server.indicators()
    assert national["bags"]["transactions"] == 2 * 1000 and national["reports"] == 1


PAYLOADS = st.one_of(
    st.none(),
    st.text(max_size=200),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
        lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=6), children, max_size=4),
        max_leaves=10,
    ).map(lambda value: json.dumps(value, allow_nan=True)),
)


@settings(max_examples=300, deadline=None)
@given(stored=PAYLOADS, hashed=st.booleans())
def test_any_stored_payload_is_sent_or_fails_that_report_in_a_way_sync_handles(stored, hashed) -> None:
    """Whatever a report row holds (planted by hand, by an old version, by a damaged file), preparing it for
    sending gives a JSON document or one of the errors `send_one` turns into that report's failure."""
    try:
        digest = content_sha256(json.loads(stored)) if hashed and stored is not None else "0" * 64
    except (ValueError, TypeError, RecursionError):
        digest = "0" * 64
    report = {"submission_id": "s", "payload": stored, "content_sha256": digest, "supersedes": None}
    try:
        document = _document(report)
    except (TypeError, ValueError, UnicodeError, RecursionError):
        return
    assert json.loads(json.dumps(document, allow_nan=False)) == document


def shown(stored: str) -> str:
    """A report's note as the outbox shows it (in English here)."""
    note = explain(stored)
    assert note is not None
    return note.render()
