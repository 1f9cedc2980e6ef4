"""Guidance retrieval: load and chunk guidance, index it (FAISS + BM25), search it.

Names are imported lazily, so ``import retrieval`` stays cheap: no model, FAISS or bm25s is
loaded until a name that needs it is used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

_EXPORTS = {
    "Embedder": "retrieval.embedder",
    "GuidanceDoc": "retrieval.guidance",
    "GuidancePart": "retrieval.guidance",
    "Passage": "retrieval.guidance",
    "GuidanceError": "retrieval.guidance",
    "load_guidance": "retrieval.documents",
    "chunk_guidance": "retrieval.guidance",
    "anchor_slug": "retrieval.guidance",
    "GuidanceIndex": "retrieval.index",
    "GuidanceIndexError": "retrieval.index",
    "Retriever": "retrieval.retriever",
    "build_retriever": "retrieval.retriever",
}

__all__ = [
    "Embedder",
    "GuidanceDoc",
    "GuidanceError",
    "GuidanceIndex",
    "GuidanceIndexError",
    "GuidancePart",
    "Passage",
    "Retriever",
    "anchor_slug",
    "build_retriever",
    "chunk_guidance",
    "load_guidance",
]
assert sorted(__all__) == sorted(_EXPORTS)

if TYPE_CHECKING:  # pragma: no cover
    from retrieval.documents import load_guidance
    from retrieval.embedder import Embedder
    from retrieval.guidance import (
        GuidanceDoc,
        GuidanceError,
        GuidancePart,
        Passage,
        anchor_slug,
        chunk_guidance,
    )
    from retrieval.index import GuidanceIndex, GuidanceIndexError
    from retrieval.retriever import Retriever, build_retriever


def __getattr__(name: str):
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'retrieval' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
