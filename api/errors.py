"""The service's errors and the one mapping of every domain error to HTTP.

The service raises :class:`DomainError` subclasses, each with its status and code. Errors of the
layers below (:mod:`contracts.errors`: a letter too long, an unknown team, bad input) are mapped
to one of them by type in :data:`STAGE_ERRORS` (:func:`as_http`). :func:`install` registers the
handlers that turn them (and request validation errors) into ``{"error": code, "detail":
message}`` JSON for ``/api`` paths, or a rendered error page for the web app. Messages never
contain letter text.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from contracts.errors import (
    BadText,
    CaseworkError,
    InputError,
    IntakeError,
    LetterTooLong,
    OcrUnavailable,
    TooBig,
    UnknownTeam,
    Unsupported,
)


class DomainError(CaseworkError):
    status = 400
    code = "bad_request"

    def __init__(
        self,
        detail: str,
        *,
        code: str | None = None,
        headers: dict | None = None,
        extra: dict | None = None,
    ) -> None:
        super().__init__(detail)
        self.detail = detail
        if code:
            self.code = code
        self.headers = headers or {}
        self.extra = extra or {}  # structured facts for the client (never letter text)


class Invalid(DomainError):
    status, code = 422, "invalid"


class EmptyLetter(Invalid):
    code = "empty"


class BadEncoding(Invalid):
    code = "bad_encoding"


class TooLarge(DomainError):
    status, code = 413, "too_large"


class UnsupportedType(DomainError):
    status, code = 415, "unsupported_type"


class Unauthorized(DomainError):
    status, code = 401, "unauthorized"

    def __init__(self, detail: str = "a valid API token is required", **kwargs) -> None:
        kwargs.setdefault("headers", {"WWW-Authenticate": "Bearer"})
        super().__init__(detail, **kwargs)


class Forbidden(DomainError):
    status, code = 403, "forbidden"


class NotFound(DomainError):
    status, code = 404, "not_found"


class Conflict(DomainError):
    status, code = 409, "conflict"


class CaseClosed(Conflict):
    code = "case_closed"


class VersionConflict(Conflict):
    code = "version_conflict"


class Claimed(Conflict):
    code = "claimed"


class IdempotencyMismatch(Conflict):
    code = "idempotency_key_reused"


class TriageFailed(DomainError):
    """The pipeline raised on a letter. The cause is named by type only: messages of errors
    raised on letters could quote them."""

    status, code = 500, "triage_failed"


class Unavailable(DomainError):
    status, code = 503, "unavailable"


#: Errors of the layers below, by type: the service error they become and its code ("": the
#: error's own); a fixed
#: detail where the error's own message is not for the person using the service.
STAGE_ERRORS: dict[type[CaseworkError], tuple[type[DomainError], str, str | None]] = {
    LetterTooLong: (TooLarge, "letter_too_long", "the letter is longer than the redactor accepts"),
    UnknownTeam: (Invalid, "unknown_team", None),
    InputError: (Invalid, "invalid", None),
    # documents and scans that cannot be read: each keeps its own code (unreadable, empty, ...)
    Unsupported: (UnsupportedType, "", None),
    OcrUnavailable: (Unavailable, "", None),
    TooBig: (TooLarge, "", None),
    BadText: (BadEncoding, "", None),
    IntakeError: (Invalid, "", None),
}


def as_http(error: CaseworkError) -> DomainError:
    """The service error for any domain error (the first of its types in the table wins)."""
    if isinstance(error, DomainError):
        return error
    for kind in type(error).__mro__:
        if kind in STAGE_ERRORS:
            service_error, code, detail = STAGE_ERRORS[kind]
            return service_error(detail or str(error), code=code or getattr(error, "code", None))
    return DomainError(str(error))


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api") or path in ("/openapi.json", "/docs", "/redoc"))


#: Renders an error page for the web app: ``(request, status, detail) -> Response``.
ErrorPage = Callable[[Request, int, str], Response]


def _render(
    request: Request,
    status: int,
    code: str,
    detail: str,
    headers: dict | None = None,
    errors: list | None = None,
    extra: dict | None = None,
) -> Response:
    error_page: ErrorPage | None = getattr(request.app.state, "error_page", None)
    if _wants_html(request) and error_page is not None:
        if status == 401:
            return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
        return error_page(request, status, detail)
    body = {"error": code, "detail": detail, **(extra or {})}
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, headers=headers)


def install(app: FastAPI, error_page: ErrorPage | None = None) -> None:
    """Register the handlers. ``error_page`` renders errors of web-app pages (passed in by
    the app, so this module never imports the web layer: that would be an import cycle)."""
    app.state.error_page = error_page

    @app.exception_handler(CaseworkError)
    async def _domain(request: Request, exc: CaseworkError):
        error = as_http(exc)
        return _render(
            request, error.status, error.code, error.detail, error.headers, extra=error.extra
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        raw = exc.errors()
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in raw]
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors)
        empty = raw and all(
            e.get("type") == "string_too_short" and (e.get("ctx") or {}).get("min_length") == 1
            for e in raw
        )
        unreadable = any(e.get("type") == "string_unicode" for e in raw)
        code = "empty" if empty else "bad_encoding" if unreadable else "invalid"
        return _render(request, 422, code, detail or "invalid request", errors=errors)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception):
        # Starlette's plain-text 500 skips the request-id middleware; say which request it was so
        # the caller can quote it (the log line carries the same id, see api.logs)
        rid = request.scope.get("state", {}).get("request_id")
        return _render(
            request,
            500,
            "internal_error",
            "the service failed on this request and logged the error: try again, and quote "
            "the request id (X-Request-ID) if it fails again",
            {"X-Request-ID": rid} if rid else None,
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(
            exc.status_code, "http_error"
        )
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return _render(request, exc.status_code, code, str(exc.detail), headers or None)


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route serves on this path (Starlette names only the first route's)."""
    methods: set[str] = set()
    for route in request.app.routes:
        match, _ = route.matches(request.scope)
        if match != Match.NONE and getattr(route, "methods", None):
            methods |= set(route.methods)
    return sorted(methods)


__all__ = [
    "STAGE_ERRORS",
    "BadEncoding",
    "CaseClosed",
    "Claimed",
    "Conflict",
    "DomainError",
    "EmptyLetter",
    "Forbidden",
    "IdempotencyMismatch",
    "Invalid",
    "NotFound",
    "TooLarge",
    "TriageFailed",
    "Unauthorized",
    "Unavailable",
    "UnknownTeam",
    "UnsupportedType",
    "VersionConflict",
    "as_http",
    "install",
]
