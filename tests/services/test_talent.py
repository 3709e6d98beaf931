"""BKD's central workspace through its services, on SQLite and on the real PostgreSQL.

The data come in through the real import path: two sessions of the fictional sample, sealed on fixed
days (2023-03-10 and 2025-06-02), exported as secure bundles (signed, encrypted) and imported by
CentralService; the e-kinerja predicates through the performance import from a LibreOffice .xlsx.

Session 2023: all six sample assessees. Session 2025: Dodi, Rina and Andi again, with different
levels (Andi improves, Rina drops in M.1, Dodi closes his M.6 gap).
"""

from __future__ import annotations

import copy
import datetime as dt
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from desktop import resources
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.services.central_accounts import AccessLog, CentralAccounts, CentralRole, PermissionDenied
from desktop.services.performance_import import PerformanceImport
from desktop.services.progress import Cancelled, Progress
from desktop.services.stores import Store, open_central_store
from desktop.services.talent import TalentRules, TalentService, refresh_talent_index
from tests.central_fixtures import (  # the data, built through the real import path (also for the GUI tests)
    ANDI,
    BUDI,
    DODI,
    FIXTURES,
    MAYA,
    RINA,
    SARI,
    cached_sessions,
    import_into,
)

PASSWORD = "rahasia-bkd-1"


@pytest.fixture(scope="session")
def talent_bundles(tmp_path_factory):
    return cached_sessions(tmp_path_factory)


@pytest.fixture(params=["sqlite", "postgresql"])
def central_url(request, tmp_path) -> str:
    return str(tmp_path / "central.sqlite") if request.param == "sqlite" else request.getfixturevalue("pg_url")


@pytest.fixture
def workspace(central_url, talent_bundles):
    """(store, admin, operator, analyst) over both sessions and the e-kinerja fixture."""
    keys, bundles = talent_bundles
    store = import_into(central_url, keys, bundles)
    accounts = CentralAccounts(store)
    admin = accounts.first_run("admin", "Admin BKD", PASSWORD)
    operator = accounts.create_user(admin, "operator", "Operator Impor", CentralRole.OPERATOR, PASSWORD)
    analyst = accounts.create_user(admin, "analis", "Analis Talenta", CentralRole.ANALYST, PASSWORD)
    report, outcome = PerformanceImport(store, operator).import_file(FIXTURES / "kinerja-bkd.xlsx")
    assert outcome is not None, report.problems
    yield store, admin, operator, analyst
    store.close()


def _actions(store: Store) -> list[str]:
    return [e["action"] for e in reversed(AccessLog(store).entries(limit=1000))]


# -- search and track record --------------------------------------------------------------------------


def test_search_by_nip_with_spaces_or_by_part_of_the_name(workspace):
    store, _, _, analyst = workspace
    talent = TalentService(store, analyst)
    (hit,) = talent.search("19791105 200501 1 902")
    assert (hit.nip, hit.name, hit.assessments, hit.year) == (DODI, "Dodi Pratama Contoh", 2, 2025)
    assert hit.target_position == "Sekretaris Dinas" and hit.position_type == "Administrator"
    assert [h.name for h in talent.search("wULAN")] == ["Sari Wulandari Uji"]
    assert {h.nip for h in talent.search("1979")} == {DODI}  # a NIP prefix
    assert talent.search("tidak ada orangnya") == []
    assert talent.search("_%") == []  # wildcards are text, not patterns
    entries = AccessLog(store).entries(username="analis")
    assert [e["action"] for e in entries] == ["cari"] * 5
    assert entries[-1]["subject"] == "19791105 200501 1 902" and entries[-1]["people"] == 1


def test_track_record_shows_every_assessment_and_what_changed(workspace):
    store, _, _, analyst = workspace
    record = TalentService(store, analyst).track_record("1990 0722 2015 03 1903", today=dt.date(2026, 4, 1))
    assert record.name == "Andi Saputra Sampel"
    first, second = record.assessments
    assert (first.sealed_on, second.sealed_on) == ("2023-03-10", "2025-06-02")
    assert (first.session_title, second.session_title) == ("Pemetaan Kompetensi 2023 (FIKTIF)",
                                                           "Pemetaan Kompetensi 2025 (FIKTIF)")
    assert first.provider == "UPT Penilaian Kompetensi Contoh (FIKTIF)" and first.purpose_label == "Pemetaan Kompetensi"
    assert (first.valid_until, first.expired) == ("2026-03-10", True)
    assert (second.valid_until, second.expired) == ("2028-06-02", False)
    assert second.target_position == "Kepala Bidang Layanan Digital" and second.position_type == "Administrator"
    # every competency at 3 in 2025: the change is 3 minus the 2023 level, none for the first assessment
    assert all(c.change is None for c in first.competencies)
    assert {c.code: c.change for c in second.competencies} == {c.code: 3 - c.achieved for c in first.competencies}
    assert second.level("M.2").change == 1 and second.jpm == 100.0
    assert second.jpm_change == round(100.0 - first.jpm, 2) > 0
    assert [(p.year, p.predicate, p.band) for p in record.performance] == [
        (2025, "Butuh Perbaikan", "di bawah ekspektasi")]
    assert record.series("M.2") == (("2023-03-10", first.level("M.2").achieved), ("2025-06-02", 3))
    (entry,) = AccessLog(store).entries(nip=ANDI)
    assert (entry["action"], entry["subject"], entry["username"], entry["people"]) == (
        "lihat_rekam_jejak", ANDI, "analis", 1)


def test_an_unknown_nip_has_no_track_record(workspace):
    store, _, _, analyst = workspace
    with pytest.raises(NotFoundError, match="tidak ada di basis data pusat"):
        TalentService(store, analyst).track_record("198711202012122907")  # only an e-kinerja record


# -- the 9-box ----------------------------------------------------------------------------------------


def test_ninebox_places_each_person_by_latest_result_and_latest_performance(workspace):
    store, _, _, analyst = workspace
    talent = TalentService(store, analyst)
    grid = talent.ninebox()
    assert grid.total == 6 and grid.without_performance == 1  # Maya has no e-kinerja record
    assert sum(c.count for c in grid.cells) == 5
    # Dodi (BKD's worked example): JPM 100 -> potential tinggi, 2025 "Baik" -> sesuai ekspektasi -> box 8
    box8 = talent.ninebox_people(8)
    assert DODI in {p.nip for p in box8.people}
    dodi = next(p for p in box8.people if p.nip == DODI)
    assert (dodi.potential, dodi.performance, dodi.predicate, dodi.performance_year, dodi.year) == (
        "tinggi", "sesuai ekspektasi", "Baik", 2025, 2025)
    assert box8.label == "Kinerja sesuai ekspektasi dan potensial tinggi" and "dipertahankan" in box8.recommendations
    rina = next(p for p in talent.ninebox_people(grid_box(talent, RINA)).people if p.nip == RINA)
    assert rina.performance == "di atas ekspektasi"  # "SANGAT BAIK" in the file
    sari = next(p for b in range(1, 10) for p in talent.ninebox_people(b).people if p.nip == SARI)
    assert sari.predicate == "Kurang" and sari.performance == "di bawah ekspektasi" and sari.box in (1, 3, 6)
    assert [p.nip for p in talent.ninebox_people(0).people] == [MAYA]
    for cell in grid.cells:
        assert talent.ninebox_people(cell.box).total == cell.count


def grid_box(talent: TalentService, nip: str) -> int:
    return next(b for b in range(10) if nip in {p.nip for p in talent.ninebox_people(b).people})


def test_ninebox_of_a_year_uses_that_years_results_and_the_performance_then(workspace):
    store, _, _, analyst = workspace
    talent = TalentService(store, analyst)
    grid = talent.ninebox(year=2023)
    assert grid.total == 6  # all six were assessed in 2023
    # in 2023 only Dodi has a predicate (2023 "Sangat Baik"): the 2024/2025 records came later
    assert grid.without_performance == 5
    (dodi,) = talent.ninebox_people(9, year=2023).people
    assert (dodi.nip, dodi.year, dodi.predicate, dodi.performance_year) == (DODI, 2023, "Sangat Baik", 2023)
    assert talent.ninebox(year=2025).total == 3
    assert talent.ninebox(year=2024).total == 0


def test_ninebox_filters_by_unit_and_position_type(workspace):
    store, _, _, analyst = workspace
    talent = TalentService(store, analyst)
    filters = talent.filters()
    assert filters.years == (2025, 2023)
    assert set(filters.units) == {"Sekretariat", "Bidang Layanan Digital", "Bidang Tata Kelola"}
    assert set(filters.position_types) == {"Administrator", "Pengawas"}
    assert talent.ninebox(position_type="Pengawas").total == 1  # Budi, target Kepala Subbagian Umum
    assert talent.ninebox(unit="Sekretariat").total == 3
    assert talent.ninebox(unit="Sekretariat", position_type="Administrator").total == 2
    people = talent.ninebox_people(0, unit="Bidang Layanan Digital")
    assert [p.nip for p in people.people] == [MAYA]
    entry = AccessLog(store).entries(limit=1)[0]
    assert entry["action"] == "lihat_9box_orang" and entry["subject"] == "kotak 0; unit=Bidang Layanan Digital"


def test_the_potential_band_follows_the_rules_when_asked_not_when_imported(workspace):
    store, _, _, analyst = workspace
    default = TalentService(store, analyst)
    assert DODI in {p.nip for p in default.ninebox_people(8).people}
    ninebox = copy.deepcopy(resources.load_json("rules", "ninebox.json"))
    ninebox["potential_from_jpm"] = [{"band": "tinggi", "min_jpm": 101}, {"band": "menengah", "min_jpm": 50},
                                     {"band": "rendah", "min_jpm": 0}]
    strict = TalentService(store, analyst, rules=TalentRules.load(ninebox=ninebox))
    assert DODI in {p.nip for p in strict.ninebox_people(5).people}  # menengah x sesuai
    grid = strict.ninebox()
    assert grid.cell(8).count == 0
    assert all(strict.ninebox_people(c.box).total == c.count for c in grid.cells)  # lists agree with counts


# -- training needs -----------------------------------------------------------------------------------


def test_training_needs_come_from_each_persons_latest_valid_result(workspace):
    store, _, _, analyst = workspace
    talent = TalentService(store, analyst)
    while_2023_valid = talent.training_needs(today=dt.date(2025, 7, 1))
    assert while_2023_valid.people_considered == 6  # 3 latest from 2025, 3 from 2023 still valid
    m6 = {t.training_type: t.people for t in while_2023_valid.totals if t.code == "M.6"}
    people_m6 = talent.training_people("M.6", "coaching", today=dt.date(2025, 7, 1))
    assert DODI not in {p.nip for p in people_m6}  # he closed the gap in 2025: the old one does not count
    assert m6["coaching"] == len(people_m6) > 0
    assert all(p.gap < 0 and p.competency == "Pengembangan Diri dan Orang Lain" for p in people_m6)
    assert all(set(p.training_types) == {"coaching", "mentoring"} for p in people_m6)  # gap -1 (training.json)
    rina_m1 = talent.training_people("M.1", "coaching", today=dt.date(2025, 7, 1))
    assert {(p.nip, p.standard, p.achieved, p.gap) for p in rina_m1} == {(RINA, 3, 2, -1), (SARI, 3, 2, -1)}
    # after 2026-03-10 the 2023 results have expired: only the three from 2025 count
    later = talent.training_needs(today=dt.date(2026, 4, 1))
    assert later.people_considered == 3
    assert {p.nip for g in later.totals for p in talent.training_people(g.code, g.training_type,
                                                                        today=dt.date(2026, 4, 1))} == {RINA}
    by_unit = talent.training_needs(unit="Sekretariat", today=dt.date(2025, 7, 1))
    assert {g.unit for g in by_unit.groups} == {"Sekretariat"}
    assert {(g.code, g.training_type): g.type_label for g in by_unit.groups}[("M.1", "coaching")] == "Coaching"
    with pytest.raises(ValidationError, match="jenis pengembangan tidak dikenal"):
        talent.training_people("M.1", "kursus-kilat")


# -- expiry -------------------------------------------------------------------------------------------


def test_expiry_puts_each_latest_result_on_the_right_side_of_its_end_date(workspace):
    store, _, _, analyst = workspace
    talent = TalentService(store, analyst)
    ended_2023 = {SARI, BUDI, MAYA}  # latest result sealed 2023-03-10: valid until 2026-03-10
    on_the_day = talent.expiry(within_days=0, today=dt.date(2026, 3, 10))
    assert {p.nip for p in on_the_day.people} == ended_2023 and on_the_day.expired == 0  # valid through the day
    assert all(p.days_left == 0 for p in on_the_day.people)
    day_after = talent.expiry(within_days=0, today=dt.date(2026, 3, 11))
    assert {p.nip for p in day_after.people} == ended_2023 and day_after.expired == 3
    assert all(p.expired and p.days_left == -1 for p in day_after.people)
    assert {p.nip for p in talent.expiry(within_days=30, today=dt.date(2026, 2, 8)).people} == ended_2023
    assert talent.expiry(within_days=30, today=dt.date(2026, 2, 7)).total == 0  # 31 days left
    # Dodi's 2023 result has expired too, but his 2025 result is his latest: not listed
    assert DODI not in {p.nip for p in talent.expiry(within_days=0, today=dt.date(2027, 1, 1)).people}
    view = talent.expiry(within_days=180, today=dt.date(2026, 1, 1))
    assert {(u.unit, u.expired, u.expiring) for u in view.units} == {
        ("Sekretariat", 0, 2), ("Bidang Layanan Digital", 0, 1)}
    assert talent.expiry(unit="Sekretariat", within_days=180, today=dt.date(2026, 1, 1)).total == 2


# -- access -------------------------------------------------------------------------------------------


def test_each_role_may_do_only_its_own_work(workspace):
    store, admin, operator, analyst = workspace
    before = len(_actions(store))
    for call in (lambda t: t.search("dodi"), lambda t: t.track_record(DODI), lambda t: t.ninebox(),
                 lambda t: t.ninebox_people(8), lambda t: t.training_needs(), lambda t: t.expiry(),
                 lambda t: t.filters()):
        with pytest.raises(PermissionDenied, match="peran operator tidak berhak melihat data pegawai"):
            call(TalentService(store, operator))
    with pytest.raises(PermissionDenied, match="mengimpor"):
        PerformanceImport(store, analyst).import_file(FIXTURES / "kinerja-bkd.csv")
    with pytest.raises(PermissionDenied, match="mengelola pengguna"):
        CentralAccounts(store).create_user(analyst, "baru", "Pengguna Baru", "analyst", PASSWORD)
    assert len(_actions(store)) == before  # a refusal shows nothing and logs nothing
    assert TalentService(store, admin).ninebox().total == 6
    accounts = CentralAccounts(store)
    assert accounts.can(operator, "import") and accounts.can(operator, "trust")
    assert not accounts.can(operator, "export") and accounts.can(analyst, "export")
    assert not accounts.can(analyst, "trust")


def test_sign_in_with_argon2id_and_a_wrong_password_is_one_line(workspace):
    store, *_ = workspace
    accounts = CentralAccounts(store)
    user = accounts.login(" Analis ", PASSWORD)
    assert (user.username, user.role) == ("analis", CentralRole.ANALYST)
    with pytest.raises(Exception, match="^nama pengguna atau kata sandi salah$") as wrong:
        accounts.login("analis", "salah-sandi")
    with pytest.raises(type(wrong.value), match="^nama pengguna atau kata sandi salah$"):
        accounts.login("tidak-ada", PASSWORD)
    with store.engine.connect() as conn:
        stored = conn.execute(text("SELECT password_hash FROM central_user WHERE username = 'analis'")).scalar()
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert not accounts.needs_first_run()
    with pytest.raises(ValidationError, match="penyiapan awal sudah dilakukan"):
        accounts.first_run("admin2", "Admin Kedua", PASSWORD)
    assert [u.username for u in accounts.users()] == ["admin", "analis", "operator"]


def test_every_view_and_export_writes_one_access_log_row_naming_what_was_shown(workspace, tmp_path):
    store, _, _, analyst = workspace
    talent = TalentService(store, analyst)
    log = AccessLog(store)
    before = len(log.entries(limit=1000))
    talent.track_record(DODI)
    talent.ninebox(year=2025, unit="Sekretariat")
    talent.ninebox_people(8)
    talent.training_needs(position_type="Pengawas")
    talent.training_people("M.6", "mentoring")
    talent.expiry(within_days=90)
    talent.export_ninebox(tmp_path / "9box.xlsx")
    talent.export_training_needs(tmp_path / "pelatihan.xlsx")
    talent.export_expiry(tmp_path / "berlaku.pdf", within_days=5000)
    entries = list(reversed(log.entries(limit=1000)))[before:]
    assert [(e["action"], e["subject"]) for e in entries] == [
        ("lihat_rekam_jejak", DODI),
        ("lihat_9box", "tahun=2025; unit=Sekretariat"),
        ("lihat_9box_orang", "kotak 8; semua"),
        ("lihat_pelatihan", "jenis=Pengawas"),
        ("lihat_pelatihan_orang", "M.6; mentoring; semua"),
        ("lihat_masa_berlaku", "90 hari; semua"),
        ("ekspor_9box", "semua"),
        ("ekspor_pelatihan", "semua"),
        ("ekspor_masa_berlaku", "5000 hari; semua"),
    ]
    assert all(e["username"] == "analis" and e["role"] == "analyst" for e in entries)
    assert entries[6]["people"] == 6 and "9box.xlsx" in entries[6]["detail"]
    # Dodi's access history: his track record, the box he is in and the exports that listed him
    dodi = [e["action"] for e in log.entries(nip="19791105 200501 1 902")]
    assert {"lihat_rekam_jejak", "lihat_9box_orang", "ekspor_9box", "ekspor_masa_berlaku"} <= set(dodi)
    assert "lihat_9box" not in dodi  # counts name nobody


def test_the_access_log_refuses_update_and_delete(workspace):
    store, _, _, analyst = workspace
    TalentService(store, analyst).track_record(DODI)
    for statement in ("UPDATE central_access_log SET username = 'x'", "DELETE FROM central_access_log",
                      "DELETE FROM central_access_subject"):
        with pytest.raises(Exception, match="append-only"), store.engine.begin() as conn:
            conn.execute(text(statement))
    assert AccessLog(store).entries(limit=1)[0]["username"] == "analis"


# -- exports ------------------------------------------------------------------------------------------


def test_ninebox_export_to_excel_keeps_every_nip_digit(workspace, tmp_path):
    store, _, _, analyst = workspace
    result = TalentService(store, analyst).export_ninebox(tmp_path / "9box.xlsx")
    assert result.people == 6
    wb = load_workbook(result.path, read_only=True)
    assert wb.sheetnames == ["9-box", "Ringkasan", "Pegawai"]
    rows = list(wb["Pegawai"].iter_rows(values_only=True))
    header = rows.index(next(r for r in rows if r and r[0] == "Kotak"))
    people = {r[1]: r for r in rows[header + 1:]}
    assert people[DODI][0] == 8 and isinstance(people[DODI][1], str) and people[DODI][11] == "Baik"
    assert people[MAYA][0] == "-"
    grid = [r for r in wb["9-box"].iter_rows(values_only=True)]
    assert any(r[0] == "Kinerja sesuai ekspektasi" and "Kotak 8: " in str(r[3]) for r in grid if r)
    assert "RAHASIA" in str(rows[3][0])


def _pdftext(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def test_ninebox_and_expiry_pdfs_carry_the_grid_the_people_and_the_fonts(workspace, tmp_path):
    store, _, _, analyst = workspace
    talent = TalentService(store, analyst)
    pdf = talent.export_ninebox(tmp_path / "9box.pdf").path
    body = _pdftext(pdf)
    assert "Peta Talenta (9-Box)" in body and "Kotak 8" in body and "Dodi Pratama Contoh" in body
    assert "19791105 200501 1 902" in body and "RAHASIA" in body and "Analis Talenta" in body
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "DejaVuSans" in fonts and "Helvetica" not in fonts
    expiry = talent.export_expiry(tmp_path / "berlaku.pdf", within_days=0, today=dt.date(2026, 3, 11)).path
    text_ = _pdftext(expiry)
    assert "Masa Berlaku Hasil Asesmen" in text_ and "Sari Wulandari Uji" in text_ and "lewat 1 hari" in text_
    assert "Dodi Pratama Contoh" not in text_
    wb = load_workbook(talent.export_expiry(tmp_path / "berlaku.xlsx", within_days=0,
                                            today=dt.date(2026, 3, 11)).path, read_only=True)
    assert wb.sheetnames == ["Per unit", "Pegawai"]


def test_training_needs_export_lists_each_person_with_each_need(workspace, tmp_path):
    store, _, _, analyst = workspace
    talent = TalentService(store, analyst)
    result = talent.export_training_needs(tmp_path / "pelatihan.xlsx", today=dt.date(2025, 7, 1))
    wb = load_workbook(result.path, read_only=True)
    assert wb.sheetnames == ["Ringkasan", "Per unit dan jenis jabatan", "Pegawai"]
    rows = list(wb["Pegawai"].iter_rows(values_only=True))
    rina = [r for r in rows if r and r[0] == RINA]
    assert ("M.1", 3, 2, -1, "Coaching, Mentoring") in {(r[5], r[7], r[8], r[9], r[10]) for r in rina}
    with pytest.raises(ValidationError, match="format ekspor tidak didukung"):
        talent.export_training_needs(tmp_path / "pelatihan.pdf")


def test_an_export_can_be_cancelled_and_the_analyst_may_not_export_without_the_right(workspace, tmp_path):
    store, _, operator, analyst = workspace
    with pytest.raises(Cancelled):
        TalentService(store, analyst).export_ninebox(tmp_path / "batal.xlsx", progress=Progress(
            cancelled_fn=lambda: True))
    assert not (tmp_path / "batal.xlsx").exists()
    with pytest.raises(PermissionDenied, match="mengekspor"):
        TalentService(store, operator).export_expiry(tmp_path / "x.xlsx")


def test_the_command_line_shows_and_exports_the_views_and_logs_each(workspace, central_url, tmp_path, monkeypatch,
                                                                    capsys):
    from openpyxl import load_workbook

    from desktop.cli import main
    from desktop.domain.nip import format_nip

    store, *_ = workspace
    monkeypatch.setenv("ASESMEN_PASSWORD", PASSWORD)
    base = ["talent", "--central", central_url, "--user", "analis"]
    assert main([*base, "search", "Dodi"]) == 0
    out = capsys.readouterr().out
    assert f"{format_nip(DODI)}  Dodi Pratama Contoh" in out and "1 ditemukan" in out
    assert main([*base, "record", DODI]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Dodi Pratama Contoh · NIP {format_nip(DODI)}") and out.count("JPM") == 2
    assert main([*base, "ninebox"]) == 0
    assert "6 orang dengan hasil asesmen; 5 dipetakan; 1 tanpa data kinerja" in capsys.readouterr().out
    assert main([*base, "ninebox", "-o", str(tmp_path / "9-box.xlsx")]) == 0
    assert capsys.readouterr().out.strip() == f"{tmp_path / '9-box.xlsx'}: 6 orang"
    assert load_workbook(tmp_path / "9-box.xlsx", read_only=True).sheetnames
    assert main([*base, "needs"]) == 0 and "perlu pengembangan" in capsys.readouterr().out
    assert main([*base, "expiry", "--days", "100000"]) == 0 and "hasil kedaluwarsa" in capsys.readouterr().out
    entries = AccessLog(store).entries(limit=12)  # newest first: each run signs in, then shows or exports
    assert [e["action"] for e in entries].count("masuk") == 6
    assert [(e["action"], e["username"]) for e in reversed(entries) if e["action"] != "masuk"] == [
        ("cari", "analis"), ("lihat_rekam_jejak", "analis"), ("lihat_9box", "analis"), ("ekspor_9box", "analis"),
        ("lihat_pelatihan", "analis"), ("lihat_masa_berlaku", "analis")]

    monkeypatch.setenv("ASESMEN_PASSWORD", "salah")
    assert main([*base, "ninebox"]) != 0
    err = capsys.readouterr().err
    assert err.startswith("asesmen: ") and err.count("\n") == 1


# -- the index ----------------------------------------------------------------------------------------


def test_the_import_indexes_and_a_refresh_takes_only_what_is_new(workspace):
    store, *_ = workspace
    with store.transaction() as db:  # the import indexed both sessions (6 + 3 results) when it committed
        assert db.execute(text("SELECT count(*) FROM talent_index")).scalar() == 9
        assert refresh_talent_index(db) == 0
    with store.transaction() as db:  # as if an import had stopped before indexing
        for table in ("talent_need", "talent_index", "talent_session"):
            db.execute(text(f"DELETE FROM {table}"))
    with store.transaction() as db:
        assert refresh_talent_index(db) == 9
    with store.transaction() as db:
        assert refresh_talent_index(db) == 0
        assert db.execute(text("SELECT count(*) FROM talent_index")).scalar() == 9
        latest = db.execute(text("SELECT count(*) FROM talent_index WHERE is_latest")).scalar()
    assert latest == 6


def test_a_result_an_amendment_removed_gives_way_to_the_persons_earlier_one(workspace):
    """An amended session replaces its results (desktop.services.central: the old rows are deleted, the
    revision goes up); if it no longer holds Rina, her 2023 result is her latest again."""
    from sqlalchemy import delete, select, update

    from desktop.storage.central_orm import CentralCompetency, CentralResult, CentralSession, Person

    store, _, _, analyst = workspace
    talent = TalentService(store, analyst)
    assert talent.search(RINA)[0].year == 2025
    with store.transaction() as db:
        rid, sid = db.execute(select(CentralResult.id, CentralResult.session_id).join(Person).join(CentralSession)
                              .where(Person.nip == RINA, CentralSession.title.contains("2025"))).one()
        db.execute(delete(CentralCompetency).where(CentralCompetency.result_id == rid))
        db.execute(delete(CentralResult).where(CentralResult.id == rid))
        db.execute(update(CentralSession).where(CentralSession.id == sid).values(revision=CentralSession.revision + 1))
    (rina,) = talent.search(RINA)
    assert (rina.year, rina.assessments) == (2023, 1)
    assert talent.ninebox().total == 6 and talent.ninebox(year=2025).total == 2
    assert RINA in {p.nip for p in talent.expiry(within_days=0, today=dt.date(2026, 3, 11)).people}
    rina_m5 = talent.training_people("M.5", "coaching", today=dt.date(2025, 7, 1))
    assert RINA in {p.nip for p in rina_m5}  # her 2023 gap in M.5 counts again


def test_the_latest_version_from_an_older_store_equals_a_new_one(tmp_path):
    import shutil

    from sqlalchemy import inspect

    old = tmp_path / "old.sqlite"
    shutil.copy(Path(__file__).parents[1] / "fixtures" / "db" / "central-v1.sqlite", old)
    migrated, fresh = open_central_store(old), open_central_store(tmp_path / "new.sqlite")
    tables = ("central_user", "central_access_log", "central_access_subject", "talent_performance",
              "talent_session", "talent_index", "talent_need", "imported_bundle_session")

    def shape(store):
        with store.engine.connect() as conn:
            insp = inspect(conn)
            triggers = set(conn.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")).scalars())
            return {t: (sorted((c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(t)),
                        sorted((i["name"], tuple(i["column_names"])) for i in insp.get_indexes(t)),
                        sorted(str(fk["referred_table"]) for fk in insp.get_foreign_keys(t)))
                    for t in tables}, triggers

    try:
        assert shape(migrated) == shape(fresh)
        assert {"central_access_log_no_update", "central_access_log_no_delete"} <= shape(fresh)[1]
        assert len(TalentService(migrated, CentralAccounts(migrated).first_run(
            "admin", "Admin", PASSWORD)).ninebox().cells) == 9
    finally:
        migrated.close()
        fresh.close()
