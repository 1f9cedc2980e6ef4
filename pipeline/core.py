# Over 500 lines: Pipeline's methods are the one typed way into the stages (the interface every
# service uses: docs/ARCHITECTURE.md), and its run loop is one piece; the worker processes' side
# is in pipeline/workers.py, router training in pipeline/training.py.
"""The end-to-end flow: redact -> embed -> search guidance -> route + flag -> draft.

:class:`Pipeline` is the one typed way into the stages: the command line, the review API,
evaluation and the benchmarks call its methods (redact, redact with values for the store,
search guidance, triage, remember corrections, train the router) and never its stages.

Letters are processed in batches so every stage can batch its model calls, and results stream
out as each batch finishes, so memory stays flat however long the input is. Only the redacted
letter travels past the first stage: the value map never leaves the redactor.

With ``overlap`` (the default) batches are prepared ahead in worker processes, one per core:
each worker redacts a batch and, for the ONNX backends, embeds it too, while the main process
searches, routes and drafts the batches already prepared. Two single-threaded workers keep both
cores busy with no oversubscription (one redaction worker beside a two-thread embedder was slower:
three busy threads on two cores). A thread was tried first and gained nothing: Presidio's Python
code holds the GIL. At most ``prefetch`` prepared batches wait, so memory stays bounded; inputs of
one batch are handled in-process (no worker start-up for a single letter). The PyTorch backend
embeds in the main process (workers never import PyTorch). What a worker runs is in
:mod:`pipeline.workers`.

spaCy's string store keeps every new token it sees, so a worker that lives for millions of
letters slowly grows. After ``renew_after_letters`` letters the workers are replaced: the old
ones finish what they were given and exit while fresh ones take the next batches. (Python's own
``max_tasks_per_child`` does this too, but hung the pipeline on Python 3.11 in testing.)
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import time
import weakref
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from itertools import chain, islice
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from contracts.errors import GuidanceError
from contracts.models import Flag, GuidanceHit, Letter, RedactedLetter, Routing, TriageResult
from pipeline.training import TEAMS_FILE, save_router, train_router
from pipeline.workers import (
    EmbedPlan,
    Prepared,
    embed_for_plan,
    prepare_batch,
    prepare_in_worker,
    start_worker,
)
from retrieval.documents import load_guidance
from retrieval.guidance import chunk_guidance
from retrieval.updates import build, update_index
from triage.flags import priority_of
from triage.intake import language_flags, route_by_language
from triage.recalibration import ConfidenceRecalibrator
from triage.teams import load_teams

if TYPE_CHECKING:
    from prompts.drafter import Drafter
    from prompts.signposting import Signposter
    from redaction.redactor import Redactor
    from retrieval.embedder import Embedder
    from retrieval.retriever import Retriever
    from retrieval.static import StaticEmbedder
    from triage.flags import FlagDetector
    from triage.router import Router
    from triage.teams import Teams


def index_version(index_dir: Path | str) -> str:
    """The guidance index's version: the SHA-256 of its passages (from its manifest)."""
    manifest = json.loads((Path(index_dir) / "manifest.json").read_text(encoding="utf-8"))
    return str(manifest.get("corpus_sha256") or manifest.get("corpus_hash"))


def batched(items: Iterable, size: int) -> Iterator[list]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


class IndexReport(NamedTuple):
    """What :meth:`Pipeline.build_index` did: pages and passages indexed, and the version,
    documents added/replaced/removed and passages embedded or reused
    (:class:`retrieval.updates.UpdateReport`)."""

    pages: int
    passages: int
    update: object


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


class _Seen:
    """Results of the texts triaged so far in one run, by a digest of the exact text (only the
    digest is kept as the key; at most ``limit`` results, oldest dropped first). ``todo`` picks
    the letters of a batch that need the work: the first of each new text."""

    def __init__(self, limit: int = 2048) -> None:
        self.limit = limit
        self.results: dict[bytes, TriageResult] = {}
        self.coming: set[bytes] = set()  # first copies sent ahead, results not back yet
        self.reused = 0

    @staticmethod
    def key(letter: Letter) -> bytes:
        return hashlib.blake2b(
            letter.text.encode("utf-8", "surrogatepass"), digest_size=16
        ).digest()

    def todo(self, batch: list[Letter]) -> list[Letter]:
        out = []
        for letter in batch:
            key = self.key(letter)
            if key not in self.results and key not in self.coming:
                self.coming.add(key)
                out.append(letter)
        return out

    def add(self, letter: Letter, result: TriageResult) -> None:
        key = self.key(letter)
        self.coming.discard(key)
        self.results[key] = result
        if len(self.results) > self.limit:
            self.results.pop(next(iter(self.results)))

    def result_for(self, letter: Letter) -> TriageResult:
        result = self.results.get(self.key(letter))
        if result is None:  # its first copy failed or was dropped: never guessed
            raise RuntimeError(f"letter {letter.id}: no result for its earlier copy")
        self.reused += 1
        return result.model_copy(update={"id": letter.id})


@dataclass(frozen=True)
class RouterSummary:
    """What a report or the provenance of a suggestion says about the router in use."""

    kind: str  # the router's class
    fitted: bool  # supervised (trained on labelled cases) or zero-shot
    threshold: float | dict[str, float]
    teams: tuple[str, ...]
    recalibrated: bool = False  # zero-shot confidence mapped through caseworkers' decisions


class Pipeline:
    """The stages, wired. Build one with :func:`pipeline.factory.build_pipeline`.

    The stages are held as attributes for the pipeline's own use (and tests); everything a
    caller needs is a method here.
    """

    def __init__(
        self,
        redactor: Redactor,
        embedder: Embedder,
        retriever: Retriever | None,
        router: Router,
        flagger: FlagDetector,
        drafter: Drafter | None,
        *,
        batch_size: int = 32,
        k: int = 5,
        overlap: bool = True,
        workers: int = 2,
        prefetch: int = 3,
        renew_after_letters: int = 0,
        signposter: Signposter | None = None,
        static: StaticEmbedder | None = None,
        routing_vectors: str = "minilm",
        retrieval_tokens: int | None = None,
        dedupe: bool = True,
    ) -> None:
        self.redactor = redactor
        self.embedder = embedder
        self.retriever = retriever
        self.router = router
        self.flagger = flagger
        self.drafter = drafter
        self.signposter = signposter
        self.batch_size = batch_size
        self.k = k
        self.overlap = overlap
        self.workers = workers
        self.prefetch = prefetch
        self.renew_after_letters = renew_after_letters
        self.static = static
        if routing_vectors == "static" and static is None:
            raise ValueError("routing_vectors='static' needs a static embedder")
        self.routing_vectors = routing_vectors
        self.retrieval_tokens = retrieval_tokens
        self.dedupe = dedupe
        self.timer = StageTimer()
        self.workers_started = 0
        self._pool: ProcessPoolExecutor | None = None
        self._pool_letters = 0

    @property
    def embeds_in_workers(self) -> bool:
        return self.embedder.backend != "torch"

    def _worker(self, letters: int) -> ProcessPoolExecutor:
        """The worker pool for the next ``letters``: started on first need, kept for later
        runs, replaced once it has been given ``renew_after_letters``."""
        if (
            self._pool is not None
            and self.renew_after_letters
            and self._pool_letters >= self.renew_after_letters
        ):
            # no wait: the old worker finishes the batches already given to it, then exits
            self._pool.shutdown(wait=False)
            self._pool = None
        if self._pool is None:
            # spawn, not fork: forking a process whose ONNX Runtime threads are running can
            # deadlock the child
            embedder = None
            if self.embeds_in_workers:
                # any export happens once, here, not per worker
                self.embedder.prepare_files()
                embedder = self.embedder
            static = self.static if embedder is not None else None
            if static is not None:
                static.prepare_files()  # any distillation happens once, here
            self._pool = ProcessPoolExecutor(
                max_workers=max(1, self.workers),
                mp_context=multiprocessing.get_context("spawn"),
                initializer=start_worker,
                initargs=(self.redactor, embedder, os.getpid(), static),
            )
            if embedder is not None:
                # the workers embed every batch they prepare: the session this process loaded
                # to check the index's probe vector is not needed until it embeds itself again
                # (a single letter, a one-batch run), which loads it back (same model file,
                # same vectors: the int8 encoder runs one text per call)
                self.embedder.release()
            weakref.finalize(self, self._pool.shutdown, cancel_futures=True)
            self.workers_started += 1
            self._pool_letters = 0
        self._pool_letters += letters
        return self._pool

    # --- redaction ------------------------------------------------------------------------
    def redact(self, letter: Letter) -> RedactedLetter:
        return self.redactor.redact(letter)

    def redact_many(
        self, letters: Iterable[Letter], batch_size: int | None = None
    ) -> Iterator[RedactedLetter]:
        return self.redactor.redact_many(letters, batch_size=batch_size or self.batch_size)

    def redact_with_values(
        self, letter: Letter, known: Mapping[str, str] | None = None
    ) -> tuple[RedactedLetter, dict[str, str]]:
        """The redacted letter and its placeholder -> value map, for the store of originals
        only (never logged, never passed to a later stage). ``known``: the values a case
        already has placeholders for (a reply or note about it keeps them)."""
        return self.redactor.redact_with_values(letter, known=known)

    # --- embedding and guidance search -----------------------------------------------------
    @property
    def embedding_dimension(self) -> int:
        return int(self.embedder.dimension)

    @property
    def routes_on_static(self) -> bool:
        """The router in use was trained on the static embedder's vectors."""
        model = str(getattr(self.router, "embedding_model", None) or "")
        return self.static is not None and model.startswith("static:")

    @property
    def embed_plan(self) -> EmbedPlan:
        if self.routes_on_static:
            return EmbedPlan(True, self.retrieval_tokens)
        return EmbedPlan()

    def _routing_embedder(self, static: bool):
        return self.static if static and self.static is not None else self.embedder

    def embed_letters(
        self, redacted_texts: Sequence[str], *, show_progress: bool = False
    ) -> np.ndarray:
        """Letter vectors as the router in use sees them (redacted text only)."""
        return self._routing_embedder(self.routes_on_static).encode_long(
            list(redacted_texts), show_progress=show_progress
        )

    def training_vectors(
        self, redacted_texts: Sequence[str], *, show_progress: bool = False
    ) -> np.ndarray:
        """Letter vectors as a router trained now would see them (``routing_vectors``)."""
        return self._routing_embedder(self.routing_vectors == "static").encode_long(
            list(redacted_texts), show_progress=show_progress
        )

    def view_vectors(self, redacted_texts: Sequence[str], *, static: bool) -> np.ndarray:
        """Letter vectors of one dense view, MiniLM or the static embedder, whatever the router
        in use was trained on (benchmarks compare the two views on the same texts)."""
        if static and self.static is None:
            raise ValueError("the static embedder needs the MiniLM weights (model2vec distils it)")
        return self._routing_embedder(static).encode_long(list(redacted_texts))

    @property
    def training_embedding_model(self) -> str | None:
        """The embedding model a router trained now records: the static embedder's name when
        ``routing_vectors`` is static, else None (MiniLM, the default)."""
        if self.routing_vectors == "static" and self.static is not None:
            return str(self.static.name)
        return None

    def load_router(self, router_dir: Path | str, teams_path: Path | str) -> None:
        """Route with the router saved in ``router_dir`` for the teams in ``teams_path`` (as
        ``casework triage`` loads a trained one)."""
        from triage.router import Router

        teams = load_teams(Path(teams_path))
        self.router = Router.load(Path(router_dir), teams, embedder=self.embedder)

    def search(
        self, redacted_texts: Sequence[str], k: int | None = None
    ) -> list[list[GuidanceHit]]:
        """The guidance passages for each (already redacted) text, best first."""
        return self._retrieval().search_many(list(redacted_texts), k=k or self.k)

    def search_guidance(self, text: str, k: int | None = None) -> tuple[str, list[GuidanceHit]]:
        """Redact a free-text query, then search: (the redacted query, its hits)."""
        redacted = self.redactor.redact(Letter(id="query", text=text)).redacted_text
        return redacted, self._retrieval().search(redacted, k=k or self.k)

    def search_letters(
        self, letters: Iterable[Letter], k: int | None = None
    ) -> Iterator[tuple[RedactedLetter, list[GuidanceHit]]]:
        """Redact each letter and find its guidance, a batch at a time."""
        for batch in batched(self.redact_many(letters), self.batch_size):
            yield from zip(batch, self.search([r.redacted_text for r in batch], k=k), strict=True)

    def _retrieval(self) -> Retriever:
        if self.retriever is None:
            raise RuntimeError(
                "this pipeline was built without a guidance index "
                "(build_pipeline(..., load_index=True))"
            )
        return self.retriever

    def _drafting(self) -> Drafter:
        if self.drafter is None:
            raise RuntimeError(
                "this pipeline was built without a drafter (build_pipeline(..., drafting=True))"
            )
        return self.drafter

    # --- routing and learning ---------------------------------------------------------------
    @property
    def teams(self) -> Teams:
        return self.router.teams

    def detect_flags(self, redacted_text: str) -> tuple[Flag, ...]:
        return self.flagger.detect(redacted_text)

    def remember(self, vectors: np.ndarray, labels: Sequence[str]) -> None:
        """Confirmed cases (a caseworker's accept or re-route): effective for the next route."""
        self.router.remember(vectors, labels)

    def router_summary(self) -> RouterSummary:
        return RouterSummary(
            kind=type(self.router).__name__,
            fitted=self.router.is_fitted,
            threshold=self.router.threshold,
            teams=tuple(self.teams.names),
            recalibrated=self.router.recalibration_ is not None,
        )

    def recalibrate(
        self, confidences: Sequence[float], accepted: Sequence[bool], index_dir: Path | str
    ) -> ConfidenceRecalibrator:
        """Fit the zero-shot confidence to caseworkers' decisions (accepted or re-routed), save
        it beside the guidance index (tied to its version) and use it from now on."""
        if self.router.is_fitted:
            raise ValueError(
                "the router is supervised: its confidence is calibrated on held-out "
                "folds already; recalibration is for the zero-shot router"
            )
        version = index_version(index_dir)
        recalibration = ConfidenceRecalibrator().fit(confidences, accepted)
        recalibration.save(index_dir, version)
        self.router.set_recalibration(recalibration)
        return recalibration

    def set_abstain_threshold(self, threshold: float) -> None:
        self.router.threshold = float(threshold)

    def drop_recalibration(self) -> None:
        """Use the zero-shot router's own confidence from now on, not one recalibrated from
        caseworkers' decisions (to measure a recalibration against it)."""
        self.router.set_recalibration(None)

    def route_many(
        self,
        vectors: np.ndarray,
        hits: Sequence[Sequence[GuidanceHit]],
        texts: Sequence[str] | None = None,
    ) -> list[Routing]:
        """Route letters already embedded (their routing vectors, :meth:`embed_letters`) with
        their guidance hits (:meth:`search`); ``texts``, their redacted texts, for a router that
        reads words too."""
        return self.router.route_many(vectors, hits, texts=texts)

    def train_router(
        self,
        redacted_texts: Sequence[str],
        labels: Sequence[str],
        *,
        teams: Teams,
        threshold: float | Mapping[str, float],
        show_progress: bool = False,
        vectors: np.ndarray | None = None,
        target_accuracy: float | None = None,
        use_text: bool = True,
    ) -> None:
        """Fit the supervised router on redacted, labelled texts (their words and their
        vectors); it routes from now on. ``vectors``: their letter vectors, when embedded
        already; ``target_accuracy``: per-team thresholds chosen on held-out folds."""
        static = self.routing_vectors == "static" and self.static is not None
        if vectors is None:
            vectors = self.training_vectors(redacted_texts, show_progress=show_progress)
        self.router = train_router(
            self.embedder,
            redacted_texts,
            labels,
            teams=teams,
            threshold=threshold,
            show_progress=show_progress,
            vectors=vectors,
            target_accuracy=target_accuracy,
            use_text=use_text,
            embedding_model=self.static.name if static and self.static else None,
        )

    def save_router(self, directory: Path | str) -> Path:
        return save_router(self.router, directory)

    # --- indexing ---------------------------------------------------------------------------
    def build_index(
        self,
        guidance: Path | str,
        index_dir: Path | str,
        teams_file: Path | str,
        *,
        update: bool = False,
        show_progress: bool = False,
    ) -> IndexReport:
        """Chunk, embed and index guidance into ``index_dir`` (FAISS + BM25 + a versioned
        manifest), with a snapshot of the teams file. ``update``: bring the index already there
        up to ``guidance`` in place, embedding only the passages of new and changed documents
        (:mod:`retrieval.updates`)."""
        load_teams(teams_file)  # fail before the slow part if the teams file is bad
        index_dir = Path(index_dir)
        if update and not (index_dir / "manifest.json").is_file():
            raise GuidanceError(
                f"no index at {index_dir} to update: build it first (without --update)"
            )
        docs = load_guidance(guidance)
        if not chunk_guidance(docs):
            raise GuidanceError(f"{guidance}: no guidance text found")
        if update:
            built, report = update_index(
                index_dir, docs, self.embedder, show_progress=show_progress
            )
        else:
            built, report = build(docs, self.embedder, index_dir, show_progress=show_progress)
        built.save(index_dir)
        shutil.copyfile(teams_file, index_dir / TEAMS_FILE)
        return IndexReport(pages=len(docs), passages=len(built.passages), update=report)

    def close(self) -> None:
        """Stop the redaction worker (a later run starts a new one)."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None

    def run(self, letters: Iterable[Letter]) -> Iterator[TriageResult]:
        """Triage a stream of letters; results come back in input order, a batch at a time.

        With ``dedupe``, a letter whose exact text came earlier in this run (campaign letters,
        re-sent e-mails) is not redacted, embedded, routed or drafted again: it gets the earlier
        letter's result under its own id. Every stage is deterministic for a given text (the
        embedder runs one text per call), so the result is the one it would have got."""
        seen = _Seen() if self.dedupe else None
        batches = batched(letters, self.batch_size)
        first = next(batches, None)
        if first is None:
            return
        if not self.overlap:
            for batch in chain([first], batches):
                yield from self._finish_in_process(batch, seen)
            return
        second = next(batches, None)
        if second is None:  # a single batch is not worth starting a worker for
            yield from self._finish_in_process(first, seen)
            return
        pending: deque = deque(self._redact_ahead(batch, seen) for batch in (first, second))
        for batch in batches:
            pending.append(self._redact_ahead(batch, seen))
            if len(pending) > self.prefetch:
                yield from self._finish_ahead(pending.popleft(), seen)
        while pending:
            yield from self._finish_ahead(pending.popleft(), seen)

    def _finish_in_process(self, batch: list[Letter], seen: _Seen | None) -> Iterator[TriageResult]:
        todo = seen.todo(batch) if seen is not None else batch
        prepared = prepare_batch(self.redactor, None, todo, self.batch_size) if todo else None
        yield from self._finish_batch(batch, todo, prepared, seen)

    def _redact_ahead(self, batch: list[Letter], seen: _Seen | None = None):
        todo = seen.todo(batch) if seen is not None else batch
        future = None
        if todo:
            plan = self.embed_plan if self.embeds_in_workers else EmbedPlan()
            future = self._worker(len(todo)).submit(prepare_in_worker, todo, self.batch_size, plan)
        return batch, todo, future

    def _finish_ahead(self, item, seen: _Seen | None) -> Iterator[TriageResult]:
        batch, todo, future = item
        yield from self._finish_batch(batch, todo, future.result() if future else None, seen)

    def _finish_batch(
        self, batch: list[Letter], todo: list[Letter], prepared: Prepared | None, seen: _Seen | None
    ) -> Iterator[TriageResult]:
        if seen is None:
            if prepared is not None:
                yield from self._finish(prepared)
            return
        done = iter(self._finish(prepared)) if prepared is not None else iter(())
        fresh = {id(letter) for letter in todo}
        for letter in batch:
            if id(letter) in fresh:
                result = next(done)  # raises the batch's error where it stopped
                seen.add(letter, result)
                yield result
            else:
                yield seen.result_for(letter)
        for _ in done:  # a deferred error after the last letter
            pass

    def _finish(self, prepared: Prepared) -> Iterator[TriageResult]:
        for stage, seconds in prepared.seconds.items():
            self.timer.seconds[stage] += seconds
        yield from self.triage_redacted(
            prepared.redacted, vectors=prepared.vectors, route_vectors=prepared.route_vectors
        )
        if prepared.error is not None:
            raise prepared.error

    def triage_redacted(
        self,
        redacted: list[RedactedLetter],
        *,
        vectors: np.ndarray | None = None,
        route_vectors: np.ndarray | None = None,
    ) -> Iterator[TriageResult]:
        """The stages after redaction; callers that redacted already (the API) start here.
        ``vectors``: the letters' embeddings for guidance search when a worker has made them
        already; ``route_vectors``: theirs for the router, when not the same."""
        texts = [letter.redacted_text for letter in redacted]
        if vectors is None:
            with self.timer("embedding"):
                vectors, route_vectors = embed_for_plan(
                    self.embedder, self.static, self.embed_plan, texts
                )
        if route_vectors is None:
            route_vectors = vectors
        retriever, drafter = self._retrieval(), self._drafting()
        with self.timer("search"):
            hits = retriever.search_many(texts, k=self.k, vectors=vectors)
        with self.timer("routing"):
            routings = self.router.route_many(route_vectors, hits, texts=texts)
            flags = [self.flagger.detect(text) for text in texts]
            routings = [
                route_by_language(r, letter.language, self.router.teams)
                for r, letter in zip(routings, redacted)
            ]
            flags = [
                found + language_flags(letter.language) for found, letter in zip(flags, redacted)
            ]

        for letter, letter_hits, routing, letter_flags in zip(redacted, hits, routings, flags):
            with self.timer("drafting"):
                draft = drafter.draft(letter, routing, letter_hits)
                if self.signposter is not None:
                    draft = self.signposter.apply(draft, letter_flags)
            yield TriageResult(
                id=letter.id,
                redacted_text=letter.redacted_text,
                team=routing.team,
                confidence=routing.confidence,
                abstained=routing.abstained,
                candidates=routing.candidates,
                candidate_set=routing.candidate_set,
                priority=priority_of(letter_flags),
                flags=letter_flags,
                needs_human_triage=routing.abstained or bool(letter_flags),
                guidance=tuple(letter_hits),
                reply=draft,
                entities=letter.entities,
                language=letter.language,
                redaction_notes=letter.notes,
            )

    def triage_one(self, letter: Letter) -> TriageResult:
        """Redact and triage one letter in this process."""
        return next(self._finish(prepare_batch(self.redactor, None, [letter], self.batch_size)))

    def triage_one_redacted(self, letter: RedactedLetter) -> TriageResult:
        """Triage one letter that was redacted already (the API redacts with values first)."""
        return next(iter(self.triage_redacted([letter])))
