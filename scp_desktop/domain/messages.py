"""Translatable, field-level messages produced by the domain.

The domain does not translate: it returns `Msg` objects carrying Qt's translation
context, the English source text and its parameters. The UI renders them through
`QCoreApplication.translate`, the CLI through the same `.ts` catalogue
(`scp_desktop.i18n`). `QT_TRANSLATE_NOOP` is named so that `pyside6-lupdate`
extracts every message from the source.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
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
        """The text in the translator's language; `number` writes float parameters the user's way."""
        params = self.params
        if number is not None:
            params = {k: number(v) if isinstance(v, float) else v for k, v in params.items()}
        return translate(self.context, self.source).format(**params)

    def __call__(self, **params: Any) -> Msg:
        return Msg(self.context, self.source, {**self.params, **params})

    def __str__(self) -> str:
        return self.render()


def QT_TRANSLATE_NOOP(context: str, source: str) -> Msg:
    return Msg(context, source)


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


def has_errors(issues: Iterable[Issue]) -> bool:
    return any(issue.is_error for issue in issues)


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
