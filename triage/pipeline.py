"""The end-to-end flow: redact -> embed -> search guidance -> route + flag -> draft.

Letters are processed in batches so every stage can batch its model calls, and results stream
out as each batch finishes, so memory stays flat however long the input is. Only the redacted
letter travels past the first stage: the value map never leaves the redactor.

With ``overlap`` (the default) the next batches are redacted on a background thread while the
current one is embedded: spaCy's NER and ONNX Runtime both run native code outside the GIL, so
on two cores redaction and embedding proceed side by side. At most ``prefetch`` redacted
batches wait, so memory stays bounded.
"""

from __future__ import annotations

import time
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from typing import TYPE_CHECKING

from triage.flags import priority_of
from triage.models import Letter, RedactedLetter, TriageResult

if TYPE_CHECKING:
    from prompts.drafter import TemplateDrafter
    from redaction.redactor import Redactor
    from retrieval.embedder import Embedder
    from retrieval.retriever import Retriever
    from triage.flags import FlagDetector
    from triage.router import Router


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class StageTimer:
    """Wall-clock seconds spent per stage, summed over a run (for benchmarks and the CLI)."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = defaultdict(float)

    def __call__(self, stage: str):
        timer = self

        class _Span:
            def __enter__(self):
                self.start = time.perf_counter()

            def __exit__(self, *exc):
                timer.seconds[stage] += time.perf_counter() - self.start

        return _Span()


class Pipeline:
    def __init__(self, redactor: Redactor, embedder: Embedder, retriever: Retriever,
                 router: Router, flagger: FlagDetector, drafter: TemplateDrafter, *,
                 batch_size: int = 32, k: int = 5, overlap: bool = True,
                 prefetch: int = 2) -> None:
        self.redactor = redactor
        self.embedder = embedder
        self.retriever = retriever
        self.router = router
        self.flagger = flagger
        self.drafter = drafter
        self.batch_size = batch_size
        self.k = k
        self.overlap = overlap
        self.prefetch = prefetch
        self.timer = StageTimer()

    def _redact_batch(self, batch: list[Letter]) -> tuple[list[RedactedLetter], Exception | None]:
        """Redact one batch; an error comes back with the letters redacted before it, so the
        caller can finish those before raising (nothing accepted is dropped silently)."""
        done: list[RedactedLetter] = []
        with self.timer("redaction"):
            try:
                done.extend(self.redactor.redact_many(batch, batch_size=self.batch_size))
            except Exception as exc:  # noqa: BLE001 - re-raised by run() in order
                return done, exc
        return done, None

    def run(self, letters: Iterable[Letter]) -> Iterator[TriageResult]:
        batches = batched(letters, self.batch_size)
        if not self.overlap:
            for batch in batches:
                redacted, error = self._redact_batch(batch)
                yield from self.triage_redacted(redacted)
                if error is not None:
                    raise error
            return
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="redaction") as pool:
            pending: deque = deque()
            for batch in batches:
                pending.append(pool.submit(self._redact_batch, batch))
                if len(pending) > self.prefetch:
                    yield from self._finish(pending.popleft().result())
            while pending:
                yield from self._finish(pending.popleft().result())

    def _finish(self, outcome: tuple[list[RedactedLetter], Exception | None]
                ) -> Iterator[TriageResult]:
        redacted, error = outcome
        yield from self.triage_redacted(redacted)
        if error is not None:
            raise error

    def triage_redacted(self, redacted: list[RedactedLetter]) -> Iterator[TriageResult]:
        """The stages after redaction; callers that redacted already (the API) start here."""
        texts = [letter.redacted_text for letter in redacted]
        with self.timer("embedding"):
            vectors = self.embedder.encode_long(texts)
        with self.timer("search"):
            hits = self.retriever.search_many(texts, k=self.k, vectors=vectors)
        with self.timer("routing"):
            routings = self.router.route_many(vectors, hits)
            flags = [self.flagger.detect(text) for text in texts]

        for letter, letter_hits, routing, letter_flags in zip(redacted, hits, routings, flags):
            with self.timer("drafting"):
                draft = self.drafter.draft(letter, routing, letter_hits)
            yield TriageResult(
                id=letter.id,
                redacted_text=letter.redacted_text,
                team=routing.team,
                confidence=routing.confidence,
                abstained=routing.abstained,
                candidates=routing.candidates,
                priority=priority_of(letter_flags),
                flags=letter_flags,
                needs_human_triage=routing.abstained or bool(letter_flags),
                guidance=tuple(letter_hits),
                reply=draft,
                entities=letter.entities,
            )

    def triage_one(self, letter: Letter) -> TriageResult:
        redacted, error = self._redact_batch([letter])
        if error is not None:
            raise error
        return next(self.triage_redacted(redacted))
