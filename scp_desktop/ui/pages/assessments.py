"""The Self-assessment page: start or reopen an assessment, answer criterion by criterion,
attach (or drop) evidence, watch the score and the gap list, finalize, print. What it shows and
does is decided by `presenters.assessment`; the widgets here display it and forward the user."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QKeyEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from scp_desktop.domain.assessment import Criterion, Status
from scp_desktop.presenters.assessment import AssessmentPresenter, CriterionRow, Evidence
from scp_desktop.services import assessments
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.files import ask_open_paths, offer_to_open, open_with_system
from scp_desktop.ui.layout import FlowLayout, WrappedRows, labelled, scrollable
from scp_desktop.ui.pages.base import Page, heading_label
from scp_desktop.ui.pages.reports import ask_pdf_path, start_report

CriterionRole = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {Status.MET: "#1b6e5a", Status.PARTLY: "#b9770e", Status.NOT_MET: "#c0392b"}


class AnswerEditor(QWidget):
    """One criterion: its text and guidance, the answer, a reason for an override, notes, evidence."""

    def __init__(self, page: AssessmentPage) -> None:
        super().__init__()
        self.page = page
        self.criterion: Criterion | None = None
        self.files: tuple[Evidence, ...] = ()  # the evidence list's files, row by row
        self.setAcceptDrops(True)
        self.text, self.guidance, self.auto = QLabel(), QLabel(), QLabel()
        for label in (self.text, self.guidance, self.auto):
            label.setWordWrap(True)
        self.text.setStyleSheet("font-weight: 600;")
        self.guidance.setStyleSheet("color: #555;")
        self.review = QLabel()  # what the ministry's reviewer said of this criterion
        self.review.setObjectName("criterion_review")
        self.review.setWordWrap(True)
        self.review.setStyleSheet("background: #fff5e0; border-left: 4px solid #c98a00; padding: 4px 8px;")
        self.review.hide()
        self.choice = QComboBox()
        self.choice.setObjectName("answer_choice")
        self.number = QLineEdit()
        self.number.setObjectName("answer_number")
        self.unit = QLabel()
        number_row = QWidget()
        row = QHBoxLayout(number_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.number, 1)
        row.addWidget(self.unit)
        self.value = QStackedWidget()
        self.value.addWidget(self.choice)
        self.value.addWidget(number_row)
        self.reason = QLineEdit()
        self.reason.setObjectName("override_reason")
        self.note = QLineEdit()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #c0392b;")
        self.evidence = QListWidget()
        self.evidence.setMaximumHeight(90)
        self.attach = QPushButton()
        self.attach.clicked.connect(self.choose_evidence)
        self.remove = QPushButton()
        self.remove.clicked.connect(self.remove_evidence)
        self.open_button = QPushButton()
        self.open_button.setObjectName("open_evidence")
        self.open_button.clicked.connect(self.open_evidence)
        self.evidence.itemActivated.connect(lambda _item: self.open_evidence())
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_answer")
        self.save_button.clicked.connect(self.save)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        # A label goes above its field when the pane is narrow: the criteria beside it keep the width.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, field in zip(self.labels, (self.value, self.reason, self.note, self.evidence), strict=True):
            label.setBuddy(field.currentWidget() if field is self.value else field)
            form.addRow(label, field)
        evidence_buttons = FlowLayout()
        for button in (self.attach, self.open_button, self.remove):
            evidence_buttons.add(button)
        form.addRow("", evidence_buttons)
        box = QVBoxLayout(self)
        box.addWidget(self.text)
        box.addWidget(self.review)
        box.addWidget(self.guidance)
        box.addWidget(self.auto)
        box.addLayout(form)
        box.addWidget(self.message)
        box.addWidget(self.save_button)
        box.addStretch(1)
        for field in (self.number, self.reason, self.note):
            field.returnPressed.connect(self.save)
            field.textEdited.connect(self._edited)
        self.choice.activated.connect(self._edited)
        self.dirty = False  # the answer on screen differs from the stored one
        self.retranslate()

    def _edited(self, *_args: object) -> None:
        self.dirty = True
        self.page.saved_note.hide()

    def unsaved(self) -> tuple[str, int, str, str, str] | None:
        """The answer being typed, when it is not saved yet: kept across a reload (attaching evidence)."""
        if not self.dirty or self.criterion is None:
            return None
        return self.criterion.id, self.choice.currentIndex(), self.number.text(), self.reason.text(), self.note.text()

    def restore(self, draft: tuple[str, int, str, str, str] | None) -> None:
        if draft is None or self.criterion is None or self.criterion.id != draft[0]:
            return
        _, choice, number, reason, note = draft
        self.choice.setCurrentIndex(choice)
        self.number.setText(number)
        self.reason.setText(reason)
        self.note.setText(note)
        self.dirty = True

    def retranslate(self) -> None:
        texts = (
            QCoreApplication.translate("AssessmentPage", "&Answer:"),
            QCoreApplication.translate("AssessmentPage", "&Reason for a different figure:"),
            QCoreApplication.translate("AssessmentPage", "N&ote:"),
            QCoreApplication.translate("AssessmentPage", "Evidence:"),
        )
        for label, text, field in zip(
            self.labels, texts, (self.choice, self.reason, self.note, self.evidence), strict=True
        ):
            label.setText(text)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        if self.criterion is not None:  # its text, guidance and choices in the new language
            draft = self.unsaved()
            self.show_criterion(self.criterion)
            self.restore(draft)
        self.number.setAccessibleName(texts[0].replace("&", "").rstrip(":"))
        self.attach.setText(QCoreApplication.translate("AssessmentPage", "A&ttach file…"))
        self.remove.setText(QCoreApplication.translate("AssessmentPage", "Remove"))
        self.open_button.setText(QCoreApplication.translate("AssessmentPage", "&Open"))
        self.save_button.setText(QCoreApplication.translate("AssessmentPage", "&Save answer"))
        self.evidence.setToolTip(QCoreApplication.translate("AssessmentPage", "Drop files here to attach them."))

    # -- showing one criterion --------------------------------------------------------------
    def show_criterion(self, criterion: Criterion | None) -> None:
        self.criterion = criterion
        self.dirty = False
        presenter = self.page.presenter
        self.setEnabled(criterion is not None and presenter.current is not None)
        self.message.clear()
        if criterion is None or presenter.current is None:
            for widget in (self.text, self.guidance, self.auto, self.choice, self.number, self.reason, self.note):
                widget.clear()  # nothing of the last criterion lingers, in any language
            self.review.hide()
            self.files = ()
            self.evidence.clear()
            return
        view = presenter.view(criterion)
        self.text.setText(view.heading)
        self.guidance.setText(view.guidance)
        self.auto.setText(view.auto)
        self.labels[0].setBuddy(self.number if view.is_measure else self.choice)
        self.value.setCurrentIndex(1 if view.is_measure else 0)
        self.unit.setText(view.unit)
        self.number.setText(view.number)
        self.choice.clear()
        for label, value in view.choices:
            self.choice.addItem(label, value)
        self.choice.setCurrentIndex(max(self.choice.findData(view.chosen), 0))
        self.reason.setText(view.reason)
        self.note.setText(view.note)
        self.review.setText(view.review)
        self.review.setVisible(bool(view.review))
        self._fill_evidence(view.evidence)
        for widget in (self.choice, self.number, self.reason, self.note, self.attach, self.remove, self.save_button):
            widget.setEnabled(not view.read_only and (widget is not self.reason or view.has_auto))
        self.open_button.setEnabled(bool(view.evidence))

    def _fill_evidence(self, files: tuple[Evidence, ...]) -> None:
        """Each file with its size and the day it was attached; its name opens it."""
        self.files = files
        self.evidence.clear()
        for item in files:
            entry = QListWidgetItem(item.label)
            entry.setToolTip(f"SHA-256 {item.sha256}")
            self.evidence.addItem(entry)
        if files:
            self.evidence.setCurrentRow(0)

    def _chosen_file(self) -> Evidence | None:
        row = self.evidence.currentRow()
        return self.files[row] if 0 <= row < len(self.files) else None

    # -- answering --------------------------------------------------------------------------
    def save(self) -> None:
        criterion = self.criterion
        if criterion is None:
            return
        refused = self.page.presenter.save(
            criterion, self.number.text(), self.choice.currentData(), self.reason.text(), self.note.text()
        )
        if refused is not None:
            self.message.setText(refused.text)
            (self.reason if refused.at_reason else self.value.currentWidget()).setFocus()
            return
        self.dirty = False
        self.page.show_current(select=self.page.presenter.after(criterion.id))
        self.page.saved_note.setText(self.page.presenter.saved(criterion))
        self.page.saved_note.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.choice.hasFocus():
            self.save()
            return
        super().keyPressEvent(event)

    # -- evidence ---------------------------------------------------------------------------
    def choose_evidence(self) -> None:
        paths = ask_open_paths(self, QCoreApplication.translate("AssessmentPage", "Attach evidence"), "")
        self.attach_files(paths)

    def attach_files(self, paths: list[Path]) -> None:
        criterion = self.criterion
        if criterion is None or not paths:
            return
        draft = self.unsaved()
        problem = self.page.presenter.attach(criterion, paths)
        self.page.show_current(select=criterion.id)
        self.restore(draft)  # the answer being typed survives: only the evidence list changed
        self.message.setText(problem)

    def remove_evidence(self) -> None:
        criterion, chosen = self.criterion, self._chosen_file()
        if criterion is None or chosen is None:
            return
        draft = self.unsaved()
        self.page.presenter.remove(criterion, chosen.sha256)
        self.page.show_current(select=criterion.id)
        self.restore(draft)

    def open_evidence(self) -> Path | None:
        """The chosen file in the system's viewer."""
        chosen = self._chosen_file()
        if chosen is None:
            return None
        copy = self.page.presenter.to_open(chosen)
        open_with_system(copy)
        return copy

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.criterion is not None and self.attach.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        self.attach_files(paths)
        event.acceptProposedAction()


class AssessmentPage(Page):
    page_id = "assessments"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.presenter = AssessmentPresenter(lambda: ctx.workspace, lambda: ctx.language, QCoreApplication.translate)
        self.heading = heading_label()
        self.history = QComboBox()
        self.history.setObjectName("assessment_history")
        self.history.currentIndexChanged.connect(lambda _: self.open_assessment(self.history.currentData()))
        self.scheme, self.year = QComboBox(), QComboBox()
        self.scheme.setObjectName("assessment_scheme")
        self.assessor = QLineEdit()
        self.start_button = QPushButton()
        self.start_button.setObjectName("start_assessment")
        self.start_button.clicked.connect(self.start_new)
        self.top_labels = [QLabel() for _ in range(4)]
        start_row = FlowLayout()  # wraps on a narrow screen
        for label, field in zip(self.top_labels[1:], (self.scheme, self.year, self.assessor), strict=True):
            start_row.add(labelled(label, field), stretch=field is not self.year)
        start_row.add(self.start_button)
        history_row = FlowLayout()
        history_row.add(labelled(self.top_labels[0], self.history), stretch=True)
        self.refresh_button, self.finalize_button, self.print_button = QPushButton(), QPushButton(), QPushButton()
        self.finalize_button.setObjectName("finalize_assessment")
        self.refresh_button.clicked.connect(self.refresh_figures)
        self.finalize_button.clicked.connect(self.finalize)
        self.print_button.clicked.connect(self.print_report)
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("correct_assessment")
        self.correct_button.clicked.connect(self.correct)
        for button in (self.refresh_button, self.finalize_button, self.correct_button, self.print_button):
            history_row.add(button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.saved_note = QLabel()
        self.saved_note.setObjectName("assessment_saved")
        self.saved_note.setStyleSheet("color: #1b6e2d;")
        self.saved_note.hide()

        self.model = QStandardItemModel()
        self.tree = QTreeView()
        self.tree.setObjectName("criteria")
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        WrappedRows(self.tree)  # a criterion's whole title, on as many lines as it takes
        self.tree.selectionModel().currentChanged.connect(self._criterion_chosen)
        self.editor = AnswerEditor(self)
        self.score_label = QLabel()
        self.score_label.setWordWrap(True)
        self.score_label.setStyleSheet("font-size: 12pt;")
        self.gaps = QListWidget()
        self.gaps.setObjectName("gaps")
        self.gaps.setWordWrap(True)
        self.gaps.itemActivated.connect(lambda item: self.select(item.data(CriterionRole)))
        self.gaps.itemClicked.connect(lambda item: self.select(item.data(CriterionRole)))
        self.gap_group = QGroupBox()
        gap_box = QVBoxLayout(self.gap_group)
        gap_box.addWidget(self.score_label)
        gap_box.addWidget(self.gaps)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(scrollable(self.editor))
        right.addWidget(self.gap_group)
        split = QSplitter()
        split.addWidget(self.tree)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([560, 440])  # the criteria keep more than half as the window grows
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addLayout(start_row)
        box.addLayout(history_row)
        box.addWidget(self.status)
        box.addWidget(self.saved_note)
        box.addWidget(split, 1)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Self-assessment")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        texts = (
            QCoreApplication.translate("AssessmentPage", "&Assessment:"),
            QCoreApplication.translate("AssessmentPage", "Sc&heme:"),
            QCoreApplication.translate("AssessmentPage", "&Year:"),
            QCoreApplication.translate("AssessmentPage", "Consu&ltant:"),
        )
        for label, text, field in zip(
            self.top_labels, texts, (self.history, self.scheme, self.year, self.assessor), strict=True
        ):
            label.setText(text)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.assessor.setPlaceholderText(QCoreApplication.translate("AssessmentPage", "name (optional)"))
        self.start_button.setText(QCoreApplication.translate("AssessmentPage", "Start &new assessment"))
        self.refresh_button.setText(QCoreApplication.translate("AssessmentPage", "Update figures from records"))
        self.finalize_button.setText(QCoreApplication.translate("AssessmentPage", "&Finalize"))
        self.print_button.setText(QCoreApplication.translate("AssessmentPage", "&Print PDF…"))
        self.correct_button.setText(QCoreApplication.translate("AssessmentPage", "&Correct…"))
        self.gap_group.setTitle(QCoreApplication.translate("AssessmentPage", "Score and gaps"))
        self.model.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("AssessmentPage", "Criterion"),
                QCoreApplication.translate("AssessmentPage", "Answer"),
                QCoreApplication.translate("AssessmentPage", "Status"),
                QCoreApplication.translate("AssessmentPage", "Reviewer's comment"),
            ]
        )
        self.editor.retranslate()
        self._fill_schemes()
        self._fill_history(select=self.current.id if self.current else None)

    @property
    def current(self) -> assessments.Assessment | None:
        return self.presenter.current

    def _fill_schemes(self) -> None:
        current = self.scheme.currentData()
        self.scheme.clear()
        org = self.ctx.organization
        for scheme_id, label in self.presenter.schemes(org.kind if org else ""):
            self.scheme.addItem(label, scheme_id)
        self.scheme.setCurrentIndex(max(self.scheme.findData(current), 0))

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        self.start_button.setEnabled(self.ctx.organization is not None)
        self.scheme.setCurrentIndex(-1)  # the first scheme that applies to this organization
        self._fill_schemes()
        self.year.clear()
        years, first = self.presenter.years(dt.date.today())
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(self.year.findData(first))
        self._fill_history()

    def _fill_history(self, select: int | None = None) -> None:
        self.history.blockSignals(True)
        self.history.clear()
        for assessment_id, label in self.presenter.history(self.ctx.tax_code):
            self.history.addItem(label, assessment_id)
        index = self.history.findData(select) if select is not None else 0
        self.history.setCurrentIndex(max(index, 0))
        self.history.blockSignals(False)
        self.open_assessment(self.history.currentData())

    def open_assessment(self, assessment_id: int | None) -> None:
        self.presenter.open(assessment_id)
        self.show_current()

    def show_current(self, select: str | None = None) -> None:
        """Show the open assessment as the presenter has it, on the criterion `select` (or the one shown)."""
        chosen = select or (self.editor.criterion.id if self.editor.criterion else None)
        presenter = self.presenter
        self.model.removeRows(0, self.model.rowCount())
        self.correct_button.setVisible(presenter.correctable)
        for button in (self.refresh_button, self.finalize_button):
            button.setEnabled(not presenter.read_only)
        self.print_button.setEnabled(presenter.current is not None)
        self.status.setText(presenter.status_line())
        self.score_label.setText(presenter.score_line())
        self._fill_tree()
        self.gaps.clear()
        for gap in presenter.gaps():
            item = QListWidgetItem(gap.text)
            item.setData(CriterionRole, gap.criterion_id)
            item.setToolTip(gap.tooltip)
            self.gaps.addItem(item)
        if presenter.current is None:
            self.editor.show_criterion(None)
        elif chosen and self._criterion_index(chosen).isValid():
            self.select(chosen)
        elif self.model.rowCount():  # another scheme, or nothing chosen yet: its first criterion
            self.tree.setCurrentIndex(self.model.index(0, 0, self.model.index(0, 0)))

    def _fill_tree(self) -> None:
        for section in self.presenter.sections():
            parent = QStandardItem(section.title)
            parent.setToolTip(section.title)
            row = [parent, QStandardItem(""), QStandardItem(section.pct), QStandardItem("")]
            for item in row:
                item.setEditable(False)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.model.appendRow(row)
            for criterion in section.criteria:
                parent.appendRow(self._criterion_cells(criterion))
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, max(80, header.fontMetrics().horizontalAdvance("1.234,56 %") + 16))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 160)
        self.tree.setColumnHidden(3, not self.presenter.shows_comments)

    @staticmethod
    def _criterion_cells(row: CriterionRow) -> list[QStandardItem]:
        text = QStandardItem(row.text)
        text.setData(row.id, CriterionRole)
        text.setToolTip(row.tooltip)
        status = QStandardItem(row.status_text)
        if row.status in STATUS_COLOURS:
            status.setForeground(QBrush(QColor(STATUS_COLOURS[row.status])))
        comment = QStandardItem(row.comment)
        comment.setForeground(QBrush(QColor("#8a5a00")))
        cells = [text, QStandardItem(row.answer), status, comment]
        for item in cells:
            item.setEditable(False)
            if not item.toolTip():
                item.setToolTip(item.text())  # the whole text where the column is narrow
        return cells

    # -- navigation -------------------------------------------------------------------------
    def _criterion_index(self, criterion_id: str) -> QModelIndex:
        for section_row in range(self.model.rowCount()):
            parent = self.model.item(section_row)
            for row in range(parent.rowCount()):
                if parent.child(row).data(CriterionRole) == criterion_id:
                    return parent.child(row).index()
        return QModelIndex()

    def select(self, criterion_id: str) -> None:
        index = self._criterion_index(criterion_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.editor.show_criterion(self.presenter.criterion(criterion_id))

    def _criterion_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        criterion_id = current.siblingAtColumn(0).data(CriterionRole)
        if criterion_id and self.presenter.current is not None:
            self.editor.show_criterion(self.presenter.criterion(criterion_id))

    # -- actions ----------------------------------------------------------------------------
    def start_new(self) -> None:
        if self.ctx.tax_code is None:
            return
        refused = self.presenter.start(
            self.ctx.tax_code, self.scheme.currentData(), self.year.currentData(), self.assessor.text()
        )
        self._opened(refused)

    def correct(self) -> None:
        """A new draft from this assessment, its answers, evidence and the reviewer's comments with it."""
        self._opened(self.presenter.correct())

    def _opened(self, refused: str) -> None:
        """After starting or correcting: the history with the new one chosen, or the refusal."""
        if refused:
            self.status.setText(refused)
            return
        self.editor.criterion = None  # the new one opens on its first criterion
        self._fill_history(select=self.presenter.current.id if self.presenter.current else None)

    def refresh_figures(self) -> None:
        self.presenter.refresh_figures()
        self.show_current()

    def finalize(self) -> None:
        """Ask first: the score, every mandatory criterion not met, and that the answers lock."""
        current = self.presenter.current
        if current is None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("AssessmentPage", "Finalize the self-assessment?"),
            self.presenter.finalize_question(),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setObjectName("confirm_finalize_assessment")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.button(QMessageBox.StandardButton.Yes).setText(QCoreApplication.translate("AssessmentPage", "&Finalize"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(
            lambda answer: self._finalize(current.id) if answer == QMessageBox.StandardButton.Yes else None
        )
        box.open()

    def _finalize(self, assessment_id: int) -> None:
        self.presenter.finalize(assessment_id)
        self._fill_history(select=assessment_id)

    def commands(self) -> dict[str, Callable[[], object]]:
        return {"print": self.print_report, "save": self.editor.save}

    def print_report(self) -> None:
        if self.presenter.current is None or self.ctx.tax_code is None:
            return
        path = ask_pdf_path(self, self.presenter.report_file_name(self.ctx.tax_code))
        if path:
            self.print_to(path)

    def print_to(self, target: Path) -> None:
        current = self.presenter.current
        assert current is not None
        start_report(
            self,
            self.ctx,
            target,
            self.presenter.report_kind(),
            str(current.record["year"]),
            self.ctx.language,
            None,
            current.criteria.id,
            assessment_id=current.id,
            on_done=self._report_written,
        )

    def _report_written(self, outcome: Path | str | None) -> None:
        if isinstance(outcome, Path):
            self.status.setText(self.presenter.report_saved(outcome))
            offer_to_open(self, outcome)
        else:
            self.status.setText(str(outcome or ""))
