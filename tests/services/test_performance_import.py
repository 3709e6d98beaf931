"""The e-kinerja import (NIP, year, predikat kinerja) on SQLite and PostgreSQL.

Fixtures (tests/fixtures/import/), made from the .csv files (semicolon-separated, as Excel writes them
in an Indonesian locale) by LibreOffice Calc 7.4:

    libreoffice --headless --infilter="CSV:59,34,76,1,1/1/2/2/3/2/4/1/5/2" --convert-to xlsx kinerja-bkd.csv
    libreoffice --headless --infilter="CSV:59,34,76,1,1/2/2/2/3/1/4/2" --convert-to xlsx kinerja-salah.csv
    libreoffice --headless --infilter="CSV:59,34,76,1,1/1/2/2/3/1/4/2" --convert-to xlsx kinerja-angka.csv

NIP and names as text, years as numbers (as BKDs keep them); in kinerja-angka.xlsx the NIP column is
a number, so Excel's 15 significant digits have eaten the last digits.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from desktop.domain.errors import ValidationError
from desktop.services.central_accounts import AccessLog, CentralAccounts, CentralRole
from desktop.services.performance_import import PerformanceImport
from desktop.storage.talent_orm import OPEN_END, PerformanceRecord
from tests.services import test_talent as data

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
PASSWORD = "rahasia-bkd-1"


@pytest.fixture(params=["sqlite", "postgresql"])
def central(request, tmp_path, tmp_path_factory):
    """(store, operator) over the two sample sessions, no e-kinerja data yet."""
    url = str(tmp_path / "central.sqlite") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    keys, bundles = data.cached_sessions(tmp_path_factory)
    store = data.import_into(url, keys, bundles)
    accounts = CentralAccounts(store)
    admin = accounts.first_run("admin", "Admin BKD", PASSWORD)
    operator = accounts.create_user(admin, "operator", "Operator Impor", CentralRole.OPERATOR, PASSWORD)
    yield store, operator
    store.close()


def _records(store) -> dict[tuple[str, int], tuple[str, int]]:
    with store.transaction() as db:
        return {(r.nip, r.year): (r.predicate, r.until_year) for r in db.scalars(select(PerformanceRecord))}


@pytest.mark.parametrize("name", ["kinerja-bkd.csv", "kinerja-bkd.xlsx"])
def test_an_ekinerja_export_with_a_title_row_imports_every_predicate(central, name):
    store, operator = central
    importer = PerformanceImport(store, operator)
    table = importer.read(FIXTURES / name)
    assert table.headers == ["No", "NIP", "Nama", "Tahun", "Predikat Kinerja"] and table.first_row == 3
    mapping = importer.guess_mapping(table.headers)
    assert mapping == {"nip": 1, "name": 2, "year": 3, "predicate": 4}
    report = importer.validate(table, mapping)
    assert report.ok, report.problems
    assert [(i.nip, i.year, i.predicate) for i in report.items][:3] == [
        (data.DODI, 2023, "Sangat Baik"), (data.DODI, 2025, "Baik"), (data.RINA, 2025, "Sangat Baik")]
    assert report.items[4].predicate == "Kurang"  # "Kurang/Misconduct"
    # two NIPs without an assessment (one of them an NI PPPK): reported, kept
    assert report.unknown_nips == 2
    assert {(w.row, w.value) for w in report.warnings if "belum ada di basis data pusat" in w.reason} == {
        (9, "198711202012122907"), (10, "199105172024211907")}
    assert not [w for w in report.warnings if w.column == "Nama"]  # "Rina Lestari Fiktif, S.E." is Rina
    outcome = importer.apply(report, str(FIXTURES / name))
    assert (outcome.added, outcome.replaced, outcome.unchanged) == (8, 0, 0)
    assert "8 baru" in outcome.message
    stored = _records(store)
    assert stored[data.DODI, 2023] == ("Sangat Baik", 2025)  # in force until his next record
    assert stored[data.DODI, 2025] == ("Baik", OPEN_END)
    entry = AccessLog(store).entries(limit=1)[0]
    assert (entry["action"], entry["subject"], entry["username"]) == ("impor_kinerja", name, "operator")
    again = importer.apply(importer.validate(table, mapping))
    assert (again.added, again.replaced, again.unchanged) == (0, 0, 8)


@pytest.mark.parametrize("name", ["kinerja-salah.csv", "kinerja-salah.xlsx"])
def test_every_bad_row_is_reported_with_its_reason_and_nothing_is_imported(central, name):
    store, operator = central
    importer = PerformanceImport(store, operator)
    table = importer.read(FIXTURES / name)
    report = importer.validate(table, importer.guess_mapping(table.headers), today=dt.date(2026, 11, 29))
    got = {(p.row, p.column): p.reason for p in report.problems}
    assert "tanggal lahir" in got[2, "NIP"]
    assert "predikat tidak dikenal" in got[3, "Predikat kinerja"]
    assert "bukan tahun" in got[4, "Tahun"]
    assert "di luar rentang 2000-2026" in got[5, "Tahun"]
    assert got[6, "Predikat kinerja"] == "sel kosong"
    assert got[8, "NIP"] == "duplikat: NIP dan tahun sama dengan baris 7"
    assert len(report.problems) == 6 and [i.row for i in report.items] == [7] and not report.ok
    with pytest.raises(ValidationError, match="6 masalah pada berkas: perbaiki dahulu, tidak ada yang diimpor"):
        importer.apply(report)
    assert _records(store) == {}
    assert [e["action"] for e in AccessLog(store).entries()] == ["pengguna.tambah", "pengguna.tambah"]


def test_a_nip_column_stored_as_a_number_is_refused_with_the_fix(central):
    store, operator = central
    importer = PerformanceImport(store, operator)
    table = importer.read(FIXTURES / "kinerja-angka.xlsx")
    (problem,) = importer.validate(table, importer.guess_mapping(table.headers)).problems
    assert problem.row == 2 and "tersimpan sebagai angka" in problem.reason and "Teks" in problem.reason


def test_columns_with_other_headings_are_mapped_by_hand(central, tmp_path):
    store, operator = central
    path = tmp_path / "ekinerja.csv"
    path.write_text("Nomor Pegawai,Periode SKP Akhir,Hasil\n"
                    f"{data.MAYA},2025,Sangat Baik\n", encoding="utf-8")
    importer = PerformanceImport(store, operator)
    table = importer.read(path)
    report = importer.validate(table, importer.guess_mapping(table.headers))
    assert [(p.column, p.reason) for p in report.problems] == [
        ("NIP, Tahun, Predikat kinerja", "kolom wajib belum dipetakan")]
    report = importer.validate(table, {"nip": 0, "year": 1, "predicate": 2})
    assert report.ok and importer.apply(report).added == 1
    assert _records(store) == {(data.MAYA, 2025): ("Sangat Baik", OPEN_END)}


def test_a_corrected_predicate_replaces_the_stored_one_after_a_warning(central, tmp_path):
    store, operator = central
    importer = PerformanceImport(store, operator)
    importer.import_file(FIXTURES / "kinerja-bkd.csv")
    path = tmp_path / "koreksi.csv"
    path.write_text("NIP;Tahun;Predikat\n"
                    f"{data.ANDI};2025;Baik\n"
                    f"{data.ANDI};2024;Sangat Baik\n", encoding="cp1252")
    report = importer.validate(table := importer.read(path), importer.guess_mapping(table.headers))
    assert report.replacing == 1
    assert [w.reason for w in report.warnings] == ["menggantikan predikat tersimpan untuk 2025: Butuh Perbaikan"]
    outcome = importer.apply(report)
    assert (outcome.added, outcome.replaced) == (1, 1)
    stored = _records(store)
    assert stored[data.ANDI, 2024] == ("Sangat Baik", 2025) and stored[data.ANDI, 2025] == ("Baik", OPEN_END)
    with store.transaction() as db:
        assert db.scalar(select(func.count()).select_from(PerformanceRecord)) == 9
        who = db.execute(text("SELECT imported_by FROM talent_performance WHERE year = 2024")).scalar()
    assert who == "operator"


def test_a_file_that_is_not_a_spreadsheet_is_one_line(central, tmp_path):
    store, operator = central
    bad = tmp_path / "kinerja.xlsx"
    bad.write_bytes(b"bukan excel")
    with pytest.raises(ValidationError, match="bukan berkas Excel .xlsx yang valid"):
        PerformanceImport(store, operator).read(bad)
    with pytest.raises(ValidationError, match="jenis berkas tidak didukung"):
        PerformanceImport(store, operator).read(tmp_path / "kinerja.ods")
