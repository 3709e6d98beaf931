"""Schema versions: create, stamp, migrate (backup first) and refuse stores from a newer version."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, MetaData, inspect, select, text
from sqlalchemy.exc import DatabaseError, OperationalError

from desktop.domain.errors import StoreError
from desktop.storage.orm import APPEND_ONLY_TRIGGERS, Meta

# Per store kind: the current version and the steps that lift version N-1 to N.
Step = Callable[[Connection], None]
def _centre_v2(conn: Connection) -> None:
    """Accounts, the assessor <-> account link, and a status per rating form (assignment)."""
    from desktop.storage.orm import User

    User.__table__.create(conn)
    conn.execute(text("ALTER TABLE assessor ADD COLUMN user_id INTEGER REFERENCES app_user(id)"))
    conn.execute(text("ALTER TABLE assignment ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'draft'"))
    conn.execute(text("ALTER TABLE assignment ADD COLUMN submitted_at DATETIME"))


def _centre_v3(conn: Connection) -> None:
    """Who agreed to each final level in the integration meeting."""
    conn.execute(text("ALTER TABLE final_level ADD COLUMN agreed_by JSON NOT NULL DEFAULT '[]'"))


def _centre_v4(conn: Connection) -> None:
    """Delivery to BKD: exported bundles, BKD's receipts, purge tombstones, and the audit delete guard.

    The tables as they were at version 4, spelled out so that later changes to the models cannot
    change what this step creates; the triggers are replaced by those of version 4.
    """
    from sqlalchemy import JSON, Column, DateTime, ForeignKey, Integer, String, Table, UniqueConstraint

    from desktop.storage.orm import AUDIT_DELETE_GUARD, DELIVERY_TRIGGERS

    md = MetaData()
    Table("bundle_export", md,
          Column("id", Integer, primary_key=True),
          Column("bundle_id", String(36), nullable=False, unique=True),
          Column("sha256", String(64), nullable=False, unique=True),
          Column("sequence", Integer, nullable=False),
          Column("centre_id", String(64), nullable=False),
          Column("key_id", String(16), nullable=False),
          Column("recipients", JSON, nullable=False),
          Column("bkd_receipt_key_id", String(16), nullable=False),
          Column("file_name", String(500), nullable=False),
          Column("exported_at", DateTime, nullable=False),
          Column("exported_by", String(200), nullable=False))
    Table("bundle_export_item", md,
          Column("id", Integer, primary_key=True),
          Column("bundle_export_id", Integer, ForeignKey("bundle_export.id"), nullable=False),
          Column("session_uuid", String(36), nullable=False, index=True),
          Column("seal_hash", String(64), nullable=False),
          UniqueConstraint("bundle_export_id", "session_uuid"))
    Table("delivery", md,
          Column("id", Integer, primary_key=True),
          Column("session_uuid", String(36), nullable=False, unique=True),
          Column("seal_hash", String(64), nullable=False),
          Column("bundle_id", String(36), nullable=False),
          Column("sequence", Integer, nullable=False),
          Column("exported_at", DateTime, nullable=False),
          Column("exported_by", String(200), nullable=False),
          Column("receipt_at", DateTime, nullable=True),
          Column("receipt_by", String(200), nullable=False),
          Column("bkd_imported_at", DateTime, nullable=True),
          Column("receipt_bundle_id", String(36), nullable=False),
          Column("receipt_key_id", String(16), nullable=False),
          Column("receipt_sha256", String(64), nullable=False))
    Table("purge_tombstone", md,
          Column("id", Integer, primary_key=True),
          Column("session_uuid", String(36), nullable=False, unique=True),
          Column("title", String(300), nullable=False),
          Column("seal_hash", String(64), nullable=False),
          Column("sealed_at", DateTime, nullable=True),
          Column("assessees", Integer, nullable=False),
          Column("bundle_id", String(36), nullable=False),
          Column("bkd_imported_at", DateTime, nullable=True),
          Column("receipt_at", DateTime, nullable=True),
          Column("receipt_key_id", String(16), nullable=False),
          Column("purged_by", String(200), nullable=False),
          Column("purged_at", DateTime, nullable=False))
    md.create_all(conn)
    conn.execute(text("DROP TRIGGER IF EXISTS audit_no_delete"))
    for ddl in (AUDIT_DELETE_GUARD, *DELIVERY_TRIGGERS):
        conn.execute(text(ddl))


CENTRE_VERSION = 4
CENTRE_STEPS: dict[int, Step] = {2: _centre_v2, 3: _centre_v3, 4: _centre_v4}


def _read_version(conn: Connection, kind: str) -> int | None:
    """None for an empty database; StoreError for one that is not an Asesmen store of this kind."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return None
    if Meta.__tablename__ not in tables:
        raise StoreError("basis data ini bukan milik Asesmen (tabel meta tidak ada)")
    values = dict(conn.execute(select(Meta.key, Meta.value)).all())
    if values.get("kind") != kind:
        raise StoreError(f"basis data ini adalah basis data '{values.get('kind')}', bukan '{kind}'")
    return int(values.get("schema_version", "0"))


def _write_version(conn: Connection, kind: str, version: int) -> None:
    table = Meta.__table__
    conn.execute(table.delete().where(table.c.key.in_(["kind", "schema_version"])))
    conn.execute(table.insert(), [{"key": "kind", "value": kind}, {"key": "schema_version", "value": str(version)}])


def backup_sqlite(engine: Engine, version: int) -> Path | None:
    """A consistent copy (VACUUM INTO) beside the file, before a migration touches it."""
    db_path = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not db_path or db_path == ":memory:":
        return None
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = Path(f"{db_path}.bak-v{version}-{stamp}")
    raw = engine.raw_connection()  # VACUUM cannot run inside the transaction SQLAlchemy would open
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(target),))
    finally:
        raw.close()
    return target


def prepare(
    engine: Engine,
    metadata: MetaData,
    kind: str,
    version: int,
    steps: dict[int, Step],
) -> int:
    """Bring a store to `version`: create it if empty, migrate it if older, refuse it if newer."""
    try:
        with engine.connect() as conn:
            current = _read_version(conn, kind)
    except (DatabaseError, OperationalError) as exc:
        raise StoreError(f"berkas basis data tidak dapat dibuka: {exc.orig}") from None
    if current is not None and current > version:
        raise StoreError(
            f"basis data dibuat oleh versi Asesmen yang lebih baru (skema {current}, aplikasi ini {version}); "
            "perbarui aplikasi"
        )
    if current == version:
        return version
    if current is not None:
        backup_sqlite(engine, current)
    with engine.begin() as conn:
        if current is None:
            metadata.create_all(conn)
        else:
            for n in range(current + 1, version + 1):
                steps[n](conn)
        if conn.dialect.name == "sqlite" and "audit_event" in metadata.tables:
            for ddl in APPEND_ONLY_TRIGGERS:
                conn.execute(text(ddl))
        _write_version(conn, kind, version)
    return version
