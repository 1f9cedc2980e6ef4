"""`casework`: the command line, a thin layer over the pipeline (and the top layer: it mounts the
review service's and the evaluation's sub-commands).

JSONL in, JSONL out, one object a line. Input files are checked whole before any work starts, so
a bad line stops the run with a message naming it and nothing half-done is written.
"""

from __future__ import annotations

import functools
import json
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from tqdm import tqdm

from api.cli import audit_app, db_app, serve, store_app, users_app
from contracts.errors import CaseworkError
from contracts.io import RowSpec, check_output, open_output, read_rows, validate_rows, write_jsonl
from contracts.models import GuidanceHit, Letter, TriageResult
from contracts.settings import get_settings, set_model_environment
from evaluation.cli import register as register_evaluation_commands
from pipeline.factory import ROUTER_DIR, build_pipeline
from triage.teams import Teams

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Casework triage assistant: redact, match guidance, route, draft.")
err = Console(stderr=True)

InPath = Annotated[Path, typer.Argument(help="Input rows: .jsonl (one JSON object a line)")]
OutPath = Annotated[Optional[Path], typer.Option("-o", "--output", help="Output .jsonl ('-' or none: stdout)")]
IndexDir = Annotated[Path, typer.Option("--index", help="Index folder (built by `casework index`)")]


def _fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=2)


def _letters(path: Path, spec: RowSpec):
    for _, row in read_rows(path, spec):
        yield Letter(id=row["id"], text=row["text"])


def _progress(iterable, total: int, desc: str):
    return tqdm(iterable, total=total, desc=desc, unit="letter", file=sys.stderr,
                disable=total < 20 or None, dynamic_ncols=True)


def _letter_spec(csv: bool = False) -> RowSpec:
    return RowSpec(required=("id", "text"), max_chars=get_settings().max_letter_chars, allow_csv=csv)


def _guarded(func):
    """Turn domain errors into a clear message and exit code 2, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except CaseworkError as error:
            _fail(str(error))
        except FileNotFoundError as error:
            _fail(f"{error.filename or error}: not found")

    return wrapper


@app.command()
@_guarded
def index(
    guidance: Annotated[Path, typer.Argument(help="Guidance: a .jsonl file (GOV.UK pages format) or a folder of .md")],
    index_dir: IndexDir,
    teams: Annotated[Optional[Path], typer.Option(help="Teams YAML (default: CASEWORK_TEAMS_FILE)")] = None,
) -> None:
    """Chunk, embed and index guidance (FAISS + BM25), with a manifest."""
    settings = get_settings()
    teams_file = teams or Path(settings.teams_file)
    started = time.perf_counter()
    pipeline = build_pipeline(settings, index_dir, load_index=False)
    pages, passages = pipeline.build_index(guidance, index_dir, teams_file, show_progress=True)
    err.print(f"indexed {pages} documents as {passages} passages into {index_dir} "
              f"in {time.perf_counter() - started:.1f}s")


@app.command()
@_guarded
def train(
    index_dir: IndexDir,
    cases: Annotated[Optional[Path], typer.Argument(
        help='Labelled cases: rows {"id","text","team"} (.jsonl or .csv)')] = None,
    from_store: Annotated[bool, typer.Option(
        "--from-store", help="Also learn from the review service's database: every case a "
                             "caseworker accepted or re-routed (CASEWORK_DATABASE_URL)")] = False,
    teams_from_labels: Annotated[bool, typer.Option(
        help="Make one team per distinct label instead of using the index's teams file "
             "(for labelled sets such as BANKING77 whose classes are not teams yet)")] = False,
    threshold: Annotated[Optional[float], typer.Option(help="Abstain below this confidence")] = None,
) -> None:
    """Fit the supervised router on historical cases (on their REDACTED text) and save it."""
    if cases is None and not from_store:
        _fail("give a file of labelled cases, --from-store, or both")
    settings = get_settings()
    pipeline = build_pipeline(settings, index_dir, load_index=False)
    redacted: list[str] = []
    labels: list[str] = []
    if cases is not None:
        spec = RowSpec(required=("id", "text", "team"), max_chars=settings.max_letter_chars,
                       allow_csv=True)
        total = validate_rows(cases, spec)
        rows = [(Letter(id=row["id"], text=row["text"]), row["team"])
                for _, row in read_rows(cases, spec)]
        labels = [team for _, team in rows]
        redacted = [r.redacted_text for r in _progress(
            pipeline.redact_many((letter for letter, _ in rows), batch_size=64), total, "redact")]
    if from_store:
        stored = _store_examples()
        # stored cases were redacted when they arrived: only their redacted text exists here
        redacted += [row["text"] for row in stored]
        labels += [row["team"] for row in stored]
        err.print(f"{len(stored)} labelled cases from the review service's database")
    if len(set(labels)) < 2:
        _fail(f"training needs cases of at least two teams; got {len(labels)} case(s) of "
              f"{len(set(labels))} team(s)")
    total = len(labels)
    teams = Teams.from_names(sorted(set(labels))) if teams_from_labels else pipeline.teams
    pipeline.train_router(redacted, labels, teams=teams, show_progress=True,
                          threshold=settings.abstain_threshold if threshold is None else threshold)
    router_dir = pipeline.save_router(index_dir / ROUTER_DIR)
    err.print(f"trained router on {total} cases, {len(set(labels))} teams -> {router_dir}")


def _store_examples() -> list[dict]:
    """Accepted and re-routed cases from the review service's database (redacted text)."""
    # lazy: SQLAlchemy and the web framework stay out of every other command's start-up
    from api.cli import open_database
    from api.learning import labelled_examples

    db = open_database()
    try:
        return labelled_examples(db)
    finally:
        db.dispose()


@app.command()
@_guarded
def redact(input: InPath, output: OutPath = None) -> None:
    """Scrub personal data. Entity offsets index the ORIGINAL text; values are never written."""
    spec = _letter_spec()
    total = validate_rows(input, spec)
    check_output(output, [input])
    pipeline = build_pipeline(get_settings(), load_index=False)
    with open_output(output, inputs=[input]) as handle:
        write_jsonl(handle, (
            {"id": r.id, "redacted_text": r.redacted_text,
             "entities": [e.model_dump(mode="json") for e in r.entities]}
            for r in _progress(pipeline.redact_many(_letters(input, spec)), total, "redact")
        ))


@app.command()
@_guarded
def search(input: InPath, index_dir: IndexDir,
           k: Annotated[int, typer.Option("-k", min=1, max=100, help="Hits per letter")] = 5,
           output: OutPath = None) -> None:
    """Find the guidance passages that apply to each letter (the letter is redacted first)."""
    spec = _letter_spec()
    total = validate_rows(input, spec)
    check_output(output, [input])
    pipeline = build_pipeline(get_settings(), index_dir, drafting=False, batch_size=64)

    def rows():
        found = pipeline.search_letters(_letters(input, spec), k=k)
        for letter, hits in _progress(found, total, "search"):
            yield {"id": letter.id, "hits": [hit_row(h) for h in hits]}

    with open_output(output, inputs=[input]) as handle:
        write_jsonl(handle, rows())


@app.command()
@_guarded
def triage(input: InPath, index_dir: IndexDir, output: OutPath = None,
           table: Annotated[bool, typer.Option(help="Also print a summary table")] = False,
           batch_size: Annotated[int, typer.Option(min=1, max=1024)] = 32) -> None:
    """Redact, search guidance, route, flag and draft a reply for every letter."""
    spec = _letter_spec()
    total = validate_rows(input, spec)
    check_output(output, [input])
    pipeline = build_pipeline(get_settings(), index_dir, batch_size=batch_size)
    started = time.perf_counter()
    summary: list[TriageResult] = []
    with open_output(output, inputs=[input]) as handle:
        for result in _progress(pipeline.run(_letters(input, spec)), total, "triage"):
            handle.write(result_json(result) + "\n")
            if table and len(summary) < 500:
                summary.append(result)
    elapsed = time.perf_counter() - started
    if table:
        print_table(summary, Console(file=sys.stderr if output in (None, Path("-")) else sys.stdout))
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in pipeline.timer.seconds.items())
    err.print(f"triaged {total} letters in {elapsed:.1f}s ({total / elapsed:.1f} letters/s; {stages})")


def hit_row(hit: GuidanceHit) -> dict:
    return hit.model_dump(mode="json", include={"guidance_id", "title", "url", "heading", "passage", "score"})


def result_row(result: TriageResult) -> dict:
    row = result.model_dump(mode="json")
    row["guidance"] = [hit_row(h) for h in result.guidance]
    row["flags"] = [{"kind": f.kind.value, "category": f.category, "evidence": f.evidence,
                     "start": f.start, "end": f.end} for f in result.flags]
    return row


def result_json(result: TriageResult) -> str:
    return json.dumps(result_row(result), ensure_ascii=False)


def print_table(results: list[TriageResult], console: Console) -> None:
    table = Table(title="Triage suggestions (each waits for a caseworker)", show_lines=False)
    for column, style in [("id", "cyan"), ("team", ""), ("conf", "right"), ("next", "dim"),
                          ("priority", ""), ("flags", ""), ("PII", "right"), ("top guidance", "dim")]:
        table.add_column(column, justify="right" if style == "right" else "left",
                         style=style if style not in ("right",) else None, overflow="fold")
    for r in results:
        team = "[yellow]human triage[/]" if r.abstained else r.team
        nxt = ", ".join(c.team for c in r.candidates[1:3] if c.team != r.team) if r.candidates else ""
        priority = {"urgent": "[bold red]urgent[/]", "high": "[red]high[/]"}.get(r.priority.value, "normal")
        flags = "; ".join(f"{f.category}: “{f.evidence}”" for f in r.flags[:2])
        top = r.guidance[0].title if r.guidance else ""
        table.add_row(r.id, team, f"{r.confidence:.2f}", nxt, priority, flags,
                      str(len(r.entities)), top)
    console.print(table)


@app.callback()
def _startup() -> None:
    """Casework triage assistant: redact, match guidance, route, draft."""
    set_model_environment()


# The review service (serve, users, audit, db, store) and the auditors' evaluation commands live
# with their packages; they are mounted here so there is one `casework` command.
app.command("serve")(serve)
app.add_typer(users_app, name="users")
app.add_typer(audit_app, name="audit")
app.add_typer(db_app, name="db")
app.add_typer(store_app, name="store")
register_evaluation_commands(app)

if __name__ == "__main__":  # pragma: no cover
    app()
