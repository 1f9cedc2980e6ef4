"""The one place heavy things are built: models, the guidance index, the router.

Nothing is loaded at import time anywhere in the project; callers (CLI, API lifespan, tests) build
a pipeline here once and pass it around.
"""

from __future__ import annotations

from pathlib import Path

from retrieval.embedder import build_embedder
from contracts.settings import Settings

__all__ = ["ROUTER_DIR", "TEAMS_FILE", "build_embedder", "build_pipeline", "build_router",
           "teams_path_for"]

ROUTER_DIR = "router"
TEAMS_FILE = "teams.yaml"


def teams_path_for(index_dir: Path, settings: Settings) -> Path:
    """Teams a router was trained with win; then the snapshot taken when the index was built."""
    for candidate in (index_dir / ROUTER_DIR / TEAMS_FILE, index_dir / TEAMS_FILE):
        if candidate.is_file():
            return candidate
    return Path(settings.teams_file)


def build_router(settings: Settings, index_dir: Path, embedder):
    from triage.router import Router
    from triage.teams import load_teams

    teams = load_teams(teams_path_for(index_dir, settings))
    router_dir = index_dir / ROUTER_DIR
    if router_dir.is_dir():
        return Router.load(router_dir, teams, embedder=embedder)
    return Router(teams, embedder=embedder, threshold=settings.abstain_threshold,
                  relevance_floor=settings.relevance_floor)


def build_pipeline(settings: Settings, index_dir: Path | str | None = None, *,
                   embedder=None, redactor=None, batch_size: int = 32):
    from prompts.drafter import build_drafter
    from prompts.signposting import Signposter
    from redaction import build_redactor
    from retrieval.index import GuidanceIndex
    from retrieval.retriever import Retriever
    from triage.flags import FlagDetector
    from pipeline.core import Pipeline

    index_dir = Path(index_dir or settings.index_dir)
    embedder = embedder or build_embedder(settings)
    index = GuidanceIndex.load(index_dir)
    retriever = Retriever(index, embedder, k=settings.search_k, rrf_k=settings.rrf_k)
    router = build_router(settings, index_dir, embedder)
    redactor = redactor or build_redactor(settings)
    # the service's own words are never taken for people: team names and guidance titles
    redactor.add_service_terms([*(name.replace("_", " ") for name in router.teams.names),
                                *dict.fromkeys(p.title for p in index.passages)])
    return Pipeline(
        redactor=redactor,
        embedder=embedder,
        retriever=retriever,
        router=router,
        flagger=FlagDetector(),
        drafter=build_drafter(settings),
        batch_size=batch_size,
        k=settings.search_k,
        overlap=settings.pipeline_overlap,
        workers=settings.pipeline_workers,
        renew_after_letters=settings.pipeline_worker_letters,
        signposter=Signposter(settings.signposting_dir),
    )
