"""Every dialog fits the 1024×600 netbook screen the tests run on (and so a 768-pixel-high one), in both
languages, with nothing outside it or cut; the sign-in dialog keeps its fields after an error."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog

from scp_desktop.ui.first_run import FirstRunDialog
from scp_desktop.ui.import_dialog import ImportDialog
from scp_desktop.ui.organization_dialog import OrganizationDialog
from scp_desktop.ui.pages.eco_project import AllClientsDialog, NewProjectDialog
from scp_desktop.ui.pages.sync import SignInDialog
from scp_desktop.ui.record_history import RecordHistoryDialog
from tests.ui.conftest import CHAIN, TEXTILE, page
from tests.ui.fit_check import fit_problems


def _dialogs(window) -> list[QDialog]:
    ctx = window.ctx
    ctx.set_organization(TEXTILE)
    energy = page(window, "energy")
    energy.table.selectRow(0)
    dialogs = [
        ImportDialog(ctx, window),
        SignInDialog(ctx, window),
        OrganizationDialog(ctx, window),
        OrganizationDialog(ctx, window, TEXTILE),
    ]
    energy.show_history()
    dialogs += [d for d in window.findChildren(RecordHistoryDialog) if d.isVisible()]
    eco = page(window, "eco-innovation")
    dialogs += [NewProjectDialog(eco, "Nguyễn Văn An"), AllClientsDialog(eco)]
    dialogs.append(FirstRunDialog(ctx, window.translations, window))
    return dialogs


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_dialog_fits_a_small_screen(window, qtbot, language) -> None:
    window.set_language(language)
    screen = window.screen().availableGeometry()
    problems = []
    for dialog in _dialogs(window):
        dialog.show()
        QApplication.processEvents()
        name = dialog.objectName() or type(dialog).__name__
        if dialog.height() > screen.height() or dialog.width() > screen.width():
            problems.append(f"{name} is {dialog.size().toTuple()} on a {screen.size().toTuple()} screen")
        if dialog.minimumSizeHint().height() > screen.height():
            problems.append(f"{name} cannot shrink below {dialog.minimumSizeHint().toTuple()}")
        problems += [f"{name}: {p}" for p in fit_problems(dialog)]
        dialog.close()
    assert not problems, "\n".join(problems)


def test_the_sign_in_dialog_shows_its_title_and_keeps_its_fields_after_an_error(window, qtbot) -> None:
    window.ctx.set_organization(CHAIN)
    dialog = SignInDialog(window.ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    title_width = dialog.fontMetrics().horizontalAdvance(dialog.windowTitle())
    assert dialog.width() >= title_width + 80  # the title bar shows the whole title
    before = dialog.username.height()
    dialog._say("Sai tên đăng nhập hoặc mật khẩu. Máy chủ cho biết: wrong username or password " * 2)
    QApplication.processEvents()
    assert dialog.username.height() >= before and dialog.password.height() >= before
    assert not fit_problems(dialog)
