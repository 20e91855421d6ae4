"""Tables out as CSV/XLSX and back in; whole organizations out as an archive and into a new computer."""

import datetime as dt
import json
import zipfile

import pytest
from openpyxl import load_workbook

from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.records import BAGS, ENERGY, RecordQuery
from scp_desktop.services import assessments
from scp_desktop.services.archive import export_archive, import_archive
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.export import export_table
from scp_desktop.services.importer import import_csv
from scp_desktop.services.reports import finalize
from scp_desktop.services.summary import summary
from scp_desktop.services.workspace import Workspace

CHAIN, TEXTILE = "0100234562", "0300588569"
TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def demo(ws):
    fill_demo(ws, today=TODAY)
    return ws


def fresh(tmp_path, name: str, tax_code: str, source: Workspace) -> Workspace:
    ws = Workspace.open(tmp_path / name)
    org = source.organization(tax_code)
    ws.add_organization(tax_code=tax_code, name=org.name, kind=org.kind, province=org.province_code)
    for facility in source.organizations.facilities(org.id):
        ws.add_facility(tax_code, code=facility.code, name=facility.name, kind=facility.kind)
    return ws


@pytest.mark.parametrize(("suffix", "language"), [(".csv", "vi"), (".xlsx", "vi"), (".csv", "en")])
def test_exported_table_comes_back_identical(demo, tmp_path, suffix, language) -> None:
    chain = demo.organization(CHAIN)
    query = RecordQuery(BAGS, chain.id, year=2025)
    path = tmp_path / f"bags{suffix}"
    assert export_table(demo, query, path, language) == demo.records.count(query)
    other = fresh(tmp_path, f"other{suffix}{language}.sqlite", CHAIN, demo)
    report = import_csv(other, "bags", path, CHAIN, today=TODAY)
    assert report.created == demo.records.count(query)
    assert summary(other, CHAIN, 2025).bags.nonbio_per_transaction == pytest.approx(
        summary(demo, CHAIN, 2025).bags.nonbio_per_transaction
    )
    other.close()


def test_exported_headers_have_units_in_the_language(demo, tmp_path) -> None:
    textile = demo.organization(TEXTILE)
    path = tmp_path / "energy.xlsx"
    export_table(demo, RecordQuery(ENERGY, textile.id, year=2025), path, "vi")
    sheet = load_workbook(path, read_only=True).active
    header = next(sheet.iter_rows(values_only=True))
    assert header[:4] == ("Cơ sở", "Kỳ", "Nhiên liệu", "Số lượng")
    assert "Nhiệt trị thấp (GJ/t)" in header
    csv_path = tmp_path / "bags.csv"
    export_table(demo, RecordQuery(BAGS, demo.organization(CHAIN).id, year=2025, month=1), csv_path, "vi")
    first = csv_path.read_text("utf-8-sig").splitlines()[:2]
    assert "Khối lượng túi khó phân hủy (kg)" in first[0] and first[1].count(";") == 9
    assert first[1].split(";")[1] == "01/01/2025"


def test_archive_moves_a_client_to_a_new_computer(demo, tmp_path) -> None:
    client = "0306123457"
    aid = assessments.start(demo, client, "eco-innovation", 2025, assessor="Trần Văn Bình")
    assessments.answer(demo, aid, "P2", "o2")
    proof = tmp_path / "Biên bản.pdf"
    proof.write_bytes(b"%PDF-1.4 minutes")
    sha = assessments.attach_evidence(demo, aid, "P2", proof)
    finalize(demo, "energy", client, "2025")
    archive = tmp_path / "client.zip"
    assert export_archive(demo, archive, [client]) == [client]

    new_home = tmp_path / "new-computer"  # a new home folder, a new workspace
    new_home.mkdir()
    with Workspace.open(new_home / "workspace.sqlite") as ws:
        first = import_archive(ws, archive, today=TODAY)
        again = import_archive(ws, archive, today=TODAY)  # twice: nothing doubles
        assert first.records > 0 and first.created == first.records and first.evidence == 1
        assert (again.created, again.reports, again.assessments, again.evidence) == (0, 0, 0, 0)
        for year in (2024, 2025):
            assert summary(ws, client, year) == summary(demo, client, year)
        moved = assessments.load(ws, assessments.history(ws, client)[0]["id"])
        assert moved.record["assessor"] == "Trần Văn Bình" and moved.answers["P2"].value == "o2"
        assert assessments.evidence_path(ws, sha).read_bytes() == b"%PDF-1.4 minutes"
        assert [r["state"] for r in ws.reports.all()] == ["finalized"]


def test_a_changed_archive_is_refused(demo, tmp_path) -> None:
    archive = tmp_path / "all.zip"
    export_archive(demo, archive, [CHAIN])
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(archive) as src, zipfile.ZipFile(tampered, "w") as out:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == f"data/{CHAIN}.json":
                doc = json.loads(data)
                doc["records"]["bags"][0]["transactions"] += 1
                data = json.dumps(doc).encode()
            out.writestr(item, data)
    with Workspace.open(tmp_path / "x.sqlite") as ws, pytest.raises(DomainError, match="does not match"):
        import_archive(ws, tampered)
    (tmp_path / "junk.zip").write_bytes(b"not a zip")
    with Workspace.open(tmp_path / "y.sqlite") as ws, pytest.raises(DomainError, match="not a zip archive"):
        import_archive(ws, tmp_path / "junk.zip")


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_cells_that_look_like_formulas_are_never_run_and_come_back_as_typed(ws, tmp_path, suffix) -> None:
    """Finding 4: a product "=cmd|' /C calc'!A0" is exported as text no spreadsheet runs, and imports back as typed."""
    from scp_desktop.domain.records import PRODUCTION

    ws.add_organization(tax_code=TEXTILE, name="Dệt", kind="manufacturer", province="79")
    ws.add_facility(TEXTILE, code="-NM1", name="Nhà máy", kind="plant")
    products = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A9)", "Vải"]
    for month, product in enumerate(products, start=1):
        ws.save_record(
            PRODUCTION,
            TEXTILE,
            {"facility": "-NM1", "period": f"2025-{month:02d}", "product": product, "quantity": "10", "unit": "t"},
        )
    path = tmp_path / f"products{suffix}"
    export_table(ws, RecordQuery(PRODUCTION, ws.organization(TEXTILE).id), path, "en")
    if suffix == ".csv":
        cells = [line.split(",") for line in path.read_text("utf-8-sig").splitlines()[1:]]
        assert [row[0] for row in cells] == ["'-NM1"] * 5
        assert {row[2].strip('"') for row in cells} >= {"'=cmd|' /C calc'!A0", "'+1+1", "'-2+3", "'@SUM(A1:A9)", "Vải"}
    else:
        sheet = load_workbook(path).active
        cells = [c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
        assert all(c.data_type == "s" for c in cells)  # strings, never formulas
        assert all(c.quotePrefix for c in cells if c.value.startswith(("=", "+", "-", "@")))
    other = fresh(tmp_path, f"back{suffix}.sqlite", TEXTILE, ws)
    import_csv(other, "production", path, TEXTILE)
    back = other.records.fetch(RecordQuery(PRODUCTION, other.organization(TEXTILE).id), 0, 10)
    assert sorted(row[2] for row in back) == sorted(products) and {row[0] for row in back} == {"-NM1"}
    other.close()
