"""The end-to-end flow: redact -> embed -> search guidance -> route + flag -> draft.

Letters are processed in batches so every stage can batch its model calls, and results stream
out as each batch finishes, so memory stays flat however long the input is. Only the redacted
letter travels past the first stage: the value map never leaves the redactor.

With ``overlap`` (the default) the next batches are redacted in a worker process while the
current one is embedded, so redaction (single-threaded spaCy and Presidio) and embedding (ONNX
Runtime) use both cores. A thread was tried first and gained nothing: Presidio's Python code
holds the GIL. At most ``prefetch`` redacted batches wait, so memory stays bounded; inputs of
one batch are redacted in-process (no worker start-up for a single letter).

spaCy's string store keeps every new token it sees, so a worker that lives for millions of
letters slowly grows. After ``renew_after_letters`` letters the worker is replaced: the old one finishes
what it was given and exits while a fresh one takes the next batches. (Python's own
``max_tasks_per_child`` does this too, but hung the pipeline on Python 3.11 in testing.)
"""

from __future__ import annotations

import multiprocessing
import sys
import time
import weakref
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import chain, islice
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


_worker_redactor: Redactor | None = None


def _start_worker(redactor: Redactor) -> None:
    # This process only redacts. spaCy's thinc and Presidio import PyTorch and transformers
    # whenever they are installed (GPU probing, transformer NER this build does not use):
    # blocking them keeps the worker at ~160 MB instead of ~480 MB.
    for unused in ("torch", "transformers"):
        sys.modules.setdefault(unused, None)
    global _worker_redactor
    _worker_redactor = redactor.load()


def _redact_in_worker(batch: list[Letter], batch_size: int
                      ) -> tuple[list[RedactedLetter], Exception | None, float]:
    return _redact(_worker_redactor, batch, batch_size)


def _redact(redactor: Redactor, batch: list[Letter], batch_size: int
            ) -> tuple[list[RedactedLetter], Exception | None, float]:
    """Redact one batch; an error comes back with the letters redacted before it, so the
    caller can finish those before raising (nothing accepted is dropped silently)."""
    started = time.perf_counter()
    done: list[RedactedLetter] = []
    try:
        done.extend(redactor.redact_many(batch, batch_size=batch_size))
    except Exception as exc:  # noqa: BLE001 - re-raised by Pipeline.run in order
        return done, exc, time.perf_counter() - started
    return done, None, time.perf_counter() - started


class Pipeline:
    def __init__(self, redactor: Redactor, embedder: Embedder, retriever: Retriever,
                 router: Router, flagger: FlagDetector, drafter: TemplateDrafter, *,
                 batch_size: int = 32, k: int = 5, overlap: bool = True,
                 prefetch: int = 2, renew_after_letters: int = 0) -> None:
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
        self.renew_after_letters = renew_after_letters
        self.timer = StageTimer()
        self.workers_started = 0
        self._pool: ProcessPoolExecutor | None = None
        self._pool_letters = 0

    def _worker(self, letters: int) -> ProcessPoolExecutor:
        """The redaction worker for the next ``letters``: started on first need, kept for later
        runs, replaced once it has been given ``renew_after_letters``."""
        if (self._pool is not None and self.renew_after_letters
                and self._pool_letters >= self.renew_after_letters):
            # no wait: the old worker finishes the batches already given to it, then exits
            self._pool.shutdown(wait=False)
            self._pool = None
        if self._pool is None:
            # spawn, not fork: forking a process whose ONNX Runtime threads are running can
            # deadlock the child
            self._pool = ProcessPoolExecutor(
                max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                initializer=_start_worker, initargs=(self.redactor,))
            weakref.finalize(self, self._pool.shutdown, cancel_futures=True)
            self.workers_started += 1
            self._pool_letters = 0
        self._pool_letters += letters
        return self._pool

    def close(self) -> None:
        """Stop the redaction worker (a later run starts a new one)."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def run(self, letters: Iterable[Letter]) -> Iterator[TriageResult]:
        batches = batched(letters, self.batch_size)
        first = next(batches, None)
        if first is None:
            return
        if not self.overlap:
            for batch in chain([first], batches):
                yield from self._finish(_redact(self.redactor, batch, self.batch_size))
            return
        second = next(batches, None)
        if second is None:  # a single batch is not worth starting a worker for
            yield from self._finish(_redact(self.redactor, first, self.batch_size))
            return
        pending: deque = deque(self._redact_ahead(batch) for batch in (first, second))
        for batch in batches:
            pending.append(self._redact_ahead(batch))
            if len(pending) > self.prefetch:
                yield from self._finish(pending.popleft().result())
        while pending:
            yield from self._finish(pending.popleft().result())

    def _redact_ahead(self, batch: list[Letter]):
        return self._worker(len(batch)).submit(_redact_in_worker, batch, self.batch_size)

    def _finish(self, outcome: tuple[list[RedactedLetter], Exception | None, float]
                ) -> Iterator[TriageResult]:
        redacted, error, seconds = outcome
        self.timer.seconds["redaction"] += seconds
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
        return next(self._finish(_redact(self.redactor, [letter], self.batch_size)))
