import sqlite3

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import IntegrityError, NotFoundError, SealedError, ValidationError
from desktop.domain.model import SessionStatus
from desktop.services.assessment import AssesseeInput
from desktop.services.demo import submit_all_and_open_meeting
from desktop.storage import orm

DODI = "197911052005011902"
RATNA = "Ratna Dewi Contoh, S.Psi., M.M."  # observes Dodi in In-tray and CBI


def _count(store, model) -> int:
    with store.transaction() as db:
        return db.scalar(select(func.count()).select_from(model))


def test_sample_session_results_match_the_worked_example(sealed_demo):
    _, service, uuid = sealed_demo
    results = {r.nip: r for r in service.results(uuid)}
    assert len(results) == 6
    dodi = results[DODI]
    assert [c.achieved for c in dodi.competencies] == [3, 3, 4, 3, 3, 2, 3, 3, 3]
    assert (dodi.total_achieved, dodi.total_standard, dodi.jpm) == (27, 27, 100.0)
    assert (dodi.category_code, dodi.category_label) == ("O", "Optimal")
    assert dodi.development_areas == ("Pengembangan Diri dan Orang Lain",)
    komunikasi = next(c for c in dodi.competencies if c.code == "M.3")
    assert sorted(lv for _, lv in komunikasi.ratings) == [3, 4, 4, 4] and komunikasi.proposed == 4
    assert {r.category_code for r in results.values()} <= {"O", "CO", "KO"}


def test_every_change_is_an_audit_event_with_old_and_new(open_demo):
    store, service, uuid = open_demo
    before = _count(store, orm.AuditEvent)
    service.set_rating(uuid, DODI, "CBI", RATNA, "M.1", 4, "memimpin rapat etika")
    doc = service.document(uuid)
    last = doc["audit"][-1]
    assert _count(store, orm.AuditEvent) == before + 1
    assert last["action"] == "rating.set" and last["actor"] == "tester"
    assert last["data"]["old"]["level"] == 3 and last["data"]["new"]["level"] == 4
    service.verify(uuid)


def test_sealed_session_refuses_changes_and_writes_nothing(sealed_demo):
    store, service, uuid = sealed_demo
    before = (_count(store, orm.AuditEvent), _count(store, orm.Rating))
    with pytest.raises(SealedError, match="disegel"):
        service.set_rating(uuid, DODI, "CBI", RATNA, "M.1", 5)
    with pytest.raises(SealedError):
        service.add_assessor(uuid, "Asesor Baru")
    assert (_count(store, orm.AuditEvent), _count(store, orm.Rating)) == before
    assert service.info(uuid).status is SessionStatus.SEALED


def test_seal_is_the_head_of_the_audit_chain(sealed_demo):
    _, service, uuid = sealed_demo
    info = service.info(uuid)
    doc = service.document(uuid)
    assert info.seal_hash == doc["audit"][-1]["hash"]
    assert len(info.seal_code) == 14 and info.valid_until.startswith(str(int(info.sealed_at[:4]) + 3))


def test_a_rating_edited_outside_the_app_is_detected(sealed_demo):
    store, service, uuid = sealed_demo
    path = store.engine.url.database
    con = sqlite3.connect(path)
    con.execute("UPDATE rating SET level = 5 WHERE id = 7")
    con.commit()
    con.close()
    with pytest.raises(IntegrityError, match="tidak sesuai dengan log audit"):
        service.verify(uuid)


@pytest.mark.parametrize("edit", [
    "UPDATE position_standard SET level = 1 WHERE id = 1",  # a lower standard: a higher JPM
    "UPDATE assessee SET nip = '198203142006042999' WHERE id = 1",
    "UPDATE assessment_session SET pinned_rules = json_set(pinned_rules, "
    "'$.rules.category_schemes.pemetaan[0].min_jpm', 10)",  # a friendlier category threshold
])
def test_content_changed_after_sealing_outside_the_app_is_detected(sealed_demo, edit):
    """What no single audit event explains (standards, identities, the pinned rules) is covered by the
    digest the seal event carries."""
    store, service, uuid = sealed_demo
    service.verify(uuid)
    con = sqlite3.connect(store.engine.url.database)
    assert con.execute(edit).rowcount == 1
    con.commit()
    con.close()
    with pytest.raises(IntegrityError, match="isi sesi tidak sesuai dengan segelnya"):
        service.verify(uuid)


def test_the_seal_refuses_when_the_session_changed_while_it_was_checked(open_demo, monkeypatch):
    from desktop.services import assessment
    from desktop.services.assessment import AssessmentService

    store, service, uuid = open_demo
    submit_all_and_open_meeting(service, uuid)
    service.integrate(uuid)
    other = AssessmentService(store, actor="ketua-lain")  # another window on the same store
    final = service.document(uuid)["final_levels"][0]
    nip = next(a["nip"] for a in service.document(uuid)["assessees"] if a["uuid"] == final["assessee"])
    check = assessment.docs.verify_document

    def check_while_another_decides(doc):
        check(doc)
        other.set_final_level(uuid, nip, final["competency"], final["level"] % 5 + 1, "dibahas ulang")

    monkeypatch.setattr(assessment.docs, "verify_document", check_while_another_decides)
    with pytest.raises(ValidationError, match="sesi berubah saat disegel"):
        service.seal(uuid)
    monkeypatch.undo()
    assert service.info(uuid).status is SessionStatus.MEETING
    service.seal(uuid)
    service.verify(uuid)


def test_invalid_input_is_refused_with_a_reason_and_nothing_is_half_written(open_demo):
    store, service, uuid = open_demo
    before = (_count(store, orm.AuditEvent), _count(store, orm.Assessee))
    cases = [
        (lambda: service.add_assessee(uuid, AssesseeInput("198202302006042901", "X", "Sekretaris Dinas")),
         ValidationError, "tanggal lahir"),
        (lambda: service.add_assessee(uuid, AssesseeInput("198203142006042901", "Dup", "Sekretaris Dinas")),
         ValidationError, "sudah terdaftar"),
        (lambda: service.add_assessee(uuid, AssesseeInput("199105172015031907", "Y", "Jabatan Tak Ada")),
         NotFoundError, "jabatan sasaran"),
        (lambda: service.add_assessee(uuid, AssesseeInput("199105172015031907", "Y", "Sekretaris Dinas",
                                                          golongan="III/z")), ValidationError, "golongan"),
        (lambda: service.set_rating(uuid, DODI, "LGD", "Drs. Bambang Sutrisno Fiktif, M.Psi.", "M.1", 3),
         ValidationError, "tidak diukur"),
        (lambda: service.set_rating(uuid, DODI, "CBI", RATNA, "M.1", 7),
         ValidationError, "di luar skala"),
        (lambda: service.set_rating(uuid, DODI, "INTRAY", "Agus Salim Sampel, S.Sos., M.Si.", "M.1", 3),
         ValidationError, "tidak ditugaskan"),
        (lambda: service.create_session("", "pemetaan"), ValidationError, "judul"),
        (lambda: service.create_session("S", "promosi"), ValidationError, "tujuan"),
    ]
    for call, error, fragment in cases:
        with pytest.raises(error, match=fragment):
            call()
    assert (_count(store, orm.AuditEvent), _count(store, orm.Assessee)) == before


def test_final_level_against_the_proposal_needs_a_reason(open_demo):
    _, service, uuid = open_demo
    submit_all_and_open_meeting(service, uuid)
    service.integrate(uuid)
    with pytest.raises(ValidationError, match="alasan wajib"):
        service.set_final_level(uuid, DODI, "M.3", 3)
    service.set_final_level(uuid, DODI, "M.3", 3, "bukti LGD lemah setelah diskusi")
    dodi = next(r for r in service.results(uuid) if r.nip == DODI)
    assert dodi.total_achieved == 26
    assert service.document(uuid)["audit"][-1]["reason"] == "bukti LGD lemah setelah diskusi"


def test_sealing_needs_the_meeting_and_every_final_level(open_demo):
    _, service, uuid = open_demo
    with pytest.raises(ValidationError, match="belum dibuka"):
        service.seal(uuid)
    submit_all_and_open_meeting(service, uuid)
    with pytest.raises(ValidationError, match="belum ada level akhir"):
        service.seal(uuid)
    assert service.info(uuid).status is SessionStatus.MEETING


def test_the_matrix_can_be_replaced(open_demo):
    _, service, uuid = open_demo
    doc = service.document(uuid)
    matrix = dict(doc["matrix"])
    matrix["SK.1"] = ["LGD", "PRESENTASI", "CBI"]
    service.set_matrix(uuid, matrix)
    assert service.document(uuid)["matrix"]["SK.1"] == ["LGD", "PRESENTASI", "CBI"]
    service.verify(uuid)


def test_the_print_register_records_each_copy_without_breaking_the_seal(sealed_demo, tmp_path):
    from desktop.services.bundles import content_sha256, export_bundle, read_bundle

    _, service, uuid = sealed_demo
    before = content_sha256(service.document(uuid))
    assert service.record_print(uuid, DODI) == 1
    assert service.record_print(uuid, DODI, copies=2, printer="Kantor-1") == 2
    assert service.record_print(uuid, "198203142006042901") == 1
    register = service.print_register(uuid)
    assert [(r["name"], r["first_copy"], r["copies"]) for r in register] == [
        ("Dodi Pratama Contoh", 1, 1), ("Dodi Pratama Contoh", 2, 2), ("Rina Lestari Fiktif", 1, 1)]
    assert register[0]["actor"] == "tester" and register[0]["status"] == "sealed"
    service.verify(uuid)  # prints follow the seal; they change nothing
    assert content_sha256(service.document(uuid)) == before  # the same session for BKD
    assert read_bundle(export_bundle(service.document(uuid), tmp_path)).document["audit"][-1]["action"] == "sheet.print"
