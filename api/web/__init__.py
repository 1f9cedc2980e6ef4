"""The review web app's templates and helpers (pages are in :mod:`api.routers.web` and its
sibling ``web_*`` modules).

Pages are built with the GOV.UK Design System (the ``govuk-frontend`` npm package, installed by
``make install`` from the committed ``package-lock.json``). The app serves its compiled CSS and
JavaScript from :data:`GOVUK_FRONTEND_DIR` (``node_modules/govuk-frontend/dist/govuk`` under the
project root) at ``/govuk-frontend/`` and its images at ``/assets/images/``. When that folder is
missing the pages are still served, unstyled but usable: no page needs CSS or JavaScript to work.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import jinja2
from fastapi import Request
from fastapi.templating import Jinja2Templates

from api.auth import Permission, can, csrf_token
from contracts.settings import PROJECT_ROOT

HERE = Path(__file__).resolve().parent
#: Where ``npm ci`` puts GOV.UK Frontend's compiled files (read by ``create_app`` when it starts).
GOVUK_FRONTEND_DIR = PROJECT_ROOT / "node_modules" / "govuk-frontend" / "dist" / "govuk"

templates = Jinja2Templates(
    env=jinja2.Environment(
        loader=jinja2.FileSystemLoader(HERE / "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.ChainableUndefined,
    )
)

PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>")
TEAM_LABEL = re.compile(r"[_]+")

#: flag kind -> (words, GOV.UK tag colour); most serious first
FLAG_KINDS = {
    "safeguarding": ("Safeguarding", "red"),
    "destitution": ("Urgent hardship", "orange"),
    "deadline": ("Deadline", "yellow"),
    "language": ("Language", "light-blue"),
    "scan": ("Hard-to-read scan", "pink"),
}
PRIORITY_COLOURS = {"urgent": "red", "high": "orange", "normal": "grey"}
STATUS_WORDS = {
    "open": ("Open", "teal"),
    "escalated": ("Escalated", "purple"),
    "accepted": ("Accepted", "green"),
    "rerouted": ("Re-routed", "green"),
}
ACTION_WORDS = {
    "accept": "Accept",
    "reroute": "Re-route",
    "edit_reply": "Save reply",
    "escalate": "Escalate",
}
CHANNEL_WORDS = {
    "web": "typed or pasted into the web form",
    "json": "through the API",
    "upload": "as an uploaded file",
    "txt": "as a text file",
    "eml": "as an email",
    "pdf": "as a PDF",
    "docx": "as a Word document",
    "html": "as a web page",
    "rtf": "as an RTF document",
    "scan": "as a scan (read by OCR)",
}
ROLE_WORDS = {
    "contact_centre": "contact centre",
    "caseworker": "caseworker",
    "auditor": "auditor",
    "admin": "administrator",
}


def govuk_frontend_available(folder: Path | None = None) -> bool:
    folder = Path(folder or GOVUK_FRONTEND_DIR)
    return (folder / "govuk-frontend.min.css").is_file() and (
        folder / "govuk-frontend.min.js"
    ).is_file()


def team_label(name: str | None) -> str:
    if not name:
        return "Human triage"
    return TEAM_LABEL.sub(" ", name).strip().capitalize()


def when(value, with_zone: bool = False) -> str:
    """A moment (datetime or ISO 8601 text, UTC) as "30 Nov 2026 14:05"."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    value = value.astimezone(UTC)
    text = f"{value.day} {value.strftime('%b %Y %H:%M')}"
    return text + " UTC" if with_zone else text


def iso(value) -> str:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.isoformat()
    return str(value or "")


def sentence(text, names=()) -> str:
    """``text`` with a capital first letter, unless it starts with a person's (user) name."""
    text = str(text or "")
    if any(name and text.startswith(str(name)) for name in names):
        return text
    return text[:1].upper() + text[1:]


def flag_kinds(suggestion: dict | None) -> list[str]:
    """The kinds of flag raised on a case, most serious first, each once."""
    kinds = {f.get("kind") for f in (suggestion or {}).get("flags", []) if f.get("kind")}
    order = list(FLAG_KINDS)
    return sorted(kinds, key=lambda k: order.index(k) if k in order else len(order))


def by_severity(flags: list[dict] | None) -> list[dict]:
    """Flags, most serious kind first (safeguarding, hardship, deadlines), otherwise as raised."""
    order = list(FLAG_KINDS)
    return sorted(
        flags or [],
        key=lambda f: order.index(f.get("kind")) if f.get("kind") in order else len(order),
    )


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


env = templates.env
env.filters["team"] = team_label
env.filters["pct"] = lambda x: f"{round(float(x or 0) * 100)}%"
env.filters["when"] = when
env.filters["pair"] = lambda value: (value, value)
env.filters["action_option"] = lambda action, words: (
    action,
    str(words.get(action, action)).capitalize(),
)
env.filters["team_option"] = lambda name: (name, team_label(name))
env.filters["iso"] = iso
env.filters["sentence"] = sentence
env.filters["by_severity"] = by_severity
env.filters["timestamp"] = lambda seconds: when(datetime.fromtimestamp(float(seconds), UTC))
env.filters["role"] = lambda r: ROLE_WORDS.get(r or "", (r or "").replace("_", " "))
env.filters["ref"] = lambda case_id: (case_id or "")[:8].upper()
env.globals.update(
    segments=segments,
    flag_kinds=flag_kinds,
    FLAG_KINDS=FLAG_KINDS,
    PRIORITY_COLOURS=PRIORITY_COLOURS,
    STATUS_WORDS=STATUS_WORDS,
    ACTION_WORDS=ACTION_WORDS,
    CHANNEL_WORDS=CHANNEL_WORDS,
)


def render(request: Request, name: str, context: dict | None = None, status_code: int = 200):
    context = dict(context or {})
    user = context.get("user") or getattr(request.state, "user", None)
    context["user"] = user
    if user is not None:
        context.setdefault("can", lambda p: can(user.role, Permission(p)))
        context.setdefault("csrf", csrf_token(user))
    else:
        context.setdefault("can", lambda p: False)
    context.setdefault("govuk_frontend", getattr(request.app.state, "govuk_frontend", False))
    return templates.TemplateResponse(request, name, context, status_code=status_code)


def render_error(request: Request, status: int, detail: str):
    titles = {
        400: "Bad request",
        403: "You cannot do that",
        404: "Page not found",
        409: "Conflict",
        413: "Too large",
        415: "Unsupported file",
        422: "Check your input",
        503: "Service unavailable",
    }
    user = getattr(request.state, "user", None)
    return render(
        request,
        "error.html",
        {
            "title": titles.get(status, "Something went wrong"),
            "detail": detail,
            "status": status,
            "user": user,
        },
        status_code=status,
    )
