"""Guidance search. The query travels in the body (never in a URL, which access logs keep) and
is redacted before it is embedded."""

from __future__ import annotations

from fastapi import APIRouter

from api.deps import GuidanceSearcher, ServicesDep
from api.errors import EmptyLetter
from api.schemas import ErrorOut, GuidanceIn, GuidanceOut, HitOut

router = APIRouter(prefix="/api/guidance", tags=["guidance"])


@router.post(
    "/search",
    response_model=GuidanceOut,
    summary="Search the policy guidance",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 422: {"model": ErrorOut}},
)
def search(body: GuidanceIn, services: ServicesDep, user: GuidanceSearcher):
    if not body.query.strip():
        raise EmptyLetter("the search text is empty")
    redacted, hits = services.search_guidance(body.query, body.k)
    return GuidanceOut(
        query_redacted=redacted,
        hits=[HitOut(**{f: getattr(h, f) for f in HitOut.model_fields}) for h in hits],
    )
