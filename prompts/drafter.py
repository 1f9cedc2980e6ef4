"""Reply drafting: turn a redacted letter, its routing and its guidance hits into a suggested reply.

Two drafters share one interface, ``.draft(letter, routing, hits) -> Draft`` (:class:`Drafter`):

* :class:`TemplateDrafter` (here, the default) needs no generative model. It picks the guidance
  sentences that best answer the letter, numbers their sources and renders the team's approved
  template. Same input, same output.
* :class:`~prompts.langchain_drafter.LangChainDrafter` asks a LangChain chat model to write the
  reply from numbered guidance; :func:`prompts.factory.build_drafter` chooses between them.

The template drafter's parts each have their own module: :mod:`prompts.thoughts` (guidance text
-> whole thoughts), :mod:`prompts.letters` (what the letter asks, who is writing) and
:mod:`prompts.ranking` (thoughts ranked against the letter). This module chooses among the
ranked thoughts and renders the reply; the numbering of citations and the tidying of a rendered
reply are shared with the LangChain drafter.

Both only ever see the REDACTED letter: the signature takes a :class:`RedactedLetter`, never a
:class:`~contracts.models.Letter`. Placeholders such as ``<PERSON_1>`` stay in the draft and are
never put in a greeting; only a permitted person ever sees them restored.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from contracts.markdown import plain_inline
from contracts.models import Citation, Draft, GuidanceHit, RedactedLetter, Routing
from contracts.text import tokenize
from prompts.letters import AUDIENCES_FOR, PLACEHOLDER, letter_asks, writer_audience
from prompts.loader import (
    HUMAN_TRIAGE_TEMPLATE,
    load_template,
    template_name_for_language,
    template_name_for_team,
)
from prompts.ranking import GENERIC_WORDS, QUERY_STOPWORDS, Candidate, context_words, rank_thoughts

__all__ = ["Citations", "Drafter", "TemplateDrafter", "team_label", "tidy"]


class Drafter(Protocol):
    def draft(
        self, letter: RedactedLetter, routing: Routing, hits: Sequence[GuidanceHit]
    ) -> Draft: ...


# --------------------------------------------------------------------------------------------
# Shared with the LangChain drafter
# --------------------------------------------------------------------------------------------


def tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def team_label(team: str | None) -> str:
    return team.replace("_", " ") if team else "casework"


class Citations:
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
        audience, said = writer_audience(text)
        audiences = AUDIENCES_FOR.get(audience, AUDIENCES_FOR["citizen"])
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
        ranked = rank_thoughts(
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

        def passes(cand: Candidate) -> bool:
            similarity = hits[cand.hit_rank].similarity
            needed = self.min_matched + (
                1 if similarity is not None and similarity < self.close_similarity else 0
            )
            return cand.score >= floor and cand.matched >= needed

        chosen: list[tuple[str, GuidanceHit]] = []
        kept: list[Candidate] = []
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
        kept: list[Candidate],
        ranked: Sequence[Candidate],
        hits: Sequence[GuidanceHit],
        passes: Callable[[Candidate], bool],
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
        if not topic & context_words(best.title, best.heading):
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
        citations = Citations()
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
            team_label=team_label(team),
            question=question if sentences else None,
            further=further,
        )
        return Draft(text=tidy(text), citations=refs, drafter=self.name)

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
