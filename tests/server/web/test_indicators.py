"""MOIT's national indicators by province with charts, their export, and the token-protected feed that
Excel or Power BI refresh; data-quality flags shown on the submission page."""

from __future__ import annotations

import csv
import io
import re
import uuid

import requests
from selenium.webdriver.common.by import By

from bench.server import energy_payload
from scp_desktop.domain.reports import content_sha256
from tests.server.web.conftest import CHAIN, TEXTILE, bag_document, click, send, sent, sign_in, text


def _accept(server, submission_id: str) -> None:
    answer = requests.post(
        f"{server.url}/api/v1/submissions/{submission_id}/review",
        timeout=10,
        headers={"Authorization": f"Bearer {server.token('moit')}"},
        json={"decision": "accept"},
    )
    assert answer.status_code == 200, answer.text


def _seed(server) -> dict:
    for period, transactions in (("2010-03", 1000), ("2025-03", 2000)):
        _accept(server, sent(server, "chain", period=period, transactions=transactions))
    payload = energy_payload(TEXTILE)
    submission_id = str(uuid.uuid4())
    body = {"content_sha256": content_sha256(payload), "payload": payload, "attachments": []}
    assert send(server, "textile", body, submission_id).status_code == 201
    _accept(server, submission_id)
    api = requests.get(
        f"{server.url}/api/v1/indicators",
        params={"year": 2025},
        timeout=10,
        headers={"Authorization": f"Bearer {server.token('moit')}"},
    )
    return api.json()


def test_national_indicators_by_province_with_charts_and_a_refreshable_feed(page, web) -> None:
    national = _seed(web)
    sign_in(page, web, "moit")
    page.get(f"{web.url}/review/indicators?year=2025")
    overall = text(page, "#overall")
    assert "2" in overall.split("\n")[1]  # two organizations
    toe = f"{national['energy']['toe_total']:,.1f}".replace(",", "\0").replace(".", ",").replace("\0", ".")
    assert toe in overall
    assert "giảm 50 % so với năm 2010" in overall  # 600 bags per 1,000 transactions, then per 2,000
    charts = page.find_elements(By.CSS_SELECTOR, "figure.chart svg")
    assert len(charts) >= 2 and charts[0].find_element(By.TAG_NAME, "title").get_attribute("textContent")
    rows = [r.text for r in page.find_elements(By.CSS_SELECTOR, "#indicator-table tbody tr")]
    assert [r.split()[0] for r in rows] == ["01", "79"]

    page.delete_all_cookies()
    sign_in(page, web, "admin")
    page.get(f"{web.url}/review/admin/reference")
    page.find_element(By.ID, "f-name").send_keys("Power BI của Vụ Tiết kiệm năng lượng")
    click(page, "form[action='/review/admin/feeds'] button")
    address = re.search(r"http://\S+", text(page, "#new-feed")).group(0).replace("year=2025", "year=2025")
    feed = requests.get(address.replace("year=2025", "year=2025"), timeout=10)  # no cookie: the token alone
    assert feed.status_code == 200
    table = list(csv.reader(io.StringIO(feed.content.decode("utf-8-sig"))))
    assert [row[1] for row in table[1:]] == ["01", "79"] and table[1][0] == "2025"
    xlsx = requests.get(address.replace("indicators.csv", "indicators.xlsx"), timeout=10)
    assert xlsx.content[:2] == b"PK"
    assert requests.get(address.replace("token=", "token=x"), timeout=10).status_code == 404
    click(page, "form[action$='/revoke'][action^='/review/admin/feeds'] button")
    assert requests.get(address, timeout=10).status_code == 404


def _dated(period: str, day: str) -> dict:
    body = bag_document(str(uuid.uuid4()), period=period)
    body["payload"]["records"][0]["date"] = day
    body["content_sha256"] = content_sha256(body["payload"])
    return body


def test_data_quality_flags_on_receipt_are_shown_and_never_block(page, web) -> None:
    year = send(web, "chain", _dated("2025", "2025-03-05")).json()["receipt"]["submission_id"]
    month = sent(web, "chain", period="2024-03", transactions=10)  # 60 bags a sale: the app's own warning
    overlapping = send(web, "chain", bag_document(str(uuid.uuid4()), period="2025-03"))  # the year's month again
    assert overlapping.json()["error"] == "OVERLAPPING_REPORT"  # refused, not a flag: never counted twice
    outside = send(web, "chain", _dated("2024-04", "2024-05-02"))
    assert outside.json()["errors"][0]["code"] == "OUTSIDE_PERIOD"
    sign_in(page, web, "hanoi")
    page.get(f"{web.url}/review/submissions/{month}")
    assert "Giá trị bất thường" in text(page, ".flags")
    page.get(f"{web.url}/review/submissions/{year}")
    assert "Không có: các bước kiểm tra không phát hiện điều gì cần lưu ý." in text(page)
    assert CHAIN in text(page, ".facts")
