"""The reports the app writes, listed once: the CLI's `report KIND`, the Reports page and the PDF
builders all read this registry."""

from __future__ import annotations

from dataclasses import dataclass

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg


@dataclass(frozen=True)
class ReportKind:
    code: str
    title: Msg
    summary: Msg
    per_facility: bool = True  # for one facility or store, or the whole organization
    needs_scheme: bool = False  # an assessment: of which criteria set


REPORT_KINDS: dict[str, ReportKind] = {
    "energy": ReportKind(
        "energy",
        QT_TRANSLATE_NOOP("Reports", "Annual energy report"),
        QT_TRANSLATE_NOOP("Reports", "Form 1.1 fields of Circular 25/2020: TOE per fuel, CO₂, specific consumption."),
    ),
    "bags": ReportKind(
        "bags",
        QT_TRANSLATE_NOOP("Reports", "Bag and packaging reduction"),
        QT_TRANSLATE_NOOP("Reports", "Bags per store, per transaction, and the reduction against the baseline."),
    ),
    "waste": ReportKind(
        "waste",
        QT_TRANSLATE_NOOP("Reports", "Waste recovery"),
        QT_TRANSLATE_NOOP("Reports", "Recovery rate of every waste stream against the national targets."),
    ),
    "cp-options": ReportKind(
        "cp-options",
        QT_TRANSLATE_NOOP("Reports", "Cleaner-production options register"),
        QT_TRANSLATE_NOOP("Reports", "Every option with its investment, savings and payback."),
    ),
    "assessment": ReportKind(
        "assessment",
        QT_TRANSLATE_NOOP("Reports", "Self-assessment"),
        QT_TRANSLATE_NOOP("Reports", "The latest assessment of the scheme for that year, with score and gaps."),
        per_facility=False,
        needs_scheme=True,
    ),
    "eco-innovation": ReportKind(
        "eco-innovation",
        QT_TRANSLATE_NOOP("Reports", "Eco-innovation assessment"),
        QT_TRANSLATE_NOOP(
            "Reports",
            "The client's eco-innovation project phase by phase (its preliminary assessment where there is no "
            "project), with the consultant's and the client's names.",
        ),
        per_facility=False,
    ),
}
