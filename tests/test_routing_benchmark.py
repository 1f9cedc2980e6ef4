"""The routing benchmark's arithmetic and its report (numbers made up here, no models), and its
cache of redacted texts and vectors (the real pipeline)."""

from __future__ import annotations

import numpy as np
import pytest

from evaluation.routing_benchmark import (
    COVERAGES,
    auroc,
    ece_if_calibrated,
    score,
    selective_accuracy,
)
from evaluation.routing_report import markdown_table, write_routing_report


@pytest.mark.parametrize(
    ("confidence", "correct", "coverages", "expected"),
    [
        # the most confident first: at 50% the two surest letters
        ([0.9, 0.8, 0.7, 0.6], [True, False, True, True], (0.5, 1.0), [0.5, 0.75]),
        ([0.1, 0.9, 0.5, 0.3], [False, True, True, False], (0.25, 0.5, 0.75), [1.0, 1.0, 2 / 3]),
        # a coverage that is not a whole number of letters rounds up
        ([0.9, 0.8, 0.7], [True, False, False], (0.5,), [0.5]),
    ],
)
def test_selective_accuracy(confidence, correct, coverages, expected):
    assert selective_accuracy(np.array(confidence), np.array(correct), coverages) == pytest.approx(
        expected
    )


def test_score_and_auroc():
    result = score(["a", "b", "a", "c"], np.array([0.9, 0.8, 0.7, 0.2]), ["a", "a", "a", "c"])
    assert result["accuracy"] == 0.75 and result["n"] == 4
    assert len(result["selective_accuracy"]) == len(COVERAGES)
    assert result["selective_accuracy"][-1] == 0.75
    assert 0 <= result["ece"] <= 1 and result["aurc"] > 0
    assert auroc(np.array([0.9, 0.8]), np.array([0.1, 0.2])) == 1.0
    assert auroc(np.array([0.1]), np.array([0.9])) == 0.0


def _report():
    def system(accuracy, aurc):
        return {
            "accuracy": accuracy,
            "aurc": aurc,
            "ece": 0.03,
            "selective_accuracy": [accuracy + 0.1 * (1 - c) for c in COVERAGES],
        }

    router = system(0.8, 0.1) | {
        "conformal": {"level": 0.9, "coverage": 0.91, "mean_size": 1.4, "empty": 0.0},
        "fit_seconds": 12.0,
        "vs_tfidf_lr": {
            "aurc_lower": True,
            "on_or_above_everywhere": True,
            "worst_gap": 0.0,
            "worst_at": 0.1,
        },
        "vs_dense_lr": {
            "aurc_lower": True,
            "on_or_above_everywhere": False,
            "worst_gap": -0.02,
            "worst_at": 0.3,
        },
    }
    return {
        "mode": "test",
        "coverages": list(COVERAGES),
        "sets": {
            "toy": {
                "router": router,
                "tfidf_lr": system(0.7, 0.2),
                "dense_lr": system(0.75, 0.15),
                "n_train": 100,
                "n_test": 50,
                "teams": 3,
                "corrections": {
                    "3": {"top1": 0.5, "top3": 0.8, "unrelated_moved": 0.0, "topics": 2}
                },
            }
        },
    }


def test_markdown_table_and_html_report(tmp_path):
    table = markdown_table(_report())
    assert (
        "| toy | **router** | 0.800 | 0.100 | 0.890 | 0.880 | 0.870 | 0.850 | 0.800 | 0.030 |"
        in (table)
    )
    assert table.count("| toy |") == 3
    page = write_routing_report(_report(), tmp_path / "r.html").read_text()
    assert "data:image/png;base64," in page
    assert "achieved 91.0%, mean size 1.40" in page
    assert "after 3 correction(s) of a new topic" in page
    assert "worst gap -2.0 points at 30%" in page


def test_markdown_table_shows_the_floor_by_page_where_letters_come_in_pages():
    report = _report()
    report["sets"]["toy"]["router"] |= {
        "ece_if_calibrated": {"median": 0.034, "p95": 0.055, "share_at_most_0.05": 0.9},
        "ece_if_calibrated_by_page": {"median": 0.046, "p95": 0.078, "spread": 0.28},
    }
    table = markdown_table(report)
    assert "| 0.030 (0.034; by page 0.046) |" in table
    assert table.count("by page") == 1  # the baselines have no page spread of their own


def test_dev_split_keeps_a_page_on_one_side():
    """GOV.UK's test split keeps each page's snippets together (unseen pages); its dev split
    did not (a stratified 25%), so designs were tuned on pages the model had seen. Rows without
    pages (CFPB, BANKING77) keep the stratified split."""
    from evaluation.routing_benchmark import dev_split

    rng = np.random.default_rng(0)
    pages = [f"page {i % 40}" for i in range(400)]
    rows = [{"team": f"team {int(p.split()[1]) % 4}", "page": p, "text": ""} for p in pages]
    data = {"train": {"rows": rows, "X": rng.normal(size=(400, 3))}}
    split = dev_split(data)
    seen = {r["page"] for r in split["train"]["rows"]}
    held = {r["page"] for r in split["test"]["rows"]}
    assert not seen & held and 0.15 < len(split["test"]["rows"]) / 400 < 0.35
    assert {r["team"] for r in split["test"]["rows"]} == {f"team {i}" for i in range(4)}
    plain = dev_split(
        {"train": {"rows": [r | {"page": None} for r in rows], "X": data["train"]["X"]}}
    )
    assert len(plain["test"]["rows"]) == 100
    assert {r["page"] for r in plain["test"]["rows"]} == {None}


def test_ece_noise_floor_of_a_calibrated_system():
    """A measured ECE is read against what a perfectly calibrated system would show on as many
    letters: at 400 letters that floor is near the 0.05 target, at 40,000 it vanishes."""

    rng = np.random.default_rng(1)
    small = ece_if_calibrated(rng.uniform(0.2, 0.9, 400), draws=100)
    large = ece_if_calibrated(rng.uniform(0.2, 0.9, 40_000), draws=20)
    assert 0.02 < small["median"] < 0.07 and small["p95"] > small["median"]
    assert large["median"] < 0.01


def test_govuk_floor_is_drawn_by_page_from_the_routers_held_out_pages():
    """The floor a page-split test is read against uses the spread between pages measured on the
    router's held-out folds: pages all right or all wrong at 0.6 confidence widen it."""
    from types import SimpleNamespace

    from evaluation.routing_benchmark import ece_floor_by_page

    rng = np.random.default_rng(2)
    pages = [f"page {i // 8}" for i in range(400)]
    page_right = rng.random(50) < 0.6
    labels = np.zeros(400, dtype=int)
    top = np.where(page_right[[int(p.split()[1]) for p in pages]], 0, 1)
    proba = np.full((400, 2), 0.4)
    proba[np.arange(400), top] = 0.6
    router = SimpleNamespace(classifier_=SimpleNamespace(oof_proba_=proba, oof_labels_=labels))
    test_pages = [f"test page {i // 8}" for i in range(320)]
    floor = ece_floor_by_page(router, pages, np.full(320, 0.6), test_pages)
    independent = ece_if_calibrated(np.full(320, 0.6))
    assert floor["spread"] > 0.4  # pages wholly right or wholly wrong: spread sqrt(0.24)
    assert floor["test_pages"] == 40
    assert floor["p95"] > 2 * independent["p95"]
    # letters scored by fold models that never saw their team say nothing about the spread
    router.classifier_.oof_team_seen_ = top == 0
    assert ece_floor_by_page(router, pages, np.full(320, 0.6), test_pages)["spread"] < 0.01


def test_both_dense_views_are_made_from_the_same_cached_redacted_texts(
    pipeline, monkeypatch, tmp_path, shared_data
):
    """CASEWORK_ROUTING_VECTORS=static scores the router on the static embedder's vectors of
    the very texts the MiniLM run redacted (cached), so the two runs differ in the dense view
    only; the second run redacts nothing."""
    from evaluation import datasets
    from evaluation import routing_benchmark as rb

    snippets = datasets.govuk_org_split(datasets.govuk_snippets()["all"])
    rows = {part: snippets[part][:6] for part in ("train", "test")}
    monkeypatch.setattr(rb, "load_rows", lambda name: rows)
    minilm = rb.prepared("govuk", tmp_path, lambda: pipeline, "minilm")

    def no_redaction(*args, **kwargs):
        raise AssertionError("the cached redacted texts are reused")

    monkeypatch.setattr(pipeline, "redact_many", no_redaction)
    static = rb.prepared("govuk", tmp_path, lambda: pipeline, "static")
    for part in ("train", "test"):
        assert static[part]["rows"] == minilm[part]["rows"]
        assert minilm[part]["X"].shape == (6, pipeline.embedding_dimension)
        assert static[part]["X"].shape == (6, pipeline.static.dimension)
    again = rb.prepared("govuk", tmp_path, lambda: pipeline, "minilm")
    assert (again["test"]["X"] == minilm["test"]["X"]).all()


def test_cv_scores_every_letter_once_by_models_that_never_saw_it(
    pipeline, monkeypatch, tmp_path, shared_data
):
    """``--cv K`` (repeated splits, issue 15): train and test pooled, each fold scored by the
    three systems fitted on the other folds, through the fixed split's own code path
    (``fit_and_predict``, real models). Watched at that function: no letter a system is fitted
    on is among the letters it scores, and every letter is scored exactly once."""
    import json
    from collections import Counter

    from evaluation import datasets
    from evaluation import routing_benchmark as rb

    cfpb = datasets.cfpb_issue()
    counts = Counter(r["team"] for r in cfpb["train"])
    teams = {team for team, _ in counts.most_common(3)}
    rows = {
        part: [r for r in cfpb[part] if r["team"] in teams][:size]
        for part, size in (("train", 40), ("test", 20))
    }
    monkeypatch.setattr(rb, "load_rows", lambda name: rows)
    monkeypatch.setattr(rb, "build_pipeline", lambda *args, **kwargs: pipeline)
    calls = []
    real_fit = rb.fit_and_predict

    def watched_fit(train, test):
        calls.append(({id(r) for r in train["rows"]}, [id(r) for r in test["rows"]]))
        return real_fit(train, test)

    monkeypatch.setattr(rb, "fit_and_predict", watched_fit)
    rb.main(["--cv", "2", "--cache", str(tmp_path), "--out", str(tmp_path)])

    assert len(calls) == 2
    for fitted_on, scored in calls:
        assert fitted_on and scored and not fitted_on & set(scored)
    scored_ids = [letter for _, scored in calls for letter in scored]
    assert len(scored_ids) == len(set(scored_ids)) == 60
    report = json.loads((tmp_path / "routing-cv.json").read_text())
    result = report["sets"]["cfpb"]
    assert result["n"] == 60 and result["k"] == 2
    assert sorted(result["letters"]["fold"]) == [0] * 30 + [1] * 30
    for system in rb.SYSTEM_KEYS:
        assert None not in result["letters"][system]["team"]
        pooled = result["systems"][system]["pooled"]
        assert len(pooled["selective_accuracy"]) == len(COVERAGES)
        low, high = pooled["aurc_ci"]
        assert 0 <= low <= high <= 1
    for base in rb.BASELINES:
        vs = result["vs"][base]["pooled"]
        assert all(lo <= hi for lo, hi in zip(vs["ci_low"], vs["ci_high"], strict=True))
    assert (tmp_path / "routing-cv.png").stat().st_size > 0
