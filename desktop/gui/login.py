"""Signing in: the first-run set-up (centre profile + first administrator) and the login dialog.

Password hashing and verification (argon2id, a few tenths of a second) run off the GUI thread through a
TaskRunner, with the submit button disabled meanwhile, so the window never freezes.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.users import MIN_PASSWORD, CentreProfile, UserInfo
from desktop.gui.pending_store import PendingStore
from desktop.gui.tasks import TaskFn, TaskRunner

if TYPE_CHECKING:
    from desktop.services.accounts import AccountService
from desktop.services.progress import Progress

ERROR_STYLE = ("QLabel#inlineError { color: #8a1c14; background: #fdecea; border: 1px solid #f1b8b3;"
               " border-radius: 3px; padding: 5px 8px; }")


def sentence(message: str) -> str:
    """A service message ('kata sandi minimal 8 karakter') as a line to show: capitalised, with a full stop."""
    message = " ".join(message.split())
    if not message:
        return ""
    message = message[:1].upper() + message[1:]
    return message if message[-1] in ".!?" else message + "."


def heading(text: str, scale: float = 1.3) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def note(text: str = "") -> QLabel:
    """A secondary line (hint or explanation) in the palette's placeholder colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


class InlineError(QLabel):
    """One Indonesian line inside the form; hidden while empty, keeping its room so nothing jumps."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("inlineError")
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        policy = self.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.setSizePolicy(policy)
        self.hide()

    def show_message(self, text: str) -> None:
        if text and not self.text():
            # Selectable, so the line can be copied into a report. Set here rather than at build time:
            # touching the Qt namespace creates its ~90 enum types, ~30 ms before the sign-in could show.
            from PySide6.QtCore import Qt

            self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setText(text)
        self.setVisible(bool(text))

    def clear_message(self) -> None:
        self.show_message("")


def line_edit(accessible_name: str, placeholder: str = "", *, password: bool = False,
              max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(accessible_name)
    edit.setPlaceholderText(placeholder)
    edit.setMaxLength(max_length)
    edit.setMinimumWidth(280)
    if password:
        # Password echo also tells input methods the text is hidden and sensitive: no spell checking,
        # no prediction (QLineEdit sets ImhHiddenText, ImhNoPredictiveText and ImhSensitiveData itself).
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def settle_minimum_size(widget: QWidget) -> None:
    """Fix a window's minimum size from its layout before it is first shown.

    Left to the layout, the minimum would be set while the window already exists and again whenever the
    content changes (an error line appears): the platform is then asked to propagate new size hints,
    which the offscreen platform used by the tests reports as a warning. Inline messages keep their room
    while hidden, so the content does not need more space later.
    """
    hint = widget.minimumSizeHint()
    widget.setMinimumSize(max(hint.width(), widget.minimumWidth()), max(hint.height(), widget.minimumHeight()))


def _form(right_aligned_labels: bool = True) -> QFormLayout:
    """A form; the sign-in keeps the style's label alignment: see InlineError.show_message for why."""
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    if right_aligned_labels:
        from PySide6.QtCore import Qt

        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return form


def _align_labels(*forms: QFormLayout) -> None:
    """Give the label columns of several forms one width, so their fields line up."""
    labels = [form.itemAt(row, QFormLayout.ItemRole.LabelRole) for form in forms for row in range(form.rowCount())]
    widgets = [item.widget() for item in labels if item is not None and item.widget() is not None]
    width = max((w.sizeHint().width() for w in widgets), default=0)
    for w in widgets:
        w.setMinimumWidth(width)


def _button_row(status: QLabel, buttons: QDialogButtonBox) -> QHBoxLayout:
    """What is happening ('Memeriksa…') at the left, the dialog's buttons at the right."""
    row = QHBoxLayout()
    row.addWidget(status, 1)
    row.addWidget(buttons)
    return row


def dialog_buttons(accept: QPushButton, reject: QPushButton) -> QDialogButtonBox:
    """The dialog's two buttons: `accept` is the default (Enter), `reject` never is (Esc)."""
    accept.setDefault(True)
    reject.setAutoDefault(False)
    buttons = QDialogButtonBox()
    buttons.addButton(accept, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(reject, QDialogButtonBox.ButtonRole.RejectRole)
    return buttons


class _TaskDialog(QDialog):
    """A dialog that runs one short service call at a time off the GUI thread."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._runner = TaskRunner(self)
        self._runner.connect_slots(succeeded=self._on_task_succeeded, failed=self._on_task_failed,
                                   finished=self._on_task_finished)
        self._on_success: Callable[[object], None] | None = None
        self._is_done = False

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    def _run(self, fn: TaskFn, on_success: Callable[[object], None]) -> None:
        self._on_success = on_success
        self._set_busy(True)
        self._runner.start(fn)

    def _set_busy(self, busy: bool) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def _show_error(self, text: str) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        if not self._is_done and self._on_success is not None:
            self._on_success(result)

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        if not self._is_done:
            self._show_error(sentence(message))

    @Slot()
    def _on_task_finished(self) -> None:
        self._on_success = None
        if not self._is_done:
            self._set_busy(False)

    def showEvent(self, event: QShowEvent) -> None:
        self._is_done = False  # shown again after closing: results count again
        super().showEvent(event)

    def done(self, result: int) -> None:
        # Closing while the worker still verifies: wait for it (under a second) so that no result
        # arrives for a dialog that is gone; a late result is ignored.
        self._is_done = True
        if self._runner.is_running():
            self._runner.wait()
        super().done(result)


class FirstRunDialog(_TaskDialog):
    """The first start: the centre profile and the first administrator, created together or not at all.

    `user_created(UserInfo)` fires on success, the dialog is accepted and `accepted_user` holds the new
    administrator (who is then signed in).
    """

    user_created = Signal(object)

    def __init__(self, accounts: AccountService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self.accepted_user: UserInfo | None = None
        self.setModal(True)
        self._build()
        self._connect_callbacks()
        self._fields()[0].setFocus()

    def _build(self) -> None:
        self.setWindowTitle(self.tr("Penyiapan awal – Asesmen"))
        title = heading(self.tr("Selamat datang di Asesmen"))
        intro = note(self.tr(
            "Sebelum mulai, isi profil pusat asesmen (dicetak pada setiap lembar hasil) dan buat akun "
            "administrator pertama. Administrator kemudian menambahkan akun ketua tim dan asesor."))

        self.centre_name = line_edit(self.tr("Nama pusat asesmen"),
                                     self.tr("mis. UPT Penilaian Kompetensi BKD Provinsi Banten"))
        self.agency = line_edit(self.tr("Instansi"), self.tr("mis. Badan Kepegawaian Daerah Provinsi Banten"))
        self.head_name = line_edit(self.tr("Pimpinan penyelenggara"), self.tr("nama lengkap beserta gelar"))
        centre_box = QGroupBox(self.tr("Pusat asesmen"))
        centre_form = _form()
        centre_form.addRow(self.tr("&Nama pusat asesmen:"), self.centre_name)
        centre_form.addRow(self.tr("&Instansi:"), self.agency)
        centre_form.addRow(self.tr("Pi&mpinan penyelenggara:"), self.head_name)
        centre_box.setLayout(centre_form)

        admin_box = QGroupBox(self.tr("Administrator pertama"))
        admin_form = self._admin_form()
        admin_box.setLayout(admin_form)
        self._build_buttons(self.tr("Simpan profil dan administrator"))
        _align_labels(centre_form, admin_form)

        self._lay_out((title, intro, centre_box, admin_box), min_width=560)

    def _admin_form(self, full_name_placeholder: str = "") -> QFormLayout:
        """The first administrator: username, full name, password twice (the fields become attributes)."""
        self.username = line_edit(self.tr("Nama pengguna administrator"),
                                  self.tr("huruf, angka, titik atau garis bawah"), max_length=64)
        self.full_name = line_edit(self.tr("Nama lengkap administrator"), full_name_placeholder)
        self.password = line_edit(self.tr("Kata sandi"), password=True)
        self.confirm = line_edit(self.tr("Ulangi kata sandi"), password=True)
        self.password_hint = note(self.tr("Minimal {n} karakter.").format(n=MIN_PASSWORD))
        form = _form()
        form.addRow(self.tr("Nama &pengguna:"), self.username)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("&Kata sandi:"), self.password)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.confirm)
        form.addRow("", self.password_hint)
        return form

    def _build_buttons(self, save_name: str) -> None:
        """The error line, the status line and Simpan / Batal (`save_name` is Simpan's accessible name)."""
        self.error_label = InlineError(self.tr("Pesan kesalahan"))
        self.status_label = note()
        self.save_button = QPushButton(self.tr("Simpan"))
        self.save_button.setAccessibleName(save_name)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.buttons = dialog_buttons(self.save_button, self.cancel_button)

    def _lay_out(self, items: tuple[QWidget | QFormLayout, ...], min_width: int) -> None:
        """`items` from the top, then the error line, the status and the buttons."""
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        for item in items:
            if isinstance(item, QFormLayout):
                layout.addLayout(item)
            else:
                layout.addWidget(item)
        layout.addWidget(self.error_label)
        layout.addLayout(_button_row(self.status_label, self.buttons))
        self.setMinimumWidth(min_width)
        settle_minimum_size(self)

    def _fields(self) -> tuple[QLineEdit, ...]:
        """The text fields, in order (the first has the focus at the start)."""
        return (self.centre_name, self.agency, self.head_name, self.username, self.full_name, self.password,
                self.confirm)

    def _connect_callbacks(self) -> None:
        self.buttons.accepted.connect(self._on_save_clicked)
        self.buttons.rejected.connect(self.reject)
        for edit in self._fields():
            edit.textEdited.connect(self._on_text_edited)

    @Slot()
    def _on_text_edited(self) -> None:
        self.error_label.clear_message()

    def _complete(self) -> bool:
        """Say what is missing (and go there) before anything is saved."""
        missing = next((edit for edit in (self.centre_name, self.agency, self.head_name)
                        if not edit.text().strip()), None)
        if missing is not None:
            self._show_error(self.tr("Lengkapi nama pusat asesmen, instansi dan pimpinan penyelenggara."))
            missing.setFocus()
        return missing is None

    def _creation(self) -> TaskFn:
        """The service call that creates what the dialog shows (run on the worker thread)."""
        accounts = self._accounts
        centre = CentreProfile(self.centre_name.text(), self.agency.text(), self.head_name.text())
        username, full_name, password = self.username.text(), self.full_name.text(), self.password.text()

        def create(_progress: Progress) -> UserInfo:
            return accounts.first_run(centre, username, full_name, password)

        return create

    @Slot()
    def _on_save_clicked(self) -> None:
        if self._runner.is_running() or not self._complete():
            return
        if self.password.text() != self.confirm.text():
            self._show_error(self.tr("Kata sandi dan ulangannya tidak sama."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        self.error_label.clear_message()
        self._run(self._creation(), self._on_created)

    def _on_created(self, user: object) -> None:
        self.accepted_user = user  # type: ignore[assignment]
        self.user_created.emit(user)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.save_button.setEnabled(not busy)
        self.status_label.setText(self.tr("Menyimpan…") if busy else "")

    def _show_error(self, text: str) -> None:
        self.error_label.show_message(text)


class LoginDialog(_TaskDialog):
    """Username and password; `logged_in(UserInfo)` fires and the dialog is accepted on success."""

    logged_in = Signal(object)
    open_failed = False  # the store could not be opened: signing in is off (the central database's dialog)

    def __init__(self, accounts: AccountService | PendingStore, parent: QWidget | None = None) -> None:
        """`accounts` may still be opening (a PendingStore): the dialog is usable at once, and the
        password check waits for the store on the worker thread."""
        super().__init__(parent)
        self._accounts = accounts.result if isinstance(accounts, PendingStore) else (lambda: accounts)
        self.user: UserInfo | None = None
        self.setWindowTitle(self.tr("Masuk – Asesmen"))
        self.setModal(True)
        pending = isinstance(accounts, PendingStore) and not accounts.is_done()
        self._build(None if pending else self._accounts().centre())
        if pending:
            accounts.ready.connect(lambda: self._show_centre(accounts.result().centre()))
        self._connect_callbacks()
        self.username.setFocus()

    def _show_centre(self, centre: CentreProfile | None) -> None:
        if centre:
            self.centre_label.setText(centre.name)
            self.agency_label.setText(centre.agency)
            self.agency_label.setVisible(bool(centre.agency))

    def _build(self, centre: CentreProfile | None) -> None:
        self.centre_label = heading(centre.name if centre else "Asesmen")
        self.centre_label.setAccessibleName(self.tr("Pusat asesmen"))
        self.agency_label = note(centre.agency if centre else "")
        self.agency_label.setVisible(bool(centre and centre.agency))
        self._build_form((self.centre_label, self.agency_label), self.tr("Masuk dengan akun Anda untuk melanjutkan."),
                         right_aligned_labels=False, min_width=440)

    def _build_form(self, header: tuple[QLabel, ...], prompt_text: str, *, right_aligned_labels: bool,
                    min_width: int) -> None:
        """`header` (what is signed in to), the prompt, username and password, the error line, Masuk / Batal."""
        prompt = QLabel(prompt_text)
        prompt.setWordWrap(True)
        self.username = line_edit(self.tr("Nama pengguna"), max_length=64)
        self.password = line_edit(self.tr("Kata sandi"), password=True)
        form = _form(right_aligned_labels=right_aligned_labels)
        form.addRow(self.tr("Nama &pengguna:"), self.username)
        form.addRow(self.tr("&Kata sandi:"), self.password)

        self.error_label = InlineError(self.tr("Pesan kesalahan"))
        self.status_label = note()
        self.login_button = QPushButton(self.tr("Masuk"))
        self.login_button.setAccessibleName(self.tr("Masuk"))
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.buttons = dialog_buttons(self.login_button, self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        for label in header:
            layout.addWidget(label)
        layout.addSpacing(6)
        layout.addWidget(prompt)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(_button_row(self.status_label, self.buttons))
        self.setMinimumWidth(min_width)
        settle_minimum_size(self)

    def _connect_callbacks(self) -> None:
        self.buttons.accepted.connect(self._on_login_clicked)
        self.buttons.rejected.connect(self.reject)
        self.username.textEdited.connect(self._on_text_edited)
        self.password.textEdited.connect(self._on_text_edited)

    @Slot()
    def _on_text_edited(self) -> None:
        if not self.open_failed:
            self.error_label.clear_message()

    def _verification(self, username: str, password: str) -> TaskFn:
        """The password check (run on the worker thread): the user, or None for a wrong name or password."""
        accounts = self._accounts

        def verify(_progress: Progress) -> UserInfo | None:
            try:
                return accounts().login(username, password)
            except ValidationError:  # the only one login raises: wrong name or password, same message
                return None

        return verify

    @Slot()
    def _on_login_clicked(self) -> None:
        if self._runner.is_running() or self.open_failed:
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username or not password:
            self._show_error(self.tr("Isi nama pengguna dan kata sandi."))
            (self.username if not username else self.password).setFocus()
            return
        self.error_label.clear_message()
        self._run(self._verification(username, password), self._on_verified)

    def _on_verified(self, user: object) -> None:
        if user is None:
            self._show_error(self.tr("Nama pengguna atau kata sandi salah."))
            return
        self.password.clear()
        self.user = user
        self.logged_in.emit(user)
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        self.login_button.setEnabled(not busy and not self.open_failed)
        self.username.setReadOnly(busy)
        self.password.setReadOnly(busy)
        self.status_label.setText(self.tr("Memeriksa…") if busy else "")

    def _show_error(self, text: str) -> None:
        self.error_label.show_message(text)
        self.password.clear()
        self.password.setFocus()


def sign_in(accounts: AccountService, parent: QWidget | None = None) -> UserInfo | None:
    """The signed-in user: the first-run set-up on a new store, else the login; None when cancelled."""
    if accounts.needs_first_run():
        first = FirstRunDialog(accounts, parent)
        accepted = first.exec() == QDialog.DialogCode.Accepted
        user = first.accepted_user
        first.deleteLater()
    else:
        login = LoginDialog(accounts, parent)
        accepted = login.exec() == QDialog.DialogCode.Accepted
        user = login.user
        login.deleteLater()
    return user if accepted else None


# -- screenshots -------------------------------------------------------------------------------------
SAMPLE_CENTRE = CentreProfile("UPT Penilaian Kompetensi Contoh", "Badan Kepegawaian Daerah Provinsi Contoh",
                              "Dr. Hendra Wijaya Fiktif, M.Si.")


def screenshot(out_dir: Path) -> list[Path]:
    """`first_run.png`, `login.png` (after a wrong password) and `users.png` in `out_dir`, offscreen.

    Uses a temporary store with fictional accounts; needs (or creates) a QApplication.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.gui import shots
    from desktop.gui.users import UsersWidget
    from desktop.services.accounts import AccountService, Role
    from desktop.services.stores import open_centre_store

    app, out_dir = shots.prepare(out_dir)
    written: list[Path] = []

    def save(widget: QWidget, name: str) -> None:
        app.processEvents()
        written.append(shots.grab(widget, out_dir / name))

    import tempfile

    with tempfile.TemporaryDirectory(prefix="asesmen-login-shots-") as tmp:
        store = open_centre_store(Path(tmp) / "centre.sqlite")
        try:
            accounts = AccountService(store)
            first = FirstRunDialog(accounts)
            first.centre_name.setText(SAMPLE_CENTRE.name)
            first.agency.setText(SAMPLE_CENTRE.agency)
            first.head_name.setText(SAMPLE_CENTRE.head_name)
            first.username.setText("admin")
            first.full_name.setText("Siti Aminah Fiktif, S.Kom.")
            first.password.setText("rahasia-123")
            first.confirm.setText("rahasia-123")
            first.show()
            first.confirm.setFocus()
            first.centre_name.deselect()
            save(first, "first_run.png")
            first.close()

            admin = accounts.first_run(SAMPLE_CENTRE, "admin", "Siti Aminah Fiktif, S.Kom.", "rahasia-123")
            for username, name, role in (("bambang", "Drs. Bambang Sutrisno Fiktif, M.Psi.", Role.KETUA),
                                         ("ratna", "Ratna Dewi Contoh, S.Psi., M.M.", Role.ASESOR),
                                         ("agus", "Agus Salim Sampel, S.Sos., M.Si.", Role.ASESOR)):
                accounts.create_user(admin, username, name, role, "rahasia-456")

            login = LoginDialog(accounts)
            login.show()
            login.username.setText("ratna")
            login.password.setText("salah-sandi")
            loop = QEventLoop()
            login.runner.finished.connect(loop.quit)
            login.login_button.click()
            if login.runner.is_running():
                loop.exec()
            save(login, "login.png")
            login.close()

            users = UsersWidget(accounts, admin)
            users.resize(980, 520)
            users.show()
            users.username.setFocus()
            save(users, "users.png")
            users.close()
            for widget in (first, login, users):
                widget.deleteLater()
            app.processEvents()
        finally:
            store.close()
    return written
