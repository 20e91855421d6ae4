"""Self-assessment and Reports pages, driven like a supermarket manager and a consultant would."""

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, QRect, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from scp_desktop.domain.numbers import format_number
from tests.ui.conftest import CHAIN, page, visible_box


def pdf_text(path: Path) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)


def start(window, scheme: str, year: int, assessor: str = ""):
    assessments = page(window, "assessments")
    assessments.scheme.setCurrentIndex(assessments.scheme.findData(scheme))
    assessments.year.setCurrentIndex(assessments.year.findData(year))
    assessments.assessor.setText(assessor)
    assessments.start_button.click()
    return assessments


def drop_file(widget, path: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    widget.dropEvent(event)  # offscreen there is no drag session to deliver it; the handler is what we own


def test_supermarket_manager_self_assesses_from_bag_data_and_prints(qtbot, window, tmp_path) -> None:
    window.ctx.set_organization(CHAIN)
    page_ = start(window, "green-distribution", 2026)  # the bag rule (A2) applies from 2026
    assert page_.current is not None and page_.model.rowCount() == 3  # three sections
    editor = page_.editor
    page_.select("A1")
    assert "Theo số liệu của bạn: 66,19 %" in editor.auto.text()  # the bag log's reduction, computed

    editor.number.setText("67")  # a different figure needs a reason, shown at the field
    editor.save_button.click()
    assert "lý do" in editor.message.text()
    assert editor.reason.hasFocus() or not window.isActiveWindow()
    editor.reason.setText("Cửa hàng ST03 đếm lại bằng tay")
    editor.save_button.click()
    assert editor.message.text() == ""
    assert page_.current.answers["A1"].override_reason == "Cửa hàng ST03 đếm lại bằng tay"
    assert editor.criterion.id == "A2"  # saving moved on to the next criterion

    editor.choice.setCurrentIndex(editor.choice.findData("yes"))
    editor.save_button.click()
    a2 = next(r for r in page_.current.score.results if r.criterion.id == "A2")
    assert a2.status.value == "needs_evidence"
    assert page_.saved_note.isVisible() and page_.saved_note.text() == "Đã lưu câu trả lời cho A2."
    page_.select("A2")
    editor.note.setText("Quy định ban hành 01/2025")  # typed, not saved yet …
    editor.note.textEdited.emit(editor.note.text())
    policy = tmp_path / "Quy định túi ni lông.pdf"
    policy.write_bytes(b"%PDF-1.4 policy")
    drop_file(editor, policy)
    assert editor.note.text() == "Quy định ban hành 01/2025"  # … and still there after attaching
    a2 = next(r for r in page_.current.score.results if r.criterion.id == "A2")
    assert a2.status.value == "met" and editor.evidence.count() == 1
    assert "Điểm" in page_.score_label.text() and page_.gaps.count() > 0

    page_.finalize_button.click()
    question = visible_box(page_, "confirm_finalize_assessment")
    score = format_number(page_.current.score.pct, "vi", 1)
    assert f"Điểm hiện tại là {score} %" in question.text()
    assert page_.current.score.mandatory_failed == [] and "bắt buộc chưa đạt" not in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    assert not page_.current.finalized
    page_.select("A2")
    editor.evidence.setCurrentRow(0)
    editor.remove_evidence()  # now the mandatory A2 lacks its evidence: the question names it
    page_.finalize_button.click()
    question = visible_box(page_, "confirm_finalize_assessment")
    assert "Các tiêu chí bắt buộc chưa đạt: A2" in question.text()
    question.button(QMessageBox.StandardButton.Cancel).click()
    drop_file(editor, policy)
    page_.finalize_button.click()
    question = visible_box(page_, "confirm_finalize_assessment")
    question.button(QMessageBox.StandardButton.Yes).click()
    assert page_.current.finalized and not editor.save_button.isEnabled()
    assert "Đã chốt" in page_.status.text()
    target = tmp_path / "phan-phoi-xanh.pdf"
    page_.print_to(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    text = pdf_text(target)
    assert "Mô hình phân phối xanh" in text and "Cửa hàng ST03 đếm lại bằng tay" in text
    assert "Quy định túi ni lông.pdf" in text


def test_consultant_runs_eco_innovation_for_a_client(qtbot, window, tmp_path) -> None:
    client = "0306123457"
    window.ctx.set_organization(client)
    page_ = start(window, "eco-innovation", 2025, assessor="Trần Văn Bình")
    editor = page_.editor
    page_.select("P2")
    editor.choice.setCurrentIndex(editor.choice.findData("o2"))
    editor.save_button.click()
    assert editor.criterion.id == "P3"
    assert page_.current.answers["P2"].value == "o2"
    assert "không có đạt hay không đạt" in page_.score_label.text()  # a maturity picture by area
    assert "Chuẩn bị 50 %" in page_.score_label.text()
    target = tmp_path / "eco.pdf"
    page_.print_to(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    text = pdf_text(target)
    assert "Trần Văn Bình" in text and window.ctx.organization.name in text


def test_reports_page_writes_the_bag_report_in_english(qtbot, window, tmp_path) -> None:
    window.ctx.set_organization(CHAIN)
    reports = page(window, "reports")
    reports.kind.setCurrentIndex(reports.kind.findData("bags"))
    reports.year.setCurrentIndex(reports.year.findData(2025))
    reports.language.setCurrentIndex(reports.language.findData("en"))
    target = tmp_path / "bags.pdf"
    reports.create_pdf(target)
    qtbot.waitUntil(target.exists, timeout=10_000)
    qtbot.waitUntil(lambda: "bags.pdf" in reports.result.text(), timeout=5_000)
    assert "Plastic bag and packaging reduction report 2025" in pdf_text(target)
    reports.kind.setCurrentIndex(reports.kind.findData("energy"))  # the chain has no energy for 1990
    reports.year.addItem("1990", 1990)
    reports.year.setCurrentIndex(reports.year.findData(1990))
    reports.create_pdf(tmp_path / "none.pdf")
    qtbot.waitUntil(lambda: "1990" in reports.result.text() and "Đang" not in reports.result.text(), timeout=5_000)
    assert not (tmp_path / "none.pdf").exists()


def test_assessment_page_switches_language(qtbot, window) -> None:
    window.ctx.set_organization(CHAIN)
    page_ = start(window, "green-distribution", 2025)
    window.set_language("en")
    assert page_.heading.text() == "Self-assessment"
    assert page_.model.item(0).text() == "Plastic bags and packaging"
    window.set_language("vi")
    assert page_.model.item(0).text() == "Túi ni lông và bao bì"


def test_every_criterion_title_is_read_whole_on_a_1024_by_600_screen(qtbot, window) -> None:
    window.resize(1024, 600)
    qtbot.waitUntil(lambda: window.size().toTuple() == (1024, 600))
    window.ctx.set_organization(CHAIN)
    page_ = start(window, "green-distribution", 2025)
    QApplication.processEvents()  # the rows laid out again at the width the columns took
    tree, model = page_.tree, page_.model
    assert tree.columnWidth(0) >= 200  # the criteria keep the larger share of a small screen
    metrics = tree.fontMetrics()
    titles = []
    for section in range(model.rowCount()):
        parent = model.item(section)
        for row in range(parent.rowCount()):
            item = parent.child(row)
            rect = tree.visualRect(item.index())
            # Fusion draws a cell's text 3 px in from each side of its text box, itself 3 px in.
            needed = metrics.boundingRect(QRect(0, 0, rect.width() - 12, 10_000), Qt.TextFlag.TextWordWrap, item.text())
            assert needed.height() <= rect.height(), f"{item.text()!r} is cut: {rect.height()} < {needed.height()}"
            titles.append(item.text())
    a1 = "A1. Túi ni lông khó phân hủy trên mỗi giao dịch giảm so với năm gốc đạt mục tiêu quốc gia"
    assert titles[0] == a1 and len(titles) == 9
    assert model.item(0).child(0).toolTip().startswith(a1.removeprefix("A1. "))  # and whole in its tooltip
