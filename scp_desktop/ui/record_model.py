"""A record table over SQL: rows are fetched in blocks as the view needs them, never all at once.

A large table is counted apart: a count SQLite cannot finish within COUNT_AT_ONCE_S is left to a
worker on its own connection, while the page shows the rows known (a first block, or the count
before a save); rows are inserted or removed at the end when the count arrives."""

from __future__ import annotations

import datetime as dt
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from scp_desktop.domain.bags import BagTotals
from scp_desktop.domain.economics import simple_payback_years
from scp_desktop.domain.energy import EnergyLine, toe
from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError
from scp_desktop.domain.numbers import format_number, format_stored
from scp_desktop.domain.records import FieldType, RecordQuery
from scp_desktop.domain.reference import ReferenceData
from scp_desktop.presenters.record_form import TOE_DECIMALS
from scp_desktop.ui.labels import choice_labels, field_label, header_unit, tr

if TYPE_CHECKING:  # the model is given the workspace's repository; the UI never builds one
    from scp_desktop.store.records import RecordRepository

BLOCK = 256
MAX_BLOCKS = 64  # ~16k rows in memory at most
COUNT_AT_ONCE_S = 0.005  # a count that takes longer on the UI thread is left to a worker
KNOWN_COUNTS = 32  # exact counts remembered, by filter, while the data stays as it was
RawRole = Qt.ItemDataRole.UserRole + 1  # the stored value, for editing

COMPUTED = {
    "energy": QT_TRANSLATE_NOOP("RecordModel", "TOE"),
    "bags": QT_TRANSLATE_NOOP("RecordModel", "Bags per transaction"),
    "cp-options": QT_TRANSLATE_NOOP("RecordModel", "Payback (years)"),
}


CountApart = Callable[[RecordQuery, Callable[[int], None]], None]  # count off the UI thread, then call back


class RecordTableModel(QAbstractTableModel):
    counted = Signal(int)  # the exact number of rows is known (it may have changed)

    def __init__(
        self,
        records: RecordRepository,
        ref: ReferenceData,
        query: RecordQuery,
        language: str,
        count_apart: CountApart | None = None,
    ) -> None:
        super().__init__()
        self.records = records
        self.ref = ref
        self.query = query
        self.language = language
        self.columns = query.kind.columns
        self.count_apart = count_apart  # None: count on the spot (the command line, small uses)
        self._count = 0
        self._counted = False
        self._counting = 0  # the number of the count under way; a later query makes an earlier one moot
        self._blocks: OrderedDict[int, list[tuple[Any, ...]]] = OrderedDict()
        self._known: dict[RecordQuery, tuple[tuple[int, int], int]] = {}
        self._choices: dict[str, dict[str, str]] = {}
        self.set_query(query)

    # -- loading ----------------------------------------------------------------------------
    @property
    def counting(self) -> bool:
        """Whether the rows shown are provisional: the exact count is still on its way."""
        return not self._counted

    def set_query(self, query: RecordQuery) -> None:
        if query == self.query and (self._counted or self._counting):
            return  # the rows shown are these (a page shown again, the sort arrow set to the order it has)
        self.beginResetModel()
        same_rows = self._rows_key(query) == self._rows_key(self.query)
        self.query = query
        self.columns = query.kind.columns
        self._blocks.clear()
        if not same_rows:
            self._counted, self._count = False, 0
        if not same_rows or not (self._counted or self._counting):
            self._count_rows()  # a new sort order shows the same rows: they are not counted again
        self._refresh_choices()
        self.endResetModel()

    def _count_rows(self) -> None:
        """Count now if it is quick (or known, or there is no worker); else show what is known and count apart."""
        self._counting += 1
        rows, version = self._rows_key(self.query), self.records.version()
        known = self._known.get(rows)
        if known is not None and known[0] == version:
            exact: int | None = known[1]
        elif self.count_apart is None:
            exact = self.records.count(self.query)
        else:
            exact = self.records.count_within(self.query, COUNT_AT_ONCE_S)
        if exact is not None:
            self._count, self._counted, self._counting = exact, True, 0
            self._remember(rows, version, exact)
            return
        self._count = max(self._count, BLOCK)  # the rows before a save, or a first block
        number = self._counting
        assert self.count_apart is not None
        self.count_apart(self.query, lambda total: self._count_arrived(number, total, rows, version))

    @staticmethod
    def _rows_key(query: RecordQuery) -> RecordQuery:
        return replace(query, sort=None, descending=False)

    def _remember(self, rows: RecordQuery, version: tuple[int, int], count: int) -> None:
        """A filter the user comes back to (a search cleared) shows its count at once, if nothing changed."""
        self._known[rows] = (version, count)
        while len(self._known) > KNOWN_COUNTS:
            del self._known[next(iter(self._known))]

    def _count_arrived(self, number: int, total: int, rows: RecordQuery, version: tuple[int, int]) -> None:
        self._remember(rows, version, total)
        if number != self._counting:  # another query or a save came since: its own count follows
            return
        self._counting, self._counted = 0, True
        if total != self._count:
            shown = self._count
            self._blocks.clear()  # pages read backwards from a provisional end are not where they were
            if total > shown:
                self.beginInsertRows(QModelIndex(), shown, total - 1)
                self._count = total
                self.endInsertRows()
            else:
                self.beginRemoveRows(QModelIndex(), total, shown - 1)
                self._count = total
                self.endRemoveRows()
            if total:
                self.dataChanged.emit(self.index(0, 0), self.index(total - 1, self.columnCount() - 1))
        self.counted.emit(total)

    def use_workspace(self, records: RecordRepository, ref: ReferenceData) -> None:
        """Read from another workspace (another file was opened); counted again on the next query."""
        self.records, self.ref = records, ref
        self._counted, self._counting, self._count = False, 0, 0
        self._blocks.clear()
        self._known.clear()  # another file's counts (its versions may well be the same pairs)

    def reload(self, grown: int = 0) -> None:
        """The rows changed (a save, an import): read again, showing the count before it plus what the
        change is known to have `grown` (a record created: 1) until the new count arrives."""
        self._counted, self._counting, self._count = False, 0, max(self._count + grown, 0)
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
            rows = self.records.fetch(self.query, block * BLOCK, BLOCK, self._count, exact=self._counted)
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
