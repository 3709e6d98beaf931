"""The main window: an overview (sessions and results) and, per selected session, its working pages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QItemSelectionModel, QModelIndex, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.domain.errors import AsesmenError
from desktop.domain.model import SessionInfo
from desktop.gui import i18n
from desktop.gui.check_sheet import CheckSheetWidget
from desktop.gui.delivery import DeliveryWidget
from desktop.gui.import_wizard import ImportWizard
from desktop.gui.login import heading
from desktop.gui.meeting import MeetingWidget
from desktop.gui.models import ResultTableModel, SessionTableModel, date_range
from desktop.gui.printing import PrintDialog
from desktop.gui.progress_board import ProgressBoardWidget
from desktop.gui.rating_page import RatingPage
from desktop.gui.session_setup import NewSessionDialog, SessionSetupWidget
from desktop.gui.session_tab import SessionTab
from desktop.gui.tasks import TaskFn, TaskRunner
from desktop.gui.users import UsersWidget
from desktop.gui.widgets import (
    LANGUAGE_NAMES,
    fit_columns_to_contents,
    language_actions,
    page_shortcuts,
    read_only_table,
    restore_geometry,
)
from desktop.services.accounts import AccountService, Role, UserInfo
from desktop.services.assessment import AssessmentService
from desktop.services.delivery import DeliveryService
from desktop.services.demo import load_demo
from desktop.services.progress import Progress

GEOMETRY_KEY = "main_window/geometry"
SPLITTER_KEY = "main_window/splitter"
COLUMN_PADDING = 20
SESSION_STRETCH = (SessionTableModel.TITLE,)
RESULT_STRETCH = (ResultTableModel.NAME, ResultTableModel.TARGET)


def _table(name: str, description: str) -> QTableView:
    view = read_only_table(QTableView(), alternating=True, header_padding="2px 4px")
    view.setAccessibleName(name)
    view.setAccessibleDescription(description)
    return view


def _fit_columns(view: QTableView, stretch: tuple[int, ...]) -> None:
    """Size columns to their contents plus breathing room; `stretch` columns share what is left."""
    fit_columns_to_contents(view, stretch, COLUMN_PADDING)


def _placeholder(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setMargin(24)
    return label




class MainWindow(QMainWindow):
    """Takes the service it reads from; owns no database session. `closed` fires once, after closing."""

    closed = Signal()

    def __init__(self, service: AssessmentService, store_path: Path | str, settings: QSettings,
                 language: str = i18n.SOURCE_LANGUAGE, runner: TaskRunner | None = None,
                 parent: QWidget | None = None, accounts: AccountService | None = None,
                 user: UserInfo | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._accounts = accounts
        self._user = user
        self._settings = settings
        self._language = language
        self._runner = runner or TaskRunner(self)
        self._progress_dialog: QProgressDialog | None = None
        self._in_progress_update = False
        self._on_task_success: Callable[[object], None] | None = None
        self._task_name = ""
        self._is_closed = False
        self._locale = locale = i18n.locale_for(language)

        self.setWindowTitle(f"Asesmen — {user.full_name}" if user else "Asesmen")
        self.setMinimumSize(720, 480)
        self.session_model = SessionTableModel(locale, self)
        self.result_model = ResultTableModel(locale, self)
        self._build_actions()
        self._build_menus()
        self._build_central()
        self._build_status_bar(Path(store_path))
        self._connect_callbacks()
        self._restore_state()
        self.refresh()

    # -- construction ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.action_new_session = QAction(self.tr("&Sesi baru…"), self)
        self.action_new_session.setShortcut(QKeySequence.StandardKey.New)
        self.action_new_session.setStatusTip(self.tr("Buat sesi penilaian baru"))
        self.action_import = QAction(self.tr("&Impor peserta…"), self)
        self.action_import.setShortcut(QKeySequence("Ctrl+I"))
        self.action_import.setStatusTip(self.tr("Impor peserta sesi terpilih dari berkas .xlsx atau .csv"))
        self.action_print = QAction(self.tr("&Cetak atau simpan lembar hasil…"), self)
        self.action_print.setShortcut(QKeySequence.StandardKey.Print)
        self.action_print.setStatusTip(self.tr("Lembar hasil sesi terpilih: simpan sebagai PDF atau cetak"))
        self.action_forms = QAction(self.tr("&Formulir observasi kosong…"), self)
        self.action_forms.setStatusTip(self.tr(
            "Formulir observasi kertas untuk setiap penugasan sesi terpilih (cadangan bila tidak ada komputer)"))
        self.action_check_sheet = QAction(self.tr("&Periksa lembar hasil (BKD)…"), self)
        self.action_check_sheet.setStatusTip(self.tr(
            "Cocokkan kode verifikasi lembar hasil kertas dengan basis data pusat BKD"))
        self.action_load_demo = QAction(self.tr("&Muat data contoh…"), self)
        self.action_load_demo.setStatusTip(
            self.tr("Tambahkan satu sesi fiktif dengan enam peserta untuk mencoba aplikasi"))
        self.action_quit = QAction(self.tr("&Keluar"), self)
        self.action_quit.setShortcut(QKeySequence("Ctrl+Q"))
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.action_quit.setStatusTip(self.tr("Tutup Asesmen"))
        self.action_about = QAction(self.tr("&Tentang Asesmen"), self)
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.action_about.setStatusTip(self.tr("Versi dan keterangan aplikasi"))

        self.language_group, self.language_actions = language_actions(
            self, self._language, self.tr("Bahasa antarmuka; berlaku setelah Asesmen dibuka ulang"))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.menu_file = bar.addMenu(self.tr("&Berkas"))
        self.menu_file.addAction(self.action_new_session)
        self.menu_file.addAction(self.action_import)
        self.menu_file.addAction(self.action_print)
        self.menu_file.addAction(self.action_forms)
        self.menu_file.addAction(self.action_check_sheet)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_load_demo)
        self.menu_file.addSeparator()
        self.menu_file.addAction(self.action_quit)
        self.menu_language = bar.addMenu(self.tr("B&ahasa"))
        self.menu_language.addActions(self.language_group.actions())
        self.menu_help = bar.addMenu(self.tr("Ba&ntuan"))
        self.menu_help.addAction(self.action_about)

    def _build_central(self) -> None:
        # Sessions: a table, or an empty state that says what to do next.
        self.sessions_view = _table(self.tr("Daftar sesi penilaian"),
                                    self.tr("Pilih satu sesi untuk melihat hasil pesertanya"))
        self.sessions_view.setModel(self.session_model)

        self.empty_label = _placeholder(self.tr(
            "Belum ada sesi penilaian. Untuk mencoba Asesmen, muat data contoh: satu sesi fiktif "
            "dengan enam peserta yang sudah dinilai (menu Berkas › Muat data contoh)."))
        self.empty_label.setAccessibleName(self.tr("Belum ada sesi penilaian"))
        self.empty_button = QPushButton(self.tr("Muat data contoh"))
        self.empty_button.setAccessibleName(self.tr("Muat data contoh"))
        empty_page = QWidget()
        empty_layout = QVBoxLayout(empty_page)
        empty_layout.addStretch(1)
        self.empty_label.setMaximumWidth(640)  # a readable line length on wide screens
        empty_row = QHBoxLayout()
        empty_row.addStretch(1)
        empty_row.addWidget(self.empty_label, 4)
        empty_row.addStretch(1)
        empty_layout.addLayout(empty_row)
        empty_layout.addWidget(self.empty_button, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_layout.addStretch(2)

        self.sessions_stack = QStackedWidget()
        self.sessions_stack.addWidget(empty_page)
        self.sessions_stack.addWidget(self.sessions_view)
        sessions_heading = heading(self.tr("Sesi penilaian"), 1.15)
        sessions_heading.setBuddy(self.sessions_view)

        # Results of the selected session: a table, or a sentence explaining why there is none yet.
        self.results_view = _table(self.tr("Hasil peserta"),
                                   self.tr("Peserta sesi terpilih dengan JPM dan kategorinya"))
        self.results_view.setModel(self.result_model)
        self.results_label = _placeholder()
        self.results_stack = QStackedWidget()
        self.results_stack.addWidget(self.results_label)
        self.results_stack.addWidget(self.results_view)
        self.results_heading = heading(self.tr("Hasil penilaian"), 1.15)
        self.results_heading.setBuddy(self.results_view)
        self.results_detail = QLabel()
        self.results_detail.setWordWrap(True)
        self.results_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.results_detail.hide()
        self.results_note = QLabel()
        self.results_note.setWordWrap(True)
        self.results_note.hide()

        self.notice = QFrame()
        self.notice.setObjectName("notice")
        self.notice.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice.setStyleSheet("#notice { background: palette(tool-tip-base); }")
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_label.setAccessibleName(self.tr("Pemberitahuan"))
        notice_close = QPushButton(self.tr("Tutup"))
        notice_close.setAccessibleName(self.tr("Tutup pemberitahuan"))
        notice_close.clicked.connect(self.notice.hide)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.addWidget(self.notice_label, 1)
        notice_layout.addWidget(notice_close)
        self.notice.hide()

        top, bottom = QWidget(), QWidget()
        self.results_pane = bottom
        top_layout = QVBoxLayout(top)
        top_layout.addWidget(sessions_heading)
        top_layout.addWidget(self.sessions_stack)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.addWidget(self.results_heading)
        bottom_layout.addWidget(self.results_detail)
        bottom_layout.addWidget(self.results_note)
        bottom_layout.addWidget(self.results_stack)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(top)
        self.splitter.addWidget(bottom)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 2)
        overview = QWidget()
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        overview_layout.addWidget(self.splitter, 1)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Halaman"))
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(overview, self.tr("Ringkasan"))
        no_session = self.tr("Pilih atau buat sesi penilaian pada halaman Ringkasan.")
        self.setup_tab = SessionTab(self._make_setup, no_session)
        self.tabs.addTab(self.setup_tab, self.tr("Persiapan"))
        self.session_tabs: list[SessionTab] = [self.setup_tab]
        for title, tab in self._extra_session_tabs(no_session):
            self.tabs.addTab(tab, title)
            self.session_tabs.append(tab)
        self.delivery_widget: DeliveryWidget | None = None
        if self._user is None or self._user.role in (Role.ADMINISTRATOR, Role.KETUA):
            delivery = DeliveryService(self._service.store, self._service.actor)
            self.delivery_widget = DeliveryWidget(delivery, self._settings, language=self._language)
            self.tabs.addTab(self.delivery_widget, self.tr("Pengiriman ke BKD"))
        if self._accounts is not None and self._user is not None:
            self.users_widget = UsersWidget(self._accounts, self._user)
            self.tabs.addTab(self.users_widget, self.tr("Pengguna"))
        page_shortcuts(self, self.tabs)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.addWidget(self.notice)
        central_layout.addWidget(self.tabs, 1)
        self.setCentralWidget(central)

    def _extra_session_tabs(self, no_session: str) -> list[tuple[str, SessionTab]]:
        """Session pages beyond setup (rating, progress); each builds its widget when first shown."""
        self.rating_tab = SessionTab(self._make_rating, no_session)
        self.board_tab = SessionTab(self._make_board, no_session)
        self.meeting_tab = SessionTab(self._make_meeting, no_session)
        return [(self.tr("Penilaian"), self.rating_tab), (self.tr("Kemajuan"), self.board_tab),
                (self.tr("Rapat integrasi"), self.meeting_tab)]

    def _make_meeting(self, session: SessionInfo) -> QWidget | str:
        if self._user is not None and self._user.role is Role.ASESOR:
            return self.tr("Rapat integrasi dipimpin oleh ketua tim; hasilnya tampil pada halaman Ringkasan.")
        widget = MeetingWidget(self._service, session.uuid, self._language)
        widget.session_changed.connect(self._on_session_edited)
        return widget

    def _make_rating(self, session: SessionInfo) -> QWidget | str:
        assessors = [a["name"] for a in self._service.document(session.uuid)["assessors"]]
        own = self._service.assessor_for_user(session.uuid, self._user.username) if self._user else None
        if own:
            page = RatingPage(self._service, session.uuid, [own], fixed=True, language=self._language)
        elif self._user is None or self._user.role in (Role.ADMINISTRATOR, Role.KETUA):
            if not assessors:
                return self.tr("Sesi ini belum memiliki asesor. Tambahkan asesor pada halaman Persiapan.")
            page = RatingPage(self._service, session.uuid, assessors, fixed=False, language=self._language)
        else:
            return self.tr("Anda belum terdaftar sebagai asesor pada sesi ini. Ketua tim atau administrator "
                           "menambahkan Anda pada halaman Persiapan › Asesor.")
        page.rating_saved.connect(lambda *_: self._refresh_board())
        page.form_submitted.connect(lambda *_: self._refresh_board())
        return page

    def _make_board(self, session: SessionInfo) -> QWidget:
        board = ProgressBoardWidget(self._service, session.uuid)
        board.form_requested.connect(self._on_form_requested)
        return board

    def _refresh_board(self) -> None:
        if isinstance(self.board_tab.content, ProgressBoardWidget):
            self.board_tab.content.refresh()

    @Slot(str, str, str)
    def _on_form_requested(self, nip: str, simulation_code: str, assessor: str) -> None:
        self.tabs.setCurrentWidget(self.rating_tab)
        page = self.rating_tab.content
        if not (isinstance(page, RatingPage) and page.open_form(nip, simulation_code, assessor)):
            self.statusBar().showMessage(self.tr("Formulir ini bukan milik Anda."), 6000)

    def _make_setup(self, session: SessionInfo) -> QWidget:
        widget = SessionSetupWidget(self._service, session.uuid, self._language)
        widget.session_changed.connect(self._on_session_edited)
        return widget

    @Slot(str)
    def _on_session_edited(self, uuid: str) -> None:
        """A change saved on a session page: the overview and the other pages show it."""
        self.refresh(select_uuid=uuid)  # pages of the same session keep their place (SessionTab)

    def _build_status_bar(self, store_path: Path) -> None:
        self.store_label = QLabel(self.tr("Basis data: {path}").format(path=store_path))
        self.store_label.setAccessibleName(self.tr("Lokasi basis data"))
        self.store_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.store_label)

    def _connect_callbacks(self) -> None:
        self.action_load_demo.triggered.connect(self._on_load_demo_triggered)
        self.action_new_session.triggered.connect(self._on_new_session_triggered)
        self.action_import.triggered.connect(self._on_import_triggered)
        self.action_print.triggered.connect(self._on_print_triggered)
        self.action_forms.triggered.connect(lambda: self.write_forms())
        self.action_check_sheet.triggered.connect(self._on_check_sheet_triggered)
        self.tabs.currentChanged.connect(self._on_tab_changed)
        if self.delivery_widget is not None:
            self.delivery_widget.sessions_changed.connect(self.refresh)
        self.empty_button.clicked.connect(self.action_load_demo.trigger)
        self.action_quit.triggered.connect(self.close)
        self.action_about.triggered.connect(self._on_about_triggered)
        self.language_group.triggered.connect(self._on_language_triggered)
        self.sessions_view.selectionModel().currentRowChanged.connect(self._on_session_current_changed)
        self._runner.progressed.connect(self._on_task_progressed)
        self._runner.succeeded.connect(self._on_task_succeeded)
        self._runner.failed.connect(self._on_task_failed)
        self._runner.cancelled.connect(self._on_task_cancelled)
        self._runner.finished.connect(self._on_task_finished)

    def _restore_state(self) -> None:
        restore_geometry(self, self._settings, GEOMETRY_KEY, (1180, 740))
        splitter = self._settings.value(SPLITTER_KEY)
        if not (isinstance(splitter, QByteArray) and self.splitter.restoreState(splitter)):
            self.splitter.setSizes([240, 480])  # a few sessions above, the results get the room

    # -- reading -----------------------------------------------------------------------------
    def refresh(self, select_uuid: str | None = None) -> None:
        """Reload the session list, keeping (or moving to) a selection, then the selected results."""
        previous = self.selected_session()
        try:
            sessions = self._service.sessions()
        except AsesmenError as exc:
            self._show_error(self.tr("Daftar sesi tidak dapat dibaca: {message}").format(message=exc))
            sessions = []
        self.session_model.set_sessions(sessions)
        _fit_columns(self.sessions_view, SESSION_STRETCH)
        self.sessions_stack.setCurrentIndex(1 if sessions else 0)
        self.results_pane.setVisible(bool(sessions))  # nothing to pick yet: the empty state gets the room
        wanted = select_uuid or (previous.uuid if previous else None)
        row = self.session_model.row_of(wanted) if wanted else None
        if row is None and sessions:
            row = 0
        if row is not None:
            self.select_session_row(row)
        else:
            self._show_results(None)

    def select_session_row(self, row: int) -> None:
        index = self.session_model.index(row, 0)
        self.sessions_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self._show_results(self.session_model.session_at(row))  # also when the row did not change

    def select_session(self, uuid: str) -> None:
        row = self.session_model.row_of(uuid)
        if row is None:
            raise KeyError(uuid)
        self.select_session_row(row)

    def selected_session(self) -> SessionInfo | None:
        index = self.sessions_view.selectionModel().currentIndex()
        return self.session_model.session_at(index.row()) if index.isValid() else None

    @Slot(QModelIndex, QModelIndex)
    def _on_session_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_results(self.session_model.session_at(current.row()) if current.isValid() else None)

    def _show_results(self, session: SessionInfo | None) -> None:
        for tab in self.session_tabs:
            tab.set_session(session)
        self.action_import.setEnabled(session is not None and session.seal_hash is None)
        self.action_print.setEnabled(session is not None)
        self.action_forms.setEnabled(session is not None)
        self.results_note.hide()
        self.results_detail.setVisible(session is not None)
        if session is None:
            self.result_model.set_results([])
            self.results_heading.setText(self.tr("Hasil penilaian"))
            self.results_label.setText(
                self.tr("Pilih sesi penilaian di atas untuk melihat hasil pesertanya."))
            self.results_stack.setCurrentIndex(0)
            return
        self.results_heading.setText(self.tr("Hasil penilaian: {title}").format(title=session.title))
        self.results_detail.setText(self._session_detail(session))
        try:
            results = self._service.results(session.uuid)
        except AsesmenError as exc:
            results = []
            self.results_label.setText(self.tr("Hasil tidak dapat dibaca: {message}").format(message=exc))
        else:
            if session.assessees == 0:
                self.results_label.setText(self.tr("Sesi ini belum memiliki peserta."))
            else:
                self.results_label.setText(self.tr(
                    "Belum ada hasil. Hasil seorang peserta tampil setelah level akhir semua kompetensinya "
                    "ditetapkan dalam rapat integrasi."))
        self.result_model.set_results(results)
        _fit_columns(self.results_view, RESULT_STRETCH)
        self.results_stack.setCurrentIndex(1 if results else 0)
        if results and len(results) < session.assessees:
            self.results_note.setText(self.tr(
                "{shown} dari {total} peserta sudah memiliki level akhir; peserta lain belum tampil.").format(
                shown=len(results), total=session.assessees))
            self.results_note.show()

    def _session_detail(self, s: SessionInfo) -> str:
        """One line under the heading: who, where, and the seal an assessee can check a sheet against."""
        parts = [x for x in (s.agency, s.venue) if x]
        if s.seal_code:
            until = date_range(s.valid_until or "", "", self._locale)
            parts.append(self.tr("kode segel {code}, hasil berlaku sampai {date}").format(
                code=s.seal_code, date=until or "-"))
        else:
            parts.append(self.tr("draf: belum disegel"))
        return " · ".join(parts)

    @Slot(int)
    def _on_tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if isinstance(widget, SessionTab):
            widget.ensure_built()
        elif widget is not None and widget is self.delivery_widget:
            self.delivery_widget.refresh()  # a session may have been sealed since

    @Slot()
    def _on_new_session_triggered(self) -> None:
        dialog = NewSessionDialog(self._service, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.session_created.connect(self._on_session_created)
        dialog.open()

    @Slot(str)
    def _on_session_created(self, uuid: str) -> None:
        self.refresh(select_uuid=uuid)
        self.tabs.setCurrentWidget(self.setup_tab)

    @Slot()
    def _on_import_triggered(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        wizard = ImportWizard(self._service, session.uuid, self)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.imported.connect(lambda _count, uuid=session.uuid: self._on_session_edited(uuid))
        wizard.open()

    @Slot()
    def _on_print_triggered(self) -> None:
        session = self.selected_session()
        if session is None:
            return
        dialog = PrintDialog(self._service, session.uuid, self, language=self._language)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def write_forms(self, folder: Path | None = None) -> None:
        """Blank observation forms of the selected session into `folder` (asked for when None),
        off the GUI thread with progress and cancel."""
        session = self.selected_session()
        if session is None:
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Simpan formulir observasi ke folder"))
            if not chosen:
                return
            folder = Path(chosen)
        service = self._service
        target = Path(folder)

        def run(progress: Progress) -> int:
            from desktop.services.observation_forms import write_observation_forms

            return len(write_observation_forms(service, session.uuid, target, progress))

        self._start_task(run, self.tr("Formulir observasi"), self.tr("Menyusun formulir observasi…"),
                         lambda count: self.statusBar().showMessage(self.tr(
                             "Formulir observasi tersimpan di {folder}: {count}").format(folder=target, count=count),
                             10000))

    @Slot()
    def _on_check_sheet_triggered(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Periksa lembar hasil"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        self.check_sheet_widget = CheckSheetWidget(dialog, language=self._language)
        layout.addWidget(self.check_sheet_widget)
        dialog.resize(760, 560)
        dialog.open()

    # -- loading the sample data -------------------------------------------------------------
    @Slot()
    def _on_load_demo_triggered(self) -> None:
        labels = {
            "session": self.tr("Membuat sesi contoh…"),
            "assessees": self.tr("Mendaftarkan peserta…"),
            "ratings": self.tr("Menyimpan penilaian asesor…"),
        }
        service = self._service

        def run(progress: Progress) -> str:
            return load_demo(service, progress=Progress(
                lambda done, total, stage: progress.report(done, total, labels.get(stage, "")),
                progress.cancelled_fn))

        self._start_task(run, self.tr("Muat data contoh"), self.tr("Memuat data contoh…"), self._on_demo_loaded)

    def _on_demo_loaded(self, uuid: object) -> None:
        self.refresh(select_uuid=str(uuid))
        self.statusBar().showMessage(self.tr("Data contoh dimuat sebagai sesi draf."), 8000)

    # -- running long work -------------------------------------------------------------------
    def _start_task(self, fn: TaskFn, title: str, label: str, on_success: Callable[[object], None]) -> None:
        if self._runner.is_running():
            return
        dialog = QProgressDialog(label, self.tr("Batal"), 0, 0, self)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(420)
        dialog.canceled.connect(self._on_progress_canceled)
        self._progress_dialog = dialog
        self._on_task_success = on_success
        self._task_name = title
        self.action_load_demo.setEnabled(False)
        self.empty_button.setEnabled(False)
        self._runner.start(fn)
        dialog.show()

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    @property
    def progress_dialog(self) -> QProgressDialog | None:
        return self._progress_dialog

    @Slot()
    def _on_progress_canceled(self) -> None:
        self._runner.cancel()
        if self._progress_dialog is not None:
            self._progress_dialog.setLabelText(self.tr("Membatalkan…"))

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, text: str) -> None:
        dialog = self._progress_dialog
        # A window-modal QProgressDialog processes events inside setValue: never re-enter.
        if dialog is None or self._in_progress_update or dialog.wasCanceled():
            return
        self._in_progress_update = True
        try:
            if text:
                dialog.setLabelText(text)
            dialog.setMaximum(max(total, 0))
            dialog.setValue(min(done, total) if total > 0 else 0)
        finally:
            self._in_progress_update = False

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        if self._is_closed:
            return
        self._close_progress_dialog()
        if self._on_task_success is not None:
            self._on_task_success(result)

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        if self._is_closed:
            return
        self._close_progress_dialog()
        self.refresh()
        self._show_error(self.tr("{task} gagal: {message}").format(task=self._task_name, message=message))

    @Slot()
    def _on_task_cancelled(self) -> None:
        if self._is_closed:
            return
        self._close_progress_dialog()
        self.refresh()  # what was written before the cancel stays, as a draft
        self.statusBar().showMessage(self.tr("{task} dibatalkan.").format(task=self._task_name), 8000)

    @Slot()
    def _on_task_finished(self) -> None:
        self._on_task_success = None
        self.action_load_demo.setEnabled(True)
        self.empty_button.setEnabled(True)

    def _close_progress_dialog(self) -> None:
        dialog, self._progress_dialog = self._progress_dialog, None
        if dialog is not None:
            dialog.canceled.disconnect(self._on_progress_canceled)
            dialog.close()
            dialog.deleteLater()

    # -- menus -------------------------------------------------------------------------------
    @Slot(QAction)
    def _on_language_triggered(self, action: QAction) -> None:
        lang = action.data()
        i18n.save_language(self._settings, lang)
        if lang == self._language:
            self.notice.hide()
            self.statusBar().showMessage(self.tr("Bahasa antarmuka tidak berubah."), 5000)
            return
        self.show_notice(self.tr(
            "Bahasa antarmuka disimpan: {language}. Perubahan berlaku setelah Asesmen ditutup dan dibuka "
            "kembali.").format(language=LANGUAGE_NAMES[lang]))

    def show_notice(self, text: str) -> None:
        """A note above the tables that stays until dismissed (no dialog to click away)."""
        self.notice_label.setText(text)
        self.notice.show()

    @Slot()
    def _on_about_triggered(self) -> None:
        self._show_message(QMessageBox.Icon.Information, self.tr("Tentang Asesmen"), self.tr(
            "Asesmen {version}\n\nPenilaian kompetensi Aparatur Sipil Negara, berjalan luring (offline). "
            "Data contoh di dalamnya sepenuhnya fiktif.").format(version=__version__))

    def _show_error(self, message: str) -> None:
        self._show_message(QMessageBox.Icon.Warning, "Asesmen", message)

    def _show_message(self, icon: QMessageBox.Icon, title: str, text: str) -> QMessageBox:
        """A window-modal box that does not block the caller (open(), not exec())."""
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    # -- closing -----------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        if self._is_closed:
            super().closeEvent(event)
            return
        self._is_closed = True
        if self._runner.is_running():
            self._runner.cancel()  # stops at the next service call; what was written is committed
            self._runner.wait()
        self._close_progress_dialog()
        for tab in self.session_tabs:
            tab.shutdown()
        self._settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self._settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        self._settings.sync()
        super().closeEvent(event)
        self.closed.emit()
