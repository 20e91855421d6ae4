"""Issue 15's "done when", end to end over real HTTP on SQLite and PostgreSQL: a supermarket manager
finalizes a green-distribution self-assessment with three evidence files, one of them for two criteria;
it reaches the server through a faulty proxy, with the server killed mid-run, every file and the
submission exactly once; a reviewer downloads the evidence byte-identical and returns the assessment
with a comment on one criterion; the app shows that comment beside the criterion; the manager corrects
and resends, and the correction is accepted."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import threading
from pathlib import Path

import requests
from pypdf import PdfReader
from sqlalchemy import func, select

from scp_desktop.catalog import translator
from scp_desktop.pdf.reports import build_report
from scp_desktop.services import assessments
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.reports import finalize
from scp_desktop.services.server_messages import explain
from scp_desktop.services.sync import ServerClient, set_meta, sync_once, waiting_count
from scp_ministry_server.storage.tables import attachment_holders, attachments, submissions
from tests.sync.conftest import CHAIN, FaultyProxy
from tests.ui.conftest import page

COMMENT_A2 = "Quy định về túi ni lông chưa có chữ ký của giám đốc"


def evidence_files(folder: Path) -> list[Path]:
    """Three files of a few hundred KB (so that the uploads take a while), each different."""
    rng = random.Random(15)
    files = []
    for number, name in enumerate(["Quy định túi ni lông.pdf", "Hóa đơn túi sinh học.pdf", "Ảnh quầy thu ngân.jpg"]):
        path = folder / name
        path.write_bytes(f"%PDF-1.4 minh chứng {number}\n".encode() + rng.randbytes(300_000))
        files.append(path)
    return files


def prepared_assessment(ws, folder: Path) -> tuple[int, list[Path]]:
    aid = assessments.start(ws, CHAIN, "green-distribution", 2026, assessor="Nguyễn Thị Lan")  # A2 from 2026
    files = evidence_files(folder)
    assessments.attach_evidence(ws, aid, "A2", files[0])
    assessments.attach_evidence(ws, aid, "B3", files[0])  # one file for two criteria
    assessments.attach_evidence(ws, aid, "B3", files[1])
    assessments.attach_evidence(ws, aid, "C2", files[2])
    for criterion in ("A2", "B3", "C2"):
        assessments.answer(ws, aid, criterion, "yes")
    return aid, files


def kill_after_first_file(server) -> threading.Thread:
    """Kill -9 the server as soon as the first evidence file is in its store (no timing: a condition)."""
    stop = threading.Event()

    def watch() -> None:
        while not stop.wait(0.01):
            if any(p.is_file() and not p.name.startswith(".") for p in server.attachments.rglob("*")):
                server.kill()
                return

    thread = threading.Thread(target=watch, daemon=True)
    thread.stop = stop  # type: ignore[attr-defined]
    thread.start()
    return thread


def reviewer_call(server, method: str, path: str, **kwargs) -> requests.Response:
    headers = {"Authorization": f"Bearer {server.token('reviewer')}"}
    return requests.request(method, f"{server.url}/api/v1{path}", headers=headers, timeout=30, **kwargs)


def test_assessment_with_evidence_reaches_the_ministry_is_returned_corrected_and_accepted(
    qtbot, window, server, tmp_path
) -> None:
    ws = window.ctx.workspace
    aid, files = prepared_assessment(ws, tmp_path)
    bag_reports = [finalize(ws, "bags", CHAIN, f"2026-{m:02d}", "ST01") for m in range(1, 7)]
    sent = assessments.finalize(ws, aid)
    submission = sent.record["submission_id"]
    token = server.token("chain")
    set_meta(ws, "server_url", server.url)
    proxy = FaultyProxy(server.url, seed=15, rates={"drop_request": 0.1, "drop_response": 0.1, "error": 0.1})
    watcher = kill_after_first_file(server)
    client = ServerClient(proxy.url, token)
    client.session.adapters["http://"].max_retries = 0  # every fault reaches our own retry logic
    rounds = 0
    while waiting_count(ws) and rounds < 200:
        rounds += 1
        sync_once(ws, client, send_everything=True)
        if server.process and server.process.poll() is not None:
            stored_when_killed = len(list(server.attachments.rglob("??/*")))
            server.start()  # back, with its data
    watcher.stop.set()
    proxy.shutdown()
    assert waiting_count(ws) == 0 and 1 <= stored_when_killed < 3  # killed after a file, before the last
    assert sum(v for k, v in proxy.counts.items() if k != "forwarded") > 0

    # Every file and the submission exactly once on the server; each file went once from the app.
    hashes = sorted(hashlib.sha256(f.read_bytes()).hexdigest() for f in files)
    storage = server.storage()
    with storage.read() as db:
        stored = sorted(db.execute(select(attachments.c.sha256)).scalars())
        holders = db.execute(select(func.count()).select_from(attachment_holders)).scalar()
        copies = db.execute(select(func.count()).where(submissions.c.submission_id == submission)).scalar()
    storage.close()
    assert stored == hashes and holders == 3 and copies == 1
    assert ws.db.execute("SELECT count(*) FROM sent_files").fetchone()[0] == 3  # each went once
    states = {r["submission_id"]: r["state"] for r in ws.reports.all()}
    assert {states[s] for s in [*bag_reports, submission]} == {"received"}

    # The reviewer opens the assessment and its evidence, byte for byte, and returns it.
    detail = reviewer_call(server, "GET", f"/submissions/{submission}").json()
    listed = {e["sha256"]: e for e in detail["payload"]["evidence"]}
    shared = hashlib.sha256(files[0].read_bytes()).hexdigest()
    assert listed[shared]["criteria"] == ["A2", "B3"] and listed[shared]["file_name"] == files[0].name
    assert detail["payload"]["answers"]["A2"]["value"] == "yes"
    for path in files:
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        assert reviewer_call(server, "GET", f"/attachments/{sha}").content == path.read_bytes()
    returned = reviewer_call(
        server,
        "POST",
        f"/submissions/{submission}/review",
        json={"decision": "return", "comment": "Cần bổ sung minh chứng", "field_comments": {"A2": COMMENT_A2}},
    )
    assert returned.status_code == 200, returned.text
    direct = ServerClient(server.url, token)
    assert sync_once(ws, direct).error is None
    row = next(r for r in ws.reports.all() if r["submission_id"] == submission)
    assert row["state"] == "returned" and json.loads(row["field_comments"]) == {"A2": COMMENT_A2}

    # The returned assessment's PDF says it was returned, with the reviewer's words.
    pdf = tmp_path / "returned.pdf"
    build_report(ws, "assessment", CHAIN, "2026", pdf, "vi", scheme="green-distribution", assessment_id=aid)
    text = " ".join(" ".join(page_.extract_text().split()) for page_ in PdfReader(pdf).pages)
    assert "Bộ Công Thương đã trả lại bản tự đánh giá này" in text and COMMENT_A2 in text

    # The manager sees the comment beside A2 …
    window.ctx.set_organization(CHAIN)
    assessment_page = page(window, "assessments")
    assessment_page._fill_history(select=aid)
    assessment_page.select("A2")
    assert assessment_page.editor.review.isVisible() and COMMENT_A2 in assessment_page.editor.review.text()
    a2 = assessment_page._criterion_index("A2")
    assert a2.siblingAtColumn(3).data() == COMMENT_A2 and not assessment_page.tree.isColumnHidden(3)
    assessment_page.select("B3")
    assert not assessment_page.editor.review.isVisible()  # only where the reviewer wrote
    status = assessment_page.status.text()
    assert "Bị trả lại để sửa" in status and "Cần bổ sung minh chứng" in status

    # … corrects: a new draft with the answers, evidence and the comment still beside A2 …
    assert assessment_page.correct_button.isVisible()
    assessment_page.correct_button.click()
    draft = assessment_page.current
    assert draft is not None and draft.id != aid and not draft.finalized
    assert draft.answers["A2"].value == "yes" and len(draft.evidence["B3"]) == 2
    assessment_page.select("A2")
    assert COMMENT_A2 in assessment_page.editor.review.text()
    signed = tmp_path / "Quy định túi ni lông (có chữ ký).pdf"
    signed.write_bytes(b"%PDF-1.4 signed policy")
    assessment_page.editor.attach_files([signed])
    corrected = assessments.finalize(ws, draft.id)
    assert sync_once(ws, direct).error is None  # … and resends (to the server's own address this time)

    correction = corrected.record["submission_id"]
    per_server = dict(ws.db.execute("SELECT server, count(*) FROM sent_files GROUP BY server").fetchall())
    assert per_server == {proxy.url: 3, server.url: 4}  # each file once per address; the server keeps one copy
    storage = server.storage()
    with storage.read() as db:
        assert db.execute(select(func.count()).select_from(attachments)).scalar() == 4
    storage.close()
    assert reviewer_call(server, "POST", f"/submissions/{correction}/review", json={"decision": "accept"}).ok
    assert sync_once(ws, direct).error is None
    states = {r["submission_id"]: r["state"] for r in ws.reports.all()}
    assert states[correction] == "accepted"
    listing = reviewer_call(server, "GET", "/submissions", params={"organization": CHAIN}).json()["submissions"]
    on_server = {s["submission_id"]: (s["state"], s["supersedes"]) for s in listing}
    assert on_server[submission][0] == "superseded" and on_server[correction] == ("accepted", submission)


def test_an_assessment_whose_evidence_is_gone_fails_alone(ws, server, tmp_path) -> None:
    """A file deleted from the evidence store fails that assessment, with the reason; the queue goes on."""
    fill_demo(ws, today=dt.date(2026, 11, 24))
    aid, files = prepared_assessment(ws, tmp_path)
    lost = assessments.finalize(ws, aid).record["submission_id"]
    bags = finalize(ws, "bags", CHAIN, "2026-01", "ST01")
    assessments.evidence_path(ws, hashlib.sha256(files[2].read_bytes()).hexdigest()).unlink()
    result = sync_once(ws, ServerClient(server.url, server.token("chain")), send_everything=True)
    assert (result.sent, result.failed) == (1, 1) and result.error is None
    rows = {r["submission_id"]: r for r in ws.reports.all()}
    assert rows[bags]["state"] == "received" and rows[lost]["state"] == "failed"
    assert "không còn trên máy" in explain(rows[lost]["server_message"]).render(translator("vi"))
