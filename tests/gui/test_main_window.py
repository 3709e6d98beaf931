"""The main window over real stores: empty state, sessions, results, sample data through the menu."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton

from desktop.gui.main_window import GEOMETRY_KEY, MainWindow
from desktop.gui.models import ResultTableModel, SessionTableModel
from desktop.services.assessment import AssessmentService
from desktop.services.demo import finish_by_consensus
from desktop.services.stores import open_centre_store


def _plain(text: str) -> str:
    return text.replace("&", "").rstrip("…")


def _menu(window: MainWindow, title: str) -> QMenu:
    for action in window.menuBar().actions():
        if action.menu() is not None and _plain(action.text()) == title:
            return action.menu()
    raise AssertionError(f"no menu {title!r}")


def _action(menu: QMenu, text: str) -> QAction:
    for action in menu.actions():
        if _plain(action.text()) == text:
            return action
    raise AssertionError(f"no action {text!r} in {menu.title()!r}")


def _column(model, col: int) -> list[str]:
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_empty_store_shows_empty_state(open_window, tmp_path):
    window = open_window(tmp_path / "centre.sqlite")

    assert window.windowTitle() == "Asesmen"
    assert window.session_model.rowCount() == 0
    assert window.sessions_stack.currentWidget() is not window.sessions_view
    assert window.empty_label.isVisible()
    assert window.empty_label.text().startswith("Belum ada sesi penilaian. ")
    assert window.empty_button.isVisible() and window.empty_button.isEnabled()
    assert not window.results_pane.isVisible()  # no session to pick: no results pane to explain
    assert str(tmp_path / "centre.sqlite") in window.store_label.text()


def test_menus_and_accessible_names(open_window, tmp_path):
    window = open_window(tmp_path / "centre.sqlite")

    file_menu = _menu(window, "Berkas")
    assert _action(file_menu, "Muat data contoh") is window.action_load_demo
    assert _action(file_menu, "Keluar").shortcut().toString() == "Ctrl+Q"
    assert [a.text() for a in _menu(window, "Bahasa").actions()] == ["Bahasa Indonesia", "English"]
    assert window.language_actions["id"].isChecked()
    assert _action(_menu(window, "Bantuan"), "Tentang Asesmen") is window.action_about
    assert window.sessions_view.accessibleName() == "Daftar sesi penilaian"
    assert window.results_view.accessibleName() == "Hasil peserta"
    for action in (window.action_load_demo, window.action_quit, window.action_about):
        assert action.statusTip()


def test_draft_session_is_listed_without_results(open_window, draft_store):
    path, uuid = draft_store
    window = open_window(path)

    assert window.session_model.rowCount() == 1
    assert window.sessions_stack.currentWidget() is window.sessions_view
    row = [window.session_model.index(0, c).data() for c in range(window.session_model.columnCount())]
    assert row == ["Pemetaan Kompetensi Pejabat Administrasi 2026 - Gelombang 1", "Pemetaan",
                   "23–24 November 2026", "6", "Draf"]
    window.select_session(uuid)
    assert window.result_model.rowCount() == 0
    assert window.results_stack.currentWidget() is window.results_label
    assert "rapat integrasi" in window.results_label.text()


def test_sealed_session_shows_results(open_window, draft_store, qtbot):
    path, uuid = draft_store
    window = open_window(path)
    store = open_centre_store(path)  # the integration meeting, done through the service as a user would
    try:
        service = AssessmentService(store, actor="test")
        assert service.info(uuid).seal_code is None  # not sealed yet
        finish_by_consensus(service, uuid)
        seal_code = service.info(uuid).seal_code
    finally:
        store.close()

    window.refresh()
    qtbot.mouseClick(window.sessions_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=window.sessions_view.visualRect(window.session_model.index(0, 0)).center())
    assert window.selected_session().uuid == uuid
    assert window.session_model.index(0, SessionTableModel.STATUS).data() == f"Tersegel · {seal_code}"

    model = window.result_model
    assert model.rowCount() == 6
    assert window.results_stack.currentWidget() is window.results_view
    assert window.results_view.isVisible()
    names = _column(model, ResultTableModel.NAME)
    assert names[0] == "Rina Lestari Fiktif" and "Maya Kusuma Tiruan" in names
    assert _column(model, ResultTableModel.JPM)[:2] == ["96,30", "100,00"]  # Indonesian decimal comma
    assert _column(model, ResultTableModel.NIP)[0] == "19820314 200604 2 901"
    assert set(_column(model, ResultTableModel.CATEGORY)) <= {"Optimal", "Cukup Optimal", "Kurang Optimal"}
    assert seal_code in window.results_detail.text()


def test_load_demo_through_the_menu(open_window, tmp_path, qtbot):
    window = open_window(tmp_path / "centre.sqlite")
    action = _action(_menu(window, "Berkas"), "Muat data contoh")
    progress: list[tuple[int, int, str]] = []
    window.runner.progressed.connect(lambda *args: progress.append(args))

    with qtbot.waitSignal(window.runner.succeeded, timeout=60_000) as done:
        action.trigger()
        dialog = window.progress_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.windowModality() == Qt.WindowModality.WindowModal
        assert not action.isEnabled()

    assert window.progress_dialog is None and action.isEnabled()
    assert window.session_model.rowCount() == 1
    assert window.selected_session().uuid == done.args[0]
    assert window.sessions_stack.currentWidget() is window.sessions_view
    assert progress and progress[-1][0] == progress[-1][1] > 0
    assert all(text for _, _, text in progress)

    store = open_centre_store(tmp_path / "centre.sqlite")  # durably in the store, not only in the window
    try:
        sessions = AssessmentService(store, actor="test").sessions()
    finally:
        store.close()
    assert [(s.uuid, s.assessees) for s in sessions] == [(done.args[0], 6)]


def test_cancel_loading_the_sample_data(open_window, tmp_path, qtbot):
    window = open_window(tmp_path / "centre.sqlite")

    with qtbot.waitSignal(window.runner.cancelled, timeout=60_000):
        window.action_load_demo.trigger()
        buttons = window.progress_dialog.findChildren(QPushButton)
        assert [b.text() for b in buttons] == ["Batal"]
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    assert window.progress_dialog is None
    assert window.action_load_demo.isEnabled()
    assert window.statusBar().currentMessage() == "Muat data contoh dibatalkan."


def test_language_choice_is_saved_for_the_next_start(open_window, tmp_path, settings):
    window = open_window(tmp_path / "centre.sqlite")

    window.language_actions["en"].trigger()

    assert settings.value("ui/language") == "en"
    assert window.menu_file.title() == "&Berkas"  # takes effect after a restart, not now
    assert window.notice.isVisible()
    assert "setelah Asesmen ditutup dan dibuka kembali" in window.notice_label.text()

    window.language_actions["id"].trigger()
    assert settings.value("ui/language") == "id"
    assert not window.notice.isVisible()


def test_geometry_is_remembered(open_window, tmp_path, settings):
    window = open_window(tmp_path / "centre.sqlite")
    window.resize(760, 530)  # the offscreen screen is 800x600: restoreGeometry keeps windows on it
    window.close()
    assert settings.value(GEOMETRY_KEY) is not None

    again = open_window(tmp_path / "centre.sqlite")
    assert (again.width(), again.height()) == (760, 530)
