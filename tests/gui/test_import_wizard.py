"""The assessee import wizard over a real store: file, column mapping, validation report, all-or-nothing import."""

from __future__ import annotations

import csv
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTableView, QWidget

from desktop.gui import import_wizard
from desktop.gui.import_wizard import ImportWizard
from desktop.services.assessment import AssesseeInput, AssessmentService
from desktop.services.importing import FIELDS
from desktop.services.importing import validate as real_validate
from desktop.services.stores import open_centre_store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
POSITIONS = ("Sekretaris Dinas", "Kepala Bidang Layanan Digital", "Kepala Subbagian Umum")
GOOD_NIPS = ["198203142006042901", "197911052005011902", "199007222015031903"]
TIMEOUT = 10_000


@pytest.fixture
def session(tmp_path):
    store = open_centre_store(tmp_path / "centre.sqlite")
    service = AssessmentService(store, actor="test")
    uuid = service.create_session("Seleksi JPT Pratama (fiktif)", "pengisian_jabatan")
    for name in POSITIONS:
        service.add_position(uuid, name, {"M.1": 3})
    yield service, uuid
    store.close()


@pytest.fixture
def wizard(qtbot, session):
    service, uuid = session
    w = ImportWizard(service, uuid)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.runner.cancel()
    assert w.runner.wait(TIMEOUT), "a task thread was left running"


def _enter(qtbot, wizard: ImportWizard) -> None:
    """Press Enter where the keyboard focus is, as a user would."""
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Return)


def _to_page(qtbot, wizard: ImportWizard, page: int) -> None:
    qtbot.waitUntil(lambda: wizard.current_page() == page and not wizard.runner.is_running(), timeout=TIMEOUT)


def _type_path_and_enter(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.path_edit.setFocus()
    qtbot.keyClicks(wizard.path_edit, str(path))
    qtbot.keyClick(wizard.path_edit, Qt.Key.Key_Return)


def _open(qtbot, wizard: ImportWizard, path: Path) -> None:
    wizard.load_file(path)
    _to_page(qtbot, wizard, ImportWizard.PAGE_MAPPING)


def _report(qtbot, wizard: ImportWizard, path: Path) -> None:
    _open(qtbot, wizard, path)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    _to_page(qtbot, wizard, ImportWizard.PAGE_REPORT)


def _rows(view: QTableView) -> list[list[str]]:
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def _headers(view: QTableView) -> list[str]:
    model = view.model()
    return [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]


# -- the good sheets ---------------------------------------------------------------------------
def test_good_csv_by_keyboard_only(qtbot, wizard, session):
    service, uuid = session
    assert wizard.current_page() == ImportWizard.PAGE_FILE
    assert not wizard.next_button.isEnabled()  # no file yet

    _type_path_and_enter(qtbot, wizard, FIXTURES / "peserta-bkd.csv")
    _to_page(qtbot, wizard, ImportWizard.PAGE_MAPPING)
    combos = wizard.mapping_combos
    assert {f: combos[f].currentText() for f in combos} == {
        "nip": "NIP", "name": "Nama Lengkap", "golongan": "Gol/Ruang", "current_position": "Jabatan Saat Ini",
        "unit": "Unit Kerja", "target_position": "Jabatan Sasaran", "sex": "(tidak dipakai)",
        "kind": "(tidak dipakai)"}
    # The preview numbers rows as the spreadsheet does (the title row pushes the data down to row 4).
    assert [wizard.preview.verticalHeaderItem(r).text() for r in range(wizard.preview.rowCount())] == \
        ["4", "5", "6"]
    assert wizard.preview.horizontalHeaderItem(1).text() == "NIP\n→ NIP"
    assert wizard.preview.horizontalHeaderItem(0).text() == "No\ntidak dipakai"

    _enter(qtbot, wizard)  # Enter = Lanjut: every row is checked
    _to_page(qtbot, wizard, ImportWizard.PAGE_REPORT)
    assert wizard.summary_label.text() == "3 baris siap diimpor, tidak ada baris bermasalah"
    assert wizard.problem_model.rowCount() == 0
    assert [row[1].replace(" ", "") for row in _rows(wizard.ready_view)] == GOOD_NIPS
    assert wizard.import_button.isEnabled() and wizard.import_button.text() == "&Impor 3 peserta"

    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT) as blocker:
        _enter(qtbot, wizard)  # Enter = Impor
    assert blocker.args == [3]
    assert wizard.current_page() == ImportWizard.PAGE_DONE
    assert wizard.done_label.text() == "3 peserta diimpor"
    assert service.info(uuid).assessees == 3
    doc = service.document(uuid)
    assert [a["nip"] for a in doc["assessees"]] == GOOD_NIPS
    assert [a["golongan"] for a in doc["assessees"]] == ["III/d", "IV/a", "III/c"]
    assert [a["unit"] for a in doc["assessees"]] == ["Sekretariat", "Bidang Layanan Digital", "Bidang Tata Kelola"]

    _enter(qtbot, wizard)  # Enter = Tutup
    assert not wizard.isVisible()


def test_good_xlsx_through_load_file_and_clicks(qtbot, wizard, session):
    service, uuid = session
    _report(qtbot, wizard, FIXTURES / "peserta-bkd.xlsx")
    assert wizard.problem_model.rowCount() == 0
    assert wizard.tabs.tabText(0) == "Masalah (0)"

    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert blocker.args == [3]
    assert wizard.done_label.text() == "3 peserta diimpor"
    doc = service.document(uuid)
    assert [a["nip"] for a in doc["assessees"]] == GOOD_NIPS
    assert [a["name"] for a in doc["assessees"]] == ["Rina Lestari Fiktif", "Dodi Pratama Contoh",
                                                     "Andi Saputra Sampel"]
    positions = {p["uuid"]: p["name"] for p in doc["positions"]}
    assert [positions[a["target_position"]] for a in doc["assessees"]] == \
        ["Sekretaris Dinas", "Sekretaris Dinas", "Kepala Bidang Layanan Digital"]


# -- the bad sheets ----------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["peserta-salah.csv", "peserta-salah.xlsx"])
def test_every_bad_row_is_shown_with_its_reason_and_nothing_is_imported(qtbot, wizard, session, name):
    service, uuid = session
    _report(qtbot, wizard, FIXTURES / name)

    assert wizard.summary_label.text() == "1 baris siap diimpor, 5 baris bermasalah"
    assert "Tidak ada peserta yang diimpor selama masih ada masalah" in wizard.report_note.text()
    assert _headers(wizard.problems_view) == ["Baris", "Kolom", "Nilai", "Masalah"]
    rows = _rows(wizard.problems_view)
    assert [r[0] for r in rows] == ["3", "4", "5", "6", "7"]  # sorted by row
    got = {(r[0], r[1]): r[3] for r in rows}
    assert "tanggal lahir" in got["3", "NIP"]
    assert "duplikat: sama dengan baris 2" in got["4", "NIP"]
    assert got["5", "Nama"] == "sel kosong"
    assert "jabatan sasaran tidak dikenal" in got["6", "Jabatan sasaran"]
    assert "golongan tidak dikenal" in got["7", "Golongan"]
    assert {(r[0], r[2]) for r in rows} >= {("6", "Kepala Dinas Lain"), ("7", "III/z")}
    assert wizard.tabs.currentWidget() is wizard.problems_view
    assert wizard.tabs.tabText(0) == "Masalah (5)"

    assert not wizard.import_button.isEnabled()
    _enter(qtbot, wizard)  # Enter does not import while the button is disabled
    assert wizard.current_page() == ImportWizard.PAGE_REPORT and wizard.isVisible()

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Esc = Batal
    assert not wizard.isVisible()
    assert service.info(uuid).assessees == 0


def test_the_save_button_writes_the_problem_report_as_csv(qtbot, wizard, tmp_path, monkeypatch):
    target = tmp_path / "laporan masalah.csv"
    asked = []

    def fake_dialog(parent, caption, start, filter_):
        asked.append((caption, start, filter_))
        return str(target), filter_

    monkeypatch.setattr(import_wizard.QFileDialog, "getSaveFileName", staticmethod(fake_dialog))
    _report(qtbot, wizard, FIXTURES / "peserta-salah.csv")
    assert wizard.save_report_button.isEnabled()

    qtbot.mouseClick(wizard.save_report_button, Qt.MouseButton.LeftButton)

    assert asked and asked[0][1].endswith("peserta-salah-masalah.csv")
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
    with target.open(encoding="utf-8-sig", newline="") as f:
        written = list(csv.reader(f, delimiter=";"))
    assert written[0] == ["Baris", "Kolom", "Nilai", "Masalah"]
    assert written[1:] == _rows(wizard.problems_view)
    assert [r[0] for r in written[1:]] == ["3", "4", "5", "6", "7"]
    assert any("golongan tidak dikenal" in r[3] for r in written)
    assert str(target) in wizard.saved_label.text()


def test_recheck_after_the_sheet_is_fixed(qtbot, wizard, session, tmp_path):
    service, uuid = session
    sheet = tmp_path / "peserta.csv"
    shutil.copy(FIXTURES / "peserta-salah.csv", sheet)
    _report(qtbot, wizard, sheet)
    assert not wizard.import_button.isEnabled()

    # The BKD officer keeps the good row and the fixed ones, saves, and checks again.
    lines = sheet.read_text().splitlines()
    sheet.write_text("\n".join([lines[0], lines[1], lines[6].replace("III/z", "III/c")]) + "\n")
    qtbot.mouseClick(wizard.recheck_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.import_button.isEnabled(), timeout=TIMEOUT)
    assert wizard.summary_label.text() == "2 baris siap diimpor, tidak ada baris bermasalah"
    assert wizard.import_button.text() == "&Impor 2 peserta"
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert service.info(uuid).assessees == 2


# -- the mapping -------------------------------------------------------------------------------
def test_mapping_combos_are_labelled_from_fields_with_required_marked(qtbot, wizard):
    _open(qtbot, wizard, FIXTURES / "peserta-bkd.csv")
    page = wizard.stack.widget(ImportWizard.PAGE_MAPPING)
    buddies = {label.buddy(): label.text() for label in page.findChildren(QLabel) if label.buddy()}
    for f, (label, required, _) in FIELDS.items():
        combo = wizard.mapping_combos[f]
        assert buddies[combo] == label + (" *" if required else "") + ":"
        assert combo.itemText(0) == "(tidak dipakai)"
        assert [combo.itemText(i) for i in range(1, combo.count())] == wizard.table.headers


def test_unmapping_a_required_field_disables_next(qtbot, wizard):
    _open(qtbot, wizard, FIXTURES / "peserta-bkd.csv")
    assert wizard.next_button.isEnabled()
    combo = wizard.mapping_combos["name"]

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)  # the first choice: (tidak dipakai)
    assert combo.currentText() == "(tidak dipakai)"
    assert not wizard.next_button.isEnabled()
    assert "Isian wajib belum dipetakan: Nama." in wizard.mapping_status.text()
    _enter(qtbot, wizard)
    assert wizard.current_page() == ImportWizard.PAGE_MAPPING  # Enter does not go on either

    qtbot.keyClick(combo, Qt.Key.Key_End)  # some column again: Lanjut is back
    assert wizard.next_button.isEnabled()
    assert "Semua isian wajib sudah dipetakan" in wizard.mapping_status.text()


def test_back_keeps_the_mapping_and_an_unmapped_optional_column_is_not_imported(qtbot, wizard, session):
    service, uuid = session
    _report(qtbot, wizard, FIXTURES / "peserta-bkd.csv")
    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() == ImportWizard.PAGE_MAPPING
    assert wizard.mapping_combos["nip"].currentText() == "NIP"
    wizard.set_mapping("unit", None)
    assert wizard.preview.horizontalHeaderItem(5).text() == "Unit Kerja\ntidak dipakai"
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    _to_page(qtbot, wizard, ImportWizard.PAGE_REPORT)
    with qtbot.waitSignal(wizard.imported, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert [a["unit"] for a in service.document(uuid)["assessees"]] == ["", "", ""]


# -- errors and stopping -----------------------------------------------------------------------
def test_an_unreadable_file_shows_one_line_inline(qtbot, wizard, tmp_path):
    broken = tmp_path / "rusak.xlsx"
    broken.write_bytes(b"PK\x03\x04 bukan lembar kerja")
    _type_path_and_enter(qtbot, wizard, broken)
    qtbot.waitUntil(lambda: bool(wizard.error_text()), timeout=TIMEOUT)
    assert "rusak.xlsx: bukan berkas Excel .xlsx yang valid" in wizard.error_text()
    assert "\n" not in wizard.error_text()
    assert wizard.current_page() == ImportWizard.PAGE_FILE and wizard.isVisible()

    wizard.path_edit.clear()  # editing the path clears the message
    assert wizard.error_text() == ""
    _type_path_and_enter(qtbot, wizard, tmp_path / "tidak-ada.csv")
    assert wizard.error_text() == f"Berkas tidak ditemukan: {tmp_path / 'tidak-ada.csv'}"

    wizard.path_edit.clear()
    _type_path_and_enter(qtbot, wizard, FIXTURES / "README.md")
    qtbot.waitUntil(lambda: bool(wizard.error_text()), timeout=TIMEOUT)
    assert "jenis berkas tidak didukung" in wizard.error_text()


def test_a_failed_import_says_so_inline_and_imports_nothing(qtbot, wizard, session):
    service, uuid = session
    _report(qtbot, wizard, FIXTURES / "peserta-bkd.csv")
    # Meanwhile someone else registers one of the three: the one transaction fails as a whole.
    service.add_assessee(uuid, AssesseeInput(nip=GOOD_NIPS[1], name="Dodi", target_position="Sekretaris Dinas"))

    with qtbot.assertNotEmitted(wizard.imported):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(wizard.error_text()), timeout=TIMEOUT)
    assert wizard.error_text().startswith("Impor gagal: ")
    assert wizard.error_text().endswith("Tidak ada peserta yang diimpor.")
    assert "sudah terdaftar" in wizard.error_text()
    assert wizard.current_page() == ImportWizard.PAGE_REPORT
    assert [a["nip"] for a in service.document(uuid)["assessees"]] == [GOOD_NIPS[1]]


def test_checking_runs_off_the_gui_thread_and_can_be_stopped(qtbot, wizard, session, monkeypatch):
    started, release = threading.Event(), threading.Event()

    def slow_validate(service, uuid, table, mapping, progress):
        started.set()
        release.wait(TIMEOUT / 1000)
        progress.report(1, 3, "memeriksa baris")  # raises Cancelled once stopped
        return real_validate(service, uuid, table, mapping, progress)

    monkeypatch.setattr(import_wizard, "validate", slow_validate)
    _open(qtbot, wizard, FIXTURES / "peserta-bkd.csv")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert started.wait(TIMEOUT / 1000)
    assert wizard.busy.isVisible() and wizard.stop_button.isVisible()
    assert "Memeriksa 3 baris" in wizard.progress_label.text()
    assert not wizard.next_button.isEnabled() and not wizard.stack.isEnabled()

    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # Esc while checking stops the check, not the wizard
    release.set()
    qtbot.waitUntil(lambda: not wizard.runner.is_running(), timeout=TIMEOUT)
    assert wizard.isVisible()
    assert wizard.error_text() == "Pemeriksaan dihentikan."
    assert wizard.current_page() == ImportWizard.PAGE_MAPPING
    assert not wizard.busy.isVisible() and wizard.next_button.isEnabled()


def test_a_session_without_target_positions_is_explained_before_choosing_a_file(qtbot, tmp_path):
    store = open_centre_store(tmp_path / "kosong.sqlite")
    try:
        service = AssessmentService(store, actor="test")
        uuid = service.create_session("Tanpa jabatan", "pemetaan")
        w = ImportWizard(service, uuid)
        qtbot.addWidget(w)
        assert "belum memiliki jabatan sasaran" in w.positions_label.text()
        w.close()
    finally:
        store.close()


def test_a_sealed_session_takes_no_assessees(qtbot, sealed_demo):
    _store, service, uuid = sealed_demo
    w = ImportWizard(service, uuid)
    qtbot.addWidget(w)
    w.show()
    qtbot.keyClicks(w.path_edit, str(FIXTURES / "peserta-bkd.csv"))
    assert "sudah disegel: peserta tidak dapat ditambahkan" in w.error_text()
    assert not w.next_button.isEnabled() and not w.browse_button.isEnabled()
    w.load_file(FIXTURES / "peserta-bkd.csv")
    assert not w.runner.is_running() and w.current_page() == ImportWizard.PAGE_FILE


def test_preview_columns_give_way_widest_first():
    assert import_wizard._water_level([100, 200, 300], 1000, minimum=50) == 300  # all fit: no cap
    assert import_wizard._water_level([100, 200, 300], 500, minimum=50) == 200
    assert import_wizard._water_level([100, 200, 300], 150, minimum=80) == 80  # never narrower than minimum
    assert import_wizard.column_letter(0) == "A" and import_wizard.column_letter(27) == "AB"


# -- accessibility -----------------------------------------------------------------------------
def test_every_control_has_an_accessible_name(qtbot, wizard):
    _report(qtbot, wizard, FIXTURES / "peserta-salah.csv")
    kinds = (QAbstractButton, QComboBox, QLineEdit, QTableView)
    unnamed = [type(w).__name__ + ":" + (getattr(w, "text", lambda: "")() or w.objectName())
               for w in wizard.findChildren(QWidget)
               if isinstance(w, kinds) and not w.accessibleName() and w.parent() is not None
               and not type(w).__name__.startswith("QTabBar") and w.objectName() != "qt_scrollarea_viewport"
               and not w.objectName().startswith("qt_")]
    assert unnamed == []
    assert wizard.import_button.accessibleName() == "Impor peserta"


def test_screenshots_are_written(qtbot, tmp_path):
    paths = import_wizard.screenshot(tmp_path)
    assert [p.name for p in paths] == ["import_mapping.png", "import_report.png"]
    assert all(p.stat().st_size > 10_000 for p in paths)
