"""Data entry as a user does it: typing, live values, messages at the field, Enter, undo, paste."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QMessageBox

from scp_desktop.domain.records import BAGS
from tests.ui.conftest import CHAIN, TEXTILE, page, visible_box


def type_into(qtbot, widget: QLineEdit, text: str) -> None:
    """Type like a user (ASCII here; Vietnamese text is set directly: QTest takes Latin-1 only)."""
    widget.setFocus()
    widget.clear()
    qtbot.keyClicks(widget, text)


def choose(combo: QComboBox, code: str) -> None:
    combo.setCurrentIndex(combo.findData(code))


def test_energy_entry_with_live_toe_enter_saves_and_undo(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    energy = page(window, "energy")
    editor = energy.editor
    rows_before = energy.model.rowCount()
    type_into(qtbot, editor.inputs["period"], "2001-02")
    choose(editor.inputs["fuel"], "electricity")
    choose(editor.inputs["unit"], "kWh")
    type_into(qtbot, editor.inputs["quantity"], "1.234.567,5")  # Vietnamese grouping and decimal comma
    qtbot.waitUntil(lambda: "TOE" in editor.computed.text())
    # 1,234,567.5 kWh × 0.0001543 = 190.494 TOE; × 0.6592 t/MWh (2001 → earliest factor, 2014's 0.6612)
    assert editor.computed.text().startswith("= 190,494 TOE")
    assert editor.save_button.isEnabled()
    qtbot.keyClick(editor.inputs["quantity"], Qt.Key.Key_Return)
    assert energy.model.rowCount() == rows_before + 1
    stored = window.ctx.workspace.db.execute("SELECT quantity FROM energy_use WHERE period = '2001-02'").fetchone()
    assert stored == (1234567.5,)
    assert editor.inputs["quantity"].text() == ""  # ready for the next row
    assert editor.inputs["period"].text() == "2001-02"  # facility and period kept
    energy.undo_stack.undo()
    assert energy.model.rowCount() == rows_before
    energy.undo_stack.redo()
    assert energy.model.rowCount() == rows_before + 1


def test_bad_input_is_shown_at_the_field_and_blocks_saving(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    editor = page(window, "energy").editor
    type_into(qtbot, editor.inputs["period"], "2001-03")
    type_into(qtbot, editor.inputs["quantity"], "-5")
    qtbot.waitUntil(lambda: editor.messages["quantity"].isVisible())
    assert "không được âm" in editor.messages["quantity"].text()
    assert not editor.save_button.isEnabled()
    type_into(qtbot, editor.inputs["period"], "2001-13")
    qtbot.waitUntil(lambda: "tháng 13" in editor.messages["period"].text())
    type_into(qtbot, editor.inputs["period"], "2001-03")
    type_into(qtbot, editor.inputs["quantity"], "1.234,5")
    qtbot.waitUntil(lambda: not editor.messages["quantity"].isVisible())
    assert editor.save_button.isEnabled()  # 1.234,5 is a number in Vietnamese
    type_into(qtbot, editor.inputs["quantity"], "1,234.5")
    qtbot.waitUntil(lambda: editor.messages["quantity"].isVisible())
    assert editor.messages["quantity"].text() == "“1,234.5” không phải là số viết theo kiểu 1.234,5."  # as typed


def test_the_unit_follows_the_fuel(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    editor = page(window, "energy").editor
    unit = editor.inputs["unit"]
    choose(editor.inputs["fuel"], "electricity")
    assert [unit.itemData(i) for i in range(unit.count())] == ["kWh", "MWh"]
    assert unit.currentData() == "kWh"
    choose(editor.inputs["fuel"], "coal_3_4")
    assert [unit.itemText(i) for i in range(unit.count())] == ["tấn", "kg"]
    assert unit.currentData() == "t"  # the usual one
    choose(editor.inputs["fuel"], "do")
    assert unit.currentData() == "L" and unit.currentText() == "lít"
    energy = page(window, "energy")
    energy.table.selectRow(0)  # a stored record keeps its own unit
    stored = energy.model.row_as_text(0)
    assert (editor.inputs["fuel"].currentData(), unit.currentData()) == (stored["fuel"], stored["unit"])


def test_warning_allows_saving(qtbot, window) -> None:
    window.ctx.set_organization(CHAIN)
    bags = page(window, "bags")
    editor = bags.editor
    values = {
        "date": "02/01/2001",
        "transactions": "10",
        "nonbio_count": "300",
        "nonbio_kg": "1,8",
        "bio_count": "0",
        "bio_kg": "0",
        "paper_count": "0",
        "paper_kg": "0",
        "reusable_sold": "0",
    }
    for name, text in values.items():
        type_into(qtbot, editor.inputs[name], text)
    qtbot.waitUntil(lambda: editor.messages["nonbio_count"].isVisible())
    assert "bất thường" in editor.messages["nonbio_count"].text()
    assert editor.save_button.isEnabled()
    assert "30,00 túi khó phân hủy/giao dịch" in editor.computed.text()
    before = bags.model.rowCount()
    bags.save()
    assert bags.model.rowCount() == before + 1
    assert editor.inputs["date"].text() == "03/01/2001"  # the bag log moves on to the next day


def test_pasting_a_spreadsheet_block_fills_the_log_and_lists_bad_rows(qtbot, window) -> None:
    window.ctx.set_organization(CHAIN)
    bags = page(window, "bags")
    before = bags.model.rowCount()
    QApplication.clipboard().setText(
        "ST01\t05/01/2001\t1.200\t600\t3,6\t0\t0\t0\t0\t0\n"
        "ST02\t05/01/2001\t900\t450\t2,7\t0\t0\t0\t0\t0\n"
        "ST09\t05/01/2001\t900\t-1\t2,7\t0\t0\t0\t0\t0\n"
    )
    bags.table.setFocus()
    bags.paste()
    assert bags.model.rowCount() == before + 2
    items = [bags.paste_errors.item(i).text() for i in range(bags.paste_errors.count())]
    assert items[0] == "Đã dán 2 dòng; 1 dòng cần sửa."
    assert any(item.startswith("Dòng 3, Cửa hàng:") for item in items)
    assert any(item.startswith("Dòng 3, Túi khó phân hủy:") for item in items)
    bags.undo_stack.undo()  # one undo takes back the whole paste
    assert bags.model.rowCount() == before


def test_a_paste_is_undone_and_redone_as_one_step_in_one_transaction(qtbot, window, monkeypatch) -> None:
    window.ctx.set_organization(CHAIN)
    bags = page(window, "bags")
    ws, before = window.ctx.workspace, bags.model.rowCount()
    kept = ws.record_as_text(BAGS, CHAIN, {"store": "ST01", "date": "2026-11-20"})
    assert kept is not None and kept["transactions"] != "7"
    QApplication.clipboard().setText(
        "ST01\t20/11/2026\t7\t1\t0,1\t0\t0\t0\t0\t0\n"  # replaces a logged day
        "ST02\t05/01/2001\t900\t450\t2,7\t0\t0\t0\t0\t0\n"  # a new one
    )
    bags.paste()
    assert bags.model.rowCount() == before + 1
    assert ws.record_as_text(BAGS, CHAIN, {"store": "ST01", "date": "2026-11-20"})["transactions"] == "7"
    changes, transactions, opened = [], [], ws.transaction
    window.ctx.data_changed.connect(changes.append)
    monkeypatch.setattr(ws, "transaction", lambda source: transactions.append(source) or opened(source))
    bags.undo_stack.undo()
    assert changes == ["bags"] and transactions == ["gui"]  # one refresh, one transaction
    assert bags.model.rowCount() == before
    assert ws.record_as_text(BAGS, CHAIN, {"store": "ST01", "date": "2026-11-20"}) == kept
    assert ws.record_as_text(BAGS, CHAIN, {"store": "ST02", "date": "2001-01-05"}) is None
    bags.undo_stack.redo()
    assert changes == ["bags", "bags"] and transactions == ["gui", "gui"] and bags.model.rowCount() == before + 1
    assert ws.record_as_text(BAGS, CHAIN, {"store": "ST01", "date": "2026-11-20"})["transactions"] == "7"


def test_filters_and_sorting(qtbot, window) -> None:
    window.ctx.set_organization(CHAIN)
    bags = page(window, "bags")
    total = bags.model.rowCount()
    choose(bags.facility_filter, bags.facility_filter.itemData(1))
    assert 0 < bags.model.rowCount() < total
    bags.year_filter.setCurrentIndex(bags.year_filter.findData(2025))
    assert bags.model.rowCount() == 365
    bags.month_filter.setCurrentIndex(bags.month_filter.findData(2))
    assert bags.model.rowCount() == 28
    bags.model.sort(3, Qt.SortOrder.DescendingOrder)  # non-biodegradable bags, most first
    counts = [bags.model.row_values(r)[3] for r in range(bags.model.rowCount())]
    assert counts == sorted(counts, reverse=True)
    bags.search.setText("no such store")
    bags.apply_filters()
    assert bags.model.rowCount() == 0


def test_selecting_a_row_loads_it_into_the_editor(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    energy = page(window, "energy")
    energy.table.selectRow(0)
    first = energy.model.row_as_text(0)
    assert energy.editor.inputs["period"].text() == first["period"]
    assert energy.editor.inputs["fuel"].currentData() == first["fuel"]


def test_language_switch_applies_at_once(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    energy = page(window, "energy")
    assert window.nav.item(0).text() == "Tổng quan"
    assert energy.model.headerData(3, Qt.Orientation.Horizontal) == "Số lượng"
    energy.model.sort(3, Qt.SortOrder.AscendingOrder)  # smallest first: a figure with decimals
    vietnamese = energy.model.data(energy.model.index(0, 3))
    assert "," in vietnamese and "." not in vietnamese
    window.set_language("en")
    assert window.nav.item(0).text() == "Overview"
    assert energy.heading.text() == "Energy"
    assert energy.model.headerData(3, Qt.Orientation.Horizontal) == "Quantity"
    assert energy.model.data(energy.model.index(0, 3)) == vietnamese.replace(",", ".")
    assert energy.editor.labels["quantity"].text() == "Quantity"
    window.set_language("vi")
    assert energy.editor.labels["quantity"].text() == "Số lượng"


def test_every_input_has_a_label_buddy_and_accessible_name(qtbot, window) -> None:
    from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit

    for page_widget in window.pages:
        inputs = [*page_widget.findChildren(QLineEdit), *page_widget.findChildren(QComboBox)]
        inputs = [w for w in inputs if not isinstance(w.parent(), QComboBox)]  # a combo's own line edit
        inputs = [w for w in inputs if w.isVisibleTo(page_widget)]  # not the other side of a stacked widget
        buddies = {label.buddy() for label in page_widget.findChildren(QLabel) if label.buddy() is not None}
        for widget in inputs:
            assert widget.accessibleName(), f"{page_widget.page_id}: {widget.objectName() or widget}"
            if widget.placeholderText() if isinstance(widget, QLineEdit) else False:
                continue  # a search box: its placeholder is its label
            assert widget in buddies, f"{page_widget.page_id}: {widget.accessibleName()} has no label buddy"


def test_finalize_makes_the_period_read_only_and_a_correction_reopens_it(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    energy = page(window, "energy")
    assert not energy.finalize_button.isEnabled()  # no period chosen yet
    energy.year_filter.setCurrentIndex(energy.year_filter.findData(2025))
    assert "bản nháp" in energy.report_status.text()
    energy.finalize_button.click()
    question = visible_box(energy, "confirm_finalize")
    assert question.isVisible()
    count = window.ctx.workspace.db.execute(
        "SELECT count(*) FROM energy_use e JOIN facilities f ON f.id = e.facility_id JOIN organizations o"
        " ON o.id = f.org_id WHERE o.tax_code = ? AND e.period LIKE '2025%'",
        [TEXTILE],
    ).fetchone()[0]
    assert "Năng lượng kỳ 2025 (toàn bộ tổ chức)" in question.text() and f"{count} bản ghi" in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert "bản nháp" in energy.report_status.text()  # nothing finalized
    energy.finalize_button.click()
    visible_box(energy, "confirm_finalize").button(QMessageBox.StandardButton.Yes).click()
    assert "Đã chốt, chờ gửi" in energy.report_status.text()
    assert not energy.editor.inputs["quantity"].isEnabled()
    assert not energy.editor.save_button.isEnabled()
    assert energy.correct_button.isEnabled()
    energy.correct_button.click()
    assert "sửa đổi báo cáo" in energy.report_status.text()
    assert energy.editor.inputs["quantity"].isEnabled()
    energy.month_filter.setCurrentIndex(energy.month_filter.findData(3))
    assert energy.model.rowCount() == 3  # electricity, FO and biomass in March


def test_export_button_writes_the_filtered_table(qtbot, window, tmp_path) -> None:
    from tests.ui.conftest import CHAIN

    window.ctx.set_organization(CHAIN)
    bags = page(window, "bags")
    bags.year_filter.setCurrentIndex(bags.year_filter.findData(2025))
    target = tmp_path / "tui-2025.csv"
    bags.export_to(target)
    qtbot.waitUntil(lambda: "Đã xuất" in bags.report_status.text(), timeout=10_000)
    lines = target.read_text("utf-8-sig").splitlines()
    assert len(lines) == bags.model.rowCount() + 1 and lines[0].startswith("Cửa hàng;Ngày")


def test_a_large_log_shows_its_first_rows_at_once_and_is_counted_apart(qtbot, window, monkeypatch) -> None:
    """A count SQLite cannot finish at once (here: none can) is left to a worker: the page shows the
    first rows and says it is counting, the worker's count adds the rest; a save shows its row at once;
    a filter the user comes back to shows its count at once."""
    import datetime as dt

    from scp_desktop.domain.records import BAGS
    from scp_desktop.ui import record_model

    monkeypatch.setattr(record_model, "COUNT_AT_ONCE_S", 0.0)
    ws = window.ctx.workspace
    stores = list(ws.owner_ids(BAGS, ws.organization(CHAIN)).values())
    first_day, extra = dt.date(1900, 1, 1), 60_000
    figures = (900, 400, 2.4, 100, 0.8, 10, 0.2, 1, None)
    with ws.transaction("test"):
        ws.records.bulk_save_bags(
            (stores[n % len(stores)], str(first_day + dt.timedelta(days=n // len(stores))), *figures)
            for n in range(extra)
        )
    window.ctx.set_organization(CHAIN)
    window.show_page("bags")
    bags = window.page("bags")
    assert bags.model.counting and bags.model.rowCount() == record_model.BLOCK == 256
    assert bags.count_label.text() == "Đang đếm…"
    assert bags.model.row_values(0)[:2] == ("ST03", "2026-11-23")  # the newest first, before the count
    qtbot.waitUntil(lambda: not bags.model.counting, timeout=10_000)
    assert bags.model.rowCount() == 4_269 + extra
    assert bags.count_label.text() == "64.269 bản ghi"
    bags.table.scrollToBottom()
    assert bags.model.row_values(bags.model.rowCount() - 1)[:2] == ("ST01", "1900-01-01")

    choose(bags.facility_filter, bags.facility_filter.itemData(1))
    qtbot.waitUntil(lambda: not bags.model.counting, timeout=10_000)
    choose(bags.facility_filter, None)  # back to every store: known, unchanged
    assert not bags.model.counting and bags.model.rowCount() == 4_269 + extra

    fields = ("transactions", "nonbio_count", "nonbio_kg", "bio_count", "bio_kg", "paper_count", "paper_kg")
    for name, text in {"date": "15/06/1980", **dict.fromkeys(fields, "10"), "reusable_sold": "0"}.items():
        type_into(qtbot, bags.editor.inputs[name], text)
    bags.save()
    assert bags.model.counting  # the data changed: what was known is not trusted
    assert bags.model.rowCount() == 4_269 + extra + 1  # the saved row is there before the new count
    qtbot.waitUntil(lambda: not bags.model.counting, timeout=10_000)
    assert bags.model.rowCount() == 4_269 + extra + 1
