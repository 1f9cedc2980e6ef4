"""The review web app's templates and helpers (pages are in :mod:`api.routers.web`)."""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
from fastapi import Request
from fastapi.templating import Jinja2Templates

HERE = Path(__file__).resolve().parent
templates = Jinja2Templates(env=jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
    trim_blocks=True, lstrip_blocks=True))

PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>")
TEAM_LABEL = re.compile(r"[_]+")


def team_label(name: str | None) -> str:
    if not name:
        return "Human triage"
    return TEAM_LABEL.sub(" ", name).strip().capitalize()


def segments(text: str, flags: list[dict]) -> list[tuple[str, str]]:
    """Split redacted text into (kind, text): 'flag' for flag evidence, 'pii' for
    placeholders, '' for plain text, so a template can highlight without raw HTML."""
    spans = []
    for flag in flags:
        start, end = int(flag.get("start", 0)), int(flag.get("end", 0))
        if 0 <= start < end <= len(text):
            spans.append((start, end, "flag"))
    for match in PLACEHOLDER.finditer(text):
        spans.append((match.start(), match.end(), "pii"))
    spans.sort()
    out: list[tuple[str, str]] = []
    pos = 0
    for start, end, kind in spans:
        if start < pos:
            continue  # overlapping spans: the first wins
        if start > pos:
            out.append(("", text[pos:start]))
        out.append((kind, text[start:end]))
        pos = end
    if pos < len(text):
        out.append(("", text[pos:]))
    return out


templates.env.filters["team"] = team_label
templates.env.filters["pct"] = lambda x: f"{round(float(x or 0) * 100)}%"
templates.env.globals["segments"] = segments


def render(request: Request, name: str, context: dict | None = None, status_code: int = 200):
    from api.auth import Permission, can, csrf_token

    context = dict(context or {})
    user = context.get("user") or getattr(request.state, "user", None)
    context["user"] = user
    if user is not None:
        context.setdefault("can", lambda p: can(user.role, Permission(p)))
        context.setdefault("csrf", csrf_token(user))
    else:
        context.setdefault("can", lambda p: False)
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def render_error(request: Request, status: int, detail: str):
    titles = {400: "Bad request", 403: "You cannot do that", 404: "Page not found",
              409: "Conflict", 413: "Too large", 415: "Unsupported file", 422: "Check your input",
              503: "Service unavailable"}
    user = getattr(request.state, "user", None)
    return render(request, "error.html", {"title": titles.get(status, "Something went wrong"),
                                          "detail": detail, "status": status, "user": user},
                  status_code=status)
