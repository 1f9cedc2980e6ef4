"""Fixtures for the review-service tests.

PostgreSQL and Chromium come from ``tests/scripts/services.sh`` (which ``make test`` runs first
and exports ``CASEWORK_TEST_DATABASE_URL``); when pytest is run on its own the session fixture
runs the script itself. A test needing a service it cannot get is skipped with the reason,
except under ``CI=true``, where that is a failure. The fixtures import the service (FastAPI,
SQLAlchemy) when they build it, so collecting a test file does not.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import threading
import time
import uuid
import warnings
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

SERVICES = Path(__file__).resolve().parents[1] / "scripts" / "services.sh"
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")


def unavailable(message: str):
    if IN_CI:
        pytest.fail(f"{message} (CI=true: required)", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    url = os.environ.get("CASEWORK_TEST_DATABASE_URL")
    if url:
        return url
    try:
        out = subprocess.run(
            ["bash", str(SERVICES), "start"],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        unavailable(f"PostgreSQL could not be started by {SERVICES}: {error}")
    for line in out.stdout.splitlines():
        if line.startswith("DATABASE_URL="):
            url = line.split("=", 1)[1].strip()
            os.environ["CASEWORK_TEST_DATABASE_URL"] = url
            return url
    unavailable(
        f"PostgreSQL could not be installed or started by {SERVICES}: {out.stderr.strip()[-500:]}"
    )


@pytest.fixture
def pg_url(pg_server_url):
    """A fresh, empty database on the test server for one test, dropped afterwards."""
    import psycopg

    base, _, _ = pg_server_url.rpartition("/")
    name = "t_" + uuid.uuid4().hex[:12]
    admin = pg_server_url.replace("postgresql://", "postgresql://", 1)
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{base}/{name}"
    from api.db import Database  # noqa: F401  (engines are disposed by their users)

    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def service_cli(monkeypatch, database_url, tmp_path):
    """The review service's command line (``api.cli``) on this test's database:
    ``service_cli("users", "add", ...)`` gives typer's result."""
    from api.cli import app
    from api.settings import get_service_settings

    monkeypatch.setenv("CASEWORK_DATABASE_URL", database_url)
    monkeypatch.setenv("CASEWORK_AUDIT_ANCHOR_FILE", str(tmp_path / "anchors.jsonl"))
    get_service_settings.cache_clear()
    runner = CliRunner()
    yield lambda *args: runner.invoke(app, list(args))
    get_service_settings.cache_clear()


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'casework.db'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def db(database_url):
    """A migrated, empty store on SQLite and on PostgreSQL."""
    from api.db import Database
    from api.store.migrate import upgrade

    database = Database.from_url(database_url, pool_size=5, max_overflow=5)
    upgrade(database.engine)
    yield database
    database.dispose()


# --- the pipeline, loaded once per session ------------------------------------------------------
@pytest.fixture(scope="session")
def api_index_dir(request, tmp_path_factory, settings, embedder) -> Path:
    """The bundled guidance index as a folder (with the teams snapshot) for ``build_pipeline``:
    the session's ``demo_index`` saved again when there is one, else built here once."""
    from pipeline.factory import TEAMS_FILE

    index_dir = tmp_path_factory.mktemp("api-index")
    try:
        index = request.getfixturevalue("demo_index")
    except pytest.FixtureLookupError:
        from retrieval.guidance import chunk_guidance, load_guidance
        from retrieval.index import GuidanceIndex

        index = GuidanceIndex.build(chunk_guidance(load_guidance(settings.demo_guidance)), embedder)
    index.save(index_dir)
    shutil.copyfile(settings.teams_file, index_dir / TEAMS_FILE)
    return index_dir


def _session_fixture(request, name):
    try:
        return request.getfixturevalue(name)
    except pytest.FixtureLookupError:
        return None


@pytest.fixture(scope="session")
def api_pipeline(request, settings, embedder):
    """The real pipeline (models loaded once). Until every stage is importable, a stand-in with
    the same interfaces keeps the HTTP layer testable; under CI the real one is required."""
    try:
        import prompts.drafter  # noqa: F401
        import redaction  # noqa: F401
        import triage.router  # noqa: F401
        from redaction import build_redactor  # noqa: F401
    except ImportError as error:
        if IN_CI:
            pytest.fail(f"the pipeline is not importable: {error}", pytrace=False)

        from review_fakes import FakePipeline

        warnings.warn(f"API tests use a stand-in pipeline: {error}", stacklevel=1)
        return FakePipeline()
    from pipeline.factory import build_pipeline

    index_dir = request.getfixturevalue("api_index_dir")
    return build_pipeline(
        settings, index_dir, embedder=embedder, redactor=_session_fixture(request, "redactor")
    )


@pytest.fixture(scope="session")
def pipeline_index_dir(request, api_pipeline):
    from review_fakes import FakePipeline

    if isinstance(api_pipeline, FakePipeline):
        return Path(request.config.rootpath) / "var" / "no-index"
    return request.getfixturevalue("api_index_dir")


from review_helpers import ROLES, Api, make_settings  # noqa: E402


@pytest.fixture
def api_factory(api_pipeline, pipeline_index_dir, tmp_path):
    """Start an app on a given database with given settings; closed at teardown."""
    from api.app import create_app
    from api.auth import create_user

    opened = []

    def start(database_url: str | None = None, **overrides) -> Api:
        url = database_url or f"sqlite:///{tmp_path / 'api.db'}"
        overrides.setdefault("audit_anchor_file", tmp_path / f"anchors-{len(opened)}.jsonl")
        settings = make_settings(url, pipeline_index_dir, **overrides)
        app = create_app(pipeline=api_pipeline, settings=settings)
        client = TestClient(app, base_url="http://127.0.0.1")
        client.__enter__()
        opened.append(client)
        services = app.state.services
        tokens = {}
        with services.db.write() as session:
            for role in ROLES:
                _, tokens[role] = create_user(session, f"{role}-user", role)
        return Api(client, services, tokens)

    yield start
    for client in opened:
        client.__exit__(None, None, None)


@pytest.fixture
def api(api_factory) -> Api:
    return api_factory()


# --- a real server on loopback -------------------------------------------------------------------
class LiveServer:
    """uvicorn serving an app on 127.0.0.1 in a thread (the app shares the session pipeline)."""

    def __init__(self, app) -> None:
        import uvicorn

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.app = app
        self.server = uvicorn.Server(
            uvicorn.Config(
                app,
                host="127.0.0.1",
                port=self.port,
                log_level="warning",
                lifespan="on",
                backlog=1024,
                timeout_keep_alive=30,
            )
        )
        self.thread = threading.Thread(target=self.server.run, name="live-server", daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 120
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the test server did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        self.server.should_exit = True
        self.thread.join(60)

    @property
    def services(self):
        return self.app.state.services

    def add_user(self, name: str, role: str) -> str:
        from api.auth import create_user

        with self.services.db.write() as session:
            return create_user(session, name, role)[1]


@pytest.fixture
def live_server_factory(api_pipeline, pipeline_index_dir, tmp_path):
    from api.app import create_app

    running = []

    def start(database_url: str | None = None, **overrides) -> LiveServer:
        url = database_url or f"sqlite:///{tmp_path / 'live.db'}"
        overrides.setdefault("audit_anchor_file", tmp_path / f"live-anchors-{len(running)}.jsonl")
        app = create_app(
            pipeline=api_pipeline, settings=make_settings(url, pipeline_index_dir, **overrides)
        )
        server = LiveServer(app).__enter__()
        running.append(server)
        return server

    yield start
    for server in running:
        server.__exit__(None, None, None)


@pytest.fixture(scope="module")
def module_live_server(api_pipeline, pipeline_index_dir, tmp_path_factory):
    """One live server (SQLite in a temporary folder) for a whole test module."""
    from api.app import create_app

    folder = tmp_path_factory.mktemp("live-module")
    app = create_app(
        pipeline=api_pipeline,
        settings=make_settings(
            f"sqlite:///{folder / 'live.db'}",
            pipeline_index_dir,
            audit_anchor_file=folder / "anchors.jsonl",
        ),
    )
    with LiveServer(app) as server:
        yield server


# --- headless Chromium ---------------------------------------------------------------------------
@pytest.fixture(scope="session")
def chromium_paths() -> tuple[str, str]:
    def find():
        return shutil.which("chromium"), shutil.which("chromedriver")

    browser, driver = find()
    if not (browser and driver):
        subprocess.run(
            ["bash", str(SERVICES), "install"],
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        browser, driver = find()
    if not (browser and driver):
        unavailable(
            "Debian chromium and chromium-driver are not installed and could not be "
            f"installed by {SERVICES} install"
        )
    return browser, driver


@pytest.fixture
def browser(chromium_paths, tmp_path):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager download anything
    binary, driver_path = chromium_paths
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
        "--window-size=1280,1600",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


# --- the organisation's OpenID provider (npm oidc-provider, on loopback) ------------------------
@pytest.fixture(scope="session")
def oidc_provider():
    """A real OpenID provider for the session (tests/api/oidc_provider.mjs, run by node)."""
    from oidc_support import node_available, start_provider

    problem = node_available()
    if problem:
        unavailable(problem)
    provider = start_provider()
    yield provider
    provider.stop()


@pytest.fixture
def op(oidc_provider):
    """The provider with its users, groups and modes as they start, for one test."""
    oidc_provider.reset()
    yield oidc_provider
    oidc_provider.reset()


@pytest.fixture
def oidc_api(api_factory, op):
    """An app (TestClient, SQLite) set up with the test provider, plus one service user per role."""
    app = api_factory(**op.settings(oidc_clock_skew_seconds=0))
    app.op = op
    return app
