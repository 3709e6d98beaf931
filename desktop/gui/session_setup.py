"""Setting up an assessment session: details, target positions and standards, simulations, the competency x
simulation matrix, assessors and the assignment (matriks asesor); and the dialog that creates a session.

Every change is saved at once through the service (its own short transaction, one audit event), then the
screen re-reads the session. A sealed session is shown read-only under a banner.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QPushButton,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AsesmenError
from desktop.domain.model import Purpose, SessionInfo
from desktop.gui import i18n
from desktop.gui.models import date_range
from desktop.gui.setup_pages import (
    AssessorsPage,
    AssignmentPage,
    DetailsPage,
    MatrixPage,
    PositionsPage,
    SimulationsPage,
    SkjImportDialog,
    choose_skj_file,
    date_edit,
    date_text,
    note,
)
from desktop.gui.tasks import TaskRunner
from desktop.services import setup
from desktop.services.assessment import AssessmentService
from desktop.services.progress import Progress
from desktop.services.setup import SetupView, SkjReport

SCREENSHOT_SIZE = (1280, 800)
ERROR_STYLE = "#setupMessage { background: #fde4e2; border: 1px solid #e3a29b; border-radius: 3px; padding: 6px; }"
INFO_STYLE = "#setupMessage { background: #e6f2e6; border: 1px solid #a8cfa8; border-radius: 3px; padding: 6px; }"
BANNER_STYLE = "#sealedBanner { background: #fff4d6; border: 1px solid #e0c06a; border-radius: 3px; }"


def _bold(label: QLabel, scale: float = 1.0) -> QLabel:
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class SessionSetupWidget(QWidget):
    """The setup of one session in six tabs. `session_changed(uuid)` fires after every saved change."""

    session_changed = Signal(str)

    def __init__(self, service: AssessmentService, session_uuid: str, language: str = i18n.SOURCE_LANGUAGE,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._uuid = service, session_uuid
        self._locale = i18n.locale_for(language)
        self._runner = runner or TaskRunner(self)
        self._view: SetupView | None = None
        self._progress: QProgressDialog | None = None
        self._skj_path: Path | None = None
        self.skj_dialog: SkjImportDialog | None = None
        self.setAccessibleName(self.tr("Persiapan sesi penilaian"))
        self.setMinimumSize(720, 480)  # explicit: a layout-derived minimum would change after showing

        self.heading = _bold(QLabel(), 1.15)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.banner = QFrame()
        self.banner.setObjectName("sealedBanner")
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner_label = note()
        self.banner_label.setAccessibleName(self.tr("Sesi tersegel"))
        banner_icon = QLabel()
        banner_icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(24, 24))
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        banner_layout.addWidget(self.banner_label, 1)
        self.banner.hide()

        self.message = QLabel()
        self.message.setObjectName("setupMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(self.tr("Pesan"))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Bagian persiapan sesi"))
        self.details_page = DetailsPage(service, session_uuid, self.apply, self._locale)
        self.positions_page = PositionsPage(service, session_uuid, self.apply)
        self.simulations_page = SimulationsPage(service, session_uuid, self.apply)
        self.matrix_page = MatrixPage(service, session_uuid, self.apply)
        self.assessors_page = AssessorsPage(service, session_uuid, self.apply)
        self.assignment_page = AssignmentPage(service, session_uuid, self.apply)
        for page, label in ((self.details_page, self.tr("&Rincian")),
                            (self.positions_page, self.tr("&Jabatan sasaran")),
                            (self.simulations_page, self.tr("&Simulasi")),
                            (self.matrix_page, self.tr("&Matriks")),
                            (self.assessors_page, self.tr("&Asesor")),
                            (self.assignment_page, self.tr("&Penugasan"))):
            self.tabs.addTab(page, label)
        self._warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.detail)
        layout.addWidget(self.banner)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)

        self.positions_page.import_requested = self._on_import_requested
        self._runner.progressed.connect(self._on_task_progressed)
        self._runner.succeeded.connect(self._on_task_succeeded)
        self._runner.failed.connect(self._on_task_failed)
        self._runner.cancelled.connect(self._on_task_cancelled)
        self.reload()

    # -- reading -----------------------------------------------------------------------------
    @property
    def session_uuid(self) -> str:
        return self._uuid

    @property
    def view(self) -> SetupView | None:
        return self._view

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    def is_read_only(self) -> bool:
        return self._view is None or self._view.sealed

    def reload(self) -> None:
        """Read the session again and show it on every page."""
        try:
            view = setup.setup_view(self._service, self._uuid)
        except AsesmenError as exc:
            self.show_error(self.tr("Sesi tidak dapat dibaca: {message}").format(message=exc))
            self.tabs.setEnabled(False)
            return
        self._view = view
        read_only = view.sealed
        self.tabs.setEnabled(True)
        self.heading.setText(self.tr("Persiapan sesi: {title}").format(title=view.info.title))
        self.detail.setText(self._detail(view.info))
        self.banner.setVisible(read_only)
        if read_only:
            self.banner_label.setText(self.tr(
                "Sesi ini sudah disegel (kode segel {code}): rincian, jabatan, simulasi, matriks, asesor dan "
                "penugasan hanya dapat dilihat, tidak dapat diubah.").format(code=view.info.seal_code or "-"))
        for page in (self.details_page, self.positions_page, self.simulations_page, self.matrix_page,
                     self.assessors_page, self.assignment_page):
            page.set_view(view, read_only)
        short = setup.warnings_of(view).short
        self.tabs.setTabIcon(self.tabs.indexOf(self.matrix_page), self._warning_icon if short else QIcon())
        self.tabs.setTabToolTip(self.tabs.indexOf(self.matrix_page), self.tr(
            "{n} kompetensi diungkap kurang dari {min} simulasi").format(n=len(short), min=view.min_simulations)
            if short else "")

    def _detail(self, info: SessionInfo) -> str:
        purpose = {Purpose.PENGISIAN_JABATAN: self.tr("Pengisian jabatan"),
                   Purpose.PEMETAAN: self.tr("Pemetaan kompetensi")}.get(info.purpose, str(info.purpose))
        parts = [purpose, date_range(info.start_date, info.end_date, self._locale), info.venue,
                 self.tr("{n} peserta").format(n=info.assessees),
                 self.tr("tersegel") if info.seal_hash else self.tr("draf")]
        return " · ".join(p for p in parts if p)

    # -- writing -----------------------------------------------------------------------------
    def apply(self, change: Callable[[], object], done: str | Callable[[object], str]) -> bool:
        """Run one saving service call; show its outcome in one line, re-read the session, tell the window.

        Returns True when the call succeeded. A call that returns False changed nothing: no signal then.
        """
        if self.is_read_only():
            self.show_error(self.tr("Sesi sudah disegel: data tidak dapat diubah."))
            return False
        try:
            result = change()
        except AsesmenError as exc:
            self.reload()  # the controls show what is stored again
            self.show_error(self.tr("Tidak tersimpan: {message}").format(message=exc))
            return False
        self.reload()
        if result is not False:
            self.show_info(done(result) if callable(done) else done)
            self.session_changed.emit(self._uuid)
        return True

    def show_error(self, text: str) -> None:
        self.message.setStyleSheet(ERROR_STYLE)
        self.message.setText(text)
        self.message.setProperty("kind", "error")
        self.message.show()

    def show_info(self, text: str) -> None:
        self.message.setStyleSheet(INFO_STYLE)
        self.message.setText(text)
        self.message.setProperty("kind", "info")
        self.message.show()

    def shutdown(self) -> None:
        """Stop a running SKJ check (it has written nothing) and wait for the worker; call before closing."""
        if self._runner.is_running():
            self._runner.cancel()
            self._runner.wait()
        self._end_task()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # -- importing an SKJ off the GUI thread --------------------------------------------------
    def _on_import_requested(self) -> None:
        path = choose_skj_file(self)
        if path is not None:
            self.start_skj_import(path)

    def start_skj_import(self, path: Path) -> None:
        """Read and check an SKJ file in the background, then show what it would change."""
        if self._runner.is_running() or self.is_read_only():
            return
        service, uuid, path = self._service, self._uuid, Path(path)
        self._skj_path = path

        def run(progress: Progress) -> SkjReport:
            return setup.validate_skj(service, uuid, setup.read_skj(path), progress)

        dialog = QProgressDialog(self.tr("Memeriksa {name}…").format(name=path.name), self.tr("Batal"), 0, 0, self)
        dialog.setWindowTitle(self.tr("Impor SKJ"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)  # a small sheet is checked before the dialog would even show
        dialog.canceled.connect(self._runner.cancel)
        self._progress = dialog
        self.positions_page.import_button.setEnabled(False)
        self._runner.start(run)

    @Slot(int, int, str)
    def _on_task_progressed(self, done: int, total: int, _text: str) -> None:
        if self._progress is not None and not self._progress.wasCanceled():
            self._progress.setMaximum(max(total, 0))
            self._progress.setValue(min(done, total) if total > 0 else 0)

    def _end_task(self) -> None:
        dialog, self._progress = self._progress, None
        if dialog is not None:
            dialog.canceled.disconnect(self._runner.cancel)
            dialog.close()
            dialog.deleteLater()
        self.positions_page.import_button.setEnabled(not self.is_read_only())

    @Slot(object)
    def _on_task_succeeded(self, report: object) -> None:
        self._end_task()
        if not isinstance(report, SkjReport) or self._view is None or self._skj_path is None:
            return
        dialog = SkjImportDialog(self._skj_path, report, self._view, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._import_report(report))
        dialog.destroyed.connect(self._on_skj_dialog_destroyed)
        self.skj_dialog = dialog
        dialog.open()

    @Slot()
    def _on_skj_dialog_destroyed(self) -> None:
        self.skj_dialog = None

    def _import_report(self, report: SkjReport) -> None:
        self.apply(lambda: setup.import_skj(self._service, self._uuid, report),
                   lambda counts: self.tr("SKJ diimpor: {added} jabatan baru, {updated} jabatan diperbarui.").format(
                       added=counts[0], updated=counts[1]))

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        self._end_task()
        self.show_error(self.tr("Berkas SKJ tidak dapat dibaca: {message}").format(message=message))

    @Slot()
    def _on_task_cancelled(self) -> None:
        self._end_task()
        self.show_info(self.tr("Impor SKJ dibatalkan; tidak ada yang diubah."))


class NewSessionDialog(QDialog):
    """Title, purpose and dates of a new session; the rest is filled in on the setup screen."""

    session_created = Signal(str)

    def __init__(self, service: AssessmentService, language: str = i18n.SOURCE_LANGUAGE,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        locale: QLocale = i18n.locale_for(language)
        self.created_uuid: str | None = None
        self.setWindowTitle(self.tr("Sesi penilaian baru"))
        self.setMinimumSize(520, 220)
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Judul sesi"))
        self.title_edit.setPlaceholderText(self.tr("mis. Seleksi Terbuka JPT Pratama 2026"))
        self.purpose_combo = QComboBox()
        self.purpose_combo.setAccessibleName(self.tr("Tujuan penilaian"))
        self.purpose_combo.addItem(self.tr("Pengisian jabatan"), Purpose.PENGISIAN_JABATAN.value)
        self.purpose_combo.addItem(self.tr("Pemetaan kompetensi"), Purpose.PEMETAAN.value)
        today = QDate.currentDate()
        self.start_edit = date_edit(locale, self.tr("Tanggal mulai"))
        self.start_edit.setMinimumDate(today.addYears(-5))
        self.start_edit.setDate(today)
        self.end_edit = date_edit(locale, self.tr("Tanggal selesai"))
        self.end_edit.setMinimumDate(today.addYears(-5))
        self.end_edit.setDate(today)
        self.start_edit.dateChanged.connect(self._on_start_changed)
        self.error_label = QLabel()
        self.error_label.setObjectName("setupMessage")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setAccessibleName(self.tr("Kesalahan"))
        self.error_label.hide()
        self.buttons = QDialogButtonBox()
        self.create_button: QPushButton = self.buttons.addButton(self.tr("&Buat sesi"),
                                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)
        self.cancel_button = self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        form = QFormLayout()
        form.addRow(self.tr("&Judul:"), self.title_edit)
        form.addRow(self.tr("&Tujuan:"), self.purpose_combo)
        form.addRow(self.tr("Tanggal &mulai:"), self.start_edit)
        form.addRow(self.tr("Tanggal s&elesai:"), self.end_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "Jabatan sasaran, simulasi, asesor dan penugasan diisi setelah sesi dibuat.")))
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.title_edit.setFocus()

    @Slot(QDate)
    def _on_start_changed(self, start: QDate) -> None:
        if self.end_edit.date() < start:
            self.end_edit.setDate(start)

    def accept(self) -> None:
        try:
            uuid = self._service.create_session(
                self.title_edit.text().strip(), self.purpose_combo.currentData(),
                start_date=date_text(self.start_edit), end_date=date_text(self.end_edit))
        except AsesmenError as exc:
            self.error_label.setText(self.tr("Sesi belum dibuat: {message}").format(message=exc))
            self.error_label.show()
            self.title_edit.setFocus()
            return
        self.created_uuid = uuid
        self.session_created.emit(uuid)
        super().accept()


def screenshot(out_dir: Path) -> list[Path]:
    """setup_positions.png, setup_matrix.png, setup_assignment.png of the sample session at 1280x800."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.gui import shots
    from desktop.services.demo import load_demo

    _app, out_dir = shots.prepare(out_dir)
    paths = []
    with shots.temporary_service("asesmen-setup-shots-") as service:
        uuid = load_demo(service)
        widget = SessionSetupWidget(service, uuid)
        widget.resize(*SCREENSHOT_SIZE)
        widget.show()
        for name, page in (("setup_positions.png", widget.positions_page),
                           ("setup_matrix.png", widget.matrix_page),
                           ("setup_assignment.png", widget.assignment_page)):
            widget.tabs.setCurrentWidget(page)
            shots.settle(1)
            paths.append(shots.grab(widget, out_dir / name))
        shots.dispose(widget)
    return paths
