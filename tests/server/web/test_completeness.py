"""Completeness and timeliness on a seeded year, on SQLite and PostgreSQL: the administrator imports
the published list of key energy users (CSV, in the browser) and adds the monthly bag reports; reports
arrive on time, late, returned or not at all; the figures per province, the late list and its export
are what those facts give, and a provincial reviewer sees only their province."""

from __future__ import annotations

import csv
import datetime as dt
import io
import uuid

import requests
from selenium.webdriver.common.by import By
from sqlalchemy import update

from bench.server import energy_payload
from scp_desktop.domain.reports import content_sha256
from scp_desktop.services.demo import demo_tax_code
from scp_ministry_server.storage import obligations as standing
from scp_ministry_server.storage import tables
from tests.server.web.conftest import CHAIN, TEXTILE, bag_document, click, send, sign_in, text

E1, E2 = demo_tax_code(101_245_480), demo_tax_code(101_245_490)  # two key energy users of Hà Nội
VN = dt.timezone(dt.timedelta(hours=7))


def _energy(server, tax_code: str) -> str:
    payload = energy_payload(tax_code)
    submission_id = str(uuid.uuid4())
    body = {"content_sha256": content_sha256(payload), "payload": payload, "attachments": []}
    grant(server, tax_code)
    answer = send(server, "chain", body, submission_id)
    assert answer.status_code == 201, answer.text
    return submission_id


def grant(server, tax_code: str) -> None:
    storage = server.storage()
    if tax_code not in storage.organizations_of(storage.user("chain")["id"]):
        storage.grant("chain", tax_code)  # the chain's consultant account also reports for them
    storage.close()


def received_on(server, submission_id: str, day: dt.datetime) -> None:
    """As if the report had arrived that day (and its obligations had been kept up to date then)."""
    storage = server.storage()
    with storage.write() as db:
        s = tables.submissions
        moved = update(s).where(s.c.submission_id == submission_id).values(received_at=day)
        row = db.execute(moved.returning(s.c.tax_code, s.c.form, s.c.period)).one()
        standing.refresh(db, row.tax_code, row.form, row.period)
    storage.close()


def review(server, submission_id: str, decision: str, comment: str = "") -> None:
    answer = requests.post(f"{server.url}/api/v1/submissions/{submission_id}/review",
                           headers={"Authorization": f"Bearer {server.token('moit')}"},
                           json={"decision": decision, "comment": comment}, timeout=10)  # fmt: skip
    assert answer.status_code == 200, answer.text


def _import_list(page, server, tmp_path) -> None:
    listing = tmp_path / "danh-sach-2025.csv"
    listing.write_text(
        "STT;Mã số thuế;Tên cơ sở;Tỉnh/thành phố;Ngành\n"
        f"1;{TEXTILE};Công ty CP Dệt may Phương Nam (mẫu);Hồ Chí Minh;C13\n"
        f"2;{E1};Công ty TNHH Thép Đông Anh (mẫu);Hà Nội;C24\n"
        f"3;{E2};Nhà máy Giấy Sóc Sơn (mẫu);Thành phố Hà Nội;C17\n",
        encoding="utf-8-sig",
    )
    sign_in(page, server, "admin")
    page.get(f"{server.url}/review/admin/obligations")
    page.find_element(By.ID, "e-year").clear()
    page.find_element(By.ID, "e-year").send_keys("2025")
    page.find_element(By.ID, "e-name").send_keys("QĐ 1234/QĐ-TTg (mẫu)")
    page.find_element(By.ID, "e-file").send_keys(str(listing))
    click(page, "form[action='/review/admin/obligations/energy'] button")
    assert "Đã xong." in text(page, "[role=status]")
    page.find_element(By.ID, "b-year").clear()
    page.find_element(By.ID, "b-year").send_keys("2025")
    click(page, "form[action='/review/admin/obligations/bags'] button")
    summary = text(page, "#obligations")
    assert "15/01/2026" in summary and "15/02/2025 – 15/01/2026" in summary


def _seed_reports(server) -> dict[str, str]:
    on_time = dt.datetime(2026, 1, 15, 23, 30, tzinfo=VN)  # the last half hour of the due day
    late = dt.datetime(2026, 1, 16, 0, 5, tzinfo=VN)
    ids = {"e1": _energy(server, E1), "textile": _energy(server, TEXTILE)}
    received_on(server, ids["e1"], on_time)
    received_on(server, ids["textile"], late)
    review(server, ids["e1"], "accept")
    for month in range(1, 8):
        submission_id = str(uuid.uuid4())
        answer = send(server, "chain", bag_document(submission_id, period=f"2025-{month:02d}"), submission_id)
        assert answer.status_code == 201, answer.text
        due = dt.datetime(2025 + month // 12, month % 12 + 1, 15, 12, tzinfo=VN)
        received_on(server, submission_id, due if month <= 5 else due + dt.timedelta(days=2))
        ids[f"bags-{month}"] = submission_id
    review(server, ids["bags-7"], "return", "Thiếu số liệu")
    return ids


def _figures(page, group: str) -> dict[str, str]:
    row = page.find_element(By.CSS_SELECTOR, f"#completeness tr[data-group='{group}']")
    return {
        cell.get_attribute("data-field"): cell.text for cell in row.find_elements(By.CSS_SELECTOR, "td[data-field]")
    }


def test_completeness_and_the_late_list_of_a_seeded_year(page, web_both, tmp_path) -> None:
    _import_list(page, web_both, tmp_path)
    _seed_reports(web_both)
    page.delete_all_cookies()
    sign_in(page, web_both, "moit")
    page.get(f"{web_both.url}/review/completeness?year=2025")
    # Hà Nội: E1 and E2 (energy) + 12 months of the chain's bags = 14 expected; received E1 and
    # months 1–7; on time E1 and months 1–5; E1 accepted; late without a report: E2 and months 8–12.
    assert _figures(page, "01") == {"expected": "14", "received": "8", "rate": "57,1 %", "on_time": "6 (42,9 %)",
                                    "verified": "1", "accepted": "1", "late": "6"}  # fmt: skip
    assert _figures(page, "79") == {"expected": "1", "received": "1", "rate": "100 %", "on_time": "0 (0 %)",
                                    "verified": "0", "accepted": "0", "late": "0"}  # fmt: skip
    assert _figures(page, "total")["expected"] == "15" and _figures(page, "total")["on_time"] == "6 (40 %)"

    page.get(f"{web_both.url}/review/completeness/late?year=2025")
    late = [(r.get_attribute("data-tax-code"), r.find_elements(By.TAG_NAME, "td")[3].text)
            for r in page.find_elements(By.CSS_SELECTOR, "#late tbody tr")]  # fmt: skip
    assert sorted(late) == sorted([(E2, "2025")] + [(CHAIN, f"2025-{m:02d}") for m in range(7, 13)])
    assert "bị trả lại, chờ sửa" in text(page, f"#late tr[data-tax-code='{CHAIN}']:first-child")

    cookie = {"scp_review": page.get_cookie("scp_review")["value"]}
    exported = requests.get(f"{web_both.url}/review/completeness/late.csv?year=2025", cookies=cookie, timeout=10)
    assert exported.headers["content-disposition"] == 'attachment; filename="late-2025.csv"'
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert rows[0][:2] == ["Mã số thuế", "Tổ chức"] and len(rows) == 1 + 7
    table = requests.get(f"{web_both.url}/review/completeness.xlsx?year=2025", cookies=cookie, timeout=10)
    assert table.content[:2] == b"PK"

    page.delete_all_cookies()
    sign_in(page, web_both, "hcm")
    page.get(f"{web_both.url}/review/completeness?year=2025")
    assert [r.get_attribute("data-group") for r in page.find_elements(By.CSS_SELECTOR, "#completeness tbody tr")] == [
        "79"
    ]
    page.get(f"{web_both.url}/review/completeness/late?year=2025")
    assert page.find_elements(By.CSS_SELECTOR, "#late tbody tr") == []  # Hà Nội's late are not theirs


def test_a_bad_list_imports_nothing_and_names_its_rows(page, web, tmp_path) -> None:
    listing = tmp_path / "sai.csv"
    listing.write_text(f"Mã số thuế,Tên cơ sở,Tỉnh\n{TEXTILE},A,Hồ Chí Minh\n0100000000,B,Hà Nội\n1234,C,Hà Nội\n",
                       encoding="utf-8")  # fmt: skip
    sign_in(page, web, "admin")
    page.get(f"{web.url}/review/admin/obligations")
    page.find_element(By.ID, "e-name").send_keys("QĐ thử")
    page.find_element(By.ID, "e-file").send_keys(str(listing))
    click(page, "form[action='/review/admin/obligations/energy'] button")
    assert "Chưa nhập gì: hãy sửa các dòng sau." in text(page, "[role=alert]")
    assert "line 4" in text(page, "ul.error")
    assert "Chưa có nghĩa vụ báo cáo nào." in text(page)
