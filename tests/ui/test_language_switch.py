"""One language at a time: after a switch, no widget anywhere still shows a text of the other language
(our catalogue's entries and the reference data's names, both ways)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from scp_desktop.domain.records import FieldType
from scp_desktop.domain.reference import load_bundled
from scp_desktop.resources import i18n_path
from scp_desktop.ui.charts import LineChart
from scp_desktop.ui.pages import PAGES
from scp_desktop.ui.record_model import RecordTableModel

# Views whose cells are text the user typed (a team member's role), in whatever language they typed it.
USER_TEXT_VIEWS = {"table_team"}
_MARKS = re.compile(r"&(?!&)|[:：…]+$")


def _plain(text: str) -> str:
    return _MARKS.sub("", text).strip()


def _catalogue() -> dict[str, str]:
    """English source → Vietnamese, for every entry whose two languages differ in more than case."""
    pairs = {}
    for name in ("scp_desktop_vi.ts", "qtbase_vi.ts"):
        for message in ET.parse(i18n_path() / name).iter("message"):
            source, translation = message.findtext("source") or "", message.find("translation")
            texts = [t.text or "" for t in translation.iter("numerusform")] or [translation.text or ""]
            for text in texts:
                english, vietnamese = _plain(source), _plain(text)
                if "{" not in english and "%" not in english and english.lower() != vietnamese.lower():
                    pairs[english] = vietnamese
    ref = load_bundled()
    for code_list in ref.code_lists().values():
        for item in code_list.values():
            if item.vi and item.en and item.vi.lower() != item.en.lower():
                pairs[item.en] = item.vi
    return pairs


def _shown_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text a person can see in the window, its menus and its item views."""
    found = [("window title", window.windowTitle())]
    for action in window.findChildren(type(window.menuBar().actions()[0])):
        found.append((f"action {action.objectName()!r}", action.text()))
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        where = f"{type(widget).__name__} {widget.objectName()!r}"
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((where, widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found += [(where, widget.itemText(i)) for i in range(min(widget.count(), 80))]
        elif isinstance(widget, QTabWidget):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, LineChart):  # painted, not a widget's text: its title and legend
            found += [(where, widget.title), *((where, name) for name in widget.series)]
        if isinstance(widget, QHeaderView) or widget.objectName() in USER_TEXT_VIEWS:
            continue
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = QModelIndex()
            columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
            found += [(where, str(model.headerData(c, Qt.Orientation.Horizontal) or "")) for c in range(columns)]
            typed = _typed_columns(model)
            for row in range(min(model.rowCount(root), 30)):
                found += [
                    (where, str(model.index(row, c, root).data() or "")) for c in range(columns) if c not in typed
                ]
    return found


def _typed_columns(model: object) -> set[int]:
    """A record table's free-text columns (a product's unit as the user wrote it)."""
    if not isinstance(model, RecordTableModel):
        return set()
    kind = model.query.kind
    return {c for c, name in enumerate(model.columns) if kind.field(name).type is FieldType.TEXT}


def _codes() -> set[str]:
    """Codes of the reference data's lists that are not words of either language (`domestic`, `fo`)."""
    ref = load_bundled()
    lists = ("fuels", "waste_streams", "waste_routes", "bag_types", "cp_categories", "cp_feasibility", "cp_statuses")
    return {code for name in lists for code, item in ref.code_lists()[name].items() if code not in (item.vi, item.en)}


def _wrong_language(window: QWidget, language: str, pairs: dict[str, str]) -> list[str]:
    other = set(pairs.values()) - set(pairs) if language == "en" else set(pairs) - set(pairs.values())
    other |= _codes()  # a code shown instead of its name is in no language
    return sorted(
        {f"{where}: {text!r}" for where, text in _shown_texts(window) for part in [_plain(text)] if part in other}
    )


@pytest.mark.parametrize(("first", "second"), [("vi", "en"), ("en", "vi")])
def test_every_text_follows_a_language_switch(window, qtbot, first, second) -> None:
    pairs = _catalogue()
    window.set_language(first)
    organizations = window.ctx.workspace.organizations.all()
    for org in organizations:  # every page built and filled once, in the first language
        window.ctx.set_organization(org.tax_code)
        for row, entry in enumerate(PAGES):
            if not window.nav.isRowHidden(row):
                window.show_page(entry.page_id)
    window.set_language(second)
    problems = []
    for org in organizations:
        window.ctx.set_organization(org.tax_code)
        for row, entry in enumerate(PAGES):
            if window.nav.isRowHidden(row):
                continue
            window.show_page(entry.page_id)
            qtbot.waitUntil(lambda e=entry: window.stack.currentWidget() is window.page(e.page_id))
            problems += [f"{org.kind} {entry.page_id}: {p}" for p in _wrong_language(window, second, pairs)]
    assert not problems, "\n".join(sorted(set(problems)))
