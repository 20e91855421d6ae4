"""Restoring from the menu while another program has the workspace open: refused with the reason, nothing
changed, the window keeps working on its workspace (finding 5, in the app)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from scp_desktop.services.backup import backup, describe
from scp_desktop.services.workspace import Workspace
from tests.ui.conftest import CHAIN


def test_a_restore_while_another_program_has_the_workspace_open_is_refused(window, tmp_path, monkeypatch) -> None:
    path = window.ctx.workspace.path
    info = describe(backup(path, tmp_path / "backups"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *rest: warnings.append(text))
    other = Workspace.open(path)  # another program (here: another open workspace) holds it open
    try:
        count = other.db.execute("SELECT count(*) FROM bag_log").fetchone()[0]
        assert window.confirm_restore(info) is False
    finally:
        other.close()
    (text,) = warnings
    assert "đang được mở trong một chương trình khác" in text and "chưa có gì thay đổi" in text
    ws = window.ctx.workspace
    assert ws.db.execute("SELECT count(*) FROM bag_log").fetchone()[0] == count  # reopened, still working
    assert ws.organization(CHAIN).name
    assert window.confirm_restore(info) is True  # with nobody else in it, the restore goes through
