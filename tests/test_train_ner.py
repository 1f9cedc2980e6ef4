"""redaction.train_ner: how labelled letters become spaCy training tags (no model trained here)."""

from __future__ import annotations

import json

import pytest

from redaction.normalise import normalise
from redaction.train_ner import (
    MISSING,
    LetterSample,
    _to_normalised,
    letter_tags,
    read_letters,
    split_dev,
)


@pytest.fixture(scope="module")
def blank_nlp():
    import spacy

    return spacy.blank("en")


def _tags_by_word(doc, tags):
    return {token.text: tag for token, tag in zip(doc, tags) if not token.is_space}


def test_labelled_names_and_places_win_over_the_base_models_guesses(blank_nlp):
    from spacy.tokens import Span

    text = "Dear Sir,\nI live in Glyncorrwg with Nia Pritchard. HMRC wrote on 3 May."
    doc = blank_nlp(text)
    place = text.index("Glyncorrwg")
    name = text.index("Nia Pritchard")
    sample = LetterSample(
        family="test",
        text=text,
        gold=[(place, place + 10, "GPE"), (name, name + 13, "PERSON")],
    )
    sir = doc.char_span(text.index("Sir"), text.index("Sir") + 3)
    hmrc = doc.char_span(text.index("HMRC"), text.index("HMRC") + 4)
    day = doc.char_span(text.index("3 May"), text.index("3 May") + 5)
    nia = doc.char_span(name, name + 3)
    base_ents = [
        Span(doc, sir.start, sir.end, label="PERSON"),  # a wrong guess: taught away
        Span(doc, nia.start, nia.end, label="ORG"),  # overlaps a labelled name: dropped
        Span(doc, hmrc.start, hmrc.end, label="ORG"),  # kept: not unlearnt
        Span(doc, day.start, day.end, label="DATE"),
    ]
    tags = _tags_by_word(doc, letter_tags(doc, base_ents, sample))
    assert tags["Glyncorrwg"] == "U-GPE"
    assert (tags["Nia"], tags["Pritchard"]) == ("B-PERSON", "L-PERSON")
    assert tags["Sir"] == "O"
    assert tags["HMRC"] == "U-ORG"
    assert (tags["3"], tags["May"]) == ("B-DATE", "L-DATE")


def test_a_labelled_organisation_is_left_unannotated_unless_the_base_model_called_it_org(
    blank_nlp,
):
    from spacy.tokens import Span

    text = "Cardiff Council\nCounty Hall\nCardiff\n\nDear Housing Team,"
    doc = blank_nlp(text)
    council = (0, len("Cardiff Council"))
    town = text.index("\nCardiff\n") + 1
    sample = LetterSample(family="test", text=text, unannotated=[council, (town, town + 7)])
    council_span = doc.char_span(*council)
    base_ents = [Span(doc, council_span.start, council_span.end, label="ORG")]
    tags = letter_tags(doc, base_ents, sample)
    town_token = doc.char_span(town, town + 7)[0]
    assert [tags[i] for i in range(council_span.start, council_span.end)] == [
        "B-ORG",
        "L-ORG",
    ]
    # the recipient's town is labelled ORGANIZATION: neither a place nor "not a place"
    assert tags[town_token.i] == MISSING
    assert all(tags[t.i] == "O" for t in doc if t.is_space)


def test_spans_move_with_the_text_the_redactor_reads():
    # a zero-width space inside the name is dropped by normalisation
    original = "From: Ma\u200brek Nowak\nRe: my claim"
    norm = normalise(original)
    start, end = original.index("Ma"), original.index("Nowak") + 5
    mapped = _to_normalised(norm, start, end)
    assert mapped is not None
    assert norm.text[mapped[0] : mapped[1]] == "Marek Nowak"


def test_read_letters_maps_the_labelled_types(tmp_path):
    text = "Dear Sir, I am Ola Bright of 4 Kiln Lane, Bodmin. Cornwall Council owes me."
    path = tmp_path / "letters.jsonl"
    spans = [
        {"type": "PERSON", "start": text.index("Ola"), "end": text.index("Ola") + 10},
        {
            "type": "STREET_ADDRESS",
            "start": text.index("4 Kiln"),
            "end": text.index("4 Kiln") + 11,
        },
        {"type": "LOCATION", "start": text.index("Bodmin"), "end": text.index("Bodmin") + 6},
        {
            "type": "ORGANIZATION",
            "start": text.index("Cornwall"),
            "end": text.index("Cornwall") + 16,
        },
    ]
    path.write_text(json.dumps({"text": text, "spans": spans, "family": "f"}) + "\n")
    (sample,) = read_letters(path)
    assert [(sample.text[s:e], label) for s, e, label in sample.gold] == [
        ("Ola Bright", "PERSON"),
        ("Bodmin", "GPE"),
    ]
    assert [sample.text[s:e] for s, e in sample.unannotated] == ["Cornwall Council"]


def test_the_dev_split_takes_the_same_share_of_every_family_and_is_seeded():
    samples = [LetterSample(family=f, text=f"{f}{i}") for f in "ab" for i in range(20)]
    train, dev = split_dev(samples, 0.1, seed=3)
    assert sorted(s.family for s in dev) == ["a", "a", "b", "b"]
    assert len(train) == 36
    again = split_dev(samples, 0.1, seed=3)[1]
    assert [s.text for s in dev] == [s.text for s in again]
