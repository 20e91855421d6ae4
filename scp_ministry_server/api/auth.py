"""Device tokens: a username and password give a long-lived, revocable bearer token."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Response

from scp_ministry_server.api.deps import PrincipalDep, StorageDep
from scp_ministry_server.errors import ApiError, described
from scp_ministry_server.schemas import TokenAnswer, TokenRequest
from scp_ministry_server.security import check_password, new_token, token_hash

TOKEN_LIFETIME = dt.timedelta(days=365)
router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/token", response_model=TokenAnswer, responses=described(401, 422), summary="Sign in a device")
def issue_token(request: TokenRequest, storage: StorageDep) -> dict[str, Any]:
    user = storage.user(request.username)
    if user is None or not check_password(request.password, user["password_hash"]):
        raise ApiError(401, "BAD_CREDENTIALS", "wrong username or password")
    token = new_token()
    storage.add_token(user["id"], token_hash(token), request.device, TOKEN_LIFETIME)
    return {
        "token": token,
        "token_type": "bearer",
        "organizations": storage.organizations_of(user["id"]),
        "reviewer": bool(user["is_reviewer"]),
        "expires_in_days": TOKEN_LIFETIME.days,
    }


@router.delete("/token", status_code=204, responses=described(401, 422), summary="Revoke this token")
def revoke_token(who: PrincipalDep, storage: StorageDep) -> Response:
    storage.revoke_token(who.token_id, who.username)
    return Response(status_code=204)
