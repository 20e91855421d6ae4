"""The typed summary: its JSON is the documented `summary --json` contract, and every criteria path
reads a figure from it."""

import datetime as dt
import json
from collections.abc import Iterator, Mapping
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

import pytest

from scp_desktop.domain.assessment import auto_value
from scp_desktop.domain.records import WASTE
from scp_desktop.domain.summary import WasteStream, WaterSection, follow, plain
from scp_desktop.services.assessments import bundled_criteria_sets
from scp_desktop.services.demo import fill_demo
from scp_desktop.services.summary import summary
from scp_desktop.services.workspace import Workspace

# The demo as it stands on this day: the years 2024–2026, 2025 the last complete one
TODAY = dt.date(2026, 6, 15)
TEXTILE, CHAIN = "0300588569", "0100234562"  # every section but bags; bags, energy and waste
# Output of `summary` captured from the code that built nested dicts, before the sections were typed.
# The demo's data or the bundled reference data (its versions are part of the output) change them:
# then regenerate them with the command and read the diff.
PINNED = Path(__file__).resolve().parent.parent / "fixtures" / "summary"


@pytest.fixture
def demo(workspace_path: Path) -> Path:
    with Workspace.open(workspace_path) as ws:
        fill_demo(ws, TODAY)
    return workspace_path


@pytest.mark.parametrize("tax_code", [TEXTILE, CHAIN])
def test_summary_json_keeps_the_documented_keys_and_values(demo: Path, cli, tax_code: str) -> None:
    out = cli("summary", "--org", tax_code, "--year", "2025", "--json").out
    assert out == (PINNED / f"{tax_code}-2025.json").read_text(encoding="utf-8")
    assert cli("summary", "--org", tax_code, "--year", "2025").out == (PINNED / f"{tax_code}-2025.text").read_text(
        encoding="utf-8"
    )


def test_sections_without_data_are_none_and_streams_without_target_lack_its_keys(demo: Path) -> None:
    with Workspace.open(demo) as ws:
        facts = summary(ws, TEXTILE, 2025)
    assert facts.bags is None and facts.as_dict()["bags"] is None
    assert isinstance(facts.water, WaterSection) and facts.as_dict()["water"]["total_m3"] == facts.water.total_m3
    assert facts.waste is not None
    textile, domestic = facts.waste["textile"], facts.waste["domestic"]
    assert textile.target_pct is None and textile.target_routes == () and textile.target_rate_pct is None
    assert "target_rate_pct" not in textile.as_dict() and "target_routes" not in textile.as_dict()
    assert domestic.target_pct == 85.0 and domestic.as_dict()["target_routes"] == list(domestic.target_routes)
    assert json.loads(facts.to_json()) == facts.as_dict()


def test_every_auto_path_of_every_bundled_criteria_set_reads_a_figure(demo: Path) -> None:
    paths = sorted({c.auto for s in bundled_criteria_sets().values() for c in s.criteria() if c.auto})
    assert "waste.industrial_non_hazardous.target_rate_pct" in paths and "energy.recorded" in paths
    with Workspace.open(demo) as ws:
        # the demo's plant records no industrial non-hazardous waste: 8 t recycled, 2 t landfilled
        for route, tonnes in (("recycled", "8"), ("landfilled", "2")):
            raw = {"facility": "NM01", "period": "2025", "stream": "industrial_non_hazardous", "route": route}
            ws.save_record(WASTE, TEXTILE, {**raw, "quantity_t": tonnes})
        years = [summary(ws, org, 2025) for org in (TEXTILE, CHAIN)]
    for path in paths:
        section = path.removesuffix(".recorded")
        for facts in years:
            follow(facts, section)  # raises LookupError on a field the summary does not have
        assert any(auto_value(path, facts) is not None for facts in years), path
    plant = years[0].waste
    assert plant is not None and isinstance(plant["industrial_non_hazardous"], WasteStream)
    assert auto_value("waste.industrial_non_hazardous.target_rate_pct", years[0]) == 80.0  # 8 of 10 t recycled


def _sections(node: Any) -> Iterator[Any]:
    """Every section inside a summary, the summary included."""
    if is_dataclass(node):
        yield node
        for f in fields(node):
            yield from _sections(getattr(node, f.name))
    elif isinstance(node, Mapping):
        for item in node.values():
            yield from _sections(item)
    elif isinstance(node, list | tuple):
        for item in node:
            yield from _sections(item)


def test_each_json_key_is_the_field_of_that_name(demo: Path) -> None:
    """So a criteria path written against the documented JSON reads the same figure on the dataclasses."""
    with Workspace.open(demo) as ws:
        found = [section for org in (TEXTILE, CHAIN) for section in _sections(summary(ws, org, 2025))]
    assert {type(s).__name__ for s in found} >= {"EnergySection", "FacilityEnergy", "BagsSection", "WaterSection"}
    for section in found:
        for key, value in section.as_dict().items():
            assert plain(getattr(section, key)) == value, (type(section).__name__, key)
