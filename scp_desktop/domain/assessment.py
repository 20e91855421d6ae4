"""Criteria-based self-assessment: criteria sets as data, answers, scores, gaps.

A criteria set (resources/criteria/*.json, replaceable by the ministry server) has
sections of criteria. A criterion is yes/no, a scored choice, or a numeric measure
with a threshold; it has a weight, may be mandatory, may require evidence, and may be
answered automatically from recorded data (`auto`, a path into the year's summary).

Scoring: each applicable criterion earns weight × fraction, where the fraction is 1
or 0 (yes/no, measure) or points ÷ the best option's points (choice). "Not
applicable" removes a non-mandatory criterion from both sides. A criterion whose
evidence is required but missing earns nothing until the evidence is attached. The
assessment passes when every mandatory criterion is met and the overall score reaches
the set's pass mark. A set with `"verdict": false` (UNEP eco-innovation) has no pass mark:
its score is a maturity picture by section, and `passed` is None.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Issue, Msg
from scp_desktop.domain.summary import Summary, follow

NOT_APPLICABLE = "na"
YES, NO = "yes", "no"


class CriterionType(Enum):
    YES_NO = "yes_no"
    CHOICE = "choice"
    MEASURE = "measure"


class Status(Enum):
    MET = "met"
    NOT_MET = "not_met"
    PARTLY = "partly"  # a choice below its best option
    UNANSWERED = "unanswered"
    NEEDS_EVIDENCE = "needs_evidence"
    NOT_APPLICABLE = "not_applicable"


STATUS_LABELS: dict[Status, Msg] = {
    Status.MET: QT_TRANSLATE_NOOP("Assessment", "met"),
    Status.NOT_MET: QT_TRANSLATE_NOOP("Assessment", "not met"),
    Status.PARTLY: QT_TRANSLATE_NOOP("Assessment", "partly met"),
    Status.UNANSWERED: QT_TRANSLATE_NOOP("Assessment", "not answered"),
    Status.NEEDS_EVIDENCE: QT_TRANSLATE_NOOP("Assessment", "evidence missing"),
    Status.NOT_APPLICABLE: QT_TRANSLATE_NOOP("Assessment", "not applicable"),
}

ANSWER_IT = QT_TRANSLATE_NOOP("Assessment", "Answer this criterion.")
ATTACH_EVIDENCE = QT_TRANSLATE_NOOP("Assessment", "Attach the evidence this criterion requires.")
MEET_IT = QT_TRANSLATE_NOOP("Assessment", "Not met yet: see the guidance.")
MEET_MEASURE = QT_TRANSLATE_NOOP("Assessment", "Now {value} {unit}; needed {op} {threshold} {unit}.")
BEST_OPTION = QT_TRANSLATE_NOOP("Assessment", "Partly met: {points} of {best} points.")
REASON_NEEDED = QT_TRANSLATE_NOOP(
    "Assessment", "Give a reason for replacing the figure computed from your records ({auto})."
)
NOT_A_CHOICE = QT_TRANSLATE_NOOP("Assessment", "“{value}” is not one of this criterion's options.")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Assessment", "Enter a number for this measure.")
NA_MANDATORY = QT_TRANSLATE_NOOP("Assessment", "A mandatory criterion cannot be marked not applicable.")

OP_SYMBOLS = {">=": "≥", "<=": "≤", ">": ">", "<": "<"}
_OPS: dict[str, Callable[[float, float], bool]] = {
    ">=": operator.ge,
    "<=": operator.le,
    ">": operator.gt,
    "<": operator.lt,
}


def bilingual(value: Mapping[str, str] | str, language: str) -> str:
    if isinstance(value, str):
        return value
    return value.get(language) or value.get("vi") or next(iter(value.values()), "")


@dataclass(frozen=True)
class Option:
    id: str
    points: float
    text: Mapping[str, str]


@dataclass(frozen=True)
class Measure:
    unit: str
    op: str
    threshold: float
    threshold_by_kind: Mapping[str, float] = field(default_factory=dict)

    def threshold_for(self, org_kind: str) -> float:
        return self.threshold_by_kind.get(org_kind, self.threshold)

    def met(self, value: float, org_kind: str) -> bool:
        return _OPS[self.op](value, self.threshold_for(org_kind))


@dataclass(frozen=True)
class Criterion:
    id: str
    section: str
    type: CriterionType
    weight: float
    mandatory: bool
    evidence_required: bool
    text: Mapping[str, str]
    guidance: Mapping[str, str]
    options: tuple[Option, ...] = ()
    measure: Measure | None = None
    auto: str | None = None  # a path into the summary, e.g. "bags.reduction_pct"
    applies_to_kinds: tuple[str, ...] = ()  # organization kinds it applies to (empty: all the set's)
    applies_from_year: int | None = None  # a rule in force from that year

    @property
    def best_points(self) -> float:
        return max((o.points for o in self.options), default=0.0)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class Section:
    id: str
    title: Mapping[str, str]
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True)
class Level:
    min_pct: float
    label: Mapping[str, str]


@dataclass(frozen=True)
class CriteriaSet:
    id: str
    version: str
    status: str  # "official" or "draft"
    title: Mapping[str, str]
    applies_to: tuple[str, ...]
    pass_score_pct: float
    sources: Mapping[str, Mapping[str, str]]  # key → {"vi": …, "en": …}
    note: Mapping[str, str]
    sections: tuple[Section, ...]
    levels: tuple[Level, ...] = ()
    document: Mapping[str, Any] = field(default_factory=dict, compare=False, repr=False)
    verdict: bool = True  # False: a maturity picture, never pass or fail

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    def criteria(self) -> list[Criterion]:
        return [c for s in self.sections for c in s.criteria]

    def criterion(self, criterion_id: str) -> Criterion:
        found = next((c for c in self.criteria() if c.id == criterion_id), None)
        if found is None:
            raise KeyError(criterion_id)
        return found

    def level(self, pct: float) -> Level | None:
        reached = [lv for lv in self.levels if pct >= lv.min_pct]
        return max(reached, key=lambda lv: lv.min_pct) if reached else None

    @classmethod
    def from_document(cls, doc: Mapping[str, Any]) -> CriteriaSet:
        """Build from the JSON document; a malformed set raises ValueError naming the problem."""
        try:
            sections = tuple(_section(s) for s in doc["sections"])
            result = cls(
                id=str(doc["id"]),
                version=str(doc["version"]),
                status=str(doc.get("status", "official")),
                title=dict(doc["title"]),
                applies_to=tuple(doc.get("applies_to", ())),
                pass_score_pct=float(doc.get("pass_score_pct", 100)),
                sources=_sources(doc.get("sources", {})),
                note=dict(doc.get("note", {})),
                sections=sections,
                levels=tuple(Level(float(lv["min_pct"]), dict(lv["label"])) for lv in doc.get("levels", ())),
                document=doc,
                verdict=bool(doc.get("verdict", True)),
            )
        except (KeyError, TypeError, ValueError) as error:
            raise ValueError(f"criteria set {doc.get('id', '?')}: malformed ({error!r})") from None
        ids = [c.id for c in result.criteria()]
        if len(ids) != len(set(ids)):
            raise ValueError(f"criteria set {result.id}: criterion ids repeat")
        return result


def _sources(doc: Any) -> dict[str, dict[str, str]]:
    """Sources keyed by name, each in both languages (an older list of texts is read as English only)."""
    if isinstance(doc, Mapping):
        return {str(k): dict(v) if isinstance(v, Mapping) else {"en": str(v), "vi": str(v)} for k, v in doc.items()}
    return {str(i): {"en": str(v), "vi": str(v)} for i, v in enumerate(doc)}


def _section(doc: Mapping[str, Any]) -> Section:
    return Section(str(doc["id"]), dict(doc["title"]), tuple(_criterion(c, str(doc["id"])) for c in doc["criteria"]))


def _criterion(doc: Mapping[str, Any], section: str) -> Criterion:
    kind = CriterionType(doc["type"])
    measure = None
    auto = doc.get("auto")
    if kind is CriterionType.MEASURE:
        m = doc["measure"]
        if m["op"] not in _OPS:
            raise ValueError(f"unknown operator {m['op']}")
        measure = Measure(
            str(m.get("unit", "")),
            m["op"],
            float(m["threshold"]),
            {k: float(v) for k, v in m.get("threshold_by_kind", {}).items()},
        )
        auto = m.get("auto", auto)
    options = tuple(Option(str(o["id"]), float(o["points"]), dict(o["text"])) for o in doc.get("options", ()))
    if kind is CriterionType.CHOICE and not options:
        raise ValueError(f"choice criterion {doc['id']} has no options")
    weight = float(doc.get("weight", 1))
    if weight < 0 or not math.isfinite(weight):
        raise ValueError(f"criterion {doc['id']} has weight {weight}")
    return Criterion(
        id=str(doc["id"]),
        section=section,
        type=kind,
        weight=weight,
        mandatory=bool(doc.get("mandatory", False)),
        evidence_required=bool(doc.get("evidence_required", False)),
        text=dict(doc["text"]),
        guidance=dict(doc.get("guidance", {})),
        options=options,
        measure=measure,
        auto=auto,
        applies_to_kinds=tuple(doc.get("applies_to_kinds", ())),
        applies_from_year=int(doc["applies_from_year"]) if doc.get("applies_from_year") is not None else None,
    )


# -- answers ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Answer:
    """What the user said (`value`), what the records say (`auto_value`), and why they differ."""

    value: str | float | None = None  # "yes"/"no"/"na", an option id, or a number; None: use auto
    auto_value: str | float | None = None
    override_reason: str = ""
    evidence: int = 0  # evidence files attached
    note: str = ""

    @property
    def effective(self) -> str | float | None:
        return self.value if self.value is not None else self.auto_value

    @property
    def overridden(self) -> bool:
        return self.value is not None and self.auto_value is not None and self.value != self.auto_value


def parse_answer(criterion: Criterion, text: str) -> tuple[str | float | None, list[Issue]]:
    """The user's text as an answer value, or the field's issues ("" is no answer)."""
    text = text.strip()
    if not text:
        return None, []
    if text == NOT_APPLICABLE:
        return (None, [Issue("value", NA_MANDATORY)]) if criterion.mandatory else (NOT_APPLICABLE, [])
    if criterion.type is CriterionType.YES_NO:
        return (text, []) if text in (YES, NO) else (None, [Issue("value", NOT_A_CHOICE(value=text))])
    if criterion.type is CriterionType.CHOICE:
        return (text, []) if criterion.option(text) else (None, [Issue("value", NOT_A_CHOICE(value=text))])
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return None, [Issue("value", NOT_A_NUMBER)]
    return (number, []) if math.isfinite(number) else (None, [Issue("value", NOT_A_NUMBER)])


def check_override(answer: Answer) -> list[Issue]:
    """Replacing an automatic figure needs a reason."""
    if answer.overridden and not answer.override_reason.strip():
        return [Issue("override_reason", REASON_NEEDED(auto=answer.auto_value))]
    return []


# -- scoring ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class CriterionResult:
    criterion: Criterion
    status: Status
    earned: float
    possible: float
    advice: Msg | None  # what to do next, when not fully met


@dataclass(frozen=True)
class SectionScore:
    section: Section
    earned: float
    possible: float

    @property
    def pct(self) -> float | None:
        return 100.0 * self.earned / self.possible if self.possible else None


@dataclass(frozen=True)
class Score:
    results: tuple[CriterionResult, ...]
    sections: tuple[SectionScore, ...]
    earned: float
    possible: float
    pass_score_pct: float
    verdict: bool = True

    @property
    def pct(self) -> float:
        return 100.0 * self.earned / self.possible if self.possible else 0.0

    @property
    def mandatory_failed(self) -> list[CriterionResult]:
        return [r for r in self.results if r.criterion.mandatory and r.status is not Status.MET]

    @property
    def passed(self) -> bool | None:
        """None for a set without a verdict."""
        if not self.verdict:
            return None
        return not self.mandatory_failed and self.pct >= self.pass_score_pct - 1e-9

    @property
    def gaps(self) -> list[CriterionResult]:
        """What to do next: mandatory first, then by the points at stake."""
        open_ = [r for r in self.results if r.advice is not None]
        return sorted(open_, key=lambda r: (not r.criterion.mandatory, -(r.possible - r.earned)))


def in_scope(criterion: Criterion, org_kind: str, year: int | None) -> bool:
    """Whether a criterion applies to this kind of organization in this year (a rule from 2026 does
    not apply to 2025; a rule for supermarkets does not apply to a market)."""
    if criterion.applies_to_kinds and org_kind not in criterion.applies_to_kinds:
        return False
    return not (criterion.applies_from_year is not None and year is not None and year < criterion.applies_from_year)


def evaluate(criterion: Criterion, answer: Answer | None, org_kind: str, year: int | None = None) -> CriterionResult:
    if not in_scope(criterion, org_kind, year):
        return CriterionResult(criterion, Status.NOT_APPLICABLE, 0.0, 0.0, None)
    answer = answer or Answer()
    value = answer.effective
    possible = criterion.weight
    if value == NOT_APPLICABLE and not criterion.mandatory:
        return CriterionResult(criterion, Status.NOT_APPLICABLE, 0.0, 0.0, None)
    if value is None or value == NOT_APPLICABLE:
        return CriterionResult(criterion, Status.UNANSWERED, 0.0, possible, ANSWER_IT)
    fraction, advice = _fraction(criterion, value, org_kind)
    if fraction > 0 and criterion.evidence_required and answer.evidence == 0:
        return CriterionResult(criterion, Status.NEEDS_EVIDENCE, 0.0, possible, ATTACH_EVIDENCE)
    status = Status.MET if fraction >= 1 else Status.NOT_MET if fraction <= 0 else Status.PARTLY
    return CriterionResult(criterion, status, possible * fraction, possible, advice)


def _fraction(criterion: Criterion, value: str | float, org_kind: str) -> tuple[float, Msg | None]:
    if criterion.type is CriterionType.YES_NO:
        return (1.0, None) if value == YES else (0.0, MEET_IT)
    if criterion.type is CriterionType.CHOICE:
        option = criterion.option(str(value))
        best = criterion.best_points
        if option is None or best <= 0:
            return 0.0, MEET_IT
        fraction = option.points / best
        if fraction >= 1:
            return 1.0, None
        return fraction, BEST_OPTION(points=f"{option.points:g}", best=f"{best:g}")
    assert criterion.measure is not None
    number = float(value)
    if criterion.measure.met(number, org_kind):
        return 1.0, None
    return 0.0, MEET_MEASURE(
        value=number,
        unit=criterion.measure.unit,
        op=OP_SYMBOLS[criterion.measure.op],
        threshold=criterion.measure.threshold_for(org_kind),
    )


def score(criteria_set: CriteriaSet, answers: Mapping[str, Answer], org_kind: str, year: int | None = None) -> Score:
    results = tuple(evaluate(c, answers.get(c.id), org_kind, year) for c in criteria_set.criteria())
    by_section: dict[str, list[CriterionResult]] = {}
    for result in results:
        by_section.setdefault(result.criterion.section, []).append(result)
    sections = tuple(
        SectionScore(
            s,
            sum(r.earned for r in by_section.get(s.id, [])),
            sum(r.possible for r in by_section.get(s.id, [])),
        )
        for s in criteria_set.sections
    )
    return Score(
        results,
        sections,
        sum(r.earned for r in results),
        sum(r.possible for r in results),
        criteria_set.pass_score_pct,
        criteria_set.verdict,
    )


def auto_value(path: str, facts: Summary) -> float | str | None:
    """Follow a dotted path (e.g. "waste.domestic.recovery_rate_pct") into the year's summary.

    A number is returned as is; `*.recorded` paths say "yes" when the section has data;
    anything missing gives None (the user answers by hand), and so does a path this version does not know
    (a newer criteria set from the server).
    """
    section, _, last = path.rpartition(".")
    try:
        if last == "recorded":
            return YES if follow(facts, section) else None
        value = follow(facts, path)
    except LookupError:
        return None
    if isinstance(value, Mapping):  # per output unit: the first unit's figure
        value = next(iter(value.values()), None)
    if isinstance(value, bool):
        return YES if value else NO
    return float(value) if isinstance(value, int | float) and math.isfinite(value) else None
