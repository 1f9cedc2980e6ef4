"""Shared pieces of the UK recognizers: regex flags, the entity types, and the cue logic
(the nearest context word before a match decides its score)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

import regex as re
from presidio_analyzer import RecognizerResult

CASE_SENSITIVE = re.DOTALL | re.MULTILINE
CASE_INSENSITIVE = re.DOTALL | re.MULTILINE | re.IGNORECASE

#: Types that are a structured identifier (pattern + checksum/context). They win overlaps.
IDENTIFIER_TYPES = (
    "EMAIL_ADDRESS", "IBAN_CODE", "CREDIT_CARD", "UK_NHS", "UK_NINO", "UK_DRIVING_LICENCE",
    "UK_PASSPORT", "UK_BANK_ACCOUNT", "UK_SORT_CODE", "PHONE_NUMBER", "UK_POSTCODE",
    "DATE_OF_BIRTH",
)
#: Every entity type the redaction stage can produce.
ALL_ENTITIES = (*IDENTIFIER_TYPES, "STREET_ADDRESS", "PERSON", "LOCATION")


# --------------------------------------------------------------------------- helpers
def _cue_regex(words: Iterable[str]) -> re.Pattern:
    """A case-insensitive regex for any of ``words`` as whole words (spaces flexible)."""
    alts = sorted({w.strip() for w in words if w.strip()}, key=len, reverse=True)
    body = "|".join(r"[ \t]+".join(re.escape(p) for p in w.split()) for w in alts)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)


def _last_end(cue: re.Pattern | None, window: str) -> int:
    if cue is None:
        return -1
    end = -1
    for m in cue.finditer(window):
        end = m.end()
    return end


class _CueMixin:
    """Recognizer-level context: the nearest cue before a match decides its score.

    Subclasses set ``CONTEXT`` (positive words), optionally ``NEGATIVE_CONTEXT``, the window
    size in characters, the score given when a positive cue is nearest (``CONTEXT_SCORE``)
    and whether a match *requires* a cue (then it is dropped without one).
    """

    CONTEXT: Sequence[str] = ()
    NEGATIVE_CONTEXT: Sequence[str] = ()
    WINDOW = 48
    CONTEXT_SCORE = 0.85
    REQUIRE_CONTEXT = False

    def _cues(self):
        if not hasattr(self, "_pos_cue"):
            self._pos_cue = _cue_regex(self.context or self.CONTEXT)
            self._neg_cue = _cue_regex(self.NEGATIVE_CONTEXT) if self.NEGATIVE_CONTEXT else None
        return self._pos_cue, self._neg_cue

    def cue_score(self, text: str, start: int, end: int, score: float) -> float:
        pos, neg = self._cues()
        window = text[max(0, start - self.WINDOW):start]
        p, n = _last_end(pos, window), _last_end(neg, window)
        if n > p:  # a negative cue ("reference 12345678") is closer than any positive one
            return 0.0
        if p >= 0:
            return max(score, self.CONTEXT_SCORE)
        return 0.0 if self.REQUIRE_CONTEXT else score

    def enhance_using_context(self, text, raw_recognizer_results, other_raw_recognizer_results,
                              nlp_artifacts, context=None):
        out = []
        for result in raw_recognizer_results:
            result.score = self.cue_score(text, result.start, result.end, result.score)
            result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
            out.append(result)
        return out


_SEPARATORS = re.compile(r"[\s\-–]")
_DIGIT = re.compile(r"\d")
_NON_DIGIT = re.compile(r"\D")
_DIGIT_OR_AT = re.compile(r"[\d@]")
_TWO_DIGITS = re.compile(r"\d{2}")


#: a digit run that is not part of a longer number, date or decimal
_NUM_BEFORE = r"(?<![\d\-/]|\d\.)(?<!\d[ ])"
_NUM_AFTER = r"(?![\d\-/]|\.\d)(?![ ]\d)"


def _sanitize(text: str) -> str:
    return _SEPARATORS.sub("", text).upper()

