"""Period locks: a reviewer locks a period in the browser; the app's next sync is refused with
PERIOD_LOCKED and shows why, in Vietnamese, at the report; an exception lets that organization send."""

from __future__ import annotations

import datetime as dt
import io
import uuid

from selenium.webdriver.common.by import By

from scp_desktop.catalog import translator
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.reports import finalize
from scp_desktop.services.server_messages import explain
from tests.server.web.conftest import CHAIN, PASSWORD, bag_document, click, send, sign_in, text
from tests.sync.conftest import memory_keyring  # noqa: F401

REASON = "Đã hết hạn nộp báo cáo năm 2025 (15/01/2026); liên hệ Sở Công Thương để được gia hạn."


def _set_date(page, element_id: str, day: dt.date) -> None:
    page.execute_script("document.getElementById(arguments[0]).value = arguments[1]", element_id, day.isoformat())


def test_a_locked_period_is_refused_with_its_reason_and_an_exception_opens_it(page, web, ws, cli, monkeypatch) -> None:
    sign_in(page, web, "moit")
    page.get(f"{web.url}/review/locks")
    page.find_element(By.ID, "l-form").send_keys("Túi")  # the select, by its visible Vietnamese name
    page.find_element(By.ID, "l-period").send_keys("2025")
    _set_date(page, "l-from", dt.date.today())
    page.find_element(By.ID, "l-reason").send_keys(REASON)
    click(page, "form[action='/review/locks'] button")
    assert REASON in text(page, "#locks") and "toàn quốc" in text(page, "#locks")

    fill_demo(ws, today=dt.date(2026, 11, 24))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    assert cli("login", "--server", web.url, "--user", "chain", "--password-stdin").code == 0
    submission = finalize(ws, "bags", CHAIN, "2025")
    cli("sync")
    row = next(r for r in ws.reports.all() if r["submission_id"] == submission)
    assert row["state"] == "failed"
    shown = explain(row["server_message"]).render(translator("vi"))
    assert shown.startswith("Bộ đã khóa kỳ này") and REASON in shown

    # A monthly report of that year is closed too; an exception for the chain opens it again.
    blocked = send(web, "chain", bag_document(str(uuid.uuid4()), period="2025-12"))
    assert blocked.status_code == 409 and blocked.json()["error"] == "PERIOD_LOCKED"
    page.delete_all_cookies()
    sign_in(page, web, "hanoi")
    page.get(f"{web.url}/review/locks")
    page.find_element(By.CSS_SELECTOR, "#locks summary").click()
    form = page.find_element(By.CSS_SELECTOR, "form[action$='/exceptions']")
    form.find_element(By.NAME, "tax_code").send_keys(CHAIN)
    _set_date(page, form.find_element(By.NAME, "until").get_attribute("id"), dt.date.today() + dt.timedelta(days=7))
    form.find_element(By.NAME, "reason").send_keys("Cửa hàng ST03 mất điện, gia hạn 7 ngày")
    click(page, form.find_element(By.TAG_NAME, "button"))
    assert "Công ty CP Siêu thị Xanh Hà Nội (mẫu)" in text(page, "#locks")
    assert send(web, "chain", bag_document(str(uuid.uuid4()), period="2025-12")).status_code == 201
    assert (
        send(web, "textile", bag_document(str(uuid.uuid4()), period="2025-12", tax_code="0300588569")).json()["error"]
        == "PERIOD_LOCKED"
    )  # the exception is the chain's alone


def test_a_department_cannot_grant_an_exception_outside_its_province(page, web) -> None:
    sign_in(page, web, "moit")
    page.get(f"{web.url}/review/locks")
    page.find_element(By.ID, "l-period").send_keys("2025")
    _set_date(page, "l-from", dt.date.today())
    page.find_element(By.ID, "l-reason").send_keys("Hết hạn")
    click(page, "form[action='/review/locks'] button")
    page.delete_all_cookies()
    sign_in(page, web, "hcm")
    page.get(f"{web.url}/review/locks")
    page.find_element(By.CSS_SELECTOR, "#locks summary").click()
    form = page.find_element(By.CSS_SELECTOR, "form[action$='/exceptions']")
    form.find_element(By.NAME, "tax_code").send_keys(CHAIN)  # a Hà Nội chain
    _set_date(page, form.find_element(By.NAME, "until").get_attribute("id"), dt.date.today())
    form.find_element(By.NAME, "reason").send_keys("x")
    click(page, form.find_element(By.TAG_NAME, "button"))
    assert "Không có tổ chức nào trong phạm vi của bạn có mã số thuế này." in text(page, "[role=alert]")
