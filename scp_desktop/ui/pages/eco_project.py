"""The Eco-innovation page: a consultant's project per client, one tab per UNEP phase.

Every edit is saved as it is made (text after a short pause or on leaving the field, table cells
on commit) and is one step on the page's undo stack; each tab's title shows how complete its
worksheets are. The logic lives in the Qt-free `EcoPresenter`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scp_desktop.domain.eco_innovation import CANVAS_BLOCKS, PHASES, SWOT_AREAS
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Msg
from scp_desktop.domain.numbers import format_number
from scp_desktop.presenters.eco_project import EcoPresenter, Edit
from scp_desktop.services.workspace import Workspace
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.files import ask_save_path, offer_to_open
from scp_desktop.ui.labels import tr
from scp_desktop.ui.layout import scrollable
from scp_desktop.ui.operations import Progress, WorkspaceOp
from scp_desktop.ui.pages.base import Page, heading_label
from scp_desktop.ui.pages.eco_widgets import (
    CanvasView,
    ChoiceDelegate,
    GanttView,
    HotspotModel,
    KpiReviewModel,
    ListTableModel,
    MatrixView,
    QuestionsModel,
    error_text,
)

COLUMNS: dict[str, list[Msg]] = {
    "team": [
        QT_TRANSLATE_NOOP("EcoProject", "Name"),
        QT_TRANSLATE_NOOP("EcoProject", "Role"),
        QT_TRANSLATE_NOOP("EcoProject", "Organization"),
        QT_TRANSLATE_NOOP("EcoProject", "Contact"),
    ],
    "markets": [
        QT_TRANSLATE_NOOP("EcoProject", "Market"),
        QT_TRANSLATE_NOOP("EcoProject", "Competition"),
        QT_TRANSLATE_NOOP("EcoProject", "Note"),
    ],
    "swot": [
        QT_TRANSLATE_NOOP("EcoProject", "Area"),
        QT_TRANSLATE_NOOP("EcoProject", "Quadrant"),
        QT_TRANSLATE_NOOP("EcoProject", "Finding"),
    ],
    "kpis": [
        QT_TRANSLATE_NOOP("EcoProject", "Code"),
        QT_TRANSLATE_NOOP("EcoProject", "Name"),
        QT_TRANSLATE_NOOP("EcoProject", "Indicator"),
        QT_TRANSLATE_NOOP("EcoProject", "Unit"),
        QT_TRANSLATE_NOOP("EcoProject", "Baseline year"),
        QT_TRANSLATE_NOOP("EcoProject", "Baseline (typed)"),
        QT_TRANSLATE_NOOP("EcoProject", "Target"),
        QT_TRANSLATE_NOOP("EcoProject", "Target year"),
        QT_TRANSLATE_NOOP("EcoProject", "Direction"),
    ],
    "ideas": [
        QT_TRANSLATE_NOOP("EcoProject", "Code"),
        QT_TRANSLATE_NOOP("EcoProject", "Source"),
        QT_TRANSLATE_NOOP("EcoProject", "Canvas block"),
        QT_TRANSLATE_NOOP("EcoProject", "Idea"),
        QT_TRANSLATE_NOOP("EcoProject", "Impact"),
        QT_TRANSLATE_NOOP("EcoProject", "Ease"),
    ],
    "actions": [
        QT_TRANSLATE_NOOP("EcoProject", "Action"),
        QT_TRANSLATE_NOOP("EcoProject", "Idea"),
        QT_TRANSLATE_NOOP("EcoProject", "Horizon"),
        QT_TRANSLATE_NOOP("EcoProject", "Owner"),
        QT_TRANSLATE_NOOP("EcoProject", "Start (month)"),
        QT_TRANSLATE_NOOP("EcoProject", "End (month)"),
        QT_TRANSLATE_NOOP("EcoProject", "KPI"),
        QT_TRANSLATE_NOOP("EcoProject", "Status"),
    ],
    "pilots": [
        QT_TRANSLATE_NOOP("EcoProject", "Pilot"),
        QT_TRANSLATE_NOOP("EcoProject", "Idea"),
        QT_TRANSLATE_NOOP("EcoProject", "Status"),
        QT_TRANSLATE_NOOP("EcoProject", "Start (month)"),
        QT_TRANSLATE_NOOP("EcoProject", "End (month)"),
        QT_TRANSLATE_NOOP("EcoProject", "Investment spent (VND)"),
        QT_TRANSLATE_NOOP("EcoProject", "Savings measured (VND/year)"),
        QT_TRANSLATE_NOOP("EcoProject", "Results"),
    ],
    "measurements": [
        QT_TRANSLATE_NOOP("EcoProject", "KPI"),
        QT_TRANSLATE_NOOP("EcoProject", "Year"),
        QT_TRANSLATE_NOOP("EcoProject", "Value"),
        QT_TRANSLATE_NOOP("EcoProject", "Note"),
    ],
    "cycles": [
        QT_TRANSLATE_NOOP("EcoProject", "Year"),
        QT_TRANSLATE_NOOP("EcoProject", "Findings"),
        QT_TRANSLATE_NOOP("EcoProject", "Next steps"),
    ],
}
SAVE_DELAY_MS = 600
# The column of each list that takes the width left over (its main text).
WIDE_COLUMN = {
    "team": "role",
    "markets": "note",
    "swot": "text",
    "kpis": "name",
    "ideas": "description",
    "actions": "title",
    "pilots": "results",
    "measurements": "note",
    "cycles": "findings",
}
# Short names for the tabs (the method's full phase names are in their tooltips and the report).
TAB_TITLES: dict[str, Msg] = {
    "prepare": QT_TRANSLATE_NOOP("EcoProject", "Prepare"),
    "strategy": QT_TRANSLATE_NOOP("EcoProject", "Strategy"),
    "business_model": QT_TRANSLATE_NOOP("EcoProject", "Business model"),
    "roadmap": QT_TRANSLATE_NOOP("EcoProject", "Roadmap"),
    "implement": QT_TRANSLATE_NOOP("EcoProject", "Implement"),
    "review": QT_TRANSLATE_NOOP("EcoProject", "Review"),
}


class EditCommand(QUndoCommand):
    """A saved edit; undo writes the document as it was, redo as it became."""

    def __init__(self, page: EcoProjectPage, edit: Edit) -> None:
        super().__init__(QCoreApplication.translate("EcoProject", "Edit the project"))
        self.page, self.edit, self.applied = page, edit, True

    def id(self) -> int:
        return 19 if self.edit.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, EditCommand) or other.edit.merge_key != self.edit.merge_key:
            return False
        self.edit = Edit(self.edit.phase, self.edit.before, other.edit.after, self.edit.merge_key)
        return True

    def redo(self) -> None:
        if self.applied:  # the first redo happened when the user made the edit
            self.applied = False
            return
        self.page.write(self.edit.phase, self.edit.after)

    def undo(self) -> None:
        self.page.write(self.edit.phase, self.edit.before)


class AnswerCommand(QUndoCommand):
    def __init__(self, page: EcoProjectPage, criterion: str, before: str, after: str) -> None:
        super().__init__(QCoreApplication.translate("EcoProject", "Answer a question"))
        self.page, self.criterion, self.before, self.after, self.applied = page, criterion, before, after, True

    def redo(self) -> None:
        if self.applied:
            self.applied = False
            return
        self.page.write_answer(self.criterion, self.after)

    def undo(self) -> None:
        self.page.write_answer(self.criterion, self.before)


class EcoProjectPage(Page):
    page_id = "eco-innovation"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.presenter = EcoPresenter(lambda: self.ctx.workspace, lambda: self.ctx.language)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(lambda _: self._show_saved())
        self.texts: dict[tuple[str, str], QLineEdit | QPlainTextEdit] = {}
        self.pending: dict[tuple[str, str], QTimer] = {}
        self.tables: dict[str, tuple[QTableView, ListTableModel]] = {}
        self.labels: list[tuple[QLabel | QGroupBox | QPushButton, Msg]] = []
        self._loading = False
        self._build()
        self.retranslate()
        self.refresh()

    # -- building ------------------------------------------------------------------------------------
    def _label(self, widget: QLabel | QGroupBox | QPushButton, text: Msg) -> Any:
        self.labels.append((widget, text))
        return widget

    def _build(self) -> None:
        self.heading = heading_label()
        self.project_combo = QComboBox()
        self.project_combo.setObjectName("eco_project")
        self.project_combo.currentIndexChanged.connect(lambda _: self._open(self.project_combo.currentData()))
        self.new_button = self._label(QPushButton(), QT_TRANSLATE_NOOP("EcoProject", "&New project…"))
        self.new_button.clicked.connect(self.ask_new_project)
        self.delete_button = self._label(QPushButton(), QT_TRANSLATE_NOOP("EcoProject", "Delete project…"))
        self.delete_button.clicked.connect(self.ask_delete)
        self.clients_button = self._label(QPushButton(), QT_TRANSLATE_NOOP("EcoProject", "All c&lients…"))
        self.clients_button.clicked.connect(self.show_all_clients)
        project_label = self._label(QLabel(), QT_TRANSLATE_NOOP("EcoProject", "&Project:"))
        project_label.setBuddy(self.project_combo)
        top = QHBoxLayout()
        top.addWidget(project_label)
        top.addWidget(self.project_combo, 1)
        for button in (self.new_button, self.delete_button, self.clients_button):
            top.addWidget(button)
        self.title_edit, self.consultant_edit, self.representative_edit = QLineEdit(), QLineEdit(), QLineEdit()
        self.year_combo = QComboBox()  # the baseline year: one of the last twenty
        this_year = dt.date.today().year
        for year in range(this_year, this_year - 21, -1):
            self.year_combo.addItem(str(year), year)
        self.header_grid = QGridLayout()  # shown at the top of the Prepare tab
        for position, (widget, text, name) in enumerate(
            (
                (self.title_edit, QT_TRANSLATE_NOOP("EcoProject", "&Title:"), "title"),
                (self.consultant_edit, QT_TRANSLATE_NOOP("EcoProject", "Co&nsultant:"), "consultant"),
                (
                    self.representative_edit,
                    QT_TRANSLATE_NOOP("EcoProject", "Client's &representative:"),
                    "client_representative",
                ),
                (self.year_combo, QT_TRANSLATE_NOOP("EcoProject", "&Baseline year:"), "baseline_year"),
            )
        ):
            label = self._label(QLabel(), text)
            label.setBuddy(widget)
            widget.setObjectName(f"eco_{name}")
            self.header_grid.addWidget(label, position // 2, 2 * (position % 2))
            self.header_grid.addWidget(widget, position // 2, 2 * (position % 2) + 1)
            if isinstance(widget, QLineEdit):
                widget.editingFinished.connect(self._header_edited)
        self.year_combo.activated.connect(lambda _: self._header_edited())
        self.undo_button, self.redo_button = QPushButton(), QPushButton()
        # Ctrl+Z and Ctrl+Shift+Z are the main window's Edit menu, which undoes on the page shown.
        self.undo_button.clicked.connect(self.undo)
        self.redo_button.clicked.connect(self.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.report_language = QComboBox()
        self.report_language.addItem("Tiếng Việt", "vi")
        self.report_language.addItem("English", "en")
        self.pdf_button = self._label(QPushButton(), QT_TRANSLATE_NOOP("EcoProject", "Report as P&DF…"))
        self.docx_button = self._label(QPushButton(), QT_TRANSLATE_NOOP("EcoProject", "Report as &Word…"))
        self.pdf_button.clicked.connect(lambda: self.ask_report("pdf"))
        self.docx_button.clicked.connect(lambda: self.ask_report("docx"))
        self.saved = QLabel()
        self.saved.setObjectName("eco_saved")
        actions = QHBoxLayout()
        for widget in (self.undo_button, self.redo_button):
            actions.addWidget(widget)
        actions.addWidget(self.saved, 1)
        language_label = self._label(QLabel(), QT_TRANSLATE_NOOP("EcoProject", "Report lan&guage:"))
        language_label.setBuddy(self.report_language)
        for widget in (language_label, self.report_language, self.pdf_button, self.docx_button):
            actions.addWidget(widget)
        self.message = QLabel()
        self.message.setObjectName("eco_message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("eco_phases")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(False)  # every phase stays in sight; labels shorten on small screens
        self.tabs.setElideMode(Qt.TextElideMode.ElideRight)
        self.checklists: dict[str, QLabel] = {}
        for builder in (
            self._prepare_tab,
            self._strategy_tab,
            self._business_model_tab,
            self._roadmap_tab,
            self._implement_tab,
            self._review_tab,
        ):
            self.tabs.addTab(builder(), "")
        for number in range(1, 7):
            shortcut = QShortcut(QKeySequence(f"Alt+{number}"), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda n=number: self.tabs.setCurrentIndex(n - 1))
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addLayout(top)
        box.addLayout(actions)
        box.addWidget(self.message)
        box.addWidget(self.empty_hint)
        box.addWidget(self.tabs, 1)

    def _scrolled(self, phase: str, content: QWidget) -> QWidget:
        checklist = QLabel()
        checklist.setWordWrap(True)
        checklist.setObjectName(f"checklist_{phase}")
        checklist.setStyleSheet("color: #555;")
        self.checklists[phase] = checklist
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.addWidget(checklist)
        box.addWidget(content, 1)
        return scrollable(holder, horizontal=True)

    def _text(self, phase: str, name: str, lines: int = 3) -> QPlainTextEdit | QLineEdit:
        """A text field saved after a pause in typing (and when the page leaves it)."""
        widget: QPlainTextEdit | QLineEdit
        if lines > 1:
            widget = QPlainTextEdit()
            widget.setTabChangesFocus(True)
            widget.setFixedHeight(22 + 18 * lines)
            widget.textChanged.connect(lambda: self._typed(phase, name))
        else:
            widget = QLineEdit()
            widget.textEdited.connect(lambda _: self._typed(phase, name))
            widget.editingFinished.connect(lambda: self._save_text(phase, name))
        widget.setObjectName(f"{phase}_{name}")
        self.texts[(phase, name)] = widget
        timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        timer.timeout.connect(lambda: self._save_text(phase, name))
        self.pending[(phase, name)] = timer
        return widget

    def _form(self, rows: list[tuple[Msg, QWidget]]) -> QFormLayout:
        form = QFormLayout()
        for text, widget in rows:
            label = self._label(QLabel(), text)
            label.setBuddy(widget)
            label.setWordWrap(True)
            form.addRow(label, widget)
        return form

    def _table(self, list_name: str, free: tuple[str, ...] = ()) -> QWidget:
        """A list of the phase as a table, with add and remove (also Insert and Delete)."""
        computed = self._idea_columns() if list_name == "ideas" else []
        model = ListTableModel(self.presenter, list_name, COLUMNS[list_name], self.apply, self._choices, computed)
        view = QTableView()
        view.setObjectName(f"table_{list_name}")
        view.setModel(model)
        view.setItemDelegate(ChoiceDelegate(view, free))
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        view.setWordWrap(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.horizontalHeader().setStretchLastSection(True)
        view.verticalHeader().setDefaultSectionSize(24)
        self.tables[list_name] = (view, model)
        add, remove = QPushButton("+"), QPushButton("−")
        for button, text, key, slot in (
            (
                add,
                QT_TRANSLATE_NOOP("EcoProject", "Add a row (Insert)"),
                Qt.Key.Key_Insert,
                lambda: self.add_row(list_name),
            ),
            (
                remove,
                QT_TRANSLATE_NOOP("EcoProject", "Remove the row (Delete)"),
                Qt.Key.Key_Delete,
                lambda: self.remove_row(list_name),
            ),
        ):
            button.setObjectName(f"{'add' if button is add else 'remove'}_{list_name}")
            button.setFixedWidth(34)
            button.clicked.connect(slot)
            self.labels.append((button, text))
            action = QAction(view)
            action.setShortcut(QKeySequence(key))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            view.addAction(action)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(view, 1)
        row.addLayout(buttons)
        return holder

    def _idea_columns(self) -> list[tuple[Msg, Callable[[int], str]]]:
        """An idea's priority (impact × ease) and its rank among the ideas: computed, not typed."""

        def priority(row: int) -> str:
            value = self.presenter.rows("ideas")[row].priority
            return "" if value is None else str(value)

        def rank(row: int) -> str:
            value = self.presenter.ranks().get(self.presenter.rows("ideas")[row].code)
            return "" if value is None else str(value)

        return [
            (QT_TRANSLATE_NOOP("EcoProject", "Priority"), priority),
            (QT_TRANSLATE_NOOP("EcoProject", "Rank"), rank),
        ]

    def _group(self, title: Msg, *widgets: QWidget | QFormLayout | QHBoxLayout | QGridLayout) -> QGroupBox:
        group = self._label(QGroupBox(), title)
        box = QVBoxLayout(group)
        for widget in widgets:
            if isinstance(widget, QWidget):
                box.addWidget(widget)
            else:
                box.addLayout(widget)
        return group

    def _prepare_tab(self) -> QWidget:
        content = QWidget()
        box = QVBoxLayout(content)
        box.addWidget(self._group(QT_TRANSLATE_NOOP("EcoProject", "Project"), self.header_grid))
        box.addLayout(
            self._form(
                [
                    (QT_TRANSLATE_NOOP("EcoProject", "The client's business:"), self._text("prepare", "description")),
                    (QT_TRANSLATE_NOOP("EcoProject", "Products and services:"), self._text("prepare", "products", 1)),
                ]
            )
        )
        chain = QGridLayout()
        for column, (name, text) in enumerate(
            (
                ("suppliers", QT_TRANSLATE_NOOP("EcoProject", "Suppliers →")),
                ("operations", QT_TRANSLATE_NOOP("EcoProject", "The client's operations →")),
                ("customers", QT_TRANSLATE_NOOP("EcoProject", "Customers")),
            )
        ):
            label = self._label(QLabel(), text)
            field = self._text("prepare", name)
            label.setBuddy(field)
            chain.addWidget(label, 0, column)
            chain.addWidget(field, 1, column)
        box.addWidget(self._group(QT_TRANSLATE_NOOP("EcoProject", "Value chain"), chain))
        box.addWidget(self._group(QT_TRANSLATE_NOOP("EcoProject", "Project team"), self._table("team")))
        box.addWidget(
            self._group(
                QT_TRANSLATE_NOOP("EcoProject", "Target markets (the manual's competition question)"),
                self._table("markets"),
            )
        )
        self.assessment_button = self._label(
            QPushButton(), QT_TRANSLATE_NOOP("EcoProject", "Start the preliminary &assessment")
        )
        self.assessment_button.setObjectName("start_eco_assessment")
        self.assessment_button.clicked.connect(self.start_assessment)
        self.questions = QuestionsModel(self.presenter, self.answer)
        self.question_view = QTableView()
        self.question_view.setObjectName("eco_questions")
        self.question_view.setModel(self.questions)
        self.question_view.setItemDelegate(ChoiceDelegate(self.question_view))
        self.question_view.setWordWrap(True)
        self.question_view.setMinimumHeight(180)
        self.question_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.question_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.question_view.horizontalHeader().resizeSection(1, 220)
        self.maturity = QWidget()
        self.maturity_box = QFormLayout(self.maturity)
        self.maturity_note = QLabel()
        self.maturity_note.setWordWrap(True)
        self.maturity_note.setStyleSheet("color: #555;")
        split = QSplitter()
        split.addWidget(self.question_view)
        split.addWidget(self.maturity)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        box.addWidget(
            self._group(
                QT_TRANSLATE_NOOP("EcoProject", "Preliminary assessment: maturity by area, no pass or fail"),
                self.assessment_button,
                self.maturity_note,
                split,
            )
        )
        box.addLayout(
            self._form(
                [
                    (
                        QT_TRANSLATE_NOOP("EcoProject", "Summary of this phase for the report:"),
                        self._text("prepare", "narrative", 4),
                    )
                ]
            )
        )
        return self._scrolled("prepare", content)

    def _strategy_tab(self) -> QWidget:
        content = QWidget()
        box = QVBoxLayout(content)
        box.addWidget(self._group(QT_TRANSLATE_NOOP("EcoProject", "SWOT by area"), self._table("swot", free=("area",))))
        self.hotspots = HotspotModel(self.presenter, self.apply)
        self.hotspot_view = QTableView()
        self.hotspot_view.setObjectName("eco_hotspots")
        self.hotspot_view.setModel(self.hotspots)
        self.hotspot_view.setItemDelegate(ChoiceDelegate(self.hotspot_view))
        self.hotspot_view.setWordWrap(True)
        self.hotspot_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.hotspot_view.verticalHeader().setDefaultSectionSize(54)
        self.hotspot_view.setMinimumHeight(300)
        self.hotspot_view.selectionModel().currentChanged.connect(self._hotspot_chosen)
        self.hotspot_note = QLineEdit()
        self.hotspot_note.setObjectName("hotspot_note")
        self.hotspot_note.editingFinished.connect(self._hotspot_note_edited)
        self.hotspot_hint = QLabel()
        self.hotspot_hint.setWordWrap(True)
        self.hotspot_hint.setStyleSheet("color: #555;")
        note_row = self._form([(QT_TRANSLATE_NOOP("EcoProject", "Note for the chosen cell:"), self.hotspot_note)])
        box.addWidget(
            self._group(
                QT_TRANSLATE_NOOP("EcoProject", "Life-cycle hotspots (stage × impact)"),
                self.hotspot_hint,
                self.hotspot_view,
                note_row,
            )
        )
        box.addLayout(
            self._form(
                [
                    (QT_TRANSLATE_NOOP("EcoProject", "Vision:"), self._text("strategy", "vision")),
                    (QT_TRANSLATE_NOOP("EcoProject", "Goals:"), self._text("strategy", "goals")),
                ]
            )
        )
        box.addWidget(self._group(QT_TRANSLATE_NOOP("EcoProject", "Measurable targets (KPIs)"), self._table("kpis")))
        box.addLayout(
            self._form(
                [
                    (
                        QT_TRANSLATE_NOOP("EcoProject", "Summary of this phase for the report:"),
                        self._text("strategy", "narrative", 4),
                    )
                ]
            )
        )
        return self._scrolled("strategy", content)

    def _business_model_tab(self) -> QWidget:
        content = QWidget()
        box = QVBoxLayout(content)
        self.canvas_now, self.canvas_new = CanvasView("current"), CanvasView("new")
        self.canvas_now.setObjectName("canvas_current")
        self.canvas_new.setObjectName("canvas_new")
        canvases = QSplitter()
        for view in (self.canvas_now, self.canvas_new):
            view.block_chosen.connect(self.choose_block)
            canvases.addWidget(view)
        box.addWidget(canvases, 1)
        self.block_combo = QComboBox()
        self.block_combo.setObjectName("canvas_block")
        self.block_combo.currentIndexChanged.connect(lambda _: self.choose_block(self.block_combo.currentData()))
        self.block_texts: dict[str, QPlainTextEdit] = {}
        editors = QHBoxLayout()
        for which, text in (
            ("current", QT_TRANSLATE_NOOP("EcoProject", "Current:")),
            ("new", QT_TRANSLATE_NOOP("EcoProject", "New:")),
            ("change", QT_TRANSLATE_NOOP("EcoProject", "What changes:")),
        ):
            column = QVBoxLayout()
            label = self._label(QLabel(), text)
            field = QPlainTextEdit()
            field.setObjectName(f"block_{which}")
            field.setTabChangesFocus(True)
            field.setFixedHeight(90)
            label.setBuddy(field)
            field.textChanged.connect(lambda w=which: self._typed("business_model", f"canvas.{w}"))
            timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
            timer.timeout.connect(lambda w=which: self._save_block(w))
            self.pending[("business_model", f"canvas.{which}")] = timer
            self.block_texts[which] = field
            column.addWidget(label)
            column.addWidget(field)
            editors.addLayout(column)
        block_row = self._form([(QT_TRANSLATE_NOOP("EcoProject", "Bloc&k:"), self.block_combo)])
        box.addWidget(
            self._group(
                QT_TRANSLATE_NOOP("EcoProject", "Edit a block (click it on a canvas, or choose it here)"),
                block_row,
                editors,
            )
        )
        box.addLayout(
            self._form(
                [
                    (
                        QT_TRANSLATE_NOOP("EcoProject", "Summary of this phase for the report:"),
                        self._text("business_model", "narrative", 3),
                    )
                ]
            )
        )
        return self._scrolled("business_model", content)

    def _roadmap_tab(self) -> QWidget:
        content = QWidget()
        box = QVBoxLayout(content)
        ideas = self._table("ideas", free=("source",))
        view, _ = self.tables["ideas"]
        view.selectionModel().currentChanged.connect(lambda current, _: self._idea_chosen(current.row()))
        self.matrix = MatrixView()
        self.matrix.setObjectName("priority_matrix")
        self.matrix.setFixedHeight(220)
        self.cp_model = QStandardItemModel()
        self.cp_model.itemChanged.connect(self._cp_toggled)
        self.cp_list = QListView()
        self.cp_list.setObjectName("cp_options")
        self.cp_list.setModel(self.cp_model)
        self.cp_list.setMinimumHeight(90)
        self.case_label = QLabel()
        self.case_label.setObjectName("business_case")
        self.case_label.setWordWrap(True)
        case = self._group(
            QT_TRANSLATE_NOOP("EcoProject", "Business case: the idea's CP options"),
            self.cp_list,
            self.case_label,
        )
        case.setMinimumWidth(240)  # its title may be cut on a small screen, the page does not scroll sideways
        split = QSplitter()
        split.addWidget(self.matrix)
        split.addWidget(case)
        split.setStretchFactor(1, 2)
        box.addWidget(self._group(QT_TRANSLATE_NOOP("EcoProject", "Ideas (priority = impact × ease)"), ideas, split))
        self.gantt = GanttView()
        self.gantt.setObjectName("gantt")
        box.addWidget(
            self._group(
                QT_TRANSLATE_NOOP("EcoProject", "Actions: short, medium and long term"),
                self._table("actions", free=("owner",)),
                self.gantt,
            )
        )
        box.addLayout(
            self._form(
                [
                    (
                        QT_TRANSLATE_NOOP("EcoProject", "Summary of this phase for the report:"),
                        self._text("roadmap", "narrative", 3),
                    )
                ]
            )
        )
        return self._scrolled("roadmap", content)

    def _implement_tab(self) -> QWidget:
        content = QWidget()
        box = QVBoxLayout(content)
        self.pilot_case = QLabel()
        self.pilot_case.setObjectName("pilot_case")
        self.pilot_case.setWordWrap(True)
        box.addWidget(
            self._group(
                QT_TRANSLATE_NOOP("EcoProject", "Pilots: status, investment and results"),
                self._table("pilots"),
                self.pilot_case,
            )
        )
        box.addLayout(
            self._form(
                [
                    (
                        QT_TRANSLATE_NOOP("EcoProject", "Summary of this phase for the report:"),
                        self._text("implement", "narrative", 4),
                    )
                ]
            )
        )
        box.addStretch(1)
        return self._scrolled("implement", content)

    def _review_tab(self) -> QWidget:
        content = QWidget()
        box = QVBoxLayout(content)
        self.kpi_review = KpiReviewModel(self.presenter)
        self.kpi_view = QTableView()
        self.kpi_view.setObjectName("kpi_review")
        self.kpi_view.setModel(self.kpi_review)
        self.kpi_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.kpi_view.setMinimumHeight(120)
        self.kpi_hint = QLabel()
        self.kpi_hint.setWordWrap(True)
        self.kpi_hint.setStyleSheet("color: #555;")
        self.kpi_review.modelReset.connect(self._show_kpi_hint)
        box.addWidget(
            self._group(
                QT_TRANSLATE_NOOP("EcoProject", "KPIs against the baseline, year after year"),
                self.kpi_hint,
                self.kpi_view,
            )
        )
        box.addWidget(
            self._group(
                QT_TRANSLATE_NOOP("EcoProject", "Values measured by hand (KPIs not in the records)"),
                self._table("measurements"),
            )
        )
        box.addWidget(
            self._group(
                QT_TRANSLATE_NOOP("EcoProject", "Review cycles: findings and next steps"),
                self._table("cycles"),
            )
        )
        box.addLayout(
            self._form(
                [
                    (
                        QT_TRANSLATE_NOOP("EcoProject", "Summary of this phase for the report:"),
                        self._text("review", "narrative", 4),
                    )
                ]
            )
        )
        return self._scrolled("review", content)

    # -- texts ---------------------------------------------------------------------------------------
    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Eco-innovation projects")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        for widget, text in self.labels:
            if isinstance(widget, QLabel) and widget.buddy() is not None:  # the field is named by its label
                widget.buddy().setAccessibleName(tr(text).replace("&", "").rstrip(":→ …").strip())
            if isinstance(widget, QGroupBox):
                widget.setTitle(tr(text))
            elif isinstance(widget, QPushButton) and widget.text() in ("+", "−"):
                widget.setToolTip(tr(text))
                widget.setAccessibleName(tr(text))
            else:
                widget.setText(tr(text))
        self.undo_button.setText(QCoreApplication.translate("EcoProject", "Undo"))
        self.redo_button.setText(QCoreApplication.translate("EcoProject", "Redo"))
        self.maturity_note.setText(
            QCoreApplication.translate(
                "EcoProject",
                "Draft questions, scored by area to show where the client stands; UNEP's method has no pass mark.",
            )
        )
        self.hotspot_hint.setText(
            QCoreApplication.translate(
                "EcoProject",
                "Rate each cell (double-click or F2); figures from the client's records for the baseline year "
                "are filled in where they exist.",
            )
        )
        self._show_kpi_hint()
        self.block_combo.blockSignals(True)
        current = self.block_combo.currentData()
        self.block_combo.clear()
        for block, text in CANVAS_BLOCKS.items():
            self.block_combo.addItem(tr(text), block)
        self.block_combo.setCurrentIndex(max(self.block_combo.findData(current), 0))
        self.block_combo.blockSignals(False)
        for _, model in self.tables.values():
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, model.columnCount() - 1)
        if self.presenter.project is not None:
            self._show_everything()
        self._show_saved()

    # -- loading -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._flush()
        org = self.ctx.organization
        rows = self.presenter.projects(org.tax_code if org else None)
        self.new_button.setEnabled(org is not None)
        self.project_combo.blockSignals(True)
        self.project_combo.clear()
        for row in rows:
            self.project_combo.addItem(f"{row['title']} ({row['baseline_year']})", row["id"])
        self.project_combo.blockSignals(False)
        self._open(rows[0]["id"] if rows else None)

    def on_data_changed(self, kind: str) -> None:
        """The client's records changed: KPIs, hotspot figures and the CP register follow them."""
        if self.presenter.project is None or kind in ("", "organizations"):
            self.refresh()
            return
        self.presenter.reload_figures()
        self._show_everything()

    def _open(self, project_id: int | None) -> None:
        self._flush()
        self.undo_stack.clear()
        self.message.clear()
        try:
            self.presenter.open(project_id)
        except DomainError as error:
            self.message.setText(error_text(error))
            self.presenter.open(None)
        has = self.presenter.project is not None
        for widget in (
            self.tabs,
            self.delete_button,
            self.pdf_button,
            self.docx_button,
            self.title_edit,
            self.consultant_edit,
            self.representative_edit,
            self.year_combo,
        ):
            widget.setEnabled(has)
        self.empty_hint.setVisible(not has)
        self.empty_hint.setText(
            QCoreApplication.translate(
                "EcoProject", "No eco-innovation project for this client yet: start one with “New project…”."
            )
            if self.ctx.organization is not None
            else QCoreApplication.translate("EcoProject", "Choose or add an organization first.")
        )
        self._show_everything()

    def _show_everything(self) -> None:
        for phase in [*PHASES, "header"]:
            self.show_phase(phase)

    def show_phase(self, phase: str) -> None:
        """Put the stored state of one phase (or the header) back into its widgets."""
        project = self.presenter.project
        self._loading = True
        try:
            if phase == "header":
                self._show_header()
            for (text_phase, name), widget in self.texts.items():
                if text_phase == phase:
                    value = getattr(project.phase(phase), name) if project else ""
                    current = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
                    if current.strip() != value:
                        (widget.setPlainText if isinstance(widget, QPlainTextEdit) else widget.setText)(value)
            for list_name in self.tables:
                if project is None or _phase_of(list_name) == phase:
                    self._reload_table(list_name)
            if phase == "prepare":
                self._show_assessment()
            elif phase == "strategy":
                self.hotspots.reload()
                self.hotspot_view.resizeRowsToContents()
                self._hotspot_chosen(self.hotspot_view.currentIndex())
            elif phase == "business_model":
                self._show_canvas()
            elif phase == "roadmap":
                self._show_roadmap()
            elif phase == "implement":
                self._show_pilots()
            self.kpi_review.reload()
        finally:
            self._loading = False
        self._show_completeness()

    def _show_header(self) -> None:
        project = self.presenter.project
        for edit, value in (
            (self.title_edit, project.title if project else ""),
            (self.consultant_edit, project.consultant if project else ""),
            (self.representative_edit, project.client_representative if project else ""),
        ):
            edit.setText(value)
            edit.setCursorPosition(0)  # show the start of a long name, not its end
            edit.setToolTip(value)
        year = project.baseline_year if project else dt.date.today().year - 1
        if self.year_combo.findData(year) < 0:  # an older baseline than the list holds
            self.year_combo.addItem(str(year), year)
        self.year_combo.setCurrentIndex(self.year_combo.findData(year))
        index = self.project_combo.findData(project.id if project else None)
        if project is not None and index >= 0:
            self.project_combo.setItemText(index, f"{project.title} ({project.baseline_year})")

    def _show_assessment(self) -> None:
        has = self.presenter.assessment is not None
        self.assessment_button.setVisible(not has and self.presenter.project is not None)
        self.question_view.setVisible(has)
        self.questions.reload()
        self.question_view.resizeRowsToContents()
        while self.maturity_box.rowCount():
            self.maturity_box.removeRow(0)
        for area, pct in self.presenter.maturity():
            bar = QProgressBar()
            bar.setRange(0, 100)
            bar.setValue(round(pct or 0))
            bar.setFormat("–" if pct is None else f"{format_number(pct, self.ctx.language, 0)} %")
            bar.setAccessibleName(area)
            self.maturity_box.addRow(QLabel(area), bar)

    def _show_canvas(self, editors: bool = True) -> None:
        """The two canvases, and (unless the user is typing in them) the chosen block's editors."""
        project = self.presenter.project
        if project is None:
            return
        model = project.business_model
        changed = {b for b in CANVAS_BLOCKS if model.block(b).changes}
        self.canvas_now.set_texts(
            QCoreApplication.translate("EcoProject", "Current business model"),
            {b: model.block(b).current for b in CANVAS_BLOCKS},
            changed,
        )
        self.canvas_new.set_texts(
            QCoreApplication.translate("EcoProject", "New business model"),
            {b: model.block(b).new or model.block(b).current for b in CANVAS_BLOCKS},
            changed,
        )
        if not editors:
            return
        block = self.block_combo.currentData() or "value_proposition"
        for which, field in self.block_texts.items():
            value = getattr(model.block(block), which)
            if field.toPlainText().strip() != value:
                field.setPlainText(value)

    def _show_roadmap(self) -> None:
        project = self.presenter.project
        ideas = project.roadmap.ideas if project else ()
        self.matrix.set_ideas(
            ideas, QCoreApplication.translate("EcoProject", "Impact"), QCoreApplication.translate("EcoProject", "Ease")
        )
        self.gantt.set_actions(project.roadmap.actions if project else ())
        view, _ = self.tables["ideas"]
        self._idea_chosen(view.currentIndex().row())

    def _show_pilots(self) -> None:
        project = self.presenter.project
        lines = []
        if project is not None:
            ideas = {idea.code: row for row, idea in enumerate(project.roadmap.ideas)}
            for pilot in project.implement.pilots:
                case = self.presenter.business_case(ideas[pilot.idea]) if pilot.idea in ideas else None
                if case is not None:
                    lines.append(
                        QCoreApplication.translate(
                            "EcoProject", "{pilot}: planned {planned} VND (business case), spent {spent} VND"
                        ).format(
                            pilot=pilot.title,
                            planned=format_number(case.investment_vnd, self.ctx.language, 0),
                            spent=format_number(pilot.investment_vnd, self.ctx.language, 0),
                        )
                    )
        self.pilot_case.setText("\n".join(lines))

    def _show_completeness(self) -> None:
        project = self.presenter.project
        done = self.presenter.completeness() if project else {}
        for index, (phase, title) in enumerate(PHASES.items()):
            state = done.get(phase)
            progress = "" if state is None else "✓ " if state.complete else f"{state.done}/{state.total} "
            text = f"{index + 1} {progress}{tr(TAB_TITLES[phase])}"  # the count first: a narrow tab keeps it
            self.tabs.setTabText(index, text)
            missing = [tr(m) for m in state.missing] if state else []
            self.tabs.setTabToolTip(index, "\n".join([f"{index + 1}. {tr(title)} (Alt+{index + 1})", *missing]))
            self.checklists[phase].setText(
                QCoreApplication.translate("EcoProject", "Still to do: {steps}").format(steps="; ".join(missing))
                if missing
                else QCoreApplication.translate("EcoProject", "Every worksheet of this phase is filled in.")
                if state
                else ""
            )

    def _show_saved(self) -> None:
        pending = any(timer.isActive() for timer in self.pending.values())
        self.saved.setText(
            QCoreApplication.translate("EcoProject", "Saving…")
            if pending
            else QCoreApplication.translate("EcoProject", "Every change is saved.")
            if self.presenter.project
            else ""
        )

    # -- editing -------------------------------------------------------------------------------------
    def apply(self, make_edit: Callable[[], Edit | None]) -> bool:
        """Make one edit (it saves itself), keep it for undo, show what follows; errors at the field."""
        if self.presenter.project is None:
            return False
        try:
            edit = make_edit()
        except DomainError as error:
            self.message.setText(error_text(error))
            return False
        self.message.clear()
        if edit is not None:
            self.undo_stack.push(EditCommand(self, edit))
            if edit.phase == "header":
                self.show_phase("header")
            elif not self._loading:
                self._refresh_after_edit(edit.phase)
        return True

    def _reload_table(self, list_name: str) -> None:
        """Reload a list; its main text column takes the width left, the others fit their contents."""
        view, model = self.tables[list_name]
        model.reload()
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        wide = model.fields.index(WIDE_COLUMN[list_name])
        for column in range(model.columnCount()):
            if column == wide:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                view.resizeColumnToContents(column)
                header.resizeSection(column, max(44, min(header.sectionSize(column), 120)))
        view.resizeRowsToContents()
        rows = sum(view.rowHeight(r) for r in range(model.rowCount()))
        view.setFixedHeight(max(84, min(header.height() + rows + 30, 320)))  # room for one more row

    def _refresh_after_edit(self, phase: str) -> None:
        """After an edit: the phase's drawings and tables (not the text being typed) and completeness."""
        for list_name in self.tables:
            if _phase_of(list_name) == phase:
                self._reload_table(list_name)
        if phase == "strategy":
            self.hotspots.reload()
            self.kpi_review.reload()
        elif phase == "business_model":
            self._show_canvas(editors=False)
        elif phase == "roadmap":
            self._show_roadmap()
        elif phase == "implement":
            self._show_pilots()
        elif phase == "review":
            self.kpi_review.reload()
        self._show_completeness()

    def write(self, phase: str, document: Any) -> None:
        """Undo and redo: store the document and show it."""
        self.presenter.write(phase, document)
        self.show_phase(phase)

    def _typed(self, phase: str, name: str) -> None:
        if not self._loading and self.presenter.project is not None:
            self.pending[(phase, name)].start()
            self._show_saved()

    def _save_text(self, phase: str, name: str) -> None:
        self.pending[(phase, name)].stop()
        widget = self.texts[(phase, name)]
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        self.apply(lambda: self.presenter.set_text(phase, name, text))
        self._show_saved()

    def _save_block(self, which: str) -> None:
        self.pending[("business_model", f"canvas.{which}")].stop()
        block = self.block_combo.currentData()
        text = self.block_texts[which].toPlainText()
        self.apply(lambda: self.presenter.set_canvas(block, which, text))
        self._show_saved()

    def _flush(self) -> None:
        """Save whatever is waiting for the typing pause (before switching project, printing, closing)."""
        for (phase, name), timer in list(self.pending.items()):
            if timer.isActive():
                if name.startswith("canvas."):
                    self._save_block(name.split(".", 1)[1])
                else:
                    self._save_text(phase, name)

    def flush(self) -> None:
        self._flush()

    def hideEvent(self, event: Any) -> None:
        self._flush()
        super().hideEvent(event)

    def _header_edited(self) -> None:
        if self._loading or self.presenter.project is None:
            return
        self.apply(
            lambda: self.presenter.set_header(
                title=self.title_edit.text(),
                consultant=self.consultant_edit.text(),
                client_representative=self.representative_edit.text(),
                baseline_year=self.year_combo.currentData(),
            )
        )

    def _choices(self, field: str) -> list[tuple[str, str]] | None:
        if field == "indicator":
            return self.presenter.indicator_choices(tr)
        if field in ("idea",):
            return self.presenter.code_choices("ideas")
        if field == "kpi":
            return self.presenter.code_choices("kpis")
        if field == "area":
            return [(tr(label), tr(label)) for label in SWOT_AREAS.values()]
        return None

    def add_row(self, list_name: str) -> None:
        if self.apply(lambda: self.presenter.add_row(list_name)):
            view, model = self.tables[list_name]
            view.setCurrentIndex(model.index(model.rowCount() - 1, 0))
            view.setFocus()

    def remove_row(self, list_name: str) -> None:
        view, _ = self.tables[list_name]
        row = view.currentIndex().row()
        if row >= 0:
            self.apply(lambda: self.presenter.remove_row(list_name, row))

    def choose_block(self, block: str | None) -> None:
        if not block:
            return
        self._flush()
        for view in (self.canvas_now, self.canvas_new):
            view.select(block)
        index = self.block_combo.findData(block)
        if index != self.block_combo.currentIndex():
            self.block_combo.blockSignals(True)
            self.block_combo.setCurrentIndex(index)
            self.block_combo.blockSignals(False)
        self._loading = True
        try:
            self._show_canvas()
        finally:
            self._loading = False

    def _hotspot_chosen(self, index: QModelIndex) -> None:
        project = self.presenter.project
        self.hotspot_note.setEnabled(index.isValid() and project is not None)
        if index.isValid() and project is not None:
            stage, impact = self.hotspots.cell(index)
            self.hotspot_note.setText(project.strategy.hotspot(stage, impact).note)

    def _hotspot_note_edited(self) -> None:
        index = self.hotspot_view.currentIndex()
        if index.isValid() and not self._loading:
            stage, impact = self.hotspots.cell(index)
            self.apply(lambda: self.presenter.set_hotspot(stage, impact, note=self.hotspot_note.text()))

    def _idea_chosen(self, row: int) -> None:
        self.cp_model.blockSignals(True)
        self.cp_model.clear()
        ideas = self.presenter.rows("ideas")
        idea = ideas[row] if 0 <= row < len(ideas) else None
        for option in self.presenter.register:
            item = QStandardItem(f"{option.key} · {option.description}")
            item.setData(option.key, Qt.ItemDataRole.UserRole)
            item.setCheckable(idea is not None)
            item.setEditable(False)
            item.setCheckState(
                Qt.CheckState.Checked if idea and option.key in idea.cp_options else Qt.CheckState.Unchecked
            )
            self.cp_model.appendRow(item)
        self.cp_model.blockSignals(False)
        self.cp_list.setEnabled(idea is not None)
        case = self.presenter.business_case(row) if idea is not None else None
        language = self.ctx.language
        if idea is None:
            text = QCoreApplication.translate("EcoProject", "Choose an idea to link its cleaner-production options.")
        elif not self.presenter.register:
            text = QCoreApplication.translate(
                "EcoProject", "The client has no cleaner-production options yet: add them on the CP page."
            )
        elif case is None:
            text = QCoreApplication.translate("EcoProject", "{idea}: no option linked yet.").format(idea=idea.code)
        else:
            text = QCoreApplication.translate(
                "EcoProject",
                "{idea}: investment {investment} VND, savings {savings} VND/year, payback {payback} years, "
                "NPV {npv} VND at {rate} %, IRR {irr}",
            ).format(
                idea=idea.code,
                investment=format_number(case.investment_vnd, language, 0),
                savings=format_number(case.annual_savings_vnd, language, 0),
                payback=format_number(case.payback_years, language, 1),
                npv=format_number(case.npv_vnd, language, 0),
                rate=format_number(case.discount_rate * 100, language, 0),
                irr="–" if case.irr is None else format_number(case.irr * 100, language, 1) + " %",
            )
        self.case_label.setText(text)

    def _cp_toggled(self, item: QStandardItem) -> None:
        view, _ = self.tables["ideas"]
        row = view.currentIndex().row()
        if row < 0:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        linked = item.checkState() == Qt.CheckState.Checked
        if self.apply(lambda: self.presenter.link_cp_option(row, key, linked)):
            view.setCurrentIndex(self.tables["ideas"][1].index(row, 0))

    # -- the preliminary assessment ------------------------------------------------------------------
    def start_assessment(self) -> None:
        try:
            self.presenter.start_assessment()
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        self.show_phase("prepare")

    def answer(self, criterion: str, value: str) -> None:
        try:
            change = self.presenter.answer(criterion, value)
        except DomainError as error:
            self.message.setText(error_text(error))
            return
        if change is not None:
            self.undo_stack.push(AnswerCommand(self, criterion, *change))
            QTimer.singleShot(0, lambda: self.show_phase("prepare"))  # not while the view commits its editor

    def write_answer(self, criterion: str, value: str) -> None:
        self.presenter.write_answer(criterion, value)
        self.show_phase("prepare")

    # -- undo ----------------------------------------------------------------------------------------
    def undo(self) -> None:
        self._flush()
        self.undo_stack.undo()

    def redo(self) -> None:
        self.undo_stack.redo()

    # -- projects ------------------------------------------------------------------------------------
    def ask_new_project(self) -> None:
        org = self.ctx.organization
        if org is None:
            return
        dialog = NewProjectDialog(self, self._last_consultant())
        if dialog.exec():
            self.create_project(*dialog.values())

    def create_project(self, title: str, baseline_year: int, consultant: str, representative: str) -> bool:
        if self.ctx.tax_code is None:
            return False
        self._flush()
        try:
            project_id = self.presenter.create(self.ctx.tax_code, title, baseline_year, consultant, representative)
        except DomainError as error:
            self.message.setText(error_text(error))
            return False
        self.refresh()
        self.project_combo.setCurrentIndex(max(self.project_combo.findData(project_id), 0))
        return True

    def _last_consultant(self) -> str:
        rows = self.presenter.all_projects()
        return max(rows, key=lambda r: r["created_at"])["consultant"] if rows else ""

    def ask_delete(self) -> None:
        project = self.presenter.project
        if project is None:
            return
        answer = QMessageBox.question(
            self,
            self.title(),
            QCoreApplication.translate("EcoProject", "Delete the project “{title}” and all its worksheets?").format(
                title=project.title
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.presenter.delete()
            self.refresh()

    def show_all_clients(self) -> None:
        AllClientsDialog(self).exec()

    def open_project_of(self, tax_code: str, project_id: int) -> None:
        self.ctx.set_organization(tax_code)
        self.refresh()
        self.project_combo.setCurrentIndex(max(self.project_combo.findData(project_id), 0))

    # -- reports -------------------------------------------------------------------------------------
    def commands(self) -> dict[str, Callable[[], object]]:
        return {"print": lambda: self.ask_report("pdf")}

    def _show_kpi_hint(self) -> None:
        """How the KPI table is filled, and that a year not over yet shows the year so far."""
        text = QCoreApplication.translate(
            "EcoProject",
            "Record KPIs follow the client's records each year; the others take the values measured below. "
            "Green: moved the right way.",
        )
        partial = self.presenter.partial_year(dt.date.today()) if self.presenter.project else None
        if partial is not None:
            text += " " + QCoreApplication.translate(
                "EcoProject", "{year} is not over: its figures are the year so far."
            ).format(year=partial)
        self.kpi_hint.setText(text)

    def ask_report(self, kind: str) -> None:
        project = self.presenter.project
        if project is None:
            return
        language = self.report_language.currentData()
        name = f"eco-innovation-{project.tax_code}-{project.baseline_year}-{language}.{kind}"
        filters = (
            QCoreApplication.translate("EcoProject", "PDF files (*.pdf)")
            if kind == "pdf"
            else QCoreApplication.translate("EcoProject", "Word documents (*.docx)")
        )
        path = ask_save_path(self, QCoreApplication.translate("EcoProject", "Save the report as"), name, filters)
        if path:
            self.write_report(path, language)

    def write_report(self, target: Path, language: str) -> None:
        """The client report (PDF or DOCX by the file's extension), written off the UI thread."""
        self._flush()
        project = self.presenter.project
        if project is None:
            return
        project_id = project.id

        def work(ws: Workspace, progress: Progress) -> Path:
            partial = target.with_name(target.name + ".part")
            try:
                progress(0.2)
                write_eco_report(ws, project_id, partial, language, target.suffix.lower())
                progress.check()  # a Cancel pressed meanwhile leaves no file
                partial.replace(target)
                return target
            finally:
                partial.unlink(missing_ok=True)

        def done(outcome: Path) -> None:
            self.saved.setText(QCoreApplication.translate("EcoProject", "Report saved: {file}").format(file=outcome))
            offer_to_open(self, outcome)

        title = QCoreApplication.translate("EcoProject", "Writing {file}…").format(file=target.name)
        WorkspaceOp(self, self.ctx, work, title).success(done).failure(
            lambda error: self.message.setText(error_text(error))
        ).run()


def write_eco_report(ws: Workspace, project_id: int, target: Path, language: str, suffix: str) -> None:
    if suffix == ".docx":
        from scp_desktop.word.eco_report import write_docx

        write_docx(ws, project_id, target, language)
    else:
        from scp_desktop.pdf.eco_report import write_pdf

        write_pdf(ws, project_id, target, language)


def _phase_of(list_name: str) -> str:
    from scp_desktop.domain.eco_innovation import LIST_PHASE

    return LIST_PHASE[list_name]


class NewProjectDialog(QDialog):
    def __init__(self, page: EcoProjectPage, consultant: str) -> None:
        super().__init__(page)
        self.setWindowTitle(QCoreApplication.translate("EcoProject", "New eco-innovation project"))
        year = dt.date.today().year - 1
        self.title = QLineEdit(QCoreApplication.translate("EcoProject", "Eco-innovation {year}").format(year=year + 1))
        self.year = QSpinBox()
        self.year.setRange(1990, 2100)
        self.year.setValue(year)
        self.consultant, self.representative = QLineEdit(consultant), QLineEdit()
        form = QFormLayout(self)
        for text, widget in (
            (QCoreApplication.translate("EcoProject", "&Title:"), self.title),
            (QCoreApplication.translate("EcoProject", "&Baseline year:"), self.year),
            (QCoreApplication.translate("EcoProject", "Co&nsultant:"), self.consultant),
            (QCoreApplication.translate("EcoProject", "Client's &representative:"), self.representative),
        ):
            form.addRow(text, widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, int, str, str]:
        return self.title.text(), self.year.value(), self.consultant.text(), self.representative.text()


class AllClientsDialog(QDialog):
    """Every client's projects in this installation, with how far each phase has come."""

    def __init__(self, page: EcoProjectPage) -> None:
        super().__init__(page)
        from scp_desktop.services import eco_innovation as eco

        self.page = page
        self.setWindowTitle(QCoreApplication.translate("EcoProject", "Eco-innovation projects of every client"))
        self.resize(860, 420)
        self.model = QStandardItemModel()
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("EcoProject", "Client"),
                QCoreApplication.translate("EcoProject", "Project"),
                QCoreApplication.translate("EcoProject", "Baseline year"),
                *(tr(title) for title in PHASES.values()),
            ]
        )
        ws = page.ctx.workspace
        for row in eco.all_projects(ws):
            project = eco.load(ws, row["id"])
            done = eco.project_completeness(ws, project)
            cells = [row["org_name"], row["title"], str(row["baseline_year"])]
            cells += [f"{done[p].done}/{done[p].total}" + (" ✓" if done[p].complete else "") for p in PHASES]
            items = [QStandardItem(text) for text in cells]
            for item in items:
                item.setEditable(False)
            items[0].setData((row["tax_code"], row["id"]), Qt.ItemDataRole.UserRole)
            self.model.appendRow(items)
        self.view = QTableView()
        self.view.setObjectName("all_projects")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.activated.connect(self.open_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.view)
        box.addWidget(buttons)

    def open_row(self, index: QModelIndex) -> None:
        tax_code, project_id = self.model.item(index.row(), 0).data(Qt.ItemDataRole.UserRole)
        self.page.open_project_of(tax_code, project_id)
        self.accept()
