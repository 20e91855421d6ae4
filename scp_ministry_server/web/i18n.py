"""The web app's languages: Vietnamese (the default) and English.

The pages' own text is English in the templates and code (`_()` / `N_()`), translated through a
gettext catalogue (`locale/vi/LC_MESSAGES/messages.po`, extracted with Babel: see the README); the
domain's labels (fields, units, record kinds, the app's warnings) come from the desktop app's own
catalogue (scp_desktop.catalog), so the two sides never name a thing differently.
"""

from __future__ import annotations

import datetime as dt
import io
from functools import cache
from pathlib import Path
from typing import Any

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from babel.support import NullTranslations, Translations

from scp_desktop.catalog import translator
from scp_desktop.domain.messages import Msg, Translator

LANGUAGES = ("vi", "en")
DEFAULT = "vi"
LOCALE = Path(__file__).resolve().parent / "locale"
DOMAIN = "messages"
# Viet Nam keeps UTC+7 all year (no daylight saving since 1975): dates are shown and deadlines end there.
VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")


def N_(text: str) -> str:
    """Marks a text for extraction; it is translated where it is shown (`_()` in a template)."""
    return text


def catalogue_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / f"{DOMAIN}.po"


@cache
def translations(language: str) -> NullTranslations:
    """The language's catalogue, read from its .po (compiled in memory: no build step to forget)."""
    path = catalogue_path(language)
    if language == "en" or not path.exists():
        return NullTranslations()
    with path.open("rb") as handle:
        catalog = read_po(handle, locale=language)
    buffer = io.BytesIO()
    write_mo(buffer, catalog, use_fuzzy=False)
    buffer.seek(0)
    return Translations(buffer, domain=DOMAIN)


def pick(language: str | None) -> str:
    return language if language in LANGUAGES else DEFAULT


class Texts:
    """Everything a page needs to speak one language: its catalogue, the domain's, numbers and dates."""

    def __init__(self, language: str) -> None:
        self.language = pick(language)
        self._gettext = translations(self.language).gettext
        self.domain: Translator = translator(self.language)

    def gettext(self, text: str, **params: Any) -> str:
        translated = self._gettext(text)
        return translated % params if params else translated

    def msg(self, message: Msg) -> str:
        """A domain message (a field label, a unit, a warning) in this language."""
        return message.render(self.domain, number=lambda v: self.number(v, 2))

    def number(self, value: float | int | None, decimals: int = 2) -> str:
        """1.234.567,8 in Vietnamese, 1,234,567.8 in English; trailing zeros dropped."""
        if value is None:
            return "—"
        if isinstance(value, int) or float(value).is_integer():
            text = f"{round(float(value)):,d}"
        else:
            text = f"{float(value):,.{decimals}f}"
            text = text.rstrip("0").rstrip(".") if decimals else text  # 10.4 to 0 places is 10, not 1
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".") if self.language == "vi" else text

    def percent(self, value: float | None, decimals: int = 1) -> str:
        return "—" if value is None else f"{self.number(round(value, decimals), decimals)} %"

    def date(self, value: dt.date | dt.datetime | None) -> str:
        if value is None:
            return "—"
        if isinstance(value, dt.datetime):
            value = value.astimezone(VIETNAM).date()
        return value.strftime("%d/%m/%Y") if self.language == "vi" else value.isoformat()

    def moment(self, value: dt.datetime | None) -> str:
        """A time as people in Viet Nam read it (UTC+7)."""
        if value is None:
            return "—"
        local = value.astimezone(VIETNAM)
        return f"{self.date(local.date())} {local:%H:%M}"
