"""The organization's form (first run, new organization, edit) and its dialog with the baseline years.

Each field has its own message line: a refusal is shown under the field it concerns.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.taxcode import normalize_tax_code
from scp_desktop.presenters.organization import OrganizationEditor
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.labels import tr
from scp_desktop.ui.layout import fit_to_screen, scrollable
from scp_desktop.ui.search_combo import make_searchable, typed_or_chosen

ERROR_STYLE = "color: #b3261e;"
VALID_STYLE = "color: #1b7f5c;"


def _labels() -> dict[str, str]:
    return {
        "tax_code": QCoreApplication.translate("Organizations", "&Tax code"),
        "name": QCoreApplication.translate("Organizations", "&Name"),
        "kind": QCoreApplication.translate("Organizations", "&Kind"),
        "province": QCoreApplication.translate("Organizations", "&Province or city"),
        "sector": QCoreApplication.translate("Organizations", "&Sector (VSIC)"),
        "address": QCoreApplication.translate("Organizations", "&Address"),
        "contact_name": QCoreApplication.translate("Organizations", "&Contact person"),
        "contact_phone": QCoreApplication.translate("Organizations", "P&hone"),
        "contact_email": QCoreApplication.translate("Organizations", "&E-mail"),
    }


class OrganizationForm(QWidget):
    """An organization's fields, with the tax code checked on every keystroke."""

    def __init__(self, ctx: AppContext, editor: OrganizationEditor | None = None) -> None:
        super().__init__()
        self.ctx = ctx
        self.editor = editor or OrganizationEditor(ctx.workspace)
        self.tax_code, self.name = QLineEdit(), QLineEdit()
        self.tax_code.setObjectName("tax_code")
        self.name.setObjectName("org_name")
        self.kind, self.province, self.sector = QComboBox(), QComboBox(), QComboBox()
        self.kind.setObjectName("org_kind")
        self.province.setObjectName("org_province")
        self.sector.setObjectName("org_sector")
        self.address, self.contact_name = QLineEdit(), QLineEdit()
        self.contact_phone, self.contact_email = QLineEdit(), QLineEdit()
        self.contact_email.setObjectName("org_email")
        make_searchable(self.province)
        make_searchable(self.sector, free_text=True)
        self.fields: dict[str, QWidget] = {
            "tax_code": self.tax_code,
            "name": self.name,
            "kind": self.kind,
            "province": self.province,
            "sector": self.sector,
            "address": self.address,
            "contact_name": self.contact_name,
            "contact_phone": self.contact_phone,
            "contact_email": self.contact_email,
        }
        self.labels = {name: QLabel() for name in self.fields}
        self.messages = {name: self._message_label() for name in self.fields}
        self.tax_message = self.messages["tax_code"]
        self.error = self._message_label()  # what belongs to no one field
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for name, widget in self.fields.items():
            self.labels[name].setBuddy(widget)
            holder = QWidget()
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(self.messages[name])
            form.addRow(self.labels[name], holder)
        form.addRow(self.error)
        self.tax_code.textChanged.connect(self.check_tax_code)
        self.tax_code.setReadOnly(not self.editor.is_new)  # the tax code is the organization itself
        self.retranslate()
        self.show_values(self.editor.values())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @staticmethod
    def _message_label() -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setStyleSheet(ERROR_STYLE)
        label.hide()
        return label

    def retranslate(self) -> None:
        values = self.values()
        for name, text in _labels().items():
            self.labels[name].setText(text)
            self.fields[name].setAccessibleName(text.replace("&", ""))
        self.tax_code.setPlaceholderText("0300588569")
        self.tax_code.setToolTip(
            QCoreApplication.translate("Organizations", "10 digits, or 13 for a branch (0300588569-001)")
        )
        self.sector.lineEdit().setPlaceholderText(
            QCoreApplication.translate("Organizations", "type a name or a code, e.g. 13 (textiles) or G47 (retail)")
        )
        self.province.lineEdit().setPlaceholderText(
            QCoreApplication.translate("Organizations", "type a few letters, e.g. ha noi")
        )
        self.contact_email.setPlaceholderText("ten@congty.vn")
        for name, tip in (
            ("name", QCoreApplication.translate("Organizations", "As on the business registration certificate")),
            ("kind", QCoreApplication.translate("Organizations", "Decides which pages, duties and targets apply")),
            ("province", QCoreApplication.translate("Organizations", "Where it is registered; type to find")),
            (
                "sector",
                QCoreApplication.translate(
                    "Organizations", "VSIC 2018: a section letter, a division (13) or a full code (C1311)"
                ),
            ),
            ("address", QCoreApplication.translate("Organizations", "e.g. 125 Trần Duy Hưng, Cầu Giấy, Hà Nội")),
            ("contact_phone", QCoreApplication.translate("Organizations", "e.g. 024 3825 1234")),
            ("contact_email", QCoreApplication.translate("Organizations", "e.g. ten@congty.vn")),
        ):
            self.fields[name].setToolTip(tip)
        self._fill_lists()
        self.show_values(values)

    def _fill_lists(self) -> None:
        language = self.ctx.language
        self.kind.clear()
        for code, label in self.editor.kinds().items():
            self.kind.addItem(tr(label), code)
        self.province.clear()
        for choice in self.editor.provinces():
            self.province.addItem(choice.text, choice.value)
        self.sector.clear()
        self.sector.addItem("", "")
        for choice in self.editor.sectors(language):
            self.sector.addItem(choice.text, choice.value)

    def show_values(self, values: dict[str, str]) -> None:
        for name in ("tax_code", "name", "address", "contact_name", "contact_phone", "contact_email"):
            widget = self.fields[name]
            assert isinstance(widget, QLineEdit)
            widget.setText(values.get(name, ""))
        self.kind.setCurrentIndex(max(self.kind.findData(values.get("kind") or "manufacturer"), 0))
        self.province.setCurrentIndex(max(self.province.findData(values.get("province", "")), 0))
        sector = values.get("sector", "")
        index = self.sector.findData(sector)
        if index >= 0:
            self.sector.setCurrentIndex(index)
        else:  # a finer code than the list holds (C1311): shown as typed
            self.sector.setCurrentIndex(0)
            self.sector.setEditText(sector)

    def values(self) -> dict[str, str]:
        if not hasattr(self, "kind") or self.kind.count() == 0:
            return self.editor.values()
        return {
            "tax_code": self.tax_code.text(),
            "name": self.name.text(),
            "kind": self.kind.currentData() or "",
            "province": self.province.currentData() or "",
            "sector": typed_or_chosen(self.sector),
            "address": self.address.text(),
            "contact_name": self.contact_name.text(),
            "contact_phone": self.contact_phone.text(),
            "contact_email": self.contact_email.text(),
        }

    def check_tax_code(self) -> bool:
        text = self.tax_code.text()
        if not text.strip() or not self.editor.is_new:
            self.tax_message.hide()
            return not self.editor.is_new
        try:
            normalized = normalize_tax_code(text)
        except DomainError as error:
            self._say("tax_code", error.render(QCoreApplication.translate), ERROR_STYLE)
            self.tax_code.setAccessibleDescription(self.tax_message.text())
            return False
        valid = QCoreApplication.translate("Organizations", "Valid tax code {code}").format(code=normalized)
        self._say("tax_code", valid, VALID_STYLE)
        return True

    def _say(self, field: str, text: str, style: str = ERROR_STYLE) -> None:
        label = self.messages.get(field, self.error)
        label.setText(text)
        label.setStyleSheet(style)
        label.setVisible(bool(text))

    def clear_messages(self) -> None:
        for name, label in self.messages.items():
            if name != "tax_code":
                label.hide()
        self.error.hide()

    def show_error(self, error: DomainError) -> None:
        """The refusal under its field, and the focus there."""
        field = error.field if error.field in self.fields else None
        self._say(field or "", error.render(QCoreApplication.translate))
        if field:
            self.fields[field].setFocus()

    def save(self, baselines: dict[str, int | None] | None = None) -> str | None:
        """Register or update; returns the tax code, or shows the problem at its field."""
        self.clear_messages()
        try:
            org, _notes = self.editor.save(self.values(), baselines or {})
        except DomainError as error:
            self.show_error(error)
            return None
        return org.tax_code

    def create(self) -> str | None:
        return self.save()


class BaselineForm(QWidget):
    """The year each indicator is measured against; the default unless the user picks one."""

    def __init__(self, editor: OrganizationEditor) -> None:
        super().__init__()
        self.editor = editor
        self.rows = editor.baselines()
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.combos: dict[str, QComboBox] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.addRow(self.note)
        for row in self.rows:
            combo = QComboBox()
            combo.setObjectName(f"baseline_{row.indicator}")
            self.combos[row.indicator] = combo
            self.labels[row.indicator] = label = QLabel()
            label.setBuddy(combo)
            form.addRow(label, combo)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet(ERROR_STYLE)
        form.addRow(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        chosen = self.chosen() if self.combos and self.combos[self.rows[0].indicator].count() else None
        self.note.setText(
            QCoreApplication.translate(
                "OrganizationDialog",
                "Reductions are measured against these years. A target's own baseline (2010 for bags, "
                "Decision 582/QĐ-TTg) applies unless you choose another.",
            )
        )
        for row in self.rows:
            combo = self.combos[row.indicator]
            self.labels[row.indicator].setText(tr(row.title))
            combo.setAccessibleName(tr(row.title))
            combo.clear()
            combo.addItem(tr(row.default), None)
            for year in row.years:
                combo.addItem(str(year), year)
            wanted = chosen[row.indicator] if chosen else row.chosen
            combo.setCurrentIndex(max(combo.findData(wanted), 0) if wanted is not None else 0)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def chosen(self) -> dict[str, int | None]:
        return {indicator: combo.currentData() for indicator, combo in self.combos.items()}


class OrganizationDialog(QDialog):
    """A new organization, or everything about an existing one (its facilities are on the page itself)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, tax_code: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organization_dialog")
        self.editor = OrganizationEditor(ctx.workspace, tax_code)
        self.form = OrganizationForm(ctx, self.editor)
        self.baselines = BaselineForm(self.editor) if tax_code else None
        self.tabs = QTabWidget()
        self.tabs.addTab(scrollable(self.form), "")
        if self.baselines is not None:
            self.tabs.addTab(scrollable(self.baselines), "")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)
        box.addWidget(buttons)
        self.tax_code: str | None = None
        self.retranslate()
        fit_to_screen(self, QSize(620, 600))

    def retranslate(self) -> None:
        self.setWindowTitle(
            QCoreApplication.translate("Organizations", "New organization")
            if self.editor.is_new
            else QCoreApplication.translate("Organizations", "Edit organization")
        )
        self.tabs.setTabText(0, QCoreApplication.translate("OrganizationDialog", "Organization"))
        if self.baselines is not None:
            self.tabs.setTabText(1, QCoreApplication.translate("OrganizationDialog", "Baseline years"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _accept(self) -> None:
        self.tax_code = self.form.save(self.baselines.chosen() if self.baselines else None)
        if self.tax_code:
            self.accept()
        else:
            self.tabs.setCurrentIndex(0)
