"""First run and login over a real store, with real argon2id hashing off the GUI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit

from desktop.gui.login import FirstRunDialog, LoginDialog, sign_in
from desktop.services.accounts import CentreProfile, Role
from tests.gui.helpers import show

CENTRE = CentreProfile("UPT Penilaian Kompetensi Contoh", "BKD Provinsi Banten", "Dr. Hendra Wijaya")
TIMEOUT = 10_000


@pytest.fixture
def ready(accounts):
    """A store after the first run, with a ketua besides the administrator."""
    admin = accounts.first_run(CENTRE, "admin", "Siti Administrator", "rahasia-123")
    accounts.create_user(admin, "bambang", "Drs. Bambang Sutrisno", Role.KETUA, "ketua-tim-1")
    return accounts


def _open(qtbot, dialog: QDialog) -> QDialog:
    return show(qtbot, dialog, active=True, timeout=TIMEOUT)


def _type_and_tab(qtbot, field: QLineEdit, text: str) -> None:
    """Type into the field that has the focus (it must be `field`), then Tab to the next one."""
    assert QApplication.focusWidget() is field, f"focus is on {QApplication.focusWidget()!r}"
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Tab)


# -- first run -------------------------------------------------------------------------------------
def test_first_run_filled_with_the_keyboard_creates_the_centre_and_the_administrator(qtbot, accounts):
    dialog = _open(qtbot, FirstRunDialog(accounts))
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.confirm.echoMode() is QLineEdit.EchoMode.Password
    assert dialog.password_hint.text() == "Minimal 8 karakter."

    for field, text in ((dialog.centre_name, CENTRE.name), (dialog.agency, CENTRE.agency),
                        (dialog.head_name, CENTRE.head_name), (dialog.username, "admin"),
                        (dialog.full_name, "Siti Administrator"), (dialog.password, "rahasia-123")):
        _type_and_tab(qtbot, field, text)
    assert QApplication.focusWidget() is dialog.confirm
    qtbot.keyClicks(dialog.confirm, "rahasia-123")
    with qtbot.waitSignal(dialog.user_created, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(dialog.confirm, Qt.Key.Key_Return)  # Enter submits
        assert not dialog.save_button.isEnabled()  # hashing runs off the GUI thread meanwhile

    admin = blocker.args[0]
    assert admin.username == "admin" and admin.role is Role.ADMINISTRATOR
    assert dialog.accepted_user == admin
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert accounts.centre() == CENTRE
    assert not accounts.needs_first_run()
    assert accounts.login("admin", "rahasia-123") == admin


def _fill_first_run(dialog: FirstRunDialog, password: str, confirm: str) -> None:
    for field, text in ((dialog.centre_name, CENTRE.name), (dialog.agency, CENTRE.agency),
                        (dialog.head_name, CENTRE.head_name), (dialog.username, "admin"),
                        (dialog.full_name, "Siti Administrator"), (dialog.password, password),
                        (dialog.confirm, confirm)):
        field.setText(text)


def test_first_run_refuses_mismatching_passwords_inline_and_creates_nothing(qtbot, accounts):
    dialog = _open(qtbot, FirstRunDialog(accounts))
    _fill_first_run(dialog, "rahasia-123", "rahasia-124")
    assert not dialog.error_label.isVisible()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Kata sandi dan ulangannya tidak sama."
    assert dialog.confirm.text() == "" and QApplication.focusWidget() is dialog.confirm
    assert dialog.password.text() == "rahasia-123"
    assert dialog.isVisible() and dialog.accepted_user is None
    assert not dialog.runner.is_running()
    assert accounts.needs_first_run() and accounts.centre() is None

    qtbot.keyClicks(dialog.confirm, "x")  # typing again clears the message
    assert not dialog.error_label.isVisible()


def test_first_run_shows_the_services_refusal_and_creates_nothing(qtbot, accounts):
    dialog = _open(qtbot, FirstRunDialog(accounts))
    _fill_first_run(dialog, "pendek", "pendek")
    with qtbot.waitSignal(dialog.runner.finished, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.error_label.text() == "Kata sandi minimal 8 karakter."
    assert dialog.save_button.isEnabled() and dialog.isVisible()
    assert accounts.needs_first_run() and accounts.centre() is None


def test_first_run_requires_the_centre_profile(qtbot, accounts):
    dialog = _open(qtbot, FirstRunDialog(accounts))
    _fill_first_run(dialog, "rahasia-123", "rahasia-123")
    dialog.head_name.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert dialog.error_label.text() == "Lengkapi nama pusat asesmen, instansi dan pimpinan penyelenggara."
    assert QApplication.focusWidget() is dialog.head_name
    assert accounts.needs_first_run()


# -- login -----------------------------------------------------------------------------------------
def test_login_shows_the_centre_and_hides_the_password(qtbot, ready):
    dialog = _open(qtbot, LoginDialog(ready))
    assert dialog.centre_label.text() == CENTRE.name
    assert dialog.agency_label.text() == CENTRE.agency
    assert dialog.password.echoMode() is QLineEdit.EchoMode.Password
    hints = dialog.password.inputMethodHints()  # no prediction or spell checking on a secret
    for hint in (Qt.InputMethodHint.ImhHiddenText, Qt.InputMethodHint.ImhNoPredictiveText,
                 Qt.InputMethodHint.ImhSensitiveData):
        assert hints & hint
    assert QApplication.focusWidget() is dialog.username
    assert dialog.login_button.text() == "Masuk"


def test_wrong_password_shows_the_message_clears_the_password_and_keeps_the_name(qtbot, ready):
    dialog = _open(qtbot, LoginDialog(ready))
    _type_and_tab(qtbot, dialog.username, "bambang")
    qtbot.keyClicks(dialog.password, "salah-sandi")

    with qtbot.waitSignal(dialog.runner.finished, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.login_button, Qt.MouseButton.LeftButton)
        assert not dialog.login_button.isEnabled()  # verifying: the button waits, the window does not

    assert dialog.error_label.isVisible()
    assert "nama pengguna atau kata sandi salah" in dialog.error_label.text().lower()
    assert dialog.error_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.password.text() == ""
    assert QApplication.focusWidget() is dialog.password
    assert dialog.username.text() == "bambang"
    assert dialog.login_button.isEnabled() and dialog.isVisible()
    assert dialog.user is None


def test_unknown_user_gets_the_same_message(qtbot, ready):
    dialog = _open(qtbot, LoginDialog(ready))
    dialog.username.setText("tidakada")
    dialog.password.setText("rahasia-123")
    with qtbot.waitSignal(dialog.runner.finished, timeout=TIMEOUT):
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "Nama pengguna atau kata sandi salah."


def test_empty_fields_are_refused_without_asking_the_store(qtbot, ready):
    dialog = _open(qtbot, LoginDialog(ready))
    qtbot.keyClick(dialog.username, Qt.Key.Key_Return)
    assert dialog.error_label.text() == "Isi nama pengguna dan kata sandi."
    assert not dialog.runner.is_running()


def test_right_password_with_enter_logs_in_with_the_role(qtbot, ready):
    dialog = _open(qtbot, LoginDialog(ready))
    _type_and_tab(qtbot, dialog.username, "Bambang")
    qtbot.keyClicks(dialog.password, "ketua-tim-1")
    with qtbot.waitSignal(dialog.logged_in, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)

    user = blocker.args[0]
    assert (user.username, user.full_name, user.role) == ("bambang", "Drs. Bambang Sutrisno", Role.KETUA)
    assert dialog.user == user
    assert dialog.result() == QDialog.DialogCode.Accepted and not dialog.isVisible()
    assert dialog.password.text() == ""


# -- sign_in ---------------------------------------------------------------------------------------
def _when_modal(qtbot, act) -> list[QDialog]:
    """Run `act(dialog)` on the modal dialog once it is shown (sign_in blocks in exec())."""
    seen: list[QDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(10, poll)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, poll)
    return seen


def test_sign_in_on_a_new_store_is_the_first_run_and_cancel_gives_none(qtbot, accounts):
    seen = _when_modal(qtbot, lambda d: qtbot.keyClick(d, Qt.Key.Key_Escape))
    assert sign_in(accounts) is None
    assert len(seen) == 1 and isinstance(seen[0], FirstRunDialog)
    assert accounts.needs_first_run()


def test_sign_in_after_the_first_run_is_the_login(qtbot, ready):
    def log_in(dialog: LoginDialog) -> None:
        dialog.username.setText("admin")
        dialog.password.setText("rahasia-123")
        dialog.login_button.click()

    seen = _when_modal(qtbot, log_in)
    user = sign_in(ready)
    assert len(seen) == 1 and isinstance(seen[0], LoginDialog)
    assert user is not None and user.username == "admin" and user.role is Role.ADMINISTRATOR


def test_sign_in_first_run_returns_the_new_administrator(qtbot, accounts):
    def fill(dialog: FirstRunDialog) -> None:
        _fill_first_run(dialog, "rahasia-123", "rahasia-123")
        dialog.save_button.click()

    _when_modal(qtbot, fill)
    user = sign_in(accounts)
    assert user is not None and user.role is Role.ADMINISTRATOR
    assert accounts.centre() == CENTRE


def test_screenshot_writes_the_three_screens(qtbot, tmp_path):
    from desktop.gui.login import screenshot

    paths = screenshot(tmp_path / "shots")
    assert [p.name for p in paths] == ["first_run.png", "login.png", "users.png"]
    assert all(p.stat().st_size > 1000 for p in paths)
