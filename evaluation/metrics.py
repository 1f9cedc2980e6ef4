# Over 500 lines: every metric's convention in one place (listed below), so the report, the
# benchmarks and the router agree on each figure.
"""Evaluation metrics: classification, calibration, selective prediction, retrieval, proportions
(the human-agreement section: :mod:`evaluation.agreement`).

Every function takes plain sequences (labels as strings, confidences as floats) and returns plain
Python numbers, lists and dicts, so results go straight into ``metrics.json``. The figures match
scikit-learn's where scikit-learn has them (``tests/test_evaluation.py`` checks this); the rest are
defined here, in one place, with their conventions written down:

* **Macro-F1** averages the per-class F1 over the classes present in the *true* labels (a class
  only ever predicted, such as "no team", counts against recall but is not itself averaged).
  Same as ``sklearn.metrics.f1_score(y, p, labels=sorted(set(y)), average="macro",
  zero_division=0)``.
* **Bootstrap confidence intervals** are percentile intervals over ``resamples`` resamples of the
  cases drawn with replacement, from ``numpy.random.default_rng(seed)``: the same seed gives the
  same interval. Each resample recomputes the statistic on the classes present in that resample.
* **Expected calibration error (ECE)**: :mod:`contracts.calibration`, shared with the router: 15
  equal-width confidence bins on [0, 1], closed on the right like scikit-learn's
  ``calibration_curve(strategy="uniform")``: ECE = sum over bins of (cases in bin / all cases) x
  |accuracy in bin - mean confidence in bin|. It is the *top-label* ECE: the confidence is the one
  attached to the suggested team, "correct" whether that team was right.
* **Risk-coverage**: cases are ranked by confidence, highest first; at each distinct confidence
  threshold t the coverage is the share of cases with confidence >= t and the risk is the error
  rate among them. AURC (area under the risk-coverage curve) is the mean selective risk over the
  n coverage steps 1/n, 2/n, ... 1 with tied confidences treated as one step.
* **Retrieval**: ranks are over distinct guidance pages in the order retrieved (several passages
  of one page count once, at the first one's rank). recall@k is the share of a case's relevant
  pages in the top k, averaged over cases; MRR is the mean of 1/rank of the first relevant page
  (0 when none was retrieved).
* **Wilson score interval** for proportions (acceptance, override rates): better than the normal
  approximation for small samples and rates near 0 or 1.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence

import numpy as np

from contracts.calibration import N_BINS
from contracts.calibration import expected_calibration_error as expected_calibration_error
from contracts.calibration import reliability as reliability

DEFAULT_RESAMPLES = 1000
DEFAULT_SEED = 0
ECE_BINS = N_BINS
NO_TEAM = "(no team)"


# --- label encoding --------------------------------------------------------------------------


def encode(
    y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str] | None = None
) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """Integer codes for true and predicted labels over one shared, sorted label list."""
    if len(y_true) != len(y_pred):
        raise ValueError(f"{len(y_true)} true labels but {len(y_pred)} predictions")
    names = list(labels) if labels is not None else sorted(set(y_true) | set(y_pred))
    index = {name: i for i, name in enumerate(names)}
    missing = (set(y_true) | set(y_pred)) - set(index)
    if missing:
        raise ValueError(f"labels not in the label list: {sorted(missing)[:5]}")
    return (
        np.fromiter((index[y] for y in y_true), dtype=np.int64, count=len(y_true)),
        np.fromiter((index[y] for y in y_pred), dtype=np.int64, count=len(y_pred)),
        names,
    )


# --- classification --------------------------------------------------------------------------


def accuracy(y_true: Sequence[str], y_pred: Sequence[str]) -> float:
    if not len(y_true):
        return float("nan")
    return float(np.mean([t == p for t, p in zip(y_true, y_pred, strict=True)]))


def _macro_f1_codes(t: np.ndarray, p: np.ndarray, n_classes: int) -> float:
    true_counts = np.bincount(t, minlength=n_classes)
    pred_counts = np.bincount(p, minlength=n_classes)
    tp = np.bincount(t[t == p], minlength=n_classes)
    present = true_counts > 0
    if not present.any():
        return float("nan")
    denominator = true_counts + pred_counts
    f1 = np.divide(2 * tp, denominator, out=np.zeros(n_classes), where=denominator > 0)
    return float(f1[present].mean())


def macro_f1(y_true: Sequence[str], y_pred: Sequence[str]) -> float:
    """Mean F1 over the classes present in ``y_true`` (see the module notes)."""
    t, p, names = encode(y_true, y_pred)
    return _macro_f1_codes(t, p, len(names))


def per_class(
    y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str] | None = None
) -> list[dict]:
    """Precision, recall, F1 and support per class (0 where undefined, like zero_division=0)."""
    t, p, names = encode(y_true, y_pred, labels)
    n = len(names)
    support = np.bincount(t, minlength=n)
    predicted = np.bincount(p, minlength=n)
    tp = np.bincount(t[t == p], minlength=n)
    rows = []
    for i, name in enumerate(names):
        precision = tp[i] / predicted[i] if predicted[i] else 0.0
        recall = tp[i] / support[i] if support[i] else 0.0
        f1 = 2 * tp[i] / (support[i] + predicted[i]) if support[i] + predicted[i] else 0.0
        rows.append(
            {
                "label": name,
                "precision": float(precision),
                "recall": float(recall),
                "f1": float(f1),
                "support": int(support[i]),
                "predicted": int(predicted[i]),
            }
        )
    return rows


def confusion(
    y_true: Sequence[str], y_pred: Sequence[str], labels: Sequence[str] | None = None
) -> tuple[np.ndarray, list[str]]:
    """Counts matrix: rows are true labels, columns predicted (as sklearn's confusion_matrix)."""
    t, p, names = encode(y_true, y_pred, labels)
    n = len(names)
    matrix = np.bincount(t * n + p, minlength=n * n).reshape(n, n)
    return matrix, names


def top_confusions(matrix: np.ndarray, labels: Sequence[str], n: int = 15) -> list[dict]:
    """The most frequent off-diagonal (true -> predicted) pairs."""
    off = matrix.copy()
    np.fill_diagonal(off, 0)
    order = np.argsort(-off, axis=None, kind="stable")
    support = matrix.sum(axis=1)
    rows = []
    for flat in order[:n]:
        i, j = divmod(int(flat), matrix.shape[1])
        if off[i, j] == 0:
            break
        rows.append(
            {
                "true": labels[i],
                "predicted": labels[j],
                "count": int(off[i, j]),
                "share_of_true": float(off[i, j] / support[i]) if support[i] else 0.0,
            }
        )
    return rows


# --- bootstrap -------------------------------------------------------------------------------


def bootstrap_ci(
    statistic: Callable[[np.ndarray], float],
    n: int,
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
    level: float = 0.95,
) -> tuple[float, float]:
    """Percentile interval of ``statistic(indices)`` over resamples of range(n) with replacement.

    ``statistic`` receives an index array and returns a number (NaN results are ignored).
    """
    if n == 0 or resamples <= 0:
        return float("nan"), float("nan")
    rng = np.random.default_rng(seed)
    values = np.empty(resamples)
    for r in range(resamples):
        values[r] = statistic(rng.integers(0, n, size=n))
    values = values[~np.isnan(values)]
    if not len(values):
        return float("nan"), float("nan")
    tail = (1 - level) / 2 * 100
    low, high = np.percentile(values, [tail, 100 - tail])
    return float(low), float(high)


def accuracy_with_ci(
    y_true: Sequence[str],
    y_pred: Sequence[str],
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
) -> dict:
    correct = np.asarray([t == p for t, p in zip(y_true, y_pred, strict=True)], dtype=float)
    point = float(correct.mean()) if len(correct) else float("nan")
    low, high = bootstrap_ci(
        lambda idx: correct[idx].mean(), len(correct), resamples=resamples, seed=seed
    )
    return {"value": point, "ci_low": low, "ci_high": high, "n": len(correct)}


def macro_f1_with_ci(
    y_true: Sequence[str],
    y_pred: Sequence[str],
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
) -> dict:
    t, p, names = encode(y_true, y_pred)
    k = len(names)
    point = _macro_f1_codes(t, p, k) if len(t) else float("nan")
    low, high = bootstrap_ci(
        lambda idx: _macro_f1_codes(t[idx], p[idx], k), len(t), resamples=resamples, seed=seed
    )
    return {"value": point, "ci_low": low, "ci_high": high, "n": len(t)}


def mean_with_ci(
    values: Sequence[float], *, resamples: int = DEFAULT_RESAMPLES, seed: int = DEFAULT_SEED
) -> dict:
    array = np.asarray(values, dtype=float)
    point = float(array.mean()) if len(array) else float("nan")
    low, high = bootstrap_ci(
        lambda idx: array[idx].mean(), len(array), resamples=resamples, seed=seed
    )
    return {"value": point, "ci_low": low, "ci_high": high, "n": len(array)}


# --- calibration -----------------------------------------------------------------------------

# reliability() and expected_calibration_error() live in contracts/calibration.py, the one binning
# the router (triage/) and this report share.


# --- selective prediction --------------------------------------------------------------------


def risk_coverage(confidence: Sequence[float], correct: Sequence[bool]) -> dict:
    """Risk-coverage curve over distinct confidence thresholds, highest first, and AURC."""
    conf = np.asarray(confidence, dtype=float)
    hit = np.asarray(correct, dtype=float)
    n = len(conf)
    if not n:
        return {"thresholds": [], "coverage": [], "risk": [], "aurc": float("nan"), "n": 0}
    order = np.argsort(-conf, kind="stable")
    conf_sorted, hit_sorted = conf[order], hit[order]
    errors = np.cumsum(1 - hit_sorted)
    # The last position of each run of equal confidences: a threshold keeps a whole tie group.
    last = np.r_[np.nonzero(np.diff(conf_sorted))[0], n - 1]
    counts = last + 1
    risks = errors[last] / counts
    # AURC: each of the n coverage steps takes the risk of the tie group it falls in.
    group_sizes = np.diff(np.r_[0, counts])
    aurc = float(np.sum(risks * group_sizes) / n)
    return {
        "thresholds": [float(x) for x in conf_sorted[last]],
        "coverage": [float(c / n) for c in counts],
        "risk": [float(r) for r in risks],
        "aurc": aurc,
        "n": n,
    }


def selective_at_threshold(
    confidence: Sequence[float], correct: Sequence[bool], threshold: float
) -> dict:
    """Coverage and accuracy if every case with confidence below ``threshold`` is held back."""
    conf = np.asarray(confidence, dtype=float)
    hit = np.asarray(correct, dtype=bool)
    kept = conf >= threshold
    return _selective(kept, hit, threshold=threshold)


def operating_point(
    abstained: Sequence[bool], correct: Sequence[bool], *, threshold: float | None = None
) -> dict:
    """What the deployed setting does: coverage and accuracy of the letters it did not abstain on."""
    kept = ~np.asarray(abstained, dtype=bool)
    return _selective(kept, np.asarray(correct, dtype=bool), threshold=threshold)


def _selective(kept: np.ndarray, hit: np.ndarray, *, threshold: float | None) -> dict:
    n = len(kept)
    routed = int(kept.sum())
    right = int((hit & kept).sum())
    low, high = wilson_interval(right, routed)
    return {
        "threshold": threshold,
        "n": n,
        "routed": routed,
        "abstained": n - routed,
        "coverage": routed / n if n else float("nan"),
        "selective_accuracy": right / routed if routed else float("nan"),
        "selective_accuracy_ci_low": low,
        "selective_accuracy_ci_high": high,
        "selective_risk": 1 - right / routed if routed else float("nan"),
        "wrong_routed": routed - right,
        "wrong_routed_share_of_all": (routed - right) / n if n else float("nan"),
        # Of the letters it held back, how many would it have got wrong anyway?
        "abstained_would_be_wrong": (
            int((~hit & ~kept).sum()) / (n - routed) if n - routed else float("nan")
        ),
    }


def coverage_for_accuracy(
    confidence: Sequence[float],
    correct: Sequence[bool],
    targets: Iterable[float] = (0.9, 0.95, 0.99),
) -> list[dict]:
    """For each target accuracy, the lowest threshold (largest coverage) that reaches it."""
    curve = risk_coverage(confidence, correct)
    rows = []
    for target in targets:
        best = None
        for t, c, r in zip(curve["thresholds"], curve["coverage"], curve["risk"]):
            if 1 - r >= target:
                best = {"target_accuracy": target, "threshold": t, "coverage": c, "accuracy": 1 - r}
        rows.append(
            best
            or {"target_accuracy": target, "threshold": None, "coverage": 0.0, "accuracy": None}
        )
    return rows


# --- retrieval -------------------------------------------------------------------------------


def _page_key(guidance_id: str) -> str:
    return guidance_id.strip().rstrip("/").casefold()


def _matches(retrieved: str, relevant: str) -> bool:
    """A retrieved id matches a relevant page id exactly or as a sub-page/anchor of it."""
    r, g = _page_key(retrieved), _page_key(relevant)
    return r == g or r.startswith(g + "/") or r.startswith(g + "#")


def distinct_pages(retrieved: Sequence[str]) -> list[str]:
    """Retrieved ids in rank order with repeats (passages of one page) removed."""
    seen, pages = set(), []
    for gid in retrieved:
        key = _page_key(gid.split("#", 1)[0])
        if key not in seen:
            seen.add(key)
            pages.append(gid)
    return pages


def retrieval_ranks(retrieved: Sequence[str], relevant: Sequence[str]) -> list[int | None]:
    """For each relevant page, its 1-based rank among distinct retrieved pages (None: missing)."""
    pages = distinct_pages(retrieved)
    ranks = []
    for gold in relevant:
        rank = next((i + 1 for i, gid in enumerate(pages) if _matches(gid, gold)), None)
        ranks.append(rank)
    return ranks


def retrieval_metrics(
    retrieved_lists: Sequence[Sequence[str]],
    relevant_lists: Sequence[Sequence[str]],
    *,
    ks: Sequence[int] = (1, 3, 5),
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
) -> dict:
    """recall@k and MRR (with bootstrap CIs) over the cases that have relevant pages."""
    recall = {k: [] for k in ks}
    reciprocal = []
    for retrieved, relevant in zip(retrieved_lists, relevant_lists, strict=True):
        if not relevant:
            continue
        ranks = retrieval_ranks(retrieved, relevant)
        for k in ks:
            recall[k].append(sum(1 for r in ranks if r is not None and r <= k) / len(relevant))
        found = [r for r in ranks if r is not None]
        reciprocal.append(1.0 / min(found) if found else 0.0)
    return {
        "n": len(reciprocal),
        "recall_at_k": {
            str(k): mean_with_ci(recall[k], resamples=resamples, seed=seed) for k in ks
        },
        "mrr": mean_with_ci(reciprocal, resamples=resamples, seed=seed),
        "ranking": "distinct pages in retrieved order; sub-pages and #anchors match their page",
    }


# --- proportions and human agreement ---------------------------------------------------------


def wilson_interval(successes: int, n: int, z: float = 1.959963984540054) -> tuple[float, float]:
    """Wilson score interval for a proportion (95% by default)."""
    if n <= 0:
        return float("nan"), float("nan")
    p = successes / n
    denominator = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denominator
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denominator
    return max(0.0, centre - half), min(1.0, centre + half)


# --- one system's full classification block --------------------------------------------------


def classification_block(
    y_true: Sequence[str],
    y_pred: Sequence[str],
    confidence: Sequence[float],
    *,
    abstained: Sequence[bool] | None = None,
    threshold: float | None = None,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
    confusion_top: int = 20,
) -> dict:
    """Every routing figure for one system (the assistant or a baseline) on one set of cases.

    ``y_pred`` is the system's first choice for every case, also where it abstained, so accuracy
    is comparable across systems; ``abstained`` (or, for a baseline, ``threshold`` applied to
    ``confidence``) gives the operating point: how many letters it would route and how often those
    are right.
    """
    correct = [t == p for t, p in zip(y_true, y_pred, strict=True)]
    matrix, labels = confusion(y_true, y_pred)
    if abstained is None and threshold is not None:
        abstained = [c < threshold for c in confidence]
    block = {
        "n": len(y_true),
        "accuracy": accuracy_with_ci(y_true, y_pred, resamples=resamples, seed=seed),
        "macro_f1": macro_f1_with_ci(y_true, y_pred, resamples=resamples, seed=seed),
        "per_class": per_class(y_true, y_pred, labels),
        "confusion": {"labels": labels, "matrix": matrix.tolist()},
        "top_confusions": top_confusions(matrix, labels, confusion_top),
        "calibration": reliability(confidence, correct),
        "risk_coverage": risk_coverage(confidence, correct),
        "coverage_for_accuracy": coverage_for_accuracy(confidence, correct),
    }
    if abstained is not None:
        block["operating_point"] = operating_point(abstained, correct, threshold=threshold)
    if threshold is not None:
        block["threshold_point"] = selective_at_threshold(confidence, correct, threshold)
    return block


def paired_difference(
    correct_a: Sequence[bool],
    correct_b: Sequence[bool],
    *,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
) -> dict:
    """Accuracy of A minus accuracy of B on the same cases, with a paired bootstrap interval."""
    a = np.asarray(correct_a, dtype=float)
    b = np.asarray(correct_b, dtype=float)
    diff = a - b
    point = float(diff.mean()) if len(diff) else float("nan")
    low, high = bootstrap_ci(
        lambda idx: diff[idx].mean(), len(diff), resamples=resamples, seed=seed
    )
    return {"value": point, "ci_low": low, "ci_high": high, "n": len(diff)}


def span_scores_with_ci(
    correct: Sequence[int],
    predicted: Sequence[int],
    found: Sequence[int],
    gold: Sequence[int],
    *,
    beta: float = 2.0,
    resamples: int = DEFAULT_RESAMPLES,
    seed: int = DEFAULT_SEED,
) -> dict:
    """Precision, recall and F-beta from per-document counts, with document-bootstrap CIs.

    ``correct[i]`` of ``predicted[i]`` predicted spans in document i were right; ``found[i]`` of
    its ``gold[i]`` labelled spans were found. Each resample redraws documents (a letter's spans
    stay together) and recomputes the ratios of sums.
    """
    arrays = [np.asarray(x, dtype=float) for x in (correct, predicted, found, gold)]
    n = len(arrays[0])

    def scores(idx) -> tuple[float, float, float]:
        c, p, f, g = (a[idx].sum() for a in arrays)
        precision = c / p if p else float("nan")
        recall = f / g if g else float("nan")
        if math.isnan(precision) or math.isnan(recall):
            fbeta = float("nan")
        elif precision == 0 and recall == 0:
            fbeta = 0.0
        else:
            fbeta = (1 + beta**2) * precision * recall / (beta**2 * precision + recall)
        return precision, recall, fbeta

    point = scores(np.arange(n))
    rng = np.random.default_rng(seed)
    samples = (
        np.array([scores(rng.integers(0, n, size=n)) for _ in range(resamples)])
        if n and resamples > 0
        else np.empty((0, 3))
    )
    out = {}
    for j, name in enumerate(("precision", "recall", f"f{beta:g}")):
        column = samples[:, j] if len(samples) else np.empty(0)
        column = column[~np.isnan(column)]
        low, high = (
            np.percentile(column, [2.5, 97.5]) if len(column) else (float("nan"), float("nan"))
        )
        out[name] = {"value": float(point[j]), "ci_low": float(low), "ci_high": float(high)}
    out["documents"] = n
    return out
