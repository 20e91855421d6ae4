"""The shapes an archive's JSON must have (`domain/shapes`): the manifest, an organization's document,
a report's content. What passes has exactly the keys and types the importer reads; the values are then
checked by the domain's own rules."""

from __future__ import annotations

from typing import Any

from scp_desktop.domain.eco_innovation import PHASES
from scp_desktop.domain.messages import Msg
from scp_desktop.domain.records import RECORD_KINDS, FieldType, RecordKind
from scp_desktop.domain.reports import ReportState
from scp_desktop.domain.shapes import (
    Either,
    JsonObject,
    ListOf,
    MapOf,
    Null,
    Number,
    Obj,
    OneOf,
    Shape,
    Text,
    Whole,
    nullable,
)
from scp_desktop.services.workspace import BASELINE_INDICATORS

ARCHIVE_FORMAT = "scp-desktop-archive"
MAX_DATA_BYTES = 512 * 2**20  # one organization's JSON (a million bag-log days is ~220 MB)
MAX_MEMBERS = 100_000
MAX_ROWS = 5_000_000

TAX_CODE = r"\d{10}(-\d{3})?"
HEX64 = r"[0-9a-f]{64}"
UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
TIMESTAMP = r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})?"
FACILITY_CODE = r"[A-Za-z0-9_-]{1,20}"


class Row(Shape):
    """A record as exported: exactly the kind's columns, each text, a number or null (fast: a bag log
    runs to millions of rows; the values themselves are checked by the domain's rules afterwards)."""

    def __init__(self, kind: RecordKind) -> None:
        self.columns = frozenset(kind.columns)
        self.numeric = frozenset(s.name for s in kind.fields if s.type in (FieldType.WHOLE, FieldType.DECIMAL))

    def check(self, value: Any, path: str, out: list[Msg]) -> None:
        if type(value) is not dict:
            self.wrong(value, path, out)
            return
        if value.keys() != self.columns:  # name the unknown or missing column
            Obj(dict.fromkeys(self.columns, Null())).check(value, path, out)
            return
        for name, item in value.items():
            if item is None or type(item) is str or (name in self.numeric and type(item) in (int, float)):
                continue
            Either((Null(), Text(), Number(0, 1e15))).check(item, f"{path}.{name}", out)


_TIME = Text(40, TIMESTAMP)
_KIND = OneOf(tuple(RECORD_KINDS))
_STATE = OneOf(tuple(s.value for s in ReportState))
_ORGANIZATION = Obj(
    {
        "tax_code": Text(20, TAX_CODE),
        "name": Text(300),
        "kind": Text(60),
        "province_code": Text(2, r"\d{2}"),
        "sector": nullable(Text(10)),
        "address": Text(500),
        "contact_name": Text(200),
        "contact_phone": Text(60),
        "contact_email": Text(200),
    }
)
_REPORT = Obj(
    {
        "submission_id": Text(36, UUID),
        "kind": _KIND,
        "facility": nullable(Text(20, FACILITY_CODE)),
        "period": Text(10),
        "start_month": Whole(0, 10**6),
        "end_month": Whole(0, 10**6),
        "state": _STATE,
        "supersedes": nullable(Text(36, UUID)),
        "superseded_by": nullable(Text(36, UUID)),
        "payload": nullable(Text(MAX_DATA_BYTES)),
        "content_sha256": nullable(Text(64, HEX64)),
        "reference_versions": nullable(Text(10_000)),
        "created_at": _TIME,
        "finalized_at": nullable(_TIME),
        "receipt": nullable(Text(200)),
        "server_message": nullable(Text(5_000, lines=True)),
    }
)
_ASSESSMENT = Obj(
    {
        "assessment": Obj(
            {
                "id": Whole(),
                "org_id": Whole(),
                "facility_id": nullable(Text(20, FACILITY_CODE)),
                "scheme": Text(100),
                "set_version": Text(100),
                "criteria": Text(8 * 2**20, lines=True),
                "year": Whole(1990, 2200),
                "assessor": Text(300),
                "state": OneOf((ReportState.DRAFT.value, ReportState.FINALIZED.value)),
                "created_at": _TIME,
                "finalized_at": nullable(_TIME),
                "score_pct": nullable(Number(0, 100)),
                "passed": nullable(OneOf((0, 1))),
                "content_sha256": nullable(Text(64, HEX64)),
            }
        ),
        "answers": ListOf(
            Obj(
                {
                    "assessment_id": Whole(),
                    "criterion_id": Text(100),
                    "value": nullable(Text(100)),
                    "auto_value": nullable(Text(100)),
                    "override_reason": Text(2_000, lines=True),
                    "note": Text(10_000, lines=True),
                }
            ),
            5_000,
        ),
        "evidence": ListOf(
            Obj(
                {
                    "assessment_id": Whole(),
                    "criterion_id": Text(100),
                    "sha256": Text(64, HEX64),
                    "file_name": Text(255),
                    "size": Whole(0, 2**40),
                    "added_at": _TIME,
                }
            ),
            10_000,
        ),
    }
)
_ECO_PROJECT = Obj(
    {
        "project": Obj(
            {
                "title": Text(300),
                "consultant": Text(300),
                "client_representative": Text(300),
                "baseline_year": Whole(1990, 2100),
                "created_at": _TIME,
            }
        ),
        "assessment": nullable(Obj({"scheme": Text(100), "year": Whole(1990, 2200), "created_at": _TIME})),
        "phases": MapOf(JsonObject(), Text(40, "|".join(PHASES)), len(PHASES)),
    }
)
DATA = Obj(
    {
        "organization": _ORGANIZATION,
        "facilities": ListOf(Obj({"code": Text(20), "name": Text(300), "kind": Text(60)}), 10_000),
        "baselines": MapOf(Whole(1990, 2200), OneOf(BASELINE_INDICATORS), 20),  # type: ignore[arg-type]
        "records": Obj(optional={code: ListOf(Row(kind), MAX_ROWS) for code, kind in RECORD_KINDS.items()}),
        "reports": ListOf(_REPORT, 1_000_000),
        "assessments": ListOf(_ASSESSMENT, 10_000),
    },
    {"eco_projects": ListOf(_ECO_PROJECT, 1_000)},  # archives from before the eco-innovation toolkit lack it
)
MANIFEST_SHAPE = Obj(
    {
        "format": OneOf((ARCHIVE_FORMAT,)),
        "version": OneOf((1,)),
        "organizations": ListOf(Text(20, TAX_CODE), 1_000),
        "files": MapOf(Text(64, HEX64), Text(100), MAX_MEMBERS),
    },
    {"app_version": Text(40), "created_at": _TIME},
)


def payload_shape(kind: RecordKind) -> Obj:
    return Obj(
        {
            "form": OneOf((kind.code,)),
            "organization": Obj(
                {
                    "tax_code": Text(20, TAX_CODE),
                    "name": Text(300),
                    "province_code": Text(2, r"\d{2}"),
                    "sector": nullable(Text(10)),
                }
            ),
            "facility": nullable(Text(20, FACILITY_CODE)),
            "period": Text(10),
            "records": ListOf(Row(kind), MAX_ROWS),
            "reference_versions": MapOf(Text(100), max_items=100),
            "app_version": Text(40),
        }
    )
