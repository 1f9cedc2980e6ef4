"""What the service learns from caseworkers' decisions, in-process: a correction routes the next
identical letter at once (in another worker too), the decisions export feeds the evaluation's
override rates, and `casework train --from-store` learns the decisions."""

from __future__ import annotations

import json
import shutil

from review_helpers import LETTER
from typer.testing import CliRunner

from evaluation.agreement import human_agreement
from evaluation.cases import load_decisions


def test_corrections_teach_the_router_at_once(api_factory, tmp_path):
    """A re-routed letter becomes a labelled example; the next identical letter goes where the
    caseworker sent the first, also in a second app (another worker) on the same database."""
    url = f"sqlite:///{tmp_path / 'shared.db'}"
    api = api_factory(url)
    letter = (
        "I run a small bakery and want to know about the rules on display of food "
        "allergen labels for the pastries I sell from my shop window."
    )
    first = api.submit(letter).json()
    target = next(t for t in api.services.teams if t != first["team"])
    r = api.decide(first["id"], action="reroute", reason_code="wrong_team", version=1, team=target)
    assert r.status_code == 201
    second = api.submit(letter).json()
    assert second["team"] == target, second["candidates"]
    assert second["provenance"]["memory_examples"] >= 1
    # The examples table holds the label (redacted text) for `casework train` too.
    from api.learning import labelled_examples

    rows = labelled_examples(api.services.db)
    assert rows == [{"id": first["id"], "text": first["redacted_text"], "team": target}]


def test_decisions_export_feeds_the_auditors_override_rates(api_factory, tmp_path, monkeypatch):
    """`casework store export-decisions` writes what `casework evaluate --decisions` reads: per
    decision the suggested team, the team a caseworker settled on, the action; no letter text."""
    from api.cli import app as service_cli
    from api.settings import get_service_settings

    url = f"sqlite:///{tmp_path / 'decisions.db'}"
    api = api_factory(url)
    routed = []
    for text in (
        "My Universal Credit payment has been stopped and I do not know why.",
        "I want to report a pothole on the main road outside the school.",
        LETTER,
    ):
        case = api.submit(text).json()
        routed.append(case)
    first, second, third = routed
    if first["team"] is not None:
        assert api.decide(first["id"], action="accept", version=1).status_code == 201
    else:
        first = None
    target = next(t for t in api.services.teams if t != second["team"])
    assert (
        api.decide(
            second["id"], action="reroute", reason_code="wrong_team", version=1, team=target
        ).status_code
        == 201
    )
    assert (
        api.decide(
            third["id"], action="escalate", reason_code="other", version=1, note="needs a manager"
        ).status_code
        == 201
    )

    monkeypatch.setenv("CASEWORK_DATABASE_URL", url)
    monkeypatch.setenv("CASEWORK_AUDIT_ANCHOR_FILE", str(tmp_path / "cli-anchors.jsonl"))
    get_service_settings.cache_clear()
    try:
        out = tmp_path / "decisions.jsonl"
        result = CliRunner().invoke(service_cli, ["store", "export-decisions", "-o", str(out)])
    finally:
        get_service_settings.cache_clear()
    assert result.exit_code == 0, result.output
    rows = {row["case_id"]: row for row in load_decisions(out)}
    assert len(rows) == 3 - (first is None)
    raw = out.read_text(encoding="utf-8")
    assert "Universal Credit" not in raw and "pothole" not in raw  # no letter text
    if first is not None:
        assert (
            rows[first["id"]]["team_final"] == first["team"] == rows[first["id"]]["team_suggested"]
        )
    assert rows[second["id"]]["team_final"] == target
    assert rows[second["id"]]["team_suggested"] == (None if second["abstained"] else second["team"])
    assert rows[third["id"]]["action"] == "escalate" and rows[third["id"]]["team_final"] is None
    agreement = human_agreement(rows.values(), min_sample=1)
    routed_suggestions = [
        r for r in rows.values() if r["team_suggested"] is not None and r["team_final"] is not None
    ]
    assert sum(t["n"] for t in agreement["teams"]) == len(routed_suggestions)
    assert sum(t["overridden"] for t in agreement["teams"]) == sum(
        r["team_final"] != r["team_suggested"] for r in routed_suggestions
    )
    json.dumps(agreement)  # the report writes it as JSON


def test_train_from_store_learns_the_caseworkers_decisions(
    api_factory, pipeline_index_dir, tmp_path, monkeypatch
):
    """Accepted and re-routed cases retrain the supervised router (`casework train
    --from-store`), on their redacted text, with the teams caseworkers chose."""
    from api.settings import get_service_settings
    from cli.main import app as casework

    url = f"sqlite:///{tmp_path / 'store.db'}"
    api = api_factory(url)
    teams = sorted(api.services.teams)[:2]
    letters = {
        teams[0]: [
            "I was refused a blue badge for parking near my home.",
            "How long will my blue badge application take to decide?",
            "My blue badge has expired and I need a new one.",
        ],
        teams[1]: [
            "The bins on our street were not collected again this week.",
            "Our recycling bin was missed for the third time.",
            "Please collect the garden waste bin you missed on Monday.",
        ],
    }
    for team, texts in letters.items():
        for text in texts:
            case = api.submit(text).json()
            if case["team"] == team:
                body = {"action": "accept"}
            else:
                body = {"action": "reroute", "reason_code": "wrong_team", "team": team}
            assert api.decide(case["id"], version=1, **body).status_code == 201

    index_dir = tmp_path / "index"
    shutil.copytree(pipeline_index_dir, index_dir)
    monkeypatch.setenv("CASEWORK_DATABASE_URL", url)
    monkeypatch.setenv("CASEWORK_AUDIT_ANCHOR_FILE", str(tmp_path / "cli-anchors.jsonl"))
    get_service_settings.cache_clear()
    try:
        refused = CliRunner().invoke(casework, ["train", "--index", str(index_dir)])
        result = CliRunner().invoke(casework, ["train", "--from-store", "--index", str(index_dir)])
    finally:
        get_service_settings.cache_clear()
    assert refused.exit_code == 2 and "--from-store" in refused.output
    assert result.exit_code == 0, result.output
    assert "6 labelled cases from the review service's database" in result.output
    meta = json.loads((index_dir / "router" / "router.json").read_text(encoding="utf-8"))
    assert meta["mode"] == "supervised" and sorted(meta["classes"]) == teams
