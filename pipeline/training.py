"""The one way the supervised router is trained: `casework train`, `casework evaluate --train`
and anything else that fits a router go through :func:`train_router`.

Training reads REDACTED text only: callers redact first (the pipeline does, in
:meth:`pipeline.core.Pipeline.train_router`), so personal data never reaches a saved router.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from triage.router import Router
from triage.teams import Teams

if TYPE_CHECKING:  # pragma: no cover
    from retrieval.embedder import Embedder

#: Where a trained router lives inside an index folder, and the teams file saved beside it.
ROUTER_DIR = "router"
TEAMS_FILE = "teams.yaml"


def train_router(embedder: Embedder, redacted_texts: Sequence[str], labels: Sequence[str], *,
                 teams: Teams, threshold: float | Mapping[str, float],
                 show_progress: bool = False, vectors: np.ndarray | None = None,
                 embedding_model: str | None = None) -> Router:
    """Embed the redacted texts and fit a calibrated supervised router on them.

    ``teams`` must hold every label (:class:`~contracts.errors.UnknownTeam` names the others).
    ``vectors``: the texts' letter vectors when they were embedded already (a benchmark's cache,
    or the static embedder's: then ``embedding_model`` names it, and the pipeline routes on the
    same kind of vector).
    """
    teams.validate_labels(labels)
    if vectors is None:
        vectors = embedder.encode_long(list(redacted_texts), show_progress=show_progress)
    router = Router(teams, embedder=embedder, threshold=threshold,
                    embedding_model=embedding_model)
    return router.fit(vectors, labels)


def save_router(router: Router, directory: Path | str) -> Path:
    """Write the router and a snapshot of its teams file (read back by the factory)."""
    directory = Path(directory)
    router.save(directory)
    router.teams.save(directory / TEAMS_FILE)
    return directory


__all__ = ["ROUTER_DIR", "TEAMS_FILE", "save_router", "train_router"]
