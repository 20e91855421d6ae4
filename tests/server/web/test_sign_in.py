"""Sign-in and sign-out, the rate limit on failed sign-ins, the cookie's flags, and CSRF refusal."""

from __future__ import annotations

import re

import requests
from selenium.webdriver.common.by import By

from tests.server.web.conftest import PASSWORD, click, sent, sign_in, text


def test_sign_in_shows_the_queue_and_sign_out_ends_the_session(page, web) -> None:
    sign_in(page, web, "hanoi")
    assert page.find_element(By.TAG_NAME, "h1").text.startswith("Báo cáo chờ thẩm định")
    assert "hanoi · cán bộ thẩm định cấp tỉnh (01)" in text(page, "header")
    cookie = page.get_cookie("scp_review")
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax" and cookie["path"] == "/review"
    queue_address = page.current_url

    click(page, "form[action='/review/sign-out'] button")
    assert page.find_element(By.NAME, "username")  # the sign-in form again
    assert page.get_cookie("scp_review") is None
    page.get(queue_address)
    assert page.find_element(By.NAME, "password")  # signed out: the queue asks for a sign-in


def test_the_old_cookie_is_worthless_after_sign_out(page, web) -> None:
    sign_in(page, web, "moit")
    value = page.get_cookie("scp_review")["value"]
    click(page, "form[action='/review/sign-out'] button")
    replay = requests.get(f"{web.url}/review/completeness", cookies={"scp_review": value}, timeout=10,
                          allow_redirects=False)  # fmt: skip
    assert replay.status_code == 303 and replay.headers["location"].startswith("/review/?next=")


def test_a_wrong_password_is_said_at_the_form_and_five_lock_the_name_out(page, web) -> None:
    sign_in(page, web, "hanoi", "sai-mật-khẩu")
    assert "Sai tên đăng nhập hoặc mật khẩu." in text(page, "[role=alert]")
    assert page.find_element(By.NAME, "username").get_attribute("value") == "hanoi"
    for _ in range(4):
        sign_in(page, web, "hanoi", "sai-mật-khẩu")
    sign_in(page, web, "hanoi")  # the right password, but too late: the name is locked out a while
    message = text(page, "[role=alert]")
    assert re.fullmatch(r"Đăng nhập sai quá nhiều lần\. Hãy thử lại sau \d+ phút\.", message), message
    sign_in(page, web, "hcm")  # another reviewer from the same address is not locked out
    assert page.find_element(By.TAG_NAME, "h1").text.startswith("Báo cáo chờ thẩm định"), text(page)


def test_the_web_pages_and_the_api_count_the_same_failures(page, web) -> None:
    """One throttle for both doors: wrong passwords at the API lock the name out of the web pages, and
    wrong passwords on the web pages lock it out of the API (30 s after the fifth, then doubling)."""
    token_url = f"{web.url}/api/v1/auth/token"
    for _ in range(5):
        wrong = requests.post(token_url, json={"username": "hanoi", "password": "sai"}, timeout=10)
        assert wrong.status_code == 401
    sign_in(page, web, "hanoi")
    assert text(page, "[role=alert]") == "Đăng nhập sai quá nhiều lần. Hãy thử lại sau 1 phút."  # 30 s, rounded up

    page.delete_all_cookies()
    for _ in range(5):
        sign_in(page, web, "moit", "sai-mật-khẩu")
        assert "Sai tên đăng nhập hoặc mật khẩu." in text(page, "[role=alert]")
    locked = requests.post(token_url, json={"username": "moit", "password": PASSWORD}, timeout=10)
    assert locked.status_code == 429 and locked.json()["error"] == "SIGN_IN_LOCKED"
    assert 1 <= int(locked.headers["retry-after"]) <= 31


def test_an_enterprise_account_cannot_use_the_reviewers_site(page, web) -> None:
    sign_in(page, web, "chain")
    assert "Doanh nghiệp gửi báo cáo bằng ứng dụng SCP Desktop" in text(page, "[role=alert]")
    assert page.get_cookie("scp_review") is None


def test_english_on_request_and_kept(page, web) -> None:
    page.get(f"{web.url}/review/")
    click(page, page.find_element(By.LINK_TEXT, "English"))
    assert page.find_element(By.TAG_NAME, "h1").text == "Sign in"
    sign_in(page, web, "moit")
    assert page.find_element(By.TAG_NAME, "h1").text == "Reports to review"
    assert page.find_element(By.TAG_NAME, "html").get_attribute("lang") == "en"
    click(page, page.find_element(By.LINK_TEXT, "Tiếng Việt"))
    assert page.find_element(By.TAG_NAME, "h1").text == "Báo cáo chờ thẩm định"


def test_a_form_without_the_sessions_token_is_refused(page, web) -> None:
    submission = sent(web, "chain")
    sign_in(page, web, "hanoi")
    page.get(f"{web.url}/review/submissions/{submission}")
    page.execute_script("document.querySelector('form.decision input[name=csrf_token]').value = 'forged'")
    page.find_element(By.NAME, "comment").send_keys("Thiếu số liệu")
    click(page, "button[name=decision][value=returned]")
    assert "Biểu mẫu đã hết hạn hoặc không xuất phát từ trang này" in text(page, "[role=alert]")
    page.get(f"{web.url}/review/submissions/{submission}")
    assert "Đã nhận" in text(page, ".facts")  # nothing was decided


def test_a_post_from_another_site_is_refused_even_with_the_cookie(page, web) -> None:
    """What a forged cross-site form sends: the session's cookie, no token (it cannot read it)."""
    submission = sent(web, "chain")
    sign_in(page, web, "hanoi")
    cookie = page.get_cookie("scp_review")["value"]
    forged = requests.post(
        f"{web.url}/review/submissions/{submission}",
        data={"decision": "returned", "comment": "x"},
        cookies={"scp_review": cookie},
        headers={"Origin": "https://attacker.example"},
        timeout=10,
    )
    assert forged.status_code == 403
    page.get(f"{web.url}/review/submissions/{submission}")
    token = page.find_element(By.CSS_SELECTOR, "form.decision input[name=csrf_token]").get_attribute("value")
    with_token_other_origin = requests.post(
        f"{web.url}/review/submissions/{submission}",
        data={"decision": "returned", "comment": "x", "csrf_token": token},
        cookies={"scp_review": cookie},
        headers={"Origin": "https://attacker.example"},
        timeout=10,
    )
    assert with_token_other_origin.status_code == 403
    assert "Đã nhận" in requests.get(f"{web.url}/review/submissions/{submission}", cookies={"scp_review": cookie},
                                     timeout=10).text  # fmt: skip


def test_the_sign_in_form_itself_needs_its_token(web) -> None:
    refused = requests.post(f"{web.url}/review/sign-in", data={"username": "hanoi", "password": PASSWORD}, timeout=10)
    assert refused.status_code == 403 and "scp_review=" not in refused.headers.get("set-cookie", "")
