"""What the Self-assessment page decides, without Qt: the schemes offered and the history list, which
assessment is open and what the ministry said of it, what the criteria tree, the score line, the gap
list and each criterion show (value, choices, reviewer's comment, evidence with sizes), saving an
answer, attaching evidence, what can be corrected or finalized and what the page says of it,
starting a new one, refreshing the figures from the records, and the report's file name.

The page (ui/pages/assessments.py) displays these texts and forwards the user's actions; texts come
out rendered by the translator the presenter is given (Qt's in the app, the catalogue's in tests),
figures written the user's way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

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
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Msg, Translator, ValidationFailed
from scp_desktop.domain.numbers import format_moment, format_number, parse_localized, short_number
from scp_desktop.domain.reports import STATE_LABELS, ReportState
from scp_desktop.services import assessments
from scp_desktop.services.server_messages import explain
from scp_desktop.services.workspace import Workspace

STATES = frozenset(state.value for state in ReportState)
# The ministry's answers after which a finalized assessment may be corrected.
CORRECTABLE = frozenset({ReportState.RETURNED.value, ReportState.ACCEPTED.value, ReportState.FAILED.value})
YEARS_OFFERED = 8

YES_TEXT = QT_TRANSLATE_NOOP("AssessmentPage", "Yes")
NO_TEXT = QT_TRANSLATE_NOOP("AssessmentPage", "No")
NOT_APPLICABLE_TEXT = QT_TRANSLATE_NOOP("AssessmentPage", "Not applicable")
POINTS = QT_TRANSLATE_NOOP("AssessmentPage", "{points} pts")
DRAFT_CRITERIA = QT_TRANSLATE_NOOP("AssessmentPage", " (draft criteria)")
HISTORY_FINALIZED = QT_TRANSLATE_NOOP("AssessmentPage", "finalized, {score} %")
HISTORY_DRAFT = QT_TRANSLATE_NOOP("AssessmentPage", "draft")
NO_ASSESSMENT = QT_TRANSLATE_NOOP("AssessmentPage", "No assessment yet: choose a scheme and a year above.")
MANDATORY = QT_TRANSLATE_NOOP("AssessmentPage", " (mandatory)")
EVIDENCE_REQUIRED = QT_TRANSLATE_NOOP("AssessmentPage", " · evidence required")
FROM_RECORDS = QT_TRANSLATE_NOOP("AssessmentPage", "From your records: {value}")
REVIEWER = QT_TRANSLATE_NOOP("AssessmentPage", "Reviewer: {comment}")
SAVED = QT_TRANSLATE_NOOP("AssessmentPage", "Saved the answer to {criterion}.")
MATURITY = QT_TRANSLATE_NOOP("AssessmentPage", "Maturity by area (no pass or fail): {areas}{level}")
SCORE = QT_TRANSLATE_NOOP("AssessmentPage", "Score {score} % (pass mark {mark} %): {verdict}{level}")
PASSES = QT_TRANSLATE_NOOP("AssessmentPage", "passes")
NOT_PASSING = QT_TRANSLATE_NOOP("AssessmentPage", "does not pass yet")
GAP_MANDATORY = QT_TRANSLATE_NOOP("AssessmentPage", "mandatory")
FINALIZED = QT_TRANSLATE_NOOP("AssessmentPage", "Finalized {when}: read-only.")
DRAFT = QT_TRANSLATE_NOOP("AssessmentPage", "Draft: every answer is saved as you go.")
DRAFT_SET = QT_TRANSLATE_NOOP("AssessmentPage", "These are draft criteria: no official set has been published yet.")
NO_ECOLABEL = QT_TRANSLATE_NOOP(
    "AssessmentPage",
    "The Vietnam Ecolabel (NSTVN-01:2023, Decision 3257/QĐ-BTNMT), which follows the Green Label, is "
    "not in the app yet: its criteria could not be confirmed in full.",
)
CORRECTING = QT_TRANSLATE_NOOP("AssessmentPage", "Correcting a returned assessment.")
MINISTRY = QT_TRANSLATE_NOOP("AssessmentPage", "Ministry: {state}.")
ASK_FINALIZE = QT_TRANSLATE_NOOP(
    "AssessmentPage", "Finalize the {scheme} self-assessment for {year}? Its score is {score} %."
)
MANDATORY_NOT_MET = QT_TRANSLATE_NOOP("AssessmentPage", "Mandatory criteria not met: {criteria}.")
LOCKS = QT_TRANSLATE_NOOP(
    "AssessmentPage", "Its answers and evidence then become read-only; a correction starts a new one."
)
REPORT_SAVED = QT_TRANSLATE_NOOP("AssessmentPage", "Report saved: {file}")


def evidence_size(size: int, language: str) -> str:
    """A file's size as people read it: bytes, KB or MB."""
    if size < 1024:
        return f"{size} B"
    if size < 2**20:
        return f"{format_number(size / 1024, language, 0)} KB"
    return f"{format_number(size / 2**20, language, 1)} MB"


@dataclass(frozen=True)
class Evidence:
    """One attached file as the evidence list shows it."""

    label: str  # name (size, day attached)
    sha256: str
    file_name: str


@dataclass(frozen=True)
class CriterionView:
    """What the answer editor shows of one criterion of the open assessment."""

    heading: str
    guidance: str
    auto: str  # what the records say, or "" when they say nothing
    has_auto: bool  # a different figure then needs a reason
    is_measure: bool  # a number with its unit; otherwise a choice
    unit: str
    number: str
    choices: tuple[tuple[str, str | None], ...]  # (label, value); None: not answered
    chosen: str | None
    reason: str
    note: str
    review: str  # what the ministry's reviewer said of this criterion, or ""
    evidence: tuple[Evidence, ...]
    read_only: bool


@dataclass(frozen=True)
class CriterionRow:
    """One criterion's row in the tree: its text, answer, status and the reviewer's comment."""

    id: str
    text: str
    tooltip: str
    answer: str
    status: Status
    status_text: str
    comment: str


@dataclass(frozen=True)
class SectionRow:
    title: str
    pct: str
    criteria: tuple[CriterionRow, ...]


@dataclass(frozen=True)
class Gap:
    criterion_id: str
    text: str
    tooltip: str


@dataclass(frozen=True)
class Refusal:
    """Why an answer was not saved, and the field to put the cursor in."""

    text: str
    at_reason: bool


class AssessmentPresenter:
    def __init__(self, workspace: Callable[[], Workspace], language: Callable[[], str], translate: Translator) -> None:
        self._workspace, self._language, self.translate = workspace, language, translate
        self.current: assessments.Assessment | None = None
        self.review: assessments.Review | None = None  # the ministry's answer to it (or to the one it corrects)

    @property
    def ws(self) -> Workspace:
        return self._workspace()

    @property
    def language(self) -> str:
        return self._language()

    def tr(self, message: Msg) -> str:
        """A message in the page's language, its figures written the user's way (60,8 rather than 60.797)."""
        return message.render(self.translate, lambda value: short_number(value, self.language))

    def day(self, stamp: str) -> str:
        """The day of a stored UTC time, on this computer's calendar, written the user's way."""
        return format_moment(stamp, self.language).split(" ")[0]

    def text(self, value: Mapping[str, str] | str) -> str:
        """A text of the criteria (a {vi, en} pair) in the page's language."""
        return bilingual(value, self.language)

    # -- choosing -------------------------------------------------------------------------------
    def schemes(self, org_kind: str) -> list[tuple[str, str]]:
        """(id, label) of each criteria set, those for this kind of organization first, the most specific
        of them first."""
        sets = sorted(
            assessments.criteria_sets(self.ws).items(),
            key=lambda item: (org_kind not in item[1].applies_to, len(item[1].applies_to)),
        )
        draft = self.tr(DRAFT_CRITERIA)
        return [(sid, self.text(c.title) + (draft if c.is_draft else "")) for sid, c in sets]

    @staticmethod
    def years(today: dt.date) -> tuple[list[int], int]:
        """The years offered, newest first, and the one chosen first: the last full year."""
        return list(range(today.year, today.year - YEARS_OFFERED, -1)), today.year - 1

    def history(self, tax_code: str | None) -> list[tuple[int | None, str]]:
        """(id, label) of the organization's assessments; one line saying there is none yet."""
        rows = assessments.history(self.ws, tax_code) if tax_code else []
        sets = assessments.criteria_sets(self.ws)
        items: list[tuple[int | None, str]] = []
        for row in rows:
            name = self.text(sets[row["scheme"]].title) if row["scheme"] in sets else row["scheme"]
            state = (
                self.tr(HISTORY_FINALIZED(score=format_number(row["score_pct"], self.language, 1)))
                if row["state"] == ReportState.FINALIZED.value
                else self.tr(HISTORY_DRAFT)
            )
            items.append((row["id"], f"{row['year']} · {name} · {state}"))
        return items or [(None, self.tr(NO_ASSESSMENT))]

    # -- the open assessment --------------------------------------------------------------------
    def open(self, assessment_id: int | None) -> None:
        self.current = assessments.load(self.ws, assessment_id) if assessment_id else None
        self.review = assessments.review_of(self.ws, self.current) if self.current else None

    def reload(self) -> None:
        self.open(self.current.id if self.current else None)

    def criterion(self, criterion_id: str) -> Criterion | None:
        return self.current.criteria.criterion(criterion_id) if self.current else None

    def after(self, criterion_id: str) -> str:
        """The criterion that follows (the last one stays)."""
        ids = [c.id for c in self.current.criteria.criteria()] if self.current else []
        if criterion_id in ids and ids.index(criterion_id) + 1 < len(ids):
            return ids[ids.index(criterion_id) + 1]
        return criterion_id

    @property
    def read_only(self) -> bool:
        return self.current is None or self.current.finalized

    @property
    def correctable(self) -> bool:
        """Finalized, and the ministry has answered its submission in a way a correction follows."""
        current, review = self.current, self.review
        return bool(
            current is not None
            and current.finalized
            and review is not None
            and review.submission_id == current.record.get("submission_id")
            and review.state in CORRECTABLE
        )

    @property
    def shows_comments(self) -> bool:
        return bool(self.review and self.review.field_comments)

    def comment(self, criterion_id: str) -> str:
        return self.review.field_comments.get(criterion_id, "") if self.review else ""

    # -- what the page shows --------------------------------------------------------------------
    def value_text(self, criterion: Criterion, value: str | float | None) -> str:
        if value is None:
            return "—"
        if isinstance(value, float):
            unit = criterion.measure.unit if criterion.measure else ""
            return f"{format_number(value, self.language, 2)} {unit}".strip()
        named = {YES: YES_TEXT, NO: NO_TEXT, NOT_APPLICABLE: NOT_APPLICABLE_TEXT}.get(value)
        return self.tr(named) if named else str(value)

    def answer_text(self, criterion: Criterion) -> str:
        """The answer as the tree shows it: a chosen option by its text."""
        assert self.current is not None
        answer = self.current.answers.get(criterion.id)
        value = answer.effective if answer else None
        if criterion.type is CriterionType.CHOICE and value not in (None, NOT_APPLICABLE):
            option = criterion.option(str(value))
            if option:
                return self.text(option.text)
        return self.value_text(criterion, value)

    def sections(self) -> list[SectionRow]:
        current = self.current
        if current is None:
            return []
        results = {r.criterion.id: r for r in current.score.results}
        scores = {s.section.id: s for s in current.score.sections}
        rows = []
        for section in current.criteria.sections:
            pct = scores[section.id].pct
            criteria = tuple(self._criterion_row(c, results[c.id].status) for c in section.criteria)
            shown = "–" if pct is None else format_number(pct, self.language, 0) + " %"
            rows.append(SectionRow(self.text(section.title), shown, criteria))
        return rows

    def _criterion_row(self, criterion: Criterion, status: Status) -> CriterionRow:
        text = self.text(criterion.text)
        return CriterionRow(
            criterion.id,
            f"{criterion.id}. {text}",
            f"{text}\n\n{self.text(criterion.guidance)}",
            self.answer_text(criterion),
            status,
            self.tr(STATUS_LABELS[status]),
            self.comment(criterion.id),
        )

    def score_line(self) -> str:
        if self.current is None:
            return ""
        score, criteria, language = self.current.score, self.current.criteria, self.language
        level = criteria.level(score.pct)
        level_text = f" · {self.text(level.label)}" if level else ""
        if score.passed is None:  # a maturity picture (UNEP eco-innovation): by area, no pass mark
            areas = " · ".join(
                f"{self.text(s.section.title)} {format_number(s.pct, language, 0)} %"
                for s in score.sections
                if s.pct is not None
            )
            return self.tr(MATURITY(areas=areas or "–", level=level_text))
        return self.tr(
            SCORE(
                score=format_number(score.pct, language, 1),
                mark=format_number(criteria.pass_score_pct, language, 0),
                verdict=self.tr(PASSES if score.passed else NOT_PASSING),
                level=level_text,
            )
        )

    def gaps(self) -> list[Gap]:
        if self.current is None:
            return []
        gaps = []
        for gap in self.current.score.gaps:
            flag = self.tr(GAP_MANDATORY) + " · " if gap.criterion.mandatory else ""
            advice = self.tr(gap.advice) if gap.advice else ""
            gaps.append(
                Gap(gap.criterion.id, f"{gap.criterion.id} · {flag}{advice}", self.text(gap.criterion.guidance))
            )
        return gaps

    def status_line(self) -> str:
        """Draft or finalized, whether the criteria are official, and where it stands with the ministry."""
        current = self.current
        if current is None:
            return ""
        if current.finalized:
            stamp = current.record["finalized_at"]
            parts = [self.tr(FINALIZED(when=self.day(stamp) if stamp else ""))]
        else:
            parts = [self.tr(DRAFT)]
        if current.criteria.is_draft:
            parts.append(self.tr(DRAFT_SET))
        if current.criteria.id.startswith("green-label"):
            parts.append(self.tr(NO_ECOLABEL))
        parts.append(self._review_text())
        return " ".join(filter(None, parts))

    def _review_text(self) -> str:
        """Where the assessment stands with the ministry, and the reviewer's overall comment."""
        review, current = self.review, self.current
        if review is None or current is None:
            return ""
        if not current.finalized:  # a correction: what the ministry said of the assessment it replaces
            text = self.tr(CORRECTING)
        else:
            state = self.tr(STATE_LABELS[ReportState(review.state)]) if review.state in STATES else review.state
            text = self.tr(MINISTRY(state=state))
        note = explain(review.message)
        return f"{text} {self.tr(note)}" if note else text

    def view(self, criterion: Criterion) -> CriterionView:
        """The answer editor's content for a criterion of the open assessment."""
        assert self.current is not None
        answer = self.current.answers.get(criterion.id)
        auto = answer.auto_value if answer else None
        value = answer.effective if answer else None
        is_measure = criterion.type is CriterionType.MEASURE
        heading = (
            f"{criterion.id}. {self.text(criterion.text)}"
            + (self.tr(MANDATORY) if criterion.mandatory else "")
            + (self.tr(EVIDENCE_REQUIRED) if criterion.evidence_required else "")
        )
        comment = self.comment(criterion.id)
        return CriterionView(
            heading=heading,
            guidance=self.text(criterion.guidance),
            auto=self.tr(FROM_RECORDS(value=self.value_text(criterion, auto))) if auto is not None else "",
            has_auto=auto is not None,
            is_measure=is_measure,
            unit=criterion.measure.unit if criterion.measure else "",
            number=""
            if not is_measure or value is None or value == NOT_APPLICABLE
            else format_number(float(value), self.language, 2),
            choices=() if is_measure else self.choices(criterion),
            chosen=None if is_measure or value is None else str(value),
            reason=answer.override_reason if answer else "",
            note=answer.note if answer else "",
            review=self.tr(REVIEWER(comment=comment)) if comment else "",
            evidence=self.evidence(criterion.id),
            read_only=self.current.finalized,
        )

    def choices(self, criterion: Criterion) -> tuple[tuple[str, str | None], ...]:
        """(label, value) offered for a yes/no or choice criterion; "not applicable" only where optional."""
        items: list[tuple[str, str | None]] = [("—", None)]
        if criterion.type is CriterionType.YES_NO:
            items += [(self.tr(YES_TEXT), YES), (self.tr(NO_TEXT), NO)]
        else:
            items += [
                (f"{self.text(o.text)} · {self.tr(POINTS(points=f'{o.points:g}'))}", o.id) for o in criterion.options
            ]
        if not criterion.mandatory:
            items.append((self.tr(NOT_APPLICABLE_TEXT), NOT_APPLICABLE))
        return tuple(items)

    def evidence(self, criterion_id: str) -> tuple[Evidence, ...]:
        """Each file with its size and the day it was attached."""
        assert self.current is not None
        files = []
        for item in self.current.evidence.get(criterion_id, []):
            size = evidence_size(item["size"], self.language)
            label = f"{item['file_name']} ({size}, {self.day(item['added_at'])})"
            files.append(Evidence(label, item["sha256"], item["file_name"]))
        return tuple(files)

    # -- answering ------------------------------------------------------------------------------
    def typed_value(self, criterion: Criterion, number: str, choice: str | None) -> str:
        """The answer as the service takes it: a number written the user's way as Python writes it,
        a choice's value; "" when the figure from the records is kept (it is no override then)."""
        if criterion.type is CriterionType.MEASURE:
            text = number.strip()
            try:
                typed = repr(parse_localized(text, self.language)) if text else ""
            except DomainError:
                typed = text  # not a number: the domain's check says so at the field
        else:
            typed = "" if choice is None else str(choice)
        answer = self.current.answers.get(criterion.id) if self.current else None
        if answer is not None and answer.auto_value is not None and typed:
            same = typed == str(answer.auto_value)
            with contextlib.suppress(TypeError, ValueError):
                same = same or float(typed) == float(answer.auto_value)
            if same:
                return ""
        return typed

    def save(self, criterion: Criterion, number: str, choice: str | None, reason: str, note: str) -> Refusal | None:
        """Save the answer and reload; the refusal to show at the field otherwise."""
        if self.current is None:
            return None
        try:
            assessments.answer(
                self.ws,
                self.current.id,
                criterion.id,
                self.typed_value(criterion, number, choice),
                reason,
                note,
                source=Source.GUI,
            )
        except ValidationFailed as failed:
            return Refusal(
                " ".join(self.tr(issue.message) for issue in failed.issues), failed.issues[0].field == "override_reason"
            )
        except DomainError as error:
            return Refusal(self.tr(error.message), False)
        self.reload()
        return None

    def saved(self, criterion: Criterion) -> str:
        return self.tr(SAVED(criterion=criterion.id))

    # -- evidence -------------------------------------------------------------------------------
    def attach(self, criterion: Criterion, paths: Iterable[Path]) -> str:
        """Attach the files in turn, stopping at the first refused; the refusal, or ""."""
        if self.current is None:
            return ""
        problem = ""
        for path in paths:
            try:
                assessments.attach_evidence(self.ws, self.current.id, criterion.id, path, source=Source.GUI)
            except DomainError as error:
                problem = self.tr(error.message)
                break
        self.reload()
        return problem

    def remove(self, criterion: Criterion, sha256: str) -> None:
        if self.current is not None:
            assessments.remove_evidence(self.ws, self.current.id, criterion.id, sha256, source=Source.GUI)
            self.reload()

    def to_open(self, item: Evidence) -> Path:
        """A copy under the file's own name (the store names files by their hash)."""
        return assessments.evidence_to_open(self.ws, item.sha256, item.file_name)

    # -- actions --------------------------------------------------------------------------------
    def start(self, tax_code: str, scheme: str, year: int, assessor: str) -> str:
        """Start a new assessment and open it; the refusal, or ""."""
        try:
            new_id = assessments.start(self.ws, tax_code, scheme, year, assessor=assessor, source=Source.GUI)
        except DomainError as error:
            return self.tr(error.message)
        self.open(new_id)
        return ""

    def correct(self) -> str:
        """A new draft from the open assessment (answers, evidence and the reviewer's comments with it),
        opened; the refusal, or ""."""
        if self.current is None:
            return ""
        try:
            new_id = assessments.correct(self.ws, self.current.id, Source.GUI)
        except DomainError as error:
            return self.tr(error.message)
        self.open(new_id)
        return ""

    def refresh_figures(self) -> None:
        if self.current is not None and not self.current.finalized:
            assessments.refresh_auto(self.ws, self.current.id, source=Source.GUI)
            self.reload()

    def finalize_question(self) -> str:
        """What finalizing asks first: the score, every mandatory criterion not met, that answers lock."""
        assert self.current is not None
        current, language = self.current, self.language
        parts = [
            self.tr(
                ASK_FINALIZE(
                    scheme=self.text(current.criteria.title),
                    year=current.record["year"],
                    score=format_number(current.score.pct, language, 1),
                )
            )
        ]
        failed = ", ".join(r.criterion.id for r in current.score.mandatory_failed)
        if failed:
            parts.append(self.tr(MANDATORY_NOT_MET(criteria=failed)))
        parts.append(self.tr(LOCKS))
        return " ".join(parts)

    def finalize(self, assessment_id: int) -> None:
        """Finalize the assessment the question was asked of (the page may have moved on since)."""
        assessments.finalize(self.ws, assessment_id, source=Source.GUI)
        self.open(assessment_id)

    # -- its report -----------------------------------------------------------------------------
    def report_kind(self) -> str:
        assert self.current is not None
        return "eco-innovation" if self.current.criteria.id == "eco-innovation" else "assessment"

    def report_file_name(self, tax_code: str) -> str:
        assert self.current is not None
        return f"{self.current.criteria.id}-{tax_code}-{self.current.record['year']}-{self.language}.pdf"

    def report_saved(self, path: Path) -> str:
        return self.tr(REPORT_SAVED(file=str(path)))
