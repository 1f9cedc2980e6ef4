"""One thread per API worker owns the models: every redaction, embedding, search and routing call
goes through it, so models are never used from two threads at once, and concurrent submissions
are triaged together in small batches (one model call for many letters).

Callers block on a :class:`~concurrent.futures.Future`; the queue is in memory, but nothing in
it is state: a case exists only once it is committed to the database.
"""

from __future__ import annotations

import logging
import queue
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from api import metrics
from api.errors import TriageFailed, Unavailable, as_http
from contracts.errors import CaseworkError
from contracts.models import Letter, RedactedLetter, TriageResult
from pipeline.core import Pipeline

log = logging.getLogger(__name__)
_STOP = object()


@dataclass(frozen=True)
class Triaged:
    redacted: RedactedLetter
    values: dict[str, str]  # placeholder -> original value: for the originals table only
    result: TriageResult


@dataclass
class _Letter:
    text: str
    future: Future = field(default_factory=Future)


@dataclass
class _Call:
    fn: Callable[..., Any]
    args: tuple
    future: Future = field(default_factory=Future)


def _map_error(error: BaseException) -> BaseException:
    if isinstance(error, CaseworkError):
        return as_http(error)
    if not isinstance(error, Exception):
        return error
    log.error("triage failed on a letter (%s)", type(error).__name__)
    return TriageFailed(f"the assistant could not process this letter ({type(error).__name__}); "
                        "it was not stored: try again or route it by hand")


class TriageEngine:
    def __init__(self, pipeline: Pipeline, *, max_batch: int = 16, wait_s: float = 0.005,
                 before_batch: Callable[[], Any] | None = None) -> None:
        self.pipeline = pipeline
        self.max_batch = max(1, max_batch)
        self.wait_s = max(0.0, wait_s)
        self.before_batch = before_batch
        self._queue: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None
        self.batches = 0
        self.letters = 0
        self.memory_error: str | None = None  # the last router-memory refresh failure (type)
        self.last_batch_at: float | None = None

    # --- life cycle ----------------------------------------------------------------------------
    def start(self) -> TriageEngine:
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="triage-engine", daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float = 30.0) -> None:
        if self._thread is not None:
            self._queue.put(_STOP)
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    @property
    def backlog(self) -> int:
        """Letters and calls waiting for the model thread."""
        return self._queue.qsize()

    # --- API for request handlers (any thread) -------------------------------------------------
    def triage(self, text: str, timeout: float | None = None) -> Triaged:
        item = _Letter(text)
        self._put(item)
        return self._wait(item.future, timeout)

    def call(self, fn: Callable[..., Any], *args, timeout: float | None = None) -> Any:
        """Run ``fn(*args)`` on the model thread and return its result."""
        item = _Call(fn, args)
        self._put(item)
        return self._wait(item.future, timeout)

    def call_soon(self, fn: Callable[..., Any], *args) -> Future:
        item = _Call(fn, args)
        self._put(item)
        return item.future

    def redact_text(self, text: str, known: dict[str, str] | None = None
                    ) -> tuple[str, dict[str, str]]:
        """A free text about a case (a note, an edited reply), redacted against the case's
        placeholder map ``known``: the case's placeholders stay, its values get them, new
        personal data gets new numbers. Returns the text and ``{placeholder: value}`` of every
        placeholder in it."""
        if not text.strip():
            return text, {}

        def run():
            out, values = self.pipeline.redact_with_values(Letter(id="note", text=text),
                                                           known=known)
            return out.redacted_text, values

        return self.call(run)

    def embed(self, text: str):
        return self.call(lambda: self.pipeline.embed_letters([text])[0])

    def _put(self, item) -> None:
        if not self.running:
            raise Unavailable("the triage engine is not running")
        self._queue.put(item)

    @staticmethod
    def _wait(future: Future, timeout: float | None):
        try:
            return future.result(timeout=timeout)
        except TimeoutError:
            raise Unavailable("triage is taking too long; try again") from None

    # --- the model thread ----------------------------------------------------------------------
    def _loop(self) -> None:
        pending = None
        while True:
            item = pending if pending is not None else self._queue.get()
            pending = None
            if item is _STOP:
                return
            if isinstance(item, _Call):
                self._run_call(item)
                continue
            batch = [item]
            deadline = time.monotonic() + self.wait_s
            while len(batch) < self.max_batch:
                try:
                    remaining = deadline - time.monotonic()
                    nxt = self._queue.get_nowait() if remaining <= 0 else self._queue.get(
                        timeout=remaining)
                except queue.Empty:
                    break
                if isinstance(nxt, _Letter):
                    batch.append(nxt)
                else:
                    pending = nxt
                    break
            self._run_batch(batch)

    @staticmethod
    def _run_call(item: _Call) -> None:
        if not item.future.set_running_or_notify_cancel():
            return
        try:
            item.future.set_result(item.fn(*item.args))
        except BaseException as error:  # noqa: BLE001 - handed to the waiting caller
            item.future.set_exception(_map_error(error))

    def _run_batch(self, batch: list[_Letter]) -> None:
        batch = [item for item in batch if item.future.set_running_or_notify_cancel()]
        if not batch:
            return
        started = time.perf_counter()
        if self.before_batch is not None:
            try:
                self.before_batch()
                self.memory_error = None
            except Exception as error:  # noqa: BLE001 - memory refresh must never block triage
                # Type only: messages of errors raised on letters could quote them.
                self.memory_error = type(error).__name__
                metrics.MEMORY_SYNC_FAILURES.inc()
                log.error("refreshing the router memory failed (%s); routing without it",
                          type(error).__name__)
        ready: list[tuple[_Letter, RedactedLetter, dict]] = []
        redaction_started = time.perf_counter()
        for item in batch:
            try:
                redacted, values = self.pipeline.redact_with_values(
                    Letter(id=uuid.uuid4().hex, text=item.text))
                ready.append((item, redacted, values))
            except Exception as error:  # noqa: BLE001
                item.future.set_exception(_map_error(error))
        redaction_s = time.perf_counter() - redaction_started
        if not ready:
            return
        timer = getattr(self.pipeline, "timer", None)
        before = dict(timer.seconds) if timer is not None else {}
        try:
            results = list(self.pipeline.triage_redacted([r for _, r, _ in ready]))
        except Exception as error:  # noqa: BLE001 - retry one by one so one bad letter fails alone
            log.error("batch triage failed (%s); retrying letters one by one",
                      type(error).__name__)
            results = []
            for item, redacted, _ in ready:
                try:
                    results.append(self.pipeline.triage_one_redacted(redacted))
                except Exception as error:  # noqa: BLE001
                    results.append(error)
        self.batches += 1
        self.letters += len(ready)
        self.last_batch_at = time.time()
        stages = {stage: seconds - before.get(stage, 0.0)
                  for stage, seconds in (timer.seconds.items() if timer is not None else ())}
        stages["redaction"] = redaction_s
        metrics.observe_batch(len(ready), stages, time.perf_counter() - started)
        for (item, redacted, values), result in zip(ready, results):
            if isinstance(result, Exception):
                item.future.set_exception(_map_error(result))
            else:
                item.future.set_result(Triaged(redacted=redacted, values=values, result=result))
