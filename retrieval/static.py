"""A static embedder distilled from the shipped MiniLM (model2vec): a lookup table of token
vectors, averaged. About a hundred times cheaper than running the transformer, with no window:
the whole letter counts.

Distilled once, offline, from the local model folder (``model2vec.distill``: every vocabulary
token through MiniLM, PCA to 256 dimensions, SIF weighting), and cached beside the ONNX export
under ``CASEWORK_MODEL_CACHE_DIR`` keyed by the MiniLM weights' digest. Loading the cached model
needs only numpy, safetensors and the tokenizer (no PyTorch: the pipeline's workers have none).

Where it is used, and where not, is measured in benchmarks/README.md: as routing features it
routes as well as MiniLM; as the only dense view for guidance retrieval from casual queries it
does not (so retrieval keeps MiniLM).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from retrieval.onnx_backend import weights_digest

STATIC_DIMENSIONS = 256


def static_path(model_path: str | Path, cache_dir: str | Path) -> Path:
    return Path(cache_dir) / (
        f"{Path(model_path).name}-{weights_digest(model_path)}-static{STATIC_DIMENSIONS}"
    )


def distil(model_path: str | Path, cache_dir: str | Path) -> Path:
    """Distil the static model once (written to a temporary folder, then renamed)."""
    target = static_path(model_path, cache_dir)
    if (target / "model.safetensors").is_file():
        return target
    # deferred: distilling loads torch and transformers
    from model2vec.distill import distill

    target.parent.mkdir(parents=True, exist_ok=True)
    model = distill(model_name=str(model_path), pca_dims=STATIC_DIMENSIONS)
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        staged = Path(scratch) / "model"
        model.save_pretrained(str(staged))
        try:
            os.replace(staged, target)
        except OSError:  # another process finished first
            if not (target / "model.safetensors").is_file():
                raise
    return target


class StaticEmbedder:
    """Whole-text static embeddings (normalised). Loads nothing until first used; pickles as
    configuration (a worker process loads its own table)."""

    backend = "static"

    def __init__(self, model_path: str, cache_dir: str) -> None:
        self.model_path = model_path
        self.cache_dir = cache_dir
        self._model: Any = None  # the model2vec StaticModel, loaded on first use

    def __repr__(self) -> str:
        return f"StaticEmbedder({self.model_path!r})"

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_model": None}

    @property
    def name(self) -> str:
        """What a router trained on these vectors records as its embedding model."""
        return f"static:{static_path(self.model_path, self.cache_dir).name}"

    @property
    def model(self):
        if self._model is None:
            # deferred: model2vec only for CASEWORK_ROUTING_VECTORS=static
            from model2vec import StaticModel

            path = distil(self.model_path, self.cache_dir)
            self._model = StaticModel.from_pretrained(str(path))
        return self._model

    def prepare_files(self) -> None:
        """Distil the model once, here, without loading it in this process."""
        if self._model is None:
            distil(self.model_path, self.cache_dir)

    @property
    def dimension(self) -> int:
        return int(self.model.dim)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = np.asarray(
            self.model.encode(list(texts), max_length=None, use_multiprocessing=False),
            dtype=np.float32,
        )
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        return np.ascontiguousarray(vectors / np.maximum(norms, 1e-12))

    # the Embedder interface the router and the training path use
    def encode_long(self, texts: Sequence[str], *, show_progress: bool = False) -> np.ndarray:
        return self.encode(texts)

    @classmethod
    def from_settings(cls, settings) -> StaticEmbedder:
        return cls(settings.embedding_model, str(settings.model_cache_dir))
