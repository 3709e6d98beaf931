"""`asesmen --central URL`: the central database opens behind the sign-in window; first run and sign-in of
BKD users (real argon2id hashing off the GUI thread), and one Indonesian line for a database that cannot be
opened."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from argon2 import PasswordHasher
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop.gui import application
from desktop.gui.central_login import (
    CentralFirstRunDialog,
    CentralLoginDialog,
    PendingCentralStore,
    central_error_message,
    central_sign_in,
    masked_location,
)
from desktop.services.central_accounts import CentralAccounts, CentralRole
from desktop.services.stores import open_central_store
from tests.gui import helpers

TIMEOUT = 20_000
PASSWORD = "rahasia-bkd-1"
CHEAP = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1)  # fixtures only; the screens use the real one


@pytest.fixture
def central_with_users(tmp_path):
    """A central database with one BKD user per role; returns its path."""
    path = tmp_path / "central.sqlite"
    store = open_central_store(path)
    try:
        accounts = CentralAccounts(store, hasher=CHEAP)
        admin = accounts.first_run("admin", "Rina Kusumawati", PASSWORD)
        accounts.create_user(admin, "operator", "Budi Santoso", CentralRole.OPERATOR, PASSWORD)
        accounts.create_user(admin, "analis", "Dewi Lestari", CentralRole.ANALYST, PASSWORD)
    finally:
        store.close()
    return path


@pytest.fixture
def pending(qtbot, tmp_path):
    """Open a location behind the window; the store is closed afterwards."""
    opened: list[PendingCentralStore] = []

    def open_(location) -> PendingCentralStore:
        p = PendingCentralStore(location)
        opened.append(p)
        return p

    yield open_
    for p in opened:
        if p._thread.is_alive():  # still opening: let it finish before its folder goes away
            p._thread.join(TIMEOUT / 1000)
        if p.store is not None:
            p.store.close()


def show(qtbot, dialog: QDialog) -> QDialog:
    return helpers.show(qtbot, dialog, active=True, timeout=TIMEOUT)


def save_first_administrator(dialog: CentralFirstRunDialog) -> None:
    """Fill in the first BKD administrator (admin, PASSWORD) and press Simpan."""
    dialog.username.setText("admin")
    dialog.full_name.setText("Rina Kusumawati")
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD)
    dialog.save_button.click()


def drive(step: Callable[[QWidget | None], bool]) -> QTimer:
    """Call `step(active modal widget)` every 20 ms until it returns True (for dialogs run with exec())."""
    timer = QTimer()
    timer.setInterval(20)

    def tick() -> None:
        if step(QApplication.activeModalWidget()):
            timer.stop()

    timer.timeout.connect(tick)
    timer.start()
    return timer


@pytest.mark.parametrize(("username", "role"), [("admin", CentralRole.ADMIN), ("operator", CentralRole.OPERATOR),
                                                ("analis", CentralRole.ANALYST)])
def test_each_bkd_user_signs_in_with_the_keyboard_while_the_database_opens(qtbot, pending, central_with_users,
                                                                           username, role):
    opening = pending(central_with_users)
    login = show(qtbot, CentralLoginDialog(opening))
    opening.start()  # the window is already usable: typing does not wait for the database
    assert login.location_label.text() == str(central_with_users)
    assert QApplication.focusWidget() is login.username
    qtbot.keyClicks(login.username, username)
    qtbot.keyClick(login.username, Qt.Key.Key_Tab)
    qtbot.keyClicks(login.password, PASSWORD)
    with qtbot.waitSignal(login.logged_in, timeout=TIMEOUT) as signed_in:
        qtbot.keyClick(login.password, Qt.Key.Key_Return)
    user = signed_in.args[0]
    assert (user.username, user.role) == (username, role)
    assert login.result() == QDialog.DialogCode.Accepted and login.password.text() == ""


def test_a_wrong_password_is_one_line_and_clears_the_password(qtbot, pending, central_with_users):
    opening = pending(central_with_users).start()
    qtbot.waitUntil(opening.is_done, timeout=TIMEOUT)
    login = show(qtbot, CentralLoginDialog(opening))
    login.username.setText("analis")
    login.password.setText("bukan-sandinya")
    with qtbot.waitSignal(login.runner.finished, timeout=TIMEOUT):
        qtbot.mouseClick(login.login_button, Qt.MouseButton.LeftButton)
    assert login.error_label.text() == "Nama pengguna atau kata sandi salah."
    assert login.isVisible() and login.password.text() == "" and login.user is None
    qtbot.keyClicks(login.password, "x")
    assert login.error_label.isHidden()  # typing again clears it


def test_a_new_database_asks_for_the_first_bkd_administrator(qtbot, pending, tmp_path):
    location = tmp_path / "baru" / "central.sqlite"
    opening = pending(location)
    login = show(qtbot, CentralLoginDialog(opening))
    with qtbot.waitSignal(login.first_run_needed, timeout=TIMEOUT):
        opening.start()
    accounts = opening.result()
    login.reject()  # as central_sign_in does
    first = show(qtbot, CentralFirstRunDialog(accounts, str(location)))
    assert QApplication.focusWidget() is first.username
    for field, text in ((first.username, "Admin.BKD"), (first.full_name, "Rina Kusumawati, S.Kom."),
                        (first.password, PASSWORD)):
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    qtbot.keyClicks(first.confirm, "beda-sandinya")
    qtbot.keyClick(first.confirm, Qt.Key.Key_Return)
    assert first.error_label.text() == "Kata sandi dan ulangannya tidak sama."
    assert QApplication.focusWidget() is first.confirm and first.confirm.text() == ""
    assert accounts.needs_first_run()

    qtbot.keyClicks(first.confirm, PASSWORD)
    with qtbot.waitSignal(first.user_created, timeout=TIMEOUT) as created:
        qtbot.keyClick(first.confirm, Qt.Key.Key_Return)
        assert not first.save_button.isEnabled()  # hashing runs off the GUI thread
    admin = created.args[0]
    assert (admin.username, admin.role) == ("admin.bkd", CentralRole.ADMIN)
    assert first.accepted_user == admin and not accounts.needs_first_run()
    assert accounts.login("admin.bkd", PASSWORD) == admin


@pytest.mark.parametrize(("location", "expected"), [
    ("mysql://bkd@server/pusat", "jenis basis data tidak didukung: mysql"),
    ("postgresql+psycopg://bkd:rahasia@127.0.0.1:1/pusat", "server menolak sambungan"),
])
def test_a_database_that_cannot_be_opened_is_one_line_in_the_window(qtbot, pending, location, expected):
    opening = pending(location)
    login = show(qtbot, CentralLoginDialog(opening))
    opening.start()
    qtbot.waitUntil(lambda: login.open_failed, timeout=TIMEOUT)
    text = login.error_label.text()
    assert text.startswith("Basis data pusat tidak dapat dibuka: ") and expected in text
    assert "\n" not in text and "rahasia" not in text  # a password in the URL is never shown
    assert not login.login_button.isEnabled() and login.cancel_button.text() == "Tutup"
    assert login.height() >= login.layout().totalHeightForWidth(login.width())  # the whole line is visible


def test_errors_and_locations_as_shown(qapp, tmp_path):
    assert masked_location("postgresql+psycopg://bkd:s3cret@db.bkd.go.id:5432/pusat") == \
        "postgresql+psycopg://bkd:***@db.bkd.go.id:5432/pusat"
    assert masked_location(tmp_path / "central.sqlite") == str(tmp_path / "central.sqlite")
    not_a_db = tmp_path / "catatan.sqlite"
    not_a_db.write_text("bukan basis data " * 200)
    with pytest.raises(Exception) as caught:
        open_central_store(not_a_db)
    assert central_error_message(not_a_db, caught.value) == (
        f"Basis data pusat tidak dapat dibuka: berkas itu bukan basis data. Lokasi: {not_a_db}")
    missing_driver = central_error_message("postgresql+asyncpg://a@b/c", ModuleNotFoundError(name="asyncpg"))
    assert "pengandar basis data tidak terpasang (asyncpg)" in missing_driver


def test_central_sign_in_on_a_new_database_goes_to_the_first_run(qtbot, pending, tmp_path):
    opening = pending(tmp_path / "central.sqlite")
    QTimer.singleShot(0, opening.start)

    def step(active: QWidget | None) -> bool:
        if isinstance(active, CentralFirstRunDialog) and active.isVisible():
            save_first_administrator(active)
            return True
        return False

    timer = drive(step)
    user = central_sign_in(opening)
    timer.stop()
    assert user is not None and user.role is CentralRole.ADMIN


def test_run_gui_with_a_bad_central_url_exits_1_with_one_line(qapp, monkeypatch, capsys):
    def step(active: QWidget | None) -> bool:
        if isinstance(active, CentralLoginDialog) and active.open_failed:
            active.cancel_button.click()
            return True
        return False

    timer = drive(step)
    assert application.run_gui(["--central", "mysql://bkd@server/pusat"]) == 1
    timer.stop()
    err = capsys.readouterr().err.strip()
    assert err == ("asesmen: Basis data pusat tidak dapat dibuka: jenis basis data tidak didukung: mysql. "
                   "Lokasi: mysql://bkd@server/pusat")


def test_run_gui_opens_the_workspace_after_the_first_run(qapp, tmp_path):
    from desktop.gui.central_window import CentralWindow

    location = tmp_path / "central.sqlite"
    seen: list[list[str]] = []

    def step(active: QWidget | None) -> bool:
        if isinstance(active, CentralFirstRunDialog) and active.isVisible() and active.save_button.isEnabled():
            save_first_administrator(active)
            return False
        window = next((w for w in QApplication.topLevelWidgets() if isinstance(w, CentralWindow) and w.isVisible()),
                      None)
        if window is not None:
            seen.append(window.page_titles())
            window.action_quit.trigger()  # Ctrl+Q
            return True
        return False

    timer = drive(step)
    assert application.run_gui(["--central", str(location)]) == 0
    timer.stop()
    assert seen and seen[0] == ["Impor bundel", "Impor e-kinerja", "Kunci tepercaya", "Periksa lembar", "Rekam jejak",
                                "Talenta 9-box", "Kebutuhan pelatihan", "Masa berlaku", "Pengguna & riwayat akses"]
    store = open_central_store(location)
    try:
        assert [u.username for u in CentralAccounts(store).users()] == ["admin"]
    finally:
        store.close()
