"""The changes feed never skips a change, whatever order concurrent writers commit in."""

from __future__ import annotations

import collections
import threading
import uuid

import pytest
from sqlalchemy import insert, select, text

from scp_ministry_server import submissions
from scp_ministry_server.reference import Reference
from scp_ministry_server.schemas import SubmissionIn
from scp_ministry_server.storage import submissions as repo
from scp_ministry_server.storage import tables
from scp_ministry_server.storage.types import utc_now
from tests.server.conftest import CHAIN, bag_document, signed_in


def receive(storage, who, period: str, store: str = "ST01") -> str:
    submission_id = str(uuid.uuid4())
    body = SubmissionIn.model_validate(bag_document(period=period, store=store))
    status, _ = submissions.receive(storage, Reference(storage), who, submission_id, body)
    assert status == 201
    return submission_id


def feed_ids(storage, cursor: int) -> tuple[list[tuple[str, str]], int]:
    with storage.read() as db:
        rows = repo.feed(db, cursor, None, 1000)
    return [(r["submission_id"], r["state"]) for r in rows], (rows[-1]["seq"] if rows else cursor)


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_a_change_committed_after_a_later_one_is_not_skipped(storage) -> None:
    """Transaction A writes first and commits last; the reader read B in between. A plain sequence
    would give A the smaller number, which the reader's cursor has passed: A would never be seen."""
    chain = signed_in(storage, "chain")
    first, second = receive(storage, chain, "2025-01"), receive(storage, chain, "2025-02")
    _, cursor = feed_ids(storage, 0)

    def interleave(naive: bool) -> tuple[list, list]:
        nonlocal cursor
        with storage.engine.connect() as a:
            transaction = a.begin()
            add_event(a, first, naive)
            with storage.write() as b:
                add_event(b, second, naive)
            seen_before, cursor = feed_ids(storage, cursor)
            transaction.commit()
        seen_after, cursor = feed_ids(storage, cursor)
        return seen_before, seen_after

    assert interleave(naive=False) == ([(second, "accepted")], [(first, "accepted")])
    # The same steps with positions from a plain sequence, taken when the row is written:
    with storage.write() as db:
        db.execute(text(f"CREATE SEQUENCE naive_positions START WITH {cursor + 1000}"))
    assert interleave(naive=True) == ([(second, "accepted")], [])  # A is skipped: what the design prevents


def add_event(db, submission_id: str, naive: bool) -> None:
    if not naive:
        repo.add_event(db, submission_id, CHAIN, "accepted", "reviewer")
        return
    e = tables.submission_events
    db.execute(
        insert(e).values(
            submission_id=submission_id,
            tax_code=CHAIN,
            state="accepted",
            at=utc_now(),
            actor="reviewer",
            seq=text("nextval('naive_positions')"),
        )
    )


def test_a_reader_racing_concurrent_writers_sees_every_change_once(storage) -> None:
    writers, reports = 6, 25
    chain, reviewer = signed_in(storage, "chain"), signed_in(storage, "reviewer")
    done = threading.Event()
    seen: list[tuple[str, str]] = []
    failures: list[BaseException] = []

    def write(worker: int) -> None:
        try:
            for month in range(reports):
                submission_id = receive(storage, chain, f"{2000 + month}-{worker + 1:02d}", f"S{worker}")
                if month % 3 == 0:
                    submissions.review(storage, Reference(storage), reviewer, submission_id, "return", "Thiếu số liệu")
        except BaseException as error:
            failures.append(error)

    def read() -> None:
        cursor = None
        while True:
            finished = done.is_set()  # read once more after the writers stop: then nothing may be left
            page = submissions.changes(storage, reviewer, cursor)
            seen.extend((c["submission_id"], c["state"]) for c in page["changes"])
            cursor = page["cursor"]
            if finished and not page["more"]:
                return

    threads = [threading.Thread(target=write, args=(w,)) for w in range(writers)]
    reader = threading.Thread(target=read)
    reader.start()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    done.set()
    reader.join()
    assert failures == []
    e = tables.submission_events
    with storage.read() as db:
        committed = db.execute(select(e.c.submission_id, e.c.state)).all()
        positions = db.execute(select(e.c.seq).order_by(e.c.seq)).scalars().all()
    assert len(committed) == writers * reports + writers * len(range(0, reports, 3))
    assert collections.Counter(seen) == collections.Counter(map(tuple, committed))  # all, each once
    assert positions == list(range(1, len(positions) + 1))  # commit order, no holes
