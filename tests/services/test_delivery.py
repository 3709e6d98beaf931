"""The centre's side of delivery: export records, BKD's receipts, and the purge of the local copy."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from desktop import resources
from desktop.cli import main
from desktop.domain.errors import IntegrityError, NotFoundError, ValidationError
from desktop.services import keys, receipts
from desktop.services.assessment import AssessmentService
from desktop.services.delivery import DeliveryService, DeliveryStatus
from desktop.services.demo import finish_by_consensus, load_demo
from desktop.services.progress import Progress
from desktop.services.secure_bundles import read_secure_bundle
from desktop.services.stores import open_centre_store
from desktop.storage import orm
from tests.services.test_receipts import _resigned, deliver

FIXTURES = Path(__file__).parents[1] / "fixtures" / "db"


@pytest.fixture
def delivered(sealed_demo, tmp_path):
    store, service, uuid = sealed_demo
    chain = deliver(store, service, uuid, tmp_path, str(tmp_path / "central.sqlite"))
    yield chain
    chain.central.close()


def other_people(data: dict) -> dict:
    """The sample data with other (fictional) people: names, NIPs and assessors of its own."""
    data = {**data, "session": {**data["session"], "title": "Sesi Kedua (data lain)"}}
    data["assessees"] = [{**a, "name": f"Peserta Lain {i}", "nip": a["nip"][:-3] + f"{700 + i:03d}"}
                         for i, a in enumerate(data["assessees"])]
    renamed = {a["name"]: f"Asesor Lain {i}" for i, a in enumerate(data["assessors"])}
    data["assessors"] = [{**a, "name": renamed[a["name"]], "nip": a["nip"][:-3] + f"{800 + i:03d}" if a.get("nip")
                          else ""} for i, a in enumerate(data["assessors"])]
    return data


def personal_data(document: dict) -> list[bytes]:
    """What must not stay on the laptop after a purge: names and NIPs of assessees and assessors."""
    found = []
    for a in document["assessees"]:
        found += [a["name"].encode(), a["nip"].encode()]
    for a in document["assessors"]:
        found.append(a["name"].encode())
        if a.get("nip"):
            found.append(a["nip"].encode())
    return found


def store_bytes(path: Path) -> bytes:
    return b"".join(Path(f"{path}{s}").read_bytes() for s in ("", "-wal", "-journal")
                    if Path(f"{path}{s}").exists())


def snapshot(store) -> tuple:
    with store.engine.connect() as conn:
        return tuple(conn.execute(text(f"SELECT * FROM {t} ORDER BY 1")).all()
                     for t in ("delivery", "bundle_export", "bundle_export_item", "purge_tombstone", "audit_event"))


def receive(chain) -> None:
    (path,) = chain.issue([chain.bundle.bundle_id])
    outcome = chain.delivery.import_receipt(path, chain.receipt_key.public_key)
    assert outcome.outcome == "recorded", outcome.message


# -- export ---------------------------------------------------------------------------------------------


def test_an_export_is_recorded_and_the_session_still_verifies(sealed_demo, tmp_path):
    store, service, uuid = sealed_demo
    delivery = DeliveryService(store, actor="ketua")
    (row,) = delivery.rows()
    assert (row.status, row.assessees, row.bundle_id) == (DeliveryStatus.NOT_EXPORTED, 6, "")
    centre, bkd, receipt_key = keys.generate_centre_key(), keys.generate_bkd_identity(), keys.generate_receipt_key()
    steps = []
    bundle = delivery.export([uuid], tmp_path / "usb", centre, [bkd.recipient], sequence_file=tmp_path / "seq",
                             bkd_receipt_key_id=receipt_key.key_id,
                             progress=Progress(lambda d, t, x: steps.append((d, t, x))))
    assert steps[-2][2] == "bundel" and steps[-1][:2] == (2, 2)
    assert bundle.path.name == f"{bundle.bundle_id}.bundle.zip" and bundle.sequence == 1
    assert bundle.sha256 == hashlib.sha256(bundle.path.read_bytes()).hexdigest()

    (row,) = delivery.rows()
    assert (row.status, row.bundle_id, row.sequence, row.exported_by) == (
        DeliveryStatus.EXPORTED, bundle.bundle_id, 1, "ketua")
    seal = service.info(uuid).seal_hash
    with store.transaction() as db:
        export = db.scalar(select(orm.BundleExport))
        assert (export.sha256, export.key_id, export.bkd_receipt_key_id, export.recipients) == (
            bundle.sha256, centre.key_id, receipt_key.key_id, [bkd.recipient])
        assert [(i.session_uuid, i.seal_hash) for i in export.items] == [(uuid, seal)]
    event = service.document(uuid)["audit"][-1]
    assert (event["action"], event["actor"], event["data"]["new"]["bundle_id"]) == ("bundle.export", "ketua",
                                                                                     bundle.bundle_id)
    service.verify(uuid)  # the export event follows the seal without breaking it
    opened = read_secure_bundle(bundle.path, [bkd], lambda _k: keys.TrustedKey(
        centre.key_id, "Pusat", centre.public_key, orm.utcnow()))
    assert opened.metadata.bundle_id == bundle.bundle_id

    # again (a lost stick): a new bundle, the next sequence number, the same sealed content
    again = delivery.export([uuid], tmp_path / "usb2", centre, [bkd.recipient], sequence_file=tmp_path / "seq")
    assert again.sequence == 2 and delivery.rows()[0].bundle_id == again.bundle_id
    with pytest.raises(ValidationError, match="pilih sesi"):
        delivery.export([], tmp_path, centre, [bkd.recipient], sequence_file=tmp_path / "seq")


def test_only_sealed_sessions_are_exported(open_demo, tmp_path):
    store, _service, uuid = open_demo
    delivery = DeliveryService(store, actor="ketua")
    assert delivery.rows() == []
    with pytest.raises(ValidationError, match="belum disegel"):
        delivery.export([uuid], tmp_path, keys.generate_centre_key(), [keys.generate_bkd_identity().recipient],
                        sequence_file=tmp_path / "seq")
    assert not list(tmp_path.glob("*.bundle.zip"))
    with pytest.raises(ValidationError, match="belum disegel"):
        delivery.purge(uuid)


def test_export_with_key_files_counts_beside_the_key(sealed_demo, tmp_path):
    store, _service, uuid = sealed_demo
    made = keys.create_bkd_keys(tmp_path / "bkd", "kata-sandi-bkd")
    keys.create_centre_key(tmp_path / "keys" / keys.CENTRE_SECRET_FILE, "kata-sandi-pusat")
    delivery = DeliveryService(store, actor="ketua")
    bundle = delivery.export_with_files([uuid], tmp_path / "usb", tmp_path / "keys" / keys.CENTRE_SECRET_FILE,
                                        "kata-sandi-pusat", tmp_path / "bkd" / keys.BKD_RECIPIENT_FILE)
    assert (tmp_path / "keys" / keys.SEQUENCE_FILE).read_text() == "1\n"
    with store.transaction() as db:
        assert db.scalar(select(orm.BundleExport.bkd_receipt_key_id)) == made.receipt_key.key_id
    assert bundle.path.exists()
    with pytest.raises(ValidationError, match="kata sandi salah"):
        delivery.export_with_files([uuid], tmp_path / "usb", tmp_path / "keys" / keys.CENTRE_SECRET_FILE,
                                   "salah-sama-sekali", tmp_path / "bkd" / keys.BKD_RECIPIENT_FILE)


# -- receipts -------------------------------------------------------------------------------------------


def test_a_receipt_marks_the_session_delivered_once(delivered):
    (path,) = delivered.issue()
    outcome = delivered.delivery.import_receipt(path, delivered.receipt_key.public_key)
    assert outcome.outcome == "recorded" and "diterima BKD pada" in outcome.message
    (row,) = delivered.delivery.rows()
    assert row.status is DeliveryStatus.RECEIVED and row.can_purge
    assert row.receipt_key_id == delivered.receipt_key.key_id and row.bkd_imported_at is not None
    event = delivered.service.document(delivered.uuid)["audit"][-1]
    assert event["action"] == "bundle.receipt" and event["data"]["new"]["bundle_id"] == delivered.bundle.bundle_id
    delivered.service.verify(delivered.uuid)

    before = snapshot(delivered.store)
    twice = delivered.delivery.import_receipt(path, delivered.receipt_key.public_key)
    assert twice.outcome == "duplicate" and snapshot(delivered.store) == before


def test_bad_foreign_or_altered_receipts_are_refused_and_write_nothing(delivered, tmp_path):
    (path,) = delivered.issue()
    raw = path.read_bytes()
    good = receipts.open_receipt(raw, delivered.receipt_key.public_key)
    key, public = delivered.receipt_key, delivered.receipt_key.public_key
    before = snapshot(delivered.store)

    def refused(data: bytes, match: str, bkd_key=public) -> None:
        target = tmp_path / "bad.receipt.zip"
        target.write_bytes(data)
        outcome = delivered.delivery.import_receipt(target, bkd_key)
        assert outcome.outcome == "rejected" and match in outcome.message, outcome.message
        assert outcome.message.count("\n") == 0
        assert snapshot(delivered.store) == before

    def signed(receipt: receipts.Receipt, by=key) -> bytes:
        return receipts.receipt_file_bytes(receipt, by)

    flipped = bytearray(raw)
    flipped[len(raw) // 3] ^= 0x20
    refused(bytes(flipped), "ditolak")
    refused(raw[: len(raw) // 2], "ditolak")
    other_bkd = keys.generate_receipt_key()
    refused(raw, f"bukan kunci tanda terima BKD yang terpasang ({other_bkd.key_id})", other_bkd.public_key)
    # BKD's own key, but not what this store exported or sealed
    refused(signed(good.__class__(**{**good.__dict__, "bundle_sha256": "ab" * 32})), "tidak diekspor dari basis")
    refused(signed(good.__class__(**{**good.__dict__, "bundle_id": "00000000-0000-4000-8000-000000000000"})),
            "sedangkan berkas")
    stranger = receipts.ReceiptSession("11111111-1111-4111-8111-111111111111", "cd" * 32)
    refused(signed(good.__class__(**{**good.__dict__, "sessions": (stranger,)})), "tidak ada di bundel")
    wrong_seal = receipts.ReceiptSession(good.sessions[0].uuid, "ef" * 32)
    refused(signed(good.__class__(**{**good.__dict__, "sessions": (wrong_seal,)})), "segel sesi")
    # another BKD key installed at the centre than the one the bundle was made for
    impostor = good.__class__(**{**good.__dict__, "key_id": other_bkd.key_id})
    refused(signed(impostor, other_bkd), f"dengan kunci tanda terima {key.key_id}, bukan {other_bkd.key_id}",
            other_bkd.public_key)
    refused(_resigned(key, raw, "x"), "bukan JSON")
    assert delivered.delivery.rows()[0].status is DeliveryStatus.EXPORTED


# -- purge ----------------------------------------------------------------------------------------------


def test_purge_is_refused_until_bkd_has_acknowledged_the_current_seal(delivered):
    delivery, uuid = delivered.delivery, delivered.uuid
    with pytest.raises(ValidationError, match="belum mengirim tanda terima"):
        delivery.purge(uuid)
    with pytest.raises(NotFoundError):
        delivery.purge("22222222-2222-4222-8222-222222222222")
    other_uuid = load_demo(delivered.service, other_people(resources.load_json("sample", "demo.json")))
    finish_by_consensus(delivered.service, other_uuid)
    with pytest.raises(ValidationError, match="belum diekspor"):
        delivery.purge(other_uuid)
    assert {r.session_uuid for r in delivery.rows()} == {uuid, other_uuid}


def test_purge_leaves_no_personal_data_and_the_other_session_intact(delivered, tmp_path):
    service, delivery, uuid = delivered.service, delivered.delivery, delivered.uuid
    # As SQLite is built by default (Debian turns it on): deleted rows stay in free pages and the WAL
    # unless the purge sees to it itself.
    event.listen(delivered.store.engine, "connect", lambda con, _record: con.execute("PRAGMA secure_delete = OFF"))
    other_uuid = load_demo(service, other_people(resources.load_json("sample", "demo.json")))
    finish_by_consensus(service, other_uuid)
    gone = personal_data(service.document(uuid))
    kept = personal_data(service.document(other_uuid))
    other_events = service.document(other_uuid)["audit"]
    info = service.info(uuid)
    receive(delivered)
    store_path = Path(delivered.store.engine.url.database)
    assert all(p in store_bytes(store_path) for p in gone)

    purged = delivery.purge(uuid)
    assert (purged.title, purged.seal_hash, purged.assessees, purged.bundle_id) == (
        info.title, info.seal_hash, 6, delivered.bundle.bundle_id)
    assert purged.backups == ()
    data = store_bytes(store_path)
    assert not [p for p in gone if p in data], "personal data of the purged session is still in the file"
    assert all(p in data for p in kept)

    assert [s.uuid for s in service.sessions()] == [other_uuid]
    service.verify(other_uuid)
    assert service.document(other_uuid)["audit"] == other_events  # its chain untouched
    with delivered.store.transaction() as db:
        assert db.scalar(select(orm.AuditEvent).where(orm.AuditEvent.session_uuid == uuid)) is None
        tomb = db.scalar(select(orm.PurgeTombstone))
        assert (tomb.session_uuid, tomb.title, tomb.seal_hash, tomb.purged_by, tomb.assessees) == (
            uuid, info.title, info.seal_hash, "tester", 6)
        assert tomb.receipt_at is not None and tomb.bundle_id == delivered.bundle.bundle_id
    rows = {r.session_uuid: r for r in delivery.rows()}
    assert rows[uuid].status is DeliveryStatus.PURGED and rows[other_uuid].status is DeliveryStatus.NOT_EXPORTED
    with pytest.raises(ValidationError, match="sudah dihapus"):
        delivery.purge(uuid)
    # the same receipt again: the session is gone, nothing to mark, nothing refused
    (path,) = delivered.issue()
    assert delivery.import_receipt(path, delivered.receipt_key.public_key).outcome == "duplicate"
    with sqlite3.connect(store_path) as con:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_the_triggers_still_refuse_every_other_delete(delivered):
    service, uuid = delivered.service, delivered.uuid
    other_uuid = load_demo(service, other_people(resources.load_json("sample", "demo.json")))
    finish_by_consensus(service, other_uuid)
    store_path = delivered.store.engine.url.database
    con = sqlite3.connect(store_path, isolation_level=None)
    con.execute("PRAGMA foreign_keys = ON")

    def refused(sql: str, *params, match: str = "") -> None:
        with pytest.raises(sqlite3.DatabaseError, match=match):
            con.execute(sql, params)

    try:
        refused("DELETE FROM audit_event", match="append-only")
        refused("DELETE FROM audit_event WHERE session_uuid = ?", other_uuid, match="append-only")
        refused("UPDATE audit_event SET reason = 'x' WHERE session_uuid = ?", uuid, match="append-only")
        refused("DELETE FROM assessment_session WHERE uuid = ?", other_uuid, match="purge")
        refused("INSERT INTO purge_tombstone (session_uuid, title, seal_hash, assessees, bundle_id, receipt_key_id, "
                "purged_by, purged_at) VALUES (?, 't', 's', 0, 'b', '', 'x', '2026-01-01')", other_uuid,
                match="receipt")
        refused("DELETE FROM bundle_export", match="append-only")
        refused("UPDATE bundle_export_item SET seal_hash = 'x'", match="append-only")
        refused("DELETE FROM delivery", match="kept")
        receive(delivered)
        # a tombstone for a delivered session is not enough while the session itself is still there
        con.execute("BEGIN")
        con.execute("INSERT INTO purge_tombstone (session_uuid, title, seal_hash, assessees, bundle_id, "
                    "receipt_key_id, purged_by, purged_at) VALUES (?, 't', 's', 0, 'b', '', 'x', '2026-01-01')",
                    (uuid,))
        refused("DELETE FROM audit_event WHERE session_uuid = ?", uuid, match="append-only")
        con.execute("ROLLBACK")
    finally:
        con.close()
    delivered.delivery.purge(uuid)
    con = sqlite3.connect(store_path, isolation_level=None)
    try:
        refused("DELETE FROM purge_tombstone", match="append-only")
        refused("UPDATE purge_tombstone SET title = 'x'", match="append-only")
        refused("DELETE FROM audit_event", match="append-only")
    finally:
        con.close()
    service.verify(other_uuid)


def test_a_purge_that_fails_half_way_changes_nothing(delivered):
    receive(delivered)
    store_path = delivered.store.engine.url.database
    con = sqlite3.connect(store_path)
    con.execute("CREATE TABLE lampiran (id INTEGER PRIMARY KEY, assessee_id INTEGER REFERENCES assessee(id))")
    con.execute("INSERT INTO lampiran (assessee_id) SELECT max(id) FROM assessee")
    con.commit()
    con.close()
    before = snapshot(delivered.store)
    with pytest.raises(IntegrityError, match="tidak ada yang dihapus"):
        delivered.delivery.purge(delivered.uuid)
    assert snapshot(delivered.store) == before
    delivered.service.verify(delivered.uuid)
    assert delivered.delivery.rows()[0].status is DeliveryStatus.RECEIVED


@pytest.mark.parametrize("version", [1, 2])
def test_an_older_store_gets_delivery_and_the_purge_guard(tmp_path, version):
    path = tmp_path / "centre.sqlite"
    shutil.copy(FIXTURES / f"centre-v{version}.sqlite", path)
    store = open_centre_store(path)
    try:
        service = AssessmentService(store, actor="after-upgrade")
        (info,) = service.sessions()
        finish_by_consensus(service, info.uuid)
        with store.engine.connect() as conn:
            guard = conn.execute(text("SELECT sql FROM sqlite_master WHERE name = 'audit_no_delete'")).scalar()
        assert "purge_tombstone" in guard
        chain = deliver(store, service, info.uuid, tmp_path, str(tmp_path / "central.sqlite"))
        try:
            receive(chain)
            chain.delivery.purge(info.uuid)
        finally:
            chain.central.close()
        assert service.sessions() == [] and list(tmp_path.glob("centre.sqlite.bak-v*"))
        assert chain.delivery.rows()[0].status is DeliveryStatus.PURGED
    finally:
        store.close()


def test_the_purge_warns_of_migration_backups(delivered, tmp_path):
    receive(delivered)
    backup = Path(f"{delivered.store.engine.url.database}.bak-v3-20260101-000000")
    backup.write_bytes(b"salinan lama")
    assert delivered.delivery.purge(delivered.uuid).backups == (backup,)


# -- the command line -----------------------------------------------------------------------------------


def test_cli_receipt_import_and_purge(delivered, tmp_path, capsys):
    store_path = delivered.store.engine.url.database
    public = keys.write_recipient_file(delivered.bkd, tmp_path / "bkd.age.pub", receipt_key=delivered.receipt_key)
    (path,) = delivered.issue()

    assert main(["purge", "--store", store_path, delivered.uuid]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "belum mengirim tanda terima" in err

    bad = tmp_path / "ubah.receipt.zip"
    bad.write_bytes(path.read_bytes()[:-30] + bytes(30))
    assert main(["receipt", "import", "--store", store_path, "--bkd-key", str(public), str(path), str(bad)]) == 3
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith(f"{path.name}: recorded") and out[1].startswith("ubah.receipt.zip: rejected - ditolak")
    assert main(["--store", store_path, "receipt", "import", "--bkd-key", str(public), str(path)]) == 0
    assert "duplicate" in capsys.readouterr().out

    assert main(["purge", "--store", store_path, delivered.uuid]) == 0
    out = capsys.readouterr().out
    assert "dihapus (6 peserta)" in out and delivered.uuid in out
    assert main(["purge", "--store", store_path, delivered.uuid]) == 1
    assert "sudah dihapus" in capsys.readouterr().err
