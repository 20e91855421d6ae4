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
    Field,
    PlainSerializer,
    PrivateAttr,
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
    dict[str, str] | None,
    Field(
        description="per-field comments, {path: text}: for a record report a path into its payload "
        "(`records[3].nonbio_count`, `period`), for an assessment a criterion id"
    ),
]

Timestamp = Annotated[
    dt.datetime,
    PlainSerializer(format_utc, return_type=str, when_used="json"),
    Field(examples=["2026-01-12T08:30:00.000Z"]),
]
Sha256 = Annotated[str, Field(pattern=r"^[0-9a-f]{64}$", description="SHA-256, lower-case hex")]
SubmissionId = Annotated[str, Field(description="a UUID4 the app chose when the draft was created")]

_FIELD_TYPES: dict[FieldType, Any] = {
    FieldType.OWNER: Annotated[str, Field(max_length=500)],
    FieldType.PERIOD: Annotated[str, Field(description="YYYY, YYYY-Qn or YYYY-MM")],
    FieldType.DATE: dt.date,
    FieldType.CHOICE: Annotated[str, Field(description="a code from the reference data")],
    FieldType.TEXT: Annotated[str, Field(max_length=500)],
    FieldType.DECIMAL: Annotated[float, Field(allow_inf_nan=False)],
    FieldType.WHOLE: int,
}


def _record_model(kind: RecordKind) -> type[BaseModel]:
    fields: dict[str, Any] = {}
    for spec in kind.fields:
        kind_type = _FIELD_TYPES[spec.type]
        fields[spec.name] = (kind_type, ...) if spec.required else (kind_type | None, None)
    name = "".join(part.title() for part in kind.code.split("-")) + "Record"
    return create_model(name, __config__=ConfigDict(extra="forbid"), **fields)


class OrganizationRef(BaseModel):
    model_config = ConfigDict(extra="allow")
    tax_code: str = Field(description="10 or 13 digits (with or without the dash)", max_length=20)
    name: str | None = None
    province_code: str | None = None
    sector: str | None = None


class _Payload(BaseModel):
    """What a report carries. Other keys (reference_versions, app_version, …) are kept as sent:
    the content hash covers the payload exactly as the app sent it."""

    model_config = ConfigDict(extra="allow")
    organization: OrganizationRef
    facility: Annotated[str, Field(max_length=500)] | None = None
    period: str = Field(description="YYYY, YYYY-Qn or YYYY-MM")
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
        records=(list[record], Field(min_length=1)),  # type: ignore[valid-type]
    )


PAYLOADS = tuple(_payload_model(kind) for kind in RECORD_KINDS.values())
FORM_TAGS = frozenset(RECORD_KINDS)
Payload = Annotated[Union[PAYLOADS], Field(discriminator="form")]  # noqa: UP007 - a union built at run time


class SubmissionIn(BaseModel):
    """One finalized report (sync-protocol.md). The same id and content again is answered with the
    same receipt; a correction names the report it replaces in `supersedes`."""

    submission_id: SubmissionId | None = Field(None, description="if given, the same as in the path")
    content_sha256: Sha256 = Field(description="SHA-256 of the payload's canonical JSON")
    supersedes: SubmissionId | None = None
    payload: Payload
    attachments: list[Sha256] = Field(default_factory=list, max_length=1000, description="uploaded first")


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
    field_comments: FieldComments = None
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
    field_comments: FieldComments = None
    reviewed_at: Timestamp | None
    content_sha256: str


class SubmissionList(BaseModel):
    submissions: list[SubmissionSummary] = Field(description="oldest first")
    next: str | None = Field(description="pass as `after` for the next page; null on the last")


class ReviewRequest(BaseModel):
    decision: Decision = Field(description="verify (province, on a two-level server), accept or return")
    comment: str = Field("", max_length=5000, description="required when returning")
    field_comments: FieldComments = None


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


class Indicators(BaseModel):
    year: int
    province: str | None
    sector: str | None
    organizations: int
    reports: int
    energy: EnergyIndicators | None
    bags: BagIndicators | None
    waste: dict[str, WasteStreamIndicators] | None
