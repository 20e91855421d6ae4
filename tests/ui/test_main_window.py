"""Main window, organizations page, first run, overview and the self-test command."""

from PySide6.QtCore import QSettings

from scp_desktop.services.workspace import Workspace
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.first_run import FirstRunDialog
from scp_desktop.ui.pages import PAGES
from scp_desktop.ui.translation import Translations
from tests.conftest import run_module
from tests.ui.conftest import CHAIN, TEXTILE, counted, page


def test_organization_switcher_drives_every_page(qtbot, window) -> None:
    switcher = window.org_switcher
    assert switcher.count() == 6
    switcher.setCurrentIndex(switcher.findData(CHAIN))
    assert window.ctx.tax_code == CHAIN
    bags = page(window, "bags")
    assert bags.model.rowCount() > 3 * 365
    switcher.setCurrentIndex(switcher.findData(TEXTILE))
    bag_row = next(row for row, entry in enumerate(PAGES) if entry.page_id == "bags")
    assert window.nav.isRowHidden(bag_row)  # a plant-only manufacturer logs no bags
    assert window.stack.currentWidget() is not bags
    energy = page(window, "energy")
    assert {energy.model.row_as_text(r)["facility"] for r in range(energy.model.rowCount())} == {"NM01"}
    assert "Vùng làm việc:" in window.workspace_label.text()


def test_overview_shows_targets_and_trends(qtbot, window) -> None:
    window.ctx.set_organization(CHAIN)
    overview = page(window, "overview")
    overview.year.setCurrentIndex(overview.year.findData(2025))
    reduction = overview.cards[3]
    assert reduction.value.text().endswith("%")
    assert "mục tiêu 65 %" in reduction.detail.text()
    assert overview.charts[2].target is not None
    assert sum(v is not None for v in overview.charts[0].series[next(iter(overview.charts[0].series))]) == 12


def test_add_facility_on_organizations_page(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    orgs = page(window, "organizations")
    orgs.code.setText("NM02")
    orgs.name.setText("Nhà máy nhuộm số 2")
    orgs.add_facility()
    assert orgs.facility_error.text() == ""
    assert orgs.facilities.rowCount() == 2
    orgs.code.setText("NM02")
    orgs.name.setText("Lặp lại")
    orgs.add_facility()
    assert "đã có cơ sở" in orgs.facility_error.text()


def test_first_run_checks_the_tax_code_and_creates_the_organization(qtbot, tmp_path) -> None:
    ws = Workspace.open(tmp_path / "new.sqlite")
    translations = Translations()
    translations.apply("vi")
    dialog = FirstRunDialog(AppContext(ws, "vi"), translations)
    qtbot.addWidget(dialog)
    form = dialog.form
    qtbot.keyClicks(form.tax_code, "0300588561")
    assert "Chữ số cuối phải là 9" in form.tax_message.text()
    form.tax_code.setText("0300588569")
    assert "hợp lệ" in form.tax_message.text()
    form.name.setText("Công ty Dệt Thử Nghiệm")
    form.province.setCurrentIndex(form.province.findData("79"))
    dialog.create_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ws.organization("0300588569").name == "Công ty Dệt Thử Nghiệm"
    ws.close()


def test_first_run_language_choice_applies_at_once(qtbot, tmp_path) -> None:
    ws = Workspace.open(tmp_path / "new.sqlite")
    translations = Translations()
    translations.apply("vi")
    dialog = FirstRunDialog(AppContext(ws, "vi"), translations)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.create_button.text() == "Tạo tổ chức và bắt đầu"
    dialog.findChild(type(dialog.languages.buttons()[0]), "language_en").setChecked(True)
    assert dialog.create_button.text() == "Create organization and start"
    dialog.demo_button.click()
    assert len(ws.organizations.all()) == 6
    ws.close()


def test_settings_remember_recent_workspaces(tmp_path) -> None:
    from scp_desktop.ui.settings import Settings

    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    for name in ("a", "b", "a"):
        settings.remember_workspace(f"/tmp/{name}.sqlite")
    assert settings.recent_workspaces() == ["/tmp/a.sqlite", "/tmp/b.sqlite"]


def test_self_test_command(tmp_path) -> None:
    result = run_module("--self-test", env={"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)})
    assert result.returncode == 0, result.stderr
    assert "self-test passed: 11 pages in 2 languages" in result.stdout


def test_csv_import_runs_in_the_background_with_progress(qtbot, window, tmp_path) -> None:
    import datetime as dt

    from scp_desktop.ui.import_dialog import start_import

    window.ctx.set_organization(CHAIN)
    bags = page(window, "bags")
    before = bags.model.rowCount()
    header = "store,date,transactions,nonbio_count,nonbio_kg,bio_count,bio_kg,paper_count,paper_kg,reusable_sold"
    days = [dt.date(2011, 1, 1) + dt.timedelta(days=i) for i in range(4_700)]  # 2011 to 2023: no overlap
    lines = [f"{s},{d.isoformat()},1000,500,3,0,0,0,0,0" for d in days for s in ("ST01", "ST02", "ST03")]
    path = tmp_path / "big.csv"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    with qtbot.waitSignal(window.ctx.data_changed, timeout=60_000):
        start_import(window, window.ctx, "bags", path)
        assert bags.model.rowCount() == before  # the UI thread was not blocked by the import
    assert counted(bags).model.rowCount() == before + 14_100


def test_rejected_import_lists_the_bad_rows(qtbot, window, tmp_path) -> None:
    from PySide6.QtWidgets import QListWidget

    from scp_desktop.ui.import_dialog import start_import

    window.ctx.set_organization(CHAIN)
    path = tmp_path / "bad.csv"
    path.write_text(
        "store,date,transactions,nonbio_count,nonbio_kg,bio_count,bio_kg,paper_count,paper_kg,"
        "reusable_sold\nST01,2001-01-01,-1,5,0.1,0,0,0,0,0\n",
        encoding="utf-8",
    )
    start_import(window, window.ctx, "bags", path)
    qtbot.waitUntil(lambda: window.findChild(QListWidget, "bad_rows") is not None, timeout=30_000)
    rows = window.findChild(QListWidget, "bad_rows")
    assert rows.item(0).text().startswith("bad.csv: 1 dòng lỗi; chưa nhập dòng nào.")
    assert rows.item(1).text().startswith("Dòng 2, transactions: Số lượng không được âm")


def test_another_workspace_is_read_by_the_pages_already_built(qtbot, window, tmp_path) -> None:
    window.ctx.set_organization(TEXTILE)
    energy = page(window, "energy")
    assert energy.model.rowCount() > 0
    other = tmp_path / "other.sqlite"
    with Workspace.open(other) as ws:
        ws.add_organization(tax_code="0310500027", name="Công ty Khác", kind="manufacturer", province="79")
        ws.add_facility("0310500027", code="NM01", name="Nhà máy", kind="plant")
    window.switch_workspace(other)
    assert window.ctx.workspace.path == other
    window.show_page("energy")
    assert window.ctx.tax_code == "0310500027"
    assert energy.model.rowCount() == 0  # read from the new file, not the closed one
    assert energy.editor.inputs["facility"].itemData(0) == "NM01"


def test_record_pages_built_while_idle_show_the_organization_chosen_since(qtbot, window) -> None:
    from scp_desktop.ui.main_window import IDLE_BUILT_PAGES

    window.ctx.set_organization(TEXTILE)
    window.build_pages_when_idle(0)
    assert window.building_pages and "bags" not in window.built
    qtbot.waitUntil(lambda: not window.building_pages, timeout=10_000)
    assert set(IDLE_BUILT_PAGES) <= set(window.built)
    assert window.stack.currentWidget() is window.page("overview")  # built out of sight
    window.ctx.set_organization(CHAIN)
    bags = page(window, "bags")
    assert bags is window.built["bags"]
    assert bags.model.query.org_id == window.ctx.organization.id and bags.model.rowCount() == 4_269
    assert bags.count_label.text() == "4.269 bản ghi"
