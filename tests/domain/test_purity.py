"""The domain layer stays pure Python: no Qt, SQL or HTTP import anywhere below it."""

import ast
from pathlib import Path

import scp_desktop.domain

FORBIDDEN = {"PySide6", "shiboken6", "sqlite3", "sqlite_utils", "requests", "http", "urllib", "socket", "keyring"}


def test_domain_imports_no_qt_sql_or_http() -> None:
    root = Path(scp_desktop.domain.__file__).parent
    offenders = []
    for source in root.rglob("*.py"):
        for node in ast.walk(ast.parse(source.read_text("utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{source.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


def test_nothing_below_ui_imports_qt() -> None:
    package = Path(scp_desktop.domain.__file__).parent.parent
    leaks = [
        str(path.relative_to(package))
        for path in package.rglob("*.py")
        if "ui" not in path.relative_to(package).parts[:1]
        and any(
            line.lstrip().startswith(("import PySide6", "from PySide6"))
            for line in path.read_text("utf-8").splitlines()
        )
    ]
    assert leaks == []
