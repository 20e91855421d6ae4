"""Organizations and their facilities or stores; the tax code is checked as it is typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from scp_desktop.domain.audit import Source
from scp_desktop.domain.collation import sorted_vietnamese
from scp_desktop.domain.messages import DomainError, Msg
from scp_desktop.domain.numbers import format_date
from scp_desktop.domain.organizations import FACILITY_KINDS, ORG_KINDS
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.labels import tr
from scp_desktop.ui.layout import scrollable
from scp_desktop.ui.organization_dialog import OrganizationDialog
from scp_desktop.ui.pages.base import Page, heading_label
from scp_desktop.ui.search_combo import make_searchable

ERROR_STYLE = "color: #b3261e;"


def _fill_kinds(combo: QComboBox, kinds: dict[str, Msg]) -> None:
    current = combo.currentData()
    combo.clear()
    for code, label in kinds.items():
        combo.addItem(tr(label), code)
    combo.setCurrentIndex(max(combo.findData(current), 0))


class OrganizationsPage(Page):
    page_id = "organizations"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.heading = heading_label()
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_org = QPushButton()
        self.new_org.setObjectName("new_organization")
        self.new_org.clicked.connect(self.create_organization)
        self.edit_org = QPushButton()
        self.edit_org.setObjectName("edit_organization")
        self.edit_org.clicked.connect(self.edit_organization)
        self.facilities = QStandardItemModel(0, 3, self)
        self.table = QTableView()
        self.table.setModel(self.facilities)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._facility_chosen())
        self.group = QGroupBox()
        self.code, self.name, self.kind = QLineEdit(), QLineEdit(), QComboBox()
        self.code.setObjectName("facility_code")
        self.province = QComboBox()
        self.province.setObjectName("facility_province")
        make_searchable(self.province)
        self.address, self.manager, self.certificate = QLineEdit(), QLineEdit(), QLineEdit()
        self.capacity, self.products, self.last_audit = QLineEdit(), QLineEdit(), QLineEdit()
        self.last_audit.setObjectName("facility_last_audit")
        self.ghg_listed = QCheckBox()
        self.norm = QComboBox()
        self.norm.setObjectName("facility_norm")
        self.profile_widgets = (
            self.code,
            self.name,
            self.kind,
            self.province,
            self.address,
            self.manager,
            self.certificate,
            self.capacity,
            self.products,
            self.last_audit,
            self.norm,
            self.ghg_listed,
        )
        self.facility_labels = [QLabel() for _ in self.profile_widgets]
        form = QFormLayout(self.group)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)  # a narrow pane: labels above fields
        for label, widget in zip(self.facility_labels, self.profile_widgets, strict=True):
            label.setBuddy(widget)
            form.addRow(label, widget)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_facility)
        self.save_button = QPushButton()
        self.save_button.setObjectName("save_facility")
        self.save_button.clicked.connect(self.save_facility)
        self.save_button.setEnabled(False)
        self.name.returnPressed.connect(self.add_facility)
        self.facility_error = QLabel()
        self.facility_error.setStyleSheet(ERROR_STYLE)
        self.facility_error.setWordWrap(True)
        form.addRow(self.facility_error)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.edit_org)
        top.addWidget(self.new_org)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(self.details)
        split = QSplitter()
        split.addWidget(self.table)
        editor = scrollable(self.group)
        editor.setMinimumWidth(330)
        split.addWidget(editor)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        box.addWidget(split, 1)
        self.retranslate()

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Organizations & facilities")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.new_org.setText(QCoreApplication.translate("Organizations", "New organization…"))
        self.edit_org.setText(QCoreApplication.translate("Organizations", "Edit or&ganization…"))
        self.edit_org.setToolTip(
            QCoreApplication.translate(
                "Organizations", "Name, kind, province, sector, address, contact and baseline years"
            )
        )
        self.group.setTitle(QCoreApplication.translate("Organizations", "Facility or store"))
        texts = (
            QCoreApplication.translate("Organizations", "&Code"),
            QCoreApplication.translate("Organizations", "N&ame"),
            QCoreApplication.translate("Organizations", "K&ind"),
            QCoreApplication.translate("Organizations", "Pro&vince"),
            QCoreApplication.translate("Organizations", "Address"),
            QCoreApplication.translate("Organizations", "Energy &manager"),
            QCoreApplication.translate("Organizations", "Manager's certificate"),
            QCoreApplication.translate("Organizations", "Design capacity"),
            QCoreApplication.translate("Organizations", "Main products"),
            QCoreApplication.translate("Organizations", "Last energy audit"),
            QCoreApplication.translate("Organizations", "MOIT energy norm"),
            QCoreApplication.translate("Organizations", "GHG list"),
        )
        for label, widget, text in zip(self.facility_labels, self.profile_widgets, texts, strict=True):
            label.setText(text)
            widget.setAccessibleName(text.replace("&", ""))
        self.code.setAccessibleName(QCoreApplication.translate("Organizations", "Facility code"))
        self.name.setAccessibleName(QCoreApplication.translate("Organizations", "Facility name"))
        self.kind.setAccessibleName(QCoreApplication.translate("Organizations", "Facility kind"))
        self.ghg_listed.setText(QCoreApplication.translate("Organizations", "On the published list"))
        self.ghg_listed.setMinimumWidth(self.ghg_listed.sizeHint().width())
        self.ghg_listed.setToolTip(
            QCoreApplication.translate(
                "Organizations", "On the Prime Minister's published list of GHG inventory facilities"
            )
        )
        self.last_audit.setPlaceholderText("31/12/2024" if self.ctx.language == "vi" else "2024-12-31")
        for widget, tip in (
            (self.code, QCoreApplication.translate("Organizations", "1–20 letters, digits, - or _, e.g. NM01 or ST02")),
            (self.name, QCoreApplication.translate("Organizations", "e.g. Nhà máy dệt nhuộm Tân Tạo")),
            (self.kind, QCoreApplication.translate("Organizations", "A plant, store, market, building or warehouse")),
            (
                self.province,
                QCoreApplication.translate(
                    "Organizations", "Only when the facility is not in the organization's province; type to find"
                ),
            ),
            (self.manager, QCoreApplication.translate("Organizations", "Name of the facility's energy manager")),
            (
                self.certificate,
                QCoreApplication.translate("Organizations", "Number and date of the certificate"),
            ),
            (
                self.capacity,
                QCoreApplication.translate("Organizations", "As the facility states it, e.g. 12.000 tấn vải/năm"),
            ),
            (self.products, QCoreApplication.translate("Organizations", "e.g. vải dệt kim, sợi")),
            (
                self.last_audit,
                QCoreApplication.translate("Organizations", "Date of the last energy audit, e.g. {date}").format(
                    date="31/12/2024" if self.ctx.language == "vi" else "2024-12-31"
                ),
            ),
            (
                self.norm,
                QCoreApplication.translate("Organizations", "The MOIT energy norm its output is measured against"),
            ),
        ):
            widget.setToolTip(tip)
        self.capacity.setPlaceholderText(QCoreApplication.translate("Organizations", "e.g. 12.000 tấn vải/năm"))
        self.certificate.setPlaceholderText(QCoreApplication.translate("Organizations", "number and date"))
        self.add_button.setText(QCoreApplication.translate("Organizations", "Add facility"))
        self.save_button.setText(QCoreApplication.translate("Organizations", "Save changes"))
        _fill_kinds(self.kind, FACILITY_KINDS)
        self._fill_profile_lists()
        self.refresh()

    def _fill_profile_lists(self) -> None:
        ref, language = self.ctx.workspace.ref, self.ctx.language
        self.province.clear()
        self.province.addItem(QCoreApplication.translate("Organizations", "— the organization's province —"), "")
        current = [p for p in ref.provinces.values() if p.current]
        for province in sorted_vietnamese(current, key=lambda p: p.name):
            self.province.addItem(province.official_name, province.code)
        self.norm.clear()
        self.norm.addItem(QCoreApplication.translate("Organizations", "— none —"), "")
        for code, norm in ref.energy_norms.items():
            self.norm.addItem(f"{norm.sector.label(language)}: {norm.product.label(language)} ({norm.unit})", code)

    def refresh(self) -> None:
        org = self.ctx.organization
        self.facilities.clear()
        self.facilities.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Organizations", "Code"),
                QCoreApplication.translate("Organizations", "Kind"),
                QCoreApplication.translate("Organizations", "Name"),
                QCoreApplication.translate("Organizations", "Energy manager"),
            ]
        )
        self.save_button.setEnabled(False)
        self.group.setEnabled(org is not None)
        self.edit_org.setEnabled(org is not None)
        if org is None:
            self.details.setText(
                QCoreApplication.translate(
                    "Organizations", "No organization yet. Create the first one with “New organization…”."
                )
            )
            return
        province = self.ctx.workspace.ref.provinces.get(org.province_code)
        self.details.setText(
            QCoreApplication.translate(
                "Organizations", "{name} · tax code {tax} · {kind} · {province} · sector {sector}"
            ).format(
                name=org.name,
                tax=org.tax_code,
                kind=tr(ORG_KINDS[org.kind]),
                province=province.official_name if province else org.province_code,
                sector=org.sector or "—",
            )
        )
        for facility in self.ctx.workspace.organizations.facilities(org.id or 0):
            self.facilities.appendRow(
                [
                    QStandardItem(facility.code),
                    QStandardItem(tr(FACILITY_KINDS[facility.kind])),
                    QStandardItem(facility.name),
                    QStandardItem(facility.energy_manager or "—"),
                ]
            )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def commands(self) -> dict[str, Callable[[], object]]:
        return {"new": self.new_facility, "save": self.save_or_add_facility}

    def new_facility(self) -> None:
        """An empty facility form, its code editable, the cursor in it."""
        self.table.clearSelection()
        for widget in (self.code, self.name, self.address, self.manager, self.certificate, self.capacity):
            widget.clear()
        self.products.clear()
        self.last_audit.clear()
        self.code.setReadOnly(False)
        self.save_button.setEnabled(False)
        self.facility_error.setText("")
        self.code.setFocus()

    def save_or_add_facility(self) -> None:
        if self.save_button.isEnabled():
            self.save_facility()
        else:
            self.add_facility()

    def create_organization(self) -> None:
        dialog = OrganizationDialog(self.ctx, self)
        if dialog.exec() and dialog.tax_code:
            self.ctx.data_changed.emit("organizations")
            self.ctx.set_organization(dialog.tax_code)

    def edit_organization(self) -> None:
        if self.ctx.tax_code is None:
            return
        dialog = OrganizationDialog(self.ctx, self, self.ctx.tax_code)
        if dialog.exec():
            self.ctx.data_changed.emit("organizations")  # its name in the switcher, its kind's pages

    def _facility_chosen(self) -> None:
        """Load the chosen facility's name, kind and profile into the form, to edit them."""
        rows = self.table.selectionModel().selectedRows()
        org = self.ctx.organization
        if not rows or org is None:
            self.save_button.setEnabled(False)
            return
        code = self.facilities.item(rows[0].row(), 0).text()
        facility = next(f for f in self.ctx.workspace.organizations.facilities(org.id or 0) if f.code == code)
        self.code.setText(facility.code)
        self.code.setReadOnly(True)
        self.name.setText(facility.name)
        self.kind.setCurrentIndex(max(self.kind.findData(facility.kind), 0))
        self.province.setCurrentIndex(max(self.province.findData(facility.province_code), 0))
        for widget, value in (
            (self.address, facility.address),
            (self.manager, facility.energy_manager),
            (self.certificate, facility.energy_manager_certificate),
            (self.capacity, facility.capacity),
            (self.products, facility.main_products),
        ):
            widget.setText(value)
        audit = facility.last_energy_audit
        self.last_audit.setText(format_date(dt.date.fromisoformat(audit), self.ctx.language) if audit else "")
        self.ghg_listed.setChecked(facility.ghg_listed)
        self.norm.setCurrentIndex(max(self.norm.findData(facility.sec_norm), 0))
        self.save_button.setEnabled(True)
        self.facility_error.setText("")

    def save_facility(self) -> None:
        """Save the chosen facility's changes; a mistake is shown at the form, nothing is half-saved."""
        if self.ctx.tax_code is None:
            return
        try:
            self.ctx.workspace.update_facility(
                self.ctx.tax_code,
                self.code.text(),
                source=Source.GUI,
                name=self.name.text(),
                kind=self.kind.currentData(),
                province=self.province.currentData() or "",
                address=self.address.text(),
                energy_manager=self.manager.text(),
                energy_manager_certificate=self.certificate.text(),
                capacity=self.capacity.text(),
                main_products=self.products.text(),
                last_energy_audit=self.last_audit.text(),
                ghg_listed=self.ghg_listed.isChecked(),
                sec_norm=self.norm.currentData() or "",
            )
        except DomainError as error:
            self.facility_error.setText(error.render(QCoreApplication.translate))
            return
        self.facility_error.setText(QCoreApplication.translate("Organizations", "Saved."))
        self.ctx.data_changed.emit("")

    def add_facility(self) -> None:
        if self.ctx.tax_code is None:
            return
        try:
            self.ctx.workspace.add_facility(
                self.ctx.tax_code,
                source=Source.GUI,
                code=self.code.text(),
                name=self.name.text(),
                kind=self.kind.currentData(),
            )
        except DomainError as error:
            self.facility_error.setText(error.render(QCoreApplication.translate))
            return
        self.facility_error.setText("")
        self.code.clear()
        self.code.setReadOnly(False)
        self.name.clear()
        self.code.setFocus()
        self.ctx.data_changed.emit("")
