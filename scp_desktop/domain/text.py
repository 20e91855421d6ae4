"""Text as stored and as shown: normalized, never carrying control characters.

A name, code or note that a person typed, a file held or an archive brought is stored in NFC with
its whitespace collapsed, and refused when it carries a control, format (zero-width, bidirectional
override) or unpaired surrogate character: such characters rewrite terminals, reorder what a reader
sees or cannot be encoded at all. What the app prints shows any that reach it escaped (`\\u001b`).
Cells written to CSV or XLSX never start like a formula.
"""

from __future__ import annotations

import re
import unicodedata

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Text", "The text holds an invisible control character ({code}) at position {position}: type it again."
)

# Control (Cc), format (Cf: zero-width, bidirectional overrides, BOM) and surrogate (Cs) characters.
_REFUSED_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})
# What printing escapes: the same, except the newline and tab that lay out the output itself.
_SHOWN_ESCAPED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb"
    "\ud800-\udfff]"
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def control_character(text: str, allowed: str = "") -> tuple[int, str] | None:
    """The first refused character of `text` (its position from 1, and its code point), or None."""
    for index, char in enumerate(text):
        if unicodedata.category(char) in _REFUSED_CATEGORIES and char not in allowed:
            return index + 1, f"U+{ord(char):04X}"
    return None


def clean_text(text: str, field: str | None = None, collapse: bool = True) -> str:
    """`text` in NFC with its whitespace collapsed (or, for notes, only trimmed, keeping its lines);
    DomainError on a control character."""
    text = text.replace("\r\n", "\n")
    found = control_character(" ".join(text.split()), "") if collapse else control_character(text.strip(), "\n\t")
    if found is not None:
        raise DomainError(CONTROL_CHARACTER(position=found[0], code=found[1]), field)
    normalized = unicodedata.normalize("NFC", text)
    return " ".join(normalized.split()) if collapse else normalized.strip()


def code_key(code: str) -> str:
    """How two facility or store codes compare, in the app and on the server alike: NFC, trimmed,
    case-folded (`ST01`, ` st01 ` and `St01` are one store)."""
    return unicodedata.normalize("NFC", code).strip().casefold()


def escaped(text: str) -> str:
    """`text` with every control, format and lone surrogate character written as `\\uXXXX`, to print."""
    return _SHOWN_ESCAPED.sub(lambda match: f"\\u{ord(match.group()):04x}", text)


def formula_safe(value: str) -> str:
    """A text cell a spreadsheet will show, never run: one starting like a formula gets a leading `'`."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def unescape_formula(value: str) -> str:
    """The text `formula_safe` escaped (a table exported by the app and imported back)."""
    return value[1:] if value.startswith("'") and value[1:2] in FORMULA_STARTS and value[1:2] else value
