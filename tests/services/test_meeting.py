import pytest

from desktop.domain.errors import SealedError, ValidationError
from desktop.domain.model import SessionStatus
from desktop.services.assessment import AssesseeInput, AssessmentService
from desktop.services.demo import finish_by_consensus, submit_all_and_open_meeting
from desktop.services.meeting import agenda, interrater, meeting_view, meeting_views
from desktop.services.stores import open_centre_store

DODI = "197911052005011902"
RATNA = "Ratna Dewi Contoh, S.Psi., M.M."  # In-tray and CBI for Dodi
AGUS = "Agus Salim Sampel, S.Sos., M.Si."  # LGD for Dodi
BAMBANG = "Drs. Bambang Sutrisno Fiktif, M.Psi."  # Presentasi for Dodi


@pytest.fixture
def meeting(open_demo):
    store, service, uuid = open_demo
    submit_all_and_open_meeting(service, uuid)
    return store, service, uuid


def test_the_meeting_opens_only_when_every_form_is_submitted(open_demo):
    _, service, uuid = open_demo
    with pytest.raises(ValidationError, match="24 formulir belum dikirim"):
        service.open_meeting(uuid)
    submit_all_and_open_meeting(service, uuid)
    assert service.info(uuid).status is SessionStatus.MEETING
    assert service.document(uuid)["audit"][-1]["action"] == "meeting.open"


def test_opening_seals_the_individual_ratings(meeting):
    _, service, uuid = meeting
    with pytest.raises(SealedError, match="amandemen"):
        service.set_rating(uuid, DODI, "CBI", RATNA, "M.1", 5, "ubah diam-diam")
    with pytest.raises(SealedError):
        service.add_assessor(uuid, "Asesor Baru")
    assert meeting_view(service, uuid, DODI).rows[0].ratings[0].level == 3


def test_an_amendment_needs_a_reason_and_keeps_old_and_new(meeting):
    _, service, uuid = meeting
    with pytest.raises(ValidationError, match="alasan"):
        service.amend_rating(uuid, DODI, "LGD", AGUS, "M.3", 2, "bukti", " ")
    service.amend_rating(uuid, DODI, "LGD", AGUS, "M.3", 2, "hanya sekali berbicara dalam diskusi",
                         "salah ketik pada formulir kertas")
    event = service.document(uuid)["audit"][-1]
    assert event["action"] == "rating.amend" and event["reason"] == "salah ketik pada formulir kertas"
    assert (event["data"]["old"]["level"], event["data"]["new"]["level"]) == (4, 2)
    service.verify(uuid)
    row = next(r for r in meeting_view(service, uuid, DODI).rows if r.code == "M.3")
    assert sorted(c.level for c in row.ratings) == [2, 3, 4, 4]


def test_the_grid_shows_who_rated_what_the_proposal_and_the_flags(meeting):
    _, service, uuid = meeting
    view = meeting_view(service, uuid, DODI)
    komunikasi = next(r for r in view.rows if r.code == "M.3")
    assert [(c.simulation_code, c.assessor, c.level) for c in komunikasi.ratings] == [
        ("INTRAY", RATNA, 3), ("LGD", AGUS, 4), ("PRESENTASI", BAMBANG, 4), ("CBI", RATNA, 4)]
    assert komunikasi.proposed == 4 and komunikasi.sufficient and komunikasi.divergence == ""
    assert set(view.panel) == {RATNA, AGUS, BAMBANG}
    before = next(i for i in agenda(meeting_views(service, uuid)) if i.nip == DODI).divergent
    service.amend_rating(uuid, DODI, "LGD", AGUS, "M.3", 1, "pasif", "koreksi setelah diskusi")
    flagged = next(r for r in meeting_view(service, uuid, DODI).rows if r.code == "M.3")
    assert "selisih 3 level" in flagged.divergence
    service.amend_rating(uuid, DODI, "LGD", AGUS, "M.3", 2, "pasif", "koreksi")
    service.amend_rating(uuid, DODI, "PRESENTASI", BAMBANG, "M.3", 4, "jelas", "tetap")
    both_sides = next(r for r in meeting_view(service, uuid, DODI).rows if r.code == "M.3")
    assert "di bawah dan di atas standar" in both_sides.divergence  # 2 and 4 around a standard of 3
    items = agenda(meeting_views(service, uuid))
    assert next(i for i in items if i.nip == DODI).divergent == before + 1
    assert [i.divergent + i.insufficient for i in items] == sorted(
        (i.divergent + i.insufficient for i in items), reverse=True)  # most to discuss first


def test_a_final_level_records_reason_and_who_agreed(meeting):
    _, service, uuid = meeting
    with pytest.raises(ValidationError, match="alasan wajib"):
        service.set_final_level(uuid, DODI, "M.3", 3, agreed_by=[RATNA])
    with pytest.raises(ValidationError, match="bukan asesor"):
        service.set_final_level(uuid, DODI, "M.3", 4, agreed_by=["Orang Lain"])
    service.set_final_level(uuid, DODI, "M.3", 3, "bukti tertulis lebih lemah", agreed_by=[RATNA, AGUS, BAMBANG])
    row = next(r for r in meeting_view(service, uuid, DODI).rows if r.code == "M.3")
    assert (row.final, row.reason, set(row.agreed_by)) == (3, "bukti tertulis lebih lemah", {RATNA, AGUS, BAMBANG})


def test_closing_the_meeting_seals_and_refuses_later_changes(open_demo):
    _, service, uuid = open_demo
    seal = finish_by_consensus(service, uuid)
    info = service.info(uuid)
    assert info.status is SessionStatus.SEALED and info.seal_hash == seal
    assert service.document(uuid)["audit"][-1]["hash"] == seal
    for change in (lambda: service.amend_rating(uuid, DODI, "CBI", RATNA, "M.1", 5, "x", "alasan"),
                   lambda: service.set_final_level(uuid, DODI, "M.1", 4, "alasan")):
        with pytest.raises(SealedError):
            change()
    dodi = next(r for r in service.results(uuid) if r.nip == DODI)
    assert dodi.placement_advice and dodi.potential_band == "tinggi"
    assert dodi.valid_until == info.valid_until


def test_a_competency_with_evidence_from_one_simulation_cannot_be_finalised(tmp_path):
    store = open_centre_store(tmp_path / "c.sqlite")
    service = AssessmentService(store, actor="ketua")
    uuid = service.create_session("Bukti tipis", "pengisian_jabatan")
    service.add_position(uuid, "Sekretaris Dinas", {"M.1": 3, "M.3": 3})
    for code in ("INTRAY", "CBI"):
        service.add_simulation(uuid, code)
    service.set_matrix(uuid, {"M.1": ["CBI"], "M.3": ["INTRAY", "CBI"]})  # M.1: one simulation only
    service.add_assessor(uuid, "Asesor A")
    service.add_assessee(uuid, AssesseeInput(DODI, "Dodi Pratama Contoh", "Sekretaris Dinas"))
    service.assign(uuid, DODI, "INTRAY", "Asesor A")
    service.assign(uuid, DODI, "CBI", "Asesor A")
    for sim, code, level in (("INTRAY", "M.3", 3), ("CBI", "M.1", 4), ("CBI", "M.3", 3)):
        service.set_rating(uuid, DODI, sim, "Asesor A", code, level, "bukti")
    service.submit_form(uuid, DODI, "INTRAY", "Asesor A")
    service.submit_form(uuid, DODI, "CBI", "Asesor A")
    service.open_meeting(uuid)
    assert service.integrate(uuid) == 1  # M.3 only
    view = meeting_view(service, uuid, DODI)
    assert [(r.code, r.sufficient) for r in view.rows] == [("M.1", False), ("M.3", True)]
    with pytest.raises(ValidationError, match="sedikitnya 2 simulasi"):
        service.set_final_level(uuid, DODI, "M.1", 4, "cukup jelas")
    with pytest.raises(ValidationError, match="belum ada level akhir"):
        service.seal(uuid)
    store.close()


def test_inter_rater_agreement_and_leniency_from_the_sample(meeting):
    _, service, uuid = meeting
    stats = interrater(service, uuid)
    assert [c.code for c in stats.competencies] == ["M.1", "M.2", "M.3", "M.4", "M.5", "M.6", "M.7", "M.8", "SK.1"]
    assert all(c.assessees == 6 for c in stats.competencies)
    assert stats.overall_alpha is not None and -1 <= stats.overall_alpha <= 1
    assert {x.assessor for x in stats.assessors} == {RATNA, AGUS, BAMBANG}
    for view in meeting_views(service, uuid):  # make Agus visibly lenient: +2 on everything he rated
        nip = view.nip
        for row in view.rows:
            for c in row.ratings:
                if c.assessor == AGUS:
                    service.amend_rating(uuid, nip, c.simulation_code, AGUS, row.code, min(5, c.level + 2),
                                         "uji", "uji kemurahan")
    lenient = interrater(service, uuid).assessors[0]
    assert lenient.assessor == AGUS and lenient.mean_deviation > 0.5


def test_the_meeting_can_go_back_to_rating_with_a_reason(meeting):
    _, service, uuid = meeting
    with pytest.raises(ValidationError, match="alasan"):
        service.reopen_rating(uuid, "")
    service.reopen_rating(uuid, "Perekat Bangsa perlu simulasi tambahan")
    assert service.info(uuid).status is SessionStatus.DRAFT
    event = service.document(uuid)["audit"][-1]
    assert event["action"] == "meeting.reopen" and event["reason"] == "Perekat Bangsa perlu simulasi tambahan"
    service.add_simulation(uuid, "ROLEPLAY")  # setup is open again
    service.open_meeting(uuid)  # every form is still submitted
    assert service.info(uuid).status is SessionStatus.MEETING
