"""The dashboard: progress against the national targets and the baseline, and monthly trends."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from scp_desktop.domain.field_labels import TONNES_CO2
from scp_desktop.domain.numbers import format_date, format_number
from scp_desktop.domain.organizations import logs_bags
from scp_desktop.domain.summary import WasteStream
from scp_desktop.presenters.overview import CardView, bag_cards, energy_cards
from scp_desktop.services.compliance import calendar
from scp_desktop.services.dashboard import monthly_series
from scp_desktop.services.summary import summary
from scp_desktop.ui.charts import LineChart
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.labels import tr
from scp_desktop.ui.layout import scrollable
from scp_desktop.ui.pages.base import Page, heading_label


class Card(QFrame):
    """A headline figure with a caption and an optional progress bar towards a target."""

    def __init__(self) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption, self.value, self.detail = QLabel(), QLabel(), QLabel()
        self.value.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.detail.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setTextVisible(True)
        self.bar.hide()
        box = QVBoxLayout(self)
        for widget in (self.caption, self.value, self.bar, self.detail):
            box.addWidget(widget)
        box.addStretch(1)

    def show_figure(self, caption: str, value: str, detail: str = "", progress: float | None = None) -> None:
        self.caption.setText(caption)
        self.value.setText(value)
        self.detail.setText(detail)
        self.bar.setVisible(progress is not None)
        if progress is not None:
            self.bar.setValue(max(0, min(100, round(progress))))
        self.setAccessibleName(f"{caption}: {value}")


class OverviewPage(Page):
    page_id = "overview"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.heading = heading_label()
        self.year_label, self.year = QLabel(), QComboBox()
        self.year_label.setBuddy(self.year)
        self.year.currentIndexChanged.connect(self._show)
        self.year.activated.connect(lambda _: setattr(self, "chosen_year", self.year.currentData()))
        self.chosen_year: int | None = None  # the user's pick; otherwise the last complete year
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.cards = [Card() for _ in range(4)]
        self.waste_box = QVBoxLayout()
        self.deadlines_title = QLabel()
        self.deadlines_title.setStyleSheet("font-weight: 600;")
        self.deadlines = QStandardItemModel(self)
        self.deadline_table = QTableView()
        self.deadline_table.setObjectName("deadlines")
        self.deadline_table.setModel(self.deadlines)
        self.deadline_table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.deadline_table.setWordWrap(True)
        self.deadline_table.verticalHeader().hide()
        self.deadline_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.charts = [LineChart() for _ in range(4)]
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        cards = QGridLayout()
        for index, card in enumerate(self.cards):
            cards.addWidget(card, 0, index)
        charts = QGridLayout()
        for index, chart in enumerate(self.charts):
            charts.addWidget(chart, index // 2, index % 2)
        content = QWidget()
        box = QVBoxLayout(content)
        box.addLayout(top)
        box.addWidget(self.hint)
        box.addWidget(self.deadlines_title)
        box.addWidget(self.deadline_table)
        box.addLayout(cards)
        self.waste_title = QLabel()
        self.waste_title.setStyleSheet("font-weight: 600;")
        box.addWidget(self.waste_title)
        box.addLayout(self.waste_box)
        box.addLayout(charts, 1)
        scroll = scrollable(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Overview")

    def retranslate(self) -> None:
        self.year_label.setText(QCoreApplication.translate("Overview", "Year:"))
        self.year.setAccessibleName(QCoreApplication.translate("Overview", "Year"))
        self.refresh()

    def refresh(self) -> None:
        org = self.ctx.organization
        self.year.blockSignals(True)
        current = self.chosen_year
        self.year.clear()
        years = self.ctx.workspace.records.years_with_data(org.id) if org and org.id else []
        for year in reversed(years or [dt.date.today().year]):
            self.year.addItem(str(year), year)
        index = self.year.findData(current) if current is not None else -1
        if index < 0 and years:  # default: the last complete year with data
            index = self.year.findData(max((y for y in years if y < dt.date.today().year), default=years[-1]))
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)
        self._show()

    def _show(self) -> None:
        org, year = self.ctx.organization, self.year.currentData()
        language = self.ctx.language
        self.heading.setText(org.name if org else QCoreApplication.translate("Overview", "Overview"))
        if org is None or year is None:
            self.hint.setText(
                QCoreApplication.translate(
                    "Overview",
                    "No organization yet: create one on the Organizations page, or open the demo "
                    "workspace from the File menu.",
                )
            )
            for card in self.cards:
                card.show_figure("", "—")
            return
        data = summary(self.ctx.workspace, org.tax_code, year)
        series = monthly_series(self.ctx.workspace, org.tax_code, year)
        bags_apply = logs_bags(org, self.ctx.workspace.organizations.facilities(org.id or 0))
        for widget in (self.cards[2], self.cards[3], self.charts[2]):  # a plant-only manufacturer has no bags
            widget.setVisible(bags_apply)
        self._deadlines(org.tax_code, language)
        self.hint.setText(
            ""
            if data.energy or data.bags or data.waste
            else QCoreApplication.translate(
                "Overview", "No data for {year} yet: record energy, bags or waste on their pages."
            ).format(year=year)
        )
        self._show_cards(energy_cards(data.energy, language), self.cards[:2])
        self._show_cards(bag_cards(data.bags, language), self.cards[2:])
        self._waste_bars(data.waste, language)
        months = [format_number(m, language, 0) for m in range(1, 13)]
        titles = [
            QCoreApplication.translate("Overview", "Energy use per month (TOE)"),
            QCoreApplication.translate("Overview", "CO₂ per month, Scope 1 + 2 (t)"),
            QCoreApplication.translate("Overview", "Non-biodegradable bags per transaction"),
            QCoreApplication.translate("Overview", "Waste recovery rate per month (%)"),
        ]
        values: list[dict[str, list[float | None]]] = [
            {QCoreApplication.translate("Overview", "TOE"): series.toe},
            {tr(TONNES_CO2): series.co2_t},
            {QCoreApplication.translate("Overview", "bags per transaction"): series.bags_per_transaction},
            {self._stream_label(stream, language): values for stream, values in series.recovery_pct.items()},
        ]
        for chart, title, data_series in zip(self.charts, titles, values, strict=True):
            chart.language, chart.month_labels = language, months
            chart.empty_text = QCoreApplication.translate("Overview", "No monthly data for {year}.").format(year=year)
            chart.set_data(title, data_series)
        bags = data.bags
        if bags and bags.baseline_nonbio_per_transaction and bags.target_pct:
            self.charts[2].set_data(
                titles[2],
                values[2],
                bags.baseline_nonbio_per_transaction * (1 - bags.target_pct / 100),
                QCoreApplication.translate("Overview", "national target ({pct} % below {year})").format(
                    pct=format_number(bags.target_pct, language, 0), year=bags.baseline_year
                ),
            )

    def _stream_label(self, stream: str, language: str) -> str:
        """A waste stream by its name in the language (the chart's legend), never its code."""
        streams = self.ctx.workspace.ref.waste_streams
        return streams[stream].label(language) if stream in streams else stream

    def _deadlines(self, tax_code: str, language: str) -> None:
        """Each facility's duties with their next deadline, the days left and the data still missing."""
        today = dt.date.today()
        found = calendar(self.ctx.workspace, tax_code, today)
        self.deadlines.clear()
        self.deadlines.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Overview", "Duty"),
                QCoreApplication.translate("Overview", "Facility"),
                QCoreApplication.translate("Overview", "Due"),
                QCoreApplication.translate("Overview", "Still missing"),
            ]
        )
        for deadline in found:
            title = deadline.duty.title.label(language)
            if deadline.covers_year:
                title += " " + str(deadline.covers_year)
            if not deadline.duty.verified:
                title += " " + QCoreApplication.translate("Overview", "(date not checked against the legal text)")
            left = deadline.days_left(today)
            if deadline.due is None:
                due = QCoreApplication.translate("Overview", "no confirmed date")
            elif left is not None and left < 0:
                due = QCoreApplication.translate("Overview", "{date}, {days} days overdue").format(
                    date=format_date(deadline.due, language), days=-left
                )
            else:
                due = QCoreApplication.translate("Overview", "{date}, {days} days left").format(
                    date=format_date(deadline.due, language), days=left
                )
            missing = "; ".join(tr(m) for m in deadline.missing)
            cells = [
                QStandardItem(text)
                for text in (title, f"{deadline.facility.name} ({deadline.facility.code})", due, missing)
            ]
            cells[0].setToolTip(
                QCoreApplication.translate("Overview", "To: {to}").format(to=deadline.duty.to.label(language))
            )
            if left is not None and left <= 30:
                cells[2].setForeground(QBrush(QColor("#b3261e")))
            self.deadlines.appendRow(cells)
        self.deadlines_title.setText(QCoreApplication.translate("Overview", "Duties and deadlines"))
        visible = bool(found)
        self.deadlines_title.setVisible(visible)
        self.deadline_table.setVisible(visible)
        header = self.deadline_table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.deadline_table.resizeRowsToContents()
        height = self.deadline_table.horizontalHeader().height() + sum(
            self.deadline_table.rowHeight(r) for r in range(self.deadlines.rowCount())
        )
        self.deadline_table.setFixedHeight(min(height + 4, 260))

    def _show_cards(self, views: tuple[CardView, ...], cards: list[Card]) -> None:
        for view, card in zip(views, cards, strict=True):
            value = view.value if isinstance(view.value, str) else f"{view.value[0]} {tr(view.value[1])}"
            card.show_figure(tr(view.caption), value, " · ".join(tr(part) for part in view.detail), view.progress)

    def _waste_bars(self, waste: Mapping[str, WasteStream] | None, language: str) -> None:
        while self.waste_box.count():
            item = self.waste_box.takeAt(0)
            if item.widget():
                item.widget().hide()
                item.widget().deleteLater()
        self.waste_title.setText(QCoreApplication.translate("Overview", "Waste recovery against the national targets"))
        self.waste_title.setVisible(bool(waste))
        labels = self.ctx.workspace.ref.waste_streams
        routes = self.ctx.workspace.ref.waste_routes
        for stream, figures in (waste or {}).items():
            target = figures.target_pct
            rate = figures.target_rate_pct if target is not None else figures.recovery_rate_pct
            row = QHBoxLayout()
            name = QLabel(labels[stream].label(language) if stream in labels else stream)
            name.setMinimumWidth(160)
            name.setWordWrap(True)
            bar = QProgressBar()
            bar.setValue(round(rate or 0))
            bar.setFormat(f"{format_number(rate, language, 1)} %")
            bar.setAccessibleName(name.text())
            counted = ", ".join(routes[r].label(language) for r in figures.target_routes)
            goal = QLabel(
                QCoreApplication.translate("Overview", "target {target} %, counting: {routes}").format(
                    target=format_number(target, language, 0), routes=counted
                )
                if target is not None
                else QCoreApplication.translate("Overview", "no national target (all recovery routes shown)")
            )
            goal.setWordWrap(True)  # the routes counted can be a long list
            row.addWidget(name)
            row.addWidget(bar, 1)
            row.addWidget(goal, 1)
            holder = QWidget()
            holder.setLayout(row)
            self.waste_box.addWidget(holder)
