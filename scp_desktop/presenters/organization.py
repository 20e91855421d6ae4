"""Registering or editing an organization, without Qt: the choices its fields offer (provinces and
sectors in Vietnamese order), its current values, its baseline years, and the one save.

The dialog (ui/organization_dialog.py) displays these and shows a refusal at the field it names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from scp_desktop.domain.audit import Source
from scp_desktop.domain.collation import sorted_vietnamese
from scp_desktop.domain.field_labels import KIND_TITLES
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Issue, Msg
from scp_desktop.domain.organizations import ORG_KINDS, ORGANIZATION_FIELDS, Organization
from scp_desktop.services.workspace import BASELINE_INDICATORS, Workspace

FIELDS = ("tax_code", *ORGANIZATION_FIELDS)  # the form's fields, the identity first
FIRST_BASELINE_CHOICE = 2005  # the years offered; the CLI accepts any year from 1990
NATIONAL_BAGS_BASELINE = QT_TRANSLATE_NOOP("OrganizationDialog", "Default: {year}, the national baseline")
FIRST_YEAR_WITH_DATA = QT_TRANSLATE_NOOP("OrganizationDialog", "Default: the first year with data")


@dataclass(frozen=True)
class Choice:
    value: str
    text: str


@dataclass(frozen=True)
class BaselineRow:
    indicator: str
    title: Msg
    default: Msg
    chosen: int | None
    years: tuple[int, ...]


def _coded(code: str, name: str) -> str:
    return f"{code} — {name}" if name.strip() else code


class OrganizationEditor:
    """One organization being registered (`tax_code` None) or edited."""

    def __init__(self, ws: Workspace, tax_code: str | None = None, today: dt.date | None = None) -> None:
        self.ws = ws
        self.today = today or dt.date.today()
        self.org: Organization | None = ws.organization(tax_code) if tax_code else None

    @property
    def is_new(self) -> bool:
        return self.org is None

    def values(self) -> dict[str, str]:
        """The fields as the form shows them (empty for a new organization)."""
        if self.org is None:
            return dict.fromkeys(FIELDS, "")
        org = self.org
        return {
            "tax_code": org.tax_code,
            "name": org.name,
            "kind": org.kind,
            "province": org.province_code,
            "sector": org.sector or "",
            "address": org.address,
            "contact_name": org.contact_name,
            "contact_phone": org.contact_phone,
            "contact_email": org.contact_email,
        }

    def kinds(self) -> dict[str, Msg]:
        return ORG_KINDS

    def provinces(self) -> list[Choice]:
        """Today's provinces and cities by their name in Vietnamese order, shown by their official name."""
        current = [p for p in self.ws.ref.provinces.values() if p.current]
        return [Choice(p.code, p.official_name) for p in sorted_vietnamese(current, key=lambda p: p.name)]

    def sectors(self, language: str) -> list[Choice]:
        """VSIC 2018 sections, each followed by its divisions; a finer code may be typed in full."""
        ref = self.ws.ref
        choices = []
        for letter, section in ref.vsic_sections.items():
            choices.append(Choice(letter, _coded(letter, section.label(language))))
            for code, division in ref.vsic_divisions.items():
                if ref.normalize_sector(code) == letter + code:
                    choices.append(Choice(letter + code, _coded(letter + code, division.label(language))))
        return choices

    def baselines(self) -> list[BaselineRow]:
        """Each indicator's baseline: the year chosen, or None for the default."""
        chosen = self.ws.baselines(self.org.tax_code) if self.org else dict.fromkeys(BASELINE_INDICATORS)
        bag_year = self.ws.ref.bag_baseline_year
        rows = []
        for indicator in BASELINE_INDICATORS:
            year = chosen[indicator]
            first = min(FIRST_BASELINE_CHOICE, year or FIRST_BASELINE_CHOICE)
            default = NATIONAL_BAGS_BASELINE(year=bag_year) if indicator == "bags" else FIRST_YEAR_WITH_DATA
            years = tuple(range(self.today.year, first - 1, -1))
            rows.append(BaselineRow(indicator, KIND_TITLES[indicator], default, year, years))
        return rows

    def save(self, values: dict[str, str], baselines: dict[str, int | None]) -> tuple[Organization, list[Issue]]:
        """Register (a new organization starts on the default baselines) or update, in one transaction;
        a DomainError names the field to show it at."""
        fields = {name: values.get(name, "") for name in FIELDS if name != "tax_code"}
        if self.org is None:
            org, notes = self.ws.add_organization(source=Source.GUI, tax_code=values.get("tax_code", ""), **fields)
        else:
            org, notes = self.ws.update_organization(self.org.tax_code, Source.GUI, baselines, **fields)
        self.org = org
        return org, notes
