"""`casework`: the command line, a thin layer over the stages.

JSONL in, JSONL out, one object a line. Input files are checked whole before any work starts, so
a bad line stops the run with a message naming it and nothing half-done is written.
"""

from __future__ import annotations

import shutil
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from tqdm import tqdm

from triage.io import InputError, RowSpec, check_output, open_output, read_rows, validate_rows, write_jsonl
from triage.models import Letter, TriageResult
from triage.settings import get_settings

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Casework triage assistant: redact, match guidance, route, draft.")
err = Console(stderr=True)

InPath = Annotated[Path, typer.Argument(help="Input rows: .jsonl (one JSON object a line)")]
OutPath = Annotated[Optional[Path], typer.Option("-o", "--output", help="Output .jsonl ('-' or none: stdout)")]
IndexDir = Annotated[Path, typer.Option("--index", help="Index folder (built by `casework index`)")]


class CliError(Exception):
    """A user-facing failure: message printed, exit code 2."""


def _fail(message: str) -> None:
    from rich.markup import escape

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
    import functools

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        from intake.batch import DocumentInputError
        from retrieval.guidance import GuidanceError
        from triage.teams import UnknownTeam

        try:
            return func(*args, **kwargs)
        except (InputError, GuidanceError, UnknownTeam, CliError, DocumentInputError) as error:
            _fail(str(error))
        except FileNotFoundError as error:
            _fail(f"{error.filename or error}: not found")

    return wrapper


@app.command()
@_guarded
def index(
    guidance: Annotated[Path, typer.Argument(help="Guidance: a .jsonl file (GOV.UK pages format) or a folder of .md, .html, .pdf, .docx (and .jsonl)")],
    index_dir: IndexDir,
    teams: Annotated[Optional[Path], typer.Option(help="Teams YAML (default: CASEWORK_TEAMS_FILE)")] = None,
    update: Annotated[bool, typer.Option("--update", help="Update the index in place: add, replace and remove documents by id and content hash, embedding only what changed")] = False,
) -> None:
    """Chunk, embed and index guidance (FAISS + BM25), with a versioned manifest."""
    from retrieval.guidance import load_guidance
    from retrieval.updates import build, update_index
    from triage.factory import TEAMS_FILE, build_embedder
    from triage.teams import load_teams

    settings = get_settings()
    teams_file = teams or Path(settings.teams_file)
    load_teams(teams_file)  # fail before the slow part if the teams file is bad
    started = time.perf_counter()
    docs = load_guidance(guidance)
    if update and not (index_dir / "manifest.json").is_file():
        raise CliError(f"no index at {index_dir} to update: build it first (without --update)")
    embedder = build_embedder(settings)
    if update:
        built, report = update_index(index_dir, docs, embedder, show_progress=True)
    else:
        built, report = build(docs, embedder, index_dir, show_progress=True)
    built.save(index_dir)
    shutil.copyfile(teams_file, index_dir / TEAMS_FILE)
    err.print(f"indexed {len(docs)} documents as {len(built.passages)} passages into {index_dir} "
              f"in {time.perf_counter() - started:.1f}s: version {report.version}; added "
              f"{len(report.added)}, replaced {len(report.replaced)}, removed "
              f"{len(report.removed)}, unchanged {report.unchanged}; embedded "
              f"{report.embedded} passages, reused {report.reused}")


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
    from redaction import build_redactor
    from triage.factory import ROUTER_DIR, TEAMS_FILE, build_embedder, teams_path_for
    from triage.router import Router
    from triage.teams import Teams, load_teams

    if cases is None and not from_store:
        _fail("give a file of labelled cases, --from-store, or both")
    settings = get_settings()
    redacted: list[str] = []
    labels: list[str] = []
    if cases is not None:
        spec = RowSpec(required=("id", "text", "team"), max_chars=settings.max_letter_chars,
                       allow_csv=True)
        total = validate_rows(cases, spec)
        rows = [(Letter(id=row["id"], text=row["text"]), row["team"])
                for _, row in read_rows(cases, spec)]
        labels = [team for _, team in rows]
        redactor = build_redactor(settings)
        redacted = [r.redacted_text for r in _progress(
            redactor.redact_many((letter for letter, _ in rows), batch_size=64), total, "redact")]
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
    if teams_from_labels:
        teams = Teams.from_names(sorted(set(labels)))
    else:
        teams = load_teams(teams_path_for(index_dir, settings))
        teams.validate_labels(labels)
    embedder = build_embedder(settings)
    vectors = embedder.encode_long(redacted, show_progress=True)
    router = Router(teams, embedder=embedder,
                    threshold=settings.abstain_threshold if threshold is None else threshold)
    router.fit(vectors, labels)
    router_dir = index_dir / ROUTER_DIR
    router.save(router_dir)
    teams.save(router_dir / TEAMS_FILE)
    err.print(f"trained router on {total} cases, {len(set(labels))} teams -> {router_dir}")


def _store_examples() -> list[dict]:
    """Accepted and re-routed cases from the review service's database (redacted text)."""
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
    from redaction import build_redactor

    spec = _letter_spec()
    total = validate_rows(input, spec)
    check_output(output, [input])
    redactor = build_redactor(get_settings())
    with open_output(output, inputs=[input]) as handle:
        write_jsonl(handle, (
            {"id": r.id, "redacted_text": r.redacted_text,
             "entities": [e.model_dump(mode="json") for e in r.entities]}
            for r in _progress(redactor.redact_many(_letters(input, spec)), total, "redact")
        ))


@app.command()
@_guarded
def search(input: InPath, index_dir: IndexDir,
           k: Annotated[int, typer.Option("-k", min=1, max=100, help="Hits per letter")] = 5,
           output: OutPath = None) -> None:
    """Find the guidance passages that apply to each letter (the letter is redacted first)."""
    from redaction import build_redactor
    from retrieval.retriever import build_retriever
    from triage.pipeline import batched

    settings = get_settings()
    spec = _letter_spec()
    total = validate_rows(input, spec)
    check_output(output, [input])
    redactor = build_redactor(settings)
    retriever = build_retriever(settings, index_dir)

    def rows():
        redacted = _progress(redactor.redact_many(_letters(input, spec)), total, "search")
        for batch in batched(redacted, 64):
            for letter, hits in zip(batch, retriever.search_many([r.redacted_text for r in batch], k=k)):
                yield {"id": letter.id, "hits": [hit_row(h) for h in hits]}

    with open_output(output, inputs=[input]) as handle:
        write_jsonl(handle, rows())


@app.command()
@_guarded
def triage(input: InPath, index_dir: IndexDir, output: OutPath = None,
           table: Annotated[bool, typer.Option(help="Also print a summary table")] = False,
           batch_size: Annotated[int, typer.Option(min=1, max=1024)] = 32) -> None:
    """Redact, search guidance, route, flag and draft a reply for every letter. INPUT may also
    be a folder of letters as received (.txt .eml .pdf .docx .html .rtf .png .jpg .tif) or one
    such file: see intake.batch."""
    from triage.factory import build_pipeline

    from intake.batch import is_documents

    if is_documents(input):
        from triage.mailroom_cli import triage_documents

        return triage_documents(input, index_dir, output, table, batch_size)
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


def hit_row(hit) -> dict:
    return hit.model_dump(mode="json", include={"guidance_id", "title", "url", "heading", "passage", "score"})


def result_row(result: TriageResult) -> dict:
    row = result.model_dump(mode="json")
    row["guidance"] = [hit_row(h) for h in result.guidance]
    row["flags"] = [{"kind": f.kind.value, "category": f.category, "evidence": f.evidence,
                     "start": f.start, "end": f.end} for f in result.flags]
    return row


def result_json(result: TriageResult) -> str:
    import json

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


def _mount_service_and_evaluation_commands() -> None:
    """The review service (serve, users, audit, db, store) and the auditors' evaluation commands
    live with their packages; they are mounted here so there is one `casework` command."""
    from api.cli import audit_app, db_app, serve, store_app, users_app
    from evaluation.cli import register

    app.command("serve")(serve)
    app.add_typer(users_app, name="users")
    app.add_typer(audit_app, name="audit")
    app.add_typer(db_app, name="db")
    app.add_typer(store_app, name="store")
    register(app)


_mount_service_and_evaluation_commands()

if __name__ == "__main__":  # pragma: no cover
    app()
