"""Run a sentence-transformers model on ONNX Runtime, optionally with int8 weights.

sentence-transformers' own ``backend="onnx"`` needs ``optimum-onnx``, which pins
``transformers<4.58`` (this project runs transformers 5), so the export is done here: the
transformer plus its pooling layer go through ``torch.onnx.export`` once, int8 weights come from
``onnxruntime.quantization.quantize_dynamic``, and the result is cached on disk keyed by a hash
of the model's weights. Loading then needs only ``onnxruntime`` and the fast tokenizer.

Why int8 with per-channel, reduced-range weights: on AVX2 machines (no VNNI) full-range int8
products saturate and cost accuracy; reduced range keeps embeddings within ~0.99 cosine of the
float model while still running 1.7 times as fast as PyTorch on two cores (measured on 64- and
256-token batches).
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
import warnings
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from tokenizers import Tokenizer

from contracts.progress import progress

BACKENDS = ("torch", "onnx", "onnx-int8")
_INPUTS = ("input_ids", "attention_mask", "token_type_ids")
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin")


class UnsupportedModel(ValueError):
    """The model's module stack is not one this exporter reproduces faithfully."""


def weights_digest(model_path: str | Path) -> str:
    """Short SHA-256 of the model's weight file: the cache key of its exports."""
    for name in WEIGHT_FILES:
        path = Path(model_path) / name
        if path.is_file():
            digest = hashlib.sha256()
            with path.open("rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
            return digest.hexdigest()[:16]
    raise UnsupportedModel(f"no {' or '.join(WEIGHT_FILES)} in {model_path}")


def exported_path(model_path: str | Path, cache_dir: str | Path, backend: str) -> Path:
    name = "model_int8.onnx" if backend == "onnx-int8" else "model.onnx"
    return Path(cache_dir) / f"{Path(model_path).name}-{weights_digest(model_path)}" / name


def _pooling_mode(model) -> str:
    """'mean' or 'cls', or UnsupportedModel for anything else (max pooling, dense layers...)."""
    from sentence_transformers.models import Normalize, Pooling, Transformer

    modules = list(model)
    if (
        not modules
        or not isinstance(modules[0], Transformer)
        or not all(isinstance(m, Pooling | Normalize) for m in modules[1:])
    ):
        raise UnsupportedModel(
            f"{[type(m).__name__ for m in modules]}: the ONNX export supports Transformer + "
            "Pooling (+ Normalize) only; set CASEWORK_EMBEDDING_BACKEND=torch for this model"
        )
    pooling = next((m for m in modules if isinstance(m, Pooling)), None)
    mode = getattr(pooling, "pooling_mode", None) if pooling is not None else None
    if mode not in ("mean", "cls"):
        raise UnsupportedModel(
            f"pooling {mode!r}: the ONNX export supports mean or CLS pooling only; set "
            "CASEWORK_EMBEDDING_BACKEND=torch for this model"
        )
    return mode


def export(model_path: str | Path, cache_dir: str | Path, backend: str) -> Path:
    """Export (and for ``onnx-int8`` quantise) the model once; later calls reuse the file.

    Written to a temporary name and renamed, so concurrent workers never read half a file."""
    if backend not in ("onnx", "onnx-int8"):
        raise ValueError(f"unknown ONNX backend {backend!r}")
    target = exported_path(model_path, cache_dir, backend)
    if target.is_file():  # loading an export needs no PyTorch (the pipeline's workers have none)
        return target
    import torch
    from sentence_transformers import SentenceTransformer

    target.parent.mkdir(parents=True, exist_ok=True)
    # Eager attention exports as plain MatMul/Softmax, which int8 MatMuls speed up; the SDPA
    # export was measured 30% slower after quantisation.
    model = SentenceTransformer(
        str(model_path), device="cpu", model_kwargs={"attn_implementation": "eager"}
    )
    mode = _pooling_mode(model)
    transformer = model[0].auto_model.eval()

    class Pooled(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.transformer = transformer

        def forward(self, input_ids, attention_mask, token_type_ids):
            hidden = self.transformer(
                input_ids=input_ids, attention_mask=attention_mask, token_type_ids=token_type_ids
            ).last_hidden_state
            if mode == "cls":
                return hidden[:, 0]
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)

    sample = model.tokenizer(["an example sentence", "another"], padding=True, return_tensors="pt")
    if "token_type_ids" not in sample:
        sample["token_type_ids"] = torch.zeros_like(sample["input_ids"])
    axes = {name: {0: "batch", 1: "tokens"} for name in _INPUTS}
    axes["sentence_embedding"] = {0: "batch"}
    with tempfile.TemporaryDirectory(dir=target.parent) as scratch:
        float_path = Path(scratch) / "model.onnx"
        with warnings.catch_warnings(), torch.no_grad():
            warnings.simplefilter("ignore")
            torch.onnx.export(
                Pooled(),
                tuple(sample[name] for name in _INPUTS),
                str(float_path),
                input_names=list(_INPUTS),
                output_names=["sentence_embedding"],
                dynamic_axes=axes,
                opset_version=17,
                dynamo=False,
            )
        produced = float_path
        if backend == "onnx-int8":
            from onnxruntime.quantization import QuantType, quantize_dynamic

            produced = Path(scratch) / "model_int8.onnx"
            logging.disable(logging.WARNING)  # its advice to pre-process targets CNNs
            try:
                quantize_dynamic(
                    str(float_path),
                    str(produced),
                    weight_type=QuantType.QInt8,
                    per_channel=True,
                    reduce_range=True,
                )
            finally:
                logging.disable(logging.NOTSET)
        os.replace(produced, target)
    (target.parent / "export.json").write_text(
        json.dumps(
            {
                "source": str(model_path),
                "pooling": mode,
                "max_seq_length": model.max_seq_length,
                "dimension": model.get_embedding_dimension(),
                "normalize": any(type(m).__name__ == "Normalize" for m in model),
                "torch": torch.__version__,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return target


class FastTokenizer:
    """The model's ``tokenizer.json`` run by the ``tokenizers`` library directly: the part of
    a transformers fast tokenizer's call this module and :class:`~retrieval.embedder.Embedder`
    use, giving the same ids (checked in the tests against ``AutoTokenizer``). Importing
    ``transformers`` imports PyTorch when it is installed (about 200 MB a process); this does
    not."""

    def __init__(self, path: str | Path) -> None:
        self._tokenizer = Tokenizer.from_file(str(path))
        self._tokenizer.no_padding()
        self._tokenizer.no_truncation()
        self._pad_id = self._tokenizer.token_to_id("[PAD]") or 0

    def __call__(
        self,
        texts,
        *,
        add_special_tokens: bool = True,
        padding: bool = False,
        truncation: bool = False,
        max_length: int | None = None,
        return_offsets_mapping: bool = False,
        return_tensors: str | None = None,
        verbose: bool = True,
    ) -> dict:
        single = isinstance(texts, str)
        encodings = self._tokenizer.encode_batch(
            [texts] if single else list(texts), add_special_tokens=False
        )
        special = self._tokenizer.num_special_tokens_to_add(False) if add_special_tokens else 0
        if truncation and max_length is not None:  # the text is cut, the special tokens kept
            for encoding in encodings:
                encoding.truncate(max(max_length - special, 0))
        if add_special_tokens:
            encodings = [self._tokenizer.post_process(e) for e in encodings]
        rows: dict[str, list] = {
            "input_ids": [e.ids for e in encodings],
            "token_type_ids": [e.type_ids for e in encodings],
            "attention_mask": [e.attention_mask for e in encodings],
        }
        if return_offsets_mapping:
            rows["offset_mapping"] = [e.offsets for e in encodings]
        if return_tensors == "np":
            width = max((len(ids) for ids in rows["input_ids"]), default=0)
            out = {}
            for name in ("input_ids", "token_type_ids", "attention_mask"):
                fill = self._pad_id if name == "input_ids" else 0
                out[name] = np.array(
                    [row + [fill] * (width - len(row)) for row in rows[name]], dtype=np.int64
                ).reshape(len(encodings), width)
            return out
        if single:
            return {name: value[0] for name, value in rows.items()}
        return rows


def load_tokenizer(model_path: str | Path):
    """The model's fast tokenizer without transformers when its tokenizer.json is there."""
    path = Path(model_path) / "tokenizer.json"
    if path.is_file():
        return FastTokenizer(path)
    from transformers import AutoTokenizer

    return AutoTokenizer.from_pretrained(str(model_path))


class OnnxSentenceEncoder:
    """The part of ``SentenceTransformer`` the :class:`~retrieval.embedder.Embedder` uses,
    running an exported model on ONNX Runtime.

    ``one_at_a_time`` runs each text alone. Dynamic int8 quantisation scales activations per
    call, so in a batch a letter's vector would depend on its neighbours (and their padding);
    alone, the same letter always gets the same vector, hence the same routing. It costs about
    a fifth of the int8 speed (measured: 1,000 letters 16.7 s alone vs 14.0 s in 16s)."""

    def __init__(
        self,
        model_path: str | Path,
        onnx_path: str | Path,
        *,
        threads: int = 0,
        one_at_a_time: bool = False,
    ) -> None:
        import onnxruntime as ort

        self.model_path = str(model_path)
        self.tokenizer = load_tokenizer(self.model_path)
        config = json.loads((Path(onnx_path).parent / "export.json").read_text(encoding="utf-8"))
        self.max_seq_length = int(config["max_seq_length"])
        self._dimension = int(config["dimension"])
        options = ort.SessionOptions()
        options.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        if threads:
            options.intra_op_num_threads = threads
        # Idle ORT threads otherwise busy-wait for work, taking the core the pipeline's
        # workers need (measured: 27 -> 34 letters/s with spinning off).
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        self.session = ort.InferenceSession(
            str(onnx_path), options, providers=["CPUExecutionProvider"]
        )
        self._inputs = [i.name for i in self.session.get_inputs()]
        self.one_at_a_time = one_at_a_time

    def get_embedding_dimension(self) -> int:
        return self._dimension

    def encode(
        self,
        sentences: Sequence[str],
        *,
        batch_size: int = 32,
        normalize_embeddings: bool = True,
        show_progress_bar: bool = False,
        **_ignored,
    ) -> np.ndarray:
        """Longest first, like sentence-transformers, so each batch pads to similar lengths."""
        sentences = list(sentences)
        if self.one_at_a_time:
            batch_size = 1
        out = np.zeros((len(sentences), self._dimension), dtype=np.float32)
        order = np.argsort([-len(s) for s in sentences], kind="stable")
        starts = range(0, len(sentences), batch_size)
        for start in progress(
            starts,
            desc="Embedding",
            unit="batch" if batch_size > 1 else "text",
            show=show_progress_bar,
        ):
            chosen = order[start : start + batch_size]
            encoded = self.tokenizer(
                [sentences[i] for i in chosen],
                padding=True,
                truncation=True,
                max_length=self.max_seq_length,
                return_tensors="np",
            )
            feed = {
                name: np.asarray(encoded[name], dtype=np.int64)
                if name in encoded
                else np.zeros_like(encoded["input_ids"], dtype=np.int64)
                for name in self._inputs
            }
            out[chosen] = self.session.run(None, feed)[0]
        if normalize_embeddings:
            out /= np.maximum(np.linalg.norm(out, axis=1, keepdims=True), 1e-12)
        return out
