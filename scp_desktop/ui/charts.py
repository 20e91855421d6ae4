"""Month-by-month line charts drawn with QPainter (no QtCharts: it needs the ~150 MB add-ons wheel)."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from scp_desktop.domain.numbers import format_number

PALETTE = ["#1b7f5c", "#2f6db5", "#c26a1b", "#8a3fb0", "#b8343a", "#4d8f2c", "#6b6b6b"]


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 2, 4, 6, 8, 10 × 10^k that is ≥ value, so the four grid steps are round."""
    if value <= 0:
        return 1.0
    magnitude = 10 ** math.floor(math.log10(value))
    return next(m * magnitude for m in (1, 2, 4, 6, 8, 10) if m * magnitude >= value)


class LineChart(QWidget):
    """Twelve monthly points per series; gaps where a month has no data; an optional target line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.series: dict[str, list[float | None]] = {}
        self.target: float | None = None
        self.target_label = ""
        self.month_labels = [str(m) for m in range(1, 13)]
        self.language = "vi"
        self.empty_text = ""
        self.setMinimumHeight(180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(420, 220)

    def set_data(
        self, title: str, series: dict[str, list[float | None]], target: float | None = None, target_label: str = ""
    ) -> None:
        self.title, self.series, self.target, self.target_label = title, series, target, target_label
        self.setAccessibleName(title)
        self.update()

    def _bounds(self) -> tuple[float, float]:
        values = [v for s in self.series.values() for v in s if v is not None]
        if self.target is not None:
            values.append(self.target)
        return 0.0, nice_ceiling(max(values, default=1.0))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        metrics = painter.fontMetrics()
        line_height = metrics.height()
        painter.setPen(palette.text().color())
        painter.drawText(QRectF(8, 4, self.width() - 16, line_height), Qt.AlignmentFlag.AlignLeft, self.title)
        has_data = any(v is not None for s in self.series.values() for v in s)
        plot = QRectF(
            8 + metrics.horizontalAdvance("0000000"),
            10 + line_height,
            self.width() - 24 - metrics.horizontalAdvance("0000000"),
            self.height() - 24 - 3 * line_height,
        )
        if plot.width() <= 10 or plot.height() <= 10:
            return
        if not has_data:
            painter.setPen(palette.placeholderText().color())
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap, self.empty_text)
            return
        low, high = self._bounds()

        def point(month_index: int, value: float) -> QPointF:
            x = plot.left() + plot.width() * month_index / 11
            y = plot.bottom() - plot.height() * (value - low) / (high - low)
            return QPointF(x, y)

        grid = QPen(palette.mid().color(), 1, Qt.PenStyle.DotLine)
        for step in range(5):
            value = low + (high - low) * step / 4
            y = plot.bottom() - plot.height() * step / 4
            painter.setPen(grid)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(palette.text().color())
            label = format_number(value, self.language, 0 if high >= 10 else 2 if high < 1 else 1)
            painter.drawText(
                QRectF(0, y - line_height / 2, plot.left() - 4, line_height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
        for month_index, label in enumerate(self.month_labels):
            x = plot.left() + plot.width() * month_index / 11
            painter.drawText(QRectF(x - 20, plot.bottom() + 2, 40, line_height), Qt.AlignmentFlag.AlignCenter, label)
        if self.target is not None:
            painter.setPen(QPen(QColor("#b8343a"), 1.5, Qt.PenStyle.DashLine))
            y = point(0, self.target).y()
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.drawText(
                QRectF(plot.left() + 4, y + 2, plot.width() - 8, line_height),
                Qt.AlignmentFlag.AlignRight,
                self.target_label,
            )
        legend_x = plot.left()
        for index, (name, values) in enumerate(self.series.items()):
            color = QColor(PALETTE[index % len(PALETTE)])
            painter.setPen(QPen(color, 2))
            path = QPainterPath()
            pen_down = False
            for month_index, value in enumerate(values):
                if value is None:
                    pen_down = False
                    continue
                p = point(month_index, value)
                path.lineTo(p) if pen_down else path.moveTo(p)
                pen_down = True
                painter.drawEllipse(p, 2.5, 2.5)
            painter.drawPath(path)
            legend_y = self.height() - line_height - 2
            painter.drawLine(
                QPointF(legend_x, legend_y + line_height / 2), QPointF(legend_x + 16, legend_y + line_height / 2)
            )
            painter.setPen(palette.text().color())
            painter.drawText(QPointF(legend_x + 20, legend_y + metrics.ascent()), name)
            legend_x += 36 + metrics.horizontalAdvance(name)
        painter.end()
