"""The API's bodies and answers as pydantic models: they validate what comes in, shape what goes
out, and are what the OpenAPI document (/api/v1/openapi.json) shows.

A report's record models are made from the app's own record kinds (scp_desktop.domain.records), so
the two sides never disagree on a field. The domain rules that need reference data (known fuels,
units, periods not in the future…) are applied after these, by the same code the app runs.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Discriminator,
    Field,
    PlainSerializer,
    PrivateAttr,
    StrictBool,
    StrictFloat,
    StrictInt,
    StrictStr,
    Tag,
    ValidatorFunctionWrapHandler,
    create_model,
    model_validator,
)

from scp_desktop.domain.records import RECORD_KINDS, FieldType, RecordKind
from scp_ministry_server.storage.types import format_utc

State = Literal["received", "verified", "accepted", "returned", "superseded"]
Decision = Literal["accept", "return", "verify"]
DECIDED: dict[Decision, State] = {"accept": "accepted", "return": "returned", "verify": "verified"}
FieldComments = Annotated[
    dict[Annotated[StrictStr, Field(min_length=1, max_length=200)], Annotated[StrictStr, Field(max_length=2000)]],
    Field(max_length=1000, description="{path: text}: a criterion id, or a record's field (records[3].quantity)"),
]

Timestamp = Annotated[
    dt.datetime,
    PlainSerializer(format_utc, return_type=str, when_used="json"),
    Field(examples=["2026-01-12T08:30:00.000Z"]),
]
Sha256 = Annotated[StrictStr, Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256, lower-case hex")]

MAX_RECORDS = 100_000  # a year of every store of a large chain is ~40,000 daily records
MAX_JSON_DEPTH = 32  # our documents are at most 8 levels deep
UUID4 = r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
Text500 = Annotated[StrictStr, Field(max_length=500)]
Figure = Annotated[Union[StrictInt, StrictFloat], Field(ge=0, allow_inf_nan=False)]  # noqa: UP007 - kept as one schema

# JSON types only: a figure is a JSON number (never "1.234,5"), a whole number an integer, a date
# YYYY-MM-DD. Codes, periods, ranges and text rules are checked with the reference data afterwards
# (validation.py); `Literal` codes here would freeze the reference data into the schema.
_FIELD_TYPES: dict[FieldType, Any] = {
    FieldType.OWNER: Annotated[StrictStr, Field(min_length=1, max_length=100)],
    FieldType.PERIOD: Annotated[StrictStr, Field(max_length=10, description="YYYY, YYYY-Qn or YYYY-MM")],
    FieldType.DATE: Annotated[
        StrictStr, Field(pattern=r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$", json_schema_extra={"format": "date"})
    ],
    FieldType.CHOICE: Annotated[StrictStr, Field(max_length=100, description="a code from the reference data")],
    FieldType.TEXT: Text500,
    FieldType.DECIMAL: Figure,
    FieldType.WHOLE: Annotated[StrictInt, Field(ge=0)],
}


def _record_model(kind: RecordKind) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for spec in kind.fields:
        kind_type = _FIELD_TYPES[spec.type]
        fields[spec.name] = (kind_type, ...) if spec.required else (kind_type | None, None)
    name = "".join(part.title() for part in kind.code.split("-")) + "Record"
    return create_model(name, __config__=ConfigDict(extra="forbid"), **fields)


class OrganizationRef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    tax_code: StrictStr = Field(description="10 or 13 digits (with or without the dash)", max_length=20)
    kind: Annotated[StrictStr, Field(max_length=30, description="as the app has it: must be the ministry's")] | None = (
        None
    )
    name: Text500 | None = None
    province_code: Annotated[StrictStr, Field(max_length=20)] | None = None
    sector: Annotated[StrictStr, Field(max_length=20)] | None = None


class _Payload(BaseModel):
    """What a report carries; nothing else. The content hash is taken over the payload exactly as the
    app sent it; what is stored are the values validation produced."""

    model_config = ConfigDict(extra="forbid")
    organization: OrganizationRef
    period: Annotated[StrictStr, Field(max_length=10, description="YYYY, YYYY-Qn or YYYY-MM")]
    reference_versions: (
        Annotated[
            dict[Annotated[StrictStr, Field(max_length=100)], Annotated[StrictStr, Field(max_length=100)]],
            Field(max_length=100),
        ]
        | None
    ) = None
    app_version: Annotated[StrictStr, Field(max_length=50)] | None = None
    _sent: dict[str, Any] = PrivateAttr(default_factory=dict)

    @model_validator(mode="wrap")
    @classmethod
    def _keep_as_sent(cls, data: Any, handler: ValidatorFunctionWrapHandler) -> Any:
        model = handler(data)
        if isinstance(data, dict):
            model._sent = data
        return model

    @property
    def as_sent(self) -> dict[str, Any]:
        """The JSON the client sent, untouched by validation: what content_sha256 is taken over."""
        return self._sent


def _payload_model(kind: RecordKind) -> type[_Payload]:
    record = _record_model(kind)
    name = record.__name__.removesuffix("Record") + "Payload"
    return create_model(
        name,
        __base__=_Payload,
        form=(Literal[kind.code], ...),  # type: ignore[valid-type]
        facility=(Annotated[StrictStr, Field(max_length=100)] | None, None),
        records=(list[record], Field(min_length=1, max_length=MAX_RECORDS)),  # type: ignore[valid-type]
    )


RECORD_PAYLOADS = tuple(_payload_model(kind) for kind in RECORD_KINDS.values())

# -- self-assessments on the wire (interfaces.md "Self-assessments on the wire") --------------------
ASSESSMENT = "assessment"
ASSESSMENT_FORM = r"^assessment/[a-z0-9][a-z0-9-]{0,49}$"
MAX_EVIDENCE_BYTES = 25 * 2**20
AnswerValue = (
    Annotated[StrictStr, Field(max_length=100)] | Annotated[StrictInt | StrictFloat, Field(allow_inf_nan=False)]
)
CriterionId = Annotated[StrictStr, Field(min_length=1, max_length=100)]


class AnswerIn(BaseModel):
    """One criterion as answered: `value` what the user said (null: the automatic answer stands)."""

    model_config = ConfigDict(extra="forbid")
    value: AnswerValue | None = None
    auto_value: AnswerValue | None = None
    override_reason: Annotated[StrictStr, Field(max_length=2000)] = ""
    note: Annotated[StrictStr, Field(max_length=10_000)] = ""
    evidence: list[Sha256] = Field(default_factory=list, max_length=100, description="its files, by SHA-256")


class AutomaticIn(BaseModel):
    """An answer computed from the records: the path into the year's summary, and the figures beside it."""

    model_config = ConfigDict(extra="forbid")
    path: Annotated[StrictStr, Field(max_length=200)]
    value: AnswerValue | None
    figures: dict[Annotated[StrictStr, Field(max_length=100)], AnswerValue | bool | None] = Field(max_length=100)


class EvidenceIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sha256: Sha256
    file_name: Annotated[StrictStr, Field(min_length=1, max_length=200)]
    size: Annotated[StrictInt, Field(ge=0, le=MAX_EVIDENCE_BYTES)]
    criteria: list[CriterionId] = Field(min_length=1, max_length=1000, description="the criteria it supports")


class CriteriaRef(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: Annotated[StrictStr, Field(max_length=100)]
    version: Annotated[StrictStr, Field(max_length=50)]


class CriterionScoreIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    status: Annotated[StrictStr, Field(max_length=30)]
    earned: Figure
    possible: Figure


class ScoresIn(BaseModel):
    """What the app computed; the server scores the answers again and refuses any difference."""

    model_config = ConfigDict(extra="forbid")
    score_pct: Figure
    passed: StrictBool | None
    sections: dict[Annotated[StrictStr, Field(max_length=100)], Figure | None] = Field(max_length=100)
    criteria: dict[CriterionId, CriterionScoreIn] = Field(max_length=1000)


class AssessmentPayload(_Payload):
    """A finalized self-assessment: form `assessment/<scheme>`, period its year."""

    form: Annotated[StrictStr, Field(pattern=ASSESSMENT_FORM, description="assessment/<criteria set id>")]
    facility: Annotated[StrictStr, Field(max_length=100)] | None = None
    criteria: CriteriaRef
    assessor: Text500 = ""
    answers: dict[CriterionId, AnswerIn] = Field(max_length=1000)
    automatic: dict[CriterionId, AutomaticIn] = Field(default_factory=dict, max_length=1000)
    evidence: list[EvidenceIn] = Field(default_factory=list, max_length=1000)
    scores: ScoresIn


def _payload_tag(value: Any) -> str | None:
    form = value.get("form") if isinstance(value, dict) else getattr(value, "form", None)
    if not isinstance(form, str):  # a list or an object is no form (and no dictionary key)
        return None
    if form.startswith(ASSESSMENT + "/"):
        return ASSESSMENT
    return form if form in RECORD_KINDS else None


PAYLOADS = (*RECORD_PAYLOADS, AssessmentPayload)
FORM_TAGS = frozenset({*RECORD_KINDS, ASSESSMENT})
Payload = Annotated[
    Union[
        (
            *(Annotated[m, Tag(k)] for m, k in zip(RECORD_PAYLOADS, RECORD_KINDS, strict=True)),
            Annotated[AssessmentPayload, Tag(ASSESSMENT)],
        )
    ],
    Discriminator(_payload_tag, custom_error_type="form", custom_error_message="an unknown form"),
]


SubmissionId = Annotated[
    StrictStr, Field(pattern=UUID4, description="a UUID4 the app chose when the draft was created (lower-case)")
]


class SubmissionIn(BaseModel):
    """One finalized report (sync-protocol.md). The same id and content again is answered with the
    same receipt; a correction names the report it replaces in `supersedes`."""

    model_config = ConfigDict(extra="forbid")
    submission_id: SubmissionId | None = Field(None, description="if given, the same as in the path")
    content_sha256: Sha256 = Field(description="SHA-256 of the payload's canonical JSON")
    supersedes: SubmissionId | None = None
    payload: Payload
    attachments: list[Sha256] = Field(
        default_factory=list, max_length=1000, description="uploaded first, by this organization"
    )


class Receipt(BaseModel):
    submission_id: str
    receipt_number: str = Field(examples=["BCT-2026-0000123"])
    state: State
    received_at: Timestamp
    content_sha256: str
    duplicate: bool = Field(description="true when this id and content were already received")


class ReceiptEnvelope(BaseModel):
    """The only success answer to a submission: a proxy's bare 200 is never one."""

    receipt: Receipt


class Capabilities(BaseModel):
    api_version: int
    server_version: str
    max_body_bytes: int
    max_records: int = Field(description="records one report may hold")
    max_json_depth: int = Field(description="how deeply a JSON body may nest")
    server_time: Timestamp


class TokenRequest(BaseModel):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)
    device: str = Field(default="device", max_length=200)


class TokenAnswer(BaseModel):
    token: str = Field(description="keep it in the OS credential store; the server keeps only its hash")
    token_type: Literal["bearer"]
    organizations: list[str] = Field(description="tax codes the token reports for")
    reviewer: bool
    expires_in_days: int


class ReferenceDocument(BaseModel):
    version: str
    document: dict[str, Any]


class ReferenceDocuments(BaseModel):
    documents: dict[str, ReferenceDocument] = Field(description="by name: energy, targets, criteria/<set id>, …")


class AttachmentReceipt(BaseModel):
    sha256: str
    size: int
    created: bool


class Change(BaseModel):
    """One state a submission took, in the order the server committed them."""

    submission_id: str
    tax_code: str
    form: str
    period: str
    state: State
    receipt: str
    reviewer_comment: str | None
    field_comments: FieldComments | None = Field(description="the review's comments by field or criterion")
    reviewed_at: Timestamp | None = Field(description="when the decision was taken (verified, accepted, returned)")
    at: Timestamp = Field(description="when the submission took this state")


class ChangesPage(BaseModel):
    changes: list[Change]
    cursor: str = Field(description="pass it back to get what comes after")
    more: bool = Field(description="true when more changes wait: ask again at once")


class SubmissionSummary(BaseModel):
    submission_id: str
    tax_code: str
    form: str
    facility: str | None
    period: str
    state: State
    receipt: str
    received_at: Timestamp
    supersedes: str | None
    superseded_by: str | None
    reviewer_comment: str | None
    field_comments: FieldComments | None = None
    reviewed_at: Timestamp | None
    content_sha256: str


class HistoryEntry(BaseModel):
    state: State
    at: Timestamp
    actor: str = Field(description="who set it: the sender's or the reviewer's user name")
    comment: str | None
    field_comments: dict[str, str] | None


class AttachmentInfo(BaseModel):
    sha256: str
    size: int


class SubmissionDetail(SubmissionSummary):
    """One submission as stored: the values its validation produced, the evidence it lists, its history."""

    payload: dict[str, Any]
    attachments: list[AttachmentInfo]
    field_comments: dict[str, str] | None = Field(description="the latest review's, by field or criterion")
    history: list[HistoryEntry] = Field(description="oldest first")


class SubmissionList(BaseModel):
    submissions: list[SubmissionSummary] = Field(description="oldest first")
    next: str | None = Field(description="pass as `after` for the next page; null on the last")


class ReviewRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    decision: Decision = Field(description="verify (province, on a two-level server), accept or return")
    comment: str = Field("", max_length=5000, description="required when returning (or field comments)")
    field_comments: FieldComments | None = None


class ReviewAnswer(BaseModel):
    submission_id: str
    state: State


class EnergyIndicators(BaseModel):
    toe_total: float
    toe_by_fuel: dict[str, float]
    co2_scope2_t: float
    organizations: int


class BagIndicators(BaseModel):
    transactions: int
    nonbio_count: int
    nonbio_per_transaction: float | None
    baseline_year: int
    reduction_pct: float | None
    target_pct: dict[str, float]


class WasteStreamIndicators(BaseModel):
    generated_t: float
    recovered_t: float
    recovery_rate_pct: float | None
    target_pct: float | None


class UnreadableReport(BaseModel):
    """An accepted report left out of the figures: it holds what cannot be counted (for reviewers to mend)."""

    submission_id: str
    tax_code: str
    form: str
    period: str
    reason: str


class Indicators(BaseModel):
    year: int
    province: str | None
    sector: str | None
    organizations: int
    reports: int
    energy: EnergyIndicators | None
    bags: BagIndicators | None
    waste: dict[str, WasteStreamIndicators] | None
    unreadable: list[UnreadableReport] = Field(description="accepted reports left out: they cannot be counted")
    repeated_records: int = Field(description="records left out because an earlier accepted report counted them")
