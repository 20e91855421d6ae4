"""The presenters are driven on a real workspace file holding the demo organizations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from scp_desktop.services.demo import fill_demo
from scp_desktop.services.workspace import Workspace


@pytest.fixture
def demo(tmp_path) -> Iterator[Workspace]:
    ws = Workspace.open(tmp_path / "ws.sqlite")
    fill_demo(ws, today=dt.date(2026, 11, 24))
    yield ws
    ws.close()
