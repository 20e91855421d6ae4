"""Device tokens: a username and password give a long-lived, revocable bearer token.

Sign-in is throttled per user name and per address, as on the web pages (sign_in.py): a locked attempt
is answered 429 SIGN_IN_LOCKED with Retry-After before any password is checked, and an unknown user name
costs the same time and counts the same as a wrong password.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request, Response

from scp_ministry_server.api.deps import PrincipalDep, StorageDep
from scp_ministry_server.errors import ApiError, described
from scp_ministry_server.limits import JsonLimitsRoute, client_address
from scp_ministry_server.schemas import TokenAnswer, TokenRequest
from scp_ministry_server.security import new_token, token_hash
from scp_ministry_server.sign_in import Locked, authenticate

TOKEN_LIFETIME = dt.timedelta(days=365)
router = APIRouter(prefix="/auth", tags=["auth"], route_class=JsonLimitsRoute)


@router.post("/token", response_model=TokenAnswer, responses=described(401, 413, 422, 429), summary="Sign in a device")
def issue_token(body: TokenRequest, request: Request, storage: StorageDep) -> dict[str, Any]:
    try:
        user = authenticate(storage, body.username, body.password, client_address(request.scope))
    except Locked as locked:
        raise ApiError(
            429,
            "SIGN_IN_LOCKED",
            f"too many failed sign-ins: try again in {locked.seconds} s",
            headers={"Retry-After": str(locked.seconds)},
        ) from None
    if user is None:
        raise ApiError(401, "BAD_CREDENTIALS", "wrong username or password")
    token = new_token()
    storage.add_token(user["id"], token_hash(token), body.device, TOKEN_LIFETIME)
    return {
        "token": token,
        "token_type": "bearer",
        "organizations": storage.organizations_of(user["id"]),
        "reviewer": bool(user["is_reviewer"]),
        "expires_in_days": TOKEN_LIFETIME.days,
    }


@router.delete("/token", status_code=204, responses=described(401, 422, 429), summary="Revoke this token")
def revoke_token(who: PrincipalDep, storage: StorageDep) -> Response:
    storage.revoke_token(who.token_id, who.username)
    return Response(status_code=204)
