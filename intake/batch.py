"""`casework triage FOLDER` (or one document): every supported file in a folder read as a
letter - emails with their attachments, PDFs, Word, web pages, RTF and scans - then triaged
like JSONL input, with each letter's intake (parts, language, OCR confidence) and the
campaigns among the letters in its output row.

Every file is read before any triage starts: an unreadable file stops the run with its name
(exit 2) and nothing is written. Extracted text goes straight to the pipeline, which redacts
it first; the output holds only redacted text (attachment names included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from contracts.errors import CaseworkError, IntakeError
from intake.documents import Document, extract, supported
from intake.settings import get_intake_settings

_ATTACHMENT_LINE = re.compile(r"^--- Attachment (\d+): (.*?) ---$", re.M)


class DocumentInputError(CaseworkError, ValueError):
    """A file of a folder given to the CLI could not be read (names it)."""


@dataclass(frozen=True)
class Item:
    id: str
    path: Path
    document: Document


def is_documents(path: Path) -> bool:
    """True for a folder, or a single file of a document type (not JSONL/CSV rows)."""
    return path.is_dir() or (
        path.suffix.lower() not in (".jsonl", ".csv", ".json") and supported(path)
    )


def read(path: Path, max_chars: int, settings=None) -> list[Item]:
    settings = settings or get_intake_settings()
    if path.is_dir():
        files = sorted(
            p
            for p in path.rglob("*")
            if p.is_file() and supported(p) and not p.name.startswith(".")
        )
        base = path
        if not files:
            raise DocumentInputError(
                f"{path}: no letters in a readable format "
                "(.txt .eml .pdf .docx .html .rtf .png .jpg .tif)"
            )
    else:
        files, base = [path], path.parent
    items = []
    for file in files:
        try:
            document = extract(file.read_bytes(), filename=file.name, settings=settings)
        except IntakeError as error:
            raise DocumentInputError(f"{file}: {error.detail}") from None
        except OSError as error:
            raise DocumentInputError(f"{file}: cannot be read ({error.strerror})") from None
        if len(document.text()) > max_chars:
            raise DocumentInputError(
                f"{file}: {len(document.text()):,} characters, over the "
                f"limit of {max_chars:,} (CASEWORK_MAX_LETTER_CHARS)"
            )
        items.append(Item(id=file.relative_to(base).as_posix(), path=file, document=document))
    return items


def intake_row(item: Item, redacted_text: str, campaign: int | None, size: int) -> dict:
    names = {int(n): name for n, name in _ATTACHMENT_LINE.findall(redacted_text)}
    parts = item.document.summary()
    for part in parts:
        if part["n"]:
            part["name"] = names.get(part["n"], f"attachment {part['n']}")
        else:
            part["name"] = item.id if item.document.kind != "email" else "body"
    return {
        "format": "scan" if item.document.kind == "image" else item.document.kind,
        "parts": parts,
        "ocr_confidence": item.document.ocr_confidence,
        "ocr_pages": item.document.ocr_pages,
        "campaign": {"id": f"campaign-{campaign}", "size": size} if campaign else None,
    }
