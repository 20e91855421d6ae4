"""What every page of the main window provides."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent, QUndoStack
from PySide6.QtWidgets import QLabel, QWidget

from scp_desktop.ui.context import AppContext


def heading_label() -> QLabel:
    """A page's title: large, and wrapping rather than widening the page when a name is long."""
    label = QLabel()
    label.setObjectName("heading")
    label.setWordWrap(True)
    label.setStyleSheet("font-size: 15pt; font-weight: 600;")
    return label


class Page(QWidget):
    """A page: a translatable title, refresh when the organization or data change, retranslate.

    The window's menus act on the page shown: its `undo_stack` (Edit ▸ Undo) and the `commands` it
    answers: "new" (Ctrl+N), "save" (Ctrl+S), "print" (Ctrl+P, a PDF) and "find" (Ctrl+F).
    """

    page_id = ""
    undo_stack: QUndoStack | None = None
    commands_changed = Signal()  # another tab or mode: other commands, another undo stack

    def commands(self) -> dict[str, Callable[[], object]]:
        return {}

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(self.page_id)
        self.stale = False
        ctx.organization_changed.connect(self._refresh_when_seen)
        ctx.workspace_changed.connect(self._refresh_when_seen)
        ctx.data_changed.connect(self._data_changed_when_seen)

    # Hidden pages only note that they are stale and catch up when shown: switching the
    # organization must not make every page query a million rows.
    def _refresh_when_seen(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self.stale = True

    def _data_changed_when_seen(self, kind: str) -> None:
        if self.isVisible():
            self.on_data_changed(kind)
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self.stale:
            self.stale = False
            self.refresh()
        super().showEvent(event)

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        """Reload from the workspace (organization, workspace or language changed)."""

    def on_data_changed(self, kind: str) -> None:
        self.refresh()

    def retranslate(self) -> None:
        """Re-set every visible text; called on LanguageChange."""

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
