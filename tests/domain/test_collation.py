"""Vietnamese order and search, on names whose order a Vietnamese reader knows."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from scp_desktop.domain.collation import matches, sort_key, sorted_vietnamese

PROVINCES_IN_ORDER = [
    "Cao Bằng",
    "Cần Thơ",  # a before â
    "Đà Nẵng",
    "Đắk Lắk",
    "Điện Biên",
    "Đồng Nai",
    "Đồng Tháp",
    "Gia Lai",
    "Hà Nội",
    "Hà Tĩnh",
    "Hải Phòng",
    "Hưng Yên",
    "Khánh Hòa",
    "Ơ Rê",  # invented: ơ after ô after o
]


def test_provinces_sort_by_the_vietnamese_alphabet() -> None:
    shuffled = PROVINCES_IN_ORDER[:]
    random.Random(7).shuffle(shuffled)
    assert sorted_vietnamese(shuffled, key=str) == PROVINCES_IN_ORDER


def test_d_comes_before_đ_and_after_c() -> None:
    assert sorted_vietnamese(["Đông", "Dương", "Cường"], key=str) == ["Cường", "Dương", "Đông"]


def test_letters_with_marks_follow_their_base_letter() -> None:
    words = ["ư", "u", "ơ", "ô", "o", "ê", "e", "â", "ă", "a"]
    assert sorted_vietnamese(words, key=str) == ["a", "ă", "â", "e", "ê", "o", "ô", "ơ", "u", "ư"]


def test_tones_break_ties_in_dictionary_order() -> None:
    assert sorted_vietnamese(["mạ", "má", "mã", "mả", "mà", "ma"], key=str) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_letters_decide_before_tones() -> None:
    assert sort_key("mạ") < sort_key("mai")  # the tone of a never outweighs the next letter


def test_precomposed_and_decomposed_sort_alike() -> None:
    import unicodedata

    assert sort_key("Đồng Tháp")[:2] == sort_key(unicodedata.normalize("NFD", "Đồng Tháp"))[:2]


def test_a_province_is_found_by_any_part_typed_without_diacritics_or_prefix() -> None:
    assert matches("ha", "Thành phố Hà Nội")
    assert matches("Hà", "Thành phố Hà Nội")
    assert matches("noi", "Thành phố Hà Nội")
    assert matches("dong thap", "Tỉnh Đồng Tháp")
    assert matches("thanh pho", "Thành phố Hà Nội")
    assert matches("tinh", "Tỉnh Hà Tĩnh")
    assert not matches("ha", "Tỉnh Đồng Tháp")  # a word's start, not any letters in it
    assert not matches("ha xyz", "Thành phố Hà Nội")


@given(st.lists(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạ ", max_size=8), max_size=12))
def test_the_order_is_total_and_stable(words: list[str]) -> None:
    once = sorted_vietnamese(words, key=str)
    assert sorted_vietnamese(list(reversed(once)), key=str) == once
