"""A self-assessment as a reviewer reads it (render.py does the same for record reports): its criteria
set by name, version and status; each criterion with the answer worded as the app words it, the
automatic value and the figures it came from, an override and its reason, the note, the evidence files
and the reviewer's comment; the scores and the verdict; the answers changed against the assessment it
corrects; and the per-criterion comments of a decision form, keyed by criterion id.

The criteria's own texts come from the set (both languages side by side); the app's wording from the
app's catalogue, by the entries its assessment page and report use (scp_desktop/ui/pages/assessments.py,
scp_desktop/pdf/reports.py), so that the reviewer reads what the enterprise saw."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from scp_desktop.domain.assessment import (
    NO,
    NOT_APPLICABLE,
    STATUS_LABELS,
    YES,
    CriteriaSet,
    Criterion,
    CriterionType,
    Status,
    bilingual,
)
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP
from scp_desktop.domain.reference import Labelled
from scp_ministry_server.web import render, summary_labels
from scp_ministry_server.web.i18n import N_, Texts

PREFIX = "assessment/"

TITLE = QT_TRANSLATE_NOOP("Report", "Self-assessment: {scheme}")
DRAFT_SET = QT_TRANSLATE_NOOP("Report", "DRAFT criteria set written by SCP Desktop (no official criteria published)")
DRAFT_SUFFIX = QT_TRANSLATE_NOOP("AssessmentPage", " (draft criteria)")
DRAFT_NOTICE = QT_TRANSLATE_NOOP("AssessmentPage", "These are draft criteria: no official set has been published yet.")
FROM_RECORDS = QT_TRANSLATE_NOOP("Report", "from records: {value}")
REPLACES = QT_TRANSLATE_NOOP("Report", "replaces {auto}: {reason}")
ANSWERS = {
    YES: QT_TRANSLATE_NOOP("AssessmentPage", "Yes"),
    NO: QT_TRANSLATE_NOOP("AssessmentPage", "No"),
    NOT_APPLICABLE: QT_TRANSLATE_NOOP("AssessmentPage", "Not applicable"),
}
SCORE = QT_TRANSLATE_NOOP("AssessmentPage", "Score {score} % (pass mark {mark} %): {verdict}{level}")
MATURITY = QT_TRANSLATE_NOOP("AssessmentPage", "Maturity by area (no pass or fail): {areas}{level}")
DRAFT_PASSED = QT_TRANSLATE_NOOP(
    "Report",
    "Against the draft criteria set: every mandatory criterion met, score {score} % ≥ the draft pass "
    "mark {mark} %. This is no official certification.",
)
DRAFT_FAILED = QT_TRANSLATE_NOOP(
    "Report",
    "Against the draft criteria set: score {score} % (draft pass mark {mark} %), {failed} mandatory "
    "criteria not met yet. This is no official verdict.",
)
LEVEL = QT_TRANSLATE_NOOP("Report", "Maturity level")
PASSES = QT_TRANSLATE_NOOP("AssessmentPage", "passes")
NOT_YET = QT_TRANSLATE_NOOP("AssessmentPage", "does not pass yet")
MANDATORY = QT_TRANSLATE_NOOP("AssessmentPage", " (mandatory)")
EVIDENCE_REQUIRED = QT_TRANSLATE_NOOP("AssessmentPage", " · evidence required")


def is_assessment(form: str) -> bool:
    return form.startswith(PREFIX)


# -- titles -----------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Scheme:
    """A criteria set as the queue names it: by its latest version the server knows."""

    title: Mapping[str, str]
    draft: bool


def schemes(documents: Mapping[str, Mapping[str, Any]]) -> dict[str, Scheme]:
    """The assessment forms of the criteria sets among the reference documents (bundled and published)."""
    found = {}
    for name, doc in documents.items():
        if name.startswith("criteria/") and isinstance(doc.get("title"), Mapping):
            form = PREFIX + str(doc.get("id"))
            found[form] = Scheme(doc["title"], doc.get("status") == "draft")
    return found


def form_title(form: str, t: Texts, known: Mapping[str, Scheme]) -> str:
    """`Tự đánh giá: Mô hình phân phối xanh (…)` for an assessment form; a record kind's title otherwise."""
    if not is_assessment(form):
        return render.form_title(form, t)
    scheme = known.get(form)
    name = bilingual(scheme.title, t.language) if scheme else form[len(PREFIX) :]
    return t.msg(TITLE(scheme=name))


# -- one assessment ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class EvidenceFile:
    sha256: str
    name: str
    size: int
    criteria: tuple[str, ...]


@dataclass(frozen=True)
class Figure:
    """One of the summary's figures beside an automatic value."""

    key: str  # as sent (a summary key, interfaces.md): shown only when it has no label here
    label: str  # with its unit, in the reader's language; "" for a key this server does not know
    value: str


@dataclass(frozen=True)
class CriterionRow:
    index: int  # its place on the page: the decision form's fc_field_<index> / fc_text_<index>
    id: str
    title: str
    flags: str  # " (mandatory) · evidence required", the app's words
    source: int | None  # its legal source: a number in the set's list of sources
    answer: str  # worded as the app words it
    override: str  # "replaces 60.8 %: <reason>", or ""
    note: str
    automatic: str  # the value computed from the records, worded; "" when none
    auto_path: str  # where in the year's summary it comes from (interfaces.md)
    auto_label: str  # what that figure is, in the reader's words; "" for a path this server does not know
    figures: tuple[Figure, ...]  # the summary's figures beside it, in the section's order
    status: str  # met, not_met … (the scores' code)
    status_label: str
    points: str  # "2 / 3"
    evidence: tuple[EvidenceFile, ...]
    comment: str  # the reviewer's, or ""


@dataclass(frozen=True)
class SectionBlock:
    title: str
    points: str
    score: str
    rows: tuple[CriterionRow, ...]


@dataclass(frozen=True)
class Verdict:
    headline: str
    mandatory_open: tuple[str, ...]  # mandatory criteria not met
    level: str


def answer_text(criterion: Criterion | None, value: Any, t: Texts) -> str:
    """An answer as the app shows it: Yes, No, Not applicable, an option's text, or a figure with its unit."""
    if value is None:
        return "—"
    if value == NOT_APPLICABLE or (
        value in (YES, NO) and (criterion is None or criterion.type is CriterionType.YES_NO)
    ):
        return t.msg(ANSWERS[value])
    if criterion is not None and criterion.type is CriterionType.CHOICE:
        option = criterion.option(str(value))
        return bilingual(option.text, t.language) if option else str(value)
    if isinstance(value, int | float) and not isinstance(value, bool):
        unit = criterion.measure.unit if criterion is not None and criterion.measure else ""
        return f"{t.number(float(value), 2)} {unit}".strip()
    return str(value)


def figure_text(name: str, value: Any, t: Texts) -> str:
    """A summary figure: a year as a year (2010, not 2.010), a flag as Yes or No, a number the reader's way."""
    if isinstance(value, bool):
        return t.msg(ANSWERS[YES if value else NO])
    if name.endswith("year") and isinstance(value, int):
        return str(value)
    if isinstance(value, int | float):
        return t.number(value, 2)
    return "—" if value is None else str(value)


def figures(path: str, values: Mapping[str, Any], t: Texts) -> tuple[Figure, ...]:
    """The figures sent beside an automatic value, labelled and in their section's order; a key this
    server does not know (a newer app) after them, by name, unlabelled."""
    labels = summary_labels.figure_labels(path)
    order = {key: n for n, key in enumerate(labels)}
    keys = sorted((str(k) for k in values), key=lambda k: (order.get(k, len(order)), k))
    return tuple(
        Figure(key, t.gettext(labels[key]) if key in labels else "", figure_text(key, values[key], t)) for key in keys
    )


def size_text(size: int, t: Texts) -> str:
    """A file's size as the app writes it: bytes, KB or MB."""
    if size < 1024:
        return f"{t.number(size)} B"
    if size < 2**20:
        return f"{t.number(round(size / 1024))} KB"
    return f"{t.number(round(size / 2**20, 1), 1)} MB"


def evidence_files(payload: Mapping[str, Any]) -> dict[str, EvidenceFile]:
    return {
        e["sha256"]: EvidenceFile(e["sha256"], e["file_name"], int(e["size"]), tuple(e.get("criteria") or ()))
        for e in payload.get("evidence") or ()
    }


def _criterion_sources(criteria: CriteriaSet) -> dict[str, str]:
    """Each criterion's legal source (a key of the set's `sources`), as its document names it."""
    found = {}
    for section in criteria.document.get("sections", ()):
        for doc in section.get("criteria", ()):
            key = doc.get("source") or (doc.get("measure") or {}).get("source")
            if key in criteria.sources:
                found[str(doc["id"])] = str(key)
    return found


def sources(criteria: CriteriaSet | None, t: Texts) -> list[tuple[str, str]]:
    """The set's sources in order, (key, text): criteria refer to them by their number."""
    return [(key, bilingual(text, t.language)) for key, text in criteria.sources.items()] if criteria else []


def _row(
    index: int,
    cid: str,
    criterion: Criterion | None,
    payload: Mapping[str, Any],
    files: Mapping[str, EvidenceFile],
    source: int | None,
    comments: Mapping[str, str],
    streams: Mapping[str, Labelled],
    t: Texts,
) -> CriterionRow:
    given = (payload.get("answers") or {}).get(cid) or {}
    value, auto = given.get("value"), given.get("auto_value")
    answer = answer_text(criterion, value if value is not None else auto, t)
    if value is None and auto is not None:
        answer = t.msg(FROM_RECORDS(value=answer))
    overridden = value is not None and auto is not None and value != auto
    reason = given.get("override_reason") or ""
    automatic = (payload.get("automatic") or {}).get(cid) or {}
    scored = ((payload.get("scores") or {}).get("criteria") or {}).get(cid) or {}
    status = str(scored.get("status") or Status.UNANSWERED.value)
    try:
        status_label = t.msg(STATUS_LABELS[Status(status)])
    except ValueError:
        status_label = status
    possible = float(scored.get("possible") or 0)
    path = str(automatic.get("path") or (criterion.auto if criterion else "") or "")
    flags = ""
    if criterion is not None:
        flags = (t.msg(MANDATORY) if criterion.mandatory else "") + (
            t.msg(EVIDENCE_REQUIRED) if criterion.evidence_required else ""
        )
    return CriterionRow(
        index=index,
        id=cid,
        title=bilingual(criterion.text, t.language) if criterion else cid,
        flags=flags,
        source=source,
        answer=answer,
        override=t.msg(REPLACES(auto=answer_text(criterion, auto, t), reason=reason)) if overridden else "",
        note=str(given.get("note") or ""),
        automatic=answer_text(criterion, auto, t) if auto is not None else "",
        auto_path=path,
        auto_label=summary_labels.path_label(path, t, streams) if path else "",
        figures=figures(path, automatic.get("figures") or {}, t),
        status=status,
        status_label=status_label,
        points=f"{t.number(float(scored.get('earned') or 0), 2)} / {t.number(possible, 2)}" if possible else "—",
        evidence=tuple(files[sha] for sha in given.get("evidence") or () if sha in files),
        comment=comments.get(cid, ""),
    )


def sections(
    payload: Mapping[str, Any],
    criteria: CriteriaSet | None,
    t: Texts,
    comments: Mapping[str, str] | None,
    streams: Mapping[str, Labelled] | None = None,
) -> list[SectionBlock]:
    """The criteria section by section, in the set's order; by id alone when the set is unknown here.
    `streams` (the reference data's waste streams) name the stream of an automatic value read from one."""
    streams = streams or {}
    files, comments = evidence_files(payload), comments or {}
    if criteria is None:
        scored = (payload.get("scores") or {}).get("criteria") or {}
        ids = sorted(set(payload.get("answers") or {}) | set(scored))
        rows = tuple(_row(n, cid, None, payload, files, None, comments, streams, t) for n, cid in enumerate(ids))
        return [SectionBlock("", "", "", rows)]
    numbers = {key: n for n, key in enumerate(criteria.sources, start=1)}
    source_of = {cid: numbers[key] for cid, key in _criterion_sources(criteria).items()}
    percents = (payload.get("scores") or {}).get("sections") or {}
    blocks: list[SectionBlock] = []
    for section in criteria.sections:
        first = sum(len(b.rows) for b in blocks)
        rows = tuple(
            _row(first + n, c.id, c, payload, files, source_of.get(c.id), comments, streams, t)
            for n, c in enumerate(section.criteria)
        )
        scored = [((payload.get("scores") or {}).get("criteria") or {}).get(c.id) or {} for c in section.criteria]
        earned, possible = (sum(float(s.get(k) or 0) for s in scored) for k in ("earned", "possible"))
        pct = percents.get(section.id)
        points = f"{t.number(earned, 2)} / {t.number(possible, 2)}" if possible else "—"
        blocks.append(SectionBlock(bilingual(section.title, t.language), points, t.percent(pct), rows))
    return blocks


def verdict(payload: Mapping[str, Any], criteria: CriteriaSet | None, t: Texts) -> Verdict:
    """The score and verdict as the app states them (the server has scored the answers again: the same):
    against a draft set in the words of the app's report, which say it is no official verdict."""
    scores = payload.get("scores") or {}
    pct = float(scores.get("score_pct") or 0)
    statuses = {cid: s.get("status") for cid, s in (scores.get("criteria") or {}).items()}
    open_ = tuple(
        c.id for c in (criteria.criteria() if criteria else ()) if c.mandatory and statuses.get(c.id) != "met"
    )
    score_text = t.number(round(pct, 1), 1)
    mark = t.number(criteria.pass_score_pct, 2) if criteria else "—"
    if criteria is not None and scores.get("passed") is None:
        areas = " · ".join(
            f"{bilingual(s.title, t.language)} {t.percent(pct_, 0)}"
            for s in criteria.sections
            if (pct_ := (scores.get("sections") or {}).get(s.id)) is not None
        )
        headline = t.msg(MATURITY(areas=areas or "–", level=""))
    elif criteria is not None and criteria.is_draft and not scores.get("passed") and not open_:
        headline = t.gettext(
            "Against the draft criteria set: every mandatory criterion met, but the score %(score)s %% is below the "
            "draft pass mark %(mark)s %%. This is no official verdict.",
            score=score_text,
            mark=mark,
        )
    elif criteria is not None and criteria.is_draft:
        chosen = DRAFT_PASSED if scores.get("passed") else DRAFT_FAILED
        headline = t.msg(chosen(score=score_text, mark=mark, failed=str(len(open_))))
    else:
        passed = PASSES if scores.get("passed") else NOT_YET
        headline = t.msg(SCORE(score=score_text, mark=mark, verdict=passed, level=""))
    level = criteria.level(pct) if criteria else None
    return Verdict(headline, open_, bilingual(level.label, t.language) if level else "")


# -- against the assessment it corrects ----------------------------------------------------------
CHANGE_LABELS = {
    "answer": N_("Answer"),
    "auto_value": N_("From the records"),
    "override_reason": N_("Reason for the override"),
    "note": N_("Note"),
    "evidence": N_("Evidence files"),
}


def diff(old: Mapping[str, Any], new: Mapping[str, Any], criteria: CriteriaSet | None, t: Texts) -> list[render.Change]:
    """Criterion by criterion, what changed in the answers (value, automatic value, reason, note, files),
    and the criteria version and score when they changed."""
    changes: list[render.Change] = []
    for label, before, after in _head_changes(old, new, t):
        changes.append(render.Change(t.gettext("The assessment as a whole"), "changed", [(label, before, after)]))
    before_answers, after_answers = old.get("answers") or {}, new.get("answers") or {}
    before_files, after_files = evidence_files(old), evidence_files(new)
    for cid in _ordered(set(before_answers) | set(after_answers), criteria):
        criterion = _criterion(criteria, cid)
        was, now = before_answers.get(cid) or {}, after_answers.get(cid) or {}
        fields = []
        for name, label in CHANGE_LABELS.items():
            shown = [_field_text(name, answer, criterion, files, t)
                     for answer, files in ((was, before_files), (now, after_files))]  # fmt: skip
            if shown[0] != shown[1]:
                fields.append((t.gettext(label), shown[0], shown[1]))
        if fields:
            title = bilingual(criterion.text, t.language) if criterion else ""
            changes.append(render.Change(f"{cid}|{title}" if title else cid, "changed", fields))
    return changes


def _head_changes(old: Mapping[str, Any], new: Mapping[str, Any], t: Texts) -> Iterable[tuple[str, str, str]]:
    versions = [(p.get("criteria") or {}).get("version", "") for p in (old, new)]
    if versions[0] != versions[1]:
        yield t.gettext("Criteria version"), str(versions[0]), str(versions[1])
    pcts = [(p.get("scores") or {}).get("score_pct") for p in (old, new)]
    if pcts[0] != pcts[1]:
        yield t.gettext("Score"), *(t.percent(p) for p in pcts)


def _ordered(ids: set[str], criteria: CriteriaSet | None) -> list[str]:
    order = {c.id: n for n, c in enumerate(criteria.criteria())} if criteria else {}
    return sorted(ids, key=lambda cid: (order.get(cid, len(order)), cid))


def _criterion(criteria: CriteriaSet | None, cid: str) -> Criterion | None:
    try:
        return criteria.criterion(cid) if criteria else None
    except KeyError:
        return None


def _field_text(
    name: str, answer: Mapping[str, Any], criterion: Criterion | None, files: Mapping[str, EvidenceFile], t: Texts
) -> str:
    if name == "answer":
        value = answer.get("value")
        return answer_text(criterion, value if value is not None else answer.get("auto_value"), t)
    if name == "auto_value":
        return answer_text(criterion, answer.get("auto_value"), t)
    if name == "evidence":
        names = sorted(files[sha].name if sha in files else sha[:12] for sha in answer.get("evidence") or ())
        return ", ".join(names) or "—"
    return str(answer.get(name) or "") or "—"


# -- the decision form ------------------------------------------------------------------------------
def comments_from_form(typed: Mapping[int, tuple[str, str]]) -> dict[str, str]:
    """Per-criterion comments typed beside the criteria (row → criterion id, text), keyed by criterion id.
    An id the assessment does not have is kept, for submissions.review to refuse (UNKNOWN_FIELD)."""
    return {cid: text for cid, text in typed.values() if cid and text}
