"""Installing the app's translations; switching language applies at once (LanguageChange events)."""

from __future__ import annotations

from typing import ClassVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from scp_desktop.resources import i18n_path

LANGUAGES = {"vi": "Tiếng Việt", "en": "English"}


class Translations:
    """The app's own catalogue plus Qt's; Qt ships none for Vietnamese, so `qtbase_vi` is ours."""

    _installed: ClassVar[list[QTranslator]] = []  # one application, one set of installed catalogues

    def __init__(self) -> None:
        self.language = ""

    def apply(self, language: str) -> None:
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        Translations._installed = []
        for name in (f"scp_desktop_{language}", f"qtbase_{language}"):
            translator = QTranslator(app)
            if translator.load(name, str(i18n_path())) or translator.load(
                name, QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ):
                app.installTranslator(translator)
                self._installed.append(translator)
        changed = language != self.language
        self.language = language
        QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English))
        if changed:
            # Qt forwards LanguageChange to windows only while exec() runs; send it ourselves so
            # every window (and, through QWidget, every child) retranslates now, in tests too.
            for widget in QApplication.topLevelWidgets():
                if shiboken6.isValid(widget) and widget.isVisible():  # hidden ones retranslate when shown
                    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.LanguageChange))
