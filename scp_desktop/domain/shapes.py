"""The shape of a JSON document read from outside (an archive, an answers file, an import mapping).

A shape says, for every place in the document, what may stand there: an object with known keys
(any other key is a mistake), a list or map of at most so many items, a text of at most so many
characters without control characters, a number within bounds, one of some values. `mistakes`
returns one translatable message per mistake, each naming where it is (`records.bags[3].date`),
before any value is used: what passes has exactly the types the code reading it expects.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Listing, Msg
from scp_desktop.domain.text import control_character, escaped

MAX_MISTAKES = 20

WRONG_TYPE = QT_TRANSLATE_NOOP("Shape", "{path}: expected {expected}, found {found}.")
UNKNOWN_KEY = QT_TRANSLATE_NOOP("Shape", "{path}: unknown key “{key}”.")
MISSING_KEY = QT_TRANSLATE_NOOP("Shape", "{path}: “{key}” is missing.")
TEXT_TOO_LONG = QT_TRANSLATE_NOOP("Shape", "{path}: longer than {max} characters.")
TOO_MANY = QT_TRANSLATE_NOOP("Shape", "{path}: more than {max} items.")
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Shape", "{path}: {value} is outside {min} to {max}.")
NOT_ONE_OF = QT_TRANSLATE_NOOP("Shape", "{path}: “{value}” is not one of {allowed}.")
BAD_FORM = QT_TRANSLATE_NOOP("Shape", "{path}: “{value}” is not in the expected form.")
CONTROL = QT_TRANSLATE_NOOP("Shape", "{path}: holds an invisible control character ({code}).")
TOP = QT_TRANSLATE_NOOP("Shape", "the document")

A_TEXT = QT_TRANSLATE_NOOP("Shape", "a text")
A_WHOLE_NUMBER = QT_TRANSLATE_NOOP("Shape", "a whole number")
A_NUMBER = QT_TRANSLATE_NOOP("Shape", "a number")
A_YES_NO = QT_TRANSLATE_NOOP("Shape", "true or false")
A_LIST = QT_TRANSLATE_NOOP("Shape", "a list")
AN_OBJECT = QT_TRANSLATE_NOOP("Shape", "an object")
NOTHING = QT_TRANSLATE_NOOP("Shape", "nothing (null)")
EITHER = QT_TRANSLATE_NOOP("Shape", "{first} or {second}")


def _found(value: Any) -> Msg:
    if value is None:
        return NOTHING
    if isinstance(value, bool):
        return A_YES_NO
    if isinstance(value, int | float):
        return A_NUMBER
    if isinstance(value, str):
        return A_TEXT
    return A_LIST if isinstance(value, list) else AN_OBJECT


def _where(path: str) -> Any:
    return path or TOP


def _inside(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _shown(value: Any) -> str:
    """A value as a one-line message quotes it: control characters escaped, at most 60 characters."""
    text = escaped(str(value)).replace("\n", "\\u000a").replace("\r", "\\u000d").replace("\t", "\\u0009")
    return text if len(text) <= 60 else text[:60] + "…"


class Shape:
    expected: Msg = A_TEXT

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        raise NotImplementedError

    def wrong(self, value: Any, path: str, out: list[Msg]) -> None:
        out.append(WRONG_TYPE(path=_where(path), expected=self.expected, found=_found(value)))


@dataclass(frozen=True)
class Text(Shape):
    max_length: int = 500
    pattern: str | None = None  # the whole text must match
    lines: bool = False  # a note: newlines and tabs allowed

    expected = A_TEXT

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        if not isinstance(value, str):
            self.wrong(value, path, out)
        elif len(value) > self.max_length:
            out.append(TEXT_TOO_LONG(path=_where(path), max=self.max_length))
        elif (found := control_character(value, "\n\t\r" if self.lines else "")) is not None:
            out.append(CONTROL(path=_where(path), code=found[1]))
        elif self.pattern is not None and not re.fullmatch(self.pattern, value):
            out.append(BAD_FORM(path=_where(path), value=_shown(value)))


@dataclass(frozen=True)
class Whole(Shape):
    minimum: int = 0
    maximum: int = 2**53

    expected = A_WHOLE_NUMBER

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        if not isinstance(value, int) or isinstance(value, bool):
            self.wrong(value, path, out)
        elif not self.minimum <= value <= self.maximum:
            out.append(OUT_OF_RANGE(path=_where(path), value=_shown(value), min=self.minimum, max=self.maximum))


@dataclass(frozen=True)
class Number(Shape):
    minimum: float = -1e15
    maximum: float = 1e15

    expected = A_NUMBER

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        if not isinstance(value, int | float) or isinstance(value, bool):
            self.wrong(value, path, out)
        elif not (math.isfinite(value) and self.minimum <= value <= self.maximum):
            out.append(
                OUT_OF_RANGE(path=_where(path), value=_shown(value), min=f"{self.minimum:g}", max=f"{self.maximum:g}")
            )


@dataclass(frozen=True)
class Flag(Shape):
    expected = A_YES_NO

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        if not isinstance(value, bool):
            self.wrong(value, path, out)


@dataclass(frozen=True)
class OneOf(Shape):
    values: tuple[Any, ...]

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        if value not in self.values or isinstance(value, bool) != any(isinstance(v, bool) for v in self.values):
            allowed = Listing(tuple("null" if v is None else str(v) for v in self.values))
            out.append(NOT_ONE_OF(path=_where(path), value=_shown(value), allowed=allowed))


@dataclass(frozen=True)
class Null(Shape):
    expected = NOTHING

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        if value is not None:
            self.wrong(value, path, out)


@dataclass(frozen=True)
class Either(Shape):
    """The first of several shapes that fits; when none does, the mistakes of the one the value's type suits."""

    options: tuple[Shape, ...]

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        attempts = []
        for option in self.options:
            found: list[Msg] = []
            option.check(value, path, found)
            if not found:
                return
            attempts.append(found)
        here = _where(path)
        typed = [a for a in attempts if not (a[0].source == WRONG_TYPE.source and a[0].params["path"] == here)]
        if typed:
            out.extend(typed[0])
            return
        expected: Msg = self.options[-1].expected
        for option in reversed(self.options[:-1]):
            expected = EITHER(first=option.expected, second=expected)
        out.append(WRONG_TYPE(path=_where(path), expected=expected, found=_found(value)))


@dataclass(frozen=True)
class JsonObject(Shape):
    """An object whose fields a document type of its own reads (an eco-innovation phase): any keys and
    values, but no text with a control character, no deeper than `max_depth`, at most `max_items` in all."""

    max_depth: int = 8
    max_items: int = 100_000

    expected = AN_OBJECT

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        if not isinstance(value, dict):
            self.wrong(value, path, out)
            return
        counted = [0]
        self._walk(value, path, 0, counted, out)

    def _walk(self, value: Any, path: str, depth: int, counted: list[int], out: list[Msg]) -> None:
        counted[0] += 1
        if depth > self.max_depth or counted[0] > self.max_items:
            out.append(TOO_MANY(path=_where(path), max=self.max_items))
            return
        if isinstance(value, str):
            Text(100_000, lines=True).check(value, path, out)
        elif isinstance(value, dict):
            for key, item in value.items():
                Text(200).check(key, _inside(path, _shown(key)), out)
                self._walk(item, _inside(path, _shown(key)), depth + 1, counted, out)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                self._walk(item, f"{path}[{index}]", depth + 1, counted, out)
        elif isinstance(value, float) and not math.isfinite(value):
            out.append(WRONG_TYPE(path=_where(path), expected=A_NUMBER, found=_found(value)))


def nullable(shape: Shape) -> Shape:
    return Either((Null(), shape))


@dataclass(frozen=True)
class ListOf(Shape):
    item: Shape
    max_items: int = 10_000

    expected = A_LIST

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        if not isinstance(value, list):
            self.wrong(value, path, out)
            return
        if len(value) > self.max_items:
            out.append(TOO_MANY(path=_where(path), max=self.max_items))
            return
        for index, item in enumerate(value):
            self.item.check(item, f"{path}[{index}]", out)
            if len(out) >= MAX_MISTAKES:
                return


@dataclass(frozen=True)
class MapOf(Shape):
    """An object whose keys are data (criterion ids, field names), each key and value of a shape."""

    value: Shape
    key: Text = Text(200)
    max_items: int = 1_000

    expected = AN_OBJECT

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        if not isinstance(value, dict):
            self.wrong(value, path, out)
            return
        if len(value) > self.max_items:
            out.append(TOO_MANY(path=_where(path), max=self.max_items))
            return
        for key, item in value.items():
            self.key.check(key, _inside(path, _shown(key)), out)
            self.value.check(item, _inside(path, _shown(key)), out)
            if len(out) >= MAX_MISTAKES:
                return


@dataclass(frozen=True)
class Obj(Shape):
    """An object with these keys (`optional` ones may be absent) and no other."""

    required: Mapping[str, Shape] = field(default_factory=dict)
    optional: Mapping[str, Shape] = field(default_factory=dict)

    expected = AN_OBJECT

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        if not isinstance(value, dict):
            self.wrong(value, path, out)
            return
        out.extend(
            UNKNOWN_KEY(path=_where(path), key=_shown(key))
            for key in value
            if key not in self.required and key not in self.optional
        )
        out.extend(MISSING_KEY(path=_where(path), key=key) for key in self.required if key not in value)
        for key, shape in [*self.required.items(), *self.optional.items()]:
            if key in value and len(out) < MAX_MISTAKES:
                shape.check(value[key], _inside(path, key), out)


def mistakes(shape: Shape, value: Any, path: str = "") -> list[Msg]:
    """Every mistake in `value`'s shape (at most MAX_MISTAKES), each naming where it is; [] when it fits."""
    out: list[Msg] = []
    shape.check(value, path, out)
    return out[:MAX_MISTAKES]
