"""Enterprise files as LibreOffice saves them (tests/fixtures/spreadsheets, made by make_spreadsheets.py):
Vietnamese titles, headers, names and units, formulas with cached values, numbers typed as text. Each
imports exactly, with no mapping, as XLSX and as the CSV a Vietnamese copy exports."""

import datetime as dt
from pathlib import Path

import pytest

from scp_desktop.services.importer import import_csv
from scp_desktop.services.workspace import Workspace

FILES = Path(__file__).parent.parent / "fixtures" / "spreadsheets"
TEXTILE, CHAIN = "0300588569", "0100234562"
TODAY = dt.date(2026, 11, 24)

# What the mill's sheet says, read by a person: electricity in kWh (February and May are "3 % below the
# month before", rounded to 0.1 kWh by the sheet's formula), coal in tonnes, diesel in litres.
ENERGY = [
    ("2023-01", "coal_3_4", 12.5, "t"),
    ("2023-01", "electricity", 812_345.6, "kWh"),
    ("2023-02", "coal_3_4", 11.75, "t"),
    ("2023-02", "electricity", 787_975.2, "kWh"),  # ROUND(812,345.6 × 0.97; 1) = 787,975.2
    ("2023-03", "do", 1_250.0, "L"),  # "1.250" lít, typed as text in a column that writes 12,5
    ("2023-03", "electricity", 790_120.0, "kWh"),
    ("2023-04", "electricity", 801_500.0, "kWh"),
    ("2023-05", "electricity", 777_455.0, "kWh"),  # ROUND(801,500 × 0.97; 1)
    ("2023-06", "electricity", 845_210.4, "kWh"),
]
# The supermarket's log: store, day, transactions, non-biodegradable bags and kg, biodegradable, paper, reusable.
BAGS = [
    ("ST01", "2025-01-02", 1210, 1454, 8.724, 120, 0.96, 40, 0.8, 5),
    ("ST01", "2025-01-03", 1305, 1512, 9.072, 130, 1.04, 42, 0.84, 3),  # 1.512 bags typed as text
    ("ST02", "2025-01-02", 980, 1102, 6.612, 95, 0.76, 30, 0.6, 2),
    ("ST02", "2025-01-03", 1012, 1156, 6.936, 101, 0.808, 33, 0.66, 4),
]


@pytest.fixture
def enterprises(ws: Workspace) -> Workspace:
    ws.add_organization(tax_code=TEXTILE, name="Công ty TNHH Dệt Thử", kind="doanh nghiệp sản xuất", province="79")
    ws.add_facility(TEXTILE, code="NM01", name="Nhà máy Dệt 1", kind="nhà máy")
    ws.add_organization(tax_code=CHAIN, name="Siêu thị Thử", kind="siêu thị", province="Hà Nội")
    for code in ("ST01", "ST02"):
        ws.add_facility(CHAIN, code=code, name=f"Cửa hàng {code}", kind="cửa hàng")
    return ws


@pytest.mark.parametrize("name", ["nang-luong-2023.xlsx", "nang-luong-2023.csv"])
def test_a_mills_own_energy_sheet_imports_exactly(enterprises: Workspace, name: str) -> None:
    report = import_csv(enterprises, "energy", FILES / name, TEXTILE, today=TODAY)
    assert (report.rows, report.created, report.skipped) == (9, 9, 0)
    assert report.conventions == {"quantity": "vi"}
    stored = enterprises.db.execute(
        "SELECT period, fuel, quantity, unit FROM energy_use ORDER BY period, fuel"
    ).fetchall()
    assert stored == ENERGY


@pytest.mark.parametrize("name", ["tui-ni-long-2025-01.xlsx", "tui-ni-long-2025-01.csv"])
def test_a_supermarkets_own_bag_log_imports_exactly(enterprises: Workspace, name: str) -> None:
    report = import_csv(enterprises, "bags", FILES / name, CHAIN, today=TODAY)
    assert (report.rows, report.created, report.skipped) == (4, 4, 0)
    stored = enterprises.db.execute(
        "SELECT f.code, b.date, transactions, nonbio_count, nonbio_kg, bio_count, bio_kg, paper_count, paper_kg,"
        " reusable_sold FROM bag_log b JOIN facilities f ON f.id = b.facility_id ORDER BY 1, 2"
    ).fetchall()
    assert stored == BAGS


def test_the_fixtures_are_what_libreoffice_saved() -> None:
    """Formula cells carry LibreOffice's cached value (openpyxl alone would leave them empty)."""
    from openpyxl import load_workbook

    sheet = load_workbook(FILES / "nang-luong-2023.xlsx", data_only=True).active
    formulas = load_workbook(FILES / "nang-luong-2023.xlsx").active
    assert str(formulas["F6"].value).startswith("=ROUND(")
    assert sheet["F6"].value == pytest.approx(787_975.2)
