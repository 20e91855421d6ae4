"""The compliance calendar, dates worked out by hand from the duties' legal rules."""

import datetime as dt

import pytest

from scp_desktop.services.compliance import calendar, report_year
from scp_desktop.services.importer import import_csv
from scp_desktop.services.workspace import Workspace

MILL = "0300588569"


@pytest.fixture
def mill(ws: Workspace, tmp_path) -> Workspace:
    ws.add_organization(tax_code=MILL, name="Công ty Thép Thử", kind="manufacturer", province="79")
    ws.add_facility(MILL, code="NM01", name="Nhà máy phôi thép", kind="plant")
    ws.add_facility(MILL, code="KHO1", name="Kho thành phẩm", kind="warehouse")
    ws.update_facility(MILL, "NM01", today=dt.date(2026, 1, 1), last_energy_audit="2023-06-30")
    rows = [f"NM01,2025-{m:02d},electricity,1000000,kWh" for m in range(1, 12)]  # December not yet entered
    rows += ["KHO1,2025,electricity,100000,kWh"]
    path = tmp_path / "e.csv"
    path.write_text("facility,period,fuel,quantity,unit\n" + "\n".join(rows) + "\n", encoding="utf-8")
    import_csv(ws, "energy", path, MILL, today=dt.date(2026, 1, 1))
    return ws


def test_the_report_year_turns_after_the_15_january_deadline() -> None:
    assert report_year(dt.date(2026, 1, 15)) == 2025
    assert report_year(dt.date(2026, 1, 16)) == 2026


def test_a_key_energy_users_deadlines_and_what_is_missing(mill: Workspace) -> None:
    # 11 × 1,000,000 kWh × 0.0001543 = 1,697.3 TOE ≥ 1,000: NM01 is a key energy user; 11,000 MWh × 0.6592 =
    # 7,251 t CO₂ ≥ 3,000 t: it meets the GHG-inventory criteria too. KHO1: 15.4 TOE, no duty.
    today = dt.date(2026, 1, 5)
    found = {d.duty.code: d for d in calendar(mill, MILL, today) if d.facility.code == "NM01"}
    report = found["annual_energy_report"]
    assert (report.due, report.days_left(today), report.covers_year) == (dt.date(2026, 1, 15), 10, 2025)
    assert [m.render() for m in report.missing] == ["Electricity of month 12 not recorded"]
    assert found["energy_audit"].due == dt.date(2026, 6, 30)  # three years after 30 June 2023
    assert found["annual_plan"].due is None and not found["annual_plan"].duty.verified  # no confirmed date
    assert found["ghg_inventory_report"].due == dt.date(2027, 3, 31)  # every two years from 2025
    assert not found["ghg_inventory_report"].duty.verified
    assert not [d for d in calendar(mill, MILL, today) if d.facility.code == "KHO1"]
    assert next(d.duty.code for d in calendar(mill, MILL, today)) == "annual_energy_report"  # soonest first
