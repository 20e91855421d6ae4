"""The web app's catalogue: every text of the templates and the code is extracted and has its
Vietnamese translation (run `python -m scp_ministry_server.web.catalogue` after adding texts), and
each keeps the same placeholders."""

from __future__ import annotations

import re

from babel.messages.pofile import read_po

from scp_ministry_server.web.catalogue import extract
from scp_ministry_server.web.i18n import Texts, catalogue_path

PLACEHOLDER = re.compile(r"%\((\w+)\)s")


def test_every_text_has_its_vietnamese() -> None:
    with catalogue_path("vi").open("rb") as handle:
        translated = {m.id: m.string for m in read_po(handle) if m.id}
    extracted = {m.id for m in extract() if m.id}
    assert extracted - set(translated) == set(), "run python -m scp_ministry_server.web.catalogue"
    missing = sorted(i for i in extracted if not translated.get(i))
    assert missing == []
    for source in extracted:
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translated[source])), source


def test_every_translation_survives_the_templates_formatting() -> None:
    """Jinja's gettext formats every text of a template with `%`, placeholders or not (and the code every
    text with placeholders): a bare % sign there breaks the page."""
    with catalogue_path("vi").open("rb") as handle:
        catalog = [m for m in read_po(handle) if m.id and m.string]
    formatted = [m for m in catalog
                 if PLACEHOLDER.search(m.id) or any(f.startswith("templates/") for f, _ in m.locations)]  # fmt: skip
    assert len(formatted) > 100
    for message in formatted:
        values = {name: "x" for name in PLACEHOLDER.findall(message.id)}
        for text in (message.id, message.string):
            try:
                text % values
            except (ValueError, TypeError, KeyError) as error:
                raise AssertionError(f"{text!r}: {error}; write %% for a percent sign") from None


def test_numbers_and_dates_are_written_the_readers_way() -> None:
    import datetime as dt

    vi, en = Texts("vi"), Texts("en")
    assert vi.number(1234567.8) == "1.234.567,8" and en.number(1234567.8) == "1,234,567.8"
    assert vi.number(2000) == "2.000" and vi.percent(57.14) == "57,1 %"
    assert vi.number(10.4, 0) == "10" and en.number(1230.2, 0) == "1,230" and vi.number(2.50, 2) == "2,5"
    moment = dt.datetime(2026, 1, 15, 17, 30, tzinfo=dt.UTC)  # 00:30 on the 16th in Viet Nam
    assert vi.moment(moment) == "16/01/2026 00:30" and en.date(moment) == "2026-01-16"
    assert vi.gettext("Queue") == "Chờ duyệt" and en.gettext("Queue") == "Queue"
