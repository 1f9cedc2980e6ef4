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


def train_router(
    embedder: Embedder | None,
    redacted_texts: Sequence[str],
    labels: Sequence[str],
    *,
    teams: Teams,
    threshold: float | Mapping[str, float],
    show_progress: bool = False,
    vectors: np.ndarray | None = None,
    target_accuracy: float | None = None,
    conformal_level: float = 0.9,
    novelty_quantile: float = 0.02,
    use_text: bool = True,
    embedding_model: str | None = None,
    groups: Sequence[str] | None = None,
) -> Router:
    """Embed the redacted texts and fit the hybrid supervised router on texts and vectors.

    ``teams`` must hold every label (:class:`~contracts.errors.UnknownTeam` names the others).
    ``vectors``: the texts' letter vectors when they were embedded already (a benchmark's cache,
    or the static embedder's: then ``embedding_model`` names it, and the pipeline routes on the
    same kind of vector).
    ``target_accuracy``: choose per-team thresholds on held-out folds (else one ``threshold``).
    ``use_text=False`` fits the dense view only (when only vectors are at hand).
    ``groups``: letters that stay together in one held-out fold (e.g. snippets of one page).
    """
    teams.validate_labels(labels)
    texts = list(redacted_texts)
    if vectors is None:
        if embedder is None:
            raise ValueError("give the texts' vectors or an embedder to make them")
        vectors = embedder.encode_long(texts, show_progress=show_progress)
    if use_text and len(texts) != len(labels):
        raise ValueError(f"{len(texts)} texts but {len(labels)} labels")
    router = Router(
        teams,
        embedder=embedder,
        threshold=threshold,
        target_accuracy=target_accuracy,
        conformal_level=conformal_level,
        novelty_quantile=novelty_quantile,
        embedding_model=embedding_model,
    )
    return router.fit(vectors, labels, texts=texts if use_text else None, groups=groups)


def save_router(router: Router, directory: Path | str) -> Path:
    """Write the router and a snapshot of its teams file (read back by the factory)."""
    directory = Path(directory)
    router.save(directory)
    router.teams.save(directory / TEAMS_FILE)
    return directory


__all__ = ["ROUTER_DIR", "TEAMS_FILE", "save_router", "train_router"]
