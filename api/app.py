"""The FastAPI application: ``create_app()`` (used by ``casework serve`` and uvicorn
``--factory api.app:create_app``).

The lifespan builds the heavy things once per worker: the database engine (migrated to the
latest schema), the triage pipeline (``pipeline.factory.build_pipeline``), the model thread and
the router memory loaded from the database. Tests pass a pre-built pipeline so one loaded
pipeline serves the whole session.
"""

from __future__ import annotations

import ctypes
import logging
import re
import sys
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import Request

from api import errors, openapi
from api import web as web_pages
from api.db import Database
from api.engine import TriageEngine
from api.learning import ExampleMemory
from api.logs import RequestContext
from api.routers import (
    audit,
    cases,
    decisions,
    drift,
    guidance,
    health,
    mailroom,
    metrics,
    reports,
    submissions,
    web,
    web_audit,
    web_cases,
    web_mailroom,
    web_sign_in,
    web_submissions,
    work,
)
from api.services import Services, app_version, build_provenance
from api.settings import ServiceSettings, get_service_settings
from pipeline.core import Pipeline
from pipeline.factory import build_pipeline

log = logging.getLogger(__name__)
WEB = Path(__file__).resolve().parent / "web"

DESCRIPTION = """
Caseworker review service of the casework triage assistant.

Contact-centre staff **submit** letters (JSON, or a `.txt`/`.eml` upload) and get the case back at
once: the letter redacted, a suggested team with confidence, flags, guidance and a draft reply.
Caseworkers work the **queue** and **decide** (accept, re-route, edit the reply, escalate) with a
reason code. Nothing is sent or finalised by the assistant. Every suggestion and decision is in
the hash-chained **audit** trail. Authenticate with `Authorization: Bearer <token>`: a service
token from `casework users add NAME --role ROLE`, or, where the service is set up with the
organisation's OpenID provider, an access token from it (its groups give the role).
"""


class BodyLimit:
    """Refuse request bodies over ``max_bytes`` with 413, whether or not Content-Length is sent."""

    def __init__(self, app, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    too_big = int(value) > self.max_bytes
                except ValueError:
                    too_big = False
                if too_big:
                    return await self._refuse(scope, receive, send)
        received = 0
        limit = self.max_bytes

        async def limited():
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise StarletteHTTPException(413, f"the request is larger than {limit} bytes")
            return message

        return await self.app(scope, limited, send)

    async def _refuse(self, scope, receive, send):
        response = errors._render(
            Request(scope), 413, "too_large", f"the request is larger than {self.max_bytes} bytes"
        )
        await response(scope, receive, send)


class SecurityHeaders:
    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        path = scope.get("path", "")

        async def with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                headers += [
                    (b"x-content-type-options", b"nosniff"),
                    # same-origin, not no-referrer: with no-referrer browsers send
                    # "Origin: null" on their own form posts, and the origin check needs it
                    (b"referrer-policy", b"same-origin"),
                    (b"x-frame-options", b"DENY"),
                ]
                if path.startswith(("/reports/", "/api/reports/")):
                    # evaluation reports are self-contained: inline styles and charts as data
                    # URIs, no scripts
                    headers.append(
                        (
                            b"content-security-policy",
                            b"default-src 'none'; img-src data:; style-src 'unsafe-inline'; "
                            b"frame-ancestors 'none'; form-action 'none'",
                        )
                    )
                elif not path.startswith(("/docs", "/redoc")):
                    headers.append(
                        (
                            b"content-security-policy",
                            b"default-src 'self'; img-src 'self' data:; "
                            b"frame-ancestors 'none'; form-action 'self'",
                        )
                    )
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)


UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def _origin_of(url: str) -> str | None:
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if not parts.scheme or not parts.netloc:
        return None
    default = {"http": 80, "https": 443}.get(parts.scheme)
    host = parts.hostname or ""
    port = parts.port if parts.port not in (None, default) else None
    return f"{parts.scheme}://{host}" + (f":{port}" if port else "")


class SameOrigin:
    """Refuse requests that change something when the browser says they come from another site:
    a foreign ``Origin`` (or, without one, ``Referer``), or ``Sec-Fetch-Site: cross-site``.
    Requests from programs send none of these and pass; the cookie-authenticated API also needs
    the CSRF header (``api.deps.current_user``)."""

    def __init__(self, app, allowed_origins: tuple[str, ...] = ()) -> None:
        self.app = app
        self.allowed = {o for o in (_origin_of(a) for a in allowed_origins) if o}

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope.get("method") not in UNSAFE_METHODS:
            return await self.app(scope, receive, send)

        request = Request(scope)
        headers = request.headers
        own = _origin_of(str(request.base_url))
        origin = headers.get("origin")
        fetch_site = headers.get("sec-fetch-site")
        refused = None
        if origin is not None and origin != "null" and _origin_of(origin) in self.allowed:
            pass
        elif fetch_site in ("cross-site", "same-site"):
            refused = "the request came from another site"
        elif fetch_site in ("same-origin", "none"):
            pass
        elif origin is not None:
            if origin == "null" or _origin_of(origin) != own:
                refused = f"the request came from another origin ({origin})"
        elif headers.get("referer") and _origin_of(headers["referer"]) != own:
            refused = "the request came from another origin"
        if refused:
            response = errors._render(
                request,
                403,
                "cross_origin",
                f"{refused}: changes are accepted only from this service's "
                "own pages or from programs using a bearer token",
            )
            return await response(scope, receive, send)
        return await self.app(scope, receive, send)


def build_services(
    settings: ServiceSettings,
    pipeline: Pipeline | None = None,
    database: Database | None = None,
    index_dir: Path | None = None,
) -> Services:
    """Everything a worker needs; the slow part (models) only when no pipeline is given."""
    # deferred: alembic and the migration scripts, needed once at start-up
    from api.store.migrate import upgrade

    index_dir = Path(index_dir or settings.index_dir)
    db = database or Database.from_settings(
        settings, pool_size=settings.db_pool_size, max_overflow=settings.db_max_overflow
    )
    if settings.auto_migrate:
        upgrade(db.engine)
    if pipeline is None:
        if not (index_dir / "manifest.json").is_file():
            raise RuntimeError(
                f"no guidance index at {index_dir}: run `casework index "
                f"data/guidance/govuk_pages.jsonl --index {index_dir}` first"
            )
        pipeline = build_pipeline(settings, index_dir)
    memory = ExampleMemory(
        pipeline, db, dimension=pipeline.embedding_dimension, enabled=settings.memory_enabled
    )
    engine = TriageEngine(
        pipeline,
        max_batch=settings.batch_max,
        wait_s=settings.batch_wait_ms / 1000,
        before_batch=memory.sync,
    )
    oidc = None
    if settings.oidc_enabled:
        # deferred: authlib and httpx load only when sign-in with the organisation's account is set
        from api.oidc import OIDCClient

        oidc = OIDCClient(settings)  # the provider is asked only when someone signs in
    return Services(
        settings=settings,
        db=db,
        pipeline=pipeline,
        engine=engine,
        memory=memory,
        provenance=build_provenance(pipeline, settings, index_dir),
        teams=tuple(pipeline.teams.names),
        index_dir=index_dir,
        oidc=oidc,
    )


def limit_malloc_arenas(arenas: int) -> bool:
    """Cap glibc's malloc arenas. Each of the many threads serving requests otherwise gets its
    own arena, and their fragments kept the server growing by about 6 MB a minute under a soak
    (benchmarks/soak.py: 2.6 MB/min with 2 arenas, the same requests per second)."""
    if arenas <= 0 or not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")
        return bool(libc.mallopt(-8, int(arenas)))  # M_ARENA_MAX
    except (OSError, AttributeError):
        return False


def create_app(
    pipeline: Pipeline | None = None,
    settings: ServiceSettings | None = None,
    *,
    database: Database | None = None,
    index_dir: Path | None = None,
) -> FastAPI:
    settings = settings or get_service_settings()
    limit_malloc_arenas(settings.malloc_arenas)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        services = await run_in_threadpool(build_services, settings, pipeline, database, index_dir)
        services.engine.start()
        try:
            await run_in_threadpool(services.memory.sync)
        except Exception as error:
            services.engine.memory_error = type(error).__name__
            log.error("loading the router memory failed (%s)", type(error).__name__)
        app.state.services = services
        try:
            yield
        finally:
            app.state.services = None
            services.engine.stop()
            if services.oidc is not None:
                services.oidc.close()
            if database is None:
                services.db.dispose()

    app = FastAPI(
        title="Casework triage: review service",
        version=app_version(),
        description=DESCRIPTION,
        lifespan=lifespan,
    )
    errors.install(app, error_page=web_pages.render_error)

    openapi.install(app)

    for module in (
        health,
        cases,
        decisions,
        work,
        submissions,
        guidance,
        audit,
        reports,
        drift,
        metrics,
        mailroom,
        web_mailroom,
        web,
        web_sign_in,
        web_cases,
        web_submissions,
        web_audit,
    ):
        app.include_router(module.router)
    app.mount("/static", StaticFiles(directory=WEB / "static"), name="static")
    # GOV.UK Frontend from node_modules (make install): its CSS and JS, and the images its CSS
    # asks for under /assets. Without it the pages are served unstyled (and still work).
    frontend = web_pages.GOVUK_FRONTEND_DIR
    app.state.govuk_frontend = web_pages.govuk_frontend_available(frontend)
    if app.state.govuk_frontend:
        app.mount("/govuk-frontend", StaticFiles(directory=frontend), name="govuk-frontend")
        app.mount(
            "/assets/images",
            StaticFiles(directory=frontend / "assets" / "images"),
            name="govuk-images",
        )
    else:
        log.warning(
            "GOV.UK Frontend not found at %s (run make install): pages are unstyled", frontend
        )
    app.add_middleware(BodyLimit, max_bytes=settings.max_request_bytes)
    app.add_middleware(SameOrigin, allowed_origins=tuple(settings.allowed_origins))
    app.add_middleware(SecurityHeaders)

    app.add_middleware(RequestContext)  # outermost: every answer has a request id and metrics
    redact_access_log()
    return app


class RedactSignInValues(logging.Filter):
    """The access log's request line without the values of sign-in parameters: the provider's
    redirect back (``/auth/callback?code=...&state=...``) would otherwise write a sign-in code
    and its state into the log."""

    PARAMS = re.compile(
        r"(?i)(?<=[?&])(code|state|session_state|id_token_hint|id_token|"
        r"access_token|token)=[^&#\s]*"
    )

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and any(isinstance(a, str) and "=" in a for a in args):
            record.args = tuple(
                self.PARAMS.sub(r"\1=[redacted]", a) if isinstance(a, str) else a for a in args
            )
        return True


def redact_access_log() -> None:
    """Put :class:`RedactSignInValues` on uvicorn's access log (once; uvicorn's own logging
    set-up replaces handlers, not logger filters)."""
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, RedactSignInValues) for f in access.filters):
        access.addFilter(RedactSignInValues())
