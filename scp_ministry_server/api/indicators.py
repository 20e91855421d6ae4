"""The national SCP indicators of Decision 76, from accepted reports (ministry reviewers)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from scp_ministry_server import indicators
from scp_ministry_server.api.deps import ReferenceDep, ReviewerDep, StorageDep
from scp_ministry_server.errors import described
from scp_ministry_server.schemas import Indicators

router = APIRouter(tags=["indicators"])


@router.get(
    "/indicators",
    response_model=Indicators,
    responses=described(401, 403, 422, 429),
    summary="National indicators of a year, optionally for one province or sector",
)
def get_indicators(
    _who: ReviewerDep,
    storage: StorageDep,
    reference: ReferenceDep,
    year: Annotated[int, Query(ge=2000, le=2100)],
    province: Annotated[str | None, Query(pattern=r"^[^\x00-\x1f]{1,100}$", description="as registered")] = None,
    sector: Annotated[str | None, Query(pattern=r"^[A-Z][0-9]{0,5}$", description="VSIC: C, C13, C1311")] = None,
) -> dict[str, Any]:
    return indicators.indicators(storage, reference.current().data, year, province, sector)
