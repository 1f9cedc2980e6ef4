"""Flag detection: many phrases that must flag, and near misses that must not."""

from __future__ import annotations

import re

import pytest

from triage.flags import PATTERNS, FlagDetector, priority_of
from contracts.models import Flag, FlagKind, Priority

S, D, T = FlagKind.SAFEGUARDING, FlagKind.DESTITUTION, FlagKind.DEADLINE


@pytest.fixture(scope="module")
def detector() -> FlagDetector:
    return FlagDetector()


POSITIVE = [
    # safeguarding: suicide and self-harm
    ("I have been having suicidal thoughts since the payments stopped.", S, "suicide", "suicidal"),
    ("Honestly I have thought about suicide.", S, "suicide", "suicide"),
    ("Some days I want to end my life.", S, "suicide", "end my life"),
    ("I might as well kill myself at this rate.", S, "suicide", "kill myself"),
    ("There is no reason to live any more.", S, "suicide", "no reason to live"),
    ("I feel there's no point in going on.", S, "suicide", "no point in going on"),
    ("I don't want to be alive.", S, "suicide", "don't want to be alive"),
    ("My family would be better off dead without me, I mean I'd be better off dead.", S,
     "suicide", "better off dead"),
    ("I am not suicidal but I am struggling.", S, "suicide", "suicidal"),
    ("I have started self-harming again.", S, "self_harm", "self-harming"),
    ("I keep wanting to hurt myself.", S, "self_harm", "hurt myself"),
    ("Last month I took an overdose.", S, "self_harm", "overdose"),
    # safeguarding: threats to others or staff
    ("If this is not sorted I will kill your staff.", S, "threat", "I will kill your staff"),
    ("I'm going to hurt the caseworker who did this.", S, "threat",
     "I'm going to hurt the caseworker"),
    ("I will burn down the jobcentre.", S, "threat", "burn down the jobcentre"),
    ("I'll bring a knife next time.", S, "threat", "bring a knife"),
    # safeguarding: abuse
    ("I am fleeing domestic abuse with my two children.", S, "abuse", "domestic abuse"),
    ("It is a case of domestic violence.", S, "abuse", "domestic violence"),
    ("He hits me when he has been drinking.", S, "abuse", "He hits me"),
    ("My partner threatened me and the kids.", S, "abuse", "My partner threatened me"),
    ("My ex controls all our money; it is coercive control.", S, "abuse", "coercive control"),
    ("My ex-partner keeps threatening me and says he will hurt me.", S, "abuse", "keeps threatening me"),
    ("He said he would hurt me if I told anyone.", S, "abuse", "he said he would hurt me"),
    ("I am frightened for my safety since he came back.", S, "abuse", "frightened for my safety"),
    ("I am scared of my husband.", S, "abuse", "scared of my husband"),
    ("We are staying in a refuge for now.", S, "abuse", "a refuge"),
    ("He threatened to kill me if I left.", S, "abuse", "threatened to kill me"),
    # safeguarding: child at risk
    ("I think my daughter is at risk living there.", S, "child_at_risk", "daughter is at risk"),
    ("The children are not safe with him.", S, "child_at_risk", "children are not safe"),
    ("There is a child protection plan in place.", S, "child_at_risk", "child protection"),
    ("Please treat this as a safeguarding concern.", S, "child_at_risk", "safeguarding concern"),
    # destitution: food
    ("We have no food in the house.", D, "food", "no food"),
    ("I have had to use the food bank twice this month.", D, "food", "food bank"),
    ("I can't afford to eat after the deduction.", D, "food", "can't afford to eat"),
    ("We cannot afford food for the children.", D, "food", "cannot afford food"),
    ("There is nothing to eat until payday.", D, "food", "nothing to eat"),
    ("I haven't eaten for two days.", D, "food", "haven't eaten for"),
    ("I am skipping meals so the kids can eat.", D, "food", "skipping meals"),
    # destitution: heating and power
    ("We have had no heating since October.", D, "fuel", "no heating"),
    ("Our gas was cut off last week.", D, "fuel", "gas was cut off"),
    ("The electricity has been disconnected.", D, "fuel", "electricity has been disconnected"),
    ("My prepayment meter is empty.", D, "fuel", "prepayment meter is empty"),
    ("The meter ran out on Sunday.", D, "fuel", "meter ran out"),
    ("I cannot afford to put the heating on.", D, "fuel",
     "cannot afford to put the heating on"),
    # destitution: homelessness
    ("I am now homeless.", D, "homeless", "homeless"),
    ("I have been sleeping rough for a week.", D, "homeless", "sleeping rough"),
    ("I'm sofa surfing at friends' places.", D, "homeless", "sofa surfing"),
    ("I am sleeping in my car.", D, "homeless", "sleeping in my car"),
    ("I have nowhere to live after Friday.", D, "homeless", "nowhere to live"),
    # destitution: losing a home
    ("The landlord is threatening eviction.", D, "eviction", "eviction"),
    ("We were served a section 21 notice.", D, "eviction", "section 21 notice"),
    ("Bailiffs are coming on Monday.", D, "eviction", "Bailiffs"),
    ("The bank has started repossession of our home.", D, "eviction", "repossession"),
    # deadlines
    ("My tribunal hearing is next month.", T, "hearing", "tribunal hearing"),
    ("I have a court date soon.", T, "hearing", "court date"),
    ("The hearing is listed for next week.", T, "hearing", "hearing is listed for"),
    ("The deadline for my appeal is close.", T, "deadline", "deadline"),
    ("Please reply by 14 March.", T, "deadline", "by 14 March"),
    ("I must pay by <DATE_TIME_1> or they will go to court.", T, "deadline",
     "by <DATE_TIME_1>"),
    ("It must be returned by Friday.", T, "deadline", "by Friday"),
    ("They want payment within 14 days.", T, "deadline", "within 14 days"),
    ("I have to respond within seven days.", T, "deadline", "within seven days"),
    ("I was given 28 days to appeal.", T, "deadline", "28 days to appeal"),
    ("This is a final notice from the council.", T, "final_notice", "final notice"),
    ("I got a letter before action from the lender.", T, "final_notice", "letter before action"),
    ("I asked for a mandatory reconsideration in May.", T, "mandatory_reconsideration",
     "mandatory reconsideration"),
    ("I think I missed the one month time limit.", T, "mandatory_reconsideration",
     "one month time limit"),
]


@pytest.mark.parametrize(("text", "kind", "category", "evidence"), POSITIVE,
                         ids=[p[0][:40] for p in POSITIVE])
def test_positive_phrases_flag(detector, text, kind, category, evidence):
    flags = detector.detect(text)
    match = [f for f in flags if f.kind == kind and f.category == category]
    assert match, f"expected a {kind}/{category} flag in {text!r}, got {flags}"
    assert any(f.evidence.lower() == evidence.lower() for f in match), match
    for flag in match:  # offsets point at the evidence in the given text
        assert " ".join(text[flag.start:flag.end].split()) == flag.evidence


NEGATIVE = [
    ("I would like information about food hygiene ratings.", D),
    ("Our heating engineer serviced the boiler.", D),
    ("The food was lovely at the school fair.", D),
    ("Please update my gas and electricity supplier details.", D),
    ("I am not homeless, I just moved house.", D),
    ("We were not evicted in the end.", D),
    ("I have never used a food bank.", D),
    ("The section 8 of the form is confusing.", D),
    ("There is no deadline for this request.", T),
    ("Results are sorted by date on the website.", T),
    ("I finished reading the court report.", T),
    ("Could you tell me about the Child Benefit rates?", S),
    ("My son is starting school in September.", S),
    ("He hit the jackpot on the lottery.", S),
    ("Thank you for your help with my claim.", S),
]


@pytest.mark.parametrize(("text", "kind"), NEGATIVE, ids=[n[0][:40] for n in NEGATIVE])
def test_near_misses_do_not_flag(detector, text, kind):
    assert [f for f in detector.detect(text) if f.kind == kind] == []


@pytest.mark.parametrize(("text", "priority"), [
    ("I want to end my life. Also the deadline is Friday.", Priority.URGENT),
    ("We were served a section 21 notice.", Priority.HIGH),
    ("Please reply within 14 days.", Priority.HIGH),
    ("I would like to update my address for <PERSON_1>.", Priority.NORMAL),
    ("", Priority.NORMAL),
])
def test_priority_from_text(detector, text, priority):
    assert priority_of(detector.detect(text)) is priority
    assert detector.priority(text) is priority


@pytest.mark.parametrize(("kinds", "priority"), [
    ((), Priority.NORMAL),
    ((D,), Priority.HIGH),
    ((T,), Priority.HIGH),
    ((T, D), Priority.HIGH),
    ((D, S, T), Priority.URGENT),
])
def test_priority_of_flags(kinds, priority):
    flags = [Flag(kind=k, category="x", evidence="x", start=0, end=1) for k in kinds]
    assert priority_of(flags) is priority


def test_flags_are_in_reading_order_and_carry_only_matched_words(detector):
    text = ("Dear <PERSON_1>, we have no heating and the bailiffs came. "
            "My tribunal hearing is on <DATE_TIME_2>. I feel suicidal.")
    flags = detector.detect(text)
    assert [f.start for f in flags] == sorted(f.start for f in flags)
    assert {f.kind for f in flags} == {S, D, T}
    assert all("<PERSON_1>" not in f.evidence for f in flags)
    assert all(len(f.evidence) < 40 for f in flags)


def test_overlapping_matches_of_one_category_merge(detector):
    flags = detector.detect("the tribunal hearing is on Monday")
    hearing = [f for f in flags if f.category == "hearing"]
    assert len(hearing) == 1


def test_pattern_table_is_well_formed():
    seen = set()
    for pattern in PATTERNS:
        assert isinstance(pattern.kind, FlagKind)
        assert re.compile(pattern.regex, re.IGNORECASE).pattern
        assert pattern.regex.startswith(r"\b"), pattern.regex  # word-bounded
        assert pattern.regex not in seen, f"duplicate rule {pattern.regex}"
        seen.add(pattern.regex)
    # Safeguarding is never cancelled by negation: err on the side of flagging.
    assert not any(p.negatable for p in PATTERNS if p.kind is S)
    # every kind the detector raises (language and scan flags come from intake, not patterns)
    assert {p.kind for p in PATTERNS} == set(FlagKind) - {FlagKind.LANGUAGE, FlagKind.SCAN}


def test_custom_table():
    from triage.flags import Pattern

    custom = FlagDetector([Pattern(D, "council_tax", r"\bcouncil\s+tax\s+arrears\b", True)])
    assert [f.category for f in custom.detect("I have council tax arrears")] == ["council_tax"]
    assert custom.detect("I have no council tax arrears") == ()


def test_rules_that_cannot_share_one_pattern_still_each_match():
    """The one-pass prefilter joins every rule into one regex; rules reusing a group name cannot
    be joined, and then each rule is simply tried on its own."""
    from triage.flags import Pattern

    custom = FlagDetector([Pattern(D, "rent", r"\b(?P<what>rent)\s+arrears\b", False),
                           Pattern(D, "tax", r"\b(?P<what>council\s+tax)\s+arrears\b", False)])
    assert custom._any is None
    assert [f.category for f in custom.detect("rent arrears and council tax arrears")] \
        == ["rent", "tax"]


@pytest.mark.parametrize("text", [
    "Nothing to see here, just a question about bins.",
    "My landlord says I will be evicted next week and I have no money for food.",
    "",
])
def test_prefilter_agrees_with_trying_every_rule(detector, text):
    every_rule = FlagDetector()
    every_rule._any = None
    assert detector.detect(text) == every_rule.detect(text)
