"""Reports and their lifecycle: draft → finalized (read-only, queued) → sent; a correction supersedes.

States and transitions follow ../shared/docs/sync-protocol.md. The payload is the
records of one kind for one organization (or facility) and period; its SHA-256 is
taken over canonical JSON (sorted keys, UTF-8, no insignificant whitespace).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from enum import Enum
from typing import Any

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg


class ReportState(Enum):
    DRAFT = "draft"
    FINALIZED = "finalized"
    SENDING = "sending"
    RECEIVED = "received"
    ACCEPTED = "accepted"
    RETURNED = "returned"
    FAILED = "failed"

    @property
    def correctable(self) -> bool:
        return self in (ReportState.FINALIZED, ReportState.ACCEPTED, ReportState.RETURNED, ReportState.FAILED)


STATE_LABELS: dict[ReportState, Msg] = {
    ReportState.DRAFT: QT_TRANSLATE_NOOP("ReportState", "Draft (saved as you type)"),
    ReportState.FINALIZED: QT_TRANSLATE_NOOP("ReportState", "Finalized, waiting to be sent"),
    ReportState.SENDING: QT_TRANSLATE_NOOP("ReportState", "Sending"),
    ReportState.RECEIVED: QT_TRANSLATE_NOOP("ReportState", "Received by the ministry"),
    ReportState.ACCEPTED: QT_TRANSLATE_NOOP("ReportState", "Accepted by the ministry"),
    ReportState.RETURNED: QT_TRANSLATE_NOOP("ReportState", "Returned for correction"),
    ReportState.FAILED: QT_TRANSLATE_NOOP("ReportState", "Refused by the server"),
}

LOCKED = QT_TRANSLATE_NOOP(
    "Reports", "Period {period} of {kind} is in a finalized report ({state}): start a correction to change it."
)
NOTHING_TO_FINALIZE = QT_TRANSLATE_NOOP("Reports", "There are no {kind} records for {period} to finalize.")
ALREADY_FINALIZED = QT_TRANSLATE_NOOP(
    "Reports", "{kind} for {period} is already finalized; start a correction to change it."
)
OVERLAPPING = QT_TRANSLATE_NOOP(
    "Reports",
    "{kind} for {period} overlaps the report for {other} of {scope}, already finalized: the same records would "
    "reach the ministry twice. Correct that report instead.",
)
NOT_CORRECTABLE = QT_TRANSLATE_NOOP("Reports", "This report is {state}; it cannot be corrected now.")
NO_REPORT = QT_TRANSLATE_NOOP("Reports", "No finalized {kind} report for {period} to correct.")


def canonical_json(payload: Mapping[str, Any]) -> bytes:
    return json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def content_sha256(payload: Mapping[str, Any]) -> str:
    return hashlib.sha256(canonical_json(payload)).hexdigest()
