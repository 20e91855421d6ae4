"""An eco-innovation project for one client, following the phases of UNEP's method.

Sources: UNEP, *Eco-Innovation Manual, working version for pilot application* (O'Hare,
McAloone, Pigosso, Howard; UNEP and DTU, September 2014) and its *Tools instructions*;
UN Environment, *Eco-i Manual: eco-innovation implementation process* (2017, ISBN
978-92-807-3634-2). Their phases are prepare → set strategy → set business model → build
roadmap → implement → review; the business model is Osterwalder & Pigneur's nine-block
canvas, drawn for the current and the new model.

The manual gives worksheets, not a score: this module models the worksheets and computes
only arithmetic on the client's own figures (KPI changes against a baseline, the business
case of linked cleaner-production options, idea priority = impact × ease as rated by the
consultant). Everything here that the manual does not prescribe — the 1–5 rating scales,
the hotspot rating words, the completeness checklist — is ours and marked draft.

Each phase is one immutable document (a dataclass tree) saved as JSON in one transaction.
"""

from __future__ import annotations

import dataclasses
import math
import re
import types
import typing
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from scp_desktop.domain.economics import irr, npv, simple_payback_years
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Msg
from scp_desktop.domain.numbers import Convention, parse_number
from scp_desktop.domain.summary import Summary

SOURCES = (
    "UNEP (2014), Eco-Innovation Manual, working version for pilot application, and its Tools instructions "
    "(O'Hare, McAloone, Pigosso, Howard; UNEP and Technical University of Denmark)",
    "UN Environment (2017), Eco-i Manual: eco-innovation implementation process, ISBN 978-92-807-3634-2",
    "Osterwalder & Pigneur (2010), Business Model Generation: the nine-block business model canvas",
)
DRAFT_NOTE = QT_TRANSLATE_NOOP(
    "EcoInnovation",
    "Draft worksheets by SCP Desktop after the UNEP eco-innovation method: the method has no pass mark or "
    "score; rating scales, hotspot ratings and the completeness checklist are ours.",
)

# -- the method's vocabulary -----------------------------------------------------------------------
PHASES: dict[str, Msg] = {
    "prepare": QT_TRANSLATE_NOOP("EcoInnovation", "Prepare"),
    "strategy": QT_TRANSLATE_NOOP("EcoInnovation", "Set strategy"),
    "business_model": QT_TRANSLATE_NOOP("EcoInnovation", "Set business model"),
    "roadmap": QT_TRANSLATE_NOOP("EcoInnovation", "Build roadmap"),
    "implement": QT_TRANSLATE_NOOP("EcoInnovation", "Implement"),
    "review": QT_TRANSLATE_NOOP("EcoInnovation", "Review"),
}

CANVAS_BLOCKS: dict[str, Msg] = {
    "key_partners": QT_TRANSLATE_NOOP("EcoInnovation", "Key partners"),
    "key_activities": QT_TRANSLATE_NOOP("EcoInnovation", "Key activities"),
    "key_resources": QT_TRANSLATE_NOOP("EcoInnovation", "Key resources"),
    "value_proposition": QT_TRANSLATE_NOOP("EcoInnovation", "Value proposition"),
    "customer_relationships": QT_TRANSLATE_NOOP("EcoInnovation", "Customer relationships"),
    "channels": QT_TRANSLATE_NOOP("EcoInnovation", "Channels"),
    "customer_segments": QT_TRANSLATE_NOOP("EcoInnovation", "Customer segments"),
    "cost_structure": QT_TRANSLATE_NOOP("EcoInnovation", "Cost structure"),
    "revenue_streams": QT_TRANSLATE_NOOP("EcoInnovation", "Revenue streams"),
}
# Where each block sits on the canvas, as (x, y, width, height) in fractions of the canvas,
# origin top left: the layout of Osterwalder & Pigneur's canvas, shared by the screen and the reports.
CANVAS_LAYOUT: dict[str, tuple[float, float, float, float]] = {
    "key_partners": (0.0, 0.0, 0.2, 0.7),
    "key_activities": (0.2, 0.0, 0.2, 0.35),
    "key_resources": (0.2, 0.35, 0.2, 0.35),
    "value_proposition": (0.4, 0.0, 0.2, 0.7),
    "customer_relationships": (0.6, 0.0, 0.2, 0.35),
    "channels": (0.6, 0.35, 0.2, 0.35),
    "customer_segments": (0.8, 0.0, 0.2, 0.7),
    "cost_structure": (0.0, 0.7, 0.5, 0.3),
    "revenue_streams": (0.5, 0.7, 0.5, 0.3),
}

SWOT_QUADRANTS: dict[str, Msg] = {
    "strength": QT_TRANSLATE_NOOP("EcoInnovation", "Strength"),
    "weakness": QT_TRANSLATE_NOOP("EcoInnovation", "Weakness"),
    "opportunity": QT_TRANSLATE_NOOP("EcoInnovation", "Opportunity"),
    "threat": QT_TRANSLATE_NOOP("EcoInnovation", "Threat"),
}
# Suggested areas for a SWOT (the consultant may name others).
SWOT_AREAS: dict[str, Msg] = {
    "business_strategy": QT_TRANSLATE_NOOP("EcoInnovation", "Business strategy"),
    "markets": QT_TRANSLATE_NOOP("EcoInnovation", "Markets and customers"),
    "products": QT_TRANSLATE_NOOP("EcoInnovation", "Products and services"),
    "operations": QT_TRANSLATE_NOOP("EcoInnovation", "Operations and value chain"),
}

LIFE_CYCLE_STAGES: dict[str, Msg] = {
    "raw_materials": QT_TRANSLATE_NOOP("EcoInnovation", "Raw materials"),
    "production": QT_TRANSLATE_NOOP("EcoInnovation", "Production"),
    "distribution": QT_TRANSLATE_NOOP("EcoInnovation", "Distribution and retail"),
    "use": QT_TRANSLATE_NOOP("EcoInnovation", "Use"),
    "end_of_life": QT_TRANSLATE_NOOP("EcoInnovation", "End of life"),
}
IMPACTS: dict[str, Msg] = {
    "energy": QT_TRANSLATE_NOOP("EcoInnovation", "Energy"),
    "materials": QT_TRANSLATE_NOOP("EcoInnovation", "Materials"),
    "water": QT_TRANSLATE_NOOP("EcoInnovation", "Water"),
    "waste": QT_TRANSLATE_NOOP("EcoInnovation", "Waste"),
}
HOTSPOT_RATINGS: dict[str, Msg] = {
    "": QT_TRANSLATE_NOOP("EcoInnovation", "not assessed"),
    "none": QT_TRANSLATE_NOOP("EcoInnovation", "not significant"),
    "low": QT_TRANSLATE_NOOP("EcoInnovation", "low"),
    "medium": QT_TRANSLATE_NOOP("EcoInnovation", "medium"),
    "high": QT_TRANSLATE_NOOP("EcoInnovation", "high (hotspot)"),
}
# The manual's question for choosing target markets ("How strong is the competition in this
# market? Strong (6+ companies competing) …", Tools instructions): information, not maturity.
COMPETITION: dict[str, Msg] = {
    "": QT_TRANSLATE_NOOP("EcoInnovation", "not known"),
    "strong": QT_TRANSLATE_NOOP("EcoInnovation", "strong (6+ companies competing)"),
    "moderate": QT_TRANSLATE_NOOP("EcoInnovation", "moderate"),
    "weak": QT_TRANSLATE_NOOP("EcoInnovation", "weak"),
}
HORIZONS: dict[str, Msg] = {
    "short": QT_TRANSLATE_NOOP("EcoInnovation", "short term"),
    "medium": QT_TRANSLATE_NOOP("EcoInnovation", "medium term"),
    "long": QT_TRANSLATE_NOOP("EcoInnovation", "long term"),
}
ACTION_STATUSES: dict[str, Msg] = {
    "planned": QT_TRANSLATE_NOOP("EcoInnovation", "planned"),
    "in_progress": QT_TRANSLATE_NOOP("EcoInnovation", "in progress"),
    "done": QT_TRANSLATE_NOOP("EcoInnovation", "done"),
    "dropped": QT_TRANSLATE_NOOP("EcoInnovation", "dropped"),
}
PILOT_STATUSES: dict[str, Msg] = {
    "planned": QT_TRANSLATE_NOOP("EcoInnovation", "planned"),
    "running": QT_TRANSLATE_NOOP("EcoInnovation", "running"),
    "completed": QT_TRANSLATE_NOOP("EcoInnovation", "completed"),
    "stopped": QT_TRANSLATE_NOOP("EcoInnovation", "stopped"),
}
DIRECTIONS: dict[str, Msg] = {
    "decrease": QT_TRANSLATE_NOOP("EcoInnovation", "lower is better"),
    "increase": QT_TRANSLATE_NOOP("EcoInnovation", "higher is better"),
}
MANUAL = "manual"
RATING_SCALE = range(1, 6)  # impact and ease, 1 (low) … 5 (high): our draft scale

# Messages shown at a field.
NOT_A_MONTH = QT_TRANSLATE_NOOP("EcoInnovation", "“{text}” is not a month: write 2026-03 or 03/2026.")
END_BEFORE_START = QT_TRANSLATE_NOOP("EcoInnovation", "The end ({end}) is before the start ({start}).")
OUT_OF_SCALE = QT_TRANSLATE_NOOP("EcoInnovation", "Rate from 1 (low) to 5 (high).")
NOT_A_YEAR = QT_TRANSLATE_NOOP("EcoInnovation", "“{text}” is not a year between 1990 and 2100.")
NEGATIVE = QT_TRANSLATE_NOOP("EcoInnovation", "“{text}” cannot be negative.")
DUPLICATE_CODE = QT_TRANSLATE_NOOP("EcoInnovation", "The code “{code}” is already used in this project.")
UNKNOWN_CHOICE = QT_TRANSLATE_NOOP("EcoInnovation", "“{value}” is not one of: {known}.")
TOO_LONG = QT_TRANSLATE_NOOP("EcoInnovation", "At most {max} characters.")
MAX_TEXT = 20_000


# -- documents -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class Document:
    """A frozen dataclass that reads and writes itself as JSON-ready data, ignoring unknown keys."""

    def to_data(self) -> dict[str, Any]:
        return {f.name: _out(getattr(self, f.name)) for f in dataclasses.fields(self)}

    @classmethod
    def from_data(cls, data: Mapping[str, Any] | None) -> typing.Self:
        data = data or {}
        hints = typing.get_type_hints(cls)
        values = {f.name: _in(hints[f.name], data[f.name]) for f in dataclasses.fields(cls) if f.name in data}
        return cls(**values)


def _out(value: Any) -> Any:
    if isinstance(value, Document):
        return value.to_data()
    if isinstance(value, tuple):
        return [_out(v) for v in value]
    if isinstance(value, Mapping):
        return {k: _out(v) for k, v in sorted(value.items())}
    return value


def _in(hint: Any, value: Any) -> Any:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is tuple:
        return tuple(_in(args[0], v) for v in value or ())
    if origin in (Mapping, dict):
        return {str(k): _in(args[1], v) for k, v in (value or {}).items()}
    if origin in (typing.Union, types.UnionType):  # X | None
        inner = next(a for a in args if a is not type(None))
        return None if value is None else _in(inner, value)
    if isinstance(hint, type) and issubclass(hint, Document):
        return hint.from_data(value)
    if hint is str:
        return "" if value is None else str(value)
    if hint is int:
        return int(value)
    if hint is float:
        return float(value)
    return value


@dataclass(frozen=True)
class TeamMember(Document):
    name: str = ""
    role: str = ""
    organization: str = ""
    contact: str = ""


@dataclass(frozen=True)
class Market(Document):
    market: str = ""
    competition: str = ""
    note: str = ""


@dataclass(frozen=True)
class SwotEntry(Document):
    area: str = ""
    quadrant: str = "strength"
    text: str = ""


@dataclass(frozen=True)
class Hotspot(Document):
    rating: str = ""
    note: str = ""


@dataclass(frozen=True)
class Kpi(Document):
    code: str = ""
    name: str = ""
    indicator: str = MANUAL  # a record indicator (RECORD_INDICATORS) or "manual"
    unit: str = ""
    baseline_year: int | None = None
    baseline_value: float | None = None  # typed for a manual KPI; a record KPI takes it from the records
    target_value: float | None = None
    target_year: int | None = None
    direction: str = "decrease"


@dataclass(frozen=True)
class CanvasBlock(Document):
    current: str = ""
    new: str = ""
    change: str = ""

    @property
    def changes(self) -> bool:
        return bool(self.change.strip()) or (bool(self.new.strip()) and self.new.strip() != self.current.strip())


@dataclass(frozen=True)
class Idea(Document):
    code: str = ""
    source: str = ""
    block: str = ""
    description: str = ""
    impact: int | None = None
    ease: int | None = None
    cp_options: tuple[str, ...] = ()  # "facility code/option code" of the client's CP register

    @property
    def priority(self) -> int | None:
        return self.impact * self.ease if self.impact is not None and self.ease is not None else None


@dataclass(frozen=True)
class Action(Document):
    title: str = ""
    idea: str = ""
    horizon: str = "short"
    owner: str = ""
    start: str = ""  # YYYY-MM
    end: str = ""
    kpi: str = ""
    status: str = "planned"


@dataclass(frozen=True)
class Pilot(Document):
    title: str = ""
    idea: str = ""
    status: str = "planned"
    start: str = ""
    end: str = ""
    investment_vnd: float | None = None  # actually spent
    annual_savings_vnd: float | None = None  # measured
    results: str = ""


@dataclass(frozen=True)
class Measurement(Document):
    kpi: str = ""
    year: int = 0
    value: float | None = None
    note: str = ""


@dataclass(frozen=True)
class Cycle(Document):
    year: int = 0
    findings: str = ""
    next_steps: str = ""


@dataclass(frozen=True)
class Prepare(Document):
    description: str = ""
    products: str = ""
    suppliers: str = ""
    operations: str = ""
    customers: str = ""
    team: tuple[TeamMember, ...] = ()
    markets: tuple[Market, ...] = ()
    narrative: str = ""


@dataclass(frozen=True)
class Strategy(Document):
    swot: tuple[SwotEntry, ...] = ()
    hotspots: Mapping[str, Hotspot] = field(default_factory=dict)  # "stage:impact" → rating
    vision: str = ""
    goals: str = ""
    kpis: tuple[Kpi, ...] = ()
    narrative: str = ""

    def hotspot(self, stage: str, impact: str) -> Hotspot:
        return self.hotspots.get(hotspot_key(stage, impact), Hotspot())


@dataclass(frozen=True)
class BusinessModel(Document):
    canvas: Mapping[str, CanvasBlock] = field(default_factory=dict)
    narrative: str = ""

    def block(self, block: str) -> CanvasBlock:
        return self.canvas.get(block, CanvasBlock())


@dataclass(frozen=True)
class Roadmap(Document):
    ideas: tuple[Idea, ...] = ()
    actions: tuple[Action, ...] = ()
    narrative: str = ""


@dataclass(frozen=True)
class Implement(Document):
    pilots: tuple[Pilot, ...] = ()
    narrative: str = ""


@dataclass(frozen=True)
class Review(Document):
    measurements: tuple[Measurement, ...] = ()
    cycles: tuple[Cycle, ...] = ()
    narrative: str = ""


PHASE_DOCUMENTS: dict[str, type[Document]] = {
    "prepare": Prepare,
    "strategy": Strategy,
    "business_model": BusinessModel,
    "roadmap": Roadmap,
    "implement": Implement,
    "review": Review,
}


def hotspot_key(stage: str, impact: str) -> str:
    return f"{stage}:{impact}"


@dataclass(frozen=True)
class Project:
    """A client's project: who, when, and the six phase documents."""

    id: int
    tax_code: str
    title: str
    consultant: str
    client_representative: str
    baseline_year: int
    assessment_id: int | None
    phases: Mapping[str, Document]

    def phase(self, phase_id: str) -> Any:
        return self.phases.get(phase_id) or PHASE_DOCUMENTS[phase_id]()

    @property
    def prepare(self) -> Prepare:
        return self.phase("prepare")

    @property
    def strategy(self) -> Strategy:
        return self.phase("strategy")

    @property
    def business_model(self) -> BusinessModel:
        return self.phase("business_model")

    @property
    def roadmap(self) -> Roadmap:
        return self.phase("roadmap")

    @property
    def implement(self) -> Implement:
        return self.phase("implement")

    @property
    def review(self) -> Review:
        return self.phase("review")


# -- typed fields: text as the user types it → value, or the reason it is refused ------------------
@dataclass(frozen=True)
class FieldKind:
    kind: str  # text, choice, rating, month, year, number, money
    choices: Mapping[str, Msg] | None = None


TEXT, RATING, MONTH, YEAR, NUMBER, MONEY = (
    FieldKind(k) for k in ("text", "rating", "month", "year", "number", "money")
)

# The editable fields of each list, in column order.
LIST_FIELDS: dict[str, dict[str, FieldKind]] = {
    "team": {"name": TEXT, "role": TEXT, "organization": TEXT, "contact": TEXT},
    "markets": {"market": TEXT, "competition": FieldKind("choice", COMPETITION), "note": TEXT},
    "swot": {"area": TEXT, "quadrant": FieldKind("choice", SWOT_QUADRANTS), "text": TEXT},
    "kpis": {
        "code": TEXT,
        "name": TEXT,
        "indicator": TEXT,
        "unit": TEXT,
        "baseline_year": YEAR,
        "baseline_value": NUMBER,
        "target_value": NUMBER,
        "target_year": YEAR,
        "direction": FieldKind("choice", DIRECTIONS),
    },
    "ideas": {
        "code": TEXT,
        "source": TEXT,
        "block": FieldKind("choice", CANVAS_BLOCKS),
        "description": TEXT,
        "impact": RATING,
        "ease": RATING,
    },
    "actions": {
        "title": TEXT,
        "idea": TEXT,
        "horizon": FieldKind("choice", HORIZONS),
        "owner": TEXT,
        "start": MONTH,
        "end": MONTH,
        "kpi": TEXT,
        "status": FieldKind("choice", ACTION_STATUSES),
    },
    "pilots": {
        "title": TEXT,
        "idea": TEXT,
        "status": FieldKind("choice", PILOT_STATUSES),
        "start": MONTH,
        "end": MONTH,
        "investment_vnd": MONEY,
        "annual_savings_vnd": MONEY,
        "results": TEXT,
    },
    "measurements": {"kpi": TEXT, "year": YEAR, "value": NUMBER, "note": TEXT},
    "cycles": {"year": YEAR, "findings": TEXT, "next_steps": TEXT},
}
LIST_PHASE = {
    "team": "prepare",
    "markets": "prepare",
    "swot": "strategy",
    "kpis": "strategy",
    "ideas": "roadmap",
    "actions": "roadmap",
    "pilots": "implement",
    "measurements": "review",
    "cycles": "review",
}
LIST_ITEM: dict[str, type[Document]] = {
    "team": TeamMember,
    "markets": Market,
    "swot": SwotEntry,
    "kpis": Kpi,
    "ideas": Idea,
    "actions": Action,
    "pilots": Pilot,
    "measurements": Measurement,
    "cycles": Cycle,
}
UNIQUE_CODES = {"kpis": "code", "ideas": "code"}

_MONTH_ISO = re.compile(r"^(\d{4})-(\d{1,2})$")
_MONTH_VN = re.compile(r"^(\d{1,2})/(\d{4})$")


def parse_month(text: str) -> str:
    """`2026-03` or `03/2026` → "2026-03"."""
    stripped = text.strip()
    match = _MONTH_ISO.match(stripped)
    year, month = (match.group(1), match.group(2)) if match else (None, None)
    if match is None and (vn := _MONTH_VN.match(stripped)):
        year, month = vn.group(2), vn.group(1)
    if year is None or month is None or not 1 <= int(month) <= 12 or not 1990 <= int(year) <= 2100:
        raise DomainError(NOT_A_MONTH(text=stripped))
    return f"{int(year):04d}-{int(month):02d}"


def month_index(month: str) -> int:
    year, number = month.split("-")
    return int(year) * 12 + int(number) - 1


def parse_field(kind: FieldKind, text: str, numbers: Convention = "plain") -> Any:
    """The typed value of a field as typed ("" clears an optional field), figures in the `numbers`
    convention (the user's language's); raises DomainError quoting the text."""
    stripped = " ".join(text.split()) if kind.kind != "text" else text.strip()
    if kind.kind == "text":
        if len(stripped) > MAX_TEXT:
            raise DomainError(TOO_LONG(max=MAX_TEXT))
        return stripped
    if kind.kind == "choice":
        assert kind.choices is not None
        if stripped not in kind.choices:
            raise DomainError(UNKNOWN_CHOICE(value=stripped, known=", ".join(c for c in kind.choices if c)))
        return stripped
    if not stripped:
        return "" if kind.kind == "month" else None
    if kind.kind == "month":
        return parse_month(stripped)
    if kind.kind in ("rating", "year"):
        number = int(parse_number(stripped, numbers, whole=True))
        if kind.kind == "rating" and number not in RATING_SCALE:
            raise DomainError(OUT_OF_SCALE)
        if kind.kind == "year" and not 1990 <= number <= 2100:
            raise DomainError(NOT_A_YEAR(text=stripped))
        return number
    value = parse_number(stripped, numbers)
    if kind.kind == "money" and value < 0:
        raise DomainError(NEGATIVE(text=stripped))
    return value


def set_list_field(
    items: Sequence[Document], list_name: str, row: int, name: str, text: str, numbers: Convention = "plain"
) -> tuple[Any, ...]:
    """The list with one field of one row changed; raises DomainError (with the field) when refused."""
    kind = LIST_FIELDS[list_name][name]
    try:
        value = parse_field(kind, text, numbers)
    except DomainError as error:
        raise DomainError(error.message, name) from None
    code_field = UNIQUE_CODES.get(list_name)
    if name == code_field and value and any(getattr(o, name) == value for i, o in enumerate(items) if i != row):
        raise DomainError(DUPLICATE_CODE(code=value), name)
    changed = replace(items[row], **{name: value})
    start, end = getattr(changed, "start", ""), getattr(changed, "end", "")
    if start and end and month_index(end) < month_index(start):
        raise DomainError(END_BEFORE_START(start=start, end=end), name)
    return (*items[:row], changed, *items[row + 1 :])


def next_code(items: Iterable[Document], prefix: str) -> str:
    """The next free code like I1, I2 … (K1 for KPIs)."""
    used = {getattr(item, "code", "") for item in items}
    number = 1
    while f"{prefix}{number}" in used:
        number += 1
    return f"{prefix}{number}"


# -- build roadmap: prioritization and the business case ------------------------------------------
@dataclass(frozen=True)
class RankedIdea:
    rank: int | None  # None: not rated yet
    idea: Idea

    @property
    def priority(self) -> int | None:
        return self.idea.priority


def prioritize(ideas: Iterable[Idea]) -> list[RankedIdea]:
    """Rated ideas by priority (impact × ease), then impact, then code; unrated ones last, unranked.

    Equal priority and impact share a rank (1, 2, 2, 4 …)."""
    rated = sorted(
        (i for i in ideas if i.priority is not None), key=lambda i: (-(i.priority or 0), -(i.impact or 0), i.code)
    )
    ranked: list[RankedIdea] = []
    for position, idea in enumerate(rated, start=1):
        previous = ranked[-1] if ranked else None
        tie = previous is not None and (previous.idea.priority, previous.idea.impact) == (idea.priority, idea.impact)
        ranked.append(RankedIdea(previous.rank if tie and previous else position, idea))
    unrated = [RankedIdea(None, i) for i in ideas if i.priority is None]
    return ranked + sorted(unrated, key=lambda r: r.idea.code)


def priority_matrix(ideas: Iterable[Idea]) -> dict[tuple[int, int], list[str]]:
    """(impact, ease) → the codes of the ideas in that cell of the 5 × 5 matrix."""
    cells: dict[tuple[int, int], list[str]] = {}
    for idea in ideas:
        if idea.impact is not None and idea.ease is not None:
            cells.setdefault((idea.impact, idea.ease), []).append(idea.code)
    return {cell: sorted(codes) for cell, codes in cells.items()}


@dataclass(frozen=True)
class CpOption:
    """One option of the client's cleaner-production register, as the business case needs it."""

    key: str  # facility code/option code
    description: str
    status: str
    investment_vnd: float
    annual_savings_vnd: float
    lifetime_years: int | None


@dataclass(frozen=True)
class BusinessCase:
    options: tuple[CpOption, ...]
    investment_vnd: float
    annual_savings_vnd: float
    payback_years: float | None
    npv_vnd: float
    irr: float | None
    discount_rate: float
    years: int
    cash_flows: tuple[float, ...]


def business_case(options: Sequence[CpOption], default_lifetime: int, discount_rate: float) -> BusinessCase | None:
    """The linked options as one investment: outlay now, each option's savings for its own life.

    Payback = total investment ÷ total annual savings; NPV at the reference discount rate; IRR
    of the combined cash flows (domain.economics)."""
    if not options:
        return None
    lives = [o.lifetime_years or default_lifetime for o in options]
    years = max(lives)
    flows = [-sum(o.investment_vnd for o in options)]
    for year in range(1, years + 1):
        flows.append(sum(o.annual_savings_vnd for o, life in zip(options, lives, strict=True) if life >= year))
    investment = -flows[0]
    savings = sum(o.annual_savings_vnd for o in options)
    return BusinessCase(
        tuple(options),
        investment,
        savings,
        simple_payback_years(investment, savings),
        npv(discount_rate, flows),
        irr(flows) if investment > 0 else None,
        discount_rate,
        years,
        tuple(flows),
    )


@dataclass(frozen=True)
class GanttBar:
    action: Action
    first: int  # month index (year × 12 + month − 1)
    last: int


def gantt(actions: Iterable[Action]) -> tuple[list[GanttBar], int | None, int | None]:
    """Bars for the actions with a start (a missing end is a one-month bar), and the months they span."""
    bars = []
    for action in actions:
        if action.start:
            first = month_index(action.start)
            bars.append(GanttBar(action, first, month_index(action.end) if action.end else first))
    if not bars:
        return [], None, None
    return bars, min(b.first for b in bars), max(b.last for b in bars)


# -- KPIs against the baseline from the records ----------------------------------------------------
RECORD_INDICATORS: dict[str, tuple[Msg, str]] = {
    "energy_toe": (QT_TRANSLATE_NOOP("EcoInnovation", "Energy use"), "TOE"),
    "co2_scope2_t": (QT_TRANSLATE_NOOP("EcoInnovation", "Scope-2 CO₂ from electricity"), "t CO₂"),
    "water_m3": (QT_TRANSLATE_NOOP("EcoInnovation", "Water use"), "m³"),
    "materials_t": (QT_TRANSLATE_NOOP("EcoInnovation", "Material use"), "t"),
    "waste_t": (QT_TRANSLATE_NOOP("EcoInnovation", "Waste generated"), "t"),
    "waste_recovery_pct": (QT_TRANSLATE_NOOP("EcoInnovation", "Waste recovery rate"), "%"),
    "bags_per_transaction": (QT_TRANSLATE_NOOP("EcoInnovation", "Non-biodegradable bags per transaction"), ""),
    "energy_per_output": (QT_TRANSLATE_NOOP("EcoInnovation", "Energy per unit of output"), "TOE/{unit}"),
    "water_per_output": (QT_TRANSLATE_NOOP("EcoInnovation", "Water per unit of output"), "m³/{unit}"),
    "materials_per_output": (QT_TRANSLATE_NOOP("EcoInnovation", "Material per unit of output"), "t/{unit}"),
}


def _per_output(facts: Summary, name: str, unit: str) -> float | None:
    """Energy, water or material per unit of output ("t", "m2"); None without that section or unit."""
    if name == "energy_per_output":
        return facts.energy.toe_per_output_unit.get(unit) if facts.energy else None
    section = facts.water if name == "water_per_output" else facts.materials
    return section.intensity.get(unit) if section else None


def indicator_value(indicator: str, facts: Summary | None) -> float | None:
    """A record indicator's value in one year's summary (services.summary); None without data.

    Per-output indicators name the output unit after a colon: "energy_per_output:t"."""
    name, _, unit = indicator.partition(":")
    if facts is None:
        return None
    energy, water, materials, waste = facts.energy, facts.water, facts.materials, facts.waste_total
    value: float | None = None
    if name == "energy_toe" and energy:
        value = energy.toe_total
    elif name == "co2_scope2_t" and energy:
        value = energy.co2_scope2_t
    elif name == "water_m3" and water:
        value = water.total_m3
    elif name == "materials_t" and materials:
        value = materials.total_t
    elif name == "waste_t" and waste:
        value = waste.generated_t
    elif name == "waste_recovery_pct" and waste:
        value = 100.0 * waste.recovered_t / waste.generated_t if waste.generated_t else None
    elif name == "bags_per_transaction" and facts.bags:
        value = facts.bags.nonbio_per_transaction
    elif name in ("energy_per_output", "water_per_output", "materials_per_output"):
        value = _per_output(facts, name, unit)
    if value is None or not math.isfinite(value):
        return None
    return float(value)


def indicator_label(indicator: str) -> tuple[Msg, str] | None:
    """The indicator's name and unit ("TOE/t" for energy per tonne of output); None for a manual KPI."""
    name, _, unit = indicator.partition(":")
    if name not in RECORD_INDICATORS:
        return None
    label, pattern = RECORD_INDICATORS[name]
    return label, pattern.format(unit=unit)


@dataclass(frozen=True)
class KpiPoint:
    year: int
    value: float
    from_records: bool
    change: float | None  # value − baseline
    change_pct: float | None  # 100 × change ÷ baseline
    progress_pct: float | None  # share of the way from the baseline to the target
    improved: bool | None  # moved the way the KPI should


def kpi_point(kpi: Kpi, baseline: float | None, year: int, value: float, from_records: bool) -> KpiPoint:
    if baseline is None:
        return KpiPoint(year, value, from_records, None, None, None, None)
    change = value - baseline
    change_pct = 100.0 * change / baseline if baseline else None
    target = kpi.target_value
    progress = 100.0 * change / (target - baseline) if target is not None and target != baseline else None
    improved = None if change == 0 else (change < 0) == (kpi.direction == "decrease")
    return KpiPoint(year, value, from_records, change, change_pct, progress, improved)


@dataclass(frozen=True)
class KpiSeries:
    kpi: Kpi
    baseline: float | None
    baseline_from_records: bool
    points: tuple[KpiPoint, ...]  # the years after the baseline, oldest first

    @property
    def latest(self) -> KpiPoint | None:
        return self.points[-1] if self.points else None


def kpi_series(kpi: Kpi, facts_by_year: Mapping[int, Summary], measurements: Iterable[Measurement]) -> KpiSeries:
    """The KPI year after year against its baseline: from the records for a record indicator (each
    year's summary), from the consultant's measurements for a manual one."""
    by_record = kpi.indicator != MANUAL
    base_year = kpi.baseline_year
    if by_record:
        baseline = indicator_value(kpi.indicator, facts_by_year[base_year]) if base_year in facts_by_year else None
        values = {y: indicator_value(kpi.indicator, f) for y, f in facts_by_year.items()}
    else:
        baseline = kpi.baseline_value
        values = {m.year: m.value for m in measurements if m.kpi == kpi.code}
    points = tuple(
        kpi_point(kpi, baseline, year, value, by_record)
        for year, value in sorted(values.items())
        if value is not None and (base_year is None or year > base_year)
    )
    return KpiSeries(kpi, baseline, by_record and baseline is not None, points)


# -- strategy: hotspots from the records -----------------------------------------------------------
RETAIL_KINDS = ("supermarket", "market", "distributor")
FIGURE_ENERGY = QT_TRANSLATE_NOOP("EcoInnovation", "{value} TOE in {year}")
FIGURE_WATER = QT_TRANSLATE_NOOP("EcoInnovation", "{value} m³ in {year}")
FIGURE_MATERIALS = QT_TRANSLATE_NOOP("EcoInnovation", "{value} t of materials in {year}")
FIGURE_WASTE = QT_TRANSLATE_NOOP("EcoInnovation", "{value} t of waste in {year}, {rate} % recovered")
FIGURE_BAGS = QT_TRANSLATE_NOOP("EcoInnovation", "{value} kg of non-biodegradable bags in {year}")


def own_stage(org_kind: str) -> str:
    """The life-cycle stage the client's own sites are: a shop distributes, a plant produces."""
    return "distribution" if org_kind in RETAIL_KINDS else "production"


def record_hotspot_figures(facts: Summary, org_kind: str) -> dict[str, Msg]:
    """The client's own figures for the matrix cells of its own stage ("stage:impact" → figure).

    Records describe the client's own sites only; the other stages are the consultant's judgement."""
    year, stage = facts.year, own_stage(org_kind)
    figures: dict[str, Msg] = {}
    energy_toe = indicator_value("energy_toe", facts)
    if energy_toe is not None:
        figures[hotspot_key(stage, "energy")] = FIGURE_ENERGY(value=energy_toe, year=year)
    water = indicator_value("water_m3", facts)
    if water is not None:
        figures[hotspot_key(stage, "water")] = FIGURE_WATER(value=water, year=year)
    materials = indicator_value("materials_t", facts)
    if materials is not None:
        figures[hotspot_key(stage, "materials")] = FIGURE_MATERIALS(value=materials, year=year)
    elif facts.bags:
        figures[hotspot_key(stage, "materials")] = FIGURE_BAGS(value=float(facts.bags.nonbio_kg), year=year)
    waste = indicator_value("waste_t", facts)
    if waste is not None:
        rate = indicator_value("waste_recovery_pct", facts)
        figures[hotspot_key(stage, "waste")] = FIGURE_WASTE(value=waste, year=year, rate=rate if rate else 0.0)
    return figures


# -- completeness: a checklist per phase, shown in the navigation ----------------------------------
@dataclass(frozen=True)
class Step:
    label: Msg
    done: bool


@dataclass(frozen=True)
class Completeness:
    steps: tuple[Step, ...]

    @property
    def done(self) -> int:
        return sum(s.done for s in self.steps)

    @property
    def total(self) -> int:
        return len(self.steps)

    @property
    def complete(self) -> bool:
        return self.done == self.total

    @property
    def missing(self) -> list[Msg]:
        return [s.label for s in self.steps if not s.done]


STEP_PROFILE = QT_TRANSLATE_NOOP("EcoInnovation", "Describe the client's business")
STEP_VALUE_CHAIN = QT_TRANSLATE_NOOP("EcoInnovation", "Map the value chain (suppliers, operations, customers)")
STEP_TEAM = QT_TRANSLATE_NOOP("EcoInnovation", "Name the project team")
STEP_ASSESSMENT = QT_TRANSLATE_NOOP("EcoInnovation", "Answer the preliminary assessment")
STEP_NARRATIVE = QT_TRANSLATE_NOOP("EcoInnovation", "Write the phase summary for the report")
STEP_SWOT = QT_TRANSLATE_NOOP("EcoInnovation", "Fill every SWOT quadrant")
STEP_HOTSPOTS = QT_TRANSLATE_NOOP("EcoInnovation", "Rate the life-cycle hotspots")
STEP_VISION = QT_TRANSLATE_NOOP("EcoInnovation", "Write the vision and goals")
STEP_TARGETS = QT_TRANSLATE_NOOP("EcoInnovation", "Set a measurable target (KPI with a baseline year and a target)")
STEP_CANVAS_NOW = QT_TRANSLATE_NOOP("EcoInnovation", "Describe all nine blocks of the current business model")
STEP_CANVAS_NEW = QT_TRANSLATE_NOOP("EcoInnovation", "Describe the new business model")
STEP_IDEAS = QT_TRANSLATE_NOOP("EcoInnovation", "List ideas and rate their impact and ease")
STEP_ACTIONS = QT_TRANSLATE_NOOP("EcoInnovation", "Plan actions with owners, dates and KPIs")
STEP_PILOT = QT_TRANSLATE_NOOP("EcoInnovation", "Record a pilot with its status")
STEP_PILOT_RESULT = QT_TRANSLATE_NOOP("EcoInnovation", "Record the pilot's investment and results")
STEP_MEASURED = QT_TRANSLATE_NOOP("EcoInnovation", "Measure every KPI after its baseline year")
STEP_CYCLE = QT_TRANSLATE_NOOP("EcoInnovation", "Record the findings of a review cycle")


def completeness(
    project: Project, assessment_answered: bool, kpi_measured: Mapping[str, bool]
) -> dict[str, Completeness]:
    """What each phase's worksheets still lack. `kpi_measured` says, per KPI code, whether it has a
    value after its baseline (from the records or measured)."""
    p, s, b, r, i, v = (project.phase(phase) for phase in PHASES)

    def has(text: str) -> bool:
        return bool(text.strip())

    kpis = [k for k in s.kpis if k.code]
    rated_ideas = [idea for idea in r.ideas if idea.priority is not None]
    checks: dict[str, list[tuple[Msg, bool]]] = {
        "prepare": [
            (STEP_PROFILE, has(p.description)),
            (STEP_VALUE_CHAIN, has(p.suppliers) and has(p.operations) and has(p.customers)),
            (STEP_TEAM, any(has(m.name) for m in p.team)),
            (STEP_ASSESSMENT, assessment_answered),
            (STEP_NARRATIVE, has(p.narrative)),
        ],
        "strategy": [
            (STEP_SWOT, {e.quadrant for e in s.swot if has(e.text)} >= set(SWOT_QUADRANTS)),
            (STEP_HOTSPOTS, any(h.rating for h in s.hotspots.values())),
            (STEP_VISION, has(s.vision) and has(s.goals)),
            (STEP_TARGETS, any(k.baseline_year and k.target_value is not None for k in kpis)),
            (STEP_NARRATIVE, has(s.narrative)),
        ],
        "business_model": [
            (STEP_CANVAS_NOW, all(has(b.block(block).current) for block in CANVAS_BLOCKS)),
            (STEP_CANVAS_NEW, any(b.block(block).changes for block in CANVAS_BLOCKS)),
            (STEP_NARRATIVE, has(b.narrative)),
        ],
        "roadmap": [
            (STEP_IDEAS, bool(r.ideas) and len(rated_ideas) == len(r.ideas)),
            (STEP_ACTIONS, bool(r.actions) and all(has(a.owner) and a.start and a.end and a.kpi for a in r.actions)),
            (STEP_NARRATIVE, has(r.narrative)),
        ],
        "implement": [
            (STEP_PILOT, any(has(x.title) and x.status != "planned" for x in i.pilots)),
            (STEP_PILOT_RESULT, any(x.investment_vnd is not None and has(x.results) for x in i.pilots)),
            (STEP_NARRATIVE, has(i.narrative)),
        ],
        "review": [
            (STEP_MEASURED, bool(kpis) and all(kpi_measured.get(k.code, False) for k in kpis)),
            (STEP_CYCLE, any(has(c.findings) for c in v.cycles)),
            (STEP_NARRATIVE, has(v.narrative)),
        ],
    }
    return {phase: Completeness(tuple(Step(label, done) for label, done in steps)) for phase, steps in checks.items()}
