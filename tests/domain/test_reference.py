import json

import pytest

from scp_desktop.domain.organizations import new_organization
from scp_desktop.domain.reference import DATASETS, fold_name, read_documents
from scp_desktop.resources import resource_path


def test_every_dataset_is_versioned_and_sourced() -> None:
    for name in DATASETS:
        document = json.loads(resource_path("reference", f"{name}.json").read_text("utf-8"))
        assert document["version"], name
        assert document["sources"], name


def test_every_fuel_cites_a_source(ref) -> None:
    energy = ref.documents["energy"]
    for code, fuel in energy["fuels"].items():
        assert fuel["source"] in energy["sources"], code


def test_provinces_current_former_and_mapping(ref) -> None:
    assert len(ref.provinces) == 34
    assert len(ref.former_provinces) == 63
    assert {p.merged_into for p in ref.former_provinces.values()} == set(ref.provinces)
    cities = {p.name for p in ref.provinces.values() if p.official_name.startswith("Thành phố")}
    assert cities == {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Hà Nội", "01"),
        ("ha noi", "01"),
        ("Thành phố Hồ Chí Minh", "79"),
        ("TP Ho Chi Minh", "79"),
        ("79", "79"),
        ("1", "01"),
        ("Đắk Lắk", "66"),
        ("dak lak", "66"),
        ("tỉnh Quảng Trị", "44"),
    ],
)
def test_find_current_province(ref, text: str, code: str) -> None:
    province = ref.find_province(text)
    assert province is not None and province.current and province.code == code


@pytest.mark.parametrize(
    ("former", "current"),
    [
        ("Bình Dương", "Hồ Chí Minh"),
        ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Hà Giang", "Tuyên Quang"),
        ("Quảng Nam", "Đà Nẵng"),
        ("Thừa Thiên Huế", "Huế"),
        ("Kiên Giang", "An Giang"),
        ("Hải Dương", "Hải Phòng"),
    ],
)
def test_former_provinces_map_to_current(ref, former: str, current: str) -> None:
    province = ref.find_province(former)
    assert province is not None and not province.current
    assert ref.current_province_for(province).name == current


def test_registering_with_a_former_province_warns_and_maps(ref) -> None:
    org, notes = new_organization(ref, tax_code="0300588569", name="X", kind="manufacturer", province="Binh Duong")
    assert org.province_code == "79"
    assert len(notes) == 1 and not notes[0].is_error
    assert "merged into Hồ Chí Minh" in notes[0].render()


@pytest.mark.parametrize(
    ("text", "code"),
    [("C", "C"), ("13", "C13"), ("c13", "C13"), ("1311", "C1311"), ("G 47", "G47"), ("47111", "G47111")],
)
def test_sector_codes(ref, text: str, code: str) -> None:
    assert ref.normalize_sector(text) == code


@pytest.mark.parametrize("text", ["Z", "04", "C47", "1", "123456", "C1x"])
def test_bad_sector_codes(ref, text: str) -> None:
    assert ref.normalize_sector(text) is None


def test_fold_name() -> None:
    assert fold_name("Thành phố  Hồ Chí Minh") == "thanh pho ho chi minh"
    assert fold_name("Đắk_Lắk") == "dak lak"


def test_no_written_form_names_two_items_of_a_code_list(ref) -> None:
    for name, codes in ref.code_lists().items():
        assert codes.collisions() == [], name


def test_every_item_of_every_code_list_has_both_names(ref) -> None:
    for name, codes in ref.code_lists().items():
        for code, item in codes.items():
            assert item.vi.strip() and item.en.strip(), f"{name}/{code}"


def test_every_fuel_has_a_usual_unit_it_accepts(ref) -> None:
    from scp_desktop.domain.energy import allowed_units

    for code in ref.fuels:
        assert ref.default_units[code] in allowed_units(code, ref), code


def _unsourced_figures(node, path, sourced, sources):
    """Paths of numbers with no `source` on their way up (naming an entry of the file's sources)."""
    if isinstance(node, dict):
        if isinstance(node.get("source"), str):
            assert node["source"] in sources, f"{path}: source {node['source']!r} is not in the file's sources"
            sourced = True
        for key, value in node.items():
            yield from _unsourced_figures(value, f"{path}/{key}", sourced, sources)
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _unsourced_figures(value, f"{path}[{index}]", sourced, sources)
    elif isinstance(node, int | float) and not isinstance(node, bool) and not sourced:
        yield path


def test_every_figure_of_the_reference_data_has_a_source() -> None:
    """A threshold, factor, target or rate stated without a source fails here: each number sits under a
    `source` (or a top-level key the file's `figure_sources` names), and each source is in both languages."""
    for name, doc in read_documents(resource_path("reference")).items():
        sources = doc.get("sources", {})
        for key, text in sources.items():
            assert isinstance(text, dict) and text.get("vi", "").strip() and text.get("en", "").strip(), (name, key)
        figure_sources = doc.get("figure_sources", {})
        for key, value in doc.items():
            if key in ("dataset", "version", "sources", "figure_sources"):
                continue
            named = figure_sources.get(key)
            if named is not None:
                assert named in sources, (name, key, named)
            assert list(_unsourced_figures(value, f"{name}/{key}", named is not None, sources)) == []
