"""Pengiriman ke BKD: export sealed sessions as secure bundles, record BKD's receipts, delete the local copy.

`DeliveryWidget` lists the sealed sessions with their delivery state (belum diekspor / diekspor / diterima
BKD / dihapus) and offers the three actions. Everything that touches keys or the store runs off the GUI
thread through a TaskRunner (unlocking a key costs about 0.3 s of scrypt; a purge vacuums the store), with
progress and a stop button; errors are one line inside the widget or dialog.

The main window builds it with a `DeliveryService` over its store and its QSettings, and reacts to
`sessions_changed` (a session was purged, or a state changed).
"""

from __future__ import annotations

import datetime as dt
import html
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import paths
from desktop.domain.errors import AsesmenError
from desktop.domain.users import MIN_PASSWORD
from desktop.gui import i18n
from desktop.gui.tasks import TaskRunner
from desktop.gui.timestamps import local_time
from desktop.gui.widgets import hide_message, progress_strip, read_only_table, show_message
from desktop.services import keys
from desktop.services.delivery import (
    BUNDLE_STEP,
    KEY_STEP,
    DeliveryRow,
    DeliveryService,
    DeliveryStatus,
    ExportedBundle,
    PurgedSession,
    ReceiptOutcome,
)
from desktop.services.progress import Progress

SIZE = (1100, 640)
BKD_KEY_SETTING = "delivery/bkd_public_key"
CENTRE_KEY_SETTING = "delivery/centre_key"
OUT_DIR_SETTING = "delivery/out_dir"
RECEIPT_DIR_SETTING = "delivery/receipt_dir"
UUID_ROLE = Qt.ItemDataRole.UserRole
STATUS_COLOURS = {
    DeliveryStatus.NOT_EXPORTED: "#8a4b00",
    DeliveryStatus.EXPORTED: "#1f4e8c",
    DeliveryStatus.RECEIVED: "#1d6b2c",
    DeliveryStatus.PURGED: "#5f6368",
}
STYLE = (
    "QLabel#heading { font-weight: bold; font-size: 12pt; }"
    "QLabel#message, QLabel#dialogMessage { padding: 5px 8px; border-radius: 3px; }"
    "QLabel#message[kind=\"info\"], QLabel#dialogMessage[kind=\"info\"] { background: #e6f2e6;"
    " border: 1px solid #a8cfa8; color: #1c1c1c; }"
    "QLabel#message[kind=\"error\"], QLabel#dialogMessage[kind=\"error\"] { background: #fde4e2;"
    " border: 1px solid #e3a29b; color: #8a1c14; }"
    "QLabel#message[kind=\"warning\"], QLabel#dialogMessage[kind=\"warning\"] { background: #fff4d6;"
    " border: 1px solid #e0c06a; color: #1c1c1c; }"
    "QLabel#hint { color: palette(dark); }"
    "QTableWidget#deliveryTable::item { padding: 4px 4px; }"
    "QFrame#keyBar { border: 1px solid palette(mid); border-radius: 4px; background: palette(alternate-base); }"
)

FileChooser = Callable[[QWidget], "list[Path]"]
PathChooser = Callable[[QWidget], "Path | None"]


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading")
    label.setWordWrap(True)
    return label


def _message_label(name: str, object_name: str = "message") -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(name)
    label.hide()
    return label


def _browse_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    return button


def _short(text: str, head: int = 8) -> str:
    return text[:head] + "…" if len(text) > head else text


# -- the export dialog --------------------------------------------------------------------------------


class ExportDialog(QDialog):
    """Export the chosen sealed sessions: BKD's public key, the centre's key and password, the folder.

    If the centre's key file does not exist yet, a new key is created with the password typed (twice)
    and its public file `centre.pub` is written beside it, for BKD's trust list. The export runs off the
    GUI thread with progress and a stop button; the dialog closes when it succeeded.

    Signals: `exported(bundle, created_public_key)`: the ExportedBundle (None if stopped before it was
    written) and the path of a centre.pub made now ('' if the key existed).
    """

    exported = Signal(object, str)

    def __init__(self, service: DeliveryService, sessions: Sequence[DeliveryRow], settings: QSettings,
                 parent: QWidget | None = None, *, runner: TaskRunner | None = None,
                 keys_dir: Path | None = None, choose_file: PathChooser | None = None,
                 choose_key: PathChooser | None = None, choose_folder: PathChooser | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._sessions = list(sessions)
        self._settings = settings
        self._runner = runner or TaskRunner(self)
        self._keys_dir = Path(keys_dir) if keys_dir else paths.data_dir() / "keys"
        self._choose_bkd = choose_file or self._ask_bkd_file
        self._choose_key = choose_key or self._ask_key_file
        self._choose_folder = choose_folder or self._ask_folder
        self._busy = False
        self.setWindowTitle(self.tr("Ekspor bundel untuk BKD"))
        self.setMinimumWidth(640)
        self.setStyleSheet(STYLE)
        self._build()
        self._connect()
        self._load_settings()
        self._update_key_info()
        self._update_bkd_info()

    # -- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        count = len(self._sessions)
        titles = "; ".join(s.title for s in self._sessions[:3]) + ("; …" if count > 3 else "")
        self.sessions_label = QLabel(self.tr("{count} sesi tersegel dalam satu bundel aman: {titles}")
                                     .format(count=count, titles=titles))
        self.sessions_label.setWordWrap(True)

        self.bkd_edit = QLineEdit()
        self.bkd_edit.setAccessibleName(self.tr("Berkas kunci publik BKD"))
        self.bkd_edit.setPlaceholderText("bkd.age.pub")
        self.bkd_button = _browse_button(self.tr("Pilih…"), self.tr("Pilih berkas kunci publik BKD"))
        self.bkd_info = QLabel()
        self.bkd_info.setObjectName("hint")
        self.bkd_info.setWordWrap(True)

        self.key_edit = QLineEdit()
        self.key_edit.setAccessibleName(self.tr("Berkas kunci tanda tangan pusat asesmen"))
        self.key_button = _browse_button(self.tr("Pilih…"), self.tr("Pilih berkas kunci tanda tangan pusat"))
        self.key_info = QLabel()
        self.key_info.setObjectName("hint")
        self.key_info.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setAccessibleName(self.tr("Kata sandi kunci pusat asesmen"))
        self.confirm_label = QLabel(self.tr("&Ulangi kata sandi:"))
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit.setAccessibleName(self.tr("Ulangi kata sandi kunci baru"))
        self.confirm_label.setBuddy(self.confirm_edit)

        self.out_edit = QLineEdit()
        self.out_edit.setAccessibleName(self.tr("Folder tujuan bundel"))
        self.out_edit.setPlaceholderText(self.tr("mis. flashdisk: /media/…"))
        self.out_button = _browse_button(self.tr("Pilih…"), self.tr("Pilih folder tujuan"))

        def row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
            box = QHBoxLayout()
            box.addWidget(edit, 1)
            box.addWidget(button)
            return box

        form = QFormLayout()
        bkd_label = QLabel(self.tr("Kunci publik &BKD:"))
        bkd_label.setBuddy(self.bkd_edit)
        form.addRow(bkd_label, row(self.bkd_edit, self.bkd_button))
        form.addRow("", self.bkd_info)
        key_label = QLabel(self.tr("&Kunci pusat asesmen:"))
        key_label.setBuddy(self.key_edit)
        form.addRow(key_label, row(self.key_edit, self.key_button))
        form.addRow("", self.key_info)
        password_label = QLabel(self.tr("Kata &sandi kunci:"))
        password_label.setBuddy(self.password_edit)
        form.addRow(password_label, self.password_edit)
        form.addRow(self.confirm_label, self.confirm_edit)
        out_label = QLabel(self.tr("&Folder tujuan:"))
        out_label.setBuddy(self.out_edit)
        form.addRow(out_label, row(self.out_edit, self.out_button))
        self._form = form

        self.message_label = _message_label(self.tr("Pesan ekspor"), "dialogMessage")
        self.progress_label, self.progress_bar, self.stop_button, self.busy = progress_strip(
            self.tr("Keterangan kemajuan"), self.tr("Kemajuan ekspor"), self.tr("&Hentikan"),
            self.tr("Hentikan ekspor sebelum bundel ditulis"))

        self.export_button = QPushButton(self.tr("&Ekspor"))
        self.export_button.setAccessibleName(self.tr("Ekspor bundel"))
        self.export_button.setDefault(True)
        self.close_button = QPushButton(self.tr("&Tutup"))
        self.close_button.setAccessibleName(self.tr("Tutup tanpa mengekspor"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Ekspor bundel untuk BKD")))
        layout.addWidget(self.sessions_label)
        layout.addLayout(form)
        layout.addWidget(self.message_label)
        layout.addWidget(self.busy)
        layout.addLayout(buttons)

    def _connect(self) -> None:
        self.bkd_edit.textChanged.connect(self._on_bkd_changed)
        self.key_edit.textChanged.connect(self._on_key_changed)
        self.bkd_button.clicked.connect(self._on_bkd_browse)
        self.key_button.clicked.connect(self._on_key_browse)
        self.out_button.clicked.connect(self._on_out_browse)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.close_button.clicked.connect(self.reject)
        self.stop_button.clicked.connect(self._on_stop_clicked)
        self._runner.connect_slots(progressed=self._on_task_progressed, succeeded=self._on_task_succeeded,
                                   failed=self._on_task_failed, cancelled=self._on_task_cancelled)

    def _load_settings(self) -> None:
        self.bkd_edit.setText(str(self._settings.value(BKD_KEY_SETTING, "") or ""))
        default_key = self._keys_dir / keys.CENTRE_SECRET_FILE
        self.key_edit.setText(str(self._settings.value(CENTRE_KEY_SETTING, "") or default_key))
        self.out_edit.setText(str(self._settings.value(OUT_DIR_SETTING, "") or ""))
        for edit in (self.bkd_edit, self.out_edit, self.password_edit):
            if not edit.text():
                edit.setFocus()
                break

    # -- public ------------------------------------------------------------------------------------
    @property
    def runner(self) -> TaskRunner:
        return self._runner

    def is_busy(self) -> bool:
        return self._busy

    def creating_key(self) -> bool:
        text = self.key_edit.text().strip()
        return bool(text) and not Path(text).expanduser().exists()

    # -- field feedback ----------------------------------------------------------------------------
    @Slot(str)
    def _on_bkd_changed(self, _text: str) -> None:
        self._update_bkd_info()

    @Slot(str)
    def _on_key_changed(self, _text: str) -> None:
        self._update_key_info()

    def _update_bkd_info(self) -> None:
        text = self.bkd_edit.text().strip()
        if not text:
            self.bkd_info.setText(self.tr("Berkas bkd.age.pub dari BKD: bundel dienkripsi untuk BKD saja."))
            return
        path = Path(text).expanduser()
        if not path.is_file():
            self.bkd_info.setText(self.tr("Berkas tidak ditemukan."))
            return
        try:
            recipients = keys.read_recipient_file(path)
        except AsesmenError:
            self.bkd_info.setText(self.tr("Bukan berkas kunci publik BKD (tidak memuat baris age1…)."))
            return
        try:
            receipt = self.tr("kunci tanda terima ID {id}").format(id=keys.read_receipt_key(path).id)
        except AsesmenError:
            receipt = self.tr("tanpa kunci tanda terima (berkas lama: minta yang baru dari BKD)")
        self.bkd_info.setText(self.tr("Penerima {recipient}; {receipt}.")
                              .format(recipient=_short(recipients[0], 16), receipt=receipt))

    def _update_key_info(self) -> None:
        creating = self.creating_key()
        self.confirm_label.setVisible(creating)
        self.confirm_edit.setVisible(creating)
        text = self.key_edit.text().strip()
        if not text:
            self.key_info.setText(self.tr("Pilih berkas kunci tanda tangan pusat asesmen."))
        elif creating:
            self.key_info.setText(self.tr(
                "Berkas ini belum ada: kunci baru dibuat dengan kata sandi di bawah (minimal {n} karakter), dan "
                "kunci publiknya (centre.pub) ditulis di sampingnya untuk diserahkan ke BKD.").format(n=MIN_PASSWORD))
        else:
            try:
                public = keys.signing_key_public(Path(text).expanduser())
                self.key_info.setText(self.tr("Kunci pusat asesmen ID {id}.").format(id=public.id))
            except AsesmenError:
                self.key_info.setText(self.tr("Bukan berkas kunci tanda tangan pusat asesmen."))

    # -- browsing ----------------------------------------------------------------------------------
    def _ask_bkd_file(self, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, self.tr("Kunci publik BKD"), self.bkd_edit.text(),
                                              self.tr("Kunci publik BKD (*.pub);;Semua berkas (*)"))
        return Path(name) if name else None

    def _ask_key_file(self, parent: QWidget) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Kunci tanda tangan pusat asesmen"), self.key_edit.text(),
            self.tr("Kunci rahasia (*.key);;Semua berkas (*)"), options=QFileDialog.Option.DontConfirmOverwrite)
        return Path(name) if name else None

    def _ask_folder(self, parent: QWidget) -> Path | None:
        name = QFileDialog.getExistingDirectory(parent, self.tr("Folder tujuan bundel"), self.out_edit.text())
        return Path(name) if name else None

    @Slot()
    def _on_bkd_browse(self) -> None:
        chosen = self._choose_bkd(self)
        if chosen:
            self.bkd_edit.setText(str(chosen))

    @Slot()
    def _on_key_browse(self) -> None:
        chosen = self._choose_key(self)
        if chosen:
            self.key_edit.setText(str(chosen))

    @Slot()
    def _on_out_browse(self) -> None:
        chosen = self._choose_folder(self)
        if chosen:
            self.out_edit.setText(str(chosen))

    # -- the export --------------------------------------------------------------------------------
    def _check(self) -> str:
        """'' when the fields are complete; otherwise the first problem, as one line."""
        bkd = self.bkd_edit.text().strip()
        if not bkd:
            return self.tr("Pilih berkas kunci publik BKD (bkd.age.pub).")
        if not Path(bkd).expanduser().is_file():
            return self.tr("Berkas kunci publik BKD tidak ditemukan: {path}").format(path=bkd)
        if not self.key_edit.text().strip():
            return self.tr("Pilih berkas kunci tanda tangan pusat asesmen.")
        password = self.password_edit.text()
        if not password:
            return self.tr("Ketik kata sandi kunci pusat asesmen.")
        if self.creating_key():
            if len(password) < MIN_PASSWORD:
                return self.tr("Kata sandi kunci baru minimal {n} karakter.").format(n=MIN_PASSWORD)
            if password != self.confirm_edit.text():
                return self.tr("Kedua kata sandi tidak sama.")
        out = self.out_edit.text().strip()
        if not out:
            return self.tr("Pilih folder tujuan (mis. flashdisk).")
        if not Path(out).expanduser().is_dir():
            return self.tr("Folder tujuan tidak ditemukan: {path} (flashdisk belum terpasang?)").format(path=out)
        return ""

    @Slot()
    def _on_export_clicked(self) -> None:
        if self._busy:
            return
        problem = self._check()
        if problem:
            show_message(self.message_label, problem, "error")
            return
        hide_message(self.message_label)
        bkd = Path(self.bkd_edit.text().strip()).expanduser()
        key_file = Path(self.key_edit.text().strip()).expanduser()
        out = Path(self.out_edit.text().strip()).expanduser()
        self._settings.setValue(BKD_KEY_SETTING, str(bkd))
        self._settings.setValue(CENTRE_KEY_SETTING, str(key_file))
        self._settings.setValue(OUT_DIR_SETTING, str(out))
        password, create = self.password_edit.text(), self.creating_key()
        uuids = [s.session_uuid for s in self._sessions]
        service = self._service

        def job(progress: Progress) -> tuple[ExportedBundle, str]:
            made = ""
            if create:
                key = keys.create_centre_key(key_file, password)
                made = str(keys.write_public_key(key, key_file.parent / keys.CENTRE_PUBLIC_FILE))
            return service.export_with_files(uuids, out, key_file, password, bkd, progress), made

        self._set_busy(True, self.tr("Membuka kunci…"))
        self._runner.start(job)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.busy.setVisible(busy)
        self.progress_label.setText(text)
        self.progress_bar.setRange(0, 0)
        self.stop_button.setEnabled(busy)
        for widget in (self.export_button, self.close_button, self.bkd_edit, self.bkd_button, self.key_edit,
                       self.key_button, self.password_edit, self.confirm_edit, self.out_edit, self.out_button):
            widget.setEnabled(not busy)

    @Slot()
    def _on_stop_clicked(self) -> None:
        self._runner.cancel()
        self.stop_button.setEnabled(False)
        self.progress_label.setText(self.tr("Menghentikan…"))

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, text: str) -> None:
        if not self._busy:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        if text == KEY_STEP:
            self.progress_label.setText(self.tr("Membuka kunci…"))
        elif text == BUNDLE_STEP:
            self.progress_label.setText(self.tr("Mengenkripsi dan menulis bundel…"))
        elif text:
            self.progress_label.setText(self.tr("Menyiapkan sesi {n} dari {total}: {title}")
                                        .format(n=done + 1, total=len(self._sessions), title=text))

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        self._set_busy(False)
        bundle, made = result  # type: ignore[misc]
        self.password_edit.clear()
        self.confirm_edit.clear()
        self.exported.emit(bundle, made)
        self.accept()

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        self._set_busy(False)
        self._update_key_info()
        show_message(self.message_label, self.tr("Ekspor gagal: {reason}").format(reason=message), "error")
        self.password_edit.setFocus()
        self.password_edit.selectAll()

    @Slot()
    def _on_task_cancelled(self) -> None:
        self._set_busy(False)
        self._update_key_info()
        show_message(self.message_label, self.tr("Ekspor dihentikan: tidak ada bundel yang ditulis."), "warning")
        self.exported.emit(None, "")

    def reject(self) -> None:  # Esc and Tutup: not while a bundle is being written
        if self._busy:
            return
        super().reject()


# -- the purge confirmation ---------------------------------------------------------------------------


class PurgeDialog(QDialog):
    """Asks before the local copy of a delivered session is deleted; accepted means: delete it."""

    def __init__(self, row: DeliveryRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Hapus salinan lokal"))
        self.setMinimumWidth(560)
        self.setStyleSheet(STYLE)
        text = QLabel(self.tr(
            "Sesi <b>{title}</b> sudah diterima BKD pada {received} (tanda terima dicatat {recorded}).<br><br>"
            "Yang dihapus dari laptop ini: data {count} peserta (nama, NIP, jabatan), semua penilaian dan bukti "
            "perilaku, level akhir, serta log audit sesi ini.<br>"
            "Yang tersisa: catatan tanpa data pribadi (judul sesi, kode segel, bundel, tanda terima, siapa "
            "menghapus dan kapan).<br><br>"
            "Lembar hasil dan bundel yang sudah tersimpan di tempat lain tidak ikut terhapus. Penghapusan ini "
            "tidak dapat dibatalkan.").format(
                title=html.escape(row.title), received=local_time(row.bkd_imported_at),
                recorded=local_time(row.receipt_at), count=row.assessees))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        self.text_label = text
        self.understood_check = QCheckBox(self.tr("Saya &mengerti: data sesi ini tidak dapat dikembalikan dari "
                                                  "aplikasi"))
        self.understood_check.setAccessibleName(self.tr("Konfirmasi penghapusan salinan lokal"))
        self.delete_button = QPushButton(self.tr("&Hapus salinan lokal"))
        self.delete_button.setAccessibleName(self.tr("Hapus salinan lokal sesi ini"))
        self.delete_button.setEnabled(False)
        self.delete_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("&Batal"))
        self.cancel_button.setAccessibleName(self.tr("Batal, jangan hapus"))
        self.cancel_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("Hapus salinan lokal sesi ini?")))
        layout.addWidget(self.text_label)
        layout.addWidget(self.understood_check)
        layout.addLayout(buttons)
        self.understood_check.toggled.connect(self.delete_button.setEnabled)
        self.delete_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        self.cancel_button.setFocus()


# -- the screen ---------------------------------------------------------------------------------------


class DeliveryWidget(QWidget):
    """Pengiriman ke BKD: the sealed sessions, their delivery state, and export / receipts / purge.

    Signals: `sessions_changed()` after anything that changes what the session list shows (a purge
    removes a session; an export or a receipt changes its state); `session_purged(uuid)` after a purge.

    Collaborators are injectable for tests: `runner`, `keys_dir` (default: the user's data folder/keys),
    `choose_receipts(parent) -> [Path]` and `choose_bkd_key(parent) -> Path | None` (file dialogs by
    default), `export_options` (keyword arguments handed to each ExportDialog).
    """

    sessions_changed = Signal()
    session_purged = Signal(str)

    COL_TITLE, COL_PEOPLE, COL_SEALED, COL_STATUS, COL_BUNDLE, COL_WHEN = range(6)

    def __init__(self, service: DeliveryService, settings: QSettings, parent: QWidget | None = None, *,
                 language: str = i18n.SOURCE_LANGUAGE, runner: TaskRunner | None = None,
                 keys_dir: Path | None = None, choose_receipts: FileChooser | None = None,
                 choose_bkd_key: PathChooser | None = None, export_options: dict | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._settings = settings
        self._language = language
        self._runner = runner or TaskRunner(self)
        self._keys_dir = keys_dir
        self._choose_receipts = choose_receipts or self._ask_receipts
        self._choose_bkd_key = choose_bkd_key or self._ask_bkd_key
        self._export_options = dict(export_options or {})
        self._rows: list[DeliveryRow] = []
        self._task = ""  # "receipts" or "purge" while one runs
        self.export_dialog: ExportDialog | None = None
        self.purge_dialog: PurgeDialog | None = None
        self.setStyleSheet(STYLE)
        self._build()
        self._connect()
        self.refresh()

    # -- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = _heading(self.tr("Pengiriman ke BKD"))
        intro = QLabel(self.tr(
            "Sesi tersegel dikirim ke BKD sebagai bundel aman: terenkripsi untuk BKD dan bertanda tangan pusat "
            "asesmen. Setelah BKD mengimpornya, BKD mengirim tanda terima; setelah tanda terima dicatat, "
            "salinan lokal sesi boleh dihapus dari laptop ini."))
        intro.setWordWrap(True)

        self.bkd_key_label = QLabel()
        self.bkd_key_label.setWordWrap(True)
        self.bkd_key_label.setAccessibleName(self.tr("Kunci publik BKD yang terpasang"))
        self.bkd_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bkd_key_button = QPushButton(self.tr("&Pasang kunci publik BKD…"))
        self.bkd_key_button.setAccessibleName(self.tr("Pilih berkas kunci publik BKD"))
        key_bar = QFrame()
        key_bar.setObjectName("keyBar")
        bar = QHBoxLayout(key_bar)
        bar.setContentsMargins(8, 4, 8, 4)
        bar.addWidget(self.bkd_key_label, 1)
        bar.addWidget(self.bkd_key_button)

        self.table = QTableWidget(0, 6)
        self.table.setObjectName("deliveryTable")
        self.table.setAccessibleName(self.tr("Sesi tersegel dan status pengirimannya"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Sesi"), self.tr("Peserta"), self.tr("Disegel"), self.tr("Status"), self.tr("Bundel"),
            self.tr("Keterangan")])
        read_only_table(self.table, selection=QAbstractItemView.SelectionMode.ExtendedSelection, alternating=True,
                        wrap=True, header_padding="2px 6px")
        self.table.horizontalHeader().sectionResized.connect(self._on_column_resized)
        self.empty_label = QLabel(self.tr("Belum ada sesi tersegel. Sesi dapat diekspor setelah rapat integrasi "
                                          "ditutup dan sesinya disegel."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)

        self.export_button = QPushButton(self.tr("&Ekspor bundel…"))
        self.export_button.setAccessibleName(self.tr("Ekspor sesi terpilih sebagai bundel aman untuk BKD"))
        self.export_button.setShortcut(QKeySequence("Ctrl+E"))
        self.export_button.setToolTip(self.tr("Ekspor sesi terpilih (Ctrl+E)"))
        self.receipt_button = QPushButton(self.tr("Impor &tanda terima…"))
        self.receipt_button.setAccessibleName(self.tr("Impor tanda terima dari BKD"))
        self.purge_button = QPushButton(self.tr("&Hapus salinan lokal…"))
        self.purge_button.setAccessibleName(self.tr("Hapus salinan lokal sesi yang sudah diterima BKD"))
        self.purge_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.purge_button.setToolTip(self.tr("Hanya untuk sesi yang sudah diterima BKD (Delete)"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.receipt_button)
        buttons.addStretch(1)
        buttons.addWidget(self.purge_button)

        self.message_label = _message_label(self.tr("Pesan"))
        self.progress_label, self.progress_bar, self.stop_button, self.busy = progress_strip(
            self.tr("Keterangan kemajuan"), self.tr("Kemajuan"), self.tr("Henti&kan"), self.tr("Hentikan"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(intro)
        layout.addWidget(key_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)
        layout.addWidget(self.message_label)
        layout.addWidget(self.busy)

    def _connect(self) -> None:
        self.table.itemSelectionChanged.connect(self._on_selection_changed)
        self.export_button.clicked.connect(self._on_export_clicked)
        self.receipt_button.clicked.connect(self._on_receipts_clicked)
        self.purge_button.clicked.connect(self._on_purge_clicked)
        self.bkd_key_button.clicked.connect(self._on_bkd_key_clicked)
        self.stop_button.clicked.connect(self._runner.cancel)
        self._runner.connect_slots(progressed=self._on_task_progressed, succeeded=self._on_task_succeeded,
                                   failed=self._on_task_failed, cancelled=self._on_task_cancelled)

    # -- public ------------------------------------------------------------------------------------
    @property
    def runner(self) -> TaskRunner:
        return self._runner

    def is_busy(self) -> bool:
        return bool(self._task) or (self.export_dialog is not None and self.export_dialog.is_busy())

    def rows(self) -> list[DeliveryRow]:
        return list(self._rows)

    def bkd_key_file(self) -> Path | None:
        value = self._settings.value(BKD_KEY_SETTING, "")
        return Path(str(value)) if value else None

    def set_bkd_key_file(self, path: Path) -> None:
        self._settings.setValue(BKD_KEY_SETTING, str(path))
        self._show_bkd_key()

    def select_sessions(self, uuids: Sequence[str]) -> None:
        wanted = set(uuids)
        model = self.table.selectionModel()
        self.table.clearSelection()
        first = None
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(UUID_ROLE) in wanted:
                model.select(self.table.model().index(r, 0), QItemSelectionModel.SelectionFlag.Select
                             | QItemSelectionModel.SelectionFlag.Rows)
                first = r if first is None else first
        if first is not None:
            self.table.setCurrentCell(first, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self._update_buttons()

    def selected_rows(self) -> list[DeliveryRow]:
        chosen = {index.row() for index in self.table.selectionModel().selectedRows()}
        by_uuid = {r.session_uuid: r for r in self._rows}
        return [by_uuid[self.table.item(i, 0).data(UUID_ROLE)] for i in sorted(chosen)]

    def status_text(self, uuid: str) -> str:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(UUID_ROLE) == uuid:
                return self.table.item(r, self.COL_STATUS).text()
        return ""

    def refresh(self) -> None:
        """Read the rows again (a short read; not while a task writes)."""
        keep = {r.session_uuid for r in self.selected_rows()} if self._rows else set()
        try:
            self._rows = self._service.rows()
        except AsesmenError as exc:
            show_message(self.message_label, str(exc), "error")
            self._rows = []
        self._fill()
        if keep:
            self.select_sessions(keep)
        elif self._rows:
            self.table.selectRow(0)
        self._show_bkd_key()
        self._update_buttons()

    # -- table -------------------------------------------------------------------------------------
    def _status_label(self, status: DeliveryStatus) -> str:
        return {
            DeliveryStatus.NOT_EXPORTED: self.tr("Belum diekspor"),
            DeliveryStatus.EXPORTED: self.tr("Diekspor"),
            DeliveryStatus.RECEIVED: self.tr("Diterima BKD"),
            DeliveryStatus.PURGED: self.tr("Dihapus"),
        }[status]

    def _details(self, row: DeliveryRow) -> str:
        if row.status is DeliveryStatus.NOT_EXPORTED:
            return self.tr("belum pernah diekspor")
        if row.status is DeliveryStatus.EXPORTED:
            return self.tr("diekspor {when} oleh {who}; menunggu tanda terima BKD").format(
                when=local_time(row.exported_at), who=row.exported_by)
        if row.status is DeliveryStatus.RECEIVED:
            return self.tr("diterima BKD {when}; tanda terima dicatat {recorded}").format(
                when=local_time(row.bkd_imported_at), recorded=local_time(row.receipt_at, with_time=False))
        return self.tr("salinan lokal dihapus {when} oleh {who}; diterima BKD {received}").format(
            when=local_time(row.purged_at), who=row.purged_by, received=local_time(row.bkd_imported_at, False))

    def _fill(self) -> None:
        self.table.setRowCount(len(self._rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i, row in enumerate(self._rows):
            bundle = "" if not row.bundle_id else (
                f"{_short(row.bundle_id)} (#{row.sequence})" if row.sequence else _short(row.bundle_id))
            cells = [
                (row.title, None), (str(row.assessees), right), (local_time(row.sealed_at, with_time=False), None),
                (self._status_label(row.status), None), (bundle, None), (self._details(row), None)]
            for col, (text, align) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(row.bundle_id if col == self.COL_BUNDLE and row.bundle_id else text)
                if align is not None:
                    item.setTextAlignment(align)
                if col == 0:
                    item.setData(UUID_ROLE, row.session_uuid)
                if col == self.COL_STATUS:
                    item.setForeground(QColor(STATUS_COLOURS[row.status]))
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                if row.status is DeliveryStatus.PURGED and col != self.COL_STATUS:
                    item.setForeground(QColor(STATUS_COLOURS[DeliveryStatus.PURGED]))
                self.table.setItem(i, col, item)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        for col in range(header.count()):
            stretch = col == self.COL_WHEN
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch if stretch
                                        else QHeaderView.ResizeMode.Interactive)
            if not stretch:
                cap = 320 if col == self.COL_TITLE else 240
                header.resizeSection(col, min(cap, header.sectionSize(col) + 16))
        self.table.resizeRowsToContents()
        self.table.setVisible(bool(self._rows))
        self.empty_label.setVisible(not self._rows)

    def _show_bkd_key(self) -> None:
        path = self.bkd_key_file()
        if path is None:
            self.bkd_key_label.setText(self.tr("Kunci publik BKD belum dipasang: pilih berkas bkd.age.pub dari BKD "
                                               "(dipakai untuk ekspor dan untuk memeriksa tanda terima)."))
            return
        try:
            receipt = self.tr("kunci tanda terima ID {id}").format(id=keys.read_receipt_key(path).id)
        except AsesmenError:
            receipt = self.tr("tanpa kunci tanda terima")
        self.bkd_key_label.setText(self.tr("Kunci publik BKD: {path} ({receipt})").format(path=path,
                                                                                          receipt=receipt))

    def _update_buttons(self) -> None:
        busy = self.is_busy()
        chosen = self.selected_rows()
        self.export_button.setEnabled(not busy and any(r.can_export for r in chosen))
        self.receipt_button.setEnabled(not busy)
        self.purge_button.setEnabled(not busy and len(chosen) == 1 and chosen[0].can_purge)
        self.bkd_key_button.setEnabled(not busy)

    @Slot(int, int, int)
    def _on_column_resized(self, _col: int, _old: int, _new: int) -> None:
        self._rows_fit_later()

    def _rows_fit_later(self) -> None:
        """Wrapped texts take the lines they need once the columns have their final widths."""
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._rows_fit_later()

    @Slot()
    def _on_selection_changed(self) -> None:
        self._update_buttons()

    # -- the BKD key -------------------------------------------------------------------------------
    def _ask_bkd_key(self, parent: QWidget) -> Path | None:
        start = str(self.bkd_key_file() or "")
        name, _ = QFileDialog.getOpenFileName(parent, self.tr("Kunci publik BKD"), start,
                                              self.tr("Kunci publik BKD (*.pub);;Semua berkas (*)"))
        return Path(name) if name else None

    @Slot()
    def _on_bkd_key_clicked(self) -> None:
        chosen = self._choose_bkd_key(self)
        if chosen is None:
            return
        try:
            keys.read_recipient_file(chosen)
        except AsesmenError as exc:
            show_message(self.message_label, self.tr("Bukan berkas kunci publik BKD: {reason}").format(
                reason=str(exc)), "error")
            return
        self.set_bkd_key_file(chosen)
        hide_message(self.message_label)

    # -- export ------------------------------------------------------------------------------------
    @Slot()
    def _on_export_clicked(self) -> None:
        chosen = [r for r in self.selected_rows() if r.can_export]
        if not chosen or self.is_busy():
            return
        hide_message(self.message_label)
        options = {"keys_dir": self._keys_dir, **self._export_options}
        dialog = ExportDialog(self._service, chosen, self._settings, self, **options)
        dialog.exported.connect(self._on_exported)
        dialog.finished.connect(self._on_export_dialog_finished)
        self.export_dialog = dialog
        self._update_buttons()
        dialog.open()

    @Slot(object, str)
    def _on_exported(self, bundle: ExportedBundle | None, made: str) -> None:
        if bundle is None:
            return
        self.refresh()
        self.sessions_changed.emit()
        text = self.tr("Bundel {name} ({count} sesi) ditulis ke {folder}. Serahkan ke BKD; setelah BKD "
                       "mengimpornya, impor tanda terimanya di sini.").format(
            name=bundle.path.name, count=len(bundle.sessions), folder=bundle.path.parent)
        if made:
            text += " " + self.tr("Kunci pusat asesmen baru dibuat: serahkan {path} ke BKD untuk daftar "
                                  "kepercayaannya.").format(path=made)
        show_message(self.message_label, text, "info")

    @Slot(int)
    def _on_export_dialog_finished(self, _result: int) -> None:
        dialog, self.export_dialog = self.export_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self._show_bkd_key()
        self._update_buttons()

    # -- receipts ----------------------------------------------------------------------------------
    def _ask_receipts(self, parent: QWidget) -> list[Path]:
        start = str(self._settings.value(RECEIPT_DIR_SETTING, "") or "")
        names, _ = QFileDialog.getOpenFileNames(parent, self.tr("Tanda terima BKD"), start,
                                                self.tr("Tanda terima BKD (*.receipt.zip);;Semua berkas (*)"))
        return [Path(n) for n in names]

    @Slot()
    def _on_receipts_clicked(self) -> None:
        if self.is_busy():
            return
        path = self.bkd_key_file()
        if path is None:
            show_message(self.message_label, self.tr("Pasang kunci publik BKD dulu: tanda terima diperiksa dengan "
                                                     "kunci itu."), "error")
            return
        try:
            bkd_key = keys.read_receipt_key(path)
        except AsesmenError as exc:
            show_message(self.message_label, str(exc), "error")
            return
        files = self._choose_receipts(self)
        if not files:
            return
        self._settings.setValue(RECEIPT_DIR_SETTING, str(Path(files[0]).parent))
        hide_message(self.message_label)
        service = self._service
        self._start("receipts", lambda progress: service.import_receipts(files, bkd_key, progress),
                    self.tr("Memeriksa tanda terima…"))

    def _show_receipts(self, outcomes: list[ReceiptOutcome]) -> None:
        recorded = [o for o in outcomes if o.outcome == "recorded"]
        rejected = [o for o in outcomes if o.outcome == "rejected"]
        lines = []
        if recorded:
            lines.append(self.tr("{count} tanda terima dicatat: sesinya kini berstatus diterima BKD.")
                         .format(count=len(recorded)))
        duplicates = len(outcomes) - len(recorded) - len(rejected)
        if duplicates:
            lines.append(self.tr("{count} tanda terima sudah tercatat sebelumnya.").format(count=duplicates))
        for o in rejected:
            lines.append(f"{o.path.name}: {o.message}")
        show_message(self.message_label, "\n".join(lines), "error" if rejected else "info")

    # -- purge -------------------------------------------------------------------------------------
    @Slot()
    def _on_purge_clicked(self) -> None:
        chosen = self.selected_rows()
        if self.is_busy() or len(chosen) != 1 or not chosen[0].can_purge:
            return
        hide_message(self.message_label)
        dialog = PurgeDialog(chosen[0], self)
        dialog.finished.connect(self._on_purge_dialog_finished)
        self.purge_dialog = dialog
        dialog.open()

    @Slot(int)
    def _on_purge_dialog_finished(self, result: int) -> None:
        dialog, self.purge_dialog = self.purge_dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted:
            return
        uuid = dialog.row.session_uuid
        service = self._service
        self._start("purge", lambda _progress: service.purge(uuid), self.tr("Menghapus salinan lokal…"))

    def _show_purged(self, purged: PurgedSession) -> None:
        text = self.tr("Salinan lokal sesi '{title}' dihapus ({count} peserta). Yang tersisa hanya catatan tanpa "
                       "data pribadi.").format(title=purged.title, count=purged.assessees)
        kind = "info"
        if purged.backups:
            text += " " + self.tr("Perhatian: {count} salinan cadangan basis data di {folder} masih memuat data "
                                  "sesi ini; hapus bila tidak diperlukan.").format(
                count=len(purged.backups), folder=purged.backups[0].parent)
            kind = "warning"
        show_message(self.message_label, text, kind)

    # -- tasks -------------------------------------------------------------------------------------
    def _start(self, task: str, fn, text: str) -> None:
        self._task = task
        self.progress_label.setText(text)
        self.progress_bar.setRange(0, 0)
        self.stop_button.setVisible(task == "receipts")
        self.busy.show()
        self._update_buttons()
        self._runner.start(fn)

    def _end(self) -> str:
        task, self._task = self._task, ""
        self.busy.hide()
        return task

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, text: str) -> None:
        if self._task:
            self.progress_bar.setRange(0, max(total, 1))
            self.progress_bar.setValue(done)

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        task = self._end()
        if not task:
            return  # the export dialog's task (it shares no runner with us unless told to)
        self.refresh()
        if task == "receipts":
            self._show_receipts(result)  # type: ignore[arg-type]
        elif task == "purge":
            self._show_purged(result)  # type: ignore[arg-type]
            self.session_purged.emit(result.session_uuid)  # type: ignore[attr-defined]
        self.sessions_changed.emit()

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        task = self._end()
        if not task:
            return
        self.refresh()
        show_message(self.message_label, message[:1].upper() + message[1:], "error")

    @Slot()
    def _on_task_cancelled(self) -> None:
        task = self._end()
        if not task:
            return
        self.refresh()
        show_message(self.message_label, self.tr("Dihentikan. Tanda terima yang sudah diperiksa tetap tercatat."),
                     "warning")
        self.sessions_changed.emit()


# -- screenshots --------------------------------------------------------------------------------------


def screenshot(out_dir: Path) -> list[Path]:
    """`delivery.png` (three sealed sessions: received, exported, not yet exported; one purged),
    `delivery_export.png` (the export dialog, the centre key about to be created) and
    `delivery_purge.png` (the confirmation before a delivered session's local copy is deleted)."""
    from desktop.gui import shots
    from desktop.services.demo import finish_by_consensus, load_demo
    from desktop.services.stores import open_centre_store

    app, out_dir = shots.prepare(out_dir)
    targets = [out_dir / "delivery.png", out_dir / "delivery_export.png", out_dir / "delivery_purge.png"]
    with tempfile.TemporaryDirectory(prefix="asesmen-delivery-") as tmp:
        folder = Path(tmp)
        store = open_centre_store(folder / "centre.sqlite")
        try:
            service = DeliveryService(store, actor="ketua")
            uuids = []
            for title in ("Seleksi Terbuka JPT Pratama 2026", "Pemetaan Kompetensi Pengawas 2026",
                          "Pemetaan Kompetensi Pejabat Administrasi 2026 - Gelombang 1",
                          "Uji Kompetensi Jabatan Fungsional 2026"):
                uuid = load_demo(service.assessment, _renamed_sample(title, len(uuids)))
                finish_by_consensus(service.assessment, uuid)
                uuids.append(uuid)
            _deliver_sample(service, folder, uuids)
            settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
            settings.setValue(BKD_KEY_SETTING, str(folder / "bkd" / keys.BKD_RECIPIENT_FILE))
            widget = DeliveryWidget(service, settings, keys_dir=folder / "keys")
            widget.resize(*SIZE)
            widget.show()
            widget.select_sessions([uuids[1]])
            show_message(widget.message_label, QCoreApplication.translate(
                "DeliveryWidget", "1 tanda terima dicatat: sesinya kini berstatus diterima BKD."), "info")
            shots.settle(3)
            shots.grab(widget, targets[0])
            widget.select_sessions([uuids[2], uuids[3]])
            (folder / "usb").mkdir()
            settings.setValue(OUT_DIR_SETTING, str(folder / "usb"))
            widget.export_button.click()
            dialog = widget.export_dialog
            assert dialog is not None
            dialog.password_edit.setText("kata-sandi-contoh")
            dialog.confirm_edit.setText("kata-sandi-contoh")
            shots.settle(3)
            shots.grab(dialog, targets[1])
            dialog.reject()
            app.processEvents()
            widget.select_sessions([uuids[1]])
            widget.purge_button.click()
            confirm = widget.purge_dialog
            assert confirm is not None
            confirm.understood_check.setChecked(True)
            shots.settle(3)
            shots.grab(confirm, targets[2])
            confirm.reject()
            app.processEvents()
            shots.dispose(widget)
            app.processEvents()
        finally:
            store.close()
    return targets


def _renamed_sample(title: str, n: int) -> dict:
    """The sample data under another title (people renamed so the sessions differ)."""
    from desktop import resources

    data = resources.load_json("sample", "demo.json")
    data["session"] = {**data["session"], "title": title}
    for i, person in enumerate(data["assessees"]):
        person["nip"] = person["nip"][:-3] + f"{100 + n * 10 + i:03d}"
    return data


def _deliver_sample(service: DeliveryService, folder: Path, uuids: list[str]) -> None:
    """Sessions 0 and 1 exported and received (0 then purged), session 2 exported, 3 not yet."""
    from desktop.services import receipts
    from desktop.services.receipts import Receipt, ReceiptSession

    bkd = keys.create_bkd_keys(folder / "bkd", "kata-sandi-bkd")
    centre = keys.generate_centre_key()
    exported = [service.export([uuid], folder / "usb-sent", centre, [bkd.identity.recipient],
                               sequence_file=folder / keys.SEQUENCE_FILE, bkd_receipt_key_id=bkd.receipt_key.key_id)
                for uuid in uuids[:3]]
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    for bundle in exported[:2]:
        seal = service.row(bundle.sessions[0]).seal_hash
        receipt = Receipt(bundle.bundle_id, bundle.sha256, now, now, "BKD Provinsi Banten (contoh)",
                          bkd.receipt_key.key_id, (ReceiptSession(bundle.sessions[0], seal),))
        path = folder / receipt.file_name
        path.write_bytes(receipts.receipt_file_bytes(receipt, bkd.receipt_key))
        service.import_receipt(path, bkd.receipt_key.public_key)
    service.purge(uuids[0], compact=False)


__all__ = ["DeliveryWidget", "ExportDialog", "PurgeDialog", "screenshot"]
