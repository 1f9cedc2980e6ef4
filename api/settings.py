"""Settings of the review service: the product's :class:`~contracts.settings.Settings` plus the
fields only the HTTP service needs, read from the same environment (prefix ``CASEWORK_``).

``DATABASE_URL`` (no prefix) is honoured too, as the usual name for a database address.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr

from contracts.settings import PROJECT_ROOT, Settings

DEFAULT_SQLITE = PROJECT_ROOT / "var" / "casework.db"


class ServiceSettings(Settings):
    database_url: str = Field(
        default=f"sqlite:///{DEFAULT_SQLITE}",
        validation_alias=AliasChoices("CASEWORK_DATABASE_URL", "DATABASE_URL", "database_url"),
        description="SQLAlchemy URL. Default: an embedded SQLite file (WAL). PostgreSQL: "
        "postgresql://user:pass@host/db (driven by psycopg 3).",
    )
    db_pool_size: int = 10
    db_max_overflow: int = 20
    sqlite_busy_timeout_ms: int = 30_000
    auto_migrate: bool = Field(
        default=True, description="Bring the schema to the latest migration at start-up.")

    # Audit trail anchors (outside the database)
    audit_anchors: bool = Field(
        default=True, description="After each commit that adds audit records, append the "
        "chain's last (seq, hash) to an anchor file outside the database; `casework audit "
        "verify` checks the chain still reaches every anchor, so rolling back both audit tables "
        "is caught.")
    audit_anchor_file: Path | None = Field(
        default=None, description="The anchor file. Unset: beside the SQLite file "
        "(casework.db.audit-anchors.jsonl), or var/audit-anchors/<database>.jsonl for "
        "PostgreSQL. Put it where the database's owners cannot write (another host, a WORM "
        "volume, a log shipper).")
    audit_anchor_key: SecretStr | None = Field(
        default=None, description="Sign each anchor line with HMAC-SHA256 under this key (kept "
        "out of the database), so an edited anchor file is caught too.")

    # Input limits
    max_request_bytes: int = Field(
        default=2 * 1024 * 1024,
        description="Largest request body (JSON or upload) accepted; larger is 413.")
    max_note_chars: int = 4_000
    max_reply_chars: int = 20_000
    idempotency_key_max: int = 200
    page_size_default: int = 25
    page_size_max: int = Field(default=100, ge=1, le=100, description="Largest queue page (the API documents 100 as its bound).")

    # Triage work queue (micro-batching of concurrent submissions, one per worker process)
    batch_max: int = 16
    batch_wait_ms: int = 5
    submit_timeout_s: float = 120.0

    # Review workflow
    claim_timeout_minutes: float = Field(
        default=30.0, gt=0, description="A caseworker's claim on a case lapses after this long "
        "without a decision, so an abandoned case returns to the queue.")
    own_submissions_days: int = Field(
        default=14, ge=1, description="Contact-centre staff see the cases they submitted for "
        "this many days (drafts, guidance, the letter's details they typed or pasted).")
    reports_dir: Path = Field(
        default=PROJECT_ROOT / "var" / "reports", description="Folder of evaluation reports "
        "(one folder each, with metrics.json and report.html) served to auditors.")

    # Learning from corrections
    memory_enabled: bool = Field(
        default=True,
        description="Feed confirmed and re-routed cases (read from the database) to the router.")

    malloc_arenas: int = Field(
        default=2, ge=0, description="Cap on glibc malloc arenas in a server process (0: glibc's "
        "default of 8 per core). Threads serving requests each take an arena otherwise, and "
        "memory crept up under load (see benchmarks/README.md, soak).")

    # Web app
    cookie_secure: bool | None = Field(
        default=None, description="Mark the login cookie Secure (sent over HTTPS only). Unset: "
        "Secure unless the service is reached on a loopback address (127.0.0.1, localhost, ::1), "
        "so a deployment behind HTTPS needs nothing; false only for a trusted plain-HTTP network.")
    allowed_origins: list[str] = Field(
        default_factory=list, description="Other origins (scheme://host[:port]) whose pages may "
        "send changes, e.g. the public address when a proxy rewrites Host. A request's own "
        "origin is always allowed.")
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1

    # Operations: metrics and logs
    metrics_token: SecretStr | None = Field(
        default=None, description="A bearer token Prometheus sends to read /metrics (e.g. "
        "authorization.credentials_file in its scrape config). Admins' API tokens work too.")
    metrics_allow_loopback: bool = Field(
        default=False, description="Let any client on 127.0.0.1/::1 read /metrics without a "
        "token (a Prometheus agent on the same host). Leave off behind a reverse proxy on the "
        "same host: every request would look local.")
    log_format: str = Field(
        default="json", description="`casework serve` logs: json (one object a line, with "
        "request ids; never letter text) or text.")
    log_level: str = "INFO"

    @property
    def sqlalchemy_url(self) -> str:
        return normalise_database_url(self.database_url)


def normalise_database_url(url: str) -> str:
    """Plain ``postgresql://`` (or ``postgres://``) URLs are driven by psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and ":memory:" not in url:
        return Path(url[len("sqlite:///"):].split("?", 1)[0])
    return None


def anchor_path_for(settings: ServiceSettings) -> Path | None:
    """Where the audit anchors of the configured database go (None: anchoring is off)."""
    if not settings.audit_anchors:
        return None
    if settings.audit_anchor_file is not None:
        return Path(settings.audit_anchor_file)
    url = normalise_database_url(settings.database_url)
    path = sqlite_path(url)
    if path is not None:
        return path.with_name(path.name + ".audit-anchors.jsonl")
    if url.startswith("sqlite"):
        return None  # an in-memory database lives and dies with its process
    import hashlib

    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    name = f"{parsed.host or 'local'}_{parsed.port or ''}_{parsed.database or ''}"
    digest = hashlib.sha256(parsed.render_as_string(hide_password=True).encode()).hexdigest()[:8]
    safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in name)
    return PROJECT_ROOT / "var" / "audit-anchors" / f"{safe}_{digest}.jsonl"


@lru_cache
def get_service_settings() -> ServiceSettings:
    return ServiceSettings()
