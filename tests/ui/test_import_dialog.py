"""The import dialog: columns guessed from a supermarket's own Excel layout, fixed by the user,
checked before anything is stored, imported with bad rows skipped, and recalled next month."""

import datetime as dt

from openpyxl import Workbook

from scp_desktop.ui.import_dialog import ImportDialog, start_import
from tests.ui.conftest import CHAIN


def own_layout(path, month: int, bad: bool = False) -> None:
    book = Workbook()
    sheet = book.active
    sheet["A1"] = f"SỔ THEO DÕI TÚI NI LÔNG THÁNG {month}/2026"
    sheet.merge_cells("A1:E1")
    sheet.append(["Cửa hàng", "Ngày", "Lượt khách", "Túi nilon (cái)", "Túi nilon (kg)"])
    for day in range(1, 6):
        sheet.append(["ST09", dt.date(2026, month, day), 1000 + day, 600, 3.6])
    if bad:
        sheet.append(["ST09", dt.date(2026, month, 9), -5, 600, 3.6])
    book.save(path)


def stored_days(window) -> int:
    sql = "SELECT count(*) FROM bag_log b JOIN facilities f ON f.id = b.facility_id WHERE f.code = 'ST09'"
    return window.ctx.workspace.db.execute(sql).fetchone()[0]


def test_own_excel_layout_in_a_few_clicks_then_in_one(qtbot, window, tmp_path) -> None:
    window.ctx.workspace.add_facility(CHAIN, code="ST09", name="Cửa hàng mới", kind="store")
    window.ctx.set_organization(CHAIN)
    first = tmp_path / "thang-3.xlsx"
    own_layout(first, 3, bad=True)
    dialog = ImportDialog(window.ctx, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("bags"))
    dialog.path.setText(str(first))
    dialog.read_columns()
    # guessed: store, date; the rest the user picks
    assert dialog.column_choice["store"].currentData() == "Cửa hàng"
    assert dialog.column_choice["date"].currentData() == "Ngày"
    for field, column in (
        ("transactions", "Lượt khách"),
        ("nonbio_count", "Túi nilon (cái)"),
        ("nonbio_kg", "Túi nilon (kg)"),
    ):
        dialog.column_choice[field].setCurrentIndex(dialog.column_choice[field].findData(column))
    for field in ("bio_count", "bio_kg", "paper_count", "paper_kg", "reusable_sold"):
        dialog.constant[field].setText("0")
    dialog.check()
    qtbot.waitUntil(lambda: "Chưa có gì được lưu" in dialog.summary.text(), timeout=10_000)
    assert "5 mới" in dialog.summary.text() and "1 dòng lỗi" in dialog.summary.text()
    assert dialog.preview_model.rowCount() == 5 and dialog.problems.count() == 1
    assert window.ctx.workspace.records.bag_totals(window.ctx.organization.id, 2026).days > 5  # demo data only
    before = window.ctx.workspace.records.bag_totals(window.ctx.organization.id, 2026).days
    dialog.skip_bad.setChecked(True)
    start_import(window, window.ctx, "bags", first, dialog.options())
    qtbot.waitUntil(
        lambda: (
            window.ctx.workspace.records.bag_totals(window.ctx.organization.id, 2026).days
            == before + 5 - len([d for d in range(1, 6) if dt.date(2026, 3, d) <= dt.date(2026, 11, 24)]) + 5
        ),
        timeout=10_000,
    )
    assert (tmp_path / "thang-3.xlsx.skipped.csv").exists()

    second = tmp_path / "thang-4.xlsx"  # next month, same layout: nothing to map
    own_layout(second, 4)
    again = ImportDialog(window.ctx, window)
    again.kind.setCurrentIndex(again.kind.findData("bags"))
    again.path.setText(str(second))
    again.read_columns()
    assert "đã được ghép cột" in again.summary.text()
    assert again.column_choice["transactions"].currentData() == "Lượt khách"
    assert again.constant["bio_count"].text() == "0"
