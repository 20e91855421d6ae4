"""The user guide's contents without Qt: its chapters (one per task, in the language's HTML file)
and the glossary, whose legal terms quote the reference data's own sourced texts, so that the
glossary can never say a threshold other than the one the app applies."""

from __future__ import annotations

from dataclasses import dataclass

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg
from scp_desktop.domain.reference import ReferenceData

# Which chapter of the guide F1 opens on each page (anchors of resources/help/guide_<lang>.html).
PAGE_CHAPTERS = {
    "overview": "start",
    "organizations": "organization",
    "energy": "energy",
    "production": "energy",
    "waste": "energy",
    "bags": "energy",
    "cleaner-production": "energy",
    "assessments": "assess",
    "eco-innovation": "assess",
    "reports": "send",
    "sync": "send",
}


@dataclass(frozen=True)
class Term:
    term: Msg
    explanation: Msg | str
    source: str = ""  # the legal text, as the reference data cites it


def _source(ref: ReferenceData, dataset: str, key: str, language: str) -> str:
    sources = ref.documents[dataset].get("sources", {})
    entry = sources.get(key, {})
    return str(entry.get(language) or entry.get("en") or "")


def glossary(ref: ReferenceData, language: str) -> list[Term]:
    """The terms a user meets, in the order a report uses them."""
    key_user = {kind: f"{threshold:,.0f}" for kind, threshold in ref.key_user_threshold_toe.items()}
    return [
        Term(
            QT_TRANSLATE_NOOP("Glossary", "TOE (tonne of oil equivalent)"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "The common measure of energy: every fuel and kWh is converted to tonnes of oil equivalent "
                "so that they can be added up.",
            ),
            _source(ref, "energy", "toe", language) + "; " + _source(ref, "energy", "gj_per_toe", language),
        ),
        Term(
            QT_TRANSLATE_NOOP("Glossary", "Key energy user"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "A facility whose yearly energy use reaches the threshold for its kind ({plant} TOE for a plant, "
                "{store} TOE for a store or building); it has duties of its own: an energy manager, an annual "
                "report, an energy audit every three years.",
            )(plant=key_user.get("plant", "—"), store=key_user.get("store", "—")),
            _source(ref, "energy", "key_user", language),
        ),
        Term(
            QT_TRANSLATE_NOOP("Glossary", "Scope 1 emissions"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "CO₂ from fuel burned at the facility itself (coal, oil, gas). Fuels from biomass are shown "
                "apart as biogenic CO₂.",
            ),
            _source(ref, "energy", "ipcc", language),
        ),
        Term(
            QT_TRANSLATE_NOOP("Glossary", "Scope 2 emissions"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "CO₂ from the electricity the facility buys from the grid, with the grid factor of the year.",
            ),
            _source(ref, "energy", "grid", language),
        ),
        Term(
            QT_TRANSLATE_NOOP("Glossary", "GHG inventory"),
            QT_TRANSLATE_NOOP(
                "Glossary", "Counting a facility's greenhouse-gas emissions each year, a duty above the thresholds."
            ),
            _source(ref, "energy", "ghg", language),
        ),
        Term(
            QT_TRANSLATE_NOOP("Glossary", "Cleaner production (SXSH)"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "Changes to a process, its materials or its management that use less energy, water and "
                "materials and make less waste; each option is recorded with its investment and savings.",
            ),
        ),
        Term(
            QT_TRANSLATE_NOOP("Glossary", "Baseline year"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "The year a reduction is measured against. A national target has its own (2010 for plastic "
                "bags); another can be chosen under Organizations ▸ Edit organization.",
            ),
        ),
        Term(
            QT_TRANSLATE_NOOP("Glossary", "Finalize"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "Closing a period: its records become read-only and the report waits to be sent to the "
                "ministry. A later mistake is corrected by a new report that replaces it.",
            ),
        ),
        Term(
            QT_TRANSLATE_NOOP("Glossary", "Draft criteria"),
            QT_TRANSLATE_NOOP(
                "Glossary",
                "Self-assessment criteria written by this project from the legal texts they cite, not yet "
                "issued by the ministry: a score against them is a guide, not a certification.",
            ),
        ),
    ]
