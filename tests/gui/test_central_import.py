"""BKD's import screen over a real central SQLite database: the sample session exported as a secure bundle
(signed by the centre, encrypted to BKD) is imported through the screen, with real keys and real checks."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.gui.central_import import CentralImportWidget, bundles_in, display_names
from desktop.gui.central_window import SAMPLE_PASSWORD, SampleCentral, build_sample_central
from desktop.services.central import CentralService
from desktop.services.keys import TrustList
from desktop.services.stores import open_central_store
from tests.gui.helpers import show

TIMEOUT = 30_000


@pytest.fixture(scope="module")
def sample_template(tmp_path_factory) -> SampleCentral:
    return build_sample_central(tmp_path_factory.mktemp("central-sample"))


@pytest.fixture
def screen(qtbot, store, settings):
    widget = show(qtbot, CentralImportWidget(store, "operator", settings), (1200, 760))
    qtbot.waitUntil(lambda: not widget._history_runner.is_running(), timeout=TIMEOUT)
    yield widget
    widget.shutdown()


def run_import(qtbot, screen: CentralImportWidget, password: str | None = SAMPLE_PASSWORD) -> None:
    """Type the key's password (if asked) and press Enter in it, as an officer does; wait for the end."""
    if password is not None and screen.password_edit.isEnabled():
        screen.password_edit.setFocus()
        qtbot.keyClicks(screen.password_edit, password)
    with qtbot.waitSignal(screen.runner.finished, timeout=TIMEOUT):
        if screen.password_edit.isEnabled():
            qtbot.keyClick(screen.password_edit, Qt.Key.Key_Return)
        else:
            qtbot.mouseClick(screen.import_button, Qt.MouseButton.LeftButton)


def test_a_bundle_is_applied_then_reported_as_already_imported(qtbot, screen, sample, store):
    screen.add_files([sample.bundle])
    screen.set_identity_file(sample.identity_file)
    assert screen.import_button.text().replace("&", "") == "Impor 1 bundel"
    run_import(qtbot, screen)

    (row,) = screen.outcome_rows()
    assert row[0] == sample.bundle.name and row[1] == "diterapkan"
    assert "6 hasil" in row[2]
    assert screen.results_model.text(0, screen.SESSIONS) == "1" and screen.results_model.text(0, screen.RESULTS) == "6"
    assert screen.summary_label.text().startswith("1 diterapkan, 0 sudah diimpor, 0 ditolak")
    assert screen.file_list.count() == 0  # imported files leave the list
    assert len(CentralService(store).result_rows()) == 6
    qtbot.waitUntil(lambda: screen.history_model.rowCount() == 1, timeout=TIMEOUT)
    assert screen.history_rows()[0][1] == "diterapkan"

    # The key stays open for this run of the application: no password the second time.
    assert not screen.password_edit.isEnabled() and screen.password_edit.text() == ""
    screen.add_files([sample.bundle])
    run_import(qtbot, screen, password=None)
    (row,) = screen.outcome_rows()
    assert row[1] == "sudah diimpor" and "Sudah diimpor pada" in row[2]
    assert len(CentralService(store).result_rows()) == 6
    qtbot.waitUntil(lambda: screen.history_model.rowCount() == 2, timeout=TIMEOUT)
    assert [r[1] for r in screen.history_rows()] == ["sudah diimpor", "diterapkan"]  # newest first


def test_a_tampered_file_is_rejected_with_its_reason_and_nothing_is_written(qtbot, screen, sample, store):
    screen.add_files([sample.tampered])
    screen.set_identity_file(sample.identity_file)
    run_import(qtbot, screen)
    (row,) = screen.outcome_rows()
    assert row[1] == "ditolak" and row[2]  # the reason, as the service gives it
    assert screen.results_model.text(0, screen.RESULTS) == "–"
    assert CentralService(store).result_rows() == []
    assert "0 diterapkan, 0 sudah diimpor, 1 ditolak" in screen.summary_label.text()


def test_a_bundle_from_an_untrusted_centre_is_rejected_naming_its_key(qtbot, screen, sample, store):
    TrustList(store).revoke(sample.centre_key_id)
    screen.add_files([sample.bundle])
    screen.set_identity_file(sample.identity_file)
    run_import(qtbot, screen)
    (row,) = screen.outcome_rows()
    assert row[1] == "ditolak" and sample.centre_key_id in row[2]
    assert CentralService(store).result_rows() == []


def test_a_wrong_password_is_one_line_and_imports_nothing(qtbot, screen, sample, store):
    screen.add_files([sample.bundle])
    screen.set_identity_file(sample.identity_file)
    run_import(qtbot, screen, password="bukan-sandinya")
    assert "kata sandi salah" in screen.error().lower()
    assert screen.password_edit.isEnabled() and screen.password_edit.text() == ""
    assert QApplication.focusWidget() is screen.password_edit
    assert screen.file_list.count() == 1 and screen.outcome_rows() == []
    assert CentralService(store).import_log() == []


def test_a_protected_key_without_password_asks_for_it(qtbot, screen, sample):
    screen.add_files([sample.bundle])
    screen.set_identity_file(sample.identity_file)
    run_import(qtbot, screen, password=None)
    assert "ketik kata sandinya" in screen.error()


def test_missing_files_or_key_are_said_inline(qtbot, screen, sample):
    screen.identity_edit.clear()
    screen.start_import()
    assert "Tambahkan dulu berkas bundel" in screen.error()
    screen.add_files([sample.bundle])
    assert screen.error() == ""
    screen.start_import()
    assert "Pilih berkas kunci BKD" in screen.error()
    assert not screen.runner.is_running()


def test_a_folder_adds_every_bundle_in_it_once_and_same_names_are_told_apart(qtbot, screen, sample):
    stick = sample.bundle.parent
    assert screen.add_files([stick]) == 3
    assert screen.add_files([sample.copy]) == 0  # already listed
    names = [screen.file_list.item(i).text() for i in range(screen.file_list.count())]
    assert sorted(names) == sorted(f"{folder}/{sample.bundle.name}" for folder in ("flashdisk", "rusak", "salinan"))
    assert display_names([sample.bundle]) == [sample.bundle.name]
    assert bundles_in(stick / "rusak") == [sample.tampered]

    screen.file_list.setFocus()
    screen.file_list.setCurrentRow(0)
    qtbot.keyClick(screen.file_list, Qt.Key.Key_Delete)
    assert screen.file_list.count() == 2

    empty = stick.parent / "kosong"
    empty.mkdir()
    assert screen.add_folder(empty) == 0
    assert "Tidak ada berkas .bundle.zip" in screen.error()


def test_three_files_give_applied_already_imported_and_rejected(qtbot, screen, sample, store):
    screen.add_files([sample.bundle, sample.copy, sample.tampered])
    screen.set_identity_file(sample.identity_file)
    run_import(qtbot, screen)
    assert [r[1] for r in screen.outcome_rows()] == ["diterapkan", "sudah diimpor", "ditolak"]
    assert screen.summary_label.text() == "1 diterapkan, 1 sudah diimpor, 1 ditolak."
    assert screen.progress_label.text() == "Selesai."
    assert screen.progress_bar.value() == 3
    assert len(CentralService(store).result_rows()) == 6


def test_stopping_ends_before_the_next_bundle_and_keeps_the_rest_listed(qtbot, screen, sample, store):
    copies = []
    for i in range(4):
        target = sample.bundle.parent.parent / f"stop-{i}" / sample.bundle.name
        target.parent.mkdir(exist_ok=True)
        shutil.copy(sample.bundle, target)
        copies.append(target)
    screen.add_files(copies)
    screen.set_identity_file(sample.identity_file)
    screen.password_edit.setText(SAMPLE_PASSWORD)

    def stop_once_started(done: int, _total: int, name: str) -> None:
        if name:  # the first bundle is being imported
            screen.stop()

    screen.runner.progressed.connect(stop_once_started)
    with qtbot.waitSignal(screen.runner.finished, timeout=TIMEOUT):
        screen.start_import()
        assert screen.stop_button.isVisible() and not screen.import_button.isEnabled()
    done = screen.outcome_rows()
    assert 1 <= len(done) < 4
    assert done[0][1] == "diterapkan"  # the bundle under way was completed, not cut
    assert screen.file_list.count() == 4 - len(done)
    assert "Dihentikan" in screen.summary_label.text()
    assert len(CentralService(store).result_rows()) == 6
    assert not screen.stop_button.isVisible() and screen.import_button.isEnabled()


def test_receipts_are_issued_for_the_applied_bundle(qtbot, screen, sample, store, tmp_path):
    from desktop.services.keys import generate_receipt_key, save_receipt_key

    key_file = save_receipt_key(generate_receipt_key(), tmp_path / "bkd-receipt.key", "tanda-terima-1")
    screen.add_files([sample.bundle])
    screen.set_identity_file(sample.identity_file)
    run_import(qtbot, screen)
    assert screen.receipts_button.isVisible() and screen.receipts_button.isEnabled()
    assert screen.applied_bundle_ids  # the service names the applied bundle

    qtbot.mouseClick(screen.receipts_button, Qt.MouseButton.LeftButton)
    dialog = screen.receipts_dialog
    qtbot.waitExposed(dialog)
    dialog.folder_edit.setText(str(tmp_path / "tanda-terima"))
    dialog.key_edit.setText(str(key_file))
    dialog.password_edit.setFocus()
    qtbot.keyClicks(dialog.password_edit, "salah-sandi")
    with qtbot.waitSignal(dialog.runner.finished, timeout=TIMEOUT):
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    assert "kata sandi salah" in dialog.error_label.text().lower() and dialog.isVisible()

    qtbot.keyClicks(dialog.password_edit, "tanda-terima-1")
    with qtbot.waitSignal(screen.receipts_issued, timeout=TIMEOUT) as issued:
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    (path,) = issued.args[0]
    assert path.parent == tmp_path / "tanda-terima" and path.name.endswith(".receipt.zip")
    assert "1 tanda terima ditulis" in screen.receipts_status.text()


def test_a_session_sealed_twice_differently_is_a_conflict_shown_field_by_field(qtbot, open_demo_template, tmp_path,
                                                                                settings):
    """Two laptops seal the same session with different final levels: the second bundle is a conflict, and the
    screen says which field differs; nothing is overwritten. The identity is a plain age file (no password)."""
    from desktop.services.assessment import AssessmentService
    from desktop.services.demo import submit_all_and_open_meeting
    from desktop.services.keys import PLAIN_IDENTITY_FILE, write_demo_keys
    from desktop.services.secure_bundles import write_secure_bundle
    from desktop.services.stores import open_centre_store

    keys = write_demo_keys(tmp_path / "keys")
    bundles = []
    for sequence, folder_name, level in ((1, "a", None), (2, "b", 3)):
        folder = tmp_path / folder_name
        folder.mkdir()
        shutil.copy(open_demo_template, folder / "centre.sqlite")
        centre = open_centre_store(folder / "centre.sqlite")
        try:
            service = AssessmentService(centre, actor="laptop")
            uuid = service.sessions()[0].uuid
            submit_all_and_open_meeting(service, uuid)
            service.integrate(uuid)
            if level is not None:
                service.set_final_level(uuid, "197911052005011902", "M.3", level, "keputusan berbeda di laptop lain")
            service.seal(uuid)
            bundles.append(write_secure_bundle(service.document(uuid), folder / "stick", keys.centre,
                                               [keys.bkd.recipient], "upt-contoh", sequence))
        finally:
            centre.close()
    central = open_central_store(tmp_path / "central.sqlite")
    try:
        TrustList(central).add("UPT Penilaian Kompetensi Contoh", keys.centre.public_key)
        screen = CentralImportWidget(central, "operator", settings)
        qtbot.addWidget(screen)
        screen.show()
        screen.add_files(bundles)
        screen.set_identity_file(keys.files[PLAIN_IDENTITY_FILE])
        run_import(qtbot, screen, password=None)
        (_, first, _), (_, second, message) = screen.outcome_rows()
        assert (first, second) == ("diterapkan", "konflik")
        assert "M.3" in message and "tersimpan 4" in message and "bundel 3" in message
        assert "1 konflik" in screen.summary_label.text()
        dodi = next(r for r in CentralService(central).result_rows() if r["nip"] == "197911052005011902")
        assert dodi["competencies"]["M.3"] == 4  # not overwritten
        screen.shutdown()
    finally:
        central.close()
