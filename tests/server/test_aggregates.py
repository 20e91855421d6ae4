"""No aggregate can be poisoned or double-counted (issue 14, findings 2 and 3), on both engines:
rival overlapping reports sent at the same instant leave one live; a row the server holds from before
its rules (or changed by hand) is left out of /indicators and named for reviewers, never a 500; a
record two old accepted reports both hold is counted once."""

from __future__ import annotations

import threading
import uuid
from typing import Any

import requests
from sqlalchemy import insert

from scp_desktop.domain.reports import content_sha256
from scp_ministry_server.storage import tables
from scp_ministry_server.storage.types import utc_now
from tests.server.conftest import CHAIN, bag_document

API = "/api/v1"


def test_rival_overlapping_reports_sent_at_once_leave_one_live(server) -> None:
    token = server.token("chain")
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"

    def send(body: dict, answers: list[int], barrier: threading.Barrier) -> None:
        barrier.wait()  # both requests leave together
        answers.append(session.put(f"{server.url}{API}/submissions/{uuid.uuid4()}", json=body, timeout=60).status_code)

    for month in range(1, 9):
        period = f"2025-{month:02d}"
        store = bag_document(period=period)
        whole = bag_document(period=period)
        whole["payload"]["facility"] = None  # the organization's month: it holds the store's records too
        whole["content_sha256"] = content_sha256(whole["payload"])
        answers: list[int] = []
        barrier = threading.Barrier(2)
        threads = [threading.Thread(target=send, args=(body, answers, barrier)) for body in (store, whole)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(answers) == [201, 422], (period, answers)
    listing = session.get(f"{server.url}{API}/submissions", timeout=30).json()["submissions"]
    assert sorted(s["period"] for s in listing) == [f"2025-{m:02d}" for m in range(1, 9)]


def plant(server, payload: Any, period: str, facility: str | None, state: str = "accepted") -> str:
    """A row as a server before issue 14 stored it: the payload as sent, unchecked."""
    submission_id = str(uuid.uuid4())
    year, _, month = period.partition("-")
    start = int(year) * 12 + (int(month) - 1 if month else 0)
    storage = server.storage()
    with storage.write() as db:
        db.execute(
            insert(tables.submissions).values(
                submission_id=submission_id,
                tax_code=CHAIN,
                form="bags",
                facility=facility,
                facility_key=(facility or "").casefold(),
                period=period,
                start_month=start,
                end_month=start if month else start + 11,
                content_sha256="0" * 64,
                payload=payload,
                state=state,
                receipt=f"OLD-{submission_id[:8]}",
                received_at=utc_now(),
                submitted_by=1,
            )
        )
    storage.close()
    return submission_id


def test_an_unreadable_accepted_row_is_left_out_and_named(server) -> None:
    good = bag_document(period="2025-01")["payload"]
    plant(server, good, "2025-01", "ST01")
    poisoned = bag_document(period="2025-02", store="ST02")["payload"]
    poisoned["records"][0]["nonbio_count"] = "1.454"  # as finding 2 had it stored
    bad = plant(server, poisoned, "2025-02", "ST02")
    fuel = bag_document(period="2025-04", store="ST04")["payload"]
    fuel["records"] = "not a list"
    worse = plant(server, fuel, "2025-04", "ST04")
    figures = server.indicators()
    assert figures["bags"]["transactions"] == 1000  # the readable report, alone
    flagged = {u["submission_id"]: u["reason"] for u in figures["unreadable"]}
    assert set(flagged) == {bad, worse}
    assert "nonbio_count" in flagged[bad] and "1.454" in flagged[bad]


def test_a_record_two_old_accepted_reports_hold_is_counted_once(server) -> None:
    month = bag_document(period="2025-03")["payload"]
    year = bag_document(period="2025-03")["payload"] | {"facility": None, "period": "2025"}
    year["records"] = [*year["records"], {**year["records"][0], "date": "2025-06-01", "transactions": 500}]
    plant(server, month, "2025-03", "ST01")
    plant(server, year, "2025", None)
    figures = server.indicators()
    assert figures["bags"]["transactions"] == 1500 and figures["repeated_records"] == 1
