"""The administrator's pages: a provincial reviewer and an organization added in the browser (and
refused with the reason at the form), the new reviewer signing in to their province; sign-out
everywhere ends a user's sessions and device tokens; reviewers cannot open these pages."""

from __future__ import annotations

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select

from scp_desktop.services.demo import demo_tax_code
from tests.server.web.conftest import PASSWORD, click, sent, sign_in, text

NEW_ORG = demo_tax_code(401_234_560)


def test_an_administrator_adds_an_organization_and_its_provinces_reviewer(page, web) -> None:
    sign_in(page, web, "admin")
    page.get(f"{web.url}/review/admin/organizations")
    page.find_element(By.ID, "n-tax").send_keys(NEW_ORG)
    page.find_element(By.ID, "n-name").send_keys("Công ty TNHH Nhựa Đà Nẵng (mẫu)")
    Select(page.find_element(By.ID, "n-province")).select_by_value("48")
    page.find_element(By.ID, "n-sector").send_keys("22")
    Select(page.find_element(By.ID, "n-kind")).select_by_value("manufacturer")
    click(page, "form[method=post][action='/review/admin/organizations'] button")
    assert "Đã xong." in text(page, "[role=status]") and "C22" in text(page, "#organizations")

    page.get(f"{web.url}/review/admin/users")
    page.find_element(By.ID, "u-name").send_keys("danang")
    page.find_element(By.ID, "u-password").send_keys("ngắn")
    page.execute_script("document.getElementById('u-password').removeAttribute('minlength')")  # the server checks too
    Select(page.find_element(By.ID, "u-role")).select_by_value("provincial")
    click(page, "form[action='/review/admin/users'] button[type=submit]")
    assert "Mật khẩu cần ít nhất 8 ký tự." in text(page, "[role=alert]")
    assert page.find_element(By.ID, "u-name").get_attribute("value") == "danang"  # what was typed stays
    page.find_element(By.ID, "u-password").send_keys(PASSWORD)
    click(page, "form[action='/review/admin/users'] button[type=submit]")
    assert "Hãy chọn tỉnh, thành phố của cán bộ thẩm định cấp tỉnh." in text(page, "[role=alert]")
    page.find_element(By.ID, "u-password").send_keys(PASSWORD)
    Select(page.find_element(By.ID, "u-province")).select_by_value("48")
    click(page, "form[action='/review/admin/users'] button[type=submit]")
    assert "cán bộ thẩm định cấp tỉnh (48)" in text(page, "#users")

    storage = web.storage()
    storage.grant("chain", NEW_ORG)
    storage.close()
    theirs = sent(web, "chain", tax_code=NEW_ORG, period="2025-08")
    mine_not = sent(web, "chain", period="2025-08")
    page.delete_all_cookies()
    sign_in(page, web, "danang")
    links = {
        a.get_attribute("href").rsplit("/", 1)[1] for a in page.find_elements(By.CSS_SELECTOR, "table.queue tbody a")
    }
    assert links == {theirs} and mine_not not in links


def test_sign_out_everywhere_ends_sessions_and_tokens(page, web) -> None:
    sign_in(page, web, "hanoi")
    reviewer_cookie = {"scp_review": page.get_cookie("scp_review")["value"]}
    token = web.token("hanoi")
    page.delete_all_cookies()
    sign_in(page, web, "admin")
    page.get(f"{web.url}/review/admin/users")
    row = next(r for r in page.find_elements(By.CSS_SELECTOR, "#users tbody tr") if r.text.startswith("hanoi"))
    click(page, row.find_element(By.TAG_NAME, "button"))
    assert requests.get(f"{web.url}/review/", cookies=reviewer_cookie, timeout=10).text.count('name="password"') == 1
    api = requests.get(f"{web.url}/api/v1/submissions", headers={"Authorization": f"Bearer {token}"}, timeout=10)
    assert api.status_code == 401


def test_reviewers_cannot_open_the_administration(page, web) -> None:
    sign_in(page, web, "moit")
    page.get(f"{web.url}/review/admin/users")
    assert "Trang này dành cho quản trị viên." in text(page, "[role=alert]")
    assert page.find_elements(By.LINK_TEXT, "Quản trị") == []
