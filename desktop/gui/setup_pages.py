"""The pages of the session setup screen: details, target positions, simulations, matrix, assessors, assignment.

Each page shows a `SetupView` (a plain snapshot read by the service) and asks its owner to run a change through
`apply(change, done_text)`, which saves, re-reads the session and refreshes every page. Pages update their
controls in place when the shape of the data is unchanged, so keyboard focus stays where the user is.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QBrush, QColor, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import ValidationError
from desktop.domain.model import Purpose, SessionInfo
from desktop.domain.nip import format_nip
from desktop.domain.scoring import format_level, normalise_level
from desktop.gui.widgets import read_only_table
from desktop.services import setup
from desktop.services.assessment import AssessmentService
from desktop.services.setup import SetupView, SkjReport

Apply = Callable[[Callable[[], object], str], bool]
NO_DATE = QDate(2000, 1, 1)  # the minimum of a date field, shown as "—": no date recorded
FLAG_BACKGROUND = QColor(253, 228, 226)
FLAG_FOREGROUND = QColor(150, 28, 18)
QUIET_FOREGROUND = QColor(110, 110, 110)
JENIS_CHOICES = ("JPT Utama", "JPT Madya", "JPT Pratama", "Administrator", "Pengawas", "Pelaksana",
                 "Fungsional (keahlian)", "Fungsional (keterampilan)")


def make_table(name: str, description: str = "") -> QTableWidget:
    table = QTableWidget()
    table.setAccessibleName(name)
    if description:
        table.setAccessibleDescription(description)
    return read_only_table(table, header_padding="2px 6px")  # Tab walks through the controls in the cells


def item(text: str, tooltip: str = "", align_center: bool = False) -> QTableWidgetItem:
    it = QTableWidgetItem(text)
    it.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if tooltip:
        it.setToolTip(tooltip)
    if align_center:
        it.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
    return it


def wrapped(text: str, width: int = 18) -> str:
    """A long column title on two or three lines (headers do not wrap by themselves)."""
    return "\n".join(textwrap.wrap(text, width)) or text


def note(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)  # names typed by users are never read as markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DayStepDateEdit(QDateEdit):
    """A date field whose arrow keys on the day step through the calendar: Up on 30 November gives
    1 December (Qt's own day section stops at the month's end and does nothing)."""

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:  # noqa: N802  (Qt's name)
        if self.currentSection() != QDateEdit.Section.DaySection:
            return super().stepEnabled()
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if self.date() < self.maximumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if self.date() > self.minimumDate():
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags

    def stepBy(self, steps: int) -> None:  # noqa: N802  (Qt's name)
        if self.currentSection() == QDateEdit.Section.DaySection:
            wanted = self.date().addDays(steps)
            self.setDate(min(max(wanted, self.minimumDate()), self.maximumDate()))
        else:
            super().stepBy(steps)


def date_edit(locale: QLocale, name: str) -> QDateEdit:
    edit = DayStepDateEdit()
    edit.setLocale(locale)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("d MMMM yyyy")
    edit.setMinimumDate(NO_DATE)
    edit.setMaximumDate(QDate(2099, 12, 31))
    edit.setAccessibleName(name)
    edit.setMinimumWidth(170)
    return edit


def date_text(edit: QDateEdit) -> str:
    d = edit.date()
    return "" if d == edit.minimumDate() else d.toString("yyyy-MM-dd")


def set_date(edit: QDateEdit, text: str) -> None:
    d = QDate.fromString(text, "yyyy-MM-dd") if text else QDate()
    edit.setDate(d if d.isValid() else edit.minimumDate())


class SetupPage(QWidget):
    """A tab of the setup screen: shows a `SetupView`, changes the session through `apply` (which reports)."""

    def __init__(self, service: AssessmentService, session_uuid: str, apply: Apply,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service, self._uuid, self._apply = service, session_uuid, apply


def reset_grid(table: QTableWidget, rows: int, headers: list[str]) -> None:
    """Empty `table` and give it `rows` rows under the column titles `headers`."""
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setRowCount(rows)
    table.setHorizontalHeaderLabels(headers)


# -- Rincian ---------------------------------------------------------------------------------------
class DetailsPage(SetupPage):
    """The session's header facts, saved together with "Simpan" (Ctrl+S)."""

    FIELDS = ("title", "purpose", "start_date", "end_date", "venue", "agency", "provider", "provider_head")

    def __init__(self, service: AssessmentService, session_uuid: str, apply: Apply, locale: QLocale,
                 parent: QWidget | None = None) -> None:
        super().__init__(service, session_uuid, apply, parent)
        self._loaded: dict[str, str] | None = None
        self._locale = locale

        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Judul sesi"))
        self.purpose_combo = QComboBox()
        self.purpose_combo.setAccessibleName(self.tr("Tujuan penilaian"))
        self.purpose_combo.addItem(self.tr("Pengisian jabatan"), Purpose.PENGISIAN_JABATAN.value)
        self.purpose_combo.addItem(self.tr("Pemetaan kompetensi"), Purpose.PEMETAAN.value)
        self.start_edit = date_edit(locale, self.tr("Tanggal mulai"))
        self.end_edit = date_edit(locale, self.tr("Tanggal selesai"))
        for edit in (self.start_edit, self.end_edit):
            edit.setSpecialValueText(self.tr("— belum ditentukan —"))
        self.venue_edit = QLineEdit()
        self.venue_edit.setAccessibleName(self.tr("Tempat"))
        self.agency_edit = QLineEdit()
        self.agency_edit.setAccessibleName(self.tr("Instansi"))
        self.provider_edit = QLineEdit()
        self.provider_edit.setAccessibleName(self.tr("Penyelenggara"))
        self.provider_head_edit = QLineEdit()
        self.provider_head_edit.setAccessibleName(self.tr("Pimpinan penyelenggara"))
        self.save_button = QPushButton(self.tr("Simpan"))  # Ctrl+S; Alt+S opens the Simulasi tab
        self.save_button.setAccessibleName(self.tr("Simpan rincian sesi"))
        self.save_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.save_button.setToolTip(self.tr("Simpan rincian sesi (Ctrl+S)"))
        self.revert_button = QPushButton(self.tr("Batalkan perubahan"))
        self.revert_button.setAccessibleName(self.tr("Batalkan perubahan rincian"))
        self.purpose_note = QLabel(self.tr(
            "Tujuan menentukan skema kategori hasil: pengisian jabatan MS / MMS / KMS, pemetaan O / CO / KO."))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        dates = QHBoxLayout()
        dates.addWidget(self.start_edit)
        to = QLabel(self.tr("s.d."))
        dates.addWidget(to)
        dates.addWidget(self.end_edit)
        dates.addStretch(1)
        for label, field in ((self.tr("J&udul:"), self.title_edit), (self.tr("&Tujuan:"), self.purpose_combo)):
            form.addRow(label, field)
        form.addRow("", self.purpose_note)
        start_label = QLabel(self.tr("Tan&ggal:"))
        start_label.setBuddy(self.start_edit)
        form.addRow(start_label, dates)
        for label, field in ((self.tr("T&empat:"), self.venue_edit), (self.tr("&Instansi:"), self.agency_edit),
                             (self.tr("Pe&nyelenggara:"), self.provider_edit),
                             (self.tr("Pimpinan pen&yelenggara:"), self.provider_head_edit)):
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        box = QGroupBox(self.tr("Rincian sesi penilaian"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        box_layout.addLayout(buttons)
        box.setMaximumWidth(900)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addWidget(self._build_scale_box())
        layout.addStretch(1)

        self.save_button.clicked.connect(self._on_save_clicked)
        self.revert_button.clicked.connect(self._on_revert_clicked)
        for edit in (self.title_edit, self.venue_edit, self.agency_edit, self.provider_edit, self.provider_head_edit):
            edit.textChanged.connect(self._update_buttons)
        self.purpose_combo.currentIndexChanged.connect(self._update_buttons)
        self.start_edit.dateChanged.connect(self._update_buttons)
        self.end_edit.dateChanged.connect(self._update_buttons)
        self._read_only = False
        self._info: SessionInfo | None = None

    def _build_scale_box(self) -> QGroupBox:
        """The rating step: whole levels or half levels, saved at once (an audited change of the session's
        pinned rules), allowed only while the session has no rating."""
        self.step_combo = QComboBox()
        self.step_combo.setAccessibleName(self.tr("Langkah skala penilaian"))
        self.step_combo.addItem("", 1)
        self.step_combo.addItem("", 0.5)
        self.step_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.step_note = note()
        self.step_note.setAccessibleName(self.tr("Keterangan skala penilaian"))
        label = QLabel(self.tr("S&kala penilaian:"))
        label.setBuddy(self.step_combo)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.step_combo)
        row.addStretch(1)
        box = QGroupBox(self.tr("Skala penilaian individual"))
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(row)
        box_layout.addWidget(self.step_note)
        box.setMaximumWidth(900)
        self.step_combo.activated.connect(self._on_step_activated)
        return box

    def _levels(self, levels) -> str:
        point = self._locale.decimalPoint()
        shown = [format_level(v, point) for v in levels]
        return "; ".join(shown) if len(shown) <= 5 else "; ".join(shown[:3]) + f"; … {shown[-1]}"

    def _show_step(self, view: SetupView, read_only: bool) -> None:
        whole = tuple(range(view.level_min, view.level_max + 1))
        halves = tuple(normalise_level(Fraction(view.level_min) + Fraction(i, 2))
                       for i in range(2 * (view.level_max - view.level_min) + 1))
        self.step_combo.setItemText(0, self.tr("Level bulat ({levels})").format(levels=self._levels(whole)))
        self.step_combo.setItemText(1, self.tr("Setengah level ({levels})").format(levels=self._levels(halves)))
        index = self.step_combo.findData(view.level_step)
        self.step_combo.setCurrentIndex(max(0, index))
        locked = read_only or view.ratings > 0
        self.step_combo.setEnabled(not locked)
        if read_only:
            why = self.tr("Sesi sudah disegel: skala hanya dapat dilihat.")
        elif view.ratings:
            why = self.tr("Tidak dapat diubah lagi: sesi ini sudah memiliki {n} penilaian, dan penilaian tidak "
                          "pernah dibaca ulang dengan skala lain.").format(n=view.ratings)
        else:
            why = self.tr("Dapat diubah selama sesi belum memiliki penilaian.")
        self.step_note.setText(self.tr(
            "Skala untuk penilaian per simulasi. Usulan (median), level akhir, standar jabatan, JPM dan kategori "
            "tetap level bulat: usulan dibulatkan dengan aturan pembulatan sesi.") + " " + why)

    @Slot(int)
    def _on_step_activated(self, index: int) -> None:
        step = self.step_combo.itemData(index)
        text = self.step_combo.itemText(index)
        self._apply(lambda: setup.set_rating_step(self._service, self._uuid, step),
                    self.tr("Skala penilaian tersimpan: {scale}.").format(scale=text))

    def values(self) -> dict[str, str]:
        return {
            "title": self.title_edit.text().strip(), "purpose": self.purpose_combo.currentData(),
            "start_date": date_text(self.start_edit), "end_date": date_text(self.end_edit),
            "venue": self.venue_edit.text().strip(), "agency": self.agency_edit.text().strip(),
            "provider": self.provider_edit.text().strip(), "provider_head": self.provider_head_edit.text().strip(),
        }

    def is_dirty(self) -> bool:
        return self._loaded is not None and self.values() != self._loaded

    def set_view(self, view: SetupView, read_only: bool) -> None:
        self._info, self._read_only = view.info, read_only
        if not self.is_dirty():  # never throw away what the user is typing because another tab saved
            self._fill(view.info)
        for edit in (self.title_edit, self.venue_edit, self.agency_edit, self.provider_edit, self.provider_head_edit):
            edit.setReadOnly(read_only)
        for w in (self.purpose_combo, self.start_edit, self.end_edit):
            w.setEnabled(not read_only)
        self.save_button.setVisible(not read_only)
        self.revert_button.setVisible(not read_only)
        self._update_buttons()
        self._show_step(view, read_only)

    def _fill(self, info: SessionInfo) -> None:
        self.title_edit.setText(info.title)
        self.purpose_combo.setCurrentIndex(max(0, self.purpose_combo.findData(info.purpose.value)))
        set_date(self.start_edit, info.start_date)
        set_date(self.end_edit, info.end_date)
        self.venue_edit.setText(info.venue)
        self.agency_edit.setText(info.agency)
        self.provider_edit.setText(info.provider)
        self.provider_head_edit.setText(info.provider_head)
        for edit in (self.title_edit, self.venue_edit, self.agency_edit, self.provider_edit, self.provider_head_edit):
            edit.setCursorPosition(0)
        self._loaded = self.values()

    @Slot()
    def _update_buttons(self) -> None:
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty and not self._read_only)
        self.revert_button.setEnabled(dirty and not self._read_only)

    @Slot()
    def _on_save_clicked(self) -> None:
        values = self.values()
        if self._apply(lambda: setup.update_session(self._service, self._uuid, **values),
                       self.tr("Rincian sesi tersimpan.")) and self._info is not None:
            self._fill(self._info)  # the saved values, as the store now holds them
            self._update_buttons()

    @Slot()
    def _on_revert_clicked(self) -> None:
        if self._info is not None:
            self._fill(self._info)
            self._update_buttons()


# -- Jabatan sasaran -------------------------------------------------------------------------------
class PositionsPage(SetupPage):
    """Target positions x competencies: the standard level of each, edited in place or imported from an SKJ."""

    NAME, JENIS, FIRST_LEVEL = 0, 1, 2

    def __init__(self, service: AssessmentService, session_uuid: str, apply: Apply,
                 parent: QWidget | None = None) -> None:
        super().__init__(service, session_uuid, apply, parent)
        self._shape: tuple = ()
        self._combos: dict[tuple[str, str], QComboBox] = {}
        self._view: SetupView | None = None
        self._read_only = False
        self.import_requested: Callable[[], None] | None = None

        self.table = make_table(self.tr("Standar kompetensi jabatan sasaran"),
                                self.tr("Satu baris per jabatan, satu kolom per kompetensi: level standar"))
        self.legend = note()
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.empty_label = note(self.tr(
            "Belum ada jabatan sasaran. Tambahkan jabatan di bawah atau impor Standar Kompetensi Jabatan (SKJ) "
            "dari lembar kerja .xlsx/.csv."))
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Nama jabatan baru"))
        self.name_edit.setPlaceholderText(self.tr("Nama jabatan, mis. Sekretaris Dinas"))
        self.jenis_combo = QComboBox()
        self.jenis_combo.setEditable(True)
        self.jenis_combo.addItems(("",) + JENIS_CHOICES)
        self.jenis_combo.setAccessibleName(self.tr("Jenis jabatan baru"))
        self.jenis_combo.lineEdit().setPlaceholderText(self.tr("Jenis jabatan"))
        self.level_spin = QSpinBox()
        self.level_spin.setAccessibleName(self.tr("Level standar awal untuk semua kompetensi"))
        self.level_spin.setValue(3)
        self.add_button = QPushButton(self.tr("&Tambah jabatan"))
        self.add_button.setAccessibleName(self.tr("Tambah jabatan sasaran"))
        self.remove_button = QPushButton(self.tr("&Hapus jabatan"))
        self.remove_button.setAccessibleName(self.tr("Hapus jabatan sasaran terpilih"))
        self.import_button = QPushButton(self.tr("&Impor SKJ…"))
        self.import_button.setAccessibleName(self.tr("Impor standar kompetensi jabatan dari lembar kerja"))
        self.import_button.setToolTip(self.tr(
            "Lembar kerja .xlsx atau .csv: satu baris per jabatan, kolom Jabatan, Jenis (boleh tidak ada) dan "
            "satu kolom per kompetensi (kode M.1 … atau nama kompetensi)"))

        add_row = QHBoxLayout()
        add_row.addWidget(self.name_edit, 3)
        add_row.addWidget(self.jenis_combo, 2)
        level_label = QLabel(self.tr("&Level awal:"))
        level_label.setBuddy(self.level_spin)
        add_row.addWidget(level_label)
        add_row.addWidget(self.level_spin)
        add_row.addWidget(self.add_button)
        tools = QHBoxLayout()
        tools.addWidget(self.remove_button)
        tools.addStretch(1)
        tools.addWidget(self.import_button)
        self.intro = note()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.legend)
        self.tools = QWidget()
        tools.setContentsMargins(0, 0, 0, 0)
        self.tools.setLayout(tools)
        layout.addWidget(self.tools)
        self.add_box = QGroupBox(self.tr("Jabatan baru"))
        self.add_box.setLayout(add_row)
        layout.addWidget(self.add_box)

        self.add_button.clicked.connect(self._on_add_clicked)
        self.name_edit.returnPressed.connect(self._on_add_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.import_button.clicked.connect(self._on_import_clicked)
        self.table.currentCellChanged.connect(self._update_buttons)

    def combo(self, position: str, code: str) -> QComboBox:
        return self._combos[position, code]

    def set_view(self, view: SetupView, read_only: bool) -> None:
        self._view, self._read_only = view, read_only
        codes = tuple(c.code for c in view.competencies)
        shape = (tuple(p.name for p in view.positions), codes, view.level_min, view.level_max, read_only)
        if shape != self._shape:
            self._rebuild(view, read_only)
            self._shape = shape
        for row, p in enumerate(view.positions):
            self.table.item(row, self.JENIS).setText(p.jenis)
            for col, code in enumerate(codes, start=self.FIRST_LEVEL):
                level = p.standards.get(code)
                combo = self._combos.get((p.name, code))
                if combo is None:  # read-only: plain text, as readable as the rest of the table
                    self.table.item(row, col).setText(str(level) if level else "—")
                    continue
                with QSignalBlocker(combo):
                    combo.setCurrentIndex(max(0, combo.findData(level or 0)))
            self.table.item(row, self.FIRST_LEVEL + len(codes)).setText(str(p.assessees))
        self.level_spin.setRange(view.level_min, view.level_max)
        self.table.setVisible(bool(view.positions))
        self.empty_label.setVisible(not view.positions)
        self.legend.setText(" · ".join(f"<b>{html.escape(c.code)}</b>&nbsp;{html.escape(c.name).replace(' ', '&nbsp;')}"
                                       for c in view.competencies))
        self.intro.setText(self.tr("Level standar tiap kompetensi per jabatan (Standar Kompetensi Jabatan).")
                           if read_only else self.tr(
            "Level standar tiap kompetensi per jabatan (Standar Kompetensi Jabatan). Pilih \"—\" bila kompetensi "
            "tidak dipersyaratkan jabatan itu. Setiap perubahan langsung tersimpan."))
        for w in (self.name_edit, self.jenis_combo, self.level_spin, self.add_button, self.import_button):
            w.setEnabled(not read_only)
        self.tools.setVisible(not read_only)
        self.add_box.setVisible(not read_only)
        self._update_buttons()

    def _rebuild(self, view: SetupView, read_only: bool) -> None:
        codes = [c.code for c in view.competencies]
        self._combos.clear()
        reset_grid(self.table, len(view.positions), [self.tr("Jabatan"), self.tr("Jenis"), *codes, self.tr("Peserta")])
        for col, c in enumerate(view.competencies, start=self.FIRST_LEVEL):
            self.table.horizontalHeaderItem(col).setToolTip(f"{c.code} {c.name}")
        self.table.horizontalHeaderItem(self.FIRST_LEVEL + len(codes)).setToolTip(
            self.tr("Jumlah peserta dengan jabatan sasaran ini"))
        for row, p in enumerate(view.positions):
            self.table.setItem(row, self.NAME, item(p.name, p.name))
            self.table.setItem(row, self.JENIS, item(p.jenis))
            for col, c in enumerate(view.competencies, start=self.FIRST_LEVEL):
                self.table.setItem(row, col, item("", f"{p.name} · {c.code} {c.name}", align_center=True))
                if read_only:
                    continue
                combo = QComboBox()
                combo.addItem("—", 0)
                for level in range(view.level_min, view.level_max + 1):
                    combo.addItem(str(level), level)
                combo.setAccessibleName(self.tr("Standar {code} {name} untuk {position}").format(
                    code=c.code, name=c.name, position=p.name))
                combo.setToolTip(f"{p.name} · {c.code} {c.name}")
                combo.activated.connect(lambda _index, position=p.name, code=c.code, box=combo:
                                        self._on_level_activated(position, code, box))
                self._combos[p.name, c.code] = combo
                self.table.setCellWidget(row, col, combo)
            self.table.setItem(row, self.FIRST_LEVEL + len(codes), item("", align_center=True))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.JENIS, QHeaderView.ResizeMode.Interactive)
        self.table.resizeColumnToContents(self.JENIS)
        header.resizeSection(self.JENIS, min(max(header.sectionSize(self.JENIS) + 16, 110), 200))
        level_width = max(62, self.fontMetrics().horizontalAdvance("SK.1") + 40)
        for col in range(self.FIRST_LEVEL, self.FIRST_LEVEL + len(codes) + 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(col, level_width)
        self.table.resizeRowsToContents()

    def _on_level_activated(self, position: str, code: str, combo: QComboBox) -> None:
        level = combo.currentData() or None
        shown = combo.currentText()
        self._apply(lambda: setup.set_standard(self._service, self._uuid, position, code, level),
                    self.tr("Standar {code} untuk {position} tersimpan: {level}.").format(
                        code=code, position=position, level=shown))

    def _selected_position(self):
        row = self.table.currentRow()
        if self._view is None or not 0 <= row < len(self._view.positions):
            return None
        return self._view.positions[row]

    @Slot()
    def _update_buttons(self) -> None:
        p = self._selected_position()
        self.remove_button.setEnabled(not self._read_only and p is not None and p.assessees == 0)
        self.remove_button.setToolTip(
            self.tr("Jabatan ini masih menjadi jabatan sasaran peserta") if p is not None and p.assessees else "")

    @Slot()
    def _on_add_clicked(self) -> None:
        if self._view is None or self._read_only:
            return
        name = " ".join(self.name_edit.text().split())
        jenis = self.jenis_combo.currentText().strip()
        level = self.level_spin.value()
        standards = {c.code: level for c in self._view.competencies}
        missing = self.tr("nama jabatan wajib diisi")

        def add() -> str:
            if not name:
                raise ValidationError(missing)
            return self._service.add_position(self._uuid, name, standards, jenis)

        if self._apply(add, self.tr("Jabatan {name} ditambahkan dengan level standar {level}.").format(
                name=name, level=level)):
            self.name_edit.clear()
            self.jenis_combo.setCurrentIndex(0)

    @Slot()
    def _on_remove_clicked(self) -> None:
        p = self._selected_position()
        if p is not None:
            self._apply(lambda: setup.remove_position(self._service, self._uuid, p.name),
                        self.tr("Jabatan {name} dihapus.").format(name=p.name))

    @Slot()
    def _on_import_clicked(self) -> None:
        if self.import_requested is not None:
            self.import_requested()


# -- Simulasi --------------------------------------------------------------------------------------
class SimulationsPage(SetupPage):
    """The methods pinned with the session's rules; ticking one adds it, unticking removes it."""

    def __init__(self, service: AssessmentService, session_uuid: str, apply: Apply,
                 parent: QWidget | None = None) -> None:
        super().__init__(service, session_uuid, apply, parent)
        self._codes: tuple[str, ...] = ()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Metode simulasi"))
        self.list.setAccessibleDescription(self.tr("Centang metode yang dipakai dalam sesi ini"))
        self.summary = note()
        self.list.setSpacing(2)
        self.intro = note()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.summary)
        self.list.itemChanged.connect(self._on_item_changed)

    def item(self, code: str) -> QListWidgetItem:
        return self.list.item(self._codes.index(code))

    def set_view(self, view: SetupView, read_only: bool) -> None:
        used = {s.code: s for s in view.simulations}
        codes = tuple(code for code, _ in view.methods)
        with QSignalBlocker(self.list):
            if codes != self._codes:
                self.list.clear()
                for code, name in view.methods:
                    it = QListWidgetItem(f"{name}  ({code})")
                    it.setData(Qt.ItemDataRole.UserRole, code)
                    self.list.addItem(it)
                self._codes = codes
            for row, code in enumerate(codes):
                it = self.list.item(row)
                sim = used.get(code)
                locked = read_only or (sim is not None and sim.locked)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if not locked:
                    flags |= Qt.ItemFlag.ItemIsUserCheckable
                it.setFlags(flags)
                it.setCheckState(Qt.CheckState.Checked if sim else Qt.CheckState.Unchecked)
                name = dict(view.methods)[code]
                in_use = sim is not None and sim.locked
                label = name if f"({code})" in name else f"{name} ({code})"
                it.setText(label + (self.tr("  — dipakai dalam penilaian") if in_use and not read_only else ""))
                it.setToolTip(self.tr("Sudah dipakai dalam penilaian: tidak dapat dihapus") if in_use else "")
        self.intro.setText(self.tr("Metode simulasi yang dipakai dalam sesi ini.") if read_only else self.tr(
            "Centang metode simulasi yang dipakai dalam sesi ini; perubahan langsung tersimpan. Simulasi yang "
            "sudah dipakai dalam penilaian tidak dapat dihapus."))
        names = [s.name for s in view.simulations]
        self.summary.setText(
            self.tr("{n} simulasi dipakai: {names}.").format(n=len(names), names=", ".join(names)) if names
            else self.tr("Belum ada simulasi yang dipilih."))

    @Slot(QListWidgetItem)
    def _on_item_changed(self, it: QListWidgetItem) -> None:
        code = it.data(Qt.ItemDataRole.UserRole)
        if it.checkState() == Qt.CheckState.Checked:
            self._apply(lambda: self._service.add_simulation(self._uuid, code),
                        self.tr("Simulasi {code} ditambahkan.").format(code=code))
        else:
            self._apply(lambda: setup.remove_simulation(self._service, self._uuid, code),
                        self.tr("Simulasi {code} dihapus dari sesi.").format(code=code))


# -- Matriks ---------------------------------------------------------------------------------------
class MatrixPage(SetupPage):
    """Competency x simulation: which simulation evidences which competency; thin rows are flagged."""

    def __init__(self, service: AssessmentService, session_uuid: str, apply: Apply,
                 parent: QWidget | None = None) -> None:
        super().__init__(service, session_uuid, apply, parent)
        self._shape: tuple = ()
        self._boxes: dict[tuple[str, str], QCheckBox] = {}
        self._rows: dict[str, int] = {}
        self.warnings: setup.MatrixWarnings | None = None
        self.table = make_table(self.tr("Matriks kompetensi dan simulasi"),
                                self.tr("Centang simulasi yang mengungkap tiap kompetensi"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.summary = note()
        self.summary.setAccessibleName(self.tr("Ringkasan matriks"))
        self.empty_label = note(self.tr("Belum ada simulasi. Pilih metode di tab Simulasi lebih dahulu."))
        self._warning_icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        layout = QVBoxLayout(self)
        self.intro = note()
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.summary)

    def box(self, competency: str, simulation: str) -> QCheckBox:
        return self._boxes[competency, simulation]

    def status_text(self, competency: str) -> str:
        return self.table.item(self._rows[competency], self.table.columnCount() - 1).text()

    def is_flagged(self, competency: str) -> bool:
        return self.table.item(self._rows[competency], 0).data(Qt.ItemDataRole.UserRole) == "short"

    def set_view(self, view: SetupView, read_only: bool) -> None:
        sims = view.simulations
        locked = frozenset(view.rated_cells) if not read_only else None
        shape = (tuple(c.code for c in view.competencies), tuple(s.code for s in sims), locked)
        if shape != self._shape:
            self._rebuild(view, read_only)
            self._shape = shape
        intro = [self.tr("Centang simulasi yang mengungkap tiap kompetensi; perubahan langsung tersimpan.")
                 if not read_only else self.tr("Simulasi yang mengungkap tiap kompetensi.")]
        intro.append(self.tr("Setiap kompetensi yang dipersyaratkan perlu diungkap oleh sedikitnya {n} simulasi.")
                     .format(n=view.min_simulations))
        if view.rated_cells and not read_only:
            intro.append(self.tr("✓ tanpa kotak: sudah dinilai, tidak dapat dihapus dari matriks."))
        self.intro.setText(" ".join(intro))
        w = setup.warnings_of(view)
        self.warnings = w
        short = {s.code for s in w.short}
        unneeded = {s.code for s in w.unneeded}
        required = set(w.required)
        for c in view.competencies:
            row = self._rows[c.code]
            marked = view.matrix.get(c.code, ())
            for col, s in enumerate(sims, start=1):
                cb = self._boxes.get((c.code, s.code))
                if cb is None:
                    self.table.item(row, col).setText("✓" if s.code in marked else "")
                    continue
                with QSignalBlocker(cb):
                    cb.setChecked(s.code in marked)
            self.table.item(row, len(sims) + 1).setText(str(len(marked)))
            status = self.table.item(row, len(sims) + 2)
            if c.code in short:
                kind, text, icon = "short", self.tr("kurang dari {n} simulasi").format(n=view.min_simulations), \
                    self._warning_icon
            elif c.code in unneeded:
                kind, text, icon = "unneeded", self.tr("tidak dipersyaratkan jabatan mana pun"), self._warning_icon
            elif c.code not in required:
                kind, text, icon = "idle", self.tr("tidak dipersyaratkan"), QIcon()
            else:
                kind, text, icon = "ok", self.tr("memadai"), QIcon()
            status.setText(text)
            status.setIcon(icon)
            self.table.item(row, 0).setData(Qt.ItemDataRole.UserRole, kind)
            for col in range(self.table.columnCount()):
                cell = self.table.item(row, col)
                cell.setBackground(QBrush(FLAG_BACKGROUND) if kind == "short" else QBrush())
                if col in (0, len(sims) + 1, len(sims) + 2):
                    cell.setForeground(QBrush(FLAG_FOREGROUND) if kind == "short" else
                                       QBrush(QUIET_FOREGROUND) if kind in ("idle", "unneeded") else QBrush())
        self.table.setVisible(bool(sims))
        self.empty_label.setVisible(not sims)
        self.summary.setText(self._summary(view, w))

    def _summary(self, view: SetupView, w: setup.MatrixWarnings) -> str:
        enough = len(w.required) - len(w.short)
        parts = [self.tr("{enough} dari {total} kompetensi yang dipersyaratkan diungkap oleh sedikitnya {n} "
                         "simulasi.").format(enough=enough, total=len(w.required), n=w.minimum)]
        if w.short:
            parts.append(self.tr("Kurang dari {n} simulasi: {list}.").format(
                n=w.minimum, list=", ".join(f"{s.code} {s.name} ({len(s.simulations)})" for s in w.short)))
        if w.unneeded:
            parts.append(self.tr("Tidak dipersyaratkan jabatan mana pun: {list}.").format(
                list=", ".join(f"{s.code} {s.name}" for s in w.unneeded)))
        if not view.positions:
            parts.append(self.tr("Belum ada jabatan sasaran: semua kompetensi dianggap dipersyaratkan."))
        return " ".join(parts)

    def _rebuild(self, view: SetupView, read_only: bool) -> None:
        sims = view.simulations
        self._boxes.clear()
        self._rows = {c.code: row for row, c in enumerate(view.competencies)}
        reset_grid(self.table, len(view.competencies),
                   [self.tr("Kompetensi"), *[wrapped(s.name) for s in sims], self.tr("Jumlah"), self.tr("Keterangan")])
        for col, s in enumerate(sims, start=1):
            self.table.horizontalHeaderItem(col).setToolTip(f"{s.name} ({s.code})")
        for row, c in enumerate(view.competencies):
            self.table.setItem(row, 0, item(f"{c.code}  {c.name}", c.definition or c.name))
            for col, s in enumerate(sims, start=1):
                locked = (c.code, s.code) in view.rated_cells
                tip = self.tr("{code} {name} · {simulation}").format(code=c.code, name=c.name, simulation=s.name)
                if locked and not read_only:
                    tip += "\n" + self.tr("Sudah dinilai: tidak dapat dihapus dari matriks")
                self.table.setItem(row, col, item("", tip, align_center=True))
                if read_only or locked:
                    continue
                cb = QCheckBox()
                cb.setAccessibleName(self.tr("{competency} diungkap oleh {simulation}").format(
                    competency=c.name, simulation=s.name))
                cb.setToolTip(tip)
                cb.clicked.connect(lambda checked, code=c.code, sim=s.code: self._on_box_clicked(code, sim, checked))
                self._boxes[c.code, s.code] = cb
                holder = QWidget()
                holder_layout = QHBoxLayout(holder)
                holder_layout.setContentsMargins(0, 0, 0, 0)
                holder_layout.addWidget(cb, 0, Qt.AlignmentFlag.AlignCenter)
                self.table.setCellWidget(row, col, holder)
            self.table.setItem(row, len(sims) + 1, item("", align_center=True))
            self.table.setItem(row, len(sims) + 2, item(""))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(1, len(sims) + 1):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.resizeColumnToContents(col)
            header.resizeSection(col, max(header.sectionSize(col) + 12, 90))
        header.setSectionResizeMode(len(sims) + 1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(sims) + 2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def _on_box_clicked(self, code: str, sim: str, checked: bool) -> None:
        done = (self.tr("{code} kini diungkap oleh {sim}.") if checked
                else self.tr("{code} tidak lagi diungkap oleh {sim}."))
        self._apply(lambda: setup.set_matrix_cell(self._service, self._uuid, code, sim, checked),
                    done.format(code=code, sim=sim))


# -- Asesor ----------------------------------------------------------------------------------------
class AssessorsPage(SetupPage):
    """The session's assessors; a new one with name, NIP, lead and the login that rates as them."""

    def __init__(self, service: AssessmentService, session_uuid: str, apply: Apply,
                 parent: QWidget | None = None) -> None:
        super().__init__(service, session_uuid, apply, parent)
        self._read_only = False
        self.table = make_table(self.tr("Daftar asesor"))
        self.table.setColumnCount(4)
        self.table.setHorizontalHeaderLabels([self.tr("Nama"), self.tr("NIP"), self.tr("Peran"),
                                              self.tr("Akun pengguna")])
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(self.tr("Nama asesor baru"))
        self.name_edit.setPlaceholderText(self.tr("Nama lengkap dengan gelar"))
        self.nip_edit = QLineEdit()
        self.nip_edit.setAccessibleName(self.tr("NIP asesor baru"))
        self.nip_edit.setPlaceholderText(self.tr("18 digit, boleh kosong"))
        self.lead_check = QCheckBox(self.tr("&Ketua tim"))
        self.lead_check.setAccessibleName(self.tr("Asesor baru adalah ketua tim"))
        self.user_combo = QComboBox()
        self.user_combo.setAccessibleName(self.tr("Akun pengguna asesor baru"))
        self.add_button = QPushButton(self.tr("&Tambah asesor"))
        self.add_button.setAccessibleName(self.tr("Tambah asesor"))
        form = QFormLayout()
        form.addRow(self.tr("&Nama:"), self.name_edit)
        form.addRow(self.tr("N&IP:"), self.nip_edit)
        form.addRow("", self.lead_check)
        form.addRow(self.tr("Ak&un:"), self.user_combo)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.add_button)
        form.addRow(buttons)
        self.add_box = box = QGroupBox(self.tr("Asesor baru"))
        box.setLayout(form)
        box.setMaximumWidth(700)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "Asesor yang menilai dalam sesi ini. Tautkan akun pengguna agar penilaian yang dimasukkan dengan akun "
            "itu tercatat atas nama asesor tersebut.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(box)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.name_edit.returnPressed.connect(self._on_add_clicked)

    def set_view(self, view: SetupView, read_only: bool) -> None:
        self._read_only = read_only
        self.table.setRowCount(len(view.assessors))
        for row, a in enumerate(view.assessors):
            self.table.setItem(row, 0, item(a.name))
            self.table.setItem(row, 1, item(format_nip(a.nip) if a.nip else "—"))
            self.table.setItem(row, 2, item(self.tr("Ketua tim") if a.is_lead else self.tr("Anggota")))
            self.table.setItem(row, 3, item(a.username or "—"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        current = self.user_combo.currentData()
        with QSignalBlocker(self.user_combo):
            self.user_combo.clear()
            self.user_combo.addItem(self.tr("— tidak ditautkan —"), "")
            for username, full_name in view.users:
                self.user_combo.addItem(f"{username} — {full_name}", username)
            self.user_combo.setCurrentIndex(max(0, self.user_combo.findData(current)))
        for w in (self.name_edit, self.nip_edit, self.lead_check, self.add_button):
            w.setEnabled(not read_only)
        self.user_combo.setEnabled(not read_only and bool(view.users))
        self.add_box.setVisible(not read_only)
        if not view.users:
            self.user_combo.setToolTip(self.tr("Belum ada akun pengguna lokal"))

    @Slot()
    def _on_add_clicked(self) -> None:
        if self._read_only:
            return
        name, nip = self.name_edit.text().strip(), self.nip_edit.text().strip()
        lead, username = self.lead_check.isChecked(), self.user_combo.currentData() or None
        if self._apply(lambda: setup.add_assessor(self._service, self._uuid, name, nip, lead, username),
                       self.tr("Asesor {name} ditambahkan.").format(name=name)):
            self.name_edit.clear()
            self.nip_edit.clear()
            self.lead_check.setChecked(False)
            self.user_combo.setCurrentIndex(0)


# -- Penugasan (matriks asesor) --------------------------------------------------------------------
class AssignmentPage(SetupPage):
    """Assessees x simulations: which assessor observes whom in which simulation; saved at each choice."""

    NO, NAME, FIRST_SIM = 0, 1, 2

    def __init__(self, service: AssessmentService, session_uuid: str, apply: Apply,
                 parent: QWidget | None = None) -> None:
        super().__init__(service, session_uuid, apply, parent)
        self._shape: tuple = ()
        self._combos: dict[tuple[str, str], QComboBox] = {}
        self.table = make_table(self.tr("Penugasan asesor"),
                                self.tr("Satu baris per peserta, satu kolom per simulasi: asesor yang menilai"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.empty_label = note()
        self.summary = note()
        self.summary.setAccessibleName(self.tr("Ringkasan penugasan"))
        self.intro = note()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.summary)

    def combo(self, nip: str, simulation: str) -> QComboBox:
        return self._combos[nip, simulation]

    @staticmethod
    def _locked_cells(view: SetupView) -> frozenset[tuple[str, str]]:
        return frozenset((nip, sim) for nip, sim, _ in view.locked_forms)

    def set_view(self, view: SetupView, read_only: bool) -> None:
        names = tuple(a.name for a in view.assessors)
        locked_cells = self._locked_cells(view)
        shape = (tuple(a.nip for a in view.assessees), tuple(s.code for s in view.simulations), names,
                 read_only, locked_cells)
        if shape != self._shape:
            self._rebuild(view, read_only, locked_cells)
            self._shape = shape
        load = dict.fromkeys(names, 0)
        empty = 0
        for row, a in enumerate(view.assessees):
            for col, s in enumerate(view.simulations, start=self.FIRST_SIM):
                chosen = view.assignments.get((a.nip, s.code), ())
                for name in chosen:
                    load[name] = load.get(name, 0) + 1
                empty += not chosen
                combo = self._combos.get((a.nip, s.code))
                if combo is None:
                    self.table.item(row, col).setText(", ".join(chosen) or "—")
                    continue
                with QSignalBlocker(combo):
                    combo.setCurrentIndex(max(0, combo.findData(chosen[0])) if chosen else 0)
                tip = [f"{a.name} · {s.name}"]
                if len(chosen) > 1:
                    tip.append(self.tr("Juga ditugaskan: {names}").format(names=", ".join(chosen[1:])))
                combo.setToolTip("\n".join(tip))
        if not view.assessees or not view.simulations or not view.assessors:
            missing = [text for cond, text in (
                (not view.assessees, self.tr("peserta")), (not view.simulations, self.tr("simulasi")),
                (not view.assessors, self.tr("asesor"))) if cond]
            self.empty_label.setText(self.tr("Penugasan dapat diisi setelah ada {what}.").format(
                what=self.tr(" dan ").join(missing)))
        shown = bool(view.assessees and view.simulations and view.assessors)
        self.table.setVisible(shown)
        self.empty_label.setVisible(not shown)
        self.intro.setText(self.tr("Asesor yang menilai tiap peserta pada tiap simulasi (matriks asesor).")
                           if read_only else self.tr(
            "Pilih asesor yang menilai tiap peserta pada tiap simulasi (matriks asesor); pilihan langsung "
            "tersimpan.") + (self.tr(" Nama bercetak miring: penugasan sudah berisi penilaian dan terkunci.")
                              if locked_cells else ""))
        total = len(view.assessees) * len(view.simulations)
        parts = [self.tr("{filled} dari {total} sel terisi.").format(filled=total - empty, total=total)]
        if names:
            parts.append(self.tr("Beban asesor: {list}.").format(
                list="; ".join(f"{name} {n}" for name, n in load.items())))
        self.summary.setText(" ".join(parts))

    def _rebuild(self, view: SetupView, read_only: bool, locked_cells: frozenset[tuple[str, str]]) -> None:
        self._combos.clear()
        reset_grid(self.table, len(view.assessees),
                   [self.tr("No"), self.tr("Peserta"), *[s.name for s in view.simulations]])
        for row, a in enumerate(view.assessees):
            self.table.setItem(row, self.NO, item(str(a.participant_no), align_center=True))
            self.table.setItem(row, self.NAME, item(a.name, self.tr("NIP {nip} · jabatan sasaran {position}").format(
                nip=format_nip(a.nip), position=a.target_position)))
            for col, s in enumerate(view.simulations, start=self.FIRST_SIM):
                locked = (a.nip, s.code) in locked_cells
                if read_only or locked:
                    cell = item("", f"{a.name} · {s.name}" + (
                        "\n" + self.tr("Sudah dinilai: penugasan tidak dapat diubah") if locked else ""))
                    if locked and not read_only:
                        font = cell.font()
                        font.setItalic(True)
                        cell.setFont(font)
                    self.table.setItem(row, col, cell)
                    continue
                self.table.setItem(row, col, item(""))
                combo = QComboBox()
                combo.addItem(self.tr("— belum ditugaskan —"), "")
                for asr in view.assessors:
                    combo.addItem(asr.name, asr.name)
                combo.setAccessibleName(self.tr("Asesor untuk {assessee} pada {simulation}").format(
                    assessee=a.name, simulation=s.name))
                combo.activated.connect(lambda _index, nip=a.nip, sim=s.code, box=combo, who=a.name:
                                        self._on_activated(nip, sim, box, who))
                self._combos[a.nip, s.code] = combo
                self.table.setCellWidget(row, col, combo)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NO, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.ResizeToContents)
        for col in range(self.FIRST_SIM, self.FIRST_SIM + len(view.simulations)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()

    def _on_activated(self, nip: str, sim: str, combo: QComboBox, who: str) -> None:
        assessor = combo.currentData() or None
        done = (self.tr("{assessor} menilai {assessee} pada {sim}.").format(assessor=assessor, assessee=who, sim=sim)
                if assessor else self.tr("Penugasan {assessee} pada {sim} dikosongkan.").format(assessee=who, sim=sim))
        self._apply(lambda: setup.set_assessor(self._service, self._uuid, nip, sim, assessor), done)


# -- the SKJ import preview ------------------------------------------------------------------------
class SkjImportDialog(QDialog):
    """What an SKJ file would change, or why it cannot be imported; "Impor" only for a clean file."""

    def __init__(self, path: Path, report: SkjReport, view: SetupView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Impor SKJ: {name}").format(name=path.name))
        self.setMinimumSize(640, 400)  # explicit, so showing it never changes the window's size hints
        self.resize(860, 520)
        codes = [c.code for c in view.competencies]
        self.table = make_table(self.tr("Jabatan dalam berkas SKJ"))
        self.table.setColumnCount(3 + len(codes))
        self.table.setHorizontalHeaderLabels([self.tr("Baris"), self.tr("Jabatan"), self.tr("Status"), *codes])
        self.table.setRowCount(len(report.items))
        for row, it in enumerate(report.items):
            self.table.setItem(row, 0, item(str(it.row), align_center=True))
            self.table.setItem(row, 1, item(it.name, it.jenis or ""))
            status = (self.tr("tidak berubah") if it.unchanged else self.tr("diganti") if it.existing
                      else self.tr("baru"))
            self.table.setItem(row, 2, item(status))
            for col, code in enumerate(codes, start=3):
                self.table.setItem(row, col, item(str(it.standards.get(code, "—")), align_center=True))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for col in [0, 2, *range(3, 3 + len(codes))]:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.problems = QPlainTextEdit()
        self.problems.setReadOnly(True)
        self.problems.setAccessibleName(self.tr("Masalah dan catatan pada berkas"))
        lines = [self._line(p, self.tr("Masalah")) for p in report.problems]
        lines += [self._line(p, self.tr("Catatan")) for p in report.warnings]
        self.problems.setPlainText("\n".join(lines))
        self.problems.setVisible(bool(lines))
        added = sum(not i.existing for i in report.items)
        same = sum(i.unchanged for i in report.items)
        if report.ok:
            text = self.tr("{added} jabatan baru, {updated} jabatan yang standarnya diganti, {same} jabatan tidak "
                           "berubah. Impor sekarang?").format(added=added, updated=len(report.items) - added - same,
                                                              same=same)
        else:
            text = self.tr("{n} masalah pada berkas: perbaiki berkasnya dahulu; tidak ada yang diimpor.").format(
                n=len(report.problems))
        self.summary = note(text)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("&Impor"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(report.ok)
        self.buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.buttons)

    def _line(self, p, kind: str) -> str:
        where = self.tr("baris {row}").format(row=p.row) if p.row else self.tr("judul kolom")
        column = f" · {p.column}" if p.column else ""
        value = f" «{p.value}»" if p.value else ""
        return f"{kind}: {where}{column}{value}: {p.reason}"


def choose_skj_file(parent: QWidget) -> Path | None:
    title = QCoreApplication.translate("SkjFile", "Impor Standar Kompetensi Jabatan")
    kinds = QCoreApplication.translate("SkjFile", "Lembar kerja (*.xlsx *.csv)")
    path, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return Path(path) if path else None
