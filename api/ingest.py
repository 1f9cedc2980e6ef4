"""Turn what a contact centre receives into letter text: JSON text, a ``.txt`` file, an
``.eml`` email (plain, multipart or HTML-only, with its attachments), or a document or scan
(``.pdf``, ``.docx``, ``.html``, ``.rtf``, ``.png``/``.jpg``/``.tif``: :mod:`intake.documents`).

Every failure is a clear 4xx: empty, too large, unsupported type, bad encoding. Nothing here
logs or echoes the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email import errors, policy
from email.message import EmailMessage
from email.parser import BytesParser

from api.errors import BadEncoding, EmptyLetter, TooLarge, UnsupportedType
from intake import documents
from intake.documents import decode_text, html_text
from intake.settings import get_intake_settings

TEXT_TYPES = {"text/plain"}
EMAIL_TYPES = {"message/rfc822", "application/octet-stream"}
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
#: characters that show nothing: a letter of only these is empty
_INVISIBLE = re.compile(
    r"[\s\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e"
    r"\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff"
    r"\uffa0]+"
)


def valid_unicode(text: str, what: str = "the text") -> str:
    """Refuse text that cannot be stored or encoded (lone surrogates from a broken client)."""
    if _SURROGATE.search(text):
        raise BadEncoding(
            f"{what} contains characters that are not valid Unicode (lone "
            "surrogates): send it as UTF-8 text"
        )
    return text


@dataclass(frozen=True)
class Incoming:
    text: str
    channel: str  # json | txt | eml | web
    subject: str = ""
    filename: str | None = None
    content_type: str | None = None
    #: the parts read (intake.documents.Document) and the bytes as received, for files
    document: object | None = None
    data: bytes | None = None


def clean_text(text: str, *, max_chars: int) -> str:
    """Normalise newlines, drop control characters, refuse empty or over-long letters."""
    valid_unicode(text, "the letter")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text).strip()
    if not _INVISIBLE.sub("", text):
        raise EmptyLetter(
            "the letter is empty"
            if not text
            else "the letter has no visible text (only spaces or invisible characters)"
        )
    if len(text) > max_chars:
        raise TooLarge(
            f"the letter has {len(text)} characters; the limit is {max_chars}",
            code="letter_too_long",
        )
    return text


def from_text(text: str, *, max_chars: int, channel: str = "json") -> Incoming:
    return Incoming(text=clean_text(text, max_chars=max_chars), channel=channel)


def _base64_defects() -> tuple[type, ...]:
    return tuple(
        getattr(errors, name)
        for name in (
            "InvalidBase64PaddingDefect",
            "InvalidBase64CharactersDefect",
            "InvalidBase64LengthDefect",
        )
        if hasattr(errors, name)
    )


_BASE64_DEFECTS = _base64_defects()


def parse_email(data: bytes) -> tuple[str, str]:
    """(subject, body text) of an RFC 5322 message; prefers text/plain, falls back to HTML."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(data)
    except Exception:  # the parser is lenient; anything raised means it is not an email
        raise UnsupportedType("the file could not be read as an email (.eml)") from None
    if not isinstance(message, EmailMessage) or not (message.keys() or message.get_payload()):
        raise UnsupportedType("the file could not be read as an email (.eml)")
    if not any(
        key.lower()
        in ("from", "to", "subject", "date", "message-id", "mime-version", "content-type")
        for key in message
    ):
        raise UnsupportedType("the file has no email headers: upload it as .txt instead")
    subject = " ".join(str(message.get("subject", "")).split())
    body = message.get_body(preferencelist=("plain", "html"))
    if body is None:
        if message.is_multipart() or message.get_content_maintype() != "text":
            raise EmptyLetter("the email has no text or HTML body")
        body = message
    try:
        content = body.get_content()
    except (LookupError, UnicodeDecodeError, ValueError):
        raise BadEncoding("the email body is not in a character set that can be read") from None
    if any(isinstance(defect, _BASE64_DEFECTS) for defect in getattr(body, "defects", ())):
        raise BadEncoding("the email body's base64 encoding is broken: it cannot be read")
    if isinstance(content, bytes):
        content = decode_text(content, "the email body", legacy_fallback=False)
    if body.get_content_subtype() == "html":
        content = html_text(content)
    if "\ufffd" in content and content.count("\ufffd") > max(3, len(content) // 100):
        raise BadEncoding("the email body does not decode in its declared character set")
    return subject, content


def from_upload(
    data: bytes, *, filename: str | None, content_type: str | None, max_chars: int, max_bytes: int
) -> Incoming:
    if len(data) > max_bytes:
        raise TooLarge(f"the file is larger than {max_bytes} bytes")
    if not data.strip():
        raise EmptyLetter("the file is empty")
    name = (filename or "").lower()
    ctype = (content_type or "").split(";", 1)[0].strip().lower()
    if name.endswith(".eml") or ctype == "message/rfc822":
        try:
            subject, body = parse_email(data)
        except EmptyLetter:  # no body: its attachments may be the letter (a scan, a PDF)
            subject, body = None, ""
        document = _documents(
            lambda d, settings: d.email_document(data, settings, body=body, subject=subject)
        )
        subject = document.subject
        if not any(any(c.isalnum() for c in part.text) for part in document.parts):
            raise EmptyLetter(
                "the email has no text, and none of its attachments could be read"
                if len(document.parts) > 1
                else "the email has no text or HTML body"
            )
        text = document.text()
        return Incoming(
            text=clean_text(text, max_chars=max_chars),
            channel="eml",
            subject=subject,
            filename=filename,
            content_type=ctype or None,
            document=document,
            data=data,
        )
    if (
        name.endswith(".txt")
        or (not name and ctype in TEXT_TYPES)
        or (ctype in TEXT_TYPES and "." not in name)
    ):
        return Incoming(
            text=clean_text(
                decode_text(data, "the file", legacy_fallback=False), max_chars=max_chars
            ),
            channel="txt",
            filename=filename,
            content_type=ctype or None,
        )
    document = _documents(
        lambda d, settings: d.extract(
            data, filename=filename, content_type=content_type, settings=settings
        )
    )
    channel = "scan" if document.kind == "image" or document.ocr_pages else document.kind
    return Incoming(
        text=clean_text(document.text(), max_chars=max_chars),
        channel=channel,
        filename=filename,
        content_type=ctype or None,
        document=document,
        data=data,
    )


def _documents(read):
    """Run ``read(intake.documents, settings)``. Its errors (a damaged file, an unsupported
    type, a scan with nothing legible) are :class:`contracts.errors.CaseworkError`, answered
    by type (``api/errors.py``)."""
    return read(documents, get_intake_settings())
