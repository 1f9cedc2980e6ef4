# Over 500 lines: one reader per format (text, HTML, RTF, Word, PDF, scans, email) behind one
# entry point; an email's attachments go back through read_part, so the email reader and the
# dispatcher call each other, and every reader builds the same Part under the same limits.
"""Text of every part of what a mailroom receives, each part kept with its name.

:func:`extract` reads one file - ``.txt``, ``.eml`` (its body and every attachment, nested
emails included), ``.pdf`` (the text layer; pages without one through OCR), ``.docx``,
``.html``, ``.rtf``, or a scanned image (``.png``, ``.jpg``, ``.tif``, several pages of a TIFF
too) - into a :class:`Document` of :class:`Part` s. The type comes from the file name or media
type and must agree with the file's first bytes. :meth:`Document.text` joins the parts under a
``--- Attachment n: name ---`` line each, and that whole text is what the redactor reads, so
attachment names and texts are redacted with the letter.

Libraries: ``pypdf`` (PDF), ``python-docx`` (Word), ``beautifulsoup4`` (HTML), ``striprtf``
(RTF), Pillow and Tesseract (:mod:`intake.ocr`). Limits (:class:`~intake.settings.IntakeSettings`)
refuse what would take too long or too much memory before it is decoded: parts, pages,
pixels, and Word files (zips) that expand too far. An attachment that cannot be read is kept
as a part with a note (the caseworker sees it was there); a bad top-level file is an error.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
from dataclasses import dataclass, field
from email import policy
from email.parser import BytesParser
from pathlib import PurePath

from PIL import Image, ImageSequence, UnidentifiedImageError
from striprtf.striprtf import rtf_to_text

from contracts.errors import (
    BadText,
    IntakeError,
    NoText,
    TooBig,
    TooManyParts,
    Unreadable,
    Unsupported,
)
from intake import ocr  # its read_image: this module has its own, for image files
from intake.settings import IntakeSettings, get_intake_settings

#: file name endings and the kind each is read as
EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".eml": "email",
    ".pdf": "pdf",
    ".docx": "docx",
    ".html": "html",
    ".htm": "html",
    ".rtf": "rtf",
    ".png": "image",
    ".jpg": "image",
    ".jpeg": "image",
    ".tif": "image",
    ".tiff": "image",
}
MEDIA_TYPES = {
    "text/plain": "text",
    "message/rfc822": "email",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "application/rtf": "rtf",
    "text/rtf": "rtf",
    "image/png": "image",
    "image/jpeg": "image",
    "image/tiff": "image",
}
#: kinds named in messages
KIND_WORDS = {
    "text": "text file",
    "email": "email",
    "pdf": "PDF",
    "docx": "Word document",
    "html": "web page",
    "rtf": "RTF document",
    "image": "image",
}
ACCEPTED = ".txt, .eml, .pdf, .docx, .html, .rtf, .png, .jpg or .tif"
_REFUSED_HINTS = {
    ".doc": "save it as .docx or PDF",
    ".odt": "save it as .docx or PDF",
    ".heic": "save it as .jpg",
    ".zip": "send the files themselves",
    ".xlsx": "paste the figures into the letter",
    ".xls": "paste the figures into the letter",
    ".msg": "save the email as .eml",
}


@dataclass(frozen=True)
class Part:
    """One part of a submission: the letter itself, or an attachment."""

    name: str
    kind: str  # text | email | pdf | docx | html | rtf | image | other
    text: str
    ocr_confidence: float | None = None  # mean word confidence of its OCR'd pages (0-100)
    ocr_pages: int = 0
    pages: int | None = None
    note: str = ""  # why it was not read, when it was not

    @property
    def scanned(self) -> bool:
        return self.ocr_pages > 0


@dataclass(frozen=True)
class Document:
    kind: str
    parts: tuple[Part, ...]
    subject: str = ""
    attachments: tuple[tuple[str, str, bytes], ...] = field(default=(), repr=False)
    #: (name, media type, bytes) of every attachment, kept as received for the caseworker

    def text(self) -> str:
        """The whole submission as one text: the subject, the first part, then each further
        part under ``--- Attachment n: name ---`` (what the redactor reads)."""
        pieces = [self.subject] if self.subject else []
        for n, part in enumerate(self.parts):
            body = part.text.strip()
            if n == 0:  # the letter itself (an email's body, or the one document)
                if body:
                    pieces.append(body)
                continue
            header = f"--- Attachment {n}: {part.name} ---"
            if part.note:
                header += f"\n[{part.note}]"
            pieces.append(f"{header}\n{body}" if body else header)
        return "\n\n".join(pieces).strip()

    @property
    def ocr_confidence(self) -> float | None:
        """The lowest confidence of any scanned part (None: nothing was scanned)."""
        scores = [p.ocr_confidence for p in self.parts if p.ocr_confidence is not None]
        return min(scores) if scores else None

    @property
    def ocr_pages(self) -> int:
        return sum(p.ocr_pages for p in self.parts)

    def summary(self) -> list[dict]:
        """What is kept about each part beside the case (no text; names are replaced by the
        redacted ones when the case is stored)."""
        return [
            {
                "n": n,
                "name": p.name,
                "kind": p.kind,
                "chars": len(p.text),
                "pages": p.pages,
                "ocr_pages": p.ocr_pages,
                "ocr_confidence": p.ocr_confidence,
                "note": p.note,
            }
            for n, p in enumerate(self.parts)
        ]


# --------------------------------------------------------------------------------- the type
def _suffix(filename: str | None) -> str:
    return PurePath((filename or "").strip().lower()).suffix


def sniff(data: bytes) -> str | None:
    """The kind the first bytes say, for the binary formats (None: no telling)."""
    head = data[:1024]
    if head.startswith(b"%PDF-") or b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image"
    if head.startswith(b"\xff\xd8\xff"):
        return "image"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "image"
    if head.lstrip().startswith(b"{\\rtf"):
        return "rtf"
    return None


def kind_of(filename: str | None, content_type: str | None, data: bytes) -> str:
    """The kind to read a file as, from its name, then its media type, then its first bytes;
    a name or type that the content contradicts is an error (a '.pdf' that is not one)."""
    suffix = _suffix(filename)
    media = (content_type or "").split(";", 1)[0].strip().lower()
    kind = EXTENSIONS.get(suffix)
    if kind is None and suffix in _REFUSED_HINTS:
        raise Unsupported(
            f"{filename} cannot be read: {_REFUSED_HINTS[suffix]} (accepted: {ACCEPTED})"
        )
    if kind is None and (not suffix or media not in ("", "application/octet-stream")):
        kind = MEDIA_TYPES.get(media)
    sniffed = sniff(data)
    if kind is None and not suffix:
        kind = {"zip": "docx"}.get(sniffed, sniffed)
    if kind is None:
        shown = filename or media or "the file"
        raise Unsupported(f"unsupported file {shown} ({media or 'no type'}): send a {ACCEPTED}")
    binary = {"pdf": "pdf", "docx": "zip", "image": "image"}
    if kind in binary and sniffed != binary[kind]:
        raise Unreadable(
            f"{filename or 'the file'} is not a {KIND_WORDS[kind]} (its content "
            "does not match its name or type)",
            code="unreadable",
        )
    if kind == "rtf" and sniffed != "rtf":
        raise Unreadable(f"{filename or 'the file'} is not an RTF document", code="unreadable")
    return kind


# ---------------------------------------------------------------------------------- reading
def decode_text(data: bytes, what: str = "the file", *, legacy_fallback: bool = True) -> str:
    """UTF-8 (a BOM allowed) or UTF-16 with its BOM; binary data is refused. Text that is
    neither is read as Windows-1252 (old mail clients) when ``legacy_fallback``; the review
    API's plain-text upload sets it False, so a person who uploads a file in another encoding
    is told at once (422 ``bad_encoding``) instead of having mojibake triaged."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadText(f"{what} is not valid UTF-16 text") from None
    if b"\x00" in data:
        raise BadText(f"{what} looks binary, not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as error:
        if not legacy_fallback:
            raise BadText(f"{what} is not valid UTF-8 text (byte {error.start})") from None
        try:
            return data.decode("cp1252")
        except UnicodeDecodeError:
            raise BadText(f"{what} is not valid UTF-8 text") from None


def _tidy(text: str) -> str:
    lines = [
        " ".join(line.split())
        for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    ]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_markdown(data: bytes | str) -> tuple[str, str]:
    """(title, body) of an HTML page as Markdown-like text: ``h1``-``h4`` become ``#`` headings
    (with ``{#id}`` when the heading has an id), list items ``- ``, blocks separate lines;
    scripts, styles, navigation and forms are dropped."""
    # deferred: bs4 (~0.15 s) only for HTML
    from bs4 import BeautifulSoup

    try:
        soup = BeautifulSoup(data, "html.parser")
    except Exception:
        raise Unreadable("the web page could not be read") from None
    title = " ".join(soup.title.get_text(" ").split()) if soup.title else ""
    for tag in soup(
        ["script", "style", "head", "template", "noscript", "nav", "form", "svg", "button"]
    ):
        tag.decompose()
    for level in range(1, 5):
        for heading in soup.find_all(f"h{level}"):
            words = " ".join(heading.get_text(" ").split())
            anchor = heading.get("id") or ""
            if not words:
                heading.decompose()
                continue
            marker = (
                "#" * level
                + " "
                + words
                + (
                    f" {{#{anchor}}}"
                    if re.fullmatch(r"[A-Za-z][\w\-.:]*", anchor or "-") and anchor
                    else ""
                )
            )
            heading.replace_with(f"\n\n{marker}\n\n")
    for item in soup.find_all("li"):
        item.insert(0, "\n- ")
    for block in soup.find_all(
        [
            "p",
            "div",
            "br",
            "tr",
            "table",
            "ul",
            "ol",
            "section",
            "article",
            "blockquote",
            "pre",
            "h5",
            "h6",
            "dd",
            "dt",
            "header",
            "footer",
            "main",
            "address",
        ]
    ):
        if block.name == "br":  # a line break, not a paragraph: "Regards<br>Mrs Smith"
            block.insert_after("\n")
            continue
        block.insert_before("\n\n" if block.name != "tr" else "\n")
        block.insert_after("\n\n" if block.name != "tr" else "\n")
    for cell in soup.find_all(["td", "th"]):
        cell.insert_after(" | ")
    text = soup.get_text("")
    return title, _tidy(text)


def html_text(data: bytes | str) -> str:
    _title, body = html_markdown(data)
    return re.sub(r"^#{1,4} (.*?)(?: \{#[^}]*\})?$", r"\1", body, flags=re.M)


def rtf_text(data: bytes) -> str:
    try:
        raw = data.decode("ascii")
    except UnicodeDecodeError:
        raw = data.decode("cp1252", errors="replace")
    try:
        return _tidy(rtf_to_text(raw, errors="replace"))
    except Exception:
        raise Unreadable("the RTF document could not be read") from None


def _check_zip(data: bytes, settings: IntakeSettings, what: str) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise Unreadable(f"{what} is damaged: it cannot be opened as a Word document") from None
    if len(members) > 5000:
        raise TooBig(f"{what} holds {len(members)} files: too many to be a Word document")
    total = sum(m.file_size for m in members)
    if total > settings.max_unpacked_bytes:
        raise TooBig(
            f"{what} would expand to {total:,} bytes, over the limit of "
            f"{settings.max_unpacked_bytes:,}: it is refused unread",
            code="too_large",
        )
    for member in members:
        if member.file_size > 1_000_000 and member.file_size > settings.max_unpack_ratio * max(
            1, member.compress_size
        ):
            raise TooBig(
                f"{what} is compressed {member.file_size // max(1, member.compress_size)}"
                " times over, like a zip bomb: it is refused unread"
            )
    if "word/document.xml" not in archive.namelist():
        raise Unreadable(f"{what} is a zip file, not a Word document")
    return archive


def docx_blocks(
    data: bytes, settings: IntakeSettings, what: str = "the Word document"
) -> list[tuple[int, str]]:
    """The paragraphs and table rows of a Word file in order, as (heading level, text): level 1-4
    for paragraphs styled ``Title``/``Heading n``, 0 for the rest."""
    _check_zip(data, settings, what)
    # deferred: python-docx loads lxml; only .docx files need it
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception:
        raise Unreadable(f"{what} is damaged: it cannot be read") from None
    blocks: list[tuple[int, str]] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                cells = list(dict.fromkeys(" ".join(c.text.split()) for c in row.cells))
                line = " | ".join(c for c in cells if c)
                if line:
                    blocks.append((0, line))
            continue
        text = item.text.strip()
        if not text:
            continue
        style = (item.style.name if item.style is not None else "") or ""
        level = 0
        match = re.match(r"(?i)heading\s+(\d)", style)
        if match:
            level = min(4, int(match.group(1)))
        elif style.lower() == "title":
            level = 1
        blocks.append((level, text))
    return blocks


def docx_text(data: bytes, settings: IntakeSettings, what: str = "the Word document") -> str:
    return "\n\n".join(text for _, text in docx_blocks(data, settings, what))


def _open_pdf(data: bytes, what: str):
    # deferred: pypdf loads cryptography and fontTools (~0.2 s); only PDFs need it
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings name objects, not text
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise Unreadable(f"{what} is password-protected: send it without a password")
            except IntakeError:
                raise
            except Exception:
                raise Unreadable(
                    f"{what} is password-protected: send it without a password"
                ) from None
        pages = list(reader.pages)
    except IntakeError:
        raise
    except Exception:
        raise Unreadable(f"{what} is damaged: it cannot be read as a PDF") from None
    return reader, pages


def pdf_pages(
    data: bytes, settings: IntakeSettings, what: str = "the PDF"
) -> tuple[list[str], object]:
    """The text layer of each page (refusing PDFs over ``max_pdf_pages``) and the reader."""
    reader, pages = _open_pdf(data, what)
    if len(pages) > settings.max_pdf_pages:
        raise TooBig(f"{what} has {len(pages)} pages; the limit is {settings.max_pdf_pages}")
    texts = []
    for page in pages:
        try:
            texts.append(page.extract_text() or "")
        except Exception:
            raise Unreadable(f"{what} is damaged: a page cannot be read") from None
    return texts, reader


def _visible(text: str) -> int:
    return sum(c.isalnum() for c in text)


class _OcrBudget:
    def __init__(self, settings: IntakeSettings) -> None:
        self.left = settings.max_ocr_pages
        self.settings = settings

    def take(self, what: str) -> None:
        if self.left <= 0:
            raise TooBig(
                f"{what} needs more than {self.settings.max_ocr_pages} scanned pages "
                "read: split the scan",
                code="too_many_pages",
            )
        self.left -= 1


def _check_pixels(image, settings: IntakeSettings, what: str) -> None:
    width, height = image.size
    if width * height > settings.max_image_pixels:
        raise TooBig(
            f"{what} is {width}x{height} pixels, over the limit of "
            f"{settings.max_image_pixels:,}: scan at 300 dpi or less"
        )


def _ocr(image, settings: IntakeSettings, budget: _OcrBudget, what: str):
    _check_pixels(image, settings, what)
    budget.take(what)
    return ocr.read_image(image, lang=settings.ocr_languages, timeout_s=settings.ocr_timeout_s)


def _merge_ocr(results) -> tuple[str, float | None, int]:
    texts = [r.text for r in results]
    words = sum(r.words for r in results)
    confidence = (
        (sum(r.confidence * r.words for r in results) / words)
        if words
        else (0.0 if results else None)
    )
    return (
        "\n\n".join(t for t in texts if t),
        (round(confidence, 1) if confidence is not None else None),
        len(results),
    )


def read_pdf(data: bytes, name: str, settings: IntakeSettings, budget: _OcrBudget) -> Part:
    what = name or "the PDF"
    texts, reader = pdf_pages(data, settings, what)
    out: list[str] = []
    results = []
    for page, text in zip(reader.pages, texts):
        if _visible(text) >= 15:
            out.append(text)
            continue
        try:
            images = sorted(page.images, key=lambda i: len(i.data), reverse=True)
        except Exception:
            images = []
        if not images:
            if text.strip():
                out.append(text)
            continue

        try:
            image = images[0].image
        except Image.DecompressionBombError:
            raise TooBig(f"{what} holds an image too large to read") from None
        except Exception:
            raise Unreadable(f"{what} holds a scanned page that cannot be decoded") from None
        result = _ocr(image, settings, budget, what)
        results.append(result)
        out.append(result.text)
    text = _tidy("\n\n".join(out))
    if results:
        _, confidence, pages = _merge_ocr(results)
        return Part(
            name=name,
            kind="pdf",
            text=text,
            ocr_confidence=confidence,
            ocr_pages=pages,
            pages=len(texts),
        )
    return Part(name=name, kind="pdf", text=text, pages=len(texts))


def read_image(data: bytes, name: str, settings: IntakeSettings, budget: _OcrBudget) -> Part:
    what = name or "the image"
    try:
        image = Image.open(io.BytesIO(data))
        _check_pixels(image, settings, what)
        frames = []
        for frame in ImageSequence.Iterator(image):
            if len(frames) >= settings.max_ocr_pages + 1:
                break
            frame.load()
            frames.append(frame.copy())
    except IntakeError:
        raise
    except Image.DecompressionBombError:
        raise TooBig(
            f"{what} has more than {settings.max_image_pixels:,} pixels: scan at 300 dpi or less"
        ) from None
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, EOFError):
        raise Unreadable(f"{what} is damaged: it cannot be read as an image") from None
    results = [_ocr(frame, settings, budget, what) for frame in frames]
    text, confidence, pages = _merge_ocr(results)
    return Part(
        name=name,
        kind="image",
        text=_tidy(text),
        ocr_confidence=confidence,
        ocr_pages=pages,
        pages=pages,
    )


# ------------------------------------------------------------------------------------ email
def _email_message(data: bytes):
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception:
        raise Unreadable("the email could not be read") from None
    if not any(
        k.lower() in ("from", "to", "subject", "date", "message-id", "mime-version", "content-type")
        for k in message
    ):
        raise Unreadable("the file has no email headers: it is not an email (.eml)")
    return message


def _email_body(message) -> str:
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        return ""
    try:
        content = body.get_content()
    except (LookupError, UnicodeDecodeError, ValueError):
        raise BadText("the email body is not in a character set that can be read") from None
    if isinstance(content, bytes):
        content = decode_text(content, "the email body")
    if body.get_content_subtype() == "html":
        content = html_text(content)
    return content


def _attachment_payload(part) -> bytes | object:
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        inner = inner[0] if isinstance(inner, list) and inner else inner
        return inner.as_bytes() if hasattr(inner, "as_bytes") else b""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _email_parts(
    message,
    settings: IntakeSettings,
    budget: _OcrBudget,
    counter: list[int],
    depth: int,
    prefix: str = "",
) -> tuple[list[Part], list[tuple[str, str, bytes]]]:
    parts: list[Part] = []
    files: list[tuple[str, str, bytes]] = []
    for n, attachment in enumerate(message.iter_attachments(), start=1):
        counter[0] += 1
        if counter[0] > settings.max_attachments:
            raise TooManyParts(
                f"the email has more than {settings.max_attachments} "
                "attachments: send them in smaller batches"
            )
        name = attachment.get_filename() or f"attachment-{n}"
        name = prefix + " ".join(str(name).split())[:200]
        media = attachment.get_content_type()
        data = _attachment_payload(attachment)
        files.append((name, media, data))
        if len(data) == 0:
            parts.append(Part(name=name, kind="other", text="", note="empty attachment"))
            continue
        try:
            kind = kind_of(name, media, data)
            if kind == "email":
                if depth >= 3:
                    raise Unsupported("emails nested more than three deep are not opened")
                inner = _email_message(data)
                body = _email_body(inner)
                subject = " ".join(str(inner.get("subject", "")).split())
                parts.append(
                    Part(
                        name=name,
                        kind="email",
                        text=f"{subject}\n\n{body}".strip() if subject else body,
                    )
                )
                more, more_files = _email_parts(
                    inner, settings, budget, counter, depth + 1, prefix=f"{name} > "
                )
                parts.extend(more)
                files.extend(more_files)
                continue
            parts.append(read_part(data, name, kind, settings, budget))
        except (TooBig, TooManyParts):
            raise
        except IntakeError as error:
            parts.append(Part(name=name, kind="other", text="", note=f"not read: {error.detail}"))
    return parts, files


def email_document(
    data: bytes,
    settings: IntakeSettings,
    budget: _OcrBudget | None = None,
    *,
    body: str | None = None,
    subject: str | None = None,
) -> Document:
    """An email's body and attachments. ``body``/``subject`` when the caller has read them."""
    budget = budget or _OcrBudget(settings)
    message = _email_message(data)
    if subject is None:
        subject = " ".join(str(message.get("subject", "")).split())
    if body is None:
        body = _email_body(message)
    parts, files = _email_parts(message, settings, budget, [0], 1)
    return Document(
        kind="email",
        subject=subject,
        parts=(Part(name="body", kind="email", text=body), *parts),
        attachments=tuple(files),
    )


# ------------------------------------------------------------------------------------ entry
def read_part(
    data: bytes, name: str, kind: str, settings: IntakeSettings, budget: _OcrBudget
) -> Part:
    if kind == "text":
        return Part(name=name, kind="text", text=_tidy(decode_text(data, name or "the file")))
    if kind == "pdf":
        return read_pdf(data, name, settings, budget)
    if kind == "docx":
        return Part(
            name=name, kind="docx", text=docx_text(data, settings, name or "the Word document")
        )
    if kind == "html":
        return Part(name=name, kind="html", text=html_text(data))
    if kind == "rtf":
        return Part(name=name, kind="rtf", text=rtf_text(data))
    if kind == "image":
        return read_image(data, name, settings, budget)
    raise Unsupported(f"unsupported file {name}: send a {ACCEPTED}")


def extract(
    data: bytes,
    *,
    filename: str | None = None,
    content_type: str | None = None,
    settings: IntakeSettings | None = None,
) -> Document:
    """Read one submitted file (see the module's docstring). Raises an
    :class:`~contracts.errors.IntakeError` naming what is wrong; an empty result is
    :class:`~contracts.errors.NoText`."""
    settings = settings or get_intake_settings()
    if not data or not data.strip():
        raise NoText("the file is empty")
    kind = kind_of(filename, content_type, data)
    budget = _OcrBudget(settings)
    name = PurePath(filename).name if filename else "letter"
    if kind == "email":
        document = email_document(data, settings, budget)
    else:
        document = Document(kind=kind, parts=(read_part(data, name, kind, settings, budget),))
    if not _visible(document.text()):
        scanned = document.ocr_pages > 0
        raise NoText(
            "no text could be read from the scan: check it is the right way up and "
            "legible, or type the letter in"
            if scanned
            else f"the {KIND_WORDS.get(kind, 'file')} has no text"
        )
    return document


def supported(path: PurePath) -> bool:
    return path.suffix.lower() in EXTENSIONS


__all__ = [
    "ACCEPTED",
    "EXTENSIONS",
    "Document",
    "Part",
    "decode_text",
    "docx_blocks",
    "email_document",
    "extract",
    "html_markdown",
    "html_text",
    "kind_of",
    "pdf_pages",
    "rtf_text",
    "supported",
]
