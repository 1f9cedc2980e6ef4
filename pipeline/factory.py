"""The one place heavy things are built: models, the guidance index, the router.

Nothing is loaded at import time anywhere in the project; callers (CLI, API lifespan, tests) build
a pipeline here once and pass it around. The process environment the models need (offline
hubs, no tokenizer threads fighting the pipeline's workers, Presidio on the CPU) is set here
too, when a pipeline is built, never as a side effect of an import.
"""

from __future__ import annotations

from pathlib import Path

from contracts.settings import Settings, set_model_environment
from pipeline.core import Pipeline
from pipeline.training import ROUTER_DIR, TEAMS_FILE
from prompts.factory import build_drafter
from prompts.signposting import Signposter
from redaction import Redactor, build_redactor
from retrieval.embedder import Embedder, build_embedder
from retrieval.index import GuidanceIndex
from retrieval.onnx_backend import WEIGHT_FILES
from retrieval.retriever import Retriever
from retrieval.static import StaticEmbedder
from triage.flags import FlagDetector
from triage.recalibration import ConfidenceRecalibrator
from triage.router import Router
from triage.teams import load_teams

__all__ = ["ROUTER_DIR", "TEAMS_FILE", "build_pipeline", "build_router", "teams_path_for"]


def teams_path_for(index_dir: Path, settings: Settings) -> Path:
    """Teams a router was trained with win; then the snapshot taken when the index was built."""
    for candidate in (index_dir / ROUTER_DIR / TEAMS_FILE, index_dir / TEAMS_FILE):
        if candidate.is_file():
            return candidate
    return Path(settings.teams_file)


def build_router(settings: Settings, index_dir: Path, embedder: Embedder) -> Router:
    """The router trained into ``index_dir`` when there is one, else the zero-shot router."""
    teams = load_teams(teams_path_for(index_dir, settings))
    router_dir = index_dir / ROUTER_DIR
    if router_dir.is_dir():
        return Router.load(router_dir, teams, embedder=embedder)
    return Router(
        teams,
        embedder=embedder,
        threshold=settings.abstain_threshold,
        relevance_floor=settings.relevance_floor,
    )


def build_pipeline(
    settings: Settings,
    index_dir: Path | str | None = None,
    *,
    embedder: Embedder | None = None,
    redactor: Redactor | None = None,
    batch_size: int = 32,
    load_index: bool = True,
    drafting: bool = True,
) -> Pipeline:
    """The pipeline over the guidance index in ``index_dir`` (default ``settings.index_dir``).

    ``load_index=False`` builds only what redacting, embedding and training need (no guidance
    index, no drafter; the router is the zero-shot one over the index's teams): for `casework
    redact`, `train` and `index`. ``drafting=False`` leaves out the drafter (searching needs
    none, and a generative drafter loads a model).
    """
    set_model_environment()
    index_dir = Path(index_dir or settings.index_dir)
    embedder = embedder or build_embedder(settings)
    redactor = redactor or build_redactor(settings)
    retriever = None
    if load_index:
        index = GuidanceIndex.load(index_dir)
        retriever = Retriever(index, embedder, k=settings.search_k, rrf_k=settings.rrf_k)
        router = build_router(settings, index_dir, embedder)
        if not router.is_fitted:
            router.set_recalibration(
                ConfidenceRecalibrator.load(index_dir, str(index.manifest.get("corpus_sha256")))
            )
        # the service's own words are never taken for people: team names and guidance titles
        redactor.add_service_terms(
            [
                *(name.replace("_", " ") for name in router.teams.names),
                *dict.fromkeys(p.title for p in index.passages),
            ]
        )
    else:
        router = Router(
            load_teams(teams_path_for(index_dir, settings)),
            embedder=embedder,
            threshold=settings.abstain_threshold,
            relevance_floor=settings.relevance_floor,
        )
    return Pipeline(
        redactor=redactor,
        embedder=embedder,
        retriever=retriever,
        router=router,
        flagger=FlagDetector(),
        drafter=build_drafter(settings, embed=lambda texts: embedder.encode(texts, normalize=True))
        if load_index and drafting
        else None,
        batch_size=batch_size,
        k=settings.search_k,
        overlap=settings.pipeline_overlap,
        workers=settings.pipeline_workers,
        renew_after_letters=settings.pipeline_worker_letters,
        signposter=Signposter(settings.signposting_dir),
        static=static_embedder(settings, embedder),
        routing_vectors=settings.routing_vectors,
        retrieval_tokens=settings.retrieval_tokens,
        dedupe=settings.pipeline_dedupe,
    )


def static_embedder(settings: Settings, embedder: Embedder) -> StaticEmbedder | None:
    """The static embedder distilled from the pipeline's transformer (loaded on first use);
    None when that model cannot be distilled here (no weights file in its folder)."""
    folder = Path(embedder.model_path or "")
    if not embedder.model_path or not any((folder / name).is_file() for name in WEIGHT_FILES):
        return None
    return StaticEmbedder(embedder.model_path, str(settings.model_cache_dir))
