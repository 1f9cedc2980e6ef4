"""CPU each stage needs per letter, long complaint narratives and short queries apart.

One process, one thread, nothing overlapped: ``time.process_time`` around each stage over the
same letters, so the figures are CPU seconds (what two cores have to share), not wall time on a
busy machine. Used to decide which lever can buy what (benchmarks/README.md, "budget").

    python -m benchmarks.stage_budget [--long 200] [--short 100]
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np

from benchmarks.throughput import Stock, workload
from contracts.models import Letter
from contracts.settings import get_settings, set_model_environment
from redaction.normalise import normalise
from redaction.redactor import build_redactor
from retrieval.embedder import build_embedder
from retrieval.static import StaticEmbedder


def cpu(fn, *args):
    started = time.process_time()
    out = fn(*args)
    return out, time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--long", type=int, default=200)
    parser.add_argument("--short", type=int, default=100)
    args = parser.parse_args()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    set_model_environment()

    data = workload(args.long + args.short, long_share=args.long / (args.long + args.short))
    groups = {
        "long": [r for r in data["test"] if r["id"].startswith("cfpb")],
        "short": [r for r in data["test"] if not r["id"].startswith("cfpb")],
    }
    settings = get_settings()
    redactor = build_redactor(settings).load()
    embedder = build_embedder(settings)
    embedder.threads = 1
    embedder.model  # noqa: B018
    nlp = redactor.analyzer.nlp_engine.nlp["en"]
    print(f"spaCy components run: {nlp.pipe_names}")

    stock = Stock(settings, [])  # its models only: nothing to train
    static = None
    try:
        static = StaticEmbedder.from_settings(settings)
        static.encode(["warm up"])
    except Exception as exc:
        print(f"(no static embedder: {exc})")
    rows = []
    for name, letters in groups.items():
        if not letters:
            continue
        texts = [r["text"] for r in letters]
        chars = np.mean([len(t) for t in texts])
        normalised, t_norm = cpu(lambda: [normalise(t).text for t in texts])
        _, t_spacy = cpu(lambda: list(nlp.pipe(normalised, batch_size=64)))
        redacted, t_redact = cpu(
            lambda: list(
                redactor.redact_many(
                    (Letter(id=r["id"], text=r["text"]) for r in letters), batch_size=64
                )
            )
        )
        red = [r.redacted_text for r in redacted]
        model = embedder.model
        timings = {}
        for tokens in (256, 128, 64):
            model.max_seq_length = tokens
            _, timings[tokens] = cpu(embedder.encode, red)
        model.max_seq_length = 256
        t_static = cpu(static.encode, red)[1] if static is not None else float("nan")
        _, t_stock_redact = cpu(lambda: [stock.redact(t) for t in texts])
        _, t_stock_embed = cpu(lambda: [stock.embeddings.embed_query(t) for t in red])
        n = len(texts)
        rows.append(
            (
                name,
                n,
                chars,
                *(
                    1000 * x / n
                    for x in (
                        t_norm,
                        t_spacy,
                        t_redact,
                        timings[256],
                        timings[128],
                        timings[64],
                        t_static,
                        t_stock_redact,
                        t_stock_embed,
                    )
                ),
            )
        )
    print(
        "\n| letters | n | mean chars | normalise | spaCy NER (pipe) | redaction all | "
        "MiniLM int8 256 tok | 128 tok | 64 tok | static | stock: Presidio analyze | "
        "stock: torch MiniLM |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, n, chars, *ms in rows:
        print(f"| {name} | {n} | {chars:.0f} | " + " | ".join(f"{m:.2f}" for m in ms) + " |")
    print("(CPU ms per letter, one thread)")


if __name__ == "__main__":
    main()
