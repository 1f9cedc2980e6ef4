"""ANN recall benchmark: what the approximate (HNSW) guidance index costs against the exact one.

The product indexes guidance with an exact ``IndexFlatIP`` below ``HNSW_THRESHOLD`` passages
and an approximate ``IndexHNSWFlat`` from there on (``retrieval.index``). This builds both, with
the product's own helper and default HNSW parameters, over the same vectors and reports:

* recall@k (k = 1, 5, 10) of HNSW: the fraction of the exact top-k ids that HNSW also returns
  in its top k, at the product's default efSearch and at a sweep of other efSearch values;
* query latency, p50 per query (queries searched one at a time, as a letter is);
* build time (adding the vectors) and serialized size (``faiss.serialize_index``) of each index.

Vectors are real embeddings (the configured model, the one the bundled index was built with) of
real public texts from ../shared/data:

    corpus:  the bundled guidance index's passage vectors (read back, not re-embedded),
             BANKING77 train, CFPB complaint narratives, GOV.UK snippets (these are
             machine-written paraphrases of real GOV.UK pages)
    queries: BANKING77 test (3,080), or a seeded sample of them (--queries)

Embeddings are cached in var/bench/cache/ (keyed by a hash of the texts), so re-runs take
seconds. HNSW is built whatever the corpus size, since its recall is what is measured; the
output says which index the product itself would build at that size. Prints one markdown table
and writes var/bench/ann_recall.json.

Run:  python -m benchmarks.ann_recall [--limit N] [--queries N]
      (smoke run: --limit 300 --queries 50)
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import platform
import sys
import time
from pathlib import Path

import numpy as np

from benchmarks.throughput import cached_vectors, demo_index, percentiles
from contracts.settings import get_settings
from evaluation.datasets import SHARED_DATA, DatasetMissing, banking77, cfpb_rows, govuk_snippets
from retrieval.embedder import build_embedder
from retrieval.index import HNSW_THRESHOLD, GuidanceIndex, make_faiss_index

KS = (1, 5, 10)
EF_SEARCH_SWEEP = (16, 32, 64, 128, 256)
QUERY_SEED = 0
WARM_UP_QUERIES = 20
TARGET = Path("var/bench/ann_recall.json")


def product_hnsw_params() -> dict[str, int]:
    """M, efConstruction and efSearch exactly as ``GuidanceIndex.build`` defaults them: read
    from its signature so the benchmark cannot drift from what the product builds."""
    params = inspect.signature(GuidanceIndex.build).parameters
    return {name: int(params[name].default) for name in ("hnsw_m", "ef_construction", "ef_search")}


# --- vectors ---------------------------------------------------------------------------------


def make_encoder(index: GuidanceIndex):
    """encode(texts) with the configured embedder, loaded only if something is not cached."""
    embedder = None

    def encode(texts: list[str]) -> np.ndarray:
        nonlocal embedder
        if embedder is None:
            embedder = build_embedder(get_settings())
            # text vectors must live in the same space as the stored passage vectors
            index.check_embedder(embedder)
        return embedder.encode(texts, normalize=True, show_progress=True)

    return encode


def text_sources() -> list[tuple[str, list[str]]]:
    return [
        ("BANKING77 train", [r["text"] for r in banking77()["train"]]),
        ("CFPB narratives", [r["text"] for r in cfpb_rows()]),
        ("GOV.UK snippets", [r["text"] for r in govuk_snippets()["all"]]),
    ]


def corpus_vectors(
    index: GuidanceIndex, encode, limit: int | None
) -> tuple[np.ndarray, dict[str, int]]:
    """Guidance passage vectors, then the embedded texts of each source, in that order; with
    ``limit``, only the first ``limit`` of them all."""
    remaining = limit if limit is not None else float("inf")
    stored = index.faiss_index.reconstruct_n(0, index.faiss_index.ntotal)
    parts = [stored[: int(min(remaining, len(stored)))]]
    counts = {"guidance passages": len(parts[0])}
    remaining -= len(parts[0])
    for name, texts in text_sources():
        if remaining <= 0:
            break
        texts = texts[: int(min(remaining, len(texts)))]
        slug = name.lower().replace(".", "").replace(" ", "-")
        parts.append(cached_vectors(f"ann-{slug}", texts, encode))
        counts[name] = len(texts)
        remaining -= len(texts)
    return np.ascontiguousarray(np.concatenate(parts), dtype=np.float32), counts


def drop_identical(vectors: np.ndarray) -> tuple[np.ndarray, int]:
    """Keep the first of each set of identical vectors (duplicate texts). Identical vectors tie,
    and which tied id an index returns is arbitrary: HNSW picking the other twin is the same
    answer, not a miss, but id-based recall would count it as one."""
    _, first = np.unique(vectors, axis=0, return_index=True)
    keep = np.sort(first)
    return vectors[keep], len(vectors) - len(keep)


def query_texts(n: int | None) -> list[str]:
    texts = [r["text"] for r in banking77()["test"]]
    if n and n < len(texts):
        # the test file is grouped by intent: a seeded sample spans the intents, a prefix not
        chosen = np.sort(np.random.default_rng(QUERY_SEED).choice(len(texts), n, replace=False))
        texts = [texts[i] for i in chosen]
    return texts


# --- measuring -------------------------------------------------------------------------------


def build(vectors: np.ndarray, kind: str, hnsw: dict[str, int]):
    """The index the product would make for ``kind``, filled; and the seconds adding took."""
    index, _, _ = make_faiss_index(
        vectors.shape[1],
        len(vectors),
        kind,
        hnsw_m=hnsw["hnsw_m"],
        ef_construction=hnsw["ef_construction"],
    )
    started = time.perf_counter()
    index.add(vectors)
    return index, time.perf_counter() - started


def serialized_bytes(index) -> int:
    import faiss

    return int(faiss.serialize_index(index).size)


def search_one_at_a_time(index, queries: np.ndarray, k: int) -> tuple[np.ndarray, list[float]]:
    """Top-k ids per query and each query's latency. One query per call, as a letter is
    searched; a batched call would spread its cost over the batch and hide per-query latency."""
    for i in range(min(WARM_UP_QUERIES, len(queries))):
        index.search(queries[i : i + 1], k)
    ids = np.empty((len(queries), k), dtype=np.int64)
    latencies = []
    for i in range(len(queries)):
        started = time.perf_counter()
        _, found = index.search(queries[i : i + 1], k)
        latencies.append(time.perf_counter() - started)
        ids[i] = found[0]
    return ids, latencies


def recall_at(k: int, exact: np.ndarray, approx: np.ndarray) -> float:
    """Fraction of the exact top-k ids found in the approximate top-k (-1 pads are not ids)."""
    found = wanted = 0
    for truth, got in zip(exact[:, :k], approx[:, :k]):
        truth_ids = set(truth.tolist()) - {-1}
        found += len(truth_ids & set(got.tolist()))
        wanted += len(truth_ids)
    return found / wanted if wanted else float("nan")


def measure(vectors: np.ndarray, queries: np.ndarray, hnsw: dict[str, int]) -> dict:
    k = max(KS)
    flat, flat_seconds = build(vectors, "flat", hnsw)
    exact, flat_latencies = search_one_at_a_time(flat, queries, k)
    p50, p95 = percentiles(flat_latencies)
    results = {
        "exact": {
            "build_s": flat_seconds,
            "bytes": serialized_bytes(flat),
            "p50_ms": p50,
            "p95_ms": p95,
        }
    }
    approx_index, hnsw_seconds = build(vectors, "hnsw", hnsw)
    results["hnsw"] = {
        "build_s": hnsw_seconds,
        "bytes": serialized_bytes(approx_index),
        "by_ef_search": [],
    }
    for ef in sorted({*EF_SEARCH_SWEEP, hnsw["ef_search"]}):
        # as GuidanceIndex.dense_search does: efSearch never below k
        approx_index.hnsw.efSearch = max(ef, k)
        approx, latencies = search_one_at_a_time(approx_index, queries, k)
        p50, p95 = percentiles(latencies)
        results["hnsw"]["by_ef_search"].append(
            {
                "ef_search": ef,
                "product_default": ef == hnsw["ef_search"],
                "p50_ms": p50,
                "p95_ms": p95,
                **{f"recall@{n}": recall_at(n, exact, approx) for n in KS},
            }
        )
    return results


# --- reporting -------------------------------------------------------------------------------


def table(results: dict, hnsw: dict[str, int]) -> str:
    recall_heads = " | ".join(f"recall@{k}" for k in KS)
    lines = [
        f"| index | efSearch | {recall_heads} | p50 ms/query | build s | size MB |",
        "| --- | --- |" + " ---: |" * (len(KS) + 3),
    ]
    exact = results["exact"]
    ones = " | ".join("1.000" for _ in KS)
    lines.append(
        f"| exact (IndexFlatIP) | - | {ones} | {exact['p50_ms']:.3f} | "
        f"{exact['build_s']:.2f} | {exact['bytes'] / 1e6:.2f} |"
    )
    name = f"HNSW (M={hnsw['hnsw_m']}, efConstruction={hnsw['ef_construction']})"
    approx = results["hnsw"]
    for row in approx["by_ef_search"]:
        ef = f"{row['ef_search']} (product default)" if row["product_default"] else row["ef_search"]
        recalls = " | ".join(f"{row[f'recall@{k}']:.3f}" for k in KS)
        lines.append(
            f"| {name} | {ef} | {recalls} | {row['p50_ms']:.3f} | "
            f"{approx['build_s']:.2f} | {approx['bytes'] / 1e6:.2f} |"
        )
    return "\n".join(lines)


def describe(
    counts: dict[str, int], dropped: int, n_vectors: int, n_queries: int, index: GuidanceIndex
) -> list[str]:
    import faiss

    product_kind = "HNSW" if n_vectors >= HNSW_THRESHOLD else "the exact flat index"
    parts = ", ".join(f"{n:,} {name}" for name, n in counts.items())
    model = (
        f"{index.manifest.get('embedding_model_name', 'the configured model')} "
        f"({index.manifest.get('embedding_backend', 'torch')})"
    )
    return [
        f"Machine: {os.cpu_count()} cores, {platform.machine()}, Python "
        f"{platform.python_version()}, faiss {faiss.__version__} "
        f"(OpenMP threads for building: {faiss.omp_get_max_threads()})",
        f"Corpus: {n_vectors:,} vectors ({parts}; {dropped} identical vectors dropped); "
        f"queries: {n_queries:,} BANKING77 test texts, searched one at a time",
        f"Vectors are real {model} embeddings of real public texts (the GOV.UK snippets are "
        "machine-written paraphrases of real GOV.UK pages), not random vectors.",
        f"At {n_vectors:,} vectors the product builds {product_kind} (HNSW from "
        f"{HNSW_THRESHOLD:,}); HNSW is built here regardless, to measure its recall.",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--limit",
        type=int,
        help="use only the first N corpus vectors (guidance passages first), for a quick smoke run",
    )
    parser.add_argument(
        "--queries",
        type=int,
        help="a seeded sample of N BANKING77 test queries instead of all 3,080",
    )
    args = parser.parse_args()
    if not SHARED_DATA.is_dir():
        print(
            f"no shared data sets at {SHARED_DATA}: this benchmark embeds real texts from "
            "../shared/data (banking77, cfpb, govuk)",
            file=sys.stderr,
        )
        sys.exit(2)

    index = demo_index()
    encode = make_encoder(index)
    hnsw = product_hnsw_params()
    try:
        vectors, counts = corpus_vectors(index, encode, args.limit)
        texts = query_texts(args.queries)
    except DatasetMissing as exc:
        print(f"missing shared data: {exc}", file=sys.stderr)
        sys.exit(2)
    vectors, dropped = drop_identical(vectors)
    queries = np.ascontiguousarray(
        cached_vectors("ann-banking77-test", texts, encode), dtype=np.float32
    )

    print(
        f"measuring flat vs HNSW on {len(vectors):,} vectors, {len(queries):,} queries...",
        file=sys.stderr,
        flush=True,
    )
    results = measure(vectors, queries, hnsw)
    header = describe(counts, dropped, len(vectors), len(queries), index)
    print("\n" + "\n".join(header) + "\n")
    print(table(results, hnsw))

    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(
        json.dumps(
            {
                "description": header,
                "vectors": len(vectors),
                "corpus": counts,
                "identical_dropped": dropped,
                "queries": len(queries),
                "limit": args.limit,
                "hnsw_threshold": HNSW_THRESHOLD,
                "hnsw_params": hnsw,
                "ks": list(KS),
                "machine": {
                    "cores": os.cpu_count(),
                    "arch": platform.machine(),
                    "python": platform.python_version(),
                },
                **results,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
