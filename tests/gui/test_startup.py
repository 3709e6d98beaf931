"""Signing in while the store is still opening behind the window (the fast start)."""

from __future__ import annotations

from desktop.domain.users import CentreProfile, Role
from desktop.gui.login import LoginDialog
from desktop.gui.pending_store import PendingStore
from desktop.services.accounts import AccountService
from desktop.services.stores import open_centre_store


def test_sign_in_works_against_a_store_that_is_still_opening(qtbot, tmp_path):
    path = tmp_path / "centre.sqlite"
    store = open_centre_store(path)
    AccountService(store).first_run(CentreProfile("UPT Contoh", "BKD Contoh", "Kepala"), "admin", "Admin",
                                    "rahasia-123")
    store.close()
    pending = PendingStore(path)
    dialog = LoginDialog(pending)  # built before the store is open: usable at once
    qtbot.addWidget(dialog)
    assert dialog.centre_label.text() == "Asesmen"
    with qtbot.waitSignal(pending.ready, timeout=20000):
        pending.start()
    assert dialog.centre_label.text() == "UPT Contoh"
    dialog.username.setText("admin")
    dialog.password.setText("rahasia-123")
    with qtbot.waitSignal(dialog.logged_in, timeout=20000) as signed:
        dialog.login_button.click()
    assert signed.args[0].role is Role.ADMINISTRATOR
    pending.store.close()


def test_a_store_that_cannot_open_is_reported(qtbot, tmp_path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not a database" * 200)
    pending = PendingStore(junk)
    with qtbot.waitSignal(pending.failed, timeout=20000) as failed:
        pending.start()
    assert "tidak dapat dibuka" in failed.args[0]
