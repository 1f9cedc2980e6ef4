"""Throughput benchmark: the stock pipeline a team would assemble in a week versus ours.

Same 1,000 letters (real CFPB complaint narratives + GOV.UK snippets from ../shared/data), same
models, same training data, same guidance passages, same drafting step. Each variant runs in its
own process so peak RSS is its own. Prints one table with ratios ours/stock.

    stock: Presidio AnalyzerEngine.analyze one letter at a time (default recognizers),
           LangChain HuggingFaceEmbeddings, LangChain FAISS.similarity_search_with_score,
           scikit-learn LogisticRegression on the embeddings
    ours:  pipeline.core.Pipeline (two worker processes each redacting a batch through
           nlp.pipe with UK recognizers and embedding it with int8 ONNX MiniLM, while the main
           process runs FAISS + BM25 fusion, the calibrated router with abstention and drafting),
           configured by the same settings as `casework triage`

Run:  python -m benchmarks.throughput [--letters 1000] [--single 100]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import platform
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import numpy as np

from benchmarks.streaming_memory import tree_memory, tree_peak_rss_mb
from contracts.models import GuidanceHit, Letter, RedactedLetter, Routing
from contracts.settings import get_settings, set_model_environment
from evaluation.datasets import cfpb_rows, govuk_org_split, govuk_snippets
from evaluation.stock_presidio import build_stock_analyzer
from pipeline.core import Pipeline, StageTimer
from pipeline.factory import ROUTER_DIR, build_pipeline, teams_path_for
from pipeline.training import save_router, train_router
from prompts.drafter import TemplateDrafter
from retrieval.index import GuidanceIndex
from triage.teams import Teams

STAGES = ("redaction", "embedding", "search", "routing", "drafting")
CACHE = Path("var/bench/cache")
#: Share of long real complaint narratives in the workload (the issue's hidden set: 83%).
LONG_SHARE = 0.83


def workload(n_letters: int, long_share: float = LONG_SHARE, train: int = 0) -> dict:
    """Test letters and training cases, labelled with a team each; fixed, seeded splits.

    ``long_share`` of the test letters are real CFPB complaint narratives (long: median about
    800 characters, a tenth over 2,400), the rest short GOV.UK-style queries, shuffled together.
    The complaints are split in half (stratified by issue, seed 0) so that 80%+ of 1,000 letters
    can be long while none of them was trained on; the GOV.UK snippets keep the evaluation's
    split by page. ``train``: at most this many training cases (0: all), kept in the same
    proportion, for the short smoke run.
    """
    from sklearn.model_selection import train_test_split

    rows = cfpb_rows()
    cfpb_train, cfpb_test = train_test_split(
        rows, test_size=0.5, random_state=0, stratify=[r["team"] for r in rows]
    )
    seen = {r["text"] for r in cfpb_train}  # a complaint sent twice is not a test letter
    cfpb_test = [r for r in cfpb_test if r["text"] not in seen]
    snippets = govuk_org_split(govuk_snippets()["all"])

    def tag(rows, prefix):
        return [{"id": r["id"], "text": r["text"], "team": f"{prefix}:{r['team']}"} for r in rows]

    rng = np.random.default_rng(0)

    def pick(rows: list[dict], n: int) -> list[dict]:
        rows = sorted(rows, key=lambda r: r["id"])
        return [
            rows[i] for i in sorted(rng.choice(len(rows), size=min(n, len(rows)), replace=False))
        ]

    n_long = round(n_letters * long_share)
    test = pick(tag(cfpb_test, "cfpb"), n_long) + pick(
        tag(snippets["test"], "govuk"), n_letters - n_long
    )
    test = [test[i] for i in rng.permutation(len(test))]
    training = tag(cfpb_train, "cfpb") + tag(snippets["train"], "govuk")
    if train and train < len(training):
        training = pick(training, train)
    return {"test": test, "train": training}


def demo_index():
    """The index `make index` built (both variants search the same passage vectors)."""

    index_dir = Path(get_settings().index_dir)
    if not (index_dir / "manifest.json").is_file():
        sys.exit(f"no index at {index_dir}: run `make index` first")
    return GuidanceIndex.load(index_dir)


def cached_vectors(name: str, texts: list[str], encode) -> np.ndarray:
    """Training-set embeddings, cached between runs: set-up cost, not what is measured."""
    key = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"{name}-{key}.npy"
    if path.is_file():
        return np.load(path)
    vectors = np.asarray(encode(texts), dtype=np.float32)
    CACHE.mkdir(parents=True, exist_ok=True)
    np.save(path, vectors)
    return vectors


def tree_peak_mb() -> float:
    """Peak memory of this process plus its live children: ours prepares batches in worker
    processes, whose memory counts too."""
    return tree_peak_rss_mb(os.getpid())


def tree_pss_mb() -> float:
    """Proportional set size summed over this process and its live children: a page they share
    counts once (a summed RSS counts it in every process that maps it)."""
    sums = tree_memory(os.getpid())
    return sums["pss"] if sums else 0.0


class PeakPss:
    """The largest summed PSS of this process and its children while the block runs, sampled
    every ``every`` seconds on a thread (PSS has no kernel-kept peak like VmHWM)."""

    def __init__(self, every: float = 0.25) -> None:
        self.every = every
        self.peak = 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, name="pss-sampler", daemon=True)

    def _sample(self) -> None:
        while True:
            self.peak = max(self.peak, tree_pss_mb())
            if self._stop.wait(self.every):
                return

    def __enter__(self) -> PeakPss:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, tree_pss_mb())


def percentiles(latencies: list[float]) -> tuple[float, float]:
    return (float(np.percentile(latencies, 50) * 1000), float(np.percentile(latencies, 95) * 1000))


# --- the stock pipeline ----------------------------------------------------------------------


class Stock:
    def __init__(self, settings, train: list[dict]) -> None:
        from langchain_community.vectorstores import FAISS
        from langchain_huggingface import HuggingFaceEmbeddings
        from sklearn.linear_model import LogisticRegression

        # en_core_web_sm as shipped, whatever model the redactor is set to use
        self.analyzer = build_stock_analyzer()
        self.embeddings = HuggingFaceEmbeddings(
            model_name=settings.embedding_model,
            model_kwargs={"device": "cpu"},
            encode_kwargs={"normalize_embeddings": True},
        )
        index = demo_index()
        chunks = index.passages
        stored = index.faiss_index.reconstruct_n(0, index.faiss_index.ntotal)
        self.store = FAISS.from_embeddings(
            list(zip([f"{p.title}\n{p.heading}\n{p.text}" for p in chunks], stored.tolist())),
            self.embeddings,
            metadatas=[{"i": i} for i in range(len(chunks))],
        )
        self.passages = chunks
        self.classifier = None
        if train:
            vectors = cached_vectors(
                "stock-train",
                [r["text"] for r in train],
                lambda texts: self.embeddings.embed_documents([self.redact(t) for t in texts]),
            )
            self.classifier = LogisticRegression(max_iter=1000, C=10.0).fit(
                vectors, [r["team"] for r in train]
            )
        self.drafter = TemplateDrafter()

    def redact(self, text: str) -> str:
        results = self.analyzer.analyze(text=text, language="en")
        for result in sorted(results, key=lambda r: r.start, reverse=True):
            text = text[: result.start] + f"<{result.entity_type}>" + text[result.end :]
        return text

    def triage(self, letter: dict, timer) -> str:
        with timer("redaction"):
            text = self.redact(letter["text"])
        with timer("embedding"):
            vector = self.embeddings.embed_query(text)
        with timer("search"):
            found = self.store.similarity_search_with_score_by_vector(vector, k=5)
        with timer("routing"):
            probabilities = self.classifier.predict_proba([vector])[0]
            best = int(np.argmax(probabilities))
            team = str(self.classifier.classes_[best])
        with timer("drafting"):
            hits = []
            for document, score in found:
                p = self.passages[document.metadata["i"]]
                hits.append(
                    GuidanceHit(
                        guidance_id=p.guidance_id,
                        title=p.title,
                        url=p.url,
                        heading=p.heading,
                        passage=p.text,
                        score=float(score),
                    )
                )
            self.drafter.draft(
                RedactedLetter(id=letter["id"], redacted_text=text),
                Routing(team=team, confidence=float(probabilities[best]), abstained=False),
                hits,
            )
        return team


def run_stock(data: dict, single: int) -> dict:

    stock = Stock(get_settings(), data["train"])
    timer = StageTimer()
    latencies, predicted = [], []
    started = time.perf_counter()
    with PeakPss() as pss:
        for letter in data["test"]:
            t0 = time.perf_counter()
            predicted.append(stock.triage(letter, timer))
            latencies.append(time.perf_counter() - t0)
    elapsed = time.perf_counter() - started
    gold = [r["team"] for r in data["test"]]
    p50, p95 = percentiles(latencies[:single] if single else latencies)
    return {
        "letters": len(gold),
        "seconds": elapsed,
        "letters_per_s": len(gold) / elapsed,
        "p50_ms": p50,
        "p95_ms": p95,
        "stages": dict(timer.seconds),
        "peak_rss_mb": tree_peak_mb(),
        "batch_peak_rss_mb": tree_peak_mb(),  # one process: the batch loop times its letters
        "batch_end_pss_mb": tree_pss_mb(),
        "batch_peak_pss_mb": pss.peak,
        "accuracy": float(np.mean([p == g for p, g in zip(predicted, gold)])),
        "coverage": 1.0,
        "selective_accuracy": float(np.mean([p == g for p, g in zip(predicted, gold)])),
    }


# --- ours ------------------------------------------------------------------------------------


def cached_texts(name: str, texts: list[str], transform) -> list[str]:
    """Training-set texts after ``transform`` (redaction), cached between runs like vectors."""
    key = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]
    path = CACHE / f"{name}-{key}.json"
    if path.is_file():
        return json.loads(path.read_text())
    out = list(transform(texts))
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(out))
    return out


def train_and_save(
    redacted: list[str],
    labels: list[str],
    vectors: np.ndarray,
    threshold: float,
    embedding_model: str | None,
    directory: str,
    use_text: bool = True,
) -> None:
    """`casework train`'s part: fit the router and save it (run in its own process)."""
    router = train_router(
        None,
        redacted if use_text else [],
        labels,
        teams=Teams.from_names(sorted(set(labels))),
        threshold=threshold,
        vectors=vectors,
        embedding_model=embedding_model,
        use_text=use_text,
    )
    save_router(router, Path(directory) / ROUTER_DIR)


def saved_router_dir(data: dict) -> Path:
    """Where a run that reuses its router keeps it: keyed by the training cases (benchmarks
    that measure something other than training train it once: worker_memory, routing_cpu)."""
    rows = "\x00".join(f"{r['team']}\x01{r['text']}" for r in data["train"])
    return CACHE / f"router-hybrid-{hashlib.sha256(rows.encode()).hexdigest()[:16]}"


def build_ours(data: dict, batch_size: int, router_dir: Path, router: str = "hybrid") -> Pipeline:
    """The product's pipeline over the demo index, with the router `casework train` makes from
    the training cases: the hybrid (TF-IDF over the whole redacted letter beside the dense view
    the settings choose), fitted and saved in a process of its own and loaded here, as
    `casework triage` loads it (so training's memory is not counted as triage's).
    ``router="dense"``: the dense view alone, what this benchmark trained before issue 16's
    second round (no TF-IDF work when routing, 2.2 points lower top-1 accuracy)."""
    settings = get_settings()
    index_dir = Path(settings.index_dir)
    if not (index_dir / "manifest.json").is_file():
        sys.exit(f"no index at {index_dir}: run `make index` first")
    pipeline = build_pipeline(settings, index_dir, batch_size=batch_size)
    labels = [r["team"] for r in data["train"]]
    texts = [r["text"] for r in data["train"]]

    def redact(texts: list[str]) -> list[str]:
        letters = (Letter(id=str(i), text=t) for i, t in enumerate(texts))
        return [r.redacted_text for r in pipeline.redact_many(letters, 64)]

    redacted = cached_texts("ours-train-redacted", texts, redact)
    vectors = cached_vectors(
        f"ours-train-{settings.routing_vectors}", redacted, pipeline.training_vectors
    )
    embedding_model = pipeline.training_embedding_model
    saved = router_dir / ROUTER_DIR / "router.joblib"
    if saved.is_file():  # trained by an earlier run on these cases (benchmarks.worker_memory)
        pipeline.load_router(router_dir / ROUTER_DIR, teams_path_for(router_dir, settings))
        return pipeline
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as trainer:
        trainer.submit(
            train_and_save,
            redacted,
            labels,
            vectors,
            settings.abstain_threshold,
            embedding_model,
            str(router_dir),
            router == "hybrid",
        ).result()
    pipeline.load_router(router_dir / ROUTER_DIR, teams_path_for(router_dir, settings))
    return pipeline


def _letter(row: dict):
    return Letter(id=row["id"], text=row["text"])


def run_ours(data: dict, single: int, batch_size: int, router: str = "hybrid") -> dict:
    with tempfile.TemporaryDirectory() as router_dir:
        pipeline = build_ours(data, batch_size, Path(router_dir), router)
    with PeakPss() as pss:  # the workers' start-up and the batch run, as `casework triage`
        # warm-up: lazy model loads and the workers' start-up stay out of the timing
        list(pipeline.run(_letter(r) for r in data["test"][: 2 * batch_size]))
        pipeline.timer.seconds.clear()
        started = time.perf_counter()
        results = list(pipeline.run(_letter(r) for r in data["test"]))
        elapsed = time.perf_counter() - started
    stages = dict(pipeline.timer.seconds)
    # before the letters timed one at a time, which load the redactor (spaCy) in this process
    # too, as the review API does; `casework triage` never does
    batch_peak = tree_peak_mb()
    batch_pss = tree_pss_mb()  # the workers are still alive
    latencies = []
    for row in data["test"][:single]:
        t0 = time.perf_counter()
        pipeline.triage_one(_letter(row))
        latencies.append(time.perf_counter() - t0)
    p50, p95 = percentiles(latencies)
    gold = [r["team"] for r in data["test"]]
    top = [r.candidates[0].team if r.candidates else None for r in results]
    kept = [(r.team, g) for r, g in zip(results, gold) if not r.abstained]
    peak = tree_peak_mb()  # while the workers are still alive
    pipeline.close()
    return {
        "letters": len(gold),
        "seconds": elapsed,
        "letters_per_s": len(gold) / elapsed,
        "p50_ms": p50,
        "p95_ms": p95,
        "stages": stages,
        "peak_rss_mb": peak,
        "batch_peak_rss_mb": batch_peak,
        "batch_end_pss_mb": batch_pss,
        "batch_peak_pss_mb": pss.peak,
        "accuracy": float(np.mean([p == g for p, g in zip(top, gold)])),
        "coverage": len(kept) / len(gold),
        "selective_accuracy": float(np.mean([p == g for p, g in kept])) if kept else 0.0,
    }


# --- driver ----------------------------------------------------------------------------------


def child(variant: str, args: argparse.Namespace) -> None:
    global CACHE
    CACHE = args.cache
    letters, single, batch_size = args.letters, args.single, args.batch_size
    data = workload(letters, args.long_share, args.train)
    result = (
        run_stock(data, single)
        if variant == "stock"
        else run_ours(data, single, batch_size, args.router)
    )
    args.out.write_text(json.dumps(result))


def table(stock: dict, ours: dict) -> str:
    rows = [
        ("letters/s", "letters_per_s", "{:.1f}", True),
        ("p50 latency, one letter (ms)", "p50_ms", "{:.0f}", False),
        ("p95 latency, one letter (ms)", "p95_ms", "{:.0f}", False),
        ("peak RSS, all its processes (MB)", "peak_rss_mb", "{:.0f}", False),
        ("... before the one-letter timings (MB)", "batch_peak_rss_mb", "{:.0f}", False),
        # PSS beside the RSS sums: a page several processes share counts once, not once each
        (
            "peak PSS, all its processes, in the batch run (MB, sampled)",
            "batch_peak_pss_mb",
            "{:.0f}",
            False,
        ),
        (
            "PSS, all its processes, at the end of the batch run (MB)",
            "batch_end_pss_mb",
            "{:.0f}",
            False,
        ),
        ("routing accuracy (top team, all letters)", "accuracy", "{:.3f}", True),
        ("coverage (not sent to human triage)", "coverage", "{:.3f}", True),
        ("accuracy of the routed letters", "selective_accuracy", "{:.3f}", True),
    ]
    lines = ["| measure | stock | ours | ours/stock |", "| --- | ---: | ---: | ---: |"]
    for label, key, fmt, _ in rows:
        ratio = ours[key] / stock[key] if stock[key] else float("nan")
        lines.append(
            f"| {label} | {fmt.format(stock[key])} | {fmt.format(ours[key])} | {ratio:.2f} |"
        )
    for stage in STAGES:
        s, o = stock["stages"].get(stage, 0.0), ours["stages"].get(stage, 0.0)
        ratio = f"{o / s:.2f}" if s else "-"
        lines.append(f"| time in {stage} (s, all letters) | {s:.1f} | {o:.1f} | {ratio} |")
    return "\n".join(lines)


def main() -> None:
    set_model_environment()  # the stock pipeline loads its models itself
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument(
        "--single",
        type=int,
        default=100,
        help="letters timed one at a time for the latency percentiles",
    )
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument(
        "--long-share",
        type=float,
        default=LONG_SHARE,
        help="share of long real complaint narratives among the letters",
    )
    parser.add_argument(
        "--train",
        type=int,
        default=0,
        help="at most this many training cases (0: all; the smoke run uses few)",
    )
    parser.add_argument(
        "--cache",
        type=Path,
        default=CACHE,
        help="where training-set embeddings are cached between runs",
    )
    parser.add_argument(
        "--repeats",
        type=int,
        default=1,
        help="alternating runs of both variants (the median run is shown)",
    )
    parser.add_argument(
        "--json",
        type=Path,
        default=Path("var/bench/throughput.json"),
        help="where every run's figures are written",
    )
    parser.add_argument(
        "--router",
        choices=["hybrid", "dense"],
        default="hybrid",
        help="ours: the hybrid router `casework train` makes (default), or the dense view "
        "alone (what this benchmark trained before 2026-11-30 evening)",
    )
    parser.add_argument("--variant", choices=["stock", "ours"], help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        child(args.variant, args)
        return
    runs: dict[str, list[dict]] = {"stock": [], "ours": []}
    with tempfile.TemporaryDirectory() as tmp:
        for repeat in range(args.repeats):  # alternating, so both see the same machine
            for variant in ("stock", "ours"):
                out = Path(tmp) / f"{variant}-{repeat}.json"
                print(
                    f"running {variant} on {args.letters} letters (run {repeat + 1} of "
                    f"{args.repeats})...",
                    file=sys.stderr,
                    flush=True,
                )
                subprocess.run(
                    [
                        sys.executable,
                        "-m",
                        "benchmarks.throughput",
                        "--variant",
                        variant,
                        "--letters",
                        str(args.letters),
                        "--single",
                        str(args.single),
                        "--batch-size",
                        str(args.batch_size),
                        "--long-share",
                        str(args.long_share),
                        "--train",
                        str(args.train),
                        "--cache",
                        str(args.cache),
                        "--router",
                        args.router,
                        "--out",
                        str(out),
                    ],
                    check=True,
                )
                runs[variant].append(json.loads(out.read_text()))
    results = {variant: median_run(rows) for variant, rows in runs.items()}
    print(
        f"\nMachine: {os.cpu_count()} cores, {platform.machine()}, Python "
        f"{platform.python_version()}; {results['ours']['letters']} letters, "
        f"{args.long_share:.0%} long CFPB complaint narratives + GOV.UK snippets; "
        f"{args.repeats} alternating run(s), the median shown\n"
    )
    print(table(results["stock"], results["ours"]))
    if args.repeats > 1:
        ratios = [
            o["letters_per_s"] / s["letters_per_s"]
            for s, o in zip(runs["stock"], runs["ours"], strict=True)
        ]
        print(
            "\nletters/s per run, stock / ours (ratio): "
            + "; ".join(
                f"{s['letters_per_s']:.1f} / {o['letters_per_s']:.1f} ({r:.2f}x)"
                for s, o, r in zip(runs["stock"], runs["ours"], ratios, strict=True)
            )
        )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps({"median": results, "runs": runs}, indent=2))


def median_run(rows: list[dict]) -> dict:
    """The run with the median letters/s (its other figures come with it)."""
    ordered = sorted(rows, key=lambda r: r["letters_per_s"])
    return ordered[(len(ordered) - 1) // 2]


if __name__ == "__main__":
    main()
