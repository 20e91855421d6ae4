"""What routes depend on: the storage, the caller (from the bearer token) and the reference data."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from scp_ministry_server.errors import ApiError
from scp_ministry_server.limits import too_many
from scp_ministry_server.reference import Reference
from scp_ministry_server.security import token_hash
from scp_ministry_server.storage import Principal, Storage


# `async`: no I/O, so FastAPI runs them in the event loop instead of handing them to a thread.
async def get_storage(request: Request) -> Storage:
    return request.app.state.storage


async def get_reference(request: Request) -> Reference:
    """The reference data cache; its `current()` asks the database, so routes call it in their thread."""
    return request.app.state.reference


BEARER = HTTPBearer(auto_error=False, description="the device token from POST /auth/token")


def get_principal(
    request: Request,
    storage: Annotated[Storage, Depends(get_storage)],
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)],
) -> Principal:
    """The bearer token's owner, or 401 (unknown, expired and revoked tokens alike); 429 when the
    account has used its rate (every device and address of one account share it)."""
    challenge = {"WWW-Authenticate": "Bearer"}
    if credentials is None:
        raise ApiError(401, "UNAUTHENTICATED", "sign in first", headers=challenge)
    found = storage.principal(token_hash(credentials.credentials.strip()))
    if found is None:
        raise ApiError(401, "UNAUTHENTICATED", "the token is unknown, expired or revoked", headers=challenge)
    wait = request.app.state.account_buckets.take(found.user_id)
    if wait:
        raise too_many(wait)
    return found


def require_reviewer(who: Annotated[Principal, Depends(get_principal)]) -> Principal:
    if not who.is_reviewer:
        raise ApiError(403, "REVIEWERS_ONLY", "this is for ministry reviewers")
    return who


StorageDep = Annotated[Storage, Depends(get_storage)]
ReferenceDep = Annotated[Reference, Depends(get_reference)]
PrincipalDep = Annotated[Principal, Depends(get_principal)]
ReviewerDep = Annotated[Principal, Depends(require_reviewer)]
