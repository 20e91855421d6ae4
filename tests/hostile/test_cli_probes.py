"""The hostile-input corpus, through the CLI: every probe of issue 14 and more. Each item names its input and
its expected outcome: status 2, the given number of lines on stderr (one, unless an import lists its bad
rows or a mapping its mistakes), the fragment that says why, nothing stored, no file left behind, no traceback."""

from __future__ import annotations

import json
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

from tests.conftest import write_csv
from tests.hostile.conftest import BAG_HEADER, CHAIN, files_under, workspace_state

FACTORY = "0300588569"
ENERGY_HEADER = "facility,period,fuel,quantity,unit"


@dataclass(frozen=True)
class Probe:
    args: tuple[str, ...]  # {dir} is the probe's folder
    fragment: str  # what the (first) line says
    files: dict[str, Any] | None = None  # name → text, bytes, or a callable(path) that makes it
    lines: int = 1


def bags(*rows: str) -> str:
    return "\n".join([BAG_HEADER, *rows]) + "\n"


def energy(*rows: str) -> str:
    return "\n".join([ENERGY_HEADER, *rows]) + "\n"


def sheet_bomb(path: Path) -> None:
    """A real workbook whose sheet XML is 64 MiB of one repeated row: a few hundred KB packed."""
    book = Workbook()
    book.active.append(["store", "date", "transactions"])
    book.save(path)
    with zipfile.ZipFile(path) as zin:
        parts = {name: zin.read(name) for name in zin.namelist()}
    row = b'<row r="2"><c r="A2" t="inlineStr"><is><t>ST01</t></is></c></row>'
    body = row * (64 * 2**20 // len(row))
    sheet = parts["xl/worksheets/sheet1.xml"]
    parts["xl/worksheets/sheet1.xml"] = sheet.replace(b"</sheetData>", body + b"</sheetData>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, blob in parts.items():
            zout.writestr(name, blob)


def huge_dimension(path: Path) -> None:
    """A workbook declaring the whole grid (A1:XFD1048576): refused before a row is read."""
    book = Workbook()
    book.active.append(["store", "date"])
    book.save(path)
    with zipfile.ZipFile(path) as zin:
        parts = {name: zin.read(name) for name in zin.namelist()}
    sheet = parts["xl/worksheets/sheet1.xml"]
    whole_grid = b'<dimension ref="A1:XFD1048576"/>'
    parts["xl/worksheets/sheet1.xml"] = re.sub(rb'<dimension ref="A1:B1" ?/>', whole_grid, sheet)
    assert parts["xl/worksheets/sheet1.xml"] != sheet  # openpyxl writes it with or without a space (lxml)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, blob in parts.items():
            zout.writestr(name, blob)


def fifo(path: Path) -> None:
    os.mkfifo(path)


def symlink_out(path: Path) -> None:
    outside = path.parent.parent / "outside-secret.pdf"
    outside.write_bytes(b"%PDF secret")
    path.symlink_to(outside)


def answers(document: Any) -> str:
    return json.dumps(document, ensure_ascii=False)


ASSESS = ("assess", "green-distribution", "--org", CHAIN, "--year", "2025", "--answers", "{dir}/answers.json")
IMPORT_BAGS = ("import", "bags", "{dir}/bags.csv", "--org", CHAIN)

PROBES: dict[str, Probe] = {
    # options (finding 10)
    "--month 13": Probe(
        ("export", "bags", "--org", CHAIN, "--year", "2025", "--month", "13", "-o", "{dir}/x.csv"),
        "--month: “13” is not a month",
    ),
    "--month 0": Probe(
        ("export", "bags", "--org", CHAIN, "--year", "2025", "--month", "0", "-o", "{dir}/x.csv"), "is not a month"
    ),
    "--year -1": Probe(("summary", "--org", CHAIN, "--year", "-1"), "--year: “-1” is not a year from 1990 to 2200"),
    "--year 99999999999999999999": Probe(
        ("summary", "--org", CHAIN, "--year", "99999999999999999999"), "is not a year"
    ),
    "a baseline year of -5": Probe(
        ("org", "baseline", "--org", CHAIN, "--indicator", "bags", "--year", "-5"), "“-5” is not a year"
    ),
    "--keep-daily -3": Probe(
        ("backup", "--keep-daily", "-3", "--to", "{dir}/b"), "is not a whole number of at least 0"
    ),
    "an unknown command option": Probe(("org", "list", "--colour"), "not understood: --colour"),
    "an unknown kind": Probe(("import", "coal", "{dir}/x.csv", "--org", CHAIN), "“coal” is not one of"),
    "a missing required option": Probe(("finalize", "bags", "--org", CHAIN), "these are required: --period"),
    "a month that does not exist": Probe(
        ("finalize", "bags", "--org", CHAIN, "--period", "2025-13"), "Month 13 does not exist"
    ),
    # names (findings 8 and 10)
    "a lone surrogate in a name": Probe(
        ("org", "add", "--tax-code", FACTORY, "--name", "Công ty \udcff", "--kind", "manufacturer", "--province", "79"),
        "invisible control character (U+DCFF)",
    ),
    "a lone surrogate in a tax code": Probe(
        ("org", "add", "--tax-code", "0300588569\udcff", "--name", "X", "--kind", "other", "--province", "79"),
        "found “\\udcff”",
    ),
    "an escape sequence in a name": Probe(
        (
            "org",
            "add",
            "--tax-code",
            FACTORY,
            "--name",
            "Công ty \x1b[2J",
            "--kind",
            "manufacturer",
            "--province",
            "79",
        ),
        "invisible control character (U+001B)",
    ),
    "a right-to-left override in a facility name": Probe(
        ("facility", "add", "--org", CHAIN, "--code", "ST09", "--name", "Cửa hàng \u202e9", "--kind", "store"),
        "invisible control character (U+202E)",
    ),
    "a formula as a facility code": Probe(
        ("facility", "add", "--org", CHAIN, "--code", "=cmd|' /C calc'!A0", "--name", "x", "--kind", "store"),
        "A facility code has 1–20 letters",
    ),
    # outputs (finding 8)
    "an export into a missing folder": Probe(
        ("export", "bags", "--org", CHAIN, "-o", "{dir}/missing/x.csv"), "the folder {dir}/missing does not exist"
    ),
    "an export onto a folder": Probe(
        ("export", "bags", "--org", CHAIN, "-o", "{dir}"), "is a folder: give a file name"
    ),
    "an archive onto a folder": Probe(("export", "archive", "-o", "{dir}"), "is a folder"),
    "a report into a missing folder": Probe(
        ("report", "bags", "--org", CHAIN, "--period", "2025", "-o", "{dir}/nowhere/r.pdf"), "does not exist"
    ),
    "backup --to a file": Probe(("backup", "--to", "{dir}/a-file"), "is a file, not a folder", {"a-file": "x"}),
    "a missing --ca-bundle": Probe(
        ("login", "--server", "https://127.0.0.1:9", "--user", "u", "--ca-bundle", "{dir}/none.pem"),
        "the CA bundle {dir}/none.pem is not a readable file",
    ),
    "restore of a file that is not a backup": Probe(
        ("restore", "{dir}/junk.sqlite", "--to", "{dir}/b"),
        "is not a readable SCP workspace backup",
        {"junk.sqlite": "junk"},
    ),
    # imports: numbers, mappings, files (findings 8 and 9)
    "a bag count beyond range": Probe(
        IMPORT_BAGS, "nothing was imported", {"bags.csv": bags("ST01,2025-01-01,99999999999999999999,1,0,0,0,0,0,0")}, 2
    ),
    "a quantity of 1e308": Probe(
        ("import", "energy", "{dir}/e.csv", "--org", FACTORY),
        "nothing was imported",
        {"e.csv": energy("NM01,2025-01,electricity,1e308,kWh")},
        2,
    ),
    "a quantity of 10^4000": Probe(
        ("import", "energy", "{dir}/e.csv", "--org", FACTORY),
        "nothing was imported",
        {"e.csv": energy("NM01,2025-01,electricity,1" + "0" * 4000 + ",kWh")},
        2,
    ),
    "a weight of 1e400": Probe(
        IMPORT_BAGS, "nothing was imported", {"bags.csv": bags("ST01,2025-01-01,100,1,1e400,0,0,0,0,0")}, 2
    ),
    "NaN bags": Probe(IMPORT_BAGS, "nothing was imported", {"bags.csv": bags("ST01,2025-01-01,NaN,1,1,0,0,0,0,0")}, 2),
    "a mapping that is a list": Probe(
        (*IMPORT_BAGS, "--mapping", "{dir}/m.json"),
        "the document: expected an object",
        {"bags.csv": bags(), "m.json": "[]"},
    ),
    "a mapping with three mistakes": Probe(
        (*IMPORT_BAGS, "--mapping", "{dir}/m.json"),
        "unknown key “colums”",
        {"bags.csv": bags(), "m.json": '{"colums": {}, "header_row": "1", "number_format": "fr"}'},
        3,
    ),
    "a mapping 100,000 levels deep": Probe(
        (*IMPORT_BAGS, "--mapping", "{dir}/m.json"),
        "nested too deeply",
        {"bags.csv": bags(), "m.json": '{"values": ' + "[" * 100_000 + "]" * 100_000 + "}"},
    ),
    "a header_row of 10^9": Probe(
        (*IMPORT_BAGS, "--mapping", "{dir}/m.json"),
        "1 to 1000000",
        {"bags.csv": bags(), "m.json": '{"header_row": 1000000000}'},
    ),
    "a header_row past the end of the file": Probe(
        (*IMPORT_BAGS, "--mapping", "{dir}/m.json"),
        "the file ends after 2 rows",
        {"bags.csv": bags("ST01,2025-01-01,100,1,1,0,0,0,0,0"), "m.json": '{"header_row": 999999}'},
    ),
    "a mapping that is a FIFO": Probe(
        (*IMPORT_BAGS, "--mapping", "{dir}/m.json"), "is not a regular file", {"bags.csv": bags(), "m.json": fifo}
    ),
    "an import of a FIFO": Probe(IMPORT_BAGS, "is not a regular file", {"bags.csv": fifo}),
    "an import of /dev/zero": Probe(("import", "bags", "/dev/zero", "--org", CHAIN), "is not a regular file"),
    "an import of a folder": Probe(("import", "bags", "{dir}", "--org", CHAIN), "is not a regular file"),
    "a sheet bomb": Probe(
        ("import", "bags", "{dir}/bomb.xlsx", "--org", CHAIN), "is not a normal spreadsheet", {"bomb.xlsx": sheet_bomb}
    ),
    "a sheet declaring the whole grid": Probe(
        ("import", "bags", "{dir}/grid.xlsx", "--org", CHAIN),
        "larger than a spreadsheet can be",
        {"grid.xlsx": huge_dimension},
    ),
    "a workbook that is not one": Probe(
        ("import", "bags", "{dir}/x.xlsx", "--org", CHAIN), "nothing was imported", {"x.xlsx": b"PK\x03\x04 broken"}, 2
    ),
    # assess (finding 6)
    "assess: a numeric reason": Probe(
        ASSESS,
        "A1.reason: expected a text, found a number",
        {"answers.json": answers({"A1": {"value": 70, "reason": 5}})},
    ),
    "assess: a list note": Probe(
        ASSESS,
        "A2.note: expected a text, found a list",
        {"answers.json": answers({"A2": {"value": "yes", "note": ["x"]}})},
    ),
    "assess: evidence [1]": Probe(
        ASSESS,
        "A2.evidence[0]: expected a text, found a number",
        {"answers.json": answers({"A2": {"value": "yes", "evidence": [1]}})},
    ),
    "assess: evidence /etc/passwd": Probe(
        ASSESS,
        "outside the answers file's folder",
        {"answers.json": answers({"A2": {"value": "yes", "evidence": ["/etc/passwd"]}})},
    ),
    "assess: evidence ../../..": Probe(
        ASSESS,
        "outside the answers file's folder",
        {"answers.json": answers({"A2": {"value": "yes", "evidence": ["../../../etc/passwd"]}})},
    ),
    "assess: evidence through a symlink out": Probe(
        ASSESS,
        "outside the answers file's folder",
        {"link.pdf": symlink_out, "answers.json": answers({"A2": {"value": "yes", "evidence": ["link.pdf"]}})},
    ),
    "assess: evidence that is a FIFO": Probe(
        ASSESS,
        "is not a readable file",
        {"proof.pdf": fifo, "answers.json": answers({"A2": {"value": "yes", "evidence": ["proof.pdf"]}})},
    ),
    "assess: an answer that is not an option": Probe(
        ASSESS, "“zz” is not one of this criterion's options", {"answers.json": answers({"A4": "zz"})}
    ),
    "assess: a criterion that does not exist": Probe(
        ASSESS, "no criterion “Z9”", {"answers.json": answers({"Z9": "yes"})}
    ),
    "assess: an answers file that is a FIFO": Probe(
        ASSESS, "cannot be read: answers.json is not a readable file", {"answers.json": fifo}
    ),
    "assess: answers nested 100,000 levels deep": Probe(
        ASSESS, "cannot be read: it is nested too deeply", {"answers.json": "[" * 100_000 + "]" * 100_000}
    ),
    "assess: a value of 1e999": Probe(ASSESS, "A1: inf is outside", {"answers.json": '{"A1": 1e999}'}),
}


@pytest.fixture
def registered(cli, ws) -> Any:
    ws.add_organization(tax_code=CHAIN, name="Siêu thị Thử", kind="supermarket", province="Hà Nội")
    ws.add_facility(CHAIN, code="ST01", name="Cửa hàng 1", kind="store")
    ws.add_organization(tax_code=FACTORY, name="Dệt Thử", kind="manufacturer", province="79")
    ws.add_facility(FACTORY, code="NM01", name="Nhà máy 1", kind="plant")
    return cli


def _make(folder: Path, files: dict[str, Any]) -> None:
    for name, content in files.items():
        target = folder / name
        if callable(content):
            content(target)
        elif isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, "utf-8")


@pytest.mark.parametrize("name", list(PROBES))
def test_a_hostile_input_is_refused_clearly_and_changes_nothing(
    name: str, registered, tmp_path: Path, workspace_path: Path
) -> None:
    probe = PROBES[name]
    folder = tmp_path / "probe"
    folder.mkdir()
    _make(folder, probe.files or {})
    before, files = workspace_state(workspace_path), files_under(tmp_path)
    args = [arg.replace("{dir}", str(folder)) for arg in probe.args]
    result = registered(*args)
    assert result.code == 2, (result.out, result.err)
    assert "Traceback" not in result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == probe.lines, result.err
    assert probe.fragment.replace("{dir}", str(folder)) in lines[0], lines[0]
    assert workspace_state(workspace_path) == before
    assert files_under(tmp_path) == files


def test_assess_that_fails_late_leaves_no_assessment_and_no_evidence_file(registered, ws, tmp_path: Path) -> None:
    """A2's evidence is copied in before A3's override is found to have no reason: both are undone."""
    rows = [f"ST01,{year}-01-0{d},1000,{year - 1600},2,0,0,0,0,0" for year in (2024, 2025) for d in range(1, 8)]
    assert registered("import", "bags", str(write_csv(tmp_path / "b.csv", BAG_HEADER, rows)), "--org", CHAIN).code == 0
    folder = tmp_path / "probe"
    folder.mkdir()
    (folder / "policy.pdf").write_bytes(b"%PDF-1.4 policy")
    document = {"A2": {"value": "yes", "evidence": ["policy.pdf"]}, "A3": 50}
    (folder / "answers.json").write_text(answers(document), "utf-8")
    before, files = workspace_state(ws.path), files_under(tmp_path)
    result = registered(*[a.replace("{dir}", str(folder)) for a in ASSESS])
    assert result.code == 2 and "Give a reason for replacing the figure" in result.err
    assert workspace_state(ws.path) == before and files_under(tmp_path) == files


def test_names_are_listed_with_control_characters_escaped(cli, ws) -> None:
    """A name stored before these checks existed (or written by another program) cannot rewrite the terminal."""
    ws.add_organization(tax_code=CHAIN, name="Siêu thị", kind="supermarket", province="01")
    ws.db.execute("UPDATE organizations SET name = ? WHERE tax_code = ?", ["Siêu thị \x1b[2J\u202eỏđ", CHAIN])
    result = cli("org", "list")
    assert "\x1b" not in result.out and "\u202e" not in result.out
    assert "Siêu thị \\u001b[2J\\u202eỏđ" in result.out
    listed = json.loads(cli("org", "list", "--json").out)
    assert listed[0]["name"] == "Siêu thị \x1b[2J\u202eỏđ"  # the JSON is still the stored name, escaped as JSON


def test_a_lone_surrogate_from_the_command_line_in_a_real_process(tmp_path: Path) -> None:
    """As the OS hands Python bytes that are not UTF-8: one line, status 2, nothing stored."""
    import subprocess
    import sys

    workspace = tmp_path / "w.sqlite"
    args = [
        sys.executable,
        "-m",
        "scp_desktop",
        "--workspace",
        str(workspace),
        "org",
        "add",
        "--tax-code",
        FACTORY,
        "--name",
        "Công ty \udcff",
        "--kind",
        "manufacturer",
        "--province",
        "79",
    ]
    done = subprocess.run(
        [os.fsencode(a) for a in args],
        capture_output=True,
        timeout=120,
        env={**os.environ, "LANGUAGE": "en"},
        cwd=Path(__file__).parents[2],
    )
    assert done.returncode == 2
    assert done.stderr.decode().strip().splitlines() == [
        "error: Name: The text holds an invisible control character (U+DCFF) at position 9: type it again."
    ]
