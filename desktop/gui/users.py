"""Local accounts: the list of users, and (for administrators only) a form to add one."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AsesmenError
from desktop.domain.users import MIN_PASSWORD, Role, UserInfo
from desktop.gui.login import InlineError, heading, line_edit, note, sentence, settle_minimum_size
from desktop.gui.models import ReadOnlyTableModel
from desktop.gui.tasks import TaskRunner
from desktop.gui.widgets import read_only_table
from desktop.services.accounts import AccountService
from desktop.services.progress import Progress

ModelIndex = QModelIndex | QPersistentModelIndex
COLUMN_PADDING = 24


def role_label(role: Role | str) -> str:
    """The role as the interface names it: Administrator, Ketua Tim, Asesor."""
    role = Role(role)
    if role is Role.ADMINISTRATOR:
        return QCoreApplication.translate("Role", "Administrator")
    if role is Role.KETUA:
        return QCoreApplication.translate("Role", "Ketua Tim")
    return QCoreApplication.translate("Role", "Asesor")


class UserTableModel(ReadOnlyTableModel):
    """Users: Nama pengguna, Nama lengkap, Peran. The signed-in user's row is bold."""

    USERNAME, FULL_NAME, ROLE = range(3)

    def __init__(self, current_username: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._current = current_username
        self._rows: list[UserInfo] = []
        self._headers = (self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran"))

    def set_users(self, users: Sequence[UserInfo]) -> None:
        self._reset_rows(users)

    def user_at(self, row: int) -> UserInfo:
        return self._rows[row]

    def row_of(self, username: str) -> int | None:
        return next((i for i, u in enumerate(self._rows) if u.username == username), None)

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        user = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (user.username, user.full_name, role_label(user.role))[index.column()]
        if role == Qt.ItemDataRole.FontRole and user.username == self._current:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and user.username == self._current:
            return self.tr("Akun Anda")
        return None


class UsersWidget(QWidget):
    """The users of this centre. Administrators add users here; everyone else sees the list only.

    `user_added(UserInfo)` fires after a user is created (the list is already refreshed by then).
    """

    user_added = Signal(object)

    def __init__(self, accounts: AccountService, current: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._current = current
        self._runner = TaskRunner(self)
        self.model = UserTableModel(current.username, self)
        self._build()
        self._connect_callbacks()
        self.refresh()
        settle_minimum_size(self)

    @property
    def can_add(self) -> bool:
        return self._current.role is Role.ADMINISTRATOR

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        title = heading(self.tr("Pengguna"), 1.15)
        self.table = read_only_table(QTableView(), alternating=True, header_padding="2px 4px")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Daftar pengguna"))
        self.count_label = note()

        self.username = line_edit(self.tr("Nama pengguna baru"), self.tr("huruf, angka, titik atau garis bawah"),
                                  max_length=64)
        self.username.setMinimumWidth(220)
        self.full_name = line_edit(self.tr("Nama lengkap pengguna baru"), self.tr("beserta gelar"))
        self.full_name.setMinimumWidth(220)
        self.role = QComboBox()
        self.role.setAccessibleName(self.tr("Peran pengguna baru"))
        for role in (Role.ASESOR, Role.KETUA, Role.ADMINISTRATOR):
            self.role.addItem(role_label(role), role.value)
        self.password = line_edit(self.tr("Kata sandi pengguna baru"), password=True)
        self.password.setMinimumWidth(220)
        self.confirm = line_edit(self.tr("Ulangi kata sandi pengguna baru"), password=True)
        self.confirm.setMinimumWidth(220)
        self.password_hint = note(self.tr("Minimal {n} karakter. Sampaikan kata sandi langsung kepada "
                                          "penggunanya.").format(n=MIN_PASSWORD))
        self.add_button = QPushButton(self.tr("&Tambah pengguna"))
        self.add_button.setAccessibleName(self.tr("Tambah pengguna"))
        self.error_label = InlineError(self.tr("Pesan kesalahan"))
        self.status_label = note()
        self.status_label.setAccessibleName(self.tr("Keterangan"))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.addRow(self.tr("Nama &pengguna:"), self.username)
        form.addRow(self.tr("Nama &lengkap:"), self.full_name)
        form.addRow(self.tr("P&eran:"), self.role)
        form.addRow(self.tr("&Kata sandi:"), self.password)
        form.addRow(self.tr("&Ulangi kata sandi:"), self.confirm)
        form.addRow("", self.password_hint)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.add_button)
        form.addRow(button_row)
        form.addRow(self.error_label)
        form.addRow(self.status_label)
        self.form_box = QGroupBox(self.tr("Tambah pengguna"))
        self.form_box.setLayout(form)

        self.readonly_note = QLabel(self.tr(
            "Hanya administrator yang dapat menambah pengguna. Anda masuk sebagai {name} ({role}).").format(
            name=self._current.full_name, role=role_label(self._current.role)))
        self.readonly_note.setObjectName("readonlyNote")
        self.readonly_note.setWordWrap(True)
        self.readonly_note.setStyleSheet("#readonlyNote { background: palette(tool-tip-base); "
                                         "border: 1px solid palette(mid); border-radius: 3px; padding: 6px 8px; }")
        self.readonly_note.setAccessibleName(self.tr("Keterangan hak akses"))
        self.readonly_note.setVisible(not self.can_add)
        self.form_box.setEnabled(self.can_add)

        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.count_label)
        right = QVBoxLayout()
        right.addWidget(self.readonly_note)
        right.addWidget(self.form_box)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(columns, 1)

    def _connect_callbacks(self) -> None:
        self.add_button.clicked.connect(self._on_add_clicked)
        for edit in (self.username, self.full_name, self.password, self.confirm):
            edit.returnPressed.connect(self._on_add_clicked)  # Enter in any field adds
            edit.textEdited.connect(self._on_text_edited)
        self._runner.succeeded.connect(self._on_create_succeeded)
        self._runner.failed.connect(self._on_create_failed)
        self._runner.finished.connect(self._on_create_finished)

    # -- reading -----------------------------------------------------------------------------
    def refresh(self, select_username: str | None = None) -> None:
        try:
            users = self._accounts.users()
        except AsesmenError as exc:
            self.error_label.show_message(
                self.tr("Daftar pengguna tidak dapat dibaca: {message}").format(message=exc))
            users = []
        self.model.set_users(users)
        self.count_label.setText(self.tr("{n} pengguna").format(n=len(users)))
        header = self.table.horizontalHeader()
        for col in (UserTableModel.USERNAME, UserTableModel.ROLE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(col)
            header.resizeSection(col, header.sectionSize(col) + COLUMN_PADDING)
        header.setSectionResizeMode(UserTableModel.FULL_NAME, QHeaderView.ResizeMode.Stretch)
        row = self.model.row_of(select_username) if select_username else None
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)

    # -- adding ------------------------------------------------------------------------------
    @Slot()
    def _on_text_edited(self) -> None:
        self.error_label.clear_message()

    @Slot()
    def _on_add_clicked(self) -> None:
        if not self.can_add or self._runner.is_running():
            return
        if self.password.text() != self.confirm.text():
            self.error_label.show_message(self.tr("Kata sandi dan ulangannya tidak sama."))
            self.confirm.clear()
            self.confirm.setFocus()
            return
        accounts, actor = self._accounts, self._current
        username, full_name = self.username.text(), self.full_name.text()
        role, password = Role(self.role.currentData()), self.password.text()

        def create(_progress: Progress) -> UserInfo:
            return accounts.create_user(actor, username, full_name, role, password)

        self.error_label.clear_message()
        self.status_label.setText(self.tr("Menyimpan…"))
        self.add_button.setEnabled(False)
        self._runner.start(create)

    @Slot(object)
    def _on_create_succeeded(self, user: object) -> None:
        assert isinstance(user, UserInfo)
        for edit in (self.username, self.full_name, self.password, self.confirm):
            edit.clear()
        self.refresh(select_username=user.username)
        self.status_label.setText(self.tr("Pengguna {username} ditambahkan sebagai {role}.").format(
            username=user.username, role=role_label(user.role)))
        self.username.setFocus()
        self.user_added.emit(user)

    @Slot(str)
    def _on_create_failed(self, message: str) -> None:
        self.status_label.setText("")
        self.error_label.show_message(sentence(message))

    @Slot()
    def _on_create_finished(self) -> None:
        self.add_button.setEnabled(self.can_add)
        if self.status_label.text() == self.tr("Menyimpan…"):
            self.status_label.setText("")

    # -- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._runner.is_running():
            self._runner.wait()  # hashing one password: well under a second
        super().closeEvent(event)
