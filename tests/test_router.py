# Over 500 lines: the router's tests by mode (teams, supervised, zero-shot), sharing one slice of
# real BANKING77 data embedded once per session.
"""Teams and the router, on the real embedding model and small slices of real data."""

from __future__ import annotations

import json

import numpy as np
import pytest

from contracts.models import GuidanceHit, Routing
from triage.router import Router, _nearest_sparse, expected_calibration_error
from triage.teams import Teams, UnknownTeam, load_teams

# --- BANKING77 slice ----------------------------------------------------------------------------
IN_SCOPE = (
    "card_arrival",
    "exchange_rate",
    "pin_blocked",
    "top_up_failed",
    "terminate_account",
    "apple_pay_or_google_pay",
)
HELD_OUT = ("age_limit", "lost_or_stolen_phone", "edit_personal_details", "country_support")
N_TRAIN, N_TEST = 30, 12

DWP = ("Department for Work and Pensions",)
HMRC = ("HM Revenue & Customs",)
DFE = ("Department for Education",)
HMCTS = ("HM Courts & Tribunals Service",)
DHSC = ("Department of Health and Social Care",)


@pytest.fixture(scope="module")
def banking(banking77, embedder):
    """Embedded train/test/held-out slices (embedded once per module)."""
    train = banking77("train", IN_SCOPE, N_TRAIN)
    test = banking77("test", IN_SCOPE, N_TEST)
    held = banking77("test", HELD_OUT, N_TEST)
    texts = [t for t, _ in train + test + held]
    vectors = embedder.encode_long(texts)
    a, b = len(train), len(train) + len(test)
    return {
        "X_train": vectors[:a],
        "y_train": [label for _, label in train],
        "X_test": vectors[a:b],
        "y_test": [label for _, label in test],
        "X_held": vectors[b:],
        "train_texts": [t for t, _ in train],
        "test_texts": [t for t, _ in test],
        "held_texts": [t for t, _ in held],
    }


@pytest.fixture(scope="module")
def banking_teams() -> Teams:
    return Teams.from_names(IN_SCOPE)


@pytest.fixture(scope="module")
def fitted(banking, banking_teams) -> Router:
    """The hybrid router: the letters' words (TF-IDF) and their vectors."""
    return Router(banking_teams, threshold=0.5, novelty_quantile=0.05).fit(
        banking["X_train"], banking["y_train"], texts=banking["train_texts"]
    )


# --- teams --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo_teams(demo_data) -> Teams:
    return load_teams(demo_data / "teams.yaml")


def hit(gid="/x", passage="text", orgs=(), topics=(), score=0.5, heading="") -> GuidanceHit:
    return GuidanceHit(
        guidance_id=gid,
        title=gid,
        url=f"https://www.gov.uk{gid}",
        heading=heading,
        passage=passage,
        score=score,
        organisations=tuple(orgs),
        topics=tuple(topics),
    )


def test_demo_teams_load(demo_teams):
    assert demo_teams.names == (
        "benefits",
        "tax_and_family_payments",
        "education_and_skills",
        "employment_and_business",
        "courts_and_justice",
    )
    assert "benefits" in demo_teams and len(demo_teams) == 5
    assert "Universal Credit" in demo_teams["benefits"].description


@pytest.mark.parametrize(
    ("guidance", "owner"),
    [
        (hit(orgs=DWP), "benefits"),
        (hit(orgs=("Adran Gwaith a Phensiynau",)), "benefits"),
        (hit(orgs=HMRC), "tax_and_family_payments"),
        (hit(orgs=("hm revenue &  customs",)), "tax_and_family_payments"),  # case and spaces
        # topic beats organisation
        (hit(orgs=DWP, topics=("Self Assessment",)), "tax_and_family_payments"),
        (hit(orgs=HMRC, topics=("Student finance",)), "education_and_skills"),
        # lead (first-listed) organisation first, then any listed one
        (hit(orgs=(DHSC[0], DFE[0], DWP[0])), "education_and_skills"),
        (hit(orgs=(DWP[0], DFE[0])), "benefits"),
        (hit(orgs=DHSC, topics=("Pregnancy and birth",)), None),
        (hit(orgs=()), None),
    ],
)
def test_owner_of(demo_teams, guidance, owner):
    assert demo_teams.owner_of(guidance) == owner


@pytest.mark.parametrize(
    "gid",
    [
        "/universal-credit",
        "/universal-credit/",
        "/universal-credit#3",
        "/universal-credit/how-to-claim#2",
    ],
)
def test_owner_of_guidance_id_beats_everything(tmp_path, gid):
    path = tmp_path / "teams.yaml"
    path.write_text(
        "teams:\n"
        "  - name: uc\n    owns: {guidance_ids: ['/universal-credit']}\n"
        "  - name: tax\n    owns: {organisations: ['Department for Work and Pensions']}\n",
        encoding="utf-8",
    )
    teams = load_teams(path)
    assert teams.owner_of(hit(gid=gid, orgs=DWP)) == "uc"
    assert teams.owner_of(hit(gid="/universal-credit-advances", orgs=DWP)) == "tax"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("teams: [\n  - name: a\n", "not valid YAML"),
        ("- just a list\n", "'teams:' list"),
        ("teams:\n  - description: no name\n", "name"),
        ("teams:\n  - name: a\n    owns: {organization: [x]}\n", "organization"),
        ("teams:\n  - name: a\n  - name: a\n", "defined twice"),
        (
            "teams:\n  - name: a\n    owns: {topics: [T]}\n  - name: b\n    owns: {topics: [t]}\n",
            "owned by both",
        ),
        ("teams: []\n", "no teams"),
    ],
)
def test_bad_teams_file_names_the_file(tmp_path, content, message):
    path = tmp_path / "broken.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as info:
        load_teams(path)
    assert "broken.yaml" in str(info.value)


def test_missing_teams_file(tmp_path):
    with pytest.raises(ValueError, match=r"nope\.yaml"):
        load_teams(tmp_path / "nope.yaml")


def test_validate_labels_names_unknown_teams(demo_teams):
    demo_teams.validate_labels(["benefits", "courts_and_justice"])
    with pytest.raises(UnknownTeam, match=r"'bins'.*'potholes'") as info:
        demo_teams.validate_labels(["benefits", "potholes", "bins", "potholes"])
    assert info.value.unknown == ("bins", "potholes")
    assert isinstance(info.value, ValueError)


def test_from_names_round_trips_through_yaml(tmp_path):
    teams = Teams.from_names(
        ["card_arrival", "reverted_card_payment?", "card_arrival"],
        descriptions={"card_arrival": "My card has not arrived"},
    )
    assert teams.names == ("card_arrival", "reverted_card_payment?")
    assert teams.descriptions["reverted_card_payment?"] == "reverted card payment?"
    again = load_teams(teams.save(tmp_path / "generated.yaml"))
    assert again.names == teams.names
    assert again.descriptions == teams.descriptions


# --- supervised routing -------------------------------------------------------------------------
def test_fit_learns_state(fitted, banking):
    assert fitted.is_fitted and fitted.fitted_
    assert sorted(fitted.classes_) == sorted(IN_SCOPE)
    assert fitted.calibration_ == "temperature"
    assert fitted.n_examples_ == len(banking["y_train"])
    assert fitted.reads_text and fitted.classifier_.uses_text_
    assert 0 < fitted.novelty_threshold_ < 1
    # the threshold is the novelty_quantile of the training letters' leave-one-out typicality
    assert np.mean(fitted.loo_novelty_score_ < fitted.novelty_threshold_) <= 0.05 + 1e-9


def test_confidences_are_probabilities_with_three_candidates(fitted, banking):
    routings = fitted.route_many(banking["X_test"], texts=banking["test_texts"])
    for routing in routings:
        assert isinstance(routing, Routing)
        assert 0.0 <= routing.confidence <= 1.0
        assert len(routing.candidates) == 3
        confs = [c.confidence for c in routing.candidates]
        assert confs == sorted(confs, reverse=True)
        assert sum(confs) <= 1.0 + 1e-6
        assert routing.confidence == routing.candidates[0].confidence
        if routing.abstained:
            assert routing.team is None and routing.reason
        else:
            assert routing.team == routing.candidates[0].team


def test_in_scope_accuracy_and_calibration(fitted, banking):
    routings = fitted.route_many(banking["X_test"], texts=banking["test_texts"])
    top = np.array([r.candidates[0].team for r in routings])
    correct = top == np.array(banking["y_test"])
    assert correct.mean() >= 0.85
    routed = np.array([not r.abstained for r in routings])
    assert routed.mean() >= 0.7
    assert correct[routed].mean() >= correct.mean()
    assert expected_calibration_error([r.confidence for r in routings], correct) < 0.25


def test_route_and_route_many_agree(fitted, banking):
    many = fitted.route_many(banking["X_test"][:5], texts=banking["test_texts"][:5])
    one = [fitted.route(v, text=t) for v, t in zip(banking["X_test"][:5], banking["test_texts"])]
    assert many == one


def test_a_router_that_reads_text_needs_the_text(fitted, banking):
    with pytest.raises(ValueError, match="pass texts"):
        fitted.route_many(banking["X_test"][:2])
    with pytest.raises(ValueError, match="2 vectors but 1 texts"):
        fitted.route_many(banking["X_test"][:2], texts=["one"])


@pytest.mark.parametrize(
    ("threshold", "all_abstain", "none_abstain"),
    [
        (0.0, False, True),
        (1.01, True, False),
    ],
)
def test_threshold_controls_abstention(
    banking, banking_teams, threshold, all_abstain, none_abstain
):
    router = Router(
        banking_teams, threshold=threshold, novelty_quantile=0.0, calibration="none"
    ).fit(banking["X_train"], banking["y_train"])
    routings = router.route_many(banking["X_test"])
    assert all(r.abstained for r in routings) is all_abstain
    assert (not any(r.abstained for r in routings)) is none_abstain
    for r in routings:
        if r.abstained:
            assert r.reason == f"low confidence {r.confidence:.2f} < {threshold:.2f}"
            assert len(r.candidates) == 3


def test_per_team_thresholds(banking, banking_teams):
    strict = Router(
        banking_teams,
        threshold={"card_arrival": 1.01, "*": 0.0},
        novelty_quantile=0.0,
        calibration="none",
    )
    strict.fit(banking["X_train"], banking["y_train"])
    for r in strict.route_many(banking["X_test"]):
        assert r.abstained is (r.candidates[0].team == "card_arrival")
    with pytest.raises(UnknownTeam, match="nonsense"):
        Router(banking_teams, threshold={"nonsense": 0.4})


def test_held_out_categories_abstain_more_than_in_scope(fitted, banking):
    in_scope = np.mean(
        [r.abstained for r in fitted.route_many(banking["X_test"], texts=banking["test_texts"])]
    )
    held_out = np.mean(
        [r.abstained for r in fitted.route_many(banking["X_held"], texts=banking["held_texts"])]
    )
    assert held_out > in_scope + 0.2, (held_out, in_scope)
    assert held_out >= 0.5


def test_novelty_of_one_letter_reuses_the_training_letters_transposed_words(fitted, banking):
    """Routing one letter used to convert the whole training TF-IDF matrix (``S @ train.T``) on
    every call: about 24 of 25 ms of a long letter's novelty check on 1,600 complaints. The
    transposed matrix is now made once, and the nearest-letter cosines are unchanged."""
    texts = banking["test_texts"][:3]
    S = fitted._text_matrix(texts)
    first = fitted._known_text_columns()
    fitted.route_many(banking["X_test"][:3], texts=texts)
    assert fitted._known_text_columns() is first
    expected = (S @ fitted.train_text_features_.T).toarray().max(axis=1)
    assert np.array_equal(_nearest_sparse(S, first), expected.astype(np.float32))


@pytest.mark.parametrize(
    "letter",
    [
        "There is a large pothole outside number 12 on the high street that burst my tyre.",
        "My neighbour's hedge is blocking the footpath and the council has done nothing.",
        "The bins on our road have not been collected for three weeks.",
    ],
)
def test_letter_unlike_any_case_goes_to_a_person(fitted, embedder, letter):
    routing = fitted.route(embedder.encode_long([letter])[0], text=letter)
    assert routing.abstained and routing.team is None
    assert routing.reason.startswith("unlike any known case")
    assert len(routing.candidates) == 3


def test_fit_rejects_unknown_labels(banking):
    teams = Teams.from_names(IN_SCOPE[:3])
    with pytest.raises(UnknownTeam, match="apple_pay_or_google_pay"):
        Router(teams).fit(banking["X_train"], banking["y_train"])


def test_dimension_mismatch_is_a_clear_error(fitted):
    with pytest.raises(ValueError, match="768 dimensions"):
        fitted.route(np.ones(768, dtype=np.float32), text="a letter")


def test_save_load_round_trip(fitted, banking, banking_teams, tmp_path):
    fitted.save(tmp_path / "router")
    meta = json.loads((tmp_path / "router" / "router.json").read_text())
    assert sorted(meta["classes"]) == sorted(IN_SCOPE)
    assert meta["threshold"] == 0.5 and meta["n_examples"] == len(banking["y_train"])
    assert meta["trained_at"] and meta["calibration"] == "temperature"
    assert meta["dimension"] == 384
    loaded = Router.load(tmp_path / "router", banking_teams)
    assert loaded.is_fitted
    assert loaded.route_many(banking["X_test"], texts=banking["test_texts"]) == fitted.route_many(
        banking["X_test"], texts=banking["test_texts"]
    )
    assert loaded.novelty_threshold_ == pytest.approx(fitted.novelty_threshold_)
    stricter = Router.load(tmp_path / "router", banking_teams, threshold=0.99)
    assert stricter.threshold == 0.99


def test_load_with_teams_missing_a_class(fitted, tmp_path):
    fitted.save(tmp_path / "router")
    with pytest.raises(UnknownTeam, match="exchange_rate"):
        Router.load(tmp_path / "router", Teams.from_names(["card_arrival", "pin_blocked"]))


def test_load_from_empty_dir(tmp_path, banking_teams):
    with pytest.raises(FileNotFoundError, match="no trained router"):
        Router.load(tmp_path, banking_teams)


def test_remember_corrects_a_near_duplicate(banking, banking_teams, embedder, tmp_path):
    router = Router(banking_teams, novelty_quantile=0.05).fit(
        banking["X_train"], banking["y_train"]
    )
    letter = "I still have not received my new card, when will it arrive?"
    twin = "I still haven't received my new card - when will it arrive?"
    first, second = embedder.encode_long([letter, twin])
    before = router.route(second)
    assert before.candidates[0].team == "card_arrival"
    # A caseworker says letters like this belong to another team.
    router.remember(first[None, :], ["terminate_account"])
    after = router.route(second)
    assert after.team == "terminate_account" and not after.abstained
    assert "confirmed cases" in after.reason
    # Unrelated letters are untouched.
    other = banking["X_test"][banking["y_test"].index("exchange_rate")]
    assert router.route(other) == Router(banking_teams, novelty_quantile=0.05).fit(
        banking["X_train"], banking["y_train"]
    ).route(other)
    # The memory survives save/load.
    router.save(tmp_path / "r")
    assert Router.load(tmp_path / "r", banking_teams).route(second) == after
    with pytest.raises(UnknownTeam, match="nowhere"):
        router.remember(first[None, :], ["nowhere"])


def test_remember_makes_a_novel_case_known(fitted, banking_teams, banking, embedder):
    router = Router(banking_teams, novelty_quantile=0.05).fit(
        banking["X_train"], banking["y_train"]
    )
    pothole = embedder.encode_long(["There is a pothole on my street that burst my tyre."])
    assert router.route(pothole[0]).reason.startswith("unlike any known case")
    router.remember(pothole, ["terminate_account"])
    assert router.route(pothole[0]).team == "terminate_account"


# --- zero-shot routing --------------------------------------------------------------------------
UC = hit(
    "/universal-credit",
    "Universal Credit is a payment to help with your living costs. "
    "It's paid monthly. You may be able to get it if you're on a low income, out of work "
    "or you cannot work.",
    DWP,
    ("Benefits and financial support if you're on a low income",),
)
UC_DEDUCTION = hit(
    "/guidance/find-out-about-money-taken-off-your-universal-credit-payment",
    "Money can be taken off your Universal Credit payment to repay an advance, "
    "an overpayment or debts you owe.",
    DWP,
)
CHILD_BENEFIT = hit(
    "/child-benefit",
    "Child Benefit is paid by HMRC if you're responsible for "
    "bringing up a child under 16, or under 20 if they stay in education.",
    HMRC,
    ("Financial help if you have children",),
)
SELF_ASSESSMENT = hit(
    "/pay-self-assessment-tax-bill",
    "Pay your Self Assessment tax bill by "
    "31 January. You can pay by bank transfer, debit card or at your bank.",
    HMRC,
    ("Self Assessment",),
)
SCHOOL_ADMISSIONS = hit(
    "/schools-admissions",
    "Apply for a primary or secondary school place "
    "through your local council. You can appeal if you are refused a place.",
    DFE,
    ("Schools and education",),
)
CCJ = hit(
    "/county-court-judgments-ccj-for-debt",
    "You may get a county court judgment (CCJ) "
    "if someone takes court action against you and says you owe them money.",
    HMCTS,
    ("Court claims, debt and bankruptcy",),
)
HEALTHY_START = hit(
    "/healthy-start",
    "Healthy Start vouchers help pregnant women and families buy milk, fruit and vegetables.",
    DHSC,
    ("Pregnancy and birth",),
)

ALL = [UC, UC_DEDUCTION, CHILD_BENEFIT, SELF_ASSESSMENT, SCHOOL_ADMISSIONS, CCJ]


@pytest.fixture(scope="module")
def zero_shot(demo_teams, embedder) -> Router:
    return Router(demo_teams, embedder=embedder)


@pytest.mark.parametrize(
    ("letter", "hits", "team"),
    [
        (
            "My Universal Credit payment was cut this month because of an overpayment deduction and "
            "I cannot pay my rent. Why has money been taken off?",
            [UC_DEDUCTION, UC, CHILD_BENEFIT],
            "benefits",
        ),
        (
            "I was fined for paying my Self Assessment tax bill late but I paid on time in January.",
            [SELF_ASSESSMENT, CHILD_BENEFIT, UC],
            "tax_and_family_payments",
        ),
        (
            "My daughter was refused a place at our local secondary school and I want to appeal.",
            [SCHOOL_ADMISSIONS, CHILD_BENEFIT],
            "education_and_skills",
        ),
        (
            "A company got a county court judgment against me for a debt I never owed.",
            [CCJ, UC_DEDUCTION],
            "courts_and_justice",
        ),
    ],
)
def test_zero_shot_routes_by_guidance_ownership(zero_shot, embedder, letter, hits, team):
    routing = zero_shot.route(embedder.encode_long([letter])[0], hits)
    assert routing.team == team, routing
    assert not routing.abstained and "guidance ownership" in routing.reason
    assert 0.5 <= routing.confidence <= 1.0 and len(routing.candidates) == 3
    assert sum(c.confidence for c in routing.candidates) <= 1 + 1e-6


@pytest.mark.parametrize(
    "letter",
    [
        "There is a huge pothole outside my house that damaged my car. When will it be fixed?",
        "My bins have not been collected for three weeks and the rubbish is piling up.",
        "The street light outside number 4 has been flickering all night for a month.",
    ],
)
def test_zero_shot_out_of_scope_abstains(zero_shot, embedder, letter):
    vector = embedder.encode_long([letter])[0]
    for hits in (ALL, [UC, CHILD_BENEFIT]):
        routing = zero_shot.route(vector, hits)
        assert routing.abstained and routing.team is None
        assert routing.reason.startswith("nothing relevant retrieved"), routing.reason
        assert len(routing.candidates) == 3


def test_zero_shot_without_hits_abstains(zero_shot, embedder):
    routing = zero_shot.route(embedder.encode_long(["Where is my Universal Credit?"])[0], [])
    assert routing.abstained and routing.reason == "no guidance retrieved"


def test_zero_shot_unowned_guidance_lowers_confidence(demo_teams, embedder):
    letter = embedder.encode_long(
        [
            "I am pregnant and want Healthy Start vouchers, and to "
            "know about Child Benefit for the baby."
        ]
    )[0]
    router = Router(demo_teams, embedder=embedder, description_weight=0.0)
    alone = router.route(letter, [HEALTHY_START])
    assert alone.abstained and alone.confidence == 0.0  # nobody owns that guidance
    assert alone.reason.startswith("low confidence")
    owned = router.route(letter, [CHILD_BENEFIT])
    mixed = router.route(letter, [HEALTHY_START, CHILD_BENEFIT])
    assert owned.team == mixed.candidates[0].team == "tax_and_family_payments"
    assert owned.confidence == pytest.approx(1.0)
    assert mixed.confidence < 0.5 and mixed.abstained


def test_zero_shot_with_team_vectors_and_cosine_scores(demo_teams, embedder):
    """Without an embedder the router reads relevance from GuidanceHit.score."""
    router = Router(demo_teams).set_team_vectors(
        embedder.encode(list(demo_teams.descriptions.values()))
    )
    letter = embedder.encode_long(["My Universal Credit was stopped."])[0]
    relevant = [UC.model_copy(update={"score": 0.7}), CCJ.model_copy(update={"score": 0.35})]
    assert router.route(letter, relevant).team == "benefits"
    weak = [h.model_copy(update={"score": 0.1}) for h in relevant]
    assert router.route(letter, weak).reason.startswith("nothing relevant retrieved")
    with pytest.raises(ValueError, match="team vectors"):
        router.set_team_vectors({"benefits": np.ones(384)})


def test_zero_shot_remember(demo_teams, embedder):
    router = Router(demo_teams, embedder=embedder)
    letter = "My bins have not been collected for three weeks."
    vector = embedder.encode_long([letter])[0]
    assert router.route(vector, ALL).abstained
    router.remember(vector[None, :], ["courts_and_justice"])
    routing = router.route(vector, ALL)
    assert routing.team == "courts_and_justice" and "confirmed cases" in routing.reason


def test_zero_shot_route_many(zero_shot, embedder):
    letters = ["Why was my Universal Credit reduced?", "Potholes on my road."]
    vectors = embedder.encode_long(letters)
    routings = zero_shot.route_many(vectors, [[UC_DEDUCTION, UC], [UC, CCJ]])
    assert routings[0].team == "benefits" and routings[1].abstained
    with pytest.raises(ValueError, match="hit lists"):
        zero_shot.route_many(vectors, [[UC]])


# --- helpers ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("conf", "correct", "ece"),
    [
        ([1.0, 1.0], [True, True], 0.0),
        ([0.9, 0.9], [False, False], 0.9),
        ([0.75, 0.75, 0.75, 0.75], [True, True, True, False], 0.0),
    ],
)
def test_expected_calibration_error(conf, correct, ece):
    assert expected_calibration_error(conf, correct) == pytest.approx(ece)


def test_ece_of_nothing_is_undefined():
    assert np.isnan(expected_calibration_error([], []))


def test_calibration_option_is_checked(banking_teams):
    with pytest.raises(ValueError, match="calibration"):
        Router(banking_teams, calibration="platt")
