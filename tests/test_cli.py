"""The CLI contract: JSONL in, JSONL out, clear errors naming the line, nothing half-written."""

from __future__ import annotations

import csv
import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app

runner = CliRunner()

LETTER = (
    "Dear Sir, my name is Jane Whitfield and I live at 12 Rose Lane, Leeds LS6 2QT. "
    "My National Insurance number is JH 45 21 78 C. My employer pays me less than the "
    "National Minimum Wage. What can I do? Call me on 07700 900461."
)
PII_VALUES = ["Jane Whitfield", "12 Rose Lane", "LS6 2QT", "JH 45 21 78 C", "07700 900461"]


def write_jsonl(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def invoke(*args: str):
    result = runner.invoke(app, [str(a) for a in args])
    return result


@pytest.fixture(scope="session")
def cli_index(demo_index_dir) -> Path:
    """The bundled guidance index (built once a session, as `casework index` would)."""
    return demo_index_dir


def test_index_command_on_a_markdown_folder(tmp_path):
    guidance = tmp_path / "guidance"
    guidance.mkdir()
    (guidance / "bins.md").write_text(
        "---\ntitle: Bin collections\nurl: https://example.org/bins\n"
        "organisations: [Waste Services]\n---\n# Bin collections\n\n## Missed collections\n\n"
        "Report a missed bin within 2 working days of the collection day.\n",
        encoding="utf-8",
    )
    (guidance / "potholes.md").write_text(
        "# Potholes\n\n## Report a pothole\n\nReport potholes on council roads online. "
        "We inspect reports within 5 working days.\n",
        encoding="utf-8",
    )
    teams = tmp_path / "teams.yaml"
    teams.write_text(
        "teams:\n  - name: streets\n    description: Bins, roads and potholes.\n"
        "    owns:\n      organisations: [Waste Services]\n",
        encoding="utf-8",
    )
    index_dir = tmp_path / "index"
    result = invoke("index", guidance, "--index", index_dir, "--teams", teams)
    assert result.exit_code == 0, result.output
    manifest = json.loads((index_dir / "manifest.json").read_text())
    assert manifest["passages"] == 2 and manifest["dimension"] == 384
    assert {"embedding_model", "corpus_sha256", "created"} <= set(manifest), manifest
    assert (index_dir / "index.faiss").is_file() and (index_dir / "teams.yaml").is_file()
    source = write_jsonl(
        tmp_path / "q.jsonl", [{"id": "1", "text": "My bin was missed on Tuesday"}]
    )
    result = invoke(
        "search", source, "--index", index_dir, "-k", "1", "-o", tmp_path / "hits.jsonl"
    )
    assert result.exit_code == 0, result.output
    (row,) = read_jsonl(tmp_path / "hits.jsonl")
    assert row["hits"][0]["url"] == "https://example.org/bins#missed-collections"


def test_index_refuses_a_bad_guidance_file(tmp_path):
    bad = tmp_path / "pages.jsonl"
    bad.write_text('{"id": "/a", "title": "A", "body": "text"}\n{oops\n', encoding="utf-8")
    result = invoke("index", bad, "--index", tmp_path / "index")
    assert result.exit_code == 2
    assert "line 2" in result.output and "Traceback" not in result.output


def test_redact_contract(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": LETTER}])
    result = invoke("redact", source, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    (row,) = read_jsonl(tmp_path / "out.jsonl")
    assert set(row) == {"id", "redacted_text", "entities"}
    for value in PII_VALUES:
        assert value not in row["redacted_text"]
    found = {LETTER[e["start"] : e["end"]] for e in row["entities"]}
    for value in PII_VALUES:
        assert any(value in span or span in value for span in found), value
    for entity in row["entities"]:
        assert {"type", "start", "end", "score"} <= set(entity)


def test_search_contract(tmp_path, cli_index):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "q1", "text": LETTER}])
    result = invoke("search", source, "--index", cli_index, "-k", "3", "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    (row,) = read_jsonl(tmp_path / "out.jsonl")
    assert row["id"] == "q1" and len(row["hits"]) == 3
    for hit in row["hits"]:
        assert set(hit) == {"guidance_id", "title", "url", "heading", "passage", "score"}
        assert hit["url"].startswith("https://www.gov.uk/")
    assert any("minimum wage" in (h["title"] + h["passage"]).lower() for h in row["hits"])


TRIAGE_FIELDS = {
    "id",
    "redacted_text",
    "team",
    "confidence",
    "abstained",
    "candidates",
    "flags",
    "guidance",
    "reply",
}


def test_triage_contract_on_the_bundled_letters(tmp_path, cli_index, demo_data):
    out = tmp_path / "triage.jsonl"
    result = invoke(
        "triage",
        demo_data / "examples" / "letters.jsonl",
        "--index",
        cli_index,
        "-o",
        out,
        "--table",
    )
    assert result.exit_code == 0, result.output
    assert "Triage suggestions" in result.output
    rows = {r["id"]: r for r in read_jsonl(out)}
    assert len(rows) == 30
    for row in rows.values():
        assert set(row) >= TRIAGE_FIELDS
        assert 0.0 <= row["confidence"] <= 1.0
        assert row["abstained"] == (row["team"] is None)
        assert 1 <= len(row["candidates"]) <= 3
        assert all({"kind", "evidence"} <= set(f) for f in row["flags"])
        assert set(row["reply"]) >= {"text", "citations"}
        for citation in row["reply"]["citations"]:
            assert {"n", "guidance_id", "url"} <= set(citation)
            assert f"[{citation['n']}]" in row["reply"]["text"]
    # A letter about suicidal thoughts is flagged and never handled automatically.
    assert any(f["kind"] == "safeguarding" for f in rows["ex-06"]["flags"])
    assert rows["ex-06"]["needs_human_triage"] and rows["ex-06"]["priority"] == "urgent"
    # Letters about council services no team here handles go to human triage.
    out_of_scope = [rows[i]["abstained"] for i in ("ex-25", "ex-26", "ex-27", "ex-28")]
    assert sum(out_of_scope) >= 3, out_of_scope
    # In-scope letters mostly reach the right team.
    expected = {
        "ex-01": "benefits",
        "ex-07": "tax_and_family_payments",
        "ex-13": "education_and_skills",
        "ex-18": "employment_and_business",
        "ex-23": "courts_and_justice",
    }
    correct = sum(rows[i]["team"] == team for i, team in expected.items())
    assert correct >= 4, {i: rows[i]["team"] for i in expected}


def test_train_then_triage_uses_the_trained_router(tmp_path, cli_index, shared_data):
    index_dir = tmp_path / "index"
    shutil.copytree(cli_index, index_dir)
    with open(shared_data / "banking77" / "train.csv", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    intents = ["card_arrival", "lost_or_stolen_card", "exchange_rate", "top_up_failed"]
    random.Random(0).shuffle(rows)
    cases = [
        {"id": str(i), "text": r["text"], "team": r["category"]}
        for i, r in enumerate(rows)
        if r["category"] in intents
    ][:200]
    source = write_jsonl(tmp_path / "cases.jsonl", cases)
    result = invoke("train", source, "--index", index_dir, "--teams-from-labels")
    assert result.exit_code == 0, result.output
    assert (index_dir / "router").is_dir()
    letters = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "1", "text": "My new card still has not arrived, it has been two weeks."},
            {"id": "2", "text": "Someone stole my wallet with my card in it, please block it."},
        ],
    )
    result = invoke("triage", letters, "--index", index_dir, "-o", tmp_path / "out.jsonl")
    assert result.exit_code == 0, result.output
    got = {r["id"]: r["team"] for r in read_jsonl(tmp_path / "out.jsonl")}
    assert got == {"1": "card_arrival", "2": "lost_or_stolen_card"}


def test_train_rejects_a_team_not_in_the_teams_file(tmp_path, cli_index):
    source = write_jsonl(
        tmp_path / "cases.jsonl",
        [
            {"id": "1", "text": "Where is my Universal Credit payment?", "team": "benefits"},
            {"id": "2", "text": "My bin was not collected.", "team": "waste_services"},
        ],
    )
    result = invoke("train", source, "--index", cli_index)
    assert result.exit_code == 2
    assert "waste_services" in result.output


FIVE_MB = "Please help with my claim. " * 200_000


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("empty-text.jsonl", b'{"id": "1", "text": "   "}\n', 'line 1: field "text" is empty'),
        ("no-text.jsonl", b'{"id": "1"}\n', 'line 1: missing field "text"'),
        (
            "malformed.jsonl",
            b'{"id": "1", "text": "fine"}\n{"id": "2", "text": \n',
            "line 2: malformed JSON",
        ),
        (
            "latin1.jsonl",
            '{"id": "1", "text": "ok"}\n{"id": "2", "text": "caf\u00e9"}\n'.encode("latin-1"),
            "line 2: not valid UTF-8",
        ),
        ("binary.jsonl", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "line 1: not valid UTF-8"),
        ("nul.jsonl", b'{"id": "1", "text": "a\\u0000b"}\n', "binary data"),
        (
            "huge.jsonl",
            (json.dumps({"id": "big", "text": FIVE_MB}) + "\n").encode(),
            "over the limit of 100,000",
        ),
        (
            "duplicate.jsonl",
            b'{"id": "1", "text": "a"}\n{"id": "1", "text": "b"}\n',
            'line 2: duplicate id "1"',
        ),
        ("array.jsonl", b'["id", "text"]\n', "line 1: expected a JSON object"),
        ("empty-file.jsonl", b"", "no rows"),
        ("letters.csv", b"id,text\n1,hello\n", "CSV is not accepted here"),
    ],
)
def test_bad_input_is_refused_naming_the_line(tmp_path, name, content, message):
    source = tmp_path / name
    source.write_bytes(content)
    out = tmp_path / "out.jsonl"
    result = invoke("redact", source, "-o", out)
    assert result.exit_code == 2, result.output
    assert message in " ".join(result.output.split()), result.output
    assert "Traceback" not in result.output
    assert not out.exists(), "nothing half-written on bad input"


def test_missing_input_file(tmp_path):
    result = invoke("redact", tmp_path / "nope.jsonl")
    assert result.exit_code == 2 and "no such file" in result.output


def test_console_script_is_installed_and_reports_errors(tmp_path):
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": "1", "text": "ok"}\nnot json\n')
    exe = Path(sys.executable).with_name("casework")
    completed = subprocess.run(
        [str(exe), "redact", str(source)], capture_output=True, text=True, timeout=120
    )
    assert completed.returncode == 2
    assert "line 2: malformed JSON" in completed.stderr
