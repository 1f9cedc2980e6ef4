"""Load policy guidance and cut it into citable passages.

Two sources are accepted:

* a ``.jsonl`` file of GOV.UK-style pages (``id``, ``url``, ``title``, ``body`` in Markdown,
  optional ``description``, ``document_type``, ``organisations``, ``topics`` and ``parts`` - the
  ``{title, slug}`` list of a multi-part guide whose body holds each part as a ``## Part title``
  section);
* a folder of ``.md`` files, each with an optional ``---`` YAML front matter block (``id``,
  ``url``, ``title``, ``description``, ``organisations``, ``topics``, ``parts``). Without front
  matter the title is the first ``# `` heading (or the file name) and the id is the path
  relative to the folder, without ``.md``.

:func:`chunk_guidance` splits each page by heading. Every passage keeps its heading path
(``"Part title > Sub heading"``) and a link straight to its section: the part's own URL for
``## Part`` sections of multi-part guides (``url + "/" + slug``), plus ``#anchor`` for
sub-sections, with anchors made the way GOV.UK (kramdown) makes them. Long sections are split
on paragraph boundaries into passages of at most about ``max_words`` words; short leftovers are
merged so no tiny fragments are indexed. Markdown links are reduced to their text.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from contracts.errors import GuidanceError
from contracts.markdown import markdown_to_text, plain_inline
from contracts.models import validation_problems
from contracts.text import audience_mentions, audience_of_page, audience_of_text

DEFAULT_MAX_WORDS = 180


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="ignore")


def _as_tuple(value) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,) if value.strip() else ()
    return tuple(str(v) for v in value if str(v).strip())


class GuidancePart(_Frozen):
    """One part of a multi-part guide: its ``## title`` in the body and its URL slug."""

    title: str
    slug: str


class GuidanceDoc(_Frozen):
    """One guidance page, as loaded (body still in Markdown)."""

    id: str
    url: str = ""
    title: str
    description: str = ""
    document_type: str = ""
    organisations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    body: str = ""
    parts: tuple[GuidancePart, ...] = ()

    @field_validator("organisations", "topics", mode="before")
    @classmethod
    def _listish(cls, value):
        return _as_tuple(value)

    @field_validator("parts", mode="before")
    @classmethod
    def _parts(cls, value):
        return () if value is None else value

    @field_validator("url", "description", "document_type", mode="before")
    @classmethod
    def _none_is_empty(cls, value):
        return "" if value is None else value


class Passage(_Frozen):
    """A citable piece of one guidance page: the unit that is indexed and returned."""

    id: str = Field(description="Stable id: guidance id, /part slug, #anchor, ~passage number.")
    guidance_id: str
    title: str
    url: str = Field(description="Page URL, or the part's URL, plus #anchor for sub-sections.")
    heading: str = Field(
        description='Heading path, e.g. "Part title > Sub heading"; "" for '
        "the text before the first heading."
    )
    text: str
    organisations: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    audience: str = Field(
        default="",
        description="Whom the passage addresses: citizen, "
        "employer, council or professional ('' in indexes built before "
        "labelling: worked out from the passage when it is read).",
    )

    @property
    def n_words(self) -> int:
        return len(self.text.split())


# --------------------------------------------------------------------------------------------
# Loading


def load_guidance(path: str | Path) -> list[GuidanceDoc]:
    """Read guidance pages from a ``.jsonl`` file or a folder of ``.md`` files (for a folder
    of ``.html``, ``.pdf`` and ``.docx`` too, :func:`retrieval.documents.load_guidance`).

    Raises :class:`GuidanceError` for a missing path, a malformed line or record (naming the
    file and line), or a folder without any ``.md`` file.
    """
    path = Path(path)
    if not path.exists():
        raise GuidanceError(f"guidance not found: {path}")
    if path.is_dir():
        return _load_markdown_folder(path)
    return _load_jsonl(path)


def _load_jsonl(path: Path) -> list[GuidanceDoc]:
    docs: list[GuidanceDoc] = []
    seen: dict[str, int] = {}
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise GuidanceError(f"cannot read guidance file {path}: {exc}") from exc
    with handle:
        try:
            for lineno, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise GuidanceError(
                        f"{path}, line {lineno}: not valid JSON ({exc.msg} at column {exc.colno})"
                    ) from exc
                if not isinstance(record, dict):
                    raise GuidanceError(f"{path}, line {lineno}: expected a JSON object")
                try:
                    doc = GuidanceDoc.model_validate(record)
                except ValidationError as exc:
                    raise GuidanceError(
                        f"{path}, line {lineno}: {validation_problems(exc)}"
                    ) from exc
                if doc.id in seen:
                    raise GuidanceError(
                        f"{path}, line {lineno}: duplicate id {doc.id!r} (first on line "
                        f"{seen[doc.id]})"
                    )
                seen[doc.id] = lineno
                docs.append(doc)
        except UnicodeDecodeError as exc:
            raise GuidanceError(f"{path}: not UTF-8 text ({exc})") from exc
    return docs


_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_H1 = re.compile(r"^#[ \t]+(.+?)[ \t#]*$", re.M)


def _load_markdown_folder(folder: Path) -> list[GuidanceDoc]:
    files = sorted(p for p in folder.rglob("*.md") if p.is_file())
    if not files:
        raise GuidanceError(f"no .md guidance files in folder {folder}")
    docs: list[GuidanceDoc] = []
    seen: dict[str, Path] = {}
    for file in files:
        doc = _markdown_doc(file, folder)
        if doc.id in seen:
            raise GuidanceError(f"{file}: duplicate id {doc.id!r} (also {seen[doc.id]})")
        seen[doc.id] = file
        docs.append(doc)
    return docs


def _markdown_doc(file: Path, folder: Path) -> GuidanceDoc:
    """One ``.md`` guidance file (front matter, leading ``# Title``) as a page."""
    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GuidanceError(f"cannot read guidance file {file}: {exc}") from exc
    meta: dict = {}
    match = _FRONT_MATTER.match(text)
    if match:
        try:
            meta = yaml.safe_load(match.group(1)) or {}
        except yaml.YAMLError as exc:
            raise GuidanceError(f"{file}: front matter is not valid YAML ({exc})") from exc
        if not isinstance(meta, dict):
            raise GuidanceError(f"{file}: front matter must be a mapping of fields")
        text = text[match.end() :]
    title = meta.get("title")
    h1 = _H1.search(text)
    if h1 and not text[: h1.start()].strip():
        # A leading "# Title" is the page title, not a section of the body.
        title = title or plain_inline(h1.group(1))
        text = text[h1.end() :]
    elif h1 and not title:
        title = plain_inline(h1.group(1))
    if not title:
        title = file.stem.replace("-", " ").replace("_", " ").strip().capitalize()
    doc_id = str(meta.get("id") or file.relative_to(folder).with_suffix("").as_posix())
    record = {**meta, "id": doc_id, "title": str(title), "body": text.strip("\n")}
    try:
        return GuidanceDoc.model_validate(record)
    except ValidationError as exc:
        raise GuidanceError(f"{file}: {validation_problems(exc)}") from exc


# --------------------------------------------------------------------------------------------
# Headings and anchors (Markdown to plain text: contracts/markdown.py)

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$")


def anchor_slug(heading: str) -> str:
    """The id GOV.UK gives a heading (kramdown's auto id, which govspeak uses).

    Letters, digits, spaces and hyphens are kept (anything before the first letter is
    dropped), spaces become hyphens, all lowercase: "Calculate the minimum wage" ->
    "calculate-the-minimum-wage", "What’s included" -> "whats-included". A heading with no
    letters gets "section".
    """
    slug = re.sub(r"^[^a-zA-Z]+", "", plain_inline(heading))
    slug = re.sub(r"[^a-zA-Z0-9 -]", "", slug).replace(" ", "-").lower()
    return slug or "section"


# --------------------------------------------------------------------------------------------
# Sections and chunking


class _Section:
    __slots__ = ("key", "markdown", "path", "url")

    def __init__(self, path: list[str], url: str, key: str, markdown: str) -> None:
        self.path = path
        self.url = url
        self.key = key
        self.markdown = markdown


def _norm_title(title: str) -> str:
    title = plain_inline(title).replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", title).strip().casefold()


def _join_url(base: str, *, slug: str = "", anchor: str = "") -> str:
    if not base:
        return ""
    url = base.rstrip("/") + "/" + slug if slug else base
    return f"{url}#{anchor}" if anchor else url


def _sections(doc: GuidanceDoc) -> Iterator[_Section]:
    """Split a page body by heading, tracking heading path, section URL and a stable key."""
    parts = {_norm_title(p.title): p for p in doc.parts}
    part: GuidancePart | None = None
    stack: list[tuple[int, str]] = []
    used_ids: dict[str, int] = {}  # kramdown de-duplicates ids per rendered page (or part)
    path: list[str] = []
    url, key = doc.url, ""
    buffer: list[str] = []
    in_fence = False

    def flush() -> Iterator[_Section]:
        if buffer:
            yield _Section(list(path), url, key, "\n".join(buffer))
        buffer.clear()

    for line in doc.body.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        match = None if in_fence else _HEADING.match(line)
        if match is None:
            buffer.append(line)
            continue
        yield from flush()
        level, title = len(match.group(1)), plain_inline(match.group(2))
        explicit = _EXPLICIT_ANCHOR.search(title)  # "## Title {#id}" (kramdown's own syntax)
        if explicit:
            title = title[: explicit.start()].rstrip()
        if not title:
            continue
        hit = parts.get(_norm_title(title)) if level <= 2 else None
        if hit is not None:
            part, stack, used_ids = hit, [], {}
            path = [plain_inline(hit.title) or title]
            url, key = _join_url(doc.url, slug=hit.slug), f"/{hit.slug}"
            continue
        while stack and stack[-1][0] >= level:
            stack.pop()
        stack.append((level, title))
        anchor = explicit.group(1) if explicit else anchor_slug(title)
        if anchor in used_ids:
            used_ids[anchor] += 1
            anchor = f"{anchor}-{used_ids[anchor]}"
        else:
            used_ids[anchor] = 0
        path = ([plain_inline(part.title)] if part else []) + [t for _, t in stack]
        url = _join_url(doc.url, slug=part.slug if part else "", anchor=anchor)
        key = (f"/{part.slug}" if part else "") + f"#{anchor}"
    yield from flush()


_EXPLICIT_ANCHOR = re.compile(r"\s*\{#([A-Za-z][\w\-.:=]*)\}\s*$")

_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£(‘“'\"])")


def _units(text: str, max_words: int) -> list[tuple[str, int, str]]:
    """Break section text into (piece, words, joiner) units none longer than max_words.

    Paragraphs first; a paragraph that is too long is split into lines (list items, table
    rows), then sentences, then plain word windows as a last resort.
    """
    units: list[tuple[str, int, str]] = []
    for para in re.split(r"\n\s*\n", text):
        para = para.strip()
        if not para:
            continue
        words = len(para.split())
        if words <= max_words:
            units.append((para, words, "\n\n"))
            continue
        first = True
        for line in para.split("\n"):
            pieces = [line] if len(line.split()) <= max_words else _SENTENCE.split(line)
            for piece in pieces:
                piece_words = piece.split()
                for start in range(0, len(piece_words), max_words):
                    chunk = (
                        " ".join(piece_words[start : start + max_words])
                        if len(piece_words) > max_words
                        else piece
                    )
                    units.append((chunk, len(chunk.split()), "\n\n" if first else "\n"))
                    first = False
    return units


def _pack(units: list[tuple[str, int, str]], max_words: int, min_words: int) -> list[str]:
    """Pack units into balanced passages of at most max_words; merge a tiny tail."""
    total = sum(w for _, w, _ in units)
    if not units:
        return []
    target = total / math.ceil(total / max_words) if total > max_words else total
    chunks: list[list[tuple[str, int, str]]] = [[]]
    size = 0
    for unit in units:
        if chunks[-1] and (size + unit[1] > max_words or size >= target):
            chunks.append([])
            size = 0
        chunks[-1].append(unit)
        size += unit[1]
    if len(chunks) > 1 and size < min_words:
        tail = chunks.pop()
        chunks[-1].extend(tail)

    def join(chunk: list[tuple[str, int, str]]) -> str:
        out = chunk[0][0]
        for piece, _, joiner in chunk[1:]:
            out += joiner + piece
        return out

    return [join(c) for c in chunks]


def chunk_guidance(
    docs: Iterable[GuidanceDoc], max_words: int = DEFAULT_MAX_WORDS, *, min_words: int | None = None
) -> list[Passage]:
    """Cut pages into passages, one or more per heading section (empty sections skipped).

    ``max_words`` caps a passage (a tail under ``min_words``, default ``max_words // 5``, is
    merged into the passage before it, so a passage can run to ``max_words + min_words``).
    Passage ids mirror the section's URL path: ``"<guidance id>[/<part slug>][#<anchor>]~<n>"``
    (``n`` counts the passages of one section), so they are stable across runs and unaffected
    by edits to other sections of the page.
    """
    if max_words < 10:
        raise ValueError("max_words must be at least 10")
    min_words = max_words // 5 if min_words is None else min_words
    passages: list[Passage] = []
    for doc in docs:
        page_audience = audience_of_page(doc.title, doc.description, doc.document_type)
        seen_ids: set[str] = set()
        for section in _sections(doc):
            text = markdown_to_text(section.markdown)
            if not text:
                continue
            for n, chunk in enumerate(_pack(_units(text, max_words), max_words, min_words)):
                pid = f"{doc.id}{section.key}~{n}"
                while pid in seen_ids:  # a heading repeated under one part, say
                    pid += "+"
                seen_ids.add(pid)
                passages.append(
                    Passage(
                        id=pid,
                        guidance_id=doc.id,
                        title=doc.title,
                        url=section.url,
                        heading=" > ".join(section.path),
                        text=chunk,
                        organisations=doc.organisations,
                        topics=doc.topics,
                        audience=passage_audience(page_audience, " > ".join(section.path), chunk),
                    )
                )
    return passages


def passage_audience(page_audience: str, heading: str, text: str) -> str:
    """A passage's audience: its page's, unless the page is for citizens and the section says
    it is for someone else ("If you're an employer" headings, "your employee must..." twice)."""
    if page_audience != "citizen":
        return page_audience
    by_heading = audience_of_text(heading) or (
        "employer" if re.search(r"\bemployers?\b", heading, re.IGNORECASE) else None
    )
    if by_heading:
        return by_heading
    mentions = audience_mentions(text)
    best = max(mentions, key=lambda a: mentions[a])
    return best if mentions[best] >= 2 else "citizen"


def audience_of(passage: Passage) -> str:
    """The stored label, or (an index built before labelling) the label worked out now from
    what the passage carries (title, heading, text)."""
    if passage.audience:
        return passage.audience
    return passage_audience(audience_of_page(passage.title), passage.heading, passage.text)


def embedding_text(passage: Passage) -> str:
    """What is embedded (and BM25-indexed) for a passage: title, heading path, then text."""
    head = passage.title if not passage.heading else f"{passage.title} - {passage.heading}"
    return f"{head}\n{passage.text}"
