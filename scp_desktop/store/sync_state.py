"""What the sync remembers between runs: its settings and cursors (`sync_meta`), and the evidence files
each server already has (`sent_files`)."""

from __future__ import annotations

from sqlite_utils import Database

from scp_desktop.store.audit import now_utc


class SyncStateRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def value(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM sync_meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def put(self, key: str, value: str | None) -> None:
        self.db.execute(
            "INSERT INTO sync_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [key, value],
        )

    def sent_files(self, server: str) -> set[str]:
        """The SHA-256 of every evidence file this server has acknowledged."""
        return {row[0] for row in self.db.execute("SELECT sha256 FROM sent_files WHERE server = ?", [server])}

    def mark_sent(self, server: str, sha256: str) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO sent_files (server, sha256, sent_at) VALUES (?, ?, ?)", [server, sha256, now_utc()]
        )
