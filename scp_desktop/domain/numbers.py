"""Numbers and dates as people write them, in the Vietnamese (1.234,5) or English (1,234.5) convention.

A number is never guessed. Text is read in one *convention*:
- `vi`: `.` groups thousands, `,` is the decimal mark (1.234.567,8);
- `en`: `,` groups thousands, `.` is the decimal mark (1,234,567.8);
- `plain`: the canonical form the app itself stores and sends (1234567.8), no grouping at all.
A typed field uses the user's language; a file's column uses the convention its own cells show
(`ColumnConventions`), and a column that can be read both ways is refused, never read by guessing.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError, Msg

Convention = Literal["vi", "en", "plain"]
Reading = Literal["vi", "en", "same", "ambiguous", "invalid"]

NOT_A_NUMBER = QT_TRANSLATE_NOOP("Numbers", "“{text}” is not a number.")
NOT_A_NUMBER_VI = QT_TRANSLATE_NOOP("Numbers", "“{text}” is not a number written as 1.234,5.")
NOT_A_NUMBER_EN = QT_TRANSLATE_NOOP("Numbers", "“{text}” is not a number written as 1,234.5.")
NOT_WHOLE = QT_TRANSLATE_NOOP("Numbers", "“{text}” must be a whole number.")
TOO_LONG_NUMBER = QT_TRANSLATE_NOOP("Numbers", "“{text}…” is too long to be a number.")
NOT_A_DATE = QT_TRANSLATE_NOOP("Numbers", "“{text}” is not a date: write 2025-07-31 or 31/07/2025.")
MIXED = QT_TRANSLATE_NOOP(
    "Numbers",
    "“{text}” is written as {style}, but this column writes its numbers as {column_style} (e.g. “{example}”).",
)
STYLES: dict[str, str] = {"vi": "1.234,5", "en": "1,234.5", "plain": "1234.5"}
_NOT_A_NUMBER = {"vi": NOT_A_NUMBER_VI, "en": NOT_A_NUMBER_EN, "plain": NOT_A_NUMBER}

MAX_NUMBER_TEXT = 40  # longer text is never a figure anyone wrote (and 10^4000 must not reach int())
_SPACES = re.compile(r"[\s\u00a0\u202f]")
# Each convention's full grammar: grouped (first group 1-3 digits, never a leading 0) or bare digits,
# an optional decimal part, and (as spreadsheets write large values) an optional exponent.
_GRAMMAR = {
    "vi": re.compile(r"[+-]?(?:[1-9]\d{0,2}(?:\.\d{3})+|\d+)?(?:,\d+)?(?:[eE][+-]?\d{1,3})?"),
    "en": re.compile(r"[+-]?(?:[1-9]\d{0,2}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d{1,3})?"),
    "plain": re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d{1,3})?"),
}
_DIGIT = re.compile(r"\d")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_VN_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")


class PlainNumber(str):
    """A spreadsheet's numeric cell as text in the plain form (1234.5): it has no thousands or
    decimal convention of its own, so it neither settles nor contradicts its column's."""

    __slots__ = ()


def _clean(text: str | None) -> str:
    return _SPACES.sub("", text or "")


def read_in(text: str, convention: Convention) -> float | None:
    """The value `text` has in `convention`, or None when it is not a number written that way."""
    compact = _clean(text)
    if len(compact) > MAX_NUMBER_TEXT or not _GRAMMAR[convention].fullmatch(compact) or not _DIGIT.search(compact):
        return None
    if convention == "vi":
        compact = compact.replace(".", "").replace(",", ".")
    elif convention == "en":
        compact = compact.replace(",", "")
    value = float(compact)
    return value if math.isfinite(value) else None


def classify(text: str, whole: bool = False) -> Reading:
    """How a cell can be read: only one way (`vi`/`en`), the same either way, two ways, or not at all.

    For a whole-number field, a reading with a fraction is no reading: `1.454` bags is 1454 (vi).
    """
    vi, en = read_in(text, "vi"), read_in(text, "en")
    if whole:
        vi = vi if vi is not None and vi.is_integer() else None
        en = en if en is not None and en.is_integer() else None
    if vi is None and en is None:
        return "invalid"
    if vi is None:
        return "en"
    if en is None:
        return "vi"
    return "same" if vi == en else "ambiguous"


def parse_number(text: str, convention: Convention = "plain", whole: bool = False) -> float:
    """`text` read in `convention`; a DomainError quoting the text as written otherwise."""
    compact = _clean(text)
    if len(compact) > MAX_NUMBER_TEXT:
        raise DomainError(TOO_LONG_NUMBER(text=compact[:MAX_NUMBER_TEXT]))
    value = read_in(compact, convention)
    if value is None:
        raise DomainError(_NOT_A_NUMBER[convention](text=text.strip()))
    if whole and not value.is_integer():
        raise DomainError(NOT_WHOLE(text=text.strip()))
    return value


def as_number(value: float, whole: bool) -> float | int:
    return int(value) if whole else value


class AmbiguousColumn(Exception):
    """A column whose cells seen so far can all be read two ways and no cell has settled it yet."""

    def __init__(self, field: str, text: str) -> None:
        super().__init__(field)
        self.field = field
        self.text = text


@dataclass
class ColumnConventions:
    """The number convention of each numeric column of one file, settled by the column's own cells.

    A cell like `812.345,6` or `1,5` settles its column (and, for columns with no decisive cell of
    their own, the file). A cell that reads the same either way (`1250`, `12`) needs no convention.
    `read` raises AmbiguousColumn when a cell can be read two ways and nothing has settled its
    column yet: the importer then reads the whole file once to decide (`ColumnEvidence`).
    `fixed` conventions (the user's answer, or found by that reading) are never changed.
    """

    fixed: Mapping[str, Convention] = field(default_factory=dict)
    file_default: Convention | None = None
    settled: dict[str, Convention] = field(default_factory=dict)
    examples: dict[str, str] = field(default_factory=dict)  # the cell that settled each column
    used: set[str] = field(default_factory=set)  # columns with a cell whose reading needed the convention
    borrowed: set[str] = field(default_factory=set)  # columns read by the file's convention, not their own

    def __post_init__(self) -> None:
        self.settled.update(self.fixed)

    def convention(self, column: str) -> Convention | None:
        return self.settled.get(column) or self.file_default

    def read(self, column: str, text: str, whole: bool = False) -> float:
        if type(text) is PlainNumber:
            return parse_number(text, "plain", whole)
        reading = classify(text, whole)
        if reading == "invalid":
            if whole and classify(text) != "invalid":
                raise DomainError(NOT_WHOLE(text=text.strip()))  # a number, but with a fraction
            convention = self.convention(column) or "plain"
            return parse_number(text, convention, whole)  # raises with the message of the column's style
        if reading == "same":
            value = read_in(text, "en")
            assert value is not None
            return value
        self.used.add(column)
        if reading == "ambiguous":
            convention = self.convention(column)
            if convention is None:
                raise AmbiguousColumn(column, text)
            if column not in self.settled:
                self.borrowed.add(column)
            value = read_in(text, convention)
            assert value is not None
            return value
        return self._decisive(column, text, reading, whole)

    def _decisive(self, column: str, text: str, reading: Convention, whole: bool) -> float:
        settled = self.settled.get(column)
        if settled is None:
            if column in self.borrowed and reading != self.file_default:
                raise AmbiguousColumn(column, text)  # earlier cells were read by the file's style: read again
            self.settled[column], self.examples[column] = reading, text.strip()
            self.file_default = self.file_default or reading
        elif settled != reading:
            example = self.examples.get(column, "")
            raise DomainError(
                MIXED(text=text.strip(), style=STYLES[reading], column_style=STYLES[settled], example=example)
            )
        value = read_in(text, reading)
        assert value is not None
        return value


@dataclass
class ColumnEvidence:
    """What a whole file's cells say about each numeric column: collected by one reading of the file."""

    decisive: dict[str, dict[str, str]] = field(default_factory=dict)  # column → convention → first such cell
    ambiguous: dict[str, list[str]] = field(default_factory=dict)  # column → the first cells readable two ways

    def add(self, column: str, text: str, whole: bool) -> None:
        if type(text) is PlainNumber:
            return
        reading = classify(text, whole)
        if reading in ("vi", "en"):
            self.decisive.setdefault(column, {}).setdefault(reading, text.strip())
        elif reading == "ambiguous":
            cells = self.ambiguous.setdefault(column, [])
            if len(cells) < 5:
                cells.append(text.strip())

    def conventions(self) -> tuple[dict[str, Convention], list[str]]:
        """Each column's convention (its own first decisive cell, else the file's), and the columns left
        undecided: those that can only be read two ways in a file that does not settle it either."""
        # A column's first decisive cell gives its convention; cells of the other style are then row errors.
        own: dict[str, Convention] = {column: next(iter(found)) for column, found in self.decisive.items()}  # type: ignore[misc]
        styles = set(own.values())
        file_style: Convention | None = styles.pop() if len(styles) == 1 else None
        undecided = [column for column in self.ambiguous if column not in own and file_style is None]
        for column in self.ambiguous:
            if column not in own and file_style is not None:
                own[column] = file_style
        return own, undecided


def readings_of(text: str) -> tuple[float | None, float | None]:
    """`text` read as 1.234,5 and as 1,234.5 (for asking the user which one a column means)."""
    return read_in(text, "vi"), read_in(text, "en")


def bare_number(value: float | None, language: str) -> str:
    """A reading written without grouping marks, which would be ambiguous themselves: 790120, or 790,12 in
    Vietnamese and 790.12 in English."""
    if value is None:
        return "—"
    text = str(int(value)) if value.is_integer() else repr(value)
    return text.replace(".", ",") if language == "vi" else text


# -- dates -------------------------------------------------------------------------------------
EXCEL_EPOCH = dt.date(1899, 12, 30)
_EXCEL_DAY = re.compile(r"\d{5}(?:\.0+)?")  # 10000-99999 (1927-2173): never a year, never a dd/mm date


def excel_day(text: str) -> dt.date | None:
    """A spreadsheet's day number as a date (45292 → 2024-01-01), or None when `text` is not one."""
    if not _EXCEL_DAY.fullmatch(text.strip()):
        return None
    return EXCEL_EPOCH + dt.timedelta(days=int(float(text)))


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


def format_date(day: dt.date, language: str) -> str:
    """dd/mm/yyyy in Vietnamese (domain.md), ISO in English."""
    return day.strftime("%d/%m/%Y") if language == "vi" else day.isoformat()


def format_moment(stamp: str | dt.datetime, language: str, zone: dt.tzinfo | None = None) -> str:
    """A stored UTC time (ISO text with `Z` or an offset, or a datetime) in the computer's own time zone
    (or `zone`): `dd/mm/yyyy HH:MM` in Vietnamese, `yyyy-mm-dd HH:MM` in English. Text that is no time
    stays as it is."""
    if isinstance(stamp, dt.datetime):
        moment = stamp
    else:
        try:
            moment = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
        except ValueError:
            return stamp
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)  # the app stores UTC
    local = moment.astimezone(zone)
    return local.strftime("%d/%m/%Y %H:%M" if language == "vi" else "%Y-%m-%d %H:%M")


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


def stored_decimals(value: float | int, most: int = 6) -> int:
    """How many decimals a stored value has as written (45230.5 → 1), at most `most`."""
    if isinstance(value, int) or float(value).is_integer():
        return 0
    text = repr(float(value))
    if "e" in text:
        return most
    return min(len(text.partition(".")[2]), most)


def format_stored(value: float | int, language: str) -> str:
    """A stored figure with exactly the precision it was entered with: 45230.5 → `45.230,5` (vi)."""
    return format_number(value, language, stored_decimals(value))


def parse_localized(text: str, language: str) -> float:
    """A number typed in the user's language: in Vietnamese `1.234,5` is 1234.5 and `1.234` is 1234."""
    return parse_number(text, "vi" if language == "vi" else "en")


def convention_of(language: str) -> Convention:
    return "vi" if language == "vi" else "en"


def canonical_text(value: float | int) -> str:
    """The plain form the validators read and the store keeps: 1234.5, 12."""
    if isinstance(value, int) or (float(value).is_integer() and abs(value) < 2**53):
        return str(int(value))
    return repr(float(value))


def number_message(text: str, convention: Convention) -> Msg | None:
    """Why `text` is not a number in `convention`, or None when it is one."""
    try:
        parse_number(text, convention)
    except DomainError as error:
        return error.message
    return None
