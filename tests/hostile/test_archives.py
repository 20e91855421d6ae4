"""Hostile archives: each probe is a real archive of the app, changed as an attacker would (the manifest's
hashes recomputed, so that the deeper checks are the ones that must hold). Through the CLI, each must
refuse in one line with status 2, store nothing and leave no file behind."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scp_desktop.domain.reports import content_sha256
from scp_desktop.services.archive import ArchiveRejected, export_archive, import_archive
from scp_desktop.services.workspace import Workspace
from tests.hostile.conftest import CHAIN, TODAY, files_under, one_line_refusal, workspace_state

DATA = f"data/{CHAIN}.json"
Document = dict[str, Any]


@pytest.fixture
def archive(chain_workspace: Path, tmp_path: Path) -> Path:
    path = tmp_path / "good.zip"
    with Workspace.open(chain_workspace) as ws:
        export_archive(ws, path, [CHAIN])
    return path


def rebuild(
    source: Path,
    target: Path,
    document: Callable[[Document], None] | None = None,
    members: Callable[[dict[str, bytes]], None] | None = None,
    manifest: Callable[[Document], None] | None = None,
    rehash: bool = True,
) -> Path:
    """The archive with its data document, members or manifest changed; hashes recomputed unless told."""
    with zipfile.ZipFile(source) as zin:
        content = {name: zin.read(name) for name in zin.namelist()}
    head = json.loads(content.pop("manifest.json"))
    if document:
        doc = json.loads(content[DATA])
        document(doc)
        content[DATA] = json.dumps(doc, ensure_ascii=False).encode()
    if members:
        members(content)
    if rehash:
        head["files"].update({name: hashlib.sha256(blob).hexdigest() for name, blob in content.items()})
    if manifest:
        manifest(head)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, blob in content.items():
            zout.writestr(name, blob)
        zout.writestr("manifest.json", json.dumps(head))
    return target


def report(doc: Document) -> Document:
    return next(r for r in doc["reports"] if r["state"] != "draft")


def planted(doc: Document, **changes: Any) -> None:
    """A second finalized report, its content taken from the real one and changed, hashed correctly."""
    fake = copy.deepcopy(report(doc))
    content = json.loads(fake["payload"])
    content.update(changes.pop("content", {}))
    fake.update(
        submission_id="6f0e9a52-1111-4c4c-9a9a-123456789abc",
        payload=json.dumps(content, ensure_ascii=False),
        content_sha256=content_sha256(content),
        **changes,
    )
    doc["reports"].append(fake)


def set_in(path: list[Any], value: Any) -> Callable[[Document], None]:
    def change(doc: Document) -> None:
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    return change


def with_report(change: Callable[[Document], None]) -> Callable[[Document], None]:
    def apply(doc: Document) -> None:
        change(report(doc))

    return apply


def deep(levels: int) -> bytes:
    return b"[" * levels + b"]" * levels


def evidence_sha(content: dict[str, bytes]) -> str:
    return next(name for name in content if name.startswith("evidence/")).split("/")[1]


PROBES: dict[str, tuple[dict[str, Any], str]] = {
    # 1. SQL from the archive's own keys
    "a key that is SQL": (
        {"document": with_report(lambda r: r.update({"state) SELECT name FROM organizations --": "x"}))},
        "unknown key “state) SELECT name FROM organizations --”",
    ),
    "a key that is SQL, in an assessment": (
        {"document": lambda d: d["assessments"][0]["assessment"].update({"passed) VALUES (1); --": 1})},
        "unknown key",
    ),
    # planted reports
    "a planted report with a fake hash": (
        {
            "document": lambda d: d["reports"].append(
                {
                    **report(d),
                    "submission_id": "6f0e9a52-2222-4c4c-9a9a-123456789abc",
                    "content_sha256": "0" * 64,
                    "state": "accepted",
                }
            )
        },
        "its content does not match its SHA-256",
    ),
    "a planted report of another organization's name and tax code": (
        {
            "document": lambda d: planted(
                d,
                content={
                    "organization": {"tax_code": "0300588569", "name": "Dệt", "province_code": "79", "sector": "C13"}
                },
            )
        },
        "its content is about organization “0300588569”",
    ),
    "a planted report overlapping the real one": (
        {"document": lambda d: planted(d)},
        "overlaps the live bags report",
    ),
    "a planted report holding records the archive does not": (
        {
            "document": lambda d: planted(
                d, period="2025-02", start_month=24301, end_month=24301, content={"period": "2025-02"}
            )
        },
        "outside its scope or period",
    ),
    "a planted report whose records differ from the archive's": (
        {"document": lambda d: d["records"]["bags"].__setitem__(0, {**d["records"]["bags"][0], "transactions": 999})},
        "are not the records of 2025-01",
    ),
    "a report kind that is SQL": (
        {"document": with_report(lambda r: r.update(kind="'; DROP TABLE x; --"))},
        "is not one of",
    ),
    "a report period not as the app writes it": (
        {"document": with_report(lambda r: r.update(period="01/2025"))},
        "is not written as the app writes it",
    ),
    "a submission id with a trailing newline": (
        {"document": with_report(lambda r: r.update(submission_id=r["submission_id"] + "\n"))},
        "reports[0].submission_id",
    ),
    "a draft carrying content": (
        {"document": with_report(lambda r: r.update(state="draft"))},
        "a draft report cannot carry content",
    ),
    "a correction of a report that does not exist": (
        {"document": with_report(lambda r: r.update(supersedes="6f0e9a52-3333-4c4c-9a9a-123456789abc"))},
        "it corrects 6f0e9a52-3333",
    ),
    # values that are not what they claim
    "a tax code that is a path": (
        {"document": set_in(["organization", "tax_code"], "../../etc/passwd")},
        "is not in the expected form",
    ),
    "a facility that is a formula": (
        {"document": lambda d: d["facilities"].append({"code": "=cmd|' /C calc'!A0", "name": "x", "kind": "store"})},
        "A facility code has 1–20 letters",
    ),
    "an escape character in a name": (
        {"document": set_in(["organization", "name"], "Siêu thị \x1b[31mĐỏ")},
        "invisible control character (U+001B)",
    ),
    "a right-to-left override in a facility name": (
        {"document": lambda d: d["facilities"][0].update(name="Cửa hàng \u202e1")},
        "invisible control character (U+202E)",
    ),
    "an unknown province": (
        {"document": set_in(["organization", "province_code"], "99")},
        "is not a province",
    ),
    "a baseline year of -5": (
        {"document": set_in(["baselines", "bags"], -5)},
        "-5 is outside 1990 to 2200",
    ),
    "a baseline of an unknown indicator": (
        {"document": set_in(["baselines", "'; DROP"], 2020)},
        "is not one of",
    ),
    "a bag count beyond range": (
        {"document": lambda d: d["records"]["bags"][5].update(transactions=10**30)},
        "beyond the largest figure",
    ),
    "a weight of 1e400 (infinity)": (
        {"document": lambda d: d["records"]["bags"][5].update(nonbio_kg=float("inf"))},
        "is not a number",
    ),
    "a record of a store the organization does not have": (
        {"document": lambda d: d["records"]["bags"][5].update(store="ST99")},
        "“ST99” is not one of this organization's stores",
    ),
    "a record with an extra column": (
        {"document": lambda d: d["records"]["bags"][5].update({"org_id": 2})},
        "unknown key “org_id”",
    ),
    "a record kind the app does not know": (
        {"document": set_in(["records", "bags; DROP TABLE x"], [])},
        "unknown key",
    ),
    "a record in the future": (
        {"document": lambda d: d["records"]["bags"][5].update(date="2099-01-01")},
        "is in the future",
    ),
    "a finalized assessment with a raised score": (
        {
            "document": lambda d: d["assessments"][0]["answers"].append(
                {
                    "assessment_id": 1,
                    "criterion_id": "C2",
                    "value": "yes",
                    "auto_value": None,
                    "override_reason": "",
                    "note": "",
                }
            )
        },
        "its score and hash do not match its answers",
    ),
    "an assessment answer to no criterion": (
        {
            "document": lambda d: d["assessments"][0]["answers"].append(
                {
                    "assessment_id": 1,
                    "criterion_id": "Z9",
                    "value": "yes",
                    "auto_value": None,
                    "override_reason": "",
                    "note": "",
                }
            )
        },
        "has no criterion “Z9”",
    ),
    "evidence named like a path": (
        {"document": lambda d: d["assessments"][0]["evidence"][0].update(file_name="../../.bashrc")},
        "is not a plain file name",
    ),
    # the zip and its manifest
    "a member left out of the manifest": (
        {"members": lambda m: m.update({"data/0300588569.json": b"{}"}), "rehash": False},
        "which its manifest does not list",
    ),
    "an unlisted member with another name": (
        {"members": lambda m: m.update({"../../evil.sh": b"echo"}), "rehash": False},
        "holds ../../evil.sh",
    ),
    "a listed member that is missing": (
        {"members": lambda m: m.pop(next(n for n in m if n.startswith("evidence/")))},
        "listed in its manifest, is missing",
    ),
    "a member that does not match its hash": (
        {"document": set_in(["organization", "name"], "Đổi tên"), "rehash": False},
        "does not match its manifest hash",
    ),
    "evidence that is not the file its name says": (
        {"members": lambda m: m.update({f"evidence/{evidence_sha(m)}": b"other bytes"}), "rehash": False},
        "does not match its manifest hash",
    ),
    "a manifest that is not JSON": (
        {"manifest": lambda h: h.clear(), "members": lambda m: None},
        "its manifest is not valid",
    ),
    "a manifest of another version": (
        {"manifest": lambda h: h.update(version=2)},
        "“2” is not one of 1",
    ),
    "a manifest whose files are a list": (
        {"manifest": lambda h: h.update(files=["data/x.json"])},
        "expected an object, found a list",
    ),
    "a manifest naming a tax code that is not one": (
        {"manifest": lambda h: h.update(organizations=["0100234563"])},
        "its manifest is not valid",
    ),
    "data that is not JSON": (
        {"members": lambda m: m.update({DATA: b"{not json"})},
        "is not valid JSON",
    ),
    "data nested 100,000 levels deep": (
        {"members": lambda m: m.update({DATA: deep(100_000)})},
        "is not valid JSON (RecursionError)",
    ),
    "data that is a list": (
        {"members": lambda m: m.update({DATA: b"[]"})},
        "expected an object, found a list",
    ),
}


def _write_probe(archive: Path, tmp_path: Path, name: str, spec: dict[str, Any]) -> Path:
    target = tmp_path / "probes" / f"{abs(hash(name))}.zip"
    target.parent.mkdir(exist_ok=True)
    return rebuild(archive, target, **spec)


@pytest.mark.parametrize("name", list(PROBES))
def test_a_hostile_archive_is_refused_in_one_line_and_changes_nothing(
    name: str, archive: Path, tmp_path: Path, cli, workspace_path: Path
) -> None:
    spec, fragment = PROBES[name]
    probe = _write_probe(archive, tmp_path, name, spec)
    assert cli("org", "list").code == 0  # the workspace exists, empty
    before, files = workspace_state(workspace_path), files_under(tmp_path)
    result = cli("import", "archive", str(probe))
    one_line_refusal(result, fragment)
    assert workspace_state(workspace_path) == before
    assert files_under(tmp_path) == files


def test_the_real_archive_imports_and_reimports_as_nothing(archive: Path, workspace_path: Path, cli) -> None:
    first = cli("import", "archive", str(archive))
    assert first.code == 0, first.err
    assert "60 records (60 new), 1 report(s), 1 assessment(s), 1 evidence file(s) added" in first.out
    state = workspace_state(workspace_path)
    assert json.loads(cli("outbox", "--json").out)[0]["state"] == "finalized"
    again = cli("import", "archive", str(archive))
    assert "60 records (0 new), 0 report(s), 0 assessment(s), 0 evidence file(s) added" in again.out
    assert workspace_state(workspace_path)["reports"] == state["reports"]


def test_a_report_marked_accepted_is_queued_again(archive: Path, tmp_path: Path) -> None:
    """The state is the server's to say: an archive's "accepted" comes back as finalized, resent at the next sync."""
    probe = rebuild(
        archive,
        tmp_path / "accepted.zip",
        document=with_report(lambda r: r.update(state="accepted", receipt="MOIT-FAKE-1", server_message="accepted")),
    )
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        import_archive(ws, probe, today=TODAY)
        (stored,) = ws.reports.all()
    assert (stored["state"], stored["receipt"], stored["server_message"]) == ("finalized", None, None)


def test_an_evidence_bomb_stops_at_the_limit_with_little_memory(archive: Path, tmp_path: Path) -> None:
    """64 MiB of zeros (64 KiB packed) named as evidence: refused while unpacking, never held in memory."""
    bomb = b"\0" * (64 * 2**20)
    sha = hashlib.sha256(bomb).hexdigest()

    def plant(content: dict[str, bytes]) -> None:
        content[f"evidence/{sha}"] = bomb

    probe = rebuild(archive, tmp_path / "bomb.zip", members=plant)
    assert probe.stat().st_size < 2**20
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        before = files_under(tmp_path)
        tracemalloc.start()
        try:
            with pytest.raises(ArchiveRejected, match="unpacks to more than 25 MB"):
                import_archive(ws, probe, today=TODAY)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert peak < 8 * 2**20
        assert files_under(tmp_path) == before


@pytest.mark.skipif(os.name == "nt", reason="FIFOs are POSIX")
def test_a_fifo_is_refused_at_once(tmp_path: Path, cli) -> None:
    fifo = tmp_path / "archive.zip"
    os.mkfifo(fifo)
    one_line_refusal(cli("import", "archive", str(fifo)), "it is not a regular file")
