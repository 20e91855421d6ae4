"""Reference data and criteria sets delivered by the ministry server, kept in the workspace.

The bundled files are the floor; a stored document of the same name replaces its bundled
one when the workspace opens. Reports keep the versions they were computed with (their
payload names them), so a newer factor never changes a finalized report.
"""

from __future__ import annotations

import json
from typing import Any

from scp_desktop.domain.assessment import CriteriaSet
from scp_desktop.domain.reference import DATASETS, ReferenceData, load_bundled, read_documents
from scp_desktop.resources import resource_path
from scp_desktop.store.meta import ReferenceDocumentRepository


def stored_documents(db: Any) -> dict[str, dict[str, Any]]:
    try:
        rows = ReferenceDocumentRepository(db).all()
    except Exception:
        return {}
    return {name: json.loads(document) for name, document in rows}


def reference_for(db: Any) -> ReferenceData:
    """The bundled reference data with the server's newer datasets laid over it."""
    stored = {name: doc for name, doc in stored_documents(db).items() if name in DATASETS}
    if not stored:
        return load_bundled()
    try:
        return ReferenceData({**read_documents(resource_path("reference")), **stored})
    except (KeyError, ValueError, TypeError):
        return load_bundled()  # a document this version of the app cannot read: keep the bundled data


def store_documents(ws: Any, documents: dict[str, Any]) -> list[str]:
    """Keep every document whose version differs from what we have; the names that changed."""
    current = {**bundled_documents(), **stored_documents(ws.db)}
    changed = []
    with ws.transaction("sync"):
        for name, entry in documents.items():
            document = entry.get("document") if isinstance(entry, dict) else None
            if not isinstance(document, dict) or not _readable(name, document):
                continue
            if str(current.get(name, {}).get("version")) == str(document.get("version")):
                continue
            ReferenceDocumentRepository(ws.db).save(
                name, str(document.get("version")), json.dumps(document, ensure_ascii=False)
            )
            changed.append(name)
    return changed


def bundled_criteria() -> dict[str, dict[str, Any]]:
    """The criteria sets shipped in resources/criteria, named `criteria/<set id>`."""
    documents = {}
    for path in sorted(resource_path("criteria").glob("*.json")):
        doc = json.loads(path.read_text("utf-8"))
        documents[f"criteria/{doc['id']}"] = doc
    return documents


def bundled_documents() -> dict[str, dict[str, Any]]:
    """Reference datasets and criteria sets as shipped: what the server publishes over, and the app's floor."""
    return {**read_documents(resource_path("reference")), **bundled_criteria()}


def check_document(name: str, document: dict[str, Any]) -> None:
    """Refuse (ValueError with the reason) a dataset or criteria set this app could not load."""
    try:
        if name.startswith("criteria/"):
            CriteriaSet.from_document(document)
        elif name in DATASETS:
            ReferenceData({**read_documents(resource_path("reference")), name: document})
        else:
            raise ValueError(f"unknown reference name {name}")
    except (KeyError, TypeError) as error:
        raise ValueError(f"{name}: malformed ({error!r})") from None


def _readable(name: str, document: dict[str, Any]) -> bool:
    try:
        check_document(name, document)
    except ValueError:
        return False
    return True


def criteria_documents(db: Any) -> dict[str, dict[str, Any]]:
    """Every criteria set: bundled, replaced by the server's newer versions."""
    stored = {name: doc for name, doc in stored_documents(db).items() if name.startswith("criteria/")}
    return {**bundled_criteria(), **stored}
