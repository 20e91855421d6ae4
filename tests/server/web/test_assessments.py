"""Self-assessments in the reviewer web app, sent by the real app over HTTP: a provincial reviewer finds
one in the queue by its title, reads it criterion by criterion (the draft set said so, the app's own
wording of the answers, the override and its reason, the evidence by name and size), downloads an
evidence file byte-identical, is refused a comment on a criterion the set does not have, and returns
the assessment with a Vietnamese comment on one criterion, which the JSON API and the changes feed
carry under that criterion's id; a reviewer of another province gets the 404 page of an id that does
not exist; the correction shows the answers changed. An automatic value says what it is and names its
figures, in Vietnamese and in English, never by the summary's raw keys."""

from __future__ import annotations

import hashlib
import uuid
from urllib.parse import quote

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.wait import WebDriverWait

from tests.server.web.conftest import (
    ASSESSOR,
    OVERRIDE_REASON,
    click,
    correct_assessment,
    review,
    send_assessment,
    sign_in,
    text,
)

COMMENT_A2 = "Quy định về túi ni lông chưa có chữ ký của giám đốc; đề nghị gửi bản có chữ ký."
OVERALL = "Cần bổ sung minh chứng cho tiêu chí A2."
FORM = "assessment/green-distribution"


def _api(server, username: str, path: str) -> dict:
    answer = requests.get(f"{server.url}/api/v1{path}", headers={"Authorization": f"Bearer {server.token(username)}"},
                          timeout=30)  # fmt: skip
    assert answer.status_code == 200, answer.text
    return answer.json()


def test_a_reviewer_reads_downloads_and_returns_an_assessment_with_a_comment_on_one_criterion(
    page, web_both, ws, tmp_path
) -> None:
    """On SQLite and PostgreSQL (the payload comes back from a JSON column, the scope from SQL)."""
    web = web_both
    submission, _aid, files = send_assessment(web, ws, tmp_path / "evidence")

    # The queue names it, and its form filter finds it.
    sign_in(page, web, "hanoi")
    title = "Tự đánh giá: Mô hình phân phối xanh (siêu thị, trung tâm thương mại, chợ)"
    row = page.find_element(By.XPATH, f"//table[@class='queue']//a[@href='/review/submissions/{submission}']/../..")
    assert title in row.text
    forms = Select(page.find_element(By.ID, "f-form"))
    assert f"{title} (tiêu chí dự thảo)" in [o.text for o in forms.options]
    forms.select_by_value(FORM)
    click(page, "form.filters button[type=submit]")
    links = page.find_elements(By.CSS_SELECTOR, "table.queue tbody a")
    assert [a.get_attribute("href").rsplit("/", 1)[1] for a in links] == [submission]  # the bag reports are not
    click(page, links[0])

    # The page: the set by name, version and status; each criterion as the app words it.
    assert page.find_element(By.TAG_NAME, "h1").text == f"{title} 2026"
    facts = text(page, ".facts")
    assert "phiên bản 2026.2" in facts and "Bộ tiêu chí DỰ THẢO do SCP Desktop soạn" in facts
    assert "Siêu thị hoặc trung tâm thương mại" in facts and ASSESSOR in facts
    assert "Bộ tiêu chí DỰ THẢO do SCP Desktop soạn từ Quyết định 76" in text(page, "p.draft")  # the set's own note
    a1 = text(page, "#criterion-A1")
    assert "Túi ni lông khó phân hủy trên mỗi giao dịch giảm" in a1 and "(bắt buộc)" in a1
    assert "66 %" in a1 and "thay cho " in a1 and OVERRIDE_REASON in a1  # the override and its reason
    # What the automatic value is, in the reviewer's words; the summary path only as the label's title.
    auto = page.find_element(By.CSS_SELECTOR, "#criterion-A1 .auto-label")
    assert auto.text == "Mức giảm túi khó phân hủy trên mỗi giao dịch so với năm gốc (%)"
    assert auto.get_attribute("title") == "bags.reduction_pct" and "bags.reduction_pct" not in a1
    page.find_element(By.CSS_SELECTOR, "#criterion-A1 .figures summary").click()
    terms = page.find_elements(By.CSS_SELECTOR, "#criterion-A1 .figures dt")
    figures = {dt.text: dt.find_element(By.XPATH, "following-sibling::dd[1]").text for dt in terms}
    assert figures["Năm gốc"] == "2010" and figures["Năm gốc là năm gốc quốc gia (2010)"] == "Có"
    assert "Túi khó phân hủy trên mỗi giao dịch năm gốc" in figures and "Giao dịch (lượt)" in figures
    assert {dt.get_attribute("title") for dt in terms} >= {"baseline_nonbio_per_transaction", "transactions"}
    assert "baseline_nonbio_per_transaction" not in text(page, "#criterion-A1")
    assert text(page, "#criterion-B1 .auto-label") == "Năm đánh giá có số liệu năng lượng"
    a2 = text(page, "#criterion-A2")
    assert "Có" in a2 and "cần minh chứng" in a2 and "đạt" in a2 and "3 / 3" in a2
    assert "Thêm túi dùng nhiều lần bán tại quầy" in text(page, "#criterion-A4")  # the option's own text
    assert "Áp dụng tại cả 3 cửa hàng" in text(page, "#criterion-C2 .answer-note")
    b1 = text(page, "#criterion-B1")
    assert "từ số liệu: Có" in b1  # answered from the records, untouched
    b3_files = {a.text: a.get_attribute("href") for a in page.find_elements(By.CSS_SELECTOR, "#criterion-B3 .files a")}
    assert set(b3_files) == {files[0].name, files[1].name}  # one file for two criteria, listed at both
    assert "(39 KB)" in text(page, "#criterion-B3 .files")
    # 12.33 of 19 points (A1 4, A2 3, A4 4/3, B1 2, B3 1, C2 1), against a draft set: no official verdict.
    assert text(page, "#verdict") == (
        "So với bộ tiêu chí dự thảo: đáp ứng mọi tiêu chí bắt buộc, nhưng điểm 64,9 % còn dưới mức điểm dự thảo "
        "70 %. Đây không phải là kết luận chính thức."
    )

    # The spreadsheet downloads under its own name, byte for byte; the PDF opens under its own name.
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    page.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    page.find_element(By.LINK_TEXT, files[1].name).click()
    saved = downloads / files[1].name
    WebDriverWait(page, 30).until(lambda _: saved.is_file() and not list(downloads.glob("*.crdownload")))
    assert saved.read_bytes() == files[1].read_bytes()
    cookie = {"scp_review": page.get_cookie("scp_review")["value"]}
    pdf = requests.get(b3_files[files[0].name], cookies=cookie, timeout=10)
    assert pdf.content == files[0].read_bytes() and pdf.headers["content-type"] == "application/pdf"
    assert f"filename*=UTF-8''{quote(files[0].name)}" in pdf.headers["content-disposition"]
    assert 'filename="Quy dinh tui ni long.pdf"' in pdf.headers["content-disposition"]

    # A comment on a criterion the set does not have is refused with the translated reason; what was
    # typed stays.
    page.find_element(By.CSS_SELECTOR, "#criterion-A2 summary").click()
    page.execute_script("document.querySelector('#criterion-A2 input[type=hidden]').value = 'Z9'")
    page.find_element(By.CSS_SELECTOR, "#criterion-A2 textarea").send_keys(COMMENT_A2)
    page.find_element(By.NAME, "comment").send_keys(OVERALL)
    click(page, "button[name=decision][value=returned]")
    assert text(page, "[role=alert]") == "Một nhận xét ghi một trường hoặc tiêu chí mà báo cáo này không có."
    assert page.find_element(By.CSS_SELECTOR, "#criterion-A2 textarea").get_attribute("value") == COMMENT_A2
    assert "Đã nhận" in text(page, ".facts")

    # The comment on A2 itself: recorded, shown beside A2.
    click(page, "button[name=decision][value=returned]")
    assert "Đã ghi nhận quyết định" in text(page, "[role=status]")
    assert COMMENT_A2 in text(page, "#criterion-A2 .field-comment")
    assert page.find_elements(By.CSS_SELECTOR, "#criterion-B3 .field-comment") == []
    assert COMMENT_A2 in text(page, ".history") and OVERALL in text(page, ".history")

    detail = _api(web, "reviewer", f"/submissions/{submission}")
    assert detail["state"] == "returned" and detail["field_comments"] == {"A2": COMMENT_A2}
    feed = _api(web, "chain", "/submissions/changes")["changes"]
    returned = [c for c in feed if c["submission_id"] == submission and c["state"] == "returned"]
    assert returned[0]["field_comments"] == {"A2": COMMENT_A2} and returned[0]["reviewer_comment"] == OVERALL

    # Another province's reviewer: the page and the file answer as for an id that does not exist.
    page.delete_all_cookies()
    sign_in(page, web, "hcm")
    page.get(f"{web.url}/review/submissions/{submission}")
    outside = text(page)
    page.get(f"{web.url}/review/submissions/{uuid.uuid4()}")
    assert text(page) == outside and "Không có báo cáo này." in outside
    cookie = {"scp_review": page.get_cookie("scp_review")["value"]}
    sha = hashlib.sha256(files[1].read_bytes()).hexdigest()
    file = requests.get(f"{web.url}/review/submissions/{submission}/files/{sha}", cookies=cookie, timeout=10)
    assert file.status_code == 404 and files[1].read_bytes() not in file.content


def test_a_correction_shows_the_answers_changed(page, web, ws, tmp_path) -> None:
    submission, aid, files = send_assessment(web, ws, tmp_path / "evidence")
    review(web, "hanoi", submission, "return", field_comments={"A2": COMMENT_A2})
    correction, signed = correct_assessment(web, ws, aid, tmp_path)

    sign_in(page, web, "hanoi")
    page.get(f"{web.url}/review/submissions/{correction}")
    changes = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
               for tr in page.find_elements(By.CSS_SELECTOR, "table.diff tbody tr")]  # fmt: skip
    a2 = [c for c in changes if c[0].startswith("A2 · ")]
    assert a2 and a2[0][2:] == ["Tệp minh chứng", files[0].name, f"{signed.name}, {files[0].name}"]
    c1 = {c[2]: (c[3], c[4]) for c in changes if c[0].startswith("C1 · ")}
    assert c1["Trả lời"] == ("—", "Có, dưới 5 % mã hàng") and c1["Ghi chú"] == ("—", "Khu trưng bày riêng từ tháng 10")
    assert not [c for c in changes if c[0].startswith(("A1 · ", "B3 · "))]  # unchanged criteria are not listed
    assert "Tỷ lệ điểm" in [c[2] for c in changes]  # the score moved with C1
    assert text(page, "#diff-h a") == _api(web, "reviewer", f"/submissions/{submission}")["receipt"]
    assert f"A2: {COMMENT_A2}" in text(page, ".asked")  # what the return asked for, beside what changed

    # In English, the automatic value and its figures by their English names.
    click(page, page.find_element(By.LINK_TEXT, "English"))
    assert text(page, "#criterion-A1 .auto-label") == (
        "Reduction of non-biodegradable bags per transaction against the baseline (%)"
    )
    page.find_element(By.CSS_SELECTOR, "#criterion-A1 .figures summary").click()
    terms = [dt.text for dt in page.find_elements(By.CSS_SELECTOR, "#criterion-A1 .figures dt")]
    assert terms[:2] == ["Baseline year", "The baseline is the national one (2010)"]  # the section's order
    assert "Non-biodegradable bags per transaction in the baseline year" in terms
    assert text(page, "#criterion-B1 .auto-label") == "The year has energy records"
