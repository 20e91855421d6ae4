"""CSV import: all-or-nothing, every bad row listed, idempotent, header variants."""

import datetime as dt
from pathlib import Path

import pytest

from scp_desktop.services.importer import ImportRejected, import_csv
from tests.conftest import write_csv

TAX = "0100234562"
TODAY = dt.date(2026, 11, 24)
BAG_HEADER = "store,date,transactions,nonbio_count,nonbio_kg,bio_count,bio_kg,paper_count,paper_kg,reusable_sold"


@pytest.fixture
def chain(ws):
    ws.add_organization(tax_code=TAX, name="Siêu thị Xanh", kind="supermarket", province="Hà Nội")
    for code in ("ST01", "ST02"):
        ws.add_facility(TAX, code=code, name=f"Cửa hàng {code}", kind="store")
    return ws


def count(ws, table: str) -> int:
    return ws.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_bad_rows_import_nothing_and_are_all_listed(chain, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "bags.csv",
        BAG_HEADER,
        [
            "ST01,2025-01-01,1000,500,3,0,0,0,0,0",
            "ST01,2025-01-02,1000,-5,3,0,0,0,0,0",
            "ST09,2025-01-03,1000,500,3,0,0,0,0,0",
            "ST01,2025-01-04,1000,500,abc,0,0,0,0,0",
            "ST01,2099-01-05,1000,500,3,0,0,0,0,0",
            "ST02,2025-01-06,1000,500,3,0,0,0,0,0",
        ],
    )
    with pytest.raises(ImportRejected) as caught:
        import_csv(chain, "bags", path, TAX, today=TODAY)
    problems = [(p.line, p.column) for p in caught.value.problems]
    assert problems == [(3, "nonbio_count"), (4, "store"), (5, "nonbio_kg"), (6, "date")]
    assert caught.value.bad_rows == 4
    assert count(chain, "bag_log") == 0 and count(chain, "import_batches") == 0


def test_same_file_twice_does_not_double_count(chain, tmp_path: Path) -> None:
    rows = [f"ST01,2025-01-{d:02d},1000,500,3,10,0.1,5,0.1,1" for d in range(1, 31)]
    path = write_csv(tmp_path / "bags.csv", BAG_HEADER, rows)
    first = import_csv(chain, "bags", path, TAX, today=TODAY)
    second = import_csv(chain, "bags", path, TAX, today=TODAY)
    assert (first.created, first.replaced, first.unchanged) == (30, 0, 0)
    assert (second.created, second.replaced, second.unchanged) == (0, 0, 30)
    assert count(chain, "bag_log") == 30
    rows[4] = "ST01,2025-01-05,1000,400,2.4,10,0.1,5,0.1,1"  # a corrected day
    third = import_csv(chain, "bags", write_csv(tmp_path / "fixed.csv", BAG_HEADER, rows), TAX, today=TODAY)
    assert (third.created, third.replaced, third.unchanged) == (0, 1, 29)
    audit = chain.db.execute(
        "SELECT field, old_value, new_value, source FROM audit_log WHERE action = 'update' ORDER BY field"
    ).fetchall()
    assert audit == [("nonbio_count", 500, 400, "import"), ("nonbio_kg", 3.0, 2.4, "import")]


def test_vietnamese_headers_semicolons_bom_and_decimal_commas(chain, tmp_path: Path) -> None:
    header = (
        "Cửa hàng;Ngày;Số giao dịch;Túi khó phân hủy;Túi khó phân hủy (kg);Túi phân hủy sinh học;"
        "Túi phân hủy sinh học (kg);Túi giấy;Túi giấy (kg);Túi dùng nhiều lần"
    )
    path = write_csv(tmp_path / "tui.csv", header, ["ST01;05/01/2025;1.200;600;3,6;0;0;0;0;0"], encoding="utf-8-sig")
    report = import_csv(chain, "bags", path, TAX, today=TODAY)
    assert report.created == 1
    row = chain.db.execute("SELECT date, transactions, nonbio_kg FROM bag_log").fetchone()
    assert row == ("2025-01-05", 1200, 3.6)


def test_headers_without_diacritics_and_extra_columns(chain, tmp_path: Path) -> None:
    header = (
        "cua hang,ngay,so giao dich,ghi chu,tui kho phan huy,tui kho phan huy kg,tui phan huy sinh hoc,"
        "tui phan huy sinh hoc kg,tui giay,tui giay kg,tui dung nhieu lan"
    )
    path = write_csv(tmp_path / "tui.csv", header, ["ST02,2025-01-05,900,note,450,2.7,0,0,0,0,0"])
    assert import_csv(chain, "bags", path, TAX, today=TODAY).created == 1


def test_missing_column_is_named(chain, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bags.csv", "store,date,transactions", ["ST01,2025-01-01,5"])
    with pytest.raises(ImportRejected) as caught:
        import_csv(chain, "bags", path, TAX, today=TODAY)
    assert {p.column for p in caught.value.problems} >= {"nonbio_count", "reusable_sold"}
    assert all(p.line == 1 for p in caught.value.problems)


@pytest.mark.parametrize(
    ("content", "fragment"),
    [(b"", "empty"), (b"store,date\xff\xfe\n", "is missing"), (b"\n\n", "empty")],
)
def test_malformed_files_get_a_clear_message(chain, tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRejected) as caught:
        import_csv(chain, "bags", path, TAX, today=TODAY)
    assert fragment in caught.value.problems[0].message.render()


def test_warnings_are_reported_and_rows_saved(chain, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "bags.csv", BAG_HEADER, ["ST01,2025-01-01,10,300,1.8,0,0,0,0,0"])
    report = import_csv(chain, "bags", path, TAX, today=TODAY)
    assert report.created == 1 and report.warning_count == 1
    assert report.warnings[0].line == 2 and report.warnings[0].column == "nonbio_count"


def test_periodic_import_refuses_overlap_within_the_file(ws, tmp_path: Path) -> None:
    ws.add_organization(tax_code="0300588569", name="Dệt", kind="manufacturer", province="79")
    ws.add_facility("0300588569", code="NM01", name="Nhà máy", kind="plant")
    path = write_csv(
        tmp_path / "energy.csv",
        "facility,period,fuel,quantity,unit",
        ["NM01,2025-01,electricity,1000,kWh", "NM01,2025,electricity,12000,kWh"],
    )
    with pytest.raises(ImportRejected) as caught:
        import_csv(ws, "energy", path, "0300588569", today=TODAY)
    assert [(p.line, p.column) for p in caught.value.problems] == [(3, "period")]
    assert count(ws, "energy_use") == 0


def test_cancel_leaves_nothing(chain, tmp_path: Path) -> None:
    rows = [
        f"ST01,{(dt.date(2020, 1, 1) + dt.timedelta(days=i)).isoformat()},1000,500,3,0,0,0,0,0" for i in range(40_000)
    ]
    path = write_csv(tmp_path / "big.csv", BAG_HEADER, rows)
    seen: list[float] = []
    with pytest.raises(Exception, match="cancelled"):
        import_csv(chain, "bags", path, TAX, today=TODAY, progress=seen.append, cancelled=lambda: len(seen) >= 1)
    assert seen and 0 < seen[0] <= 1
    assert count(chain, "bag_log") == 0 and count(chain, "import_batches") == 0
