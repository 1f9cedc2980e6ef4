"""Cases: submit (JSON or a .txt/.eml upload), the queue, one case, its original text."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, File, Header, Query, Response, UploadFile

from api.deps import CaseReader, OriginalReader, ReadSession, ServicesDep, Submitter
from api.errors import Invalid, UnknownTeam
from api.ingest import from_text, from_upload
from api.schemas import CaseOut, CasePage, CaseSummary, ErrorOut, OriginalOut, SubmitIn
from api.services import IDEMPOTENCY_KEY_PATTERN
from api.store import repository as repo

router = APIRouter(prefix="/api/cases", tags=["cases"])

IdempotencyKey = Annotated[str | None, Header(
    alias="Idempotency-Key", description="Send the same key again (e.g. on a retry) and get the "
    "same case back instead of a second one. Scoped to your user. 1-200 printable ASCII "
    "characters, not all spaces (else 422 bad_idempotency_key).",
    # documented, checked by Services.submit (for its own error code)
    json_schema_extra={"maxLength": 200, "pattern": IDEMPOTENCY_KEY_PATTERN})]

SUBMIT_ERRORS = {
    200: {"model": CaseOut, "description": "replay: the case made earlier with this "
          "Idempotency-Key (header Idempotent-Replayed: true); nothing new is stored"},
    401: {"model": ErrorOut}, 403: {"model": ErrorOut},
    409: {"model": ErrorOut, "description": "Idempotency-Key reused for a different letter"},
    413: {"model": ErrorOut, "description": "request or letter too large"},
    415: {"model": ErrorOut, "description": "unsupported file type"},
    422: {"model": ErrorOut, "description": "empty letter, bad encoding, bad field"},
}


def _respond(response: Response, case, created: bool) -> CaseOut:
    response.status_code = 201 if created else 200
    response.headers["Location"] = f"/api/cases/{case.id}"
    if not created:
        response.headers["Idempotent-Replayed"] = "true"
    return CaseOut.full(case)


@router.post("", response_model=CaseOut, status_code=201, responses=SUBMIT_ERRORS,
             summary="Submit a letter (JSON)")
def submit_case(body: SubmitIn, response: Response, services: ServicesDep,
                user: Submitter, idempotency_key: IdempotencyKey = None):
    """Redact, triage and store a letter. The case is committed before the response is sent:
    201 with the new case, or 200 with the earlier one when the Idempotency-Key was seen."""
    incoming = from_text(body.text, max_chars=services.settings.max_letter_chars)
    case, created = services.submit(user, incoming, idempotency_key)
    return _respond(response, case, created)


@router.post("/upload", response_model=CaseOut, status_code=201, responses=SUBMIT_ERRORS,
             summary="Submit a letter file (.txt) or an email (.eml)")
def upload_case(file: Annotated[UploadFile, File(description=".txt (UTF-8) or .eml (plain, "
                                                 "multipart or HTML-only)")],
                response: Response, services: ServicesDep, user: Submitter,
                idempotency_key: IdempotencyKey = None):
    limit = services.settings.max_request_bytes
    data = file.file.read(limit + 1)
    incoming = from_upload(data, filename=file.filename, content_type=file.content_type,
                           max_chars=services.settings.max_letter_chars, max_bytes=limit)
    case, created = services.submit(user, incoming, idempotency_key)
    return _respond(response, case, created)


Status = Literal["open", "escalated", "accepted", "rerouted", "pending", "closed"]
Priority = Literal["urgent", "high", "normal"]


@router.get("", response_model=CasePage, summary="The queue",
            responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}})
def list_cases(session: ReadSession, services: ServicesDep, user: CaseReader,
               team: Annotated[str | None, Query(max_length=100)] = None,
               status: Status | None = None, priority: Priority | None = None,
               flagged: bool | None = None, abstained: bool | None = None,
               unassigned: bool | None = None,
               page: Annotated[int, Query(ge=1, le=100_000)] = 1,
               page_size: Annotated[int | None, Query(ge=1, le=100)] = None):
    """Cases, most urgent first, then oldest first. ``status=pending`` is open or escalated;
    ``closed`` is accepted or re-routed."""
    size = page_size or services.settings.page_size_default
    if size > services.settings.page_size_max:
        raise Invalid(f"page_size is at most {services.settings.page_size_max}")
    if team is not None and team not in services.teams:
        raise UnknownTeam([team], services.teams)
    items, total = repo.list_cases(session, repo.CaseFilter(
        team=team, status=status, priority=priority, flagged=flagged, abstained=abstained,
        unassigned=unassigned), page=page, page_size=size)
    names = repo.claimers(session, items, services.settings.claim_timeout_minutes)
    return CasePage(items=[CaseSummary.of(c, names.get(c.id)) for c in items], total=total,
                    page=page, page_size=size, pages=max(1, -(-total // size)))


@router.get("/{case_id}", response_model=CaseOut, summary="One case (redacted) with its decisions",
            responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut}})
def get_case(case_id: str, session: ReadSession, response: Response, services: ServicesDep,
             user: CaseReader):
    case = repo.get_case(session, case_id)
    response.headers["ETag"] = f'"{case.version}"'
    names = repo.claimers(session, [case], services.settings.claim_timeout_minutes)
    return CaseOut.full(case, repo.decisions_for(session, case_id), names.get(case.id))


@router.get("/{case_id}/original", response_model=OriginalOut,
            summary="The unredacted letter (caseworkers and admins; every read is audited)",
            responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 404: {"model": ErrorOut}})
def get_original(case_id: str, services: ServicesDep, response: Response,
                 user: OriginalReader):
    with services.db.write() as session:
        original = repo.get_original(session, case_id, user)
        out = OriginalOut(case_id=case_id, text=original.original_text,
                          values=original.values or {}, filename=original.filename,
                          content_type=original.content_type, reply_text=original.reply_text)
    response.headers["Cache-Control"] = "no-store"
    return out
