"""What every page of the main window provides."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget

from scp_desktop.ui.context import AppContext


class Page(QWidget):
    """A page: a translatable title, refresh when the organization or data change, retranslate."""

    page_id = ""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.setObjectName(self.page_id)
        ctx.organization_changed.connect(self.refresh)
        ctx.workspace_changed.connect(self.refresh)
        ctx.data_changed.connect(self.on_data_changed)

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
