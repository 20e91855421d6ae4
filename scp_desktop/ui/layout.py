"""Making every page and dialog fit a small screen: a wrapping row, columns sized to their
content, dialogs no taller than the screen, and scroll areas for what may still not fit."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
    QWidgetItem,
)

SCREEN_SHARE = 0.9  # a window or dialog opens at most this share of the available screen


class FlowLayout(QLayout):
    """Widgets in a row that wraps onto the next line when the row is too narrow (Qt's flow layout
    example): filter bars and button rows then fit a 1024-pixel screen without clipping."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._stretch: set[int] = set()  # indexes of items that take a line's spare width
        if parent is None:
            self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def add(self, widget: QWidget, stretch: bool = False) -> None:
        """Add a widget; a stretching one takes the spare width of its line."""
        self.addChildWidget(widget)
        if stretch:
            self._stretch.add(len(self._items))
        self.addItem(QWidgetItem(widget))
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        self._stretch = {i - (i > index) for i in self._stretch if i != index}
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        width = sum(item.sizeHint().width() + self._spacing for item in self._visible()) - self._spacing
        height = max((item.sizeHint().height() for item in self._visible()), default=0)
        margins = self.contentsMargins()
        return QSize(max(width, 0) + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _arrange(self, rect: QRect, apply: bool) -> int:
        """Lay the items out line by line; returns the height used."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[int]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if lines[-1] and used + self._spacing + width > area.width():
                lines.append([])
                used = 0
            used += width + (self._spacing if len(lines[-1]) else 0)
            lines[-1].append(index)
        y = area.y()
        for line in lines:
            if not line:
                continue
            height = max(self._items[i].sizeHint().height() for i in line)
            widths = sum(self._items[i].sizeHint().width() for i in line)
            spare = area.width() - widths - self._spacing * (len(line) - 1)
            stretching = [i for i in line if i in self._stretch]
            x = area.x()
            for i in line:
                item = self._items[i]
                width = min(item.sizeHint().width(), area.width())
                if i in stretching and spare > 0:
                    width += spare // len(stretching)
                if apply:
                    top = y + (height - item.sizeHint().height()) // 2
                    item.setGeometry(QRect(QPoint(x, top), QSize(width, item.sizeHint().height())))
                x += width + self._spacing
            y += height + self._spacing
        return y - self._spacing - rect.y() + margins.bottom()


class ColumnFit(QObject):
    """Columns as wide as their content (header included); the widest text column takes what is
    left of the view's width, so names are not cut while an empty column stretches.

    `widths` gives a column's content width where the rows cannot say it (a lazily loaded table of a
    million rows shows only its first rows): e.g. the widest fuel name of the reference data.
    """

    SAMPLE_ROWS = 40  # rows measured: a million-row table is not read to size its columns

    def __init__(self, view: QAbstractItemView, widths: dict[int, int] | None = None, cap: int = 420) -> None:
        super().__init__(view)
        self.view, self.widths, self.cap = view, dict(widths or {}), cap
        self.header: QHeaderView = view.horizontalHeader()  # type: ignore[attr-defined]
        self.header.setStretchLastSection(False)
        self.header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.natural: list[int] = []
        self.stretch_column: int | None = None
        self._fitting = self._held = False
        view.viewport().installEventFilter(self)
        model = view.model()
        model.modelReset.connect(self._reset)
        model.layoutChanged.connect(self._reset)
        model.headerDataChanged.connect(lambda *_: self.fit())
        model.rowsInserted.connect(self._rows_inserted)
        self._measured_rows = 0

    def set_widths(self, widths: dict[int, int]) -> None:
        self.widths = dict(widths)
        self.fit()

    def _reset(self) -> None:
        """A new sort or filter keeps the columns' widths; a table that had too few rows to measure, or
        has other columns now, is measured again."""
        model = self.view.model()
        if len(self.natural) != model.columnCount() or self._measured_rows < min(model.rowCount(), self.SAMPLE_ROWS):
            self.fit()
        else:
            self._share()

    @contextmanager
    def held(self) -> Iterator[None]:
        """No measuring inside (a page that changes its language, then its widths, measures once after)."""
        self._held = True
        try:
            yield
        finally:
            self._held = False

    def fit(self) -> None:
        """Measure every column again (a language switch, new columns) and share the width out."""
        if self._held:
            return
        model = self.view.model()
        self.natural = []
        header_metrics, metrics = self.header.fontMetrics(), self.view.fontMetrics()
        padding = self.header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) * 2 + 18  # + sort arrow
        rows = min(model.rowCount(), self.SAMPLE_ROWS)
        self._measured_rows = rows
        for column in range(model.columnCount()):
            title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            longest_word = max((header_metrics.horizontalAdvance(word) for word in title.split()), default=0)
            cells = (str(model.index(row, column).data() or "") for row in range(rows))
            content = max((metrics.horizontalAdvance(text) for text in cells), default=0) + 12
            content = max(content, self.widths.get(column, 0))
            heading = header_metrics.horizontalAdvance(title) + padding
            self.natural.append(min(max(heading, content, longest_word), self.cap))
        self.stretch_column = self._widest_text_column()
        self._share()

    def _widest_text_column(self) -> int | None:
        model = self.view.model()
        candidates = []
        for column, width in enumerate(self.natural):
            if self.header.isSectionHidden(column):
                continue
            alignment = model.data(model.index(0, column, QModelIndex()), Qt.ItemDataRole.TextAlignmentRole)
            right = alignment is not None and bool(Qt.AlignmentFlag(int(alignment)) & Qt.AlignmentFlag.AlignRight)
            if not right:
                candidates.append((width, column))
        return max(candidates)[1] if candidates else None

    def _share(self) -> None:
        if self._fitting or not self.natural:
            return
        self._fitting = True
        try:
            spare = self.view.viewport().width() - sum(
                w for c, w in enumerate(self.natural) if not self.header.isSectionHidden(c)
            )
            for column, width in enumerate(self.natural):
                extra = spare if column == self.stretch_column and spare > 0 else 0
                self.header.resizeSection(column, width + extra)
        finally:
            self._fitting = False

    def _rows_inserted(self) -> None:
        if self.view.model().rowCount() <= 200:  # small tables grow a row at a time: measure again
            self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._share()
        return False


class WrappedRows(QStyledItemDelegate):
    """A tree's rows as tall as their text wrapped at the width it is drawn in, never "…".

    A QTreeView with word wrap measures a cell as if its text had the whole column, indentation
    included, and measures once: an indented title then loses its last line, and a column made
    narrower by a smaller window elides every title. Here a cell is measured at its own width, and the
    rows are measured again whenever a column's width changes.
    """

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view
        view.setWordWrap(True)
        view.setUniformRowHeights(False)
        view.setItemDelegate(self)
        view.header().sectionResized.connect(lambda *_: view.scheduleDelayedItemsLayout())

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """The text's width on one line (what a column sized to its content wants), and its height
        wrapped at the column's width."""
        cell = QStyleOptionViewItem(option)
        cell.rect = QRect()  # no width to wrap at: one line
        natural = super().sizeHint(cell, index)
        # The style measures the text inside one text margin a side but draws it inside two.
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, self.view) + 1
        width = self.view.columnWidth(index.column()) - self._indentation(index) - 2 * margin
        cell.rect = QRect(0, 0, max(1, width), 1)
        return QSize(natural.width(), max(natural.height(), super().sizeHint(cell, index).height()))

    def _indentation(self, index: QModelIndex) -> int:
        """How far the branch lines push the text in (the first column only)."""
        if index.column() != self.view.header().logicalIndex(0):
            return 0
        depth = 0 if self.view.rootIsDecorated() else -1
        parent = index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        return (depth + 1) * self.view.indentation()


def labelled(label: QLabel, field: QWidget) -> QWidget:
    """A label and its field kept together on one line of a wrapping row."""
    label.setBuddy(field)
    pair = QWidget()
    line = QHBoxLayout(pair)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(label)
    line.addWidget(field, 1)
    return pair


def scrollable(widget: QWidget, horizontal: bool = False) -> QScrollArea:
    """The widget in a frameless scroll area that resizes it: a page taller than a 600-pixel screen
    scrolls instead of pushing its buttons off the window."""
    area = QScrollArea()
    area.setObjectName(f"{widget.objectName() or 'content'}_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    if not horizontal:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    area.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    keep_minimum(widget)
    if not horizontal:
        _WidthFollower(area)
    return area


class _WidthFollower(QObject):
    """A scroll area that never scrolls sideways is kept at least as wide as its content needs, so a
    field is never cut on the right (the splitter or window then gives it the room)."""

    def __init__(self, area: QScrollArea) -> None:
        super().__init__(area)
        self.area = area
        area.widget().installEventFilter(self)
        self.follow()

    def follow(self) -> None:
        content = self.area.widget()
        extra = self.area.verticalScrollBar().sizeHint().width() + 2 * self.area.frameWidth()
        self.area.setMinimumWidth(content.minimumSizeHint().width() + extra)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.follow()
        return False


def keep_minimum(widget: QWidget) -> None:
    """A scroll area squeezes a resizable widget to its viewport unless the widget's own minimum size
    says otherwise: its layout sets that minimum, so the area scrolls instead of overlapping rows."""
    layout = widget.layout()
    if layout is not None:
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)


def fit_to_screen(widget: QWidget, wanted: QSize) -> None:
    """Resize a window or dialog to `wanted`, but to at most 90 % of the screen it opens on."""
    screen = widget.screen() or (widget.parentWidget().screen() if widget.parentWidget() else None)
    if screen is None:
        widget.resize(wanted)
        return
    available = screen.availableGeometry().size()
    widget.resize(
        min(wanted.width(), int(available.width() * SCREEN_SHARE)),
        min(wanted.height(), int(available.height() * SCREEN_SHARE)),
    )
