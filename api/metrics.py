"""Prometheus metrics of the review service (``GET /metrics``, prometheus-client).

Counters and histograms are updated where the work happens (the request middleware, the model
thread, submissions and decisions); queue depth and the model/index versions are read when the
metrics are scraped (:class:`StoreCollector`), so they are right whichever replica or worker
answers the scrape. Nothing here carries letter text: labels are routes, stages, teams,
statuses, flag kinds and personal-data *types*, and values are counts and seconds.

With several worker processes (``casework serve --workers N``) prometheus-client's
multiprocess mode is used: ``PROMETHEUS_MULTIPROC_DIR`` is set (to a fresh folder) by
``casework serve`` before the workers start, each worker writes its samples there, and a scrape
answered by any worker adds up all of them (:func:`render`).

Who may read ``/metrics``: see :func:`metrics_allowed` (a scrape token, an admin's token, or
loopback when ``METRICS_ALLOW_LOOPBACK`` is on).
"""

from __future__ import annotations

import hmac
import os
from collections.abc import Iterable
from pathlib import Path

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    REGISTRY,
    CollectorRegistry,
    Counter,
    Histogram,
    generate_latest,
    multiprocess,
)
from prometheus_client.core import GaugeMetricFamily, InfoMetricFamily

MULTIPROC_ENV = "PROMETHEUS_MULTIPROC_DIR"
NAMESPACE = "casework"
#: seconds: a request is milliseconds to a few seconds (a submission under load)
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 120.0)
STAGE_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0)
CONFIDENCE_BUCKETS = (0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.0)

REQUESTS = Counter(
    f"{NAMESPACE}_http_requests",
    "HTTP requests answered, by route template (never the raw path), method and status",
    ["route", "method", "status"],
)
REQUEST_SECONDS = Histogram(
    f"{NAMESPACE}_http_request_duration_seconds",
    "Time to answer a request, by route template and method",
    ["route", "method"],
    buckets=LATENCY_BUCKETS,
)
STAGE_SECONDS = Histogram(
    f"{NAMESPACE}_triage_stage_seconds",
    "Seconds per letter in each pipeline stage (a batch's time in the "
    "stage divided by its letters)",
    ["stage"],
    buckets=STAGE_BUCKETS,
)
TRIAGE_SECONDS = Histogram(
    f"{NAMESPACE}_triage_batch_seconds",
    "Seconds the model thread spent on one batch of letters (all stages)",
    buckets=LATENCY_BUCKETS,
)
TRIAGED = Counter(f"{NAMESPACE}_triaged_letters", "Letters triaged by the model thread")
SUGGESTIONS = Counter(
    f"{NAMESPACE}_suggestions",
    "Suggestions stored (submitted cases), by "
    "outcome: routed to a team or abstained (sent to human triage)",
    ["outcome"],
)
FLAGGED = Counter(f"{NAMESPACE}_flagged_cases", "Submitted cases with at least one flag")
FLAGS = Counter(f"{NAMESPACE}_flags", "Flags raised on submitted cases, by kind", ["kind"])
NEEDS_HUMAN = Counter(
    f"{NAMESPACE}_needs_human_triage_cases",
    "Submitted cases that need human triage (abstained or flagged)",
)
CONFIDENCE = Histogram(
    f"{NAMESPACE}_routing_confidence",
    "Calibrated confidence of the suggested (or, when abstaining, the top candidate) team",
    ["abstained"],
    buckets=CONFIDENCE_BUCKETS,
)
ENTITIES = Counter(
    f"{NAMESPACE}_redaction_entities",
    "Personal-data spans redacted in submitted letters, by type (counts only, never values)",
    ["type"],
)
DECISIONS = Counter(
    f"{NAMESPACE}_decisions",
    "Caseworker decisions, by action (re-route against accept is the override rate)",
    ["action"],
)
MEMORY_SYNC_FAILURES = Counter(
    f"{NAMESPACE}_router_memory_sync_failures", "Failed loads of corrections from the database"
)


def observe_request(route: str, method: str, status: int, seconds: float) -> None:
    REQUESTS.labels(route, method, str(status)).inc()
    REQUEST_SECONDS.labels(route, method).observe(seconds)


def observe_batch(letters: int, stage_seconds: dict[str, float], seconds: float) -> None:
    if letters <= 0:
        return
    TRIAGED.inc(letters)
    TRIAGE_SECONDS.observe(seconds)
    for stage, spent in stage_seconds.items():
        if spent > 0:
            per_letter = spent / letters
            for _ in range(letters):
                STAGE_SECONDS.labels(stage).observe(per_letter)


def observe_suggestion(suggestion: dict) -> None:
    """One stored suggestion (the TriageResult as JSON): outcome, flags, confidence, entities."""
    abstained = bool(suggestion.get("abstained"))
    SUGGESTIONS.labels("abstained" if abstained else "routed").inc()
    flags = suggestion.get("flags") or []
    if flags:
        FLAGGED.inc()
    for flag in flags:
        FLAGS.labels(str(flag.get("kind", "unknown"))).inc()
    if suggestion.get("needs_human_triage"):
        NEEDS_HUMAN.inc()
    CONFIDENCE.labels(str(abstained).lower()).observe(float(suggestion.get("confidence") or 0.0))
    for entity in suggestion.get("entities") or []:
        ENTITIES.labels(str(entity.get("type", "UNKNOWN"))).inc()


def observe_decision(action: str) -> None:
    DECISIONS.labels(action).inc()


class StoreCollector:
    """Read at scrape time: queue depth by team and status (from the database, so every replica
    reports the same), router memory size, and the model and index versions in use."""

    def __init__(self, services) -> None:
        self.services = services

    def collect(self) -> Iterable:
        # deferred: `casework serve` imports this module before SQLAlchemy is needed
        from sqlalchemy import func, select

        from api.store.models import Case

        services = self.services
        queue = GaugeMetricFamily(
            f"{NAMESPACE}_queue_cases",
            "Cases in the store by team (none: needs human triage) and status",
            labels=["team", "status"],
        )
        up = GaugeMetricFamily(
            f"{NAMESPACE}_database_up", "1 when the database answered the scrape's query"
        )
        try:
            with services.db.read() as session:
                rows = session.execute(
                    select(Case.team, Case.status, func.count()).group_by(Case.team, Case.status)
                ).all()
            for team, status, count in rows:
                queue.add_metric([team or "none", status], float(count))
            up.add_metric([], 1.0)
        except Exception:
            up.add_metric([], 0.0)
        yield queue
        yield up
        memory = GaugeMetricFamily(
            f"{NAMESPACE}_router_memory_examples", "Corrections this process's router has loaded"
        )
        memory.add_metric([], float(services.memory.size))
        yield memory
        engine = services.engine
        backlog = GaugeMetricFamily(
            f"{NAMESPACE}_triage_backlog",
            "Letters and calls waiting for this process's model thread",
        )
        backlog.add_metric([], float(engine.backlog))
        yield backlog
        info = InfoMetricFamily(f"{NAMESPACE}_model", "Models, index and router in use")
        info.add_metric([], version_labels(services.provenance))
        yield info


def version_labels(provenance: dict) -> dict[str, str]:
    index = provenance.get("index") or {}
    router = provenance.get("router") or {}
    return {
        key: str(value if value is not None else "")
        for key, value in {
            "app_version": provenance.get("app_version"),
            "embedding_model": provenance.get("embedding_model"),
            "spacy_model": provenance.get("spacy_model"),
            "index_corpus_hash": index.get("corpus_hash"),
            "index_manifest_sha256": (index.get("manifest_sha256") or "")[:16],
            "index_created": index.get("created"),
            "router_kind": router.get("kind"),
            "router_sha256": (router.get("model_sha256") or "")[:16],
            "drafter": provenance.get("drafter"),
            "config_sha256": (provenance.get("config_sha256") or "")[:16],
        }.items()
    }


def render(services) -> tuple[bytes, str]:
    """The exposition text: this process's (or, in multiprocess mode, every worker's) samples
    plus what :class:`StoreCollector` reads now."""
    registry = CollectorRegistry(auto_describe=False)
    if os.environ.get(MULTIPROC_ENV):
        multiprocess.MultiProcessCollector(registry)
    else:
        registry = _Joined(REGISTRY, registry)
    if services is not None:
        registry.register(StoreCollector(services))
    return generate_latest(registry), CONTENT_TYPE_LATEST


class _Joined(CollectorRegistry):
    """The process's default registry plus collectors registered here, without touching it."""

    def __init__(self, base: CollectorRegistry, extra: CollectorRegistry) -> None:
        super().__init__(auto_describe=False)
        self.base = base
        self.extra = extra

    def register(self, collector) -> None:
        self.extra.register(collector)

    def collect(self):
        yield from self.base.collect()
        yield from self.extra.collect()


def prepare_multiprocess_dir(path: str) -> None:
    """Empty the folder the workers will write their samples to (old workers' files would be
    added up otherwise). Called once, before any worker starts."""
    folder = Path(path)
    folder.mkdir(parents=True, exist_ok=True)
    # only prometheus-client's own files (counter_<pid>.db, histogram_<pid>.db, ...): the
    # folder may be one an operator chose, holding other things
    for kind in ("counter", "gauge", "histogram", "summary"):
        for stale in folder.glob(f"{kind}_*.db"):
            stale.unlink(missing_ok=True)


def metrics_allowed(
    *,
    client_host: str | None,
    bearer: str | None,
    metrics_token: str | None,
    allow_loopback: bool,
    is_admin,
) -> bool:
    """Who may read /metrics: the scrape token (``METRICS_TOKEN``, compared in constant time),
    an admin's API token, or, when ``METRICS_ALLOW_LOOPBACK`` is on, any client on loopback."""
    if bearer and metrics_token and hmac.compare_digest(bearer.encode(), metrics_token.encode()):
        return True
    if allow_loopback and client_host in ("127.0.0.1", "::1"):
        return True
    return bool(bearer) and bool(is_admin(bearer))
