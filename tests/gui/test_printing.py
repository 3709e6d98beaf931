"""The print dialog over a real store: PDFs into a folder, printing through the spooler, the print register."""

from __future__ import annotations

import os
import stat
import subprocess
import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.model import SessionStatus
from desktop.gui.printing import PrintDialog, sweep_staging
from desktop.services.assessment import AssessmentService
from desktop.services.demo import submit_all_and_open_meeting
from desktop.services.stores import open_centre_store
from tests.gui.helpers import service_on, show

TIMEOUT = 30_000
RINA = "198203142006042901"
DODI = "197911052005011902"
SHEETS = ["001-198203142006042901.pdf", "002-197911052005011902.pdf", "003-199007222015031903.pdf",
          "004-198512302010122904.pdf", "005-199402112019031905.pdf", "006-198804052011012906.pdf"]


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def pdf_bytes_text(data: bytes) -> str:
    return subprocess.run(["pdftotext", "-layout", "-", "-"], input=data, capture_output=True,
                          check=True).stdout.decode()


def whole_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")


@pytest.fixture
def sealed(sealed_store):
    path, uuid = sealed_store
    with service_on(path, "ketua") as service:
        yield service, uuid


@pytest.fixture
def open_dialog(qtbot):
    made: list[PrintDialog] = []

    def open_(service: AssessmentService, uuid: str, **kwargs) -> PrintDialog:
        dialog = show(qtbot, PrintDialog(service, uuid, **kwargs))
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
        made.append(dialog)
        return dialog

    yield open_
    for dialog in made:
        dialog.runner.cancel()
        assert dialog.runner.wait(TIMEOUT), "a task thread was left running"


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def toggle_row(qtbot, dialog: PrintDialog, row: int) -> None:
    """Move to a participant with the keyboard and press Space, as a user unticks a sheet."""
    dialog.sheets.setFocus()
    dialog.sheets.setCurrentCell(0, dialog.COL_NO)
    for _ in range(row):
        qtbot.keyClick(dialog.sheets, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.sheets, Qt.Key.Key_Space)


# -- saving ------------------------------------------------------------------------------------------
def test_saving_writes_every_sheet_and_the_recap_into_the_chosen_folder(qtbot, sealed, open_dialog, tmp_path):
    service, uuid = sealed
    out = tmp_path / "cetak"
    asked = []
    dialog = open_dialog(service, uuid, choose_folder=lambda parent: asked.append(parent) or out)
    assert dialog.sheet_count() == 6 and len(dialog.selected_nips()) == 6
    assert dialog.count_label.text() == "6 dari 6 peserta dipilih"
    assert dialog.draft_banner.isHidden()
    progress: list[tuple[int, int]] = []
    dialog.runner.progressed.connect(lambda done, total, _text: progress.append((done, total)))

    with qtbot.waitSignal(dialog.sheets_saved, timeout=TIMEOUT) as saved:
        click(qtbot, dialog.save_button)
    assert asked == [dialog]
    assert saved.args == [7, str(out)]
    assert sorted(p.name for p in out.iterdir()) == [*SHEETS, "rekapitulasi.pdf"]
    assert all(whole_pdf(p) for p in out.iterdir())
    assert "Rina Lestari Fiktif" in pdf_text(out / SHEETS[0])
    assert "REKAPITULASI" in pdf_text(out / "rekapitulasi.pdf").upper()
    assert progress and progress[-1][0] == progress[-1][1] == 7
    assert dialog.message() == f"7 berkas PDF tersimpan di {out}."
    assert dialog.open_folder_button.isVisible()
    assert service.print_register(uuid) == []  # a saved PDF is not a print
    assert dialog.register_rows() == [] and dialog.register_empty.isVisible()


def test_saving_only_the_ticked_sheets_on_f4(qtbot, sealed, open_dialog, tmp_path):
    service, uuid = sealed
    out = tmp_path / "sebagian"
    dialog = open_dialog(service, uuid, choose_folder=lambda parent: out)
    toggle_row(qtbot, dialog, 1)  # Dodi off
    toggle_row(qtbot, dialog, 3)  # Sari off
    assert dialog.count_label.text() == "4 dari 6 peserta dipilih"
    dialog.set_paper("F4")
    with qtbot.waitSignal(dialog.sheets_saved, timeout=TIMEOUT):
        click(qtbot, dialog.save_button)
    assert sorted(p.name for p in out.iterdir()) == [SHEETS[0], SHEETS[2], SHEETS[4], SHEETS[5],
                                                     "rekapitulasi.pdf"]
    size = subprocess.run(["pdfinfo", str(out / SHEETS[0])], capture_output=True, text=True, check=True).stdout
    assert "609.449 x 935.433 pts" in size  # F4: 215 x 330 mm

    dialog.recap_check.setChecked(False)
    click(qtbot, dialog.select_none_button)
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()
    toggle_row(qtbot, dialog, 1)
    again = tmp_path / "dodi"
    dialog._choose_folder = lambda parent: again
    with qtbot.waitSignal(dialog.sheets_saved, timeout=TIMEOUT):
        click(qtbot, dialog.save_button)
    assert [p.name for p in again.iterdir()] == [SHEETS[1]]


def test_stop_after_the_first_sheet_leaves_fewer_files_and_none_half_written(qtbot, sealed, open_dialog,
                                                                             tmp_path, monkeypatch):
    from desktop.services import reports

    service, uuid = sealed
    out = tmp_path / "berhenti"
    real = reports.render_result_sheet
    calls = []
    go_on = threading.Event()

    def render(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # the second sheet waits until the user pressed stop
            assert go_on.wait(TIMEOUT / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(reports, "render_result_sheet", render)
    dialog = open_dialog(service, uuid, choose_folder=lambda parent: out)
    done: list[int] = []
    dialog.runner.progressed.connect(lambda d, _total, _text: done.append(d))
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: any(d >= 1 for d in done), timeout=TIMEOUT)
    assert dialog.progress_bar.isVisible() and not dialog.save_button.isEnabled()
    with qtbot.waitSignal(dialog.runner.cancelled, timeout=TIMEOUT):
        click(qtbot, dialog.stop_button)
        go_on.set()
    files = sorted(out.iterdir())
    assert 1 <= len(files) < 7
    assert "rekapitulasi.pdf" not in [p.name for p in files]
    assert all(p.name in SHEETS and whole_pdf(p) for p in files), files  # no temporary or partial file
    assert dialog.message() == f"Dihentikan: {len(files)} dari 7 berkas PDF tersimpan di {out}."
    assert dialog.save_button.isEnabled() and not dialog.progress_bar.isVisible()


def test_the_window_answers_while_sheets_are_made(qtbot, sealed, open_dialog, tmp_path, monkeypatch):
    """The work is off the GUI thread: the dialog repaints and takes clicks while a sheet renders."""
    from desktop.services import reports

    service, uuid = sealed
    real, go_on = reports.render_result_sheet, threading.Event()
    gui_thread = threading.get_ident()
    threads = []

    def render(*args, **kwargs):
        threads.append(threading.get_ident())
        assert go_on.wait(TIMEOUT / 1000)
        return real(*args, **kwargs)

    monkeypatch.setattr(reports, "render_result_sheet", render)
    dialog = open_dialog(service, uuid, choose_folder=lambda parent: tmp_path / "x")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: bool(threads), timeout=TIMEOUT)
    assert threads[0] != gui_thread
    click(qtbot, dialog.stop_button)  # the GUI still handles input while the worker is blocked
    assert dialog.progress_label.text().startswith("Menghentikan")
    with qtbot.waitSignal(dialog.runner.finished, timeout=TIMEOUT):
        go_on.set()


# -- printing ----------------------------------------------------------------------------------------
class Spooler:
    """Stands in for `lp`: records each command and the PDF it was handed."""

    def __init__(self, status: int = 0, text: str = "request id is Kantor-1 (1 file(s))") -> None:
        self.commands: list[list[str]] = []
        self.pdfs: list[bytes] = []
        self.status, self.text = status, text

    def __call__(self, argv):
        argv = list(argv)
        assert whole_pdf(Path(argv[-1])), "the spooler must get a complete PDF"
        self.commands.append(argv)
        self.pdfs.append(Path(argv[-1]).read_bytes())
        return self.status, self.text


def test_printing_sends_each_ticked_sheet_with_its_copies_and_records_it(qtbot, sealed, open_dialog):
    service, uuid = sealed
    spooler = Spooler()
    dialog = open_dialog(service, uuid, run_command=spooler, choose_printer=lambda parent: ("Kantor", 2),
                         platform="linux")
    toggle_row(qtbot, dialog, 5)  # Maya off
    with qtbot.waitSignal(dialog.sheets_printed, timeout=TIMEOUT) as printed:
        click(qtbot, dialog.print_button)
    assert printed.args == [5]
    # each copy is its own PDF, numbered as the register numbers it
    assert [c[:5] for c in spooler.commands] == [["lp", "-d", "Kantor", "-n", "1"]] * 10
    assert [Path(c[5]).name for c in spooler.commands][:2] == [SHEETS[0].replace(".pdf", "-salinan-1.pdf"),
                                                              SHEETS[0].replace(".pdf", "-salinan-2.pdf")]
    assert "SALINAN KE-1" in pdf_bytes_text(spooler.pdfs[0]) and "SALINAN KE-2" in pdf_bytes_text(spooler.pdfs[1])
    register = service.print_register(uuid)
    assert [(r["nip"], r["first_copy"], r["copies"], r["printer"], r["actor"], r["what"]) for r in register][:2] == [
        (RINA, 1, 2, "Kantor", "ketua", "lembar hasil"), (DODI, 1, 2, "Kantor", "ketua", "lembar hasil")]
    assert len(register) == 5 and all(r["status"] == SessionStatus.SEALED.value for r in register)
    rows = dialog.register_rows()
    assert len(rows) == 5
    assert rows[0][1:] == ["ketua", "Rina Lestari Fiktif · 19820314 200604 2 901", "lembar hasil", "1–2",
                           "Kantor", "final"]
    assert dialog.message() == "5 lembar dikirim ke printer dan tercatat di register cetak."
    assert dialog.sheets.item(0, dialog.COL_PRINTED).text() == "2×"
    assert dialog.sheets.item(5, dialog.COL_PRINTED).text() == "–"


def test_a_second_print_continues_the_copy_numbers(qtbot, sealed, open_dialog):
    service, uuid = sealed
    spooler = Spooler()
    choice = ["Kantor", 1]
    dialog = open_dialog(service, uuid, run_command=spooler, choose_printer=lambda parent: tuple(choice),
                         platform="linux")
    dialog.set_selected([RINA])
    with qtbot.waitSignal(dialog.sheets_printed, timeout=TIMEOUT):
        click(qtbot, dialog.print_button)
    choice[:] = ["Ruang-Rapat", 3]
    with qtbot.waitSignal(dialog.sheets_printed, timeout=TIMEOUT):
        qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # Ctrl+P
    assert [(r["first_copy"], r["copies"], r["printer"]) for r in service.print_register(uuid)] == [
        (1, 1, "Kantor"), (2, 3, "Ruang-Rapat")]
    assert [row[4] for row in dialog.register_rows()] == ["1", "2–4"]
    assert [c[:5] for c in spooler.commands[1:]] == [["lp", "-d", "Ruang-Rapat", "-n", "1"]] * 3
    assert ["SALINAN KE-4" in pdf_bytes_text(pdf) for pdf in spooler.pdfs] == [False, False, False, True]


def test_on_windows_each_copy_goes_to_the_print_verb_and_stays_until_the_pdf_application_opened_it(
        qtbot, sealed, open_dialog, monkeypatch):
    """Windows has no lp: each copy is handed to the PDF application's "print" verb (os.startfile, replaced
    here: this is not a Windows machine); the files must outlive the job, which returns at once."""
    service, uuid = sealed
    handed: list[tuple[Path, str, bool, str]] = []

    def startfile(path, verb):
        handed.append((Path(path), verb, Path(path).is_file(), pdf_text(Path(path))))

    monkeypatch.setattr(os, "startfile", startfile, raising=False)
    dialog = open_dialog(service, uuid, choose_printer=lambda parent: ("Kantor", 2), platform="win32")
    dialog.set_selected([RINA, DODI])
    with qtbot.waitSignal(dialog.sheets_printed, timeout=TIMEOUT):
        click(qtbot, dialog.print_button)
    assert [(p.name, verb, existed) for p, verb, existed, _ in handed] == [
        (SHEETS[0].replace(".pdf", "-salinan-1.pdf"), "print", True),
        (SHEETS[0].replace(".pdf", "-salinan-2.pdf"), "print", True),
        (SHEETS[1].replace(".pdf", "-salinan-1.pdf"), "print", True),
        (SHEETS[1].replace(".pdf", "-salinan-2.pdf"), "print", True)]
    assert "SALINAN KE-2" in handed[1][3] and "Rina Lestari Fiktif" in handed[1][3]
    assert all(p.is_file() for p, *_ in handed)  # still there for the PDF application
    assert [(r["nip"], r["copies"]) for r in service.print_register(uuid)] == [(RINA, 2), (DODI, 2)]

    def refuse(path, verb):
        raise OSError(1155, "No application is associated with the specified file for this operation")

    monkeypatch.setattr(os, "startfile", refuse, raising=False)
    with qtbot.waitSignal(dialog.runner.failed, timeout=TIMEOUT):
        click(qtbot, dialog.print_button)
    assert "printer menolak pekerjaan cetak" in dialog.message() and "No application" in dialog.message()
    assert len(service.print_register(uuid)) == 2  # nothing recorded for what Windows refused


def test_sheets_left_for_the_windows_pdf_application_are_swept_after_an_hour(tmp_path):
    old, fresh = tmp_path / "asesmen-cetak-lama", tmp_path / "asesmen-cetak-baru"
    for folder in (old, fresh):
        folder.mkdir()
        (folder / SHEETS[0]).write_bytes(b"%PDF-")
    (tmp_path / "lain").mkdir()
    hour_ago = time.time() - 3700
    os.utime(old, (hour_ago, hour_ago))
    assert sweep_staging(tmp_path) == 1
    assert not old.exists() and (fresh / SHEETS[0]).exists() and (tmp_path / "lain").exists()


def test_cancelling_the_print_dialog_prints_nothing(qtbot, sealed, open_dialog):
    service, uuid = sealed
    spooler = Spooler()
    dialog = open_dialog(service, uuid, run_command=spooler, choose_printer=lambda parent: None, platform="linux")
    click(qtbot, dialog.print_button)
    assert not dialog.is_busy() and spooler.commands == [] and service.print_register(uuid) == []


def _fake_lp(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    lp = folder / "lp"
    lp.write_text("#!/bin/sh\n" + body)
    lp.chmod(lp.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return lp


def test_printing_through_a_real_lp_command_on_the_path(qtbot, sealed, open_dialog, tmp_path, monkeypatch):
    service, uuid = sealed
    log, received = tmp_path / "lp.log", tmp_path / "spool"
    received.mkdir()
    _fake_lp(tmp_path / "bin", 'echo "$@" >> "$LP_LOG"\nfor last; do :; done\ncp "$last" "$LP_SPOOL/"\n'
                               'echo "request id is Kantor-7 (1 file(s))"\n')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("LP_LOG", str(log))
    monkeypatch.setenv("LP_SPOOL", str(received))
    dialog = open_dialog(service, uuid, choose_printer=lambda parent: ("Kantor", 1), platform="linux")
    dialog.set_selected([RINA, DODI])
    with qtbot.waitSignal(dialog.sheets_printed, timeout=TIMEOUT):
        click(qtbot, dialog.print_button)
    lines = log.read_text().splitlines()
    assert [line.split()[:4] for line in lines] == [["-d", "Kantor", "-n", "1"]] * 2
    copies = [name.replace(".pdf", "-salinan-1.pdf") for name in SHEETS[:2]]
    assert [Path(line.split()[4]).name for line in lines] == copies
    assert "Dodi Pratama Contoh" in pdf_text(received / copies[1])
    assert "SALINAN KE-1" in pdf_text(received / copies[1])
    assert [(r["nip"], r["first_copy"], r["printer"]) for r in service.print_register(uuid)] == [
        (RINA, 1, "Kantor"), (DODI, 1, "Kantor")]
    assert not Path(lines[0].split()[4]).exists()  # the staged copy is gone once CUPS has it


def test_a_refused_job_is_said_inline_and_not_recorded(qtbot, sealed, open_dialog, tmp_path, monkeypatch):
    service, uuid = sealed
    _fake_lp(tmp_path / "bin", 'echo "lp: The printer or class does not exist." >&2\nexit 1\n')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    dialog = open_dialog(service, uuid, choose_printer=lambda parent: ("Hilang", 1), platform="linux")
    with qtbot.waitSignal(dialog.runner.failed, timeout=TIMEOUT):
        click(qtbot, dialog.print_button)
    assert dialog.message() == "printer menolak pekerjaan cetak: lp: The printer or class does not exist."
    assert service.print_register(uuid) == []
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=TIMEOUT)
    assert dialog.print_button.isEnabled()


def test_without_lp_the_dialog_says_what_to_do_instead(qtbot, sealed, open_dialog, tmp_path, monkeypatch):
    service, uuid = sealed
    (tmp_path / "empty").mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    asked = []
    dialog = open_dialog(service, uuid, choose_printer=lambda parent: asked.append(1) or ("Kantor", 1),
                         platform="linux")
    click(qtbot, dialog.print_button)
    assert dialog.message() == ("perintah cetak 'lp' tidak ditemukan: simpan sebagai PDF lalu cetak dari "
                                "penampil PDF")
    assert asked == [] and service.print_register(uuid) == []

    # The same words when the command disappears between the check and the job.
    def missing(argv):
        raise FileNotFoundError(argv[0])

    other = open_dialog(service, uuid, run_command=missing, choose_printer=lambda parent: ("Kantor", 1),
                        platform="linux")
    with qtbot.waitSignal(other.runner.failed, timeout=TIMEOUT):
        click(qtbot, other.print_button)
    assert other.message().startswith("perintah cetak 'lp' tidak ditemukan")
    assert service.print_register(uuid) == []


def test_stopping_a_print_keeps_the_register_true(qtbot, sealed, open_dialog):
    """Sheets the spooler accepted are in the register; the stop takes effect before the next one."""
    service, uuid = sealed
    go_on = threading.Event()
    spooler = Spooler()

    def spool(argv):
        result = spooler(argv)
        if len(spooler.commands) == 2:
            assert go_on.wait(TIMEOUT / 1000)
        return result

    dialog = open_dialog(service, uuid, run_command=spool, choose_printer=lambda parent: ("Kantor", 1),
                         platform="linux")
    click(qtbot, dialog.print_button)
    qtbot.waitUntil(lambda: len(spooler.commands) == 2, timeout=TIMEOUT)
    assert not dialog.close_button.isEnabled()  # no closing between the spooler's yes and the register
    click(qtbot, dialog.stop_button)
    go_on.set()
    qtbot.waitUntil(lambda: not dialog.is_busy() and len(dialog.register_rows()) == 2, timeout=TIMEOUT)
    assert len(spooler.commands) == 2
    assert [r["nip"] for r in service.print_register(uuid)] == [RINA, DODI]
    assert dialog.message() == "Dihentikan: 2 dari 6 lembar dikirim ke printer dan tercatat di register cetak."


def test_a_refusal_after_the_first_copy_records_only_the_copy_the_spooler_took(qtbot, sealed, open_dialog):
    service, uuid = sealed
    spooler = Spooler()

    def spool(argv):
        if len(spooler.commands) == 1:
            return 1, "lp: printer out of paper"
        return spooler(argv)

    dialog = open_dialog(service, uuid, run_command=spool, choose_printer=lambda parent: ("Kantor", 3),
                         platform="linux")
    dialog.set_selected([RINA])
    with qtbot.waitSignal(dialog.runner.failed, timeout=TIMEOUT):
        click(qtbot, dialog.print_button)
    assert dialog.message() == ("printer menolak pekerjaan cetak: lp: printer out of paper "
                                "(1 lembar sudah dicetak dan tercatat)")
    assert [(r["nip"], r["first_copy"], r["copies"]) for r in service.print_register(uuid)] == [(RINA, 1, 1)]


# -- an unsealed session -----------------------------------------------------------------------------
def test_an_unsealed_session_is_said_to_print_not_final_sheets(qtbot, draft_store, open_dialog):
    path, uuid = draft_store
    store = open_centre_store(path)
    try:
        service = AssessmentService(store, actor="ketua")
        before = open_dialog(service, uuid)
        assert before.sheet_count() == 0
        assert before.message().startswith("Belum ada lembar hasil")
        assert not before.save_button.isEnabled() and not before.print_button.isEnabled()

        submit_all_and_open_meeting(service, uuid)
        service.integrate(uuid)
        spooler = Spooler()
        dialog = open_dialog(service, uuid, run_command=spooler, choose_printer=lambda parent: ("Kantor", 1),
                             platform="linux")
        assert dialog.sheet_count() == 6
        assert dialog.draft_banner.isVisible() and "BELUM FINAL" in dialog.draft_banner.text()
        assert "rapat integrasi" in dialog.status_label.text()
        dialog.set_selected([RINA])
        with qtbot.waitSignal(dialog.sheets_printed, timeout=TIMEOUT):
            click(qtbot, dialog.print_button)
        sheet = path.parent / "printed.pdf"
        sheet.write_bytes(spooler.pdfs[0])
        assert "BELUM FINAL" in pdf_text(sheet)
        assert service.print_register(uuid)[0]["status"] == SessionStatus.MEETING.value
        assert dialog.register_rows()[0][-1] == "BELUM FINAL"
    finally:
        store.close()


def test_closing_while_saving_stops_the_work(qtbot, sealed, open_dialog, tmp_path):
    service, uuid = sealed
    out = tmp_path / "tutup"
    dialog = open_dialog(service, uuid, choose_folder=lambda parent: out)
    click(qtbot, dialog.save_button)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.runner.wait(0), "closing waits for the worker to stop"
    qtbot.waitUntil(lambda: not dialog.runner.is_running(), timeout=TIMEOUT)
    assert len(list(out.glob("*"))) < 7
    assert all(whole_pdf(p) for p in out.glob("*"))


def test_screenshot_of_the_print_dialog(qtbot, tmp_path):
    from desktop.gui import printing

    (png,) = printing.screenshot(tmp_path)
    assert png.name == "print_dialog.png" and png.stat().st_size > 10_000
