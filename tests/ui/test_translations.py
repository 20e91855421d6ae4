"""Every visible string has a Vietnamese translation, and the compiled catalogues are current."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.conftest import REPO

I18N = REPO / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_0-9]+\}|%n|%1")


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    tree = ET.parse(ts)
    return {
        (ctx.findtext("name") or "", m.findtext("source") or ""): m
        for ctx in tree.iter("context")
        for m in ctx.iter("message")
    }


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "scp_desktop").rglob("*.py"))
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    subprocess.run([lupdate, *sources, "-ts", str(fresh), "-silent"], cwd=REPO, check=True)
    missing = set(messages(fresh)) - set(messages(I18N / "scp_desktop_vi.ts"))
    assert not missing, f"run ./dev i18n and translate: {sorted(missing)[:5]}"


def test_vietnamese_is_complete_and_keeps_placeholders() -> None:
    problems = []
    for (context, source), message in messages(I18N / "scp_desktop_vi.ts").items():
        translation = message.find("translation")
        assert translation is not None
        text = "".join(translation.itertext())
        if translation.get("type") in ("unfinished", "obsolete", "vanished") or not text.strip():
            problems.append(f"{context}: {source!r} untranslated")
        elif sorted(PLACEHOLDER.findall(text)) != sorted(PLACEHOLDER.findall(source)):
            problems.append(f"{context}: {source!r} placeholders differ")
    assert problems == []


def test_compiled_catalogues_are_current(tmp_path: Path) -> None:
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in I18N.glob("*.ts"):
        fresh = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(fresh)], check=True)
        assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), f"run ./dev i18n ({ts.name})"


def test_standard_buttons_are_translated(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from scp_desktop.ui.translation import Translations

    translations = Translations()
    translations.apply("vi")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    texts = {b.text() for b in box.buttons()}
    assert texts == {"Đồng ý", "Hủy"}
    translations.apply("en")
