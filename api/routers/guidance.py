"""Guidance search (the query is redacted before it is embedded)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import GuidanceSearcher, ServicesDep
from api.schemas import ErrorOut, GuidanceOut, HitOut

router = APIRouter(prefix="/api/guidance", tags=["guidance"])


@router.get("", response_model=GuidanceOut, summary="Search the policy guidance",
            responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 422: {"model": ErrorOut}})
def search(services: ServicesDep, user: GuidanceSearcher,
           q: Annotated[str, Query(min_length=1, max_length=2000, description="what to look for")],
           k: Annotated[int, Query(ge=1, le=50)] = 5):
    from api.errors import EmptyLetter

    if not q.strip():
        raise EmptyLetter("the search text is empty")
    redacted, hits = services.search_guidance(q, k)
    return GuidanceOut(query_redacted=redacted,
                       hits=[HitOut(**{f: getattr(h, f) for f in HitOut.model_fields}) for h in hits])
