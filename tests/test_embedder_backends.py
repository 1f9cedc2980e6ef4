"""The embedding backends: torch (as shipped), ONNX float and ONNX int8 (the default)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from retrieval.embedder import Embedder
from retrieval.onnx_backend import FastTokenizer, UnsupportedModel, export, exported_path

TEXTS = [
    "I am writing about my Universal Credit payment and a letter from the council.",
    "Where is my bin?",
    "My landlord has not repaired the damp in my flat for six months and my child has asthma. " * 8,
    "How much is the National Minimum Wage for apprentices",
]


@pytest.fixture(scope="module")
def torch_embedder(settings):
    return Embedder(settings.embedding_model, backend="torch")


def _onnx(settings, backend):
    return Embedder(
        settings.embedding_model,
        backend=backend,
        cache_dir=str(settings.model_cache_dir),
        batch_size=4,
    )


@pytest.mark.parametrize(("backend", "min_cosine"), [("onnx", 0.9999), ("onnx-int8", 0.97)])
def test_onnx_backends_embed_like_the_torch_model(settings, torch_embedder, backend, min_cosine):
    reference = torch_embedder.encode(TEXTS)
    vectors = _onnx(settings, backend).encode(TEXTS)
    assert vectors.shape == reference.shape and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    cosines = (vectors * reference).sum(axis=1)
    assert cosines.min() >= min_cosine, cosines


def test_int8_vectors_do_not_depend_on_the_batch(embedder):
    """Dynamic int8 scales activations per call: each letter is run alone so the same letter
    always gets the same vector, whatever arrives with it."""
    assert embedder.backend == "onnx-int8"
    together = embedder.encode(TEXTS)
    alone = np.vstack([embedder.encode([text]) for text in TEXTS])
    assert np.array_equal(together, alone)
    assert np.array_equal(embedder.encode(TEXTS[::-1])[::-1], together)


def test_int8_ranks_guidance_like_the_float_model(settings, torch_embedder, embedder):
    """What matters downstream: the nearest passages are the same ones."""
    passages = [
        "Universal Credit is a payment to help with your living costs.",
        "Your council collects household rubbish and recycling.",
        "Landlords must keep rented homes free of damp and mould.",
        "Apprentices are entitled to the apprentice rate of the National Minimum Wage.",
    ]
    for model in (torch_embedder, embedder):
        scores = model.encode(TEXTS) @ model.encode(passages).T
        assert list(scores.argmax(axis=1)) == [0, 1, 2, 3]


def test_export_is_cached_and_keyed_by_the_weights(settings):
    target = export(settings.embedding_model, settings.model_cache_dir, "onnx-int8")
    assert target == exported_path(settings.embedding_model, settings.model_cache_dir, "onnx-int8")
    stamp = target.stat().st_mtime_ns
    assert export(settings.embedding_model, settings.model_cache_dir, "onnx-int8") == target
    assert target.stat().st_mtime_ns == stamp, "a second export must reuse the file"
    assert (target.parent / "export.json").is_file()


def test_unsupported_pooling_is_refused_with_a_clear_message(settings, tmp_path):
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.models import Pooling, Transformer

    transformer = Transformer(settings.embedding_model)
    model = SentenceTransformer(
        modules=[
            transformer,
            Pooling(
                transformer.get_embedding_dimension()
                if hasattr(transformer, "get_embedding_dimension")
                else transformer.get_word_embedding_dimension(),
                pooling_mode="max",
            ),
        ],
        device="cpu",
    )
    model.save(str(tmp_path / "max-pooled"))
    with pytest.raises(UnsupportedModel, match="CASEWORK_EMBEDDING_BACKEND=torch"):
        export(tmp_path / "max-pooled", tmp_path / "cache", "onnx")


def test_unknown_backend_is_refused(settings):
    with pytest.raises(ValueError, match="torch, onnx, onnx-int8"):
        Embedder(settings.embedding_model, backend="tensorrt")


def test_onnx_backend_without_cache_dir_explains(settings):
    with pytest.raises(RuntimeError, match="CASEWORK_MODEL_CACHE_DIR"):
        Embedder(settings.embedding_model, backend="onnx").encode(["x"])


def test_index_manifest_records_the_backend(demo_index, embedder):
    assert demo_index.manifest["embedding_backend"] == embedder.backend


def test_fast_tokenizer_gives_the_tokens_transformers_gives(settings):
    """The ONNX encoder tokenizes with the `tokenizers` library directly (importing
    transformers would import PyTorch): same ids, masks and offsets as AutoTokenizer, with and
    without truncation."""
    import numpy as np
    from transformers import AutoTokenizer

    path = Path(settings.embedding_model)
    ours, theirs = FastTokenizer(path / "tokenizer.json"), AutoTokenizer.from_pretrained(path)
    texts = [
        "",
        " ",
        "Café naïve — “quotes” ‹PERSON_1› <PERSON_2> 🙂 ＡＢＣ\tTabs\nlines",
        "My Universal Credit payment is late. " * 60,
        "x" * 3000,
        "short one",
    ]
    for max_length in (256, 64):
        a = theirs(texts, padding=True, truncation=True, max_length=max_length, return_tensors="np")
        b = ours(texts, padding=True, truncation=True, max_length=max_length, return_tensors="np")
        for name in ("input_ids", "attention_mask", "token_type_ids"):
            assert np.array_equal(np.asarray(a[name]), b[name]), name
    for text in texts:
        a = theirs(
            text,
            add_special_tokens=False,
            return_offsets_mapping=True,
            truncation=False,
            verbose=False,
        )["offset_mapping"]
        b = ours(
            text,
            add_special_tokens=False,
            return_offsets_mapping=True,
            truncation=False,
            verbose=False,
        )["offset_mapping"]
        assert [tuple(x) for x in a] == [tuple(x) for x in b]


def test_the_redactor_and_onnx_embedder_do_not_import_pytorch(settings, embedder):
    """Presidio (through thinc and transformers) and the tokenizer would each import PyTorch
    (about 200 MB a process) for nothing this product uses; the batch pipeline's main process
    and workers never need it once the ONNX export exists."""
    if embedder.backend != "onnx-int8":
        pytest.skip("the default ONNX backend is not configured")
    embedder.model  # noqa: B018 - the export (which needs PyTorch) exists before the check
    code = (
        "import sys\n"
        "from contracts.models import Letter\n"
        "from contracts.settings import get_settings\n"
        "from redaction.redactor import build_redactor\n"
        "from retrieval.embedder import build_embedder\n"
        "s = get_settings()\n"
        "r = build_redactor(s).redact(Letter(id='1', text='I am Sam Jones of Leeds.'))\n"
        "assert '<PERSON_1>' in r.redacted_text, r.redacted_text\n"
        "e = build_embedder(s); e.encode_long(['a letter'])\n"
        "print(sys.modules.get('torch') is not None)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
        timeout=600,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.strip().splitlines()[-1] == "False"
