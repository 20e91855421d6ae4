"""Hypothesis strategies for archives: any value put anywhere in a real archive's data (hashes recomputed, so
every check behind the manifest is reached) is imported cleanly or refused in one line, never crashes, and a
refused archive leaves the workspace exactly as it was."""

from __future__ import annotations

import itertools
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scp_desktop.domain.messages import DomainError
from scp_desktop.services.archive import export_archive, import_archive
from scp_desktop.services.workspace import Workspace
from tests.hostile.conftest import CHAIN, TODAY, make_chain_workspace, workspace_state
from tests.hostile.test_archives import DATA, rebuild

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False)
    | st.text(max_size=30)
    | st.sampled_from(["", "ST01", "2025-01", "0100234562", "finalized", "yes", "1e400", "../x", "\x1b[2J"]),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3),
    max_leaves=6,
)


def leaves(node: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a document a value can stand (lists of records sampled, not walked whole)."""
    found = [path] if path else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += leaves(value, (*path, key))
    elif isinstance(node, list):
        for index, value in itertools.islice(enumerate(node), 3):
            found += leaves(value, (*path, index))
    return found


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    folder = tmp_path_factory.mktemp("fuzz")
    archive = folder / "good.zip"
    with Workspace.open(make_chain_workspace(folder)) as ws:
        export_archive(ws, archive, [CHAIN])
    with zipfile.ZipFile(archive) as zin:
        document = json.loads(zin.read(DATA))
    return archive, document


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_any_value_anywhere_imports_cleanly_or_is_refused_in_one_line(source, tmp_path_factory, data) -> None:
    archive, document = source
    places = leaves(document)
    path = data.draw(st.sampled_from(places), label="where")
    value = data.draw(JSON_VALUES, label="value")
    folder = tmp_path_factory.mktemp("case")

    def change(doc: dict[str, Any]) -> None:
        node = doc
        for key in path[:-1]:
            node = node[key]
        node[path[-1]] = value

    probe = rebuild(archive, folder / "probe.zip", document=change)
    target = folder / "w.sqlite"
    with Workspace.open(target) as ws:
        before = workspace_state(target)
        try:
            import_archive(ws, probe, today=TODAY)
        except DomainError as refused:
            assert "\n" not in refused.render()
            assert workspace_state(target) == before
