"""The Self-assessment page: start or reopen an assessment, answer criterion by criterion,
attach (or drop) evidence, watch the score and the gap list, finalize, print."""

from __future__ import annotations

import contextlib
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

from scp_desktop.domain.assessment import (
    NO,
    NOT_APPLICABLE,
    STATUS_LABELS,
    YES,
    Criterion,
    CriterionType,
    Status,
    bilingual,
)
from scp_desktop.domain.audit import Source
from scp_desktop.domain.messages import DomainError, Msg, ValidationFailed
from scp_desktop.domain.numbers import format_moment, format_number, parse_localized, short_number
from scp_desktop.domain.reports import STATE_LABELS, ReportState
from scp_desktop.services import assessments
from scp_desktop.services.server_messages import explain
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.files import ask_open_paths, offer_to_open, open_with_system
from scp_desktop.ui.labels import tr
from scp_desktop.ui.layout import FlowLayout, labelled, scrollable
from scp_desktop.ui.pages.base import Page, heading_label
from scp_desktop.ui.pages.reports import ask_pdf_path, start_report

CriterionRole = Qt.ItemDataRole.UserRole + 1
STATUS_COLOURS = {Status.MET: "#1b6e5a", Status.PARTLY: "#b9770e", Status.NOT_MET: "#c0392b"}
STATES = frozenset(state.value for state in ReportState)


def evidence_size(size: int, language: str) -> str:
    """A file's size as people read it: bytes, KB or MB."""
    if size < 1024:
        return f"{size} B"
    if size < 2**20:
        return f"{format_number(size / 1024, language, 0)} KB"
    return f"{format_number(size / 2**20, language, 1)} MB"


class AnswerEditor(QWidget):
    """One criterion: its text and guidance, the answer, a reason for an override, notes, evidence."""

    def __init__(self, page: AssessmentPage) -> None:
        super().__init__()
        self.page = page
        self.criterion: Criterion | None = None
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
        for label, field in zip(self.labels, (self.value, self.reason, self.note, self.evidence), strict=True):
            label.setBuddy(field.currentWidget() if field is self.value else field)
            form.addRow(label, field)
        evidence_buttons = QHBoxLayout()
        evidence_buttons.addWidget(self.attach)
        evidence_buttons.addWidget(self.open_button)
        evidence_buttons.addWidget(self.remove)
        evidence_buttons.addStretch(1)
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
        current = self.page.current
        self.setEnabled(criterion is not None and current is not None)
        self.message.clear()
        if criterion is None or current is None:
            for widget in (self.text, self.guidance, self.auto, self.choice, self.number, self.reason, self.note):
                widget.clear()  # nothing of the last criterion lingers, in any language
            self.evidence.clear()
            return
        language = self.page.ctx.language
        mandatory = QCoreApplication.translate("AssessmentPage", " (mandatory)") if criterion.mandatory else ""
        needs = (
            QCoreApplication.translate("AssessmentPage", " · evidence required") if criterion.evidence_required else ""
        )
        self.text.setText(f"{criterion.id}. {bilingual(criterion.text, language)}{mandatory}{needs}")
        self.guidance.setText(bilingual(criterion.guidance, language))
        answer = current.answers.get(criterion.id)
        auto = answer.auto_value if answer else None
        self.auto.setText(
            QCoreApplication.translate("AssessmentPage", "From your records: {value}").format(
                value=self._value_text(criterion, auto)
            )
            if auto is not None
            else ""
        )
        self.reason.setEnabled(auto is not None)
        value = answer.effective if answer else None
        self.labels[0].setBuddy(self.number if criterion.type is CriterionType.MEASURE else self.choice)
        if criterion.type is CriterionType.MEASURE:
            self.value.setCurrentIndex(1)
            self.unit.setText(criterion.measure.unit if criterion.measure else "")
            self.number.setText(
                "" if value is None or value == NOT_APPLICABLE else format_number(float(value), language, 2)
            )
        else:
            self.value.setCurrentIndex(0)
            self._fill_choices(criterion)
            self.choice.setCurrentIndex(max(self.choice.findData(value), 0))
        self.reason.setText(answer.override_reason if answer else "")
        self.note.setText(answer.note if answer else "")
        self._show_review(criterion)
        self._fill_evidence(criterion)
        read_only = current.finalized
        for widget in (self.choice, self.number, self.reason, self.note, self.attach, self.remove, self.save_button):
            widget.setEnabled(not read_only and (widget is not self.reason or auto is not None))
        self.open_button.setEnabled(self.evidence.count() > 0)

    def _show_review(self, criterion: Criterion) -> None:
        comment = self.page.review.field_comments.get(criterion.id) if self.page.review else None
        self.review.setVisible(bool(comment))
        self.review.setText(
            QCoreApplication.translate("AssessmentPage", "Reviewer: {comment}").format(comment=comment)
            if comment
            else ""
        )

    def _fill_evidence(self, criterion: Criterion) -> None:
        """Each file with its size and the day it was attached; its name opens it."""
        assert self.page.current is not None
        language = self.page.ctx.language
        self.evidence.clear()
        for item in self.page.current.evidence.get(criterion.id, []):
            added = dt.date.fromisoformat(item["added_at"][:10])
            day = added.strftime("%d/%m/%Y") if language == "vi" else added.isoformat()
            size = evidence_size(item["size"], language)
            entry = QListWidgetItem(f"{item['file_name']} ({size}, {day})")
            entry.setData(Qt.ItemDataRole.UserRole, item["sha256"])
            entry.setData(Qt.ItemDataRole.UserRole + 1, item["file_name"])
            entry.setToolTip(f"SHA-256 {item['sha256']}")
            self.evidence.addItem(entry)
        if self.evidence.count():
            self.evidence.setCurrentRow(0)

    def _fill_choices(self, criterion: Criterion) -> None:
        language = self.page.ctx.language
        self.choice.clear()
        self.choice.addItem("—", None)
        if criterion.type is CriterionType.YES_NO:
            self.choice.addItem(QCoreApplication.translate("AssessmentPage", "Yes"), YES)
            self.choice.addItem(QCoreApplication.translate("AssessmentPage", "No"), NO)
        else:
            for option in criterion.options:
                points = QCoreApplication.translate("AssessmentPage", "{points} pts").format(
                    points=f"{option.points:g}"
                )
                self.choice.addItem(f"{bilingual(option.text, language)} · {points}", option.id)
        if not criterion.mandatory:
            self.choice.addItem(QCoreApplication.translate("AssessmentPage", "Not applicable"), NOT_APPLICABLE)

    def _value_text(self, criterion: Criterion, value: str | float | None) -> str:
        if value is None:
            return "—"
        if isinstance(value, float):
            unit = criterion.measure.unit if criterion.measure else ""
            return f"{format_number(value, self.page.ctx.language, 2)} {unit}".strip()
        if value == YES:
            return QCoreApplication.translate("AssessmentPage", "Yes")
        if value == NO:
            return QCoreApplication.translate("AssessmentPage", "No")
        if value == NOT_APPLICABLE:
            return QCoreApplication.translate("AssessmentPage", "Not applicable")
        return str(value)

    # -- answering --------------------------------------------------------------------------
    def answer_text(self) -> str:
        if self.criterion is not None and self.criterion.type is CriterionType.MEASURE:
            text = self.number.text().strip()
            if not text:
                return ""
            try:
                return repr(parse_localized(text, self.page.ctx.language))
            except DomainError:
                return text  # not a number: the domain's check says so at the field
        data = self.choice.currentData()
        return "" if data is None else str(data)

    def save(self) -> None:
        current, criterion = self.page.current, self.criterion
        if current is None or criterion is None:
            return
        answer = current.answers.get(criterion.id)
        typed = self.answer_text()
        if answer is not None and answer.auto_value is not None and typed:
            same = typed == str(answer.auto_value)
            with contextlib.suppress(TypeError, ValueError):
                same = same or float(typed) == float(answer.auto_value)
            if same:
                typed = ""  # the figure from the records, not an override
        try:
            assessments.answer(
                self.page.ctx.workspace,
                current.id,
                criterion.id,
                typed,
                self.reason.text(),
                self.note.text(),
                source=Source.GUI,
            )
        except ValidationFailed as failed:
            self.message.setText(" ".join(self.page.render(i.message) for i in failed.issues))
            (self.reason if failed.issues[0].field == "override_reason" else self.value.currentWidget()).setFocus()
            return
        except DomainError as error:
            self.message.setText(error.render(QCoreApplication.translate))
            return
        self.dirty = False
        self.page.reload(select_next=True)
        self.page.saved_note.setText(
            QCoreApplication.translate("AssessmentPage", "Saved the answer to {criterion}.").format(
                criterion=criterion.id
            )
        )
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
        current, criterion = self.page.current, self.criterion
        if current is None or criterion is None or not paths:
            return
        draft = self.unsaved()
        problem = ""
        for path in paths:
            try:
                assessments.attach_evidence(self.page.ctx.workspace, current.id, criterion.id, path, source=Source.GUI)
            except DomainError as error:
                problem = error.render(QCoreApplication.translate)
                break
        self.page.reload()
        self.restore(draft)  # the answer being typed survives: only the evidence list changed
        self.message.setText(problem)

    def remove_evidence(self) -> None:
        current, criterion, item = self.page.current, self.criterion, self.evidence.currentItem()
        if current is None or criterion is None or item is None:
            return
        draft = self.unsaved()
        assessments.remove_evidence(
            self.page.ctx.workspace, current.id, criterion.id, item.data(Qt.ItemDataRole.UserRole), source=Source.GUI
        )
        self.page.reload()
        self.restore(draft)

    def open_evidence(self) -> Path | None:
        """The chosen file in the system's viewer (a copy under its own name: the store names files by hash)."""
        item = self.evidence.currentItem()
        if item is None:
            return None
        copy = assessments.evidence_to_open(
            self.page.ctx.workspace, item.data(Qt.ItemDataRole.UserRole), item.data(Qt.ItemDataRole.UserRole + 1)
        )
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
        self.current: assessments.Assessment | None = None
        self.review: assessments.Review | None = None  # the ministry's answer to it (or to the one it corrects)
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
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
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

    def _fill_schemes(self) -> None:
        current = self.scheme.currentData()
        self.scheme.clear()
        draft = QCoreApplication.translate("AssessmentPage", " (draft criteria)")
        org = self.ctx.organization
        kind = org.kind if org else ""
        sets = sorted(
            assessments.criteria_sets(self.ctx.workspace).items(),
            key=lambda item: (kind not in item[1].applies_to, len(item[1].applies_to)),
        )
        for scheme_id, criteria in sets:
            self.scheme.addItem(
                bilingual(criteria.title, self.ctx.language) + (draft if criteria.is_draft else ""), scheme_id
            )
        self.scheme.setCurrentIndex(max(self.scheme.findData(current), 0))

    # -- loading ----------------------------------------------------------------------------
    def refresh(self) -> None:
        org = self.ctx.organization
        self.start_button.setEnabled(org is not None)
        self.scheme.setCurrentIndex(-1)  # the first scheme that applies to this organization
        self._fill_schemes()
        self.year.clear()
        this_year = dt.date.today().year
        for year in range(this_year, this_year - 8, -1):
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(1)  # last full year
        self._fill_history()

    def _fill_history(self, select: int | None = None) -> None:
        org = self.ctx.organization
        self.history.blockSignals(True)
        self.history.clear()
        rows = assessments.history(self.ctx.workspace, org.tax_code) if org else []
        sets = assessments.criteria_sets(self.ctx.workspace)
        for row in rows:
            name = bilingual(sets[row["scheme"]].title, self.ctx.language) if row["scheme"] in sets else row["scheme"]
            state = (
                QCoreApplication.translate("AssessmentPage", "finalized, {score} %").format(
                    score=format_number(row["score_pct"], self.ctx.language, 1)
                )
                if row["state"] == "finalized"
                else QCoreApplication.translate("AssessmentPage", "draft")
            )
            self.history.addItem(f"{row['year']} · {name} · {state}", row["id"])
        if not rows:
            self.history.addItem(
                QCoreApplication.translate("AssessmentPage", "No assessment yet: choose a scheme and a year above."),
                None,
            )
        index = self.history.findData(select) if select is not None else 0
        self.history.setCurrentIndex(max(index, 0))
        self.history.blockSignals(False)
        self.open_assessment(self.history.currentData())

    def open_assessment(self, assessment_id: int | None) -> None:
        self.current = assessments.load(self.ctx.workspace, assessment_id) if assessment_id else None
        self._show_current()

    def _load_review(self) -> None:
        self.review = assessments.review_of(self.ctx.workspace, self.current) if self.current else None

    def reload(self, select_next: bool = False) -> None:
        """Reload the open assessment (after an answer) and keep the user's place."""
        chosen = self.editor.criterion.id if self.editor.criterion else None
        if self.current is not None:
            self.current = assessments.load(self.ctx.workspace, self.current.id)
        self._show_current()
        if chosen:
            self.select(chosen, advance=select_next)

    def _show_current(self) -> None:
        current = self.current
        self._load_review()
        self.model.removeRows(0, self.model.rowCount())
        for button in (self.refresh_button, self.finalize_button, self.print_button):
            button.setEnabled(current is not None)
        self.correct_button.setVisible(False)
        if current is None:
            self.status.setText("")
            self.score_label.setText("")
            self.gaps.clear()
            self.editor.show_criterion(None)
            return
        language = self.ctx.language
        results = {r.criterion.id: r for r in current.score.results}
        for section in current.criteria.sections:
            section_score = next(s for s in current.score.sections if s.section.id == section.id)
            pct = "–" if section_score.pct is None else format_number(section_score.pct, language, 0) + " %"
            parent = QStandardItem(bilingual(section.title, language))
            parent.setEditable(False)
            row = [parent, QStandardItem(""), QStandardItem(pct), QStandardItem("")]
            for item in row:
                item.setEditable(False)
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.model.appendRow(row)
            for criterion in section.criteria:
                result = results[criterion.id]
                answer = current.answers.get(criterion.id)
                text = QStandardItem(f"{criterion.id}. {bilingual(criterion.text, language)}")
                text.setData(criterion.id, CriterionRole)
                text.setToolTip(f"{bilingual(criterion.text, language)}\n\n{bilingual(criterion.guidance, language)}")
                shown = self.editor._value_text(criterion, answer.effective if answer else None)
                if criterion.type is CriterionType.CHOICE and answer and answer.effective not in (None, NOT_APPLICABLE):
                    option = criterion.option(str(answer.effective))
                    shown = bilingual(option.text, language) if option else shown
                status = QStandardItem(tr(STATUS_LABELS[result.status]))
                if result.status in STATUS_COLOURS:
                    status.setForeground(QBrush(QColor(STATUS_COLOURS[result.status])))
                cells = [text, QStandardItem(shown), status, self._comment_cell(criterion.id)]
                for item in cells:
                    item.setEditable(False)
                    if not item.toolTip():
                        item.setToolTip(item.text())  # the whole text where the column is narrow
                parent.appendRow(cells)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(1, max(80, header.fontMetrics().horizontalAdvance("1.234,56 %") + 16))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(3, 160)
        self.tree.setColumnHidden(3, not (self.review and self.review.field_comments))
        score = current.score
        level = current.criteria.level(score.pct)
        level_text = f" · {bilingual(level.label, language)}" if level else ""
        if score.passed is None:  # a maturity picture (UNEP eco-innovation): by area, no pass mark
            areas = " · ".join(
                f"{bilingual(s.section.title, language)} {format_number(s.pct, language, 0)} %"
                for s in score.sections
                if s.pct is not None
            )
            self.score_label.setText(
                QCoreApplication.translate(
                    "AssessmentPage", "Maturity by area (no pass or fail): {areas}{level}"
                ).format(areas=areas or "–", level=level_text)
            )
        else:
            verdict = (
                QCoreApplication.translate("AssessmentPage", "passes")
                if score.passed
                else QCoreApplication.translate("AssessmentPage", "does not pass yet")
            )
            self.score_label.setText(
                QCoreApplication.translate(
                    "AssessmentPage", "Score {score} % (pass mark {mark} %): {verdict}{level}"
                ).format(
                    score=format_number(score.pct, language, 1),
                    mark=format_number(current.criteria.pass_score_pct, language, 0),
                    verdict=verdict,
                    level=level_text,
                )
            )
        self.gaps.clear()
        for gap in score.gaps:
            flag = QCoreApplication.translate("AssessmentPage", "mandatory") + " · " if gap.criterion.mandatory else ""
            advice = self.render(gap.advice) if gap.advice else ""
            item = QListWidgetItem(f"{gap.criterion.id} · {flag}{advice}")
            item.setData(CriterionRole, gap.criterion.id)
            item.setToolTip(bilingual(gap.criterion.guidance, language))
            self.gaps.addItem(item)
        state = (
            QCoreApplication.translate("AssessmentPage", "Finalized {when}: read-only.").format(
                when=format_moment(current.record["finalized_at"], language).split(" ")[0]
                if current.record["finalized_at"]
                else ""
            )
            if current.finalized
            else QCoreApplication.translate("AssessmentPage", "Draft: every answer is saved as you go.")
        )
        if current.criteria.is_draft:
            state += " " + QCoreApplication.translate(
                "AssessmentPage", "These are draft criteria: no official set has been published yet."
            )
        if current.criteria.id.startswith("green-label"):
            state += " " + QCoreApplication.translate(
                "AssessmentPage",
                "The Vietnam Ecolabel (NSTVN-01:2023, Decision 3257/QĐ-BTNMT), which follows the Green Label, is "
                "not in the app yet: its criteria could not be confirmed in full.",
            )
        self.status.setText(" ".join(filter(None, [state, self._review_text()])))
        self.correct_button.setVisible(self._correctable())
        self.finalize_button.setEnabled(not current.finalized)
        self.refresh_button.setEnabled(not current.finalized)
        first = self.model.index(0, 0, self.model.index(0, 0)) if self.model.rowCount() else QModelIndex()
        if first.isValid() and self.editor.criterion is None:
            self.tree.setCurrentIndex(first)
        elif self.editor.criterion is not None:
            self.editor.show_criterion(self.editor.criterion)

    def _comment_cell(self, criterion_id: str) -> QStandardItem:
        comment = self.review.field_comments.get(criterion_id, "") if self.review else ""
        cell = QStandardItem(comment)
        cell.setToolTip(comment)
        cell.setForeground(QBrush(QColor("#8a5a00")))
        cell.setEditable(False)
        return cell

    def _review_text(self) -> str:
        """Where the assessment stands with the ministry, and the reviewer's overall comment."""
        review, current = self.review, self.current
        if review is None or current is None:
            return ""
        if not current.finalized:  # a correction: what the ministry said of the assessment it replaces
            text = QCoreApplication.translate("AssessmentPage", "Correcting a returned assessment.")
        else:
            state = tr(STATE_LABELS[ReportState(review.state)]) if review.state in STATES else review.state
            text = QCoreApplication.translate("AssessmentPage", "Ministry: {state}.").format(state=state)
        note = explain(review.message)
        return f"{text} {self.render(note)}" if note else text

    def _correctable(self) -> bool:
        current, review = self.current, self.review
        return bool(
            current is not None
            and current.finalized
            and review is not None
            and review.submission_id == current.record.get("submission_id")
            and review.state in ("returned", "accepted", "failed")
        )

    def correct(self) -> None:
        """A new draft from this assessment, its answers, evidence and the reviewer's comments with it."""
        if self.current is None:
            return
        try:
            new_id = assessments.correct(self.ctx.workspace, self.current.id, Source.GUI)
        except DomainError as error:
            self.status.setText(error.render(QCoreApplication.translate))
            return
        self.editor.criterion = None
        self._fill_history(select=new_id)

    def render(self, message: Msg) -> str:
        """A domain message in the UI language, its figures written the user's way."""
        return message.render(QCoreApplication.translate, lambda v: short_number(v, self.ctx.language))

    # -- navigation -------------------------------------------------------------------------
    def _criterion_index(self, criterion_id: str) -> QModelIndex:
        for section_row in range(self.model.rowCount()):
            parent = self.model.item(section_row)
            for row in range(parent.rowCount()):
                if parent.child(row).data(CriterionRole) == criterion_id:
                    return parent.child(row).index()
        return QModelIndex()

    def select(self, criterion_id: str, advance: bool = False) -> None:
        ids = [c.id for c in self.current.criteria.criteria()] if self.current else []
        if advance and criterion_id in ids and ids.index(criterion_id) + 1 < len(ids):
            criterion_id = ids[ids.index(criterion_id) + 1]
        index = self._criterion_index(criterion_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.editor.show_criterion(self.current.criteria.criterion(criterion_id) if self.current else None)

    def _criterion_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        criterion_id = current.siblingAtColumn(0).data(CriterionRole)
        if criterion_id and self.current is not None:
            self.editor.show_criterion(self.current.criteria.criterion(criterion_id))

    # -- actions ----------------------------------------------------------------------------
    def start_new(self) -> None:
        if self.ctx.tax_code is None:
            return
        try:
            new_id = assessments.start(
                self.ctx.workspace,
                self.ctx.tax_code,
                self.scheme.currentData(),
                self.year.currentData(),
                assessor=self.assessor.text(),
                source=Source.GUI,
            )
        except DomainError as error:
            self.status.setText(error.render(QCoreApplication.translate))
            return
        self.editor.criterion = None
        self._fill_history(select=new_id)

    def refresh_figures(self) -> None:
        if self.current is not None:
            assessments.refresh_auto(self.ctx.workspace, self.current.id, source=Source.GUI)
            self.reload()

    def finalize(self) -> None:
        """Ask first: the score, every mandatory criterion not met, and that the answers lock."""
        current = self.current
        if current is None:
            return
        language = self.ctx.language
        failed = ", ".join(r.criterion.id for r in current.score.mandatory_failed)
        text = QCoreApplication.translate(
            "AssessmentPage", "Finalize the {scheme} self-assessment for {year}? Its score is {score} %."
        ).format(
            scheme=bilingual(current.criteria.title, language),
            year=current.record["year"],
            score=format_number(current.score.pct, language, 1),
        )
        if failed:
            text += " " + QCoreApplication.translate(
                "AssessmentPage", "Mandatory criteria not met: {criteria}."
            ).format(criteria=failed)
        text += " " + QCoreApplication.translate(
            "AssessmentPage", "Its answers and evidence then become read-only; a correction starts a new one."
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            QCoreApplication.translate("AssessmentPage", "Finalize the self-assessment?"),
            text,
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
        assessments.finalize(self.ctx.workspace, assessment_id, source=Source.GUI)
        self._fill_history(select=assessment_id)

    def commands(self) -> dict[str, Callable[[], object]]:
        return {"print": self.print_report, "save": self.editor.save}

    def print_report(self) -> None:
        current = self.current
        if current is None or self.ctx.tax_code is None:
            return
        name = f"{current.criteria.id}-{self.ctx.tax_code}-{current.record['year']}-{self.ctx.language}.pdf"
        path = ask_pdf_path(self, name)
        if path:
            self.print_to(path)

    def print_to(self, target: Path) -> None:
        assert self.current is not None
        kind = "eco-innovation" if self.current.criteria.id == "eco-innovation" else "assessment"
        start_report(
            self,
            self.ctx,
            target,
            kind,
            str(self.current.record["year"]),
            self.ctx.language,
            None,
            self.current.criteria.id,
            assessment_id=self.current.id,
            on_done=self._report_written,
        )

    def _report_written(self, outcome: Path | str | None) -> None:
        if isinstance(outcome, Path):
            self.status.setText(
                QCoreApplication.translate("AssessmentPage", "Report saved: {file}").format(file=outcome)
            )
            offer_to_open(self, outcome)
        else:
            self.status.setText(str(outcome or ""))
