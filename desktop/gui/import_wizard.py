"""The assessee import wizard: choose a BKD spreadsheet, map its columns, check every row, import all or nothing."""

from __future__ import annotations

import csv
import os
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AsesmenError
from desktop.domain.golongan import parse_golongan
from desktop.domain.model import SessionStatus
from desktop.domain.nip import format_nip, normalise_nip
from desktop.gui.login import heading
from desktop.gui.models import LEFT, RIGHT, ReadOnlyTableModel
from desktop.gui.tasks import TaskFn, TaskRunner
from desktop.gui.widgets import progress_strip, read_only_table
from desktop.services.assessment import AssessmentService
from desktop.services.importing import (
    FIELDS,
    ImportReport,
    RowProblem,
    Table,
    guess_mapping,
    import_assessees,
    read_table,
    validate,
)

ModelIndex = QModelIndex | QPersistentModelIndex
NOT_USED = -1
PREVIEW_ROWS = 10
SIZE = (1040, 680)


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: how a spreadsheet names its columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


def _csv_safe(text: str) -> str:
    # A cell starting with = + - @ is a formula to Excel: keep the report's cells plain text.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


class TextTableModel(ReadOnlyTableModel):
    """A read-only table of strings; columns listed in `right` are right-aligned (numbers)."""

    def __init__(self, headers: Sequence[str], right: Sequence[int] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._right = set(right)
        self._rows: list[tuple[str, ...]] = []

    def set_rows(self, rows: Sequence[Sequence[str]]) -> None:
        self._reset_rows(tuple(r) for r in rows)

    def rows(self) -> list[tuple[str, ...]]:
        return list(self._rows)

    def headers(self) -> list[str]:
        return list(self._headers)

    def header_alignment(self, section: int) -> Qt.AlignmentFlag:
        return RIGHT if section in self._right else LEFT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() in self._right else LEFT
        return None


def _table_view(name: str, model: QAbstractTableModel, stretch_last: bool = True) -> QTableView:
    view = read_only_table(QTableView(), alternating=True, header_padding="2px 4px")
    view.setAccessibleName(name)
    view.setModel(model)
    view.horizontalHeader().setStretchLastSection(stretch_last)
    return view


def _fit(view: QTableView, padding: int = 20, cap: int = 360) -> None:
    """Columns sized to their contents (within reason); the last one takes what is left."""
    header = view.horizontalHeader()
    for col in range(max(0, header.count() - 1)):
        view.resizeColumnToContents(col)
        header.resizeSection(col, min(cap, header.sectionSize(col) + padding))


def _water_level(widths: Sequence[int], available: int, minimum: int) -> int:
    """The largest cap with sum(min(w, cap)) <= available (never below `minimum`); no cap if all fit."""
    if sum(widths) <= available or not widths:
        return max(widths, default=minimum)
    remaining, ordered = available, sorted(widths)
    for i, width in enumerate(ordered):
        share = remaining // (len(ordered) - i)
        if width > share:
            return max(minimum, share)
        remaining -= width
    return max(minimum, ordered[-1])


def _golongan(raw: str) -> str:
    """The golongan as it will be stored (IV.a -> IV/a, 3c -> III/c)."""
    try:
        return parse_golongan(raw).code if raw.strip() else ""
    except AsesmenError:
        return raw




def _paragraph(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class ImportWizard(QDialog):
    """Import assessees into one session from a .xlsx or .csv file as BKDs keep them.

    Pages: choose the file, map its columns, the validation report, done. The import runs only when
    the report has no problems, and then in one transaction: nothing is ever half-imported.
    `imported(count)` fires after a successful import.
    """

    imported = Signal(int)

    PAGE_FILE, PAGE_MAPPING, PAGE_REPORT, PAGE_DONE = range(4)
    FIELDS = FIELDS  # field -> (label, required, header aliases): what the file's columns are mapped to

    def __init__(self, service: AssessmentService, session_uuid: str, parent: QWidget | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._session_uuid = session_uuid

        # A session that cannot take assessees is said so before any file is chosen.
        startup_error = ""
        try:
            info = service.info(session_uuid)
            self._session_title = info.title
            self._positions = service.position_names(session_uuid)
        except AsesmenError as exc:
            self._session_title, self._positions = "", []
            startup_error = str(exc)
        else:
            if info.status == SessionStatus.SEALED:
                startup_error = self.tr("Sesi “{title}” sudah disegel: peserta tidak dapat ditambahkan.").format(
                    title=info.title)

        title = self.tr("Impor peserta")
        self._start(f"{title} – {self._session_title}" if self._session_title else title, runner, startup_error)

    def _start(self, window_title: str, runner: TaskRunner | None, startup_error: str = "") -> None:
        """The wizard's state and pages, on the first page (with `startup_error` shown when there is one)."""
        self._runner = runner or TaskRunner(self)
        self._task: str | None = None  # "read", "validate" or "import" while one runs
        self._on_task_success: Callable[[object], None] | None = None
        self._closing = False
        self.table: Table | None = None
        self.source_path: Path | None = None
        self.report = None
        self.imported_count = 0
        self.field_labels = self._field_labels()
        self._startup_error = startup_error
        self.setWindowTitle(window_title)
        self.setMinimumSize(720, 520)
        self.resize(*SIZE)
        self._build()
        self._connect_callbacks()
        self._show_page(self.PAGE_FILE)
        if self._startup_error:
            self._show_error(self._startup_error)

    # -- texts -------------------------------------------------------------------------------
    def _field_labels(self) -> dict[str, str]:
        """The FIELDS labels, translatable (lupdate sees literal strings only)."""
        known = self._known_labels()
        return {f: known.get(f, label) for f, (label, _, _) in self.FIELDS.items()}

    def _known_labels(self) -> dict[str, str]:
        return {
            "nip": self.tr("NIP"),
            "name": self.tr("Nama"),
            "golongan": self.tr("Golongan"),
            "current_position": self.tr("Jabatan saat ini"),
            "unit": self.tr("Unit kerja"),
            "target_position": self.tr("Jabatan sasaran"),
            "sex": self.tr("Jenis kelamin"),
            "kind": self.tr("Jenis pegawai"),
        }

    def _file_page_texts(self) -> tuple[str, str, str]:
        """The file page's introduction, the note below the recognised columns and that note's accessible name."""
        intro = self.tr(
            "Pilih lembar kerja daftar peserta dari BKD: berkas Excel (.xlsx, lembar pertama yang dibaca) "
            "atau CSV. Baris judul di atas baris nama kolom boleh ada; setiap baris berikutnya adalah "
            "satu peserta.")
        if self._positions:
            text = self.tr("Jabatan sasaran pada sesi ini: {names}. Isi kolom jabatan sasaran di berkas harus "
                           "sama persis dengan salah satu nama ini.").format(
                names=", ".join(f"“{p}”" for p in self._positions))
        else:
            text = self.tr("Sesi ini belum memiliki jabatan sasaran. Tambahkan jabatan sasaran dahulu: tanpa itu "
                           "tidak ada peserta yang dapat diimpor.")
        return intro, text, self.tr("Jabatan sasaran sesi")

    def _import_label(self) -> str:
        """The import button while nothing can be imported yet."""
        return self.tr("&Impor peserta")

    def _ready_columns(self) -> tuple[tuple[str, ...], tuple[int, ...], str]:
        """The "ready to import" tab: its headers, its right-aligned columns and the table's accessible name."""
        return ((self.tr("Baris"), self.tr("NIP"), self.tr("Nama"), self.tr("Golongan"), self.tr("Unit kerja"),
                 self.tr("Jabatan sasaran")), (0,), self.tr("Peserta siap diimpor"))

    def _step_titles(self) -> list[str]:
        return [self.tr("Pilih berkas"), self.tr("Petakan kolom"), self.tr("Periksa"), self.tr("Selesai")]

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.step_label = QLabel()
        self.step_label.setAccessibleName(self.tr("Langkah"))
        self.page_title = heading("", 1.2)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_file_page())
        self.stack.addWidget(self._build_mapping_page())
        self.stack.addWidget(self._build_report_page())
        self.stack.addWidget(self._build_done_page())

        self.error_label = self._error_label()

        # Long work: a busy strip above the buttons, with a stop button where stopping is possible.
        self.progress_label, self.progress_bar, self.stop_button, self.busy = progress_strip(
            "", self.tr("Kemajuan"), self.tr("&Hentikan"), self.tr("Hentikan proses yang berjalan"), bar_width=240,
            bar_text=False)

        self.back_button = QPushButton(self.tr("&Kembali"))
        self.back_button.setAccessibleName(self.tr("Kembali ke langkah sebelumnya"))
        self.next_button = QPushButton(self.tr("&Lanjut"))
        self.next_button.setAccessibleName(self.tr("Lanjut ke langkah berikutnya"))
        self.import_button = QPushButton(self._import_label())
        self.import_button.setAccessibleName(self._import_label().replace("&", ""))
        self.close_button = QPushButton(self.tr("&Tutup"))
        self.close_button.setAccessibleName(self.tr("Tutup"))
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setAccessibleName(self.tr("Batal dan tutup tanpa mengimpor"))
        self.cancel_button.setAutoDefault(False)
        self.back_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addStretch(1)
        for button in (self.next_button, self.import_button, self.close_button, self.cancel_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.step_label)
        layout.addWidget(self.page_title)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)

    def _error_label(self) -> QLabel:
        label = _paragraph()
        label.setObjectName("importError")
        label.setAccessibleName(self.tr("Kesalahan"))
        label.setStyleSheet(
            "#importError { color: #8a1c1c; background: #fdecea; border: 1px solid #f1b0aa;"
            " border-radius: 3px; padding: 6px 8px; }")
        label.hide()
        return label

    def _build_file_page(self) -> QWidget:
        page = QWidget()
        intro_text, note_text, note_name = self._file_page_texts()
        intro = _paragraph(intro_text)
        self.columns_label = _paragraph(self.tr("Kolom yang dikenali: {fields}. Wajib: {required}.").format(
            fields=", ".join(self.field_labels.values()),
            required=", ".join(self.field_labels[f] for f, (_, required, _) in self.FIELDS.items() if required)))
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("Lokasi berkas"))
        self.path_edit.setPlaceholderText(self.tr("Lokasi berkas .xlsx atau .csv"))
        self.path_edit.setClearButtonEnabled(True)
        for clear in self.path_edit.findChildren(QToolButton):  # Qt's own clear button has no name
            clear.setAccessibleName(self.tr("Kosongkan lokasi berkas"))
        path_label = QLabel(self.tr("&Berkas:"))
        path_label.setBuddy(self.path_edit)
        self.browse_button = QPushButton(self.tr("&Telusuri…"))
        self.browse_button.setAccessibleName(self.tr("Telusuri berkas"))
        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)

        self.positions_label = _paragraph(note_text)
        if note_name:
            self.positions_label.setAccessibleName(note_name)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        self.file_error_label = self._error_label()

        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addLayout(row)
        layout.addWidget(self.file_error_label)
        layout.addSpacing(12)
        layout.addWidget(self.columns_label)
        layout.addSpacing(6)
        layout.addWidget(self.positions_label)
        layout.addStretch(1)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget()
        self.mapping_intro = _paragraph()
        self.mapping_combos: dict[str, QComboBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        half = (len(self.FIELDS) + 1) // 2
        for i, (f, (_, required, _)) in enumerate(self.FIELDS.items()):
            label_text = self.field_labels[f] + (" *" if required else "")
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Kolom untuk {field}").format(field=label_text))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(18)
            label = QLabel(label_text + ":")
            label.setBuddy(combo)
            if required:
                font = label.font()
                font.setBold(True)
                label.setFont(font)
            row, col = i % half, (i // half) * 2
            grid.addWidget(label, row, col)
            grid.addWidget(combo, row, col + 1)
            self.mapping_combos[f] = combo
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.mapping_status = _paragraph()
        self.mapping_status.setAccessibleName(self.tr("Keadaan pemetaan"))

        self.preview = QTableWidget()
        self.preview.setAccessibleName(self.tr("Pratinjau baris berkas"))
        self.preview.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.preview.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview.setTabKeyNavigation(False)
        self.preview.setWordWrap(False)
        self.preview.horizontalHeader().setHighlightSections(False)
        self.preview.horizontalHeader().setDefaultAlignment(LEFT)
        self.preview.verticalHeader().setDefaultAlignment(RIGHT)
        self.preview.viewport().installEventFilter(self)  # refit the columns when the view changes size
        self.preview_label = QLabel()
        self.preview_label.setBuddy(self.preview)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.mapping_intro)
        layout.addSpacing(6)
        layout.addLayout(grid)
        layout.addWidget(self.mapping_status)
        layout.addSpacing(6)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview, 1)
        return page

    def _build_report_page(self) -> QWidget:
        page = QWidget()
        self.summary_label = heading("", 1.05)
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Ringkasan pemeriksaan"))
        self.report_note = _paragraph()
        self.report_note.setAccessibleName(self.tr("Keterangan pemeriksaan"))

        headers = (self.tr("Baris"), self.tr("Kolom"), self.tr("Nilai"), self.tr("Masalah"))
        self.problem_model = TextTableModel(headers, right=(0,), parent=self)
        self.warning_model = TextTableModel(headers[:3] + (self.tr("Peringatan"),), right=(0,), parent=self)
        ready_headers, ready_right, ready_name = self._ready_columns()
        self.ready_model = TextTableModel(ready_headers, right=ready_right, parent=self)
        self.problems_view = _table_view(self.tr("Baris bermasalah"), self.problem_model)
        self.warnings_view = _table_view(self.tr("Peringatan"), self.warning_model)
        self.ready_view = _table_view(ready_name, self.ready_model)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Hasil pemeriksaan"))
        self.tabs.addTab(self.problems_view, "")
        self.tabs.addTab(self.warnings_view, "")
        self.tabs.addTab(self.ready_view, "")

        self.save_report_button = QPushButton(self.tr("&Simpan laporan masalah…"))
        self.save_report_button.setAccessibleName(self.tr("Simpan laporan masalah sebagai CSV"))
        self.save_report_button.setAutoDefault(False)
        self.recheck_button = QPushButton(self.tr("Baca dan periksa &ulang"))
        self.recheck_button.setAccessibleName(self.tr("Baca ulang berkas dan periksa lagi"))
        self.recheck_button.setToolTip(self.tr("Setelah lembar kerja diperbaiki dan disimpan"))
        self.recheck_button.setAutoDefault(False)
        self.saved_label = _paragraph()
        self.saved_label.setAccessibleName(self.tr("Laporan tersimpan"))
        actions = QHBoxLayout()
        actions.addWidget(self.save_report_button)
        actions.addWidget(self.recheck_button)
        actions.addWidget(self.saved_label, 1)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.report_note)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        self.done_label = heading("", 1.4)
        self.done_label.setAccessibleName(self.tr("Hasil impor"))
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.done_note = _paragraph()
        self.done_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.done_label)
        layout.addSpacing(6)
        layout.addWidget(self.done_note)
        layout.addStretch(2)
        return page

    def _connect_callbacks(self) -> None:
        self.path_edit.textChanged.connect(self._on_path_changed)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        for combo in self.mapping_combos.values():
            combo.currentIndexChanged.connect(self._on_mapping_changed)
        self.back_button.clicked.connect(self._on_back_clicked)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.close_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self.save_report_button.clicked.connect(self._on_save_report_clicked)
        self.recheck_button.clicked.connect(self._on_recheck_clicked)
        self._runner.connect_slots(progressed=self._on_task_progressed, succeeded=self._on_task_succeeded,
                                   failed=self._on_task_failed, cancelled=self._on_task_cancelled,
                                   finished=self._on_task_finished)

    # -- public ------------------------------------------------------------------------------
    @property
    def runner(self) -> TaskRunner:
        return self._runner

    def current_page(self) -> int:
        return self.stack.currentIndex()

    def load_file(self, path: Path | str) -> None:
        """Put `path` in the file field and read it (off the GUI thread); the mapping page follows."""
        self.path_edit.setText(str(path))
        self._read(Path(path), then=self._on_table_read)

    def mapping(self) -> dict[str, int]:
        """Field -> column index, for every field whose combo names a column."""
        out = {}
        for f, combo in self.mapping_combos.items():
            column = combo.currentData()
            if column is not None and column != NOT_USED:
                out[f] = int(column)
        return out

    def set_mapping(self, field_name: str, column: int | None) -> None:
        combo = self.mapping_combos[field_name]
        combo.setCurrentIndex(max(0, combo.findData(NOT_USED if column is None else column)))

    def missing_required(self) -> list[str]:
        mapped = self.mapping()
        return [self.field_labels[f] for f, (_, required, _) in self.FIELDS.items() if required and f not in mapped]

    def save_problem_report(self, path: Path | str) -> Path:
        """Write the problems as CSV (semicolon, UTF-8 with BOM: what Excel in Indonesia opens as columns)."""
        path = Path(path)
        with path.open("w", newline="", encoding="utf-8-sig") as out:
            writer = csv.writer(out, delimiter=";")
            writer.writerow(self.problem_model.headers())
            for row in self.problem_model.rows():
                writer.writerow([_csv_safe(cell) for cell in row])
        return path

    # -- pages -------------------------------------------------------------------------------
    def _show_page(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        titles = self._step_titles()
        self.page_title.setText(titles[page])
        self.step_label.setVisible(page != self.PAGE_DONE)
        self.step_label.setText(self.tr("Langkah {n} dari {total}").format(n=page + 1, total=3))
        self._hide_error()
        self._update_buttons()
        focus = {
            self.PAGE_FILE: self.path_edit,
            self.PAGE_MAPPING: next(iter(self.mapping_combos.values())),
            self.PAGE_REPORT: self.tabs.currentWidget(),
            self.PAGE_DONE: self.close_button,
        }[page]
        if page == self.PAGE_REPORT and self.import_button.isEnabled():
            focus = self.import_button
        focus.setFocus()

    def _update_buttons(self) -> None:
        page = self.stack.currentIndex()
        busy = self._task is not None
        self.stack.setEnabled(not busy)
        self.back_button.setVisible(page in (self.PAGE_MAPPING, self.PAGE_REPORT))
        self.back_button.setEnabled(not busy)
        self.next_button.setVisible(page in (self.PAGE_FILE, self.PAGE_MAPPING))
        self.import_button.setVisible(page == self.PAGE_REPORT)
        self.close_button.setVisible(page == self.PAGE_DONE)
        self.cancel_button.setVisible(page != self.PAGE_DONE)
        self.cancel_button.setEnabled(self._task != "import")
        if page == self.PAGE_FILE:
            self.next_button.setEnabled(not busy and not self._startup_error and bool(self.path_edit.text().strip()))
            self.browse_button.setEnabled(not self._startup_error)
        elif page == self.PAGE_MAPPING:
            self.next_button.setEnabled(not busy and not self.missing_required())
        ready = self.report is not None and self.report.ok
        self.import_button.setEnabled(not busy and ready)
        primary = {self.PAGE_FILE: self.next_button, self.PAGE_MAPPING: self.next_button,
                   self.PAGE_REPORT: self.import_button, self.PAGE_DONE: self.close_button}[page]
        primary.setDefault(True)  # Enter = the step forward (QDialog skips it while disabled)

    @Slot()
    def _on_back_clicked(self) -> None:
        page = self.stack.currentIndex()
        if page == self.PAGE_REPORT:
            self.report = None
            self._show_page(self.PAGE_MAPPING)
        elif page == self.PAGE_MAPPING:
            self._show_page(self.PAGE_FILE)

    @Slot()
    def _on_next_clicked(self) -> None:
        page = self.stack.currentIndex()
        if page == self.PAGE_FILE:
            text = self.path_edit.text().strip()
            if text:
                self._read(Path(text).expanduser(), then=self._on_table_read)
        elif page == self.PAGE_MAPPING and not self.missing_required():
            self._validate()

    # -- step 1: the file --------------------------------------------------------------------
    @Slot(str)
    def _on_path_changed(self, _text: str) -> None:
        if self.stack.currentIndex() == self.PAGE_FILE and not self._startup_error:
            self._hide_error()
        self._update_buttons()

    def _browse_title(self) -> str:
        return self.tr("Pilih daftar peserta")

    @Slot()
    def _on_browse_clicked(self) -> None:
        current = Path(self.path_edit.text().strip()).expanduser()
        start = str(current.parent if current.name else Path.home())
        path, _ = QFileDialog.getOpenFileName(self, self._browse_title(), start,
                                              self.tr("Lembar kerja (*.xlsx *.csv)"))
        if path:
            self.load_file(path)

    # The service behind the steps (called on the worker thread).
    _read_table = staticmethod(read_table)
    _guess_mapping = staticmethod(guess_mapping)

    def _read(self, path: Path, then: Callable[[object], None]) -> None:
        if self._task is not None or self._startup_error:
            return
        if not path.is_file():
            self._show_error(self.tr("Berkas tidak ditemukan: {path}").format(path=path))
            return
        read = self._read_table
        self._start_task("read", lambda progress: read(path), self.tr("Membaca {name}…").format(
            name=path.name), lambda table: then((path, table)), can_stop=True)

    def _take_table(self, result: object) -> bool:
        """Show a freshly read table; the user's mapping stays when the columns are the same. True if so."""
        path, table = result  # type: ignore[misc]
        same = self.table is not None and self.table.headers == table.headers
        previous = self.mapping() if same else None
        self.source_path, self.table, self.report = path, table, None
        self._fill_mapping(table, previous)
        return same

    def _on_table_read(self, result: object) -> None:
        self._take_table(result)
        self._show_page(self.PAGE_MAPPING)

    # -- step 2: the mapping -----------------------------------------------------------------
    def _column_names(self, headers: list[str]) -> list[str]:
        counts: dict[str, int] = {}
        for h in headers:
            counts[h.strip().lower()] = counts.get(h.strip().lower(), 0) + 1
        names = []
        for i, h in enumerate(headers):
            letter = column_letter(i)
            if not h.strip():
                names.append(self.tr("(kolom {letter} tanpa judul)").format(letter=letter))
            elif counts[h.strip().lower()] > 1:
                names.append(self.tr("{header} (kolom {letter})").format(header=h, letter=letter))
            else:
                names.append(h)
        return names

    def _fill_mapping(self, table: Table, previous: dict[str, int] | None) -> None:
        mapping = previous if previous is not None else self._guess_mapping(table.headers)
        names = self._column_names(table.headers)
        for f, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(tidak dipakai)"), NOT_USED)
            for i, name in enumerate(names):
                combo.addItem(name, i)
            combo.setCurrentIndex(max(0, combo.findData(mapping.get(f, NOT_USED))))
            combo.blockSignals(False)
        source = self.source_path.name if self.source_path else ""
        self.mapping_intro.setText(self.tr(
            "Tentukan kolom berkas “{name}” untuk setiap isian. Pilihan awal ditebak dari nama kolom; "
            "isian bertanda * wajib.").format(name=source))
        shown = min(PREVIEW_ROWS, len(table.rows))
        self.preview_label.setText(self.tr("&Pratinjau: {shown} dari {total} baris data").format(
            shown=shown, total=len(table.rows)))
        self.preview.clear()
        self.preview.setColumnCount(len(table.headers))
        self.preview.setRowCount(shown)
        for r in range(shown):
            number = QTableWidgetItem(str(table.first_row + r))
            number.setTextAlignment(RIGHT)
            self.preview.setVerticalHeaderItem(r, number)
            row = table.rows[r]
            for c in range(len(table.headers)):
                cell = QTableWidgetItem(row[c] if c < len(row) else "")
                cell.setToolTip(cell.text())
                self.preview.setItem(r, c, cell)
        self._refresh_mapping()

    def _fit_preview(self) -> None:
        """Every column in view when possible: the widest columns give way first (long cells are elided)."""
        view = self.preview
        view.resizeColumnsToContents()
        header = view.horizontalHeader()
        used = set(self.mapping().values())
        natural = [min(header.sectionSize(c) + 12, 10_000 if c in used else 90) for c in range(header.count())]
        rows = view.verticalHeader()  # may not be laid out yet: count its width as it will be
        available = view.viewport().width() - max(0, rows.sizeHint().width() - rows.width()) - 2
        cap = _water_level(natural, available, minimum=110)
        for c, width in enumerate(natural):
            header.resizeSection(c, min(width, cap))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        if watched is self.preview.viewport() and event.type() == QEvent.Type.Resize and self.table is not None:
            self._fit_preview()
        return super().eventFilter(watched, event)

    @Slot(int)
    def _on_mapping_changed(self, _index: int) -> None:
        self.report = None
        self._refresh_mapping()

    def _refresh_mapping(self) -> None:
        table = self.table
        if table is None:
            return
        mapping = self.mapping()
        by_column: dict[int, list[str]] = {}
        for f, column in mapping.items():
            by_column.setdefault(column, []).append(self.field_labels[f])
        names = self._column_names(table.headers)
        highlight = QColor(self.palette().color(QPalette.ColorRole.Highlight))
        highlight.setAlpha(40)
        dim = self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
        for c, name in enumerate(names):
            fields = by_column.get(c)
            second = f"→ {', '.join(fields)}" if fields else self.tr("tidak dipakai")
            item = QTableWidgetItem(f"{name}\n{second}")
            font = QFont(self.preview.font())
            font.setBold(bool(fields))
            item.setFont(font)
            if fields:
                item.setBackground(QBrush(highlight))
            else:
                item.setForeground(QBrush(dim))
            item.setTextAlignment(LEFT)
            self.preview.setHorizontalHeaderItem(c, item)
            for r in range(self.preview.rowCount()):
                cell = self.preview.item(r, c)
                if cell is not None:
                    cell.setBackground(QBrush(highlight) if fields else QBrush())
                    cell.setForeground(QBrush() if fields else QBrush(dim))
        self._fit_preview()

        missing = self.missing_required()
        shared = [f"“{names[c]}”: {', '.join(labels)}" for c, labels in by_column.items() if len(labels) > 1]
        lines = []
        if missing:
            lines.append(self.tr("Isian wajib belum dipetakan: {fields}.").format(fields=", ".join(missing)))
        else:
            lines.append(self.tr("Semua isian wajib sudah dipetakan. Lanjut untuk memeriksa setiap baris."))
        if shared:
            lines.append(self.tr("Perhatikan: satu kolom dipakai untuk beberapa isian ({columns}).").format(
                columns="; ".join(shared)))
        self.mapping_status.setText(" ".join(lines))
        self._update_buttons()

    # -- step 3: the report ------------------------------------------------------------------
    def _validation(self, table: Table, mapping: dict[str, int]) -> TaskFn:
        """The check of every row (run on the worker thread); it returns the report."""
        service, uuid = self._service, self._session_uuid
        return lambda progress: validate(service, uuid, table, mapping, progress)

    def _validate(self) -> None:
        table, mapping = self.table, self.mapping()
        if table is None:
            return
        self._start_task("validate", self._validation(table, mapping),
                         self.tr("Memeriksa {count} baris…").format(count=len(table.rows)),
                         self._on_validated, can_stop=True)

    def _ready_rows(self, report: ImportReport) -> list[tuple[str, ...]]:
        item_rows = self._item_rows(report)
        return [(str(item_rows.get(i, "")), format_nip(item.nip), item.name, _golongan(item.golongan), item.unit,
                 item.target_position) for i, item in enumerate(report.items)]

    def _report_notes(self) -> tuple[str, str]:
        """What the report says while problems remain, and when the file can be imported."""
        return (self.tr("Tidak ada peserta yang diimpor selama masih ada masalah. Perbaiki baris-baris di bawah pada "
                        "lembar kerja (atau simpan laporan masalah untuk petugas BKD), simpan berkasnya, lalu baca "
                        "dan periksa ulang."),
                self.tr("Semua peserta didaftarkan sekaligus dalam satu langkah; jika gagal, tidak ada yang "
                        "diimpor."))

    def _import_count_label(self, ready: int) -> str:
        return self.tr("&Impor {n} peserta").format(n=ready)

    def _on_validated(self, result: object) -> None:
        self.report = report = result  # type: ignore[assignment]  (the service's report: problems, warnings, items)
        problems = sorted(report.problems, key=lambda p: p.row)
        warnings = sorted(report.warnings, key=lambda p: p.row)
        self.problem_model.set_rows([self._problem_row(p) for p in problems])
        self.warning_model.set_rows([self._problem_row(p) for p in warnings])
        self.ready_model.set_rows(self._ready_rows(report))
        for view in (self.problems_view, self.warnings_view, self.ready_view):
            _fit(view)
        self.tabs.setTabText(0, self.tr("Masalah ({n})").format(n=len(problems)))
        self.tabs.setTabText(1, self.tr("Peringatan ({n})").format(n=len(warnings)))
        self.tabs.setTabText(2, self.tr("Siap diimpor ({n})").format(n=len(report.items)))
        self.tabs.setCurrentIndex(0 if problems else (1 if warnings else 2))

        ready = len(report.items)
        bad_rows = len({p.row for p in problems if p.row > 0})
        blocked, all_at_once = self._report_notes()
        if problems:
            self.summary_label.setText(self.tr("{ready} baris siap diimpor, {bad} baris bermasalah").format(
                ready=ready, bad=bad_rows))
            self.report_note.setText(blocked)
            self.import_button.setText(self._import_label())
        else:
            self.summary_label.setText(self.tr("{ready} baris siap diimpor, tidak ada baris bermasalah").format(
                ready=ready))
            note = all_at_once
            if warnings:
                note += " " + self.tr("Periksa peringatan: peringatan tidak menghalangi impor.")
            self.report_note.setText(note)
            self.import_button.setText(self._import_count_label(ready))
        self.import_button.setAccessibleName(self.import_button.text().replace("&", ""))
        self.save_report_button.setVisible(bool(problems))
        self.saved_label.clear()
        self._show_page(self.PAGE_REPORT)

    def _item_rows(self, report: ImportReport) -> dict[int, int]:
        """Item index -> spreadsheet row, found again by NIP (validate keeps rows in file order)."""
        table, mapping = self.table, self.mapping()
        if table is None or "nip" not in mapping:
            return {}
        column = mapping["nip"]
        rows: dict[str, int] = {}
        for offset, row in enumerate(table.rows):
            if column < len(row) and row[column]:
                rows.setdefault(normalise_nip(row[column]), table.first_row + offset)
        return {i: rows[item.nip] for i, item in enumerate(report.items) if item.nip in rows}

    def _problem_row(self, p: RowProblem) -> tuple[str, str, str, str]:
        return (str(p.row) if p.row > 0 else "–", p.column, p.value, p.reason)

    @Slot()
    def _on_save_report_clicked(self) -> None:
        source = self.source_path or Path.home() / "peserta.csv"
        suggested = source.with_name(source.stem + "-masalah.csv")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Simpan laporan masalah"), str(suggested),
                                              self.tr("CSV (*.csv)"))
        if not path:
            return
        try:
            saved = self.save_problem_report(path)
        except OSError as exc:
            self._show_error(self.tr("Laporan tidak dapat disimpan: {reason}").format(
                reason=exc.strerror or exc))
            return
        self.saved_label.setText(self.tr("Laporan disimpan: {path}").format(path=saved))

    @Slot()
    def _on_recheck_clicked(self) -> None:
        if self.source_path is not None:
            self._read(self.source_path, then=self._on_reread)

    def _on_reread(self, result: object) -> None:
        if self._take_table(result) and not self.missing_required():
            self._validate()
        else:  # the columns changed: the user checks the mapping again
            self._show_page(self.PAGE_MAPPING)

    # -- step 4: import ----------------------------------------------------------------------
    def _import_task(self, report: ImportReport) -> tuple[TaskFn, str]:
        """The one-transaction import of a clean report (run on the worker thread), and what the strip says."""
        service, uuid = self._service, self._session_uuid
        return (lambda progress: import_assessees(service, uuid, report),
                self.tr("Mengimpor {n} peserta…").format(n=len(report.items)))

    @Slot()
    def _on_import_clicked(self) -> None:
        report = self.report
        if report is None or not report.ok:
            return
        fn, label = self._import_task(report)
        self._start_task("import", fn, label, self._on_imported, can_stop=False)

    def _on_imported(self, result: object) -> None:
        count = int(result)  # type: ignore[arg-type]
        self.imported_count = count
        self.report = None
        self.done_label.setText(self.tr("{n} peserta diimpor").format(n=count))
        title = self._session_title
        self.done_note.setText(self.tr("Peserta terdaftar pada sesi “{title}”.").format(title=title) if title
                               else self.tr("Peserta terdaftar pada sesi ini."))
        self._show_page(self.PAGE_DONE)
        self.imported.emit(count)

    # -- running long work -------------------------------------------------------------------
    def _start_task(self, name: str, fn: TaskFn, label: str, on_success: Callable[[object], None],
                    can_stop: bool) -> None:
        if self._runner.is_running():
            return
        self._hide_error()
        self._task = name
        self._on_task_success = on_success
        self.progress_label.setText(label)
        self.progress_bar.setRange(0, 0)  # busy until the first report
        self.stop_button.setVisible(can_stop)
        self.stop_button.setEnabled(True)
        self.busy.show()
        self._update_buttons()
        self._runner.start(fn)
        if can_stop:
            self.stop_button.setFocus()

    @Slot()
    def _on_stop_clicked(self) -> None:
        if self._task in ("read", "validate"):
            self._runner.cancel()
            self.stop_button.setEnabled(False)
            self.progress_label.setText(self.tr("Menghentikan…"))

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, _text: str) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        callback = self._on_task_success
        self._end_task()
        if callback is not None and not self._closing:
            callback(result)

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        task = self._task
        self._end_task()
        if self._closing:
            return
        if task == "import":
            self._show_error(self.tr("Impor gagal: {message}. Tidak ada peserta yang diimpor.").format(
                message=message.rstrip(".")))
        elif task == "validate":
            self._show_error(self.tr("Pemeriksaan gagal: {message}").format(message=message))
        else:
            self._show_error(message)

    @Slot()
    def _on_task_cancelled(self) -> None:
        task = self._task
        self._end_task()
        if self._closing:
            return
        self._show_error(self.tr("Pemeriksaan dihentikan.") if task == "validate"
                         else self.tr("Pembacaan berkas dihentikan."))

    @Slot()
    def _on_task_finished(self) -> None:
        self._update_buttons()

    def _end_task(self) -> None:
        self._task = None
        self._on_task_success = None
        self.busy.hide()
        self._update_buttons()

    # -- errors ------------------------------------------------------------------------------
    def _show_error(self, message: str) -> None:
        """One line, inline: under the path field on the first page, above the buttons elsewhere."""
        self._hide_error()
        label = self.file_error_label if self.stack.currentIndex() == self.PAGE_FILE else self.error_label
        label.setText(" ".join(message.split()))
        label.show()

    def _hide_error(self) -> None:
        for label in (self.file_error_label, self.error_label):
            label.clear()
            label.hide()

    def error_text(self) -> str:
        """The error the user sees now ('' when none)."""
        return next((label.text() for label in (self.file_error_label, self.error_label)
                     if label.isVisibleTo(self)), "")

    # -- closing -----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._task is not None:
            # Esc while reading or checking stops that work; an import (one short transaction) finishes.
            self._on_stop_clicked()
            event.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        if self._task == "import":
            return  # the transaction finishes in a moment; closing now would hide its outcome
        self._closing = True
        if self._runner.is_running():
            self._runner.cancel()
            self._runner.wait()
        super().reject()

    def accept(self) -> None:
        if self._task is not None:
            return
        self._closing = True
        super().accept()


# -- screenshots -------------------------------------------------------------------------------
FIXTURES = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "import"
SAMPLE_POSITIONS = ("Sekretaris Dinas", "Kepala Bidang Layanan Digital", "Kepala Subbagian Umum")


def _wait_until(predicate: Callable[[], bool], timeout: float = 10.0) -> None:
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("import wizard: the task did not finish")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def screenshot(out_dir: Path) -> list[Path]:
    """import_mapping.png (peserta-bkd.xlsx) and import_report.png (peserta-salah.xlsx), offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.gui import shots

    _app, out_dir = shots.prepare(out_dir)
    written = []
    with shots.temporary_service("asesmen-import-shots-") as service:
        uuid = service.create_session("Seleksi Terbuka JPT Pratama 2026 (fiktif)", "pengisian_jabatan")
        for name in SAMPLE_POSITIONS:
            service.add_position(uuid, name, {"M.1": 3})
        for file, target in (("peserta-bkd.xlsx", "import_mapping.png"),
                             ("peserta-salah.xlsx", "import_report.png")):
            wizard = ImportWizard(service, uuid)
            wizard.show()
            wizard.load_file(FIXTURES / file)
            _wait_until(lambda w=wizard: w.current_page() == ImportWizard.PAGE_MAPPING)
            if target == "import_report.png":
                wizard.next_button.click()
                _wait_until(lambda w=wizard: w.current_page() == ImportWizard.PAGE_REPORT)
            shots.settle(1)
            written.append(shots.grab(wizard, out_dir / target))
            shots.dispose(wizard)
    return written


if __name__ == "__main__":
    for shot in screenshot(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")):
        print(shot)
