"""Reports: receive (idempotent), list, the changes feed, and the ministry's review."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from scp_ministry_server import submissions
from scp_ministry_server.api.deps import PrincipalDep, ReferenceDep, StorageDep
from scp_ministry_server.errors import ApiError, described
from scp_ministry_server.limits import JsonLimitsRoute
from scp_ministry_server.schemas import (
    UUID4,
    ChangesPage,
    ReceiptEnvelope,
    ReviewAnswer,
    ReviewRequest,
    State,
    SubmissionDetail,
    SubmissionIn,
    SubmissionList,
)

router = APIRouter(prefix="/submissions", tags=["submissions"], route_class=JsonLimitsRoute)
_UUID4 = re.compile(UUID4.strip("^$"))


def strict_id(submission_id: str) -> str:
    """The id exactly: `\\Z`-anchored, so that no trailing newline slips through a `$`."""
    if not _UUID4.fullmatch(submission_id):
        raise ApiError(
            422,
            "INVALID",
            "not a submission id",
            [{"field": "submission_id", "code": "INVALID", "message": "a lower-case UUID4"}],
        )
    return submission_id


SubmissionIdPath = Annotated[str, Path(pattern=UUID4, description="UUID4, lower-case")]


@router.put(
    "/{submission_id}",
    response_model=ReceiptEnvelope,
    status_code=201,
    responses={200: {"model": ReceiptEnvelope, "description": "Already received: the same receipt"}}
    | described(401, 403, 409, 413, 422, 429, 503),
    summary="Send one finalized report",
)
def put_submission(
    submission_id: SubmissionIdPath,
    body: SubmissionIn,
    who: PrincipalDep,
    storage: StorageDep,
    reference: ReferenceDep,
) -> JSONResponse:
    status, receipt = submissions.receive(storage, reference, who, strict_id(submission_id), body)
    return JSONResponse(ReceiptEnvelope.model_validate(receipt).model_dump(mode="json"), status_code=status)


@router.get(
    "/changes",
    response_model=ChangesPage,
    responses=described(401, 412, 422, 429),
    summary="Review outcomes and every other state change since the cursor, in commit order",
)
def get_changes(who: PrincipalDep, storage: StorageDep, cursor: str | None = None) -> dict[str, Any]:
    return submissions.changes(storage, who, cursor)


@router.get(
    "",
    response_model=SubmissionList,
    responses=described(401, 403, 422, 429),
    summary="Submissions with their state and receipt (enterprises: their own; reviewers: all)",
)
def get_submissions(
    who: PrincipalDep,
    storage: StorageDep,
    organization: Annotated[str | None, Query(pattern=r"^[0-9]{10}(-?[0-9]{3})?$", description="tax code")] = None,
    period: Annotated[str | None, Query(pattern=r"^[0-9]{4}(-(Q[1-4]|[0-9]{2}))?$")] = None,
    state: State | None = None,
    after: Annotated[
        str | None, Query(pattern=r"^[0-9T:.+Z-]{1,40}~[0-9a-f-]{36}$", description="the `next` of the page before")
    ] = None,
    limit: Annotated[int, Query(ge=1, le=submissions.LIST_PAGE)] = submissions.LIST_PAGE,
) -> dict[str, Any]:
    return submissions.list_submissions(storage, who, organization, period, state, after, limit)


@router.post(
    "/{submission_id}/review",
    response_model=ReviewAnswer,
    responses=described(401, 403, 404, 409, 413, 422, 429),
    summary="Verify (province), accept or return a report with a comment and comments per field or criterion "
    "(reviewers)",
)
def post_review(
    submission_id: SubmissionIdPath,
    body: ReviewRequest,
    request: Request,
    who: PrincipalDep,
    storage: StorageDep,
    reference: ReferenceDep,
) -> dict[str, Any]:
    levels = request.app.state.review_levels
    return submissions.review(
        storage, reference, who, strict_id(submission_id), body.decision, body.comment, body.field_comments, levels
    )


@router.get(
    "/{submission_id}",
    response_model=SubmissionDetail,
    responses=described(401, 404, 422, 429),
    summary="One submission: its payload, evidence files and history (404 outside your scope)",
)
def get_submission(submission_id: SubmissionIdPath, who: PrincipalDep, storage: StorageDep) -> dict[str, Any]:
    return submissions.detail(storage, who, strict_id(submission_id))
