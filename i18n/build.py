"""Regenerate the translation catalogues: `./dev i18n`.

1. pyside6-lupdate extracts every string of scp_desktop/ into scp_desktop_vi.ts and
   scp_desktop_en.ts (new strings arrive as type="unfinished"; translate them in
   Qt Linguist or any editor; tests/ui/test_translations.py fails until you have);
2. the English catalogue is the source text itself;
3. qtbase_vi.ts, Vietnamese for Qt's own widgets (Qt ships none), is written from qtbase_vi.py;
4. pyside6-lrelease compiles every .ts here into the .qm files the app loads.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BIN = Path(sys.executable).parent


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "scp_desktop").rglob("*.py"))


def update(ts: Path, language: str) -> None:
    subprocess.run(
        [
            BIN / "pyside6-lupdate",
            *sources(),
            "-ts",
            str(ts),
            "-source-language",
            "en",
            "-target-language",
            language,
            "-no-obsolete",
            "-locations",
            "none",
            "-silent",
        ],
        cwd=ROOT,
        check=True,
    )


def fill_english(ts: Path) -> None:
    tree = ET.parse(ts)
    for message in tree.iter("message"):
        translation = message.find("translation")
        assert translation is not None
        if message.get("numerus") == "yes":
            for form in translation.findall("numerusform") or [ET.SubElement(translation, "numerusform")]:
                form.text = message.findtext("source")
        else:
            translation.text = message.findtext("source")
        translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def release() -> None:
    for ts in sorted(HERE.glob("*.ts")):
        subprocess.run([BIN / "pyside6-lrelease", "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main() -> int:
    update(HERE / "scp_desktop_vi.ts", "vi")
    update(HERE / "scp_desktop_en.ts", "en")
    fill_english(HERE / "scp_desktop_en.ts")
    sys.path.insert(0, str(HERE))
    import qtbase_vi

    qtbase_vi.write(HERE / "qtbase_vi.ts")
    release()
    unfinished = (HERE / "scp_desktop_vi.ts").read_text("utf-8").count('type="unfinished"')
    print(f"catalogues updated; {unfinished} Vietnamese string(s) still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
