"""Engine and sessions. One engine per process; every request gets its own session.

SQLite (the embedded default) runs in WAL mode with foreign keys on and full fsync; write
transactions start with ``BEGIN IMMEDIATE`` so two writers never deadlock on a lock upgrade and
the audit chain head is read and advanced under one lock. PostgreSQL uses READ COMMITTED and row
locks (see :mod:`api.store.audit`), so several API workers can share one database.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from api.settings import anchor_path_for, normalise_database_url, sqlite_path
from api.store.audit import TAIL_KEY, AnchorLog

WRITE = "casework_write"


def make_engine(
    url: str, *, pool_size: int = 10, max_overflow: int = 20, busy_timeout_ms: int = 30_000
) -> Engine:
    url = normalise_database_url(url)
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"check_same_thread": False, "timeout": busy_timeout_ms / 1000},
            pool_size=pool_size,
            max_overflow=max_overflow,
        )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection, _record):
            dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see below)
            cursor = dbapi_connection.cursor()
            if path is not None:
                cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            mode = "IMMEDIATE" if conn.get_execution_options().get(WRITE) else "DEFERRED"
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine
    return create_engine(url, pool_size=pool_size, max_overflow=max_overflow, pool_pre_ping=True)


class Database:
    """The engine plus two session factories: reads, and writes (which lock eagerly on SQLite).

    With ``anchors`` (an :class:`api.store.audit.AnchorLog`), every commit that appended audit records
    is followed by an anchor line outside the database."""

    def __init__(self, engine: Engine, anchors: AnchorLog | None = None) -> None:
        self.engine = engine
        self.dialect = engine.dialect.name
        self.anchors = anchors
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(
            engine.execution_options(**{WRITE: True}), expire_on_commit=False
        )
        for factory in (self._read, self._write):
            event.listen(factory, "after_commit", self._after_commit)
            event.listen(factory, "after_soft_rollback", self._after_rollback)

    def _after_commit(self, session: Session) -> None:
        if self.anchors is not None:
            self.anchors.record_after_commit(session)
        else:
            session.info.pop(TAIL_KEY, None)

    @staticmethod
    def _after_rollback(session: Session, _transaction) -> None:
        session.info.pop(TAIL_KEY, None)

    @classmethod
    def from_url(cls, url: str, *, anchors: AnchorLog | None = None, **kwargs) -> Database:
        return cls(make_engine(url, **kwargs), anchors=anchors)

    @classmethod
    def from_settings(cls, settings, **kwargs) -> Database:
        """The configured database with its audit anchors (see ``ServiceSettings``)."""
        path = anchor_path_for(settings)
        key = settings.audit_anchor_key.get_secret_value() if settings.audit_anchor_key else None
        return cls.from_url(
            settings.database_url,
            anchors=AnchorLog(path, key) if path is not None else None,
            busy_timeout_ms=settings.sqlite_busy_timeout_ms,
            **kwargs,
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction committed on exit (rolled back on error)."""
        with self._write() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()
