"""An unexpected exception: logged (without secrets), shown with "copy details", nothing typed lost."""

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from scp_desktop.ui import errors
from tests.ui.conftest import TEXTILE, page


@pytest.fixture
def log_file(tmp_path):
    path = errors.setup_logging(tmp_path)
    yield path
    for handler in list(errors.log.handlers):
        errors.log.removeHandler(handler)
        handler.close()


def click_copy_when_shown(seen: list[str]) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, press)
            return
        seen.append(box.text())
        next(b for b in box.buttons() if b.text() == "Sao chép chi tiết").click()

    QTimer.singleShot(0, press)


def test_redact_hides_tokens_and_passwords() -> None:
    text = 'Authorization: Bearer abc.def-123 token=s3cr3t {"password": "hunter2"}'
    assert errors.redact(text) == 'Authorization: Bearer *** token=*** {"password": "***"}'


@pytest.mark.qt_no_exception_capture
def test_unexpected_error_is_logged_shown_and_keeps_the_typing(qtbot, window, log_file, monkeypatch) -> None:
    window.ctx.set_organization(TEXTILE)
    energy = page(window, "energy")
    energy.editor.set_values({"period": "2025-03", "fuel": "electricity", "quantity": "1234", "unit": "kWh"})

    def broken(*_args, **_kwargs):
        raise RuntimeError("disk said no; token=abc123")

    monkeypatch.setattr(window.ctx.workspace, "save_record", broken)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    errors.install_excepthook()
    seen: list[str] = []
    click_copy_when_shown(seen)
    energy.editor.save_button.click()  # the exception leaves the slot and reaches the hook

    assert seen and "Đã xảy ra sự cố" in seen[0]
    logged = log_file.read_text("utf-8")
    assert "RuntimeError: disk said no" in logged and "abc123" not in logged
    assert "RuntimeError" in QApplication.clipboard().text()
    assert energy.editor.inputs["quantity"].text() == "1.234"  # what was typed is still there
