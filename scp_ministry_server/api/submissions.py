"""Reports: receive (idempotent), list, the changes feed, and the ministry's review."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import JSONResponse

from scp_ministry_server import submissions
from scp_ministry_server.api.deps import PrincipalDep, ReferenceDep, StorageDep
from scp_ministry_server.errors import described
from scp_ministry_server.schemas import (
    ChangesPage,
    ReceiptEnvelope,
    ReviewAnswer,
    ReviewRequest,
    State,
    SubmissionIn,
    SubmissionList,
)

UUID4 = r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"
router = APIRouter(prefix="/submissions", tags=["submissions"])


@router.put(
    "/{submission_id}",
    response_model=ReceiptEnvelope,
    status_code=201,
    responses={200: {"model": ReceiptEnvelope, "description": "Already received: the same receipt"}}
    | described(401, 403, 409, 413, 422, 429),
    summary="Send one finalized report",
)
def put_submission(
    submission_id: Annotated[str, Path(pattern=UUID4, description="UUID4, lower-case")],
    body: SubmissionIn,
    who: PrincipalDep,
    storage: StorageDep,
    reference: ReferenceDep,
) -> JSONResponse:
    status, receipt = submissions.receive(storage, reference.current().data, who, submission_id, body)
    return JSONResponse(ReceiptEnvelope.model_validate(receipt).model_dump(mode="json"), status_code=status)


@router.get(
    "/changes",
    response_model=ChangesPage,
    responses=described(401, 412, 422),
    summary="Review outcomes and every other state change since the cursor, in commit order",
)
def get_changes(who: PrincipalDep, storage: StorageDep, cursor: str | None = None) -> dict[str, Any]:
    return submissions.changes(storage, who, cursor)


@router.get(
    "",
    response_model=SubmissionList,
    responses=described(401, 403, 422),
    summary="Submissions with their state and receipt (enterprises: their own; reviewers: all)",
)
def get_submissions(
    who: PrincipalDep,
    storage: StorageDep,
    organization: str | None = None,
    period: str | None = None,
    state: State | None = None,
    after: Annotated[str | None, Query(description="the `next` of the page before")] = None,
    limit: Annotated[int, Query(ge=1, le=submissions.LIST_PAGE)] = submissions.LIST_PAGE,
) -> dict[str, Any]:
    return submissions.list_submissions(storage, who, organization, period, state, after, limit)


@router.post(
    "/{submission_id}/review",
    response_model=ReviewAnswer,
    responses=described(401, 403, 404, 409, 422),
    summary="Verify (province), accept or return a report with a comment and per-field comments (reviewers)",
)
def post_review(
    submission_id: str, body: ReviewRequest, request: Request, who: PrincipalDep, storage: StorageDep
) -> dict[str, Any]:
    levels = request.app.state.review_levels
    return submissions.review(storage, who, submission_id, body.decision, body.comment, body.field_comments, levels)
