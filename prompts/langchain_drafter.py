"""The LangChain drafter: a chat model (a local transformers model, or an OpenAI-compatible
endpoint run by the deployment) writes the reply from numbered guidance passages, and the
grounding guard keeps only what the guidance supports.

LangChain is imported when a drafter is made, never at import time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from contracts.models import Citation, Draft, GuidanceHit, RedactedLetter, Routing
from prompts.drafter import Citations, TemplateDrafter, team_label, tidy
from prompts.grounding import GroundingGuard
from prompts.letters import PLACEHOLDER
from prompts.loader import LLM_SYSTEM_TEMPLATE, LLM_USER_TEMPLATE, load_template

__all__ = ["LangChainDrafter", "neutralise_delimiters", "parse_citation_numbers"]


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
        # deferred: only the LLM drafter needs LangChain (at the top it added langsmith and some 500
        # modules to every casework command's start-up)
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
        citations = Citations()
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
            team_label=team_label(routing.team), max_words=self.max_words
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
        return Draft(text=tidy(text), citations=cited, drafter=self.name, notes=notes)
