"""Every VSIC 2018 division (ngành cấp 2) carries its official name in both languages."""

from scp_desktop.domain.reference import load_bundled


def test_every_division_has_both_names() -> None:
    ref = load_bundled()
    assert len(ref.vsic_divisions) == 88
    for code, division in ref.vsic_divisions.items():
        assert division.vi.strip() and division.en.strip(), code


def test_official_division_names() -> None:
    """Spot checks against Decision 27/2018/QĐ-TTg (vi) and ISIC Rev.4 (en)."""
    divisions = load_bundled().vsic_divisions
    assert divisions["13"].vi == "Dệt"
    assert divisions["47"].vi.startswith("Bán lẻ")
    assert divisions["47"].vi == "Bán lẻ (trừ ô tô, mô tô, xe máy và xe có động cơ khác)"
    assert divisions["29"].vi == "Sản xuất ô tô và xe có động cơ khác"
    assert divisions["38"].en == "Waste collection, treatment and disposal activities; materials recovery"
    assert divisions["99"].en == "Activities of extraterritorial organizations and bodies"
