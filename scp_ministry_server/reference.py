"""The reference documents clients receive: the bundled ones with the published ones over them,
their ETag and the ReferenceData the server validates with. Rebuilt only when something is published."""

from __future__ import annotations

import hashlib
import json
import threading
from typing import Any

from scp_desktop.domain.assessment import CriteriaSet
from scp_desktop.domain.reference import DATASETS, ReferenceData
from scp_desktop.services.reference_updates import bundled_criteria, bundled_documents
from scp_ministry_server.storage import Storage


class CurrentReference:
    def __init__(self, documents: dict[str, dict[str, Any]]) -> None:
        self.documents = documents
        canonical = json.dumps(documents, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        self.etag = '"' + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32] + '"'
        self.data = ReferenceData({name: documents[name] for name in DATASETS})


class Reference:
    """Per process; asks the database one cheap question per request (has anything been published?)."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self._current: CurrentReference | None = None
        self._criteria: dict[tuple[str, str], CriteriaSet] = {}

    def criteria(self, set_id: str, version: str) -> CriteriaSet | None:
        """A criteria set as it was in that version: bundled, or published by the ministry at any time."""
        key = (set_id, version)
        with self._lock:
            if key in self._criteria:
                return self._criteria[key]
        name = f"criteria/{set_id}"
        bundled = bundled_criteria().get(name)
        document = (
            bundled if bundled and str(bundled.get("version")) == version else self.storage.publication(name, version)
        )
        if document is None:
            return None
        found = CriteriaSet.from_document(document)
        with self._lock:
            self._criteria[key] = found
        return found

    def current(self) -> CurrentReference:
        key = self.storage.publications_key()
        with self._lock:
            if key != self._key or self._current is None:
                self._current = CurrentReference({**bundled_documents(), **self.storage.published_references()})
                self._key = key
            return self._current
