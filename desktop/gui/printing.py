"""Result sheets of a session: saved as PDFs or sent to a printer, every print written to the print register.

The sheets are rendered off the GUI thread (TaskRunner) with progress and a stop button. Printing goes to
the system spooler: CUPS `lp` on Linux, the PDF application's "print" verb on Windows. A sheet enters the
print register (`AssessmentService.record_print`, an audit event) only after the spooler accepted it;
saving a PDF is not a print.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import subprocess
import sys
import tempfile
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AsesmenError
from desktop.domain.model import AssesseeResult, SessionInfo, SessionStatus
from desktop.domain.nip import format_nip
from desktop.gui import i18n
from desktop.gui.login import heading
from desktop.gui.tasks import TaskRunner
from desktop.gui.timestamps import local_time
from desktop.gui.widgets import progress_strip, read_only_table
from desktop.services.assessment import AssessmentService
from desktop.services.files import write_atomic
from desktop.services.progress import Progress

SIZE = (1040, 720)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
NIP_ROLE = Qt.ItemDataRole.UserRole
PAPERS = ("A4", "F4")
SHEET = "lembar hasil"  # the register's name for an individual result sheet (record_print's `what`)

CommandRunner = Callable[[Sequence[str]], tuple[int, str]]
PrinterChooser = Callable[[QWidget], "tuple[str, int] | None"]
FolderChooser = Callable[[QWidget], "Path | None"]


# -- the spooler ---------------------------------------------------------------------------------
class SpoolerMissing(Exception):
    """The print command is not installed (no CUPS client)."""

    def __init__(self, command: str) -> None:
        super().__init__(command)
        self.command = command


class SpoolerRefused(Exception):
    """The print command ran and said no (unknown printer, CUPS not running, ...)."""

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


def run_command(argv: Sequence[str]) -> tuple[int, str]:
    """Run a spooler command: (exit status, its first line of output). FileNotFoundError if it is missing."""
    done = subprocess.run(list(argv), capture_output=True, text=True, timeout=120, check=False)
    text = (done.stderr or "").strip() or (done.stdout or "").strip()
    return done.returncode, text.splitlines()[0] if text else ""


def lp_command(path: Path, printer: str, copies: int) -> list[str]:
    """CUPS: `lp -d PRINTER -n COPIES file.pdf` (no -d: the default destination)."""
    return ["lp", *(["-d", printer] if printer else []), "-n", str(copies), str(path)]


def send_to_printer(path: Path, printer: str, copies: int, run: CommandRunner = run_command,
                    platform: str = sys.platform) -> None:
    """Hand one PDF to the system spooler; returns once it accepted the job, raises otherwise."""
    if platform == "win32":
        # The PDF application's "print" verb prints one copy on the default printer.
        for _ in range(copies):
            try:
                os.startfile(path, "print")  # type: ignore[attr-defined]  # Windows only
            except OSError as exc:
                raise SpoolerRefused(str(exc)) from exc
        return
    argv = lp_command(path, printer, copies)
    try:
        status, text = run(argv)
    except FileNotFoundError:
        raise SpoolerMissing(argv[0]) from None
    except (OSError, subprocess.SubprocessError) as exc:
        raise SpoolerRefused(str(exc)) from exc
    if status != 0:
        raise SpoolerRefused(text or f"exit {status}")


STAGING_PREFIX = "asesmen-cetak-"
STAGING_HOURS = 1.0


def sweep_staging(tmp: Path, hours: float = STAGING_HOURS, now: float | None = None) -> int:
    """Delete the sheets an earlier print on Windows left for the PDF application (it opens them after
    the job has returned, so they cannot be deleted then): they name assessees, and must not stay in the
    temporary folder. Folders older than `hours` go; a file still open elsewhere stays until next time.
    Returns how many folders were removed."""
    now = dt.datetime.now().timestamp() if now is None else now
    removed = 0
    for folder in tmp.glob(f"{STAGING_PREFIX}*"):
        try:
            if not folder.is_dir() or now - folder.stat().st_mtime < hours * 3600:
                continue
            for path in folder.iterdir():
                path.unlink()
            folder.rmdir()
            removed += 1
        except OSError:
            continue  # in use or already gone: the next sweep tries again
    return removed


# -- the work done off the GUI thread ----------------------------------------------------------------
@dataclass
class Batch:
    """What a running job has finished so far (the worker appends; the GUI reads after the job ended)."""

    files: list[Path] = field(default_factory=list)
    printed: list[tuple[str, str, int]] = field(default_factory=list)  # (nip, name, first copy)
    register: list[dict] | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def add_file(self, path: Path) -> None:
        with self._lock:
            self.files.append(path)

    def add_print(self, nip: str, name: str, first_copy: int) -> None:
        with self._lock:
            self.printed.append((nip, name, first_copy))


@dataclass(frozen=True)
class Loaded:
    info: SessionInfo
    results: list[AssesseeResult]
    register: list[dict]


def sheet_name(result: AssesseeResult) -> str:
    """The file name write_reports gives a sheet: participant number and NIP."""
    return f"{result.participant_no:03d}-{result.nip}.pdf"


def _render_sheet(info: SessionInfo, result: AssesseeResult, paper: str, copy: int | None = None) -> bytes:
    from desktop.services import reports  # reportlab costs ~0.1 s to import: only when a sheet is made

    buf = io.BytesIO()
    reports.render_result_sheet(info, result, buf, paper=paper, copy=copy)
    return buf.getvalue()


def copy_file_name(result: AssesseeResult, copy: int) -> str:
    return sheet_name(result).replace(".pdf", f"-salinan-{copy}.pdf")


def save_sheets(service: AssessmentService, uuid: str, nips: Sequence[str], recap: bool, folder: Path,
                paper: str, batch: Batch, progress: Progress) -> Batch:
    """The chosen sheets (and the recap) as PDFs in `folder`; each file appears whole or not at all."""
    from desktop.services.demo import write_reports

    results = service.results(uuid)
    every = {r.nip for r in results}
    chosen = [r for r in results if r.nip in set(nips)]
    if recap and every and set(nips) >= every:
        # Everything: write_reports does exactly that, in the same order and with the same names.
        def report(done: int, total: int, text: str) -> None:
            # write_reports reports sheet i before it renders it: sheets 0..i-1 are on disk. Note them
            # first, then let the outer progress raise Cancelled if a stop was asked for.
            for r in results[len(batch.files):min(done, len(results))]:
                batch.add_file(folder / sheet_name(r))
            progress.report(done, total, text)

        paths = write_reports(service, uuid, folder, Progress(report), paper=paper)
        batch.files[:] = paths
        return batch
    info = service.info(uuid)
    total = len(chosen) + (1 if recap else 0)
    folder.mkdir(parents=True, exist_ok=True)
    for i, r in enumerate(chosen):
        progress.report(i, total, r.name)
        batch.add_file(write_atomic(folder / sheet_name(r), _render_sheet(info, r, paper)))
    if recap:
        progress.report(len(chosen), total, "rekapitulasi")
        # Only write_reports makes the recap; let it work in a scratch folder and keep the recap alone.
        with tempfile.TemporaryDirectory(prefix="asesmen-rekap-") as tmp:
            made = write_reports(service, uuid, Path(tmp), Progress(None, progress.cancelled_fn), paper=paper)
            recap_pdf = next(p for p in made if p.name == "rekapitulasi.pdf")
            batch.add_file(write_atomic(folder / recap_pdf.name, recap_pdf.read_bytes()))
    progress.report(total, total, "")
    return batch


def print_sheets(service: AssessmentService, uuid: str, nips: Sequence[str], paper: str, printer: str,
                 copies: int, register_printer: str, run: CommandRunner, platform: str, batch: Batch,
                 progress: Progress, staging: Path) -> Batch:
    """Render each chosen sheet once per copy, each copy carrying its number from the print register,
    hand them to the spooler, then record the print. A stop request is honoured before a sheet's first
    copy goes to the spooler, never between the spooler's yes and the register entry; if the spooler
    refuses a later copy, the copies it accepted are recorded before the refusal is reported."""
    info = service.info(uuid)
    chosen = [r for r in service.results(uuid) if r.nip in set(nips)]
    printed = Counter()
    for entry in service.print_register(uuid):
        if entry.get("what") == SHEET:
            printed[entry["nip"]] += int(entry.get("copies", 1))
    for i, r in enumerate(chosen):
        progress.report(i, len(chosen), r.name)
        first = printed[r.nip] + 1
        paths = [write_atomic(staging / copy_file_name(r, n), _render_sheet(info, r, paper, copy=n))
                 for n in range(first, first + copies)]
        progress.check()
        sent = 0
        try:
            for path in paths:
                send_to_printer(path, printer, 1, run, platform)
                sent += 1
        finally:
            if sent:
                batch.add_print(r.nip, r.name, service.record_print(uuid, r.nip, SHEET, sent, register_printer))
                printed[r.nip] += sent
            if platform != "win32":
                for path in paths:
                    path.unlink(missing_ok=True)  # lp has handed the bytes to CUPS
    batch.register = service.print_register(uuid)
    progress.report(len(chosen), len(chosen), "")
    return batch


def copy_numbers(first: int, copies: int) -> str:
    return str(first) if copies <= 1 else f"{first}–{first + copies - 1}"




def _table(name: str, headers: Sequence[str], stretch: int) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setAccessibleName(name)
    table.setHorizontalHeaderLabels(list(headers))
    read_only_table(table, alternating=True, header_padding="2px 6px")
    table.horizontalHeader().setStretchLastSection(False)
    table.setProperty("stretch_column", stretch)
    return table


def _fit_columns(table: QTableWidget, cap: int = 340) -> None:
    """Columns sized to their contents (within reason); the stretch column takes what is left."""
    header = table.horizontalHeader()
    stretch = int(table.property("stretch_column"))
    table.resizeColumnsToContents()
    for col in range(header.count()):
        if col == stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, min(cap, header.sectionSize(col) + 16))


def _cell(text: str, align: Qt.AlignmentFlag = LEFT) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setTextAlignment(align)
    item.setToolTip(text)
    return item


class PrintDialog(QDialog):
    """Save or print the result sheets of one session, and show its print register.

    Signals: `sheets_saved(count, folder)` after PDFs were written; `sheets_printed(count)` after sheets
    went to the printer (each one is already in the print register by then).

    Collaborators are injectable for tests: `runner` (TaskRunner), `run_command` (runs the `lp` command),
    `choose_printer(parent) -> (printer, copies) | None` (the Qt print dialog by default) and
    `choose_folder(parent) -> Path | None` (a folder dialog by default).
    """

    sheets_saved = Signal(int, str)
    sheets_printed = Signal(int)

    COL_NO, COL_NIP, COL_NAME, COL_POSITION, COL_JPM, COL_CATEGORY, COL_PRINTED = range(7)

    def __init__(self, service: AssessmentService, session_uuid: str, parent: QWidget | None = None, *,
                 language: str = i18n.SOURCE_LANGUAGE, runner: TaskRunner | None = None,
                 run_command: CommandRunner = run_command, choose_printer: PrinterChooser | None = None,
                 choose_folder: FolderChooser | None = None, platform: str = sys.platform) -> None:
        super().__init__(parent)
        self._service = service
        self._uuid = session_uuid
        self._locale = i18n.locale_for(language)
        self._runner = runner or TaskRunner(self)
        self._run_command = run_command
        self._choose_printer = choose_printer or self._ask_printer
        self._choose_folder = choose_folder or self._ask_folder
        self._platform = platform
        self._task = ""  # "load", "save" or "print" while one runs
        self._batch = Batch()
        self._job_total = 0
        self._closing = False
        self._info: SessionInfo | None = None
        self._results: list[AssesseeResult] = []
        self._register: list[dict] = []
        self._last_folder: Path | None = None
        self._staging = None
        if platform == "win32":
            sweep_staging(Path(tempfile.gettempdir()))
            self._staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX))

        self.setWindowTitle(self.tr("Cetak lembar hasil"))
        self.setMinimumSize(760, 560)
        self.resize(*SIZE)
        self._build()
        self._connect_callbacks()
        self._update_buttons()
        self._start("load", self._load_job(), self.tr("Memuat peserta dan register cetak…"))

    # -- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = heading(self.tr("Cetak lembar hasil"), 1.25)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        self.status_label.setAccessibleName(self.tr("Status sesi"))
        self.draft_banner = QLabel()
        self.draft_banner.setObjectName("draftBanner")
        self.draft_banner.setWordWrap(True)
        self.draft_banner.setAccessibleName(self.tr("Peringatan: lembar belum final"))
        self.draft_banner.setStyleSheet(
            "#draftBanner { color: #5c3d00; background: #fff4d6; border: 1px solid #e8c66a;"
            " border-radius: 3px; padding: 6px 8px; }")
        self.draft_banner.hide()

        self.sheets_label = QLabel(self.tr("&Peserta"))
        self.sheets = _table(self.tr("Peserta yang lembarnya dibuat"), [
            self.tr("No"), self.tr("NIP"), self.tr("Nama"), self.tr("Jabatan sasaran"), self.tr("JPM"),
            self.tr("Kategori"), self.tr("Dicetak")], stretch=self.COL_POSITION)
        self.sheets_label.setBuddy(self.sheets)
        self.sheets.setToolTip(self.tr("Spasi mencentang atau melepas peserta yang terpilih"))
        self.select_all_button = QPushButton(self.tr("Pilih sem&ua"))
        self.select_all_button.setAccessibleName(self.tr("Pilih semua peserta"))
        self.select_none_button = QPushButton(self.tr("&Kosongkan"))
        self.select_none_button.setAccessibleName(self.tr("Lepas semua peserta"))
        for button in (self.select_all_button, self.select_none_button):
            button.setAutoDefault(False)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Jumlah peserta terpilih"))

        self.paper_combo = QComboBox()
        self.paper_combo.setAccessibleName(self.tr("Ukuran kertas"))
        self.paper_combo.addItem(self.tr("A4 (210 × 297 mm)"), "A4")
        self.paper_combo.addItem(self.tr("F4 / folio (215 × 330 mm)"), "F4")
        paper_label = QLabel(self.tr("K&ertas:"))
        paper_label.setBuddy(self.paper_combo)
        self.recap_check = QCheckBox(self.tr("Sertakan &rekapitulasi sesi (rekapitulasi.pdf) saat menyimpan PDF"))
        self.recap_check.setAccessibleName(self.tr("Sertakan rekapitulasi sesi saat menyimpan PDF"))
        self.recap_check.setChecked(True)

        self.register_label = QLabel(self.tr("Re&gister cetak"))
        self.register = _table(self.tr("Register cetak sesi ini"), [
            self.tr("Waktu"), self.tr("Oleh"), self.tr("Peserta"), self.tr("Lembar"), self.tr("Salinan ke-"),
            self.tr("Printer"), self.tr("Status sesi")], stretch=2)
        self.register_label.setBuddy(self.register)
        self.register_empty = QLabel(self.tr("Belum ada lembar yang dicetak dari sesi ini."))
        self.register_empty.setEnabled(False)

        self.message_label = QLabel()
        self.message_label.setObjectName("printMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message_label.setAccessibleName(self.tr("Pesan"))
        self.message_label.hide()
        self.open_folder_button = QPushButton(self.tr("&Buka folder"))
        self.open_folder_button.setAccessibleName(self.tr("Buka folder tempat PDF disimpan"))
        self.open_folder_button.setAutoDefault(False)
        self.open_folder_button.hide()

        self.progress_label, self.progress_bar, self.stop_button, self.busy = progress_strip(
            self.tr("Keterangan kemajuan"), self.tr("Kemajuan"), self.tr("&Hentikan"),
            self.tr("Hentikan setelah lembar yang sedang dibuat"), bar_width=260)

        self.save_button = QPushButton(self.tr("&Simpan sebagai PDF ke folder…"))
        self.save_button.setAccessibleName(self.tr("Simpan lembar terpilih sebagai PDF ke folder"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Simpan sebagai PDF (Ctrl+S)"))
        self.print_button = QPushButton(self.tr("&Cetak…"))
        self.print_button.setAccessibleName(self.tr("Cetak lembar terpilih ke printer"))
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.setToolTip(self.tr("Pilih printer dan jumlah salinan (Ctrl+P)"))
        self.close_button = QPushButton(self.tr("&Tutup"))
        self.close_button.setAccessibleName(self.tr("Tutup"))
        for button in (self.save_button, self.print_button, self.close_button):
            button.setAutoDefault(False)

        selection = QHBoxLayout()
        selection.addWidget(self.select_all_button)
        selection.addWidget(self.select_none_button)
        selection.addWidget(self.count_label, 1)
        selection.addWidget(paper_label)
        selection.addWidget(self.paper_combo)

        message = QHBoxLayout()
        message.addWidget(self.message_label, 1)
        message.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.draft_banner)
        layout.addWidget(self.sheets_label)
        layout.addWidget(self.sheets, 3)
        layout.addLayout(selection)
        layout.addWidget(self.recap_check)
        layout.addSpacing(6)
        layout.addWidget(self.register_label)
        layout.addWidget(self.register, 2)
        layout.addWidget(self.register_empty)
        layout.addLayout(message)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)

    def _connect_callbacks(self) -> None:
        self.sheets.itemChanged.connect(self._on_sheet_item_changed)
        self.select_all_button.clicked.connect(self._on_select_all_clicked)
        self.select_none_button.clicked.connect(self._on_select_none_clicked)
        self.recap_check.toggled.connect(self._on_recap_toggled)
        self.save_button.clicked.connect(self._on_save_clicked)
        self.print_button.clicked.connect(self._on_print_clicked)
        self.close_button.clicked.connect(self.reject)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_clicked)
        self._runner.connect_slots(progressed=self._on_task_progressed, succeeded=self._on_task_succeeded,
                                   failed=self._on_task_failed, cancelled=self._on_task_cancelled)

    # -- public ------------------------------------------------------------------------------------
    @property
    def runner(self) -> TaskRunner:
        return self._runner

    def is_busy(self) -> bool:
        return bool(self._task)

    def sheet_count(self) -> int:
        return self.sheets.rowCount()

    def selected_nips(self) -> list[str]:
        return [self.sheets.item(row, self.COL_NO).data(NIP_ROLE) for row in range(self.sheets.rowCount())
                if self.sheets.item(row, self.COL_NO).checkState() == Qt.CheckState.Checked]

    def set_selected(self, nips: Sequence[str]) -> None:
        wanted = set(nips)
        for row in range(self.sheets.rowCount()):
            item = self.sheets.item(row, self.COL_NO)
            item.setCheckState(Qt.CheckState.Checked if item.data(NIP_ROLE) in wanted else Qt.CheckState.Unchecked)

    def paper(self) -> str:
        return str(self.paper_combo.currentData())

    def set_paper(self, paper: str) -> None:
        self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(paper)))

    def message(self) -> str:
        return self.message_label.text() if not self.message_label.isHidden() else ""

    def save_to(self, folder: Path | str) -> None:
        """Write the chosen sheets (and the recap, if ticked) into `folder`, off the GUI thread."""
        if self._task or not (self.selected_nips() or self.recap_check.isChecked()):
            return
        folder = Path(folder).expanduser()
        nips, recap, paper = self.selected_nips(), self.recap_check.isChecked(), self.paper()
        service, uuid = self._service, self._uuid
        batch = self._batch = Batch()
        self._last_folder = folder
        self._job_total = len(nips) + (1 if recap else 0)
        self._start("save", lambda progress: save_sheets(service, uuid, nips, recap, folder, paper, batch, progress),
                    self.tr("Menyimpan PDF ke {folder}…").format(folder=folder))

    def print_to(self, printer: str, copies: int) -> None:
        """Send the chosen sheets to `printer` (`copies` each), off the GUI thread; each accepted sheet is
        recorded in the print register."""
        nips = self.selected_nips()
        if self._task or not nips:
            return
        copies = max(1, int(copies))
        service, uuid, paper, run, platform = self._service, self._uuid, self.paper(), self._run_command, \
            self._platform
        register_printer = printer
        if platform == "win32":
            from PySide6.QtPrintSupport import QPrinterInfo

            # The "print" verb always uses the default printer: the register names the one really used.
            register_printer = QPrinterInfo.defaultPrinterName() or printer
        batch = self._batch = Batch()
        self._job_total = len(nips)
        staging = self._staging

        def job(progress: Progress) -> Batch:
            try:
                if staging is not None:  # Windows: the PDF application opens the file later
                    return print_sheets(service, uuid, nips, paper, printer, copies, register_printer, run,
                                        platform, batch, progress, staging)
                with tempfile.TemporaryDirectory(prefix="asesmen-cetak-") as tmp:
                    return print_sheets(service, uuid, nips, paper, printer, copies, register_printer, run,
                                        platform, batch, progress, Path(tmp))
            except SpoolerMissing as exc:
                raise AsesmenError(missing.format(command=exc.command)) from None
            except SpoolerRefused as exc:
                raise AsesmenError(refused.format(detail=exc.detail)) from None

        # Worded here, on the GUI thread, in the interface language.
        missing = self.tr("perintah cetak '{command}' tidak ditemukan: simpan sebagai PDF lalu cetak dari "
                          "penampil PDF")
        refused = self.tr("printer menolak pekerjaan cetak: {detail}")
        where = printer or self.tr("printer bawaan")
        self._start("print", job, self.tr("Mencetak ke {printer}…").format(printer=where))

    # -- loading -----------------------------------------------------------------------------------
    def _load_job(self):
        service, uuid = self._service, self._uuid
        return lambda progress: Loaded(service.info(uuid), service.results(uuid), service.print_register(uuid))

    def _on_loaded(self, loaded: Loaded) -> None:
        self._info, self._results = loaded.info, loaded.results
        info = loaded.info
        self.setWindowTitle(self.tr("Cetak lembar hasil – {title}").format(title=info.title))
        self.title_label.setText(info.title)
        if info.status == SessionStatus.SEALED:
            self.status_label.setText(self.tr(
                "Sesi disegel · kode segel {code} · berlaku sampai {until}. Setiap lembar membawa kode "
                "verifikasi yang dapat diperiksa BKD.").format(code=info.seal_code or "-",
                                                             until=self._date(info.valid_until or "")))
            self.draft_banner.hide()
        else:
            self.status_label.setText(self.tr("Sesi belum disegel ({status}).").format(
                status=self._status_text(info.status)))
            self.draft_banner.setText(self.tr(
                "⚠ BELUM FINAL: sesi ini belum disegel, jadi setiap lembar dicetak dengan tanda air "
                "“BELUM FINAL” dan tanpa kode verifikasi. Lembar ini hanya untuk pemeriksaan, bukan hasil "
                "resmi."))
            self.draft_banner.show()
        self._fill_sheets(loaded.results)
        self._fill_register(loaded.register)
        if not loaded.results:
            self._show_message(self.tr("Belum ada lembar hasil: level akhir setiap peserta ditetapkan dalam "
                                       "rapat integrasi."), error=True)
        self.sheets.setFocus()

    def _status_text(self, status: SessionStatus) -> str:
        return {SessionStatus.DRAFT: self.tr("penilaian berjalan"),
                SessionStatus.MEETING: self.tr("rapat integrasi"),
                SessionStatus.SEALED: self.tr("disegel")}[status]

    def _date(self, iso: str) -> str:
        try:
            d = dt.date.fromisoformat(iso[:10])
        except ValueError:
            return iso or "-"
        return f"{d.day} {self._locale.monthName(d.month)} {d.year}"

    def _jpm(self, value: float) -> str:
        return self._locale.toString(float(value), "f", 2)

    def _fill_sheets(self, results: Sequence[AssesseeResult]) -> None:
        self.sheets.blockSignals(True)
        self.sheets.setRowCount(len(results))
        for row, r in enumerate(results):
            number = _cell(str(r.participant_no), RIGHT)
            number.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                            | Qt.ItemFlag.ItemIsUserCheckable)
            number.setCheckState(Qt.CheckState.Checked)
            number.setData(NIP_ROLE, r.nip)
            self.sheets.setItem(row, self.COL_NO, number)
            self.sheets.setItem(row, self.COL_NIP, _cell(format_nip(r.nip)))
            self.sheets.setItem(row, self.COL_NAME, _cell(r.name))
            self.sheets.setItem(row, self.COL_POSITION, _cell(r.target_position))
            self.sheets.setItem(row, self.COL_JPM, _cell(self._jpm(r.jpm), RIGHT))
            category = _cell(r.category_code)
            category.setToolTip(r.category_label)
            self.sheets.setItem(row, self.COL_CATEGORY, category)
            self.sheets.setItem(row, self.COL_PRINTED, _cell("", RIGHT))
        self.sheets.blockSignals(False)
        _fit_columns(self.sheets)
        if results:
            self.sheets.setCurrentCell(0, self.COL_NO)
        self._update_count()

    def _fill_register(self, register: Sequence[dict]) -> None:
        self._register = list(register)
        printed: dict[str, int] = {}
        for entry in register:
            if entry.get("what", SHEET) == SHEET:
                printed[entry["nip"]] = printed.get(entry["nip"], 0) + int(entry.get("copies", 1))
        self.sheets.blockSignals(True)
        for row in range(self.sheets.rowCount()):
            n = printed.get(self.sheets.item(row, self.COL_NO).data(NIP_ROLE), 0)
            self.sheets.item(row, self.COL_PRINTED).setText(self.tr("{n}×").format(n=n) if n else "–")
        self.sheets.blockSignals(False)

        self.register.setRowCount(len(register))
        for row, entry in enumerate(register):
            copies = int(entry.get("copies", 1))
            final = entry.get("status") == SessionStatus.SEALED.value
            cells = (
                _cell(local_time(entry["at"])),
                _cell(entry.get("actor", "")),
                _cell(f"{entry['name']} · {format_nip(entry['nip'])}"),
                _cell(entry.get("what", "")),
                _cell(copy_numbers(int(entry.get("first_copy", 1)), copies), RIGHT),
                _cell(entry.get("printer") or "–"),
                _cell(self.tr("final") if final else self.tr("BELUM FINAL")),
            )
            for col, item in enumerate(cells):
                self.register.setItem(row, col, item)
        _fit_columns(self.register)
        if register:
            self.register.scrollToBottom()
        self.register_empty.setVisible(not register)

    def register_rows(self) -> list[list[str]]:
        """The print register as shown (for tests and the lead's checks)."""
        return [[self.register.item(r, c).text() for c in range(self.register.columnCount())]
                for r in range(self.register.rowCount())]

    # -- selection ---------------------------------------------------------------------------------
    @Slot(QTableWidgetItem)
    def _on_sheet_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == self.COL_NO:
            self._update_count()

    @Slot()
    def _on_select_all_clicked(self) -> None:
        self.set_selected([r.nip for r in self._results])

    @Slot()
    def _on_select_none_clicked(self) -> None:
        self.set_selected([])

    @Slot(bool)
    def _on_recap_toggled(self, _checked: bool) -> None:
        self._update_buttons()

    def _update_count(self) -> None:
        self.count_label.setText(self.tr("{n} dari {total} peserta dipilih").format(
            n=len(self.selected_nips()), total=self.sheets.rowCount()))
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = bool(self._task)
        loaded = self._info is not None
        chosen = bool(self.selected_nips())
        for widget in (self.sheets, self.select_all_button, self.select_none_button, self.paper_combo,
                       self.recap_check):
            widget.setEnabled(not busy and loaded)
        self.save_button.setEnabled(not busy and loaded and (chosen or self.recap_check.isChecked())
                                    and bool(self._results))
        self.print_button.setEnabled(not busy and loaded and chosen)
        self.close_button.setEnabled(self._task != "print")

    # -- saving ------------------------------------------------------------------------------------
    @Slot()
    def _on_save_clicked(self) -> None:
        if not self.save_button.isEnabled():
            return
        folder = self._choose_folder(self)
        if folder is not None:
            self.save_to(folder)

    def _ask_folder(self, parent: QWidget) -> Path | None:
        start = str(self._last_folder or Path.home())
        chosen = QFileDialog.getExistingDirectory(parent, self.tr("Simpan PDF ke folder"), start)
        return Path(chosen) if chosen else None

    @Slot()
    def _on_open_folder_clicked(self) -> None:
        if self._last_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._last_folder)))

    # -- printing ----------------------------------------------------------------------------------
    @Slot()
    def _on_print_clicked(self) -> None:
        if not self.print_button.isEnabled():
            return
        if self._run_command is run_command and self._platform != "win32" and not _which("lp"):
            self._show_message(self.tr("perintah cetak 'lp' tidak ditemukan: simpan sebagai PDF lalu cetak dari "
                                       "penampil PDF"), error=True)
            return
        choice = self._choose_printer(self)
        if choice is not None:
            self.print_to(*choice)

    def _ask_printer(self, parent: QWidget) -> tuple[str, int] | None:
        """The Qt print dialog: which printer, how many copies. None when the user cancels."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrinterInfo

        if not QPrinterInfo.availablePrinterNames():
            self._show_message(self.tr("Tidak ada printer terpasang: simpan sebagai PDF lalu cetak dari penampil "
                                       "PDF."), error=True)
            return None
        printer = QPrinter(QPrinterInfo.defaultPrinter())
        dialog = QPrintDialog(printer, parent)
        options = QAbstractPrintDialog.PrintDialogOption
        dialog.setOption(options.PrintToFile, False)
        dialog.setOption(options.PrintSelection, False)
        dialog.setOption(options.PrintPageRange, False)
        dialog.setOption(options.PrintCurrentPage, False)
        n = len(self.selected_nips())
        title = self.tr("Cetak {n} lembar hasil").format(n=n)
        if self._info is not None and self._info.status != SessionStatus.SEALED:
            title += " " + self.tr("(BELUM FINAL)")
        dialog.setWindowTitle(title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat or not printer.printerName():
            self._show_message(self.tr("Pilih sebuah printer; untuk berkas PDF pakai “Simpan sebagai PDF ke "
                                       "folder…”."), error=True)
            return None
        return printer.printerName(), max(1, printer.copyCount())

    # -- tasks -------------------------------------------------------------------------------------
    def _start(self, task: str, fn, label: str, keep_message: bool = False) -> None:
        if self._runner.is_running():
            return
        if not keep_message:
            self._hide_message()
        self._task = task
        self.progress_label.setText(label)
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.stop_button.setVisible(task in ("save", "print"))
        self.stop_button.setEnabled(True)
        self.busy.show()
        self._update_buttons()
        self._runner.start(fn)
        if task in ("save", "print"):
            self.stop_button.setFocus()

    @Slot()
    def _on_stop_clicked(self) -> None:
        if self._runner.is_running():
            self._runner.cancel()
            self.stop_button.setEnabled(False)
            self.progress_label.setText(self.tr("Menghentikan setelah lembar yang sedang dibuat…"))

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, text: str) -> None:
        if total <= 0 or not self.stop_button.isEnabled():
            return
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(min(done, total))
        verb = self.tr("Mencetak") if self._task == "print" else self.tr("Menyimpan")
        if done < total and text:
            self.progress_label.setText(self.tr("{verb} {n} dari {total}: {name}").format(
                verb=verb, n=done + 1, total=total, name=text if text != "rekapitulasi" else self.tr("rekapitulasi")))

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        task = self._end()
        if self._closing:
            return
        if task == "load":
            assert isinstance(result, Loaded)
            self._on_loaded(result)
        elif task == "save":
            assert isinstance(result, Batch)
            self._say_saved(result, stopped=False)
        elif task == "print":
            assert isinstance(result, Batch)
            if result.register is not None:
                self._fill_register(result.register)
            self._say_printed(result, stopped=False)
        elif task == "register":
            assert isinstance(result, list)
            self._fill_register(result)

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        task = self._end()
        if self._closing:
            return
        one_line = " ".join(message.split())
        if task == "load":
            self._show_message(self.tr("Lembar hasil tidak dapat dimuat: {message}").format(message=one_line),
                               error=True)
        elif task == "print":
            done = len(self._batch.printed)
            if done:
                one_line = self.tr("{message} ({n} lembar sudah dicetak dan tercatat)").format(
                    message=one_line, n=done)
            self._show_message(one_line, error=True)
            self._reload_register()
        else:
            self._show_message(self.tr("PDF tidak tersimpan: {message}").format(message=one_line), error=True)

    @Slot()
    def _on_task_cancelled(self) -> None:
        task = self._end()
        if self._closing:
            return
        if task == "save":
            self._say_saved(self._batch, stopped=True)
        elif task == "print":
            self._say_printed(self._batch, stopped=True)
            self._reload_register()

    def _end(self) -> str:
        task, self._task = self._task, ""
        self.busy.hide()
        self._update_buttons()
        return task

    def _reload_register(self) -> None:
        service, uuid = self._service, self._uuid
        self._start("register", lambda progress: service.print_register(uuid), self.tr("Memuat register cetak…"),
                    keep_message=True)

    def _say_saved(self, batch: Batch, stopped: bool) -> None:
        files = len(batch.files)
        folder = str(self._last_folder or "")
        if stopped:
            self._show_message(self.tr("Dihentikan: {n} dari {total} berkas PDF tersimpan di {folder}.").format(
                n=files, total=self._job_total, folder=folder), error=True)
        else:
            text = self.tr("{n} berkas PDF tersimpan di {folder}.").format(n=files, folder=folder)
            if self._info is not None and self._info.status != SessionStatus.SEALED:
                text += " " + self.tr("Lembar bertanda air “BELUM FINAL”.")
            self._show_message(text, error=False)
            self.sheets_saved.emit(files, folder)
        self.open_folder_button.setVisible(files > 0)

    def _say_printed(self, batch: Batch, stopped: bool) -> None:
        n = len(batch.printed)
        if stopped:
            self._show_message(self.tr("Dihentikan: {n} dari {total} lembar dikirim ke printer dan tercatat di "
                                       "register cetak.").format(n=n, total=self._job_total), error=True)
        else:
            self._show_message(self.tr("{n} lembar dikirim ke printer dan tercatat di register cetak.").format(n=n),
                               error=False)
        if n:
            self.sheets_printed.emit(n)

    # -- messages ----------------------------------------------------------------------------------
    def _show_message(self, text: str, error: bool) -> None:
        self.message_label.setText(" ".join(text.split()))
        colours = ("#8a1c1c", "#fdecea", "#f1b0aa") if error else ("#1e5e2f", "#e7f4ea", "#9fd0ab")
        self.message_label.setStyleSheet(
            "#printMessage {{ color: {}; background: {}; border: 1px solid {}; border-radius: 3px;"
            " padding: 6px 8px; }}".format(*colours))
        self.message_label.setAccessibleDescription(text)
        self.message_label.show()
        self.open_folder_button.hide()

    def _hide_message(self) -> None:
        self.message_label.hide()
        self.message_label.clear()
        self.open_folder_button.hide()

    # -- closing -----------------------------------------------------------------------------------
    def reject(self) -> None:
        if self._task == "print":
            return  # a sheet may be between the spooler and the register: let the job say how far it got
        self._closing = True
        if self._runner.is_running():
            self._runner.cancel()
            self._runner.wait()
        super().reject()


def _which(command: str) -> str | None:
    import shutil

    return shutil.which(command)


# Alias: the issue calls it a widget; it is a dialog the main window opens from the session's menu.
PrintWidget = PrintDialog


# -- screenshots -------------------------------------------------------------------------------------
def screenshot(out_dir: Path) -> list[Path]:
    """`print_dialog.png`: the sealed sample session, two sheets already printed, one unticked."""
    from desktop.gui import shots
    from desktop.gui.screenshots import build_sample_store
    from desktop.services.stores import open_centre_store

    app, out_dir = shots.prepare(out_dir)
    target = out_dir / "print_dialog.png"
    with tempfile.TemporaryDirectory(prefix="asesmen-print-") as tmp:
        uuid = build_sample_store(Path(tmp) / "centre.sqlite")
        store = open_centre_store(Path(tmp) / "centre.sqlite")
        try:
            service = AssessmentService(store, actor="ketua")
            nips = [r.nip for r in service.results(uuid)]
            service.record_print(uuid, nips[0], SHEET, 2, "Kantor-HP-LaserJet")
            service.record_print(uuid, nips[1], SHEET, 1, "Kantor-HP-LaserJet")
            service.record_print(uuid, nips[0], SHEET, 1, "Kantor-HP-LaserJet")
            dialog = PrintDialog(service, uuid)
            dialog.resize(*SIZE)
            dialog.show()
            _wait_for(app, lambda: not dialog.is_busy())
            dialog.set_selected(nips[:-1])
            shots.settle(3)
            shots.grab(dialog, target)
            shots.dispose(dialog)
        finally:
            store.close()
    return [target]


def _wait_for(app: QObject, predicate: Callable[[], bool], timeout: float = 20.0) -> None:
    import time

    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the dialog did not finish loading")
        QApplication.processEvents()
        time.sleep(0.01)


__all__ = ["PrintDialog", "PrintWidget", "lp_command", "run_command", "screenshot", "send_to_printer"]
