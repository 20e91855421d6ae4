"""The reference documents the server delivered, on a real workspace file."""

from scp_desktop.store.meta import ReferenceDocumentRepository


def test_a_delivered_document_replaces_the_stored_one_of_its_name(ws) -> None:
    documents = ReferenceDocumentRepository(ws.db)
    assert documents.all() == []
    with ws.transaction("sync"):
        documents.save("emission_factors", "2024.1", '{"version": "2024.1"}')
        documents.save("criteria/cleaner-production", "3", '{"version": "3"}')
    with ws.transaction("sync"):
        documents.save("emission_factors", "2025.1", '{"version": "2025.1"}')
    assert sorted(documents.all()) == [
        ("criteria/cleaner-production", '{"version": "3"}'),
        ("emission_factors", '{"version": "2025.1"}'),
    ]
    assert ws.db.execute("SELECT version FROM reference_documents WHERE name = 'emission_factors'").fetchone() == (
        "2025.1",
    )
