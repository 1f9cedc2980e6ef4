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
_TOKEN = re.compile(r"\w+")
_LEADING_RUN = re.compile(r"^\w+")


def _phrase_pattern(phrase: str) -> str:
    words = [re.escape(w) for w in _WORD.findall(phrase)]
    words = [_APOSTROPHE.sub("'?", w) for w in words]
    return r"[\s,]+".join(words)


class PhraseMatcher:
    """Occurrences of any of ``phrases`` in a text (one compiled alternation, longest first)."""

    def __init__(self, phrases: Iterable[str]) -> None:
        self.phrases = tuple(sorted({p.strip() for p in phrases if p and p.strip()},
                                    key=len, reverse=True))
        self._regex: re.Pattern | None = None
        self._starts: tuple[tuple[int, frozenset[str]], ...] | None = None

    def __bool__(self) -> bool:
        return bool(self.phrases)

    def __getstate__(self) -> dict:
        return {"phrases": self.phrases, "_regex": None, "_starts": None}

    @property
    def starts(self) -> tuple[tuple[int, frozenset[str]], ...]:
        """The lower-cased leading word characters of every phrase, by length: a match can
        only begin at a word whose first characters are one of them. Empty when a phrase does
        not begin with a word character (then every position is tried)."""
        if self._starts is None:
            runs = [_LEADING_RUN.match(phrase) for phrase in self.phrases]
            if not all(runs):
                self._starts = ()
            else:
                by_length: dict[int, set[str]] = {}
                for run in runs:
                    by_length.setdefault(len(run.group()), set()).add(run.group().lower())
                self._starts = tuple((n, frozenset(words)) for n, words in by_length.items())
        return self._starts

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
        starts = self.starts
        if not starts:
            return [m.span() for m in self.regex.finditer(text)]
        # The alternation is tried only where a word begins with a phrase's first characters
        # (about 10x fewer attempts on a long letter than at every position; the same matches,
        # left to right and never overlapping, as finditer: tested on the evaluation sets).
        found: list[tuple[int, int]] = []
        end = 0
        regex = self.regex
        for token in _TOKEN.finditer(text):
            start = token.start()
            if start < end:
                continue
            word = token.group().lower()
            if not any(word[:n] in words for n, words in starts):
                continue
            match = regex.match(text, start)
            if match is not None and match.end() > match.start():
                found.append(match.span())
                end = match.end()
        return found


__all__ = ["PhraseMatcher"]
