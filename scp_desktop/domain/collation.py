"""Vietnamese alphabetical order, and finding a name by any part of it typed without diacritics.

The order is the alphabet's: a ă â b c d đ e ê g … o ô ơ … u ư … y, so Đà Nẵng comes after Đồng
Tháp only by its letters, never after every D. Tones only break ties, in the dictionary order
unmarked, huyền, hỏi, ngã, sắc, nặng (the order of Unicode CLDR's Vietnamese collation).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from typing import TypeVar

from scp_desktop.domain.reference import fold_name

T = TypeVar("T")

# Marks that make a letter of its own (a → ă, â; o → ô, ơ; u → ư; e → ê) and tone marks.
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}  # huyền hỏi ngã sắc nặng
_LETTER_MARKS = {_BREVE: 1, _CIRCUMFLEX: 2, _HORN: 3}


def _letters(text: str) -> tuple[tuple[tuple[str, int], ...], tuple[int, ...]]:
    """Each base letter with its letter mark (the primary order), and the tones (the secondary)."""
    primary: list[tuple[str, int]] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFD", text):
        if char in _TONES:
            if tones:
                tones[-1] = _TONES[char]
            continue
        if char in _LETTER_MARKS and primary:
            base, _ = primary[-1]
            primary[-1] = (base, _LETTER_MARKS[char])
            continue
        if unicodedata.combining(char):
            continue
        lower = char.lower()
        primary.append(("d", 1) if lower == "đ" else (lower, 0))
        tones.append(0)
    return tuple(primary), tuple(tones)


def sort_key(text: str) -> tuple[object, ...]:
    """A key that sorts Vietnamese names as a Vietnamese reader expects."""
    primary, tones = _letters(" ".join(text.split()))
    return primary, tones, text


def sorted_vietnamese(items: Iterable[T], key: Callable[[T], str]) -> list[T]:
    """The items in Vietnamese order of the name `key` gives."""
    return sorted(items, key=lambda item: sort_key(key(item)))


def matches(typed: str, text: str) -> bool:
    """Whether every typed word starts a word of the name, without case or diacritics and in any
    order: "ha" finds Thành phố Hà Nội and Tỉnh Hà Tĩnh, not Đồng Tháp; "minh" finds Hồ Chí Minh."""
    words = fold_name(text).replace("(", " ").replace(")", " ").split()
    return all(any(word.startswith(part) for word in words) for part in fold_name(typed).split())
