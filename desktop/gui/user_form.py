"""The administrator's form that adds a user account: the centre's users page and BKD's users page share it.

The password hash (argon2id, a few tenths of a second) is made off the GUI thread through a TaskRunner,
with the button disabled meanwhile; errors are one line inside the form.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal, Slot
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLineEdit, QPushButton, QWidget

from desktop.domain.users import MIN_PASSWORD
from desktop.gui.login import InlineError, line_edit, note, sentence
from desktop.gui.tasks import TaskRunner
from desktop.services.progress import Progress

# (username, full name, role value, password) -> the new user, e.g. partial(accounts.create_user, actor);
# it runs on the worker thread.
CreateUser = Callable[[str, str, str, str], object]


class NewUserForm(QGroupBox):
    """Username, full name, role, password twice, and "Tambah pengguna".

    `roles` are (label, value) in the order offered, the first being the usual choice; `create` makes the
    account. `created(user)` fires once it exists (the fields are cleared by then); the owner refreshes its
    list and says so in `status_label`. Nothing happens unless `allowed`. `field_width` (when given) is the
    fields' minimum width; `status_beside_button` puts the status line left of the button, else below it.
    """

    created = Signal(object)

    def __init__(self, title: str, roles: Sequence[tuple[str, str]], create: CreateUser, *, allowed: bool = True,
                 field_width: int = 0, status_beside_button: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.allowed = allowed
        self._create = create
        self._runner = TaskRunner(self)
        self._build(roles, field_width, status_beside_button)
        self.add_button.clicked.connect(self.add_user)
        for edit in self.fields():
            edit.returnPressed.connect(self.add_user)  # Enter in any field adds
            edit.textEdited.connect(self.error_label.clear_message)
        self._runner.connect_slots(succeeded=self._on_create_succeeded, failed=self._on_create_failed,
                                   finished=self._on_create_finished)

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    def _build(self, roles: Sequence[tuple[str, str]], field_width: int, status_beside_button: bool) -> None:
        self.username = line_edit(self.tr("Nama pengguna baru"), self.tr("huruf, angka, titik atau garis bawah"),
                                  max_length=64)
        self.full_name = line_edit(self.tr("Nama lengkap pengguna baru"), self.tr("beserta gelar"))
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Peran pengguna baru"))
        for label, value in roles:
            self.role.addItem(label, value)
        self.password = line_edit(self.tr("Kata sandi pengguna baru"), password=True)
        self.confirm = line_edit(self.tr("Ulangi kata sandi pengguna baru"), password=True)
        if field_width:
            for edit in self.fields():
                edit.setMinimumWidth(field_width)
        self.password_hint = note(self.tr("Minimal {n} karakter. Sampaikan kata sandi langsung kepada "
                                          "penggunanya.").format(n=MIN_PASSWORD))
        self.add_button = QPushButton(self.tr("&Tambah pengguna"))
        self.add_button.setAccessibleName(self.tr("Tambah pengguna"))
        self.error_label = InlineError(self.tr("Pesan kesalahan"))
        self.status_label = note()
        self.status_label.setAccessibleName(self.tr("Keterangan"))

        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Nama &pengguna:"), self.username)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("P&eran:"), self.role)
        form.addRow(self.tr("&Kata sandi:"), self.password)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.confirm)
        form.addRow("", self.password_hint)
        button_row = QHBoxLayout()
        if status_beside_button:
            button_row.addWidget(self.status_label, 1)
        else:
            button_row.addStretch(1)
        button_row.addWidget(self.add_button)
        form.addRow(button_row)
        form.addRow(self.error_label)
        if not status_beside_button:
            form.addRow(self.status_label)

    def fields(self) -> tuple[QLineEdit, ...]:
        """The four text fields (the role is a choice)."""
        return self.username, self.full_name, self.password, self.confirm

    @Slot()
    def add_user(self) -> None:
        if not self.allowed or self._runner.is_running():
            return
        if self.password.text() != self.confirm.text():
            self.error_label.show_message(self.tr("Kata sandi dan ulangannya tidak sama."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        create = self._create
        username, full_name = self.username.text(), self.full_name.text()
        role, password = str(self.role.currentData()), self.password.text()

        def run(_progress: Progress) -> object:
            return create(username, full_name, role, password)

        self.error_label.clear_message()
        self.status_label.setText(self.tr("Menyimpan…"))
        self.add_button.setEnabled(False)
        self._runner.start(run)

    @Slot(object)
    def _on_create_succeeded(self, user: object) -> None:
        for edit in self.fields():
            edit.clear()
        self.username.setFocus()
        self.created.emit(user)

    @Slot(str)
    def _on_create_failed(self, message: str) -> None:
        self.status_label.setText("")
        self.error_label.show_message(sentence(message))

    @Slot()
    def _on_create_finished(self) -> None:
        self.add_button.setEnabled(self.allowed)
        if self.status_label.text() == self.tr("Menyimpan…"):
            self.status_label.setText("")


__all__ = ["CreateUser", "NewUserForm"]
