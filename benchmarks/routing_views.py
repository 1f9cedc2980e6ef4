"""Routing quality on the throughput benchmark's split, for each dense view of the router.

    python -m benchmarks.routing_views [--letters 1000] [--cache DIR] [--boot 2000]

The same redacted training cases and test letters as ``benchmarks.throughput`` (its ``workload``:
1,000 test letters, 83% long CFPB complaints, every training case), routed by:

* the hybrid router (TF-IDF + linear SVM over the whole letter, stacked with logistic regression
  on the dense view), with MiniLM's letter vector or the static embedder's as the dense view;
* the dense view alone (``use_text=False``, what the throughput run trained before issue 16's
  second round), with each vector, for reference.

Reported per router: top-1 accuracy (all letters, CFPB, GOV.UK), coverage (not sent to a person)
and the accuracy of the routed letters at the router's operating point (threshold from the
settings), AURC of its confidence, and for the static hybrid its paired-bootstrap 95% interval
of the accuracy difference against the MiniLM hybrid (same letters resampled). The vectors and
redacted texts are cached in ``--cache`` (set-up, not what is measured).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

import numpy as np

from benchmarks.throughput import workload
from contracts.models import Letter
from contracts.settings import get_settings, set_model_environment
from evaluation import metrics as m
from pipeline.factory import build_pipeline
from pipeline.training import train_router
from triage.teams import Teams


def redacted_and_vectors(data: dict, cache: Path) -> dict:
    """Redacted texts and both views' vectors of the training cases and test letters."""
    texts = {part: [r["text"] for r in data[part]] for part in ("train", "test")}
    key = hashlib.sha256("\x00".join(texts["train"] + texts["test"]).encode()).hexdigest()[:16]
    meta_path, vec_path = cache / f"views-{key}.json", cache / f"views-{key}.npz"
    if meta_path.is_file() and vec_path.is_file():
        return {"texts": json.loads(meta_path.read_text()), **dict(np.load(vec_path))}
    pipeline = build_pipeline(get_settings(), load_index=False)
    redacted, arrays = {}, {}
    for part in ("train", "test"):
        letters = (Letter(id=str(i), text=t) for i, t in enumerate(texts[part]))
        redacted[part] = [r.redacted_text for r in pipeline.redact_many(letters, 64)]
        arrays[f"{part}_minilm"] = pipeline.view_vectors(redacted[part], static=False)
        arrays[f"{part}_static"] = pipeline.view_vectors(redacted[part], static=True)
    cache.mkdir(parents=True, exist_ok=True)
    meta_path.write_text(json.dumps(redacted))
    np.savez(vec_path, **arrays)
    return {"texts": redacted, **arrays}


def evaluate(router, X: np.ndarray, texts: list[str] | None, gold: list[str]) -> dict:
    routed = router.route_many(X, texts=texts)
    top = np.array([r.candidates[0].team if r.candidates else "" for r in routed])
    gold_a = np.asarray(gold)
    right = top == gold_a
    kept = np.array([not r.abstained for r in routed])
    confidence = np.array([r.confidence for r in routed])
    cfpb = np.array([g.startswith("cfpb:") for g in gold])
    return {
        "accuracy": float(right.mean()),
        "accuracy_cfpb": float(right[cfpb].mean()),
        "accuracy_govuk": float(right[~cfpb].mean()),
        "coverage": float(kept.mean()),
        "routed_accuracy": float((top[kept] == gold_a[kept]).mean()) if kept.any() else 0.0,
        "aurc": float(m.risk_coverage(confidence.tolist(), right.tolist())["aurc"]),
        "right": right,
    }


def paired_interval(a: np.ndarray, b: np.ndarray, draws: int, seed: int = 0) -> tuple:
    """95% paired-bootstrap interval of mean(a) - mean(b) over the same letters."""
    rng = np.random.default_rng(seed)
    diffs = a.astype(float) - b.astype(float)
    picks = rng.integers(0, len(diffs), size=(draws, len(diffs)))
    means = diffs[picks].mean(axis=1)
    return float(diffs.mean()), float(np.quantile(means, 0.025)), float(np.quantile(means, 0.975))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--cache", type=Path, default=Path("var/bench/cache"))
    parser.add_argument("--boot", type=int, default=2000)
    parser.add_argument("--json", type=Path, default=Path("var/bench/routing_views.json"))
    args = parser.parse_args()
    set_model_environment()
    settings = get_settings()
    data = workload(args.letters)
    views = redacted_and_vectors(data, args.cache)
    labels = [r["team"] for r in data["train"]]
    gold = [r["team"] for r in data["test"]]
    teams = Teams.from_names(sorted(set(labels)))
    results: dict[str, dict] = {}
    for use_text in (True, False):
        for view in ("minilm", "static"):
            name = f"{'hybrid' if use_text else 'dense only'}, {view}"
            started = time.process_time()
            router = train_router(
                None,
                views["texts"]["train"],
                labels,
                teams=teams,
                threshold=settings.abstain_threshold,
                vectors=views[f"train_{view}"],
                use_text=use_text,
            )
            fit_cpu = time.process_time() - started
            started = time.process_time()
            test_texts = views["texts"]["test"] if use_text else None
            results[name] = evaluate(router, views[f"test_{view}"], test_texts, gold)
            results[name]["route_cpu_ms"] = 1000 * (time.process_time() - started) / len(gold)
            results[name]["fit_cpu_s"] = fit_cpu
            print(name, {k: v for k, v in results[name].items() if k != "right"}, flush=True)
    diff = paired_interval(
        results["hybrid, static"]["right"], results["hybrid, minilm"]["right"], args.boot
    )
    print(
        f"\n{len(gold)} test letters ({sum(g.startswith('cfpb:') for g in gold)} long CFPB), "
        f"{len(labels)} training cases; threshold {settings.abstain_threshold}\n"
    )
    print(
        "| router | top-1 accuracy | CFPB | GOV.UK | coverage | accuracy when routed | AURC | "
        "routing CPU ms a letter |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, r in results.items():
        print(
            f"| {name} | {r['accuracy']:.3f} | {r['accuracy_cfpb']:.3f} | "
            f"{r['accuracy_govuk']:.3f} | {r['coverage']:.3f} | {r['routed_accuracy']:.3f} | "
            f"{r['aurc']:.4f} | {r['route_cpu_ms']:.2f} |"
        )
    print(
        f"\nhybrid static - hybrid MiniLM, top-1 accuracy: {diff[0]:+.4f} "
        f"(paired bootstrap 95%: {diff[1]:+.4f} to {diff[2]:+.4f})"
    )
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps(
            {
                "routers": {
                    n: {k: v for k, v in r.items() if k != "right"} for n, r in results.items()
                },
                "static_minus_minilm": dict(zip(("mean", "low", "high"), diff, strict=True)),
            },
            indent=1,
        )
    )


if __name__ == "__main__":
    main()
