import pytest
from hypothesis import given
from hypothesis import strategies as st

from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.taxcode import (
    BAD_BRANCH,
    BAD_CHARACTERS,
    IMPOSSIBLE,
    REQUIRED,
    WRONG_CHECK_DIGIT,
    WRONG_LENGTH,
    check_digit,
    is_valid_tax_code,
    normalize_tax_code,
)


def test_check_digit_by_hand() -> None:
    # 0300588569: 31·0 + 29·3 + 23·0 + 19·0 + 17·5 + 13·8 + 7·8 + 5·5 + 3·6 = 375; 375 mod 11 = 1; 10 − 1 = 9
    assert check_digit("030058856") == 9
    assert normalize_tax_code("0300588569") == "0300588569"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (" 0300588569 ", "0300588569"),
        ("0300 588 569", "0300588569"),
        ("0300588569-001", "0300588569-001"),
        ("0300588569 – 012", "0300588569-012"),
        ("0300.588.569", "0300588569"),
    ],
)
def test_normalizes_spacing_dots_and_dashes(raw: str, expected: str) -> None:
    assert normalize_tax_code(raw) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("", REQUIRED),
        ("03005885A9", BAD_CHARACTERS),
        ("030058856", WRONG_LENGTH),
        ("03005885690", WRONG_LENGTH),
        ("0300588569-01", BAD_BRANCH),
        ("0300588569-000", BAD_BRANCH),
        ("0300588569-001-2", BAD_CHARACTERS),
        ("0300588568", WRONG_CHECK_DIGIT),
    ],
)
def test_each_mistake_has_its_own_message(raw: str, message) -> None:
    with pytest.raises(DomainError) as caught:
        normalize_tax_code(raw)
    assert caught.value.message.source == message.source
    assert caught.value.field == "tax_code"


def test_wrong_check_digit_message_names_both_digits() -> None:
    with pytest.raises(DomainError) as caught:
        normalize_tax_code("0300588561")
    assert caught.value.render() == "The last digit should be 9, not 1: check for a mistyped digit."


def test_codes_whose_formula_gives_ten_cannot_exist() -> None:
    # Sum ≡ 0 (mod 11) gives 10: 000000000 has sum 0.
    assert check_digit("000000000") is None
    with pytest.raises(DomainError) as caught:
        normalize_tax_code("0000000000")
    assert caught.value.message.source == IMPOSSIBLE.source


nine_digits = st.text(alphabet="0123456789", min_size=9, max_size=9)


@given(nine_digits)
def test_every_code_with_its_check_digit_is_valid(head: str) -> None:
    digit = check_digit(head)
    assert is_valid_tax_code(head + str(digit)) is (digit is not None)


@given(nine_digits, st.integers(0, 9), st.integers(1, 9))
def test_any_single_digit_typo_is_caught(head: str, position: int, shift: int) -> None:
    digit = check_digit(head)
    if digit is None:
        return
    code = list(head + str(digit))
    code[position] = str((int(code[position]) + shift) % 10)
    assert not is_valid_tax_code("".join(code))
