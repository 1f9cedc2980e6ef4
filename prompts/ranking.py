"""Ranking guidance thoughts against a letter: BM25 (``contracts.text.LexicalIndex``, words and
word pairs) against what the letter asks, plus a share against the whole letter, lifted by the
page's title and heading and by the passage's closeness to the letter."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from contracts.models import GuidanceHit
from contracts.text import (
    LETTER_WORDS,
    STOPWORDS_EN,
    LexicalIndex,
    audience_of_text,
    tokenize,
)
from prompts.thoughts import passage_thoughts

__all__ = ["GENERIC_WORDS", "QUERY_STOPWORDS", "Candidate", "context_words", "rank_thoughts"]


#: Words that say nothing about what a letter is about, on top of the BM25 stopwords
QUERY_STOPWORDS = (
    STOPWORDS_EN
    | LETTER_WORDS
    | frozenset(
        """a about above after again against all also am an any because been before being below
    between both did do does doing down during each either few from further had has have having
    he her here hers him his i its itself may me might more most must my myself nor now off once
    only other our ours out over own same she should so some than them those through too under
    until up very were what when where which while whom why would yours yourself
    now""".split()
    )
)


#: Words of how public services work that say nothing about what a letter is about ("What
#: documents do I need?" about a parking permit must not pull in the documents for a benefit
#: claim): a thought must share some other word with the letter's asks.
GENERIC_WORDS = frozenset(
    tokenize(
        """document documents need needs apply application applying claim claims form forms cost
    costs pay paid paying payment payments money help information advice contact phone call
    letter letters write online check find tell told ask asked get getting make made give take
    time day days week weeks month months year years date new old long much many number
    person people someone service services office team council government department change
    changes use used able want way ways work working home live living right rights""",
        stopwords=STOPWORDS_EN,
    )
)


@dataclass(frozen=True)
class _Thought:
    text: str
    terms: tuple[str, ...]
    words: frozenset[str]
    audience: str | None


@lru_cache(maxsize=8192)
def _thoughts_of(passage: str) -> tuple[_Thought, ...]:
    """The passage's thoughts with their terms; the same passages come back letter after
    letter, so this is worked out once (shared, never mutated)."""
    out = []
    for thought in passage_thoughts(passage):
        terms = tuple(tokenize(thought, stopwords=QUERY_STOPWORDS, bigrams=True))
        out.append(
            _Thought(
                thought,
                terms,
                frozenset(t for t in terms if " " not in t),
                audience_of_text(thought),
            )
        )
    return tuple(out)


@lru_cache(maxsize=8192)
def context_words(title: str, heading: str) -> frozenset[str]:
    return frozenset(tokenize(f"{title} {heading}", stopwords=QUERY_STOPWORDS))


@dataclass(frozen=True)
class Candidate:
    text: str
    hit_rank: int
    position: int
    score: float
    matched: int  # distinct words of the letter's asks the thought (or its page title) shares


def rank_thoughts(
    asks_text: str,
    letter_text: str,
    hits: Sequence[GuidanceHit],
    *,
    audiences: frozenset[str],
    letter_weight: float,
    context_weight: float,
    similarity_weight: float,
    similarity_floor: float,
) -> list[Candidate]:
    raw: list[tuple[_Thought, int, int]] = []
    for rank, hit in enumerate(hits):
        if hit.audience not in audiences:
            continue
        if hit.similarity is not None and hit.similarity < similarity_floor:
            continue
        for position, thought in enumerate(_thoughts_of(hit.passage)):
            if thought.audience is not None and thought.audience not in audiences:
                continue
            raw.append((thought, rank, position))
    if not raw:
        return []
    ask_terms = tokenize(asks_text, stopwords=QUERY_STOPWORDS, bigrams=True)
    letter_terms = tokenize(letter_text, stopwords=QUERY_STOPWORDS, bigrams=True)
    bm25 = LexicalIndex((), k1=1.2, tokens=[t.terms for t, _, _ in raw])
    ask_scores = bm25.scores(tokens=ask_terms)
    letter_scores = bm25.scores(tokens=letter_terms) if letter_weight else ask_scores * 0
    ask_words = {t for t in ask_terms if " " not in t} - GENERIC_WORDS
    context: dict[int, tuple[float, frozenset[str]]] = {}
    for rank, hit in enumerate(hits):
        words = context_words(hit.title, hit.heading)
        context[rank] = ((len(words & ask_words) / len(words) if words else 0.0), words)
    ranked = []
    for (thought, rank, position), ask_score, letter_score in zip(
        raw, ask_scores, letter_scores, strict=True
    ):
        score = float(ask_score) + letter_weight * float(letter_score)
        share, title_words = context[rank]
        if score > 0:  # the page's title, heading and closeness only lift thoughts that match
            similarity = hits[rank].similarity
            score += context_weight * share + similarity_weight * (similarity or 0.0)
        matched = len(ask_words & (thought.words | title_words))
        ranked.append(Candidate(thought.text, rank, position, round(score, 9), matched))
    ranked.sort(key=lambda c: (-c.score, c.hit_rank, c.position))
    return ranked
