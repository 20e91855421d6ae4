"""What a workspace keeps beside its records: the reference documents the ministry's server
delivered (`reference_documents`)."""

from __future__ import annotations

from sqlite_utils import Database

from scp_desktop.store.audit import now_utc


class ReferenceDocumentRepository:
    def __init__(self, db: Database) -> None:
        self.db = db

    def all(self) -> list[tuple[str, str]]:
        """(name, document as JSON text) of every stored document."""
        return self.db.execute("SELECT name, document FROM reference_documents").fetchall()

    def save(self, name: str, version: str, document: str) -> None:
        """Keep a document (JSON text) in place of any stored one of its name."""
        self.db.execute(
            """INSERT INTO reference_documents (name, version, document, received_at) VALUES (?, ?, ?, ?)
               ON CONFLICT (name) DO UPDATE SET version = excluded.version, document = excluded.document,
               received_at = excluded.received_at""",
            [name, version, document, now_utc()],
        )
