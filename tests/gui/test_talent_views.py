"""BKD's talent views with pytest-qt over a real central SQLite database filled by the real import path: two
sessions of the sample (sealed 2023 and 2025) as secure bundles, and the e-kinerja fixture file (see
tests/central_fixtures.py for the data)."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import TypeVar

import pytest
from argon2 import PasswordHasher
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.domain.nip import format_nip
from desktop.gui.central_window import CentralWindow
from desktop.gui.performance_wizard import PerformanceWizard
from desktop.gui.talent_views import (
    ExpiryPage,
    NineBoxPage,
    PerformancePage,
    TrackRecordPage,
    TrainingNeedsPage,
)
from desktop.services.central_accounts import AccessLog, CentralAccounts, CentralRole
from desktop.services.performance_import import PerformanceImport
from desktop.services.talent import TalentService
from tests.central_fixtures import ANDI, DODI, FIXTURES, MAYA, cached_sessions, import_into

TIMEOUT = 30_000
PASSWORD = "rahasia-bkd-1"
CHEAP = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)
P = TypeVar("P")


@pytest.fixture
def workspace(tmp_path, tmp_path_factory):
    """(store, {username: user}) over both sessions; e-kinerja imported unless a test imports it itself."""
    keys, bundles = cached_sessions(tmp_path_factory)
    store = import_into(str(tmp_path / "central.sqlite"), keys, bundles)
    accounts = CentralAccounts(store, hasher=CHEAP)
    admin = accounts.first_run("admin", "Rina Kusumawati", PASSWORD)
    operator = accounts.create_user(admin, "operator", "Budi Santoso", CentralRole.OPERATOR, PASSWORD)
    analyst = accounts.create_user(admin, "analis", "Dewi Lestari", CentralRole.ANALYST, PASSWORD)
    yield store, {"admin": admin, "operator": operator, "analis": analyst}
    store.close()


@pytest.fixture
def with_performance(workspace):
    store, users = workspace
    report, outcome = PerformanceImport(store, users["operator"]).import_file(FIXTURES / "kinerja-bkd.csv")
    assert outcome is not None, report.problems
    return workspace


@pytest.fixture
def open_window(qtbot, workspace, settings, tmp_path):
    store, users = workspace

    def open_(username: str) -> CentralWindow:
        window = CentralWindow(store, CentralAccounts(store), users[username], str(tmp_path / "central.sqlite"),
                               settings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_


def idle(qtbot, page) -> None:
    """Wait until the page's service calls (and any call queued behind them) are done."""
    qtbot.waitUntil(lambda: not page.runner.is_running() and page._queued is None, timeout=TIMEOUT)


def loaded(qtbot, window: CentralWindow, key: str, kind: type[P], ready: Callable[[P], bool]) -> P:
    """The window's page `key` (a `kind`) brought to the front, once `ready(page)` and idle."""
    page = window.show_page(key)
    assert isinstance(page, kind)
    qtbot.waitUntil(lambda: ready(page), timeout=TIMEOUT)
    idle(qtbot, page)
    return page


def test_each_role_sees_its_talent_pages(open_window):
    assert open_window("analis").page_titles() == [
        "Periksa lembar", "Rekam jejak", "Talenta 9-box", "Kebutuhan pelatihan", "Masa berlaku"]
    assert open_window("operator").page_titles() == ["Impor bundel", "Impor e-kinerja", "Kunci tepercaya"]
    admin = open_window("admin")
    assert admin.page_titles() == [
        "Impor bundel", "Impor e-kinerja", "Kunci tepercaya", "Periksa lembar", "Rekam jejak", "Talenta 9-box",
        "Kebutuhan pelatihan", "Masa berlaku", "Pengguna & riwayat akses"]
    ninebox = admin.pages["ninebox"]
    assert isinstance(ninebox, NineBoxPage) and not ninebox.excel_button.isHidden()


def test_a_track_record_is_found_by_name_and_shows_the_change(qtbot, open_window, with_performance):
    store, _ = with_performance
    window = open_window("analis")
    page = window.show_page("track")
    assert isinstance(page, TrackRecordPage)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search_edit, timeout=TIMEOUT)
    qtbot.keyClicks(page.search_edit, "andi")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.record is not None, timeout=TIMEOUT)
    idle(qtbot, page)
    assert page.hits_model.rowCount() == 1
    assert page.hits_model.text(0, page.HIT_PERSON).replace("\u00a0", " ") == (
        f"Andi Saputra Sampel\n{format_nip(ANDI)}")
    assert page.name_label.text() == "Andi Saputra Sampel"
    assert "2025: Butuh Perbaikan" in page.person_label.text()
    assert page.assessments_model.rowCount() == 2
    first, second = page.record.assessments
    assert page.assessments_model.text(0, 0).endswith("2023") and page.assessments_model.text(1, 0).endswith("2025")
    assert page.assessments_model.text(1, 3).split("\n")[1].startswith("+")  # JPM rose
    levels = page.levels_model
    assert levels.columnCount() == 5  # competency, 2023, 2025, standard, change
    m2 = next(r for r in range(levels.rowCount()) if levels.text(r, 0).startswith("M.2 "))
    assert (levels.text(m2, 2), levels.text(m2, 4)) == ("3", "+1")
    assert "M.2" in page.chart.describe() and "→ 3" in page.chart.describe()
    entries = AccessLog(store).entries(username="analis")
    assert [e["action"] for e in entries[:2]] == ["lihat_rekam_jejak", "cari"]
    assert entries[0]["subject"] == ANDI

    # an amended assessment (revision 2 at BKD) shows the values first sealed beside the corrected ones
    m2_level = second.level("M.2")
    amended = dataclasses.replace(second, revision=2, original_jpm=second.jpm - 3.7, competencies=tuple(
        dataclasses.replace(c, original=m2_level.achieved + 1) if c.code == "M.2" else c
        for c in second.competencies))
    page._on_record(dataclasses.replace(page.record, assessments=(first, amended)))
    assert page.assessments_model.text(1, 1).split("\n")[-1].startswith("revisi 2 (amandemen; JPM semula ")
    assert page.levels_model.text(m2, 2) == f"3 (semula {m2_level.achieved + 1})"
    assert page.levels_model.text(m2, 1) == str(first.level("M.2").achieved)


def test_the_ninebox_counts_filters_and_drills_down(qtbot, open_window, with_performance):
    store, users = with_performance
    window = open_window("analis")
    page = loaded(qtbot, window, "ninebox", NineBoxPage, lambda p: p.grid is not None)
    expected = TalentService(store, users["analis"]).ninebox()
    assert [page.cell_count(b) for b in range(1, 10)] == [expected.cell(b).count for b in range(1, 10)]
    assert page.cells[8].text().startswith(f"{expected.cell(8).count} orang")
    assert "6 pegawai dengan hasil asesmen; 5 dipetakan" in page.summary_label.text()

    qtbot.mouseClick(page.cells[8], Qt.MouseButton.LeftButton)
    idle(qtbot, page)
    assert page.cells[8].isChecked()
    assert page.box_title.text() == "Kotak 8: Kinerja sesuai ekspektasi dan potensial tinggi"
    assert "dipertahankan" in page.box_note.text()
    assert f"Dodi Pratama Contoh\n{format_nip(DODI)}" in [t.replace("\u00a0", " ") for t in
                                                           page.people_model.column_texts(0)]

    # The arrow keys walk the grid as it lies (potential up, performance right) and select the box reached.
    for key, box in ((Qt.Key.Key_Down, 5), (Qt.Key.Key_Right, 7), (Qt.Key.Key_Right, 7), (Qt.Key.Key_Up, 9),
                     (Qt.Key.Key_Left, 8)):
        qtbot.keyClick(page.cells[page.selected_box], key)
        idle(qtbot, page)
        assert page.cells[box].isChecked() and page.selected_box == box
    assert page.box_title.text() == "Kotak 8: Kinerja sesuai ekspektasi dan potensial tinggi"

    qtbot.mouseClick(page.no_performance_button, Qt.MouseButton.LeftButton)
    idle(qtbot, page)
    assert [t.split("\n")[1].replace("\u00a0", " ") for t in page.people_model.column_texts(0)] == [
        format_nip(MAYA)]
    assert page.box_title.text() == "Tanpa data kinerja"

    page.year_combo.setCurrentIndex(page.year_combo.findData(2023))
    page.year_combo.activated.emit(page.year_combo.currentIndex())
    qtbot.waitUntil(lambda: page.grid.filter.year == 2023, timeout=TIMEOUT)
    idle(qtbot, page)
    assert page.grid.total == 6 and page.grid.without_performance == 5
    assert page.cell_count(9) == 1  # Dodi: 2023 "Sangat Baik" and JPM 100

    page.year_combo.setCurrentIndex(0)
    page.unit_combo.setCurrentIndex(page.unit_combo.findData("Sekretariat"))
    page.unit_combo.activated.emit(page.unit_combo.currentIndex())
    qtbot.waitUntil(lambda: page.grid.filter.unit == "Sekretariat", timeout=TIMEOUT)
    idle(qtbot, page)
    assert page.grid.total == 3


def test_the_ninebox_exports_to_excel_and_pdf_off_the_gui_thread(qtbot, open_window, with_performance, tmp_path):
    store, _ = with_performance
    window = open_window("analis")
    page = loaded(qtbot, window, "ninebox", NineBoxPage, lambda p: p.grid is not None)
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT) as done:
        page.export_to(tmp_path / "9-box.xlsx", "xlsx")
        assert page.runner.is_running() and not page.excel_button.isEnabled()
        assert page.stop_button.isVisible()
    assert done.args[0] == tmp_path / "9-box.xlsx"
    book = load_workbook(tmp_path / "9-box.xlsx", read_only=True)
    assert book.sheetnames
    assert "Diekspor ke" in page.status_label.text() and "(6 orang)" in page.status_label.text()
    assert page.excel_button.isEnabled()
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT):
        page.export_to(tmp_path / "9-box.pdf", "pdf")
    assert (tmp_path / "9-box.pdf").read_bytes().startswith(b"%PDF")
    actions = [e["action"] for e in AccessLog(store).entries(username="analis", limit=2)]
    assert all("ekspor" in a for a in actions)


def test_without_the_export_permission_there_are_no_export_buttons(qtbot, with_performance):
    store, users = with_performance
    page = NineBoxPage(TalentService(store, users["analis"]), can_export=False)
    qtbot.addWidget(page)
    assert page.excel_button.isHidden() and page.pdf_button.isHidden()


def test_training_needs_are_grouped_and_open_to_their_people(qtbot, open_window, with_performance, tmp_path):
    store, users = with_performance
    window = open_window("analis")
    page = loaded(qtbot, window, "training", TrainingNeedsPage, lambda p: p.needs is not None)
    expected = TalentService(store, users["analis"]).training_needs()
    assert len(page.top_rows()) == len(expected.totals)
    assert f"{expected.people_with_needs} dari {expected.people_considered} pegawai" in page.summary_label.text()
    if expected.totals:
        top = page.tree.topLevelItem(0)
        page.tree.setCurrentItem(top)
        idle(qtbot, page)
        assert page.people_model.rowCount() == expected.totals[0].people
        assert page.group_title.text().startswith(expected.totals[0].code)
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT):
        page.export_to(tmp_path / "kebutuhan.xlsx")
    assert (tmp_path / "kebutuhan.xlsx").stat().st_size > 0


def test_expiry_lists_results_near_or_past_their_end(qtbot, open_window, with_performance, tmp_path):
    store, users = with_performance
    window = open_window("analis")
    page = window.show_page("expiry")
    assert isinstance(page, ExpiryPage)
    page.days_spin.setValue(3 * 365)
    page.days_spin.editingFinished.emit()
    qtbot.waitUntil(lambda: page.view is not None and page.view.within_days == 3 * 365, timeout=TIMEOUT)
    idle(qtbot, page)
    expected = TalentService(store, users["analis"]).expiry(within_days=3 * 365)
    assert page.people_model.rowCount() == expected.total == 6  # every latest result ends within 3 years
    assert page.units_model.rowCount() == len(expected.units)
    with qtbot.waitSignal(page.exported, timeout=TIMEOUT):
        page.export_to(tmp_path / "masa-berlaku.pdf", "pdf")
    assert (tmp_path / "masa-berlaku.pdf").read_bytes().startswith(b"%PDF")


def test_the_e_kinerja_import_reports_problems_then_imports_and_refreshes_the_ninebox(qtbot, open_window,
                                                                                       workspace):
    store, users = workspace
    admin = open_window("admin")
    ninebox = loaded(qtbot, admin, "ninebox", NineBoxPage, lambda p: p.grid is not None)
    assert ninebox.grid.without_performance == 6  # no e-kinerja yet

    page = admin.show_page("performance")
    assert isinstance(page, PerformancePage)
    wizard = page.open_wizard(FIXTURES / "kinerja-salah.csv")
    assert isinstance(wizard, PerformanceWizard)
    qtbot.waitUntil(lambda: wizard.current_page() == wizard.PAGE_MAPPING, timeout=TIMEOUT)
    assert not wizard.missing_required()  # NIP, year and predicate found by their headings
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.current_page() == wizard.PAGE_REPORT, timeout=TIMEOUT)
    assert wizard.problem_model.rowCount() > 0 and not wizard.import_button.isEnabled()

    wizard.load_file(FIXTURES / "kinerja-bkd.csv")
    qtbot.waitUntil(lambda: wizard.current_page() == wizard.PAGE_MAPPING, timeout=TIMEOUT)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.current_page() == wizard.PAGE_REPORT, timeout=TIMEOUT)
    assert wizard.problem_model.rowCount() == 0 and wizard.import_button.isEnabled()
    assert wizard.ready_model.rowCount() == 8
    with qtbot.waitSignal(page.imported, timeout=TIMEOUT):
        qtbot.mouseClick(wizard.import_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() == wizard.PAGE_DONE
    assert page.status_label.text().startswith("Data kinerja diimpor: 8 baru")
    qtbot.mouseClick(wizard.close_button, Qt.MouseButton.LeftButton)

    admin.show_page("ninebox")  # it loads again: the performance axis is there now
    qtbot.waitUntil(lambda: ninebox.grid is not None and ninebox.grid.without_performance == 1, timeout=TIMEOUT)
