"""Fixtures for the review-service tests.

PostgreSQL and Chromium come from ``tests/scripts/services.sh`` (which ``make test`` runs first
and exports ``CASEWORK_TEST_DATABASE_URL``); when pytest is run on its own the session fixture
runs the script itself. A test needing a service it cannot get is skipped with the reason,
except under ``CI=true``, where that is a failure.
"""

from __future__ import annotations

import os
import subprocess
import uuid
from pathlib import Path

import pytest

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
        out = subprocess.run(["bash", str(SERVICES), "start"], capture_output=True, text=True,
                             timeout=900, check=False)
    except (OSError, subprocess.TimeoutExpired) as error:
        unavailable(f"PostgreSQL could not be started by {SERVICES}: {error}")
    for line in out.stdout.splitlines():
        if line.startswith("DATABASE_URL="):
            url = line.split("=", 1)[1].strip()
            os.environ["CASEWORK_TEST_DATABASE_URL"] = url
            return url
    unavailable(f"PostgreSQL could not be installed or started by {SERVICES}: "
                f"{out.stderr.strip()[-500:]}")


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
def api_index_dir(tmp_path_factory, settings, embedder) -> Path:
    """A guidance index of the bundled GOV.UK pages, built once (with the teams snapshot)."""
    import shutil

    from retrieval.guidance import chunk_guidance, load_guidance
    from retrieval.index import GuidanceIndex
    from triage.factory import TEAMS_FILE

    index_dir = tmp_path_factory.mktemp("api-index")
    passages = chunk_guidance(load_guidance(settings.demo_guidance))
    GuidanceIndex.build(passages, embedder).save(index_dir)
    shutil.copyfile(settings.teams_file, index_dir / TEAMS_FILE)
    return index_dir


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
        import warnings

        from review_fakes import FakePipeline

        warnings.warn(f"API tests use a stand-in pipeline: {error}", stacklevel=1)
        return FakePipeline()
    from triage.factory import build_pipeline

    index_dir = request.getfixturevalue("api_index_dir")
    return build_pipeline(settings, index_dir, embedder=embedder)


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
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.auth import create_user

    opened = []

    def start(database_url: str | None = None, **overrides) -> Api:
        url = database_url or f"sqlite:///{tmp_path / 'api.db'}"
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
