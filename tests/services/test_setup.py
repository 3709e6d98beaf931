"""Setup operations beyond AssessmentService, on real SQLite stores: each one audited, each refused when sealed."""

from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.errors import NotFoundError, SealedError, ValidationError
from desktop.domain.model import Purpose
from desktop.services import setup
from desktop.services.assessment import AssesseeInput, AssessmentService
from desktop.services.stores import open_centre_store
from desktop.storage import orm

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
ALL9 = ("M.1", "M.2", "M.3", "M.4", "M.5", "M.6", "M.7", "M.8", "SK.1")
RINA, DODI = "198203142006042901", "197911052005011902"
RATNA = "Ratna Dewi Contoh, S.Psi., M.M."


@pytest.fixture
def fresh(tmp_path):
    """A session being set up: two positions, three simulations, two assessors, two assessees, no rating."""
    store = open_centre_store(tmp_path / "c.sqlite")
    service = AssessmentService(store, actor="admin")
    uuid = service.create_session("Seleksi Terbuka 2026", "pengisian_jabatan", venue="Aula BKD",
                                  start_date="2026-03-02", end_date="2026-03-03")
    service.add_position(uuid, "Sekretaris Dinas", dict.fromkeys(("M.1", "M.2", "M.3"), 3), "Administrator")
    service.add_position(uuid, "Kepala Subbagian Umum", {"M.1": 2, "M.2": 2}, "Pengawas")
    for code in ("INTRAY", "LGD", "CBI"):
        service.add_simulation(uuid, code)
    service.set_matrix(uuid, {"M.1": ["INTRAY"], "M.2": ["INTRAY", "LGD"], "M.3": ["LGD", "CBI"]})
    service.add_assessor(uuid, "Asesor Satu", is_lead=True)
    service.add_assessor(uuid, "Asesor Dua")
    service.add_assessee(uuid, AssesseeInput(RINA, "Rina", "Sekretaris Dinas"))
    service.add_assessee(uuid, AssesseeInput(DODI, "Dodi", "Kepala Subbagian Umum"))
    service.assign(uuid, RINA, "INTRAY", "Asesor Satu")
    service.assign(uuid, RINA, "LGD", "Asesor Dua")
    yield store, service, uuid
    store.close()


def _events(store) -> int:
    with store.transaction() as db:
        return db.scalar(select(func.count()).select_from(orm.AuditEvent))


def _last(service, uuid) -> dict:
    return service.document(uuid)["audit"][-1]


def _position(service, uuid, name) -> dict:
    return next(p for p in service.document(uuid)["positions"] if p["name"] == name)


def _refused_when_sealed(sealed_demo, call) -> None:
    store, service, uuid = sealed_demo
    before = _events(store)
    with pytest.raises(SealedError, match="disegel"):
        call(service, uuid)
    assert _events(store) == before


# -- session details ---------------------------------------------------------------------------
def test_session_details_are_updated_and_the_change_is_audited(fresh):
    store, service, uuid = fresh
    assert setup.update_session(service, uuid, title=" Seleksi Terbuka JPT 2026 ", purpose="pemetaan",
                                venue="Aula BKD", end_date="2026-03-04", provider_head="Dr. Contoh")
    info = service.info(uuid)
    assert (info.title, info.purpose, info.venue, info.end_date, info.provider_head) == (
        "Seleksi Terbuka JPT 2026", Purpose.PEMETAAN, "Aula BKD", "2026-03-04", "Dr. Contoh")
    ev = _last(service, uuid)
    assert ev["action"] == "session.update" and ev["actor"] == "admin"
    assert ev["data"]["old"] == {"title": "Seleksi Terbuka 2026", "purpose": "pengisian_jabatan",
                                 "end_date": "2026-03-03", "provider_head": ""}
    assert ev["data"]["new"] == {"title": "Seleksi Terbuka JPT 2026", "purpose": "pemetaan",
                                 "end_date": "2026-03-04", "provider_head": "Dr. Contoh"}
    before = _events(store)
    assert not setup.update_session(service, uuid, venue="Aula BKD")  # nothing changed: no event
    assert _events(store) == before


@pytest.mark.parametrize(("changes", "message"), [
    ({"title": "  "}, "judul sesi wajib diisi"),
    ({"purpose": "seleksi"}, "tujuan penilaian tidak dikenal"),
    ({"start_date": "2026-02-30"}, "tanggal tidak valid"),
    ({"start_date": "2026-03-05"}, "tanggal selesai tidak boleh sebelum tanggal mulai"),
    ({"colour": "merah"}, "rincian sesi tidak dikenal"),
])
def test_invalid_session_details_are_refused_and_nothing_is_written(fresh, changes, message):
    store, service, uuid = fresh
    before = _events(store)
    with pytest.raises(ValidationError, match=message):
        setup.update_session(service, uuid, **changes)
    assert _events(store) == before and service.info(uuid).start_date == "2026-03-02"


def test_sealed_session_refuses_new_details(sealed_demo):
    _refused_when_sealed(sealed_demo, lambda service, uuid: setup.update_session(service, uuid, title="Baru"))


def test_a_session_with_updated_details_still_verifies(fresh):
    _, service, uuid = fresh
    setup.update_session(service, uuid, title="Judul Baru")
    service.verify(uuid)


# -- standards -----------------------------------------------------------------------------------
def test_one_standard_level_is_set_changed_and_removed_with_audit_events(fresh):
    store, service, uuid = fresh
    assert setup.set_standard(service, uuid, "Sekretaris Dinas", "M.1", 4)
    assert _position(service, uuid, "Sekretaris Dinas")["standards"]["M.1"] == 4
    ev = _last(service, uuid)
    assert ev["action"] == "position.standard.set" and ev["entity"] == "position"
    assert ev["data"] == {"old": {"competency": "M.1", "level": 3}, "new": {"competency": "M.1", "level": 4}}
    assert setup.set_standard(service, uuid, "Sekretaris Dinas", "SK.1", 3)
    assert _last(service, uuid)["data"]["old"] == {"competency": "SK.1", "level": None}
    assert setup.set_standard(service, uuid, "Sekretaris Dinas", "M.2", None)
    assert _position(service, uuid, "Sekretaris Dinas")["standards"] == {"M.1": 4, "M.3": 3, "SK.1": 3}
    before = _events(store)
    assert not setup.set_standard(service, uuid, "Sekretaris Dinas", "M.1", 4)
    assert _events(store) == before
    service.verify(uuid)


@pytest.mark.parametrize(("args", "error", "message"), [
    (("Sekretaris Dinas", "M.1", 6), ValidationError, "di luar skala 1-5"),
    (("Sekretaris Dinas", "M.1", 0), ValidationError, "di luar skala"),
    (("Sekretaris Dinas", "M.9", 3), ValidationError, "kompetensi tidak dikenal"),
    (("Kepala Badan", "M.1", 3), NotFoundError, "jabatan sasaran tidak ditemukan"),
])
def test_a_bad_standard_is_refused(fresh, args, error, message):
    store, service, uuid = fresh
    before = _events(store)
    with pytest.raises(error, match=message):
        setup.set_standard(service, uuid, *args)
    assert _events(store) == before


def test_sealed_session_refuses_a_standard(sealed_demo):
    _refused_when_sealed(sealed_demo, lambda service, uuid: setup.set_standard(
        service, uuid, "Sekretaris Dinas", "M.1", 4))


def test_a_position_without_assessees_can_be_removed(fresh):
    _, service, uuid = fresh
    service.add_position(uuid, "Kepala Bidang Salah Ketik", {"M.1": 3})
    setup.remove_position(service, uuid, "Kepala Bidang Salah Ketik")
    assert "Kepala Bidang Salah Ketik" not in service.position_names(uuid)
    ev = _last(service, uuid)
    assert ev["action"] == "position.remove" and ev["data"]["old"]["standards"] == {"M.1": 3}
    with pytest.raises(ValidationError, match="masih menjadi jabatan sasaran 1 peserta"):
        setup.remove_position(service, uuid, "Sekretaris Dinas")


def test_sealed_session_refuses_removing_a_position(sealed_demo):
    _refused_when_sealed(sealed_demo, lambda service, uuid: setup.remove_position(
        service, uuid, "Kepala Dinas Tata Kelola Contoh"))


# -- SKJ import ----------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["skj.csv", "skj.xlsx"])
def test_an_skj_sheet_adds_new_positions_and_replaces_existing_standards(fresh, name):
    store, service, uuid = fresh
    report = setup.validate_skj(service, uuid, setup.read_skj(FIXTURES / name))
    assert report.ok, report.problems
    assert set(report.columns) == set(ALL9)
    assert report.columns["M.6"] == "Pengembangan Diri & Orang Lain"
    assert report.columns["M.8"] == "Pengambilan Keputusan (M.8)"
    assert [(i.row, i.name, i.existing, i.unchanged) for i in report.items] == [
        (3, "Sekretaris Dinas", True, False), (4, "Kepala Seksi Pelayanan Digital", False, False),
        (5, "Analis Kebijakan Ahli Pertama", False, False)]
    warned = {(w.row, w.column): w.reason for w in report.warnings}
    assert "tidak dipersyaratkan" in warned[5, "M.6"]
    assert "standarnya diganti" in warned[3, "Jabatan"]
    before = _events(store)
    assert setup.import_skj(service, uuid, report) == (2, 1)
    assert _events(store) == before + 3
    assert _position(service, uuid, "Sekretaris Dinas")["standards"] == dict.fromkeys(ALL9, 3)
    kasi = _position(service, uuid, "Kepala Seksi Pelayanan Digital")
    assert kasi["jenis"] == "Pengawas" and kasi["standards"]["M.3"] == 3 and kasi["standards"]["M.1"] == 2
    assert "M.6" not in _position(service, uuid, "Analis Kebijakan Ahli Pertama")["standards"]
    actions = [e["action"] for e in service.document(uuid)["audit"][-3:]]
    assert actions == ["position.update", "position.add", "position.add"]
    update = service.document(uuid)["audit"][-3]["data"]
    assert update["old"]["standards"] == {"M.1": 3, "M.2": 3, "M.3": 3}
    assert update["new"]["standards"] == dict.fromkeys(ALL9, 3)
    service.verify(uuid)


def _csv(tmp_path, text: str) -> Path:
    path = tmp_path / "skj-salah.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_every_bad_skj_row_is_reported_and_nothing_is_imported(fresh, tmp_path):
    store, service, uuid = fresh
    path = _csv(tmp_path, "Jabatan;Jenis;M.1;Kerja Sama;Komunikasi;Unit Kerja\n"
                          "Kepala Bidang A;Administrator;3;3;3;Sekretariat\n"
                          "Kepala Bidang A;Administrator;3;3;3;Sekretariat\n"
                          ";Pengawas;2;2;2;x\n"
                          "Kepala Bidang B;Administrator;7;tiga;3;x\n"
                          "Kepala Bidang C;Administrator;;;;x\n"
                          "Kepala Bidang D;Administrator;Level 3;3,0;3;x\n")
    report = setup.validate_skj(service, uuid, setup.read_skj(path))
    got = {(p.row, p.column): p.reason for p in report.problems}
    assert got[3, "Jabatan"] == "duplikat: sama dengan baris 2"
    assert got[4, "Jabatan"] == "sel kosong"
    assert got[5, "M.1"] == "level di luar skala 1-5"
    assert got[5, "Kerja Sama"] == "bukan level (isi bilangan bulat)"
    assert got[6, ""] == "tidak ada level standar pada baris ini"
    assert [(w.column, w.reason) for w in report.warnings if w.row == 0] == [
        ("Unit Kerja", "kolom tidak dikenal: diabaikan")]
    assert [(i.name, i.standards) for i in report.items] == [
        ("Kepala Bidang A", {"M.1": 3, "M.2": 3, "M.3": 3}), ("Kepala Bidang D", {"M.1": 3, "M.2": 3, "M.3": 3})]
    assert not report.ok
    before = _events(store)
    with pytest.raises(ValidationError, match="tidak ada yang diimpor"):
        setup.import_skj(service, uuid, report)
    assert _events(store) == before and len(service.position_names(uuid)) == 2


@pytest.mark.parametrize(("text", "message"), [
    ("Nama;M.1\nX;3\n", "kolom Jabatan tidak ditemukan"),
    ("Jabatan;Jenis;Catatan\nX;Pengawas;-\n", "tidak ada kolom kompetensi"),
    ("Jabatan;M.1;Integritas\nX;3;3\n", "kolom ganda untuk M.1"),
    ("Jabatan;M.1\n", "tidak ada baris data"),
])
def test_an_skj_sheet_without_usable_columns_is_refused(fresh, tmp_path, text, message):
    _, service, uuid = fresh
    report = setup.validate_skj(service, uuid, setup.read_skj(_csv(tmp_path, text)))
    assert not report.ok and any(message in p.reason for p in report.problems), report.problems


def test_sealed_session_refuses_an_skj_import(sealed_demo):
    _, service, uuid = sealed_demo
    report = setup.validate_skj(service, uuid, setup.read_skj(FIXTURES / "skj.csv"))
    assert report.ok
    _refused_when_sealed(sealed_demo, lambda service, uuid: setup.import_skj(service, uuid, report))


# -- simulations and matrix ----------------------------------------------------------------------
def test_an_unrated_simulation_is_removed_with_its_matrix_cells_and_empty_forms(fresh):
    _, service, uuid = fresh
    sim_uuid = next(s["uuid"] for s in service.document(uuid)["simulations"] if s["code"] == "LGD")
    setup.remove_simulation(service, uuid, "LGD")
    doc = service.document(uuid)
    assert [s["code"] for s in doc["simulations"]] == ["INTRAY", "CBI"]
    assert doc["matrix"] == {"M.1": ["INTRAY"], "M.2": ["INTRAY"], "M.3": ["CBI"]}
    assert [f.simulation_code for f in service.progress_board(uuid)] == ["INTRAY"]
    ev = doc["audit"][-1]
    assert (ev["action"], ev["entity_uuid"], ev["data"]["new"]) == ("simulation.remove", sim_uuid, None)
    assert ev["data"]["old"]["matrix"] == ["M.2", "M.3"] and len(ev["data"]["old"]["assignments"]) == 1
    service.add_simulation(uuid, "PRESENTASI")  # the order stays, the new one comes last
    assert [s["code"] for s in service.document(uuid)["simulations"]] == ["INTRAY", "CBI", "PRESENTASI"]
    service.verify(uuid)


def test_a_rated_simulation_cannot_be_removed(open_demo):
    store, service, uuid = open_demo
    before = _events(store)
    with pytest.raises(ValidationError, match="sudah dipakai dalam penilaian"):
        setup.remove_simulation(service, uuid, "LGD")
    assert _events(store) == before


def test_sealed_session_refuses_removing_a_simulation(sealed_demo):
    _refused_when_sealed(sealed_demo, lambda service, uuid: setup.remove_simulation(service, uuid, "LGD"))


def test_matrix_cells_are_ticked_and_unticked_one_at_a_time(fresh):
    store, service, uuid = fresh
    assert setup.set_matrix_cell(service, uuid, "M.1", "CBI", True)
    assert service.document(uuid)["matrix"]["M.1"] == ["INTRAY", "CBI"]
    ev = _last(service, uuid)
    assert ev["action"] == "matrix.set" and ev["data"]["old"]["M.1"] == ["INTRAY"]
    assert setup.set_matrix_cell(service, uuid, "M.1", "INTRAY", False)
    assert service.document(uuid)["matrix"]["M.1"] == ["CBI"]
    before = _events(store)
    assert not setup.set_matrix_cell(service, uuid, "M.1", "CBI", True)
    assert _events(store) == before
    with pytest.raises(ValidationError, match="belum ditambahkan"):
        setup.set_matrix_cell(service, uuid, "M.1", "ROLEPLAY", True)


def test_a_rated_matrix_cell_stays(open_demo):
    _, service, uuid = open_demo
    with pytest.raises(ValidationError, match="sudah dinilai"):
        setup.set_matrix_cell(service, uuid, "M.1", "CBI", False)
    assert setup.set_matrix_cell(service, uuid, "SK.1", "INTRAY", True)


def test_sealed_session_refuses_a_matrix_cell(sealed_demo):
    _refused_when_sealed(sealed_demo, lambda service, uuid: setup.set_matrix_cell(
        service, uuid, "SK.1", "INTRAY", True))


def test_matrix_warnings_name_competencies_with_too_few_simulations_and_unneeded_rows(fresh):
    _, service, uuid = fresh
    setup.set_matrix_cell(service, uuid, "M.5", "CBI", True)
    w = setup.matrix_warnings(service, uuid)
    assert w.minimum == 2 and w.required == ("M.1", "M.2", "M.3")
    assert [(s.code, s.simulations) for s in w.short] == [("M.1", ("INTRAY",))]
    assert [(s.code, s.name) for s in w.unneeded] == [("M.5", "Pelayanan Publik")]
    setup.set_matrix_cell(service, uuid, "M.1", "CBI", True)
    setup.set_matrix_cell(service, uuid, "M.5", "CBI", False)
    assert setup.matrix_warnings(service, uuid).ok


def test_the_sample_matrix_has_no_warnings(open_demo):
    _, service, uuid = open_demo
    assert setup.matrix_warnings(service, uuid).ok


def test_without_positions_every_competency_counts_as_needed(tmp_path):
    store = open_centre_store(tmp_path / "c.sqlite")
    try:
        service = AssessmentService(store, actor="admin")
        uuid = service.create_session("Kosong", "pemetaan")
        w = setup.matrix_warnings(service, uuid)
        assert w.required == ALL9 and len(w.short) == 9
    finally:
        store.close()


# -- assessors and assignment --------------------------------------------------------------------
def test_an_assessor_nip_is_checked(fresh):
    store, service, uuid = fresh
    before = _events(store)
    with pytest.raises(ValidationError, match="NIP asesor"):
        setup.add_assessor(service, uuid, "Asesor Tiga", nip="1234")
    assert _events(store) == before
    setup.add_assessor(service, uuid, "Asesor Tiga", nip="19680512 199403 1 901")
    assert service.document(uuid)["assessors"][-1]["nip"] == "196805121994031901"


def test_an_unrated_assignment_is_removed(fresh):
    _, service, uuid = fresh
    setup.unassign(service, uuid, RINA, "LGD", "Asesor Dua")
    assert [(f.simulation_code, f.assessor_name) for f in service.progress_board(uuid)] == [("INTRAY", "Asesor Satu")]
    ev = _last(service, uuid)
    assert ev["action"] == "assignment.remove" and ev["data"]["new"] is None
    assert set(ev["data"]["old"]) == {"simulation", "assessor"}
    with pytest.raises(ValidationError, match="tidak ditugaskan"):
        setup.unassign(service, uuid, RINA, "LGD", "Asesor Dua")


def test_a_cell_of_the_assignment_grid_changes_its_assessor_in_one_step(fresh):
    store, service, uuid = fresh
    before = _events(store)
    assert setup.set_assessor(service, uuid, RINA, "INTRAY", "Asesor Dua")
    assert _events(store) == before + 2
    board = {(f.nip, f.simulation_code): f.assessor_name for f in service.progress_board(uuid)}
    assert board[RINA, "INTRAY"] == "Asesor Dua"
    assert not setup.set_assessor(service, uuid, RINA, "INTRAY", "Asesor Dua")
    assert setup.set_assessor(service, uuid, DODI, "CBI", "Asesor Satu")
    assert setup.set_assessor(service, uuid, RINA, "LGD", None)
    board = {(f.nip, f.simulation_code): f.assessor_name for f in service.progress_board(uuid)}
    assert board == {(RINA, "INTRAY"): "Asesor Dua", (DODI, "CBI"): "Asesor Satu"}
    service.verify(uuid)


def test_a_rated_assignment_stays(open_demo):
    store, service, uuid = open_demo
    before = _events(store)
    with pytest.raises(ValidationError, match="sudah menilai"):
        setup.unassign(service, uuid, DODI, "CBI", RATNA)
    with pytest.raises(ValidationError, match="sudah menilai"):
        setup.set_assessor(service, uuid, DODI, "CBI", "Agus Salim Sampel, S.Sos., M.Si.")
    assert _events(store) == before


def test_sealed_session_refuses_assignment_changes(sealed_demo):
    _refused_when_sealed(sealed_demo, lambda service, uuid: setup.unassign(service, uuid, DODI, "CBI", RATNA))
    _refused_when_sealed(sealed_demo, lambda service, uuid: setup.set_assessor(service, uuid, DODI, "CBI", None))


def test_the_setup_view_reads_the_session_in_one_go(open_demo):
    _, service, uuid = open_demo
    view = setup.setup_view(service, uuid)
    assert [s.code for s in view.simulations] == ["INTRAY", "LGD", "PRESENTASI", "CBI"]
    assert all(s.locked for s in view.simulations)
    assert len(view.methods) == 7 and (view.level_min, view.level_max, view.min_simulations) == (1, 5, 2)
    assert len(view.positions) == 6
    assert (view.positions[1].name, view.positions[1].assessees) == ("Sekretaris Dinas", 2)
    assert view.assignments[DODI, "CBI"] == (RATNA,) and (DODI, "CBI", RATNA) in view.locked_forms
    assert ("M.1", "CBI") in view.rated_cells and not view.sealed
    assert [a.is_lead for a in view.assessors] == [True, False, False]
