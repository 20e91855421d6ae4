"""What a client asks before anything else: the API version, limits and the server's clock."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from scp_desktop import __version__
from scp_ministry_server.errors import described
from scp_ministry_server.schemas import MAX_JSON_DEPTH, MAX_RECORDS, Capabilities
from scp_ministry_server.storage.types import utc_now

MAX_BODY_BYTES = 25 * 2**20
router = APIRouter(tags=["meta"])


@router.get(
    "/capabilities",
    response_model=Capabilities,
    responses=described(429),
    summary="API version, limits, server time (no sign-in)",
)
def capabilities() -> dict[str, Any]:
    return {
        "api_version": 1,
        "server_version": __version__,
        "max_body_bytes": MAX_BODY_BYTES,
        "max_records": MAX_RECORDS,
        "max_json_depth": MAX_JSON_DEPTH,
        "server_time": utc_now(),
    }
