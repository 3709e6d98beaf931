"""BKD's import of secure bundles into the central database, with progress, cancel and a result per file.

Pick bundle files (or a folder, e.g. the USB stick), BKD's key file (remembered) and its password (asked
once per run of the application, never stored: the unlocked key stays in memory only). The import runs
off the GUI thread one bundle at a time; "Hentikan" stops before the next bundle (the current one is
applied or rolled back entirely). Each file gets a row: diterapkan / sudah diimpor / ditolak / konflik,
with the reason. The import history of the database is below; receipts for the applied bundles can be
issued into a folder with BKD's receipt key.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.gui import i18n
from desktop.gui.central_login import RowsModel
from desktop.gui.login import InlineError, heading, line_edit, note, sentence, settle_minimum_size
from desktop.gui.tasks import TaskRunner
from desktop.gui.timestamps import format_when
from desktop.gui.widgets import read_only_table
from desktop.services.central import CentralService, ImportOutcome
from desktop.services.keys import BkdIdentity, load_identity_file
from desktop.services.progress import Progress
from desktop.services.stores import Store

SIZE = (1280, 800)
IDENTITY_KEY = "central/identity_file"
BUNDLE_DIR_KEY = "central/bundle_dir"
RECEIPT_KEY_KEY = "central/receipt_key_file"
RECEIPT_DIR_KEY = "central/receipt_dir"
BUNDLE_SUFFIX = ".bundle.zip"
HISTORY_LIMIT = 500
COLUMN_PADDING = 20
OUTCOME_COLOURS = {"applied": "#17612c", "duplicate": "#5a5a5a", "rejected": "#8a1c14", "conflict": "#9a5b00"}


def outcome_kind(outcome: str, message: str = "", conflicts: Sequence[object] = ()) -> str:
    """applied | duplicate | rejected | conflict (a conflict comes as a rejection with its differences)."""
    if outcome == "conflict" or (outcome == "rejected" and (
            conflicts or message.strip().lower().startswith("konflik"))):
        return "conflict"
    return outcome if outcome in ("applied", "duplicate") else "rejected"


def kind_of(outcome: ImportOutcome) -> str:
    return outcome_kind(outcome.outcome, outcome.message, getattr(outcome, "conflicts", ()))


MAX_CONFLICT_LINES = 6


def conflict_lines(outcome: ImportOutcome, limit: int = MAX_CONFLICT_LINES) -> list[str]:
    """The field-by-field differences of a conflicting bundle, as lines ("• ...")."""
    conflicts = list(getattr(outcome, "conflicts", ()) or ())
    lines = [f"• {c.describe()}" if hasattr(c, "describe") else f"• {c}" for c in conflicts[:limit]]
    if len(conflicts) > limit:
        lines.append(f"… {len(conflicts) - limit} perbedaan lainnya")
    return lines


def receipts_available() -> bool:
    try:
        from desktop.services import receipts  # noqa: F401
    except ImportError:
        return False
    return True


def bundles_in(folder: Path) -> list[Path]:
    """The bundle files in a folder and its subfolders (a USB stick), sorted by path."""
    try:
        return sorted(p for p in Path(folder).rglob(f"*{BUNDLE_SUFFIX}") if p.is_file())
    except OSError:
        return []


def display_names(paths: Sequence[Path]) -> list[str]:
    """File names as shown: just the name, or "folder/name" where two files share a name."""
    counts: dict[str, int] = {}
    for p in paths:
        counts[p.name] = counts.get(p.name, 0) + 1
    return [f"{p.parent.name}/{p.name}" if counts[p.name] > 1 and p.parent.name else p.name for p in paths]


OUTCOME_WORDS = {"applied": "diterapkan", "duplicate": "sudah diimpor", "rejected": "ditolak", "conflict": "konflik"}


@dataclass
class ImportRun:
    """What the worker hands back while and after it runs (filled on the worker thread, read on the GUI
    thread; list appends are atomic)."""

    paths: list[Path]
    outcomes: list[ImportOutcome] = field(default_factory=list)
    identity: BkdIdentity | None = None
    stopped: bool = False


def run_import(service_for: Callable[[BkdIdentity], CentralService], run: ImportRun, identity_file: Path | None,
               password: str, progress: Progress,
               after_each: Callable[[ImportOutcome], None] | None = None) -> ImportRun:
    """Worker side: unlock BKD's key if need be, then import the bundles one by one with
    CentralService.import_files. A cancel stops before the next bundle, never inside one."""
    if run.identity is None:
        if identity_file is None:
            raise ValidationError("pilih berkas kunci BKD (bkd-age.key)")
        try:
            run.identity = load_identity_file(identity_file, password or None)
        except ValidationError as exc:
            if not password and "kata sandi diperlukan" in str(exc):
                raise ValidationError(f"{identity_file.name}: berkas kunci terlindungi: ketik kata sandinya") from None
            raise
    service = service_for(run.identity)
    total = len(run.paths)
    quiet = Progress()  # inside one bundle nothing cancels: it is applied or rolled back as a whole
    for i, path in enumerate(run.paths):
        if progress.cancelled_fn():
            run.stopped = True
            break
        if progress.report_fn:
            progress.report_fn(i, total, path.name)
        for outcome in service.import_files([path], progress=quiet):
            run.outcomes.append(outcome)
            if after_each is not None:
                after_each(outcome)
    if progress.report_fn:
        progress.report_fn(len(run.outcomes), total, "")
    return run


class CentralImportWidget(QWidget):
    """The import screen over one central store, acting as `actor` (the signed-in user's name).

    Signals: `imported(list[ImportOutcome])` after each run (also a stopped one), `receipts_issued(list[Path])`.
    `record(file, kind, message)` (optional; called on the worker thread) is told of every imported file,
    `kind` being applied | duplicate | rejected | conflict.
    """

    imported = Signal(list)
    receipts_issued = Signal(list)

    FILE, OUTCOME, MESSAGE, SESSIONS, RESULTS = range(5)

    def __init__(self, store: Store, actor: str, settings: QSettings | None = None, parent: QWidget | None = None,
                 *, language: str = i18n.SOURCE_LANGUAGE, record: Callable[[str, str, str], None] | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._actor = actor
        self._settings = settings
        self._record = record
        self._locale = i18n.locale_for(language)
        self._runner = runner or TaskRunner(self)
        self._history_runner = TaskRunner(self)
        self._identity: BkdIdentity | None = None  # unlocked once per run of the application; never saved
        self._identity_path: Path | None = None
        self._run: ImportRun | None = None
        self._stopping = False
        self.last_outcomes: list[ImportOutcome] = []
        self.applied_bundle_ids: list[str] = []
        self.results_model = RowsModel((self.tr("Berkas"), self.tr("Hasil"), self.tr("Keterangan"), self.tr("Sesi"),
                                        self.tr("Peserta")), self, numeric=(self.SESSIONS, self.RESULTS))
        self.history_model = RowsModel((self.tr("Waktu"), self.tr("Berkas"), self.tr("Hasil"), self.tr("Keterangan")),
                                       self)
        self._build()
        self._connect_callbacks()
        identity = self._settings.value(IDENTITY_KEY, "") if self._settings is not None else ""
        self.identity_edit.setText(str(identity or ""))
        self._update_state()
        self.refresh_history()
        settle_minimum_size(self)

    # -- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        title = heading(self.tr("Impor bundel"), 1.15)
        intro = note(self.tr(
            "Pilih bundel dari flashdisk (berkas .bundle.zip), atau seluruh foldernya. Setiap bundel diperiksa "
            "sepenuhnya (tanda tangan pusat asesmen, enkripsi, isi dan segel) sebelum disimpan; bundel yang "
            "sama tidak pernah diimpor dua kali dan isi yang berbeda tidak pernah menimpa."))

        self.file_list = QListWidget()
        self.file_list.setAccessibleName(self.tr("Bundel yang akan diimpor"))
        self.file_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.file_list.setMinimumHeight(110)
        self.add_files_button = QPushButton(self.tr("Tambah &berkas…"))
        self.add_files_button.setAccessibleName(self.tr("Tambah berkas bundel"))
        self.add_files_button.setToolTip(self.tr("Tambah berkas bundel (Ctrl+O)"))
        self.add_folder_button = QPushButton(self.tr("Tambah &folder…"))
        self.add_folder_button.setAccessibleName(self.tr("Tambah semua bundel dalam folder"))
        self.remove_button = QPushButton(self.tr("&Hapus dari daftar"))
        self.remove_button.setAccessibleName(self.tr("Hapus bundel terpilih dari daftar"))
        self.clear_button = QPushButton(self.tr("&Kosongkan"))
        self.clear_button.setAccessibleName(self.tr("Kosongkan daftar bundel"))
        file_buttons = QVBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_button, self.clear_button):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.file_list, 1)
        files_row.addLayout(file_buttons)
        self.files_label = QLabel(self.tr("Daftar b&undel:"))
        self.files_label.setBuddy(self.file_list)

        self.identity_edit = line_edit(self.tr("Berkas kunci BKD"), self.tr("bkd-age.key"), max_length=1000)
        self.identity_button = QPushButton(self.tr("Pi&lih…"))
        self.identity_button.setAccessibleName(self.tr("Pilih berkas kunci BKD"))
        identity_row = QHBoxLayout()
        identity_row.addWidget(self.identity_edit, 1)
        identity_row.addWidget(self.identity_button)
        self.password_edit = line_edit(self.tr("Kata sandi kunci BKD"), password=True)
        self.password_note = note(self.tr("Ditanyakan sekali selama Asesmen terbuka; tidak pernah disimpan."))
        key_form = QFormLayout()
        key_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        key_form.addRow(self.tr("Kunci BK&D:"), identity_row)
        key_form.addRow(self.tr("Kata &sandi kunci:"), self.password_edit)
        key_form.addRow("", self.password_note)
        label = key_form.labelForField(identity_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.identity_edit)

        self.import_button = QPushButton(self.tr("&Impor"))
        self.import_button.setAccessibleName(self.tr("Impor bundel"))
        self.import_button.setDefault(True)
        self.import_button.setMinimumWidth(160)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Kemajuan impor"))
        self.progress_bar.setTextVisible(True)
        self.progress_bar.setFormat(self.tr("%v dari %m bundel"))
        self.progress_label = QLabel()
        self.progress_label.setAccessibleName(self.tr("Bundel yang sedang diimpor"))
        self.stop_button = QPushButton(self.tr("H&entikan"))
        self.stop_button.setAccessibleName(self.tr("Hentikan impor setelah bundel ini"))
        self.stop_button.setToolTip(self.tr("Berhenti sebelum bundel berikutnya; bundel yang sedang diimpor "
                                            "selesai utuh atau dibatalkan utuh (Esc)"))
        run_row = QHBoxLayout()
        run_row.addWidget(self.import_button)
        run_row.addWidget(self.progress_bar, 1)
        run_row.addWidget(self.stop_button)
        self.error_label = InlineError(self.tr("Pesan kesalahan"))

        select_box = QWidget()
        select_layout = QVBoxLayout(select_box)
        select_layout.setContentsMargins(0, 0, 0, 0)
        select_layout.addWidget(self.files_label)
        select_layout.addLayout(files_row, 1)
        select_layout.addLayout(key_form)
        select_layout.addLayout(run_row)
        select_layout.addWidget(self.progress_label)
        select_layout.addWidget(self.error_label)

        self.results_table = read_only_table(QTableView(), alternating=True, header_padding="2px 4px", wrap=True)
        self.results_table.setModel(self.results_model)
        self.results_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep ".bundle.zip" in view
        self.results_table.setAccessibleName(self.tr("Hasil impor per berkas"))
        self.results_title = heading(self.tr("Hasil impor"), 1.05)
        self.results_title.setBuddy(self.results_table)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Ringkasan impor"))
        self.receipts_button = QPushButton(self.tr("Terbitkan &tanda terima…"))
        self.receipts_button.setAccessibleName(self.tr("Terbitkan tanda terima untuk bundel yang diterapkan"))
        if not receipts_available():
            self.receipts_button.hide()
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary_label, 1)
        summary_row.addWidget(self.receipts_button)
        self.receipts_status = note()
        self.receipts_status.setAccessibleName(self.tr("Tanda terima"))
        self.receipts_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        results_box = QWidget()
        results_layout = QVBoxLayout(results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.results_title)
        results_layout.addWidget(self.results_table, 1)
        results_layout.addLayout(summary_row)
        results_layout.addWidget(self.receipts_status)

        top = QWidget()
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(select_box, 2)
        top_layout.addWidget(results_box, 3)

        self.history_table = read_only_table(QTableView(), alternating=True, header_padding="2px 4px")
        self.history_table.setModel(self.history_model)
        self.history_table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.history_table.setAccessibleName(self.tr("Riwayat impor basis data pusat"))
        self.history_title = heading(self.tr("Riwayat impor"), 1.05)
        self.history_title.setBuddy(self.history_table)
        self.history_count = note()
        history = QWidget()
        history_layout = QVBoxLayout(history)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_header = QHBoxLayout()
        history_header.addWidget(self.history_title)
        history_header.addStretch(1)
        history_header.addWidget(self.history_count)
        history_layout.addLayout(history_header)
        history_layout.addWidget(self.history_table, 1)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(history)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.splitter, 1)
        self.setAcceptDrops(True)
        self.add_files_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Open), self)
        self.add_files_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.file_list)
        self.remove_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.stop_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.stop_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _connect_callbacks(self) -> None:
        self.add_files_button.clicked.connect(self._on_add_files_clicked)
        self.add_files_shortcut.activated.connect(self._on_add_files_clicked)
        self.add_folder_button.clicked.connect(self._on_add_folder_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_shortcut.activated.connect(self.remove_selected)
        self.clear_button.clicked.connect(self.clear_files)
        self.identity_button.clicked.connect(self._on_identity_clicked)
        self.identity_edit.textEdited.connect(self._on_identity_edited)
        self.password_edit.textEdited.connect(self.error_label.clear_message)
        self.password_edit.returnPressed.connect(self.start_import)
        self.import_button.clicked.connect(self.start_import)
        self.stop_button.clicked.connect(self.stop)
        self.stop_shortcut.activated.connect(self.stop)
        self.receipts_button.clicked.connect(self.open_receipts_dialog)
        self.file_list.itemSelectionChanged.connect(self._update_state)
        self._runner.connect_slots(progressed=self._on_progressed, succeeded=self._on_import_done,
                                   failed=self._on_import_failed, cancelled=self._on_import_done,
                                   finished=self._on_import_finished)
        self._history_runner.connect_slots(succeeded=self._on_history_loaded, failed=self._on_history_failed)

    # -- the file list -----------------------------------------------------------------------------
    def files(self) -> list[Path]:
        return [Path(self.file_list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.file_list.count())]

    def add_files(self, paths: Sequence[Path | str]) -> int:
        """Add bundle files (and every bundle inside a folder); returns how many were new."""
        known = {str(p) for p in self.files()}
        added = 0
        for raw in paths:
            path = Path(raw)
            for file in (bundles_in(path) if path.is_dir() else [path]):
                if str(file) in known:
                    continue
                known.add(str(file))
                self.file_list.addItem(file.name)
                item = self.file_list.item(self.file_list.count() - 1)
                item.setData(Qt.ItemDataRole.UserRole, str(file))
                item.setToolTip(str(file))
                added += 1
        self._relabel_files()
        self.error_label.clear_message()
        self._update_state()
        return added

    def _relabel_files(self) -> None:
        for i, name in enumerate(display_names(self.files())):
            self.file_list.item(i).setText(name)

    def add_folder(self, folder: Path) -> int:
        found = bundles_in(folder)
        if not found:
            self.error_label.show_message(self.tr("Tidak ada berkas {suffix} di folder {folder}.").format(
                suffix=BUNDLE_SUFFIX, folder=folder))
            return 0
        return self.add_files(found)

    @Slot()
    def remove_selected(self) -> None:
        if self._runner.is_running():
            return
        for item in self.file_list.selectedItems():
            self.file_list.takeItem(self.file_list.row(item))
        self._relabel_files()
        self._update_state()

    @Slot()
    def clear_files(self) -> None:
        if not self._runner.is_running():
            self.file_list.clear()
            self._update_state()

    def _start_dir(self) -> str:
        return str(self._settings.value(BUNDLE_DIR_KEY, "") or "") if self._settings is not None else ""

    def _remember_dir(self, folder: Path) -> None:
        if self._settings is not None:
            self._settings.setValue(BUNDLE_DIR_KEY, str(folder))

    @Slot()
    def _on_add_files_clicked(self) -> None:
        if self._runner.is_running():
            return
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Pilih bundel"), self._start_dir(),
                                                self.tr("Bundel Asesmen (*.bundle.zip);;Semua berkas (*)"))
        if paths:
            self._remember_dir(Path(paths[0]).parent)
            self.add_files(paths)

    @Slot()
    def _on_add_folder_clicked(self) -> None:
        if self._runner.is_running():
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder berisi bundel (mis. flashdisk)"),
                                                  self._start_dir())
        if folder:
            self._remember_dir(Path(folder))
            self.add_folder(Path(folder))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802  (Qt's name)
        if event.mimeData().hasUrls() and not self._runner.is_running():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.add_files(paths)
            event.acceptProposedAction()

    # -- BKD's key ---------------------------------------------------------------------------------
    def set_identity_file(self, path: Path | str) -> None:
        self.identity_edit.setText(str(path))
        self._on_identity_edited()

    @Slot()
    def _on_identity_clicked(self) -> None:
        current = self.identity_edit.text().strip()
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas kunci BKD"),
                                              str(Path(current).parent) if current else "",
                                              self.tr("Kunci BKD (*.key *.txt);;Semua berkas (*)"))
        if path:
            self.set_identity_file(path)

    @Slot()
    def _on_identity_edited(self) -> None:
        self.error_label.clear_message()
        self._update_key_state()

    def identity_unlocked(self) -> bool:
        path = self.identity_edit.text().strip()
        return self._identity is not None and self._identity_path == Path(path).expanduser()

    def _update_key_state(self) -> None:
        unlocked = self.identity_unlocked()
        self.password_edit.setEnabled(not unlocked)
        if unlocked:
            self.password_edit.clear()
            self.password_edit.setPlaceholderText(self.tr("kunci sudah terbuka"))
            self.password_note.setText(self.tr("Kunci BKD terbuka sampai Asesmen ditutup; kata sandi tidak disimpan."))
        else:
            self.password_edit.setPlaceholderText("")
            self.password_note.setText(self.tr("Ditanyakan sekali selama Asesmen terbuka; tidak pernah disimpan."))

    # -- importing ---------------------------------------------------------------------------------
    @property
    def runner(self) -> TaskRunner:
        return self._runner

    @Slot()
    def start_import(self) -> None:
        if self._runner.is_running():
            return
        paths = self.files()
        if not paths:
            self.error_label.show_message(self.tr("Tambahkan dulu berkas bundel yang akan diimpor."))
            self.add_files_button.setFocus()
            return
        identity_text = self.identity_edit.text().strip()
        if not identity_text:
            self.error_label.show_message(self.tr("Pilih berkas kunci BKD (bkd-age.key) untuk membuka bundel."))
            self.identity_edit.setFocus()
            return
        identity_path = Path(identity_text).expanduser()
        if self._settings is not None:
            self._settings.setValue(IDENTITY_KEY, str(identity_path))
        run = ImportRun(paths, identity=self._identity if self.identity_unlocked() else None)
        password = self.password_edit.text()
        store, actor, record = self._store, self._actor, self._record

        def service_for(identity: BkdIdentity) -> CentralService:
            return CentralService(store, actor=actor, identities=[identity])

        def after_each(outcome: ImportOutcome) -> None:
            if record is not None:
                record(Path(outcome.path).name, kind_of(outcome), outcome.message)

        self._run = run
        self._identity_path = identity_path
        self._stopping = False
        self.error_label.clear_message()
        self.receipts_status.setText("")
        self.results_model.set_rows([])
        self.summary_label.setText("")
        self.progress_bar.setRange(0, len(paths))
        self.progress_bar.setValue(0)
        self.progress_label.setText(self.tr("Membuka kunci BKD…") if run.identity is None else "")
        self._runner.start(lambda progress: run_import(service_for, run, identity_path, password, progress,
                                                       after_each))
        self._update_state()

    @Slot()
    def stop(self) -> None:
        if self._runner.is_running() and not self._stopping:
            self._stopping = True
            self._runner.cancel()
            self.progress_label.setText(self.tr("Berhenti setelah bundel yang sedang diimpor…"))
            self._update_state()

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, name: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(min(done, total))
        if name and not self._stopping:
            self.progress_label.setText(self.tr("Mengimpor {i} dari {n}: {name}").format(
                i=done + 1, n=total, name=name))
        self._show_outcomes()

    def _show_outcomes(self) -> None:
        run = self._run
        if run is None:
            return
        outcomes = list(run.outcomes)
        if run.identity is not None and self._identity is not run.identity:
            self._identity = run.identity
            self._update_key_state()
        rows, colours, tips = [], [], []
        names = dict(zip([str(p) for p in run.paths], display_names(run.paths), strict=True))
        for o in outcomes:
            kind = kind_of(o)
            applied = kind == "applied"
            details = conflict_lines(o)
            message = "\n".join([sentence(o.message), *details])
            rows.append((names.get(str(o.path), Path(o.path).name), self.outcome_label(kind), message,
                         o.sessions if applied else "–", o.results if applied else "–"))
            colours.append(OUTCOME_COLOURS[kind])
            tips.append("\n".join([str(o.path), o.message, *conflict_lines(o, 50)]))
        self.results_model.set_rows(rows, payloads=outcomes, colours=colours, tips=tips)
        self._fit_results()

    def outcome_label(self, kind: str) -> str:
        return {"applied": self.tr("diterapkan"), "duplicate": self.tr("sudah diimpor"),
                "rejected": self.tr("ditolak"), "conflict": self.tr("konflik")}[kind]

    @Slot(object)
    def _on_import_done(self, _result: object = None) -> None:
        run = self._run
        if run is None:
            return
        self._show_outcomes()
        outcomes = list(run.outcomes)
        self.last_outcomes = outcomes
        counts: dict[str, int] = {}
        for o in outcomes:
            kind = kind_of(o)
            counts[kind] = counts.get(kind, 0) + 1
        parts = [self.tr("{n} diterapkan").format(n=counts.get("applied", 0)),
                 self.tr("{n} sudah diimpor").format(n=counts.get("duplicate", 0)),
                 self.tr("{n} ditolak").format(n=counts.get("rejected", 0))]
        if counts.get("conflict"):
            parts.append(self.tr("{n} konflik").format(n=counts["conflict"]))
        summary = ", ".join(parts) + "."
        skipped = len(run.paths) - len(outcomes)
        if run.stopped or skipped > 0:
            summary += " " + self.tr("Dihentikan: {n} bundel belum diimpor (tetap di daftar).").format(n=skipped)
        self.summary_label.setText(summary)
        self.progress_label.setText(self.tr("Selesai.") if not run.stopped else self.tr("Dihentikan."))
        self.progress_bar.setValue(len(outcomes))
        self.applied_bundle_ids += [bid for o in outcomes if kind_of(o) in ("applied", "duplicate")
                                    for bid in _bundle_ids(o)]
        # What was imported (whatever its outcome) leaves the list; what was not reached stays.
        done = {str(Path(o.path)) for o in outcomes}
        for i in reversed(range(self.file_list.count())):
            if self.file_list.item(i).data(Qt.ItemDataRole.UserRole) in done:
                self.file_list.takeItem(i)
        self._relabel_files()
        self.refresh_history()
        self.imported.emit(outcomes)

    @Slot(str)
    def _on_import_failed(self, message: str) -> None:
        run = self._run
        if run is not None and run.outcomes:
            self._on_import_done()
        self.progress_label.setText("")
        self.error_label.show_message(sentence(message))
        self._update_state()  # the runner is idle by now: the fields are usable again
        if run is not None and run.identity is None:
            self.password_edit.clear()
            self.password_edit.setFocus()

    @Slot()
    def _on_import_finished(self) -> None:
        self._stopping = False
        self._update_state()

    def _fit_results(self) -> None:
        header = self.results_table.horizontalHeader()
        for col in (self.OUTCOME, self.SESSIONS, self.RESULTS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.Interactive)
        self.results_table.resizeColumnToContents(self.FILE)
        header.resizeSection(self.FILE, min(header.sectionSize(self.FILE) + COLUMN_PADDING, 300))
        header.setSectionResizeMode(self.MESSAGE, QHeaderView.ResizeMode.Stretch)
        self.results_table.resizeRowsToContents()

    def outcome_rows(self) -> list[tuple[str, str, str]]:
        """(file, outcome as shown, message as shown) per row of the result table."""
        return [(self.results_model.text(r, self.FILE), self.results_model.text(r, self.OUTCOME),
                 self.results_model.text(r, self.MESSAGE)) for r in range(self.results_model.rowCount())]

    # -- the import history ------------------------------------------------------------------------
    def refresh_history(self) -> None:
        if self._history_runner.is_running():
            return
        store = self._store
        self._history_runner.start(lambda _p: CentralService(store).import_log())

    @Slot(object)
    def _on_history_loaded(self, rows: object) -> None:
        entries = list(rows)[-HISTORY_LIMIT:][::-1]  # type: ignore[call-overload]
        kinds = [outcome_kind(e["outcome"], e["message"]) for e in entries]
        self.history_model.set_rows(
            [(format_when(e["at"], self._locale), e["file"], self.outcome_label(k), sentence(e["message"]))
             for e, k in zip(entries, kinds, strict=True)],
            payloads=entries, colours=[OUTCOME_COLOURS[k] for k in kinds])
        total = len(list(rows))  # type: ignore[call-overload]
        self.history_count.setText(self.tr("{n} percobaan impor").format(n=total) if total <= HISTORY_LIMIT
                                   else self.tr("{shown} terbaru dari {n} percobaan impor").format(
                                       shown=HISTORY_LIMIT, n=total))
        header = self.history_table.horizontalHeader()
        for col in (0, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.history_table.resizeColumnToContents(1)
        header.resizeSection(1, min(header.sectionSize(1) + COLUMN_PADDING, 340))
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    @Slot(str)
    def _on_history_failed(self, message: str) -> None:
        self.history_count.setText(self.tr("Riwayat impor tidak dapat dibaca: {message}").format(message=message))

    def history_rows(self) -> list[tuple[str, str, str]]:
        """(file, outcome as shown, message) per row of the history, newest first."""
        return [(self.history_model.text(r, 1), self.history_model.text(r, 2), self.history_model.text(r, 3))
                for r in range(self.history_model.rowCount())]

    # -- receipts ----------------------------------------------------------------------------------
    @Slot()
    def open_receipts_dialog(self) -> ReceiptsDialog | None:
        if not receipts_available() or self._runner.is_running():
            return None
        dialog = ReceiptsDialog(self._store, self.applied_bundle_ids or None, self._settings, self)
        dialog.issued.connect(self._on_receipts_issued)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.receipts_dialog = dialog
        return dialog

    @Slot(list)
    def _on_receipts_issued(self, paths: list) -> None:
        if paths:
            self.receipts_status.setText(self.tr("{n} tanda terima ditulis ke {folder}").format(
                n=len(paths), folder=Path(paths[0]).parent))
        self.receipts_issued.emit(paths)

    # -- state -------------------------------------------------------------------------------------
    def _update_state(self) -> None:
        running = self._runner.is_running()
        has_files = self.file_list.count() > 0
        self.import_button.setEnabled(not running and has_files)
        self.import_button.setText(self.tr("&Impor {n} bundel").format(n=self.file_list.count()) if has_files
                                   else self.tr("&Impor"))
        for widget in (self.add_files_button, self.add_folder_button, self.identity_edit, self.identity_button):
            widget.setEnabled(not running)
        self.remove_button.setEnabled(not running and bool(self.file_list.selectedItems()))
        self.clear_button.setEnabled(not running and has_files)
        self.stop_button.setEnabled(running and not self._stopping)
        self.stop_button.setVisible(running)
        self.progress_bar.setVisible(running or self._run is not None)
        self.receipts_button.setEnabled(not running)
        self._update_key_state()
        if running:
            self.password_edit.setEnabled(False)

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def shutdown(self) -> None:
        """Stop after the current bundle and wait for it (the window is closing)."""
        self._runner.cancel()
        self._runner.wait()
        self._history_runner.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def _bundle_ids(outcome: ImportOutcome) -> list[str]:
    """The bundle id(s) an outcome names, when the import reports them (newer services do)."""
    for name in ("bundle_id", "bundle_ids"):
        value = getattr(outcome, name, None)
        if isinstance(value, str) and value:
            return [value]
        if isinstance(value, list | tuple):
            return [str(v) for v in value if v]
    return []


class ReceiptsDialog(QDialog):
    """Issue signed receipts (desktop.services.receipts) into a folder with BKD's receipt key.

    `bundle_ids` None: every applied bundle of the database. `issued(list[Path])` fires on success.
    """

    issued = Signal(list)

    def __init__(self, store: Store, bundle_ids: Sequence[str] | None, settings: QSettings | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._bundle_ids = list(bundle_ids) if bundle_ids else None
        self._settings = settings
        self._runner = TaskRunner(self)
        self.paths: list[Path] = []
        self.setWindowTitle(self.tr("Terbitkan tanda terima"))
        self.setModal(True)
        self._build()
        self._connect_callbacks()
        settle_minimum_size(self)

    def _build(self) -> None:
        scope = (self.tr("Tanda terima untuk {n} bundel yang baru saja diterapkan.").format(n=len(self._bundle_ids))
                 if self._bundle_ids else self.tr("Tanda terima untuk setiap bundel yang pernah diterapkan."))
        intro = note(scope + " " + self.tr(
            "Serahkan berkas .receipt.zip kepada pusat asesmen pengirimnya; pusat asesmen baru boleh menghapus "
            "salinan lokalnya setelah tanda terima diimpor."))
        value = (lambda key: str(self._settings.value(key, "") or "")) if self._settings is not None else (
            lambda _key: "")
        self.folder_edit = line_edit(self.tr("Folder tujuan tanda terima"), max_length=1000)
        self.folder_edit.setText(value(RECEIPT_DIR_KEY))
        self.folder_button = QPushButton(self.tr("Pi&lih…"))
        self.folder_button.setAccessibleName(self.tr("Pilih folder tujuan"))
        self.key_edit = line_edit(self.tr("Berkas kunci tanda terima BKD"), self.tr("bkd-receipt.key"),
                                  max_length=1000)
        self.key_edit.setText(value(RECEIPT_KEY_KEY))
        self.key_button = QPushButton(self.tr("Pil&ih…"))
        self.key_button.setAccessibleName(self.tr("Pilih berkas kunci tanda terima"))
        self.password_edit = line_edit(self.tr("Kata sandi kunci tanda terima"), password=True)
        for button in (self.folder_button, self.key_button):
            button.setAutoDefault(False)  # Enter in a field issues; it never opens a file chooser
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        for text, edit, button in ((self.tr("&Folder tujuan:"), self.folder_edit, self.folder_button),
                                   (self.tr("&Kunci tanda terima:"), self.key_edit, self.key_button)):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            form.addRow(text, row)
            label = form.labelForField(row)
            if isinstance(label, QLabel):
                label.setBuddy(edit)
        form.addRow(self.tr("Kata &sandi:"), self.password_edit)
        self.error_label = InlineError(self.tr("Pesan kesalahan"))
        self.status_label = note()
        self.issue_button = QPushButton(self.tr("&Terbitkan"))
        self.issue_button.setAccessibleName(self.tr("Terbitkan tanda terima"))
        self.issue_button.setDefault(True)
        self.close_button = QPushButton(self.tr("Tutup"))
        self.close_button.setAutoDefault(False)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Tanda terima bundel"), 1.1))
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.setMinimumWidth(620)

    def _connect_callbacks(self) -> None:
        self.buttons.accepted.connect(self.issue)
        self.buttons.rejected.connect(self.reject)
        self.folder_button.clicked.connect(self._on_folder_clicked)
        self.key_button.clicked.connect(self._on_key_clicked)
        for edit in (self.folder_edit, self.key_edit, self.password_edit):
            edit.textEdited.connect(self.error_label.clear_message)
        self._runner.connect_slots(succeeded=self._on_issued, failed=self._on_failed, finished=self._on_finished)

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    @Slot()
    def _on_folder_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder tujuan tanda terima"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    @Slot()
    def _on_key_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih kunci tanda terima BKD"), self.key_edit.text(),
                                              self.tr("Kunci tanda terima (*.key);;Semua berkas (*)"))
        if path:
            self.key_edit.setText(path)

    @Slot()
    def issue(self) -> None:
        if self._runner.is_running():
            return
        folder, key_file, password = (self.folder_edit.text().strip(), self.key_edit.text().strip(),
                                      self.password_edit.text())
        if not folder:
            self.error_label.show_message(self.tr("Pilih folder tujuan tanda terima."))
            self.folder_edit.setFocus()
            return
        if not key_file:
            self.error_label.show_message(self.tr("Pilih berkas kunci tanda terima BKD (bkd-receipt.key)."))
            self.key_edit.setFocus()
            return
        if not password:
            self.error_label.show_message(self.tr("Ketik kata sandi kunci tanda terima."))
            self.password_edit.setFocus()
            return
        if self._settings is not None:
            self._settings.setValue(RECEIPT_DIR_KEY, folder)
            self._settings.setValue(RECEIPT_KEY_KEY, key_file)
        store, bundle_ids = self._store, self._bundle_ids

        def run(progress: Progress) -> list[Path]:
            from desktop.services.keys import load_receipt_key
            from desktop.services.receipts import issue_receipts

            key = load_receipt_key(Path(key_file).expanduser(), password)
            out = Path(folder).expanduser()
            try:
                out.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise ValidationError(f"folder {out} tidak dapat dibuat ({exc.strerror})") from None
            return issue_receipts(store, key, out, bundle_ids, progress=progress)

        self.error_label.clear_message()
        self.issue_button.setEnabled(False)
        self.status_label.setText(self.tr("Menandatangani…"))
        self._runner.start(run)

    @Slot(object)
    def _on_issued(self, paths: object) -> None:
        self.paths = list(paths)  # type: ignore[call-overload]
        self.password_edit.clear()
        self.status_label.setText(self.tr("{n} tanda terima ditulis.").format(n=len(self.paths)))
        self.issued.emit(self.paths)
        self.accept()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.status_label.setText("")
        self.error_label.show_message(sentence(message))
        self.password_edit.clear()
        self.password_edit.setFocus()

    @Slot()
    def _on_finished(self) -> None:
        self.issue_button.setEnabled(True)
        if self.status_label.text() == self.tr("Menandatangani…"):
            self.status_label.setText("")

    def done(self, result: int) -> None:
        if self._runner.is_running():
            self._runner.wait()
        super().done(result)


__all__ = ["OUTCOME_WORDS", "CentralImportWidget", "ImportRun", "ReceiptsDialog", "bundles_in", "display_names",
           "outcome_kind", "run_import"]
