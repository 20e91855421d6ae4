"""A provincial reviewer never reaches another province's submission, by list or by address (its
page, its evidence file, its decision form, the API), on SQLite and PostgreSQL; a national reviewer
reaches every province."""

from __future__ import annotations

import hashlib
import uuid

import requests
from selenium.webdriver.common.by import By
from selenium.webdriver.support.select import Select

from scp_ministry_server.storage import submissions as repo
from tests.server.web.conftest import CHAIN, TEXTILE, bag_document, click, send, sign_in, text


def _with_evidence(server, username: str, tax_code: str, content: bytes) -> str:
    sha = hashlib.sha256(content).hexdigest()
    token = server.token(username)
    put = requests.put(f"{server.url}/api/v1/attachments/{sha}", data=content,
                       headers={"Authorization": f"Bearer {token}"}, timeout=10)  # fmt: skip
    assert put.status_code in (200, 201), put.text
    submission_id = str(uuid.uuid4())
    body = bag_document(submission_id, tax_code=tax_code, attachments=[sha])
    assert send(server, username, body, submission_id).status_code == 201
    return submission_id


def test_a_provincial_reviewer_sees_and_reaches_only_their_province(page, web_both) -> None:
    hanoi_report = _with_evidence(web_both, "chain", CHAIN, b"%PDF-1.4 Ha Noi evidence")
    hcm_report = _with_evidence(web_both, "textile", TEXTILE, b"%PDF-1.4 HCM evidence")

    sign_in(page, web_both, "hanoi")
    page.get(f"{web_both.url}/review/?state=all")
    links = {
        a.get_attribute("href").rsplit("/", 1)[1] for a in page.find_elements(By.CSS_SELECTOR, "table.queue tbody a")
    }
    assert links == {hanoi_report}
    assert "Phương Nam" not in text(page)
    assert page.find_elements(By.ID, "f-province") == []  # no province filter to widen the scope
    page.get(f"{web_both.url}/review/?state=all&province=79&organization={TEXTILE}")
    assert page.find_elements(By.CSS_SELECTOR, "table.queue tbody a") == []

    # By address: the page, the file and the decision answer exactly as for an id that does not exist.
    page.get(f"{web_both.url}/review/submissions/{hcm_report}")
    outside = text(page)
    page.get(f"{web_both.url}/review/submissions/{uuid.uuid4()}")
    assert text(page) == outside and "Không có báo cáo này." in outside
    cookie = {"scp_review": page.get_cookie("scp_review")["value"]}
    sha = hashlib.sha256(b"%PDF-1.4 HCM evidence").hexdigest()
    file = requests.get(f"{web_both.url}/review/submissions/{hcm_report}/files/{sha}", cookies=cookie, timeout=10)
    assert file.status_code == 404 and b"HCM evidence" not in file.content
    mine = hashlib.sha256(b"%PDF-1.4 Ha Noi evidence").hexdigest()
    crossed = requests.get(f"{web_both.url}/review/submissions/{hanoi_report}/files/{sha}", cookies=cookie, timeout=10)
    assert crossed.status_code == 404  # another organization's hash through my own report
    own = requests.get(f"{web_both.url}/review/submissions/{hanoi_report}/files/{mine}", cookies=cookie, timeout=10)
    assert own.status_code == 200 and own.content == b"%PDF-1.4 Ha Noi evidence"
    assert own.headers["content-type"] == "application/pdf" and own.headers["content-security-policy"] == "sandbox"

    page.get(f"{web_both.url}/review/submissions/{hanoi_report}")
    token = page.find_element(By.CSS_SELECTOR, "form.decision input[name=csrf_token]").get_attribute("value")
    decided = requests.post(f"{web_both.url}/review/submissions/{hcm_report}", cookies=cookie, timeout=10,
                            data={"csrf_token": token, "decision": "accepted", "comment": ""})  # fmt: skip
    assert decided.status_code == 404
    with _Opened(web_both) as storage, storage.read() as db:
        assert repo.find(db, hcm_report)["state"] == "received"

    # The JSON API keeps the same scope for the same person.
    api = {"Authorization": f"Bearer {web_both.token('hanoi')}"}
    listing = requests.get(f"{web_both.url}/api/v1/submissions", headers=api, timeout=10).json()["submissions"]
    assert [s["submission_id"] for s in listing] == [hanoi_report]
    review = requests.post(f"{web_both.url}/api/v1/submissions/{hcm_report}/review", headers=api, timeout=10,
                           json={"decision": "accept"})  # fmt: skip
    assert review.status_code == 404
    feed = requests.get(f"{web_both.url}/api/v1/submissions/changes", headers=api, timeout=10).json()["changes"]
    assert {c["submission_id"] for c in feed} == {hanoi_report}


def test_a_national_reviewer_reaches_every_province(page, web_both) -> None:
    hanoi_report = _with_evidence(web_both, "chain", CHAIN, b"%PDF-1.4 one")
    hcm_report = _with_evidence(web_both, "textile", TEXTILE, b"%PDF-1.4 two")
    sign_in(page, web_both, "moit")
    page.get(f"{web_both.url}/review/?state=all")
    links = {
        a.get_attribute("href").rsplit("/", 1)[1] for a in page.find_elements(By.CSS_SELECTOR, "table.queue tbody a")
    }
    assert links == {hanoi_report, hcm_report}
    Select(page.find_element(By.ID, "f-province")).select_by_value("79")
    click(page, "form.filters button[type=submit]")
    links = {
        a.get_attribute("href").rsplit("/", 1)[1] for a in page.find_elements(By.CSS_SELECTOR, "table.queue tbody a")
    }
    assert links == {hcm_report}
    page.get(f"{web_both.url}/review/submissions/{hcm_report}")
    assert "Công ty CP Dệt may Phương Nam (mẫu)" in text(page, ".facts")


class _Opened:
    """The server's database opened beside it, closed after."""

    def __init__(self, server) -> None:
        self.storage = server.storage()

    def __enter__(self):
        return self.storage

    def __exit__(self, *_exc: object) -> None:
        self.storage.close()
