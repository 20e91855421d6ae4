"""The user guide (F1): task chapters from resources/help/guide_<language>.html, with the glossary and
the keyboard shortcuts written below them from the app itself. Its screenshots are made by the test
suite (tests/ui/test_help.py), so they show the app as it is."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from scp_desktop.domain.reference import ReferenceData
from scp_desktop.presenters.help import glossary
from scp_desktop.resources import resource_path
from scp_desktop.ui.labels import tr
from scp_desktop.ui.layout import fit_to_screen


def guide_html(ref: ReferenceData, language: str, shortcuts: list[tuple[str, str]]) -> str:
    """The whole guide: the language's chapters, then the glossary and the shortcuts."""
    chapters = (resource_path("help") / f"guide_{language}.html").read_text("utf-8")
    glossary_title = QCoreApplication.translate("Help", "Glossary")
    source_label = QCoreApplication.translate("Help", "Source")
    terms = "".join(
        f"<dt><b>{html.escape(tr(term.term))}</b></dt><dd>{html.escape(tr(term.explanation))}"
        + (f"<br><small>{source_label}: {html.escape(term.source)}</small>" if term.source else "")
        + "</dd>"
        for term in glossary(ref, language)
    )
    keys_title = QCoreApplication.translate("Help", "Keyboard shortcuts")
    rows = "".join(
        f"<tr><td><b>{html.escape(keys)}</b></td><td>{html.escape(what)}</td></tr>" for keys, what in shortcuts
    )
    rows += "<tr><td><b>F1</b></td><td>{}</td></tr>".format(
        html.escape(QCoreApplication.translate("Help", "This guide, at the chapter of the page shown"))
    )
    extra = (
        f'<h2><a name="glossary"></a>{glossary_title}</h2><dl>{terms}</dl>'
        f'<h2><a name="shortcuts"></a>{keys_title}</h2><table cellpadding="4">{rows}</table>'
    )
    return chapters.replace("</body>", extra + "</body>")


class HelpDialog(QDialog):
    """The guide in a window of its own, beside the app (it does not block it)."""

    def __init__(
        self,
        ref: ReferenceData,
        language: Callable[[], str],
        shortcuts: Callable[[], list[tuple[str, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("help")
        self.ref, self.language, self.shortcuts = ref, language, shortcuts
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSearchPaths([str(resource_path("help"))])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        box = QVBoxLayout(self)
        box.addWidget(self.browser)
        box.addWidget(buttons)
        self.chapter = "start"
        self.retranslate()
        fit_to_screen(self, QSize(820, 700))

    def retranslate(self) -> None:
        self.setWindowTitle(QCoreApplication.translate("Help", "SCP Desktop user guide"))
        self.browser.setHtml(guide_html(self.ref, self.language(), self.shortcuts()))
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(resource_path("help")) + "/"))
        self.show_chapter(self.chapter)

    def show_chapter(self, anchor: str) -> None:
        self.chapter = anchor
        self.browser.scrollToAnchor(anchor)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
