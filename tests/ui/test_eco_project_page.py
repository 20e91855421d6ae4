"""The eco-innovation project page, driven tab by tab like a consultant with a client."""

import datetime as dt
from pathlib import Path

from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from scp_desktop.services import eco_innovation as eco
from tests.ui.conftest import CHAIN, TEXTILE, page

CLIENT = "0306123457"  # has the demo's project


def open_page(window, tax_code: str):
    window.ctx.set_organization(tax_code)
    return page(window, "eco-innovation")


def type_text(qtbot, widget, text: str) -> None:
    """Vietnamese letters cannot go through keyClicks: set the text as typing would, then pause."""
    widget.setFocus()
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text)
    else:
        widget.setText(text)
        widget.textEdited.emit(text)


def edit_cell(view, row: int, column: int, value: str) -> bool:
    model = view.model()
    return model.setData(model.index(row, column), value)


def test_consultant_starts_a_project_and_prepares_it(qtbot, window) -> None:
    eco_page = open_page(window, TEXTILE)
    assert eco_page.presenter.project is None and not eco_page.tabs.isEnabled()
    assert eco_page.create_project("Đổi mới sinh thái 2026", 2025, "Trần Văn Bình", "Bà Lan, Giám đốc")
    project = eco_page.presenter.project
    assert project is not None and project.tax_code == TEXTILE and eco_page.tabs.isEnabled()
    assert eco_page.tabs.tabText(0).startswith("1 0/5 Chuẩn bị")

    type_text(qtbot, eco_page.texts[("prepare", "description")], "Dệt nhuộm vải cotton; 800 lao động")
    qtbot.waitUntil(lambda: eco_page.presenter.project.prepare.description.startswith("Dệt nhuộm"), timeout=3000)
    for name, text in (("suppliers", "Sợi cotton"), ("operations", "Dệt → nhuộm"), ("customers", "Xuất khẩu")):
        type_text(qtbot, eco_page.texts[("prepare", name)], text)
    eco_page.flush()  # leaving the page saves what waits for the typing pause
    assert eco.load(window.ctx.workspace, project.id).prepare.customers == "Xuất khẩu"

    eco_page.add_row("team")
    team_view, _ = eco_page.tables["team"]
    assert edit_cell(team_view, 0, 0, "Phạm Minh") and edit_cell(team_view, 0, 1, "Trưởng phòng")
    eco_page.add_row("markets")
    markets_view, _ = eco_page.tables["markets"]
    assert edit_cell(markets_view, 0, 0, "Xuất khẩu EU") and edit_cell(markets_view, 0, 1, "strong")
    assert "từ 6 doanh nghiệp" in markets_view.model().index(0, 1).data()  # the manual: 6+ companies competing
    assert not edit_cell(markets_view, 0, 1, "enormous")  # refused, said at the field
    assert "enormous" in eco_page.message.text()

    eco_page.start_assessment()
    assert eco_page.presenter.assessment is not None and eco_page.question_view.isVisible()
    questions = eco_page.questions
    assert questions.rowCount() == 16  # the draft questions; the competition question is no longer scored
    questions.setData(questions.index(0, 1), "o2")
    qtbot.waitUntil(lambda: eco_page.maturity_box.rowCount() == 6, timeout=2000)
    assert eco_page.presenter.assessment.answers["P2"].value == "o2"
    assert eco_page.tabs.tabText(0).startswith("1 3/5 Chuẩn bị")  # profile, value chain, team

    eco_page.undo()  # the answer
    assert eco_page.presenter.assessment.answers["P2"].value is None
    eco_page.redo()
    assert eco_page.presenter.assessment.answers["P2"].value == "o2"


def test_strategy_tab_hotspots_from_the_records_swot_and_kpis(qtbot, window) -> None:
    eco_page = open_page(window, TEXTILE)
    eco_page.create_project("Dự án", 2025, "Tư vấn", "Giám đốc")
    eco_page.tabs.setCurrentIndex(1)
    hotspots = eco_page.hotspots
    production = hotspots.stages.index("production")
    energy = hotspots.impacts.index("energy")
    cell = hotspots.index(production, energy)
    assert "TOE" in cell.data() and "2025" in cell.data()  # prefilled from the client's energy records
    assert hotspots.setData(cell, "high")
    assert "cao" in hotspots.index(production, energy).data()
    eco_page.hotspot_view.setCurrentIndex(cell)
    eco_page.hotspot_note.setText("Lò hơi đốt dầu FO")
    eco_page.hotspot_note.editingFinished.emit()
    assert eco_page.presenter.project.strategy.hotspot("production", "energy").note == "Lò hơi đốt dầu FO"

    for quadrant in ("strength", "weakness", "opportunity", "threat"):
        eco_page.add_row("swot")
        view, model = eco_page.tables["swot"]
        row = model.rowCount() - 1
        edit_cell(view, row, 0, "Thị trường và khách hàng")
        edit_cell(view, row, 1, quadrant)
        edit_cell(view, row, 2, f"Điểm {quadrant}")
    assert eco_page.presenter.completeness()["strategy"].steps[0].done  # every quadrant

    eco_page.add_row("kpis")
    kpis, model = eco_page.tables["kpis"]
    assert model.index(0, 0).data() == "K1" and model.index(0, 4).data() == "2025"
    choices = dict(model.index(0, 2).data(Qt.ItemDataRole.UserRole + 10))
    assert "energy_per_output:t" in choices
    assert edit_cell(kpis, 0, 2, "energy_toe") and edit_cell(kpis, 0, 6, "1.500,5")
    assert eco_page.presenter.project.strategy.kpis[0].target_value == 1500.5  # typed the Vietnamese way
    assert not edit_cell(kpis, 0, 4, "1800")
    assert "1990" in eco_page.message.text()
    assert eco_page.kpi_review.rowCount() == 1


def test_business_model_tab_canvas_current_and_new(qtbot, window) -> None:
    eco_page = open_page(window, TEXTILE)
    eco_page.create_project("Dự án", 2025, "", "")
    eco_page.tabs.setCurrentIndex(2)
    eco_page.choose_block("channels")
    assert eco_page.block_combo.currentData() == "channels" and eco_page.canvas_new.selected == "channels"
    type_text(qtbot, eco_page.block_texts["current"], "Bán qua đại lý")
    type_text(qtbot, eco_page.block_texts["new"], "Bán trực tuyến và thu hồi")
    eco_page.flush()
    block = eco_page.presenter.project.business_model.block("channels")
    assert (block.current, block.new, block.changes) == ("Bán qua đại lý", "Bán trực tuyến và thu hồi", True)
    assert "channels" in eco_page.canvas_new.changed
    eco_page.canvas_now.setFocus()
    QApplication.sendEvent(eco_page.canvas_now, QKeyEvent(QKeyEvent.Type.KeyPress, Qt.Key.Key_Right, Qt.NoModifier))
    assert eco_page.block_combo.currentData() == "customer_segments"  # the keyboard moves along the canvas
    assert eco_page.block_texts["current"].toPlainText() == ""
    eco_page.undo()  # the new text of channels
    assert eco_page.presenter.project.business_model.block("channels").new == ""


def test_roadmap_tab_ranks_ideas_links_cp_options_and_plans(qtbot, window) -> None:
    eco_page = open_page(window, CLIENT)
    project = eco_page.presenter.project
    assert project is not None and project.title.startswith("Đổi mới sinh thái")  # the demo's project
    eco_page.tabs.setCurrentIndex(3)
    ideas, model = eco_page.tables["ideas"]
    eco_page.add_row("ideas")
    row = model.rowCount() - 1
    assert model.index(row, 0).data() == "I5"
    edit_cell(ideas, row, 3, "Thu gom màng co")
    edit_cell(ideas, row, 4, "5")
    edit_cell(ideas, row, 5, "5")
    assert eco_page.presenter.ranks()["I5"] == 1  # 25 beats I1's 20
    assert not edit_cell(ideas, row, 4, "7")
    ideas.setCurrentIndex(model.index(row, 0))
    assert eco_page.cp_model.rowCount() == 2
    eco_page.cp_model.item(1).setCheckState(Qt.CheckState.Checked)  # NM01/GP02, the extruder drives
    assert eco_page.presenter.project.roadmap.ideas[row].cp_options == ("NM01/GP02",)
    assert "600.000.000" in eco_page.case_label.text() and "2,3" in eco_page.case_label.text()
    eco_page.add_row("actions")
    actions, amodel = eco_page.tables["actions"]
    arow = amodel.rowCount() - 1
    edit_cell(actions, arow, 0, "Thu gom màng co")
    assert edit_cell(actions, arow, 4, "03/2026") and not edit_cell(actions, arow, 5, "2025-12")
    assert "2025-12" in eco_page.message.text()
    assert edit_cell(actions, arow, 5, "2026-09")
    assert len(eco_page.gantt.actions) == 4


def test_implement_and_review_tabs(qtbot, window) -> None:
    eco_page = open_page(window, CLIENT)
    eco_page.tabs.setCurrentIndex(4)
    pilots, _ = eco_page.tables["pilots"]
    assert edit_cell(pilots, 0, 5, "195.000.000")
    assert eco_page.presenter.project.implement.pilots[0].investment_vnd == 195_000_000
    assert not edit_cell(pilots, 0, 5, "-5")
    eco_page.tabs.setCurrentIndex(5)
    review = eco_page.kpi_review
    assert review.rowCount() == 3 and review.years == [2025, 2026]
    not_over = [year for year in review.years if year >= dt.date.today().year]  # the year so far
    assert ("chưa kết thúc" in eco_page.kpi_hint.text()) == bool(not_over)
    k3 = next(r for r in range(3) if review.index(r, 0).data().startswith("K3"))
    assert review.index(k3, 2).data().startswith("12")  # measured by hand in 2025
    measurements, mmodel = eco_page.tables["measurements"]
    eco_page.add_row("measurements")
    row = mmodel.rowCount() - 1
    assert edit_cell(measurements, row, 0, "K3") and edit_cell(measurements, row, 1, "2026")
    assert edit_cell(measurements, row, 2, "18")
    assert review.years == [2025, 2026] and review.index(k3, 3).data().startswith("18")
    assert "60" in review.index(k3, 5).data()  # 18 of the 30 points to the target
    eco_page.undo()
    assert review.index(k3, 3).data() == "–"


def test_tabs_by_keyboard_language_and_reports(qtbot, window, tmp_path: Path) -> None:
    eco_page = open_page(window, CLIENT)
    eco_page.tabs.setCurrentIndex(0)
    eco_page.tabs.setFocus()
    qtbot.keyClick(eco_page.tabs, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)
    assert eco_page.tabs.currentIndex() == 2
    window.set_language("en")
    assert eco_page.tabs.tabText(0).endswith("Prepare") and eco_page.heading.text() == "Eco-innovation projects"
    window.set_language("vi")
    pdf, docx = tmp_path / "bao-cao.pdf", tmp_path / "bao-cao.docx"
    eco_page.write_report(pdf, "vi")
    eco_page.write_report(docx, "en")
    qtbot.waitUntil(lambda: pdf.exists() and docx.exists(), timeout=15_000)
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "Giai đoạn 4" in " ".join(text.split())
    assert Document(str(docx)).paragraphs[0].text.startswith("Eco-innovation report")


def test_many_clients_in_one_installation(qtbot, window) -> None:
    eco_page = open_page(window, CHAIN)
    eco_page.create_project("Siêu thị xanh", 2025, "Tư vấn", "")
    from scp_desktop.ui.pages.eco_project import AllClientsDialog

    dialog = AllClientsDialog(eco_page)
    qtbot.addWidget(dialog)
    clients = [dialog.model.item(r, 0).text() for r in range(dialog.model.rowCount())]
    assert len(clients) == 2 and any("Bình Minh" in c for c in clients)
    row = next(r for r in range(dialog.model.rowCount()) if "Bình Minh" in clients[r])
    dialog.open_row(dialog.model.index(row, 0))
    assert window.ctx.tax_code == CLIENT and eco_page.presenter.project.tax_code == CLIENT
