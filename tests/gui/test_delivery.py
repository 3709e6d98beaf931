"""Pengiriman ke BKD through the real widget: export a bundle, import BKD's receipt, purge the local copy."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.gui import delivery as gui
from desktop.gui.delivery import DeliveryWidget
from desktop.gui.widgets import shown_text
from desktop.services import keys, receipts
from desktop.services.central import CentralService
from desktop.services.delivery import DeliveryService
from desktop.services.stores import open_central_store
from tests.gui.helpers import service_on, show

TIMEOUT = 30_000
BKD_PASSWORD = "kata-sandi-bkd"
CENTRE_PASSWORD = "kata-sandi-pusat"


@pytest.fixture
def centre(sealed_store):
    path, uuid = sealed_store
    with service_on(path, "ketua", DeliveryService) as service:
        yield service, uuid


@pytest.fixture
def bkd(tmp_path) -> keys.BkdKeys:
    return keys.create_bkd_keys(tmp_path / "bkd", BKD_PASSWORD)


@pytest.fixture
def open_widget(qtbot, settings, tmp_path):
    def open_(service: DeliveryService, **kwargs) -> DeliveryWidget:
        return show(qtbot, DeliveryWidget(service, settings, keys_dir=tmp_path / "keys", **kwargs), gui.SIZE)

    return open_


def type_into(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    qtbot.keyClicks(edit, text)


def open_export(qtbot, widget: DeliveryWidget) -> gui.ExportDialog:
    qtbot.mouseClick(widget.export_button, Qt.MouseButton.LeftButton)
    dialog = widget.export_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def fill_export(qtbot, dialog: gui.ExportDialog, bkd_file: Path, usb: Path, password: str,
                confirm: str | None = None) -> None:
    type_into(qtbot, dialog.bkd_edit, str(bkd_file))
    type_into(qtbot, dialog.password_edit, password)
    if confirm is not None:
        type_into(qtbot, dialog.confirm_edit, confirm)
    type_into(qtbot, dialog.out_edit, str(usb))


def bkd_imports_and_answers(bkd: keys.BkdKeys, centre_pub: Path, bundle: Path, folder: Path) -> Path:
    """BKD's side, as its staff would do it: trust the centre's key, import, issue the receipt."""
    central = open_central_store(folder / "central.sqlite")
    try:
        service = CentralService(central, actor="bkd", identities=[bkd.identity])
        service.trust.add_file("Pusat Asesmen Contoh", centre_pub)
        assert service.import_file(bundle).outcome == "applied"
        (receipt,) = receipts.issue_receipts(central, bkd.receipt_key, folder / "receipts")
        return receipt
    finally:
        central.close()


def test_export_then_receipt_then_purge(qtbot, centre, bkd, open_widget, tmp_path):
    service, uuid = centre
    chosen: list[Path] = []
    widget = open_widget(service, choose_receipts=lambda _parent: list(chosen))
    assert widget.status_text(uuid) == "Belum diekspor"
    assert widget.export_button.isEnabled() and not widget.purge_button.isEnabled()
    assert "belum dipasang" in widget.bkd_key_label.text()

    # Ekspor bundel…: no centre key yet, so the dialog offers to create one
    dialog = open_export(qtbot, widget)
    assert dialog.creating_key() and dialog.confirm_edit.isVisible()
    assert "belum ada" in dialog.key_info.text()
    usb = tmp_path / "usb"
    usb.mkdir()
    fill_export(qtbot, dialog, bkd.files[keys.BKD_RECIPIENT_FILE], usb, CENTRE_PASSWORD, CENTRE_PASSWORD)
    assert bkd.receipt_key.key_id in dialog.bkd_info.text()
    with qtbot.waitSignal(widget.sessions_changed, timeout=TIMEOUT):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.export_dialog is None, timeout=TIMEOUT)
    (bundle,) = usb.glob("*.bundle.zip")
    centre_pub = tmp_path / "keys" / keys.CENTRE_PUBLIC_FILE
    assert centre_pub.exists() and (tmp_path / "keys" / keys.CENTRE_SECRET_FILE).exists()
    assert widget.status_text(uuid) == "Diekspor"
    message = shown_text(widget.message_label, widget)
    assert bundle.name in message and str(centre_pub) in message
    assert bkd.receipt_key.key_id in widget.bkd_key_label.text()  # the BKD key is remembered
    assert not widget.purge_button.isEnabled()

    # BKD imports it and answers with a receipt; the centre imports the receipt
    chosen.append(bkd_imports_and_answers(bkd, centre_pub, bundle, tmp_path))
    with qtbot.waitSignal(widget.sessions_changed, timeout=TIMEOUT):
        qtbot.mouseClick(widget.receipt_button, Qt.MouseButton.LeftButton)
    assert widget.status_text(uuid) == "Diterima BKD"
    assert "1 tanda terima dicatat" in shown_text(widget.message_label, widget)

    # Hapus salinan lokal…: asks first, and only goes ahead once the user ticks that they understand
    widget.select_sessions([uuid])
    assert widget.purge_button.isEnabled()
    qtbot.mouseClick(widget.purge_button, Qt.MouseButton.LeftButton)
    confirm = widget.purge_dialog
    assert confirm is not None
    qtbot.waitExposed(confirm)
    assert not confirm.delete_button.isEnabled() and "data 6 peserta" in confirm.text_label.text()
    confirm.understood_check.setFocus()
    qtbot.keyClick(confirm.understood_check, Qt.Key.Key_Space)
    assert confirm.delete_button.isEnabled()
    with qtbot.waitSignals([widget.session_purged, widget.sessions_changed], timeout=TIMEOUT):
        qtbot.mouseClick(confirm.delete_button, Qt.MouseButton.LeftButton)
    assert widget.status_text(uuid) == "Dihapus"
    assert "Salinan lokal sesi" in shown_text(widget.message_label, widget)
    assert not widget.purge_button.isEnabled() and not widget.export_button.isEnabled()
    assert service.assessment.sessions() == []


def test_a_wrong_password_or_a_missing_stick_is_one_line_in_the_dialog(qtbot, centre, bkd, open_widget, tmp_path):
    service, uuid = centre
    keys.create_centre_key(tmp_path / "keys" / keys.CENTRE_SECRET_FILE, CENTRE_PASSWORD)
    widget = open_widget(service)
    dialog = open_export(qtbot, widget)
    assert not dialog.creating_key() and not dialog.confirm_edit.isVisible()
    assert "Kunci pusat asesmen ID" in dialog.key_info.text()

    fill_export(qtbot, dialog, bkd.files[keys.BKD_RECIPIENT_FILE], tmp_path / "tidak-ada", CENTRE_PASSWORD)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Folder tujuan tidak ditemukan" in shown_text(dialog.message_label, dialog)

    usb = tmp_path / "usb"
    usb.mkdir()
    fill_export(qtbot, dialog, bkd.files[keys.BKD_RECIPIENT_FILE], usb, "salah-sama-sekali")
    with qtbot.waitSignal(dialog.runner.failed, timeout=TIMEOUT):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)  # Enter: the default button
    line = shown_text(dialog.message_label, dialog)
    assert "kata sandi salah" in line and "\n" not in line
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert list(usb.iterdir()) == [] and widget.status_text(uuid) == "Belum diekspor"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: widget.export_dialog is None, timeout=TIMEOUT)


def test_a_new_key_needs_the_password_twice(qtbot, centre, bkd, open_widget, tmp_path):
    service, _uuid = centre
    widget = open_widget(service)
    dialog = open_export(qtbot, widget)
    usb = tmp_path / "usb"
    usb.mkdir()
    fill_export(qtbot, dialog, bkd.files[keys.BKD_RECIPIENT_FILE], usb, CENTRE_PASSWORD, "lain-lagi-sandinya")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "tidak sama" in shown_text(dialog.message_label, dialog)
    fill_export(qtbot, dialog, bkd.files[keys.BKD_RECIPIENT_FILE], usb, "pendek", "pendek")
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "minimal 8" in shown_text(dialog.message_label, dialog)
    assert not (tmp_path / "keys").exists()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: widget.export_dialog is None, timeout=TIMEOUT)


def test_a_bad_receipt_is_refused_in_one_line_and_changes_nothing(qtbot, centre, bkd, open_widget, tmp_path,
                                                                 settings):
    service, uuid = centre
    chosen: list[Path] = []
    widget = open_widget(service, choose_receipts=lambda _parent: list(chosen))
    qtbot.mouseClick(widget.receipt_button, Qt.MouseButton.LeftButton)
    assert "Pasang kunci publik BKD dulu" in shown_text(widget.message_label, widget)

    centre_key = keys.generate_centre_key()
    exported = service.export([uuid], tmp_path / "usb", centre_key, [bkd.identity.recipient],
                              sequence_file=tmp_path / "seq", bkd_receipt_key_id=bkd.receipt_key.key_id)
    centre_pub = keys.write_public_key(centre_key, tmp_path / "centre.pub")
    receipt = bkd_imports_and_answers(bkd, centre_pub, exported.path, tmp_path)
    tampered = tmp_path / "ubah.receipt.zip"
    raw = bytearray(receipt.read_bytes())
    raw[len(raw) // 4] ^= 0x04
    tampered.write_bytes(bytes(raw))
    widget.set_bkd_key_file(bkd.files[keys.BKD_RECIPIENT_FILE])
    widget.refresh()
    assert widget.status_text(uuid) == "Diekspor"

    chosen[:] = [tampered]
    with qtbot.waitSignal(widget.runner.finished, timeout=TIMEOUT):
        qtbot.mouseClick(widget.receipt_button, Qt.MouseButton.LeftButton)
    line = shown_text(widget.message_label, widget)
    assert line.startswith("⚠ ubah.receipt.zip: ditolak") and "\n" not in line
    assert widget.status_text(uuid) == "Diekspor" and not widget.purge_button.isEnabled()

    # and cancelling the purge confirmation leaves the session where it was
    chosen[:] = [receipt]
    with qtbot.waitSignal(widget.runner.finished, timeout=TIMEOUT):
        qtbot.mouseClick(widget.receipt_button, Qt.MouseButton.LeftButton)
    widget.select_sessions([uuid])
    qtbot.mouseClick(widget.purge_button, Qt.MouseButton.LeftButton)
    confirm = widget.purge_dialog
    qtbot.waitExposed(confirm)
    qtbot.keyClick(confirm, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: widget.purge_dialog is None, timeout=TIMEOUT)
    assert widget.status_text(uuid) == "Diterima BKD" and len(service.assessment.sessions()) == 1


def test_screenshot_writes_the_pngs(qapp, tmp_path):
    paths = gui.screenshot(tmp_path)
    assert [p.name for p in paths] == ["delivery.png", "delivery_export.png", "delivery_purge.png"]
    assert all(p.stat().st_size > 10_000 for p in paths)
