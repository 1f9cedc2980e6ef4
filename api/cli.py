"""`casework` sub-commands of the review service (mounted by ``cli/main.py``):

casework serve [--host H] [--port P] [--workers N] [--demo]
casework users add NAME --role ROLE      prints the new token once
casework users list | casework users deactivate NAME | casework users rotate NAME
casework audit verify                    exit 1 when the chain is broken
casework db upgrade
casework store export-examples -o FILE   labelled examples for `casework train`
casework store re-redact [--dry-run]     redact stored cases again after a redaction fix

Each command imports the review service's modules itself: they load SQLAlchemy, alembic and
FastAPI (0.3-2 s of imports, measured), which every other `casework` command starts without.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape

from contracts.progress import progress
from contracts.settings import get_settings
from pipeline.factory import build_pipeline
from triage.flags import FlagDetector

err = Console(stderr=True)

users_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Users of the review service and their API tokens.",
)
audit_app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="The hash-chained audit trail."
)
db_app = typer.Typer(add_completion=False, no_args_is_help=True, help="Database schema.")
store_app = typer.Typer(
    add_completion=False, no_args_is_help=True, help="Data kept by the review service."
)


def _settings():
    from api.settings import get_service_settings

    return get_service_settings()


def open_database():
    """The configured database (CASEWORK_DATABASE_URL), migrated to the current schema; for
    commands here and `casework train --from-store`."""
    from api.db import Database
    from api.store.migrate import upgrade

    settings = _settings()
    db = Database.from_settings(settings, pool_size=2, max_overflow=2)
    upgrade(db.engine)
    return db


def _fail(message: str, code: int = 2):
    err.print(f"[bold red]error:[/] {escape(message)}", highlight=False)
    raise typer.Exit(code=code)


@users_app.command("add")
def users_add(
    name: Annotated[str, typer.Argument(help="User name (unique)")],
    role: Annotated[str, typer.Option(help="contact_centre | caseworker | auditor | admin")],
):
    """Create a user and print their API token (shown this once; only its hash is kept)."""
    from api.auth import create_user
    from api.errors import DomainError

    db = open_database()
    try:
        with db.write() as session:
            user, token = create_user(session, name, role, actor="cli")
    except DomainError as error:
        _fail(error.detail)
    err.print(f"created {user.role} {user.name!r}; token (store it now, it is not shown again):")
    print(token)


@users_app.command("rotate")
def users_rotate(
    name: str,
    reactivate: Annotated[
        bool, typer.Option("--reactivate", help="Also reactivate a deactivated user (audited)")
    ] = False,
):
    """Give a user a new token (the old one stops working) and print it. A deactivated user is
    refused unless --reactivate."""
    from api.auth import rotate_token
    from api.errors import DomainError

    db = open_database()
    try:
        with db.write() as session:
            token = rotate_token(session, name, actor="cli", reactivate=reactivate)
    except DomainError as error:
        _fail(error.detail)
    print(token)


@users_app.command("list")
def users_list():
    """Users, roles, whether they are active, and how they sign in (never tokens)."""
    from sqlalchemy import select

    from api.store.models import User

    db = open_database()
    with db.read() as session:
        for user in session.execute(select(User).order_by(User.name)).scalars():
            how = "organisation account" if user.subject else "service token"
            state = (
                "active"
                if user.active
                else "deactivated"
                + (" (no mapped group)" if user.deactivated_reason == "no_mapped_group" else "")
            )
            print(f"{user.name}\t{user.role}\t{state}\t{how}")


@users_app.command("reactivate")
def users_reactivate(name: str):
    """Give access back to someone who signs in with the organisation's account (their groups
    decide their role at their next sign-in). Service-token users: rotate NAME --reactivate."""
    from api.auth import reactivate_user
    from api.errors import DomainError

    db = open_database()
    try:
        with db.write() as session:
            reactivate_user(session, name, actor="cli")
    except DomainError as error:
        _fail(error.detail)
    err.print(f"reactivated {name!r}: their groups decide their role at their next sign-in")


@users_app.command("deactivate")
def users_deactivate(name: str):
    """Stop a user's token from working."""
    from api.auth import deactivate_user
    from api.errors import DomainError

    db = open_database()
    try:
        with db.write() as session:
            deactivate_user(session, name, actor="cli")
    except DomainError as error:
        _fail(error.detail)
    err.print(f"deactivated {name!r}")


@audit_app.command("verify")
def audit_verify(
    as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON")] = False,
):
    """Recompute the hash chain: exit 0 when intact, 1 when a record was edited or deleted."""
    from api.store import audit

    db = open_database()
    with db.read() as session:
        result = audit.verify(session, anchors=db.anchors)
    if as_json:
        print(json.dumps(result.as_dict()))
    elif result.ok:
        print(f"audit trail intact: {result.records} records, head {result.head_hash}")
    else:
        print(f"audit trail BROKEN ({len(result.problems)} problems):")
        for problem in result.problems:
            print(f"  - {problem}")
    raise typer.Exit(code=0 if result.ok else 1)


@audit_app.command("checkpoint")
def audit_checkpoint():
    """Anchor the chain's head outside the database now (after turning anchoring on for a trail
    that already has records). Refused when the chain does not verify."""
    from api.store import audit

    db = open_database()
    if db.anchors is None:
        _fail("audit anchoring is off (CASEWORK_AUDIT_ANCHORS=false or an in-memory database)")
    with db.read() as session:
        result = audit.verify(session)
        if not result.ok:
            _fail(
                "the chain does not verify, so it is not anchored: "
                + "; ".join(result.problems[:5]),
                code=1,
            )
        seq, digest = audit.checkpoint(session, db.anchors)
    err.print(f"anchored record {seq} ({digest}) in {db.anchors.path}")


@db_app.command("upgrade")
def db_upgrade():
    """Bring the database schema to the latest migration."""
    from api.store.migrate import current_revision

    db = open_database()
    err.print(f"database at revision {current_revision(db.engine)}")


@store_app.command("export-examples")
def export_examples(output: Annotated[Path, typer.Option("-o", "--output", help="JSONL file")]):
    """Write confirmed and re-routed cases as {"id","text","team"} rows (redacted text), the
    input `casework train` takes."""
    from api.learning import labelled_examples

    rows = labelled_examples(open_database())
    with open(output, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    err.print(f"wrote {len(rows)} labelled examples to {output}")


@store_app.command("export-decisions")
def export_decisions(output: Annotated[Path, typer.Option("-o", "--output", help="JSONL file")]):
    """Write every review decision (suggested team, final team, action; no letter text) as the
    JSONL `casework evaluate --decisions` reads for acceptance and override rates."""
    from api.store.repository import decision_records

    with open_database().read() as session:
        rows = decision_records(session)
    with open(output, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    err.print(f"wrote {len(rows)} decisions to {output}")


@store_app.command("export-retention")
def export_retention(output: Annotated[Path, typer.Option("-o", "--output", help="JSONL file")]):
    """Write, for every decided case, how much of the drafted reply the caseworker kept (word
    edit distance, share kept; team, drafter, date; no reply text) as the JSONL
    `python -m evaluation.retention` reads for the auditors' report."""
    from api.store.retention import retention_records

    with open_database().read() as session:
        rows = retention_records(session)
    with open(output, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    err.print(f"wrote {len(rows)} retention records to {output}")


@store_app.command("re-redact")
def re_redact(
    index_dir: Annotated[
        Path | None,
        typer.Option(
            "--index",
            help="Index folder: its guidance titles and teams are the service's own words "
            "(default: CASEWORK_INDEX_DIR when it exists)",
        ),
    ] = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Report what would change; change nothing")
    ] = False,
):
    """Redact every stored case again with the current redactor (after a redaction fix): the
    letter from its original, and everything made from it, consistently; audited."""
    from api.reredact import re_redact_cases

    settings = get_settings()
    index_dir = index_dir or settings.index_dir
    if not Path(index_dir, "manifest.json").is_file():
        _fail(f"no index at {index_dir}: build one with `casework index` or pass --index")
    pipeline = build_pipeline(settings, index_dir)
    db = open_database()
    with db.read() as session:
        from sqlalchemy import func, select

        from api.store.models import Case

        total = session.execute(select(func.count()).select_from(Case)).scalar_one()
    with progress(total=total, desc="re-redact", unit="case") as bar:
        report = re_redact_cases(
            db,
            pipeline,
            FlagDetector(),
            embed=lambda text: pipeline.embed_letters([text])[0],
            dry_run=dry_run,
            progress=bar.update,
        )
    verb = "would change" if dry_run else "changed"
    err.print(
        f"{report.cases} cases read, {verb} {report.changed}; entities "
        f"{report.entities_before} -> {report.entities_after}; fields "
        f"{report.as_dict()['fields']}",
        highlight=False,
    )
    print(json.dumps(report.as_dict()))


def load_demo(
    services, letters_path: Path, user_name: str = "demo-caseworker", mailroom: Path | None = None
) -> tuple[str, int]:
    """Create (or re-key) the demo caseworker and submit the example letters once each, then
    the files of ``mailroom`` (letters as received: scans, emails with attachments, Welsh, a
    campaign) as uploads."""
    from sqlalchemy import select

    from api.auth import create_user, rotate_token
    from api.ingest import from_text, from_upload
    from api.store.models import User

    with services.db.write() as session:
        exists = session.execute(select(User).where(User.name == user_name)).scalar_one_or_none()
        if exists is None:
            user, token = create_user(session, user_name, "caseworker", actor="demo")
        else:
            token = rotate_token(session, user_name, actor="demo")
            user = exists
    created = 0
    with open(letters_path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            incoming = from_text(row["text"], max_chars=services.settings.max_letter_chars)
            _, new = services.submit(user, incoming, f"demo:{row['id']}")
            created += new
    if mailroom is not None and mailroom.is_dir():
        for path in sorted(
            p for p in mailroom.iterdir() if p.is_file() and not p.name.startswith(".")
        ):
            incoming = from_upload(
                path.read_bytes(),
                filename=path.name,
                content_type=None,
                max_chars=services.settings.max_letter_chars,
                max_bytes=services.settings.max_request_bytes,
            )
            _, new = services.submit(user, incoming, f"demo:mailroom/{path.name}")
            created += new
    return token, created


def serve(
    host: Annotated[str | None, typer.Option(help="Address (default 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default 8000)")] = None,
    workers: Annotated[int | None, typer.Option(min=1, max=64, help="Worker processes")] = None,
    index_dir: Annotated[Path | None, typer.Option("--index", help="Index folder")] = None,
    demo: Annotated[
        bool, typer.Option(help="Load the example letters and print a demo caseworker token first")
    ] = False,
):
    """Serve the review API and web app (uvicorn)."""
    import uvicorn

    from api.app import build_services, create_app

    settings = _settings()
    host = host or settings.host
    port = port or settings.port
    workers = workers or settings.workers
    from api.logs import log_config

    logging_config = log_config(settings.log_format, settings.log_level)
    if workers > 1:
        # prometheus-client's multiprocess mode: each worker writes its samples to this folder
        # (set before the workers import the client) and a scrape adds them all up
        from api.metrics import MULTIPROC_ENV, prepare_multiprocess_dir

        folder = os.environ.get(MULTIPROC_ENV) or str(
            Path(settings.model_cache_dir).parent / "prometheus" / f"serve-{port}"
        )
        prepare_multiprocess_dir(folder)
        os.environ[MULTIPROC_ENV] = folder
    if index_dir is not None:
        os.environ["CASEWORK_INDEX_DIR"] = str(index_dir)
        settings = settings.model_copy(update={"index_dir": index_dir})
    index = Path(settings.index_dir)
    if not (index / "manifest.json").is_file():
        _fail(
            f"no guidance index at {index}: run `casework index "
            f"data/guidance/govuk_pages.jsonl --index {index}` first"
        )
    open_database().dispose()  # migrate once, before any worker starts
    if demo:
        services = build_services(settings)
        services.engine.start()
        try:
            token, created = load_demo(
                services, Path(settings.demo_letters), mailroom=Path(settings.demo_mailroom)
            )
        finally:
            services.engine.stop()
            services.db.dispose()
        err.print(f"demo: {created} example letters loaded")
        err.print(f"demo caseworker token: [bold]{token}[/]")
        if settings.token_login_enabled:
            err.print(f"open http://{host}:{port}/login and paste it")
        else:
            err.print(
                "signing in to the web app with a token is off while OpenID Connect is set "
                "(CASEWORK_TOKEN_LOGIN=true turns it on); the token works on the API"
            )
        if workers == 1:
            uvicorn.run(
                create_app(pipeline=services.pipeline, settings=settings),
                host=host,
                port=port,
                log_config=logging_config,
                access_log=False,
            )
            return
    if workers > 1:
        uvicorn.run(
            "api.app:create_app",
            factory=True,
            host=host,
            port=port,
            workers=workers,
            log_config=logging_config,
            access_log=False,
        )
    else:
        uvicorn.run(
            create_app(settings=settings),
            host=host,
            port=port,
            log_config=logging_config,
            access_log=False,
        )


# A typer app holding everything, for `app.add_typer(...)` or running on its own:
#   python -m api.cli serve
app = typer.Typer(add_completion=False, no_args_is_help=True, help="Review service commands.")
app.command("serve")(serve)
app.add_typer(users_app, name="users")
app.add_typer(audit_app, name="audit")
app.add_typer(db_app, name="db")
app.add_typer(store_app, name="store")

if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
