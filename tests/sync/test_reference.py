"""New reference data and criteria sets published on the server reach the app (ETag, 304), apply to
what is computed next, and leave finalized reports and old assessments as they were."""

import json
import subprocess
import sys
import uuid

import requests
from sqlalchemy import select

from scp_desktop.resources import resource_path
from scp_desktop.services import assessments
from scp_desktop.services.sync import ServerClient, sync_once
from scp_desktop.services.workspace import Workspace
from scp_ministry_server.storage.tables import audit
from tests.conftest import REPO
from tests.sync.conftest import CHAIN


def publish(server, name: str, document: dict, tmp_path) -> subprocess.CompletedProcess:
    path = tmp_path / f"{uuid.uuid4()}.json"
    path.write_text(json.dumps(document, ensure_ascii=False), "utf-8")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "scp_ministry_server",
            "reference",
            "publish",
            "--db",
            server.db,
            "--name",
            name,
            str(path),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=60,
    )


def test_published_versions_reach_the_app_once(tmp_path, server) -> None:
    token = server.token("chain")
    path = tmp_path / "ws.sqlite"
    with Workspace.open(path) as ws:
        ws.add_organization(tax_code=CHAIN, name="Siêu thị", kind="supermarket", province="01")
        old = assessments.start(ws, CHAIN, "green-distribution", 2025)
        first = sync_once(ws, ServerClient(server.url, token))
        assert first.reference_updated == [] and first.error is None  # same versions as bundled

    criteria = json.loads((resource_path("criteria") / "green_distribution.json").read_text("utf-8"))
    criteria["version"] = "2027.1"
    criteria["status"] = "official"
    assert publish(server, "criteria/green-distribution", criteria, tmp_path).returncode == 0
    energy = json.loads((resource_path("reference") / "energy.json").read_text("utf-8"))
    energy["version"] = "2027.1"
    energy["grid_factor_t_co2_per_mwh"]["2024"] = 0.6500
    assert publish(server, "energy", energy, tmp_path).returncode == 0
    broken = publish(server, "criteria/green-distribution", {"version": "x", "id": "g"}, tmp_path)
    assert broken.returncode == 2 and "cannot publish" in broken.stderr

    with Workspace.open(path) as ws:
        second = sync_once(ws, ServerClient(server.url, token))
        assert sorted(second.reference_updated) == ["criteria/green-distribution", "energy"]
        assert sync_once(ws, ServerClient(server.url, token)).reference_updated == []  # 304 now
    with Workspace.open(path) as ws:  # applied when the workspace opens
        assert ws.ref.versions["energy"] == "2027.1"
        assert ws.ref.grid_factors[2024] == 0.65
        new = assessments.start(ws, CHAIN, "green-distribution", 2025)
        versions = [assessments.load(ws, a).criteria.version for a in (old, new)]
        assert versions == ["2026.2", "2027.1"]


def test_reference_answers_304_for_a_known_etag(server) -> None:
    headers = {"Authorization": f"Bearer {server.token('chain')}"}
    first = requests.get(f"{server.url}/api/v1/reference", headers=headers, timeout=10)
    again = requests.get(
        f"{server.url}/api/v1/reference", headers={**headers, "If-None-Match": first.headers["ETag"]}, timeout=10
    )
    assert first.status_code == 200 and again.status_code == 304


def test_attachments_are_content_addressed_and_required(server) -> None:
    import hashlib

    from tests.sync.test_security import submission_for

    headers = {"Authorization": f"Bearer {server.token('textile')}"}
    data = "Biên bản kiểm toán năng lượng 2025".encode()
    sha = hashlib.sha256(data).hexdigest()
    body = submission_for("0300588569")
    body["attachments"] = [sha]
    missing = requests.put(f"{server.url}/api/v1/submissions/{uuid.uuid4()}", json=body, headers=headers, timeout=10)
    assert missing.status_code == 422 and missing.json()["error"] == "MISSING_ATTACHMENTS"
    wrong = requests.put(f"{server.url}/api/v1/attachments/{sha}", data=data + b"!", headers=headers, timeout=10)
    assert wrong.status_code == 422 and wrong.json()["error"] == "HASH_MISMATCH"
    assert (
        requests.put(f"{server.url}/api/v1/attachments/{sha}", data=data, headers=headers, timeout=10).status_code
        == 201
    )
    assert (
        requests.put(f"{server.url}/api/v1/attachments/{sha}", data=data, headers=headers, timeout=10).status_code
        == 200
    )
    sent = requests.put(f"{server.url}/api/v1/submissions/{uuid.uuid4()}", json=body, headers=headers, timeout=10)
    assert sent.status_code == 201
    storage = server.storage()
    assert storage.attachment_path(sha).read_bytes() == data
    with storage.read() as db:
        actions = list(db.execute(select(audit.c.action).order_by(audit.c.id)).scalars())
    storage.close()
    assert "attachment.upload" in actions and "submission.receive" in actions
