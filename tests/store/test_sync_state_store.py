"""What the sync remembers between runs, on a real workspace file."""

from scp_desktop.store.sync_state import SyncStateRepository

SHA_A, SHA_B = "a" * 64, "b" * 64


def test_a_setting_is_kept_replaced_and_cleared(ws) -> None:
    state = SyncStateRepository(ws.db)
    assert state.value("server_url") is None
    with ws.transaction("sync"):
        state.put("server_url", "https://scp.moit.gov.vn")
        state.put("changes_cursor", "41")
    with ws.transaction("sync"):
        state.put("changes_cursor", "42")
    assert (state.value("server_url"), state.value("changes_cursor")) == ("https://scp.moit.gov.vn", "42")
    with ws.transaction("sync"):
        state.put("reference_etag", None)  # a server that sends no ETag
    assert state.value("reference_etag") is None
    assert ws.db.execute("SELECT count(*) FROM sync_meta").fetchone()[0] == 3


def test_sent_files_are_remembered_once_per_server(ws) -> None:
    state = SyncStateRepository(ws.db)
    with ws.transaction("sync"):
        state.mark_sent("https://a.example", SHA_A)
        state.mark_sent("https://a.example", SHA_A)  # a second upload of the same file changes nothing
        state.mark_sent("https://a.example", SHA_B)
        state.mark_sent("https://b.example", SHA_B)
    assert state.sent_files("https://a.example") == {SHA_A, SHA_B}
    assert state.sent_files("https://b.example") == {SHA_B}
    assert state.sent_files("https://c.example") == set()
