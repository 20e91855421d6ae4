"""The reviewer web app in a real browser: Debian's chromium, headless, driven by Selenium through
Debian's chromedriver, against the real server process over HTTP on loopback (SQLite and PostgreSQL
where the `database` fixture is used).

The people: `hanoi` (the Department of Industry and Trade of Hà Nội, province 01), `hcm` (Hồ Chí
Minh City, 79), `moit` (a national reviewer) and `admin`; the enterprises `chain` (a supermarket
chain in Hà Nội) and `textile` (a textile maker in Hồ Chí Minh City).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import re
import shutil
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.remote.webdriver import WebDriver
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.wait import WebDriverWait

from scp_ministry_server.security import hash_password
from tests.server.conftest import CHAIN, PASSWORD, TEXTILE, Server, bag_document, prepare  # noqa: F401
from tests.server.postgres import free_port

SCREENSHOTS = Path(os.environ.get("SCP_WEB_SCREENSHOTS", "/tmp/scp-web-screenshots"))
WIDTH, HEIGHT = 1366, 768


def _chrome_paths() -> tuple[str, str]:
    browser = shutil.which("chromium") or "/usr/bin/chromium"
    driver = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not (Path(browser).exists() and Path(driver).exists()):
        raise RuntimeError("chromium and chromium-driver are missing: `./dev test` installs Debian's packages")
    return browser, driver


@pytest.fixture(scope="session")
def browser() -> Iterator[WebDriver]:
    """One headless Chromium for the session, its cookies cleared before each test (`page`)."""
    binary, driver_path = _chrome_paths()
    options = Options()
    options.binary_location = binary
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     f"--window-size={WIDTH},{HEIGHT}", "--lang=vi", "--hide-scrollbars",
                     "--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable"):  # fmt: skip
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(driver_path), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


@pytest.fixture
def page(browser: WebDriver) -> Iterator[WebDriver]:
    browser.delete_all_cookies()
    browser.set_window_size(WIDTH, HEIGHT)
    yield browser
    browser.delete_all_cookies()


def seed_people(database: str, attachments: Path) -> None:
    storage = prepare(database, attachments)
    password = hash_password(PASSWORD)
    storage.add_user("hanoi", password, [], reviewer=True, province="01")
    storage.add_user("hcm", password, [], reviewer=True, province="79")
    storage.add_user("moit", password, [], reviewer=True)
    storage.add_user("admin", password, [], reviewer=False, admin=True)
    storage.close()


@pytest.fixture
def start_server(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """Start the real server with the people seeded, on `database` (default: a SQLite file);
    `levels=2` for two review levels."""
    started: list[Server] = []

    def start(database: str | None = None, levels: int = 1) -> Server:
        database = database or str(tmp_path / "server.sqlite")
        attachments = tmp_path / "attachments"
        seed_people(database, attachments)
        server = Server(database, attachments, free_port(), ["--review-levels", str(levels)])
        server.start()
        started.append(server)
        return server

    yield start
    for server in started:
        server.kill()


@pytest.fixture
def web(start_server: Callable[..., Server]) -> Server:
    """The server on SQLite."""
    return start_server()


@pytest.fixture
def web_both(start_server: Callable[..., Server], database: str) -> Server:
    """The server on SQLite, then on PostgreSQL (for what the engines could answer differently)."""
    return start_server(database)


def send(server: Server, username: str, body: dict[str, Any], submission_id: str | None = None) -> requests.Response:
    """A report as the app sends it, over the API."""
    submission_id = submission_id or body.get("submission_id") or str(uuid.uuid4())
    return requests.put(
        f"{server.url}/api/v1/submissions/{submission_id}",
        json={**body, "submission_id": submission_id},
        headers={"Authorization": f"Bearer {server.token(username)}"},
        timeout=30,
    )


def sent(server: Server, username: str, **kwargs: Any) -> str:
    """Send a bag report; its submission id."""
    submission_id = str(uuid.uuid4())
    answer = send(server, username, bag_document(submission_id, **kwargs), submission_id)
    assert answer.status_code == 201, answer.text
    return submission_id


ASSESSOR = "Nguyễn Thị Lan"
OVERRIDE_REASON = "Số liệu tháng 12 bổ sung theo hóa đơn của nhà cung cấp"


def evidence_files(folder: Path) -> list[Path]:
    """A PDF (opened in the browser), a spreadsheet (downloaded) and a photo, each different."""
    rng = random.Random(16)
    contents = {
        "Quy định túi ni lông.pdf": b"%PDF-1.4 quy dinh\n",
        "Hóa đơn túi sinh học.xlsx": b"PK\x03\x04 hoa don\n",
        "Ảnh quầy thu ngân.jpg": b"\xff\xd8\xff\xe0 anh quay\n",
    }
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name, head in contents.items():
        path = folder / name
        path.write_bytes(head + rng.randbytes(40_000))
        files.append(path)
    return files


def send_assessment(server: Server, ws: Any, folder: Path) -> tuple[str, int, list[Path]]:
    """A supermarket chain's green-distribution self-assessment of 2026 as the app makes and sends it:
    the demo's records (automatic answers from them), one figure overridden with its reason, a choice, a
    note, and three evidence files, one of them for two criteria. (submission id, assessment id, files)."""
    from scp_desktop.services import assessments
    from scp_desktop.services.demo import fill_demo
    from scp_desktop.services.sync import ServerClient, sync_once

    fill_demo(ws, today=dt.date(2026, 11, 24))
    aid = assessments.start(ws, CHAIN, "green-distribution", 2026, assessor=ASSESSOR)
    files = evidence_files(folder)
    for criterion, file in (("A2", files[0]), ("B3", files[0]), ("B3", files[1]), ("C2", files[2])):
        assessments.attach_evidence(ws, aid, criterion, file)
    for criterion in ("A2", "B3", "C2"):
        assessments.answer(ws, aid, criterion, "yes", note="Áp dụng tại cả 3 cửa hàng" if criterion == "C2" else "")
    assessments.answer(ws, aid, "A1", "66", override_reason=OVERRIDE_REASON)
    assessments.answer(ws, aid, "A4", "reusable")
    submission_id = assessments.finalize(ws, aid).record["submission_id"]
    result = sync_once(ws, ServerClient(server.url, server.token("chain")))
    assert result.error is None and result.failed == 0, result
    return submission_id, aid, files


def correct_assessment(server: Server, ws: Any, assessment_id: int, folder: Path) -> tuple[str, Path]:
    """After a return: the app's correction, with a signed policy added for A2 and C1 answered, sent.
    (its submission id, the signed file)."""
    from scp_desktop.services import assessments
    from scp_desktop.services.sync import ServerClient, sync_once

    client = ServerClient(server.url, server.token("chain"))
    assert sync_once(ws, client).error is None  # the app learns of the return
    draft = assessments.correct(ws, assessment_id)
    signed = folder / "Quy định túi ni lông (có chữ ký).pdf"
    signed.write_bytes(b"%PDF-1.4 signed policy")
    assessments.attach_evidence(ws, draft, "A2", signed)
    assessments.answer(ws, draft, "C1", "some", note="Khu trưng bày riêng từ tháng 10")
    correction = assessments.finalize(ws, draft).record["submission_id"]
    assert sync_once(ws, client).error is None
    return correction, signed


def review(server: Server, username: str, submission_id: str, decision: str, comment: str = "",
           field_comments: dict[str, str] | None = None) -> None:  # fmt: skip
    """A decision through the JSON API."""
    answer = requests.post(
        f"{server.url}/api/v1/submissions/{submission_id}/review",
        json={"decision": decision, "comment": comment, "field_comments": field_comments},
        headers={"Authorization": f"Bearer {server.token(username)}"},
        timeout=10,
    )
    assert answer.status_code == 200, answer.text


def click(driver: WebDriver, selector: str | WebElement) -> None:
    """Click what leads to another page, and wait until the browser has left this one."""
    element = driver.find_element(By.CSS_SELECTOR, selector) if isinstance(selector, str) else selector
    old = driver.find_element(By.TAG_NAME, "html")
    element.click()
    wait = WebDriverWait(driver, 30)
    wait.until(_gone(old))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")


def _gone(element: WebElement) -> Callable[[WebDriver], bool]:
    """Selenium's staleness_of, also when Chromium answers a look at the element of a document being
    replaced with "Node with given id does not belong to the document" rather than as stale."""

    def gone(_driver: WebDriver) -> bool:
        try:
            element.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise
        return False

    return gone


def sign_in(driver: WebDriver, server: Server, username: str, password: str = PASSWORD) -> None:
    driver.get(f"{server.url}/review/")
    driver.find_element(By.NAME, "username").send_keys(username)
    driver.find_element(By.NAME, "password").send_keys(password)
    click(driver, "form[action='/review/sign-in'] button[type=submit]")


def text(driver: WebDriver, selector: str = "main") -> str:
    return driver.find_element(By.CSS_SELECTOR, selector).text


def shot(driver: WebDriver, name: str) -> Path:
    """Screenshots to look at: the window as it opens (NAME.png) and the whole page (NAME-full.png)."""
    import base64

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{re.sub(r'[^a-z0-9-]+', '-', name.lower())}.png"
    driver.save_screenshot(str(path))
    whole = driver.execute_cdp_cmd("Page.captureScreenshot", {"captureBeyondViewport": True, "format": "png"})
    path.with_name(path.stem + "-full.png").write_bytes(base64.b64decode(whole["data"]))
    return path


def fits_width(driver: WebDriver) -> bool:
    """Nothing wider than the window: no sideways scrolling of the page itself."""
    return driver.execute_script("return document.documentElement.scrollWidth <= window.innerWidth + 1")
