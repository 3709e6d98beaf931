"""Local accounts: the list of users, and (for administrators only) a form to add one."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from desktop.domain.errors import AsesmenError
from desktop.domain.users import Role, UserInfo
from desktop.gui.login import heading, note, settle_minimum_size
from desktop.gui.models import ModelIndex, ReadOnlyTableModel
from desktop.gui.tasks import TaskRunner
from desktop.gui.user_form import NewUserForm
from desktop.gui.widgets import fit_columns_to_contents, read_only_table, select_row
from desktop.services.accounts import AccountService

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
        self.model = UserTableModel(current.username, self)
        self._build()
        self.refresh()
        settle_minimum_size(self)

    @property
    def can_add(self) -> bool:
        return self._current.role is Role.ADMINISTRATOR

    @property
    def runner(self) -> TaskRunner:
        return self.form_box.runner

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        title = heading(self.tr("Pengguna"), 1.15)
        self.table = read_only_table(QTableView(), alternating=True, header_padding="2px 4px")
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Daftar pengguna"))
        self.count_label = note()

        roles = [(role_label(r), r.value) for r in (Role.ASESOR, Role.KETUA, Role.ADMINISTRATOR)]
        create = partial(self._accounts.create_user, self._current)
        self.form_box = NewUserForm(self.tr("Tambah pengguna"), roles, create, allowed=self.can_add, field_width=220)
        self.form_box.created.connect(self._on_created)
        form = self.form_box
        self.username, self.full_name, self.role, self.password, self.confirm = (
            form.username, form.full_name, form.role, form.password, form.confirm)
        self.add_button, self.error_label, self.status_label = form.add_button, form.error_label, form.status_label

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
        fit_columns_to_contents(self.table, stretch=(UserTableModel.FULL_NAME,), padding=COLUMN_PADDING)
        row = self.model.row_of(select_username) if select_username else None
        if row is not None:
            select_row(self.table, row)

    # -- adding ------------------------------------------------------------------------------
    @Slot(object)
    def _on_created(self, user: object) -> None:
        assert isinstance(user, UserInfo)
        self.refresh(select_username=user.username)
        self.status_label.setText(self.tr("Pengguna {username} ditambahkan sebagai {role}.").format(
            username=user.username, role=role_label(user.role)))
        self.user_added.emit(user)

    # -- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner.is_running():
            self.runner.wait()  # hashing one password: well under a second
        super().closeEvent(event)
