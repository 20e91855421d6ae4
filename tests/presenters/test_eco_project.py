"""The eco-innovation page's logic without Qt: edits with their before and after, and no Qt import."""

import ast
import datetime as dt
from pathlib import Path

import pytest

import scp_desktop.presenters.eco_project as presenter_module
from scp_desktop.domain.messages import DomainError
from scp_desktop.presenters.eco_project import EcoPresenter
from scp_desktop.services.demo import fill_demo


def test_the_presenter_imports_no_qt() -> None:
    tree = ast.parse(Path(presenter_module.__file__).read_text("utf-8"))
    modules = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    modules += [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
    assert not [m for m in modules if m.split(".")[0] in ("PySide6", "shiboken6")]


def test_edits_save_and_carry_what_undo_needs(ws) -> None:
    fill_demo(ws, today=dt.date(2026, 11, 24))
    presenter = EcoPresenter(lambda: ws, lambda: "vi")
    project_id = presenter.create("0300588569", "Dệt xanh", 2025, "Hương", "Lan")
    assert presenter.set_text("strategy", "vision", "  Dệt không nước thải ") is not None
    assert presenter.set_text("strategy", "vision", "Dệt không nước thải") is None  # nothing changed
    edit = presenter.add_row("ideas")
    assert edit is not None and edit.before.ideas == () and edit.after.ideas[0].code == "I1"
    presenter.set_cell("ideas", 0, "impact", "4")
    presenter.set_cell("ideas", 0, "ease", "2")
    with pytest.raises(DomainError):
        presenter.set_cell("ideas", 0, "ease", "0")
    assert presenter.cell_text("ideas", 0, "impact", str) == "4" and presenter.ranks() == {"I1": 1}
    register = presenter.register
    assert [o.key for o in register] == ["NM01/CP01", "NM01/CP02", "NM01/CP03"]
    presenter.link_cp_option(0, "NM01/CP02", True)
    case = presenter.business_case(0)
    assert case is not None and case.investment_vnd == 1_200_000_000
    undo = presenter.link_cp_option(0, "NM01/CP02", False)
    assert undo is not None and undo.before.ideas[0].cp_options == ("NM01/CP02",)
    presenter.write("roadmap", undo.before)  # what undo does
    presenter.open(project_id)  # read back from the file
    assert presenter.project.roadmap.ideas[0].cp_options == ("NM01/CP02",)
    assert presenter.project.strategy.vision == "Dệt không nước thải"
    header = presenter.set_header(baseline_year=2024)
    assert header is not None and header.before == {"baseline_year": 2025}
    assert presenter.project.baseline_year == 2024
