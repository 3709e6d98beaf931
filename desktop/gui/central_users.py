"""BKD's users of the central workspace (administrators add them) and the access history (UU 27/2022).

The access history answers "who viewed or exported whose data, and when": filter by a person's NIP
(every view or file that showed them) or by a BKD user.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from desktop.domain.errors import AsesmenError
from desktop.domain.nip import format_nip, normalise_nip
from desktop.gui import i18n
from desktop.gui.central_login import RowsModel, role_label
from desktop.gui.login import InlineError, heading, line_edit, note, sentence, settle_minimum_size
from desktop.gui.tasks import TaskRunner
from desktop.gui.timestamps import format_when
from desktop.gui.user_form import NewUserForm
from desktop.gui.widgets import fit_columns_to_contents, read_only_table, select_row, splitter, stacked
from desktop.services.central_accounts import AccessLog, CentralAccounts, CentralRole, CentralUser
from desktop.services.talent import ACTIONS as TALENT_ACTIONS

SIZE = (1280, 800)
COLUMN_PADDING = 20
HISTORY_LIMIT = 500


def action_label(action: str) -> str:
    """An access-log action as the history names it; unknown actions are shown as stored."""
    labels = {
        "masuk": QCoreApplication.translate("AccessAction", "masuk"),
        "pengguna.tambah": QCoreApplication.translate("AccessAction", "menambah pengguna"),
        "impor": QCoreApplication.translate("AccessAction", "mengimpor bundel"),
        "periksa_lembar": QCoreApplication.translate("AccessAction", "memeriksa lembar hasil"),
    }
    if action in labels:
        return labels[action]
    return TALENT_ACTIONS.get(action, action.replace("_", " ").replace(".", " "))


class CentralUsersWidget(QWidget):
    """BKD users (an administrator adds them) and the access history. `user_added(CentralUser)` fires after
    a user is created."""

    user_added = Signal(object)

    AT, USER, ROLE, ACTION, SUBJECT, DETAIL = range(6)

    def __init__(self, accounts: CentralAccounts, access_log: AccessLog, current: CentralUser,
                 parent: QWidget | None = None, *, language: str = i18n.SOURCE_LANGUAGE) -> None:
        super().__init__(parent)
        self._accounts = accounts
        self._access = access_log
        self._current = current
        self._locale = i18n.locale_for(language)
        self._history_runner = TaskRunner(self)
        self._history_again = False
        self.users_model = RowsModel((self.tr("Nama pengguna"), self.tr("Nama lengkap"), self.tr("Peran")), self)
        self.history_model = RowsModel((self.tr("Waktu"), self.tr("Pengguna"), self.tr("Peran"), self.tr("Tindakan"),
                                        self.tr("Data"), self.tr("Keterangan")), self)
        self._build()
        self._connect_callbacks()
        self.refresh_users()
        self.refresh_history()
        settle_minimum_size(self)

    @property
    def can_add(self) -> bool:
        return self._accounts.can(self._current, "users")

    @property
    def runner(self) -> TaskRunner:
        return self.form_box.runner

    @property
    def history_runner(self) -> TaskRunner:
        return self._history_runner

    # -- construction ------------------------------------------------------------------------------
    def _build(self) -> None:
        self.users_table = read_only_table(QTableView(), alternating=True, header_padding="2px 4px")
        self.users_table.setModel(self.users_model)
        self.users_table.setAccessibleName(self.tr("Daftar pengguna BKD"))
        users_title = heading(self.tr("Pengguna BKD"), 1.1)
        users_title.setBuddy(self.users_table)
        self.users_count = note()
        roles_note = note(self.tr("Administrator: semua. Operator: impor bundel dan kunci tepercaya. "
                                  "Analis: melihat dan mengekspor hasil."))

        roles = [(role_label(r), r.value) for r in (CentralRole.ANALYST, CentralRole.OPERATOR, CentralRole.ADMIN)]
        create = partial(self._accounts.create_user, self._current)
        self.form_box = NewUserForm(self.tr("Tambah pengguna BKD"), roles, create, allowed=self.can_add,
                                    status_beside_button=True)
        self.form_box.created.connect(self._on_created)
        form = self.form_box
        self.username, self.full_name, self.role, self.password, self.confirm = (
            form.username, form.full_name, form.role, form.password, form.confirm)
        self.add_button, self.error_label, self.status_label = form.add_button, form.error_label, form.status_label
        if not self.can_add:
            self.form_box.hide()

        users = QWidget()
        users_row = QHBoxLayout(users)
        users_row.setContentsMargins(0, 0, 0, 0)
        users_row.addWidget(stacked(users_title, (self.users_table, 1), self.users_count, roles_note), 3)
        users_row.addWidget(self.form_box, 2)

        history_title = heading(self.tr("Riwayat akses data pribadi"), 1.1)
        history_intro = note(self.tr(
            "Setiap kali data pegawai dilihat atau diekspor tercatat di sini dan tidak dapat diubah (UU 27/2022 "
            "tentang Pelindungan Data Pribadi). Saring menurut NIP untuk riwayat akses seorang pegawai."))
        self.nip_filter = line_edit(self.tr("Saring menurut NIP"), self.tr("NIP, mis. 19820314 200604 2 901"),
                                    max_length=40)
        self.nip_filter.setClearButtonEnabled(True)
        self.user_filter = QComboBox()
        self.user_filter.setAccessibleName(self.tr("Saring menurut pengguna"))
        self.user_filter.setMinimumContentsLength(18)
        self.filter_button = QPushButton(self.tr("Tam&pilkan"))
        self.filter_button.setAccessibleName(self.tr("Tampilkan riwayat akses"))
        filters = QHBoxLayout()
        nip_label = QLabel(self.tr("&NIP:"))
        nip_label.setBuddy(self.nip_filter)
        user_label = QLabel(self.tr("Pen&gguna:"))
        user_label.setBuddy(self.user_filter)
        filters.addWidget(nip_label)
        filters.addWidget(self.nip_filter, 2)
        filters.addSpacing(12)
        filters.addWidget(user_label)
        filters.addWidget(self.user_filter, 1)
        filters.addWidget(self.filter_button)
        self.history_error = InlineError(self.tr("Pesan kesalahan riwayat akses"))
        policy = self.history_error.sizePolicy()
        policy.setRetainSizeWhenHidden(False)  # no gap above the table while there is nothing to say
        self.history_error.setSizePolicy(policy)
        self.history_table = read_only_table(QTableView(), alternating=True, header_padding="2px 4px")
        self.history_table.setModel(self.history_model)
        self.history_table.setAccessibleName(self.tr("Riwayat akses"))
        self.history_count = note()
        self.history_count.setAccessibleName(self.tr("Jumlah entri riwayat akses"))
        history = stacked(history_title, history_intro, filters, self.history_error, (self.history_table, 1),
                          self.history_count)

        self.splitter = splitter(users, history, orientation=Qt.Orientation.Vertical, stretch=(2, 3))
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _connect_callbacks(self) -> None:
        self.filter_button.clicked.connect(self.refresh_history)
        self.nip_filter.returnPressed.connect(self.refresh_history)
        self.nip_filter.textEdited.connect(self.history_error.clear_message)
        self.user_filter.activated.connect(self.refresh_history)
        self._history_runner.connect_slots(succeeded=self._on_history_loaded, failed=self._on_history_failed,
                                           finished=self._on_history_finished)

    # -- users -------------------------------------------------------------------------------------
    def refresh_users(self, select_username: str | None = None) -> None:
        try:
            users = self._accounts.users()
        except AsesmenError as exc:
            self.error_label.show_message(self.tr("Daftar pengguna tidak dapat dibaca: {message}").format(
                message=exc))
            users = []
        bold = "#0b3d91"
        self.users_model.set_rows([(u.username, u.full_name, role_label(u.role)) for u in users], payloads=users,
                                  colours=[bold if u.username == self._current.username else "" for u in users],
                                  tips=[self.tr("Akun Anda") if u.username == self._current.username else ""
                                        for u in users])
        self.users_count.setText(self.tr("{n} pengguna").format(n=len(users)))
        fit_columns_to_contents(self.users_table, stretch=(1,), padding=COLUMN_PADDING)
        chosen = self.user_filter.currentData()
        self.user_filter.clear()
        self.user_filter.addItem(self.tr("Semua pengguna"), "")
        for u in users:
            self.user_filter.addItem(f"{u.username} – {u.full_name}", u.username)
        index = self.user_filter.findData(chosen) if chosen else 0
        self.user_filter.setCurrentIndex(max(index, 0))
        row = next((i for i, u in enumerate(users) if u.username == select_username), None)
        if row is not None:
            select_row(self.users_table, row)

    def usernames(self) -> list[str]:
        return self.users_model.column_texts(0)

    @Slot(object)
    def _on_created(self, user: object) -> None:
        assert isinstance(user, CentralUser)
        self.refresh_users(select_username=user.username)
        self.status_label.setText(self.tr("{username} ditambahkan sebagai {role}.").format(
            username=user.username, role=role_label(user.role)))
        self.refresh_history()
        self.user_added.emit(user)

    # -- access history ----------------------------------------------------------------------------
    @Slot()
    def refresh_history(self) -> None:
        if self._history_runner.is_running():
            self._history_again = True  # the filter changed meanwhile: ask again when this answer is in
            return
        text = self.nip_filter.text().strip()
        nip = None
        if text:
            nip = normalise_nip(text)
            if len(nip) != 18 or not nip.isdigit():
                self.history_error.show_message(
                    self.tr("NIP harus 18 angka (spasi boleh), mis. 19820314 200604 2 901."))
                self.nip_filter.setFocus()
                return
        username = self.user_filter.currentData() or None
        access = self._access
        self.history_error.clear_message()
        self.history_count.setText(self.tr("Memuat…"))
        self._history_filter = (nip, username)
        self._history_runner.start(lambda _p: access.entries(limit=HISTORY_LIMIT, nip=nip, username=username))

    @Slot(object)
    def _on_history_loaded(self, entries: object) -> None:
        rows = list(entries)  # type: ignore[call-overload]
        self.history_model.set_rows(
            [(format_when(e["at"], self._locale), e["username"], role_label(e["role"]), action_label(e["action"]),
              format_nip(e["subject"]) if _is_nip(e["subject"]) else e["subject"], self._detail(e)) for e in rows],
            payloads=rows)
        nip, username = self._history_filter
        if nip or username:
            text = self.tr("{n} entri untuk saringan ini").format(n=len(rows))
        else:
            text = self.tr("{n} entri terbaru").format(n=len(rows))
        if len(rows) >= HISTORY_LIMIT:
            text += " " + self.tr("(hanya {limit} terbaru ditampilkan)").format(limit=HISTORY_LIMIT)
        self.history_count.setText(text)
        fit_columns_to_contents(self.history_table, stretch=(self.DETAIL,), padding=COLUMN_PADDING, cap=320)

    def _detail(self, entry: dict) -> str:
        detail = str(entry.get("detail") or "")
        people = entry.get("people") or 0
        if people and people > 1:
            shown = self.tr("{n} orang").format(n=people)
            return f"{detail} ({shown})" if detail else shown
        return detail

    @Slot(str)
    def _on_history_failed(self, message: str) -> None:
        self.history_count.setText("")
        self.history_error.show_message(self.tr("Riwayat akses tidak dapat dibaca: {message}").format(
            message=sentence(message)))

    @Slot()
    def _on_history_finished(self) -> None:
        if self._history_again:
            self._history_again = False
            self.refresh_history()

    def history_rows(self) -> list[tuple[str, ...]]:
        return [tuple(self.history_model.text(r, c) for c in range(self.history_model.columnCount()))
                for r in range(self.history_model.rowCount())]

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    # -- closing -----------------------------------------------------------------------------------
    def shutdown(self) -> None:
        self.runner.wait()
        self._history_runner.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)


def _is_nip(text: str) -> bool:
    return len(text) == 18 and text.isdigit()


__all__ = ["CentralUsersWidget", "action_label"]
