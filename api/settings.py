"""Settings of the review service: the product's :class:`~contracts.settings.Settings` plus the
fields only the HTTP service needs, read from the same environment (prefix ``CASEWORK_``).

``DATABASE_URL`` (no prefix) is honoured too, as the usual name for a database address.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from pydantic import AliasChoices, Field, SecretStr, field_validator

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
        default=True, description="Bring the schema to the latest migration at start-up."
    )

    # Audit trail anchors (outside the database)
    audit_anchors: bool = Field(
        default=True,
        description="After each commit that adds audit records, append the "
        "chain's last (seq, hash) to an anchor file outside the database; `casework audit "
        "verify` checks the chain still reaches every anchor, so rolling back both audit tables "
        "is caught.",
    )
    audit_anchor_file: Path | None = Field(
        default=None,
        description="The anchor file. Unset: beside the SQLite file "
        "(casework.db.audit-anchors.jsonl), or var/audit-anchors/<database>.jsonl for "
        "PostgreSQL. Put it where the database's owners cannot write (another host, a WORM "
        "volume, a log shipper).",
    )
    audit_anchor_key: SecretStr | None = Field(
        default=None,
        description="Sign each anchor line with HMAC-SHA256 under this key (kept "
        "out of the database), so an edited anchor file is caught too.",
    )

    # Input limits
    max_request_bytes: int = Field(
        default=2 * 1024 * 1024,
        description="Largest request body (JSON or upload) accepted; larger is 413.",
    )
    max_note_chars: int = 4_000
    max_reply_chars: int = 20_000
    idempotency_key_max: int = 200
    page_size_default: int = 25
    page_size_max: int = Field(
        default=100,
        ge=1,
        le=100,
        description="Largest queue page (the API documents 100 as its bound).",
    )

    # Triage work queue (micro-batching of concurrent submissions, one per worker process)
    batch_max: int = 16
    batch_wait_ms: int = 5
    submit_timeout_s: float = 120.0

    # Review workflow
    claim_timeout_minutes: float = Field(
        default=30.0,
        gt=0,
        description="A caseworker's claim on a case lapses after this long "
        "without a decision, so an abandoned case returns to the queue.",
    )
    own_submissions_days: int = Field(
        default=14,
        ge=1,
        description="Contact-centre staff see the cases they submitted for "
        "this many days (drafts, guidance, the letter's details they typed or pasted).",
    )
    reports_dir: Path = Field(
        default=PROJECT_ROOT / "var" / "reports",
        description="Folder of evaluation reports "
        "(one folder each, with metrics.json and report.html) served to auditors.",
    )

    # Learning from corrections
    memory_enabled: bool = Field(
        default=True,
        description="Feed confirmed and re-routed cases (read from the database) to the router.",
    )

    malloc_arenas: int = Field(
        default=2,
        ge=0,
        description="Cap on glibc malloc arenas in a server process (0: glibc's "
        "default of 8 per core). Threads serving requests each take an arena otherwise, and "
        "memory crept up under load (see benchmarks/README.md, soak).",
    )

    # Web app
    cookie_secure: bool | None = Field(
        default=None,
        description="Mark the login cookie Secure (sent over HTTPS only). Unset: "
        "Secure unless the service is reached on a loopback address (127.0.0.1, localhost, ::1), "
        "so a deployment behind HTTPS needs nothing; false only for a trusted plain-HTTP network.",
    )
    allowed_origins: list[str] = Field(
        default_factory=list,
        description="Other origins (scheme://host[:port]) whose pages may "
        "send changes, e.g. the public address when a proxy rewrites Host. A request's own "
        "origin is always allowed.",
    )
    host: str = "127.0.0.1"
    port: int = 8000
    workers: int = 1

    # Web sessions (either way of signing in): kept in the database, the cookie holds only a
    # random id
    session_idle_minutes: float = Field(
        default=60.0,
        gt=0,
        description="A web session ends after this long without a request "
        "(the person signs in again).",
    )
    session_absolute_hours: float = Field(
        default=12.0,
        gt=0,
        description="A web session ends this long after sign-in, however busy it is.",
    )
    token_login: bool | None = Field(
        default=None,
        description="Let people sign in to the web app by pasting an API token "
        "(local use, the demo). Unset: on unless OpenID Connect is configured. Service tokens "
        "keep working on the API either way.",
    )

    # Sign-in with the organisation's account (OpenID Connect); see api/oidc.py
    oidc_issuer: str | None = Field(
        default=None,
        description="The provider's issuer URL (its discovery document is at "
        "ISSUER/.well-known/openid-configuration). Unset: no OpenID Connect.",
    )
    oidc_client_id: str | None = None
    oidc_client_secret: SecretStr | None = Field(
        default=None,
        description="The client secret (client_secret_basic). Unset: a public client, PKCE only.",
    )
    oidc_scopes: str = Field(
        default="openid profile email",
        description="Scopes asked for at sign-in (space separated; openid is always added).",
    )
    oidc_groups_claim: str = Field(
        default="groups",
        description="The claim holding the person's groups (or roles); a "
        "dotted path reaches into objects, e.g. realm_access.roles for Keycloak realm roles.",
    )
    oidc_group_roles: dict[str, str] = Field(
        default_factory=dict,
        description="JSON object: group (as the claim carries it: a name, "
        "path or object id) -> role (contact_centre, caseworker, auditor, admin). A person in "
        "no mapped group has no access. Several mapped groups: the first role in the order "
        "admin, caseworker, auditor, contact_centre.",
    )
    oidc_username_claim: str = Field(
        default="preferred_username",
        description="The claim used as the person's user name in "
        "the app and the audit trail (falls back to email, then the subject id).",
    )
    oidc_api_audience: str | None = Field(
        default=None,
        description="The audience access tokens for the API must carry. Unset: the client id.",
    )
    oidc_algorithms: list[str] = Field(
        default_factory=lambda: [
            "RS256",
            "RS384",
            "RS512",
            "PS256",
            "PS384",
            "PS512",
            "ES256",
            "ES384",
            "ES512",
            "EdDSA",
        ],
        description="Signature algorithms accepted on ID and access tokens (never none or an "
        "HMAC: the keys come from the provider's JWKS).",
    )
    oidc_clock_skew_seconds: int = Field(
        default=60, ge=0, le=600, description="Leeway on exp, nbf and iat."
    )
    oidc_jwks_cache_seconds: int = Field(
        default=3600,
        ge=0,
        description="How long the provider's discovery document and keys "
        "are kept; a token signed with a key not yet seen fetches the keys again at once "
        "(at most every 10 seconds), so a rotation needs no restart.",
    )
    oidc_redirect_uri: str | None = Field(
        default=None,
        description="The callback address registered with the provider. Unset: "
        "this service's own address + /auth/callback (set it behind a proxy that rewrites the "
        "host).",
    )
    oidc_post_logout_redirect_uri: str | None = Field(
        default=None,
        description="Where the provider sends people after signing out (register "
        "it). Unset: this service's /login?signed_out=1.",
    )
    oidc_provider_name: str = Field(
        default="your organisation account", description="Shown on the sign-in button."
    )
    oidc_http_timeout_s: float = Field(default=10.0, gt=0)

    @property
    def oidc_enabled(self) -> bool:
        return bool(self.oidc_issuer and self.oidc_client_id)

    @property
    def token_login_enabled(self) -> bool:
        return self.token_login if self.token_login is not None else not self.oidc_enabled

    @field_validator("oidc_group_roles")
    @classmethod
    def _known_roles(cls, value: dict[str, str]) -> dict[str, str]:
        roles = ("contact_centre", "caseworker", "auditor", "admin")
        unknown = sorted({role for role in value.values() if role not in roles})
        if unknown:
            raise ValueError(
                f"oidc_group_roles maps to unknown role(s) {', '.join(unknown)}; "
                f"roles: {', '.join(roles)}"
            )
        return value

    @field_validator("oidc_algorithms")
    @classmethod
    def _asymmetric_only(cls, value: list[str]) -> list[str]:
        refused = [alg for alg in value if alg.lower() == "none" or alg.upper().startswith("HS")]
        if refused:
            raise ValueError(
                f"oidc_algorithms may not include {', '.join(refused)}: tokens are "
                "checked with the provider's public keys"
            )
        return value

    # Operations: metrics and logs
    metrics_token: SecretStr | None = Field(
        default=None,
        description="A bearer token Prometheus sends to read /metrics (e.g. "
        "authorization.credentials_file in its scrape config). Admins' API tokens work too.",
    )
    metrics_allow_loopback: bool = Field(
        default=False,
        description="Let any client on 127.0.0.1/::1 read /metrics without a "
        "token (a Prometheus agent on the same host). Leave off behind a reverse proxy on the "
        "same host: every request would look local.",
    )
    log_format: str = Field(
        default="json",
        description="`casework serve` logs: json (one object a line, with "
        "request ids; never letter text) or text.",
    )
    log_level: str = "INFO"

    @property
    def sqlalchemy_url(self) -> str:
        return normalise_database_url(self.database_url)


def normalise_database_url(url: str) -> str:
    """Plain ``postgresql://`` (or ``postgres://``) URLs are driven by psycopg 3."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def sqlite_path(url: str) -> Path | None:
    if url.startswith("sqlite:///") and ":memory:" not in url:
        return Path(url[len("sqlite:///") :].split("?", 1)[0])
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

    # deferred: `casework` commands read these settings without loading SQLAlchemy
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    name = f"{parsed.host or 'local'}_{parsed.port or ''}_{parsed.database or ''}"
    digest = hashlib.sha256(parsed.render_as_string(hide_password=True).encode()).hexdigest()[:8]
    safe = "".join(c if c.isalnum() or c in "._-" else "_" for c in name)
    return PROJECT_ROOT / "var" / "audit-anchors" / f"{safe}_{digest}.jsonl"


@lru_cache
def get_service_settings() -> ServiceSettings:
    return ServiceSettings()
