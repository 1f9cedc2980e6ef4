"""Learning from corrections.

A case a caseworker accepts (the suggested team was right) or re-routes (it was wrong: here is
the right one) becomes a labelled example in the ``examples`` table: its redacted text, the
team, and its letter vector. Every API worker feeds the examples it has not seen yet to its
router's nearest-neighbour memory (``Router.remember(vectors, labels)``) before each batch it
routes, and straight after a decision it recorded. The database is the only source, so any
number of workers on one PostgreSQL agree, and a restarted worker starts where the others are.

``casework train --from-store`` can refit the supervised router from the same rows
(:func:`labelled_examples`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Protocol

import numpy as np
from sqlalchemy import func, select

from api.db import Database
from api.store.models import Case, Example
from api.store.repository import example_ids, examples_by_id
from triage.teams import Teams

log = logging.getLogger(__name__)


def vector_bytes(vector) -> tuple[bytes, int]:
    array = np.asarray(vector, dtype="<f4").reshape(-1)
    return array.tobytes(), int(array.shape[0])


def vector_from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<f4")


class Learner(Protocol):
    """What learns from corrections: the pipeline (its router's nearest-neighbour memory)."""

    @property
    def teams(self) -> Teams: ...

    def remember(self, vectors: np.ndarray, labels: Sequence[str]) -> None: ...


class ExampleMemory:
    """Keeps one pipeline's router memory in step with the ``examples`` table."""

    def __init__(
        self, learner: Learner, db: Database, *, dimension: int | None = None, enabled: bool = True
    ) -> None:
        self.learner = learner
        self.db = db
        self.dimension = dimension
        self.enabled = enabled
        self.known_teams = set(learner.teams.names)
        self.loaded: set[int] = set()
        self.skipped: set[int] = set()
        self._lock = threading.Lock()

    @property
    def size(self) -> int:
        return len(self.loaded)

    def sync(self) -> int:
        """Load examples added since the last call (by any worker). Returns how many."""
        if not self.enabled:
            return 0
        with self._lock, self.db.read() as session:
            total = session.execute(select(func.count()).select_from(Example)).scalar_one()
            if total == len(self.loaded) + len(self.skipped):
                return 0
            seen = self.loaded | self.skipped
            new_ids = [i for i in example_ids(session) if i not in seen]
            rows = examples_by_id(session, new_ids)
            vectors, labels, ids = [], [], []
            for row in rows:
                if (self.dimension and row.dimension != self.dimension) or (
                    self.known_teams and row.team not in self.known_teams
                ):
                    self.skipped.add(row.id)  # another model, or a team no longer configured
                    continue
                vectors.append(vector_from_bytes(row.vector))
                labels.append(row.team)
                ids.append(row.id)
            if vectors:
                self.learner.remember(np.vstack(vectors).astype(np.float32), labels)
            self.loaded.update(ids)
            return len(ids)


def labelled_examples(db: Database) -> list[dict]:
    """Rows ``{"id", "text", "team"}`` (redacted text) for refitting the router."""
    with db.read() as session:
        rows = session.execute(
            select(Example.case_id, Example.redacted_text, Example.team).order_by(Example.id)
        ).all()
    return [{"id": case_id, "text": text, "team": team} for case_id, text, team in rows]


def zero_shot_outcomes(db: Database, index_version: str) -> tuple[list[float], list[bool]]:
    """(zero-shot confidence, accepted) for every decided case the zero-shot router suggested
    over this guidance index with its raw confidence: accepted when the case's team is the top
    candidate (a re-route or an abstention sent elsewhere counts as not accepted)."""
    confidences: list[float] = []
    accepted: list[bool] = []
    with db.read() as session:
        rows = session.execute(
            select(Case.team, Case.confidence, Case.suggestion, Case.provenance)
            .where(Case.decided_at.is_not(None), Case.team.is_not(None))
            .order_by(Case.created_at)
        ).all()
    for team, confidence, suggestion, provenance in rows:
        router = (provenance or {}).get("router") or {}
        index = (provenance or {}).get("index") or {}
        candidates = (suggestion or {}).get("candidates") or []
        if (
            router.get("kind") != "zero-shot"
            or router.get("recalibrated")
            or index.get("corpus_hash") != index_version
            or not candidates
        ):
            continue
        confidences.append(float(confidence))
        accepted.append(candidates[0].get("team") == team)
    return confidences, accepted
