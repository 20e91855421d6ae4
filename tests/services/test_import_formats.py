"""Real files as users have them: an XLSX with a merged title, formulas and serial dates; a CSV in
Windows-1258; headers without diacritics; a saved column mapping; skipping bad rows; a dry run;
and fuzzing: any bytes in, a clear error or a clean import out."""

import datetime as dt
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook

from scp_desktop.domain.messages import DomainError
from scp_desktop.services.import_sources import Mapping, detect_encoding
from scp_desktop.services.importer import ImportOptions, ImportRejected, import_csv
from scp_desktop.services.workspace import Workspace

TAX = "0100234562"
TODAY = dt.date(2026, 11, 24)
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


@pytest.fixture
def chain(ws: Workspace) -> Workspace:
    ws.add_organization(tax_code=TAX, name="Siêu thị", kind="supermarket", province="01")
    for code in ("ST01", "ST02"):
        ws.add_facility(TAX, code=code, name=code, kind="store")
    return ws


def stored(ws: Workspace) -> list[tuple]:
    return ws.db.execute(
        "SELECT f.code, b.date, b.transactions, b.nonbio_count, b.nonbio_kg FROM bag_log b "
        "JOIN facilities f ON f.id = b.facility_id ORDER BY 1, 2"
    ).fetchall()


def test_xlsx_with_merged_title_formulas_and_serial_dates(chain, tmp_path) -> None:
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "BÁO CÁO SỬ DỤNG TÚI NI LÔNG NĂM 2025"
    sheet.merge_cells("A1:G1")
    sheet.append(
        ["cua hang", "ngay", "so giao dich", "so tui kho phan huy", "kg tui kho phan huy", "Tổng túi", "ghi chú"]
    )
    sheet.append(["ST01", 45658, 1200, 640, 3.84, "=D3*1", "serial date"])  # 45658 = 2025-01-01
    sheet.append(["ST01", dt.datetime(2025, 1, 2), "1300", 700, "4,2", "=D4*1", "text numbers"])
    sheet.append(["ST02", "03/01/2025", 900, 450, 2.7, None, None])
    sheet.append([None] * 7)  # a blank line at the end
    path = tmp_path / "tui.xlsx"
    book.save(path)
    with pytest.raises(ImportRejected) as missing:  # this store counts only non-biodegradable bags …
        import_csv(chain, "bags", path, TAX, today=TODAY)
    assert {p.line for p in missing.value.problems} == {2} and "bio_count" in {p.column for p in missing.value.problems}
    none_of_those = {"bio_count": "0", "bio_kg": "0", "paper_count": "0", "paper_kg": "0", "reusable_sold": "0"}
    options = ImportOptions(Mapping(constants=none_of_those))  # … so the mapping says the rest are zero
    report = import_csv(chain, "bags", path, TAX, options, today=TODAY)
    assert (report.rows, report.created) == (3, 3)
    assert stored(chain) == [
        ("ST01", "2025-01-01", 1200, 640, 3.84),
        ("ST01", "2025-01-02", 1300, 700, 4.2),
        ("ST02", "2025-01-03", 900, 450, 2.7),
    ]


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese Windows writes it: precomposed vowels, tone marks as combining."""
    out = []
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        tones = [c for c in decomposed if c in TONES]
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONES))
        out.append(base + "".join(tones))
    return "".join(out).encode("cp1258")


def test_windows_1258_csv_with_vietnamese_headers(chain, tmp_path) -> None:
    text = (
        "Cửa hàng;Ngày;Số giao dịch;Túi khó phân hủy;Túi khó phân hủy kg;Túi phân hủy sinh học;"
        "Túi phân hủy sinh học kg;Túi giấy;Túi giấy kg;Túi dùng nhiều lần\n"
        "ST01;05/01/2025;1.234;600;3,6;10;0,1;0;0;1\n"
    )
    path = tmp_path / "cp1258.csv"
    path.write_bytes(to_cp1258(text))
    assert detect_encoding(path.read_bytes()) == "cp1258"
    report = import_csv(chain, "bags", path, TAX, today=TODAY)
    assert report.created == 1 and stored(chain) == [("ST01", "2025-01-05", 1234, 600, 3.6)]


def test_a_saved_mapping_with_constants_and_vietnamese_numbers(chain, tmp_path, cli, workspace_path) -> None:
    path = tmp_path / "pos-export.csv"
    path.write_text(
        "Mã CH,Ngày bán,Lượt khách,Túi nilon (cái),Túi nilon (kg)\n"
        'ST01,2025-02-01,"1.500","2.100","12,6"\n'
        'ST02,2025-02-01,"800","1.040","6,24"\n',
        "utf-8",
    )
    mapping = Mapping(
        columns={
            "store": "Mã CH",
            "date": "Ngày bán",
            "transactions": "Lượt khách",
            "nonbio_count": "Túi nilon (cái)",
            "nonbio_kg": "Túi nilon (kg)",
        },
        constants={"bio_count": "0", "bio_kg": "0", "paper_count": "0", "paper_kg": "0", "reusable_sold": "0"},
        number_format="vi",
    )
    mapping_file = tmp_path / "mapping.json"
    mapping_file.write_text(mapping.to_json(), "utf-8")
    chain.close()
    result = cli("import", "bags", str(path), "--org", TAX, "--mapping", str(mapping_file))
    assert result.code == 0, result.err
    with Workspace.open(workspace_path) as ws:
        assert stored(ws) == [("ST01", "2025-02-01", 1500, 2100, 12.6), ("ST02", "2025-02-01", 800, 1040, 6.24)]
    assert json.loads(mapping_file.read_text())["number_format"] == "vi"


def test_skip_bad_rows_imports_the_rest_and_reports_the_skipped(chain, tmp_path) -> None:
    header = "store,date,transactions,nonbio_count,nonbio_kg,bio_count,bio_kg,paper_count,paper_kg,reusable_sold"
    path = tmp_path / "bags.csv"
    path.write_text(
        "\n".join(
            [
                header,
                "ST01,2025-03-01,100,50,0.3,0,0,0,0,0",
                "ST09,2025-03-01,100,50,0.3,0,0,0,0,0",
                "ST01,2025-03-02,-4,50,0.3,0,0,0,0,0",
                "ST02,2025-03-01,80,40,0.24,0,0,0,0,0",
            ]
        )
        + "\n",
        "utf-8",
    )
    with pytest.raises(ImportRejected):
        import_csv(chain, "bags", path, TAX, today=TODAY)
    assert stored(chain) == []
    skipped = tmp_path / "skipped.csv"
    report = import_csv(
        chain, "bags", path, TAX, ImportOptions(skip_bad_rows=True, skipped_report=skipped), today=TODAY
    )
    assert (report.created, report.skipped) == (2, 2)
    lines = skipped.read_text("utf-8-sig").splitlines()
    assert lines[0] == "line,column,reason" and [line.split(",")[0] for line in lines[1:]] == ["3", "4"]


def test_dry_run_shows_what_would_change_and_saves_nothing(chain, tmp_path) -> None:
    header = "store,date,transactions,nonbio_count,nonbio_kg,bio_count,bio_kg,paper_count,paper_kg,reusable_sold"
    path = tmp_path / "bags.csv"
    path.write_text(header + "\nST01,2025-03-01,100,50,0.3,0,0,0,0,0\n", "utf-8")
    import_csv(chain, "bags", path, TAX, today=TODAY)
    path.write_text(header + "\nST01,2025-03-01,100,55,0.33,0,0,0,0,0\nST02,2025-03-01,10,5,0.03,0,0,0,0,0\n", "utf-8")
    preview = import_csv(chain, "bags", path, TAX, ImportOptions(dry_run=True), today=TODAY)
    assert preview.dry_run and (preview.created, preview.replaced) == (1, 1)
    assert preview.preview[0]["store"] == "ST01" and preview.preview[0]["nonbio_count"] == 55
    assert stored(chain) == [("ST01", "2025-03-01", 100, 50, 0.3)]  # unchanged


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=400) | st.text(max_size=300).map(lambda t: t.encode("utf-8")))
def test_any_bytes_give_a_clear_error_or_a_clean_import(chain, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(
        b"store,date,transactions,nonbio_count,nonbio_kg,bio_count,bio_kg,paper_count,paper_kg,"
        b"reusable_sold\n" + content
    )
    before = chain.db.execute("SELECT count(*) FROM bag_log").fetchone()[0]
    try:
        import_csv(chain, "bags", path, TAX, today=TODAY)
    except (ImportRejected, DomainError) as error:
        assert error.render()  # a message, and nothing was stored
        assert chain.db.execute("SELECT count(*) FROM bag_log").fetchone()[0] == before
    path.write_bytes(content)  # no header at all
    with pytest.raises((ImportRejected, DomainError)):
        import_csv(chain, "bags", path, TAX, today=TODAY)


def test_a_mapped_layout_comes_in_by_itself_next_month(chain, tmp_path) -> None:
    def month(number: int) -> Path:
        path = tmp_path / f"pos-{number}.csv"
        path.write_text(f"Mã CH;Ngày bán;Lượt khách;Túi nilon\nST01;0{number}/02/2025;1.500;2.100\n", "utf-8")
        return path

    mapping = Mapping(
        columns={"store": "Mã CH", "date": "Ngày bán", "transactions": "Lượt khách", "nonbio_count": "Túi nilon"},
        constants={k: "0" for k in ("nonbio_kg", "bio_count", "bio_kg", "paper_count", "paper_kg", "reusable_sold")},
        number_format="vi",
    )
    with pytest.raises(ImportRejected):  # the first time the app cannot guess this layout
        import_csv(chain, "bags", month(1), TAX, today=TODAY)
    assert import_csv(chain, "bags", month(1), TAX, ImportOptions(mapping), today=TODAY).created == 1
    assert import_csv(chain, "bags", month(2), TAX, today=TODAY).created == 1  # next month: no mapping needed
    assert [row[:4] for row in stored(chain)] == [
        ("ST01", "2025-02-01", 1500, 2100),
        ("ST01", "2025-02-02", 1500, 2100),
    ]
