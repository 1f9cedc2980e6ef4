"""The evaluate command: on a stand-in pipeline (fast, no models), then end to end on the real
pipeline; the shared data sets and the results table. The metrics themselves are checked in
test_evaluation_metrics.py."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest
from sklearn.metrics import accuracy_score
from typer.testing import CliRunner

from contracts.io import InputError
from contracts.models import (
    Candidate,
    Draft,
    Entity,
    GuidanceHit,
    Priority,
    RedactedLetter,
    TriageResult,
)
from evaluation import datasets
from evaluation.agreement import human_agreement
from evaluation.cases import Case, load_cases
from evaluation.cli import app, register
from evaluation.redaction_metrics import load_jsonl
from triage.teams import Teams

FIXTURES = Path(__file__).parent / "fixtures" / "eval"


# --- the evaluate command on a stand-in pipeline (fast, no models) ----------------------------

CASES = FIXTURES / "cases.jsonl"
DECISIONS = FIXTURES / "decisions.jsonl"
TEAMS = (
    "benefits",
    "tax_and_family_payments",
    "education_and_skills",
    "employment_and_business",
    "courts_and_justice",
)


def _case_rows(path: Path = CASES) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


class _StubRedactor:
    """Replaces the invented names/numbers the fixture uses; enough to prove text stays out."""

    import re as _re

    PATTERN = _re.compile(r"QQ \d\d \d\d \d\d C|07700 \d{6}|[\w.]+@example\.com|HU1 2AB")

    def redact_many(self, letters, batch_size=32):
        for letter in letters:
            found = list(self.PATTERN.finditer(letter.text))
            yield RedactedLetter(
                id=letter.id,
                redacted_text=self.PATTERN.sub("<PII_1>", letter.text),
                entities=tuple(
                    Entity(
                        type="STUB", start=f.start(), end=f.end(), score=1.0, placeholder="<PII_1>"
                    )
                    for f in found
                ),
            )


class _StubRouter:
    def __init__(self):
        self.threshold = 0.5
        self.teams = Teams.from_names(TEAMS)


def _stub_reply(team: str, abstained: bool) -> str:
    """A reply in the drafter's shape: one team's replies quote a long sentence, the others a
    short one, so their readability differs; a held-back letter gets a holding reply."""
    if abstained:
        return "Hello,\n\nThank you for your letter. A person will read it soon.\n"
    point = (
        "Applicants must provide documentary evidence demonstrating continuous residence "
        "throughout the qualifying period before eligibility determinations are finalised."
        if team == TEAMS[0]
        else "You can get help with the cost of your rent."
    )
    return f"Hello,\n\nThank you for your letter.\n\n- {point} [1]\n\nReferences\n\n[1] Page\n"


class StubPipeline:
    """Deterministic stand-in for the real pipeline: right for about 70% of letters."""

    def __init__(self, rows):
        self.truth = {r["id"]: r for r in rows}
        self.redactor = _StubRedactor()
        self.router = _StubRouter()

    def router_summary(self):
        from pipeline.core import RouterSummary

        return RouterSummary(
            kind="stub",
            fitted=False,
            threshold=self.router.threshold,
            teams=self.router.teams.names,
        )

    def run(self, letters):
        for r in self.redactor.redact_many(letters):
            h = int(hashlib.sha256(r.id.encode()).hexdigest(), 16)
            row = self.truth[r.id]
            right = h % 10 < 7
            team = row["team"] if right else TEAMS[(TEAMS.index(row["team"]) + 1) % 5]
            conf = 0.55 + (h % 40) / 100 if right else 0.25 + (h % 50) / 100
            abstained = conf < self.router.threshold
            gids = row["guidance_ids"][:1] if h % 3 else ["/other"]
            hits = tuple(
                GuidanceHit(guidance_id=g, title="", url="", heading="", passage="", score=1.0)
                for g in [*gids, "/pip", "/pip#x", "/benefit-cap"]
            )
            yield TriageResult(
                id=r.id,
                redacted_text=r.redacted_text,
                team=None if abstained else team,
                confidence=conf,
                abstained=abstained,
                candidates=(Candidate(team=team, confidence=conf),),
                priority=Priority(row["priority"]) if h % 2 else Priority.NORMAL,
                flags=(),
                needs_human_triage=abstained,
                guidance=hits,
                reply=Draft(text=_stub_reply(team, abstained)),
                entities=r.entities,
            )


@pytest.fixture(scope="module")
def stub_report(tmp_path_factory):
    from evaluation.evaluate import evaluate

    index = tmp_path_factory.mktemp("stub-index")
    (index / "manifest.json").write_text('{"model": "stub", "dimension": 3, "passages": 1}')
    out = tmp_path_factory.mktemp("stub-report")
    metrics = evaluate(
        CASES,
        index,
        out,
        pipeline=StubPipeline(_case_rows()),
        decisions_path=DECISIONS,
        resamples=200,
        synthetic=True,
        show_progress=False,
        log=lambda _: None,
    )
    return metrics, out


def test_evaluate_writes_every_figure(stub_report):
    _metrics, out = stub_report
    saved = json.loads((out / "metrics.json").read_text())  # strict JSON: NaN written as null
    a = saved["assistant"]
    for key in (
        "accuracy",
        "macro_f1",
        "per_class",
        "confusion",
        "calibration",
        "risk_coverage",
        "operating_point",
        "threshold_point",
        "needs_human_triage",
    ):
        assert key in a, key
    assert a["accuracy"]["ci_low"] <= a["accuracy"]["value"] <= a["accuracy"]["ci_high"]
    assert set(saved["baselines"]) == {"majority class", "TF-IDF + logistic regression"}
    assert "cross-validation" in saved["baselines_trained"]
    assert saved["retrieval"]["n"] == 40 and "5" in saved["retrieval"]["recall_at_k"]
    assert saved["priority"]["n"] == 40
    assert {"channel", "length (derived)", "personal data found (derived)"} <= set(saved["slices"])
    assert saved["human_agreement"]["teams"]
    replies = {t["team"]: t for t in saved["replies"]["by_team"]}
    assert "human triage" in replies and replies["human triage"]["quoting_guidance"] == 0
    assert sum(t["drafts"] for t in replies.values()) == saved["replies"]["overall"]["drafts"] == 40
    # readability by team: the team whose replies quote the long, formal sentence reads harder
    others = [t for name, t in replies.items() if name not in (TEAMS[0], "human triage")]
    assert all(replies[TEAMS[0]]["median_fk_grade"] > t["median_fk_grade"] + 3 for t in others)
    repro = saved["reproducibility"]
    assert repro["seed"] == 0 and repro["files"]["cases"]["sha256"]
    assert "abstain_threshold" in repro["settings"] and "llm_api_key" not in repro["settings"]
    assert repro["packages"]["scikit-learn"] and repro["index"]["manifest"]["model"] == "stub"
    # the figures agree with recomputing from predictions.jsonl
    rows = [json.loads(line) for line in (out / "predictions.jsonl").read_text().splitlines()]
    assert len(rows) == 40
    assert a["accuracy"]["value"] == pytest.approx(
        accuracy_score([r["team"] for r in rows], [r["predicted"] for r in rows])
    )


def test_no_letter_text_in_any_output(stub_report):
    _, out = stub_report
    written = "".join(p.read_text(encoding="utf-8") for p in out.iterdir() if p.is_file())
    for row in _case_rows():
        assert row["text"][:40] not in written
    for value in ("QQ 12 34 56 C", "07700 900123", "sam.hughes@example.com", "Alan Pryce"):
        assert value not in written


def test_report_html_has_charts_and_sections(stub_report):
    _, out = stub_report
    html = (out / "report.html").read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') >= 8
    assert "http://" not in html.replace("http://www.w3.org", "") and "<script" not in html
    for section in (
        "Summary",
        "How often is the suggested team right?",
        "Routing in detail",
        "Knowing when it is unsure",
        "Calibration",
        "Finding the right guidance",
        "Suggested replies: plain English by team",
        "Priority and vulnerability flags",
        "Results by group of letters",
        "Agreement with caseworkers",
        "Model card",
        "Algorithmic Transparency Recording Standard",
        "Reproducibility",
        "SYNTHETIC DATA",
        "majority class",
        "TF-IDF + logistic regression",
    ):
        assert section in html, section


def test_case_file_errors_name_the_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        '{"id": "1", "text": "a", "team": "x"}\n'
        '{"id": "2", "text": "b", "team": "x", "priority": "soon"}\n'
    )
    with pytest.raises(InputError, match="line 2"):
        load_cases(bad)
    csv_file = tmp_path / "cases.csv"
    csv_file.write_text("id,text,team,guidance_ids,channel\n1,hello,x,/a;/b,email\n2,bye,y,,post\n")
    cases = load_cases(csv_file)
    assert cases[0].guidance_ids == ("/a", "/b") and cases[1].guidance_ids is None
    assert cases[0].slices == {"channel": "email"}


def test_identifier_like_columns_are_not_slices():
    from evaluation.evaluate import slice_columns

    cases = [
        Case(id=str(i), text="x", team="t", slices={"ref": f"R{i}", "channel": "post"})
        for i in range(60)
    ]
    columns, notes = slice_columns(cases)
    assert "channel" in columns and "ref" not in columns and "ref" in notes[0]


def test_cli_commands_mount_on_another_app(tmp_path):
    import typer

    host = typer.Typer()

    @host.command()
    def other() -> None:
        pass

    register(host)
    runner = CliRunner()
    result = runner.invoke(host, ["evaluate", "--help"])
    assert result.exit_code == 0 and "--teams-from-labels" in result.output
    result = runner.invoke(
        host,
        [
            "evaluate",
            str(tmp_path / "missing.jsonl"),
            "--index",
            str(tmp_path),
            "--report",
            str(tmp_path / "r"),
        ],
    )
    assert result.exit_code == 2 and "missing.jsonl" in result.output


def test_human_agreement_counts_the_standing_decision_per_case():
    decisions = [
        {"case_id": "1", "team_suggested": "a", "team_final": None, "action": "edit_reply"},
        {"case_id": "1", "team_suggested": "a", "team_final": "b", "action": "reroute"},
        {"case_id": "2", "team_suggested": "a", "team_final": None, "action": "escalate"},
        {"case_id": "3", "team_suggested": "a", "team_final": None, "action": "accept"},
    ]
    result = human_agreement(decisions)
    (team,) = result["teams"]
    assert (team["n"], team["accepted"], team["overridden"]) == (2, 1, 1)
    assert result["other_actions"] == 1 and result["n_decisions"] == 3


# --- the real pipeline, end to end (models loaded once per session) --------------------------

PII_VALUES = (
    "Alan Pryce",
    "3 Mill Street",
    "HU1 2AB",
    "Joan Ashby",
    "07700 900123",
    "QQ 12 34 56 C",
    "sam.hughes@example.com",
)


@pytest.fixture(scope="module")
def eval_index(demo_index_dir) -> Path:
    """The session's demo index folder (built once, with the teams snapshot)."""
    return demo_index_dir


def _written(folder: Path) -> str:
    return "".join(
        p.read_text(encoding="utf-8")
        for p in folder.rglob("*")
        if p.is_file() and p.suffix in {".json", ".jsonl", ".html"}
    )


def test_evaluate_command_end_to_end_on_the_real_pipeline(eval_index, tmp_path):
    from cli.main import app  # the evaluation commands are mounted on `casework`

    report = tmp_path / "report"
    result = CliRunner().invoke(
        app,
        [
            "evaluate",
            str(CASES),
            "--index",
            str(eval_index),
            "--report",
            str(report),
            "--decisions",
            str(DECISIONS),
            "--synthetic",
            "--resamples",
            "200",
        ],
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads((report / "metrics.json").read_text())
    a = metrics["assistant"]
    assert metrics["router_mode"].startswith("zero-shot")
    assert a["n"] == 40 and a["accuracy"]["value"] > 0.4  # 5 teams: chance is 0.2
    assert 0 < a["operating_point"]["coverage"] <= 1
    assert (
        metrics["retrieval"]["n"] == 40 and metrics["retrieval"]["recall_at_k"]["5"]["value"] > 0.5
    )
    assert metrics["redaction_in_run"]["letters_with_personal_data"] >= 2
    assert metrics["reproducibility"]["index"]["manifest"]["dimension"] == 384
    html = (report / "report.html").read_text(encoding="utf-8")
    assert html.count('src="data:image/png;base64,') >= 8 and "SYNTHETIC DATA" in html
    written = _written(report)
    for value in PII_VALUES:
        assert value not in written, value


def test_evaluate_with_training_fits_a_router_without_touching_the_index(
    eval_index, settings, embedder, redactor, tmp_path
):
    from evaluation.evaluate import evaluate
    from pipeline.factory import build_pipeline

    # a pipeline of its own: evaluate() swaps in the router it trains
    pipeline = build_pipeline(settings, eval_index, embedder=embedder, redactor=redactor)
    report = tmp_path / "trained"
    metrics = evaluate(
        CASES,
        eval_index,
        report,
        train_path=CASES,
        teams_from_labels=True,
        threshold=0.3,
        resamples=100,
        pipeline=pipeline,
        show_progress=False,
        log=lambda _: None,
    )
    assert metrics["router_mode"].startswith("supervised")
    assert metrics["training"]["n"] == 40 and metrics["threshold"] == 0.3
    assert "trained on the 40 redacted training cases" in metrics["baselines_trained"]
    assert (report / "router" / "teams.yaml").is_file() and not (eval_index / "router").exists()
    # trained and tested on the same 40 letters: a mechanics check, not a measurement (the
    # stacked router is fitted on held-out folds, so it does not simply memorise 40 letters)
    assert metrics["assistant"]["accuracy"]["value"] >= 0.75
    assert all(value not in _written(report) for value in PII_VALUES)


@pytest.mark.parametrize("name", ["pii.jsonl", "pii_presidio.json"])
def test_evaluate_redaction_end_to_end(name, tmp_path):
    report = tmp_path / "redaction"
    result = CliRunner().invoke(
        app,
        ["evaluate-redaction", str(FIXTURES / name), "--report", str(report), "--resamples", "100"],
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads((report / "metrics.json").read_text())
    red = metrics["redaction"]
    assert red["overall"]["support"] >= 10 and red["overall"]["recall"] > 0.5
    assert {row["type"] for row in red["per_type"]} >= {"PERSON", "PHONE_NUMBER"}
    assert red["overall"]["ci"]["recall"]["ci_low"] <= red["overall"]["recall"]
    assert metrics["synthetic"] is True
    html = (report / "report.html").read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,' in html and "never values" in html
    written = _written(report)
    for value in ("Helen Marsh", "LS6 2QT", "h.marsh@example.com", "943 476 5919", "12345678"):
        assert value not in written, value


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            "Kestrel Council\n\n  PO Box 9, Wrenby WR1 1AA  \n",
            ["Kestrel Council", "PO Box 9, Wrenby WR1 1AA"],
        ),
        ("", []),
        ("0300 123 4567\r\n", ["0300 123 4567"]),
    ],
)
def test_read_allow_list_is_one_phrase_a_line(tmp_path, content, expected):
    """The allow-list file `evaluate-redaction --allow-list` and the transformation suite read."""
    from evaluation.evaluate_redaction import read_allow_list

    path = tmp_path / "allow.txt"
    path.write_bytes(content.encode("utf-8"))
    assert read_allow_list(path) == expected


def test_evaluate_redaction_with_stock_presidio_beside_ours(tmp_path):
    """`--stock` runs stock Presidio (real analyzer, stock en_core_web_sm) on the same rows and
    writes its own scores beside ours: in metrics.json, the report's table and chart, and the
    one-line summary. The fixture's NI number is the UK identifier stock Presidio has no
    recognizer for, so its NINO recall and overall recall fall below ours."""
    report = tmp_path / "redaction"
    result = CliRunner().invoke(
        app,
        ["evaluate-redaction", str(FIXTURES / "pii.jsonl"), "--report", str(report)]
        + ["--resamples", "20", "--stock"],
    )
    assert result.exit_code == 0, result.output
    metrics = json.loads((report / "metrics.json").read_text())
    ours, stock = metrics["redaction"], metrics["stock"]["redaction"]
    ours_by_type = {row["type"]: row for row in ours["per_type"]}
    stock_by_type = {row["type"]: row for row in stock["per_type"]}
    # scored on the same labels...
    assert stock["overall"]["support"] == ours["overall"]["support"]
    assert stock["n_rows"] == ours["n_rows"] == len(load_jsonl(FIXTURES / "pii.jsonl"))
    # ...from its own predictions, in its own types (no recognizer of ours emits these)
    assert {"DATE_TIME", "US_DRIVER_LICENSE"} <= set(metrics["stock"]["unlabelled_types"])
    assert stock["overall"]["predicted"] != ours["overall"]["predicted"]
    # the NI number: ours finds and hides it, stock Presidio neither
    assert ours_by_type["UK_NINO"]["recall"] == 1.0 and ours_by_type["UK_NINO"]["hidden"] == 1.0
    assert stock_by_type["UK_NINO"]["recall"] == 0.0 and stock_by_type["UK_NINO"]["hidden"] == 0.0
    assert stock["overall"]["recall"] < ours["overall"]["recall"]
    assert stock["any_pii"]["covered"] < ours["any_pii"]["covered"]
    # a type it finds under its own name scores like ours does
    assert stock_by_type["EMAIL_ADDRESS"]["recall"] == 1.0
    html = (report / "report.html").read_text(encoding="utf-8")
    assert "stock Presidio: recall" in html and "stock Presidio: every character hidden" in html
    assert 'alt="Recall and every-character-hidden share by type' in html
    assert "stock Presidio" in " ".join(metrics["method"])
    line = " ".join(result.output.split())  # rich wraps to the runner's width
    assert f"stock Presidio precision {stock['overall']['precision']:.3f}" in line
    assert f"every character hidden {stock['any_pii']['covered']:.3f}" in line
    written = _written(report)
    for value in ("Helen Marsh", "QQ 12 34 56 C", "12345678"):
        assert value not in written, value


def test_shared_sets_load_with_their_documented_splits(shared_data):
    b77 = datasets.banking77(shared_data)
    assert (len(b77["train"]), len(b77["test"])) == (10003, 3080)
    assert len({r["team"] for r in b77["test"]}) == 77
    cfpb = datasets.cfpb_issue(shared_data)
    assert (len(cfpb["train"]), len(cfpb["test"])) == (1598, 400)
    committed = {
        line
        for line in datasets.CFPB_TEST_IDS.read_text().splitlines()
        if line and not line.startswith("#")
    }
    assert {r["id"] for r in cfpb["test"]} == committed
    assert {r["team"] for r in cfpb["train"]} == {r["team"] for r in cfpb["test"]}
    snippets = datasets.govuk_snippets(shared_data)
    assert len(snippets["all"]) == 1278 and sum(snippets["unowned"].values()) == 15
    split = datasets.govuk_org_split(snippets["all"])
    train_pages = {r["guidance_ids"][0] for r in split["train"]}
    assert not train_pages & {r["guidance_ids"][0] for r in split["test"]}


def test_results_table_from_report_folders(stub_report, tmp_path):
    from evaluation.report import results_markdown

    _, out = stub_report
    table = results_markdown([out, tmp_path / "no-report-here"])
    lines = table.splitlines()
    assert lines[0].startswith("| data set |") and len(lines) == 3
    assert "SYNTHETIC" in lines[2] and "%" in lines[2]


def test_results_and_measure_commands_are_mounted_on_casework(stub_report, tmp_path):
    from cli.main import app
    from evaluation.report import results_markdown

    _, out = stub_report
    reports = tmp_path / "reports"
    shutil.copytree(out, reports / "stub")
    result = CliRunner().invoke(app, ["eval-results", str(reports)])
    assert result.exit_code == 0, result.output
    assert result.output.strip() == results_markdown([reports / "stub"]).strip()
    assert "SYNTHETIC" in result.output
    listed = CliRunner().invoke(app, ["measure", "--help"])
    assert listed.exit_code == 0
    assert all(name in listed.output for name in ("redaction", "retrieval", "routing"))
    missing = CliRunner().invoke(
        app, ["measure", "retrieval", "--snippets", str(tmp_path / "none.jsonl")]
    )
    assert missing.exit_code == 2
