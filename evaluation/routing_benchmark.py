"""The router against the strong simple baselines, fitted in the same run on the same splits.

    python -m evaluation.routing_benchmark [--sets cfpb,banking77,govuk] [--dev]
        [--cache DIR] [--out DIR] [--index var/index]
    python -m evaluation.routing_benchmark --cv 5 [--sets cfpb,govuk] [--cv-seed N]

For each data set the hybrid router (trained by :func:`pipeline.training.train_router`, the one
training function), TF-IDF (word 1-2-grams) + logistic regression (``evaluation.baselines``) and
dense (the router's MiniLM letter vectors) + logistic regression are fitted on the training split
and ranked by their own confidence on the test split. Reported per system: accuracy, the
risk-coverage curve (selective accuracy of the most confident 10%, 15%, ... 100%) and its AURC,
and the top-label ECE (15 bins, :mod:`contracts.calibration`); for the router also the
conformal candidate sets' achieved coverage and mean size.

* **CFPB**: the fixed 80/20 split of the consumer complaints by issue (``evaluation.datasets``).
* **BANKING77**: 10 intents held out (``measure_routing.HELD_OUT_INTENTS``): training and the
  closed-set numbers use the other 67; the held-out intents' test queries measure the open set
  (novelty AUROC of each signal; the router's operating point against TF-IDF+LR's at the same
  in-scope coverage) and the corrections (below).
* **GOV.UK**: snippets split by page (no page in both halves), team = owner of the page. Also the
  zero-shot router over the guidance index: its confidence before and after recalibration from
  simulated caseworker decisions (accepted = the top team was right) on the training half,
  ECE measured on the test half.
* **Corrections** (BANKING77): for each held-out intent (a topic no team was trained on), k = 1,
  3, 10 of its training queries are confirmed to one team (the in-scope team the router thought
  least likely for them, so the classifier cannot help); reported: the share of the intent's test
  queries with that team first and in the top three, and the share of in-scope test queries
  whose top team changed.

GOV.UK's router is fitted with held-out folds grouped by page (as its test split is made); the
other sets have no such key (stratified folds).

``--dev`` replaces each test split with a stratified 25% of the training split (grouped by page
for GOV.UK, like its test split) for tuning; the numbers in the README come from the test
splits, run once per candidate. Redacted texts and vectors are cached
in ``--cache`` (rows + ``train_e1``/``test_e1`` vectors, the product's one-window letter vector).
``--cv K`` pools train and test (CFPB: 1,998 letters) and splits them into K stratified folds
(grouped by page for GOV.UK; fold seed ``--cv-seed``): for each fold the three systems are fitted
on the other folds by the same code as the fixed split and score it, so each letter is scored once
per system by models that never saw it. Reported: selective accuracy, AURC and ECE per system,
both on the pooled out-of-fold letters (each system ranks all of them by its own confidence) and
as the mean over folds, and the router minus each baseline with a paired bootstrap 95% CI
(letters resampled within folds). Written to ``routing-cv.json`` and ``routing-cv.png``.
``CASEWORK_ROUTING_VECTORS=static`` gives the router (and the dense baseline) the static
embedder's vectors of the same redacted texts instead (cached beside them).
"""

from __future__ import annotations

import argparse
import json
import math
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np

from contracts.calibration import between_group_spread, expected_calibration_error
from contracts.calibration import ece_if_calibrated as calibrated_eces
from contracts.models import Letter
from contracts.settings import PROJECT_ROOT, get_settings
from evaluation import datasets as D
from evaluation import metrics as m
from evaluation.baselines import TfidfLogReg
from evaluation.measure.routing import HELD_OUT_INTENTS
from evaluation.routing_report import (
    cv_markdown_table,
    markdown_table,
    write_cv_chart,
    write_routing_report,
)
from pipeline.factory import build_pipeline
from pipeline.training import train_router
from triage.recalibration import ConfidenceRecalibrator
from triage.router import _rank_in
from triage.teams import Teams

COVERAGES = tuple(round(c, 2) for c in np.arange(0.10, 1.0001, 0.05))
SETS = ("cfpb", "banking77", "govuk")
DEFAULT_OUT = PROJECT_ROOT / "var" / "eval" / "routing"
DEFAULT_CACHE = Path("/tmp/casework_routing_benchmark")
CORRECTION_KS = (1, 3, 10)


# --- data ------------------------------------------------------------------------------------
def load_rows(name: str) -> dict[str, list[dict]]:
    if name == "cfpb":
        return D.cfpb_issue()
    if name == "banking77":
        return D.banking77()
    if name == "govuk":
        return D.govuk_org_split(D.govuk_snippets()["all"])
    raise ValueError(f"unknown data set {name!r}; choose from {SETS}")


def prepared(name: str, cache: Path, pipeline_factory, vectors: str = "minilm") -> dict:
    """Redacted rows and letter vectors per split, from the cache when it matches the data.

    ``vectors``: the router's dense view (``Settings.routing_vectors``): ``minilm`` (the
    product's one-window letter vector) or ``static`` (the distilled static embedder over the
    whole letter). Both are made from the same cached redacted texts, so two runs that differ
    only in the dense view compare like with like."""
    rows = load_rows(name)
    meta_path = cache / f"{name}.json"
    vec_path = cache / (f"{name}.npz" if vectors == "minilm" else f"{name}-{vectors}.npz")
    meta = json.loads(meta_path.read_text()) if meta_path.is_file() else None
    if meta is not None and not all(
        [r["team"] for r in meta[part]] == [r["team"] for r in rows[part]]
        for part in ("train", "test")
    ):
        meta = None
    if meta is not None and vec_path.is_file():
        arrays = dict(np.load(vec_path))
    else:
        pipeline = pipeline_factory()
        if meta is None:
            for stale in cache.glob(f"{name}*.npz"):  # vectors of texts redacted before
                stale.unlink()
            meta = {}
            for part in ("train", "test"):
                letters = (Letter(id=str(i), text=r["text"]) for i, r in enumerate(rows[part]))
                texts = [r.redacted_text for r in pipeline.redact_many(letters, 64)]
                meta[part] = [
                    {"text": t, "team": r["team"], "page": (r.get("guidance_ids") or [None])[0]}
                    for t, r in zip(texts, rows[part], strict=True)
                ]
            cache.mkdir(parents=True, exist_ok=True)
            meta_path.write_text(json.dumps(meta))
        arrays = {
            f"{part}_e1": pipeline.view_vectors(
                [r["text"] for r in meta[part]], static=vectors == "static"
            )
            for part in ("train", "test")
        }
        cache.mkdir(parents=True, exist_ok=True)
        np.savez(vec_path, **arrays)
    return {part: {"rows": meta[part], "X": arrays[f"{part}_e1"]} for part in ("train", "test")}


def page_groups(rows: Sequence[dict]) -> list[str] | None:
    """The page each row paraphrases, when every row has one (GOV.UK): the test split keeps a
    page's snippets together, so dev splits and the router's held-out folds do too."""
    pages = [r.get("page") for r in rows]
    return [str(p) for p in pages] if all(pages) else None


def dev_split(data: dict, seed: int = 7) -> dict:
    """A quarter of the training split held out for tuning, stratified by team and, when the
    rows have pages, grouped by page like the test split (no page on both sides)."""
    from sklearn.model_selection import StratifiedGroupKFold, train_test_split

    rows, X = data["train"]["rows"], data["train"]["X"]
    idx = np.arange(len(rows))
    teams = [r["team"] for r in rows]
    pages = page_groups(rows)
    if pages is not None:
        splitter = StratifiedGroupKFold(n_splits=4, shuffle=True, random_state=seed)
        a, b = next(splitter.split(idx, teams, pages))
    else:
        a, b = train_test_split(idx, test_size=0.25, stratify=teams, random_state=seed)
    return {
        "train": {"rows": [rows[i] for i in a], "X": X[a]},
        "test": {"rows": [rows[i] for i in b], "X": X[b]},
    }


def subset(part: dict, keep: np.ndarray) -> dict:
    return {"rows": [r for r, k in zip(part["rows"], keep, strict=True) if k], "X": part["X"][keep]}


# --- scoring ---------------------------------------------------------------------------------
def selective_accuracy(
    confidence: np.ndarray, correct: np.ndarray, coverages: Sequence[float] = COVERAGES
) -> list[float]:
    order = np.argsort(-np.asarray(confidence), kind="stable")
    hits = np.asarray(correct, dtype=float)[order]
    return [float(hits[: max(1, math.ceil(c * len(hits) - 1e-9))].mean()) for c in coverages]


def ece_if_calibrated(
    confidence: np.ndarray,
    draws: int = 400,
    seed: int = 0,
    *,
    groups: Sequence[str] | None = None,
    spread: float = 0.0,
) -> dict:
    """The ECE a perfectly calibrated system with these confidences would still show on this many
    letters (:func:`contracts.calibration.ece_if_calibrated`): median, 95th percentile and the
    share of draws at or under the 0.05 target. With ``groups`` (the page of each test letter)
    and ``spread``, letters of one page share how easy they are (calibrated on average)."""
    values = calibrated_eces(confidence, draws, seed, groups=groups, spread=spread)
    return {
        "median": float(np.median(values)),
        "p95": float(np.quantile(values, 0.95)),
        "share_at_most_0.05": float(np.mean(values <= 0.05)),
    }


def ece_floor_by_page(
    router, train_pages: Sequence[str], confidence: np.ndarray, test_pages: Sequence[str]
) -> dict:
    """The calibrated-system ECE floor when test letters come in pages, as GOV.UK's do (79 test
    pages, about 8 snippets each): how far a page's share right strays from its confidence
    (beyond chance) is measured on the router's page-grouped held-out folds of the *training*
    letters (their top probability, before the top-confidence map), then a calibrated-on-average
    system with that spread is drawn on the test letters' own pages and confidences. Independent
    letters (:func:`ece_if_calibrated` without groups) understate the floor of such a test."""
    classifier = router.classifier_
    # letters of a team held out whole (one page) were scored by models that never saw the team
    seen = getattr(classifier, "oof_team_seen_", np.ones(len(train_pages), dtype=bool))
    held_out = classifier.oof_proba_[seen]
    right = held_out.argmax(axis=1) == classifier.oof_labels_[seen]
    pages = [page for page, keep in zip(train_pages, seen, strict=True) if keep]
    spread = between_group_spread(held_out.max(axis=1), right, pages)
    return {
        "spread": spread,
        "test_pages": len(set(test_pages)),
        **ece_if_calibrated(confidence, groups=test_pages, spread=spread),
    }


def score(labels: Sequence[str], confidence: np.ndarray, gold: Sequence[str]) -> dict:
    correct = np.asarray(labels) == np.asarray(gold)
    confidence = np.asarray(confidence, dtype=float)
    curve = m.risk_coverage(confidence.tolist(), correct.tolist())
    return {
        "n": len(correct),
        "accuracy": float(correct.mean()),
        "aurc": float(curve["aurc"]),
        "ece": expected_calibration_error(confidence, correct),
        "ece_if_calibrated": ece_if_calibrated(confidence),
        "selective_accuracy": selective_accuracy(confidence, correct),
        "curve": {"coverage": curve["coverage"], "risk": curve["risk"]},
    }


def dense_baseline(X_train: np.ndarray, y_train: Sequence[str], X_test: np.ndarray):
    from sklearn.linear_model import LogisticRegression

    model = LogisticRegression(C=10.0, max_iter=1000).fit(X_train, y_train)
    probs = model.predict_proba(X_test)
    return [str(model.classes_[j]) for j in probs.argmax(1)], probs.max(1), model


def auroc(in_scope: np.ndarray, out_of_scope: np.ndarray) -> float:
    """P(an in-scope letter scores higher than an out-of-scope one): 1 = perfect separation."""
    from sklearn.metrics import roc_auc_score

    y = np.r_[np.ones(len(in_scope)), np.zeros(len(out_of_scope))]
    return float(roc_auc_score(y, np.r_[in_scope, out_of_scope]))


def fit_and_predict(train: dict, test: dict) -> dict:
    """The three systems fitted on ``train`` and run on ``test``: the one code path of the fixed
    split (:func:`run_set`) and of the repeated splits (:func:`cross_validate`). Returns each
    system's top team and confidence per test letter, the fitted router and its fit time."""
    texts = [r["text"] for r in train["rows"]]
    labels = [r["team"] for r in train["rows"]]
    test_texts = [r["text"] for r in test["rows"]]
    teams = Teams.from_names(sorted(set(labels)))
    # GOV.UK's test snippets paraphrase pages no training snippet does: the router's held-out
    # folds are grouped by page the same way (the other sets have no such key: stratified).
    groups = page_groups(train["rows"])
    started, cpu_started = time.perf_counter(), time.process_time()
    router = train_router(
        None, texts, labels, teams=teams, threshold=0.5, vectors=train["X"], groups=groups
    )
    fit_seconds = time.perf_counter() - started
    fit_cpu_seconds = time.process_time() - cpu_started
    classes, probs, confidence = router.predict_confidence(test["X"], test_texts)
    predicted = [classes[j] for j in probs.argmax(1)]
    tfidf_labels, tfidf_conf = TfidfLogReg().fit(texts, labels).predict(test_texts)
    dense_labels, dense_conf, _ = dense_baseline(train["X"], labels, test["X"])
    return {
        "router": router,
        "groups": groups,
        "teams": teams,
        "fit_seconds": fit_seconds,
        "fit_cpu_seconds": fit_cpu_seconds,
        "predictions": {
            "router": (predicted, np.asarray(confidence, dtype=float)),
            "tfidf_lr": (list(tfidf_labels), np.asarray(tfidf_conf, dtype=float)),
            "dense_lr": (list(dense_labels), np.asarray(dense_conf, dtype=float)),
        },
    }


def run_set(name: str, data: dict, *, log) -> tuple[dict, object]:
    train, test = data["train"], data["test"]
    gold = [r["team"] for r in test["rows"]]
    test_texts = [r["text"] for r in test["rows"]]
    fitted = fit_and_predict(train, test)
    router, groups, teams = fitted["router"], fitted["groups"], fitted["teams"]
    fit_seconds, fit_cpu_seconds = fitted["fit_seconds"], fitted["fit_cpu_seconds"]
    log(
        f"{name}: router fitted on {len(train['rows'])} in {fit_seconds:.0f}s "
        f"({router.classifier_.describe()})"
    )
    predicted, confidence = fitted["predictions"]["router"]
    result: dict[str, Any] = {"router": score(predicted, confidence, gold)}
    sets = router.candidate_sets(test["X"], test_texts)
    result["router"]["conformal"] = {
        "level": router.conformal_level,
        "coverage": float(np.mean([g in s for g, s in zip(gold, sets, strict=True)])),
        "mean_size": float(np.mean([len(s) for s in sets])),
        "empty": float(np.mean([len(s) == 0 for s in sets])),
    }
    result["router"]["fit_seconds"] = fit_seconds
    result["router"]["fit_cpu_seconds"] = fit_cpu_seconds
    result["router"]["folds_grouped_by_page"] = groups is not None
    result["router"]["held_out_ece"] = router.oof_ece_
    test_pages = page_groups(test["rows"])
    if groups is not None and test_pages is not None and router.classifier_.oof_proba_ is not None:
        result["router"]["ece_if_calibrated_by_page"] = ece_floor_by_page(
            router, groups, confidence, test_pages
        )
    for system in ("tfidf_lr", "dense_lr"):
        system_labels, system_confidence = fitted["predictions"][system]
        result[system] = score(system_labels, system_confidence, gold)
    for base in ("tfidf_lr", "dense_lr"):
        diffs = np.subtract(
            result["router"]["selective_accuracy"], result[base]["selective_accuracy"]
        )
        result["router"][f"vs_{base}"] = {
            "aurc_lower": result["router"]["aurc"] < result[base]["aurc"],
            "on_or_above_everywhere": bool((diffs >= -1e-12).all()),
            "worst_gap": float(diffs.min()),
            "worst_at": COVERAGES[int(diffs.argmin())],
        }
    result["n_train"], result["n_test"] = len(train["rows"]), len(gold)
    result["teams"] = len(teams)
    return result, router


# --- repeated splits: K-fold cross-validation over train + test ------------------------------
SYSTEM_KEYS = ("router", "tfidf_lr", "dense_lr")
BASELINES = ("tfidf_lr", "dense_lr")
CV_SEED = 20261201
CV_RESAMPLES = 2000


def cv_folds(rows: Sequence[dict], k: int, seed: int = CV_SEED) -> np.ndarray:
    """The fold (0..k-1) of each row: stratified by team and, when every row has a page
    (GOV.UK), grouped by page, so no page is on both sides of a split (as in its test split)."""
    from sklearn.model_selection import StratifiedGroupKFold, StratifiedKFold

    teams = [r["team"] for r in rows]
    idx = np.arange(len(rows))
    pages = page_groups(rows)
    if pages is not None:
        splits = StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed).split(
            idx, teams, pages
        )
    else:
        splits = StratifiedKFold(n_splits=k, shuffle=True, random_state=seed).split(idx, teams)
    fold = np.full(len(rows), -1)
    for i, (_, held_out) in enumerate(splits):
        fold[held_out] = i
    return fold


def cross_validate(data: dict, k: int, *, seed: int = CV_SEED, log=print) -> dict:
    """Train and test pooled, split into ``k`` folds; for each fold the three systems are fitted
    (:func:`fit_and_predict`, the fixed split's code path) on the other folds and score it, so
    every letter is scored once by each system, by models that never saw it.

    Returns per letter its fold, gold team and each system's top team and confidence."""
    rows = list(data["train"]["rows"]) + list(data["test"]["rows"])
    X = np.vstack([data["train"]["X"], data["test"]["X"]])
    fold = cv_folds(rows, k, seed)
    n = len(rows)
    labels: dict[str, list[str | None]] = {s: [None] * n for s in SYSTEM_KEYS}
    confidence = {s: np.full(n, np.nan) for s in SYSTEM_KEYS}
    times_scored = np.zeros(n, dtype=int)
    folds = []
    for i in range(k):
        held_out, fitted_on = np.flatnonzero(fold == i), np.flatnonzero(fold != i)
        fitted = fit_and_predict(
            {"rows": [rows[j] for j in fitted_on], "X": X[fitted_on]},
            {"rows": [rows[j] for j in held_out], "X": X[held_out]},
        )
        times_scored[held_out] += 1
        for system in SYSTEM_KEYS:
            system_labels, system_confidence = fitted["predictions"][system]
            for j, label in zip(held_out, system_labels, strict=True):
                labels[system][j] = label
            confidence[system][held_out] = system_confidence
        folds.append(
            {
                "fold": i,
                "n_train": len(fitted_on),
                "n_test": len(held_out),
                "teams_in_training": len(fitted["teams"]),
                "router_fit_seconds": fitted["fit_seconds"],
                "router_fit_cpu_seconds": fitted["fit_cpu_seconds"],
            }
        )
        log(
            f"fold {i + 1}/{k}: fitted on {len(fitted_on)}, scored {len(held_out)} "
            f"(router fit {fitted['fit_seconds']:.0f}s)"
        )
    if not (times_scored == 1).all():  # folds must partition the letters
        raise RuntimeError(f"letters scored {sorted(set(times_scored.tolist()))} times")
    return {
        "k": k,
        "seed": seed,
        "fold": fold,
        "gold": [r["team"] for r in rows],
        "labels": labels,
        "confidence": confidence,
        "times_scored": times_scored,
        "folds": folds,
    }


def _curves(
    correct: np.ndarray, confidence: np.ndarray, fold: np.ndarray, k: int
) -> tuple[np.ndarray, float, np.ndarray, float]:
    """Selective accuracy per coverage and AURC, on the pooled letters (ranked together by
    their confidence) and averaged over the folds (each fold ranked on its own)."""
    pooled = np.array(selective_accuracy(confidence, correct))
    pooled_aurc = m.risk_coverage(confidence.tolist(), correct.tolist())["aurc"]
    per_fold, per_fold_aurc = [], []
    for i in range(k):
        keep = fold == i
        per_fold.append(selective_accuracy(confidence[keep], correct[keep]))
        per_fold_aurc.append(
            m.risk_coverage(confidence[keep].tolist(), correct[keep].tolist())["aurc"]
        )
    return pooled, pooled_aurc, np.mean(per_fold, axis=0), float(np.mean(per_fold_aurc))


def cv_summary(cv: dict, *, resamples: int = CV_RESAMPLES, seed: int = 0) -> dict:
    """Per system: accuracy, selective accuracy per coverage, AURC and ECE, both on the pooled
    out-of-fold letters and as the mean over folds; router minus each baseline with a paired
    bootstrap 95% CI (letters resampled within each fold, the same draw for every system)."""
    fold, k = np.asarray(cv["fold"]), cv["k"]
    gold = np.asarray(cv["gold"])
    correct = {s: np.asarray(cv["labels"][s]) == gold for s in SYSTEM_KEYS}
    confidence = {s: np.asarray(cv["confidence"][s], dtype=float) for s in SYSTEM_KEYS}
    out: dict[str, Any] = {"systems": {}, "vs": {}}
    point = {}
    for system in SYSTEM_KEYS:
        pooled = score(cv["labels"][system], confidence[system], cv["gold"])
        per_fold = [
            score(
                [lab for lab, f in zip(cv["labels"][system], fold, strict=True) if f == i],
                confidence[system][fold == i],
                gold[fold == i].tolist(),
            )
            for i in range(k)
        ]
        point[system] = _curves(correct[system], confidence[system], fold, k)
        out["systems"][system] = {
            "pooled": {key: pooled[key] for key in ("n", "accuracy", "aurc", "ece")}
            | {"selective_accuracy": pooled["selective_accuracy"]},
            "fold_mean": {
                "accuracy": float(np.mean([f["accuracy"] for f in per_fold])),
                "aurc": float(np.mean([f["aurc"] for f in per_fold])),
                "ece": float(np.mean([f["ece"] for f in per_fold])),
                "selective_accuracy": np.mean(
                    [f["selective_accuracy"] for f in per_fold], axis=0
                ).tolist(),
            },
            "per_fold": [
                {key: f[key] for key in ("n", "accuracy", "aurc", "ece", "selective_accuracy")}
                for f in per_fold
            ],
        }
    # paired bootstrap: one resample of letters (within each fold, keeping its size) per draw,
    # the same for all systems, so the differences keep the letters' pairing
    rng = np.random.default_rng(seed)
    members = [np.flatnonzero(fold == i) for i in range(k)]
    draws: dict[str, list] = {s: [] for s in SYSTEM_KEYS}
    for _ in range(resamples):
        idx = np.concatenate([rng.choice(ix, size=len(ix), replace=True) for ix in members])
        for system in SYSTEM_KEYS:
            draws[system].append(
                _curves(correct[system][idx], confidence[system][idx], fold[idx], k)
            )
    views = {"pooled": (0, 1), "fold_mean": (2, 3)}
    for system in SYSTEM_KEYS:
        for view, (_, aurc_at) in views.items():
            aurcs = np.array([d[aurc_at] for d in draws[system]])
            out["systems"][system][view]["aurc_ci"] = np.percentile(aurcs, [2.5, 97.5]).tolist()
    for base in BASELINES:
        out["vs"][base] = {}
        for view, (curve_at, aurc_at) in views.items():
            diff = point["router"][curve_at] - point[base][curve_at]
            boot = np.array(
                [
                    r[curve_at] - b[curve_at]
                    for r, b in zip(draws["router"], draws[base], strict=True)
                ]
            )
            low, high = np.percentile(boot, [2.5, 97.5], axis=0)
            aurc_boot = np.array(
                [r[aurc_at] - b[aurc_at] for r, b in zip(draws["router"], draws[base], strict=True)]
            )
            out["vs"][base][view] = {
                "difference": diff.tolist(),
                "ci_low": low.tolist(),
                "ci_high": high.tolist(),
                # at each coverage: above / below (the CI excludes 0) or not distinguishable
                "verdict": [
                    "above" if lo > 0 else "below" if hi < 0 else "inconclusive"
                    for lo, hi in zip(low, high, strict=True)
                ],
                "on_or_above_everywhere": bool((diff >= -1e-12).all()),
                "aurc_difference": float(point["router"][aurc_at] - point[base][aurc_at]),
                "aurc_difference_ci": np.percentile(aurc_boot, [2.5, 97.5]).tolist(),
            }
    out["bootstrap"] = {"resamples": resamples, "seed": seed, "within": "fold"}
    return out


def run_cv(sets: Sequence[str], *, k: int, cache: Path, seed: int = CV_SEED, log=print) -> dict:
    """Repeated splits of each set (train and test pooled): :func:`cross_validate` then
    :func:`cv_summary`, with each letter's out-of-fold predictions kept for audit."""

    def factory():
        return build_pipeline(get_settings(), load_index=False)

    vectors = get_settings().routing_vectors
    report: dict = {
        "mode": f"{k}-fold cross-validation over train + test",
        "coverages": COVERAGES,
        "routing_vectors": vectors,
        "sets": {},
    }
    for name in sets:
        if name == "banking77":
            raise ValueError("banking77 holds 10 intents out for the open set: no repeated splits")
        started = time.perf_counter()
        data = prepared(name, cache, factory, vectors)
        cv = cross_validate(data, k, seed=seed, log=lambda msg, name=name: log(f"{name}: {msg}"))
        summary = cv_summary(cv)
        summary |= {
            "k": k,
            "fold_seed": seed,
            "folds_grouped_by_page": page_groups(data["train"]["rows"]) is not None,
            "n": len(cv["gold"]),
            "teams": len(set(cv["gold"])),
            "folds": cv["folds"],
            "seconds": time.perf_counter() - started,
            "letters": {
                "fold": cv["fold"].tolist(),
                "gold": cv["gold"],
                **{
                    system: {
                        "team": cv["labels"][system],
                        "confidence": cv["confidence"][system].round(6).tolist(),
                    }
                    for system in SYSTEM_KEYS
                },
            },
        }
        report["sets"][name] = summary
    return report


# --- BANKING77: open set and corrections -------------------------------------------------------
def open_set(router, in_part: dict, out_part: dict, in_result: dict, tfidf_model) -> dict:
    in_texts = [r["text"] for r in in_part["rows"]]
    out_texts = [r["text"] for r in out_part["rows"]]
    signals = {}
    dense_in = _rank_in(router.loo_similarity_, router.nearest_similarity(in_part["X"]))
    dense_out = _rank_in(router.loo_similarity_, router.nearest_similarity(out_part["X"]))
    both_in = router.novelty_scores(in_part["X"], in_texts)
    both_out = router.novelty_scores(out_part["X"], out_texts)
    _, _, c_in = router.predict_confidence(in_part["X"], in_texts)
    _, _, c_out = router.predict_confidence(out_part["X"], out_texts)
    signals["dense nearest neighbour"] = auroc(dense_in, dense_out)
    signals["dense + TF-IDF nearest neighbour (router's novelty)"] = auroc(both_in, both_out)
    signals["router confidence"] = auroc(c_in, c_out)
    signals["novelty x confidence"] = auroc(both_in * c_in, both_out * c_out)
    _, tf_in = tfidf_model.predict(in_texts)
    _, tf_out = tfidf_model.predict(out_texts)
    signals["TF-IDF+LR confidence (baseline)"] = auroc(np.asarray(tf_in), np.asarray(tf_out))
    routed_in = router.route_many(in_part["X"], texts=in_texts)
    routed_out = router.route_many(out_part["X"], texts=out_texts)
    gold = [r["team"] for r in in_part["rows"]]
    kept = np.array([not r.abstained for r in routed_in])
    right = np.array([r.team == g for r, g in zip(routed_in, gold, strict=True)])
    coverage = float(kept.mean())
    # TF-IDF+LR at the same in-scope coverage: its own confidence threshold
    tf_in, tf_out = np.asarray(tf_in), np.asarray(tf_out)
    cut = np.quantile(tf_in, 1 - coverage) if coverage < 1 else -np.inf
    return {
        "auroc": signals,
        "router": {
            "in_scope_coverage": coverage,
            "in_scope_routed_accuracy": float(right[kept].mean()) if kept.any() else None,
            "out_of_scope_abstained": float(np.mean([r.abstained for r in routed_out])),
            "out_of_scope_unlike_any_case": float(
                np.mean([r.reason.startswith("unlike any known case") for r in routed_out])
            ),
        },
        "tfidf_lr_same_coverage": {
            "threshold": float(cut),
            "in_scope_routed_accuracy": in_result["tfidf_lr"]["selective_accuracy"][
                int(np.argmin(np.abs(np.asarray(COVERAGES) - coverage)))
            ],
            "out_of_scope_abstained": float(np.mean(tf_out < cut)),
        },
        "n_in": len(gold),
        "n_out": len(out_part["rows"]),
    }


def corrections(
    router, in_part: dict, held_train: dict, held_test: dict, ks: Sequence[int] = CORRECTION_KS
) -> dict:
    in_texts = [r["text"] for r in in_part["rows"]]
    before = [r.candidates[0].team for r in router.route_many(in_part["X"], texts=in_texts)]
    intents = sorted({r["team"] for r in held_test["rows"]})
    out: dict[str, dict] = {str(k): {"top1": [], "top3": [], "unrelated_moved": []} for k in ks}
    for intent in intents:
        tr = np.array([r["team"] == intent for r in held_train["rows"]])
        te = np.array([r["team"] == intent for r in held_test["rows"]])
        tr_X, te_X = held_train["X"][tr], held_test["X"][te]
        te_texts = [r["text"] for r, k in zip(held_test["rows"], te, strict=True) if k]
        classes, probs = router.predict_proba(te_X, te_texts)
        target = classes[int(probs.mean(axis=0).argmin())]  # the team least thought of
        for k in ks:
            router.forget()
            router.remember(tr_X[:k], [target] * k)
            routed = router.route_many(te_X, texts=te_texts)
            out[str(k)]["top1"].append(np.mean([r.candidates[0].team == target for r in routed]))
            out[str(k)]["top3"].append(
                np.mean([target in [c.team for c in r.candidates] for r in routed])
            )
            after = [r.candidates[0].team for r in router.route_many(in_part["X"], texts=in_texts)]
            out[str(k)]["unrelated_moved"].append(
                np.mean([a != b for a, b in zip(after, before, strict=True)])
            )
    router.forget()
    return {
        k: {key: float(np.mean(values)) for key, values in block.items()} | {"topics": len(intents)}
        for k, block in out.items()
    }


# --- GOV.UK: zero-shot recalibration -----------------------------------------------------------
def zero_shot_recalibration(data: dict, index_dir: Path, *, log) -> dict:
    """Zero-shot routing of the snippets over the guidance index; recalibrate on the training
    half's simulated decisions, ECE on the test half."""
    pipeline = build_pipeline(get_settings(), index_dir, drafting=False)
    if pipeline.router_summary().fitted:
        raise ValueError(f"{index_dir} has a trained router: the zero-shot check needs none")
    pipeline.drop_recalibration()
    parts = {}
    for part in ("train", "test"):
        texts = [r["text"] for r in data[part]["rows"]]
        hits = pipeline.search(texts)
        routed = pipeline.route_many(data[part]["X"], hits, texts=texts)
        conf = np.array([r.confidence for r in routed])
        right = np.array(
            [
                r.candidates[0].team == row["team"]
                for r, row in zip(routed, data[part]["rows"], strict=True)
            ]
        )
        parts[part] = (conf, right)
    log("zero-shot routed the GOV.UK snippets")
    recal = ConfidenceRecalibrator().fit(*parts["train"])
    conf, right = parts["test"]
    after = recal.transform(conf)
    return {
        "n_decisions": recal.n_decisions_,
        "n_test": len(conf),
        "accuracy": float(right.mean()),
        "ece_before": expected_calibration_error(conf, right),
        "ece_after": expected_calibration_error(after, right),
        "aurc_before": float(m.risk_coverage(conf.tolist(), right.tolist())["aurc"]),
        "aurc_after": float(m.risk_coverage(after.tolist(), right.tolist())["aurc"]),
    }


# --- main ------------------------------------------------------------------------------------
def run(
    sets: Sequence[str],
    *,
    cache: Path,
    dev: bool,
    index_dir: Path | None,
    log=print,
    partial: Path | None = None,
) -> dict:
    def factory():
        return build_pipeline(get_settings(), load_index=False)

    report: dict = {
        "mode": "dev (25% of train)" if dev else "test",
        "coverages": COVERAGES,
        "sets": {},
    }
    vectors = get_settings().routing_vectors
    report["routing_vectors"] = vectors
    for name in sets:
        data = prepared(name, cache, factory, vectors)
        if dev:
            data = dev_split(data)
        if name == "banking77":
            held = set(HELD_OUT_INTENTS)
            in_train = subset(
                data["train"], np.array([r["team"] not in held for r in data["train"]["rows"]])
            )
            in_test = subset(
                data["test"], np.array([r["team"] not in held for r in data["test"]["rows"]])
            )
            held_train = subset(
                data["train"], np.array([r["team"] in held for r in data["train"]["rows"]])
            )
            held_test = subset(
                data["test"], np.array([r["team"] in held for r in data["test"]["rows"]])
            )
            result, router = run_set(name, {"train": in_train, "test": in_test}, log=log)
            tfidf = TfidfLogReg().fit(
                [r["text"] for r in in_train["rows"]], [r["team"] for r in in_train["rows"]]
            )
            result["open_set"] = open_set(router, in_test, held_test, result, tfidf)
            log("banking77: open set measured")
            result["corrections"] = corrections(router, in_test, held_train, held_test)
            log("banking77: corrections measured")
        else:
            result, router = run_set(name, data, log=log)
        if name == "govuk" and index_dir is not None and (index_dir / "manifest.json").is_file():
            result["zero_shot"] = zero_shot_recalibration(data, index_dir, log=log)
        report["sets"][name] = result
        if partial is not None:  # a long run keeps what it has measured so far
            partial.write_text(json.dumps(report, indent=1) + "\n")
    return report


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sets", default=None, help=f"default: {','.join(SETS)} (with --cv: cfpb)")
    parser.add_argument("--dev", action="store_true", help="score a dev split of train")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument(
        "--index",
        type=Path,
        default=get_settings().index_dir,
        help="guidance index for the zero-shot check (GOV.UK)",
    )
    parser.add_argument(
        "--cv",
        type=int,
        default=0,
        metavar="K",
        help="K-fold repeated splits over train + test (default sets: cfpb) instead of the "
        "fixed split; writes routing-cv.json and routing-cv.png",
    )
    parser.add_argument("--cv-seed", type=int, default=CV_SEED, help="seed of the folds")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    args.out.mkdir(parents=True, exist_ok=True)
    if args.cv:
        if args.dev:
            parser.error("--cv pools train and test: it has no --dev")
        report = run_cv(
            [s.strip() for s in (args.sets or "cfpb").split(",") if s.strip()],
            k=args.cv,
            cache=args.cache,
            seed=args.cv_seed,
            log=lambda msg: print(msg, flush=True),
        )
        report["seconds"] = time.perf_counter() - started
        (args.out / "routing-cv.json").write_text(json.dumps(report, indent=1) + "\n")
        write_cv_chart(report, args.out / "routing-cv.png")
        print(cv_markdown_table(report, "fold_mean"))
        print(cv_markdown_table(report, "pooled"))
        print(f"written to {args.out} in {report['seconds']:.0f}s")
        return
    suffix = "-dev" if args.dev else ""
    report = run(
        [s.strip() for s in (args.sets or ",".join(SETS)).split(",") if s.strip()],
        cache=args.cache,
        dev=args.dev,
        index_dir=args.index,
        log=lambda msg: print(msg, flush=True),
        partial=args.out / f"routing{suffix}.partial.json",
    )
    report["seconds"] = time.perf_counter() - started
    (args.out / f"routing{suffix}.json").write_text(json.dumps(report, indent=1) + "\n")
    write_routing_report(report, args.out / f"routing{suffix}.html")
    print(markdown_table(report))
    print(f"written to {args.out}")


if __name__ == "__main__":
    main()
