"""A searchable index of guidance passages: dense (FAISS) and lexical (BM25).

On disk an index is a folder of three files:

* ``index.faiss`` - the FAISS index over normalised passage embeddings (inner product = cosine);
* ``passages.jsonl`` - the passages, one JSON object a line, in index order;
* ``manifest.json`` - embedding model (path and name), dimension, SHA-256 of the passages,
  creation time, passage count, index type and parameters, package versions, and a probe
  embedding used to notice a different model with the same dimension.

Each passage in ``passages.jsonl`` carries its ``audience`` (citizen, employer, council or
professional), labelled when the index is built. The format is unchanged: an index built before
labelling has no such field, and its passages are labelled when they are read
(``retrieval.guidance.audience_of``, from the passage's own title, heading and text).

The BM25 index is not saved: it is rebuilt from ``passages.jsonl`` on load. For the guidance
corpora this product handles (thousands of passages) that takes well under a second, it keeps
the folder to three plain files with no bm25s on-disk format to version, and the lexical index
can never drift from the passages, which are already hash-checked. (Saving it with
``bm25s.BM25.save`` would be the change to make for corpora of millions of passages.)

Index type: exact ``IndexFlatIP`` below ``HNSW_THRESHOLD`` passages, ``IndexHNSWFlat``
(approximate, inner product) from there on; ``index_type="flat"`` or ``"hnsw"`` forces either.
"""

from __future__ import annotations

import hashlib
import json
import math
import platform
import re
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np
from pydantic import ValidationError

from contracts.text import LexicalIndex, s_stem  # noqa: F401 - s_stem re-exported
from retrieval.guidance import GuidanceError, Passage, embedding_text

if TYPE_CHECKING:  # pragma: no cover
    from retrieval.embedder import Embedder

FORMAT = "casework-guidance-index/1"
INDEX_FILE, PASSAGES_FILE, MANIFEST_FILE = "index.faiss", "passages.jsonl", "manifest.json"
HNSW_THRESHOLD = 20_000
EMBEDDED_TEXT = "title - heading path, newline, passage text (retrieval.guidance.embedding_text)"
PROBE_TEXT = "I am writing about my Universal Credit payment and a letter from the council."
PROBE_MIN_COSINE = 0.99

IndexType = Literal["auto", "flat", "hnsw"]


class GuidanceIndexError(GuidanceError):
    """An index folder is missing, corrupt, or does not fit the embedder in use.

    A :class:`~retrieval.guidance.GuidanceError` (so a ``ValueError``): callers that report
    guidance problems cleanly report index problems the same way."""


# --------------------------------------------------------------------------------------------
# BM25: one implementation for every stage (contracts/text.py); re-exported here for callers
# that know it as retrieval's.

# --------------------------------------------------------------------------------------------
# Helpers


def corpus_sha256(passages: Sequence[Passage]) -> str:
    """SHA-256 of the passages exactly as ``passages.jsonl`` stores them."""
    digest = hashlib.sha256()
    for passage in passages:
        digest.update(_passage_line(passage).encode("utf-8"))
    return digest.hexdigest()


def _passage_line(passage: Passage) -> str:
    return passage.model_dump_json() + "\n"


def _versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for dist in (
        "casework-triage",
        "faiss-cpu",
        "sentence-transformers",
        "transformers",
        "torch",
        "bm25s",
        "numpy",
        "pydantic",
    ):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            pass
    return versions


def model_name(model_path: str) -> str:
    """A readable name for a sentence-transformers folder: the model card's title, else the
    folder name (its parent's, for a package's generic ``model`` folder)."""
    path = Path(model_path)
    readme = path / "README.md"
    if readme.is_file():
        try:
            match = re.search(r"^# (.+)$", readme.read_text(encoding="utf-8"), re.M)
        except (OSError, UnicodeDecodeError):
            match = None
        if match:
            return match.group(1).strip()
    if path.name in {"model", "models"} and path.parent.name:
        return path.parent.name
    return path.name or str(model_path)


def make_faiss_index(
    dimension: int, n: int, index_type: IndexType, *, hnsw_m: int, ef_construction: int
):
    """An empty FAISS index of the kind :meth:`GuidanceIndex.build` makes for ``n`` vectors
    (``auto``: exact below ``HNSW_THRESHOLD``, HNSW above): (index, kind, parameters)."""
    import faiss

    kind = index_type
    if kind == "auto":
        kind = "hnsw" if n >= HNSW_THRESHOLD else "flat"
    if kind == "flat":
        return faiss.IndexFlatIP(dimension), "flat", {}
    if kind == "hnsw":
        index = faiss.IndexHNSWFlat(dimension, hnsw_m, faiss.METRIC_INNER_PRODUCT)
        index.hnsw.efConstruction = ef_construction
        return index, "hnsw", {"M": hnsw_m, "efConstruction": ef_construction}
    raise ValueError(f"index_type must be 'auto', 'flat' or 'hnsw', not {index_type!r}")


def _kind_of(index) -> str:
    import faiss

    if isinstance(index, faiss.IndexHNSW):
        return "hnsw"
    if isinstance(index, faiss.IndexFlat):
        return "flat"
    return type(index).__name__


# --------------------------------------------------------------------------------------------
# The index


class GuidanceIndex:
    """Passages plus their FAISS (dense) and BM25 (lexical) indexes.

    Build with :meth:`build`, persist with :meth:`save`, reopen with :meth:`load`.
    ``dense_search`` and ``lexical_search`` return passage positions; :class:`Retriever` fuses
    them into hits.
    """

    def __init__(
        self,
        passages: Sequence[Passage],
        faiss_index,
        manifest: dict,
        lexical: LexicalIndex | None = None,
    ) -> None:
        self.passages: list[Passage] = list(passages)
        self.faiss_index = faiss_index
        self.manifest = manifest
        self._lexical = lexical

    def __len__(self) -> int:
        return len(self.passages)

    def __repr__(self) -> str:
        return (
            f"GuidanceIndex({len(self)} passages, {self.index_type}, "
            f"dim={self.dimension}, model={self.manifest.get('embedding_model_name')!r})"
        )

    @property
    def dimension(self) -> int:
        return int(self.manifest["dimension"])

    @property
    def index_type(self) -> str:
        return str(self.manifest["index_type"])

    @property
    def lexical(self) -> LexicalIndex:
        if self._lexical is None:
            self._lexical = LexicalIndex([embedding_text(p) for p in self.passages])
        return self._lexical

    # ---- building

    @classmethod
    def build(
        cls,
        passages: Sequence[Passage],
        embedder: Embedder,
        show_progress: bool = False,
        *,
        index_type: IndexType = "auto",
        hnsw_m: int = 32,
        ef_construction: int = 200,
        ef_search: int = 128,
    ) -> GuidanceIndex:
        """Embed ``title - heading`` + text of every passage (normalised) and index it.

        ``index_type="auto"`` picks an exact flat index below ``HNSW_THRESHOLD`` passages and
        HNSW above; pass ``"flat"`` or ``"hnsw"`` to force one. BM25 is built too.
        """
        passages = list(passages)
        if not passages:
            raise GuidanceIndexError("cannot build an index from no passages")
        ids = [p.id for p in passages]
        if len(set(ids)) != len(ids):
            dupes = sorted({i for i in ids if ids.count(i) > 1})[:5]
            raise GuidanceIndexError(f"duplicate passage ids: {dupes}")
        started = time.perf_counter()
        vectors = embedder.encode(
            [embedding_text(p) for p in passages], normalize=True, show_progress=show_progress
        )
        if vectors.shape != (len(passages), embedder.dimension):
            raise GuidanceIndexError(f"embedder returned vectors of shape {vectors.shape}")
        index, kind, params = make_faiss_index(
            vectors.shape[1],
            len(passages),
            index_type,
            hnsw_m=hnsw_m,
            ef_construction=ef_construction,
        )
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
        if kind == "hnsw":
            index.hnsw.efSearch = ef_search
            params["efSearch"] = ef_search
        lexical = LexicalIndex([embedding_text(p) for p in passages])
        probe = embedder.encode([PROBE_TEXT], normalize=True)[0]
        manifest = {
            "format": FORMAT,
            "embedding_model": str(embedder.model_path),
            "embedding_model_name": model_name(str(embedder.model_path)),
            "embedding_backend": getattr(embedder, "backend", "torch"),
            "dimension": int(vectors.shape[1]),
            "normalized": True,
            "metric": "inner_product",
            "embedded_text": EMBEDDED_TEXT,
            "corpus_sha256": corpus_sha256(passages),
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "passages": len(passages),
            "pages": len({p.guidance_id for p in passages}),
            "index_type": kind,
            "index_params": params,
            "bm25": lexical.settings(),
            "build_seconds": round(time.perf_counter() - started, 2),
            "versions": _versions(),
            "embedding_probe": {"text": PROBE_TEXT, "vector": [round(float(x), 5) for x in probe]},
        }
        return cls(passages, index, manifest, lexical)

    # ---- persistence

    def save(self, directory: str | Path) -> Path:
        """Write ``index.faiss``, ``passages.jsonl`` and ``manifest.json`` into ``directory``
        (created if needed; existing files are replaced)."""
        import faiss

        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        faiss.write_index(self.faiss_index, str(directory / INDEX_FILE))
        with (directory / PASSAGES_FILE).open("w", encoding="utf-8", newline="\n") as handle:
            for passage in self.passages:
                handle.write(_passage_line(passage))
        (directory / MANIFEST_FILE).write_text(
            json.dumps(self.manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        return directory

    @classmethod
    def load(cls, directory: str | Path, embedder: Embedder | None = None) -> GuidanceIndex:
        """Read an index folder back and check it is whole and consistent.

        Raises :class:`GuidanceIndexError` if the folder or a file is missing or unreadable,
        the passages do not match the manifest's hash or count, or the FAISS index does not
        match the manifest. With ``embedder``, also checks it is the model the index was built
        with (see :meth:`check_embedder`).
        """
        import faiss

        directory = Path(directory)
        if not directory.is_dir():
            raise GuidanceIndexError(
                f"no guidance index at {directory}: build one first (GuidanceIndex.build(...)"
                ".save(dir))"
            )
        missing = [
            n for n in (INDEX_FILE, PASSAGES_FILE, MANIFEST_FILE) if not (directory / n).is_file()
        ]
        if missing:
            raise GuidanceIndexError(
                f"guidance index at {directory} is incomplete: missing {', '.join(missing)}"
            )
        try:
            manifest = json.loads((directory / MANIFEST_FILE).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise GuidanceIndexError(
                f"{directory / MANIFEST_FILE} is not readable JSON: {exc}"
            ) from exc
        required = (
            "format",
            "dimension",
            "corpus_sha256",
            "passages",
            "index_type",
            "embedding_model",
        )
        absent = (
            [key for key in required if key not in manifest]
            if isinstance(manifest, dict)
            else list(required)
        )
        if absent:
            raise GuidanceIndexError(f"{directory / MANIFEST_FILE} lacks {', '.join(absent)}")
        if manifest["format"] != FORMAT:
            raise GuidanceIndexError(
                f"{directory} holds index format {manifest['format']!r}; "
                f"this code reads {FORMAT!r}: rebuild the index"
            )
        passages: list[Passage] = []
        digest = hashlib.sha256()
        try:
            with (directory / PASSAGES_FILE).open(encoding="utf-8") as handle:
                for lineno, line in enumerate(handle, start=1):
                    digest.update(line.encode("utf-8"))
                    try:
                        passages.append(Passage.model_validate_json(line))
                    except ValidationError as exc:
                        raise GuidanceIndexError(
                            f"{directory / PASSAGES_FILE}, line {lineno}: not a passage "
                            f"({exc.errors()[0]['msg']})"
                        ) from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise GuidanceIndexError(f"cannot read {directory / PASSAGES_FILE}: {exc}") from exc
        if digest.hexdigest() != manifest["corpus_sha256"]:
            raise GuidanceIndexError(
                f"{directory / PASSAGES_FILE} does not match the manifest's corpus_sha256 "
                "(edited or corrupt): rebuild the index"
            )
        if len(passages) != manifest["passages"]:
            raise GuidanceIndexError(
                f"{directory}: {len(passages)} passages but the manifest "
                f"says {manifest['passages']}"
            )
        try:
            index = faiss.read_index(str(directory / INDEX_FILE))
        except RuntimeError as exc:
            raise GuidanceIndexError(
                f"{directory / INDEX_FILE} is not a readable FAISS index: "
                f"{str(exc).splitlines()[0] if str(exc) else exc}"
            ) from exc
        if index.ntotal != len(passages) or index.d != manifest["dimension"]:
            raise GuidanceIndexError(
                f"{directory / INDEX_FILE} holds {index.ntotal} vectors of dimension {index.d}; "
                f"the manifest says {len(passages)} of dimension {manifest['dimension']}"
            )
        if _kind_of(index) != manifest["index_type"]:
            raise GuidanceIndexError(
                f"{directory / INDEX_FILE} is a {_kind_of(index)} index; "
                f"the manifest says {manifest['index_type']}"
            )
        if manifest["index_type"] == "hnsw":
            # an HNSW index (checked above)
            index.hnsw.efSearch = int(manifest.get("index_params", {}).get("efSearch", 128))  # type: ignore[attr-defined]
        loaded = cls(passages, index, manifest)
        if embedder is not None:
            loaded.check_embedder(embedder)
        return loaded

    def check_embedder(self, embedder: Embedder) -> None:
        """Raise :class:`GuidanceIndexError` unless ``embedder`` is the index's model: same
        dimension, and (when the manifest has a probe) the same vector for a probe sentence, so
        another model that happens to share the dimension is caught too."""
        built_with = self.manifest.get("embedding_model_name") or self.manifest.get(
            "embedding_model"
        )
        if embedder.dimension != self.dimension:
            raise GuidanceIndexError(
                f"the index was built with {built_with!r} ({self.dimension} dimensions) but the "
                f"embedder {embedder.model_path!r} gives {embedder.dimension}: rebuild the "
                "index or configure the same model"
            )
        probe = self.manifest.get("embedding_probe")
        if probe and probe.get("vector"):
            stored = np.asarray(probe["vector"], dtype=np.float32)
            fresh = embedder.encode([probe["text"]], normalize=True)[0]
            cosine = float(stored @ fresh / max(np.linalg.norm(stored), 1e-12))
            if not math.isfinite(cosine) or cosine < PROBE_MIN_COSINE:
                raise GuidanceIndexError(
                    f"the index was built with {built_with!r}, and the embedder "
                    f"{embedder.model_path!r} embeds differently (probe cosine {cosine:.3f}): "
                    "rebuild the index or configure the same model"
                )

    # ---- searching

    def similarity(self, vector: np.ndarray, position: int) -> float:
        """Cosine similarity of a normalised query vector and one stored passage vector."""
        return float(np.dot(self.faiss_index.reconstruct(int(position)), vector))

    def dense_search(self, vectors: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
        """One FAISS call for all query vectors: (scores, positions), shape (n, k); -1 marks
        no result (fewer passages than k, or HNSW came up short)."""
        vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[1] != self.dimension:
            raise ValueError(
                f"query vectors must have shape (n, {self.dimension}), not {vectors.shape}"
            )
        k = max(1, min(k, len(self.passages)))
        if self.index_type == "hnsw":
            self.faiss_index.hnsw.efSearch = max(self.faiss_index.hnsw.efSearch, k)
        scores, positions = self.faiss_index.search(vectors, k)
        return scores, positions

    def lexical_search(self, texts: Sequence[str], k: int) -> list[tuple[np.ndarray, np.ndarray]]:
        """BM25 top-k (positions, scores) per text, best first; passages without any query
        term are left out."""
        return [self.lexical.search(text, k) for text in texts]
