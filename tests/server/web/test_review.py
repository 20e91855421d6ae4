"""Reviewing in the browser: a return with a Vietnamese comment and a per-field comment that reaches the
desktop app on its next sync; verify (province) then accept (MOIT) on two levels; one level."""

from __future__ import annotations

import datetime as dt
import io

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select

from scp_desktop.services.demo import fill_demo
from scp_desktop.services.reports import finalize
from scp_desktop.services.server_messages import explain
from tests.server.web.conftest import CHAIN, PASSWORD, click, sent, sign_in, text
from tests.sync.conftest import memory_keyring  # noqa: F401 - the app's token in memory, as in tests/sync

COMMENT = "Thiếu số liệu cửa hàng ST03 tháng 12; đề nghị bổ sung và gửi lại."
FIELD_COMMENT = "Số túi khó phân hủy ngày này thấp bất thường, kiểm tra lại sổ theo dõi."


def _row(ws, submission_id: str) -> dict:
    return next(r for r in ws.reports.all() if r["submission_id"] == submission_id)


def test_a_return_with_a_vietnamese_comment_reaches_the_app_on_its_next_sync(page, start_server, ws, cli,
                                                                             monkeypatch) -> None:  # fmt: skip
    server = start_server(levels=2)
    fill_demo(ws, today=dt.date(2026, 11, 24))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli("login", "--server", server.url, "--user", "chain", "--password-stdin").code == 0
    submission = finalize(ws, "bags", CHAIN, "2025")
    assert cli("sync").code == 0
    assert _row(ws, submission)["state"] == "received"

    sign_in(page, server, "hanoi")
    click(page, page.find_element(By.CSS_SELECTOR, f"a[href='/review/submissions/{submission}']"))
    assert "Túi khó phân hủy" in text(page, "table.records thead")  # the app's own labels, in Vietnamese
    page.find_element(By.CSS_SELECTOR, "#record-0 summary").click()
    Select(page.find_element(By.ID, "fc-field-0")).select_by_value("nonbio_count")
    page.find_element(By.ID, "fc-text-0").send_keys(FIELD_COMMENT)
    page.find_element(By.NAME, "comment").send_keys(COMMENT)
    click(page, "button[name=decision][value=returned]")
    assert "Đã ghi nhận quyết định" in text(page, "[role=status]")
    assert "Đã trả lại" in text(page, ".facts")
    assert COMMENT in text(page, ".history") and FIELD_COMMENT in text(page, ".history")
    assert FIELD_COMMENT in text(page, "#record-0 .field-comment")  # shown beside its field

    assert cli("sync").code == 0
    row = _row(ws, submission)
    assert row["state"] == "returned"
    assert explain(row["server_message"]).render() == COMMENT  # what the app shows at the report
    feed = requests.get(f"{server.url}/api/v1/submissions/changes",
                        headers={"Authorization": f"Bearer {server.token('chain')}"}, timeout=10).json()  # fmt: skip
    returned = [c for c in feed["changes"] if c["state"] == "returned"]
    assert returned[0]["reviewer_comment"] == COMMENT
    assert returned[0]["field_comments"] == {"records[0].nonbio_count": FIELD_COMMENT}  # the first row's


def test_verify_then_accept_on_two_levels(page, start_server) -> None:
    server = start_server(levels=2)
    submission = sent(server, "chain", period="2025-05")
    sign_in(page, server, "hanoi")
    page.get(f"{server.url}/review/submissions/{submission}")
    buttons = {b.get_attribute("value") for b in page.find_elements(By.CSS_SELECTOR, "button[name=decision]")}
    assert buttons == {"verified", "returned"}  # a department verifies; it does not accept
    click(page, "button[name=decision][value=verified]")
    assert "Sở đã xác nhận" in text(page, ".facts")
    assert page.find_elements(By.CSS_SELECTOR, "button[name=decision]") == []
    assert "Bộ Công Thương sẽ quyết định tiếp" in text(page)
    api = {"Authorization": f"Bearer {server.token('hanoi')}"}
    refused = requests.post(f"{server.url}/api/v1/submissions/{submission}/review", headers=api, timeout=10,
                            json={"decision": "accept"})  # fmt: skip
    assert refused.status_code == 403 and refused.json()["error"] == "NATIONAL_ONLY"

    page.delete_all_cookies()
    sign_in(page, server, "moit")
    assert "Sở đã xác nhận" in text(page, ".counts a[aria-current]")  # MOIT's queue: what the provinces verified
    click(page, page.find_element(By.CSS_SELECTOR, f"a[href='/review/submissions/{submission}']"))
    buttons = {b.get_attribute("value") for b in page.find_elements(By.CSS_SELECTOR, "button[name=decision]")}
    assert buttons == {"accepted", "returned"}
    click(page, "button[name=decision][value=accepted]")
    assert "Đã chấp nhận" in text(page, ".facts")
    history = [li.text for li in page.find_elements(By.CSS_SELECTOR, ".history > li")]
    assert [("Đã nhận" in h, "Sở đã xác nhận" in h and "hanoi" in h, "Đã chấp nhận" in h and "moit" in h)
            for h in history] == [(True, False, False), (False, True, False), (False, False, True)]  # fmt: skip
    feed = requests.get(f"{server.url}/api/v1/submissions/changes",
                        headers={"Authorization": f"Bearer {server.token('chain')}"}, timeout=10).json()  # fmt: skip
    assert [c["state"] for c in feed["changes"]] == ["received", "verified", "accepted"]


def test_one_level_accepts_directly_and_returning_needs_a_comment(page, web) -> None:
    submission = sent(web, "chain", period="2025-06")
    sign_in(page, web, "hanoi")
    page.get(f"{web.url}/review/submissions/{submission}")
    buttons = {b.get_attribute("value") for b in page.find_elements(By.CSS_SELECTOR, "button[name=decision]")}
    assert buttons == {"accepted", "returned"}
    click(page, "button[name=decision][value=returned]")  # no comment
    assert "Hãy ghi trong ý kiến lý do trả lại báo cáo." in text(page, "[role=alert]")
    assert page.find_element(By.ID, "comment").get_attribute("aria-describedby") == "decision-error"
    click(page, "button[name=decision][value=accepted]")
    assert "Đã chấp nhận" in text(page, ".facts")
