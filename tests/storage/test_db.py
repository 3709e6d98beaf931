import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError as SAIntegrityError
from sqlalchemy.exc import OperationalError

from desktop.domain.errors import StoreError
from desktop.services.assessment import AssessmentService
from desktop.services.demo import finish_by_consensus
from desktop.services.stores import open_central_store, open_centre_store
from desktop.storage import migrations, orm
from desktop.storage.db import make_engine


def test_every_connection_has_wal_full_sync_and_foreign_keys(tmp_path):
    store = open_centre_store(tmp_path / "c.sqlite")
    for _ in range(5):
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    store.close()


def test_a_foreign_key_violation_is_refused(tmp_path):
    store = open_centre_store(tmp_path / "c.sqlite")
    with pytest.raises(SAIntegrityError), store.transaction() as db:
        db.add(orm.Position(session_id=999, name="x"))
    store.close()


def test_audit_log_refuses_update_and_delete(sealed_demo):
    store, _, _ = sealed_demo
    for stmt in ("UPDATE audit_event SET actor='x'", "DELETE FROM audit_event"):
        with pytest.raises(SAIntegrityError, match="append-only"), store.engine.begin() as conn:
            conn.execute(text(stmt))
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_event")).scalar() > 100


def test_a_failed_transaction_leaves_no_rows(tmp_path):
    store = open_centre_store(tmp_path / "c.sqlite")
    with pytest.raises(RuntimeError), store.transaction() as db:
        db.add(orm.Centre(name="A"))
        db.flush()
        raise RuntimeError("power cut")
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM centre")).scalar() == 0
    store.close()


def test_a_store_from_a_newer_version_is_refused(tmp_path):
    path = tmp_path / "c.sqlite"
    open_centre_store(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE asesmen_meta SET value='99' WHERE key='schema_version'")
    con.commit()
    con.close()
    with pytest.raises(StoreError, match="lebih baru"):
        open_centre_store(path)


def test_a_foreign_sqlite_file_and_random_bytes_are_refused(tmp_path):
    other = tmp_path / "other.sqlite"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE t (x)")
    con.close()
    with pytest.raises(StoreError, match="bukan milik Asesmen"):
        open_centre_store(other)
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="tidak dapat dibuka"):
        open_centre_store(junk)


def test_central_and_centre_stores_are_not_confused(tmp_path):
    open_central_store(tmp_path / "central.sqlite").close()
    with pytest.raises(StoreError, match="'central'"):
        open_centre_store(tmp_path / "central.sqlite")


def test_migration_backs_up_first_then_steps_in_one_transaction(tmp_path):
    path = tmp_path / "c.sqlite"
    store = open_centre_store(path)
    with store.transaction() as db:
        db.add(orm.Centre(name="Pusat Asesmen Contoh"))
    store.close()

    def add_phone(conn):
        conn.execute(text("ALTER TABLE centre ADD COLUMN phone VARCHAR(30) DEFAULT ''"))

    now, after = migrations.CENTRE_VERSION, migrations.CENTRE_VERSION + 1
    engine = make_engine(path)
    assert migrations.prepare(engine, orm.Base.metadata, "centre", after, {after: add_phone}) == after
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name, phone FROM centre")).one() == ("Pusat Asesmen Contoh", "")
    engine.dispose()
    backups = list(tmp_path.glob(f"c.sqlite.bak-v{now}-*"))
    assert len(backups) == 1
    con = sqlite3.connect(backups[0])
    assert con.execute("SELECT value FROM asesmen_meta WHERE key='schema_version'").fetchone() == (str(now),)
    con.close()


def test_a_failing_migration_changes_nothing(tmp_path):
    path = tmp_path / "c.sqlite"
    open_centre_store(path).close()

    def broken(conn):
        conn.execute(text("ALTER TABLE centre ADD COLUMN phone VARCHAR(30)"))
        conn.execute(text("SELECT no_such_column FROM centre"))

    engine = make_engine(path)
    with pytest.raises(OperationalError):
        after = migrations.CENTRE_VERSION + 1
        migrations.prepare(engine, orm.Base.metadata, "centre", after, {after: broken})
    with engine.connect() as conn:
        columns = [row[1] for row in conn.execute(text("PRAGMA table_info(centre)"))]
        version = conn.execute(text("SELECT value FROM asesmen_meta WHERE key='schema_version'")).scalar()
    engine.dispose()
    assert "phone" not in columns and version == str(migrations.CENTRE_VERSION)


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_store_is_migrated_with_its_data_and_a_backup(tmp_path, version):
    fixture = Path(__file__).parents[1] / "fixtures" / "db" / f"centre-v{version}.sqlite"
    path = tmp_path / "centre.sqlite"
    shutil.copy(fixture, path)
    store = open_centre_store(path)
    service = AssessmentService(store, actor="after-upgrade")
    (info,) = service.sessions()
    assert info.assessees == 6
    service.verify(info.uuid)  # the audit chain and every value survived
    with store.engine.connect() as conn:
        assert conn.execute(text("SELECT DISTINCT status FROM assignment")).scalars().all() == ["draft"]
    finish_by_consensus(service, info.uuid)  # the upgraded store goes on to the meeting and the seal
    assert len(service.results(info.uuid)) == 6
    store.close()
    assert len(list(tmp_path.glob(f"centre.sqlite.bak-v{version}-*"))) == 1
    fresh = open_centre_store(tmp_path / "fresh.sqlite")
    with fresh.engine.connect() as a, open_centre_store(path).engine.connect() as b:
        def columns(conn):
            tables = conn.execute(text("SELECT name FROM sqlite_master WHERE type='table'")).scalars()
            return {t: {row[1] for row in conn.execute(text(f"PRAGMA table_info({t})"))} for t in tables}
        assert columns(a) == columns(b)
    fresh.close()


def test_a_version_1_central_database_is_migrated(tmp_path):
    from desktop.services.central import CentralService

    path = tmp_path / "central.sqlite"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "db" / "central-v1.sqlite", path)
    store = open_central_store(path)
    rows = CentralService(store).result_rows()
    with store.engine.connect() as conn:
        codes = conn.execute(text("SELECT DISTINCT sheet_code FROM central_result")).scalars().all()
    store.close()
    assert len(rows) == 6 and codes == [""]  # results imported before sheet codes keep no code
    assert len(list(tmp_path.glob("central.sqlite.bak-v1-*"))) == 1
