"""The first run: choose the language, then create the first organization or open the demo."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from scp_desktop.services.demo import fill_demo
from scp_desktop.ui.context import AppContext
from scp_desktop.ui.organization_dialog import OrganizationForm
from scp_desktop.ui.translation import LANGUAGES, Translations


class FirstRunDialog(QDialog):
    def __init__(self, ctx: AppContext, translations: Translations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.translations = ctx, translations
        self.setObjectName("first_run")
        self.welcome, self.language_label = QLabel(), QLabel()
        self.welcome.setWordWrap(True)
        self.welcome.setStyleSheet("font-size: 13pt;")
        self.languages = QButtonGroup(self)
        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        for code, name in LANGUAGES.items():
            button = QRadioButton(name)
            button.setObjectName(f"language_{code}")
            button.setChecked(code == ctx.language)
            button.toggled.connect(lambda on, c=code: on and self._choose_language(c))
            self.languages.addButton(button)
            language_row.addWidget(button)
        language_row.addStretch(1)
        self.demo_button = QPushButton()
        self.demo_button.setObjectName("open_demo")
        self.demo_button.clicked.connect(self.open_demo)
        self.or_label = QLabel()
        self.form = OrganizationForm(ctx)
        self.create_button = QPushButton()
        self.create_button.setObjectName("create_organization")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create)
        box = QVBoxLayout(self)
        box.addWidget(self.welcome)
        box.addLayout(language_row)
        box.addWidget(self.demo_button)
        box.addWidget(self.or_label)
        box.addWidget(self.form)
        box.addWidget(self.create_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("FirstRun", "Welcome to SCP Desktop"))
        self.welcome.setText(
            QCoreApplication.translate(
                "FirstRun",
                "SCP Desktop keeps your sustainable-production records on this computer, works "
                "offline, and prepares your reports to the Ministry of Industry and Trade.",
            )
        )
        self.language_label.setText(QCoreApplication.translate("FirstRun", "Language:"))
        self.demo_button.setText(
            QCoreApplication.translate("FirstRun", "Explore the demo workspace (sample enterprises, two years of data)")
        )
        self.or_label.setText(QCoreApplication.translate("FirstRun", "Or register your own organization:"))
        self.create_button.setText(QCoreApplication.translate("FirstRun", "Create organization and start"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_language(self, code: str) -> None:
        self.ctx.language = code
        self.translations.apply(code)

    def open_demo(self) -> None:
        fill_demo(self.ctx.workspace)
        self.accept()

    def create(self) -> None:
        tax_code = self.form.create()
        if tax_code:
            self.ctx.tax_code = tax_code
            self.accept()
