"""The web app's catalogue: `python -m scp_ministry_server.web.catalogue` extracts every text of the
templates and the code (Babel) and merges it into locale/vi/LC_MESSAGES/messages.po, keeping the
translations made; new texts arrive untranslated, and tests/server/web/test_catalogue.py fails until
each has its Vietnamese."""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

from scp_ministry_server.web.i18n import catalogue_path

HERE = Path(__file__).resolve().parent
METHODS = [("templates/**.html", "jinja2"), ("**.py", "python")]
OPTIONS = {"templates/**.html": {"extensions": "jinja2.ext.i18n", "trimmed": "false"}}
KEYWORDS = {"_": None, "gettext": None, "N_": None}


def extract() -> Catalog:
    catalog = Catalog(project="scp-ministry-server web", locale=None)
    for filename, lineno, message, _comments, _context in extract_from_dir(
        HERE, METHODS, keywords=KEYWORDS, options_map=OPTIONS
    ):
        catalog.add(message, locations=[(filename, lineno)])
    return catalog


def update(language: str = "vi") -> tuple[int, int]:
    """Merge the extracted texts into the language's .po; (texts, untranslated)."""
    path = catalogue_path(language)
    if path.exists():
        with path.open("rb") as handle:
            existing = read_po(handle, locale=language)
    else:
        existing = Catalog(locale=language)
    existing.update(extract(), no_fuzzy_matching=True)
    existing.obsolete.clear()
    existing.fuzzy = False
    existing.project, existing.version = "SCP ministry server: reviewer web app", ""
    existing.copyright_holder = existing.msgid_bugs_address = ""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(handle, existing, width=120, omit_header=False, sort_output=True, include_lineno=False)
    untranslated = sum(1 for m in existing if m.id and not m.string)
    return len([m for m in existing if m.id]), untranslated


if __name__ == "__main__":
    total, missing = update()
    print(f"{total} texts, {missing} without a Vietnamese translation")
