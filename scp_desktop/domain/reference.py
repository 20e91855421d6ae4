"""Typed access to the versioned reference data in `resources/reference/`.

Every figure comes from a data file with its source; code never hard-codes one.
`ReferenceData.from_documents` also accepts newer versions delivered by the
ministry server, so nothing here reads files except `load_bundled`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from scp_desktop.domain.messages import Label, Listing

DATASETS = (
    "energy",
    "targets",
    "waste",
    "bags",
    "cleaner_production",
    "provinces",
    "vsic",
    "code_lists",
    "energy_norms",
    "obligations",
)


@dataclass(frozen=True)
class Unit:
    code: str
    dimension: str
    to_base: float
    base: str


@dataclass(frozen=True)
class Fuel:
    code: str
    name_vi: str
    name_en: str
    toe_per_base_unit: Mapping[str, float | None]
    requires_ncv: bool = False
    co2_kg_per_tj: float | None = None  # Scope 1: CO₂ per unit of energy burnt (IPCC 2006 defaults)
    biogenic: bool = False  # its CO₂ is reported apart, outside Scope 1 (biomass)
    renewable: bool = False  # counts towards the renewable share
    purchased_electricity: bool = False  # Scope 2: electricity bought from the grid

    def accepts(self, unit: Unit) -> bool:
        return unit.base in self.toe_per_base_unit


@dataclass(frozen=True)
class EnergyNorm:
    """A MOIT specific-energy-consumption norm: MJ per unit of one product, by period of validity."""

    code: str
    sector: Label
    product: Label
    unit: str  # MJ/t, MJ/hl
    output_units: tuple[str, ...]  # how production records write the unit it divides by
    values: Mapping[str, float]  # "2021-2025" → MJ per unit
    source: str

    def value_for(self, year: int) -> tuple[str, float] | None:
        """The period and value in force in `year`; None after the last period (no norm is assumed)."""
        for period, value in self.values.items():
            first, _, last = period.partition("-")
            if int(first) <= year <= int(last or first):
                return period, value
        return None


@dataclass(frozen=True)
class Duty:
    """A reporting duty: what, to whom, when (month/day each `every_years`), and how sure its date is."""

    code: str
    applies_to: str  # key_energy_user, ghg_inventory
    title: Label
    to: Label
    source: str
    verified: bool  # False: the date or rule could not be checked against the legal text
    due_month: int | None = None
    due_day: int | None = None
    every_years: int | None = None
    first_year: int | None = None
    from_field: str | None = None  # counted from a facility's date (the last energy audit)


@dataclass(frozen=True)
class Province:
    code: str
    official_name: str
    name: str
    current: bool
    merged_into: str | None = None  # for a former province: the current unit's code
    became_city_on: str | None = None  # a province that became a city (Huế, 1 January 2025), not a merger


@dataclass(frozen=True)
class Labelled:
    code: str
    vi: str
    en: str
    aliases: tuple[str, ...] = ()  # other ways people write it, e.g. "than cám 3-4" (data, extendable)

    def label(self, language: str) -> str:
        return self.vi if language == "vi" else self.en

    @property
    def name(self) -> Label:
        return Label(self.vi, self.en)


def fold_name(text: str) -> str:
    """Lower-case, without diacritics, đ as d, single spaces: `Thành phố  Hồ Chí Minh` → `thanh pho ho chi minh`."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.lower().replace("-", " ").replace("_", " ").split())


_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def choice_key(text: str) -> str:
    """How a written value is compared with a code list: no case, diacritics or punctuation; m³ is m3."""
    return _NON_ALNUM.sub(" ", fold_name(unicodedata.normalize("NFKC", text))).strip()


class CodeList(Mapping[str, Labelled]):
    """One code list (fuels, units, waste streams …): code → names, found by code, name or alias."""

    def __init__(self, items: Mapping[str, Labelled]) -> None:
        self.items_by_code = dict(items)
        self._index: dict[str, str] = {}
        for item in self.items_by_code.values():
            for written in (item.code, item.vi, item.en, *item.aliases):
                self._index.setdefault(choice_key(written), item.code)

    def __getitem__(self, code: str) -> Labelled:
        return self.items_by_code[code]

    def __iter__(self) -> Iterator[str]:
        return iter(self.items_by_code)

    def __len__(self) -> int:
        return len(self.items_by_code)

    def find(self, text: str) -> str | None:
        """The code written as `text` (its code, either name or an alias, any case, diacritics optional)."""
        if text in self.items_by_code:
            return text
        return self._index.get(choice_key(text))

    def collisions(self) -> list[tuple[str, str, str]]:
        """(written form, code, other code) where one written form would name two items: a data error."""
        seen: dict[str, str] = {}
        found = []
        for item in self.items_by_code.values():
            for written in {choice_key(w) for w in (item.code, item.vi, item.en, *item.aliases)}:
                if written in seen and seen[written] != item.code:
                    found.append((written, seen[written], item.code))
                seen.setdefault(written, item.code)
        return found

    def names(self) -> Listing:
        return Listing(tuple(item.name for item in self.items_by_code.values()))


def _code_list(entries: Mapping[str, Mapping[str, Any]], vi: str = "vi", en: str = "en") -> CodeList:
    return CodeList(
        {
            code: Labelled(code, e.get(vi, code), e.get(en, code), tuple(e.get("aliases", ())))
            for code, e in entries.items()
        }
    )


_PROVINCE_PREFIXES = ("thanh pho ", "tinh ", "tp. ", "tp ")


def _province_key(text: str) -> str:
    key = fold_name(text)
    for prefix in _PROVINCE_PREFIXES:
        if key.startswith(prefix):
            return key[len(prefix) :].strip()
    return key


class ReferenceData:
    """All reference datasets of one version set."""

    def __init__(self, documents: Mapping[str, Mapping[str, Any]]) -> None:
        missing = [name for name in DATASETS if name not in documents]
        if missing:
            raise ValueError(f"reference data lacks {', '.join(missing)}")
        self.documents = dict(documents)
        energy = documents["energy"]
        self.units = {
            code: Unit(code, u["dimension"], float(u["to_base"]), u["base"]) for code, u in energy["units"].items()
        }
        self.fuels = {
            code: Fuel(
                code,
                f["name_vi"],
                f["name_en"],
                dict(f["toe_per_base_unit"]),
                bool(f.get("requires_ncv", False)),
                float(f["co2_kg_per_tj"]) if f.get("co2_kg_per_tj") is not None else None,
                bool(f.get("biogenic", False)),
                bool(f.get("renewable", False)),
                bool(f.get("purchased", False)),
            )
            for code, f in energy["fuels"].items()
        }
        self.fuel_list = _code_list(energy["fuels"], "name_vi", "name_en")
        self.unit_list = _code_list(energy["units"], "label_vi", "label_en")
        self.default_units = {code: f["default_unit"] for code, f in energy["fuels"].items() if "default_unit" in f}
        self.gj_per_toe = float(energy["gj_per_toe"])
        self.grid_factors = {int(y): float(v) for y, v in energy["grid_factor_t_co2_per_mwh"].items()}
        self.key_user_threshold_toe = {k: float(v) for k, v in energy["key_user_threshold_toe"].items()}
        ghg = energy["ghg_inventory_threshold"]
        self.ghg_threshold_t_co2e = float(ghg["t_co2e"])
        self.ghg_threshold_toe = {k: float(v) for k, v in ghg.get("toe_by_facility_kind", {}).items()}

        targets = documents["targets"]
        self.bag_baseline_year = int(targets["bags"]["baseline_year"])
        self.bag_reduction_target_pct = dict(targets["bags"]["reduction_target_pct"])
        self.waste_recovery_target_pct = {
            k: float(v) for k, v in targets["waste_recovery_target_pct"].items() if k != "source"
        }
        basis = targets.get("waste_target_basis", {})
        self.waste_target_routes = {k: frozenset(v) for k, v in basis.items() if k != "source"}

        waste = documents["waste"]
        self.waste_streams = _code_list(waste["streams"])
        self.waste_routes = _code_list(waste["routes"])
        self.recovered_routes = frozenset(c for c, r in waste["routes"].items() if r["recovered"])
        self.uncollected_routes = frozenset(c for c, r in waste["routes"].items() if r.get("collected") is False)

        bags = documents["bags"]
        self.max_bags_per_transaction = float(bags["plausibility"]["max_bags_per_transaction"])
        self.max_kg_per_bag = float(bags["plausibility"]["max_kg_per_bag"])
        self.bag_types = _code_list(bags["bag_types"])

        norms = documents["energy_norms"]
        self.mj_per_toe = float(norms["mj_per_toe"])
        self.energy_norms = {
            code: EnergyNorm(
                code,
                Label(n["sector"]["vi"], n["sector"]["en"]),
                Label(n["vi"], n["en"]),
                n["unit"],
                tuple(n["output_unit"]),
                {k: float(v) for k, v in n["values"].items()},
                n["source"],
            )
            for code, n in norms["norms"].items()
        }
        self.duties = [
            Duty(
                d["code"],
                d["applies_to"],
                Label(d["title"]["vi"], d["title"]["en"]),
                Label(d["to"]["vi"], d["to"]["en"]),
                d["source"],
                bool(d.get("verified", False)),
                (d.get("due") or {}).get("month"),
                (d.get("due") or {}).get("day"),
                d.get("every_years"),
                d.get("first_year"),
                d.get("from"),
            )
            for d in documents["obligations"]["duties"]
        ]
        self.sources = {
            name: {
                key: Label(text["vi"], text["en"])
                for key, text in doc.get("sources", {}).items()
                if isinstance(text, dict)
            }
            for name, doc in documents.items()
            if name in DATASETS
        }

        lists = documents["code_lists"]
        self.facility_kinds = _code_list(lists["facility_kinds"])
        self.org_kinds = _code_list(lists["organization_kinds"])

        cp = documents["cleaner_production"]
        self.cp_categories = _code_list(cp["categories"])
        self.cp_feasibility = _code_list(cp["feasibility"])
        self.cp_statuses = _code_list(cp["statuses"])
        self.cp_steps = [Labelled(s["code"], s["vi"], s["en"]) for s in cp["steps"]]
        self.cp_lifetime_years = int(cp["economics_defaults"]["lifetime_years"])
        self.cp_discount_rate = float(cp["economics_defaults"]["discount_rate"])

        provinces = documents["provinces"]
        self.provinces = {
            p["code"]: Province(p["code"], p["official_name"], p["name"], True) for p in provinces["current"]
        }
        self.former_provinces = {
            p["code"]: Province(
                p["code"], p["official_name"], p["name"], False, p["merged_into"], p.get("became_city_on")
            )
            for p in provinces["former"]
        }

        vsic = documents["vsic"]
        self.vsic_sections = {s["code"]: Labelled(s["code"], s["vi"], s["en"]) for s in vsic["sections"]}
        self._division_section = {
            d["code"]: s["code"]
            for s in vsic["sections"]
            for d in vsic["divisions"]
            if s["first_division"] <= d["code"] <= s["last_division"]
        }
        self.vsic_divisions = {
            d["code"]: Labelled(d["code"], d.get("vi", ""), d.get("en", "")) for d in vsic["divisions"]
        }

    def code_lists(self) -> dict[str, CodeList]:
        """Every code list by name (for checks of the data itself)."""
        return {
            "fuels": self.fuel_list,
            "units": self.unit_list,
            "waste_streams": self.waste_streams,
            "waste_routes": self.waste_routes,
            "bag_types": self.bag_types,
            "cp_categories": self.cp_categories,
            "cp_feasibility": self.cp_feasibility,
            "cp_statuses": self.cp_statuses,
            "facility_kinds": self.facility_kinds,
            "organization_kinds": self.org_kinds,
        }

    # -- versions ---------------------------------------------------------------------------
    @property
    def versions(self) -> dict[str, str]:
        return {name: str(doc["version"]) for name, doc in self.documents.items()}

    # -- lookups ----------------------------------------------------------------------------
    def find_province(self, text: str) -> Province | None:
        """A current province by code or name (diacritics and case optional), or a former one."""
        key = _province_key(text)
        code = key.zfill(2) if key.isdigit() else None
        if code in self.provinces:
            return self.provinces[code]
        for province in self.provinces.values():
            if key in (_province_key(province.official_name), _province_key(province.name)):
                return province
        for province in self.former_provinces.values():
            if key in (_province_key(province.official_name), _province_key(province.name)):
                return province
        return None

    def current_province_for(self, province: Province) -> Province:
        return province if province.current else self.provinces[province.merged_into or ""]

    def normalize_sector(self, text: str) -> str | None:
        """`13`, `c13`, `C 1311` → `C13`, `C1311`; a lone section letter stays; None if unknown."""
        compact = "".join(text.split()).upper()
        letter = compact[:1] if compact[:1].isalpha() else ""
        digits = compact[len(letter) :]
        if not digits:
            return letter if letter in self.vsic_sections else None
        if not digits.isdigit() or not 2 <= len(digits) <= 5:
            return None
        section = self._division_section.get(digits[:2])
        if section is None or (letter and letter != section):
            return None
        return section + digits


def _bundled_dir() -> Path:
    from scp_desktop.resources import resource_path  # a path helper, no I/O library

    return resource_path("reference")


def read_documents(folder: Path) -> dict[str, dict[str, Any]]:
    return {name: json.loads((folder / f"{name}.json").read_text("utf-8")) for name in DATASETS}


@cache
def load_bundled() -> ReferenceData:
    """The reference data shipped with the app."""
    return ReferenceData(read_documents(_bundled_dir()))
