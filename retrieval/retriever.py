"""Find the guidance passages that match a letter: dense + BM25, fused by reciprocal rank."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from contracts.models import GuidanceHit
from retrieval.embedder import build_embedder
from retrieval.guidance import audience_of
from retrieval.index import GuidanceIndex

if TYPE_CHECKING:  # pragma: no cover
    from contracts.settings import Settings
    from retrieval.embedder import Embedder
    from retrieval.index import GuidanceIndex


class Retriever:
    """Hybrid search over a :class:`~retrieval.index.GuidanceIndex`.

    Each query is ranked twice - by cosine similarity of its embedding (FAISS) and by BM25 -
    taking the top ``candidates`` of each, and the two rankings are fused with reciprocal rank
    fusion::

        score(p) = dense_weight / (rrf_k + dense_rank(p)) + lexical_weight / (rrf_k + bm25_rank(p))

    (ranks start at 1; a passage missing from one ranking gets nothing from it).
    ``GuidanceHit.score`` is this fused score: higher is better, comparable between hits of one
    query, at most ``(dense_weight + lexical_weight) / (rrf_k + 1)`` (about 0.033 with the
    defaults), and *not* a probability or a cosine. Hits are sorted best first; ties go to the
    better dense rank.

    ``max_per_page`` caps how many passages of one page may appear in a result (None = no
    cap). Without a cap one page often fills every hit with neighbouring chunks of the same
    section (on the shared dev snippets the first 5 hits covered 2.6 pages on average) and
    pushes the right page out: the default of 2 keeps a second section of a good page while
    leaving room for others (3.6 pages in 5 hits; page recall@5 no worse than without a cap,
    see ``evaluation/measure/retrieval.py``).

    Letters are embedded with ``Embedder.encode_long`` (the first ``max_windows`` windows,
    averaged; by default the first 256 tokens); BM25 always reads the whole text, so a question
    at the end of a long letter still finds its guidance.
    """

    def __init__(
        self,
        index: GuidanceIndex,
        embedder: Embedder,
        *,
        k: int = 5,
        rrf_k: int = 60,
        candidates: int = 50,
        dense_weight: float = 1.0,
        lexical_weight: float = 1.0,
        max_per_page: int | None = 2,
        check_embedder: bool = True,
    ) -> None:
        if k < 1 or candidates < 1 or rrf_k < 0:
            raise ValueError("k and candidates must be >= 1 and rrf_k >= 0")
        if dense_weight < 0 or lexical_weight < 0 or dense_weight + lexical_weight == 0:
            raise ValueError("weights must be >= 0 and not both 0")
        if max_per_page is not None and max_per_page < 1:
            raise ValueError("max_per_page must be >= 1 or None")
        self.index = index
        self.embedder = embedder
        self.k = k
        self.rrf_k = rrf_k
        self.candidates = candidates
        self.dense_weight = dense_weight
        self.lexical_weight = lexical_weight
        self.max_per_page = max_per_page
        if check_embedder:
            index.check_embedder(embedder)

    def search(self, text: str, k: int | None = None) -> list[GuidanceHit]:
        """The best ``k`` (default ``self.k``) passages for one text, best first."""
        return self.search_many([text], k=k)[0]

    def search_many(
        self, texts: Sequence[str], k: int | None = None, vectors: np.ndarray | None = None
    ) -> list[list[GuidanceHit]]:
        """Search several texts at once: one embedding call and one FAISS call for all.

        Pass ``vectors`` (one row per text, e.g. from ``Embedder.encode_long``) to reuse
        embeddings already computed; they are re-normalised. A blank text gets no hits.
        """
        texts = list(texts)
        k = self.k if k is None else k
        if k < 1:
            raise ValueError("k must be >= 1")
        if not texts:
            return []
        if vectors is None:
            vectors = self.embedder.encode_long(texts)
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[0] != len(texts):
            raise ValueError(
                f"vectors must have one row per text: got shape {vectors.shape} "
                f"for {len(texts)} texts"
            )
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.maximum(norms, 1e-12)
        depth = max(self.candidates, k)
        dense_rankings = self._dense_rankings(vectors, depth)
        lexical_rankings = self._lexical_rankings(texts, depth)
        results: list[list[GuidanceHit]] = []
        for text, vector, dense, lexical in zip(
            texts, vectors, dense_rankings, lexical_rankings, strict=True
        ):
            if not text.strip():
                results.append([])
                continue
            results.append(self._fuse(dense, lexical, k, vector))
        return results

    # ---- the pieces, also used by evaluation/measure/retrieval.py

    def _dense_rankings(self, vectors: np.ndarray, depth: int) -> list[list[int]]:
        if self.dense_weight == 0:
            return [[] for _ in range(len(vectors))]
        _, positions = self.index.dense_search(vectors, depth)
        return [[int(p) for p in row if p >= 0] for row in positions]

    def _lexical_rankings(self, texts: Sequence[str], depth: int) -> list[list[int]]:
        if self.lexical_weight == 0:
            return [[] for _ in texts]
        return [
            [int(p) for p in positions] for positions, _ in self.index.lexical_search(texts, depth)
        ]

    def _fuse(
        self, dense: Sequence[int], lexical: Sequence[int], k: int, vector: np.ndarray | None = None
    ) -> list[GuidanceHit]:
        scores: dict[int, float] = {}
        first_dense: dict[int, int] = {}
        for rank, position in enumerate(dense, start=1):
            scores[position] = scores.get(position, 0.0) + self.dense_weight / (self.rrf_k + rank)
            first_dense.setdefault(position, rank)
        for rank, position in enumerate(lexical, start=1):
            scores[position] = scores.get(position, 0.0) + self.lexical_weight / (self.rrf_k + rank)
        order = sorted(scores, key=lambda p: (-scores[p], first_dense.get(p, 1 << 30), p))
        passages = self.index.passages
        hits: list[GuidanceHit] = []
        per_page: dict[str, int] = {}
        for position in order:
            passage = passages[position]
            if self.max_per_page is not None:
                if per_page.get(passage.guidance_id, 0) >= self.max_per_page:
                    continue
                per_page[passage.guidance_id] = per_page.get(passage.guidance_id, 0) + 1
            hits.append(
                GuidanceHit(
                    guidance_id=passage.guidance_id,
                    title=passage.title,
                    url=passage.url,
                    heading=passage.heading,
                    passage=passage.text,
                    score=scores[position],
                    organisations=passage.organisations,
                    topics=passage.topics,
                    audience=audience_of(passage),
                    similarity=None if vector is None else self.index.similarity(vector, position),
                )
            )
            if len(hits) == k:
                break
        return hits


def build_retriever(settings: Settings, index_dir: str | Path | None = None) -> Retriever:
    """A :class:`Retriever` over the index saved in ``index_dir`` (default
    ``settings.index_dir``), with the configured embedding model, ``search_k`` and ``rrf_k``.
    Raises ``GuidanceIndexError`` if the index is missing or was built with another model."""
    embedder = build_embedder(settings)
    index = GuidanceIndex.load(index_dir if index_dir is not None else settings.index_dir)
    return Retriever(index, embedder, k=settings.search_k, rrf_k=settings.rrf_k)
