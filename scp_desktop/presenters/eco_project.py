"""The eco-innovation project page's logic, without Qt: which project is open, every edit as a
saved change with its before and after (for undo), the texts the tables show, completeness.

The page binds widgets to it; tests drive it directly too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from scp_desktop.domain.assessment import bilingual
from scp_desktop.domain.audit import Source
from scp_desktop.domain.eco_innovation import (
    LIST_FIELDS,
    LIST_ITEM,
    LIST_PHASE,
    MANUAL,
    BusinessCase,
    Completeness,
    CpOption,
    Document,
    Hotspot,
    KpiSeries,
    Project,
    hotspot_key,
    indicator_label,
    next_code,
    prioritize,
    set_list_field,
)
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from scp_desktop.domain.numbers import convention_of, format_number
from scp_desktop.services import assessments
from scp_desktop.services import eco_innovation as eco
from scp_desktop.services.workspace import Workspace

Translate = Callable[[Msg], str]
CODE_PREFIX = {"ideas": "I", "kpis": "K"}
MANUAL_LABEL = QT_TRANSLATE_NOOP("EcoProject", "Measured by hand")


@dataclass(frozen=True)
class Edit:
    """One saved change: a phase document (or the project's header) before and after."""

    phase: str  # a phase id, or "header"
    before: Any
    after: Any
    merge_key: str | None = None  # consecutive edits of the same text field become one undo step


class EcoPresenter:
    def __init__(self, workspace: Callable[[], Workspace], language: Callable[[], str]) -> None:
        self._workspace, self._language = workspace, language
        self.project: Project | None = None
        self.facts: dict[int, dict[str, Any]] = {}
        self.register: list[CpOption] = []
        self.figures: dict[str, Msg] = {}
        self.assessment: assessments.Assessment | None = None

    @property
    def ws(self) -> Workspace:
        return self._workspace()

    @property
    def language(self) -> str:
        return self._language()

    # -- projects ----------------------------------------------------------------------------------
    def projects(self, tax_code: str | None) -> list[dict[str, Any]]:
        return eco.projects(self.ws, tax_code) if tax_code else []

    def all_projects(self) -> list[dict[str, Any]]:
        return eco.all_projects(self.ws)

    def create(self, tax_code: str, title: str, baseline_year: int, consultant: str, representative: str) -> int:
        project_id = eco.create_project(
            self.ws, tax_code, title, baseline_year, consultant, representative, source=Source.GUI
        )
        self.open(project_id)
        return project_id

    def open(self, project_id: int | None) -> None:
        if project_id is None:
            self.project, self.facts, self.register, self.figures, self.assessment = None, {}, [], {}, None
            return
        self.project = eco.load(self.ws, project_id)
        self.reload_figures()

    def reload_figures(self) -> None:
        """The client's records changed (or the project opened): KPIs, hotspots, CP register."""
        project = self.project
        if project is None:
            return
        self.facts = eco.facts_by_year(self.ws, project.tax_code)
        self.register = eco.cp_register(self.ws, project.tax_code)
        self.figures = eco.hotspot_figures(self.ws, project)
        self.assessment = assessments.load(self.ws, project.assessment_id) if project.assessment_id else None

    def delete(self) -> None:
        if self.project is not None:
            eco.delete_project(self.ws, self.project.id, source=Source.GUI)
            self.open(None)

    # -- writing -----------------------------------------------------------------------------------
    def write(self, phase: str, document: Any) -> None:
        """Store a phase document (or header) as it is: what undo and redo do."""
        assert self.project is not None
        if phase == "header":
            self.project = eco.update_project(self.ws, self.project.id, source=Source.GUI, **document)
            self.figures = eco.hotspot_figures(self.ws, self.project)
            return
        eco.save_phase(self.ws, self.project.id, phase, document, source=Source.GUI)
        self.project = replace(self.project, phases={**self.project.phases, phase: document})

    def _change(self, phase: str, after: Document, merge_key: str | None = None) -> Edit | None:
        assert self.project is not None
        before = self.project.phase(phase)
        if after == before:
            return None
        self.write(phase, after)
        return Edit(phase, before, after, merge_key)

    def set_header(self, **fields: Any) -> Edit | None:
        assert self.project is not None
        before = {name: getattr(self.project, name) for name in fields}
        if before == fields:
            return None
        self.write("header", fields)
        return Edit("header", before, fields, "header:" + ",".join(sorted(fields)))

    def set_text(self, phase: str, name: str, text: str) -> Edit | None:
        assert self.project is not None
        return self._change(phase, replace(self.project.phase(phase), **{name: text.strip()}), f"{phase}.{name}")

    def rows(self, list_name: str) -> tuple[Any, ...]:
        if self.project is None:
            return ()
        return getattr(self.project.phase(LIST_PHASE[list_name]), list_name)

    def _set_rows(self, list_name: str, rows: tuple[Any, ...], merge_key: str | None = None) -> Edit | None:
        assert self.project is not None
        phase = LIST_PHASE[list_name]
        return self._change(phase, replace(self.project.phase(phase), **{list_name: rows}), merge_key)

    def set_cell(self, list_name: str, row: int, name: str, text: str) -> Edit | None:
        """One field of one row, as typed; raises DomainError (its field named) when refused."""
        changed = set_list_field(self.rows(list_name), list_name, row, name, text, convention_of(self.language))
        return self._set_rows(list_name, changed)

    def add_row(self, list_name: str) -> Edit | None:
        item = LIST_ITEM[list_name]()
        if list_name in CODE_PREFIX:
            item = replace(item, code=next_code(self.rows(list_name), CODE_PREFIX[list_name]))
        if list_name in ("measurements", "cycles") and self.project is not None:
            item = replace(item, year=max(self.facts, default=self.project.baseline_year))
        if list_name == "kpis" and self.project is not None:
            item = replace(item, baseline_year=self.project.baseline_year)
        return self._set_rows(list_name, (*self.rows(list_name), item))

    def remove_row(self, list_name: str, row: int) -> Edit | None:
        rows = self.rows(list_name)
        if not 0 <= row < len(rows):
            return None
        return self._set_rows(list_name, rows[:row] + rows[row + 1 :])

    def set_canvas(self, block: str, which: str, text: str) -> Edit | None:
        assert self.project is not None
        model = self.project.business_model
        changed = replace(model.block(block), **{which: text.strip()})
        canvas = {**model.canvas, block: changed}
        return self._change("business_model", replace(model, canvas=canvas), f"canvas.{block}.{which}")

    def set_hotspot(self, stage: str, impact: str, rating: str | None = None, note: str | None = None) -> Edit | None:
        assert self.project is not None
        strategy = self.project.strategy
        current = strategy.hotspot(stage, impact)
        changed = Hotspot(current.rating if rating is None else rating, current.note if note is None else note.strip())
        key = hotspot_key(stage, impact)
        hotspots = {k: v for k, v in {**strategy.hotspots, key: changed}.items() if v != Hotspot()}
        merge = f"hotspot.{key}.note" if note is not None else None
        return self._change("strategy", replace(strategy, hotspots=hotspots), merge)

    def link_cp_option(self, idea_row: int, key: str, linked: bool) -> Edit | None:
        ideas = self.rows("ideas")
        idea = ideas[idea_row]
        keys = [k for k in idea.cp_options if k != key] + ([key] if linked else [])
        changed = replace(idea, cp_options=tuple(sorted(keys)))
        return self._set_rows("ideas", (*ideas[:idea_row], changed, *ideas[idea_row + 1 :]))

    def answer(self, criterion_id: str, value: str) -> tuple[str, str] | None:
        """Answer a preliminary-assessment question; (before, after) for undo, None when unchanged."""
        if self.assessment is None:
            return None
        previous = self.assessment.answers.get(criterion_id)
        before = "" if previous is None or previous.value is None else str(previous.value)
        if before == value:
            return None
        self.write_answer(criterion_id, value)
        return before, value

    def write_answer(self, criterion_id: str, value: str) -> None:
        assert self.assessment is not None
        assessments.answer(self.ws, self.assessment.id, criterion_id, value)
        self.assessment = assessments.load(self.ws, self.assessment.id)

    def start_assessment(self) -> None:
        assert self.project is not None
        eco.ensure_assessment(self.ws, self.project.id, source=Source.GUI)
        self.open(self.project.id)

    # -- what the page shows -----------------------------------------------------------------------
    def completeness(self) -> dict[str, Completeness]:
        assert self.project is not None
        return eco.project_completeness(self.ws, self.project, self.facts)

    def kpi_table(self) -> list[KpiSeries]:
        return eco.kpi_table(self.ws, self.project, self.facts) if self.project else []

    def review_years(self) -> list[int]:
        return sorted({p.year for series in self.kpi_table() for p in series.points})

    def partial_year(self, today: dt.date) -> int | None:
        """The year of the review table that is not over yet (its figures are the year so far)."""
        return next((year for year in self.review_years() if year >= today.year), None)

    def business_case(self, idea_row: int) -> BusinessCase | None:
        ideas = self.rows("ideas")
        if not 0 <= idea_row < len(ideas):
            return None
        return eco.idea_business_case(self.ws, ideas[idea_row], self.register)

    def ranks(self) -> dict[str, int | None]:
        return {r.idea.code: r.rank for r in prioritize(self.rows("ideas"))}

    def indicator_choices(self, tr: Translate) -> list[tuple[str, str]]:
        if self.project is None:
            return []
        known = eco.available_indicators(self.ws, self.project.tax_code)
        return [(MANUAL, tr(MANUAL_LABEL))] + [(i.key, f"{tr(i.label)} ({i.unit})") for i in known]

    def code_choices(self, list_name: str) -> list[tuple[str, str]]:
        """The codes another list may refer to (ideas, KPIs), with what they stand for."""
        rows = self.rows(list_name)
        return [("", "—")] + [
            (r.code, f"{r.code} {getattr(r, 'description', '') or getattr(r, 'name', '')}") for r in rows
        ]

    def cell_text(self, list_name: str, row: int, name: str, tr: Translate) -> str:
        """A table cell as shown: choices in words, numbers written the user's way."""
        item = self.rows(list_name)[row]
        value = getattr(item, name)
        kind = LIST_FIELDS[list_name][name]
        if value is None or value == "":
            return ""
        if kind.kind == "choice" and kind.choices is not None:
            return tr(kind.choices[value]) if value in kind.choices else str(value)
        if name == "indicator":
            label = indicator_label(value)
            return tr(MANUAL_LABEL) if label is None else f"{tr(label[0])} ({label[1]})"
        if kind.kind in ("number", "money"):
            return format_number(value, self.language, 0 if kind.kind == "money" else 4 if abs(value) < 1 else 2)
        return str(value)

    def edit_text(self, list_name: str, row: int, name: str) -> str:
        """A cell's value as the editor starts with it (a number in the user's convention)."""
        value = getattr(self.rows(list_name)[row], name)
        if isinstance(value, float):
            text = format_number(value, self.language, 6).rstrip("0")
            return text.rstrip("," if self.language == "vi" else ".")
        return "" if value is None else str(value)

    def maturity(self) -> list[tuple[str, float | None]]:
        """The preliminary assessment by area: (area, share of points in %) — a picture, no verdict."""
        if self.assessment is None:
            return []
        return [(bilingual(s.section.title, self.language), s.pct) for s in self.assessment.score.sections]

    def questions(self) -> list[tuple[str, str, list[tuple[str, str]], str]]:
        """(criterion id, question, [(option id, option text)], chosen option id) in the set's order."""
        if self.assessment is None:
            return []
        result = []
        for criterion in self.assessment.criteria.criteria():
            answer = self.assessment.answers.get(criterion.id)
            options = [(o.id, bilingual(o.text, self.language)) for o in criterion.options]
            chosen = "" if answer is None or answer.value is None else str(answer.value)
            result.append((criterion.id, bilingual(criterion.text, self.language), options, chosen))
        return result
