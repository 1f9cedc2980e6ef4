"""The grounding guard: every sentence a generative model writes must be supported by the
guidance it was given, or it is dropped and the caseworker is told.

A generated reply is split into sentences. Each one is either

* **frame**: the greeting, the sign-off, or a sentence about what happens next ("A caseworker will
  look at your claim.") that states no fact - no number, amount, date, address, phone number or
  link - and cites nothing; kept as it is;
* **supported**: at least ``min_overlap`` of its content words (stemmed, stopwords out) occur in
  the passage it cites (any passage given, when it cites none), every number, amount and month
  in it occurs in that passage too, and, when the guard has an embedding function, or instead of the
  word overlap, its embedding is at least ``min_cosine`` similar to one of that passage's
  sentences; kept;
* anything else: **dropped**, with a note for the caseworker naming it.

Sentences that read as instructions to or about the model ("ignore previous instructions",
"system prompt", "as an AI") are always dropped, whatever they overlap with: a letter that tries to
instruct the model gets nothing of its own into the reply. Support is only ever measured against
the guidance passages, never against the letter, so text the model copies from the letter is
not supported by it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from contracts.text import LETTER_WORDS, STOPWORDS_EN, split_sentences, tokenize

__all__ = ["GroundingGuard", "GroundingResult"]

_CITE = re.compile(r"\s*\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")
_FACT = re.compile(r"\d|£|%|https?://|www\.|@|\b(?-i:January|February|March|April|May|June|"
                   r"July|August|September|October|November|December)\b", re.IGNORECASE)
_NUMBER = re.compile(r"£?\d[\d,.]*%?")
_FRAME = re.compile(
    r"^(?:hello|hi|dear|good\s+(?:morning|afternoon)|thank\s+you|thanks|yours\s+(?:sincerely|"
    r"faithfully)|kind\s+regards|best\s+wishes|regards|we\s+(?:have|will|are|would|aim|can|may|might|could|should|need)|"
    r"a\s+(?:caseworker|member\s+of\s+(?:our|the)\s+team|person)\s+(?:will|from|has)|"
    r"(?:our|the)\s+(?:caseworker|team)\s+will|if\s+we\s+need|you\s+do\s+not\s+need\s+to\s+do|"
    r"please\s+(?:keep|contact\s+us|let\s+us\s+know|tell\s+us)|i\s+hope\s+this\s+helps|"
    r"we\s+are\s+sorry|we\s+understand)\b", re.IGNORECASE)
_INSTRUCTION = re.compile(
    r"\b(?:ignore|disregard|forget)\s+(?:all\s+|any\s+|the\s+|your\s+|these\s+|previous\s+|prior\s+"
    r"|above\s+)*(?:instructions|rules|prompts?|guidance)\b|\bsystem\s+(?:prompt|message)\b|"
    r"\bas\s+an\s+(?:ai|a\.i\.|language\s+model)\b|\b(?:my|your)\s+instructions\b|"
    r"\bprompt\s+injection\b|\bjailbreak|\bi\s+(?:am|have\s+been)\s+(?:told|instructed)\s+to\b|"
    r"\byou\s+now\s+obey\b|<\|?im_(?:start|end)|\[/?(?:letter|guidance|system)\b",
    re.IGNORECASE)
_WORDS_STOP = STOPWORDS_EN | LETTER_WORDS | frozenset(
    "is are was were be been being have has had do does did will would shall should can could "
    "may might must also just only very more most much many some any each every all both own "
    "same such than too so not no nor out up down over under again further once here there "
    "when where why how what which who whom whose it its they them their you your yours we us "
    "our ours he him his she her i me my".split())


@dataclass(frozen=True)
class GroundingResult:
    text: str
    kept: tuple[str, ...]
    dropped: tuple[str, ...]
    notes: tuple[str, ...] = field(default=())
    supported: int = 0  # kept sentences that state something the guidance supports


def _content_words(text: str) -> set[str]:
    return set(tokenize(_CITE.sub(" ", text), stopwords=_WORDS_STOP))


# Months as written in a date (capitalised: "may" is a verb)
_MONTH = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|"
                    r"November|December)\b")


def _numbers(text: str) -> set[str]:
    """The figures and months a text states: each must be in the passage that supports it."""
    text = _CITE.sub(" ", text)
    figures = {n.strip(".,").replace(",", "") for n in _NUMBER.findall(text)
               if any(ch.isdigit() for ch in n)}
    return figures | {m.lower() for m in _MONTH.findall(text)}


class GroundingGuard:
    """Checks generated sentences against the numbered passages the model was given."""

    def __init__(self, *, min_overlap: float = 0.6, min_cosine: float = 0.6,
                 embed: Callable[[list[str]], np.ndarray] | None = None) -> None:
        self.min_overlap = min_overlap
        self.min_cosine = min_cosine
        self.embed = embed

    def _supported(self, sentence: str, passage: str) -> bool:
        if not passage:
            return False
        numbers = _numbers(sentence)
        if numbers and not numbers <= _numbers(passage):
            return False
        words = _content_words(sentence)
        if words:
            overlap = len(words & _content_words(passage)) / len(words)
            if overlap >= self.min_overlap:
                return True
        if self.embed is not None:
            candidates = split_sentences(passage) or [passage]
            vectors = np.asarray(self.embed([_CITE.sub("", sentence), *candidates]),
                                 dtype=np.float32)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors = vectors / np.maximum(norms, 1e-12)
            if float(np.max(vectors[1:] @ vectors[0])) >= self.min_cosine:
                return True
        return False

    def check(self, answer: str, passages: Mapping[int, str]) -> GroundingResult:
        """Keep the frame and the supported sentences of ``answer`` (line breaks kept); drop
        the rest with a note. ``passages``: citation number -> passage text."""
        every = "\n\n".join(passages.values())
        kept: list[str] = []
        dropped: list[str] = []
        supported = 0
        out_lines: list[str] = []
        for line in answer.splitlines():
            if not line.strip():
                out_lines.append("")
                continue
            bullet = re.match(r"^\s*(?:[-*•]|\d+[.)])\s+", line)
            prefix = bullet.group(0) if bullet else ""
            body = line[len(prefix):]
            sentences_kept: list[str] = []
            for sentence in split_sentences(body) or [body]:
                verdict = self._verdict(sentence, passages, every)
                if verdict:
                    sentences_kept.append(sentence)
                    kept.append(sentence)
                    supported += verdict == "supported"
                else:
                    dropped.append(sentence)
            if sentences_kept:
                out_lines.append(prefix + " ".join(sentences_kept))
        text = re.sub(r"\n{3,}", "\n\n", "\n".join(out_lines)).strip()
        notes: tuple[str, ...] = ()
        if dropped:
            quoted = "; ".join(f"“{s.strip()}”" for s in dropped)
            notes = (f"{len(dropped)} generated sentence{'s' if len(dropped) != 1 else ''} "
                     f"removed: not supported by the guidance cited - {quoted}",)
        return GroundingResult(text, tuple(kept), tuple(dropped), notes, supported)

    def _verdict(self, sentence: str, passages: Mapping[int, str], every: str) -> str | None:
        """``"frame"``, ``"supported"`` or None (drop it)."""
        if _INSTRUCTION.search(sentence):
            return None
        cited = [int(n) for m in _CITE.finditer(sentence) for n in m.group(1).split(",")]
        if not cited and _FRAME.match(sentence.strip()) and not _FACT.search(sentence):
            return "frame"
        if cited:
            # each passage it cites must support it (a real claim with a wrong number is out)
            ok = all(self._supported(sentence, passages.get(n, "")) for n in cited)
        else:
            ok = self._supported(sentence, every)
        return "supported" if ok else None

    def check_all(self, answers: Sequence[str], passages: Mapping[int, str]
                  ) -> list[GroundingResult]:
        return [self.check(a, passages) for a in answers]
