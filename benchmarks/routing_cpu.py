"""CPU of the hybrid router per letter, by part, in the main process of `casework triage`.

The router is the one `casework train` makes, trained on the throughput benchmark's training
cases (:func:`benchmarks.throughput.build_ours`); the letters are the first ``--letters`` CFPB
complaints of its test letters (long real narratives), redacted and embedded once beforehand.
Each part is timed in CPU time (``time.process_time``: this process's own work, whatever else
runs on the machine) in batches of ``--batch-size`` as the pipeline routes them, the parts in
turn, ``--repeats`` times; the median of the repeats is shown, in ms a letter:

    word      TF-IDF word 1-2-grams (transform)
    char      TF-IDF character 2-5-grams within words: scikit-learn's transform
    char/word the same matrix, each distinct word of the batch cut once (the router's way since
              2026-11-30, :func:`triage.hybrid.char_wb_transform`)
    join      the two blocks joined and scaled
    svm       the linear SVM's margins
    dense     the logistic regression on the letter vector
    meta      the meta model, temperature and confidence map (predict minus svm and dense)
    novelty   nearest known case: dense (FAISS) and TF-IDF cosine to every training letter
    route     Router.route_many on the same batch, everything included
    route/skl the same with scikit-learn's character transform (the router before)

Run:  python -m benchmarks.routing_cpu [--letters 300] [--repeats 3]
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks import throughput
from contracts.models import Letter
from contracts.settings import get_settings
from pipeline.factory import ROUTER_DIR, teams_path_for
from triage import hybrid
from triage.router import Router
from triage.teams import load_teams

PARTS = (
    "word",
    "char",
    "char/word",
    "join",
    "svm",
    "dense",
    "meta",
    "novelty",
    "route",
    "route/skl",
)


def cpu_ms_per_letter(work: Callable[[list[int]], object], batches: list[list[int]]) -> float:
    letters = sum(len(b) for b in batches)
    started = time.process_time()
    for batch in batches:
        work(batch)
    return (time.process_time() - started) * 1000 / letters


def setup(letters: int, batch_size: int, cache: Path):
    throughput.CACHE = cache
    data = throughput.workload(1000)
    router_dir = throughput.saved_router_dir(data)
    pipeline = throughput.build_ours(data, batch_size, router_dir)
    rows = [r for r in data["test"] if r["team"].startswith("cfpb:")][:letters]
    redacted = [
        r.redacted_text
        for r in pipeline.redact_many((Letter(id=r["id"], text=r["text"]) for r in rows), 64)
    ]
    vectors = pipeline.training_vectors(redacted)
    # its own copy of the saved router, loaded as the pipeline loads it: a service times the
    # router's parts without reaching into the pipeline's stages (tests/test_architecture.py)
    router = Router.load(
        router_dir / ROUTER_DIR, load_teams(teams_path_for(router_dir, get_settings()))
    )
    return router, redacted, vectors


def parts(router, texts: list[str], vectors) -> dict[str, Callable[[list[int]], object]]:
    classifier = router.classifier_
    features = classifier.text_features_

    def texts_of(batch):
        return [texts[i] for i in batch]

    def meta(batch):
        S = classifier.transform_text(texts_of(batch))
        return classifier.predict_with_confidence(vectors[batch], S=S)

    def route_with_sklearn_char(batch):
        fast = hybrid.char_wb_transform
        hybrid.char_wb_transform = lambda vectorizer, texts: vectorizer.transform(texts)
        try:
            return router.route_many(vectors[batch], None, texts=texts_of(batch))
        finally:
            hybrid.char_wb_transform = fast

    return {
        "word": lambda b: features.word_.transform(texts_of(b)),
        "char": lambda b: features.char_.transform(texts_of(b)),
        "char/word": lambda b: hybrid.char_wb_transform(features.char_, texts_of(b)),
        "transform": lambda b: features.transform(texts_of(b)),
        "svm": lambda b: classifier.sparse_.decision_function(features.transform(texts_of(b))),
        "dense": lambda b: classifier.dense_.predict_proba(vectors[b]),
        "predict": meta,
        "novelty": lambda b: router._novelty_problems(
            vectors[b], classifier.transform_text(texts_of(b))
        ),
        "route": lambda b: router.route_many(vectors[b], None, texts=texts_of(b)),
        "route/skl": route_with_sklearn_char,
    }


def measure(router, texts, vectors, batch_size: int, repeats: int) -> dict[str, float]:
    batches = [
        list(range(i, min(i + batch_size, len(texts)))) for i in range(0, len(texts), batch_size)
    ]
    work = parts(router, texts, vectors)
    runs: dict[str, list[float]] = {name: [] for name in work}
    for _ in range(repeats):
        for name, fn in work.items():
            runs[name].append(cpu_ms_per_letter(fn, batches))
    raw = {name: statistics.median(values) for name, values in runs.items()}
    transform = raw["transform"]
    return {
        "word": raw["word"],
        "char": raw["char"],
        "char/word": raw["char/word"],
        "join": max(transform - raw["word"] - raw["char/word"], 0.0),
        "svm": max(raw["svm"] - transform, 0.0),
        "dense": raw["dense"],
        "meta": max(raw["predict"] - raw["svm"] - raw["dense"], 0.0),
        "novelty": max(raw["novelty"] - transform, 0.0),
        "route": raw["route"],
        "route/skl": raw["route/skl"],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=300)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=throughput.CACHE)
    args = parser.parse_args()
    router, texts, vectors = setup(args.letters, args.batch_size, args.cache)
    figures = measure(router, texts, vectors, args.batch_size, args.repeats)
    mean_chars = sum(map(len, texts)) / len(texts)
    print(
        f"\n{len(texts)} CFPB complaints of the throughput test letters (redacted, mean "
        f"{mean_chars:,.0f} characters), batches of {args.batch_size}, median of "
        f"{args.repeats}; CPU ms a letter\n"
    )
    print("| " + " | ".join(PARTS) + " |")
    print("| " + " | ".join("---:" for _ in PARTS) + " |")
    print("| " + " | ".join(f"{figures[p]:.2f}" for p in PARTS) + " |")


if __name__ == "__main__":
    main()
