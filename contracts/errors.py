"""The domain errors every layer raises, in one hierarchy.

Each is a :class:`CaseworkError` (and a ``ValueError``, so older callers that catch bad values
still catch them). Services map them by type: the command line prints the message and exits 2
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


__all__ = ["CaseworkError", "GuidanceError", "InputError", "LetterTooLong", "UnknownTeam"]
