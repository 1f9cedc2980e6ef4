"""What a worker process of the pipeline runs: it redacts a batch of letters and, for the ONNX
backends, embeds it too, while the main process searches, routes and drafts the batches already
prepared (:class:`~pipeline.core.Pipeline` starts and renews the workers: why two
single-threaded processes, and not a thread, is in its module's docstring).

A worker loads its own redactor (and embedder) once, in :func:`start_worker`, keeps PyTorch
out (``sys.modules``), and ends itself when the process that started it is gone. The same
:func:`prepare_batch` runs in-process for a single batch, so both paths give the same results.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from typing import TYPE_CHECKING, NamedTuple

import numpy as np

from contracts.models import Letter, RedactedLetter

if TYPE_CHECKING:
    from redaction.redactor import Redactor
    from retrieval.embedder import Embedder
    from retrieval.static import StaticEmbedder


class Prepared(NamedTuple):
    """A batch after the stages a worker can run: its redacted letters, their vectors (None
    when the worker only redacts), the error that stopped it (the letters before it are kept,
    so the caller finishes them before raising: nothing accepted is dropped silently) and the
    seconds each stage took."""

    redacted: list[RedactedLetter]
    vectors: np.ndarray | None
    error: Exception | None
    seconds: dict[str, float]
    route_vectors: np.ndarray | None = None


class EmbedPlan(NamedTuple):
    """How a batch's letters are embedded: with ``static_routing`` the router routes on the
    static embedder's whole-letter vectors and the transformer reads only the first
    ``retrieval_tokens`` tokens, for guidance search; otherwise one transformer vector (its
    whole window) serves both, as before."""

    static_routing: bool = False
    retrieval_tokens: int | None = None


def embed_for_plan(
    embedder: Embedder, static: StaticEmbedder | None, plan: EmbedPlan, texts: list[str]
) -> tuple[np.ndarray, np.ndarray]:
    """(search vectors, routing vectors) for redacted texts."""
    if plan.static_routing and static is not None:
        return (embedder.encode_long(texts, max_tokens=plan.retrieval_tokens), static.encode(texts))
    vectors = embedder.encode_long(texts)
    return vectors, vectors


_worker_redactor: Redactor | None = None
_worker_embedder: Embedder | None = None
_worker_static: StaticEmbedder | None = None


def _exit_with_parent(parent_pid: int, poll_s: float = 0.5) -> None:
    """End this worker when the process that started it is gone (killed with -9, say): else it
    would hold its models' memory and the resource tracker alive forever. (Linux's
    PR_SET_PDEATHSIG is not used: it fires when the parent *thread* that started the worker
    ends, which in a long-lived service is not the parent dying.)"""

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(poll_s)
        os._exit(1)

    if os.getppid() != parent_pid:
        os._exit(1)
    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def start_worker(
    redactor: Redactor,
    embedder: Embedder | None,
    parent_pid: int | None = None,
    static: StaticEmbedder | None = None,
) -> None:
    if parent_pid is not None:
        _exit_with_parent(parent_pid)
    # spaCy's thinc and Presidio import PyTorch whenever it is installed (GPU probing,
    # transformer NER this build does not use); blocking it keeps the worker light. The ONNX
    # embedder needs only ONNX Runtime and the tokenizer.
    # (a None entry in sys.modules makes `import torch` fail fast, as Python documents)
    sys.modules.setdefault("torch", None)  # type: ignore[arg-type]
    if embedder is None:
        sys.modules.setdefault("transformers", None)  # type: ignore[arg-type]
    else:
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")  # "PyTorch was not found"
    global _worker_redactor, _worker_embedder, _worker_static
    _worker_redactor = redactor.load()
    if embedder is not None:
        embedder.threads = 1  # one core per worker: two one-thread workers beat one two-thread
        embedder.model  # noqa: B018 - load now, not in the first batch
        _worker_embedder = embedder
        if static is not None:
            static.model  # noqa: B018
            _worker_static = static


def prepare_in_worker(
    batch: list[Letter], batch_size: int, plan: EmbedPlan = EmbedPlan()
) -> Prepared:
    assert _worker_redactor is not None, "the worker's initializer sets it"
    return prepare_batch(
        _worker_redactor, _worker_embedder, batch, batch_size, _worker_static, plan
    )


def prepare_batch(
    redactor: Redactor,
    embedder: Embedder | None,
    batch: list[Letter],
    batch_size: int,
    static: StaticEmbedder | None = None,
    plan: EmbedPlan = EmbedPlan(),
) -> Prepared:
    """Redact one batch and, given an embedder, embed what was redacted."""
    seconds: dict[str, float] = {}
    started = time.perf_counter()
    done: list[RedactedLetter] = []
    error: Exception | None = None
    try:
        done.extend(redactor.redact_many(batch, batch_size=batch_size))
    except Exception as exc:
        error = exc
    seconds["redaction"] = time.perf_counter() - started
    vectors = route_vectors = None
    if embedder is not None and done:
        started = time.perf_counter()
        vectors, route_vectors = embed_for_plan(
            embedder, static, plan, [letter.redacted_text for letter in done]
        )
        seconds["embedding"] = time.perf_counter() - started
    return Prepared(done, vectors, error, seconds, route_vectors)
