"""A manufacturer with one plant, in a real workspace file: what most store tests start from."""

import pytest

from scp_desktop.services.workspace import Workspace

TAX = "0300588569"


@pytest.fixture
def plant(ws: Workspace) -> Workspace:
    ws.add_organization(tax_code=TAX, name="Dệt Thử", kind="manufacturer", province="79")
    ws.add_facility(TAX, code="NM01", name="Nhà máy", kind="plant")
    return ws
