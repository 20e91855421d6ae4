"""Everything about an organization is edited in the app; long lists are found by typing; pages that do
not concern an organization's kind are hidden."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from scp_desktop.domain.collation import sort_key
from scp_desktop.domain.records import BAGS
from scp_desktop.services.summary import summary
from scp_desktop.ui.organization_dialog import OrganizationDialog
from scp_desktop.ui.pages import PAGES
from tests.ui.conftest import CHAIN, TEXTILE, page


def _row(page_id: str) -> int:
    return next(row for row, entry in enumerate(PAGES) if entry.page_id == page_id)


def test_the_dialog_edits_name_sector_contact_and_baselines(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    dialog = OrganizationDialog(window.ctx, window, TEXTILE)
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert form.tax_code.isReadOnly() and form.tax_code.text() == TEXTILE
    form.name.setText("Công ty Dệt Tân Tạo (đã đổi tên)")
    form.contact_name.setText("Nguyễn Thị Lan")
    form.contact_email.setText("lan@tantao.vn")
    form.sector.lineEdit().clear()
    qtbot.keyClicks(form.sector.lineEdit(), "det")  # "dệt" typed without its diacritics
    popup = form.sector.completer().popup()
    assert popup.isVisible()
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert offered and all("dệt" in text.lower() for text in offered)
    for _ in range(next(i for i, text in enumerate(offered) if text.startswith("C13 ")) + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.sector.currentData() == "C13"
    dialog.baselines.combos["energy"].setCurrentIndex(dialog.baselines.combos["energy"].findData(2024))
    assert dialog.baselines.combos["bags"].currentData() is None  # the national default stays
    dialog._accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    ws = window.ctx.workspace
    org = ws.organization(TEXTILE)
    assert (org.name, org.sector, org.contact_name, org.contact_email) == (
        "Công ty Dệt Tân Tạo (đã đổi tên)",
        "C13",
        "Nguyễn Thị Lan",
        "lan@tantao.vn",
    )
    assert ws.baselines(TEXTILE)["energy"] == 2024 and ws.baselines(TEXTILE)["bags"] is None
    assert summary(ws, TEXTILE, 2025).energy.baseline_year == 2024
    window.ctx.data_changed.emit("organizations")
    assert "đã đổi tên" in window.org_switcher.itemText(window.org_switcher.findData(TEXTILE))


def test_a_refusal_is_shown_under_its_field_and_nothing_is_saved(qtbot, window) -> None:
    dialog = OrganizationDialog(window.ctx, window, TEXTILE)
    qtbot.addWidget(dialog)
    dialog.show()
    before = window.ctx.workspace.organization(TEXTILE)
    dialog.form.name.setText("Tên mới")
    dialog.form.contact_email.setText("không phải thư")
    dialog._accept()
    message = dialog.form.messages["contact_email"]
    assert message.isVisible() and "thư điện tử" in message.text()
    assert dialog.focusWidget() is dialog.form.contact_email
    assert dialog.result() != dialog.DialogCode.Accepted
    assert window.ctx.workspace.organization(TEXTILE) == before


def test_going_back_to_the_default_baseline(qtbot, window) -> None:
    ws = window.ctx.workspace
    ws.set_baseline(CHAIN, "bags", 2024)
    dialog = OrganizationDialog(window.ctx, window, CHAIN)
    qtbot.addWidget(dialog)
    combo = dialog.baselines.combos["bags"]
    assert combo.currentData() == 2024
    assert "2010" in combo.itemText(0)  # the default names the national baseline year
    combo.setCurrentIndex(0)
    dialog._accept()
    assert ws.baselines(CHAIN)["bags"] is None
    assert summary(ws, CHAIN, 2025).bags.baseline_year == 2010


def test_provinces_are_in_vietnamese_order_and_found_without_diacritics_or_prefix(qtbot, window) -> None:
    dialog = OrganizationDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    province = dialog.form.province
    names = [window.ctx.workspace.ref.provinces[province.itemData(i)].name for i in range(province.count())]
    assert names == sorted(names, key=sort_key)
    assert names.index("Đà Nẵng") > names.index("Cần Thơ") and names.index("Đồng Tháp") < names.index("Gia Lai")
    province.lineEdit().clear()
    qtbot.keyClicks(province.lineEdit(), "ha")
    popup = province.completer().popup()
    offered = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert "Thành phố Hà Nội" in offered and "Tỉnh Hà Tĩnh" in offered
    assert not any("Đồng Tháp" in text for text in offered)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert province.currentText() in offered


def test_a_new_organization_through_the_dialog(qtbot, window) -> None:
    dialog = OrganizationDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    form = dialog.form
    assert dialog.baselines is None  # a new organization starts on the defaults
    form.tax_code.setText("0310500027")
    form.name.setText("Công ty Dệt Mới")
    form.province.setCurrentIndex(form.province.findData("79"))
    form.sector.setEditText("C1311")  # finer than the list: kept as typed
    dialog._accept()
    org = window.ctx.workspace.organization("0310500027")
    assert (org.name, org.province_code, org.sector) == ("Công ty Dệt Mới", "79", "C1311")


def test_the_bag_page_shows_only_where_bags_concern_the_organization(qtbot, window) -> None:
    ws = window.ctx.workspace
    window.ctx.set_organization(TEXTILE)
    assert window.nav.isRowHidden(_row("bags"))
    overview = page(window, "overview")
    assert not overview.cards[2].isVisible()  # no "plastic bags" card for a plant
    orgs = page(window, "organizations")
    orgs.code.setText("CH01")
    orgs.name.setText("Cửa hàng giới thiệu sản phẩm")
    orgs.kind.setCurrentIndex(orgs.kind.findData("store"))
    orgs.add_facility()
    assert not window.nav.isRowHidden(_row("bags"))  # it has a store now
    bags = page(window, "bags")
    owner = bags.editor.inputs["store"]
    assert [owner.itemData(i) for i in range(owner.count())] == ["CH01"]  # the plant is not a store
    org = ws.organization(TEXTILE)
    _, _, issues = ws.check_record(BAGS, org, {"store": "NM01", "date": "2025-03-01", "transactions": "10"})
    (store_issue,) = [i for i in issues if i.field == "store"]
    assert "NM01" in store_issue.message.render() and "CH01" in store_issue.message.render()
    window.ctx.set_organization(CHAIN)
    assert not window.nav.isRowHidden(_row("bags"))
