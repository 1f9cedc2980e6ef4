"""The domain errors every layer raises, in one hierarchy.

Each is a :class:`CaseworkError` (and a ``ValueError``, so older callers that catch bad values
still catch them): bad input rows, a letter too long, unknown teams, unreadable guidance, and
files intake cannot read (:class:`IntakeError` and its kinds). Services map them by type: the command line prints the message and exits 2
(``cli/main.py``), the review API answers with an HTTP status and an error code
(``api/errors.py``). Messages never quote letter text.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path


class CaseworkError(Exception):
    """Base of the errors a person can act on (bad input, a refused letter, unknown teams)."""


class InputError(CaseworkError, ValueError):
    """Bad input, with where it is. The CLI prints it and exits non-zero."""

    def __init__(self, path: Path | str, line: int | None, message: str) -> None:
        self.path, self.line, self.message = str(path), line, message
        where = f"{self.path}, line {line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


class LetterTooLong(CaseworkError, ValueError):
    """A letter longer than ``max_chars``: refused (never silently truncated)."""

    def __init__(self, letter_id: str, length: int, limit: int) -> None:
        self.letter_id = letter_id
        self.length = length
        self.limit = limit
        super().__init__(
            f"letter {letter_id!r} is {length:,} characters long, over the limit of "
            f"{limit:,} (CASEWORK_MAX_LETTER_CHARS); it was not redacted. Split the letter "
            "or raise the limit."
        )

    def __reduce__(self):  # crosses process boundaries (the pipeline's workers)
        return type(self), (self.letter_id, self.length, self.limit)


class UnknownTeam(CaseworkError, ValueError):
    """Labels, a saved router's classes or a chosen team name teams that are not configured."""

    def __init__(self, unknown: Iterable[str], known: Sequence[str], *, context: str = "") -> None:
        self.unknown = tuple(sorted(set(unknown)))
        self.known = tuple(known)
        self.context = context
        shown = ", ".join(repr(name) for name in self.unknown[:10])
        more = f" and {len(self.unknown) - 10} more" if len(self.unknown) > 10 else ""
        known_shown = ", ".join(self.known[:20]) + (" ..." if len(self.known) > 20 else "")
        prefix = f"{context}: " if context else ""
        super().__init__(
            f"{prefix}unknown team{'s' if len(self.unknown) != 1 else ''} {shown}{more}; "
            f"the teams file defines {len(self.known)}: {known_shown}"
        )

    def __reduce__(self):
        return _unknown_team, (self.unknown, self.known, self.context)


def _unknown_team(unknown: tuple[str, ...], known: tuple[str, ...], context: str) -> UnknownTeam:
    return UnknownTeam(unknown, known, context=context)


class GuidanceError(CaseworkError, ValueError):
    """Guidance (or its index) could not be read: names the file (and line) at fault."""


class IntakeError(CaseworkError, ValueError):
    """A submitted file (a letter, an attachment, a guidance document) that cannot be read.

    ``detail`` says why without quoting the file; ``code`` is a short machine reason that stays
    with the error (``unreadable``, ``scan_too_slow``, ``too_many_pages``, ...). What a service
    answers with is its own choice by type: HTTP statuses live in ``api/errors.py``."""

    code = "unreadable"

    def __init__(self, detail: str, *, code: str | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        if code:
            self.code = code


class Unsupported(IntakeError):
    """A file type intake does not read (an old ``.doc``, a program)."""

    code = "unsupported_type"


class Unreadable(IntakeError):
    """A damaged or mislabelled file: a corrupt PDF or Word file, an image that is not one."""

    code = "unreadable"


class BadText(IntakeError):
    """Text in no encoding intake can decode."""

    code = "bad_encoding"


class NoText(IntakeError):
    """Nothing legible: an empty file, a blank page, a scan with no words read."""

    code = "empty"


class TooBig(IntakeError):
    """Over a size limit: bytes, pages, pixels, or a compressed file that expands too far."""

    code = "too_large"


class TooManyParts(IntakeError):
    """More attachments than the limit."""

    code = "too_many_attachments"


class OcrUnavailable(IntakeError):
    """A scan arrived but this machine cannot read scans (Tesseract is not installed)."""

    code = "ocr_unavailable"


__all__ = [
    "BadText",
    "CaseworkError",
    "GuidanceError",
    "InputError",
    "IntakeError",
    "LetterTooLong",
    "NoText",
    "OcrUnavailable",
    "TooBig",
    "TooManyParts",
    "UnknownTeam",
    "Unreadable",
    "Unsupported",
]
