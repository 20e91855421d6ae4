"""Translations without Qt: the PDF reports and the command line read the same .ts catalogues.

The compiled .qm files serve the GUI; the .ts XML, shipped beside them, is easy to read
in pure Python, so a report can be rendered in either language from a headless process.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from scp_desktop.domain.messages import Translator
from scp_desktop.resources import i18n_path


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    path = i18n_path(f"scp_desktop_{language}.ts")
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") == "unfinished":
                continue
            text = translation.findtext("numerusform") if message.get("numerus") == "yes" else translation.text
            if text:
                table[(name, message.findtext("source") or "")] = text
    return table


def translator(language: str) -> Translator:
    """translate(context, source) for the language; the English source where none is given."""
    table = _catalogue(language)

    def translate(context: str, source: str) -> str:
        return table.get((context, source), source)

    return translate
