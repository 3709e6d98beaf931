"""BKD's central workspace: opening the central database behind the sign-in window, first run, sign-in.

`asesmen --central URL` (a SQLAlchemy URL or a SQLite file) opens the central database on a worker
thread while the sign-in window is already on screen; a database without users asks for the first BKD
administrator instead. The dialogs are login.py's (hashing and checking off the GUI thread) with BKD's
texts; the database opens the way the centre store does (pending_store.py).
A database that cannot be opened is one Indonesian line inside the window, never a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from desktop.domain.errors import AsesmenError
from desktop.gui.login import FirstRunDialog, LoginDialog, _align_labels, _TaskDialog, heading, note
from desktop.gui.models import ModelIndex, ReadOnlyTableModel
from desktop.gui.pending_store import PendingStore
from desktop.gui.tasks import TaskFn
from desktop.services.progress import Progress

if TYPE_CHECKING:
    from desktop.services.central_accounts import CentralAccounts, CentralUser

_URL_PASSWORD = re.compile(r"(://[^/:@]*:)[^/@]*@")


def masked_location(location: str | Path) -> str:
    """The location as it may be shown: a password inside a URL is replaced by ***."""
    return _URL_PASSWORD.sub(r"\1***@", str(location))


# -- shared by the central workspace's screens ------------------------------------------------------
class RowsModel(ReadOnlyTableModel):
    """A read-only table of text rows; each row may carry a payload, a text colour and a tooltip.

    `numeric` columns are right-aligned.
    """

    def __init__(self, headers: Sequence[str], parent: QObject | None = None, numeric: Sequence[int] = ()) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[tuple[str, ...]] = []
        self._payloads: list[object] = []
        self._colours: list[str] = []
        self._tips: list[str] = []
        self._numeric = set(numeric)

    def set_rows(self, rows: Sequence[Sequence[object]], payloads: Sequence[object] | None = None,
                 colours: Sequence[str] | None = None, tips: Sequence[str] | None = None) -> None:
        self._payloads = list(payloads) if payloads is not None else [None] * len(rows)
        self._colours = list(colours) if colours is not None else [""] * len(rows)
        self._tips = list(tips) if tips is not None else [""] * len(rows)
        self._reset_rows(tuple("" if v is None else str(v) for v in row) for row in rows)

    def payload(self, row: int) -> object:
        return self._payloads[row]

    def text(self, row: int, column: int) -> str:
        return self._rows[row][column]

    def column_texts(self, column: int) -> list[str]:
        return [row[column] for row in self._rows]

    def header_alignment(self, section: int) -> Qt.AlignmentFlag | None:
        return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter if section in self._numeric else None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[row][col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[row] or (self._rows[row][col] if len(self._rows[row][col]) > 40 else None)
        if role == Qt.ItemDataRole.ForegroundRole and self._colours[row]:
            return QColor(self._colours[row])
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self._numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


_SERVER_REASONS = (  # what a PostgreSQL driver says -> what BKD's officer reads
    (re.compile(r"connection refused", re.I), "server menolak sambungan (server mati, atau port salah)"),
    (re.compile(r"timeout expired|timed out", re.I), "server tidak menjawab (waktu habis)"),
    (re.compile(r"could not translate host name|name or service not known|nodename nor servname", re.I),
     "nama server tidak dikenal"),
    (re.compile(r"password authentication failed|no password supplied", re.I),
     "pengguna atau kata sandi basis data ditolak"),
    (re.compile(r'database "[^"]*" does not exist', re.I), "basis data itu tidak ada di server"),
    (re.compile(r"no route to host|network is unreachable", re.I), "jaringan ke server tidak tersedia"),
    (re.compile(r"file is not a database", re.I), "berkas itu bukan basis data"),
    (re.compile(r"unable to open database file", re.I), "berkas tidak dapat dibuka atau dibuat (periksa folder dan "
                                                         "hak aksesnya)"),
)


def _server_reason(detail: str) -> str | None:
    for pattern, reason in _SERVER_REASONS:
        if pattern.search(detail):
            return QCoreApplication.translate("CentralStartup", reason)
    return None


def central_error_message(location: str | Path, exc: BaseException) -> str:
    """The one line shown when the central database cannot be opened (never a traceback)."""
    if isinstance(exc, AsesmenError):
        detail = str(exc)
        for prefix in ("berkas basis data tidak dapat dibuka: ",):  # our line says so already
            if detail.startswith(prefix):
                detail = detail[len(prefix):]
        detail = _server_reason(detail) or detail
    elif isinstance(exc, ModuleNotFoundError):
        detail = QCoreApplication.translate("CentralStartup", "pengandar basis data tidak terpasang ({name})").format(
            name=exc.name or exc)
    elif isinstance(exc, OSError):
        detail = QCoreApplication.translate(
            "CentralStartup", "berkas tidak dapat dibuat atau dibaca ({reason})").format(reason=exc.strerror or exc)
    else:
        detail = f"{type(exc).__name__}: {exc}"
    detail = " ".join(detail.split()).rstrip(".")
    text = QCoreApplication.translate("CentralStartup",
                                      "Basis data pusat tidak dapat dibuka: {detail}. Lokasi: {where}")
    return text.format(detail=detail, where=masked_location(location))


def fit_height(dialog: QWidget) -> None:
    """Make a dialog tall enough for what its wrapped labels now say (a long error), keeping its width."""
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    needed = layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth() else layout.sizeHint().height()
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)


class PendingCentralStore(PendingStore):
    """The central database opening on a worker thread; `result()` is its `CentralAccounts`.

    `ready()` fires on the GUI thread once it is open, `failed(str)` (the raw error) when it cannot be;
    `store` is the open Store (the caller closes it).
    """

    def __init__(self, location: str | Path, parent=None) -> None:
        super().__init__(Path(), parent)
        self.location = str(location)

    def _open_store(self) -> None:
        import desktop.gui.central_window  # noqa: F401  (warm: the window that follows the sign-in)
        from desktop.services.central_accounts import CentralAccounts
        from desktop.services.stores import open_central_store

        self.store = open_central_store(self.location)
        self.accounts = CentralAccounts(self.store)  # type: ignore[assignment]

    def error_message(self) -> str:
        return central_error_message(self.location, self.error) if self.error is not None else ""


def role_label(role: object) -> str:
    """A BKD role as the interface names it: Administrator, Operator, Analis."""
    value = str(getattr(role, "value", role))
    if value == "admin":
        return QCoreApplication.translate("CentralRole", "Administrator")
    if value == "operator":
        return QCoreApplication.translate("CentralRole", "Operator")
    if value == "analyst":
        return QCoreApplication.translate("CentralRole", "Analis")
    return value


class CentralFirstRunDialog(FirstRunDialog):
    """A new central database: the first BKD administrator. `user_created(CentralUser)` fires on success,
    the dialog is accepted and `accepted_user` holds the administrator, who is then signed in."""

    def __init__(self, accounts: CentralAccounts, location: str = "", parent: QWidget | None = None) -> None:
        self._location = location
        super().__init__(accounts, parent)  # type: ignore[arg-type]

    def _build(self) -> None:
        location = self._location
        self.setWindowTitle(self.tr("Penyiapan awal – Basis data pusat BKD"))
        title = heading(self.tr("Basis data pusat BKD yang baru"))
        intro = note(self.tr(
            "Basis data pusat ini belum memiliki pengguna. Buat akun administrator BKD pertama; administrator "
            "kemudian menambahkan operator (impor bundel, kunci tepercaya) dan analis (melihat dan mengekspor "
            "hasil)."))
        self.location_label = note(self.tr("Basis data: {where}").format(where=masked_location(location)))
        self.location_label.setAccessibleName(self.tr("Lokasi basis data pusat"))
        if not location:
            self.location_label.hide()
        form = self._admin_form(self.tr("beserta gelar"))
        _align_labels(form)
        self._build_buttons(self.tr("Simpan administrator"))
        self._lay_out((title, intro, self.location_label, form), min_width=520)

    def _fields(self) -> tuple[QLineEdit, ...]:
        return self.username, self.full_name, self.password, self.confirm

    def _complete(self) -> bool:
        if not self.username.text().strip() or not self.full_name.text().strip():
            self._show_error(self.tr("Isi nama pengguna dan nama lengkap administrator."))
            (self.username if not self.username.text().strip() else self.full_name).setFocus()
            return False
        return True

    def _creation(self) -> TaskFn:
        accounts = self._accounts
        username, full_name = self.username.text().strip(), self.full_name.text().strip()
        password = self.password.text()

        def create(_progress: Progress) -> CentralUser:
            return accounts.first_run(username, full_name, password)  # type: ignore[call-arg]

        return create


class CentralLoginDialog(LoginDialog):
    """A BKD user's name and password. Usable at once while the database still opens (a
    PendingCentralStore): the check waits for it on the worker thread. When the database cannot be
    opened, the reason is shown in the window and signing in is disabled. `logged_in(CentralUser)` fires
    and the dialog is accepted on success; `first_run_needed()` when the database turns out to be new."""

    first_run_needed = Signal()

    def __init__(self, accounts: CentralAccounts | PendingCentralStore, location: str = "",
                 parent: QWidget | None = None) -> None:
        _TaskDialog.__init__(self, parent)  # LoginDialog.__init__ reads the centre's profile; BKD has none
        pending = accounts if isinstance(accounts, PendingCentralStore) else None
        self._accounts = pending.result if pending is not None else (lambda: accounts)
        self._pending = pending
        self.user: CentralUser | None = None
        self.open_failed = False
        self.wants_first_run = False
        location = location or (pending.location if pending is not None else "")
        self.setWindowTitle(self.tr("Masuk – Basis data pusat BKD"))
        self.setModal(True)
        self._build(location)
        self._connect_callbacks()
        if pending is not None:
            if pending.is_done():
                self._on_store_settled()
            else:
                self.status_label.setText(self.tr("Membuka basis data pusat…"))
                pending.ready.connect(self._on_store_settled)
                pending.failed.connect(self._on_store_settled)
        self.username.setFocus()

    def _build(self, location: str) -> None:  # type: ignore[override]
        title = heading(self.tr("Basis data pusat BKD"))
        self.location_label = note(masked_location(location))
        self.location_label.setAccessibleName(self.tr("Lokasi basis data pusat"))
        if not location:
            self.location_label.hide()
        self._build_form((title, self.location_label), self.tr("Masuk dengan akun BKD Anda untuk melanjutkan."),
                         right_aligned_labels=True, min_width=480)
        self.status_label.setAccessibleName(self.tr("Keadaan"))

    @Slot()
    def _on_store_settled(self) -> None:
        pending = self._pending
        assert pending is not None
        if not self._runner.is_running():
            self.status_label.setText("")
        if pending.error is not None:
            self.open_failed = True
            self.error_label.show_message(pending.error_message())
            fit_height(self)
            self.login_button.setEnabled(False)
            self.cancel_button.setText(self.tr("Tutup"))
            self.cancel_button.setFocus()
        elif pending.accounts is not None and pending.accounts.needs_first_run():
            self.wants_first_run = True
            self.first_run_needed.emit()

    def _verification(self, username: str, password: str) -> TaskFn:
        accounts = self._accounts
        return lambda _progress: accounts().login(username, password)  # a wrong password: its own line

    def _show_error(self, text: str) -> None:
        if self.open_failed and self._pending is not None:
            text = self._pending.error_message()
        super()._show_error(text)
        fit_height(self)


def central_sign_in(pending: PendingCentralStore, parent: QWidget | None = None) -> CentralUser | None:
    """The signed-in BKD user (the first administrator on a new database); None when cancelled or when
    the database could not be opened (then `pending.error` says why)."""
    login = CentralLoginDialog(pending, parent=parent)
    login.first_run_needed.connect(login.reject)
    accepted = not login.wants_first_run and login.exec() == QDialog.DialogCode.Accepted
    user = login.user if accepted else None
    wants_first_run = login.wants_first_run
    login.deleteLater()
    if not wants_first_run:
        return user
    first = CentralFirstRunDialog(pending.result(), pending.location, parent)
    accepted = first.exec() == QDialog.DialogCode.Accepted
    user = first.accepted_user if accepted else None
    first.deleteLater()
    return user


def wait_for(runner_dialog: _TaskDialog) -> None:
    """Screenshots: wait (with an event loop) until the dialog's running check has answered."""
    if runner_dialog.runner.is_running():
        loop = QEventLoop()
        runner_dialog.runner.finished.connect(loop.quit)
        loop.exec()


__all__ = ["CentralFirstRunDialog", "CentralLoginDialog", "PendingCentralStore", "RowsModel",
           "central_error_message", "central_sign_in", "masked_location", "role_label"]
