import json
import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.services.assessment import AssessmentService
from desktop.services.bundles import export_bundle
from desktop.services.central import CentralService
from desktop.services.demo import submit_all_and_open_meeting
from desktop.services.stores import open_central_store, open_centre_store
from desktop.storage.central_orm import CentralCompetency, CentralResult, ImportLog

DODI = "197911052005011902"


@pytest.fixture(params=["sqlite", "postgresql"])
def central(request, tmp_path):
    url = str(tmp_path / "central.sqlite") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    store = open_central_store(url)
    yield CentralService(store, actor="operator-bkd", allow_plain=True)  # the bag layer; secure: below
    store.close()


@pytest.fixture
def bundle(sealed_demo, tmp_path) -> Path:
    _, service, uuid = sealed_demo
    return export_bundle(service.document(uuid), tmp_path / "stick")


def _count(service, model) -> int:
    with service.store.transaction() as db:
        return db.scalar(select(func.count()).select_from(model))


def test_importing_twice_stores_the_results_once(central, bundle):
    first, second = central.import_files([bundle, bundle])
    assert first.outcome == "applied" and first.results == 6
    assert second.outcome == "duplicate" and "sudah diimpor pada" in second.message
    rows = central.result_rows()
    assert len(rows) == 6 and len({r["nip"] for r in rows}) == 6
    dodi = next(r for r in rows if r["nip"] == DODI)
    assert (dodi["jpm"], dodi["category"]) == (100.0, "O")
    assert dodi["competencies"]["M.3"] == 4 and dodi["valid_until"]
    assert _count(central, CentralCompetency) == 6 * 9
    assert [row["outcome"] for row in central.import_log()] == ["applied", "duplicate"]


def test_a_rejected_bundle_writes_only_its_log_row(central, bundle, tmp_path):
    altered = tmp_path / "altered.bag.zip"
    raw = bytearray(bundle.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    altered.write_bytes(bytes(raw))
    (outcome,) = central.import_files([altered])
    assert outcome.outcome == "rejected" and outcome.message
    assert _count(central, CentralResult) == 0
    assert _count(central, ImportLog) == 1


def test_a_stack_of_files_is_imported_and_logged_in_order(central, bundle, tmp_path):
    """(On PostgreSQL the next file is checked while the one before is written: the order still holds.)"""
    altered = tmp_path / "altered.bag.zip"
    altered.write_bytes(bundle.read_bytes()[:-1])
    outcomes = central.import_files([altered, bundle, altered, bundle])
    assert [o.outcome for o in outcomes] == ["rejected", "applied", "rejected", "duplicate"]
    assert [(row["file"], row["outcome"]) for row in central.import_log()] == [
        (o.path.name, o.outcome) for o in outcomes]
    assert len(central.result_rows()) == 6


def _seal_copy(template: Path, folder: Path, change=None) -> Path:
    """Seal a private copy of the rated sample session (optionally deciding differently); export it."""
    folder.mkdir()
    shutil.copy(template, folder / "centre.sqlite")
    store = open_centre_store(folder / "centre.sqlite")
    try:
        service = AssessmentService(store, actor="laptop")
        uuid = service.sessions()[0].uuid
        submit_all_and_open_meeting(service, uuid)
        service.integrate(uuid)
        if change:
            change(service, uuid)
        service.seal(uuid)
        return export_bundle(service.document(uuid), folder / "stick")
    finally:
        store.close()


def test_same_session_with_different_content_is_a_conflict_not_an_overwrite(central, open_demo_template,
                                                                             tmp_path):
    """Two copies of one session sealed with different decisions: the second is refused, not merged."""
    first = _seal_copy(open_demo_template, tmp_path / "a")
    other = _seal_copy(open_demo_template, tmp_path / "b", lambda service, uuid: service.set_final_level(
        uuid, DODI, "M.3", 3, "keputusan berbeda di laptop lain"))
    assert central.import_file(first).outcome == "applied"
    outcome = central.import_file(other)
    assert outcome.outcome == "rejected" and "konflik" in outcome.message and "tidak ditimpa" in outcome.message
    dodi = next(r for r in central.result_rows() if r["nip"] == DODI)
    assert dodi["competencies"]["M.3"] == 4 and len(central.result_rows()) == 6


def test_a_paper_sheet_is_checked_by_its_code(central, bundle, sealed_demo):
    _, service, uuid = sealed_demo
    central.import_file(bundle)
    dodi = next(r for r in service.results(uuid) if r.nip == DODI)
    typed = dodi.sheet_code_display.lower().replace("-", " ")  # as a person might type it
    ok = central.check_sheet(typed, {"nip": "19791105 200501 1 902", "jpm": "100,00", "category": "O"})
    assert ok.matches and "COCOK" in ok.message and ok.facts["name"] == "Dodi Pratama Contoh"
    altered = central.check_sheet(dodi.sheet_code, {"jpm": "95,00", "M.6": "3"})
    assert not altered.matches
    assert {d[0] for d in altered.differences} == {"jpm", "M.6"} and "tersimpan 100,00" in altered.message
    assert not central.check_sheet("0000-0000-0000").matches
    assert "tidak sah" in central.check_sheet("12345").message


def test_random_codes_never_match(central, bundle):
    import random

    central.import_file(bundle)
    rng = random.Random(7)
    hits = sum(central.check_sheet(f"{rng.getrandbits(48):012X}").matches for _ in range(2000))
    assert hits == 0


def test_secure_bundles_import_once_and_plain_bags_are_refused(request, sealed_demo, tmp_path, central):
    from desktop.services.keys import write_demo_keys
    from desktop.services.secure_bundles import write_secure_bundle

    _, service, uuid = sealed_demo
    keys = write_demo_keys(tmp_path / "keys")
    secure = CentralService(central.store, actor="operator-bkd", identities=[keys.bkd])
    plain = export_bundle(service.document(uuid), tmp_path / "plain")
    refused = secure.import_file(plain)
    assert refused.outcome == "rejected" and "bukan bundel aman" in refused.message
    signed = write_secure_bundle(service.document(uuid), tmp_path / "stick", keys.centre, [keys.bkd.recipient],
                                 "pusat-contoh", 1)
    unknown = secure.import_file(signed)
    assert unknown.outcome == "rejected" and keys.centre.key_id in unknown.message  # not on the trust list yet
    secure.trust.add("UPT Contoh", keys.centre.public_key)
    first, second = secure.import_files([signed, signed])
    assert (first.outcome, second.outcome) == ("applied", "duplicate")
    assert len(secure.result_rows()) == 6


# -- secure bundles: idempotence, amendments, conflicts, replays, several sessions -------------------

CORRECTION = "BKD menemukan salah tetap level akhir M.3"


@pytest.fixture
def demo_keys(tmp_path):
    from desktop.services.keys import write_demo_keys

    return write_demo_keys(tmp_path / "keys")


@pytest.fixture
def secure(central, demo_keys) -> CentralService:
    """The same central database, importing secure bundles signed by the (trusted) demo centre key."""
    service = CentralService(central.store, actor="operator-bkd", identities=[demo_keys.bkd])
    service.trust.add("UPT Penilaian Kompetensi Contoh", demo_keys.centre.public_key)
    return service


def _export(documents, folder: Path, demo_keys, sequence: int, **metadata) -> Path:
    from desktop.services.files import write_atomic
    from desktop.services.secure_bundles import seal_documents

    meta, raw = seal_documents(documents, demo_keys.centre, [demo_keys.bkd.recipient], "upt-contoh", sequence,
                               **metadata)
    return write_atomic(folder / meta.file_name, raw)


def _rows(service) -> dict[str, int]:
    from desktop.storage.central_orm import CentralRevision, CentralSession, ImportedBundle, Person

    return {m.__tablename__: _count(service, m) for m in (CentralSession, CentralResult, CentralCompetency, Person,
                                                         CentralRevision, ImportedBundle)}


def _as_ketua(store) -> AssessmentService:
    """The centre's lead assessor, signed in (accounts with a cheap hash: this is not a password test)."""
    from argon2 import PasswordHasher

    from desktop.services.accounts import AccountService, CentreProfile, Role

    accounts = AccountService(store, PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    admin = accounts.first_run(CentreProfile("UPT Contoh", "Pemprov Contoh", "Kepala UPT"), "admin", "Admin",
                               "rahasia-123")
    accounts.create_user(admin, "ketua", "Ketua Asesor", Role.KETUA, "rahasia-456")
    accounts.create_user(admin, "asesor", "Asesor Biasa", Role.ASESOR, "rahasia-789")
    return AssessmentService(store, actor="ketua")


def _amend(service: AssessmentService, uuid: str, level: int = 3) -> None:
    """Reopen the sealed session, decide DODI's M.3 again, seal again: revision 2."""
    service.reopen_sealed(uuid, CORRECTION)
    service.set_final_level(uuid, DODI, "M.3", level, "koreksi setelah verifikasi BKD")
    service.seal(uuid)


def test_reopening_a_sealed_session_is_audited_and_for_the_ketua_or_administrator_only(sealed_demo):
    from desktop.domain.errors import SealedError, ValidationError
    from desktop.domain.model import SessionStatus
    from desktop.services.bundles import revision

    store, service, uuid = sealed_demo
    ketua = _as_ketua(store)
    first_seal = service.info(uuid).seal_hash
    for actor in ("asesor", "tester"):  # an assessor, and a name without an account
        with pytest.raises(ValidationError, match="hanya ketua asesor atau administrator"):
            AssessmentService(store, actor=actor).reopen_sealed(uuid, CORRECTION)
    with pytest.raises(ValidationError, match="alasan"):
        ketua.reopen_sealed(uuid, "  ")
    ketua.reopen_sealed(uuid, CORRECTION)
    info = service.info(uuid)
    assert info.status is SessionStatus.MEETING and info.seal_hash is None
    with pytest.raises(ValidationError, match="belum disegel"):
        ketua.reopen_sealed(uuid, CORRECTION)
    with pytest.raises(SealedError):  # back in the meeting: individual ratings stay locked
        service.set_rating(uuid, DODI, "INTRAY", "Drs. Bambang Sutrisno Fiktif, M.Psi.", "M.1", 3, "x")
    event = service.document(uuid)["audit"][-1]
    assert (event["action"], event["actor"], event["reason"]) == ("session.reopen", "ketua", CORRECTION)
    assert event["data"]["old"]["seal_hash"] == first_seal and event["data"]["new"]["role"] == "ketua"
    service.set_final_level(uuid, DODI, "M.3", 3, "koreksi")
    second_seal = service.seal(uuid)
    doc = service.document(uuid)
    service.verify(uuid)
    assert second_seal != first_seal and revision(doc) == 2
    assert [ev["action"] for ev in doc["audit"]].count("session.seal") == 2


def test_the_same_secure_bundle_again_changes_nothing_and_is_answered_before_decrypting(
        secure, sealed_demo, tmp_path, demo_keys, monkeypatch):
    _, service, uuid = sealed_demo
    bundle = _export(service.document(uuid), tmp_path / "stick", demo_keys, 1)
    first = secure.import_file(bundle)
    assert (first.outcome, first.sessions, first.results) == ("applied", 1, 6)
    before = _rows(secure)
    import desktop.services.central as central_module

    def no_decrypting(*_args, **_kw):
        raise AssertionError("a bundle already imported must not be opened again")

    monkeypatch.setattr(central_module, "open_secure_bundle", no_decrypting)
    again = secure.import_file(bundle)
    assert again.outcome == "duplicate" and again.message.startswith("sudah diimpor pada ")
    assert again.message.endswith("UTC: tidak ada yang diubah")
    assert _rows(secure) == before
    assert [row["outcome"] for row in secure.import_log()] == ["applied", "duplicate"]


def test_a_conflict_is_reported_field_by_field_and_never_overwrites(central, open_demo_template, tmp_path):
    first = _seal_copy(open_demo_template, tmp_path / "a")
    other = _seal_copy(open_demo_template, tmp_path / "b", lambda service, uuid: service.set_final_level(
        uuid, DODI, "M.3", 2, "keputusan berbeda di laptop lain"))
    assert central.import_file(first).outcome == "applied"
    before = _rows(central)
    outcome = central.import_file(other)
    assert outcome.outcome == "rejected" and "\n" not in outcome.message
    assert outcome.message.startswith("konflik: sesi '") and outcome.message.endswith("tidak ditimpa")
    found = {(c.nip, c.field): (c.stored, c.bundle) for c in outcome.conflicts}
    assert found[(DODI, "level akhir M.3")] == ("4", "2")
    assert found[(DODI, "JPM")] == ("100,00", "92,59") and (DODI, "kategori") not in found  # still O
    assert all(c.name == "Dodi Pratama Contoh" for c in outcome.conflicts if c.nip == DODI)
    assert "NIP 19791105 200501 1 902 Dodi Pratama Contoh, " in outcome.message
    assert _rows(central) == before
    assert next(r for r in central.result_rows() if r["nip"] == DODI)["competencies"]["M.3"] == 4


def test_an_amendment_is_applied_and_keeps_the_previous_revision(secure, sealed_demo, tmp_path, demo_keys):
    store, service, uuid = sealed_demo
    results_before = {r.nip: r for r in service.results(uuid)}
    assert secure.import_file(_export(service.document(uuid), tmp_path / "1", demo_keys, 1)).outcome == "applied"
    revision_1 = service.document(uuid)
    _amend(_as_ketua(store), uuid)
    outcome = secure.import_file(_export(service.document(uuid), tmp_path / "2", demo_keys, 2))
    assert (outcome.outcome, outcome.sessions, outcome.amended, outcome.results) == ("applied", 1, 1, 6)
    assert "1 amandemen" in outcome.message
    rows = secure.result_rows()
    assert len(rows) == 6 and {r["revision"] for r in rows} == {2}
    dodi = next(r for r in rows if r["nip"] == DODI)
    assert dodi["competencies"]["M.3"] == 3 and dodi["sheet_code"] == next(
        r for r in service.results(uuid) if r.nip == DODI).sheet_code
    history = secure.revisions(uuid)
    assert [(h["revision"], h["current"]) for h in history] == [(1, False), (2, True)]
    kept = next(r for r in history[0]["results"] if r["nip"] == DODI)
    assert kept["competencies"]["M.3"] == 4 and kept["sheet_code"] == results_before[DODI].sheet_code
    assert history[0]["seal_hash"] == revision_1["session"]["seal_hash"]
    # the paper sheet of revision 1 no longer checks; revision 2's does
    stale = secure.check_sheet(results_before[DODI].sheet_code)
    assert not stale.matches and "dari revisi 1 sesi" in stale.message and "digantikan oleh revisi 2" in stale.message
    assert secure.check_sheet(dodi["sheet_code"]).matches
    # BKD's track record shows the corrected values beside the ones first sealed
    from desktop.services.central_accounts import CentralAccounts
    from desktop.services.talent import TalentService

    admin = CentralAccounts(secure.store).first_run("admin", "Admin BKD", "rahasia-bkd-1")
    (latest,) = TalentService(secure.store, admin).track_record(DODI).assessments
    m3 = latest.level("M.3")
    assert (latest.revision, m3.achieved, m3.original) == (2, 3, 4)
    assert latest.original_jpm == pytest.approx(results_before[DODI].jpm) and latest.jpm != latest.original_jpm
    assert all(c.original is None for c in latest.competencies if c.code != "M.3")
    counts = _rows(secure)
    assert counts["central_session"] == 1 and counts["central_revision"] == 1 and counts["central_result"] == 6

    # revision 1 again, in a new bundle: an older revision after a newer one is a rollback
    old = secure.import_file(_export(revision_1, tmp_path / "3", demo_keys, 3))
    assert old.outcome == "rejected"
    assert f"revisi 1 (segel {revision_1['session']['seal_hash'][:12]}) lebih lama daripada revisi 2" in old.message
    assert _rows(secure) == counts


def test_an_older_revision_never_imported_is_still_a_rollback(secure, sealed_demo, tmp_path, demo_keys):
    store, service, uuid = sealed_demo
    revision_1 = service.document(uuid)
    _amend(_as_ketua(store), uuid)
    assert secure.import_file(_export(service.document(uuid), tmp_path / "2", demo_keys, 2)).outcome == "applied"
    old = secure.import_file(_export(revision_1, tmp_path / "1", demo_keys, 1))
    assert old.outcome == "rejected" and "lebih lama daripada revisi 2" in old.message
    assert next(r for r in secure.result_rows() if r["nip"] == DODI)["competencies"]["M.3"] == 3


def test_a_chain_extended_past_the_seal_without_a_recorded_reopening_is_refused(secure, sealed_demo, tmp_path,
                                                                                 demo_keys):
    """A forged revision (a changed final level and a new seal appended with the real hash function):
    without a reopening with a reason it is not an amendment."""
    from desktop.domain.chain import event_hash
    from desktop.services.document import content_digest

    _, service, uuid = sealed_demo
    doc = service.document(uuid)
    assert secure.import_file(_export(doc, tmp_path / "1", demo_keys, 1)).outcome == "applied"
    final = next(f for f in doc["final_levels"] if f["competency"] == "M.3" and f["level"] == 4)
    final["level"] = 3
    for action, entity, entity_uuid, new in (("final.set", "final_level", final["uuid"], {"level": 3}),
                                             ("session.seal", "session", uuid,
                                              {"status": "sealed", "content_sha256": content_digest(doc)})):
        last = doc["audit"][-1]
        event = {**last, "seq": last["seq"] + 1, "uuid": f"{last['seq'] + 1:08d}-0000-4000-8000-000000000000",
                 "action": action, "entity": entity, "entity_uuid": entity_uuid, "data": {"old": None, "new": new},
                 "reason": "", "prev_hash": last["hash"]}
        event["hash"] = event_hash(last["hash"], event)
        doc["audit"].append(event)
    doc["session"]["seal_hash"] = doc["audit"][-1]["hash"]
    outcome = secure.import_file(_export(doc, tmp_path / "2", demo_keys, 2))
    assert outcome.outcome == "rejected" and "tanpa pembukaan segel yang tercatat dengan alasan" in outcome.message


def test_bundle_ids_and_sequence_numbers_cannot_be_replayed(secure, sealed_demo, tmp_path, demo_keys, monkeypatch):
    from tests.services.test_central_races import derive

    _, service, uuid = sealed_demo
    doc = service.document(uuid)
    other = derive(doc, 1)
    bundle_id = "5d7c2f1e-8b9a-4c3d-9e2f-1a0b9c8d7e6f"
    first = _export(doc, tmp_path / "1", demo_keys, 1, bundle_id=bundle_id)
    assert secure.import_file(first).outcome == "applied"
    counts = _rows(secure)
    # the same bundle id with other content (and another sequence number)
    reused = secure.import_file(_export(other, tmp_path / "2", demo_keys, 2, bundle_id=bundle_id))
    assert reused.outcome == "rejected"
    assert f"id bundel {bundle_id} sudah dipakai oleh bundel yang diimpor pada" in reused.message
    # another bundle with the same sequence number of the same key: refused before decrypting
    import desktop.services.secure_bundles as sb

    decrypt = sb.pyrage.decrypt
    monkeypatch.setattr(sb.pyrage, "decrypt", lambda *_a: (_ for _ in ()).throw(AssertionError("decrypted")))
    again = secure.import_file(_export(other, tmp_path / "3", demo_keys, 1))
    assert again.outcome == "rejected"
    assert f"nomor urut 1 kunci {demo_keys.centre.key_id} sudah dipakai oleh bundel {bundle_id}" in again.message
    monkeypatch.setattr(sb.pyrage, "decrypt", decrypt)
    assert _rows(secure) == counts
    # the very same bag, encrypted again under the same bundle.json: nothing new, nothing refused
    import zipfile

    with zipfile.ZipFile(first) as zf:
        meta = sb.read_metadata(first.read_bytes())
        bag = demo_keys.bkd.decrypt(zf.read("payload.age"))
    same = tmp_path / "4" / first.name
    same.parent.mkdir()
    same.write_bytes(sb.seal_bag(bag, meta, demo_keys.centre, [demo_keys.bkd.recipient]))
    assert same.read_bytes() != first.read_bytes()
    repeated = secure.import_file(same)
    assert repeated.outcome == "duplicate" and "isi sama" in repeated.message
    assert _rows(secure) == counts
    # and a fresh bundle (new id, new sequence number) of the new session is applied
    assert secure.import_file(_export(other, tmp_path / "5", demo_keys, 2)).outcome == "applied"


def test_a_multi_session_bundle_is_applied_all_or_nothing(secure, open_demo_template, sealed_demo, tmp_path,
                                                          demo_keys):
    from tests.services.test_central_races import SessionDeriver

    _, service, uuid = sealed_demo
    doc = service.document(uuid)
    deriver = SessionDeriver(doc)
    three = [deriver.derive(i) for i in (1, 2, 3)]
    applied = secure.import_file(_export(three, tmp_path / "1", demo_keys, 1))
    assert (applied.outcome, applied.sessions, applied.results) == ("applied", 3, 18)
    assert "3 sesi baru" in applied.message
    counts = _rows(secure)
    # a bundle holding a new session and a conflicting copy of one already held: none of it is applied
    conflicting = json.loads(json.dumps(three[0]))
    conflicting["session"]["title"] = "judul lain"
    conflicting["audit"][0]["data"]["new"]["title"] = "judul lain"
    from tests.services.test_central_races import rechain

    rechain(conflicting)
    mixed = secure.import_file(_export([deriver.derive(4), conflicting], tmp_path / "2", demo_keys, 2))
    assert mixed.outcome == "rejected" and "tidak ada sesi dari bundel ini yang diimpor" in mixed.message
    assert [(c.field, c.stored, c.bundle) for c in mixed.conflicts][0] == (
        "judul sesi", three[0]["session"]["title"], "judul lain")
    assert _rows(secure) == counts
    # the same sessions re-exported in a new bundle: nothing changes; the file is remembered as seen
    again = _export(three[:2], tmp_path / "3", demo_keys, 3)
    outcome = secure.import_file(again)
    assert (outcome.outcome, outcome.unchanged) == ("duplicate", 2) and "2 sesi sudah diimpor" in outcome.message
    assert secure.import_file(again).message.startswith("sudah diimpor pada")
    # one new session beside two held ones
    outcome = secure.import_file(_export([*three[1:], deriver.derive(5)], tmp_path / "4", demo_keys, 4))
    assert (outcome.outcome, outcome.sessions, outcome.unchanged) == ("applied", 1, 2)


def test_a_central_database_of_version_3_is_brought_up_to_the_import_semantics(tmp_path):
    """The v1 fixture (an imported session) through every step: its row gets the facts an import now
    records, and the same session arriving again is recognised as unchanged."""
    from desktop.services.bundles import content_sha256, revision
    from desktop.storage.central_orm import CentralSession, ImportedBundle

    path = tmp_path / "central.sqlite"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "db" / "central-v1.sqlite", path)
    store = open_central_store(path)
    try:
        service = CentralService(store, actor="operator-bkd", allow_plain=True)
        with store.transaction() as db:
            row = db.scalar(select(CentralSession))
            doc = row.document
            assert row.content_sha256 == content_sha256(doc) and row.revision == revision(doc) == 1
            assert (row.chain_head, row.chain_length) == (doc["audit"][-1]["hash"], len(doc["audit"]))
            assert db.scalar(select(ImportedBundle.bundle_sha256)) == row.bundle_sha256
        outcome = service.import_file(export_bundle(doc, tmp_path / "again"))
        assert outcome.outcome == "duplicate" and outcome.unchanged == 1
    finally:
        store.close()


def test_the_command_line_exports_several_sessions_in_one_bundle_and_imports_it(sealed_demo, open_demo_template,
                                                                               tmp_path, monkeypatch, capsys):
    """`asesmen export` without --session: every sealed session, one bundle; `asesmen import` applies it
    once and lists a conflict field by field."""
    from desktop import cli
    from desktop.services.demo import finish_by_consensus, load_demo

    store, service, uuid = sealed_demo
    second = load_demo(service)
    finish_by_consensus(service, second)
    store.close()
    monkeypatch.setenv("ASESMEN_CENTRE_PASSWORD", "sandi-pusat-123")
    monkeypatch.setenv("ASESMEN_BKD_PASSWORD", "sandi-bkd-456")
    keys_dir, bkd_dir = tmp_path / "kunci", tmp_path / "bkd"
    assert cli.main(["keys", "centre", "--out", str(keys_dir)]) == 0
    assert cli.main(["keys", "bkd", "--out", str(bkd_dir)]) == 0
    shutil.copy(bkd_dir / "bkd.age.pub", keys_dir / "bkd.age.pub")
    central = str(tmp_path / "pusat.sqlite")
    assert cli.main(["trust", "add", "--central", central, "--centre", "UPT Contoh", str(keys_dir / "centre.pub")]) == 0
    capsys.readouterr()
    centre_store = str(tmp_path / "centre.sqlite")
    assert cli.main(["--store", centre_store, "export", "--out", str(tmp_path / "stick"), "--keys", str(keys_dir)]) == 0
    out = capsys.readouterr().out
    (bundle,) = (tmp_path / "stick").glob("*.bundle.zip")
    assert "2 sesi dalam bundel" in out and str(bundle) in out
    identity = str(bkd_dir / "bkd-age.key")
    assert cli.main(["import", "--central", central, "--identity", identity, str(bundle), str(bundle)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"{bundle.name}: applied - diimpor: 2 sesi baru; 12 hasil"
    assert lines[1].startswith(f"{bundle.name}: duplicate - sudah diimpor pada ")
    assert cli.main(["--store", centre_store, "export", "--out", str(tmp_path / "x"), "--keys", str(keys_dir),
                     "--session"]) == 2
    capsys.readouterr()
    assert cli.main(["--store", centre_store, "export", "--out", str(tmp_path / "one"), "--keys", str(keys_dir),
                     "--session", uuid]) == 0
    assert "1 sesi dalam bundel" in capsys.readouterr().out
    (one,) = (tmp_path / "one").glob("*.bundle.zip")
    assert cli.main(["import", "--central", central, "--identity", identity, str(one)]) == 0
    assert "duplicate" in capsys.readouterr().out
    assert cli.main(["--store", centre_store, "export", "--out", str(tmp_path / "none"), "--keys", str(keys_dir),
                     "--session", "00000000-0000-4000-8000-000000000000"]) == 1
    assert "tidak ditemukan" in capsys.readouterr().err
    capsys.readouterr()
    # one session sealed differently on two laptops: the second is a conflict, listed field by field
    laptops = []
    for name, change in (("a", None), ("b", lambda service, uuid: service.set_final_level(
            uuid, DODI, "M.3", 2, "keputusan berbeda di laptop lain"))):
        store_path = _seal_copy(open_demo_template, tmp_path / name, change).parents[1] / "centre.sqlite"
        assert cli.main(["--store", str(store_path), "export", "--out", str(tmp_path / name / "usb"), "--keys",
                         str(keys_dir)]) == 0
        laptops += list((tmp_path / name / "usb").glob("*.bundle.zip"))
    capsys.readouterr()
    assert cli.main(["import", "--central", central, "--identity", identity, *map(str, laptops)]) == 3
    lines = capsys.readouterr().out.splitlines()
    assert "applied" in lines[0] and lines[1].startswith(f"{laptops[1].name}: rejected - konflik: sesi '")
    assert "  NIP 19791105 200501 1 902 Dodi Pratama Contoh, level akhir M.3: tersimpan 4, bundel 2" in lines[2:]
