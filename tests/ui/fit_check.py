"""What a person sees on a small screen, checked widget by widget: nothing lies outside the window
(or outside the scroll area that holds it), and no label or button shows less than its text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QCheckBox,
    QLabel,
    QListView,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QWidget,
)


def _inside_scrolled_content(widget: QWidget, window: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        grand = parent.parentWidget()
        if isinstance(grand, QAbstractScrollArea) and parent is grand.viewport():
            return True
        parent = grand
    return False


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}"


def _cut_text(widget: QWidget) -> str | None:
    """Why a label, button or tab shows less than its text, if it does."""
    if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text() and not widget.pixmap():
        if widget.width() < widget.minimumSizeHint().width() - 1:
            return f"{_name(widget)} is cut: {widget.width()} < {widget.minimumSizeHint().width()}"
    elif isinstance(widget, QAbstractButton) and widget.text() and not isinstance(widget.parentWidget(), QTabBar):
        needed = widget.fontMetrics().horizontalAdvance(widget.text().replace("&", "")) + 8
        if isinstance(widget, QCheckBox | QRadioButton):
            needed = widget.sizeHint().width() - 1  # the text and its box or circle
        if widget.width() < needed:
            return f"{_name(widget)} is cut: {widget.width()} < {needed}"
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            needed = widget.fontMetrics().horizontalAdvance(widget.tabText(index).replace("&", ""))
            if widget.tabRect(index).width() < needed:
                return f"tab {widget.tabText(index)!r} is cut"
    return None


def fit_problems(window: QWidget) -> list[str]:
    """Every shown widget that lies outside the window, and every label or button narrower than its text."""
    problems = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.isWindow() or widget.width() == 0:
            continue
        box = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
        if not _inside_scrolled_content(widget, window) and not window.rect().contains(box):
            problems.append(f"{_name(widget)} lies outside the window: {box.getRect()} in {window.size().toTuple()}")
        cut = _cut_text(widget)
        if cut:
            problems.append(cut)
        if (
            isinstance(widget, QScrollArea)
            and widget.widget() is not None
            and widget.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            and widget.widget().width() > widget.viewport().width() + 1
        ):
            problems.append(
                f"{_name(widget)}: its content is {widget.widget().width()} wide in {widget.viewport().width()}, "
                "cut on the right with no scroll bar"
            )
    return problems


def nav_problems(nav: QListView) -> list[str]:
    """Navigation entries whose text is cut (they may wrap, never elide)."""
    problems = []
    model = nav.model()
    for row in range(model.rowCount()):
        if nav.isRowHidden(row):
            continue
        rect = nav.visualRect(model.index(row, 0))
        text = model.index(row, 0).data()
        needed = nav.fontMetrics().boundingRect(
            QRect(0, 0, rect.width() - 8, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        if needed.height() > rect.height() or nav.horizontalScrollBar().isVisible():
            problems.append(f"navigation entry {text!r} is cut")
    return problems
