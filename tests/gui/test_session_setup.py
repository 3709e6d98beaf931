"""The session setup screen and the new-session dialog, driven with keys and clicks over real stores."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDateEdit

from desktop.domain.model import Purpose
from desktop.gui.session_setup import NewSessionDialog, SessionSetupWidget, screenshot
from desktop.services.assessment import AssesseeInput, AssessmentService
from desktop.services.stores import open_centre_store
from tests.gui.helpers import show

FIXTURES = Path(__file__).parents[1] / "fixtures" / "import"
ALL9 = ("M.1", "M.2", "M.3", "M.4", "M.5", "M.6", "M.7", "M.8", "SK.1")
RINA, DODI = "198203142006042901", "197911052005011902"


@pytest.fixture
def fresh(tmp_path):
    """(service, uuid): a session being set up: positions and simulations, no matrix, no assignment yet."""
    store = open_centre_store(tmp_path / "fresh.sqlite")
    service = AssessmentService(store, actor="admin")
    uuid = service.create_session("Seleksi Terbuka 2026", "pengisian_jabatan", start_date="2026-03-02",
                                  end_date="2026-03-03")
    service.add_position(uuid, "Sekretaris Dinas", dict.fromkeys(ALL9, 3), "Administrator")
    service.add_position(uuid, "Kepala Subbagian Umum", dict.fromkeys(ALL9, 2), "Pengawas")
    for code in ("INTRAY", "LGD", "CBI"):
        service.add_simulation(uuid, code)
    service.add_assessor(uuid, "Asesor Satu", is_lead=True)
    service.add_assessor(uuid, "Asesor Dua")
    service.add_assessee(uuid, AssesseeInput(RINA, "Rina Lestari", "Sekretaris Dinas"))
    service.add_assessee(uuid, AssesseeInput(DODI, "Dodi Pratama", "Kepala Subbagian Umum"))
    yield service, uuid
    store.close()


@pytest.fixture
def open_setup(qtbot):
    """Build and show a SessionSetupWidget; qtbot closes it after the test."""

    def open_(service: AssessmentService, uuid: str) -> SessionSetupWidget:
        return show(qtbot, SessionSetupWidget(service, uuid), (1280, 800))

    return open_


@pytest.fixture
def store_service(request):
    """(service, uuid) over a store fixture of tests/gui/conftest.py: draft_store or sealed_store."""
    opened = []

    def open_(fixture: str):
        path, uuid = request.getfixturevalue(fixture)
        store = open_centre_store(path)
        opened.append(store)
        return AssessmentService(store, actor="test"), uuid

    yield open_
    for store in opened:
        store.close()


def _show(widget: SessionSetupWidget, page) -> None:
    widget.tabs.setCurrentWidget(page)


# -- creating a session --------------------------------------------------------------------------
def test_a_session_is_created_with_the_keyboard(qtbot, fresh):
    service, _ = fresh
    dialog = NewSessionDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    qtbot.keyClicks(dialog.title_edit, "Seleksi Terbuka JPT Pratama 2026")
    qtbot.keyClick(dialog.purpose_combo, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.start_edit, Qt.Key.Key_Up)  # the day section: tomorrow; the end follows
    with qtbot.waitSignal(dialog.session_created) as blocker:
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    info = service.info(blocker.args[0])
    assert (info.title, info.purpose) == ("Seleksi Terbuka JPT Pratama 2026", Purpose.PEMETAAN)
    assert (info.start_date, info.end_date) == (tomorrow, tomorrow)
    assert dialog.result() == NewSessionDialog.DialogCode.Accepted


def test_the_day_steps_across_the_end_of_a_month_and_a_year(qtbot, fresh):
    """Qt's own day section stops at the month's end: Up on 30 November did nothing (a test that ran on
    30 November found it)."""
    service, _ = fresh
    dialog = NewSessionDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    edit = dialog.start_edit
    for start, key, expected in ((QDate(2026, 11, 30), Qt.Key.Key_Up, QDate(2026, 12, 1)),
                                 (QDate(2026, 12, 31), Qt.Key.Key_Up, QDate(2027, 1, 1)),
                                 (QDate(2027, 3, 1), Qt.Key.Key_Down, QDate(2027, 2, 28))):
        edit.setDate(start)
        edit.setCurrentSection(QDateEdit.Section.DaySection)
        qtbot.keyClick(edit, key)
        assert edit.date() == expected, start
    edit.setCurrentSection(QDateEdit.Section.MonthSection)  # other sections keep Qt's steps
    qtbot.keyClick(edit, Qt.Key.Key_Up)
    assert edit.date() == QDate(2027, 3, 28)


def test_a_session_without_a_title_is_not_created(qtbot, fresh):
    service, _ = fresh
    dialog = NewSessionDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = len(service.sessions())
    with qtbot.assertNotEmitted(dialog.session_created):
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Sesi belum dibuat: judul sesi wajib diisi"
    assert len(service.sessions()) == before


# -- details -------------------------------------------------------------------------------------
def test_edited_details_are_saved_and_seen_by_the_service(qtbot, open_setup, fresh):
    service, uuid = fresh
    widget = open_setup(service, uuid)
    page = widget.details_page
    _show(widget, page)
    assert page.title_edit.text() == "Seleksi Terbuka 2026" and not page.save_button.isEnabled()

    page.title_edit.selectAll()
    qtbot.keyClicks(page.title_edit, "Seleksi Terbuka JPT 2026")
    qtbot.keyClicks(page.venue_edit, "Aula BKD Provinsi")
    qtbot.keyClick(page.purpose_combo, Qt.Key.Key_Down)
    assert page.save_button.isEnabled()
    assert page.save_button.shortcut().toString() == "Ctrl+S"
    with qtbot.waitSignal(widget.session_changed) as blocker:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert blocker.args == [uuid]
    info = service.info(uuid)
    assert (info.title, info.venue, info.purpose) == ("Seleksi Terbuka JPT 2026", "Aula BKD Provinsi",
                                                      Purpose.PEMETAAN)
    assert widget.message.text() == "Rincian sesi tersimpan." and widget.message.isVisible()
    assert widget.heading.text() == "Persiapan sesi: Seleksi Terbuka JPT 2026"
    assert not page.save_button.isEnabled()
    assert service.document(uuid)["audit"][-1]["action"] == "session.update"


def test_unsaved_details_survive_a_change_on_another_tab(qtbot, open_setup, fresh):
    service, uuid = fresh
    widget = open_setup(service, uuid)
    page = widget.details_page
    qtbot.keyClicks(page.venue_edit, "Aula")
    _show(widget, widget.matrix_page)
    with qtbot.waitSignal(widget.session_changed):
        qtbot.mouseClick(widget.matrix_page.box("M.1", "INTRAY"), Qt.MouseButton.LeftButton)
    assert page.venue_edit.text() == "Aula" and page.save_button.isEnabled()


# -- positions -----------------------------------------------------------------------------------
def test_a_standard_level_is_set_in_the_positions_table(qtbot, open_setup, fresh):
    service, uuid = fresh
    widget = open_setup(service, uuid)
    page = widget.positions_page
    _show(widget, page)
    combo = page.combo("Sekretaris Dinas", "M.4")
    assert combo.currentText() == "3"
    assert combo.accessibleName() == "Standar M.4 Orientasi pada Hasil untuk Sekretaris Dinas"

    combo.setFocus()
    with qtbot.waitSignal(widget.session_changed):
        qtbot.keyClicks(combo, "4")

    standards = next(p for p in service.document(uuid)["positions"] if p["name"] == "Sekretaris Dinas")["standards"]
    assert standards["M.4"] == 4
    assert page.combo("Sekretaris Dinas", "M.4").currentText() == "4"
    assert widget.message.text() == "Standar M.4 untuk Sekretaris Dinas tersimpan: 4."

    with qtbot.waitSignal(widget.session_changed):
        qtbot.keyClick(combo, Qt.Key.Key_Home)  # "—": not required for this position
    standards = next(p for p in service.document(uuid)["positions"] if p["name"] == "Sekretaris Dinas")["standards"]
    assert "M.4" not in standards


def test_a_position_is_added_and_a_missing_name_is_explained_inline(qtbot, open_setup, fresh):
    service, uuid = fresh
    widget = open_setup(service, uuid)
    page = widget.positions_page
    _show(widget, page)
    with qtbot.assertNotEmitted(widget.session_changed):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert widget.message.text() == "Tidak tersimpan: nama jabatan wajib diisi"
    assert widget.message.property("kind") == "error"

    qtbot.keyClicks(page.name_edit, "Kepala Seksi Pelayanan")
    page.level_spin.setValue(2)
    with qtbot.waitSignal(widget.session_changed):
        qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    added = next(p for p in service.document(uuid)["positions"] if p["name"] == "Kepala Seksi Pelayanan")
    assert added["standards"] == dict.fromkeys(ALL9, 2)
    assert page.table.rowCount() == 3 and page.name_edit.text() == ""
    assert widget.message.property("kind") == "info"


def test_an_skj_sheet_is_checked_in_the_background_then_imported(qtbot, open_setup, fresh):
    service, uuid = fresh
    widget = open_setup(service, uuid)
    _show(widget, widget.positions_page)
    widget.start_skj_import(FIXTURES / "skj.xlsx")
    qtbot.waitUntil(lambda: widget.skj_dialog is not None)
    dialog = widget.skj_dialog
    assert dialog.import_button.isEnabled()
    assert dialog.summary.text().startswith("2 jabatan baru, 0 jabatan yang standarnya diganti, 1 jabatan tidak "
                                            "berubah.")
    assert dialog.table.item(0, 2).text() == "tidak berubah"
    assert dialog.table.rowCount() == 3
    with qtbot.waitSignal(widget.session_changed):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    names = {p["name"] for p in service.document(uuid)["positions"]}
    assert {"Kepala Seksi Pelayanan Digital", "Analis Kebijakan Ahli Pertama"} < names
    assert widget.positions_page.table.rowCount() == 4
    assert widget.message.text() == "SKJ diimpor: 2 jabatan baru, 0 jabatan diperbarui."


def test_a_bad_skj_sheet_imports_nothing(qtbot, open_setup, fresh, tmp_path):
    service, uuid = fresh
    bad = tmp_path / "skj.csv"
    bad.write_text("Jabatan;M.1\nKepala Bidang;9\n", encoding="utf-8")
    widget = open_setup(service, uuid)
    widget.start_skj_import(bad)
    qtbot.waitUntil(lambda: widget.skj_dialog is not None)
    dialog = widget.skj_dialog
    assert not dialog.import_button.isEnabled()
    assert "baris 2 · M.1 «9»: level di luar skala 1-5" in dialog.problems.toPlainText()
    dialog.reject()
    assert len(service.position_names(uuid)) == 2


# -- simulations and matrix ----------------------------------------------------------------------
def test_a_simulation_is_ticked_and_unticked_with_the_space_key(qtbot, open_setup, fresh):
    service, uuid = fresh
    widget = open_setup(service, uuid)
    page = widget.simulations_page
    _show(widget, page)
    item = page.item("ROLEPLAY")
    page.list.setCurrentItem(item)
    page.list.setFocus()
    with qtbot.waitSignal(widget.session_changed):
        qtbot.keyClick(page.list.viewport(), Qt.Key.Key_Space)
    assert [s["code"] for s in service.document(uuid)["simulations"]] == ["INTRAY", "LGD", "CBI", "ROLEPLAY"]
    assert widget.matrix_page.table.columnCount() == 4 + 3
    with qtbot.waitSignal(widget.session_changed):
        qtbot.keyClick(page.list.viewport(), Qt.Key.Key_Space)
    assert [s["code"] for s in service.document(uuid)["simulations"]] == ["INTRAY", "LGD", "CBI"]


def test_a_competency_with_fewer_than_two_simulations_is_flagged(qtbot, open_setup, fresh):
    service, uuid = fresh
    widget = open_setup(service, uuid)
    page = widget.matrix_page
    _show(widget, page)
    matrix_tab = widget.tabs.indexOf(page)
    assert page.is_flagged("M.1") and not widget.tabs.tabIcon(matrix_tab).isNull()

    with qtbot.waitSignal(widget.session_changed):
        qtbot.mouseClick(page.box("M.1", "INTRAY"), Qt.MouseButton.LeftButton)
    assert service.document(uuid)["matrix"] == {"M.1": ["INTRAY"]}
    assert page.is_flagged("M.1") and page.status_text("M.1") == "kurang dari 2 simulasi"
    assert page.box("M.1", "INTRAY").isChecked()
    assert "M.1 Integritas (1)" in page.summary.text()

    with qtbot.waitSignal(widget.session_changed):
        qtbot.mouseClick(page.box("M.1", "CBI"), Qt.MouseButton.LeftButton)
    assert service.document(uuid)["matrix"] == {"M.1": ["INTRAY", "CBI"]}
    assert not page.is_flagged("M.1") and page.status_text("M.1") == "memadai"
    assert "M.1 Integritas" not in page.summary.text()
    assert page.summary.text().startswith("1 dari 9 kompetensi yang dipersyaratkan")


def test_rated_matrix_cells_are_locked_and_others_stay_editable(qtbot, open_setup, store_service):
    service, uuid = store_service("draft_store")
    widget = open_setup(service, uuid)
    page = widget.matrix_page
    _show(widget, page)
    with pytest.raises(KeyError):
        page.box("M.1", "INTRAY")  # rated: a ✓, not a checkbox
    assert page.table.item(0, 1).text() == "✓"
    with qtbot.waitSignal(widget.session_changed):
        qtbot.mouseClick(page.box("M.1", "LGD"), Qt.MouseButton.LeftButton)
    assert service.document(uuid)["matrix"]["M.1"] == ["INTRAY", "LGD", "CBI"]
    assert page.summary.text() == "9 dari 9 kompetensi yang dipersyaratkan diungkap oleh sedikitnya 2 simulasi."


# -- assessors and assignment --------------------------------------------------------------------
def test_an_assessor_is_added_and_a_bad_nip_is_explained(qtbot, open_setup, fresh):
    service, uuid = fresh
    widget = open_setup(service, uuid)
    page = widget.assessors_page
    _show(widget, page)
    qtbot.keyClicks(page.name_edit, "Asesor Tiga")
    qtbot.keyClicks(page.nip_edit, "1234")
    with qtbot.assertNotEmitted(widget.session_changed):
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert widget.message.text().startswith("Tidak tersimpan: NIP asesor 1234")
    page.nip_edit.clear()
    qtbot.keyClicks(page.nip_edit, "196805121994031901")
    with qtbot.waitSignal(widget.session_changed):
        qtbot.keyClick(page.name_edit, Qt.Key.Key_Return)
    assert [a["name"] for a in service.document(uuid)["assessors"]][-1] == "Asesor Tiga"
    assert page.table.rowCount() == 3 and page.table.item(2, 1).text() == "19680512 199403 1 901"
    assert widget.assignment_page.combo(RINA, "LGD").count() == 4  # the grid offers the new assessor


def test_an_assessor_is_assigned_in_the_grid(qtbot, open_setup, fresh):
    service, uuid = fresh
    widget = open_setup(service, uuid)
    page = widget.assignment_page
    _show(widget, page)
    combo = page.combo(RINA, "LGD")
    assert combo.currentText() == "— belum ditugaskan —"
    assert page.summary.text().startswith("0 dari 6 sel terisi.")

    combo.setFocus()
    with qtbot.waitSignal(widget.session_changed):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    board = [(f.nip, f.simulation_code, f.assessor_name) for f in service.progress_board(uuid)]
    assert board == [(RINA, "LGD", "Asesor Satu")]
    with qtbot.waitSignal(widget.session_changed):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    board = [(f.nip, f.simulation_code, f.assessor_name) for f in service.progress_board(uuid)]
    assert board == [(RINA, "LGD", "Asesor Dua")]
    assert page.combo(RINA, "LGD").currentText() == "Asesor Dua"
    assert page.summary.text() == "1 dari 6 sel terisi. Beban asesor: Asesor Satu 0; Asesor Dua 1."
    assert widget.message.text() == "Asesor Dua menilai Rina Lestari pada LGD."
    doc = service.document(uuid)
    assert [e["action"] for e in doc["audit"][-3:]] == ["assignment.add", "assignment.remove", "assignment.add"]


# -- sealed --------------------------------------------------------------------------------------
def test_a_sealed_session_is_read_only_under_a_banner(qtbot, open_setup, store_service):
    service, uuid = store_service("sealed_store")
    widget = open_setup(service, uuid)
    assert widget.banner.isVisible()
    assert widget.banner_label.text().startswith("Sesi ini sudah disegel (kode segel ")
    details = widget.details_page
    assert details.title_edit.isReadOnly() and details.venue_edit.isReadOnly()
    assert not details.purpose_combo.isEnabled() and not details.start_edit.isEnabled()
    assert not details.save_button.isVisible()

    positions = widget.positions_page
    _show(widget, positions)
    assert positions.table.cellWidget(0, positions.FIRST_LEVEL) is None
    assert positions.table.item(0, positions.FIRST_LEVEL).text() == "4"
    assert not positions.add_box.isVisible() and not positions.import_button.isVisible()

    sims = widget.simulations_page
    assert not sims.item("ROLEPLAY").flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert sims.item("INTRAY").checkState() == Qt.CheckState.Checked

    matrix = widget.matrix_page
    _show(widget, matrix)
    with pytest.raises(KeyError):
        matrix.box("M.1", "LGD")
    assert not widget.assessors_page.add_box.isVisibleTo(widget.assessors_page)
    grid = widget.assignment_page
    _show(widget, grid)
    assert grid.table.cellWidget(0, grid.FIRST_SIM) is None
    assert grid.table.item(0, grid.FIRST_SIM).text() == "Drs. Bambang Sutrisno Fiktif, M.Psi."

    with qtbot.assertNotEmitted(widget.session_changed):
        assert not widget.apply(lambda: None, "x")
    assert widget.message.text() == "Sesi sudah disegel: data tidak dapat diubah."


# -- the screenshots -----------------------------------------------------------------------------
def test_screenshots_of_the_sample_session(qtbot, tmp_path):
    paths = screenshot(tmp_path)
    assert [p.name for p in paths] == ["setup_positions.png", "setup_matrix.png", "setup_assignment.png"]
    for p in paths:
        image = QImage(str(p))
        assert (image.width(), image.height()) == (1280, 800)
        assert image.pixelColor(QPoint(640, 400)).isValid()
