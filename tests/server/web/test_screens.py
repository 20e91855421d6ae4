"""Every page in both languages at 1366×768: screenshots to look at (SCP_WEB_SCREENSHOTS, default
/tmp/scp-web-screenshots), nothing wider than the window, every form control labelled, the page in
one language (no text of the catalogue left in English on a Vietnamese page), and keyboard focus
reaching the main actions."""

from __future__ import annotations

import datetime as dt
import uuid

from babel.messages.pofile import read_po
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from scp_desktop.domain.reference import load_bundled
from scp_ministry_server.obligations import add_bag_obligations, add_lock, import_energy_list
from scp_ministry_server.web.i18n import catalogue_path
from tests.server.web.conftest import (
    TEXTILE,
    bag_document,
    click,
    correct_assessment,
    fits_width,
    review,
    send,
    send_assessment,
    sent,
    shot,
    sign_in,
    text,
)


def _english_texts() -> set[str]:
    """The catalogue's English texts that a Vietnamese page must not show (long enough to be telling)."""
    with catalogue_path("vi").open("rb") as handle:
        catalog = read_po(handle)
    return {m.id for m in catalog if m.id and m.string != m.id and len(m.id) > 12 and "%(" not in m.id}


def _check(page, name: str, english: set[str], language: str) -> None:
    shot(page, f"{name}-{language}")
    assert page.find_elements(By.CSS_SELECTOR, "main h1"), f"{name} ({language}) is not a page of ours"
    if name != "not-found":
        assert not page.find_elements(By.CSS_SELECTOR, "main .error"), f"{name} ({language}) shows an error"
    assert fits_width(page), f"{name} ({language}) is wider than the window"
    for control in page.find_elements(By.CSS_SELECTOR, "input:not([type=hidden]), select, textarea"):
        control_id = control.get_attribute("id")
        labelled = control_id and page.find_elements(By.CSS_SELECTOR, f"label[for='{control_id}']")
        wrapped = control.find_elements(By.XPATH, "ancestor::label")
        assert labelled or wrapped, f"{name}: a control without a label ({control.get_attribute('name')})"
    if language == "vi":
        shown = page.find_element(By.TAG_NAME, "body").text
        left = sorted(t for t in english if t in shown)
        assert not left, f"{name}: English left on a Vietnamese page: {left}"


def _seed(server) -> str:
    """A year with obligations, reports in every state, accepted ones for the indicators, a lock."""
    storage = server.storage()
    add_bag_obligations(storage, 2025, 15, "admin")
    rows = [{"tax_code": TEXTILE, "_line": "2"}]
    import_energy_list(storage, load_bundled(), 2025, rows, "QĐ 1234/QĐ-TTg (mẫu)", "admin")
    add_lock(storage, "energy", "2024", None, dt.datetime(2025, 1, 16, tzinfo=dt.UTC), "Hết hạn nộp báo cáo 2024",
             "moit")  # fmt: skip
    storage.close()
    for period, transactions in (("2010-03", 1000), ("2025-01", 1800), ("2025-02", 1900)):
        submission_id = sent(server, "chain", period=period, transactions=transactions)
        review(server, "hanoi", submission_id, "verify")
        review(server, "moit", submission_id, "accept")
    review(server, "hanoi", sent(server, "chain", period="2025-04"), "return", "Thiếu số liệu cửa hàng ST03")
    sent(server, "textile", period="2025-03", tax_code=TEXTILE)
    report = sent(server, "chain", period="2025-03")
    correction = str(uuid.uuid4())
    body = bag_document(correction, period="2025-03", transactions=1200, supersedes=report)
    assert send(server, "chain", body, correction).status_code == 201
    return correction


def test_every_page_in_both_languages(page, start_server, ws, tmp_path) -> None:
    server = start_server(levels=2)
    correction = _seed(server)
    assessment, aid, _files = send_assessment(server, ws, tmp_path / "evidence")
    review(server, "hanoi", assessment, "return", "Cần bổ sung minh chứng", {"A2": "Quy định chưa có chữ ký"})
    assessment_correction, _signed = correct_assessment(server, ws, aid, tmp_path)
    english = _english_texts()
    pages = {
        "queue": "/review/?state=all",
        "submission": f"/review/submissions/{correction}",
        "assessment": f"/review/submissions/{assessment_correction}",
        "assessment-commented": f"/review/submissions/{assessment}",
        "completeness": "/review/completeness?year=2025",
        "late": "/review/completeness/late?year=2025",
        "indicators": "/review/indicators?year=2025",
        "locks": "/review/locks",
        "not-found": f"/review/submissions/{uuid.uuid4()}",
    }
    admin_pages = {
        "admin-users": "/review/admin/users",
        "admin-organizations": "/review/admin/organizations",
        "admin-obligations": "/review/admin/obligations",
        "admin-reference": "/review/admin/reference",
    }
    for language in ("vi", "en"):
        page.delete_all_cookies()
        page.get(f"{server.url}/review/")
        if language == "en":
            click(page, page.find_element(By.LINK_TEXT, "English"))
        _check(page, "sign-in", english, language)
        sign_in(page, server, "moit")
        for name, path in pages.items():
            page.get(server.url + path)
            _check(page, name, english, language)
        page.get(f"{server.url}/review/submissions/{correction}")
        assert "1.200" in text(page, ".diff") if language == "vi" else "1,200" in text(page, ".diff")
        click(page, "form[action='/review/sign-out'] button")
        sign_in(page, server, "admin")
        for name, path in admin_pages.items():
            page.get(server.url + path)
            _check(page, name, english, language)


def test_the_keyboard_reaches_the_decision(page, web) -> None:
    submission = sent(web, "chain", period="2025-07")
    sign_in(page, web, "hanoi")
    page.get(f"{web.url}/review/submissions/{submission}")
    body = page.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    assert page.switch_to.active_element.text == "Chuyển đến nội dung"  # the skip link comes first
    reached = set()
    for _ in range(80):
        page.switch_to.active_element.send_keys(Keys.TAB)
        active = page.switch_to.active_element
        reached.add(active.get_attribute("name") or active.get_attribute("id") or active.tag_name)
        if active.get_attribute("value") == "returned":
            break
    assert {"comment", "decision"} <= reached
