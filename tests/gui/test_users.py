"""The users list over a real store: administrators add users, everyone else only reads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.gui.users import UsersWidget, UserTableModel
from desktop.services.accounts import CentreProfile, Role
from tests.gui.helpers import show

TIMEOUT = 10_000


@pytest.fixture
def admin(accounts):
    return accounts.first_run(CentreProfile("UPT Contoh", "BKD Contoh", "Kepala"), "admin", "Siti Admin",
                              "rahasia-123")


@pytest.fixture
def ketua(accounts, admin):
    return accounts.create_user(admin, "bambang", "Drs. Bambang Sutrisno", Role.KETUA, "ketua-tim-1")


def _widget(qtbot, accounts, user) -> UsersWidget:
    return show(qtbot, UsersWidget(accounts, user), (980, 520), active=True, timeout=TIMEOUT)


def _rows(widget: UsersWidget) -> list[tuple[str, str, str]]:
    m = widget.model
    return [tuple(m.index(r, c).data() for c in range(m.columnCount())) for r in range(m.rowCount())]


def test_the_list_shows_users_with_indonesian_role_labels(qtbot, accounts, admin, ketua):
    widget = _widget(qtbot, accounts, admin)
    headers = [widget.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Nama pengguna", "Nama lengkap", "Peran"]
    assert _rows(widget) == [("admin", "Siti Admin", "Administrator"),
                             ("bambang", "Drs. Bambang Sutrisno", "Ketua Tim")]
    assert widget.count_label.text() == "2 pengguna"
    assert widget.table.accessibleName() == "Daftar pengguna"
    assert widget.model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()  # the signed-in user
    assert widget.model.index(1, 0).data(Qt.ItemDataRole.FontRole) is None


def test_an_administrator_adds_an_asesor_with_the_keyboard(qtbot, accounts, admin):
    widget = _widget(qtbot, accounts, admin)
    assert widget.form_box.isEnabled() and not widget.readonly_note.isVisible()
    assert widget.role.currentText() == "Asesor"  # the usual case needs no choice

    widget.username.setFocus()
    for field, text in ((widget.username, "ratna"), (widget.full_name, "Ratna Dewi, S.Psi.")):
        assert QApplication.focusWidget() is field
        qtbot.keyClicks(field, text)
        qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget.role
    qtbot.keyClick(widget.role, Qt.Key.Key_Tab)
    qtbot.keyClicks(widget.password, "sandi-ratna-1")
    qtbot.keyClick(widget.password, Qt.Key.Key_Tab)
    qtbot.keyClicks(widget.confirm, "sandi-ratna-1")
    with qtbot.waitSignal(widget.user_added, timeout=TIMEOUT) as blocker:
        qtbot.keyClick(widget.confirm, Qt.Key.Key_Return)
        assert not widget.add_button.isEnabled()

    added = blocker.args[0]
    assert (added.username, added.role) == ("ratna", Role.ASESOR)
    assert ("ratna", "Ratna Dewi, S.Psi.", "Asesor") in _rows(widget)
    selected = widget.table.selectionModel().currentIndex()
    assert widget.model.user_at(selected.row()).username == "ratna"
    assert widget.status_label.text() == "Pengguna ratna ditambahkan sebagai Asesor."
    assert all(f.text() == "" for f in (widget.username, widget.full_name, widget.password, widget.confirm))
    assert widget.add_button.isEnabled()
    assert accounts.login("ratna", "sandi-ratna-1").role is Role.ASESOR


def test_an_administrator_can_add_a_ketua(qtbot, accounts, admin):
    widget = _widget(qtbot, accounts, admin)
    widget.username.setText("bambang")
    widget.full_name.setText("Drs. Bambang Sutrisno")
    widget.role.setCurrentIndex(widget.role.findText("Ketua Tim"))
    widget.password.setText("ketua-tim-1")
    widget.confirm.setText("ketua-tim-1")
    with qtbot.waitSignal(widget.user_added, timeout=TIMEOUT):
        qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert ("bambang", "Drs. Bambang Sutrisno", "Ketua Tim") in _rows(widget)


def test_errors_are_inline_and_add_nothing(qtbot, accounts, admin):
    widget = _widget(qtbot, accounts, admin)
    widget.username.setText("admin")
    widget.full_name.setText("Orang Lain")
    widget.password.setText("rahasia-999")
    widget.confirm.setText("rahasia-998")
    qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert widget.error_label.isVisible()
    assert widget.error_label.text() == "Kata sandi dan ulangannya tidak sama."
    assert QApplication.focusWidget() is widget.confirm

    widget.confirm.setText("rahasia-999")
    with qtbot.waitSignal(widget.runner.finished, timeout=TIMEOUT):
        qtbot.mouseClick(widget.add_button, Qt.MouseButton.LeftButton)
    assert widget.error_label.text() == "Nama pengguna 'admin' sudah dipakai."
    assert widget.username.text() == "admin"  # nothing typed is lost
    assert widget.model.rowCount() == 1 and len(accounts.users()) == 1


def test_a_non_administrator_sees_the_list_read_only(qtbot, accounts, admin, ketua):
    widget = _widget(qtbot, accounts, ketua)
    assert widget.model.rowCount() == 2
    assert widget.readonly_note.isVisible()
    assert widget.readonly_note.text() == ("Hanya administrator yang dapat menambah pengguna. "
                                           "Anda masuk sebagai Drs. Bambang Sutrisno (Ketua Tim).")
    for control in (widget.username, widget.full_name, widget.role, widget.password, widget.confirm,
                    widget.add_button):
        assert not control.isEnabled()
    widget.add_button.click()  # a disabled button does nothing, and neither does a direct call
    widget.form_box.add_user()
    assert not widget.runner.is_running()
    assert len(accounts.users()) == 2


def test_model_is_empty_safe():
    model = UserTableModel("x")
    assert model.rowCount() == 0 and model.row_of("x") is None
