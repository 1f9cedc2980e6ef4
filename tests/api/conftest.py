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
