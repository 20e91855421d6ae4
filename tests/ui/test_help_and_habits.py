"""Help on F1, the Edit and Go menus with their shortcuts, the window's size and place, file dialogs in
the last folder, and what is offered once a PDF is written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QImage, QKeySequence, QTextDocument
from PySide6.QtWidgets import QMessageBox

from scp_desktop.ui import files
from scp_desktop.ui.main_window import MainWindow
from scp_desktop.ui.pages import PAGES
from scp_desktop.ui.settings import Settings
from tests.ui.conftest import CHAIN, TEXTILE, page


def _row(page_id: str) -> int:
    return next(row for row, entry in enumerate(PAGES) if entry.page_id == page_id)


def test_f1_opens_the_guide_at_the_chapter_of_the_page_shown(qtbot, window) -> None:
    window.show_page("energy")
    window.activateWindow()
    guide = window.show_help()
    qtbot.waitUntil(guide.isVisible)
    text = guide.browser.toPlainText()
    assert "Nhập số liệu một tháng năng lượng" in text and "Phím tắt" in text and "Thuật ngữ" in text
    assert "Nghị định 21/2011/NĐ-CP" in text  # the glossary quotes the reference data's source
    assert guide.chapter == "energy"
    assert "Ctrl+1" in text and "Ctrl+Z" in text
    window.set_language("en")
    assert "Enter a month of energy" in guide.browser.toPlainText()
    assert "Decree 21/2011/NĐ-CP" in guide.browser.toPlainText()
    shot = guide.browser.loadResource(QTextDocument.ResourceType.ImageResource.value, QUrl("images/energy-en.png"))
    assert shot is not None and not QImage.fromData(shot).isNull()  # the guide's screenshots ship with it
    assert window.guide_action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)


def test_ctrl_digits_go_to_the_pages_shown_and_skip_hidden_ones(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)  # no bag page for a plant-only manufacturer
    shortcuts = [action.shortcut().toString() for action in window.commands.go_actions]
    assert shortcuts[:9] == [f"Ctrl+{n}" for n in range(1, 10)]
    titles = [action.text() for action in window.commands.go_actions]
    assert window.nav.item(_row("bags")).text() not in titles
    window.commands.go_actions[2].trigger()  # Ctrl+3
    assert window.nav.currentRow() == _row("energy")
    window.commands.go_actions[5].trigger()  # Ctrl+6
    assert window.nav.currentRow() == _row("cleaner-production")  # the sixth page shown, as bags are hidden


def test_the_edit_menu_undoes_a_save_on_the_page_shown(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    energy = page(window, "energy")
    before = energy.model.rowCount()
    assert window.commands.page_actions["new"].isEnabled() and window.commands.page_actions["find"].isEnabled()
    window.commands.page_actions["new"].trigger()
    energy.editor.set_values({"period": "2001-01", "fuel": "electricity", "quantity": "1000", "unit": "kWh"})
    window.commands.page_actions["save"].trigger()  # Ctrl+S
    assert energy.model.rowCount() == before + 1
    assert window.commands.undo_action.isEnabled()
    assert window.commands.undo_action.text().startswith("&Hoàn tác")
    window.commands.undo_action.trigger()  # Ctrl+Z
    assert energy.model.rowCount() == before
    window.commands.redo_action.trigger()
    assert energy.model.rowCount() == before + 1
    window.commands.page_actions["find"].trigger()  # Ctrl+F
    assert window.focusWidget() is energy.search
    window.show_page("overview")
    assert not window.commands.undo_action.isEnabled()  # the overview has nothing to undo
    assert not window.commands.page_actions["save"].isEnabled()


def test_shortcuts_are_unique_and_listed_in_the_help(window) -> None:
    keys = [
        a.shortcut().toString() for a in window.findChildren(type(window.guide_action)) if not a.shortcut().isEmpty()
    ]
    assert len(keys) == len(set(keys)), sorted(keys)
    listed = dict(window.commands.shortcut_rows())
    for key in ("Ctrl+Z", "Ctrl+N", "Ctrl+S", "Ctrl+P", "Ctrl+F", "Ctrl+1", "Ctrl+9"):
        assert key in listed, key


def test_the_window_opens_within_the_screen_and_comes_back_where_it_was(qtbot, tmp_path, window) -> None:
    screen = window.screen().availableGeometry()
    settings = Settings(QSettings(str(tmp_path / "geometry.ini"), QSettings.Format.IniFormat))
    first = MainWindow(None, settings, window.translations)  # the shell: geometry needs no workspace
    qtbot.addWidget(first)
    assert first.width() <= screen.width() * 0.9 + 1 and first.height() <= screen.height() * 0.9 + 1
    first.show()
    first.resize(700, 480)
    first.move(screen.x() + 20, screen.y() + 30)
    first.splitter.setSizes([170, 530])
    first.save_geometry()
    again = MainWindow(None, settings, window.translations)
    qtbot.addWidget(again)
    again.show()
    assert again.size().toTuple() == (700, 480)
    assert again.splitter.sizes()[0] == first.splitter.sizes()[0]


def test_file_dialogs_open_in_the_last_folder_used(tmp_path, window) -> None:
    chosen = tmp_path / "exports"
    chosen.mkdir()
    files._chosen(str(chosen / "bags.xlsx"))  # what a dialog does with the user's choice
    assert files.last_folder() == chosen
    assert window.settings.get(files.LAST_FOLDER) == str(chosen)


class _Opened(QObject):
    """Stands in for the desktop's file handler: Qt hands it the address it would open."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_after_a_pdf_the_app_offers_to_open_print_or_show_it(qtbot, window, tmp_path) -> None:
    window.ctx.set_organization(CHAIN)
    reports = page(window, "reports")
    target = tmp_path / "bags.pdf"
    opened = _Opened()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        reports.create_pdf(target)
        qtbot.waitUntil(
            lambda: any(b.isVisible() for b in window.findChildren(QMessageBox, "offer_to_open")), timeout=60_000
        )
        (box,) = [b for b in window.findChildren(QMessageBox, "offer_to_open") if b.isVisible()]
        assert target.name in box.text()
        open_button = next(b for b in box.buttons() if b.objectName() == "open_file")
        qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
        assert [Path(url.toLocalFile()) for url in opened.urls] == [target]
        assert target.read_bytes().startswith(b"%PDF")
    finally:
        QDesktopServices.unsetUrlHandler("file")


def test_print_is_offered_where_a_page_makes_a_pdf(qtbot, window) -> None:
    window.ctx.set_organization(CHAIN)
    printable = {}
    for entry in PAGES:
        window.show_page(entry.page_id)
        printable[entry.page_id] = window.commands.page_actions["print"].isEnabled()
    assert printable["reports"] and printable["assessments"] and printable["eco-innovation"]
    assert not printable["overview"] and not printable["sync"]
