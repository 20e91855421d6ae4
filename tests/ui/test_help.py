"""The user guide's screenshots are made here, from the real app at 1024×600 in each language, and
written into resources/help/images: the guide always shows the app as it is. Commit them when they
change. Every image the guides name must be one made here."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from scp_desktop.resources import resource_path
from scp_desktop.ui.import_dialog import ImportDialog
from scp_desktop.ui.pages.assessments import CriterionRole
from tests.conftest import REPO
from tests.ui.conftest import CHAIN, TEXTILE, page

IMAGES = resource_path("help") / "images"
SIZE = (1024, 600)


def _overview(window) -> QWidget:
    window.ctx.set_organization(CHAIN)
    overview = page(window, "overview")
    overview.year.setCurrentIndex(overview.year.findData(2025))
    return window


def _energy(window) -> QWidget:
    window.ctx.set_organization(TEXTILE)
    energy = page(window, "energy")
    energy.table.selectRow(0)
    return window


def _import(window) -> QWidget:
    window.ctx.set_organization(TEXTILE)
    dialog = ImportDialog(window.ctx, window)
    dialog.kind.setCurrentIndex(dialog.kind.findData("energy"))
    dialog.path.setText(str(REPO / "tests" / "fixtures" / "spreadsheets" / "nang-luong-2023.xlsx"))
    dialog.read_columns()
    dialog.show()
    return dialog


def _assess(window) -> QWidget:
    window.ctx.set_organization(CHAIN)
    assessments = page(window, "assessments")
    assessments.scheme.setCurrentIndex(assessments.scheme.findData("green-distribution"))
    assessments.year.setCurrentIndex(assessments.year.findData(2025))
    assessments.start_new()
    group = assessments.model.item(0)
    assessments.select(group.child(0).data(CriterionRole))
    return window


def _send(window) -> QWidget:
    window.ctx.set_organization(CHAIN)
    page(window, "sync")
    return window


SHOTS: dict[str, Callable] = {
    "overview": _overview,
    "energy": _energy,
    "import": _import,
    "assess": _assess,
    "send": _send,
}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_guides_screenshots_are_made_from_the_app(window, qtbot, language) -> None:
    window.set_language(language)
    window.resize(*SIZE)
    IMAGES.mkdir(parents=True, exist_ok=True)
    for name, arrange in SHOTS.items():
        shown = arrange(window)
        QApplication.processEvents()
        # The test's temporary folders would make every run's picture differ: show a user's own paths.
        window.workspace_label.setText(
            QCoreApplication.translate("MainWindow", "Workspace: {path}").format(path="~/Documents/workspace.sqlite")
        )
        if isinstance(shown, ImportDialog):
            shown.path.setText("~/Documents/nang-luong-2023.xlsx")
        image = shown.grab().toImage()
        assert not image.isNull() and image.width() >= 500
        assert len({image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}) > 8
        image.save(str(IMAGES / f"{name}-{language}.png"))
        if shown is not window:
            shown.close()


def test_every_image_the_guides_show_is_made_here() -> None:
    for language in ("vi", "en"):
        guide = (resource_path("help") / f"guide_{language}.html").read_text("utf-8")
        named = set(re.findall(r'src="images/([a-z]+)-' + language + r'\.png"', guide))
        assert named == set(SHOTS), language
        for name in named:
            assert (IMAGES / f"{name}-{language}.png").is_file()
