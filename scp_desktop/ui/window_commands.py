"""The Edit and Go menus: undo and redo, new, save, print and find on the page shown, and a
shortcut (Ctrl+1 … Ctrl+9) for each page the organization has."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack
from PySide6.QtWidgets import QMenu

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from scp_desktop.ui.labels import tr

if TYPE_CHECKING:
    from scp_desktop.ui.main_window import MainWindow
    from scp_desktop.ui.pages.base import Page

PAGE_KEYS = 9  # Ctrl+1 … Ctrl+9 go to the first nine pages shown

# (command a page answers, its text, its shortcut)
PAGE_COMMANDS: list[tuple[str, Msg, QKeySequence.StandardKey | str]] = [
    ("new", QT_TRANSLATE_NOOP("EditMenu", "&New"), QKeySequence.StandardKey.New),
    ("save", QT_TRANSLATE_NOOP("EditMenu", "&Save"), QKeySequence.StandardKey.Save),
    ("print", QT_TRANSLATE_NOOP("EditMenu", "&Print or save as PDF…"), QKeySequence.StandardKey.Print),
    ("find", QT_TRANSLATE_NOOP("EditMenu", "&Find in the table"), QKeySequence.StandardKey.Find),
]


class WindowCommands(QObject):
    """Owns the Edit and Go menus of a main window and keeps them pointed at the page shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.page: Page | None = None
        self.undo_group = QUndoGroup(self)
        self.edit_menu = QMenu(window)
        self.undo_action = QAction(window, triggered=self.undo_group.undo)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = QAction(window, triggered=self.undo_group.redo)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setEnabled(False)
            self.edit_menu.addAction(action)
        self.undo_group.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_group.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_group.undoTextChanged.connect(lambda _: self._undo_texts())
        self.undo_group.redoTextChanged.connect(lambda _: self._undo_texts())
        self.edit_menu.addSeparator()
        self.page_actions: dict[str, QAction] = {}
        for name, _text, key in PAGE_COMMANDS:
            action = QAction(window)
            action.setObjectName(f"command_{name}")
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _=False, n=name: self.run(n))
            action.setEnabled(False)
            self.edit_menu.addAction(action)
            self.page_actions[name] = action
        self.go_menu = QMenu(window)
        self.go_actions: list[QAction] = []

    # -- the page shown ---------------------------------------------------------------------
    def page_built(self, page: Page) -> None:
        for stack in page.findChildren(QUndoStack):
            self.undo_group.addStack(stack)
        page.commands_changed.connect(lambda: self.page_shown(page) if page is self.page else None)

    def page_shown(self, page: Page) -> None:
        self.page = page
        self.undo_group.setActiveStack(page.undo_stack)
        commands = page.commands()
        for name, action in self.page_actions.items():
            action.setEnabled(name in commands)
        self._undo_texts()

    def run(self, name: str) -> None:
        command: Callable[[], object] | None = self.page.commands().get(name) if self.page else None
        if command is not None:
            command()

    # -- the Go menu ------------------------------------------------------------------------
    def fill_go_menu(self, entries: list[tuple[int, str]]) -> None:
        """The pages shown, by row and title; the first nine with Ctrl+1 … Ctrl+9."""
        self.go_menu.clear()
        self.go_actions = []
        for position, (row, title) in enumerate(entries):
            action = self.go_menu.addAction(title)
            action.setObjectName(f"go_{row}")
            if position < PAGE_KEYS:
                action.setShortcut(QKeySequence(f"Ctrl+{position + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.window.nav.setCurrentRow(r))
            self.go_actions.append(action)

    # -- texts ------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.edit_menu.setTitle(QCoreApplication.translate("EditMenu", "&Edit"))
        self.go_menu.setTitle(QCoreApplication.translate("EditMenu", "&Go"))
        for name, text, _key in PAGE_COMMANDS:
            self.page_actions[name].setText(tr(text))
        self._undo_texts()

    def _undo_texts(self) -> None:
        undo, redo = self.undo_group.undoText(), self.undo_group.redoText()
        self.undo_action.setText(
            QCoreApplication.translate("EditMenu", "&Undo {action}").format(action=undo)
            if undo
            else QCoreApplication.translate("EditMenu", "&Undo")
        )
        self.redo_action.setText(
            QCoreApplication.translate("EditMenu", "&Redo {action}").format(action=redo)
            if redo
            else QCoreApplication.translate("EditMenu", "&Redo")
        )

    def shortcut_rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for the Help menu's list, in the current language."""
        rows = [
            (self.undo_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), _plain(self.undo_action)),
            (
                " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in self.redo_action.shortcuts()),
                _plain(self.redo_action),
            ),
        ]
        rows += [
            (action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), _plain(action))
            for action in self.page_actions.values()
        ]
        rows += [
            (action.shortcut().toString(QKeySequence.SequenceFormat.NativeText), _plain(action))
            for action in self.go_actions
            if not action.shortcut().isEmpty()
        ]
        return rows


def _plain(action: QAction) -> str:
    return action.text().replace("&", "").rstrip("…")
