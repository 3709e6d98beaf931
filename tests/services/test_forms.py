import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.model import FormStatus
from desktop.services.accounts import AccountService, CentreProfile, Role

DODI = "197911052005011902"
RATNA = "Ratna Dewi Contoh, S.Psi., M.M."  # observes Dodi in In-tray and CBI


def test_a_form_lists_only_the_competencies_the_matrix_marks(open_demo):
    _, service, uuid = open_demo
    form = service.form(uuid, DODI, "LGD", "Agus Salim Sampel, S.Sos., M.Si.")
    assert [i.code for i in form.items] == ["M.2", "M.3", "M.7", "M.8", "SK.1"]
    assert form.status is FormStatus.DRAFT and form.rated == 5
    assert all(len(i.levels) == 5 and i.levels[0].indicators for i in form.items)
    komunikasi = next(i for i in form.items if i.code == "M.3")
    assert komunikasi.level == 4 and "level 4" in komunikasi.evidence


def test_submitting_needs_every_level_and_evidence_then_locks_the_form(open_demo):
    _, service, uuid = open_demo
    service.set_rating(uuid, DODI, "CBI", RATNA, "M.1", 3, "")
    with pytest.raises(ValidationError, match="Integritas"):
        service.submit_form(uuid, DODI, "CBI", RATNA)
    service.set_rating(uuid, DODI, "CBI", RATNA, "M.1", 3, "menolak gratifikasi dalam contoh kasus")
    service.submit_form(uuid, DODI, "CBI", RATNA)
    assert service.form(uuid, DODI, "CBI", RATNA).status is FormStatus.SUBMITTED
    with pytest.raises(ValidationError, match="sudah dikirim"):
        service.set_rating(uuid, DODI, "CBI", RATNA, "M.1", 4, "diubah")
    assert service.document(uuid)["audit"][-1]["action"] == "form.submit"


def test_progress_board_shows_missing_draft_and_submitted_forms(tmp_path):
    from desktop.services.assessment import AssesseeInput, AssessmentService
    from desktop.services.stores import open_centre_store

    store = open_centre_store(tmp_path / "c.sqlite")
    service = AssessmentService(store, actor="admin")
    uuid = service.create_session("Sesi kecil", "pengisian_jabatan")
    service.add_position(uuid, "Sekretaris Dinas", {"M.1": 3, "M.3": 3})
    for code in ("INTRAY", "CBI"):
        service.add_simulation(uuid, code)
    service.set_matrix(uuid, {"M.1": ["INTRAY", "CBI"], "M.3": ["INTRAY", "CBI"]})
    service.add_assessor(uuid, "Asesor A")
    service.add_assessor(uuid, "Asesor B")
    service.add_assessee(uuid, AssesseeInput(DODI, "Dodi Pratama Contoh", "Sekretaris Dinas"))
    service.assign(uuid, DODI, "INTRAY", "Asesor A")
    service.assign(uuid, DODI, "CBI", "Asesor B")
    service.set_rating(uuid, DODI, "INTRAY", "Asesor A", "M.1", 3, "bukti")
    board = {(f.simulation_code, f.assessor_name): f for f in service.progress_board(uuid)}
    assert board["INTRAY", "Asesor A"].status is FormStatus.DRAFT
    assert (board["INTRAY", "Asesor A"].rated, board["INTRAY", "Asesor A"].total) == (1, 2)
    assert board["CBI", "Asesor B"].status is FormStatus.MISSING
    service.set_rating(uuid, DODI, "CBI", "Asesor B", "M.1", 3, "bukti")
    service.set_rating(uuid, DODI, "CBI", "Asesor B", "M.3", 2, "bukti")
    service.submit_form(uuid, DODI, "CBI", "Asesor B")
    mine = service.progress_board(uuid, "Asesor B")
    assert [(f.simulation_code, f.status) for f in mine] == [("CBI", FormStatus.SUBMITTED)]
    store.close()


def test_ratings_are_attributed_to_the_logged_in_users_assessor(open_demo):
    store, service, uuid = open_demo
    accounts = AccountService(store)
    admin = accounts.first_run(CentreProfile("UPT", "BKD", "Kepala"), "admin", "Admin", "rahasia-123")
    accounts.create_user(admin, "wati", "Wati Asesor", Role.ASESOR, "rahasia-456")
    service.add_assessor(uuid, "Wati Asesor, M.Psi.", username="wati")
    assert service.assessor_for_user(uuid, "wati") == "Wati Asesor, M.Psi."
    assert service.assessor_for_user(uuid, "admin") is None
