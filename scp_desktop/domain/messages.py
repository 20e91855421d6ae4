"""Translatable, field-level messages produced by the domain.

The domain does not translate: it returns `Msg` objects carrying Qt's translation
context, the English source text and its parameters. The UI renders them through
`QCoreApplication.translate`, the CLI through the same `.ts` catalogue
(`scp_desktop.i18n`). `QT_TRANSLATE_NOOP` is named so that `pyside6-lupdate`
extracts every message from the source.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

Translator = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Msg:
    context: str
    source: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Translator = _identity, number: Callable[[float], str] | None = None) -> str:
        """The text in the translator's language; `number` writes float parameters the user's way.

        A parameter that can render itself (a nested Msg, a label in two languages) is rendered
        in the same language.
        """
        params = {k: _rendered(v, translate) for k, v in self.params.items()}
        if number is not None:
            params = {k: number(v) if isinstance(v, float) else v for k, v in params.items()}
        return translate(self.context, self.source).format(**params)

    def __call__(self, **params: Any) -> Msg:
        return Msg(self.context, self.source, {**self.params, **params})

    def __str__(self) -> str:
        return self.render()


def QT_TRANSLATE_NOOP(context: str, source: str) -> Msg:
    return Msg(context, source)


# The catalogue's own language code: the Vietnamese catalogue translates it as "vi". A translator
# function is all a renderer is given, so this is how a label from the reference data (which has
# its Vietnamese and English names side by side, not in the catalogue) picks its language.
LANGUAGE = QT_TRANSLATE_NOOP("Language", "en")


def language_of(translate: Translator) -> str:
    return translate(LANGUAGE.context, LANGUAGE.source)


def _rendered(value: Any, translate: Translator) -> Any:
    render = getattr(value, "render", None)
    return render(translate) if callable(render) and not isinstance(value, str) else value


@dataclass(frozen=True)
class Label:
    """A name given in both languages (a fuel, a unit, a waste stream): renders in the translator's."""

    vi: str
    en: str

    def render(self, translate: Translator = _identity) -> str:
        return self.label(language_of(translate))

    def label(self, language: str) -> str:
        return self.vi if language == "vi" else self.en

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True)
class Day:
    """A date as a message parameter: dd/mm/yyyy for a Vietnamese reader, ISO otherwise."""

    day: dt.date

    def render(self, translate: Translator = _identity) -> str:
        return self.day.strftime("%d/%m/%Y") if language_of(translate) == "vi" else self.day.isoformat()

    def __str__(self) -> str:
        return self.day.isoformat()


@dataclass(frozen=True)
class Figure:
    """A number as a message parameter, written the reader's way (1.234,5 or 1,234.5)."""

    value: float
    decimals: int = 2
    grouped: bool = True  # False: 790120 rather than 790.120, where grouping could itself be misread

    def render(self, translate: Translator = _identity) -> str:
        vi = language_of(translate) == "vi"
        text = f"{self.value:{',' if self.grouped else ''}.{self.decimals}f}"
        if self.decimals:
            text = text.rstrip("0").rstrip(".")
        return text.replace(",", "\0").replace(".", ",").replace("\0", ".") if vi else text

    def __str__(self) -> str:
        return self.render()


@dataclass(frozen=True)
class Listing:
    """Several renderable names joined with commas, e.g. the values a field accepts."""

    items: tuple[Any, ...]
    separator: str = ", "

    def render(self, translate: Translator = _identity) -> str:
        return self.separator.join(str(_rendered(item, translate)) for item in self.items)

    def __str__(self) -> str:
        return self.render()


class Severity(Enum):
    ERROR = "error"  # blocks the save
    WARNING = "warning"  # shown, but the value is saved


@dataclass(frozen=True)
class Issue:
    """One problem with one field of one record."""

    field: str
    message: Msg
    severity: Severity = Severity.ERROR

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    def render(self, translate: Translator = _identity) -> str:
        return self.message.render(translate)


class DomainError(ValueError):
    """A user mistake that a command cannot proceed with."""

    def __init__(self, message: Msg, field: str | None = None) -> None:
        super().__init__(message.render())
        self.message = message
        self.field = field

    def render(self, translate: Translator = _identity) -> str:
        return self.message.render(translate)


class ValidationFailed(DomainError):
    """A record with at least one blocking issue."""

    def __init__(self, issues: list[Issue]) -> None:
        first = next(issue for issue in issues if issue.is_error)
        super().__init__(first.message, first.field)
        self.issues = issues
