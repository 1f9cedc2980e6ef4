"""The hybrid router's guarantees and learning: conformal candidate sets, per-team thresholds
chosen on held-out folds, team prototypes from corrections (the bin-collection scenario), and
zero-shot confidence recalibrated from caseworkers' decisions. Real model, real data slices."""

from __future__ import annotations

import numpy as np
import pytest

from contracts.calibration import expected_calibration_error
from contracts.models import GuidanceHit
from evaluation import metrics as m
from triage.hybrid import HybridClassifier
from triage.recalibration import ConfidenceRecalibrator, HeldOutConfidenceCalibrator
from triage.router import Router
from triage.teams import Teams, load_teams

INTENTS = (
    "card_arrival",
    "exchange_rate",
    "pin_blocked",
    "top_up_failed",
    "terminate_account",
    "apple_pay_or_google_pay",
    "card_not_working",
    "transfer_not_received_by_recipient",
)
N_TRAIN, N_TEST = 40, 30


@pytest.fixture(scope="module")
def data(banking77, embedder):
    train, test = banking77("train", INTENTS, N_TRAIN), banking77("test", INTENTS, N_TEST)
    vectors = embedder.encode_long([t for t, _ in train + test])
    return {
        "X": vectors[: len(train)],
        "y": [label for _, label in train],
        "texts": [t for t, _ in train],
        "X_test": vectors[len(train) :],
        "y_test": np.array([label for _, label in test]),
        "test_texts": [t for t, _ in test],
    }


@pytest.fixture(scope="module")
def teams() -> Teams:
    return Teams.from_names(INTENTS)


@pytest.fixture(scope="module")
def hybrid(data, teams) -> Router:
    return Router(teams, target_accuracy=0.9).fit(data["X"], data["y"], texts=data["texts"])


# --- the classifier ---------------------------------------------------------------------------
@pytest.mark.parametrize("with_text", [True, False])
def test_hybrid_classifier_state_and_held_out_probabilities(data, with_text):
    model = HybridClassifier().fit(data["X"], data["y"], texts=data["texts"] if with_text else None)
    assert model.uses_text_ is with_text and (model.sparse_ is not None) is with_text
    assert sorted(model.classes_) == sorted(INTENTS)
    assert model.temperature_ > 0 and model.meta_C_ in model.meta_Cs
    assert model.oof_proba_.shape == (len(data["y"]), len(INTENTS))
    assert np.allclose(model.oof_proba_.sum(axis=1), 1.0)
    P = model.predict_proba(data["X_test"], texts=data["test_texts"] if with_text else None)
    assert np.allclose(P.sum(axis=1), 1.0)
    accuracy = (model.classes_[P.argmax(1)] == data["y_test"]).mean()
    assert accuracy >= 0.8


def test_the_meta_model_converges(data):
    """The meta model reads dense log-probabilities (down to log 1e-12 = -27.6) beside SVM
    margins (about -1..1). Unscaled, lbfgs needed 124 iterations here (over scikit-learn's
    default budget of 100, so a ConvergenceWarning with default settings) and on CFPB it ran
    past 3,000 without converging, spending most of the fit's CPU. Its inputs are
    standardised, so it converges well inside the default budget."""
    import warnings

    from sklearn.exceptions import ConvergenceWarning

    with warnings.catch_warnings():
        warnings.simplefilter("error", ConvergenceWarning)
        model = HybridClassifier(meta_Cs=(1.0,)).fit(data["X"], data["y"], texts=data["texts"])
    meta = model.meta_[-1]  # the logistic regression after the scaler
    assert meta.n_iter_.max() < 100


def test_held_out_folds_grouped_like_the_test_letters_keep_confidence_honest(data):
    """Each query filed three times (one group): with plain stratified folds a held-out query's
    copies sit in the training folds, the views look near-perfect on held-out letters and the
    temperature sharpens, so confidence on new queries is too high (found on GOV.UK, where the
    test snippets paraphrase unseen pages: held-out ECE 0.040, test ECE 0.099). With the
    copies grouped into one fold the calibration sees new letters, as the test does."""
    X = np.repeat(data["X"], 3, axis=0)
    y = np.repeat(data["y"], 3)
    texts = [t for t in data["texts"] for _ in range(3)]
    groups = np.repeat(np.arange(len(data["y"])), 3)

    def held_out_vs_test(model):
        """How far the accuracy on held-out folds (what calibration learns from) is from the
        accuracy on new letters."""
        held_out = (model.oof_proba_.argmax(1) == model.oof_labels_).mean()
        P = model.predict_proba(data["X_test"], texts=data["test_texts"])
        return abs(held_out - (model.classes_[P.argmax(1)] == data["y_test"]).mean())

    leaky = HybridClassifier().fit(X, y, texts=texts)
    grouped = HybridClassifier().fit(X, y, texts=texts, groups=groups)
    assert grouped.grouped_ and not leaky.grouped_
    assert grouped.temperature_ > leaky.temperature_  # softer: held-out letters are new
    assert held_out_vs_test(grouped) < held_out_vs_test(leaky)


def test_a_team_in_one_group_is_held_out_whole(data):
    """A team whose letters are all one group (a GOV.UK team with one page) is missing from the
    base models of the fold that holds it out: its column gets the row's lowest score there, and
    the held-out probabilities still cover every team."""
    y = np.asarray(data["y"])
    groups = np.where(y == INTENTS[0], "one page", [f"letter {i}" for i in range(len(y))])
    model = HybridClassifier().fit(data["X"], y, texts=data["texts"], groups=groups)
    assert model.grouped_ and model.oof_proba_.shape == (len(y), len(INTENTS))
    assert np.allclose(model.oof_proba_.sum(axis=1), 1.0)
    alone = y == INTENTS[0]
    team = int(np.searchsorted(model.classes_, INTENTS[0]))
    # held out whole, the team was never seen by the models that scored its letters
    assert (model.oof_proba_[alone].argmax(1) != team).all()
    with pytest.raises(ValueError, match="groups"):
        HybridClassifier().fit(data["X"], y, groups=groups[:-1])


def test_a_team_held_out_whole_does_not_soften_every_other_team(data):
    """The defect (a GOV.UK dev split whose training part had one page of courts_and_justice):
    the team's letters, held out whole, got a probability near 0 for their own team, and the
    temperature fitted to the held-out log-likelihood rose to 7.54 to soften those misses,
    flattening every letter's confidence (dev: 0.24 mean confidence for 0.67 right before the
    top-confidence map). Letters whose team their fold's models never saw say nothing about how
    sure the router should be; the temperature, the meta model's C and the map ignore them."""
    y = np.asarray(data["y"])
    own = np.array([f"letter {i}" for i in range(len(y))])
    one_page = np.where(y == INTENTS[0], "one page", own)
    plain = HybridClassifier().fit(data["X"], y, texts=data["texts"], groups=own)
    alone = HybridClassifier().fit(data["X"], y, texts=data["texts"], groups=one_page)
    assert alone.temperature_ < 1.5 * plain.temperature_
    others = y != INTENTS[0]
    assert alone.oof_proba_[others].max(1).mean() > 0.9 * plain.oof_proba_[others].max(1).mean()


def test_every_team_in_one_group_still_fits_and_says_so():
    """With every team held out whole no held-out letter has a team its fold's models saw:
    the fit keeps all of them (rather than calibrating on none) and warns."""
    rng = np.random.default_rng(0)
    X = np.vstack([rng.normal(centre, 1.0, (40, 8)) for centre in (-2.0, 0.0, 2.0)])
    y = np.repeat(["a", "b", "c"], 40)
    with pytest.warns(UserWarning, match="one group"):
        model = HybridClassifier().fit(X, y, groups=np.repeat(["p", "q", "r"], 40))
    assert model.oof_team_seen_.all() and np.isfinite(model.temperature_)


#: Intents that share most of their meaning (top-ups, transfers, card delivery): the words that
#: tell them apart ("reverted", "pending", "estimate") are where the sparse view earns its place.
CONFUSABLE = (
    "card_arrival",
    "card_delivery_estimate",
    "top_up_failed",
    "top_up_reverted",
    "pending_top_up",
    "pending_transfer",
    "transfer_not_received_by_recipient",
    "balance_not_updated_after_bank_transfer",
)


def test_the_words_help_where_intents_share_meaning(banking77, embedder):
    """Both views beat the dense view alone on held-out queries (log-loss: the probabilities
    that rank letters and that the candidate sets are built from). Measured on intents that
    share their meaning: on the eight distinct intents above both models are near-perfect
    (log-loss 0.037 vs 0.039) and which one wins is noise."""
    train, test = banking77("train", CONFUSABLE, N_TRAIN), banking77("test", CONFUSABLE, N_TEST)
    vectors = embedder.encode_long([t for t, _ in train + test])
    X, X_test = vectors[: len(train)], vectors[len(train) :]
    y, y_test = [label for _, label in train], np.array([label for _, label in test])

    def log_loss(model, texts):
        P = model.predict_proba(X_test, texts=texts)
        codes = np.searchsorted(model.classes_, y_test)
        return -np.log(np.clip(P[np.arange(len(codes)), codes], 1e-12, 1)).mean()

    both = HybridClassifier().fit(X, y, texts=[t for t, _ in train])
    dense = HybridClassifier().fit(X, y)
    assert log_loss(both, [t for t, _ in test]) < log_loss(dense, None)


# --- conformal candidate sets -----------------------------------------------------------------
@pytest.mark.parametrize("level", [0.8, 0.9, 0.95])
def test_conformal_sets_reach_their_stated_coverage(data, teams, level):
    router = Router(teams, conformal_level=level).fit(data["X"], data["y"], texts=data["texts"])
    sets = router.candidate_sets(data["X_test"], data["test_texts"])
    coverage = np.mean([y in s for y, s in zip(data["y_test"], sets, strict=True)])
    # 240 test letters: allow about two standard errors of sampling slack
    assert coverage >= level - 2 * np.sqrt(level * (1 - level) / len(sets)), coverage
    assert np.mean([len(s) for s in sets]) < len(INTENTS) / 2  # informative, not everything
    routed = router.route_many(data["X_test"][:5], texts=data["test_texts"][:5])
    assert [r.candidate_set for r in routed] == sets[:5]
    for r in routed:  # most likely first
        confs = {c.team: c.confidence for c in r.candidates}
        shown = [confs[t] for t in r.candidate_set if t in confs]
        assert shown == sorted(shown, reverse=True)


def test_higher_stated_coverage_gives_larger_sets(data, teams):
    sizes = []
    for level in (0.7, 0.9, 0.99):
        router = Router(teams, conformal_level=level).fit(data["X"], data["y"], texts=data["texts"])
        sizes.append(
            np.mean([len(s) for s in router.candidate_sets(data["X_test"], data["test_texts"])])
        )
    assert sizes == sorted(sizes) and sizes[0] < sizes[-1]


# --- calibration and thresholds ---------------------------------------------------------------
def test_confidence_is_calibrated_on_held_out_letters(hybrid, data):
    routed = hybrid.route_many(data["X_test"], texts=data["test_texts"])
    correct = np.array([r.candidates[0].team for r in routed]) == data["y_test"]
    assert expected_calibration_error([r.confidence for r in routed], correct) < 0.1
    assert hybrid.oof_ece_ is not None and hybrid.oof_ece_ < 0.1


def test_the_sparse_view_can_share_the_confidence(data, teams):
    """With ``sparse_confidence_weight`` the router ranks, abstains and reports by a mix of its
    top probability and the SVM's own margin for that team, mapped to P(right) on held-out
    folds: the confidence routing uses is the one predict_confidence gives, still calibrated
    on new letters, and it ranks at least as well as the top probability does here."""
    router = Router(teams, sparse_confidence_weight=0.25).fit(
        data["X"], data["y"], texts=data["texts"]
    )
    labels, probs, confidence = router.predict_confidence(data["X_test"], data["test_texts"])
    assert not np.allclose(confidence, probs.max(axis=1))  # not the top probability
    routed = router.route_many(data["X_test"], texts=data["test_texts"])
    assert [r.confidence for r in routed] == pytest.approx(confidence, abs=1e-6)
    assert [r.candidates[0].team for r in routed] == [labels[j] for j in probs.argmax(1)]
    correct = np.array([labels[j] for j in probs.argmax(1)]) == data["y_test"]
    assert expected_calibration_error(confidence, correct) < 0.1
    assert router.oof_ece_ is not None and router.oof_ece_ < 0.1
    aurc = {
        name: m.risk_coverage(list(c), list(correct))["aurc"]
        for name, c in (("mix", confidence), ("top probability", probs.max(axis=1)))
    }
    assert aurc["mix"] <= aurc["top probability"] + 0.005, aurc
    default = Router(teams).fit(data["X"], data["y"], texts=data["texts"])
    _, p_default, c_default = default.predict_confidence(data["X_test"], data["test_texts"])
    assert np.array_equal(c_default, p_default.max(axis=1))  # weight 0: the top probability


def test_per_team_thresholds_are_chosen_on_held_out_folds(hybrid, data):
    chosen = hybrid.team_thresholds_
    assert set(chosen) <= set(INTENTS) and len(chosen) >= len(INTENTS) - 1
    assert all(0.0 <= t <= 1.0 for t in chosen.values())
    for team, limit in chosen.items():
        assert hybrid.threshold_for(team) == limit
    # on the held-out folds each team's suggestions above its threshold meet the target
    oof, codes = hybrid.classifier_.oof_proba_, hybrid.classifier_.oof_labels_
    for j, team in enumerate(hybrid.classes_):
        if team not in chosen or chosen[team] >= 1.0:
            continue
        mask = (oof.argmax(1) == j) & (oof.max(1) >= chosen[team])
        assert (codes[mask] == j).mean() >= 0.9
    routed = hybrid.route_many(data["X_test"], texts=data["test_texts"])
    kept = np.array([not r.abstained for r in routed])
    right = np.array([r.team == y for r, y in zip(routed, data["y_test"], strict=True)])
    assert right[kept].mean() > right.mean()


def test_an_explicit_threshold_dict_wins_over_learned_ones(data, teams):
    router = Router(teams, threshold={"*": 0.0}, target_accuracy=0.99).fit(
        data["X"], data["y"], texts=data["texts"]
    )
    assert router.team_thresholds_ and router.threshold_for("card_arrival") == 0.0


@pytest.mark.parametrize(
    "bad",
    [
        {"conformal_level": 1.0},
        {"conformal_level": 0.0},
        {"target_accuracy": 1.5},
        {"prototype_floor": 0.7},
        {"calibration": "isotonic"},
        {"sparse_confidence_weight": 1.5},
    ],
)
def test_settings_are_checked(teams, bad):
    with pytest.raises(ValueError):
        Router(teams, **bad)


def test_save_and_load_keep_sets_and_thresholds(hybrid, data, teams, tmp_path):
    hybrid.save(tmp_path / "r")
    loaded = Router.load(tmp_path / "r", teams)
    assert loaded.team_thresholds_ == hybrid.team_thresholds_
    assert loaded.route_many(data["X_test"], texts=data["test_texts"]) == hybrid.route_many(
        data["X_test"], texts=data["test_texts"]
    )


# --- corrections that teach: team prototypes ------------------------------------------------------
BINS = [
    "The bins on our street were not collected again this week.",
    "Our recycling bin was missed for the third time.",
    "Please collect the garden waste bin you missed on Monday.",
    "The refuse collection lorry skipped our road and the rubbish is piling up.",
]
WHEELIE = "Our wheelie bin was not emptied by the bin men yesterday."
UNRELATED = [
    "I have not received my Universal Credit payment this month.",
    "My Self Assessment tax bill is wrong and I cannot pay it by 31 January.",
    "There is a large pothole outside number 12 on the high street.",
]
DWP = ("Department for Work and Pensions",)
UC = GuidanceHit(
    guidance_id="/universal-credit",
    title="Universal Credit",
    url="https://www.gov.uk/universal-credit",
    heading="",
    passage="Universal Credit is a payment to help with your living costs.",
    score=0.5,
    organisations=DWP,
)


@pytest.fixture
def demo_router(demo_data, embedder) -> Router:
    return Router(load_teams(demo_data / "teams.yaml"), embedder=embedder)


@pytest.mark.parametrize(
    ("k", "routed"),
    [
        (1, False),  # one correction: the team becomes the suggestion, nobody is sent there
        (2, False),
        (4, True),  # four: similar letters go there
    ],
)
def test_corrections_pull_similar_letters_with_the_evidence(demo_router, embedder, k, routed):
    team = "courts_and_justice"  # no team's guidance covers bin collections
    vectors = embedder.encode_long(BINS + [WHEELIE])
    before = demo_router.route(vectors[-1], [UC], text=WHEELIE)
    assert team not in [c.team for c in before.candidates[:2]]
    demo_router.remember(vectors[:k], [team] * k)
    after = demo_router.route(vectors[-1], [UC], text=WHEELIE)
    assert after.candidates[0].team == team
    assert after.confidence > before.candidates[0].confidence or routed
    assert (after.team == team) is routed, after


def test_corrections_leave_unrelated_letters_alone(demo_router, embedder):
    vectors = embedder.encode_long(BINS + UNRELATED)
    before = demo_router.route_many(vectors[4:], [[UC]] * 3, texts=UNRELATED)
    demo_router.remember(vectors[:4], ["courts_and_justice"] * 4)
    assert demo_router.route_many(vectors[4:], [[UC]] * 3, texts=UNRELATED) == before
    assert demo_router.forget().route_many(vectors[4:], [[UC]] * 3, texts=UNRELATED) == before


def test_prototype_pull_grows_with_evidence_and_similarity(demo_router, embedder):
    vectors = embedder.encode_long(BINS + [WHEELIE, UNRELATED[0]])
    pulls = []
    for k in (1, 2, 3, 4):
        demo_router.forget().remember(vectors[:k], ["courts_and_justice"] * k)
        names, pull = demo_router.prototype_pull(vectors[4:])
        assert names == ["courts_and_justice"]
        pulls.append(pull[0, 0])
        assert pull[1, 0] == 0.0  # Universal Credit is not like bins
    assert pulls == sorted(pulls) and pulls[0] < pulls[-1] <= demo_router.prototype_weight


# --- zero-shot confidence recalibrated from decisions ----------------------------------------------
def _decisions(n, seed=0):
    """Over-confident zero-shot confidences: accepted with probability conf**2."""
    rng = np.random.default_rng(seed)
    conf = rng.uniform(0.2, 1.0, n)
    return conf, rng.random(n) < conf**2


def test_recalibration_lowers_the_held_out_ece():
    conf, accepted = _decisions(600)
    recal = ConfidenceRecalibrator().fit(conf, accepted)
    assert recal.ece_after_ < recal.ece_before_ / 2
    test_conf, test_accepted = _decisions(2000, seed=1)
    assert (
        expected_calibration_error(recal.transform(test_conf), test_accepted)
        < expected_calibration_error(test_conf, test_accepted) / 2
    )
    # the ranking is the router's own: strictly increasing in the raw confidence
    grid = np.linspace(0.2, 1.0, 50)
    assert (np.diff(recal.transform(grid)) > 0).all()


def test_recalibration_rescales_a_distribution_keeping_its_order():
    recal = ConfidenceRecalibrator().fit(*_decisions(300))
    P = np.array([[0.7, 0.2, 0.1], [0.3, 0.5, 0.2]])
    R = recal.rescale(P)
    assert np.allclose(R.max(axis=1), recal.transform(P.max(axis=1)))
    assert (R.argsort(axis=1) == P.argsort(axis=1)).all()


def test_recalibration_belongs_to_one_index(tmp_path):
    recal = ConfidenceRecalibrator().fit(*_decisions(100))
    recal.save(tmp_path, "index-a")
    loaded = ConfidenceRecalibrator.load(tmp_path, "index-a")
    assert np.allclose(loaded.transform([0.3, 0.9]), recal.transform([0.3, 0.9]))
    with pytest.warns(UserWarning, match="another guidance index"):
        assert ConfidenceRecalibrator.load(tmp_path, "index-b") is None
    assert ConfidenceRecalibrator.load(tmp_path / "none", "index-a") is None


def test_recalibration_needs_enough_decisions():
    with pytest.raises(ValueError, match="at least 30"):
        ConfidenceRecalibrator().fit([0.5] * 10, [True] * 10)


def _under_confident(n, seed=0):
    """Top-team probabilities that under-state the accuracy, as the temperature left GOV.UK's on
    its page-grouped held-out folds (mean 0.53 for 0.59 right): right with probability
    sqrt(conf)."""
    rng = np.random.default_rng(seed)
    conf = rng.uniform(0.2, 1.0, n)
    return conf, rng.random(n) < np.sqrt(conf)


def test_held_out_calibrator_maps_the_top_confidence_monotonely():
    conf, right = _under_confident(640)
    calibrator = HeldOutConfidenceCalibrator()
    assert calibrator.fit(conf, right) is calibrator
    learned = set(vars(calibrator)) - set(calibrator.__init__.__code__.co_varnames)
    assert learned and all(name.endswith("_") for name in learned), learned
    assert calibrator.active_ and calibrator.ece_before_ > calibrator.ece_noise_
    assert calibrator.ece_after_ < calibrator.ece_before_ / 2  # cross-validated, not in-sample
    test_conf, test_right = _under_confident(2000, seed=1)
    mapped = calibrator.transform(test_conf)
    assert expected_calibration_error(mapped, test_right) < (
        expected_calibration_error(test_conf, test_right) / 2
    )
    grid = np.linspace(0.0, 1.0, 201)  # strictly increasing: the ranking (and AURC) is unchanged
    assert (np.diff(calibrator.transform(grid)) > 0).all()
    assert ((mapped >= 0) & (mapped <= 1)).all()


@pytest.mark.parametrize(
    "case",
    ["too few letters", "every suggestion right", "every suggestion wrong", "already calibrated"],
)
def test_held_out_calibrator_fails_closed(case):
    """Where the held-out folds cannot support a map (too few letters, one outcome only) or do
    not need one (miscalibration within sampling noise: CFPB's folds, ECE 0.031, where an
    isotonic map raised the dev ECE 0.078 -> 0.094), the confidence passes through unchanged."""
    rng = np.random.default_rng(3)
    conf = rng.uniform(0.2, 1.0, 800)
    right = {
        "too few letters": rng.random(800) < np.sqrt(conf),
        "every suggestion right": np.ones(800, dtype=bool),
        "every suggestion wrong": np.zeros(800, dtype=bool),
        "already calibrated": rng.random(800) < conf,
    }[case]
    n = 60 if case == "too few letters" else 800
    calibrator = HeldOutConfidenceCalibrator().fit(conf[:n], right[:n])
    assert not calibrator.active_ and calibrator.reason_
    assert np.array_equal(calibrator.transform(conf), conf)


@pytest.mark.parametrize(
    ("conf", "right"),
    [([0.5, float("nan")], [True, False]), ([0.5, 1.2], [True, False]), ([0.5, 0.6], [True])],
)
def test_held_out_calibrator_rejects_what_is_not_a_probability(conf, right):
    with pytest.raises(ValueError):
        HeldOutConfidenceCalibrator().fit(conf, right)


def test_the_routed_confidence_is_the_mapped_top_probability(data, teams):
    """With the map on (the default) the router routes, abstains and reports by the mapped top
    probability, in the same order as without it; the candidates keep the classifier's
    probabilities."""
    on = Router(teams).fit(data["X"], data["y"], texts=data["texts"])
    off = Router(teams, calibrate_top=False).fit(data["X"], data["y"], texts=data["texts"])
    assert off.classifier_.confidence_calibrator_ is None
    calibrator = on.classifier_.confidence_calibrator_
    assert calibrator is not None
    _, probs, confidence = on.predict_confidence(data["X_test"], data["test_texts"])
    _, probs_off, confidence_off = off.predict_confidence(data["X_test"], data["test_texts"])
    assert np.allclose(probs, probs_off)
    assert np.allclose(confidence, calibrator.transform(probs.max(axis=1)))
    assert np.array_equal(
        np.argsort(-confidence, kind="stable"), np.argsort(-confidence_off, kind="stable")
    )
    routed = on.route_many(data["X_test"], texts=data["test_texts"])
    assert [r.confidence for r in routed] == pytest.approx(confidence, abs=1e-6)


def test_zero_shot_router_uses_the_recalibration(demo_router, embedder):
    vector = embedder.encode_long(["I have not received my Universal Credit payment."])
    raw = demo_router.route(vector[0], [UC])
    recal = ConfidenceRecalibrator().fit(*_decisions(300))
    demo_router.set_recalibration(recal)
    mapped = demo_router.route(vector[0], [UC])
    assert mapped.candidates[0].team == raw.candidates[0].team
    assert mapped.confidence == pytest.approx(float(recal.transform([raw.confidence])[0]), abs=1e-6)


def test_a_handful_of_letters_is_not_stacked(data):
    """Eight letters cannot be split into held-out folds worth stacking on: the dense view alone
    is fitted, and it sends its own training letters back to their teams (found when the stacked
    model routed a new deployment's first examples elsewhere)."""
    import warnings

    picked = []
    for intent in sorted(set(data["y"]))[:2]:
        picked += [i for i, y in enumerate(data["y"]) if y == intent][:4]
    X = data["X"][picked]
    y = [data["y"][i] for i in picked]
    texts = [data["texts"][i] for i in picked]
    with warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        model = HybridClassifier().fit(X, y, texts=texts)
    assert model.meta_ is None and model.calibration_ == "none"
    predicted = model.classes_[model.predict_proba(X, texts=texts).argmax(1)]
    assert list(predicted) == y


# --- the character n-grams, cut once per word ------------------------------------------------
def _same_matrix(a, b) -> bool:
    return (
        type(a) is type(b)
        and a.dtype == b.dtype
        and a.shape == b.shape
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.indices, b.indices)
        and a.data.tobytes() == b.data.tobytes()
    )


@pytest.fixture(scope="module")
def char_vectorizer(shared_data):
    """The router's character view as it is fitted, on real CFPB complaints (skips cleanly
    without the shared data)."""
    from evaluation.datasets import cfpb_rows
    from triage.hybrid import TextFeatures

    rows = cfpb_rows(shared_data)
    features = TextFeatures().fit([r["text"] for r in rows[:600]])
    return features.char_, [r["text"] for r in rows[600:760]]


def test_char_ngrams_cut_once_per_word_give_scikit_learns_matrix(char_vectorizer):
    """The router's character n-grams, counted per distinct word and summed, are the matrix
    scikit-learn's own char_wb transform gives, to the last bit: on real complaints, in batches
    of 1 and 64, and on texts built to catch a different split into words (Unicode spaces and
    case, words shorter than an n-gram, empty letters)."""
    from triage.hybrid import char_wb_transform

    vectorizer, letters = char_vectorizer
    edge = [
        "",
        "   ",
        "a",
        "I am",
        "ab  cd\u00a0ef\u2003gh\x1cij\tkl\n\nMN\u2028op",
        "İstanbul ǅemal ﬁnance ẞtraße Ωmega",
        "x" * 3 + " " + "yy" * 40,
        "pay pay pay PAY Pay payday",
    ]
    for batch in ([letters[0]], letters[:64], letters, edge, edge + letters[:5]):
        assert _same_matrix(char_wb_transform(vectorizer, batch), vectorizer.transform(batch))


def test_char_ngrams_fall_back_to_scikit_learn_when_configured_otherwise():
    from sklearn.feature_extraction.text import TfidfVectorizer

    from triage.hybrid import char_wb_transform

    texts = ["Mortgage payment late", "Credit REPORT wrong, credit report"]
    vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(2, 3)).fit(texts)
    assert _same_matrix(char_wb_transform(vectorizer, texts), vectorizer.transform(texts))
    upper = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3), lowercase=False).fit(texts)
    assert _same_matrix(char_wb_transform(upper, texts), upper.transform(texts))
