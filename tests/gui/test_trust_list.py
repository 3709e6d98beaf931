"""BKD's trust list screen over a real central SQLite database and real minisign key files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.gui.trust_list import TrustListWidget
from desktop.services.keys import TrustList, generate_centre_key, write_public_key
from desktop.services.stores import open_central_store
from tests.gui.helpers import show


@pytest.fixture
def trust(tmp_path):
    store = open_central_store(tmp_path / "central.sqlite")
    yield TrustList(store)
    store.close()


@pytest.fixture
def screen(qtbot, trust, settings):
    return show(qtbot, TrustListWidget(trust, settings), (1000, 600))


@pytest.fixture
def pub(tmp_path):
    """A centre's public key file; returns (path, key id)."""
    key = generate_centre_key()
    return write_public_key(key, tmp_path / "centre.pub"), key.key_id


def type_into(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_adding_a_centre_key_from_its_file_lists_it(qtbot, screen, trust, pub):
    path, key_id = pub
    assert screen.count_label.text() == "0 kunci aktif, 0 dicabut"
    type_into(qtbot, screen.name_edit, "UPT Penilaian Kompetensi Contoh")
    type_into(qtbot, screen.file_edit, str(path))
    with qtbot.waitSignal(screen.key_added) as added:
        qtbot.keyClick(screen.file_edit, Qt.Key.Key_Return)  # Enter adds
    assert added.args == [key_id]
    assert [(k.name, k.key_id, k.revoked) for k in trust.entries()] == [("UPT Penilaian Kompetensi Contoh", key_id,
                                                                          False)]
    assert screen.model.text(0, screen.NAME) == "UPT Penilaian Kompetensi Contoh"
    assert screen.model.text(0, screen.KEY_ID) == key_id and screen.model.text(0, screen.REVOKED) == "–"
    assert key_id in screen.status_label.text()
    assert screen.name_edit.text() == "" and screen.file_edit.text() == ""
    assert screen.selected_key().key_id == key_id  # the new key is selected
    assert screen.count_label.text() == "1 kunci aktif, 0 dicabut"


def test_adding_errors_are_one_line_inside_the_screen(qtbot, screen, trust, pub, tmp_path):
    path, key_id = pub
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert screen.error() == "Isi nama pusat asesmen pemilik kunci."
    assert QApplication.focusWidget() is screen.name_edit
    type_into(qtbot, screen.name_edit, "UPT Contoh")
    assert screen.error() == ""  # typing clears it
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert "Pilih berkas kunci publik" in screen.error()

    not_a_key = tmp_path / "catatan.txt"
    not_a_key.write_text("bukan kunci\n")
    screen.file_edit.setText(str(not_a_key))
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert screen.error() and "\n" not in screen.error()
    screen.file_edit.setText(str(tmp_path / "tidak-ada.pub"))
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert "tidak dapat dibaca" in screen.error()
    assert trust.entries() == []

    screen.file_edit.setText(str(path))
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    screen.name_edit.setText("Nama lain")
    screen.file_edit.setText(str(path))
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert f"Kunci {key_id} sudah ada di daftar kepercayaan (UPT Contoh)." == screen.error()
    assert len(trust.entries()) == 1


def test_revoking_asks_first_naming_the_key_and_can_be_cancelled(qtbot, screen, trust, pub):
    path, key_id = pub
    trust.add_file("UPT Contoh", path)
    screen.refresh()
    assert not screen.revoke_button.isEnabled()  # nothing selected
    screen.table.setFocus()
    screen.table.selectRow(0)
    assert screen.revoke_button.isEnabled()

    qtbot.mouseClick(screen.revoke_button, Qt.MouseButton.LeftButton)
    assert screen.confirm_frame.isVisible()
    assert key_id in screen.confirm_label.text() and "UPT Contoh" in screen.confirm_label.text()
    assert screen.confirm_button.text() == f"Cabut kunci {key_id}"
    assert QApplication.focusWidget() is screen.confirm_cancel  # the safe choice has the focus
    qtbot.keyClick(screen.confirm_cancel, Qt.Key.Key_Space)
    assert not screen.confirm_frame.isVisible()
    assert not trust.entries()[0].revoked

    screen.table.setFocus()
    qtbot.keyClick(screen.table, Qt.Key.Key_Delete)  # Delete on the list asks too
    assert screen.confirm_frame.isVisible()
    with qtbot.waitSignal(screen.key_revoked) as revoked:
        qtbot.mouseClick(screen.confirm_button, Qt.MouseButton.LeftButton)
    assert revoked.args == [key_id]
    assert trust.entries()[0].revoked
    assert screen.model.text(0, screen.REVOKED) != "–"
    assert f"Kunci {key_id} (UPT Contoh) dicabut." == screen.status_label.text()
    assert not screen.revoke_button.isEnabled()  # a revoked key cannot be revoked again
    assert screen.count_label.text() == "0 kunci aktif, 1 dicabut"

    # A revoked key is never trusted again.
    screen.name_edit.setText("UPT Contoh lagi")
    screen.file_edit.setText(str(path))
    qtbot.mouseClick(screen.add_button, Qt.MouseButton.LeftButton)
    assert "telah dicabut" in screen.error()
