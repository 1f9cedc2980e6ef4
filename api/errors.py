"""Domain errors and their one mapping to HTTP.

Services raise these; :func:`install` registers the handlers that turn them (and request
validation errors) into ``{"error": code, "detail": message}`` JSON for ``/api`` paths, or a
rendered error page for the web app. Messages never contain letter text.
"""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException


class DomainError(Exception):
    status = 400
    code = "bad_request"

    def __init__(self, detail: str, *, code: str | None = None, headers: dict | None = None,
                 extra: dict | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if code:
            self.code = code
        self.headers = headers or {}
        self.extra = extra or {}  # structured facts for the client (never letter text)


def _of(status: int, detail: str, code: str) -> DomainError:
    """A domain error of ``status`` (an intake error's) with its own code."""
    kind = {400: DomainError, 409: Conflict, 413: TooLarge, 415: UnsupportedType,
            503: Unavailable}.get(status, Invalid)
    return kind(detail, code=code)


DomainError.of = staticmethod(lambda status, detail, code: _of(status, detail, code))


class Invalid(DomainError):
    status, code = 422, "invalid"


class EmptyLetter(Invalid):
    code = "empty"


class BadEncoding(Invalid):
    code = "bad_encoding"


class UnknownTeam(Invalid):
    code = "unknown_team"


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


def _wants_html(request: Request) -> bool:
    path = request.url.path
    return not (path.startswith("/api") or path in ("/openapi.json", "/docs", "/redoc"))


def _render(request: Request, status: int, code: str, detail: str, headers: dict | None = None,
            errors: list | None = None, extra: dict | None = None) -> Response:
    if _wants_html(request):
        from api.web import render_error

        if status == 401:
            from fastapi.responses import RedirectResponse
            from urllib.parse import quote

            return RedirectResponse(f"/login?next={quote(request.url.path)}", status_code=303)
        return render_error(request, status, detail)
    body = {"error": code, "detail": detail, **(extra or {})}
    if errors:
        body["errors"] = errors
    return JSONResponse(body, status_code=status, headers=headers)


def install(app: FastAPI) -> None:
    @app.exception_handler(DomainError)
    async def _domain(request: Request, exc: DomainError):
        return _render(request, exc.status, exc.code, exc.detail, exc.headers, extra=exc.extra)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError):
        raw = exc.errors()
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", "")} for e in raw]
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in errors)
        empty = raw and all(e.get("type") == "string_too_short"
                            and (e.get("ctx") or {}).get("min_length") == 1 for e in raw)
        unreadable = any(e.get("type") == "string_unicode" for e in raw)
        code = "empty" if empty else "bad_encoding" if unreadable else "invalid"
        return _render(request, 422, code, detail or "invalid request", errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        code = {404: "not_found", 405: "method_not_allowed", 413: "too_large"}.get(exc.status_code, "http_error")
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 405:
            headers["Allow"] = ", ".join(_allowed_methods(request))
        return _render(request, exc.status_code, code, str(exc.detail), headers or None)


def _allowed_methods(request: Request) -> list[str]:
    """Every method some route serves on this path (Starlette names only the first route's)."""
    from starlette.routing import Match

    methods: set[str] = set()
    for route in request.app.routes:
        match, _ = route.matches(request.scope)
        if match != Match.NONE and getattr(route, "methods", None):
            methods |= set(route.methods)
    return sorted(methods)
