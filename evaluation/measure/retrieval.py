"""Measure guidance retrieval on the shared dev snippets: snippet -> page.

    casework measure retrieval [--guidance PATH] [--snippets PATH] [--max-words N] [--json OUT]

Each of the 1,293 snippets in ``shared/data/govuk/snippets_dev.jsonl`` restates part of one
GOV.UK page; a query succeeds at k when a passage of that page is among the first k hits.
Reported for dense only, BM25 only and the fused retriever (also fused without its cap of 2
passages a page, and with a cap of 1): recall@1/@5/@10, MRR (over the first 10 hits) and how
many distinct pages the first 5 hits cover. Each on all snippets and on the held-out half (the
snippets whose CRC32 is odd; only the even half was looked at while choosing chunk size,
embedded text and fusion settings). The snippets are machine-written paraphrases of the pages,
i.e. synthetic queries over a real corpus: they share more wording with the guidance than a
citizen's letter does, which flatters BM25 - so the fusion weights were left at 1:1 rather
than tuned towards BM25 on this set.

Also reported: index build time (chunk + embed + FAISS + BM25) and search throughput, both
end to end (embedding included) and with the query vectors already computed.
"""

from __future__ import annotations

import json
import sys
import time
import zlib
from collections.abc import Sequence
from pathlib import Path

from contracts.progress import progress
from contracts.settings import PROJECT_ROOT, get_settings
from retrieval.documents import load_guidance
from retrieval.embedder import build_embedder
from retrieval.guidance import DEFAULT_MAX_WORDS, chunk_guidance
from retrieval.index import GuidanceIndex
from retrieval.retriever import Retriever

DEFAULT_SNIPPETS = PROJECT_ROOT.parent / "shared" / "data" / "govuk" / "snippets_dev.jsonl"
KS = (1, 5, 10)


def load_snippets(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def held_out(snippet: dict) -> bool:
    return zlib.crc32(snippet["text"].encode("utf-8")) % 2 == 1


def page_metrics(results: Sequence[Sequence], snippets: Sequence[dict]) -> dict[str, float]:
    """recall@k: the snippet's page is among the first k hits; MRR over the first 10 hits."""
    found = dict.fromkeys(KS, 0)
    reciprocal = 0.0
    for hits, snippet in zip(results, snippets, strict=True):
        pages = [h.guidance_id for h in hits[: max(KS)]]
        if snippet["page_id"] in pages:
            rank = pages.index(snippet["page_id"]) + 1
            reciprocal += 1 / rank
            for k in KS:
                found[k] += rank <= k
    n = max(len(snippets), 1)
    return {**{f"recall@{k}": found[k] / n for k in KS}, "mrr": reciprocal / n}


def batched_search(
    retriever, texts: Sequence[str], vectors, desc: str, batch_size: int = 64
) -> list:
    results = []
    for start in progress(range(0, len(texts), batch_size), desc=desc, unit="batch", leave=False):
        stop = start + batch_size
        results.extend(
            retriever.search_many(
                texts[start:stop],
                k=max(KS),
                vectors=None if vectors is None else vectors[start:stop],
            )
        )
    return results


def measure_retrieval(
    *,
    guidance: Path | None = None,
    snippets: Path = DEFAULT_SNIPPETS,
    max_words: int | None = None,
    json_out: Path | None = None,
) -> dict | None:
    """Print the table and return the numbers (None when the snippets file is missing)."""
    settings = get_settings()
    guidance = guidance or settings.demo_guidance

    if not snippets.is_file():
        print(f"snippets not found: {snippets} (see ../shared/README.md)", file=sys.stderr)
        return None
    snippet_rows = load_snippets(snippets)
    embedder = build_embedder(settings)
    embedder.encode(["warm up"])  # model load is not build time

    started = time.perf_counter()
    docs = load_guidance(guidance)
    passages = chunk_guidance(docs, max_words=max_words or DEFAULT_MAX_WORDS)
    index = GuidanceIndex.build(passages, embedder, show_progress=True)
    build_seconds = time.perf_counter() - started

    fused = Retriever(index, embedder, k=settings.search_k, rrf_k=settings.rrf_k)
    variants = {
        "dense": Retriever(
            index, embedder, rrf_k=settings.rrf_k, lexical_weight=0.0, check_embedder=False
        ),
        "bm25": Retriever(
            index, embedder, rrf_k=settings.rrf_k, dense_weight=0.0, check_embedder=False
        ),
        "fused": fused,
        "fused, no page cap": Retriever(
            index, embedder, rrf_k=settings.rrf_k, max_per_page=None, check_embedder=False
        ),
        "fused, 1 passage a page": Retriever(
            index, embedder, rrf_k=settings.rrf_k, max_per_page=1, check_embedder=False
        ),
    }
    texts = [s["text"] for s in snippet_rows]

    # Throughput, end to end: embed (encode_long) + FAISS + BM25 + fusion, batches of 64.
    started = time.perf_counter()
    fused_results = batched_search(fused, texts, None, "search (end to end)")
    end_to_end = len(texts) / (time.perf_counter() - started)
    vectors = embedder.encode_long(texts)

    rows: dict[str, dict] = {}
    distinct: dict[str, float] = {}
    search_only = 0.0
    for name, retriever in variants.items():
        started = time.perf_counter()
        results = batched_search(retriever, texts, vectors, name)
        if name == "fused":
            search_only = len(texts) / (time.perf_counter() - started)
            assert results == fused_results  # passing vectors changes nothing but speed
        distinct[name] = sum(len({h.guidance_id for h in hits[:5]}) for hits in results) / len(
            results
        )
        rows[name] = {
            "all": page_metrics(results, snippet_rows),
            "held-out": page_metrics(
                [r for r, s in zip(results, snippet_rows) if held_out(s)],
                [s for s in snippet_rows if held_out(s)],
            ),
        }

    n_held = sum(held_out(s) for s in snippet_rows)
    print(
        f"\nGuidance: {len(docs)} pages -> {len(passages)} passages "
        f"(max {max_words or DEFAULT_MAX_WORDS} words), index {index.index_type}, "
        f"model {index.manifest['embedding_model_name']}"
    )
    print(
        f"Snippets: {len(snippet_rows)} (held-out half: {n_held}); k={max(KS)} hits per query; "
        f"rrf_k={settings.rrf_k}\n"
    )
    print("| method | set | recall@1 | recall@5 | recall@10 | MRR | pages in 5 hits |")
    print("| --- | --- | --- | --- | --- | --- | --- |")
    for name, sets in rows.items():
        for set_name, m in sets.items():
            print(
                f"| {name} | {set_name} | {m['recall@1']:.3f} | {m['recall@5']:.3f} | "
                f"{m['recall@10']:.3f} | {m['mrr']:.3f} | {distinct[name]:.2f} |"
            )
    print(
        f"\nIndex build (chunk + embed + FAISS + BM25): {build_seconds:.1f} s "
        f"({len(passages) / build_seconds:.0f} passages/s)"
    )
    print(f"Search, end to end (embedding included): {end_to_end:.0f} queries/s")
    print(f"Search with precomputed vectors (FAISS + BM25 + fusion): {search_only:.0f} queries/s")

    out = {
        "pages": len(docs),
        "passages": len(passages),
        "snippets": len(snippet_rows),
        "build_seconds": build_seconds,
        "queries_per_second_end_to_end": end_to_end,
        "queries_per_second_precomputed_vectors": search_only,
        "results": rows,
        "distinct_pages_in_5_hits": distinct,
        "manifest": {k: v for k, v in index.manifest.items() if k != "embedding_probe"},
    }
    if json_out:
        json_out.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    return out
