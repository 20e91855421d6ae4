"""Device tokens: a username and password give a long-lived, revocable bearer token.

Sign-in is throttled per user name and per address (security.locked_for): a locked attempt is answered
429 SIGN_IN_LOCKED with Retry-After before any password is checked, and an unknown user name costs the
same time and counts the same as a wrong password, so neither guessing nor timing tells which names exist.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request, Response

from scp_ministry_server.api.deps import PrincipalDep, StorageDep
from scp_ministry_server.errors import ApiError, described
from scp_ministry_server.limits import JsonLimitsRoute, client_address
from scp_ministry_server.schemas import TokenAnswer, TokenRequest
from scp_ministry_server.security import (
    FREE_FAILURES,
    FREE_FAILURES_PER_ADDRESS,
    WINDOW,
    check_password,
    decoy_hash,
    locked_for,
    new_token,
    token_hash,
)
from scp_ministry_server.storage import Storage
from scp_ministry_server.storage.types import utc_now

TOKEN_LIFETIME = dt.timedelta(days=365)
FORGET_FAILURES = dt.timedelta(days=1)
router = APIRouter(prefix="/auth", tags=["auth"], route_class=JsonLimitsRoute)


@router.post("/token", response_model=TokenAnswer, responses=described(401, 413, 422, 429), summary="Sign in a device")
def issue_token(body: TokenRequest, request: Request, storage: StorageDep) -> dict[str, Any]:
    address = client_address(request.scope)
    _refuse_while_locked(storage, body.username, address)
    user = storage.user(body.username)
    if not check_password(body.password, user["password_hash"] if user else decoy_hash()) or user is None:
        storage.add_sign_in_failure(body.username, address, utc_now() - FORGET_FAILURES)
        raise ApiError(401, "BAD_CREDENTIALS", "wrong username or password")
    storage.clear_sign_in_failures(body.username)
    token = new_token()
    storage.add_token(user["id"], token_hash(token), body.device, TOKEN_LIFETIME)
    return {
        "token": token,
        "token_type": "bearer",
        "organizations": storage.organizations_of(user["id"]),
        "reviewer": bool(user["is_reviewer"]),
        "expires_in_days": TOKEN_LIFETIME.days,
    }


def _refuse_while_locked(storage: Storage, username: str, address: str) -> None:
    now = utc_now()
    by_user, by_address = storage.sign_in_failures(username, address, now - WINDOW)
    wait = max(
        locked_for(by_user.count, by_user.last, FREE_FAILURES, now),
        locked_for(by_address.count, by_address.last, FREE_FAILURES_PER_ADDRESS, now),
    )
    if wait:
        seconds = max(1, round(wait + 0.5))
        raise ApiError(
            429,
            "SIGN_IN_LOCKED",
            f"too many failed sign-ins: try again in {seconds} s",
            headers={"Retry-After": str(seconds)},
        )


@router.delete("/token", status_code=204, responses=described(401, 422, 429), summary="Revoke this token")
def revoke_token(who: PrincipalDep, storage: StorageDep) -> Response:
    storage.revoke_token(who.token_id, who.username)
    return Response(status_code=204)
