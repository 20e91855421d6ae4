"""Long lists (provinces, sectors, organizations) found by typing any word's start, without
diacritics: "ha" offers Thành phố Hà Nội and Tỉnh Hà Tĩnh, "minh" offers Hồ Chí Minh."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from scp_desktop.domain.collation import matches


class NameFilter(QSortFilterProxyModel):
    """The combo's items whose words start with what was typed."""

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.typed = ""
        self.setSourceModel(combo.model())

    def set_typed(self, text: str) -> None:
        self.beginFilterChange()
        self.typed = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        text = self.sourceModel().index(row, 0, parent).data() or ""
        return matches(self.typed, text)


def make_searchable(combo: QComboBox, free_text: bool = False) -> None:
    """Let the user type to find an item. Picking one from the list chooses it; leaving the field with
    text that names no item puts the chosen item back, unless `free_text` (a code typed in full, such
    as a five-digit VSIC code, is a value of its own)."""
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    names = NameFilter(combo)
    completer = QCompleter(names, combo)
    completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    line = combo.lineEdit()

    def typed(text: str) -> None:
        names.set_typed(text)
        if text:
            completer.complete()

    def picked(index: QModelIndex) -> None:
        row = names.mapToSource(index).row()
        if row >= 0:
            combo.setCurrentIndex(row)
            line.setText(combo.itemText(row))

    def left() -> None:
        text = line.text()
        exact = combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if exact >= 0:
            combo.setCurrentIndex(exact)
        elif not free_text:
            line.setText(combo.itemText(combo.currentIndex()))

    line.textEdited.connect(typed)
    completer.activated[QModelIndex].connect(picked)
    line.editingFinished.connect(left)


def typed_or_chosen(combo: QComboBox) -> str:
    """A free-text combo's value: the chosen item's data when its text is shown, else what was typed."""
    text = combo.currentText()
    index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    if index >= 0 and combo.itemData(index) is not None:
        return str(combo.itemData(index))
    return text.split(" — ")[0].strip()  # "C13 — Sản xuất dệt" with its name edited: the code
