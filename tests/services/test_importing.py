from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.domain.errors import ValidationError
from desktop.services.assessment import AssessmentService
from desktop.services.importing import guess_mapping, import_assessees, read_table, validate
from desktop.services.stores import open_centre_store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"


@pytest.fixture
def session(tmp_path):
    store = open_centre_store(tmp_path / "c.sqlite")
    service = AssessmentService(store, actor="admin")
    uuid = service.create_session("Impor", "pemetaan")
    for name in ("Sekretaris Dinas", "Kepala Bidang Layanan Digital", "Kepala Subbagian Umum"):
        service.add_position(uuid, name, {"M.1": 3})
    yield service, uuid
    store.close()


def _run(service, uuid, path):
    table = read_table(path)
    return table, validate(service, uuid, table, guess_mapping(table.headers))


@pytest.mark.parametrize("name", ["peserta-bkd.csv", "peserta-bkd.xlsx"])
def test_a_bkd_sheet_with_a_title_row_imports_every_assessee(session, name):
    service, uuid = session
    table, report = _run(service, uuid, FIXTURES / name)
    assert table.headers[:3] == ["No", "NIP", "Nama Lengkap"] and table.first_row == 4
    assert report.ok, report.problems
    assert [i.nip for i in report.items] == ["198203142006042901", "197911052005011902", "199007222015031903"]
    assert import_assessees(service, uuid, report) == 3
    info = service.info(uuid)
    assert info.assessees == 3
    doc = service.document(uuid)
    assert [a["golongan"] for a in doc["assessees"]] == ["III/d", "IV/a", "III/c"]


@pytest.mark.parametrize("name", ["peserta-salah.csv", "peserta-salah.xlsx"])
def test_every_bad_row_is_reported_with_its_reason_and_nothing_is_imported(session, name):
    service, uuid = session
    _, report = _run(service, uuid, FIXTURES / name)
    got = {(p.row, p.column): p.reason for p in report.problems}
    assert "tanggal lahir" in got[3, "NIP"]
    assert "duplikat: sama dengan baris 2" in got[4, "NIP"]
    assert got[5, "Nama"] == "sel kosong"
    assert "jabatan sasaran tidak dikenal" in got[6, "Jabatan sasaran"]
    assert "golongan tidak dikenal" in got[7, "Golongan"]
    assert len(report.items) == 1 and not report.ok
    with pytest.raises(ValidationError, match="tidak ada yang diimpor"):
        import_assessees(service, uuid, report)
    assert service.info(uuid).assessees == 0


def test_nip_typed_as_a_number_in_excel_is_caught(session, tmp_path):
    service, uuid = session
    wb = Workbook()
    ws = wb.active
    ws.append(["NIP", "Nama", "Jabatan Sasaran"])
    ws.append([198203142006042901, "Rina", "Sekretaris Dinas"])  # Excel keeps 15 digits
    path = tmp_path / "angka.xlsx"
    wb.save(path)
    _, report = _run(service, uuid, path)
    assert "format kolom NIP sebagai Teks" in report.problems[0].reason


def test_already_registered_assessees_and_unmapped_columns(session, tmp_path):
    service, uuid = session
    _, report = _run(service, uuid, FIXTURES / "peserta-bkd.csv")
    import_assessees(service, uuid, report)
    _, again = _run(service, uuid, FIXTURES / "peserta-bkd.csv")
    assert all(p.reason == "sudah terdaftar pada sesi ini" for p in again.problems) and len(again.problems) == 3
    csv = tmp_path / "tanpa-sasaran.csv"
    csv.write_text("NIP,Nama\n198203142006042901,Rina\n")
    table = read_table(csv)
    report = validate(service, uuid, table, guess_mapping(table.headers))
    assert report.problems[0].reason == "kolom wajib belum dipetakan" and "Jabatan sasaran" in report.problems[0].column


@pytest.mark.parametrize(("content", "suffix", "fragment"), [
    (b"PK\x03\x04 not really", ".xlsx", "bukan berkas Excel"),
    (b"", ".csv", "kosong"),
    (b"a,b", ".ods", "tidak didukung"),
    (b"\x81\x8d\x90", ".csv", "pengodean"),
])
def test_unreadable_files_get_a_clear_message(tmp_path, content, suffix, fragment):
    path = tmp_path / f"x{suffix}"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=fragment):
        read_table(path)
