"""Every page fits the two screens our users have (1024×600 netbooks, 1366×768 office laptops), in
both languages, for each kind of organization. Screenshots go to $SCP_SCREENSHOTS when it is set."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from scp_desktop.ui.pages import PAGES
from tests.ui.fit_check import fit_problems, nav_problems

SCREENS = [(1024, 600), (1366, 768)]


def _shots_folder(tmp_path: Path) -> Path:
    folder = Path(os.environ.get("SCP_SCREENSHOTS", tmp_path / "shots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.mark.parametrize("language", ["vi", "en"])
@pytest.mark.parametrize(("width", "height"), SCREENS)
def test_every_page_fits_the_screen(window, qtbot, tmp_path, language, width, height) -> None:
    window.set_language(language)
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().toTuple() == (width, height))
    shots = _shots_folder(tmp_path)
    problems = []
    for org in window.ctx.workspace.organizations.all():
        window.ctx.set_organization(org.tax_code)
        for row, entry in enumerate(PAGES):
            if window.nav.isRowHidden(row):
                continue
            window.show_page(entry.page_id)
            qtbot.waitUntil(lambda e=entry: window.stack.currentWidget() is window.page(e.page_id))
            QApplication.processEvents()  # the layouts its refresh asked for
            assert window.size().toTuple() == (width, height), f"{entry.page_id} made the window grow"
            window.grab().save(str(shots / f"{width}x{height}-{language}-{org.tax_code}-{entry.page_id}.png"))
            problems += [f"{org.kind} {entry.page_id}: {p}" for p in fit_problems(window)]
    problems += nav_problems(window.nav)
    assert not problems, "\n".join(problems)
