"""evaluation.redaction_families: the whole-set check that a change leaves no labelled value newly
in clear (SYNTHETIC rows; a few from a family generator, the rest written here)."""

from __future__ import annotations

import json

import pytest

from contracts.models import Letter
from evaluation import redaction_families as rf
from evaluation.synthetic import uk_layouts_heldout3

_ROW = {
    "id": "r1",
    "text": "Name: Ama Owusu, NI AB 12 34 56 C, for Hope Trust",
    "spans": [
        {"type": "PERSON", "start": 6, "end": 15},
        {"type": "UK_NINO", "start": 20, "end": 33},
        {"type": "ORGANIZATION", "start": 39, "end": 49},
    ],
}
_NAME, _NINO = (
    {"type": "PERSON", "start": 6, "end": 15},
    {"type": "UK_NINO", "start": 20, "end": 33},
)


@pytest.mark.parametrize(
    ("predicted", "in_clear"),
    [
        ([_NAME, _NINO], []),
        # a redaction of another type still hides the characters
        ([{"type": "LOCATION", "start": 6, "end": 15}, _NINO], []),
        # one character of the name left out
        ([{"type": "PERSON", "start": 6, "end": 14}, _NINO], ["r1|PERSON|6|15"]),
        ([_NAME], ["r1|UK_NINO|20|33"]),
        # an organisation's own details are no one's personal data: never counted
        ([_NAME, _NINO, {"type": "PERSON", "start": 39, "end": 49}], []),
    ],
)
def test_left_in_clear_counts_every_character_whatever_the_type(predicted, in_clear):
    assert rf.left_in_clear([_ROW], [predicted]) == in_clear


def test_compare_finds_a_value_newly_left_in_clear_even_when_recall_rises():
    base = {
        "recall": 0.5,
        "every_character_hidden": 0.5,
        "precision": 1.0,
        "precision_without_organisations": 1.0,
        "left_in_clear": ["a|PERSON|0|4", "b|UK_NINO|3|9"],
    }
    new = {**base, "recall": 0.9, "left_in_clear": ["c|PERSON|1|5"]}
    delta = rf.compare(base, new)
    assert delta["newly_unhidden"] == ["c|PERSON|1|5"]
    assert delta["fixed"] == 2
    assert delta["recall_delta"] == pytest.approx(0.4)


def test_family_scores_agree_with_the_scorer_on_real_redactions(redactor):
    rows = uk_layouts_heldout3.generate_heldout3(12, seed=0)
    predicted = [redactor.redact(Letter(id=r["id"], text=r["text"])).entities for r in rows]
    scores = rf.family_scores(rows, predicted)
    hideable = sum(
        1
        for r in rows
        for s in r["spans"]
        if rf.rm.map_type(s["type"]) and any(c.isalnum() for c in r["text"][s["start"] : s["end"]])
    )
    assert scores["rows"] == 12
    assert scores["every_character_hidden"] == pytest.approx(
        1 - len(scores["left_in_clear"]) / hideable
    )
    assert scores["precision"] <= scores["precision_without_organisations"] <= 1
    assert set(scores["per_type"]) >= {"PERSON", "UK_POSTCODE"}


def test_family_paths_follow_the_eval_data_layout(tmp_path):
    assert rf.family_paths(tmp_path, "dev")[1].name == "allow_list_uk_layouts.txt"
    assert rf.family_paths(tmp_path, "heldout21")[0].name == "pii_uk_layouts_heldout21.jsonl"
    assert rf.FAMILIES[0] == "uk_synthetic" and rf.FAMILIES[-1] == "heldout26"


def test_the_command_line_scores_a_family_and_compares_two_runs(tmp_path, capsys):
    eval_dir = tmp_path / "eval"
    uk_layouts_heldout3.write_set(eval_dir / "pii_uk_layouts_heldout3.jsonl", 3, 0)
    assert (
        rf.main(["score", "heldout3", "--eval-dir", str(eval_dir), "--out", str(tmp_path / "a")])
        == 0
    )
    scores = json.loads((tmp_path / "a" / "heldout3.json").read_text())
    assert scores["rows"] == 3
    # the same run against a copy that leaves one more value in clear
    worse = {**scores, "left_in_clear": [*scores["left_in_clear"], "x|PERSON|0|3"]}
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "heldout3.json").write_text(json.dumps(worse))
    assert rf.main(["compare", str(tmp_path / "a"), str(tmp_path / "b"), "--strict"]) == 1
    assert rf.main(["compare", str(tmp_path / "a"), str(tmp_path / "a"), "--strict"]) == 0
    assert "heldout3" in capsys.readouterr().out
