"""A tiny stand-in pipeline with the real interfaces, for tests of the HTTP layer's own logic
(batching, error paths) that must not depend on model behaviour."""

from __future__ import annotations

import hashlib
import re

import numpy as np

from contracts.models import (Candidate, Draft, GuidanceHit, RedactedLetter, Routing, TriageResult,
                           Priority)
from contracts.models import Letter
from pipeline.core import RouterSummary
from triage.teams import Teams

NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr)\.? [A-Z][a-z]+(?: [A-Z][a-z]+)?")
KEYWORDS = {"tax": "tax_and_family_payments", "school": "education_and_skills",
            "benefit": "benefits", "universal credit": "benefits", "employer": "employment_and_business"}


class FakeRedactor:
    def redact_with_values(self, letter, known=None):
        values: dict[str, str] = {}
        numbers: dict[str, str] = {v: p for p, v in (known or {}).items()}

        def sub(match):
            value = match.group(0)
            if value not in numbers:
                numbers[value] = f"<PERSON_{len(numbers) + 1}>"
            values[numbers[value]] = value
            return numbers[value]

        if len(letter.text) > 100_000:
            raise ValueError("too long")
        return RedactedLetter(id=letter.id, redacted_text=NAME.sub(sub, letter.text)), values

    def redact(self, letter):
        return self.redact_with_values(letter)[0]


class FakeEmbedder:
    dimension = 32

    def encode_long(self, texts, **_):
        out = np.zeros((len(texts), self.dimension), dtype=np.float32)
        for i, text in enumerate(texts):
            for word in re.findall(r"\w+", text.lower()):
                out[i, int(hashlib.md5(word.encode()).hexdigest(), 16) % self.dimension] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-9)


class FakeRetriever:
    def search(self, text, k=5):
        return [GuidanceHit(guidance_id="/universal-credit", title="Universal Credit",
                            url="https://www.gov.uk/universal-credit", heading="Overview",
                            passage="Universal Credit is a payment to help with living costs.",
                            score=0.5)][:k]


class FakeRouter:
    def __init__(self):
        self.teams = Teams.from_names(["benefits", "tax_and_family_payments",
                                       "education_and_skills", "employment_and_business",
                                       "housing_and_local_services"])
        self.memory_vectors = np.zeros((0, FakeEmbedder.dimension), dtype=np.float32)
        self.memory_labels: list[str] = []

    def remember(self, vectors, labels):
        self.memory_vectors = np.vstack([self.memory_vectors, vectors])
        self.memory_labels.extend(labels)

    def route(self, vector, text):
        if len(self.memory_labels):
            sims = self.memory_vectors @ vector
            best = int(np.argmax(sims))
            if sims[best] > 0.99:
                team = self.memory_labels[best]
                return Routing(team=team, confidence=0.95, abstained=False,
                               candidates=(Candidate(team=team, confidence=0.95),))
        for word, team in KEYWORDS.items():
            if word in text.lower():
                return Routing(team=team, confidence=0.8, abstained=False,
                               candidates=(Candidate(team=team, confidence=0.8),))
        return Routing(team=None, confidence=0.2, abstained=True,
                       candidates=(Candidate(team="benefits", confidence=0.2),))


class FakePipeline:
    """The methods of :class:`pipeline.core.Pipeline` the review service calls."""

    def __init__(self):
        self.redactor = FakeRedactor()
        self.embedder = FakeEmbedder()
        self.retriever = FakeRetriever()
        self.router = FakeRouter()
        self.batch_sizes: list[int] = []

    embedding_dimension = FakeEmbedder.dimension

    @property
    def teams(self):
        return self.router.teams

    def redact_with_values(self, letter, known=None):
        return self.redactor.redact_with_values(letter, known=known)

    def embed_letters(self, texts):
        return self.embedder.encode_long(texts)

    def search_guidance(self, text, k=5):
        redacted = self.redactor.redact(Letter(id="query", text=text)).redacted_text
        return redacted, self.retriever.search(redacted, k=k)

    def remember(self, vectors, labels):
        self.router.remember(vectors, labels)

    def router_summary(self):
        return RouterSummary(kind=type(self.router).__name__, fitted=False, threshold=0.5,
                             teams=self.router.teams.names)

    def triage_one_redacted(self, letter):
        return next(iter(self.triage_redacted([letter])))

    def triage_redacted(self, redacted):
        self.batch_sizes.append(len(redacted))
        vectors = self.embedder.encode_long([r.redacted_text for r in redacted])
        for letter, vector in zip(redacted, vectors):
            if "EXPLODE" in letter.redacted_text:
                raise RuntimeError("boom")
            routing = self.router.route(vector, letter.redacted_text)
            hits = tuple(self.retriever.search(letter.redacted_text))
            urgent = "suicid" in letter.redacted_text.lower()
            yield TriageResult(
                id=letter.id, redacted_text=letter.redacted_text, team=routing.team,
                confidence=routing.confidence, abstained=routing.abstained,
                candidates=routing.candidates,
                priority=Priority.URGENT if urgent else Priority.NORMAL, flags=(),
                needs_human_triage=routing.abstained or urgent, guidance=hits,
                reply=Draft(text="Thank you for your letter [1].", drafter="fake"),
                entities=letter.entities)
