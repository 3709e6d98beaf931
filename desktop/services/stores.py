"""Opening stores: the centre's local SQLite file and BKD's central database (any SQLAlchemy URL)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from desktop.storage import central_schema, migrations, orm
from desktop.storage.db import make_engine, session_factory, session_scope


@dataclass
class Store:
    engine: Engine
    factory: sessionmaker[Session]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        with session_scope(self.factory) as db:
            yield db

    def close(self) -> None:
        self.engine.dispose()


def open_centre_store(target: str | Path) -> Store:
    """The assessor laptop's store, created or migrated to the current schema."""
    engine = make_engine(target)
    try:
        migrations.prepare(engine, orm.Base.metadata, "centre", migrations.CENTRE_VERSION,
                           migrations.CENTRE_STEPS)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, session_factory(engine))


def open_central_store(target: str | Path) -> Store:
    """BKD's central database: a SQLite file by default, PostgreSQL in production."""
    engine = make_engine(target)
    try:
        migrations.prepare(engine, central_schema.METADATA, "central", central_schema.VERSION,
                           central_schema.STEPS)
    except BaseException:
        engine.dispose()
        raise
    return Store(engine, session_factory(engine))
