"""Conversion factors, targets, form and criteria-set definitions, each versioned, with an ETag."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Response
from fastapi.responses import JSONResponse

from scp_ministry_server.api.deps import PrincipalDep, ReferenceDep
from scp_ministry_server.errors import described
from scp_ministry_server.schemas import ReferenceDocuments

router = APIRouter(tags=["reference"])


@router.get(
    "/reference",
    response_model=ReferenceDocuments,
    responses={304: {"description": "Not modified: the If-None-Match ETag is current"}, **described(401, 422, 429)},
    summary="The current reference documents (honours If-None-Match)",
)
def get_reference(
    _who: PrincipalDep, reference: ReferenceDep, if_none_match: Annotated[str | None, Header()] = None
) -> Response:
    current = reference.current()
    if if_none_match == current.etag:
        return Response(status_code=304, headers={"ETag": current.etag})
    body = ReferenceDocuments.model_validate(
        {
            "documents": {
                name: {"version": str(doc.get("version", "")), "document": doc}
                for name, doc in sorted(current.documents.items())
            }
        }
    )
    return JSONResponse(body.model_dump(mode="json"), headers={"ETag": current.etag})
