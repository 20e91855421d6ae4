"""Models, delegates and drawings of the eco-innovation project page.

Every list of a phase is one `ListTableModel` over the presenter (edits go through the page, which
saves them and keeps them for undo); the canvas, the impact × ease matrix and the Gantt are painted
from the same domain layout the reports use.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from scp_desktop.domain.eco_innovation import (
    CANVAS_BLOCKS,
    CANVAS_LAYOUT,
    HOTSPOT_RATINGS,
    IMPACTS,
    LIFE_CYCLE_STAGES,
    LIST_FIELDS,
    OUT_OF_SCALE,
    Action,
    Idea,
    gantt,
    hotspot_key,
    priority_matrix,
)
from scp_desktop.domain.messages import DomainError, Msg
from scp_desktop.ui.labels import tr

if TYPE_CHECKING:
    from scp_desktop.presenters.eco_project import EcoPresenter

Index = QModelIndex | QPersistentModelIndex
ACCENT = QColor("#1b6e5a")
RATING_COLOURS = {"high": "#e6a19a", "medium": "#f3d08a", "low": "#cfe6c9", "none": "#eeeeee"}
STATUS_COLOURS = {"done": "#1b6e5a", "in_progress": "#2f6fb0", "planned": "#9ab8ad", "dropped": "#bbbbbb"}
ChoicesRole = Qt.ItemDataRole.UserRole + 10


class ListTableModel(QAbstractTableModel):
    """One list of a phase (team, SWOT, KPIs, ideas …) as an editable table."""

    def __init__(
        self,
        presenter: EcoPresenter,
        list_name: str,
        headers: Sequence[Msg],
        apply: Callable[[Callable[[], Any]], bool],
        choices: Callable[[str], list[tuple[str, str]] | None] | None = None,
        computed: Sequence[tuple[Msg, Callable[[int], str]]] = (),
    ) -> None:
        super().__init__()
        self.presenter, self.list_name, self.headers = presenter, list_name, list(headers)
        self.fields = list(LIST_FIELDS[list_name])
        self.apply = apply  # runs an edit through the page (save, undo stack, errors at the field)
        self.choices = choices or (lambda _field: None)
        self.computed = list(computed)  # read-only columns after the fields (e.g. an idea's priority)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.presenter.rows(self.list_name))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.fields) + len(self.computed)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if index.column() >= len(self.fields):
            _, value = self.computed[index.column() - len(self.fields)]
            return value(index.row()) if role == Qt.ItemDataRole.DisplayRole else None
        name = self.fields[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.presenter.cell_text(self.list_name, index.row(), name, tr)
        if role == Qt.ItemDataRole.EditRole:
            return self.presenter.edit_text(self.list_name, index.row(), name)
        if role == ChoicesRole:
            kind = LIST_FIELDS[self.list_name][name]
            if kind.kind == "choice" and kind.choices is not None:
                return [(code, tr(label)) for code, label in kind.choices.items() if code]
            return self.choices(name)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() >= len(self.fields):
            return False
        name, row = self.fields[index.column()], index.row()
        return self.apply(lambda: self.presenter.set_cell(self.list_name, row, name, str(value)))

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.column() >= len(self.fields):
            return super().flags(index)
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = [*self.headers, *(header for header, _ in self.computed)]
            return tr(headers[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            kind = LIST_FIELDS[self.list_name].get(self.fields[section]) if section < len(self.fields) else None
            return tr(OUT_OF_SCALE) if kind is not None and kind.kind == "rating" else None
        return super().headerData(section, orientation, role)

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box for columns with choices (the model's ChoicesRole); plain text elsewhere.

    An editable combo (free text with suggestions) where `free` says so, e.g. a SWOT area."""

    def __init__(self, parent: QWidget, free: Sequence[str] = ()) -> None:
        super().__init__(parent)
        self.free = set(free)

    def _choices(self, index: Index) -> list[tuple[str, str]] | None:
        return index.data(ChoicesRole)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = self._choices(index)
        if choices is None:
            return super().createEditor(parent, option, index)
        combo = QComboBox(parent)
        field = index.model().fields[index.column()] if hasattr(index.model(), "fields") else ""
        combo.setEditable(field in self.free)
        for code, label in choices:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            value = index.data(Qt.ItemDataRole.EditRole)
            found = editor.findData(value)
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(str(value or ""))
            return
        super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        if isinstance(editor, QComboBox):
            chosen = editor.currentData()
            text = editor.currentText()
            value = (
                chosen
                if chosen is not None and (not editor.isEditable() or text == editor.itemText(editor.currentIndex()))
                else text
            )
            model.setData(index, value, Qt.ItemDataRole.EditRole)
            return
        super().setModelData(editor, model, index)


class HotspotModel(QAbstractTableModel):
    """Stages down, impacts across; each cell its rating, the consultant's note and the records' figure."""

    def __init__(self, presenter: EcoPresenter, apply: Callable[[Callable[[], Any]], bool]) -> None:
        super().__init__()
        self.presenter, self.apply = presenter, apply
        self.stages, self.impacts = list(LIFE_CYCLE_STAGES), list(IMPACTS)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.stages)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.impacts)

    def cell(self, index: Index) -> tuple[str, str]:
        return self.stages[index.row()], self.impacts[index.column()]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        project = self.presenter.project
        if project is None or not index.isValid():
            return None
        stage, impact = self.cell(index)
        spot = project.strategy.hotspot(stage, impact)
        figure = self.presenter.figures.get(hotspot_key(stage, impact))
        if role == Qt.ItemDataRole.DisplayRole:
            lines = [tr(HOTSPOT_RATINGS[spot.rating]) if spot.rating else "", spot.note, self._figure(figure)]
            return "\n".join(line for line in lines if line)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._figure(figure) or tr(HOTSPOT_RATINGS[""])
        if role == Qt.ItemDataRole.EditRole:
            return spot.rating
        if role == Qt.ItemDataRole.BackgroundRole and spot.rating in RATING_COLOURS:
            return QBrush(QColor(RATING_COLOURS[spot.rating]))
        if role == Qt.ItemDataRole.ForegroundRole and spot.rating:
            return QBrush(QColor("#222222"))
        if role == ChoicesRole:
            return [(code, tr(label)) for code, label in HOTSPOT_RATINGS.items()]
        return None

    def _figure(self, figure: Msg | None) -> str:
        if figure is None:
            return ""
        from scp_desktop.domain.numbers import short_number

        return figure.render(QCoreApplication.translate, lambda v: short_number(v, self.presenter.language, 1))

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        stage, impact = self.cell(index)
        return self.apply(lambda: self.presenter.set_hotspot(stage, impact, rating=str(value or "")))

    def flags(self, index: Index) -> Qt.ItemFlag:
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return tr(IMPACTS[self.impacts[section]])
        return tr(LIFE_CYCLE_STAGES[self.stages[section]])

    def reload(self) -> None:
        self.beginResetModel()
        self.endResetModel()


class QuestionsModel(QAbstractTableModel):
    """The preliminary-assessment questions with their answers (a combo of the options)."""

    def __init__(self, presenter: EcoPresenter, apply_answer: Callable[[str, str], None]) -> None:
        super().__init__()
        self.presenter, self.apply_answer = presenter, apply_answer
        self.rows: list[tuple[str, str, list[tuple[str, str]], str]] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self.presenter.questions()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        criterion, text, options, chosen = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == 0:
                return f"{criterion}. {text}"
            return dict(options).get(chosen, "—")
        if role == Qt.ItemDataRole.EditRole:
            return chosen
        if role == ChoicesRole and index.column() == 1:
            return [("", "—"), *options]
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != 1:
            return False
        self.apply_answer(self.rows[index.row()][0], str(value or ""))
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == 1 else flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return (
                QCoreApplication.translate("EcoProject", "Question"),
                QCoreApplication.translate("EcoProject", "Answer"),
            )[section]
        return None


class KpiReviewModel(QAbstractTableModel):
    """Read-only: each KPI's baseline, its value year after year with the change, target and progress."""

    def __init__(self, presenter: EcoPresenter) -> None:
        super().__init__()
        self.presenter = presenter
        self.series: list[Any] = []
        self.years: list[int] = []

    def reload(self) -> None:
        self.beginResetModel()
        self.series = self.presenter.kpi_table()
        self.years = self.presenter.review_years()
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.series)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4 + len(self.years)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole):
            return None
        series, column = self.series[index.row()], index.column()
        language = self.presenter.language
        from scp_desktop.domain.numbers import format_number

        decimals = 4 if series.baseline is not None and 0 < abs(series.baseline) < 1 else 2
        by_year = {p.year: p for p in series.points}
        if role == Qt.ItemDataRole.ForegroundRole:
            if 2 <= column < 2 + len(self.years) and (point := by_year.get(self.years[column - 2])):
                return QBrush(QColor("#1b6e5a" if point.improved else "#c0392b" if point.improved is False else "#333"))
            return None
        kpi = series.kpi
        if column == 0:
            return f"{kpi.code} {kpi.name}".strip()
        if column == 1:
            return f"{format_number(series.baseline, language, decimals)} ({kpi.baseline_year or '–'})"
        if column < 2 + len(self.years):
            point = by_year.get(self.years[column - 2])
            if point is None:
                return "–"
            change = (
                ""
                if point.change_pct is None
                else f" ({point.change_pct:+.1f} %)".replace(".", "," if language == "vi" else ".")
            )
            return format_number(point.value, language, decimals) + change
        if column == 2 + len(self.years):
            return format_number(kpi.target_value, language, decimals) if kpi.target_value is not None else "–"
        latest = series.latest
        return "–" if latest is None or latest.progress_pct is None else format_number(latest.progress_pct, language, 0)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        fixed = [
            QCoreApplication.translate("EcoProject", "KPI"),
            QCoreApplication.translate("EcoProject", "Baseline"),
        ]
        tail = [
            QCoreApplication.translate("EcoProject", "Target"),
            QCoreApplication.translate("EcoProject", "Progress (%)"),
        ]
        return [*fixed, *(str(y) for y in self.years), *tail][section]


# -- drawings --------------------------------------------------------------------------------------
class CanvasView(QWidget):
    """The nine-block canvas; click a block (or use the arrow keys) to choose it for editing."""

    block_chosen = Signal(str)

    def __init__(self, which: str) -> None:
        super().__init__()
        self.which = which  # current or new
        self.texts: dict[str, str] = {}
        self.changed: set[str] = set()
        self.selected = "value_proposition"
        self.title = ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(300, 240)

    def sizeHint(self) -> QSize:
        return QSize(520, 300)

    def set_texts(self, title: str, texts: dict[str, str], changed: set[str]) -> None:
        self.title, self.texts, self.changed = title, texts, changed
        self.setAccessibleName(title)
        self.update()

    def select(self, block: str) -> None:
        self.selected = block
        self.update()

    def _rect(self, block: str) -> QRectF:
        x, y, w, h = CANVAS_LAYOUT[block]
        area = QRectF(self.rect()).adjusted(1, 20, -1, -1)
        return QRectF(area.x() + x * area.width(), area.y() + y * area.height(), w * area.width(), h * area.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ACCENT)
        painter.drawText(QRect(2, 0, self.width() - 4, 18), Qt.AlignmentFlag.AlignVCenter, self.title)
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 6.5))
        bold = QFont(small)
        bold.setBold(True)
        for block, title in CANVAS_BLOCKS.items():
            rect = self._rect(block)
            if block in self.changed:
                painter.fillRect(rect, QColor("#eef5f2"))
            chosen = block == self.selected
            painter.setPen(QPen(ACCENT, 2.5 if chosen and self.hasFocus() else 1.5 if chosen else 0.8))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
            inner = rect.adjusted(5, 3, -5, -3)
            painter.setFont(bold)
            painter.setPen(ACCENT)
            title_rect = painter.boundingRect(inner, Qt.TextFlag.TextWordWrap, tr(title))
            painter.drawText(inner, Qt.TextFlag.TextWordWrap, tr(title))
            painter.setFont(small)
            painter.setPen(QColor("#222222"))
            body = inner.adjusted(0, title_rect.height() + 1, 0, 0)
            painter.drawText(body, Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignTop, self.texts.get(block, ""))
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        for block in CANVAS_BLOCKS:
            if self._rect(block).contains(event.position()):
                self.select(block)
                self.block_chosen.emit(block)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        order = list(CANVAS_BLOCKS)
        step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}.get(event.key())
        if step is None:
            super().keyPressEvent(event)
            return
        self.select(order[(order.index(self.selected) + step) % len(order)])
        self.block_chosen.emit(self.selected)


class MatrixView(QWidget):
    """Impact upwards, ease to the right: where each idea sits."""

    def __init__(self) -> None:
        super().__init__()
        self.ideas: tuple[Idea, ...] = ()
        self.labels = ("", "")
        self.setMinimumSize(220, 200)

    def set_ideas(self, ideas: tuple[Idea, ...], impact: str, ease: str) -> None:
        self.ideas, self.labels = ideas, (impact, ease)
        self.setAccessibleName(f"{impact} × {ease}")
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        left, bottom = 22, 20
        size = min(self.width() - left - 4, self.height() - bottom - 4)
        cell = size / 5
        cells = priority_matrix(self.ideas)
        for impact in range(1, 6):
            for ease in range(1, 6):
                rect = QRectF(left + (ease - 1) * cell, (5 - impact) * cell, cell, cell)
                level = (impact + ease - 2) / 8
                painter.fillRect(rect, QColor.fromRgbF(0.94 - 0.2 * level, 0.97, 0.94 - 0.2 * level))
                painter.setPen(QColor("#b8c8c2"))
                painter.drawRect(rect)
                painter.setPen(QColor("#222222"))
                painter.drawText(
                    rect,
                    Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                    " ".join(cells.get((impact, ease), [])),
                )
        painter.setPen(ACCENT)
        painter.drawText(QRectF(left, size + 2, size, bottom), Qt.AlignmentFlag.AlignCenter, f"{self.labels[1]} →")
        painter.save()
        painter.translate(14, size / 2)
        painter.rotate(-90)
        painter.drawText(QRectF(-size / 2, -12, size, 16), Qt.AlignmentFlag.AlignCenter, f"{self.labels[0]} →")
        painter.restore()
        painter.end()


class GanttView(QWidget):
    """The roadmap's actions as bars over their months, coloured by status."""

    def __init__(self) -> None:
        super().__init__()
        self.actions: tuple[Action, ...] = ()
        self.setMinimumHeight(80)

    def set_actions(self, actions: tuple[Action, ...]) -> None:
        self.actions = actions
        bars, _, _ = gantt(actions)
        self.setMinimumHeight(28 + 20 * max(len(bars), 1))
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        bars, first, last = gantt(self.actions)
        if not bars or first is None or last is None:
            painter.setPen(QColor("#777777"))
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                QCoreApplication.translate("EcoProject", "Give actions a start month to see them here."),
            )
            painter.end()
            return
        label_w = min(260, self.width() // 3)
        step = (self.width() - label_w - 8) / (last - first + 1)
        for month in range(first, last + 1):
            if month % 12 == 0 or month == first:
                x = label_w + (month - first) * step
                painter.setPen(QColor("#b8c8c2"))
                painter.drawLine(int(x), 16, int(x), self.height())
                painter.setPen(QColor("#333333"))
                painter.drawText(int(x) + 2, 12, str(month // 12))
        fm = painter.fontMetrics()
        for row, bar in enumerate(bars):
            y = 22 + row * 20
            painter.setPen(QColor("#222222"))
            painter.drawText(
                QRect(2, y, label_w - 6, 16),
                Qt.AlignmentFlag.AlignVCenter,
                fm.elidedText(bar.action.title, Qt.TextElideMode.ElideRight, label_w - 6),
            )
            x = label_w + (bar.first - first) * step
            painter.fillRect(
                QRectF(x, y + 3, max(step * (bar.last - bar.first + 1), 3), 11),
                QColor(STATUS_COLOURS.get(bar.action.status, "#1b6e5a")),
            )
        painter.end()


def error_text(error: DomainError) -> str:
    return error.render(QCoreApplication.translate)
