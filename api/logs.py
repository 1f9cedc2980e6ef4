"""Structured logs: one JSON object a line, each with the id of the request it belongs to, and
never letter text.

- :class:`RequestContext` (ASGI middleware) gives every request an id (the caller's
  ``X-Request-ID`` when it is a short plain token, else a new one), returns it in the
  ``X-Request-ID`` header, records the request's metrics, and logs one access line: method,
  route *template* (``/api/cases/{case_id}``, never a query string), status, milliseconds.
- :class:`JsonFormatter` writes ``ts``, ``level``, ``logger``, ``msg``, ``request_id`` and a
  fixed set of extra fields. An exception is logged as its type and where it was raised
  (file, line, function), **never its message**: messages of errors raised while reading a
  letter can quote it. Arguments of a log call are formatted into ``msg`` as usual, so code
  here logs counts, types and ids only (``tests/api/test_observability.py`` sends letters with
  a marker through every path and checks no log line holds any of their words).

``casework serve`` configures logging with :func:`log_config` (``LOG_FORMAT=json``, the
default, or ``text``); uvicorn's own access log is off (this middleware's line replaces it).
"""

from __future__ import annotations

import contextvars
import json
import logging
import re
import time
import traceback
import uuid
from datetime import UTC, datetime

from api import metrics

request_id_var: contextvars.ContextVar[str | None] = contextvars.ContextVar(
    "request_id", default=None
)
REQUEST_ID_HEADER = "x-request-id"
_VALID_ID = re.compile(r"[A-Za-z0-9._:-]{1,64}")
#: extra fields a log call may attach (``log.info(..., extra={...})``); anything else is dropped
EXTRA_FIELDS = (
    "method",
    "route",
    "status",
    "duration_ms",
    "client",
    "letters",
    "batch",
    "error_type",
    "stage",
    "case_id",
    "action",
    "replica",
    "worker_pid",
)
log = logging.getLogger("casework.access")


def current_request_id() -> str | None:
    return request_id_var.get()


class RequestIdFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = request_id_var.get()
        return True


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "ts": datetime.fromtimestamp(record.created, UTC)
            .isoformat(timespec="milliseconds")
            .replace("+00:00", "Z"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
            "request_id": getattr(record, "request_id", None) or request_id_var.get(),
        }
        for name in EXTRA_FIELDS:
            if name in record.__dict__:
                entry[name] = record.__dict__[name]
        if record.exc_info and record.exc_info[0] is not None:
            kind, _, tb = record.exc_info
            entry["error_type"] = kind.__name__
            entry["stack"] = [
                f"{frame.filename}:{frame.lineno}:{frame.name}"
                for frame in traceback.extract_tb(tb)
            ][-8:]
        return json.dumps(entry, ensure_ascii=False, default=str)


class TextFormatter(logging.Formatter):
    """Plain lines for a person at a terminal; exceptions also by type and place only."""

    def format(self, record: logging.LogRecord) -> str:
        rid = getattr(record, "request_id", None) or request_id_var.get()
        line = (
            f"{datetime.fromtimestamp(record.created, UTC):%H:%M:%S} "
            f"{record.levelname:<7} {record.name}: {record.getMessage()}"
            + (f" [request {rid}]" if rid else "")
        )
        if record.exc_info and record.exc_info[0] is not None:
            kind, _, tb = record.exc_info
            last = traceback.extract_tb(tb)[-1:] or []
            line += (
                f" ({kind.__name__}" + "".join(f" at {f.filename}:{f.lineno}" for f in last) + ")"
            )
        return line


def log_config(fmt: str = "json", level: str = "INFO") -> dict:
    """A logging dictConfig for uvicorn (``log_config=``): every logger through one handler."""
    formatter = "json" if fmt.lower() == "json" else "text"
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"request_id": {"()": RequestIdFilter}},
        "formatters": {"json": {"()": JsonFormatter}, "text": {"()": TextFormatter}},
        "handlers": {
            "default": {
                "class": "logging.StreamHandler",
                "stream": "ext://sys.stderr",
                "formatter": formatter,
                "filters": ["request_id"],
            }
        },
        "root": {"handlers": ["default"], "level": level.upper()},
        "loggers": {
            "uvicorn": {"handlers": [], "level": level.upper(), "propagate": True},
            "uvicorn.error": {"handlers": [], "level": level.upper(), "propagate": True},
            # one access line per request comes from RequestContext instead (with its id)
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
        },
    }


def route_of(scope) -> str:
    """The matched route's template (never the raw path: no ids, no query strings)."""
    route = scope.get("route")
    path = getattr(route, "path", None)
    if path is None:
        return "unmatched"
    return path or "/"


class RequestContext:
    """ASGI middleware: request id, access log line, request metrics."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        given = None
        for name, value in scope.get("headers", ()):
            if name == b"x-request-id":
                given = value.decode("latin-1")
                break
        rid = given if given and _VALID_ID.fullmatch(given) else uuid.uuid4().hex
        token = request_id_var.set(rid)
        scope.setdefault("state", {})["request_id"] = rid
        status = 500
        started = time.perf_counter()

        async def send_with_id(message):
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message["headers"] = [*message.get("headers", []), (b"x-request-id", rid.encode())]
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception as error:
            # Logged here, inside the request (its id) and before the outer middleware answers
            # 500: uvicorn's own line comes after the response, too late for a caller reading
            # the log. Type and place only (the formatter drops the message).
            log.exception("unhandled %s", type(error).__name__, extra={"route": route_of(scope)})
            raise
        finally:
            seconds = time.perf_counter() - started
            route = route_of(scope)
            method = scope.get("method", "")
            if route != "/metrics":  # scrapes would drown the request counts
                metrics.observe_request(route, method, status, seconds)
            client = scope.get("client")
            log.info(
                "%s %s %s %.0fms",
                method,
                route,
                status,
                seconds * 1000,
                extra={
                    "method": method,
                    "route": route,
                    "status": status,
                    "duration_ms": round(seconds * 1000, 1),
                    "client": client[0] if client else None,
                },
            )
            request_id_var.reset(token)
