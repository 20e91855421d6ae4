"""Many clients at once against `serve --workers 2`, over real HTTP, on both engines: resends of
the same ids and rival reports for one period leave exactly one copy each."""

from __future__ import annotations

import threading
import uuid
from collections import Counter

import pytest
import requests
from sqlalchemy import func, select

from scp_ministry_server.storage import tables
from tests.server.conftest import Server, bag_document, prepare
from tests.server.postgres import free_port

CLIENTS, REPORTS, COPIES = 12, 60, 3  # each report sent by three clients at the same moment


@pytest.fixture
def workers(database, tmp_path):
    prepare(database, tmp_path / "attachments").close()
    running = Server(database, tmp_path / "attachments", free_port(), extra=["--workers", "2"])
    running.start()
    yield running
    running.kill()


def test_concurrent_resends_of_the_same_ids_leave_one_copy_each(workers) -> None:
    token = workers.token("chain")
    ids = [str(uuid.uuid4()) for _ in range(REPORTS)]
    bodies = {i: bag_document(i, period=f"{2000 + n // 12}-{n % 12 + 1:02d}") for n, i in enumerate(ids)}
    # Two rival reports for one period under different ids: the database lets one be live.
    rivals = [str(uuid.uuid4()) for _ in range(COPIES)]
    bodies |= {r: bag_document(r, period="2024-12", transactions=900 + n) for n, r in enumerate(rivals)}
    sends = [i for i in ids for _ in range(COPIES)] + rivals
    answers: list[tuple[str, int, dict]] = []
    lock = threading.Lock()
    start = threading.Barrier(CLIENTS)

    def client(share: list[str]) -> None:
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {token}"
        start.wait()
        for submission_id in share:
            answer = session.put(f"{workers.url}/api/v1/submissions/{submission_id}", json=bodies[submission_id])
            with lock:
                answers.append((submission_id, answer.status_code, answer.json()))

    # Copies of one id go to different clients, in the same position of their lists: sent together.
    shares = [sends[c::CLIENTS] for c in range(CLIENTS)]
    threads = [threading.Thread(target=client, args=(share,)) for share in shares]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(answers) == len(sends)
    by_id: dict[str, list[tuple[int, dict]]] = {}
    for submission_id, status, body in answers:
        by_id.setdefault(submission_id, []).append((status, body))
    for submission_id in ids:
        statuses = Counter(status for status, _ in by_id[submission_id])
        assert statuses == {201: 1, 200: COPIES - 1}, (submission_id, by_id[submission_id])
        receipts = {body["receipt"]["receipt_number"] for _, body in by_id[submission_id]}
        assert len(receipts) == 1  # the resends got the first copy's receipt
    rival_statuses = Counter(by_id[r][0][0] for r in rivals)
    assert rival_statuses == {201: 1, 409: COPIES - 1}
    assert {by_id[r][0][1].get("error") for r in rivals if by_id[r][0][0] == 409} == {"PERIOD_ALREADY_SUBMITTED"}

    storage = workers.storage()
    s, e = tables.submissions, tables.submission_events
    with storage.read() as db:
        stored = db.execute(select(s.c.submission_id)).scalars().all()
        receipts = db.execute(select(func.count(func.distinct(s.c.receipt)))).scalar()
        events = db.execute(select(e.c.submission_id)).scalars().all()
    storage.close()
    assert sorted(stored) == sorted([*ids, next(r for r in rivals if by_id[r][0][0] == 201)])
    assert receipts == len(stored) and Counter(events) == Counter(stored)  # one "received" each
