"""The Reports page: choose a report, a year, a scope and a language; the PDF is made in the background."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from scp_desktop.domain.assessment import bilingual
from scp_desktop.presenters.reports import ReportsPresenter
from scp_desktop.services.report_kinds import REPORT_KINDS
from scp_desktop.services.workspace import Workspace
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.files import ask_save_path, offer_to_open
from scp_desktop.ui.labels import tr
from scp_desktop.ui.operations import Progress, WorkspaceOp
from scp_desktop.ui.pages.base import Page, heading_label


def start_report(
    parent: QWidget,
    ctx: AppContext,
    target: Path,
    kind: str,
    period: str,
    language: str,
    facility: str | None,
    scheme: str | None,
    on_done: Callable[[Path | str | None], None],
    assessment_id: int | None = None,
) -> None:
    """Write the PDF off the UI thread, to a temporary name until it is whole.

    `on_done` receives the file, or the user-facing reason it could not be made.
    """
    tax_code = ctx.tax_code
    if tax_code is None:
        return

    def work(ws: Workspace, progress: Progress) -> Path:
        from scp_desktop.pdf.reports import build_report  # reportlab loads on first use

        partial = target.with_name(target.name + ".part")
        try:
            progress(0.2)
            build_report(ws, kind, tax_code, period, partial, language, facility, scheme, assessment_id)
            progress.check()  # a Cancel pressed meanwhile leaves no file
            partial.replace(target)
            return target
        finally:
            partial.unlink(missing_ok=True)

    title = QCoreApplication.translate("Reports", "Writing {file}…").format(file=target.name)
    WorkspaceOp(parent, ctx, work, title).success(on_done).failure(lambda error: on_done(tr(error.message))).run()


def ask_pdf_path(parent: QWidget, file_name: str) -> Path | None:
    return ask_save_path(
        parent,
        QCoreApplication.translate("Reports", "Save the report as"),
        file_name,
        QCoreApplication.translate("Reports", "PDF files (*.pdf)"),
    )


class ReportsPage(Page):
    page_id = "reports"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.heading = heading_label()
        self.kind, self.year, self.facility, self.language, self.scheme = (QComboBox() for _ in range(5))
        for combo, name in zip(
            (self.kind, self.year, self.facility, self.language, self.scheme),
            ("report_kind", "report_year", "report_facility", "report_language", "report_scheme"),
            strict=True,
        ):
            combo.setObjectName(name)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.create = QPushButton()
        self.create.setObjectName("create_report")
        self.create.clicked.connect(self.choose_file_and_create)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setOpenExternalLinks(False)
        self.result.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(5)]
        for label, field in zip(
            self.labels, (self.kind, self.scheme, self.year, self.facility, self.language), strict=True
        ):
            label.setBuddy(field)
            self.form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.create)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.heading)
        box.addLayout(self.form)
        box.addWidget(self.description)
        box.addLayout(buttons)
        box.addWidget(self.result)
        box.addStretch(1)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return QCoreApplication.translate("MainWindow", "Reports")

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        texts = (
            QCoreApplication.translate("Reports", "&Report:"),
            QCoreApplication.translate("Reports", "&Scheme:"),
            QCoreApplication.translate("Reports", "&Year:"),
            QCoreApplication.translate("Reports", "&Facility or store:"),
            QCoreApplication.translate("Reports", "&Language:"),
        )
        for label, text, field in zip(
            self.labels, texts, (self.kind, self.scheme, self.year, self.facility, self.language), strict=True
        ):
            label.setText(text)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.create.setText(QCoreApplication.translate("Reports", "&Create PDF…"))
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        self.kind.clear()
        for code, report in REPORT_KINDS.items():
            name = report.title
            self.kind.addItem(tr(name), code)
        self.kind.setCurrentIndex(max(self.kind.findData(current), 0))
        self.kind.blockSignals(False)
        self.language.clear()
        self.language.addItem("Tiếng Việt", "vi")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(max(self.language.findData(self.ctx.language), 0))
        self._fill_schemes()
        self._kind_changed()

    def _fill_schemes(self) -> None:
        from scp_desktop.services.assessments import criteria_sets

        current = self.scheme.currentData()
        self.scheme.clear()
        for scheme_id, criteria in criteria_sets(self.ctx.workspace).items():
            if scheme_id != "eco-innovation":
                self.scheme.addItem(bilingual(criteria.title, self.ctx.language), scheme_id)
        self.scheme.setCurrentIndex(max(self.scheme.findData(current), 0))

    def commands(self) -> dict[str, Callable[[], object]]:
        return {"print": self.choose_file_and_create}

    def _kind_changed(self) -> None:
        code = self.kind.currentData() or "energy"
        report = REPORT_KINDS[code]
        self.description.setText(tr(report.summary))
        self.scheme.setEnabled(report.needs_scheme)
        self.facility.setEnabled(report.per_facility)
        self._fill_facilities()

    def _fill_facilities(self) -> None:
        org, current = self.ctx.organization, self.facility.currentData()
        self.facility.clear()
        self.facility.addItem(QCoreApplication.translate("Reports", "Whole organization"), None)
        if org is None:
            return
        for facility in self.presenter().facilities(org, self.kind.currentData() or "energy"):
            self.facility.addItem(f"{facility.code} — {facility.name}", facility.code)
        self.facility.setCurrentIndex(max(self.facility.findData(current), 0))

    def presenter(self) -> ReportsPresenter:
        return ReportsPresenter(self.ctx.workspace)  # the workspace open now

    def refresh(self) -> None:
        org = self.ctx.organization
        self.create.setEnabled(org is not None)
        self.year.clear()
        self._fill_facilities()
        if org is None or org.id is None:
            return
        years, first = self.presenter().years(org, dt.date.today())
        for year in years:
            self.year.addItem(str(year), year)
        self.year.setCurrentIndex(max(self.year.findData(first), 0))

    def choose_file_and_create(self) -> None:
        if self.ctx.tax_code is None:
            return
        kind, year = self.kind.currentData(), self.year.currentData()
        path = ask_pdf_path(
            self, ReportsPresenter.file_name(kind, self.ctx.tax_code, year, self.language.currentData())
        )
        if path:
            self.create_pdf(path)

    def create_pdf(self, target: Path) -> None:
        self.result.setText(QCoreApplication.translate("Reports", "Writing {file}…").format(file=target.name))
        start_report(
            self,
            self.ctx,
            target,
            self.kind.currentData(),
            str(self.year.currentData()),
            self.language.currentData(),
            self.facility.currentData() if self.facility.isEnabled() else None,
            self.scheme.currentData() if self.scheme.isEnabled() else None,
            self._show_result,
        )

    def _show_result(self, outcome: Path | str | None) -> None:
        if isinstance(outcome, Path):
            url = QUrl.fromLocalFile(str(outcome)).toString()
            self.result.setText(
                QCoreApplication.translate("Reports", 'Saved: <a href="{url}">{file}</a>').format(url=url, file=outcome)
            )
            offer_to_open(self, outcome)
        elif outcome:
            self.result.setText(outcome)  # the reason, e.g. no records for that year
