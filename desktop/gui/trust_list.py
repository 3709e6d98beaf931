"""BKD's trust list: the centre public keys whose bundles the central database accepts.

Add a centre's key from its `centre.pub` file with the centre's name; revoke a key after a confirmation
that names its id (from then on its bundles are rejected; a revoked key cannot be trusted again).
Errors are one line inside the screen.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AsesmenError
from desktop.gui import i18n
from desktop.gui.central_login import RowsModel
from desktop.gui.login import InlineError, heading, line_edit, note, sentence, settle_minimum_size
from desktop.gui.timestamps import format_when
from desktop.gui.widgets import fit_columns_to_contents, read_only_table, select_row
from desktop.services.keys import TrustedKey, TrustList

SIZE = (1100, 640)
PUBKEY_DIR_KEY = "central/trust_pubkey_dir"
REVOKED_COLOUR = "#8a1c14"
COLUMN_PADDING = 24


class TrustListWidget(QWidget):
    """The trust list of one central database. `key_added(key_id)` and `key_revoked(key_id)` fire after
    the change is stored (the table is refreshed by then)."""

    key_added = Signal(str)
    key_revoked = Signal(str)

    NAME, KEY_ID, ADDED, REVOKED = range(4)

    def __init__(self, trust: TrustList, settings: QSettings | None = None, parent: QWidget | None = None, *,
                 language: str = i18n.SOURCE_LANGUAGE) -> None:
        super().__init__(parent)
        self._trust = trust
        self._settings = settings
        self._locale = i18n.locale_for(language)
        self._pending_revoke: TrustedKey | None = None
        self.model = RowsModel((self.tr("Pusat asesmen"), self.tr("ID kunci"), self.tr("Ditambahkan"),
                                self.tr("Dicabut")), self)
        self._build()
        self._connect_callbacks()
        self.refresh()
        settle_minimum_size(self)  # fixed now: the confirmation coming and going never resizes the window

    # -- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        title = heading(self.tr("Kunci tepercaya"), 1.15)
        intro = note(self.tr(
            "Bundel hanya diterima bila ditandatangani kunci pusat asesmen yang ada di daftar ini dan belum "
            "dicabut. Terima berkas kunci publik (centre.pub) langsung dari pusat asesmen, lalu cocokkan ID "
            "kuncinya dengan pusat tersebut, mis. lewat telepon."))
        self.table = read_only_table(QTableView(), alternating=True, header_padding="2px 4px")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Daftar kunci tepercaya"))
        self.count_label = note()
        self.count_label.setAccessibleName(self.tr("Jumlah kunci"))

        self.revoke_button = QPushButton(self.tr("&Cabut kunci terpilih…"))
        self.revoke_button.setAccessibleName(self.tr("Cabut kunci terpilih"))
        self.revoke_button.setToolTip(self.tr("Cabut kunci terpilih (Delete pada daftar)"))
        self.revoke_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        self.revoke_shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

        # Inline confirmation: names the key and what revoking means; nothing happens until confirmed.
        self.confirm_frame = QFrame()
        self.confirm_frame.setObjectName("confirmRevoke")
        self.confirm_frame.setStyleSheet(
            "#confirmRevoke { background: #fff4e5; border: 1px solid #f0b96b; border-radius: 4px; }"
            " #confirmRevoke QLabel { background: transparent; }")
        self.confirm_label = QLabel()
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setAccessibleName(self.tr("Konfirmasi pencabutan"))
        self.confirm_button = QPushButton()
        self.confirm_button.setAccessibleName(self.tr("Ya, cabut kunci"))
        self.confirm_cancel = QPushButton(self.tr("Batal"))
        self.confirm_cancel.setAccessibleName(self.tr("Batal mencabut"))
        confirm_layout = QVBoxLayout(self.confirm_frame)
        confirm_layout.addWidget(self.confirm_label)
        confirm_buttons = QHBoxLayout()
        confirm_buttons.addStretch(1)
        confirm_buttons.addWidget(self.confirm_button)
        confirm_buttons.addWidget(self.confirm_cancel)
        confirm_layout.addLayout(confirm_buttons)
        self.confirm_frame.hide()

        self.name_edit = line_edit(self.tr("Nama pusat asesmen"), self.tr("mis. UPT Penilaian Kompetensi BKD Kota"))
        self.file_edit = line_edit(self.tr("Berkas kunci publik"), self.tr("centre.pub"), max_length=1000)
        self.file_button = QPushButton(self.tr("P&ilih…"))
        self.file_button.setAccessibleName(self.tr("Pilih berkas kunci publik"))
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.file_button)
        self.add_button = QPushButton(self.tr("&Tambah ke daftar"))
        self.add_button.setAccessibleName(self.tr("Tambah kunci ke daftar kepercayaan"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("&Nama pusat asesmen:"), self.name_edit)
        form.addRow(self.tr("&Berkas kunci publik:"), file_row)
        label = form.labelForField(file_row)
        if isinstance(label, QLabel):
            label.setBuddy(self.file_edit)
        add_row = QHBoxLayout()
        add_row.addStretch(1)
        add_row.addWidget(self.add_button)
        form.addRow(add_row)
        self.add_box = QGroupBox(self.tr("Tambah kunci pusat asesmen"))
        self.add_box.setLayout(form)

        self.error_label = InlineError(self.tr("Pesan kesalahan"))
        self.status_label = note()
        self.status_label.setAccessibleName(self.tr("Keterangan"))

        table_row = QHBoxLayout()
        table_row.addWidget(self.count_label, 1)
        table_row.addWidget(self.revoke_button)
        self.add_box.setMaximumWidth(760)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(table_row)
        layout.addWidget(self.confirm_frame)
        layout.addWidget(self.add_box)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)

    def _connect_callbacks(self) -> None:
        self.file_button.clicked.connect(self._on_browse_clicked)
        self.add_button.clicked.connect(self.add_key)
        self.name_edit.returnPressed.connect(self.add_key)
        self.file_edit.returnPressed.connect(self.add_key)
        self.name_edit.textEdited.connect(self._on_edited)
        self.file_edit.textEdited.connect(self._on_edited)
        self.revoke_button.clicked.connect(self.ask_revoke)
        self.revoke_shortcut.activated.connect(self.ask_revoke)
        self.confirm_button.clicked.connect(self.confirm_revoke)
        self.confirm_cancel.clicked.connect(self.cancel_revoke)
        self.table.selectionModel().currentRowChanged.connect(self._on_selection_changed)

    # -- reading -----------------------------------------------------------------------------------
    def refresh(self, select_key_id: str | None = None) -> None:
        try:
            keys = self._trust.entries()
        except AsesmenError as exc:
            self._show_error(self.tr("Daftar kunci tidak dapat dibaca: {message}").format(message=exc))
            keys = []
        rows = [(k.name, k.key_id, format_when(k.added_at, self._locale),
                 format_when(k.revoked_at, self._locale) if k.revoked else self.tr("–")) for k in keys]
        tips = [self.tr("Dicabut: bundel bertanda tangan kunci ini ditolak") if k.revoked else "" for k in keys]
        self.model.set_rows(rows, payloads=keys, colours=[REVOKED_COLOUR if k.revoked else "" for k in keys],
                            tips=tips)
        active = sum(not k.revoked for k in keys)
        self.count_label.setText(self.tr("{n} kunci aktif, {r} dicabut").format(n=active, r=len(keys) - active))
        fit_columns_to_contents(self.table, stretch=(self.NAME,), padding=COLUMN_PADDING)
        row = next((i for i, k in enumerate(keys) if k.key_id == select_key_id), None)
        if row is not None:
            select_row(self.table, row)
        self._update_buttons()

    def trusted_keys(self) -> list[TrustedKey]:
        return [self.model.payload(r) for r in range(self.model.rowCount())]  # type: ignore[misc]

    def selected_key(self) -> TrustedKey | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.payload(index.row()) if index.isValid() else None  # type: ignore[return-value]

    def select_key(self, key_id: str) -> None:
        self.refresh(select_key_id=key_id)

    # -- adding ------------------------------------------------------------------------------------
    @Slot()
    def _on_browse_clicked(self) -> None:
        start = self._settings.value(PUBKEY_DIR_KEY, "") if self._settings is not None else ""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Pilih berkas kunci publik pusat asesmen"), str(start),
                                              self.tr("Kunci publik minisign (*.pub);;Semua berkas (*)"))
        if path:
            self.file_edit.setText(path)
            if self._settings is not None:
                self._settings.setValue(PUBKEY_DIR_KEY, str(Path(path).parent))
            if not self.name_edit.text().strip():
                self.name_edit.setFocus()

    @Slot()
    def _on_edited(self) -> None:
        self.error_label.clear_message()

    @Slot()
    def add_key(self) -> None:
        name, file = self.name_edit.text().strip(), self.file_edit.text().strip()
        if not name:
            self._show_error(self.tr("Isi nama pusat asesmen pemilik kunci."))
            self.name_edit.setFocus()
            return
        if not file:
            self._show_error(self.tr("Pilih berkas kunci publik (centre.pub) dari pusat asesmen."))
            self.file_edit.setFocus()
            return
        try:
            key = self._trust.add_file(name, Path(file).expanduser())
        except AsesmenError as exc:
            self._show_error(sentence(str(exc)))
            return
        self.error_label.clear_message()
        self.name_edit.clear()
        self.file_edit.clear()
        self.refresh(select_key_id=key.key_id)
        self.status_label.setText(self.tr("Kunci {key_id} milik {name} ditambahkan ke daftar kepercayaan.").format(
            key_id=key.key_id, name=key.name))
        self.key_added.emit(key.key_id)

    # -- revoking ----------------------------------------------------------------------------------
    @Slot()
    def ask_revoke(self) -> None:
        key = self.selected_key()
        if key is None or key.revoked:
            return
        self._pending_revoke = key
        self.confirm_label.setText(self.tr(
            "Cabut kunci {key_id} milik {name}? Sejak saat ini setiap bundel yang ditandatangani kunci ini "
            "ditolak. Pencabutan tidak dapat dibatalkan: kunci ini tidak dapat dipercaya lagi.").format(
            key_id=key.key_id, name=key.name))
        self.confirm_button.setText(self.tr("Cabut kunci {key_id}").format(key_id=key.key_id))
        self.confirm_frame.show()
        self.confirm_cancel.setFocus()  # the safe choice has the focus
        self._update_buttons()

    @Slot()
    def cancel_revoke(self) -> None:
        self._pending_revoke = None
        self.confirm_frame.hide()
        self._update_buttons()
        self.table.setFocus()

    @Slot()
    def confirm_revoke(self) -> None:
        key, self._pending_revoke = self._pending_revoke, None
        self.confirm_frame.hide()
        if key is None:
            return
        try:
            revoked = self._trust.revoke(key.key_id)
        except AsesmenError as exc:
            self._show_error(sentence(str(exc)))
            self._update_buttons()
            return
        self.refresh(select_key_id=revoked.key_id)
        self.status_label.setText(self.tr("Kunci {key_id} ({name}) dicabut.").format(
            key_id=revoked.key_id, name=revoked.name))
        self.key_revoked.emit(revoked.key_id)
        self.table.setFocus()

    # -- state -------------------------------------------------------------------------------------
    @Slot()
    def _on_selection_changed(self) -> None:
        if self._pending_revoke is not None:
            self.cancel_revoke()
        self._update_buttons()

    def _update_buttons(self) -> None:
        key = self.selected_key()
        self.revoke_button.setEnabled(key is not None and not key.revoked and self._pending_revoke is None)

    def _show_error(self, text: str) -> None:
        self.status_label.setText("")
        self.error_label.show_message(text)

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def shutdown(self) -> None:
        """Nothing runs off the GUI thread here; for the window's uniform shutdown."""


# -- screenshots -------------------------------------------------------------------------------------
def screenshot(out_dir: Path) -> list[Path]:
    """`trust_list.png`: two trusted centres, one revoked, and the confirmation of a revocation."""
    import tempfile

    from desktop.gui import shots
    from desktop.services.keys import generate_centre_key, write_public_key
    from desktop.services.stores import open_central_store

    _app, out_dir = shots.prepare(out_dir)
    target = out_dir / "trust_list.png"
    with tempfile.TemporaryDirectory(prefix="asesmen-trust-") as tmp:
        store = open_central_store(Path(tmp) / "central.sqlite")
        try:
            trust = TrustList(store)
            for i, name in enumerate(("UPT Penilaian Kompetensi BKD Provinsi Contoh",
                                      "Pusat Asesmen Kabupaten Sampel", "UPT Asesmen Kota Fiktif (laptop lama)")):
                pub = write_public_key(generate_centre_key(), Path(tmp) / f"centre-{i}.pub")
                trust.add_file(name, pub)
            trust.revoke(trust.entries()[2].key_id)
            widget = TrustListWidget(trust)
            widget.resize(*SIZE)
            widget.show()
            widget.select_key(trust.entries()[1].key_id)
            widget.ask_revoke()
            widget.name_edit.setText("UPT Penilaian Kompetensi Kabupaten Contoh")
            widget.file_edit.setText("/media/flashdisk/centre.pub")
            shots.settle(3)
            shots.grab(widget, target)
            shots.dispose(widget)
        finally:
            store.close()
    return [target]


__all__ = ["TrustListWidget", "screenshot"]
