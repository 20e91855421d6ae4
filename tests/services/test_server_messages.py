"""The server's refusals are shown through our catalogue by their code, its own text as the detail;
stored times are shown in the computer's own time zone."""

from __future__ import annotations

import datetime as dt

from scp_desktop.catalog import translator
from scp_desktop.domain.numbers import format_moment
from scp_desktop.services.server_messages import app_note, explain, refusal

VI = translator("vi")


def test_a_known_code_speaks_our_language_and_keeps_the_servers_words_as_detail() -> None:
    stored = refusal(409, {"error": "PERIOD_ALREADY_SUBMITTED", "message": "period 2025-03 already has a report"})
    note = explain(stored)
    assert note is not None
    vietnamese = note.render(VI)
    assert vietnamese.startswith("Báo cáo của kỳ này đã được gửi: hãy lập bản sửa đổi")
    assert "Máy chủ cho biết: period 2025-03 already has a report" in vietnamese
    assert "PERIOD_ALREADY_SUBMITTED" not in vietnamese


def test_field_errors_are_listed_and_an_unknown_code_still_says_something() -> None:
    stored = refusal(
        422, {"error": "SOMETHING_NEW", "message": "bad", "errors": [{"field": "records[0].transactions", "code": "X"}]}
    )
    text = explain(stored).render(VI)
    assert "HTTP 422" in text and "records[0].transactions: X" in text
    assert "HTTP 502" in explain(refusal(502, "<html>bad gateway</html>")).render(VI)


def test_the_apps_own_notes_and_older_plain_text() -> None:
    assert "sẽ thử lại sau" in explain(app_note("RETRYING", "HTTP 503")).render(VI)
    assert explain("Bổ sung số liệu tháng 12").render(VI) == "Bổ sung số liệu tháng 12"  # a reviewer's comment
    assert explain(None) is None and explain("") is None


def test_times_are_shown_in_the_local_zone() -> None:
    hanoi = dt.timezone(dt.timedelta(hours=7))
    assert format_moment("2026-01-14T20:30:00Z", "vi", hanoi) == "15/01/2026 03:30"
    assert format_moment("2026-01-14T20:30:00+00:00", "en", hanoi) == "2026-01-15 03:30"
    assert format_moment("not a time", "vi", hanoi) == "not a time"
