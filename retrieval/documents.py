"""Guidance from a folder of real documents: ``.md`` (as before), ``.html``, ``.pdf``,
``.docx`` and GOV.UK ``.jsonl`` files side by side, each page with its sections.

Headings become sections with anchors where the format has them:

* **HTML** - ``h1``-``h4``; a heading's ``id`` is its anchor (else one is made from its words,
  as GOV.UK does); the page's ``<title>`` (or first ``h1``) is its title and
  ``<link rel="canonical">`` its URL;
* **Word** - paragraphs styled ``Title`` and ``Heading 1``-``4``; anchors made from the words;
* **PDF** - the outline (bookmarks): each entry starts a section at the page it points to
  (at the heading's words when they are found on that page), anchored ``#page=N`` (the
  standard PDF open parameter, so the link opens the right page); without an outline, one
  section a page, ``#page=N`` too.

A document's id is its path in the folder without the suffix (so ``policies/housing.pdf`` is
``policies/housing``); its URL, when the document names none, is that path with the suffix.
Text is read with the same libraries as letters (:mod:`intake.documents`).
"""

from __future__ import annotations

import re
from pathlib import Path

from contracts.errors import GuidanceError, IntakeError
from intake.documents import docx_blocks, html_markdown, pdf_pages
from intake.settings import get_intake_settings
from retrieval.guidance import GuidanceDoc, _load_jsonl, _markdown_doc

SUFFIXES = (".md", ".html", ".htm", ".pdf", ".docx", ".jsonl")


def load_guidance(path: str | Path) -> list[GuidanceDoc]:
    """Guidance pages from a GOV.UK ``.jsonl`` file or a folder of documents (every format
    above, side by side). Raises :class:`GuidanceError` naming the file at fault."""
    path = Path(path)
    if not path.exists():
        raise GuidanceError(f"guidance not found: {path}")
    if path.is_dir():
        return load_folder(path)
    return _load_jsonl(path)


def load_folder(folder: Path) -> list[GuidanceDoc]:
    files = sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")
    )
    if not files:
        raise GuidanceError(f"no guidance files ({', '.join(SUFFIXES)}) in folder {folder}")
    docs: list[GuidanceDoc] = []
    seen: dict[str, Path] = {}
    for file in files:
        suffix = file.suffix.lower()
        if suffix == ".md":
            found = [_markdown_doc(file, folder)]
        elif suffix == ".jsonl":
            found = _load_jsonl(file)
        else:
            found = [load_document(file, folder)]
        for doc in found:
            if doc.id in seen:
                raise GuidanceError(f"{file}: duplicate id {doc.id!r} (also {seen[doc.id]})")
            seen[doc.id] = file
            docs.append(doc)
    return docs


def load_document(file: Path, folder: Path) -> GuidanceDoc:
    relative = file.relative_to(folder)
    doc_id = relative.with_suffix("").as_posix()
    settings = get_intake_settings()
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise GuidanceError(f"cannot read guidance file {file}: {exc.strerror}") from exc
    try:
        suffix = file.suffix.lower()
        if suffix in (".html", ".htm"):
            title, body, url = _html(data)
        elif suffix == ".docx":
            title, body, url = _docx(data, settings, file.name)
        else:
            title, body, url = _pdf(data, settings, file.name)
    except IntakeError as error:
        raise GuidanceError(f"{file}: {error.detail}") from None
    if not body.strip():
        raise GuidanceError(f"{file}: no text in this document")
    title = title or file.stem.replace("-", " ").replace("_", " ").strip().capitalize()
    return GuidanceDoc(id=doc_id, url=url or relative.as_posix(), title=title, body=body)


def _html(data: bytes) -> tuple[str, str, str]:
    # deferred: bs4 (~0.15 s) only for HTML pages
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data, "html.parser")
    canonical = soup.find("link", rel="canonical")
    url = canonical.get("href", "") if canonical else ""
    title, body = html_markdown(data)
    first = re.match(r"\A# (.+?)(?: \{#[^}]*\})?\n", body)
    if first:  # a leading h1 is the page's title, not a section
        title = title or first.group(1)
        body = body[first.end() :]
    return title, body, url


def _docx(data: bytes, settings, name: str) -> tuple[str, str, str]:
    blocks = docx_blocks(data, settings, name)
    title = ""
    if blocks and blocks[0][0] == 1:
        title = blocks[0][1]
        blocks = blocks[1:]
    lines = [("#" * level + " " + text) if level else text for level, text in blocks]
    return title, "\n\n".join(lines), ""


def _outline(reader) -> list[tuple[int, str, int]]:
    """(level, title, page index) of every outline entry, in order."""
    out: list[tuple[int, str, int]] = []

    def walk(items, level: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, level + 1)
                continue
            try:
                page = reader.get_destination_page_number(item)
            except Exception:
                continue
            title = " ".join(str(getattr(item, "title", "") or "").split())
            if title and page is not None and page >= 0:
                out.append((level, title, page))

    try:
        walk(reader.outline, 2)
    except Exception:
        return []
    return out


def _pdf(data: bytes, settings, name: str) -> tuple[str, str, str]:
    texts, reader = pdf_pages(data, settings, name)
    title = ""
    try:
        title = " ".join(str((reader.metadata or {}).get("/Title") or "").split())
    except Exception:
        title = ""
    outline = _outline(reader)
    pieces: list[str] = []
    for page, text in enumerate(texts):
        text = text.strip()
        entries = [(min(level, 4), heading) for level, heading, at in outline if at == page]
        if not entries:
            if not outline:  # no outline at all: a section a page
                pieces.append(f"## Page {page + 1} {{#page={page + 1}}}")
            pieces.append(text)
            continue
        for n, (level, heading) in enumerate(entries):
            anchor = f"page={page + 1}" if n == 0 else f"page={page + 1}-{n}"
            line = f"{'#' * level} {heading} {{#{anchor}}}"
            found = text.find(heading)
            if found >= 0:
                pieces.append(text[:found].strip())
                pieces.append(line)
                text = text[found + len(heading) :].strip()
            else:
                pieces.append(line)
        pieces.append(text)
    return title, "\n\n".join(p for p in pieces if p), ""
