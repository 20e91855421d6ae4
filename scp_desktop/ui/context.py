"""What every page shares: the open workspace, the chosen organization and language, change signals."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal

from scp_desktop.domain.organizations import Organization
from scp_desktop.services.workspace import Workspace


class AppContext(QObject):
    organization_changed = Signal()
    data_changed = Signal(str)  # a record kind, or "" for everything
    workspace_changed = Signal()

    def __init__(self, workspace: Workspace, language: str = "vi") -> None:
        super().__init__()
        self.workspace = workspace
        self.language = language
        self.tax_code: str | None = None
        self.sync_runner: Any = None  # the main window's SyncRunner, shared with the Sync page

    @property
    def organization(self) -> Organization | None:
        return self.workspace.organizations.by_tax_code(self.tax_code) if self.tax_code else None

    def set_organization(self, tax_code: str | None) -> None:
        if tax_code != self.tax_code:
            self.tax_code = tax_code
            self.organization_changed.emit()

    def set_workspace(self, workspace: Workspace) -> None:
        old = self.workspace
        self.workspace = workspace
        self.tax_code = None
        old.close()
        self.workspace_changed.emit()
