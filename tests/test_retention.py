"""Draft retention: the word edit distance and share kept (contracts.text) and the auditors'
report over exported records (evaluation/retention.py)."""

from __future__ import annotations

import json

import pytest

from contracts.text import draft_retention, reply_words, word_edit_distance
from evaluation.retention import read_records, summarise, write_report

DRAFT = ("Hello,\n\nThank you for your letter.\n\nOur published guidance says:\n\n- You can get "
         "Child Benefit for a child under 16. [1]\n\nYours sincerely,\n\nBenefits team\n\n"
         "References\n\n[1] Child Benefit — https://www.gov.uk/child-benefit\n")


@pytest.mark.parametrize(("a", "b", "distance"), [
    ("", "", 0), ("a b c", "a b c", 0), ("a b c", "a c", 1), ("a b c", "a x c", 1),
    ("a b c", "", 3), ("kitten sat", "sitting sat down", 2)])
def test_word_edit_distance(a, b, distance):
    assert word_edit_distance(a.split(), b.split()) == distance
    assert word_edit_distance(b.split(), a.split()) == distance


def test_retention_of_kept_edited_and_rewritten_drafts():
    kept = draft_retention(DRAFT, DRAFT)
    assert kept["edit_distance"] == 0 and kept["kept_share"] == 1.0
    assert kept["edit_similarity"] == 1.0
    # references are rebuilt from the citations: dropping them is no edit
    assert draft_retention(DRAFT, DRAFT.split("References")[0])["edit_distance"] == 0
    edited = draft_retention(DRAFT, DRAFT.replace("Thank you for your letter.",
                                                  "Thank you for your letter of 3 May."))
    assert edited["edit_distance"] == 3 and edited["kept_share"] == 1.0
    rewritten = draft_retention(DRAFT, "Hi. We will phone you tomorrow about this.")
    assert rewritten["kept_share"] < 0.1 and rewritten["edit_similarity"] < 0.2
    assert reply_words("Hello, World! [1]") == ["hello", "world", "[1]"]


def _records():
    rows = []
    for i, (team, day, final) in enumerate([
            ("benefits", "2026-11-02", DRAFT), ("benefits", "2026-11-03", DRAFT + " Thanks."),
            ("benefits", "2026-11-10", "Rewritten entirely by hand."),
            ("tax", "2026-11-10", DRAFT)]):
        rows.append({"case_id": f"c{i}", "decided_at": f"{day}T10:00:00+00:00", "team": team,
                     "drafter": "template", "flagged": i == 2, "edited": final != DRAFT,
                     **draft_retention(DRAFT, final)})
    return rows


def test_summary_by_team_and_week():
    summary = summarise(_records())
    assert summary["overall"]["cases"] == 4 and summary["overall"]["edited_share"] == 0.5
    assert summary["by_team"]["tax"]["median_kept_share"] == 1.0
    assert list(summary["by_week"]) == ["2026-W45", "2026-W46"]
    assert summary["by_team_week"]["benefits"]["2026-W46"]["cases"] == 1
    assert summary["by_flagged"]["flagged"]["cases"] == 1


def test_report_is_written_listed_as_retention_and_carries_no_text(tmp_path):
    records = tmp_path / "retention.jsonl"
    records.write_text("".join(json.dumps(r) + "\n" for r in _records()))
    metrics = write_report(read_records(records), tmp_path / "report")
    assert metrics["kind"] == "retention"
    page = (tmp_path / "report" / "report.html").read_text()
    assert page.count("data:image/png;base64,") == 2
    assert "By team" in page and "Child Benefit" not in page
    assert json.loads((tmp_path / "report" / "metrics.json").read_text())["overall"]["cases"] == 4


def test_report_with_no_decisions_and_bad_input(tmp_path):
    metrics = write_report([], tmp_path / "empty")
    assert metrics["overall"] == {"cases": 0}
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"team": "x"}\n')
    with pytest.raises(ValueError, match="line 1: missing"):
        read_records(bad)
