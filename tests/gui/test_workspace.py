"""The main window's pages working together, as signed-in users see them."""

from __future__ import annotations

import pytest

from desktop.domain.model import FormStatus
from desktop.gui.main_window import MainWindow
from desktop.gui.meeting import MeetingWidget
from desktop.gui.progress_board import ProgressBoardWidget
from desktop.gui.rating_page import RatingPage
from desktop.gui.session_setup import NewSessionDialog, SessionSetupWidget
from desktop.services.accounts import AccountService, CentreProfile, Role
from desktop.services.assessment import AssessmentService
from desktop.services.stores import open_centre_store

DODI = "197911052005011902"
RATNA = "Ratna Dewi Contoh, S.Psi., M.M."  # rates Dodi in In-tray and CBI in the sample session


@pytest.fixture
def workspace(qtbot, settings, draft_store):
    """Open a main window over the sample session as a given user (created on the fly)."""
    path, uuid = draft_store
    stores = []

    def open_(username: str, role: Role, link_assessor: str | None = None) -> tuple[MainWindow, str]:
        store = open_centre_store(path)
        stores.append(store)
        accounts = AccountService(store)
        if accounts.needs_first_run():
            admin = accounts.first_run(CentreProfile("UPT Contoh", "BKD Contoh", "Kepala Contoh"),
                                       "admin", "Admin Contoh", "rahasia-123")
        else:
            admin = accounts.user("admin")
        user = admin if username == "admin" else accounts.create_user(admin, username, username.title(), role,
                                                                       "rahasia-456")
        service = AssessmentService(store, actor=user.username)
        if link_assessor:
            service.add_assessor(uuid, link_assessor, username=username)
        window = MainWindow(service, path, settings, accounts=accounts, user=user)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        qtbot.waitExposed(window)
        return window, uuid

    yield open_
    for store in stores:
        store.close()


def test_every_page_of_the_selected_session_opens(workspace, qtbot):
    window, uuid = workspace("admin", Role.ADMINISTRATOR)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Ringkasan", "Persiapan", "Penilaian", "Kemajuan", "Rapat integrasi", "Pengiriman ke BKD",
                      "Pengguna"]
    window.tabs.setCurrentIndex(1)
    assert isinstance(window.setup_tab.content, SessionSetupWidget)
    window.tabs.setCurrentIndex(2)
    page = window.rating_tab.content
    assert isinstance(page, RatingPage) and page.chooser.isVisibleTo(window)  # admin may type paper forms
    assert page.assessor_combo.count() == 3
    window.tabs.setCurrentIndex(3)
    assert isinstance(window.board_tab.content, ProgressBoardWidget)
    window.tabs.setCurrentIndex(4)
    assert isinstance(window.meeting_tab.content, MeetingWidget)


def test_the_board_opens_the_requested_form_and_follows_the_ratings(workspace, qtbot):
    window, uuid = workspace("admin", Role.ADMINISTRATOR)
    window.tabs.setCurrentWidget(window.board_tab)
    board = window.board_tab.content
    board.form_requested.emit(DODI, "CBI", RATNA)
    assert window.tabs.currentWidget() is window.rating_tab
    page = window.rating_tab.content
    assert page.assessor_combo.currentText() == RATNA
    form = page.form
    assert (form.form.nip, form.form.simulation_code) == (DODI, "CBI")
    with qtbot.waitSignal(form.form_submitted):
        form.submit_button.click()
    assert window.board_tab.content is board
    (summary,) = [f for f in window._service.progress_board(uuid, RATNA)
                  if f.nip == DODI and f.simulation_code == "CBI"]
    assert summary.status is FormStatus.SUBMITTED
    row, col = board.cell_of(DODI, "CBI")
    assert "terkirim" in board.table.item(row, col).text()


def test_an_assessor_sees_only_their_own_forms(workspace):
    window, uuid = workspace("wati", Role.ASESOR, link_assessor="Wati Asesor, M.Psi.")
    window.tabs.setCurrentWidget(window.rating_tab)
    page = window.rating_tab.content
    assert isinstance(page, RatingPage) and not page.chooser.isVisibleTo(window)
    assert page.form.assessor_label.text() == "Wati Asesor, M.Psi."
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Pengguna" in titles and "Pengiriman ke BKD" not in titles  # export and purge: ketua or admin
    assert not window.users_widget.add_button.isEnabled()


def test_an_assessor_outside_the_session_is_told_so(workspace):
    window, _ = workspace("budi", Role.ASESOR)
    window.tabs.setCurrentWidget(window.rating_tab)
    assert window.rating_tab.content is None
    assert "belum terdaftar sebagai asesor" in window.rating_tab.placeholder.text()


def test_typed_evidence_is_stored_when_the_window_closes(workspace, draft_store, qtbot):
    path, _ = draft_store
    window, uuid = workspace("admin", Role.ADMINISTRATOR)
    window.tabs.setCurrentWidget(window.rating_tab)
    page = window.rating_tab.content
    page.assessor_combo.setCurrentText(RATNA)
    row = page.form.rows[0]
    row.editor.setFocus()
    qtbot.keyClicks(row.editor, " dan tetap konsisten")
    nip, simulation = page.form.form.nip, page.form.form.simulation_code
    window.close()
    store = open_centre_store(path)
    try:
        form = AssessmentService(store, actor="check").form(uuid, nip, simulation, RATNA)
    finally:
        store.close()
    assert "dan tetap konsisten" in form.items[0].evidence


def test_new_session_from_the_menu_lands_on_its_setup(workspace, qtbot):
    window, _ = workspace("admin", Role.ADMINISTRATOR)
    window.action_new_session.trigger()
    dialog = window.findChild(NewSessionDialog)
    dialog.title_edit.setText("Seleksi Terbuka JPT Pratama 2027")
    with qtbot.waitSignal(dialog.session_created):
        dialog.accept()
    assert window.tabs.currentWidget() is window.setup_tab
    assert window.selected_session().title == "Seleksi Terbuka JPT Pratama 2027"
    assert isinstance(window.setup_tab.content, SessionSetupWidget)


def test_import_is_offered_for_draft_sessions_only(workspace):
    window, _ = workspace("admin", Role.ADMINISTRATOR)
    assert window.action_import.isEnabled()


def test_a_sealed_session_offers_no_import(sealed_store, settings, qtbot):
    path, _uuid = sealed_store
    store = open_centre_store(path)
    window = MainWindow(AssessmentService(store, actor="t"), path, settings)
    qtbot.addWidget(window)
    assert not window.action_import.isEnabled()
    window.tabs.setCurrentWidget(window.delivery_widget)  # the sealed session waits to be exported
    assert window.delivery_widget.table.rowCount() == 1
    assert "Belum diekspor" in window.delivery_widget.table.item(0, window.delivery_widget.COL_STATUS).text()
    window.close()
    store.close()


def test_print_and_check_sheet_open_from_the_menu(sealed_store, settings, qtbot):
    from desktop.gui.check_sheet import CheckSheetWidget
    from desktop.gui.printing import PrintDialog

    path, _uuid = sealed_store
    store = open_centre_store(path)
    window = MainWindow(AssessmentService(store, actor="t"), path, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.action_print.isEnabled()
    window.action_print.trigger()
    dialog = window.findChild(PrintDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()
    window.action_check_sheet.trigger()
    assert isinstance(window.check_sheet_widget, CheckSheetWidget) and window.check_sheet_widget.isVisible()
    window.close()
    store.close()


def test_blank_observation_forms_from_the_menu(workspace, tmp_path, qtbot):
    window, _ = workspace("admin", Role.ADMINISTRATOR)
    assert window.action_forms.isEnabled()
    with qtbot.waitSignal(window._runner.finished, timeout=60000):
        window.write_forms(tmp_path / "forms")
    forms = sorted((tmp_path / "forms").glob("form-*.pdf"))
    assert len(forms) == 24
    assert "Formulir observasi tersimpan" in window.statusBar().currentMessage()
