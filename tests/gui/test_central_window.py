"""BKD's central workspace window over a real central SQLite database: what each role sees, the trust list and
the import working together, the access history, and the window's own behaviour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from desktop.domain.nip import format_nip
from desktop.gui.central_import import CentralImportWidget
from desktop.gui.central_users import CentralUsersWidget
from desktop.gui.central_window import SAMPLE_PASSWORD, CentralWindow, build_sample_central
from desktop.gui.check_sheet import CheckSheetWidget
from desktop.gui.trust_list import TrustListWidget
from desktop.services.central import CentralService
from desktop.services.central_accounts import AccessLog, CentralAccounts
from desktop.services.keys import TrustList, load_bkd_identity
from desktop.storage.central_orm import CentralResult, Person

TIMEOUT = 30_000
DODI = "197911052005011902"


@pytest.fixture(scope="module")
def sample_template(tmp_path_factory):
    """The sample without a trusted centre key: the tests add it through the trust page."""
    return build_sample_central(tmp_path_factory.mktemp("central-window"), trust=False)


@pytest.fixture
def open_window(qtbot, store, sample, settings):
    accounts = CentralAccounts(store)
    users = {u.username: u for u in accounts.users()}

    def open_(username: str, window_settings: QSettings | None = None) -> CentralWindow:
        window = CentralWindow(store, accounts, users[username], str(sample.location),
                               window_settings or settings, extra_pages=[])
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_


def test_each_role_sees_only_what_it_may_do(open_window):
    admin = open_window("admin")
    assert admin.page_titles() == ["Impor bundel", "Kunci tepercaya", "Periksa lembar", "Pengguna & riwayat akses"]
    assert admin.windowTitle() == "Asesmen BKD — Rina Kusumawati Contoh, S.Kom."
    assert admin.user_label.text() == "Rina Kusumawati Contoh, S.Kom. (Administrator)"
    users = admin.pages["users"]
    assert isinstance(users, CentralUsersWidget) and not users.form_box.isHidden()

    operator = open_window("operator")
    assert operator.page_titles() == ["Impor bundel", "Kunci tepercaya"]
    assert operator.user_label.text() == "Budi Santoso Fiktif (Operator)"

    analyst = open_window("analis")
    assert analyst.page_titles() == ["Periksa lembar"]
    check = analyst.pages["check"]
    assert isinstance(check, CheckSheetWidget)
    assert not check.location_edit.isVisibleTo(analyst)  # it checks against this database, nothing to choose
    assert check.location() == str(analyst.location)


def test_pages_are_reached_with_alt_and_a_digit_and_ctrl_q_closes(qtbot, open_window):
    window = open_window("admin")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=TIMEOUT)
    for digit, key in ((2, "trust"), (4, "users"), (1, "import"), (3, "check")):
        qtbot.keyClick(window, getattr(Qt.Key, f"Key_{digit}"), Qt.KeyboardModifier.AltModifier)
        assert window.tabs.currentWidget() is window.pages[key]
    with qtbot.waitSignal(window.closed):
        qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()


def test_the_window_remembers_its_size_and_page(qtbot, open_window, tmp_path):
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    first = open_window("admin", settings)
    first.resize(760, 530)  # the offscreen screen is 800x600: restoreGeometry keeps windows on it
    first.show_page("trust")
    first.close()
    again = open_window("admin", settings)
    assert (again.width(), again.height()) == (first.width(), first.height())
    assert again.tabs.currentWidget() is again.pages["trust"]


def test_trusting_then_revoking_a_centre_decides_its_imports(qtbot, open_window, sample, store):
    """The operator's day: an unknown centre is refused naming its key; trusted, its bundle is applied;
    revoked, its bundles are refused again."""
    window = open_window("operator")
    importer = window.show_page("import")
    assert isinstance(importer, CentralImportWidget)
    importer.add_files([sample.bundle])
    importer.set_identity_file(sample.identity_file)
    importer.password_edit.setText(SAMPLE_PASSWORD)
    with qtbot.waitSignal(importer.runner.finished, timeout=TIMEOUT):
        qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    ((_, outcome, message),) = importer.outcome_rows()
    assert outcome == "ditolak" and sample.centre_key_id in message

    trust = window.show_page("trust")
    assert isinstance(trust, TrustListWidget)
    trust.name_edit.setText("UPT Penilaian Kompetensi Contoh")
    trust.file_edit.setText(str(sample.centre_public))
    qtbot.mouseClick(trust.add_button, Qt.MouseButton.LeftButton)
    assert [k.key_id for k in trust.trusted_keys()] == [sample.centre_key_id]

    window.show_page("import")
    importer.add_files([sample.bundle])
    with qtbot.waitSignal(importer.runner.finished, timeout=TIMEOUT):
        qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    assert [r[1] for r in importer.outcome_rows()] == ["diterapkan"]
    assert len(CentralService(store).result_rows()) == 6

    window.show_page("trust")
    trust.select_key(sample.centre_key_id)
    qtbot.mouseClick(trust.revoke_button, Qt.MouseButton.LeftButton)
    assert sample.centre_key_id in trust.confirm_label.text()
    qtbot.mouseClick(trust.confirm_button, Qt.MouseButton.LeftButton)
    assert trust.trusted_keys()[0].revoked

    window.show_page("import")
    importer.add_files([sample.resent])  # a new bundle of the same centre: its key no longer counts
    with qtbot.waitSignal(importer.runner.finished, timeout=TIMEOUT):
        qtbot.mouseClick(importer.import_button, Qt.MouseButton.LeftButton)
    ((_, outcome, message),) = importer.outcome_rows()
    assert outcome == "ditolak" and sample.centre_key_id in message

    # Every imported file is in the access history, under the operator.
    entries = AccessLog(store).entries(username="operator")
    assert [e["action"] for e in entries if e["action"] == "impor"] == ["impor"] * 3


def test_the_admin_adds_an_analyst_who_then_signs_in(qtbot, open_window, store):
    window = open_window("admin")
    users = window.show_page("users")
    assert isinstance(users, CentralUsersWidget)
    users.username.setText("sari")
    users.full_name.setText("Sari Wulandari")
    users.role.setCurrentIndex(users.role.findData("analyst"))
    users.password.setText("analis-baru-1")
    users.confirm.setText("analis-baru-2")
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    assert users.error() == "Kata sandi dan ulangannya tidak sama."
    users.confirm.setText("analis-baru-1")
    with qtbot.waitSignal(users.user_added, timeout=TIMEOUT):
        qtbot.keyClick(users.confirm, Qt.Key.Key_Return)
    assert "sari" in users.usernames()
    assert users.status_label.text() == "sari ditambahkan sebagai Analis."
    assert CentralAccounts(store).login("sari", "analis-baru-1").role.value == "analyst"


def test_the_access_history_shows_who_saw_whose_data(qtbot, open_window, sample, store):
    """A sheet checked at BKD shows a person's data: it is in that person's access history."""
    TrustList(store).add_file("UPT Contoh", sample.centre_public)
    identity = load_bkd_identity(sample.identity_file, SAMPLE_PASSWORD)
    assert CentralService(store, identities=[identity]).import_file(sample.bundle).outcome == "applied"
    with store.transaction() as db:
        code = db.execute(select(CentralResult.sheet_code).join(Person).where(Person.nip == DODI)).scalar_one()

    analyst = open_window("analis")
    check = analyst.pages["check"]
    assert isinstance(check, CheckSheetWidget)
    check.code_edit.setText(code)
    with qtbot.waitSignal(check.sheet_checked, timeout=TIMEOUT):
        check.check()
    assert check.verdict_word() == "✓ COCOK"

    admin = open_window("admin")
    users = admin.show_page("users")
    assert isinstance(users, CentralUsersWidget)
    users.nip_filter.setText(format_nip(DODI))
    qtbot.keyClick(users.nip_filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not users.history_runner.is_running(), timeout=TIMEOUT)
    rows = users.history_rows()
    assert len(rows) == 1
    _at, who, role, action, subject, detail = rows[0]
    assert (who, role, action, subject) == ("analis", "Analis", "memeriksa lembar hasil", format_nip(DODI))
    assert detail.startswith("COCOK")
    assert users.history_count.text() == "1 entri untuk saringan ini"

    users.nip_filter.setText("1234")
    qtbot.keyClick(users.nip_filter, Qt.Key.Key_Return)
    assert "NIP harus 18 angka" in users.history_error.text() and users.history_error.isVisible()

    users.nip_filter.clear()
    users.user_filter.setCurrentIndex(users.user_filter.findData("admin"))
    qtbot.mouseClick(users.filter_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not users.history_runner.is_running(), timeout=TIMEOUT)
    assert {r[1] for r in users.history_rows()} == {"admin"}
    assert "menambah pengguna" in {r[3] for r in users.history_rows()}
