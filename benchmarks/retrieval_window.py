"""Guidance retrieval when the transformer reads less of a letter, or is not run at all.

    python -m benchmarks.retrieval_window [--long 300] [--tokens 256 128 64]

For each window (the first N tokens of a letter embedded by the int8 MiniLM, BM25 always on the
whole text, fused as the product fuses them) and for the static embedder in MiniLM's place:

* page recall@5 on the 1,293 GOV.UK snippets (short casual queries with a known page);
* on long real complaint narratives (no page is known for them): how many of the 5 hits the
  256-token retrieval returns are still returned (overlap@5) and whether the first hit is the
  same (top-1 agreement);
* CPU milliseconds a letter for the embedding (one thread).
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np

from benchmarks.throughput import workload
from contracts.settings import get_settings, set_model_environment
from evaluation.measure.retrieval import DEFAULT_SNIPPETS, load_snippets, page_metrics
from retrieval.embedder import build_embedder
from retrieval.guidance import embedding_text
from retrieval.index import GuidanceIndex
from retrieval.retriever import Retriever
from retrieval.static import StaticEmbedder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", type=int, default=300)
    parser.add_argument("--tokens", type=int, nargs="+", default=[256, 128, 96, 64])
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    set_model_environment()
    import faiss

    settings = get_settings()
    embedder = build_embedder(settings)
    embedder.threads = 1
    index = GuidanceIndex.load(settings.index_dir)
    retriever = Retriever(index, embedder, k=5, rrf_k=settings.rrf_k)
    snippets = load_snippets(DEFAULT_SNIPPETS)
    short = [s["text"] for s in snippets]
    long = [r["text"] for r in workload(args.long, long_share=1.0)["test"]]
    static = StaticEmbedder.from_settings(settings)
    static_index = faiss.IndexFlatIP(static.dimension)
    static_index.add(static.encode([embedding_text(p) for p in index.passages]))

    def fused(texts: list[str], vectors: np.ndarray, own_index=None) -> list[list]:
        if own_index is None:
            return retriever.search_many(texts, k=5, vectors=vectors)
        _, positions = own_index.search(vectors, retriever.candidates)
        lexical = retriever._lexical_rankings(texts, retriever.candidates)
        return [
            retriever._fuse([int(p) for p in row if p >= 0], lex, 5)
            for row, lex in zip(positions, lexical, strict=True)
        ]

    def timed(encode, texts):
        started = time.process_time()
        vectors = encode(texts)
        return vectors, 1000 * (time.process_time() - started) / len(texts)

    embedder.encode(["warm up"])
    reference = None
    rows = []
    variants = [(f"MiniLM int8, first {t} tokens", t) for t in args.tokens] + [
        ("static (model2vec from MiniLM), whole letter", None)
    ]
    for name, tokens in variants:
        if tokens is None:
            encode, own = static.encode, static_index
        else:

            def encode(texts, tokens=tokens):
                return embedder.encode_long(texts, max_tokens=tokens)

            own = None
        short_vectors, short_ms = timed(encode, short)
        long_vectors, long_ms = timed(encode, long)
        recall = page_metrics(fused(short, short_vectors, own), snippets)["recall@5"]
        hits = [
            [h.guidance_id + h.heading for h in found] for found in fused(long, long_vectors, own)
        ]
        if reference is None:
            reference = hits
        overlap = np.mean(
            [len(set(a) & set(b)) / max(len(b), 1) for a, b in zip(hits, reference, strict=True)]
        )
        top1 = np.mean(
            [bool(a and b and a[0] == b[0]) for a, b in zip(hits, reference, strict=True)]
        )
        rows.append((name, recall, overlap, top1, short_ms, long_ms))
        print(rows[-1], flush=True)
    print(
        f"\n{len(snippets)} GOV.UK snippets; {len(long)} long CFPB complaint narratives "
        f"(not redacted here: the complaints come with names already masked)\n"
    )
    print(
        "| dense view | snippet page recall@5 | long letters: overlap@5 with 256 tokens | "
        "top-1 agreement | CPU ms a snippet | CPU ms a long letter |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, recall, overlap, top1, short_ms, long_ms in rows:
        print(
            f"| {name} | {recall:.3f} | {overlap:.3f} | {top1:.3f} | {short_ms:.2f} | "
            f"{long_ms:.2f} |"
        )


if __name__ == "__main__":
    main()
