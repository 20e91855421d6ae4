"""Typed access to the versioned reference data in `resources/reference/`.

Every figure comes from a data file with its source; code never hard-codes one.
`ReferenceData.from_documents` also accepts newer versions delivered by the
ministry server, so nothing here reads files except `load_bundled`.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

DATASETS = ("energy", "targets", "waste", "bags", "cleaner_production", "provinces", "vsic")


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

    def accepts(self, unit: Unit) -> bool:
        return unit.base in self.toe_per_base_unit


@dataclass(frozen=True)
class Province:
    code: str
    official_name: str
    name: str
    current: bool
    merged_into: str | None = None  # for a former province: the current unit's code


@dataclass(frozen=True)
class Labelled:
    code: str
    vi: str
    en: str

    def label(self, language: str) -> str:
        return self.vi if language == "vi" else self.en


def fold_name(text: str) -> str:
    """Lower-case, without diacritics, đ as d, single spaces: `Thành phố  Hồ Chí Minh` → `thanh pho ho chi minh`."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.lower().replace("-", " ").replace("_", " ").split())


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
            )
            for code, f in energy["fuels"].items()
        }
        self.gj_per_toe = float(energy["gj_per_toe"])
        self.grid_factors = {int(y): float(v) for y, v in energy["grid_factor_t_co2_per_mwh"].items()}
        self.key_user_threshold_toe = {k: float(v) for k, v in energy["key_user_threshold_toe"].items()}
        self.ghg_threshold = dict(energy["ghg_inventory_threshold"])

        targets = documents["targets"]
        self.bag_baseline_year = int(targets["bags"]["baseline_year"])
        self.bag_reduction_target_pct = dict(targets["bags"]["reduction_target_pct"])
        self.waste_recovery_target_pct = {
            k: float(v) for k, v in targets["waste_recovery_target_pct"].items() if k != "source"
        }

        waste = documents["waste"]
        self.waste_streams = {c: Labelled(c, s["vi"], s["en"]) for c, s in waste["streams"].items()}
        self.waste_routes = {c: Labelled(c, r["vi"], r["en"]) for c, r in waste["routes"].items()}
        self.recovered_routes = frozenset(c for c, r in waste["routes"].items() if r["recovered"])
        self.uncollected_routes = frozenset(c for c, r in waste["routes"].items() if r.get("collected") is False)

        bags = documents["bags"]
        self.max_bags_per_transaction = float(bags["plausibility"]["max_bags_per_transaction"])
        self.max_kg_per_bag = float(bags["plausibility"]["max_kg_per_bag"])

        cp = documents["cleaner_production"]
        self.cp_categories = {c: Labelled(c, v["vi"], v["en"]) for c, v in cp["categories"].items()}
        self.cp_feasibility = {c: Labelled(c, v["vi"], v["en"]) for c, v in cp["feasibility"].items()}
        self.cp_statuses = {c: Labelled(c, v["vi"], v["en"]) for c, v in cp["statuses"].items()}
        self.cp_steps = [Labelled(s["code"], s["vi"], s["en"]) for s in cp["steps"]]
        self.cp_lifetime_years = int(cp["economics_defaults"]["lifetime_years"])
        self.cp_discount_rate = float(cp["economics_defaults"]["discount_rate"])

        provinces = documents["provinces"]
        self.provinces = {
            p["code"]: Province(p["code"], p["official_name"], p["name"], True) for p in provinces["current"]
        }
        self.former_provinces = {
            p["code"]: Province(p["code"], p["official_name"], p["name"], False, p["merged_into"])
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

    def vsic_section_of(self, code: str) -> str | None:
        """Section letter of a normalized sector code such as `C`, `C13` or `C1311`."""
        return code[:1] if code[:1] in self.vsic_sections else None

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
