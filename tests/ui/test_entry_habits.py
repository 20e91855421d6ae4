"""The forms as a supermarket manager and a factory officer use them day after day (issue: imports and
data entry that never get a number wrong): dates, what stays chosen, where the saved record is, undo from
a field, figures shown as entered, a record's history, and paste and import files that are asked about
instead of guessed."""

import datetime as dt

from openpyxl import Workbook
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QLineEdit, QMessageBox, QPushButton

from scp_desktop.ui.import_dialog import ImportDialog, start_import
from tests.ui.conftest import CHAIN, TEXTILE, page, visible_box


def set_text(editor, name: str, text: str) -> None:
    """Vietnamese text is set directly (QTest types Latin-1 only), with the edit signal a user's typing sends."""
    widget: QLineEdit = editor.inputs[name]
    widget.setText(text)
    widget.textEdited.emit(text)


def water_page(window):
    resources = page(window, "production")
    water = next(p for p in resources.pages if p.kind.code == "water")
    resources.tabs.setCurrentWidget(water)
    return water


def choose(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def fill_bag_day(editor, day: str) -> None:
    set_text(editor, "date", day)
    for name, text in (
        ("transactions", "1.200"),
        ("nonbio_count", "640"),
        ("nonbio_kg", "3,84"),
        ("bio_count", "0"),
        ("bio_kg", "0"),
        ("paper_count", "0"),
        ("paper_kg", "0"),
        ("reusable_sold", "0"),
    ):
        set_text(editor, name, text)
    editor.check()


def test_a_daily_log_starts_today_and_never_moves_into_the_future(qtbot, window) -> None:
    window.ctx.set_organization(CHAIN)
    bags = page(window, "bags")
    today = dt.date.today()  # now, not when the tests were collected (a run can cross midnight)
    bags.new_record()
    assert bags.editor.inputs["date"].text() == today.strftime("%d/%m/%Y")
    fill_bag_day(bags.editor, today.strftime("%d/%m/%Y"))
    bags.save()
    assert bags.editor.inputs["date"].text() == today.strftime("%d/%m/%Y")  # tomorrow has not begun
    assert not bags.editor.messages["date"].isVisible()  # no "future date" error after a save
    yesterday = today - dt.timedelta(days=1)
    fill_bag_day(bags.editor, yesterday.strftime("%d/%m/%Y"))
    bags.save()
    assert bags.editor.inputs["date"].text() == today.strftime("%d/%m/%Y")  # the next day, which is today


def test_the_bag_log_shows_the_newest_day_first_and_selects_what_was_saved(qtbot, window) -> None:
    window.ctx.set_organization(CHAIN)
    bags = page(window, "bags")
    newest = window.ctx.workspace.db.execute(
        "SELECT max(date) FROM bag_log b JOIN facilities f ON f.id = b.facility_id JOIN organizations o"
        " ON o.id = f.org_id WHERE o.tax_code = ?",
        [CHAIN],
    ).fetchone()[0]
    assert bags.model.row_as_text(0)["date"] == newest
    header = bags.table.horizontalHeader()  # and the header's arrow says so
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.DescendingOrder)
    day = dt.date(2024, 2, 29)
    store = bags.editor.inputs["store"].currentData()
    fill_bag_day(bags.editor, day.strftime("%d/%m/%Y"))
    bags.save()
    (selected,) = bags.table.selectionModel().selectedRows()
    shown = bags.model.row_as_text(selected.row())
    assert (shown["store"], shown["date"]) == (store, day.isoformat())
    assert bags.editor.saved_note.isVisible() and bags.editor.saved_note.text() == "Đã lưu."
    bags.editor.inputs["transactions"].textEdited.emit("1")
    assert not bags.editor.saved_note.isVisible()  # editing again: no longer "saved"


def test_stream_and_route_stay_chosen_between_saves(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    waste = page(window, "waste")
    editor = waste.editor
    set_text(editor, "period", "2001-04")
    choose(editor.inputs["stream"], "glass")
    for route, tonnes in (("recycled", "1,5"), ("landfilled", "0,5"), ("reused", "0,25")):
        choose(editor.inputs["route"], route)
        set_text(editor, "quantity_t", tonnes)
        editor.check()
        waste.save()
        assert editor.inputs["stream"].currentData() == "glass"  # not chosen again for the next route
        assert editor.inputs["period"].text() == "2001-04"
        assert editor.inputs["quantity_t"].text() == ""
    stored = window.ctx.workspace.db.execute(
        "SELECT route, quantity_t FROM waste_flow WHERE period = '2001-04' AND stream = 'glass' ORDER BY route"
    ).fetchall()
    assert stored == [("landfilled", 0.5), ("recycled", 1.5), ("reused", 0.25)]


def press(widget, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """A key press as the window system delivers it: the shortcut override first, then the key."""
    override = QKeyEvent(QEvent.Type.ShortcutOverride, key, modifiers)
    if not QApplication.sendEvent(widget, override) or not override.isAccepted():
        QApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))


def test_ctrl_z_in_a_field_undoes_typing_first_then_the_last_save(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    water = water_page(window)
    editor = water.editor
    rows = water.model.rowCount()
    set_text(editor, "period", "2001-05")
    set_text(editor, "quantity_m3", "45.230,5")
    editor.check()
    water.save()
    assert water.model.rowCount() == rows + 1
    field = editor.inputs["quantity_m3"]
    field.setFocus()
    qtbot.keyClicks(field, "12")
    assert field.isUndoAvailable()
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undoes the typing …
    assert water.model.rowCount() == rows + 1
    while field.isUndoAvailable():
        qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # … then the save itself
    assert water.model.rowCount() == rows


def test_the_table_shows_figures_as_entered(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    water = water_page(window)
    editor = water.editor
    set_text(editor, "period", "2001-06")
    set_text(editor, "quantity_m3", "45.230,5")
    editor.check()
    water.save()
    (row,) = water.table.selectionModel().selectedRows()
    column = water.model.columns.index("quantity_m3")
    assert water.model.index(row.row(), column).data() == "45.230,5"  # not 45.230
    water.table.clearSelection()
    water.table.selectRow(row.row())
    assert editor.inputs["quantity_m3"].text() == "45.230,5"  # back in the form as typed


def test_toe_in_the_table_has_the_digits_of_the_form(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    energy = page(window, "energy")
    editor = energy.editor
    set_text(editor, "period", "2001-07")
    choose(editor.inputs["fuel"], "electricity")
    set_text(editor, "quantity", "12.345")
    editor.check()
    # 12,345 kWh × 0.0001543 TOE/kWh = 1.9048335 TOE
    assert editor.computed.text().startswith("= 1,905 TOE")
    energy.save()
    (row,) = energy.table.selectionModel().selectedRows()
    assert energy.model.index(row.row(), energy.model.columnCount() - 1).data() == "1,905"


def test_a_records_history_shows_who_changed_what(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    water = water_page(window)
    editor = water.editor
    for amount in ("4.000", "4.200"):
        set_text(editor, "period", "2001-08")
        set_text(editor, "quantity_m3", amount)
        editor.check()
        water.save()
    assert editor.history_button.isEnabled()
    water.show_history()
    dialog = water.findChild(QDialog, "record_history_dialog")
    model = dialog.model
    changes = [model.item(r, 3).text() for r in range(model.rowCount())]
    assert changes == ["tạo mới", "Lượng nước sử dụng: 4.000 → 4.200"]
    assert model.item(0, 2).text() == "ứng dụng máy tính"


def test_paste_asks_how_a_column_writes_its_numbers(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    water = water_page(window)
    QApplication.clipboard().setText("NM01\t2001-09\t1.250\nNM01\t2001-10\t2.500\n")
    water.paste()
    question = visible_box(water, "ask_convention")
    assert "“1.250”: là 1250 nếu viết kiểu 1.234,5, là 1,25 nếu viết kiểu 1,234.5" in question.text()
    question.findChild(QPushButton, "convention_vi").click()
    stored = window.ctx.workspace.db.execute(
        "SELECT period, quantity_m3 FROM water_use WHERE period IN ('2001-09', '2001-10') ORDER BY period"
    ).fetchall()
    assert stored == [("2001-09", 1250.0), ("2001-10", 2500.0)]
    water.undo_stack.undo()  # the paste is one step
    assert window.ctx.workspace.db.execute("SELECT count(*) FROM water_use WHERE period = '2001-09'").fetchone() == (0,)


def test_paste_with_a_decisive_cell_is_not_asked(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    water = water_page(window)
    QApplication.clipboard().setText("NM01\t2001-11\t1.250\nNM01\t2001-12\t812.345,6\n")
    water.paste()
    assert water.findChild(QMessageBox, "ask_convention") is None
    stored = window.ctx.workspace.db.execute(
        "SELECT quantity_m3 FROM water_use WHERE period IN ('2001-11', '2001-12') ORDER BY period"
    ).fetchall()
    assert stored == [(1250.0,), (812345.6,)]


def energy_book(path, rows: list[tuple]) -> None:
    book = Workbook()
    sheet = book.active
    sheet["A1"] = "BÁO CÁO TIÊU THỤ NĂNG LƯỢNG 2002"
    sheet.append(["Cơ sở", "Kỳ", "Nhiên liệu", "Số lượng", "Đơn vị"])
    for row in rows:
        sheet.append(list(row))
    book.save(path)


def open_dialog(window, kind: str, path) -> ImportDialog:
    dialog = ImportDialog(window.ctx, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.path.setText(str(path))
    dialog.read_columns()
    dialog.show()
    return dialog


def test_the_import_dialog_asks_instead_of_guessing_and_remembers(qtbot, window, tmp_path) -> None:
    window.ctx.set_organization(TEXTILE)
    path = tmp_path / "nang-luong.xlsx"
    energy_book(path, [("NM01", "01/2002", "Điện", "790.120", "kWh"), ("NM01", "02/2002", "Điện", "812.345", "kWh")])
    dialog = open_dialog(window, "energy", path)
    dialog.check()
    qtbot.waitUntil(dialog.conventions_group.isVisible, timeout=10_000)
    choice = dialog.convention_choice["quantity"]
    assert "“790.120” = 790120 hoặc 790,12" in dialog.conventions_form.labelForField(choice).text()
    choice.setCurrentIndex(choice.findData("vi"))
    dialog.check()
    qtbot.waitUntil(lambda: "Chưa có gì được lưu" in dialog.summary.text(), timeout=10_000)
    assert "2 mới" in dialog.summary.text()
    start_import(window, window.ctx, "energy", path, dialog.options())
    sql = "SELECT period, quantity FROM energy_use WHERE period LIKE '2002-0%' ORDER BY period"
    qtbot.waitUntil(lambda: len(window.ctx.workspace.db.execute(sql).fetchall()) == 2, timeout=10_000)
    assert window.ctx.workspace.db.execute(sql).fetchall() == [("2002-01", 790120.0), ("2002-02", 812345.0)]
    march = tmp_path / "thang-3.xlsx"  # the same layout next month: answered already
    energy_book(march, [("NM01", "03/2002", "Điện", "801.500", "kWh")])
    again = open_dialog(window, "energy", march)
    again.check()
    qtbot.waitUntil(lambda: "Chưa có gì được lưu" in again.summary.text(), timeout=10_000)
    assert not again.conventions_group.isVisible() and "1 mới" in again.summary.text()


def test_an_unknown_value_is_mapped_once_and_counted(qtbot, window, tmp_path) -> None:
    window.ctx.set_organization(TEXTILE)
    path = tmp_path / "dien.xlsx"
    energy_book(
        path,
        [("NM01", "04/2002", "Điện EVN", "790,5", "kWh"), ("NM01", "05/2002", "Điện EVN", "801,25", "kWh")],
    )
    dialog = open_dialog(window, "energy", path)
    dialog.check()
    qtbot.waitUntil(dialog.values_group.isVisible, timeout=10_000)
    choice = dialog.value_choice[("fuel", "Điện EVN")]
    assert "(2 dòng)" in dialog.values_form.labelForField(choice).text()
    choice.setCurrentIndex(choice.findData("electricity"))
    dialog.check()
    qtbot.waitUntil(lambda: "2 mới" in dialog.summary.text(), timeout=10_000)
    listed = [dialog.problems.item(i).text() for i in range(dialog.problems.count())]
    assert "Nhiên liệu: “Điện EVN” được hiểu là Điện ở 2 dòng" in listed


def test_the_check_lists_each_replaced_value_and_flags_a_thousandfold_change(qtbot, window, tmp_path) -> None:
    window.ctx.set_organization(TEXTILE)
    path = tmp_path / "thang-6.xlsx"
    energy_book(path, [("NM01", "06/2002", "Điện", "790.120,0", "kWh")])
    dialog = open_dialog(window, "energy", path)
    start_import(window, window.ctx, "energy", path, dialog.options())
    sql = "SELECT quantity FROM energy_use WHERE period = '2002-06'"
    qtbot.waitUntil(lambda: window.ctx.workspace.db.execute(sql).fetchone() is not None, timeout=10_000)
    fixed = tmp_path / "thang-6-sua.xlsx"
    energy_book(fixed, [("NM01", "06/2002", "Điện", "790,12", "kWh")])
    check = open_dialog(window, "energy", fixed)
    check.check()
    qtbot.waitUntil(check.changes.isVisible, timeout=10_000)
    model = check.changes_model
    assert [model.item(0, c).text() for c in range(4)] == ["NM01 · 2002-06 · Điện", "Số lượng", "790.120", "790,12"]
    assert model.item(0, 2).background().color().name() == "#fde7c8"  # more than ×10
    assert window.ctx.workspace.db.execute(sql).fetchone() == (790120.0,)  # a check stores nothing


def test_a_month_far_from_its_neighbours_warns_at_the_field(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    energy = page(window, "energy")
    editor = energy.editor
    for month, kwh in ((1, "812.345,6"), (2, "790.120"), (3, "801.500"), (5, "805.000")):
        set_text(editor, "period", f"2003-{month:02d}")
        choose(editor.inputs["fuel"], "electricity")
        set_text(editor, "quantity", kwh)
        editor.check()
        energy.save()
    set_text(editor, "period", "2003-04")
    set_text(editor, "quantity", "790,12")  # the thousands dot misread as a decimal comma
    editor.check()
    message = editor.messages["quantity"]
    assert message.isVisible() and "chỉ bằng 1/" in message.text() and "các kỳ lân cận" in message.text()
    assert editor.save_button.isEnabled()  # a warning: the figure may be right, and can be saved
