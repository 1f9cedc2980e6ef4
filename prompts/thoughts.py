"""Guidance text -> whole thoughts: the sentences of a GOV.UK passage a reply may quote.

A thought is one sentence, or a sentence together with the one it leans on ("This is called the
'grace period'."); headings, tables, fragments, notes about the document itself and payment
details are never quoted. Shared by the drafters (:mod:`prompts.drafter`) and the ranking of
thoughts against a letter (:mod:`prompts.ranking`).
"""

from __future__ import annotations

import re

from contracts.markdown import plain_inline
from contracts.text import leans_on_previous

__all__ = ["extract_sentences", "passage_thoughts"]


_BULLET = re.compile(r"^\s*(?:[*+\-•]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9“\"‘'(£])")
_BOILERPLATE = re.compile(
    r"\b(in Welsh|Cymraeg|easy read|this page is also available|sign in to|print this|"
    r"cookies|javascript)\b",
    re.IGNORECASE,
)
# A sentence that only pointed at a link ("Read the guidance on ...") says nothing once unlinked.
_REFERRAL = re.compile(
    r"^(read|see|find out|visit|go to|sign in|use this|check the)\b", re.IGNORECASE
)
# A sentence about the document itself ("This factsheet is for councils to give to claimants.")
# tells the reader nothing about their question.
_ABOUT_THE_DOCUMENT = re.compile(
    r"^(?:this|the)\s+(?:factsheet|guide|guidance|page|publication|document|leaflet|section|"
    r"manual|circular|collection|chapter|technical\s+guide)\s+(?:is\s+for|is\s+aimed|explains|"
    r"tells|sets\s+out|gives|describes|covers|contains|provides|is\s+about|is\s+intended|"
    r"applies|has\s+been|was)\b",
    re.IGNORECASE,
)
# Payment details (HMRC's sort codes and account numbers) belong on the cited page, never
# quoted into a reply about something else.
_BANK_DETAILS = re.compile(
    r"\bsort\s+code\b|\baccount\s+number\b|\b\d{2}[ -]\d{2}[ -]\d{2}\b|"
    r"\b\d{8}\b",
    re.IGNORECASE,
)
_MIN_WORDS, _MAX_WORDS, _MAX_THOUGHT_WORDS = 6, 60, 85


def _paragraphs(passage: str) -> list[tuple[str, bool, bool]]:
    """Prose blocks of a GOV.UK markdown passage as ``(text, is_list, after_break)``.

    A lead-in sentence ending in ':' absorbs the bullet list after it ("You must: a; b."), so the
    list is quoted whole or not at all. Headings, table rows and one-line labels are dropped;
    ``after_break`` marks a block that follows one (its first sentence cannot lean on the text
    before the break).
    """
    blocks: list[tuple[str, bool, bool]] = []
    lead: str | None = None
    items: list[str] = []
    paragraph: list[str] = []
    broken = True

    def add(text: str, is_list: bool) -> None:
        nonlocal broken
        blocks.append((text, is_list, broken))
        broken = False

    def flush_list() -> None:
        nonlocal lead, items
        if lead is not None and items:
            body = "; ".join(item.rstrip(".;, ") for item in items if item)
            add(f"{lead.rstrip(':').rstrip()}: {body}.", True)
        lead, items = None, []

    def flush_paragraph() -> None:
        nonlocal paragraph, lead
        if paragraph:
            text = plain_inline(" ".join(paragraph))
            if text.endswith(":"):  # its bullet items follow; earlier sentences stand alone
                *before, last = _SENTENCE_END.split(text)
                if before:
                    add(" ".join(before), False)
                    if leans_on_previous(last):  # "They must:" leans on the sentence before
                        last = f"{_SENTENCE_END.split(before[-1])[-1]} {last}"
                lead = last
            elif text:
                add(text, False)
        paragraph = []

    for raw in passage.splitlines():
        line = raw.strip()
        if not line:
            flush_paragraph()
            continue
        if line.startswith("#") or "|" in line or set(line) <= set("-=|: "):
            flush_paragraph()
            flush_list()
            broken = True
            continue
        if _BULLET.match(raw):
            flush_paragraph()
            if lead is None:  # a list with no lead-in sentence is a set of fragments
                broken = True
                continue
            items.append(plain_inline(_BULLET.sub("", raw)))
            continue
        if items or lead is not None:  # prose after a list ends it
            flush_list()
        paragraph.append(line)
    flush_paragraph()
    flush_list()
    return blocks


def _is_usable(sentence: str, *, min_words: int = _MIN_WORDS, max_words: int = _MAX_WORDS) -> bool:
    words = sentence.split()
    if not (min_words <= len(words) <= max_words):
        return False
    if not (sentence[0].isupper() or sentence[0].isdigit() or sentence[0] in "“\"‘'(£"):
        return False
    if not sentence.endswith((".", "!", "?", ".)", ".”", '."')):
        return False
    if _BOILERPLATE.search(sentence) or _REFERRAL.match(sentence):
        return False
    if _ABOUT_THE_DOCUMENT.match(sentence) or _BANK_DETAILS.search(sentence):
        return False
    if "http" in sentence or "<" in sentence or "[" in sentence:
        return False
    return True


def passage_thoughts(passage: str) -> list[str]:
    """Whole, citable thoughts of a guidance passage, in reading order.

    A thought is one sentence, or a sentence together with the one before it when it opens by
    pointing back at it ("This is called the 'grace period'.", "If you are, you might have to
    pay some of the money back."): such a sentence is never quoted alone. When there is nothing
    before it to lean on (it opens a section) or the two would be too long, it is left out.
    Headings, fragments, tables, notes about the document itself and payment details are
    skipped.
    """
    thoughts: list[str] = []
    previous: str | None = None  # the last usable thought of the current section
    for block, is_list, after_break in _paragraphs(passage):
        if after_break:
            previous = None
        pieces = [block] if is_list else _SENTENCE_END.split(block)
        for piece in pieces:
            piece = piece.strip()
            if not piece:
                continue
            if leans_on_previous(piece):
                if previous is None or not _is_usable(
                    piece, min_words=3, max_words=_MAX_THOUGHT_WORDS
                ):
                    previous = None
                    continue
                joined = f"{previous} {piece}"
                if len(joined.split()) > _MAX_THOUGHT_WORDS:
                    previous = None
                    continue
                thoughts.append(joined)
                previous = joined
                continue
            if _is_usable(piece):
                thoughts.append(piece)
                previous = piece
            else:
                previous = None
    return thoughts


def extract_sentences(passage: str) -> list[str]:
    """The citable thoughts of a guidance passage (see :func:`passage_thoughts`)."""
    return passage_thoughts(passage)
