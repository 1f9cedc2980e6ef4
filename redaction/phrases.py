"""Find known phrases in a letter: the deployment's own addresses (an explicit allow-list) and
the service's vocabulary (benefit, scheme and team names, guidance titles).

A phrase matches as whole words, ignoring case, with any run of spaces, line breaks or commas
standing for any other ("Civic Hall, Leeds LS1 1UR" matches the same words laid out as a block
over three lines) and apostrophes optional ("Carers Allowance"). Nothing else is loosened: this
is the "matched exactly" the fail-closed rule allows, never a guess from the letter's layout.
"""

from __future__ import annotations

from collections.abc import Iterable

import regex as re

_WORD = re.compile(r"[^\s,]+")
_APOSTROPHE = re.compile(r"\\'")


def _phrase_pattern(phrase: str) -> str:
    words = [re.escape(w) for w in _WORD.findall(phrase)]
    words = [_APOSTROPHE.sub("'?", w) for w in words]
    return r"[\s,]+".join(words)


class PhraseMatcher:
    """Occurrences of any of ``phrases`` in a text (one compiled alternation, longest first)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = tuple(
            sorted({p.strip() for p in phrases if p and p.strip()}, key=len, reverse=True)
        )
        self._regex: re.Pattern | None = None

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def __getstate__(self) -> dict:
        return {"phrases": self.phrases, "_regex": None}

    @property
    def regex(self) -> re.Pattern:
        if self._regex is None:
            body = "|".join(_phrase_pattern(p) for p in self.phrases) or r"(?!)"
            self._regex = re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)
        return self._regex

    def spans(self, text: str) -> list[tuple[int, int]]:
        """``[start, end)`` of every occurrence, left to right."""
        if not self.phrases:
            return []
        return [m.span() for m in self.regex.finditer(text)]


__all__ = ["PhraseMatcher"]
