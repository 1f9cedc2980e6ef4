"""Session-wide fixtures: each real model is loaded once per test session and shared. The
fixtures import what they build, so collecting a test file loads no model code."""

from __future__ import annotations

import csv
import shutil
from collections import defaultdict
from collections.abc import Callable, Sequence
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


#: ``take(split, intents, n)``: see :func:`banking77`
Banking77Take = Callable[[str, Sequence[str], int], list[tuple[str, str]]]


@pytest.fixture(scope="session")
def banking77(shared_data) -> Banking77Take:
    """Slices of the real BANKING77 set for the router tests: ``take("train" | "test", intents,
    n)`` gives the first ``n`` messages of each intent in file order, as ``(text, intent)``
    pairs grouped by intent in the order asked. Skips when the set is not in shared data."""
    folder = shared_data / "banking77"
    if not (folder / "train.csv").is_file():
        pytest.skip("BANKING77 not in shared data")

    def take(split: str, intents: Sequence[str], n: int) -> list[tuple[str, str]]:
        by_intent: dict[str, list[str]] = defaultdict(list)
        with open(folder / f"{split}.csv", newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["category"] in intents and len(by_intent[row["category"]]) < n:
                    by_intent[row["category"]].append(row["text"])
        return [(text, intent) for intent in intents for text in by_intent[intent]]

    return take


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
    from pipeline.factory import TEAMS_FILE
    from retrieval.guidance import chunk_guidance, load_guidance
    from retrieval.index import GuidanceIndex

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
