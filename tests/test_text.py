"""Shared text utilities (contracts/text.py): one tokeniser, stemmer and BM25 for retrieval and
drafting; sentences that lean on the one before; whom guidance addresses."""

from __future__ import annotations

import pytest

import retrieval.index as index
from contracts.text import (
    LexicalIndex,
    audience_of_page,
    audience_of_text,
    leans_on_previous,
    s_stem,
    split_sentences,
    tokenize,
)


def test_one_stemmer_and_tokeniser_for_every_stage():
    assert index.s_stem is s_stem and index.LexicalIndex is LexicalIndex
    assert tokenize("The apprentices’ rates for <PERSON_1>") == ["apprentice", "rate"]
    assert "person_1" not in tokenize("Hello <PERSON_1>")
    assert tokenize("child benefit rates", bigrams=True) == [
        "child",
        "benefit",
        "rate",
        "child benefit",
        "benefit rate",
    ]


def test_bm25_over_given_tokens_and_texts_agree():
    texts = ["Statutory Sick Pay is paid for up to 28 weeks", "Apply for Child Benefit online"]
    by_text = LexicalIndex(texts)
    by_tokens = LexicalIndex((), tokens=[by_text.tokenize(t) for t in texts])
    assert list(by_text.scores("sick pay")) == list(by_tokens.scores(tokens=["sick", "pay"]))
    assert by_text.scores("sick pay")[0] > 0 == by_text.scores("sick pay")[1]


@pytest.mark.parametrize(
    ("sentence", "leans"),
    [
        ("This is called the 'grace period'.", True),
        ("They'll need a letter from you explaining why.", True),
        ("It’s being replaced by Universal Credit.", True),
        ("If you are, you might have to pay some of the money back.", True),
        ("If so, contact the helpline.", True),
        ("However, you can still apply.", True),
        ("You’ll also need your National Insurance number.", True),
        ("These rates change every April.", True),
        ("You can apply for a Discretionary Housing Payment.", False),
        ("If you are on a low income, you may get help.", False),
        ("Thistle Street is not a reference.", False),
        ("Theirs is a different case.", False),
        ("Universal Credit is paid monthly.", False),
    ],
)
def test_leans_on_previous(sentence, leans):
    assert leans_on_previous(sentence) is leans


def test_split_sentences():
    assert split_sentences("One here. Two there? Three £5.") == [
        "One here.",
        "Two there?",
        "Three £5.",
    ]


@pytest.mark.parametrize(
    ("title", "description", "audience"),
    [
        ("Statutory Maternity Pay and Leave: employer guide", "Employer guide to SMP", "employer"),
        ("PAYE and payroll for employers", "What new employers need to do for PAYE", "employer"),
        ("Work out your employee's payments for Statutory Maternity Pay", "", "employer"),
        (
            "Giving staff time off for jury service",
            "What you can do if an employee is called up",
            "employer",
        ),
        (
            "Household Support Fund: guidance for local councils",
            "Information for local councils",
            "council",
        ),
        ("Maternity pay and leave", "Your Statutory Maternity Pay (SMP) and Leave", "citizen"),
        (
            "Pregnant employees' rights",
            "Legal rights for pregnant employees - and employers",
            "citizen",
        ),
        ("Holiday entitlement", "information for employers and workers on entitlement", "citizen"),
        ("Universal Credit", "Universal Credit is replacing 6 other benefits", "citizen"),
    ],
)
def test_audience_of_page(title, description, audience):
    assert audience_of_page(title, description) == audience


@pytest.mark.parametrize(
    ("text", "audience"),
    [
        ("You must pay your employee SMP for up to 39 weeks.", "employer"),
        ("This factsheet is for councils to give to claimants.", "council"),
        ("Your employer must pay you at least the minimum wage.", None),
        ("You can claim Universal Credit online.", None),
    ],
)
def test_audience_of_text(text, audience):
    assert audience_of_text(text) == audience
