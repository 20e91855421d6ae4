"""Reporting periods: a year (`2025`), a quarter (`2025-Q3`) or a month (`2025-07`).

A period is stored with its first and last month as month indexes
(`year * 12 + month - 1`), so overlap between a year and its months is a range test.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from enum import Enum

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

_PATTERN = re.compile(r"^(\d{4})(?:-(?:q([1-4])|(\d{1,2})))?$")
# How Vietnamese records write periods (diacritics and case removed first): "01/2023", "T1/2023",
# "tháng 1/2023", "tháng 1 năm 2023", "Quý 1/2023", "Q1/2023", "Quý I/2023", "Năm 2023"; and a spreadsheet's
# month cell stored as its first day (2023-01-01).
_YEAR = re.compile(r"^nam\s*(\d{4})$")
_MONTH = re.compile(r"^(?:thang|t)?\s*(\d{1,2})\s*(?:[/.-]|\s+nam|\s)\s*(\d{4})$")
_QUARTER = re.compile(r"^(?:quy|q)\s*([1-4]|iv|i{1,3})\s*(?:[/.-]|\s+nam|\s)?\s*(\d{4})$")
_FIRST_DAY = re.compile(r"^(\d{4})-(\d{2})-01$")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
MIN_YEAR = 1990

BAD_PERIOD = QT_TRANSLATE_NOOP(
    "Period", "“{text}” is not a period: write 2025, 2025-Q3, 2025-07, 07/2025, Quý 3/2025 or Năm 2025."
)
BAD_MONTH = QT_TRANSLATE_NOOP("Period", "Month {month} does not exist: use 01 to 12.")
TOO_OLD = QT_TRANSLATE_NOOP("Period", "Year {year} is before {min_year}: check the year.")


class PeriodKind(Enum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"


@dataclass(frozen=True, order=True)
class Period:
    start_month: int  # month index of the first month
    end_month: int  # month index of the last month, inclusive
    kind: PeriodKind

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(year * 12, year * 12 + 11, PeriodKind.YEAR)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        start = year * 12 + (quarter - 1) * 3
        return cls(start, start + 2, PeriodKind.QUARTER)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        index = year * 12 + month - 1
        return cls(index, index, PeriodKind.MONTH)

    @property
    def first_year(self) -> int:
        return self.start_month // 12

    @property
    def code(self) -> str:
        year, month0 = divmod(self.start_month, 12)
        if self.kind is PeriodKind.YEAR:
            return f"{year}"
        if self.kind is PeriodKind.QUARTER:
            return f"{year}-Q{month0 // 3 + 1}"
        return f"{year}-{month0 + 1:02d}"

    @property
    def first_day(self) -> dt.date:
        year, month0 = divmod(self.start_month, 12)
        return dt.date(year, month0 + 1, 1)

    @property
    def last_day(self) -> dt.date:
        year, month0 = divmod(self.end_month + 1, 12)
        return dt.date(year, month0 + 1, 1) - dt.timedelta(days=1)

    def overlaps(self, other: Period) -> bool:
        return self.start_month <= other.end_month and other.start_month <= self.end_month

    def same_period_year_before(self) -> Period:
        return Period(self.start_month - 12, self.end_month - 12, self.kind)

    def is_future(self, today: dt.date) -> bool:
        """True when the period starts after the current month (nothing can be measured yet)."""
        return self.start_month > today.year * 12 + today.month - 1

    def __str__(self) -> str:
        return self.code


def _bare(text: str) -> str:
    """Lower case, no diacritics (đ as d), single spaces; punctuation kept."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return " ".join("".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().split())


def _parts(text: str) -> tuple[int, str, int] | None:
    """(year, kind letter y/q/m, number) of a period as written, or None."""
    bare = _bare(text or "")
    if match := _PATTERN.match(bare):
        year, quarter, month = match.groups()
        if quarter:
            return int(year), "q", int(quarter)
        return (int(year), "m", int(month)) if month else (int(year), "y", 0)
    if match := _YEAR.match(bare):
        return int(match.group(1)), "y", 0
    if match := _FIRST_DAY.match(bare):
        return int(match.group(1)), "m", int(match.group(2))
    if match := _MONTH.match(bare):
        return int(match.group(2)), "m", int(match.group(1))
    if match := _QUARTER.match(bare):
        number = match.group(1)
        return int(match.group(2)), "q", int(number) if number.isdigit() else _ROMAN[number]
    return None


def parse_period(text: str) -> Period:
    parts = _parts(text)
    if parts is None:
        raise DomainError(BAD_PERIOD(text=(text or "").strip()), "period")
    year, kind, number = parts
    if year < MIN_YEAR:
        raise DomainError(TOO_OLD(year=year, min_year=MIN_YEAR), "period")
    if kind == "q":
        return Period.quarter(year, number)
    if kind == "m":
        if not 1 <= number <= 12:
            raise DomainError(BAD_MONTH(month=number), "period")
        return Period.month(year, number)
    return Period.year(year)
