"""The progress board: which rating forms of a session are missing, in draft, or submitted.

Rows are assessees, columns simulations; a cell names the assessor(s) of that form with its status in
words and a symbol (○ belum diisi, ◐ draf n/m, ✓ terkirim) as well as a colour. Double-click (or Enter)
on a cell asks for that form through `form_requested`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AsesmenError
from desktop.domain.model import FormStatus, FormSummary
from desktop.domain.nip import format_nip
from desktop.gui.rating_form import error_line, status_text
from desktop.gui.widgets import read_only_table
from desktop.services.assessment import AssesseeInput, AssessmentService

# Light backgrounds with dark text set together, so the contrast holds on a dark palette too.
CELL_COLOURS = {
    FormStatus.MISSING: "#fbe3e1",
    FormStatus.DRAFT: "#fff0c2",
    FormStatus.SUBMITTED: "#dcefdc",
}
CELL_TEXT = "#1c1c1c"
FORMS_ROLE = Qt.ItemDataRole.UserRole
WORST_FIRST = (FormStatus.MISSING, FormStatus.DRAFT, FormStatus.SUBMITTED)


@dataclass
class _AssesseeRow:
    nip: str
    name: str
    participant_no: int
    cells: dict[str, list[FormSummary]] = field(default_factory=dict)  # simulation code -> forms

    def forms(self) -> list[FormSummary]:
        return [f for forms in self.cells.values() for f in forms]

    def finished(self) -> bool:
        return all(f.status == FormStatus.SUBMITTED for f in self.forms())


def _worst(forms: list[FormSummary]) -> FormStatus:
    return min((f.status for f in forms), key=WORST_FIRST.index)


class ProgressBoardWidget(QWidget):
    """Every form of one session at a glance. Signal: form_requested(nip, simulation_code, assessor_name)."""

    form_requested = Signal(str, str, str)

    NO, NAME = 0, 1

    def __init__(self, service: AssessmentService, session_uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._session_uuid = session_uuid
        self._rows: list[_AssesseeRow] = []
        self._simulations: list[tuple[str, str]] = []  # (code, name) in session order
        self._build()
        self.refresh()

    # -- construction ------------------------------------------------------------------------
    def _build(self) -> None:
        self.heading = QLabel(self.tr("Kemajuan pengisian formulir"))
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.summary_label = QLabel()
        self.summary_label.setAccessibleName(self.tr("Ringkasan kemajuan"))
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.filter_check = QCheckBox(self.tr("Hanya yang &belum selesai"))
        self.filter_check.setAccessibleName(self.tr("Hanya peserta yang formulirnya belum selesai"))
        self.refresh_button = QPushButton(self.tr("&Muat ulang"))
        self.refresh_button.setAccessibleName(self.tr("Muat ulang papan kemajuan"))
        self.refresh_button.setToolTip(self.tr("Baca ulang status formulir dari basis data (F5)"))
        self.refresh_button.setAutoDefault(False)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setAccessibleName(self.tr("Pemberitahuan papan kemajuan"))
        self.error_label.hide()
        self.table = read_only_table(QTableWidget(), rows=False, wrap=True)
        self.table.setAccessibleName(self.tr("Papan kemajuan formulir"))
        self.table.setAccessibleDescription(self.tr(
            "Baris peserta, kolom simulasi; klik ganda atau Enter pada sel membuka formulirnya"))
        self.table.installEventFilter(self)
        # Wrapped cells: re-fit the row heights once the stretched columns have their real widths.
        self._fit_rows = QTimer(self)
        self._fit_rows.setSingleShot(True)
        self._fit_rows.setInterval(0)
        self._fit_rows.timeout.connect(self.table.resizeRowsToContents)
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows.start)
        self.empty_label = QLabel(self.tr("Belum ada penugasan asesor pada sesi ini."))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.empty_label.hide()
        self.legend = QLabel(self.tr(
            "○ belum diisi · ◐ draf (kompetensi berlevel/jumlah) · ✓ terkirim — klik ganda atau Enter pada sel "
            "untuk membuka formulirnya"))
        self.legend.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.summary_label, 1)
        top.addWidget(self.filter_check)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        # The layout must not push a new minimum size onto a window after it is shown (the grid changes).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setMinimumSize(640, 360)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label, 1)
        layout.addWidget(self.legend)

        self.filter_check.toggled.connect(self._apply_filter)
        self.refresh_button.clicked.connect(self.refresh)
        self.table.cellDoubleClicked.connect(self._on_cell_chosen)

    # -- reading -----------------------------------------------------------------------------
    @Slot()
    def refresh(self) -> None:
        """Re-read every form's status and redraw the grid (the filter and the current cell stay)."""
        try:
            forms = self._service.progress_board(self._session_uuid)
        except AsesmenError as exc:
            self.error_label.setText(self.tr("⚠ Papan kemajuan tidak dapat dibaca: {message}").format(
                message=error_line(exc)))
            self.error_label.show()
            forms = []
        else:
            self.error_label.hide()
        rows: dict[str, _AssesseeRow] = {}
        sims: dict[str, str] = {}
        for f in forms:
            sims.setdefault(f.simulation_code, f.simulation_name)
            row = rows.setdefault(f.nip, _AssesseeRow(f.nip, f.assessee_name, f.participant_no))
            row.cells.setdefault(f.simulation_code, []).append(f)
        self._rows = sorted(rows.values(), key=lambda r: r.participant_no)
        self._simulations = list(sims.items())
        current = (self.table.currentRow(), self.table.currentColumn())
        self._fill(forms)
        if 0 <= current[0] < self.table.rowCount() and 0 <= current[1] < self.table.columnCount():
            self.table.setCurrentCell(*current)
        has_forms = bool(forms)
        self.table.setVisible(has_forms)
        self.empty_label.setVisible(not has_forms and self.error_label.isHidden())

    def _fill(self, forms: list[FormSummary]) -> None:
        sims = self._simulations
        total_col = 2 + len(sims)
        self.table.clear()
        self.table.setColumnCount(total_col + 1)
        self.table.setRowCount(len(self._rows) + 1)
        self.table.setHorizontalHeaderLabels(
            [self.tr("No"), self.tr("Peserta")] + [name for _, name in sims] + [self.tr("Terkirim")])
        for col, (code, name) in enumerate(sims, start=2):
            self.table.horizontalHeaderItem(col).setToolTip(f"{name} ({code})")
        for r, row in enumerate(self._rows):
            self._set(r, self.NO, str(row.participant_no), align_right=True)
            name = self._set(r, self.NAME, row.name)
            name.setToolTip(self.tr("NIP {nip}").format(nip=format_nip(row.nip)))
            for col, (code, _) in enumerate(sims, start=2):
                self._set_cell(r, col, row.cells.get(code, []))
            done = sum(f.status == FormStatus.SUBMITTED for f in row.forms())
            self._set(r, total_col, self.tr("{done}/{total}").format(done=done, total=len(row.forms())),
                      align_right=True)
        # The totals line: per simulation, and the whole session.
        last = len(self._rows)
        bold = QFont(self.table.font())
        bold.setBold(True)
        label = self._set(last, self.NAME, self.tr("Terkirim per simulasi"))
        label.setFont(bold)
        self._set(last, self.NO, "")
        for col, (code, _) in enumerate(sims, start=2):
            in_sim = [f for f in forms if f.simulation_code == code]
            done = sum(f.status == FormStatus.SUBMITTED for f in in_sim)
            item = self._set(last, col, self.tr("{done}/{total}").format(done=done, total=len(in_sim)))
            item.setFont(bold)
        done = sum(f.status == FormStatus.SUBMITTED for f in forms)
        item = self._set(last, total_col, self.tr("{done}/{total}").format(done=done, total=len(forms)),
                         align_right=True)
        item.setFont(bold)
        drafts = sum(f.status == FormStatus.DRAFT for f in forms)
        missing = sum(f.status == FormStatus.MISSING for f in forms)
        self.summary_label.setText(self.tr(
            "{done} dari {total} formulir terkirim · {drafts} draf · {missing} belum diisi").format(
            done=done, total=len(forms), drafts=drafts, missing=missing))

        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(2, total_col):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(total_col, QHeaderView.ResizeMode.ResizeToContents)
        self._apply_filter()

    def _set(self, row: int, col: int, text: str, align_right: bool = False) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        if align_right:
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, col, item)
        return item

    def _set_cell(self, row: int, col: int, forms: list[FormSummary]) -> None:
        if not forms:
            item = self._set(row, col, "—")
            item.setToolTip(self.tr("Tidak ada asesor yang ditugaskan"))
            return
        lines = [f"{f.assessor_name}\n{status_text(f.status, f.rated, f.total)}" for f in forms]
        item = self._set(row, col, "\n".join(lines))
        item.setData(FORMS_ROLE, forms)
        item.setBackground(QBrush(QColor(CELL_COLOURS[_worst(forms)])))
        item.setForeground(QBrush(QColor(CELL_TEXT)))
        item.setToolTip("\n".join(self._status_words(f) for f in forms))

    def _status_words(self, f: FormSummary) -> str:
        if f.status == FormStatus.SUBMITTED:
            what = self.tr("terkirim")
        elif f.status == FormStatus.DRAFT:
            what = self.tr("draf, {rated} dari {total} kompetensi berlevel").format(rated=f.rated, total=f.total)
        else:
            what = self.tr("belum diisi")
        return self.tr("{assessor}: {status}").format(assessor=f.assessor_name, status=what)

    @Slot()
    def _apply_filter(self) -> None:
        only_open = self.filter_check.isChecked()
        for r, row in enumerate(self._rows):
            self.table.setRowHidden(r, only_open and row.finished())
        self.table.resizeRowsToContents()

    # -- asking for a form -------------------------------------------------------------------
    def forms_at(self, row: int, col: int) -> list[FormSummary]:
        item = self.table.item(row, col)
        forms = item.data(FORMS_ROLE) if item is not None else None
        return list(forms) if forms else []

    def cell_of(self, nip: str, simulation_code: str) -> tuple[int, int] | None:
        r = next((i for i, row in enumerate(self._rows) if row.nip == nip), None)
        c = next((i for i, (code, _) in enumerate(self._simulations) if code == simulation_code), None)
        return None if r is None or c is None else (r, c + 2)

    def visible_assessees(self) -> list[str]:
        return [row.name for r, row in enumerate(self._rows) if not self.table.isRowHidden(r)]

    @Slot(int, int)
    def _on_cell_chosen(self, row: int, col: int) -> None:
        forms = self.forms_at(row, col)
        if not forms:
            return
        # Several assessors in one cell: the first whose form still needs work.
        f = next((f for f in forms if f.status != FormStatus.SUBMITTED), forms[0])
        self.form_requested.emit(f.nip, f.simulation_code, f.assessor_name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.table and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.table.currentItem() is not None):
            self._on_cell_chosen(self.table.currentRow(), self.table.currentColumn())
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_F5:
            self.refresh()
            return
        super().keyPressEvent(event)


# -- screenshots --------------------------------------------------------------------------------
SIZE = (1280, 800)
RATNA = "Ratna Dewi Contoh, S.Psi., M.M."
AGUS = "Agus Salim Sampel, S.Sos., M.Si."
BAMBANG = "Drs. Bambang Sutrisno Fiktif, M.Psi."


def screenshot(out_dir: Path) -> list[Path]:
    """`progress_board.png`: the sample session with a few forms submitted and one not started."""
    from desktop.gui import shots
    from desktop.services.demo import load_demo

    _app, out_dir = shots.prepare(out_dir)
    with shots.temporary_service("asesmen-board-") as service:
        uuid = load_demo(service)
        for f in service.progress_board(uuid)[::3]:
            service.submit_form(uuid, f.nip, f.simulation_code, f.assessor_name)
        # A late assessee (fictional): nothing rated yet, one form just begun.
        late = AssesseeInput("199105152014022907", "Lina Marlina Contoh", "Sekretaris Dinas", sex="P")
        service.add_assessee(uuid, late)
        for sim, assessor in (("INTRAY", RATNA), ("LGD", AGUS), ("PRESENTASI", BAMBANG), ("CBI", RATNA)):
            service.assign(uuid, late.nip, sim, assessor)
        service.set_rating(uuid, late.nip, "INTRAY", RATNA, "M.1", 3, "")
        widget = ProgressBoardWidget(service, uuid)
        widget.resize(*SIZE)
        widget.show()
        shots.settle(3)
        target = shots.grab(widget, out_dir / "progress_board.png")
        shots.dispose(widget)
    return [target]


__all__ = ["ProgressBoardWidget", "screenshot"]
