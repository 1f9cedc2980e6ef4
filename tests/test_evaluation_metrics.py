"""Evaluation metrics checked against scikit-learn and hand-computed answers: classification,
calibration, selective prediction, retrieval, human agreement. The evaluate command is tested in
test_evaluation.py."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest
from sklearn.calibration import calibration_curve
from sklearn.metrics import (
    accuracy_score,
    confusion_matrix,
    f1_score,
    precision_recall_fscore_support,
)

from evaluation import metrics as m
from evaluation.agreement import human_agreement
from evaluation.redaction_metrics import evaluate_redaction

FIXTURES = Path(__file__).parent / "fixtures" / "eval"

Y_TRUE = ["a", "a", "a", "b", "b", "c", "c", "c", "c", "d"]
Y_PRED = ["a", "b", "a", "b", "c", "c", "c", "a", "(no team)", "d"]


def _random_labels(seed: int, n: int = 300, k: int = 7):
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    p = np.where(rng.random(n) < 0.6, y, rng.integers(0, k + 1, n))
    return [f"t{v}" for v in y], [f"t{v}" for v in p]


# --- classification vs scikit-learn ----------------------------------------------------------


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_accuracy_macro_f1_per_class_and_confusion_equal_sklearn(seed):
    cases = [(Y_TRUE, Y_PRED), _random_labels(seed)]
    for y, p in cases:
        assert m.accuracy(y, p) == pytest.approx(accuracy_score(y, p))
        present = sorted(set(y))
        assert m.macro_f1(y, p) == pytest.approx(
            f1_score(y, p, labels=present, average="macro", zero_division=0)
        )
        labels = sorted(set(y) | set(p))
        precision, recall, f1, support = precision_recall_fscore_support(
            y, p, labels=labels, average=None, zero_division=0
        )
        rows = m.per_class(y, p, labels)
        assert [r["label"] for r in rows] == labels
        assert np.allclose([r["precision"] for r in rows], precision)
        assert np.allclose([r["recall"] for r in rows], recall)
        assert np.allclose([r["f1"] for r in rows], f1)
        assert [r["support"] for r in rows] == list(support)
        matrix, names = m.confusion(y, p)
        assert names == labels
        assert (matrix == confusion_matrix(y, p, labels=labels)).all()


def test_top_confusions_are_the_largest_off_diagonal_cells():
    matrix, labels = m.confusion(Y_TRUE, Y_PRED)
    top = m.top_confusions(matrix, labels, n=10)
    assert all(row["true"] != row["predicted"] for row in top)
    assert sum(row["count"] for row in top) == sum(t != p for t, p in zip(Y_TRUE, Y_PRED))
    assert top[0]["count"] >= top[-1]["count"]


def test_bootstrap_ci_contains_point_estimate_and_is_deterministic():
    y, p = _random_labels(5, n=400)
    first = m.accuracy_with_ci(y, p, resamples=500, seed=3)
    again = m.accuracy_with_ci(y, p, resamples=500, seed=3)
    other = m.accuracy_with_ci(y, p, resamples=500, seed=4)
    assert first == again
    assert first != other
    assert first["ci_low"] <= first["value"] <= first["ci_high"]
    assert first["ci_high"] - first["ci_low"] < 0.15
    f1 = m.macro_f1_with_ci(y, p, resamples=500, seed=3)
    assert f1 == m.macro_f1_with_ci(y, p, resamples=500, seed=3)
    assert f1["ci_low"] <= f1["value"] <= f1["ci_high"]


# --- calibration -----------------------------------------------------------------------------


def test_ece_on_a_hand_computed_example():
    # 15 equal-width bins, closed on the right:
    # Bin (2/15,3/15]: 0.15 wrong                        -> acc 0,   conf 0.15, gap 0.15, weight 1/6
    # Bin (8/15,9/15]: 0.55 right, 0.6 wrong (edge: 0.6 = 9/15 is in (8/15,9/15])
    #                                                   -> acc 0.5, conf 0.575, gap 0.075, weight 2/6
    # Bin (14/15,1]: 0.95 right, 0.95 right, 1.0 right  -> acc 1,   conf 0.9667, gap 0.0333, 3/6
    conf = [0.15, 0.55, 0.6, 0.95, 0.95, 1.0]
    correct = [False, True, False, True, True, True]
    expected = (1 / 6) * 0.15 + (2 / 6) * 0.075 + (3 / 6) * (1 - (0.95 + 0.95 + 1.0) / 3)
    result = m.reliability(conf, correct)
    assert result["ece"] == pytest.approx(expected)
    assert m.expected_calibration_error(conf, correct) == pytest.approx(expected)
    assert result["mce"] == pytest.approx(0.15)
    assert [b["count"] for b in result["bins"]] == [0, 0, 1, 0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 3]


def test_reliability_bins_match_sklearn_calibration_curve():
    rng = np.random.default_rng(0)
    conf = rng.random(500)
    correct = rng.random(500) < conf
    prob_true, prob_pred = calibration_curve(correct, conf, n_bins=15, strategy="uniform")
    bins = [b for b in m.reliability(conf, correct)["bins"] if b["count"]]
    assert np.allclose([b["accuracy"] for b in bins], prob_true)
    assert np.allclose([b["confidence"] for b in bins], prob_pred)


def test_perfectly_calibrated_constant_confidence_has_zero_ece():
    assert m.expected_calibration_error([0.75] * 4, [True, True, True, False]) == pytest.approx(0)


def _pages_of_mixed_difficulty(rng, n_pages: int, per_page: int, swing: float):
    """Letters in pages, calibrated on average: every letter's confidence is 0.6, but half the
    pages are right 0.6 + swing of the time and half 0.6 - swing (a page is easy or hard as a
    whole, as GOV.UK's paraphrases of one page are)."""
    pages = np.repeat(np.arange(n_pages), per_page)
    p_right = 0.6 + swing * np.where(rng.random(n_pages) < 0.5, 1.0, -1.0)[pages]
    return np.full(len(pages), 0.6), rng.random(len(pages)) < p_right, pages


def test_between_group_spread_recovers_the_spread_between_pages():
    from contracts.calibration import between_group_spread

    rng = np.random.default_rng(3)
    conf, right, pages = _pages_of_mixed_difficulty(rng, 400, 8, swing=0.25)
    assert between_group_spread(conf, right, pages) == pytest.approx(0.25, abs=0.03)
    # independent letters: what the page means differ by is chance alone
    conf, right, pages = _pages_of_mixed_difficulty(rng, 400, 8, swing=0.0)
    assert between_group_spread(conf, right, pages) < 0.05


def test_ece_floor_counts_letters_of_one_page_as_one_draw_of_difficulty():
    """The defect: GOV.UK's noise floor (0.034) treated its 639 test snippets as independent,
    but they come in 79 pages that are easy or hard as a whole. A system calibrated on average
    over pages then shows ECEs far above that floor; the floor drawn by page covers them."""
    from contracts.calibration import between_group_spread, ece_if_calibrated

    rng = np.random.default_rng(5)
    held_conf, held_right, held_pages = _pages_of_mixed_difficulty(rng, 80, 8, swing=0.3)
    spread = between_group_spread(held_conf, held_right, held_pages)
    measured = []
    for _ in range(40):  # 40 test sets of 16 pages of 40 letters, each calibrated on average
        conf, right, _ = _pages_of_mixed_difficulty(rng, 16, 40, swing=0.3)
        measured.append(m.expected_calibration_error(conf, right))
    test_pages = np.repeat(np.arange(16), 40)
    independent = np.quantile(ece_if_calibrated(np.full(640, 0.6), 200, 0), 0.95)
    by_page = np.quantile(
        ece_if_calibrated(np.full(640, 0.6), 200, 0, groups=test_pages, spread=spread), 0.95
    )
    assert np.mean(np.array(measured) > independent) > 0.4
    assert np.mean(np.array(measured) > by_page) <= 0.15


def test_ece_floor_by_page_is_calibrated_on_average_and_plain_without_spread():
    from contracts.calibration import ece_if_calibrated

    rng = np.random.default_rng(7)
    conf = rng.uniform(0.2, 0.95, 40_000)
    pages = np.arange(40_000) // 4
    # 10,000 pages: their difficulties average out, so a calibrated-on-average draw has ECE ~0
    assert np.median(ece_if_calibrated(conf, 10, 0, groups=pages, spread=0.3)) < 0.02
    # no spread: exactly the independent-letter floor
    assert np.array_equal(
        ece_if_calibrated(conf[:400], 20, 1, groups=pages[:400], spread=0.0),
        ece_if_calibrated(conf[:400], 20, 1),
    )


# --- selective prediction --------------------------------------------------------------------


def test_risk_coverage_on_a_tiny_known_example():
    conf = [0.9, 0.8, 0.8, 0.3]
    correct = [True, False, True, False]
    curve = m.risk_coverage(conf, correct)
    assert curve["thresholds"] == [0.9, 0.8, 0.3]
    assert curve["coverage"] == [0.25, 0.75, 1.0]
    assert curve["risk"] == pytest.approx([0.0, 1 / 3, 0.5])
    # steps: 1 -> 0, 2 and 3 (tied) -> 1/3 each, 4 -> 1/2
    assert curve["aurc"] == pytest.approx((0 + 1 / 3 + 1 / 3 + 0.5) / 4)
    point = m.selective_at_threshold(conf, correct, 0.5)
    assert point["coverage"] == 0.75 and point["selective_accuracy"] == pytest.approx(2 / 3)
    assert point["abstained_would_be_wrong"] == 1.0
    op = m.operating_point([False, False, True, True], correct, threshold=0.85)
    assert op["coverage"] == 0.5 and op["selective_accuracy"] == 0.5 and op["routed"] == 2
    targets = m.coverage_for_accuracy(conf, correct, targets=(0.6, 1.0))
    assert targets[0]["coverage"] == 0.75 and targets[1]["coverage"] == 0.25


# --- retrieval -------------------------------------------------------------------------------


def test_recall_at_k_and_mrr_hand_computed():
    retrieved = [
        ["/a", "/a", "/b", "/c"],  # pages a, b, c; relevant b at rank 2
        ["/x/part-2", "/y", "/z#s"],  # relevant /x matched by its sub-page at rank 1
        ["/p", "/q", "/r", "/s", "/t", "/u"],  # relevant /u at page rank 6: outside top 5
        ["/m"],  # two relevant, one found at rank 1
    ]
    relevant = [["/b"], ["/x"], ["/u"], ["/m", "/n"]]
    result = m.retrieval_metrics(retrieved, relevant, ks=(1, 5), resamples=200)
    assert result["n"] == 4
    assert result["recall_at_k"]["1"]["value"] == pytest.approx((0 + 1 + 0 + 0.5) / 4)
    assert result["recall_at_k"]["5"]["value"] == pytest.approx((1 + 1 + 0 + 0.5) / 4)
    assert result["mrr"]["value"] == pytest.approx((1 / 2 + 1 + 1 / 6 + 1) / 4)
    assert m.retrieval_ranks(["/a#1", "/a#2", "/b"], ["/b"]) == [2]


# --- human agreement -------------------------------------------------------------------------


def test_wilson_interval_known_values():
    low, high = m.wilson_interval(8, 10)
    assert (round(low, 4), round(high, 4)) == (0.4902, 0.9433)
    assert m.wilson_interval(0, 0) != m.wilson_interval(0, 0)  # NaNs


def test_human_agreement_rates_benchmark_and_minimum_sample():
    decisions = (
        [{"team_suggested": "benefits", "team_final": "benefits", "action": "accept"}] * 95
        + [{"team_suggested": "benefits", "team_final": "tax", "action": "override"}] * 5
        + [{"team_suggested": "tax", "team_final": "tax", "action": "accept"}] * 10
        + [{"team_suggested": "tax", "team_final": "benefits", "action": "override"}] * 10
        + [{"team_suggested": "courts", "team_final": "courts", "action": "accept"}] * 20
        + [{"team_suggested": "courts", "team_final": "benefits", "action": "override"}] * 30
        + [{"team_suggested": None, "team_final": "tax", "action": "route"}] * 3
    )
    result = human_agreement(decisions, min_sample=30, benchmark=0.8)
    teams = {t["team"]: t for t in result["teams"]}
    assert teams["benefits"]["acceptance_rate"] == 0.95
    assert teams["benefits"]["override_rate"] == 0.05
    assert teams["benefits"]["status"] == "meets benchmark"
    assert teams["tax"]["status"] == "insufficient data"  # 20 < 30
    assert teams["courts"]["status"] == "below benchmark"
    assert teams["courts"]["most_common_override"] == "benefits"
    assert result["abstained_reviewed"] == 3 and result["n_suggestions"] == 170
    assert result["overall"]["acceptance_rate"] == pytest.approx(125 / 170)
    low, _high = m.wilson_interval(95, 100)
    assert teams["benefits"]["acceptance_ci_low"] == pytest.approx(low)


def test_classification_block_is_json_ready():
    y, p = _random_labels(1, n=120)
    conf = list(np.linspace(0.2, 0.99, len(y)))
    block = m.classification_block(y, p, conf, threshold=0.5, resamples=100)
    json.dumps(block)
    assert block["threshold_point"]["coverage"] == pytest.approx(np.mean(np.array(conf) >= 0.5))
    assert block["operating_point"] == block["threshold_point"]
    assert not math.isnan(block["calibration"]["ece"])


def test_every_character_hidden_per_type_ignores_the_redaction_type():
    """Per labelled type, ``hidden`` is the share of items with every letter and digit inside
    some redaction of any type: a redactor that calls a bank account DATE_TIME gets no type
    recall for it but hid it; half a name hidden is not hidden."""
    rows = [
        {
            "text": "Account 12345678, Jane Smith, Jo Bloggs.",
            "spans": [
                {"type": "UK_BANK_ACCOUNT", "start": 8, "end": 16},
                {"type": "PERSON", "start": 18, "end": 28},
                {"type": "PERSON", "start": 30, "end": 39},
            ],
        }
    ]
    predicted = [
        [
            {"type": "DATE_TIME", "start": 8, "end": 16},
            {"type": "PERSON", "start": 18, "end": 28},
            {"type": "PERSON", "start": 30, "end": 32},
        ]
    ]
    per = evaluate_redaction(rows, predicted)["per_type"]
    assert per["UK_BANK_ACCOUNT"]["recall"] == 0.0 and per["UK_BANK_ACCOUNT"]["hidden"] == 1.0
    assert per["PERSON"]["recall"] == 1.0 and per["PERSON"]["hidden"] == 0.5
    assert per["DATE_TIME"]["hidden"] is None  # nothing labelled DATE_TIME to hide
