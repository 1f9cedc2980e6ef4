"""Evaluation commands: `casework evaluate`, `casework evaluate-redaction`, `casework eval-data`,
`casework eval-results`, and `casework measure redaction|retrieval|routing`.

Mounted on the main `casework` app by :func:`register` (top-level commands, not a sub-group)::

    # at the end of cli/main.py
    from evaluation.cli import register as _register_evaluation
    _register_evaluation(app)

Also runnable alone: ``python -m evaluation.cli evaluate ...``. Heavy imports (models,
matplotlib, scikit-learn) happen inside the commands, so `casework --help` stays fast.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from contracts.io import InputError

err = Console(stderr=True)

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Evaluate the casework triage assistant and write audit reports.",
)

ReportDir = Annotated[
    Path,
    typer.Option(
        "--report",
        help="Folder for metrics.json and report.html (created; files in it are replaced)",
    ),
]


def _guarded(func):
    """Turn expected failures into one clear line and exit code 2, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except (InputError, ValueError) as error:  # includes UnknownTeam, bad teams files
            message = str(error)
        except FileNotFoundError as error:
            message = f"{error.filename or error}: not found"
        err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
        raise typer.Exit(code=2)

    return wrapper


@_guarded
def evaluate(
    cases: Annotated[
        Path,
        typer.Argument(
            help='Labelled cases: rows {"id","text","team"} plus optional "guidance_ids" (list), '
            '"priority" (urgent|high|normal) and slice columns such as "channel" '
            "(.jsonl or .csv)"
        ),
    ],
    index_dir: Annotated[
        Path, typer.Option("--index", help="Index folder (built by `casework index`)")
    ],
    report: ReportDir,
    train: Annotated[
        Path | None,
        typer.Option(
            "--train",
            help="Fit the supervised router on these labelled cases first (redacted, as "
            "`casework train`; saved under REPORT/router, the index is not changed). "
            "The TF-IDF baseline trains on the same file.",
        ),
    ] = None,
    teams_from_labels: Annotated[
        bool,
        typer.Option(
            "--teams-from-labels",
            help="With --train: one team per training label instead of the "
            "index's teams file (BANKING77, CFPB)",
        ),
    ] = False,
    threshold: Annotated[
        float | None,
        typer.Option(
            min=0.0,
            max=1.0,
            help="Abstention threshold (default: the router's / CASEWORK_ABSTAIN_THRESHOLD)",
        ),
    ] = None,
    decisions: Annotated[
        Path | None,
        typer.Option(
            "--decisions",
            help='Review decisions as JSONL {"team_suggested","team_final","action"} '
            "for the human-agreement section",
        ),
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed for bootstrap resampling and baselines")] = 0,
    resamples: Annotated[int, typer.Option(min=0, max=100_000, help="Bootstrap resamples")] = 1000,
    title: Annotated[str | None, typer.Option(help="Report title")] = None,
    synthetic: Annotated[
        bool,
        typer.Option(
            "--synthetic", help="Mark the report SYNTHETIC (letters not written by citizens)"
        ),
    ] = False,
    batch_size: Annotated[int, typer.Option(min=1, max=1024)] = 32,
    routing_benchmark: Annotated[
        Path | None,
        typer.Option(
            "--routing-benchmark",
            help="Show a routing benchmark result (JSON written by python -m "
            "evaluation.routing_benchmark) in the report",
        ),
    ] = None,
) -> None:
    """Run the real pipeline over labelled cases; write metrics.json and report.html."""
    from evaluation.evaluate import evaluate as run

    metrics = run(
        cases,
        index_dir,
        report,
        train_path=train,
        teams_from_labels=teams_from_labels,
        threshold=threshold,
        decisions_path=decisions,
        seed=seed,
        resamples=resamples,
        title=title,
        synthetic=synthetic,
        batch_size=batch_size,
        routing_benchmark=routing_benchmark,
        log=lambda message: err.print(message, highlight=False),
    )
    a = metrics["assistant"]
    acc, op = a["accuracy"], a.get("operating_point") or {}
    err.print(
        f"accuracy {acc['value']:.1%} (95% CI {acc['ci_low']:.1%}-{acc['ci_high']:.1%}), "
        f"macro-F1 {a['macro_f1']['value']:.3f}, ECE {a['calibration']['ece']:.3f}, "
        f"coverage {op.get('coverage', float('nan')):.1%} -> {report / 'report.html'}",
        highlight=False,
        soft_wrap=True,
    )


@_guarded
def evaluate_redaction(
    pii_file: Annotated[
        Path,
        typer.Argument(
            help="Labelled personal data: presidio-research JSON (full_text, spans with entity_type, "
            'start_position, end_position) or JSONL {"id","text","spans":[{"type","start","end"}]}'
        ),
    ],
    report: ReportDir,
    title: Annotated[str | None, typer.Option(help="Report title")] = None,
    synthetic: Annotated[
        bool, typer.Option("--synthetic", help="Mark the report SYNTHETIC (generated data)")
    ] = False,
    seed: Annotated[int, typer.Option(help="Seed for bootstrap resampling")] = 0,
    resamples: Annotated[int, typer.Option(min=0, max=100_000, help="Bootstrap resamples")] = 1000,
    allow_list: Annotated[
        Path | None,
        typer.Option(
            "--allow-list",
            help="The deployment's own addresses, one a line, kept in clear (as "
            "CASEWORK_REDACTION_ALLOW_LIST); `eval-data` writes one a UK set",
        ),
    ] = None,
    stock: Annotated[
        bool,
        typer.Option(
            "--stock",
            help="Also run stock Presidio (default recognizers, stock en_core_web_sm) on the "
            "same texts and report it beside ours",
        ),
    ] = False,
) -> None:
    """Measure redaction span by span: precision, recall and F2 per entity type; missed types."""
    from evaluation.evaluate_redaction import evaluate_redaction as run
    from evaluation.evaluate_redaction import read_allow_list

    phrases = None if allow_list is None else read_allow_list(allow_list)
    metrics = run(
        pii_file,
        report,
        title=title,
        synthetic=synthetic,
        seed=seed,
        resamples=resamples,
        allow_list=phrases,
        stock=stock,
        log=lambda message: err.print(message, highlight=False),
    )
    err.print(
        f"redaction {_redaction_scores(metrics['redaction'])}"
        + (
            f"; stock Presidio {_redaction_scores(metrics['stock']['redaction'])}"
            if "stock" in metrics
            else ""
        )
        + f" -> {report / 'report.html'}",
        highlight=False,
        soft_wrap=True,
    )


def _redaction_scores(red: dict) -> str:
    def figure(x) -> str:
        return "n/a" if x is None else f"{x:.3f}"

    overall, hidden = red.get("overall") or {}, (red.get("any_pii") or {}).get("covered")
    return (
        f"precision {figure(overall.get('precision'))}, recall {figure(overall.get('recall'))}, "
        f"F2 {figure(overall.get('f2'))}, every character hidden {figure(hidden)}"
    )


@_guarded
def eval_data(
    out_dir: Annotated[Path, typer.Argument(help="Where to write the prepared case files")],
    shared: Annotated[
        Path | None, typer.Option(help="The shared data folder (default ../shared/data)")
    ] = None,
) -> None:
    """Write the shared public sets as case files with their fixed splits (see evaluation/README.md)."""
    from evaluation.datasets import SHARED_DATA, prepare

    manifest = prepare(out_dir, shared or SHARED_DATA)
    for name, info in manifest["files"].items():
        what = (
            f"{info['classes']} classes"
            if "classes" in info
            else f"{info.get('spans', 0):,} labelled spans"
        )
        err.print(
            f"{name}: {info['rows']:,} rows, {what} -> {info['path']}",
            highlight=False,
            soft_wrap=True,
        )


@_guarded
def eval_results(
    reports: Annotated[
        Path,
        typer.Argument(
            help="Folder of report folders (each written by "
            "`casework evaluate` or `evaluate-redaction`)"
        ),
    ] = Path("var/reports"),
) -> None:
    """Print the README's results tables (Markdown) from the reports' metrics.json files."""
    from evaluation.report import results_markdown

    folders = sorted(p for p in reports.iterdir() if p.is_dir()) if reports.is_dir() else []
    print(results_markdown(folders))


COMMANDS = {
    "evaluate": evaluate,
    "evaluate-redaction": evaluate_redaction,
    "eval-data": eval_data,
    "eval-results": eval_results,
}

# --- measurements: the figures quoted in the READMEs ---------------------------------------

measure_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Reproduce the measurements quoted in the READMEs (tables on stdout).",
)
JsonOut = Annotated[Path | None, typer.Option("--json", help="Also write the numbers here")]


@measure_app.command("redaction")
@_guarded
def measure_redaction(
    n: Annotated[int, typer.Option("--n", min=1, help="Synthetic UK letters")] = 1000,
    seed: Annotated[int, typer.Option(help="Synthetic seed")] = 0,
    batch_size: Annotated[int, typer.Option(min=1, max=1024)] = 32,
    presidio: Annotated[
        Path | None, typer.Option(help="presidio-research JSON (skipped when missing)")
    ] = None,
    presidio_limit: Annotated[int | None, typer.Option(min=1)] = None,
    json_out: JsonOut = None,
) -> None:
    """Per-type precision, recall and F2 (synthetic UK set, presidio-research's) and speed."""
    from evaluation.measure.redaction import DEFAULT_PRESIDIO
    from evaluation.measure.redaction import measure_redaction as run

    run(
        n=n,
        seed=seed,
        batch_size=batch_size,
        presidio=presidio or DEFAULT_PRESIDIO,
        presidio_limit=presidio_limit,
        json_out=json_out,
    )


@measure_app.command("retrieval")
@_guarded
def measure_retrieval(
    guidance: Annotated[
        Path | None, typer.Option(help="Guidance to index (default: the bundled GOV.UK pages)")
    ] = None,
    snippets: Annotated[
        Path | None,
        typer.Option(
            help="Snippets with their page ids (default: ../shared/data/govuk/snippets_dev.jsonl)"
        ),
    ] = None,
    max_words: Annotated[int | None, typer.Option(min=10, help="Chunk size (words)")] = None,
    json_out: JsonOut = None,
) -> None:
    """Snippet -> page: recall@k and MRR (dense, BM25, fused search); build and search speed."""
    from evaluation.measure.retrieval import DEFAULT_SNIPPETS
    from evaluation.measure.retrieval import measure_retrieval as run

    if (
        run(
            guidance=guidance,
            snippets=snippets or DEFAULT_SNIPPETS,
            max_words=max_words,
            json_out=json_out,
        )
        is None
    ):
        raise typer.Exit(code=2)


@measure_app.command("routing")
@_guarded
def measure_routing(
    skip_calibration: Annotated[
        bool,
        typer.Option("--skip-calibration", help="Fit only the default (temperature) calibration"),
    ] = False,
    skip_zero_shot: Annotated[bool, typer.Option("--skip-zero-shot")] = False,
    min_coverage: Annotated[
        float,
        typer.Option(
            min=0.0, max=1.0, help="Open-set tuning: least in-scope coverage on validation"
        ),
    ] = 0.85,
) -> None:
    """The router on BANKING77, CFPB issues, an open set and zero-shot GOV.UK snippets."""
    from evaluation.measure.routing import measure_routing as run

    run(skip_calibration=skip_calibration, skip_zero_shot=skip_zero_shot, min_coverage=min_coverage)


def register(target: typer.Typer) -> typer.Typer:
    """Add the evaluation commands to another Typer app (the `casework` CLI)."""
    for name, func in COMMANDS.items():
        target.command(name)(func)
    target.add_typer(measure_app, name="measure")
    return target


register(app)

if __name__ == "__main__":  # pragma: no cover
    app()
