"""Engines and sessions. SQLite connections get WAL, synchronous=FULL and foreign keys, every time."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from desktop.domain.errors import StoreError

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA trusted_schema=OFF",
    "PRAGMA busy_timeout=10000",
)


def _on_sqlite_connect(dbapi_conn, _record) -> None:
    # pysqlite opens its own implicit transactions; turn that off so BEGIN is ours (SQLAlchemy recipe).
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    for pragma in SQLITE_PRAGMAS:
        cur.execute(pragma)
    cur.close()


def _on_sqlite_begin(conn) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def to_url(target: str | Path) -> str:
    """A SQLAlchemy URL from either a URL or a plain file path (a path means SQLite)."""
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


CONNECT_TIMEOUT_S = 10


def make_engine(target: str | Path, *, create_dirs: bool = True) -> Engine:
    """An engine for a SQLite file or any SQLAlchemy URL (PostgreSQL at BKD)."""
    url_text = to_url(target)
    try:
        url = make_url(url_text)
    except ArgumentError:
        raise StoreError(f"alamat basis data tidak dikenal: {target}") from None
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:" and create_dirs:
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, poolclass=NullPool)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    if url.get_backend_name() == "postgresql":
        if url.get_driver_name() in ("", "psycopg2"):
            url = url.set(drivername="postgresql+psycopg")
        # A server that silently drops packets must not hold the sign-in for minutes (the URL may override).
        timeout = {} if "connect_timeout" in url.query else {"connect_timeout": CONNECT_TIMEOUT_S}
        return create_engine(url, pool_pre_ping=True, connect_args=timeout)
    raise StoreError(f"jenis basis data tidak didukung: {url.get_backend_name()}")


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """One transaction: commit on success, roll back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
