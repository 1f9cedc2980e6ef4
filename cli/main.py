# Over 500 lines: the casework command's own sub-commands (index, train, recalibrate, redact,
# search, and triage with its Ray and mailroom paths), registered on one typer app, each a thin
# layer over Pipeline; the services' sub-commands live with the services.
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
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from api.cli import audit_app, db_app, open_database, serve, store_app, users_app
from contracts.errors import CaseworkError
from contracts.io import RowSpec, check_output, open_output, read_rows, validate_rows, write_jsonl
from contracts.models import Letter, TriageResult
from contracts.progress import progress
from contracts.settings import get_settings, set_model_environment
from evaluation.cli import register as register_evaluation_commands
from intake.batch import intake_row, is_documents, read
from intake.settings import get_intake_settings
from pipeline import campaigns
from pipeline.core import index_version
from pipeline.factory import ROUTER_DIR, build_pipeline
from pipeline.output import hit_row, result_json, result_row
from triage.intake import scan_flag
from triage.teams import Teams

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Casework triage assistant: redact, match guidance, route, draft.",
)
err = Console(stderr=True)

InPath = Annotated[Path, typer.Argument(help="Input rows: .jsonl (one JSON object a line)")]
OutPath = Annotated[
    Path | None, typer.Option("-o", "--output", help="Output .jsonl ('-' or none: stdout)")
]
IndexDir = Annotated[Path, typer.Option("--index", help="Index folder (built by `casework index`)")]


def _fail(message: str) -> None:
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False, soft_wrap=True)
    raise typer.Exit(code=2)


def _letters(path: Path, spec: RowSpec):
    for _, row in read_rows(path, spec):
        yield Letter(id=row["id"], text=row["text"])


#: fewer letters than this finish before a progress bar is worth drawing
BAR_FROM_LETTERS = 20


def _letter_spec(csv: bool = False) -> RowSpec:
    return RowSpec(
        required=("id", "text"), max_chars=get_settings().max_letter_chars, allow_csv=csv
    )


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
    guidance: Annotated[
        Path,
        typer.Argument(
            help="Guidance: a .jsonl file (GOV.UK pages format) or a folder of .md, .html, .pdf, .docx (and .jsonl)"
        ),
    ],
    index_dir: IndexDir,
    teams: Annotated[
        Path | None, typer.Option(help="Teams YAML (default: CASEWORK_TEAMS_FILE)")
    ] = None,
    update: Annotated[
        bool,
        typer.Option(
            "--update",
            help="Update the index in place: add, replace and remove documents by id and content hash, embedding only what changed",
        ),
    ] = False,
) -> None:
    """Chunk, embed and index guidance (FAISS + BM25), with a versioned manifest."""
    settings = get_settings()
    teams_file = teams or Path(settings.teams_file)
    started = time.perf_counter()
    pipeline = build_pipeline(settings, index_dir, load_index=False)
    done = pipeline.build_index(guidance, index_dir, teams_file, update=update, show_progress=True)
    report = done.update
    err.print(
        f"indexed {done.pages} documents as {done.passages} passages into {index_dir} "
        f"in {time.perf_counter() - started:.1f}s: version {report.version}; added "
        f"{len(report.added)}, replaced {len(report.replaced)}, removed "
        f"{len(report.removed)}, unchanged {report.unchanged}; embedded "
        f"{report.embedded} passages, reused {report.reused}"
    )


@app.command()
@_guarded
def train(
    index_dir: IndexDir,
    cases: Annotated[
        Path | None,
        typer.Argument(help='Labelled cases: rows {"id","text","team"} (.jsonl or .csv)'),
    ] = None,
    from_store: Annotated[
        bool,
        typer.Option(
            "--from-store",
            help="Also learn from the review service's database: every case a "
            "caseworker accepted or re-routed (CASEWORK_DATABASE_URL)",
        ),
    ] = False,
    teams_from_labels: Annotated[
        bool,
        typer.Option(
            help="Make one team per distinct label instead of using the index's teams file "
            "(for labelled sets such as BANKING77 whose classes are not teams yet)"
        ),
    ] = False,
    threshold: Annotated[float | None, typer.Option(help="Abstain below this confidence")] = None,
    target_accuracy: Annotated[
        float | None,
        typer.Option(
            help="Choose a threshold per team on held-out folds: each team's lowest confidence at "
            "which its suggestions were right this often (instead of one --threshold)"
        ),
    ] = None,
) -> None:
    """Fit the supervised router on historical cases (on their REDACTED text) and save it."""
    if cases is None and not from_store:
        _fail("give a file of labelled cases, --from-store, or both")
    settings = get_settings()
    pipeline = build_pipeline(settings, index_dir, load_index=False)
    redacted: list[str] = []
    labels: list[str] = []
    if cases is not None:
        spec = RowSpec(
            required=("id", "text", "team"), max_chars=settings.max_letter_chars, allow_csv=True
        )
        total = validate_rows(cases, spec)
        rows = [
            (Letter(id=row["id"], text=row["text"]), row["team"])
            for _, row in read_rows(cases, spec)
        ]
        labels = [team for _, team in rows]
        redacted = [
            r.redacted_text
            for r in progress(
                pipeline.redact_many((letter for letter, _ in rows), batch_size=64),
                total=total,
                desc="redact",
                unit="letter",
                show=total >= BAR_FROM_LETTERS,
            )
        ]
    if from_store:
        stored = _store_examples()
        # stored cases were redacted when they arrived: only their redacted text exists here
        redacted += [row["text"] for row in stored]
        labels += [row["team"] for row in stored]
        err.print(f"{len(stored)} labelled cases from the review service's database")
    if len(set(labels)) < 2:
        _fail(
            f"training needs cases of at least two teams; got {len(labels)} case(s) of "
            f"{len(set(labels))} team(s)"
        )
    total = len(labels)
    teams = Teams.from_names(sorted(set(labels))) if teams_from_labels else pipeline.teams
    started = time.perf_counter()
    pipeline.train_router(
        redacted,
        labels,
        teams=teams,
        show_progress=True,
        threshold=settings.abstain_threshold if threshold is None else threshold,
        target_accuracy=target_accuracy,
    )
    router_dir = pipeline.save_router(index_dir / ROUTER_DIR)
    err.print(
        f"trained router on {total} cases, {len(set(labels))} teams -> {router_dir} "
        f"in {time.perf_counter() - started:.0f}s (embedding included)"
    )


@app.command()
@_guarded
def recalibrate(index_dir: IndexDir) -> None:
    """Recalibrate the zero-shot confidence from caseworkers' decisions in the review service's
    database (accepted vs re-routed suggestions over this guidance index); saved beside it."""
    # lazy: SQLAlchemy and the web framework stay out of every other command's start-up
    from api.learning import zero_shot_outcomes

    settings = get_settings()
    pipeline = build_pipeline(settings, index_dir, drafting=False)
    db = open_database()
    try:
        confidences, accepted = zero_shot_outcomes(db, index_version(index_dir))
    finally:
        db.dispose()
    result = pipeline.recalibrate(confidences, accepted, index_dir)
    err.print(
        f"recalibrated the zero-shot confidence on {result.n_decisions_} decisions "
        f"(accepted {result.acceptance_rate_:.0%}): held-out ECE {result.ece_before_:.3f} "
        f"-> {result.ece_after_:.3f}"
    )


def _store_examples() -> list[dict]:
    """Accepted and re-routed cases from the review service's database (redacted text)."""
    # lazy: SQLAlchemy and the web framework stay out of every other command's start-up
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
        write_jsonl(
            handle,
            (
                {
                    "id": r.id,
                    "redacted_text": r.redacted_text,
                    "entities": [e.model_dump(mode="json") for e in r.entities],
                }
                for r in progress(
                    pipeline.redact_many(_letters(input, spec)),
                    total=total,
                    desc="redact",
                    unit="letter",
                    show=total >= BAR_FROM_LETTERS,
                )
            ),
        )


@app.command()
@_guarded
def search(
    input: InPath,
    index_dir: IndexDir,
    k: Annotated[int, typer.Option("-k", min=1, max=100, help="Hits per letter")] = 5,
    output: OutPath = None,
) -> None:
    """Find the guidance passages that apply to each letter (the letter is redacted first)."""
    spec = _letter_spec()
    total = validate_rows(input, spec)
    check_output(output, [input])
    pipeline = build_pipeline(get_settings(), index_dir, drafting=False, batch_size=64)

    def rows():
        found = pipeline.search_letters(_letters(input, spec), k=k)
        for letter, hits in progress(
            found, total=total, desc="search", unit="letter", show=total >= BAR_FROM_LETTERS
        ):
            yield {"id": letter.id, "hits": [hit_row(h) for h in hits]}

    with open_output(output, inputs=[input]) as handle:
        write_jsonl(handle, rows())


@app.command()
@_guarded
def triage(
    input: Annotated[
        Path,
        typer.Argument(
            help="Input rows: .jsonl (one JSON object a line), or .parquet with --engine ray"
        ),
    ],
    index_dir: IndexDir,
    output: Annotated[
        Path | None,
        typer.Option(
            "-o",
            "--output",
            help="Output .jsonl ('-' or none: stdout). With --engine ray: "
            "a folder of shards, or a .jsonl joined from the shards in OUT.jsonl.parts/",
        ),
    ] = None,
    table: Annotated[bool, typer.Option(help="Also print a summary table")] = False,
    batch_size: Annotated[int, typer.Option(min=1, max=1024)] = 32,
    engine: Annotated[
        str,
        typer.Option(
            help="builtin: this machine's worker processes; ray: Ray Data over an actor "
            "pool (resumable: letters already in OUT's shards are skipped)"
        ),
    ] = "builtin",
    address: Annotated[
        str | None,
        typer.Option(
            help="--engine ray: the cluster to join (ray://HEAD:10001, HEAD:6379 or auto); "
            "none: a local cluster on this machine"
        ),
    ] = None,
    actors: Annotated[
        int | None,
        typer.Option(min=1, help="--engine ray: pipelines (one core each); default one per CPU"),
    ] = None,
    shard_rows: Annotated[
        int, typer.Option(min=1, help="--engine ray: results per output shard")
    ] = 1000,
) -> None:
    """Redact, search guidance, route, flag and draft a reply for every letter. INPUT may also
    be a folder of letters as received (.txt .eml .pdf .docx .html .rtf .png .jpg .tif) or one
    such file: see intake.batch."""
    engine = engine.lower()
    if engine not in ("builtin", "ray"):
        _fail(f"--engine must be builtin or ray, not {engine!r}")
    if engine == "ray":
        return _triage_on_ray(
            input,
            index_dir,
            output,
            batch_size=batch_size,
            address=address,
            actors=actors,
            shard_rows=shard_rows,
            table=table,
        )
    if address is not None or actors is not None:
        _fail("--address and --actors need --engine ray")
    if input.suffix.lower() == ".parquet":
        _fail(f"{input}: Parquet input needs --engine ray (or convert it to JSONL)")
    if is_documents(input):
        return _triage_documents(input, index_dir, output, table, batch_size)
    spec = _letter_spec()
    total = validate_rows(input, spec)
    check_output(output, [input])
    pipeline = build_pipeline(get_settings(), index_dir, batch_size=batch_size)
    started = time.perf_counter()
    summary: list[TriageResult] = []
    with open_output(output, inputs=[input]) as handle:
        for result in progress(
            pipeline.run(_letters(input, spec)),
            total=total,
            desc="triage",
            unit="letter",
            show=total >= BAR_FROM_LETTERS,
        ):
            handle.write(result_json(result) + "\n")
            if table and len(summary) < 500:
                summary.append(result)
    elapsed = time.perf_counter() - started
    if table:
        print_table(
            summary, Console(file=sys.stderr if output in (None, Path("-")) else sys.stdout)
        )
    stages = ", ".join(f"{k} {v:.1f}s" for k, v in pipeline.timer.seconds.items())
    err.print(
        f"triaged {total} letters in {elapsed:.1f}s ({total / elapsed:.1f} letters/s; {stages})"
    )


def _triage_on_ray(
    input: Path,
    index_dir: Path,
    output: Path | None,
    *,
    batch_size: int,
    address: str | None,
    actors: int | None,
    shard_rows: int,
    table: bool,
) -> None:
    """`casework triage --engine ray` (pipeline/ray_engine.py)."""
    try:
        # deferred so a missing Ray install is reported as such
        from pipeline import ray_engine
    except ImportError as error:  # pragma: no cover - depends on the install
        _fail(f"--engine ray needs Ray: pip install 'casework-triage[ray]' ({error})")
    if output is None or str(output) == "-":
        _fail("--engine ray writes shards: give -o FOLDER (or -o FILE.jsonl to also join them)")
    if table:
        _fail("--table is for the built-in engine; read the output instead")
    if not (Path(index_dir) / "manifest.json").is_file():
        _fail(f"no guidance index at {index_dir}: run `casework index` first")
    check_output(output if output.suffix.lower() == ".jsonl" else None, [input])
    if input.suffix.lower() == ".parquet":
        if not input.is_file():
            _fail(f"{input}: no such file")
        ids = ray_engine.validate_parquet(input, get_settings().max_letter_chars)
    else:
        spec = _letter_spec()
        validate_rows(input, spec)
        ids = [row["id"] for _, row in read_rows(input, spec)]
    bar = progress(
        total=len(ids), desc="triage (ray)", unit="letter", show=len(ids) >= BAR_FROM_LETTERS
    )
    try:
        run = ray_engine.run(
            input,
            index_dir,
            output,
            input_ids=ids,
            address=address,
            actors=actors,
            batch_size=batch_size,
            rows_per_shard=shard_rows,
            progress=lambda fresh, _remaining: bar.update(fresh),
        )
    finally:
        bar.close()
    skipped = f", {run.skipped} already done (skipped)" if run.skipped else ""
    dropped = f", {run.duplicates_dropped} repeated rows dropped" if run.duplicates_dropped else ""
    rate = f" ({run.letters_per_s:.1f} letters/s on {run.actors} actors)" if run.written else ""
    err.print(
        f"triaged {run.written} letters in {run.seconds:.1f}s{rate}{skipped}{dropped}; "
        f"{run.shards} new shard(s) in {run.shard_dir}"
        + (f"; joined into {run.output}" if run.output else "")
    )


def print_table(results: list[TriageResult], console: Console) -> None:
    table = Table(title="Triage suggestions (each waits for a caseworker)", show_lines=False)
    for column, style in [
        ("id", "cyan"),
        ("team", ""),
        ("conf", "right"),
        ("next", "dim"),
        ("priority", ""),
        ("flags", ""),
        ("PII", "right"),
        ("top guidance", "dim"),
    ]:
        table.add_column(
            column,
            justify="right" if style == "right" else "left",
            style=style if style not in ("right",) else None,
            overflow="fold",
        )
    for r in results:
        team = "[yellow]human triage[/]" if r.abstained else r.team
        nxt = (
            ", ".join(c.team for c in r.candidates[1:3] if c.team != r.team) if r.candidates else ""
        )
        priority = {"urgent": "[bold red]urgent[/]", "high": "[red]high[/]"}.get(
            r.priority.value, "normal"
        )
        flags = "; ".join(f"{f.category}: “{f.evidence}”" for f in r.flags[:2])
        top = r.guidance[0].title if r.guidance else ""
        table.add_row(
            r.id, team, f"{r.confidence:.2f}", nxt, priority, flags, str(len(r.entities)), top
        )
    console.print(table)


# ------------------------------------------------------------- letters as a mailroom gets them
def _triage_documents(
    input: Path, index_dir: Path, output: Path | None, table: bool, batch_size: int
) -> None:
    """`casework triage` over letters as received (a folder, or one document): see
    :mod:`intake.batch`. Rows are those of JSONL input plus ``intake`` (format, parts with
    their redacted names, OCR confidence, campaign among this run's letters) and
    ``guidance_version`` (the index version the suggestion was made with); a scan read with low
    confidence gets the ``scan`` flag and goes to a person."""
    settings, intake = get_settings(), get_intake_settings()
    check_output(output, [input] if input.is_file() else [])
    items = read(input, settings.max_letter_chars, intake)  # every file read before any work
    err.print(
        f"read {len(items)} letters from {input} "
        f"({sum(i.document.ocr_pages for i in items)} scanned pages)"
    )
    pipeline = build_pipeline(settings, index_dir, batch_size=batch_size)
    started = time.perf_counter()
    results = list(pipeline.run(Letter(id=i.id, text=i.document.text()) for i in items))
    groups = campaigns.group(
        [campaigns.fingerprint(r.redacted_text) for r in results], intake.campaign_similarity
    )
    sizes = {g: groups.count(g) for g in set(groups) if g}
    version = _index_version(index_dir)
    rows = []
    for item, result, group in zip(items, results, groups):
        row = result_row(result)
        flags = scan_flag(item.document.ocr_confidence, intake.ocr_min_confidence)
        if flags:
            row["flags"] += [f.model_dump(mode="json") for f in flags]
            row["needs_human_triage"] = True
        row["intake"] = intake_row(item, result.redacted_text, group, sizes.get(group, 0))
        row["guidance_version"] = version
        rows.append(row)
    with open_output(output, inputs=[input] if input.is_file() else []) as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    if table:
        console = Console(file=sys.stderr if output in (None, Path("-")) else sys.stdout)
        print_table(results, console)
        _print_mailroom(rows, console)
    err.print(f"triaged {len(items)} letters in {time.perf_counter() - started:.1f}s")


def _index_version(index_dir: Path) -> int | None:
    try:
        return json.loads((Path(index_dir) / "manifest.json").read_text()).get("version")
    except (OSError, ValueError):
        return None


def _print_mailroom(rows: list[dict], console: Console) -> None:
    table = Table(title="How they arrived: formats, languages, scans, campaigns")
    for column in ("id", "format", "parts", "language", "OCR", "campaign", "intake flags"):
        table.add_column(column, overflow="fold")
    for row in rows:
        intake = row["intake"]
        language = row.get("language") or {}
        campaign = intake.get("campaign")
        flags = [
            f"{f['category'].replace('_', ' ')}"
            for f in row["flags"]
            if f["kind"] in ("language", "scan")
        ]
        table.add_row(
            row["id"],
            intake["format"],
            ", ".join(p["kind"] for p in intake["parts"]),
            language.get("name", "") if language else "",
            f"{intake['ocr_confidence']:.0f}%" if intake["ocr_confidence"] is not None else "",
            f"{campaign['id']} ({campaign['size']} letters)" if campaign else "",
            "; ".join(flags),
        )
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
