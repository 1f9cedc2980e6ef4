"""Calibration measures, in one place for the router (triage/) and the evaluation report.

One binning everywhere: ``N_BINS`` (15) equal-width confidence bins on [0, 1], closed on the right
like scikit-learn's ``calibration_curve(strategy="uniform")`` (the first bin is [0, 1/15], then
(1/15, 2/15], ...). The expected calibration error (ECE) is the *top-label* ECE: the sum over bins
of (cases in bin / all cases) x |accuracy in bin - mean confidence in bin|, where the confidence
is the one attached to the suggested team and "correct" says whether that team was right.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

N_BINS = 15
BINNING = "15 equal-width bins, right-closed: [0,1/15], (1/15,2/15], ... (14/15,1]"


def bin_ids(confidence: np.ndarray, n_bins: int = N_BINS) -> np.ndarray:
    """The bin of each confidence (0 .. n_bins - 1), same rule as ``calibration_curve``."""
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    return np.searchsorted(edges[1:-1], np.clip(confidence, 0.0, 1.0))


def reliability(
    confidence: Sequence[float] | np.ndarray,
    correct: Sequence[bool] | np.ndarray,
    n_bins: int = N_BINS,
) -> dict:
    """ECE plus the per-bin table behind a reliability diagram (plain Python values)."""
    conf = np.clip(np.asarray(confidence, dtype=float), 0.0, 1.0)
    hit = np.asarray(correct, dtype=float)
    if conf.shape != hit.shape:
        raise ValueError(f"{conf.size} confidences but {hit.size} outcomes")
    n = len(conf)
    ids = bin_ids(conf, n_bins)
    edges = np.linspace(0.0, 1.0, n_bins + 1)
    bins, ece, mce = [], 0.0, 0.0
    for b in range(n_bins):
        mask = ids == b
        count = int(mask.sum())
        row = {
            "low": float(edges[b]),
            "high": float(edges[b + 1]),
            "count": count,
            "accuracy": None,
            "confidence": None,
            "gap": None,
        }
        if count:
            acc, mean_conf = float(hit[mask].mean()), float(conf[mask].mean())
            gap = acc - mean_conf
            row.update(accuracy=acc, confidence=mean_conf, gap=gap)
            ece += count / n * abs(gap)
            mce = max(mce, abs(gap))
        bins.append(row)
    nan = float("nan")
    return {
        "ece": float(ece) if n else nan,
        "mce": float(mce) if n else nan,
        "brier_top_label": float(np.mean((conf - hit) ** 2)) if n else nan,
        "mean_confidence": float(conf.mean()) if n else nan,
        "accuracy": float(hit.mean()) if n else nan,
        "n_bins": n_bins,
        "binning": BINNING if n_bins == N_BINS else f"{n_bins} equal-width bins, right-closed",
        "bins": bins,
    }


def expected_calibration_error(
    confidence: Sequence[float] | np.ndarray,
    correct: Sequence[bool] | np.ndarray,
    n_bins: int = N_BINS,
) -> float:
    """Top-label ECE (NaN for no cases: there is nothing to be calibrated about)."""
    return reliability(confidence, correct, n_bins)["ece"]


def ece_if_calibrated(
    confidence: Sequence[float] | np.ndarray,
    draws: int = 400,
    seed: int = 0,
    *,
    groups: Sequence[object] | np.ndarray | None = None,
    spread: float = 0.0,
) -> np.ndarray:
    """The ECEs a perfectly calibrated system with these confidences shows on this many cases
    (each case right with probability = its confidence), one per draw: the sampling-noise floor
    a measured ECE is read against (400 letters in 15 bins leave about 0.04-0.06).

    With ``groups`` and a ``spread`` > 0 (see :func:`between_group_spread`) the cases are not
    independent: cases of one group (the GOV.UK snippets of one page) share how easy they are.
    Each group draws one quantile u, and each of its cases is right with probability the u-th
    quantile of a beta distribution whose mean is the case's confidence and whose standard
    deviation is ``spread`` (at most what a mean-c distribution on [0, 1] allows): calibrated on
    average over groups, but a test set of few groups can be easier or harder than its
    confidence says, as a test set of few pages is."""
    rng = np.random.default_rng(seed)
    conf = np.clip(np.asarray(confidence, dtype=float), 0.0, 1.0)
    if groups is None or spread <= 0:
        return np.array(
            [expected_calibration_error(conf, rng.random(len(conf)) < conf) for _ in range(draws)]
        )
    from scipy.stats import beta

    if len(groups) != len(conf):
        raise ValueError(f"{conf.size} confidences but {len(groups)} groups")
    codes = np.unique(np.asarray([str(g) for g in groups]), return_inverse=True)[1]
    inner = np.clip(conf, 1e-6, 1 - 1e-6)
    # a beta with mean c has variance c(1 - c)/(k + 1); k -> 0 is the widest (all mass at 0 and 1)
    variance = np.minimum(spread**2, inner * (1 - inner) * (1 - 1e-6))
    k = inner * (1 - inner) / variance - 1
    a, b = inner * k, (1 - inner) * k
    eces = []
    for _ in range(draws):
        quantile = rng.random(codes.max() + 1)[codes]
        p_right = beta.ppf(quantile, a, b)
        eces.append(expected_calibration_error(conf, rng.random(len(conf)) < p_right))
    return np.array(eces)


def between_group_spread(
    confidence: Sequence[float] | np.ndarray,
    correct: Sequence[bool] | np.ndarray,
    groups: Sequence[object] | np.ndarray,
) -> float:
    """How far a group's share of right cases strays from its confidence, beyond chance: the
    standard deviation (probability scale) of the groups' true mean of (right - confidence)
    around the overall gap. Method of moments on held-out cases: the size-weighted variance of
    the groups' mean residuals less the binomial variance of a mean of that many cases (0 when
    the groups differ no more than chance)."""
    conf = np.clip(np.asarray(confidence, dtype=float), 0.0, 1.0)
    hit = np.asarray(correct, dtype=float)
    if conf.shape != hit.shape or len(groups) != len(conf):
        raise ValueError(f"{conf.size} confidences, {hit.size} outcomes, {len(groups)} groups")
    if not len(conf):
        return float("nan")
    codes = np.unique(np.asarray([str(g) for g in groups]), return_inverse=True)[1]
    residual = hit - conf
    residual -= residual.mean()
    size = np.bincount(codes)
    mean = np.bincount(codes, residual) / size
    chance = np.bincount(codes, conf * (1 - conf)) / size**2
    weight = size / size.sum()
    return float(np.sqrt(max(float(np.sum(weight * (mean**2 - chance))), 0.0)))


__all__ = [
    "BINNING",
    "N_BINS",
    "between_group_spread",
    "bin_ids",
    "ece_if_calibrated",
    "expected_calibration_error",
    "reliability",
]
