"""Operations: /metrics (who may read it; every metric moves when work is done; several worker
processes add up), JSON logs with request ids and no letter text, a health endpoint that says what
is degraded, and the auditors' drift view."""

from __future__ import annotations

import io
import json
import logging
import logging.config
import os
import subprocess
import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from review_helpers import LETTER, make_settings

from api.logs import log_config
from api.metrics import prepare_multiprocess_dir

MARKER = "Ref QUARTZ-ZEBRA-4417"
PLAIN = f"{LETTER} {MARKER}. My phone is 07700 900123."
SAFEGUARDING = (
    "My name is Mrs Jean Walker. My Universal Credit has been stopped and I have "
    f"not eaten for two days. Some days I just want to end my life. {MARKER}."
)
UNSURE = f"The streetlight outside my house has been flickering for weeks. {MARKER}."
METRICS_TOKEN = "scrape-secret-for-tests-0123456789"


def scrape(client, token: str = METRICS_TOKEN) -> dict[tuple[str, tuple], float]:
    response = client.get("/metrics", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/plain")
    samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


def total(samples, name: str, **labels) -> float:
    """Sum of a metric's samples whose labels include ``labels``."""
    return sum(
        value
        for (n, lab), value in samples.items()
        if n == name and all(dict(lab).get(k) == v for k, v in labels.items())
    )


def test_who_may_read_the_metrics(api_factory):
    api = api_factory(metrics_token=METRICS_TOKEN)
    assert api.client.get("/metrics").status_code == 401
    assert api.client.get("/metrics", headers=api.headers("caseworker")).status_code == 403
    assert api.client.get("/metrics", headers=api.headers("auditor")).status_code == 403
    assert api.client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 403
    assert api.client.get("/metrics", headers=api.headers("admin")).status_code == 200
    assert (
        api.client.get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}).status_code
        == 200
    )
    # the test client is not a loopback address; a loopback scrape needs the setting
    assert "/metrics" not in api.client.get("/openapi.json").json()["paths"]


def test_every_metric_moves_when_work_is_done(api_factory):
    api = api_factory(metrics_token=METRICS_TOKEN)
    before = scrape(api.client)
    cases = {
        name: api.submit(text).json()
        for name, text in (("plain", PLAIN), ("safeguarding", SAFEGUARDING), ("unsure", UNSURE))
    }
    assert cases["unsure"]["abstained"] and cases["safeguarding"]["priority"] == "urgent"
    plain = cases["plain"]
    other = next(
        t
        for t in api.client.get("/api/teams", headers=api.headers("caseworker")).json()["teams"]
        if t != plain["team"]
    )
    assert (
        api.decide(
            plain["id"], action="reroute", reason_code="wrong_team", version=1, team=other
        ).status_code
        == 201
    )
    taken = api.client.post("/api/queue/next", json={}, headers=api.headers("caseworker"))
    assert taken.status_code == 200 and taken.json()["case"]["id"] == cases["safeguarding"]["id"]
    after = scrape(api.client)

    def moved(name, **labels):
        return total(after, name, **labels) - total(before, name, **labels)

    # requests and latency by route (the template, never the raw path)
    assert (
        moved("casework_http_requests_total", route="/api/cases", method="POST", status="201") == 3
    )
    assert (
        moved("casework_http_request_duration_seconds_count", route="/api/cases", method="POST")
        == 3
    )
    assert (
        moved("casework_http_requests_total", route="/api/cases/{case_id}/decisions", status="201")
        == 1
    )
    assert not any(plain["id"] in dict(labels).get("route", "") for _, labels in after)
    # triage latency by stage
    for stage in ("redaction", "embedding", "search", "routing", "drafting"):
        assert moved("casework_triage_stage_seconds_count", stage=stage) >= 3, stage
        assert moved("casework_triage_stage_seconds_sum", stage=stage) > 0, stage
    assert moved("casework_triaged_letters_total") >= 3
    # abstention and flag rates (counters: rate() of abstained over all suggestions)
    assert moved("casework_suggestions_total", outcome="abstained") >= 1
    assert moved("casework_suggestions_total") == 3
    assert moved("casework_flagged_cases_total") >= 1
    assert moved("casework_flags_total", kind="safeguarding") >= 1
    assert moved("casework_needs_human_triage_cases_total") >= 2
    # the routing confidence histogram
    assert moved("casework_routing_confidence_count") == 3
    assert moved("casework_routing_confidence_count", abstained="true") >= 1
    # redaction entity counts by type (counts only)
    assert moved("casework_redaction_entities_total", type="PERSON") >= 2
    assert moved("casework_redaction_entities_total", type="PHONE_NUMBER") >= 1
    # decisions (the override rate)
    assert moved("casework_decisions_total", action="reroute") == 1
    # queue depth by team and status, read from the database at scrape time
    assert total(after, "casework_queue_cases") == 3
    assert total(after, "casework_queue_cases", status="rerouted", team=other) == 1
    assert total(after, "casework_queue_cases", status="open", team="none") >= 1
    assert total(after, "casework_database_up") == 1
    assert total(after, "casework_router_memory_examples") >= 1
    # model and index versions
    info = [dict(labels) for (name, labels) in after if name == "casework_model_info"]
    assert len(info) == 1
    version = info[0]
    provenance = plain["provenance"]
    assert version["embedding_model"] == provenance["embedding_model"]
    assert version["index_corpus_hash"] == str(provenance["index"]["corpus_hash"])
    assert version["router_kind"] == provenance["router"]["kind"]
    # no letter text anywhere in the exposition
    text = api.client.get("/metrics", headers={"Authorization": f"Bearer {METRICS_TOKEN}"}).text
    # the phone whole: "07700" alone turned up inside a timestamp ("1.7960463207700677e+09")
    for fragment in ("QUARTZ", "Walker", "Smith", "07700 900123", "streetlight"):
        assert fragment not in text


def test_metrics_add_up_over_worker_processes(tmp_path):
    """`casework serve --workers N`: each worker writes to PROMETHEUS_MULTIPROC_DIR and a
    scrape answered by any one of them reports the sum."""
    folder = tmp_path / "prom"

    prepare_multiprocess_dir(str(folder))
    env = dict(os.environ, PROMETHEUS_MULTIPROC_DIR=str(folder))
    root = Path(__file__).resolve().parents[2]
    work = (
        "from api import metrics\n"
        "metrics.observe_request('/api/cases', 'POST', 201, 0.2)\n"
        "metrics.observe_suggestion({'abstained': True, 'confidence': 0.3, 'flags': "
        "[{'kind': 'deadline'}], 'entities': [{'type': 'PERSON'}]})\n"
    )
    for _ in range(2):
        subprocess.run([sys.executable, "-c", work], env=env, cwd=root, check=True, timeout=120)
    scraper = "from api import metrics\nbody, _ = metrics.render(None)\nprint(body.decode())\n"
    out = subprocess.run(
        [sys.executable, "-c", scraper],
        env=env,
        cwd=root,
        check=True,
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout
    samples = {}
    for family in text_string_to_metric_families(out):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    assert total(samples, "casework_http_requests_total", route="/api/cases") == 2
    assert total(samples, "casework_suggestions_total", outcome="abstained") == 2
    assert total(samples, "casework_flags_total", kind="deadline") == 2
    assert total(samples, "casework_redaction_entities_total", type="PERSON") == 2
    assert total(samples, "casework_routing_confidence_count") == 2


@pytest.fixture
def json_logs():
    """``start()``: every logger through the service's JSON formatter into a buffer, as
    `casework serve` configures it (at DEBUG); call it after uvicorn has set up its own logging.
    Restored afterwards."""
    root = logging.getLogger()
    saved = {
        name: (
            logging.getLogger(name).handlers[:],
            logging.getLogger(name).level,
            logging.getLogger(name).propagate,
        )
        for name in ("", "uvicorn", "uvicorn.error", "uvicorn.access")
    }
    buffer = io.StringIO()

    def start() -> io.StringIO:
        logging.config.dictConfig(log_config("json", "DEBUG"))
        root.handlers[0].setStream(buffer)
        return buffer

    yield start
    for name, (handlers, level, propagate) in saved.items():
        logger = logging.getLogger(name)
        logger.handlers[:] = handlers
        logger.setLevel(level)
        logger.propagate = propagate


def test_logs_are_json_with_request_ids_and_never_letter_text(
    live_server_factory, json_logs, monkeypatch
):
    server = live_server_factory()
    logged = json_logs()
    cc = {"Authorization": f"Bearer {server.add_user('log-cc', 'contact_centre')}"}
    cw = {"Authorization": f"Bearer {server.add_user('log-cw', 'caseworker')}"}
    with httpx.Client(base_url=server.url, timeout=120) as client:
        sent = client.post(
            "/api/cases",
            json={"text": PLAIN},
            headers={**cc, "X-Request-ID": "req-from-the-caller-1"},
        )
        assert sent.status_code == 201
        assert sent.headers["x-request-id"] == "req-from-the-caller-1"
        case = sent.json()
        flagged = client.post("/api/cases", json={"text": SAFEGUARDING}, headers=cc)
        assert len(flagged.headers["x-request-id"]) == 32  # made up when none is given
        # a header that is not a plain short token is replaced, not logged
        odd = client.post(
            "/api/cases",
            json={"text": UNSURE},
            headers={**cc, "X-Request-ID": "Mrs Jean Walker <script>"},
        )
        assert odd.headers["x-request-id"] != "Mrs Jean Walker <script>"
        # paths that handle letter text: a note and a reply (redacted), guidance search, an
        # over-long letter, and a failure inside triage whose message quotes the letter
        assert (
            client.post(
                f"/api/cases/{case['id']}/decisions",
                headers=cw,
                json={
                    "action": "edit_reply",
                    "version": 1,
                    "reply_text": f"Dear Mrs Smith, {MARKER}, we will call you on 07700 900123.",
                },
            ).status_code
            == 201
        )
        assert (
            client.post(
                "/api/guidance/search",
                headers=cc,
                json={"query": f"Universal Credit {MARKER}", "k": 3},
            ).status_code
            == 200
        )
        assert client.post(
            "/api/cases", headers=cc, json={"text": MARKER + " x" * 60_000}
        ).status_code in (413, 422)

        def explode(text, timeout=None):
            raise RuntimeError(f"could not read the letter: {text}")

        monkeypatch.setattr(server.services.engine, "triage", explode)
        failed = client.post("/api/cases", json={"text": PLAIN + " again"}, headers=cc)
        assert failed.status_code == 500
    lines = [line for line in logged.getvalue().splitlines() if line.strip()]
    assert lines, "nothing was logged"
    records = [json.loads(line) for line in lines]  # every line is one JSON object
    access = [r for r in records if r["logger"] == "casework.access"]
    assert {"req-from-the-caller-1"} <= {r["request_id"] for r in access}
    first = next(r for r in access if r["request_id"] == "req-from-the-caller-1")
    assert first["route"] == "/api/cases" and first["status"] == 201 and first["method"] == "POST"
    assert all(r["request_id"] for r in access)
    assert any(r.get("error_type") == "RuntimeError" for r in records)  # the failure: type only
    everything = "\n".join(lines)
    for fragment in (
        "QUARTZ",
        "Walker",
        "Smith",
        "07700 900123",  # whole: digits alone can turn up inside a logged timestamp
        "streetlight",
        "not eaten",
        "could not read the letter",
        "Universal Credit payment",
    ):
        assert fragment not in everything, fragment


def test_an_unexpected_error_is_logged_before_the_500_is_answered(
    api_pipeline, pipeline_index_dir, tmp_path, json_logs, monkeypatch
):
    """Defect: the error's only log line was uvicorn's, written after the 500 had been sent, so
    a reader of the log right after the answer could miss it (CI failed on that once), and the
    500 was Starlette's plain text without a request id. In-process there is no uvicorn line at
    all, so before the fix this found no error record."""
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.auth import create_user

    app = create_app(
        pipeline=api_pipeline,
        settings=make_settings(
            f"sqlite:///{tmp_path / 'err.db'}",
            pipeline_index_dir,
            audit_anchor_file=tmp_path / "anchors.jsonl",
        ),
    )
    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        with app.state.services.db.write() as session:
            _, token = create_user(session, "err-cc", "contact_centre")
        logged = json_logs()

        def explode(text, timeout=None):
            raise RuntimeError(f"could not read the letter: {text}")

        monkeypatch.setattr(app.state.services.engine, "triage", explode)
        failed = client.post(
            "/api/cases",
            json={"text": PLAIN},
            headers={"Authorization": f"Bearer {token}", "X-Request-ID": "req-err-1"},
        )
        records = [json.loads(line) for line in logged.getvalue().splitlines() if line.strip()]
    assert failed.status_code == 500
    assert failed.json()["error"] == "internal_error"
    assert failed.headers["x-request-id"] == "req-err-1"
    errors = [r for r in records if r.get("error_type") == "RuntimeError"]
    assert errors and errors[0]["request_id"] == "req-err-1"
    assert errors[0]["route"] == "/api/cases" and errors[0]["stack"]
    assert "could not read the letter" not in "\n".join(map(json.dumps, records))
    assert MARKER not in "\n".join(map(json.dumps, records))


def test_health_says_what_is_degraded(api_factory):
    api = api_factory()
    health = api.client.get("/api/health")
    assert health.status_code == 200
    body = health.json()
    assert body["status"] == "ok" and body["degraded"] == []
    assert body["checks"]["database"].startswith("ok")
    assert body["checks"]["router_memory"].startswith("ok")
    # corrections cannot be loaded: still serving (200), saying so
    api.services.engine.memory_error = "OperationalError"
    body = api.client.get("/api/health").json()
    assert body["status"] == "degraded"
    assert [d["component"] for d in body["degraded"]] == ["router_memory"]
    assert "OperationalError" in body["degraded"][0]["detail"]
    api.services.engine.memory_error = None
    # the audit anchors cannot be written
    api.services.db.anchors.last_error = "PermissionError"
    body = api.client.get("/api/health").json()
    assert body["status"] == "degraded" and body["degraded"][0]["component"] == "audit_anchors"
    api.services.db.anchors.last_error = None
    # the model thread stopped: unavailable, 503
    api.services.engine.stop()
    health = api.client.get("/api/health")
    assert health.status_code == 503
    body = health.json()
    assert body["status"] == "unavailable"
    assert body["degraded"][0] == {
        "component": "triage",
        "impact": "unavailable",
        "detail": "the model thread is stopped",
    }
    api.services.engine.start()


def test_drift_week_by_week(api_factory, database_url):
    from sqlalchemy import update

    from api.drift import drift, week_start
    from api.store.models import Case, Decision

    api = api_factory(database_url)
    ids = [
        api.submit(text).json()["id"]
        for text in (PLAIN, SAFEGUARDING, UNSURE, LETTER + " Thank you.")
    ]
    plain = api.client.get(f"/api/cases/{ids[0]}", headers=api.headers("caseworker")).json()
    other = next(
        t
        for t in api.client.get("/api/teams", headers=api.headers("caseworker")).json()["teams"]
        if t != plain["team"]
    )
    assert (
        api.decide(
            ids[0], action="reroute", reason_code="wrong_team", version=1, team=other
        ).status_code
        == 201
    )
    fourth = api.client.get(f"/api/cases/{ids[3]}", headers=api.headers("caseworker")).json()
    if fourth["team"]:
        assert api.decide(ids[3], action="accept", version=1).status_code == 201
    # two cases and the re-route moved back three weeks: they land in that week
    earlier = datetime.now(UTC) - timedelta(weeks=3)
    with api.services.db.write() as session:
        session.execute(update(Case).where(Case.id.in_(ids[:2])).values(created_at=earlier))
        session.execute(
            update(Decision).where(Decision.case_id == ids[0]).values(created_at=earlier)
        )
    response = api.client.get("/api/drift?weeks=6", headers=api.headers("auditor"))
    assert response.status_code == 200
    weeks = response.json()["weeks"]
    assert len(weeks) == 6
    assert weeks[-1]["week"] == week_start(date.today()).isoformat()
    then, now = weeks[-4], weeks[-1]
    assert then["cases"] == 2 and now["cases"] == 2
    assert then["decisions"] == {"reroute": 1} and then["override_rate"] == 1.0
    assert then["flagged"] == 1 and now["abstained"] >= 1
    assert sum(then["confidence_histogram"]) == 2 and sum(now["confidence_histogram"]) == 2
    assert 0 < now["mean_confidence"] < 1
    assert all(
        w["cases"] == 0 and w["abstention_rate"] is None for w in weeks if w not in (then, now)
    )
    with api.services.db.read() as session:
        assert drift(session, weeks=6)["weeks"] == weeks
    # auditors and admins only
    assert api.client.get("/api/drift", headers=api.headers("caseworker")).status_code == 403
    assert api.client.get("/api/drift", headers=api.headers("admin")).status_code == 200


def test_preparing_the_metrics_folder_removes_only_metrics_files(tmp_path):
    (tmp_path / "counter_123.db").write_bytes(b"x")
    (tmp_path / "histogram_9.db").write_bytes(b"x")
    (tmp_path / "casework.db").write_bytes(b"keep me")
    prepare_multiprocess_dir(str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["casework.db"]


def test_drift_refuses_unknown_parameters(api_factory):
    """Found by the contract test: `/api/drift?x=1` answered 200, ignoring `x`."""
    api = api_factory()
    assert api.client.get("/api/drift?weeks=2", headers=api.headers("auditor")).status_code == 200
    refused = api.client.get("/api/drift?week=2", headers=api.headers("auditor"))
    assert refused.status_code == 422 and refused.json()["error"]
    assert api.client.get("/api/drift?weeks=0", headers=api.headers("auditor")).status_code == 422
