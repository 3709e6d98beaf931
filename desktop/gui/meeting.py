"""The integration meeting (rapat integrasi, wash-up): the panel turns every rating into one final level.

Three states, shown in the bar at the top:
  DRAFT    "Buka rapat integrasi" (every form submitted; opening locks the individual ratings)
  MEETING  the decisions, "n dari m level akhir ditetapkan", "Setujui semua usulan", "Tutup rapat dan segel"
  SEALED   read-only, with the seal code

Left, the agenda: assessees with the most to discuss first (or by participant number). Centre, the grid of the
selected assessee: one row per competency of the target position, one column per simulation ("level
(initials)"), the proposal, the notes (divergence, too little evidence) and the final level.

Keys on the grid (a decision is saved through the service the moment it is made, then the next row):
  1-5                  final level of the current row; one that differs from the proposal asks for a reason
  Enter                accept the proposal (a row already decided: go on)
  Ctrl+Enter           save the level and the reason typed (from the reason box)
  Esc                  drop the level not saved yet, or close the amendment
  F2 / double-click    amend the individual rating in the current cell (level, evidence, reason)
  Alt+PgDn / Alt+PgUp  next / previous assessee on the agenda

"Setujui semua usulan" and closing the meeting run off the GUI thread (one transaction each).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from html import escape
from pathlib import Path

from PySide6.QtCore import QDateTime, QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QBrush, QCloseEvent, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AsesmenError
from desktop.domain.model import SessionInfo, SessionStatus
from desktop.domain.nip import format_nip
from desktop.domain.rules import rules_from_dict
from desktop.domain.scoring import format_level, rating_scale
from desktop.gui import i18n
from desktop.gui.meeting_stats import InterRaterPanel
from desktop.gui.rating_form import FAILED_COLOUR, SAVED_COLOUR, error_line
from desktop.gui.tasks import TaskRunner
from desktop.gui.widgets import hide_message, read_only_table, show_message, shown_text
from desktop.services.assessment import AssessmentService
from desktop.services.meeting import AgendaItem, MeetingRow, MeetingView, agenda, interrater, meeting_views

log = logging.getLogger(__name__)

DEFAULT_SCALE = (1, 2, 3, 4, 5)
# Light backgrounds with dark text set together, so the contrast holds on a dark palette too; every tint
# comes with a symbol in the text (⚑ perlu dibahas, ⚠ bukti kurang, ✓ final), never colour alone.
DIVERGENT_COLOUR = "#fff0c2"
INSUFFICIENT_COLOUR = "#fbe3e1"
FINAL_COLOUR = "#dcefdc"
CELL_TEXT = "#1c1c1c"
NIP_ROLE = Qt.ItemDataRole.UserRole
RATING_ROLE = Qt.ItemDataRole.UserRole + 1
ORDER_AGENDA, ORDER_NUMBER = "agenda", "number"


def short_names(names: Iterable[str]) -> dict[str, str]:
    """Initials for the grid ("Drs. Bambang Sutrisno Fiktif, M.Psi." -> "BSF"); the name without its
    titles where two assessors would share initials."""
    def core(name: str) -> list[str]:
        words = [w for w in name.split(",")[0].split() if not w.endswith(".")]
        return words or name.split()

    names = list(dict.fromkeys(names))
    initials = {n: "".join(w[0] for w in core(n) if w[0].isalnum()).upper() or n for n in names}
    taken = [v for v in initials.values()]
    return {n: (v if taken.count(v) == 1 else " ".join(core(n))) for n, v in initials.items()}


def simulation_label(code: str, name: str) -> str:
    """A short column heading: the acronym in brackets, a short name, or the code."""
    bracket = re.search(r"\(([^)]{1,12})\)\s*$", name)
    if bracket:
        return bracket.group(1)
    return name if name and len(name) <= 14 else code


class ReasonEdit(QPlainTextEdit):
    """The reason for a final level that differs from the proposal: Ctrl+Enter saves, Esc drops it."""

    save_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save_requested.emit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel_requested.emit()
            return
        super().keyPressEvent(event)


class MeetingWidget(QWidget):
    """The integration meeting of one session.

    Signal: session_changed(uuid) after every saved change (meeting opened, final level, amendment,
    proposals adopted, session sealed). Call `shutdown()` before the widget goes away.
    """

    session_changed = Signal(str)

    NAME, STANDARD = 0, 1  # then one column per simulation, then the three below (see _columns)

    def __init__(self, service: AssessmentService, session_uuid: str, language: str = i18n.SOURCE_LANGUAGE,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._uuid = session_uuid
        self._locale = i18n.locale_for(language)
        self._runner = runner or TaskRunner(self)
        self._task = ""
        self._busy = False
        self._info: SessionInfo | None = None
        self._status = SessionStatus.DRAFT
        self._scale: tuple[int, ...] = DEFAULT_SCALE  # final levels: whole, one digit each
        self._rating_scale: tuple[int | float, ...] = DEFAULT_SCALE  # individual ratings: may have halves
        self._simulations: list[tuple[str, str]] = []
        self._names: dict[str, str] = {}
        self._assessors: list[str] = []
        self._method = "median"
        self._views: dict[str, MeetingView] = {}
        self._agenda: list[AgendaItem] = []
        self._ratings: dict[tuple[str, str, str, str], dict] = {}  # (nip, sim, assessor, competency) -> rating
        self._nip: str | None = None
        self._pending: tuple[str, str, int] | None = None  # (nip, competency, level) waiting for its reason
        self._seal_armed = False
        self._build()
        self._runner.succeeded.connect(self._on_task_succeeded)
        self._runner.failed.connect(self._on_task_failed)
        self._runner.finished.connect(self._on_task_finished)
        self.refresh()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self._build_state_bar()
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Pemberitahuan rapat integrasi"))
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()

        self.stats_panel = InterRaterPanel(self._locale)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Rapat integrasi"))
        self.tabs.addTab(self._build_decision_page(), self.tr("&Keputusan per peserta"))
        self.tabs.addTab(self.stats_panel, self.tr("&Statistik antar-penilai"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        # The layout must not push a new minimum size onto a window after it is shown (panels differ).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.state_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        self.setMinimumSize(760, 480)
        self.setStyleSheet(
            "QLabel#heading { font-weight: bold; font-size: 11pt; }"
            "QFrame#stateBar { border: 1px solid palette(mid); border-radius: 4px;"
            " background: palette(alternate-base); }"
            "QFrame#stateBar[state=\"sealed\"] { background: #fff4d6; border: 1px solid #e0c06a; }"
            "QFrame#stateBar[state=\"sealed\"] QLabel { color: #1c1c1c; }"
            "QLabel#stateTitle { font-weight: bold; font-size: 11pt; }"
            "QLabel#banner, QLabel#decisionMessage[kind] { padding: 5px 8px; border-radius: 3px; }"
            "QLabel#banner[kind=\"info\"], QLabel#decisionMessage[kind=\"info\"] { background: #e6f2e6;"
            " border: 1px solid #a8cfa8; color: #1c1c1c; }"
            "QLabel#banner[kind=\"error\"], QLabel#decisionMessage[kind=\"error\"] { background: #fde4e2;"
            " border: 1px solid #e3a29b; color: #8a1c14; }"
            "QLabel#banner[kind=\"confirm\"] { background: #fff4d6; border: 2px solid #c99a1d; color: #1c1c1c; }"
            "QFrame#decisionPanel, QFrame#amendPanel { border: 1px solid palette(mid); border-radius: 4px; }"
            "QFrame#amendPanel { border: 2px solid palette(highlight); }"
            "QLabel#decisionTitle { font-weight: bold; font-size: 10.5pt; }"
            f"QLabel#flags {{ color: {FAILED_COLOUR}; font-weight: bold; }}"
            f"QLabel#stored[final=\"true\"] {{ color: {SAVED_COLOUR}; font-weight: bold; }}"
            "QPushButton#levelButton { min-width: 30px; max-width: 30px; min-height: 26px; }"
            "QPushButton#levelButton:checked { background: palette(highlight); color: palette(highlighted-text);"
            " font-weight: bold; border: 1px solid palette(shadow); border-radius: 3px; }"
            "QPushButton#levelButton[proposed=\"true\"] { border: 2px dashed palette(shadow); border-radius: 3px;"
            " font-weight: bold; }"
            "QPushButton#sealButton[armed=\"true\"] { font-weight: bold; }"
        )

    def _build_state_bar(self) -> None:
        self.state_bar = QFrame()
        self.state_bar.setObjectName("stateBar")
        self.state_title = QLabel()
        self.state_title.setObjectName("stateTitle")
        self.state_text = QLabel()
        self.state_text.setWordWrap(True)
        self.state_text.setAccessibleName(self.tr("Status rapat integrasi"))
        self.state_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress_bar = QProgressBar()
        self.progress_bar.setAccessibleName(self.tr("Level akhir yang sudah ditetapkan"))
        self.progress_bar.setFormat("%v/%m")
        self.progress_bar.setFixedWidth(140)
        self.busy_bar = QProgressBar()
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setFixedWidth(120)
        self.busy_bar.setAccessibleName(self.tr("Sedang menyimpan"))
        self.busy_bar.hide()
        self.open_button = QPushButton(self.tr("&Buka rapat integrasi"))
        self.open_button.setAccessibleName(self.tr("Buka rapat integrasi"))
        self.open_button.setToolTip(self.tr(
            "Semua formulir harus sudah dikirim. Sesudah rapat dibuka, penilaian individual terkunci."))
        self.integrate_button = QPushButton(self.tr("Setujui semua &usulan"))
        self.integrate_button.setAccessibleName(self.tr("Setujui semua usulan"))
        self.integrate_button.setToolTip(self.tr(
            "Mencatat usulan sebagai level akhir untuk setiap kompetensi yang belum final dan buktinya cukup, "
            "disetujui oleh asesor yang menilainya. Keputusan yang sudah ada tidak diubah."))
        self.seal_button = QPushButton(self.tr("&Tutup rapat dan segel"))
        self.seal_button.setObjectName("sealButton")
        self.seal_button.setAccessibleName(self.tr("Tutup rapat dan segel"))
        self.reopen_reason = QLineEdit()
        self.reopen_reason.setAccessibleName(self.tr("Alasan kembali ke penilaian"))
        self.reopen_reason.setPlaceholderText(self.tr("alasan kembali ke penilaian"))
        self.reopen_reason.setToolTip(self.tr(
            "Bila sebuah kompetensi perlu simulasi atau penugasan tambahan: rapat ditutup sementara, persiapan "
            "dan penilaian terbuka kembali, keputusan yang sudah ada tetap. Tercatat di log audit."))
        self.reopen_button = QPushButton(self.tr("Kembali ke &penilaian"))
        self.reopen_button.setAccessibleName(self.tr("Kembali ke penilaian"))
        self.unseal_button = QPushButton(self.tr("&Buka segel untuk koreksi"))
        self.unseal_button.setAccessibleName(self.tr("Buka kembali sesi tersegel untuk koreksi"))
        self.unseal_button.setToolTip(self.tr(
            "Hanya ketua asesor atau administrator, dengan alasan: rapat integrasi berjalan lagi, dan menyegel "
            "ulang membuat revisi baru yang diterapkan BKD sebagai amandemen. Tercatat di log audit."))
        self.seal_cancel_button = QPushButton(self.tr("Batal"))
        self.seal_cancel_button.setAccessibleName(self.tr("Batal menyegel"))
        self.seal_cancel_button.hide()
        for button in (self.open_button, self.integrate_button, self.seal_button, self.seal_cancel_button,
                       self.reopen_button, self.unseal_button):
            button.setAutoDefault(False)

        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.state_title)
        text.addWidget(self.state_text)
        bar = QHBoxLayout(self.state_bar)
        bar.setContentsMargins(10, 6, 10, 6)
        bar.addLayout(text, 1)
        bar.addWidget(self.progress_bar)
        bar.addWidget(self.busy_bar)
        bar.addWidget(self.open_button)
        bar.addWidget(self.integrate_button)
        bar.addWidget(self.seal_button)
        bar.addWidget(self.seal_cancel_button)
        bar.addWidget(self.reopen_reason)
        bar.addWidget(self.reopen_button)
        bar.addWidget(self.unseal_button)
        self.unseal_button.clicked.connect(self.reopen_sealed)
        self.reopen_button.clicked.connect(self.reopen_rating)
        self.reopen_reason.returnPressed.connect(  # the reason serves both: back to rating, or unsealing
            lambda: self.reopen_sealed() if self._status == SessionStatus.SEALED else self.reopen_rating())
        self.open_button.clicked.connect(self.open_meeting)
        self.integrate_button.clicked.connect(self.adopt_all_proposals)
        self.seal_button.clicked.connect(self._on_seal_clicked)
        self.seal_cancel_button.clicked.connect(self._disarm_seal)

    def _build_decision_page(self) -> QWidget:
        # Left: the agenda.
        self.agenda_heading = QLabel(self.tr("&Agenda rapat"))
        self.agenda_heading.setObjectName("heading")
        self.order_combo = QComboBox()
        self.order_combo.setAccessibleName(self.tr("Urutan agenda"))
        self.order_combo.addItem(self.tr("Perlu dibahas dulu"), ORDER_AGENDA)
        self.order_combo.addItem(self.tr("Nomor peserta"), ORDER_NUMBER)
        order_label = QLabel(self.tr("&Urutkan:"))
        order_label.setBuddy(self.order_combo)
        self.agenda_list = QListWidget()
        self.agenda_list.setAccessibleName(self.tr("Agenda rapat: peserta"))
        self.agenda_list.setAccessibleDescription(self.tr(
            "Peserta dengan paling banyak kompetensi yang perlu dibahas di atas; Enter membuka kisinya"))
        self.agenda_list.setAlternatingRowColors(True)
        self.agenda_list.setSpacing(1)
        self.agenda_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.agenda_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.agenda_heading.setBuddy(self.agenda_list)
        order_row = QHBoxLayout()
        order_row.addWidget(order_label)
        order_row.addWidget(self.order_combo, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self.agenda_heading)
        left_layout.addLayout(order_row)
        left_layout.addWidget(self.agenda_list, 1)

        # Centre: the assessee's grid, then the decision on its current row.
        self.assessee_title = QLabel()
        self.assessee_title.setObjectName("heading")
        self.assessee_detail = QLabel()
        self.assessee_detail.setWordWrap(True)
        self.assessee_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = read_only_table(QTableWidget())
        self.table.setAccessibleName(self.tr("Kisi integrasi"))
        self.table.setAccessibleDescription(self.tr(
            "Satu baris per kompetensi. Angka 1–5: level akhir; Enter: terima usulan; F2: ubah penilaian sel"))
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        self.table.installEventFilter(self)
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.hint_label = QLabel(self.tr(
            "Angka 1–5: level akhir baris terpilih · Enter: terima usulan · Ctrl+Enter: simpan dengan alasan · "
            "Esc: batal · F2: ubah penilaian sel · Alt+PgDn/PgUp: peserta berikutnya/sebelumnya"))
        self.hint_label.setWordWrap(True)
        self.hint_label.setObjectName("hint")
        self.table.horizontalScrollBar().rangeChanged.connect(self._fit_grid)

        self.decision_stack = QStackedWidget()
        self.decision_stack.addWidget(self._build_decision_panel())
        self.decision_stack.addWidget(self._build_amend_panel())
        self.centre_splitter = QSplitter(Qt.Orientation.Vertical)
        self.centre_splitter.setChildrenCollapsible(False)
        self.centre_splitter.addWidget(self.table)
        self.centre_splitter.addWidget(self.decision_stack)
        self.centre_splitter.setStretchFactor(0, 1)
        self.centre_splitter.setStretchFactor(1, 1)
        self.centre_splitter.setSizes([360, 300])
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(4, 0, 0, 0)
        centre_layout.addWidget(self.assessee_title)
        centre_layout.addWidget(self.assessee_detail)
        centre_layout.addWidget(self.legend)
        centre_layout.addWidget(self.centre_splitter, 1)
        centre_layout.addWidget(self.hint_label)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(centre)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([250, 1000])
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(4, 6, 4, 4)
        page_layout.addWidget(self.splitter)

        self.order_combo.currentIndexChanged.connect(self._on_order_changed)
        self.agenda_list.currentItemChanged.connect(self._on_agenda_current_changed)
        self.agenda_list.itemActivated.connect(self._on_agenda_activated)
        self.table.currentCellChanged.connect(self._on_current_cell_changed)
        self.table.cellDoubleClicked.connect(self._on_cell_double_clicked)
        return page

    def _build_decision_panel(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("decisionPanel")
        self.decision_title = QLabel()
        self.decision_title.setObjectName("decisionTitle")
        self.decision_title.setWordWrap(True)
        self.flags_label = QLabel()
        self.flags_label.setObjectName("flags")
        self.flags_label.setWordWrap(True)
        self.evidence_view = QTextBrowser()
        self.evidence_view.setAccessibleName(self.tr("Penilaian dan bukti perilaku kompetensi ini"))
        self.evidence_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read while deciding; Tab skips it
        self.evidence_view.setOpenLinks(False)
        self.evidence_view.setMinimumHeight(70)
        self.stored_label = QLabel()
        self.stored_label.setObjectName("stored")
        self.stored_label.setAccessibleName(self.tr("Level akhir tersimpan"))
        self.stored_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.level_group = QButtonGroup(self)
        self.level_buttons: dict[int, QPushButton] = {}
        self.level_row = QWidget()
        level_layout = QHBoxLayout(self.level_row)
        level_layout.setContentsMargins(0, 0, 0, 0)
        level_layout.addWidget(QLabel(self.tr("Level akhir:")))
        self._level_layout = level_layout
        self.proposal_label = QLabel()
        self.accept_button = QPushButton(self.tr("Terima usulan"))
        self.accept_button.setAccessibleName(self.tr("Terima usulan sebagai level akhir"))
        self.accept_button.setToolTip(self.tr("Enter pada kisi"))
        self.accept_button.setAutoDefault(False)
        self.amend_button = QPushButton(self.tr("Ubah p&enilaian…"))
        self.amend_button.setAccessibleName(self.tr("Ubah penilaian individual"))
        self.amend_button.setToolTip(self.tr(
            "Amandemen satu penilaian individual dengan alasan (F2 pada sel simulasi); tercatat di log audit"))
        self.amend_button.setAutoDefault(False)

        self.reason_label = QLabel(self.tr("A&lasan:"))
        self.reason_edit = ReasonEdit()
        self.reason_edit.setAccessibleName(self.tr("Alasan level akhir"))
        self.reason_edit.setPlaceholderText(self.tr(
            "Wajib bila level akhir berbeda dari usulan: bukti perilaku mana yang menentukan"))
        self.reason_edit.setFixedHeight(self.reason_edit.fontMetrics().lineSpacing() * 2 + 14)
        self.reason_label.setBuddy(self.reason_edit)
        self.save_button = QPushButton(self.tr("Simpan keputusan"))
        self.save_button.setAccessibleName(self.tr("Simpan level akhir dan alasan"))
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.save_button.setAutoDefault(False)
        self.cancel_button = QPushButton(self.tr("Batal"))
        self.cancel_button.setAccessibleName(self.tr("Batalkan level yang belum disimpan"))
        self.cancel_button.setToolTip(self.tr("Esc"))
        self.cancel_button.setAutoDefault(False)

        self.agreed_label = QLabel(self.tr("Disetujui oleh:"))
        self.agreed_host = QWidget()
        self.agreed_layout = QHBoxLayout(self.agreed_host)
        self.agreed_layout.setContentsMargins(0, 0, 0, 0)
        self.agreed_boxes: dict[str, QCheckBox] = {}

        self.decision_message = QLabel()
        self.decision_message.setObjectName("decisionMessage")
        self.decision_message.setWordWrap(True)
        self.decision_message.setAccessibleName(self.tr("Pemberitahuan keputusan"))
        self.decision_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.decision_message.hide()
        self.read_only_note = QLabel()
        self.read_only_note.setWordWrap(True)
        self.read_only_note.hide()

        self.controls = QWidget()
        grid = QFormLayout(self.controls)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        level_layout.addSpacing(8)
        level_layout.addWidget(self.proposal_label)
        level_layout.addStretch(1)
        level_layout.addWidget(self.accept_button)
        level_layout.addWidget(self.amend_button)
        reason_row = QHBoxLayout()
        reason_row.addWidget(self.reason_edit, 1)
        buttons = QVBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        reason_row.addLayout(buttons)
        grid.addRow(self.level_row)
        grid.addRow(self.reason_label, reason_row)
        grid.addRow(self.agreed_label, self.agreed_host)

        top = QHBoxLayout()
        top.addWidget(self.decision_title, 1)
        top.addWidget(self.stored_label)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.flags_label)
        layout.addWidget(self.evidence_view, 1)
        layout.addWidget(self.controls)
        layout.addWidget(self.decision_message)
        layout.addWidget(self.read_only_note)

        self.level_group.idClicked.connect(self._on_level_clicked)
        self.accept_button.clicked.connect(self.accept_proposal)
        self.amend_button.clicked.connect(self.open_amendment)
        self.save_button.clicked.connect(self.save_pending)
        self.cancel_button.clicked.connect(self.cancel_pending)
        self.reason_edit.save_requested.connect(self.save_pending)
        self.reason_edit.cancel_requested.connect(self.cancel_pending)
        return panel

    def _build_amend_panel(self) -> QWidget:
        panel = QFrame()
        panel.setObjectName("amendPanel")
        self.amend_title = QLabel(self.tr("Ubah penilaian individual (amandemen)"))
        self.amend_title.setObjectName("decisionTitle")
        self.amend_note = QLabel(self.tr(
            "Penilaian individual terkunci sejak rapat dibuka. Amandemen dicatat di log audit bersama level "
            "lama, level baru, alasan, dan nama Anda; level akhir yang sudah ditetapkan tidak ikut berubah."))
        self.amend_note.setWordWrap(True)
        self.amend_rating_combo = QComboBox()
        self.amend_rating_combo.setAccessibleName(self.tr("Penilaian yang diubah"))
        self.amend_level_combo = QComboBox()
        self.amend_level_combo.setAccessibleName(self.tr("Level baru"))
        self.amend_evidence_edit = QPlainTextEdit()
        self.amend_evidence_edit.setAccessibleName(self.tr("Bukti perilaku"))
        self.amend_evidence_edit.setTabChangesFocus(True)
        self.amend_evidence_edit.setFixedHeight(self.amend_evidence_edit.fontMetrics().lineSpacing() * 3 + 14)
        self.amend_reason_edit = QLineEdit()
        self.amend_reason_edit.setAccessibleName(self.tr("Alasan amandemen"))
        self.amend_reason_edit.setPlaceholderText(self.tr("wajib: mengapa penilaian ini diubah"))
        self.amend_message = QLabel()
        self.amend_message.setObjectName("decisionMessage")
        self.amend_message.setProperty("kind", "error")
        self.amend_message.setWordWrap(True)
        self.amend_message.setAccessibleName(self.tr("Pemberitahuan amandemen"))
        self.amend_message.hide()
        self.amend_save_button = QPushButton(self.tr("Simpan amandemen"))
        self.amend_save_button.setAccessibleName(self.tr("Simpan amandemen"))
        self.amend_save_button.setAutoDefault(False)
        self.amend_cancel_button = QPushButton(self.tr("Batal"))
        self.amend_cancel_button.setAccessibleName(self.tr("Batalkan amandemen"))
        self.amend_cancel_button.setToolTip(self.tr("Esc"))
        self.amend_cancel_button.setAutoDefault(False)

        form = QFormLayout()
        form.addRow(self.tr("&Penilaian:"), self.amend_rating_combo)
        form.addRow(self.tr("Level &baru:"), self.amend_level_combo)
        form.addRow(self.tr("Bukti pe&rilaku:"), self.amend_evidence_edit)
        form.addRow(self.tr("Alasan &amandemen:"), self.amend_reason_edit)
        self.amend_level_combo.setMinimumContentsLength(3)
        self.amend_level_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        buttons = QHBoxLayout()
        buttons.addWidget(self.amend_message, 1)
        buttons.addStretch(0)
        buttons.addWidget(self.amend_save_button)
        buttons.addWidget(self.amend_cancel_button)
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.amend_title)
        layout.addWidget(self.amend_note)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.amend_rating_combo.currentIndexChanged.connect(self._on_amend_rating_changed)
        self.amend_save_button.clicked.connect(self.save_amendment)
        self.amend_cancel_button.clicked.connect(self.close_amendment)
        self.amend_reason_edit.returnPressed.connect(self.save_amendment)
        return panel

    def _set_scale(self, scale: tuple[int, ...]) -> None:
        if tuple(self.level_buttons) == scale:
            return
        for button in self.level_buttons.values():
            self.level_group.removeButton(button)
            button.deleteLater()
        self.level_buttons = {}
        for i, n in enumerate(scale):
            button = QPushButton(str(n))
            button.setObjectName("levelButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keyboard decides from the grid with digits
            button.setAccessibleName(self.tr("Level akhir {n}").format(n=n))
            self.level_group.addButton(button, n)
            self.level_buttons[n] = button
            self._level_layout.insertWidget(1 + i, button)

    # -- reading -----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Re-read the session (one read) and redraw; the assessee and row in view stay."""
        try:
            info = self._service.info(self._uuid)
            doc = self._service.document(self._uuid)
            views = meeting_views(self._service, self._uuid, doc)
            stats = interrater(self._service, self._uuid, doc)
        except Exception as exc:  # the service's own error, or the database (locked, unreadable...)
            if not isinstance(exc, AsesmenError):
                log.warning("reading the meeting failed: %s", error_line(exc))
            self._show_banner(self.tr("Data rapat tidak dapat dibaca: {message}").format(message=error_line(exc)),
                              "error")
            return
        if self._info is not None and info.status != self._status:
            self._hide_banner()  # what was said about the former state no longer holds
        self._info, self._status = info, info.status
        self.hint_label.setVisible(info.status == SessionStatus.MEETING)
        try:
            rating = doc["rules"]["rules"]["rating"]
            scale = tuple(range(int(rating["min"]), int(rating["max"]) + 1))
        except (KeyError, TypeError, ValueError):
            scale = DEFAULT_SCALE
        self._scale = scale if scale and scale[0] >= 0 and scale[-1] <= 9 else DEFAULT_SCALE  # one digit each
        try:
            self._rating_scale = rating_scale(rules_from_dict(doc["rules"]["rules"]))
        except AsesmenError:
            self._rating_scale = self._scale
        self._set_scale(self._scale)
        self._simulations = [(s["code"], s["name"]) for s in doc["simulations"]]
        self._method = str(doc["rules"]["rules"].get("consensus", {}).get("method", "median"))
        self._assessors = [a["name"] for a in doc["assessors"]]
        self._names = short_names(self._assessors)
        self._index_ratings(doc)
        self._views = {v.nip: v for v in views}
        self._agenda = agenda(views)
        self.stats_panel.set_stats(stats)
        if self._pending and (self._status != SessionStatus.MEETING or self._pending[0] not in self._views):
            self._pending = None
        self._show_state()
        self._fill_agenda()

    def _index_ratings(self, doc: dict) -> None:
        nips = {a["uuid"]: a["nip"] for a in doc["assessees"]}
        sims = {s["uuid"]: s["code"] for s in doc["simulations"]}
        assessors = {a["uuid"]: a["name"] for a in doc["assessors"]}
        amendments: dict[str, list[dict]] = {}
        for event in doc["audit"]:
            if event["action"] == "rating.amend":
                amendments.setdefault(event["entity_uuid"], []).append(event)
        self._ratings = {
            (nips[r["assessee"]], sims[r["simulation"]], assessors[r["assessor"]], r["competency"]):
                {**r, "amendments": amendments.get(r["uuid"], [])}
            for r in doc["ratings"]
        }

    def _rating(self, nip: str, simulation: str, assessor: str, competency: str) -> dict:
        return self._ratings.get((nip, simulation, assessor, competency), {"evidence": "", "amendments": []})

    @property
    def status(self) -> SessionStatus:
        return self._status

    def _editable(self) -> bool:
        return self._status == SessionStatus.MEETING and not self._busy

    # -- the state bar -----------------------------------------------------------------------
    def _show_state(self) -> None:
        status = self._status
        total = sum(len(v.rows) for v in self._views.values())
        done = sum(v.finalised for v in self._views.values())
        self.state_bar.setProperty("state", status.value)
        self.state_bar.style().unpolish(self.state_bar)
        self.state_bar.style().polish(self.state_bar)
        meeting = status == SessionStatus.MEETING
        self.open_button.setVisible(status == SessionStatus.DRAFT)
        self.integrate_button.setVisible(meeting)
        self.seal_button.setVisible(meeting)
        sealed = status == SessionStatus.SEALED
        self.reopen_reason.setVisible(meeting or sealed)
        self.reopen_reason.setPlaceholderText(self.tr("alasan koreksi") if sealed
                                              else self.tr("alasan kembali ke penilaian"))
        self.reopen_button.setVisible(meeting)
        self.unseal_button.setVisible(sealed)
        self.progress_bar.setVisible(meeting)
        if status == SessionStatus.DRAFT:
            self._seal_armed = False
            self.state_title.setText(self.tr("Rapat integrasi belum dibuka"))
            self.state_text.setText(self.tr(
                "Membuka rapat mengunci semua penilaian individual: sesudahnya penilaian hanya dapat diubah "
                "melalui amandemen dengan alasan, yang tercatat di log audit. Semua formulir harus sudah "
                "dikirim. Kisi di bawah hanya pratinjau."))
        elif meeting:
            self.state_title.setText(self.tr("Rapat integrasi berlangsung"))
            self.state_text.setText(self.tr("{done} dari {total} level akhir ditetapkan").format(
                done=done, total=total))
            self.progress_bar.setRange(0, max(total, 1))
            self.progress_bar.setValue(done)
        else:
            self._seal_armed = False
            info = self._info
            sealed_at = ""
            if info is not None and info.sealed_at:
                when = QDateTime.fromString(info.sealed_at, Qt.DateFormat.ISODateWithMs)
                if not when.isValid():
                    when = QDateTime.fromString(info.sealed_at, Qt.DateFormat.ISODate)
                sealed_at = self._locale.toString(when.toLocalTime(), "d MMMM yyyy HH:mm") if when.isValid() else ""
            self.state_title.setText(self.tr("Sesi tersegel · kode segel {code}").format(
                code=(info.seal_code if info else None) or "-"))
            self.state_text.setText(self.tr(
                "Disegel {when}. {done} level akhir final; hasil hanya dapat dibaca, dicetak, dan diekspor.").format(
                when=sealed_at or "-", done=done))
        all_final = meeting and total > 0 and done == total
        self.seal_button.setEnabled(all_final and not self._busy)
        self.seal_button.setToolTip(
            self.tr("Menutup rapat dan menyegel sesi; klik dua kali untuk memastikan") if all_final else
            self.tr("Tersedia setelah semua level akhir ditetapkan ({left} lagi)").format(left=total - done))
        self.integrate_button.setEnabled(meeting and not self._busy and done < total)
        self.open_button.setEnabled(not self._busy)
        if not all_final:
            self._seal_armed = False
        self._show_seal_armed()

    def progress_text(self) -> str:
        return self.state_text.text()

    # -- the agenda --------------------------------------------------------------------------
    def _ordered_agenda(self) -> list[AgendaItem]:
        if self.order_combo.currentData() == ORDER_NUMBER:
            return sorted(self._agenda, key=lambda i: i.participant_no)
        return list(self._agenda)

    def _fill_agenda(self) -> None:
        items = self._ordered_agenda()
        keep = self._nip
        self.agenda_list.blockSignals(True)
        if [self.agenda_list.item(i).data(NIP_ROLE) for i in range(self.agenda_list.count())] != \
                [i.nip for i in items]:
            self.agenda_list.clear()
            for _ in items:
                self.agenda_list.addItem(QListWidgetItem())
        for row, item in enumerate(items):
            entry = self.agenda_list.item(row)
            entry.setData(NIP_ROLE, item.nip)
            entry.setText(self._agenda_text(item))
            entry.setToolTip(self._agenda_tooltip(item))
        target = next((r for r, i in enumerate(items) if i.nip == keep), 0 if items else -1)
        self.agenda_list.setCurrentRow(target)
        self.agenda_list.blockSignals(False)
        self._show_assessee(items[target].nip if target >= 0 else None)

    def _agenda_text(self, item: AgendaItem) -> str:
        view = self._views[item.nip]
        flagged = [r for r in view.rows if r.divergence or not r.sufficient]
        open_ = sum(r.final is None for r in flagged)  # a flagged row with a final level has been discussed
        done = view.finalised
        if done == item.total:
            state = self.tr("✓ {done}/{total} final").format(done=done, total=item.total)
        else:
            state = self.tr("{done}/{total} final").format(done=done, total=item.total)
        if open_:
            need = self.tr("⚑ {n} perlu dibahas").format(n=open_)
        elif flagged:
            need = self.tr("{n} sudah dibahas").format(n=len(flagged))
        else:
            need = self.tr("tidak ada yang perlu dibahas")
        return f"{item.participant_no}. {item.name}\n{need} · {state}"

    def _agenda_tooltip(self, item: AgendaItem) -> str:
        return self.tr("{divergent} kompetensi dengan penilaian berbeda jauh, {insufficient} dengan bukti kurang "
                       "dari {min} simulasi").format(divergent=item.divergent, insufficient=item.insufficient,
                                                     min=self._views[item.nip].min_simulations)

    def agenda_entries(self) -> list[str]:
        """The agenda as shown, one string per assessee."""
        return [self.agenda_list.item(i).text() for i in range(self.agenda_list.count())]

    @Slot(int)
    def _on_order_changed(self, _index: int) -> None:
        self._fill_agenda()

    @Slot(QListWidgetItem, QListWidgetItem)
    def _on_agenda_current_changed(self, current: QListWidgetItem | None, _previous) -> None:
        if current is not None:
            self._pending = None
            self._show_assessee(current.data(NIP_ROLE), keep_row=False)

    @Slot(QListWidgetItem)
    def _on_agenda_activated(self, _item: QListWidgetItem) -> None:
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def select_assessee(self, nip: str) -> bool:
        for row in range(self.agenda_list.count()):
            if self.agenda_list.item(row).data(NIP_ROLE) == nip:
                self.agenda_list.setCurrentRow(row)
                return True
        return False

    def _step_assessee(self, step: int) -> None:
        row = self.agenda_list.currentRow() + step
        if 0 <= row < self.agenda_list.count():
            self.agenda_list.setCurrentRow(row)
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the grid ----------------------------------------------------------------------------
    @property
    def view(self) -> MeetingView | None:
        return self._views.get(self._nip) if self._nip else None

    def _columns(self) -> tuple[int, int, int]:
        first = 2 + len(self._simulations)
        return first, first + 1, first + 2  # proposal, notes, final

    def _show_assessee(self, nip: str | None, keep_row: bool = True) -> None:
        same = nip == self._nip
        previous = (self.table.currentRow(), self.table.currentColumn()) if same and keep_row else None
        self._nip = nip
        view = self.view
        if view is None:
            self.assessee_title.setText(self.tr("Belum ada peserta"))
            self.assessee_detail.setText("")
            self.table.setRowCount(0)
            self._show_decision()
            return
        self.assessee_title.setText(f"{view.participant_no}. {view.name}")
        self.assessee_detail.setText(self.tr(
            "NIP {nip} · jabatan sasaran {position} · {done}/{total} level akhir final").format(
            nip=format_nip(view.nip), position=view.target_position, done=view.finalised, total=len(view.rows)))
        self._fill_grid(view)
        self._set_agreed_boxes(view)
        if previous is not None and 0 <= previous[0] < self.table.rowCount():
            row, col = previous
        else:
            row = next((i for i, r in enumerate(view.rows) if r.final is None), 0)
            col = self.NAME
        self.table.blockSignals(True)
        if self.table.rowCount():
            self.table.setCurrentCell(row, max(col, 0))
        self.table.blockSignals(False)
        self._show_decision(reset_agreed=not same or not keep_row)

    def _fill_grid(self, view: MeetingView) -> None:
        proposal_col, notes_col, final_col = self._columns()
        headers = [self.tr("Kompetensi"), self.tr("Standar")]
        headers += [simulation_label(code, name) for code, name in self._simulations]
        headers += [self.tr("Usulan"), self.tr("Catatan"), self.tr("Level akhir")]
        self.table.blockSignals(True)
        self.table.clearContents()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(view.rows))
        self.table.setHorizontalHeaderLabels(headers)
        for col, (code, name) in enumerate(self._simulations, start=2):
            self.table.horizontalHeaderItem(col).setToolTip(f"{name} ({code})")
        self.table.horizontalHeaderItem(proposal_col).setToolTip(self.tr(
            "Usulan konsensus: {method} semua penilaian kompetensi ini (aturan sesi)").format(method=self._method))
        bold = QFont(self.table.font())
        bold.setBold(True)
        for r, row in enumerate(view.rows):
            tint = INSUFFICIENT_COLOUR if not row.sufficient else DIVERGENT_COLOUR if row.divergence else None
            name = self._item(r, self.NAME, f"{row.code} {row.name}", tint)
            name.setToolTip(f"{row.code} · {row.name}")
            self._item(r, self.STANDARD, str(row.standard), tint, center=True)
            for col, (code, sim_name) in enumerate(self._simulations, start=2):
                cells = [c for c in row.ratings if c.simulation_code == code]
                parts = []
                for c in cells:
                    rated = self._rating(view.nip, code, c.assessor, row.code)
                    mark = "✎" if rated["amendments"] else ""
                    parts.append(f"{self.level_text(c.level)}{mark} ({self._names.get(c.assessor, c.assessor)})")
                item = self._item(r, col, " · ".join(parts), tint, center=True)
                if cells:
                    item.setData(RATING_ROLE, [(c.simulation_code, c.assessor) for c in cells])
                    item.setToolTip("\n".join(self.tr("{simulation} · {assessor}: level {level}").format(
                        simulation=sim_name, assessor=c.assessor, level=self.level_text(c.level)) for c in cells))
            proposal = self._item(r, proposal_col, "—" if row.proposed is None else str(row.proposed), tint,
                                  center=True)
            proposal.setFont(bold)
            notes = self._item(r, notes_col, self._notes(view, row), tint)
            notes.setToolTip(self._notes(view, row))
            if not row.sufficient:
                notes.setForeground(QBrush(QColor(FAILED_COLOUR)))
                notes.setFont(bold)
            self._item(r, final_col, "", tint, center=True)
            self._show_final_cell(r, row)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(notes_col, QHeaderView.ResizeMode.Stretch)
        self.table.blockSignals(False)
        self.legend.setText(self._legend(view))
        self._fit_grid()

    @Slot()
    def _fit_grid(self) -> None:
        """No empty band under the last competency: the space goes to the decision panel."""
        t = self.table
        height = t.horizontalHeader().sizeHint().height() + t.verticalHeader().length() + 2 * t.frameWidth() + 2
        if t.horizontalScrollBar().maximum() > 0:
            height += t.horizontalScrollBar().sizeHint().height()
        t.setMaximumHeight(max(height, 80))

    def _item(self, row: int, col: int, text: str, tint: str | None, center: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if center:
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if tint:
            item.setBackground(QBrush(QColor(tint)))
            item.setForeground(QBrush(QColor(CELL_TEXT)))
        self.table.setItem(row, col, item)
        return item

    def _notes(self, view: MeetingView, row: MeetingRow) -> str:
        notes = []
        if not row.sufficient:
            notes.append(self.tr("⚠ bukti < {min} simulasi").format(min=view.min_simulations))
        if row.divergence:
            notes.append(self.tr("⚑ {text}").format(text=row.divergence))
        return " · ".join(notes)

    def _show_final_cell(self, r: int, row: MeetingRow) -> None:
        item = self.table.item(r, self._columns()[2])
        pending = self._pending
        if pending and self.view and pending[:2] == (self.view.nip, row.code):
            item.setText(self.tr("● {level} …").format(level=pending[2]))
            item.setToolTip(self.tr("Belum disimpan: tulis alasannya, lalu Ctrl+Enter"))
            return
        if row.final is None:
            item.setText("—")
            item.setToolTip(self.tr("Belum ditetapkan"))
            return
        item.setText(f"✓ {row.final}" + (" ✎" if row.reason else ""))
        item.setBackground(QBrush(QColor(FINAL_COLOUR)))
        item.setForeground(QBrush(QColor(CELL_TEXT)))
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        tip = self.tr("Disetujui oleh: {names}").format(names=", ".join(row.agreed_by) or "-")
        if row.reason:
            tip = self.tr("Alasan: {reason}").format(reason=row.reason) + "\n" + tip
        item.setToolTip(tip)

    def _legend(self, view: MeetingView) -> str:
        who = " · ".join(f"{self._names.get(n, n)} = {n}" for n in self._assessors if n in view.panel)
        return self.tr("Asesor: {who}\nTanda: ⚑ perlu dibahas · ⚠ bukti kurang · ✓ final · ✎ berbeda dari "
                       "usulan (beralasan) atau penilaian diamandemen").format(who=who)

    def level_text(self, level: int | float | None) -> str:
        """An individual rating as the panel reads it: "3", "3,5" ("3.5" in English)."""
        return format_level(level, self._locale.decimalPoint())

    def _logged_level(self, level) -> str:
        return "?" if level is None or isinstance(level, bool) or not isinstance(level, int | float) \
            else self.level_text(level)

    def grid_rows(self) -> list[list[str]]:
        """The grid as shown, row by row (for tests and checks)."""
        return [[(self.table.item(r, c).text() if self.table.item(r, c) else "")
                 for c in range(self.table.columnCount())] for r in range(self.table.rowCount())]

    def grid_headers(self) -> list[str]:
        return [self.table.horizontalHeaderItem(c).text() for c in range(self.table.columnCount())]

    def focus_row(self, index: int, column: int = NAME) -> None:
        """Put the keyboard on competency `index` of the assessee in view."""
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.setCurrentCell(index, column)

    def current_row(self) -> MeetingRow | None:
        view = self.view
        r = self.table.currentRow()
        return view.rows[r] if view is not None and 0 <= r < len(view.rows) else None

    @Slot(int, int, int, int)
    def _on_current_cell_changed(self, row: int, _col: int, previous_row: int, _previous_col: int) -> None:
        if row != previous_row:
            if self._pending is not None:
                self._pending = None
                self._refresh_final_cells()
            self._show_decision(reset_agreed=True)

    @Slot(int, int)
    def _on_cell_double_clicked(self, _row: int, col: int) -> None:
        if 2 <= col < self._columns()[0]:
            self.open_amendment()

    def _refresh_final_cells(self) -> None:
        view = self.view
        if view is None:
            return
        for r, row in enumerate(view.rows):
            self._show_final_cell(r, row)

    # -- the decision panel ------------------------------------------------------------------
    def _set_agreed_boxes(self, view: MeetingView) -> None:
        # In the session's order of assessors, so a name keeps its place from one assessee to the next.
        panel = sorted(view.panel, key=lambda n: self._assessors.index(n) if n in self._assessors else len(
            self._assessors))
        if list(self.agreed_boxes) == panel:
            return
        for box in self.agreed_boxes.values():
            self.agreed_layout.removeWidget(box)
            box.hide()
            box.deleteLater()
        self.agreed_boxes = {}
        while self.agreed_layout.count():
            self.agreed_layout.takeAt(0)
        for name in panel:
            box = QCheckBox(name)
            box.setAccessibleName(self.tr("Disetujui oleh {name}").format(name=name))
            box.setChecked(True)
            self.agreed_boxes[name] = box
            self.agreed_layout.addWidget(box)
        self.agreed_layout.addStretch(1)

    def agreed_by(self) -> list[str]:
        return [name for name, box in self.agreed_boxes.items() if box.isChecked()]

    def _show_decision(self, reset_agreed: bool = False) -> None:
        row, view = self.current_row(), self.view
        self.decision_stack.setCurrentIndex(0)
        editable = self._editable()
        self.controls.setVisible(self._status == SessionStatus.MEETING)
        if self._status == SessionStatus.DRAFT:
            self.read_only_note.setText(self.tr(
                "Level akhir ditetapkan setelah rapat integrasi dibuka. Usulan di kisi masih dapat berubah "
                "selama formulir belum dikirim."))
        elif self._status == SessionStatus.SEALED:
            self.read_only_note.setText(self.tr("Sesi sudah disegel: keputusan hanya dapat dibaca."))
        self.read_only_note.setVisible(self._status != SessionStatus.MEETING)
        if row is None or view is None:
            self.decision_title.setText("")
            self.flags_label.setText("")
            self.evidence_view.setHtml("")
            self.stored_label.setText("")
            return
        self.decision_title.setText(self.tr("{code} {name} · standar {standard} · usulan {proposal}").format(
            code=row.code, name=row.name, standard=row.standard,
            proposal="—" if row.proposed is None else row.proposed))
        flags = self._notes(view, row)
        if not row.sufficient:
            flags = self.tr("⚠ Bukti baru dari {n} simulasi (minimal {min}): level akhir belum dapat ditetapkan.") \
                .format(n=row.simulations, min=view.min_simulations)
            if row.divergence:
                flags += " " + self.tr("⚑ {text}").format(text=row.divergence)
        self.flags_label.setText(flags)
        self.flags_label.setVisible(bool(flags))
        self.evidence_view.setHtml(self._evidence_html(view, row))
        if row.final is None:
            self.stored_label.setText(self.tr("belum ditetapkan"))
            self.stored_label.setProperty("final", False)
        else:
            self.stored_label.setText(self.tr("✓ level akhir {level} tersimpan").format(level=row.final))
            self.stored_label.setProperty("final", True)
        self.stored_label.style().unpolish(self.stored_label)
        self.stored_label.style().polish(self.stored_label)
        if reset_agreed:
            wanted = set(row.agreed_by) if row.final is not None else set(view.panel)
            for name, box in self.agreed_boxes.items():
                box.setChecked(name in wanted)
        pending = self._pending if self._pending and self._pending[:2] == (view.nip, row.code) else None
        shown = pending[2] if pending else row.final
        self.level_group.setExclusive(False)
        for n, button in self.level_buttons.items():
            button.setChecked(n == shown)
            button.setEnabled(editable and row.sufficient)
            button.setProperty("proposed", n == row.proposed)
            button.setToolTip(self.tr("Usulan") if n == row.proposed else "")
            button.style().unpolish(button)
            button.style().polish(button)
        self.level_group.setExclusive(True)
        if row.proposed is None:
            self.proposal_label.setText(self.tr("Tidak ada usulan"))
        elif not row.sufficient:
            self.proposal_label.setText(self.tr("usulan {level} · belum dapat ditetapkan").format(level=row.proposed))
        else:
            self.proposal_label.setText(self.tr("usulan {level} (garis putus) · Enter = terima").format(
                level=row.proposed))
        self.accept_button.setEnabled(editable and row.sufficient and row.proposed is not None)
        self.amend_button.setEnabled(editable and bool(row.ratings))
        for box in self.agreed_boxes.values():
            box.setEnabled(editable)
        self.reason_edit.setEnabled(editable and pending is not None)
        self.save_button.setEnabled(editable and pending is not None)
        self.cancel_button.setEnabled(pending is not None)
        if pending is None:
            self.reason_edit.setPlainText(row.reason)
        if not pending:
            self._hide_decision_message()

    def _evidence_html(self, view: MeetingView, row: MeetingRow) -> str:
        names = dict(self._simulations)
        parts = []
        for c in row.ratings:
            rated = self._rating(view.nip, c.simulation_code, c.assessor, row.code)
            evidence = rated.get("evidence", "").strip() or self.tr("(tanpa bukti perilaku)")
            head = self.tr("{simulation} · {assessor}: level {level}").format(
                simulation=names.get(c.simulation_code, c.simulation_name), assessor=c.assessor,
                level=self.level_text(c.level))
            amended = "".join(
                "<br><i>" + escape(self.tr("✎ diamandemen oleh {actor}: {old} → {new}; alasan: {reason}").format(
                    actor=e["actor"], old=self._logged_level((e["data"].get("old") or {}).get("level")),
                    new=self._logged_level((e["data"].get("new") or {}).get("level")), reason=e["reason"])) + "</i>"
                for e in rated["amendments"])
            parts.append(f"<p style='margin:0 0 4px 0'><b>{escape(head)}</b><br>{escape(evidence)}{amended}</p>")
        if row.final is not None:
            agreed = ", ".join(row.agreed_by) or "-"
            decided = self.tr("Level akhir {level} · disetujui oleh: {names}").format(level=row.final, names=agreed)
            if row.reason:
                decided += " · " + self.tr("alasan: {reason}").format(reason=row.reason)
            parts.append(f"<p style='margin:4px 0 0 0'><b>{escape(decided)}</b></p>")
        return "".join(parts) or escape(self.tr("Belum ada penilaian untuk kompetensi ini."))

    def _show_decision_message(self, text: str, kind: str = "error") -> None:
        show_message(self.decision_message, text, kind)

    def _hide_decision_message(self) -> None:
        hide_message(self.decision_message)

    def decision_text(self) -> str:
        """The message under the decision (an error or what was saved), as the user sees it."""
        return shown_text(self.decision_message, self)

    # -- deciding ----------------------------------------------------------------------------
    def _refuse_read_only(self) -> bool:
        if self._busy:
            self._show_decision_message(self.tr("Tunggu sebentar: perubahan sebelumnya sedang disimpan."))
            return True
        if self._status == SessionStatus.SEALED:
            self._show_banner(self.tr("Sesi ini sudah disegel: level akhir dan penilaian tidak dapat diubah."),
                              "error")
            return True
        if self._status == SessionStatus.DRAFT:
            self._show_banner(self.tr("Rapat integrasi belum dibuka: level akhir belum dapat ditetapkan."), "error")
            return True
        return False

    def decide(self, level: int) -> None:
        """A level for the current row: saved at once, unless it differs from the proposal (then a reason)."""
        row, view = self.current_row(), self.view
        if row is None or view is None or self._refuse_read_only():
            return
        self._pending = None
        if row.sufficient and row.proposed is not None and level != row.proposed:
            self._pending = (view.nip, row.code, level)
            self._refresh_final_cells()
            self._show_decision()
            if row.final == level:
                self.reason_edit.setPlainText(row.reason)
            else:
                self.reason_edit.clear()
            self._show_decision_message(self.tr(
                "Level {level} berbeda dari usulan {proposal}: tulis alasannya, lalu Ctrl+Enter untuk menyimpan "
                "(Esc: batal).").format(level=level, proposal=row.proposed), "info")
            self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._save(row, level, "")

    @Slot()
    def accept_proposal(self) -> None:
        """Enter: the proposal becomes the final level (a row already decided is left as it is)."""
        row = self.current_row()
        if row is None or self._refuse_read_only():
            return
        if row.final is not None and self._pending is None:
            self._advance(self.tr("Baris ini sudah final ({level}); ketik angka untuk mengubahnya.").format(
                level=row.final), "info")
            return
        if row.proposed is None and row.sufficient:
            self._show_decision_message(self.tr("Tidak ada usulan untuk {name}: pilih level dengan angka {first}–"
                                                "{last}.").format(name=row.name, first=self._scale[0],
                                                                  last=self._scale[-1]))
            return
        self._pending = None
        self._save(row, row.proposed if row.proposed is not None else self._scale[0], "")

    @Slot()
    def save_pending(self) -> None:
        """Ctrl+Enter: the level waiting for its reason, with the reason typed."""
        row, view, pending = self.current_row(), self.view, self._pending
        if row is None or view is None or pending is None or pending[:2] != (view.nip, row.code):
            return
        if self._refuse_read_only():
            return
        self._save(row, pending[2], self.reason_edit.toPlainText())

    @Slot()
    def cancel_pending(self) -> None:
        if self._pending is not None:
            self._pending = None
            self._refresh_final_cells()
            self._show_decision()
            self._show_decision_message(self.tr("Dibatalkan: level akhir tidak diubah."), "info")
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _on_level_clicked(self, level: int) -> None:
        self.decide(level)

    def _save(self, row: MeetingRow, level: int, reason: str) -> bool:
        view = self.view
        if view is None:
            return False
        agreed = self.agreed_by()
        if not agreed:
            self._show_decision_message(self.tr("Centang sedikitnya satu asesor pada “Disetujui oleh”."))
            return False
        if row.final == level and reason.strip() == row.reason and set(agreed) == set(row.agreed_by):
            self._pending = None
            self._refresh_final_cells()
            self._advance(self.tr("Level akhir {level} tetap; tidak ada yang diubah.").format(level=level), "info")
            return True
        try:
            self._service.set_final_level(self._uuid, view.nip, row.code, level, reason, agreed_by=agreed)
        except AsesmenError as exc:  # the service's own reason: no reason given, too little evidence, sealed
            self._show_decision_message(error_line(exc))
            return False
        except Exception as exc:  # the database: locked by another program, disk full, read-only...
            log.warning("saving a final level failed: %s", error_line(exc))
            self._show_decision_message(self.tr("Basis data tidak dapat menyimpan ({detail}); coba lagi.").format(
                detail=error_line(exc)))
            return False
        self._pending = None
        self.refresh()
        self._advance(self.tr("✓ {code} {name}: level akhir {level} tersimpan.").format(
            code=row.code, name=row.name, level=level), "info")
        self.session_changed.emit(self._uuid)
        return True

    def _advance(self, message: str, kind: str) -> None:
        """After a decision: the next competency, or word that this assessee is done."""
        view = self.view
        r = self.table.currentRow()
        if view is not None and r + 1 < len(view.rows):
            self.table.setCurrentCell(r + 1, self.table.currentColumn())
        elif view is not None and view.finalised == len(view.rows):
            message += " " + self.tr("Semua kompetensi {name} sudah final; Alt+PgDn: peserta berikutnya.").format(
                name=view.name)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_decision_message(message, kind)

    # -- amending an individual rating -------------------------------------------------------
    @Slot()
    def open_amendment(self) -> None:
        """F2: the amendment form for a rating of the current row (the one in the current cell, if any)."""
        row, view = self.current_row(), self.view
        if row is None or view is None or self._refuse_read_only():
            return
        if not row.ratings:
            self._show_decision_message(self.tr("Kompetensi ini belum memiliki penilaian untuk diubah."))
            return
        self._pending = None
        item = self.table.item(self.table.currentRow(), self.table.currentColumn())
        wanted = (item.data(RATING_ROLE) or [None])[0] if item is not None else None
        names = dict(self._simulations)
        self.amend_rating_combo.blockSignals(True)
        self.amend_rating_combo.clear()
        for c in row.ratings:
            self.amend_rating_combo.addItem(self.tr("{simulation} · {assessor}: level {level}").format(
                simulation=names.get(c.simulation_code, c.simulation_name), assessor=c.assessor,
                level=self.level_text(c.level)),
                (c.simulation_code, c.assessor))
        index = next((i for i, c in enumerate(row.ratings) if (c.simulation_code, c.assessor) == wanted), 0)
        self.amend_rating_combo.setCurrentIndex(index)
        self.amend_rating_combo.blockSignals(False)
        self.amend_level_combo.clear()
        for n in self._rating_scale:  # an individual rating: on the session's step (halves too)
            self.amend_level_combo.addItem(self.level_text(n), n)
        self._on_amend_rating_changed(index)
        self.amend_title.setText(self.tr("Ubah penilaian individual (amandemen): {code} {name} · {assessee}").format(
            code=row.code, name=row.name, assessee=view.name))
        self.amend_reason_edit.clear()
        self.amend_message.hide()
        self.decision_stack.setCurrentIndex(1)
        self.amend_level_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot(int)
    def _on_amend_rating_changed(self, index: int) -> None:
        row, view = self.current_row(), self.view
        if row is None or view is None or not 0 <= index < len(row.ratings):
            return
        c = row.ratings[index]
        self.amend_level_combo.setCurrentIndex(max(0, self.amend_level_combo.findData(c.level)))
        self.amend_evidence_edit.setPlainText(self._rating(view.nip, c.simulation_code, c.assessor,
                                                           row.code).get("evidence", ""))

    def amendment_open(self) -> bool:
        return self.decision_stack.currentIndex() == 1

    @Slot()
    def save_amendment(self) -> None:
        row, view = self.current_row(), self.view
        index = self.amend_rating_combo.currentIndex()
        if row is None or view is None or not 0 <= index < len(row.ratings) or self._refuse_read_only():
            return
        c = row.ratings[index]
        level = self.amend_level_combo.currentData()
        evidence = self.amend_evidence_edit.toPlainText()
        reason = self.amend_reason_edit.text()
        before = self._rating(view.nip, c.simulation_code, c.assessor, row.code).get("evidence", "")
        if level == c.level and evidence == before:
            self._show_amend_message(self.tr("Tidak ada yang diubah: pilih level baru atau ubah bukti perilaku."))
            return
        try:
            self._service.amend_rating(self._uuid, view.nip, c.simulation_code, c.assessor, row.code, level,
                                       evidence, reason)
        except AsesmenError as exc:
            self._show_amend_message(error_line(exc))
            return
        except Exception as exc:
            log.warning("saving an amendment failed: %s", error_line(exc))
            self._show_amend_message(self.tr("Basis data tidak dapat menyimpan ({detail}); coba lagi.").format(
                detail=error_line(exc)))
            return
        simulation = dict(self._simulations).get(c.simulation_code, c.simulation_name)
        self.decision_stack.setCurrentIndex(0)
        self.refresh()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_decision_message(self.tr(
            "✓ Amandemen tersimpan dan tercatat di log audit: {simulation} · {assessor}, {code} level {old} → "
            "{new}; alasan: {reason}").format(simulation=simulation, assessor=c.assessor, code=row.code,
                                              old=self.level_text(c.level), new=self.level_text(level),
                                              reason=reason.strip()), "info")
        self.session_changed.emit(self._uuid)

    def _show_amend_message(self, text: str) -> None:
        self.amend_message.setText("⚠ " + text)
        self.amend_message.show()

    def amend_text(self) -> str:
        return self.amend_message.text() if self.amend_message.isVisibleTo(self) else ""

    @Slot()
    def close_amendment(self) -> None:
        self.decision_stack.setCurrentIndex(0)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the session: open, adopt all proposals, close and seal ------------------------------
    @Slot()
    def open_meeting(self) -> None:
        if self._busy:
            return
        try:
            self._service.open_meeting(self._uuid)
        except AsesmenError as exc:  # e.g. "24 formulir belum dikirim: ..."
            self._show_banner(self.tr("Rapat belum dapat dibuka: {message}").format(message=error_line(exc)),
                              "error")
            return
        except Exception as exc:
            log.warning("opening the meeting failed: %s", error_line(exc))
            self._show_banner(self.tr("Basis data tidak dapat menyimpan ({detail}).").format(
                detail=error_line(exc)), "error")
            return
        self.refresh()
        self._show_banner(self.tr(
            "Rapat integrasi dibuka. Penilaian individual kini terkunci; perubahan hanya melalui amandemen dengan "
            "alasan."), "info")
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.session_changed.emit(self._uuid)

    @Slot()
    def reopen_sealed(self) -> None:
        """A correction after the seal (an error BKD found, say): the meeting runs again; sealing again
        makes a new revision, which BKD applies as an amendment."""
        self._reopen(self._service.reopen_sealed, self.tr(
            "Segel dibuka untuk koreksi: rapat integrasi berjalan lagi. Segel ulang, lalu kirim revisinya ke BKD."))

    @Slot()
    def reopen_rating(self) -> None:
        """Back to setup and rating (a competency lacks evidence from a second simulation, say)."""
        self._reopen(self._service.reopen_rating,
                     self.tr("Rapat ditutup sementara: persiapan dan penilaian terbuka kembali."))

    def _reopen(self, call: Callable[[str, str], None], done: str) -> None:
        """Both ways back take the reason typed beside the buttons; a refusal is said inline."""
        if self._busy:
            return
        try:
            call(self._uuid, self.reopen_reason.text())
        except AsesmenError as exc:
            self._show_banner(error_line(exc), "error")
            self.reopen_reason.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.reopen_reason.clear()
        self.refresh()
        self._show_banner(done, "info")
        self.session_changed.emit(self._uuid)

    @Slot()
    def adopt_all_proposals(self) -> None:
        """"Setujui semua usulan": the proposal wherever no final level exists yet and the evidence suffices."""
        if self._refuse_read_only():
            return
        service, uuid = self._service, self._uuid
        self._start_task("integrate", self.tr("Mencatat usulan…"), lambda: service.integrate(uuid))

    @Slot()
    def _on_seal_clicked(self) -> None:
        if self._refuse_read_only():
            return
        if not self._seal_armed:
            self._seal_armed = True
            self._show_seal_armed()
            self._show_banner(self.tr(
                "Menutup rapat menyegel sesi: level akhir dan penilaian tidak dapat diubah lagi, dan kode segel "
                "dicetak pada setiap lembar hasil. Klik “Ya, segel sekarang” untuk melanjutkan, atau Batal."),
                "confirm")
            self.seal_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._seal_armed = False
        self._show_seal_armed()
        service, uuid = self._service, self._uuid
        self._start_task("seal", self.tr("Menyegel sesi…"), lambda: service.seal(uuid))

    @Slot()
    def _disarm_seal(self) -> None:
        if self._seal_armed:
            self._seal_armed = False
            self._show_seal_armed()
            self._hide_banner()

    def _show_seal_armed(self) -> None:
        armed = self._seal_armed
        self.seal_button.setText(self.tr("Ya, &segel sekarang") if armed else self.tr("&Tutup rapat dan segel"))
        self.seal_button.setProperty("armed", armed)
        self.seal_button.style().unpolish(self.seal_button)
        self.seal_button.style().polish(self.seal_button)
        self.seal_cancel_button.setVisible(armed)

    def _start_task(self, kind: str, text: str, fn: Callable[[], object]) -> None:
        if self._runner.is_running():
            return
        self._task = kind
        self._set_busy(True, text)
        self._runner.start(lambda _progress: fn())

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        self.busy_bar.setVisible(busy)
        self.busy_bar.setFormat(text)
        self.busy_bar.setToolTip(text)
        if busy:
            self._show_banner(text + " " + self.tr("(satu transaksi; tunggu sampai selesai)"), "info")
        self._show_state()
        self._show_decision()

    @Slot(object)
    def _on_task_succeeded(self, result: object) -> None:
        kind, self._task = self._task, ""
        self._set_busy(False)
        self.refresh()
        if kind == "integrate":
            left = sum(not r.sufficient and r.final is None for v in self._views.values() for r in v.rows)
            text = self.tr("{n} level akhir dicatat dari usulan.").format(n=result)
            if left:
                text += " " + self.tr("{n} kompetensi belum dapat ditetapkan karena buktinya kurang.").format(n=left)
            self._show_banner(text, "info")
        elif kind == "seal":
            code = self._info.seal_code if self._info else None
            self._show_banner(self.tr("Rapat ditutup dan sesi disegel. Kode segel: {code}.").format(code=code or "-"),
                              "info")
        self.session_changed.emit(self._uuid)

    @Slot(str)
    def _on_task_failed(self, message: str) -> None:
        kind, self._task = self._task, ""
        self._set_busy(False)
        self.refresh()
        what = self.tr("Sesi tidak dapat disegel") if kind == "seal" else self.tr("Usulan tidak dapat dicatat")
        self._show_banner(self.tr("{what}: {message}").format(what=what, message=" ".join(message.split())),
                          "error")

    @Slot()
    def _on_task_finished(self) -> None:
        if self._busy:
            self._set_busy(False)

    def shutdown(self) -> None:
        """Wait for a running save (it is one transaction and cannot be stopped halfway); call before closing."""
        if self._runner.is_running():
            self._runner.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # -- banner ------------------------------------------------------------------------------
    def _show_banner(self, text: str, kind: str) -> None:
        show_message(self.banner, text, kind)

    def _hide_banner(self) -> None:
        hide_message(self.banner)

    def banner_text(self) -> str:
        return shown_text(self.banner, self)

    # -- keys --------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            return self._grid_key(event)
        return super().eventFilter(watched, event)

    def _grid_key(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key, text = event.key(), event.text()
        if mods == Qt.KeyboardModifier.NoModifier and len(text) == 1 and text.isdigit():
            if int(text) in self._scale:
                self.decide(int(text))
            return True  # a digit outside the scale is swallowed, not a keyboard search
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if mods == Qt.KeyboardModifier.ControlModifier:
                self.save_pending()
                return True
            if mods == Qt.KeyboardModifier.NoModifier:
                if self._pending is not None:
                    self.reason_edit.setFocus(Qt.FocusReason.OtherFocusReason)
                else:
                    self.accept_proposal()
                return True
        if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_F2:
            self.open_amendment()
            return True
        if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._step_assessee(1 if key == Qt.Key.Key_PageDown else -1)
            return True
        if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Escape and self._pending is not None:
            self.cancel_pending()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_Escape:
            if self.amendment_open():
                self.close_amendment()
                return
            if self._seal_armed:
                self._disarm_seal()
                return
            if self._pending is not None:
                self.cancel_pending()
                return
        if mods == Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            self._step_assessee(1 if event.key() == Qt.Key.Key_PageDown else -1)
            return
        if event.key() == Qt.Key.Key_F5:
            self.refresh()
            return
        super().keyPressEvent(event)


# -- screenshots --------------------------------------------------------------------------------
SIZE = (1280, 800)
DODI = "197911052005011902"


def screenshot(out_dir: Path) -> list[Path]:
    """`meeting.png` (the sample meeting, Dodi Pratama Contoh, a divergent row focused) and `meeting_stats.png`."""
    from desktop.gui import shots
    from desktop.services.demo import load_demo, submit_all_and_open_meeting

    _app, out_dir = shots.prepare(out_dir)
    targets = []
    with shots.temporary_service("asesmen-meeting-") as service:
        uuid = load_demo(service)
        submit_all_and_open_meeting(service, uuid)
        panel = meeting_views(service, uuid)[1].panel
        service.set_final_level(uuid, DODI, "M.1", 3, agreed_by=list(panel))
        widget = MeetingWidget(service, uuid)
        widget.resize(*SIZE)
        widget.show()
        widget.select_assessee(DODI)
        widget.activateWindow()
        shots.settle(3)
        view = widget.view
        divergent = next(i for i, r in enumerate(view.rows) if r.divergence and r.final is None) if view else 0
        widget.focus_row(divergent)
        shots.settle(1)
        targets.append(shots.grab(widget, out_dir / "meeting.png"))
        widget.tabs.setCurrentWidget(widget.stats_panel)
        shots.settle(2)
        targets.append(shots.grab(widget, out_dir / "meeting_stats.png"))
        widget.shutdown()
        shots.dispose(widget)
    return targets


__all__ = ["MeetingWidget", "screenshot", "short_names", "simulation_label"]
