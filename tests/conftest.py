"""Session-wide fixtures: each real model is loaded once per test session and shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from contracts.settings import DEMO_DATA, Settings, get_settings

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(scope="session")
def settings() -> Settings:
    return get_settings()


@pytest.fixture(scope="session")
def shared_data() -> Path:
    """The workplace's shared public data sets; tests that need them skip cleanly without."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"shared data not found at {SHARED_DATA} (see ../shared/README.md)")
    return SHARED_DATA


@pytest.fixture(scope="session")
def demo_data() -> Path:
    return DEMO_DATA


@pytest.fixture(scope="session")
def embedder(settings):
    from retrieval.embedder import build_embedder

    return build_embedder(settings)


@pytest.fixture(scope="session")
def redactor(settings):
    """One loaded Redactor (spaCy + Presidio) shared by the whole session."""
    from redaction import build_redactor

    return build_redactor(settings).load()


@pytest.fixture(scope="session")
def demo_index_dir(settings, embedder, tmp_path_factory):
    """The bundled GOV.UK guidance chunked, indexed and saved with the demo teams snapshot, as
    `casework index` leaves it: built once a session (it is the slowest fixture)."""
    import shutil

    from retrieval.guidance import chunk_guidance, load_guidance
    from retrieval.index import GuidanceIndex
    from pipeline.factory import TEAMS_FILE

    directory = tmp_path_factory.mktemp("demo_index")
    passages = chunk_guidance(load_guidance(settings.demo_guidance))
    GuidanceIndex.build(passages, embedder).save(directory)
    shutil.copyfile(settings.teams_file, directory / TEAMS_FILE)
    return directory


@pytest.fixture(scope="session")
def demo_index(demo_index_dir, embedder):
    """The demo index loaded back from disk."""
    from retrieval.index import GuidanceIndex

    return GuidanceIndex.load(demo_index_dir, embedder=embedder)


@pytest.fixture(scope="session")
def pipeline(settings, demo_index_dir, embedder, redactor):
    """The whole real pipeline over the demo index (zero-shot router, template drafter)."""
    from pipeline.factory import build_pipeline

    return build_pipeline(settings, demo_index_dir, embedder=embedder, redactor=redactor)


@pytest.fixture(scope="session")
def retriever(demo_index, embedder, settings):
    """Hybrid retriever over the demo index, with the settings' k and rrf_k."""
    from retrieval.retriever import Retriever

    return Retriever(demo_index, embedder, k=settings.search_k, rrf_k=settings.rrf_k)
