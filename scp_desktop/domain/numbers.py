"""Numbers and dates as people type them, in Vietnamese or English conventions."""

from __future__ import annotations

import datetime as dt
import math
import re

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

NOT_A_NUMBER = QT_TRANSLATE_NOOP("Numbers", "“{text}” is not a number.")
NOT_WHOLE = QT_TRANSLATE_NOOP("Numbers", "“{text}” must be a whole number.")
NOT_A_DATE = QT_TRANSLATE_NOOP("Numbers", "“{text}” is not a date: write 2025-07-31 or 31/07/2025.")

# Grouping is only recognised where it cannot be a decimal separator: two or more
# groups (1.234.567) or a group followed by the other mark (1.234,5). A lone
# comma is a decimal comma (interfaces.md), a lone dot a decimal point.
_GROUPED_DOTS = re.compile(r"^[+-]?[1-9]\d{0,2}((\.\d{3}){2,}|(\.\d{3})+,\d+)$")  # 1.234.567 or 1.234,5
_GROUPED_COMMAS = re.compile(r"^[+-]?[1-9]\d{0,2}((,\d{3}){2,}|(,\d{3})+\.\d+)$")  # 1,234,567 or 1,234.5
_SPACES = re.compile(r"[\s\u00a0\u202f_]")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_VN_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


def parse_decimal(text: str) -> float:
    """Parse `1234.5`, `1234,5`, `1.234,5`, `1,234.5` or `1 234,5`.

    A lone comma is a decimal comma (interfaces.md); dots and commas that group
    digits by three are thousands separators.
    """
    raw = text
    text = _SPACES.sub("", text or "")
    if not text:
        raise DomainError(NOT_A_NUMBER(text=raw))
    if _GROUPED_DOTS.match(text):
        text = text.replace(".", "").replace(",", ".")
    elif _GROUPED_COMMAS.match(text):
        text = text.replace(",", "")
    elif text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        value = float(text)
    except ValueError:
        raise DomainError(NOT_A_NUMBER(text=raw)) from None
    if not math.isfinite(value):
        raise DomainError(NOT_A_NUMBER(text=raw))
    return value


def parse_whole(text: str) -> int:
    """A count: like parse_decimal, but refusing fractions (`1.454` in Vietnamese is 1454)."""
    try:
        return int(text)
    except ValueError:
        pass
    stripped = _SPACES.sub("", text or "")
    if re.fullmatch(r"[+-]?[1-9]\d{0,2}([.,]\d{3})+", stripped):  # grouped thousands, either style
        return int(re.sub(r"[.,]", "", stripped))
    value = parse_decimal(text)
    if not value.is_integer():
        raise DomainError(NOT_WHOLE(text=text))
    return int(value)


def parse_date(text: str) -> dt.date:
    """`YYYY-MM-DD` or `dd/mm/yyyy`."""
    stripped = (text or "").strip()
    match = _ISO_DATE.match(stripped)
    try:
        if match:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        match = _VN_DATE.match(stripped)
        if match:
            return dt.date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        pass
    raise DomainError(NOT_A_DATE(text=text))


# -- the user's language -------------------------------------------------------------------
# Vietnamese writes 1.234.567,8 and English 1,234,567.8 (domain.md); input and display follow the UI language.
SEPARATORS = {"vi": (".", ","), "en": (",", ".")}  # language → (group, decimal)


def format_number(value: float | int | None, language: str, decimals: int = 2) -> str:
    """`1234.5` → `1.234,50` (vi) or `1,234.50` (en); None → an em dash."""
    if value is None:
        return "—"
    group, decimal = SEPARATORS.get(language, SEPARATORS["en"])
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", decimal).replace("\0", group)


def short_number(value: float, language: str, decimals: int = 2) -> str:
    """At most `decimals` decimals and no trailing zeros: 65.0 → `65`, 60.797 → `60,8` (vi)."""
    text = format_number(round(value, decimals), language, decimals)
    decimal = SEPARATORS.get(language, SEPARATORS["en"])[1]
    return text.rstrip("0").rstrip(decimal) if decimal in text else text


def parse_localized(text: str, language: str) -> float:
    """A number typed in the user's language: in Vietnamese `1.234,5` is 1234.5 and `1.234` is 1234."""
    group, decimal = SEPARATORS.get(language, SEPARATORS["en"])
    stripped = _SPACES.sub("", text or "")
    if not stripped:
        raise DomainError(NOT_A_NUMBER(text=text))
    if decimal in stripped or group in stripped:
        head, _, tail = stripped.rpartition(decimal) if decimal in stripped else (stripped, "", "")
        if group in tail or not re.fullmatch(r"[+-]?\d{1,3}(" + re.escape(group) + r"\d{3})*|[+-]?\d*", head):
            raise DomainError(NOT_A_NUMBER(text=text))
        stripped = head.replace(group, "") + ("." + tail if tail or decimal in stripped else "")
    try:
        value = float(stripped)
    except ValueError:
        raise DomainError(NOT_A_NUMBER(text=text)) from None
    if not math.isfinite(value):
        raise DomainError(NOT_A_NUMBER(text=text))
    return value


def canonical_number(text: str, language: str) -> str:
    """Typed text → the canonical `1234.5` the validators read (unchanged when it is not a number)."""
    try:
        value = parse_localized(text, language)
    except DomainError:
        return text
    return repr(int(value)) if value.is_integer() and abs(value) < 2**53 else repr(value)
