"""Vietnamese enterprise tax code (mã số thuế): 10 digits with a check digit, optional branch."""

from __future__ import annotations

import re

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, DomainError

_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)
_SEPARATORS = re.compile(r"[\s.]")
_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-"})

REQUIRED = QT_TRANSLATE_NOOP("TaxCode", "The tax code is required.")
BAD_CHARACTERS = QT_TRANSLATE_NOOP(
    "TaxCode", "A tax code has only digits and one hyphen before the branch code; found “{chars}”."
)
WRONG_LENGTH = QT_TRANSLATE_NOOP("TaxCode", "A tax code has 10 digits; this one has {count}.")
BAD_BRANCH = QT_TRANSLATE_NOOP(
    "TaxCode", "The branch code after the hyphen must be 3 digits from 001 to 999; found “{branch}”."
)
IMPOSSIBLE = QT_TRANSLATE_NOOP("TaxCode", "No tax code can start with {head}: its check digit would be 10.")
WRONG_CHECK_DIGIT = QT_TRANSLATE_NOOP(
    "TaxCode", "The last digit should be {expected}, not {actual}: check for a mistyped digit."
)


def check_digit(first_nine: str) -> int | None:
    """The 10th digit for these 9 digits, or None when the formula gives 10 (no such code)."""
    total = sum(weight * int(digit) for weight, digit in zip(_WEIGHTS, first_nine, strict=True))
    digit = 10 - total % 11
    return None if digit == 10 else digit


def normalize_tax_code(raw: str) -> str:
    """Return the canonical form `NNNNNNNNNN` or `NNNNNNNNNN-BBB`, or raise DomainError."""
    text = _SEPARATORS.sub("", (raw or "").translate(_DASHES))
    if not text:
        raise DomainError(REQUIRED, "tax_code")
    bad = sorted({ch for ch in text if not (ch.isascii() and ch.isdigit()) and ch != "-"})
    if bad or text.count("-") > 1:
        raise DomainError(BAD_CHARACTERS(chars="".join(bad) or "--"), "tax_code")
    main, _, branch = text.partition("-")
    if len(main) != 10:
        raise DomainError(WRONG_LENGTH(count=len(main)), "tax_code")
    if "-" in text and (len(branch) != 3 or branch == "000"):
        raise DomainError(BAD_BRANCH(branch=branch), "tax_code")
    expected = check_digit(main[:9])
    if expected is None:
        raise DomainError(IMPOSSIBLE(head=main[:9]), "tax_code")
    if expected != int(main[9]):
        raise DomainError(WRONG_CHECK_DIGIT(expected=expected, actual=main[9]), "tax_code")
    return f"{main}-{branch}" if branch else main


def is_valid_tax_code(raw: str) -> bool:
    try:
        normalize_tax_code(raw)
    except DomainError:
        return False
    return True
