"""A record table over SQL: rows are fetched in blocks as the view needs them, never all at once."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from scp_desktop.domain.bags import BagTotals
from scp_desktop.domain.economics import simple_payback_years
from scp_desktop.domain.energy import EnergyLine, toe
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from scp_desktop.domain.numbers import format_number, format_stored
from scp_desktop.domain.records import FieldType, RecordQuery
from scp_desktop.domain.reference import ReferenceData
from scp_desktop.ui.labels import choice_labels, field_label, header_unit, tr

if TYPE_CHECKING:  # the model is given the workspace's repository; the UI never builds one
    from scp_desktop.store.records import RecordRepository

BLOCK = 256
TOE_DECIMALS = 3  # the table's TOE column shows as many digits as the form's "= … TOE"
MAX_BLOCKS = 64  # ~16k rows in memory at most
RawRole = Qt.ItemDataRole.UserRole + 1  # the stored value, for editing

COMPUTED = {
    "energy": QT_TRANSLATE_NOOP("RecordModel", "TOE"),
    "bags": QT_TRANSLATE_NOOP("RecordModel", "Bags per transaction"),
    "cp-options": QT_TRANSLATE_NOOP("RecordModel", "Payback (years)"),
}


class RecordTableModel(QAbstractTableModel):
    def __init__(self, records: RecordRepository, ref: ReferenceData, query: RecordQuery, language: str) -> None:
        super().__init__()
        self.records = records
        self.ref = ref
        self.query = query
        self.language = language
        self.columns = query.kind.columns
        self._count = 0
        self._counted = False
        self._blocks: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._choices: dict[str, dict[str, str]] = {}
        self.set_query(query)

    # -- loading ----------------------------------------------------------------------------
    def set_query(self, query: RecordQuery) -> None:
        self.beginResetModel()
        same_rows = replace(query, sort=None, descending=False) == replace(self.query, sort=None, descending=False)
        self.query = query
        self.columns = query.kind.columns
        if not (same_rows and self._counted):  # a new sort order shows the same rows: no need to count again
            self._count = self.records.count(query)
            self._counted = True
        self._blocks.clear()
        self._refresh_choices()
        self.endResetModel()

    def use_workspace(self, records: RecordRepository, ref: ReferenceData) -> None:
        """Read from another workspace (another file was opened); counted again on the next query."""
        self.records, self.ref = records, ref
        self._counted = False
        self._blocks.clear()

    def reload(self) -> None:
        self._counted = False
        self.set_query(self.query)

    def set_language(self, language: str) -> None:
        self.language = language
        self._refresh_choices()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, self.columnCount() - 1))

    def _refresh_choices(self) -> None:
        kind = self.query.kind
        self._choices = {
            spec.name: choice_labels(spec, self.ref, self.language) for spec in kind.fields if spec.choices
        }

    def choice_texts(self) -> dict[int, list[str]]:
        """The labels a choice column can show, by column: their longest sets its width."""
        return {
            column: list(self._choices[name].values())
            for column, name in enumerate(self.columns)
            if name in self._choices
        }

    def row_values(self, row: int) -> tuple[Any, ...]:
        block, offset = divmod(row, BLOCK)
        rows = self._blocks.get(block)
        if rows is None:
            rows = self.records.fetch(self.query, block * BLOCK, BLOCK, self._count)
            self._blocks[block] = rows
            while len(self._blocks) > MAX_BLOCKS:
                self._blocks.popitem(last=False)
        else:
            self._blocks.move_to_end(block)
        return rows[offset] if offset < len(rows) else ()

    def row_as_text(self, row: int) -> dict[str, str]:
        """A row as the canonical text the editor and validators read."""
        values = self.row_values(row)
        return {c: "" if v is None else str(v) for c, v in zip(self.columns, values, strict=False)}

    # -- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + (self.query.kind.code in COMPUTED)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section >= len(self.columns):
            return tr(COMPUTED[self.query.kind.code])
        name = self.columns[section]
        unit = header_unit(name)
        return f"{field_label(name)} ({unit})" if unit else field_label(name)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.TextAlignmentRole,
            RawRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        values = self.row_values(index.row())
        if not values:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            numeric = column >= len(self.columns) or self._is_number(column)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter) if numeric else None
        if column >= len(self.columns):
            return self._computed(dict(zip(self.columns, values, strict=False)))
        value = values[column]
        if role == RawRole:
            return value
        return self._display(self.columns[column], value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= len(self.columns):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        self.set_query(replace(self.query, sort=self.columns[column], descending=descending))

    # -- formatting -------------------------------------------------------------------------
    def _is_number(self, column: int) -> bool:
        spec = self.query.kind.field(self.columns[column])
        return spec.type in (FieldType.DECIMAL, FieldType.WHOLE)

    def _display(self, name: str, value: Any) -> str:
        if value is None:
            return ""
        spec = self.query.kind.field(name)
        if spec.type is FieldType.DECIMAL:
            return format_stored(value, self.language)  # as entered: 45.230,5 stays 45.230,5
        if spec.type is FieldType.WHOLE:
            return format_number(value, self.language, 0)
        if spec.type is FieldType.DATE and self.language == "vi":
            return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
        if name in self._choices:
            return self._choices[name].get(value, value)
        return str(value)

    def _computed(self, row: dict[str, Any]) -> str:
        code = self.query.kind.code
        value: float | None
        try:
            if code == "energy":
                value = toe(EnergyLine(row["fuel"], row["quantity"], row["unit"], row["ncv_gj_per_t"]), self.ref)
            elif code == "bags":
                value = BagTotals(1, row["transactions"], row["nonbio_count"]).nonbio_per_transaction
            else:
                value = simple_payback_years(row["investment_vnd"], row["annual_savings_vnd"])
        except DomainError:
            return ""
        return format_number(value, self.language, TOE_DECIMALS if code == "energy" else 2)
