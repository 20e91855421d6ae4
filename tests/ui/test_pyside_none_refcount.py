"""Regression: PySide6 6.12.0 on Python 3.11 drops a reference to None for every empty
QVariant handed to Python, until the process aborts with "deallocating None".
pyproject.toml pins a PySide6 that does not (6.11.3 on 3.11; any on 3.12+)."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel


def test_empty_qvariants_do_not_leak_none_references() -> None:
    model = QStandardItemModel(1, 1)
    model.setItem(0, 0, QStandardItem("x"))
    index = model.index(0, 0)
    model.data(index, Qt.ItemDataRole.DecorationRole)  # warm up any caches
    before = sys.getrefcount(None)
    for _ in range(1_000):
        assert model.data(index, Qt.ItemDataRole.DecorationRole) is None
    assert abs(sys.getrefcount(None) - before) < 100
