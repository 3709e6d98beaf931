"""BKD's talent views in the central workspace: track records, the 9-box, training needs and expiry.

Every service call runs off the GUI thread (TaskRunner): the talent service logs each view and export of
personal data in the access log itself. Pages load when first shown and again after an import.
Exports (Excel, PDF) run off the GUI thread with a progress bar and a stop button.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QObject, QPointF, QRectF, QSettings, QSize, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QColor, QFont, QFontMetrics, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableView,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.nip import format_nip
from desktop.gui import i18n
from desktop.gui.central_login import RowsModel
from desktop.gui.import_wizard import _water_level
from desktop.gui.login import InlineError, heading, note, sentence
from desktop.gui.tasks import TaskFn, TaskRunner
from desktop.gui.widgets import progress_strip, read_only_table, splitter, stacked
from desktop.services.central_accounts import CentralAccounts, CentralUser
from desktop.services.progress import Progress
from desktop.services.stores import Store
from desktop.services.talent import (
    NO_PERFORMANCE,
    CompetencyLevel,
    Expiry,
    NineBox,
    TalentFilters,
    TalentService,
    TrackRecord,
    TrainingNeeds,
)

if TYPE_CHECKING:
    from desktop.gui.central_window import CentralWindow

SIZE = (1280, 800)
EXPORT_DIR_KEY = "central/export_dir"
COLUMN_PADDING = 18
EXPIRED_COLOUR = "#8a1c14"
SOON_COLOUR = "#9a5b00"
UP_COLOUR = QColor("#17612c")
DOWN_COLOUR = QColor("#a11d12")
BAR_COLOURS = ("#b9cde5", "#7da3cf", "#3f72b0", "#1f4e8c", "#0d2f5e")  # older assessments lighter
POOL_BACKGROUND = "#e3f1e6"
NBSP = "\u00a0"


# -- formatting ---------------------------------------------------------------------------------------
def long_date(iso: str, locale: QLocale, month: QLocale.FormatType = QLocale.FormatType.LongFormat) -> str:
    """"2025-06-02" -> "2 Juni 2025" (in the interface language); other text unchanged."""
    try:
        day = dt.date.fromisoformat(iso[:10])
    except (TypeError, ValueError):
        return iso or ""
    return f"{day.day} {locale.monthName(day.month, month)} {day.year}"


def short_date(iso: str, locale: QLocale) -> str:
    """"2025-06-02" -> "2 Jun 2025"."""
    return long_date(iso, locale, QLocale.FormatType.ShortFormat)


def jpm_text(value: float | None, locale: QLocale) -> str:
    return "" if value is None else locale.toString(float(value), "f", 2) + " %"


def signed(value: float | int | None, locale: QLocale, decimals: int = 0) -> str:
    """+1, −2, 0 (a real minus sign); '' for None."""
    if value is None:
        return ""
    text = locale.toString(abs(float(value)), "f", decimals)
    return ("+" if value > 0 else "−" if value < 0 else "") + text


class FittedTable(QTableView):
    """A read-only table whose columns fit its width: each as wide as its contents (at most `cap`); when
    they do not all fit, the `stretch` columns keep theirs and the widest others give way first (wrapped or
    elided); when there is room, the `stretch` columns take it. Laid out again whenever the view resizes."""

    def __init__(self, stretch: Sequence[int] = (), cap: int = 320) -> None:
        super().__init__()
        self.stretch = tuple(stretch)
        self.cap = cap
        self._natural: list[int] = []

    def fit(self, stretch: Sequence[int] | None = None, cap: int | None = None) -> None:
        """Measure the contents (after new rows) and lay the columns out."""
        if stretch is not None:
            self.stretch = tuple(stretch)
        if cap is not None:
            self.cap = cap
        header = self.horizontalHeader()
        self._natural = []
        for col in range(header.count()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.resizeColumnToContents(col)
            self._natural.append(min(header.sectionSize(col) + COLUMN_PADDING, self.cap))
        self._lay_out()

    def _lay_out(self) -> None:
        header = self.horizontalHeader()
        natural = self._natural
        if not natural or len(natural) != header.count():
            return
        available = max(self.viewport().width() - 2, 0)
        kept = sum(natural[c] for c in self.stretch)
        others = [w for c, w in enumerate(natural) if c not in self.stretch]
        level = _water_level(others, max(available - kept, 0), minimum=64) if others else 0
        widths = [w if c in self.stretch else min(w, level) for c, w in enumerate(natural)]
        for col, width in enumerate(widths):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, width)
        if sum(widths) < available:
            for col in self.stretch:
                header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        if self.wordWrap():
            self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        self._lay_out()


def fit_columns(view: QTableView, stretch: Sequence[int] = (), cap: int = 320) -> None:
    if isinstance(view, FittedTable):
        view.fit(stretch, cap)


def _table(name: str, model: RowsModel, wrap: bool = False) -> FittedTable:
    view = read_only_table(FittedTable(), alternating=True, header_padding="2px 4px", wrap=wrap)
    view.setModel(model)
    view.setAccessibleName(name)
    view.setTextElideMode(Qt.TextElideMode.ElideRight if wrap else Qt.TextElideMode.ElideMiddle)
    return view


def person(name: str, nip: str) -> str:
    """A person's cell in the people tables: the name, the NIP below it."""
    return name + "\n" + format_nip(nip).replace(" ", NBSP)  # the NIP never breaks


# -- the base of every page ---------------------------------------------------------------------------
class TalentPage(QWidget):
    """One talent view: a TalentService, a runner for its calls, an error line and a busy strip.

    The page loads when first shown (`load()`), and again when shown after `invalidate()`.
    `exported(Path)` fires after a file was written.
    """

    exported = Signal(object)

    def __init__(self, talent: TalentService, can_export: bool, settings: QSettings | None = None,
                 parent: QWidget | None = None, *, language: str = i18n.SOURCE_LANGUAGE) -> None:
        super().__init__(parent)
        self.talent = talent
        self.can_export = can_export
        self.settings = settings
        self.locale = i18n.locale_for(language)
        self._runner = TaskRunner(self)
        self._on_success: Callable[[object], None] | None = None
        self._queued: tuple[TaskFn, Callable[[object], None], str] | None = None
        self._stale = True
        self._export_running = False
        self.error_label = InlineError(self.tr("Pesan kesalahan"))
        policy = self.error_label.sizePolicy()
        policy.setRetainSizeWhenHidden(False)  # no gap while there is nothing to say
        self.error_label.setSizePolicy(policy)
        self.busy_label, self.progress_bar, self.stop_button, self.busy = progress_strip(
            self.tr("Keadaan"), self.tr("Kemajuan ekspor"), self.tr("H&entikan"), self.tr("Hentikan ekspor"))
        self.stop_button.clicked.connect(self._runner.cancel)
        self._runner.connect_slots(progressed=self._on_progressed, succeeded=self._on_succeeded, failed=self._on_failed,
                                   cancelled=self._on_cancelled, finished=self._on_finished)

    @property
    def runner(self) -> TaskRunner:
        return self._runner

    # -- loading -----------------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802  (Qt's name)
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.load()

    def invalidate(self) -> None:
        """New data came in: load again now if on screen, else when next shown."""
        self._stale = True
        if self.isVisible():
            self._stale = False
            self.load()

    def run(self, fn: TaskFn, on_success: Callable[[object], None], busy_text: str = "") -> None:
        """Run a service call off the GUI thread; while one runs, the newest request waits its turn."""
        if self._runner.is_running():
            if not self._export_running:
                self._queued = (fn, on_success, busy_text)
            return
        self.error_label.clear_message()
        self._on_success = on_success
        self.busy_label.setText(busy_text or self.tr("Memuat…"))
        self.progress_bar.hide()
        self.stop_button.hide()
        self.busy.setVisible(True)
        self._runner.start(fn)

    def export(self, path: Path | str, writer: Callable[[Path, Progress], object]) -> None:
        """Write an export off the GUI thread with progress and a stop button."""
        if self._runner.is_running():
            return
        path = Path(path)
        self.error_label.clear_message()
        self._export_running = True
        self._on_success = self._on_exported
        self.busy_label.setText(self.tr("Mengekspor ke {name}…").format(name=path.name))
        self.progress_bar.setRange(0, 0)
        self.progress_bar.show()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        self.busy.setVisible(True)
        self._set_export_enabled(False)
        self._runner.start(lambda progress: writer(path, progress))

    def ask_export_path(self, title: str, stem: str, fmt: str) -> Path | None:
        folder = str(self.settings.value(EXPORT_DIR_KEY, "") or "") if self.settings is not None else ""
        suggested = str(Path(folder or Path.home()) / f"{stem}-{dt.date.today().isoformat()}.{fmt}")
        filters = self.tr("Buku kerja Excel (*.xlsx)") if fmt == "xlsx" else self.tr("Dokumen PDF (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(self, title, suggested, filters)
        if not path:
            return None
        path = Path(path)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        if self.settings is not None:
            self.settings.setValue(EXPORT_DIR_KEY, str(path.parent))
        return path

    def _set_export_enabled(self, enabled: bool) -> None:
        for button in self.findChildren(QPushButton):
            if button.property("export"):
                button.setEnabled(enabled and self.can_export)

    def export_button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.setProperty("export", True)
        if not self.can_export:
            button.hide()
        return button

    @Slot(int, int, str)
    def _on_progressed(self, done: int, total: int, text: str) -> None:
        if self._export_running and total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))

    @Slot(object)
    def _on_succeeded(self, result: object) -> None:
        callback, self._on_success = self._on_success, None
        if callback is not None:
            callback(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._on_success = None
        self.error_label.show_message(sentence(message))

    @Slot()
    def _on_cancelled(self) -> None:
        self._on_success = None
        self.error_label.show_message(self.tr("Ekspor dihentikan; tidak ada berkas yang ditulis."))

    @Slot()
    def _on_finished(self) -> None:
        self.busy.setVisible(False)
        if self._export_running:
            self._export_running = False
            self._set_export_enabled(True)
        queued, self._queued = self._queued, None
        if queued is not None:
            self.run(*queued)

    def _on_exported(self, result: object) -> None:
        path = Path(getattr(result, "path", result))
        people = getattr(result, "people", None)
        text = self.tr("Diekspor ke {path}").format(path=path)
        if people is not None:
            text += " " + self.tr("({n} orang).").format(n=people)
        self.status_label.setText(text)
        self.exported.emit(path)

    def error(self) -> str:
        return self.error_label.text() if not self.error_label.isHidden() else ""

    def shutdown(self) -> None:
        self._queued = None
        self._runner.cancel()
        self._runner.wait()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.shutdown()
        super().closeEvent(event)

    # -- what the 9-box, training and expiry pages share ----------------------------------------------
    FILTER_COMBOS: tuple[tuple[str, str], ...] = ()  # (TalentFilters field, the combo attribute it fills)

    def load(self) -> None:
        talent = self.talent
        self.run(lambda _p: talent.filters(), self._on_filters)

    def _on_filters(self, filters: object) -> None:
        assert isinstance(filters, TalentFilters)
        for field, combo in self.FILTER_COMBOS:
            self._fill_combo(getattr(self, combo), getattr(filters, field))
        self.refresh()

    def _query(self) -> tuple[Callable[..., object], Callable[[object], None], str]:  # pragma: no cover
        """(the service call taking the filter values, what shows its answer, what the busy strip says)."""
        raise NotImplementedError

    def filter_values(self) -> dict:  # pragma: no cover - overridden
        raise NotImplementedError

    @Slot()
    def refresh(self) -> None:
        """Ask again with the filters as they are now."""
        call, show, busy_text = self._query()
        f = self.filter_values()
        self.run(lambda _p: call(**f), show, busy_text)

    def _export_spec(self) -> tuple[str, str, Callable[..., object]]:  # pragma: no cover - overridden
        """(dialog title, file name stem, the service's export function) of this page's export."""
        raise NotImplementedError

    def _ask_export(self, fmt: str = "xlsx") -> None:
        title, stem, _ = self._export_spec()
        path = self.ask_export_path(title, stem, fmt)
        if path is not None:
            self.export_to(path, fmt)

    def export_to(self, path: Path | str, fmt: str = "xlsx") -> None:
        """Export what the filters show now to `path` (xlsx or pdf), off the GUI thread."""
        _, _, write = self._export_spec()
        f = self.filter_values()
        self.export(path, lambda p, progress: write(p, fmt, progress=progress, **f))

    def _export_buttons(self, excel_name: str, pdf_name: str = "") -> list[QPushButton]:
        """"Ekspor Excel…" (and "Ekspor PDF…" when `pdf_name` is given) as `excel_button` / `pdf_button`."""
        self.excel_button = self.export_button(self.tr("Ekspor E&xcel…"), excel_name)
        self.excel_button.clicked.connect(lambda: self._ask_export("xlsx"))
        if not pdf_name:
            return [self.excel_button]
        self.pdf_button = self.export_button(self.tr("Ekspor P&DF…"), pdf_name)
        self.pdf_button.clicked.connect(lambda: self._ask_export("pdf"))
        return [self.excel_button, self.pdf_button]

    @staticmethod
    def _filter_row(fields: Sequence[tuple[str, QWidget, int]], buttons: Sequence[QPushButton]) -> QHBoxLayout:
        """Each (label text, field, stretch) labelled, the export buttons at the right."""
        row = QHBoxLayout()
        for i, (text, field, stretch) in enumerate(fields):
            if i:
                row.addSpacing(10)
            row.addWidget(_labelled(text, field))
            row.addWidget(field, stretch)
        row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        return row

    def _summary_label(self, name: str) -> QLabel:
        label = QLabel()
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    def _people_view(self, name: str) -> FittedTable:
        """`people_view` over `people_model`, with `people_count` (the line below it)."""
        self.people_view = _table(name, self.people_model, wrap=True)
        self.people_count = note()
        return self.people_view

    def _lay_out(self, title: str, top: QHBoxLayout, body: QWidget, summary: QLabel | None = None,
                 with_status: bool = True) -> None:
        """Title, the search or filter row, the summary, the error line and busy strip, the body, the status."""
        self.status_label = note()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 1.15))
        layout.addLayout(top)
        if summary is not None:
            layout.addWidget(summary)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy)
        layout.addWidget(body, 1)
        if with_status:
            layout.addWidget(self.status_label)

    def _filter_combo(self, name: str, all_text: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        combo.addItem(all_text, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(12)
        return combo

    @staticmethod
    def _fill_combo(combo: QComboBox, values: Sequence[object], label: Callable[[object], str] = str) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value in values:
            combo.addItem(label(value) or "–", value)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
        combo.blockSignals(False)


def _labelled(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


# -- the track-record chart ---------------------------------------------------------------------------
class LevelChart(QWidget):
    """Grouped bars: per competency, one bar per assessment (older lighter), the latest standard as a red
    tick, and the change since the previous assessment above the latest bar. Drawn with QPainter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Grafik perubahan level kompetensi"))
        self.setMinimumSize(420, 240)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._codes: list[str] = []
        self._names: dict[str, str] = {}
        self._labels: list[str] = []
        self._levels: list[dict[str, int]] = []
        self._standards: dict[str, int] = {}

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(620, 300)

    def set_record(self, record: TrackRecord | None, locale: QLocale) -> None:
        if record is None or not record.assessments:
            self._codes, self._labels, self._levels, self._standards = [], [], [], {}
        else:
            self._codes = list(record.competency_codes())
            latest = record.assessments[-1]
            self._names = {c.code: c.name for a in record.assessments for c in a.competencies}
            self._labels = [short_date(a.sealed_on, locale) for a in record.assessments]
            self._levels = [{c.code: c.achieved for c in a.competencies} for a in record.assessments]
            self._standards = {c.code: c.standard for c in latest.competencies}
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """What the chart shows, as text (for screen readers and tests)."""
        if not self._levels:
            return self.tr("Belum ada asesmen.")
        parts = []
        for code in self._codes:
            levels = [str(lv[code]) if code in lv else "–" for lv in self._levels]
            parts.append(f"{code} {self._names.get(code, '')}: {' → '.join(levels)}")
        return "; ".join(parts)

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.base())
        text_colour = palette.text().color()
        grid_colour = palette.mid().color()
        fm = QFontMetrics(self.font())
        if not self._levels:
            painter.setPen(text_colour)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Belum ada asesmen."))
            return
        legend_h = fm.height() + 10
        left, right, top, bottom = fm.horizontalAdvance("5") + 16, 10, legend_h + 8, fm.height() + 12
        plot = QRectF(left, top, max(10, self.width() - left - right), max(10, self.height() - top - bottom))
        top_level = 5

        def y_of(level: float) -> float:
            return plot.bottom() - plot.height() * level / top_level

        painter.setPen(QPen(grid_colour, 1, Qt.PenStyle.DotLine))
        for level in range(1, top_level + 1):
            y = y_of(level)
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(text_colour)
        for level in range(0, top_level + 1):
            y = y_of(level)
            painter.drawText(QRectF(0, y - fm.height() / 2, left - 6, fm.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(level))
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

        n = len(self._levels)
        colours = [QColor(BAR_COLOURS[max(0, len(BAR_COLOURS) - n + i)]) if n <= len(BAR_COLOURS)
                   else QColor(BAR_COLOURS[min(i, len(BAR_COLOURS) - 1)]) for i in range(n)]
        group_w = plot.width() / max(1, len(self._codes))
        bar_w = max(3.0, min(28.0, group_w * 0.7 / n))
        bold = QFont(self.font())
        bold.setBold(True)
        for g, code in enumerate(self._codes):
            x0 = plot.left() + g * group_w + (group_w - bar_w * n) / 2
            for i, levels in enumerate(self._levels):
                level = levels.get(code)
                if level is None:
                    continue
                rect = QRectF(x0 + i * bar_w, y_of(level), bar_w - 1, plot.bottom() - y_of(level))
                painter.fillRect(rect, colours[i])
            standard = self._standards.get(code)
            if standard:
                painter.setPen(QPen(QColor("#b3261e"), 2))
                y = y_of(standard)
                painter.drawLine(QPointF(x0 - 3, y), QPointF(x0 + bar_w * n + 2, y))
            if n > 1 and code in self._levels[-1] and code in self._levels[-2]:
                change = self._levels[-1][code] - self._levels[-2][code]
                if change:
                    painter.setFont(bold)
                    painter.setPen(UP_COLOUR if change > 0 else DOWN_COLOUR)
                    y = y_of(max(self._levels[-1][code], standard or 0)) - fm.height() - 2
                    painter.drawText(QRectF(x0 + (n - 1) * bar_w - 12, y, bar_w + 24, fm.height()),
                                     Qt.AlignmentFlag.AlignCenter, f"{'+' if change > 0 else '−'}{abs(change)}")
                    painter.setFont(self.font())
            painter.setPen(text_colour)
            painter.drawText(QRectF(plot.left() + g * group_w, plot.bottom() + 4, group_w, fm.height()),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop, code)
        # legend
        x = plot.left()
        for i, label in enumerate(self._labels):
            painter.fillRect(QRectF(x, 6, 12, 12), colours[i])
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 16, 6 + fm.ascent()), label)
            x += 16 + fm.horizontalAdvance(label) + 16
        painter.setPen(QPen(QColor("#b3261e"), 2))
        painter.drawLine(QPointF(x, 12), QPointF(x + 14, 12))
        painter.setPen(text_colour)
        painter.drawText(QPointF(x + 18, 6 + fm.ascent()), self.tr("standar jabatan sasaran terakhir"))


# -- search and track record --------------------------------------------------------------------------
class TrackRecordPage(TalentPage):
    """Search an ASN by NIP or name; the track record of the one chosen: every assessment, the levels per
    competency with the change between assessments, and a chart."""

    record_shown = Signal(str)  # NIP

    HIT_PERSON, HIT_COUNT = range(2)

    def __init__(self, talent: TalentService, can_export: bool, settings: QSettings | None = None,
                 parent: QWidget | None = None, *, language: str = i18n.SOURCE_LANGUAGE) -> None:
        super().__init__(talent, can_export, settings, parent, language=language)
        self.record: TrackRecord | None = None
        self.hits_model = RowsModel((self.tr("Pegawai"), self.tr("Asesmen")), self, numeric=(self.HIT_COUNT,))
        self.assessments_model = RowsModel(
            (self.tr("Disegel"), self.tr("Sesi · penyelenggara"), self.tr("Jabatan sasaran · jenis · unit"),
             self.tr("JPM"), self.tr("Kategori"), self.tr("Berlaku sampai")), self, numeric=(3,))
        self.levels_model = RowsModel((self.tr("Kompetensi"),), self)
        self._build()
        self.search_edit.returnPressed.connect(self.search)
        self.search_button.clicked.connect(self.search)
        self.hits_view.selectionModel().currentRowChanged.connect(self._on_hit_changed)

    def _build(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setAccessibleName(self.tr("Cari NIP atau nama"))
        self.search_edit.setPlaceholderText(self.tr("NIP (boleh sebagian) atau nama, mis. 19791105 atau Dodi"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("&Cari"))
        self.search_button.setAccessibleName(self.tr("Cari pegawai"))
        row = QHBoxLayout()
        row.addWidget(_labelled(self.tr("C&ari ASN:"), self.search_edit))
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        self.hits_view = _table(self.tr("Hasil pencarian"), self.hits_model, wrap=True)
        self.hits_count = note()

        self.name_label = heading("", 1.2)
        self.name_label.setAccessibleName(self.tr("Nama pegawai"))
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.person_label = note()
        self.person_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty_label = note(self.tr("Cari seorang ASN, lalu pilih namanya untuk melihat rekam jejaknya."))
        self.assessments_view = _table(self.tr("Asesmen"), self.assessments_model, wrap=True)
        self.assessments_view.setMinimumHeight(150)
        self.levels_view = _table(self.tr("Level per kompetensi"), self.levels_model)
        self.levels_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.chart = LevelChart()
        lower = splitter(self.levels_view, self.chart, stretch=(2, 3), sizes=(500, 480))
        self.record_box = stacked(
            self.name_label, self.person_label, _labelled(self.tr("&Asesmen:"), self.assessments_view),
            (self.assessments_view, 2), _labelled(self.tr("&Level per kompetensi dan perubahannya:"), self.levels_view),
            (lower, 5))
        self.record_box.hide()
        self.splitter = splitter(stacked((self.hits_view, 1), self.hits_count),
                                 stacked(self.empty_label, (self.record_box, 1)), stretch=(1, 3), sizes=(280, 980))
        self._lay_out(self.tr("Rekam jejak ASN"), row, self.splitter, with_status=False)

    def load(self) -> None:
        self.search_edit.setFocus()
        if self.search_edit.text().strip():
            self.search()

    @Slot()
    def search(self) -> None:
        text = self.search_edit.text().strip()
        if not text:
            self.error_label.show_message(self.tr("Ketik NIP atau nama yang dicari."))
            return
        talent = self.talent
        self.run(lambda _p: talent.search(text), self._on_found, self.tr("Mencari…"))

    def _on_found(self, hits: object) -> None:
        hits = list(hits)  # type: ignore[call-overload]
        self.hits_model.set_rows(
            [(person(h.name, h.nip), h.assessments) for h in hits], payloads=hits,
            tips=[" · ".join(x for x in (h.name, h.unit, h.target_position) if x) for h in hits])
        fit_columns(self.hits_view, stretch=(self.HIT_PERSON,), cap=220)
        self.hits_count.setText(self.tr("{n} pegawai ditemukan").format(n=len(hits)) if hits
                                else self.tr("Tidak ada pegawai dengan NIP atau nama itu."))
        if len(hits) >= 1:
            self.hits_view.selectRow(0)
            self.hits_view.setFocus()

    @Slot()
    def _on_hit_changed(self) -> None:
        index = self.hits_view.selectionModel().currentIndex()
        if index.isValid():
            self.show_record(self.hits_model.payload(index.row()).nip)  # type: ignore[union-attr]

    def show_record(self, nip: str) -> None:
        talent = self.talent
        self.run(lambda _p: talent.track_record(nip), self._on_record, self.tr("Memuat rekam jejak…"))

    def _on_record(self, record: object) -> None:
        assert isinstance(record, TrackRecord)
        self.record = record
        loc = self.locale
        sex = {"L": self.tr("laki-laki"), "P": self.tr("perempuan")}.get(record.sex, record.sex)
        self.name_label.setText(record.name)
        parts = [self.tr("NIP {nip}").format(nip=format_nip(record.nip))]
        if sex:
            parts.append(sex)
        if record.performance:
            perf = ", ".join(f"{p.year}: {p.predicate}" for p in record.performance[-3:])
            parts.append(self.tr("predikat kinerja {list}").format(list=perf))
        else:
            parts.append(self.tr("belum ada data e-kinerja"))
        self.person_label.setText(" · ".join(parts))
        rows, colours = [], []
        for a in record.assessments:
            valid = long_date(a.valid_until, loc) + ("\n" + self.tr("kedaluwarsa") if a.expired else "")
            jpm = jpm_text(a.jpm, loc) + (f"\n{signed(a.jpm_change, loc, 2)}" if a.jpm_change is not None else "")
            where = " · ".join(x for x in (a.position_type, a.unit) if x)
            session = f"{a.session_title}\n{a.provider}"
            if a.revision > 1:  # an amendment: say so, with the JPM as first sealed beside the new one
                session += "\n" + (self.tr("revisi {n} (amandemen; JPM semula {jpm})").format(
                    n=a.revision, jpm=jpm_text(a.original_jpm, loc)) if a.original_jpm is not None else
                    self.tr("revisi {n} (amandemen)").format(n=a.revision))
            rows.append((long_date(a.sealed_on, loc), session,
                         f"{a.target_position}\n{where}" if where else a.target_position,
                         jpm, f"{a.category_label} ({a.category_code})" if a.category_label else a.category_code,
                         valid))
            colours.append(EXPIRED_COLOUR if a.expired else "")
        self.assessments_model.set_rows(rows, payloads=list(record.assessments), colours=colours)
        fit_columns(self.assessments_view, stretch=(1,), cap=210)
        # Levels: a row per competency, a column per assessment, then the change since the previous one.
        years = [a.sealed_on[:4] for a in record.assessments]
        columns = years if len(set(years)) == len(years) else [short_date(a.sealed_on, loc)
                                                               for a in record.assessments]
        headers = [self.tr("Kompetensi"), *columns, self.tr("Standar"), self.tr("Perubahan")]
        levels_model = RowsModel(headers, self, numeric=tuple(range(1, len(headers))))
        rows, colours = [], []
        latest = record.latest
        for code in record.competency_codes():
            cells = [a.level(code) for a in record.assessments]
            name = next((c.name for c in cells if c), code)
            last = latest.level(code) if latest else None
            change = last.change if last else None
            rows.append((f"{code} {name}", *[self._level_text(c) for c in cells],
                         last.standard if last else "", signed(change, loc)))
            colours.append("" if not change else (UP_COLOUR.name() if change > 0 else DOWN_COLOUR.name()))
        levels_model.set_rows(rows, colours=colours)
        old = self.levels_view.model()
        self.levels_view.setModel(levels_model)
        self.levels_model = levels_model
        if old is not None and old is not levels_model:
            old.deleteLater()
        fit_columns(self.levels_view, cap=165)
        self.chart.set_record(record, loc)
        self.empty_label.hide()
        self.record_box.show()
        self.record_shown.emit(record.nip)


    def _level_text(self, level: CompetencyLevel | None) -> str | int:
        """A level, and beside it the level as first sealed when an amendment changed it."""
        if level is None:
            return "–"
        if level.original is None:
            return level.achieved
        return self.tr("{level} (semula {original})").format(level=level.achieved, original=level.original)


# -- the 9-box ----------------------------------------------------------------------------------------
class NineBoxPage(TalentPage):
    """The talent 9-box: counts per box under the filters (year, unit, position type); a box's people on a
    click; exports to Excel and PDF."""

    FILTER_COMBOS = (("years", "year_combo"), ("units", "unit_combo"), ("position_types", "type_combo"))

    PEOPLE_HEADERS = 9

    def __init__(self, talent: TalentService, can_export: bool, settings: QSettings | None = None,
                 parent: QWidget | None = None, *, language: str = i18n.SOURCE_LANGUAGE) -> None:
        super().__init__(talent, can_export, settings, parent, language=language)
        self.grid: NineBox | None = None
        self.selected_box: int | None = None
        self.people_model = RowsModel(
            (self.tr("Pegawai"), self.tr("Unit kerja"), self.tr("Jabatan sasaran"), self.tr("JPM"),
             self.tr("Potensial"), self.tr("Predikat kinerja"), self.tr("Berlaku sampai")), self, numeric=(3,))
        self._build()

    def _build(self) -> None:
        self.year_combo = self._filter_combo(self.tr("Tahun"), self.tr("Hasil terbaru"))
        self.unit_combo = self._filter_combo(self.tr("Unit kerja"), self.tr("Semua unit kerja"))
        self.type_combo = self._filter_combo(self.tr("Jenis jabatan"), self.tr("Semua jenis jabatan"))
        for combo in (self.year_combo, self.unit_combo, self.type_combo):
            combo.activated.connect(self.refresh)
        filters = self._filter_row(
            [(self.tr("&Tahun:"), self.year_combo, 0), (self.tr("&Unit kerja:"), self.unit_combo, 1),
             (self.tr("&Jenis jabatan:"), self.type_combo, 0)],
            self._export_buttons(self.tr("Ekspor 9-box ke Excel"), self.tr("Ekspor 9-box ke PDF")))

        # The grid: potential upwards, performance to the right (PermenPANRB 3/2020).
        rules = self.talent.rules
        self.cells: dict[int, QToolButton] = {}
        self._cell_at: dict[tuple[int, int], int] = {}  # (row, column) -> box, for the arrow keys
        self.cell_group = QButtonGroup(self)
        self.cell_group.setExclusive(True)
        grid = QGridLayout()
        grid.setSpacing(6)
        perf, pot = rules.performance_bands, rules.potential_bands
        for b in rules.boxes.values():
            button = QToolButton()
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            button.setMinimumSize(120, 74)
            button.setToolTip(b.label)
            pool = b.box in rules.talent_pool
            button.setStyleSheet(
                "QToolButton { border: 1px solid palette(mid); border-radius: 4px; padding: 4px;"
                f" background: {POOL_BACKGROUND if pool else 'palette(base)'}; }}"
                " QToolButton:checked { border: 3px solid palette(highlight); }"
                " QToolButton:focus { border: 2px solid palette(highlight); }"
                " QToolButton[empty=\"true\"] { color: palette(placeholder-text); font-weight: normal; }")
            font = button.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            font.setBold(True)
            button.setFont(font)
            self.cells[b.box] = button
            self.cell_group.addButton(button, b.box)
            row = len(pot) - 1 - pot.index(b.potential)
            grid.addWidget(button, row, perf.index(b.performance) + 1)
            self._cell_at[(row, perf.index(b.performance))] = b.box
            button.installEventFilter(self)
        for i, band in enumerate(pot):
            label = QLabel(band.capitalize())
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(label, len(pot) - 1 - i, 0)
        for i, band in enumerate(perf):
            label = QLabel(band.capitalize())
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            grid.addWidget(label, len(pot), i + 1)
        axis_y = QLabel(self.tr("Potensial ↑"))
        axis_x = QLabel(self.tr("Kinerja →"))
        for axis in (axis_x, axis_y):
            font = axis.font()
            font.setBold(True)
            axis.setFont(font)
        self.cell_group.idClicked.connect(self.show_box)
        grid_box = QWidget()
        grid_layout = QVBoxLayout(grid_box)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(axis_y)
        grid_layout.addLayout(grid, 1)
        grid_layout.addWidget(axis_x, 0, Qt.AlignmentFlag.AlignHCenter)
        self.summary_label = self._summary_label(self.tr("Ringkasan 9-box"))
        self.no_performance_button = QPushButton()
        self.no_performance_button.setAccessibleName(self.tr("Lihat pegawai tanpa data kinerja"))
        self.no_performance_button.clicked.connect(lambda: self.show_box(NO_PERFORMANCE))
        self.no_performance_button.hide()
        grid_layout.addWidget(self.summary_label)
        grid_layout.addWidget(self.no_performance_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.box_title = heading("", 1.05)
        self.box_title.setAccessibleName(self.tr("Kotak terpilih"))
        self.box_note = note(self.tr("Pilih sebuah kotak untuk melihat pegawai di dalamnya."))
        self.box_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = stacked(self.box_title, self.box_note, (self._people_view(self.tr("Pegawai dalam kotak")), 1),
                        self.people_count)
        self._lay_out(self.tr("Talenta 9-box"), filters, splitter(grid_box, right, sizes=(420, 820)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802  (Qt's name)
        """Arrow keys move between the boxes as they lie on the grid and select the box reached
        (as in a group of radio buttons); Tab still leaves the grid."""
        if event.type() == QEvent.Type.KeyPress and watched in self.cells.values():
            key = Qt.Key
            step = {key.Key_Up: (-1, 0), key.Key_Down: (1, 0), key.Key_Left: (0, -1), key.Key_Right: (0, 1)}.get(
                event.key())
            if step is not None:
                box = next(b for b, button in self.cells.items() if button is watched)
                here = next(pos for pos, b in self._cell_at.items() if b == box)
                target = self._cell_at.get((here[0] + step[0], here[1] + step[1]))
                if target is not None:
                    self.cells[target].setFocus(Qt.FocusReason.OtherFocusReason)
                    self.show_box(target)
                return True
        return super().eventFilter(watched, event)

    def filter_values(self) -> dict:
        return {"year": self.year_combo.currentData(), "unit": self.unit_combo.currentData(),
                "position_type": self.type_combo.currentData()}

    def _query(self) -> tuple[Callable[..., object], Callable[[object], None], str]:
        return self.talent.ninebox, self._on_grid, self.tr("Menghitung 9-box…")

    def _on_grid(self, grid: object) -> None:
        assert isinstance(grid, NineBox)
        self.grid = grid
        for cell in grid.cells:
            button = self.cells[cell.box]
            button.setText(self.tr("{count} orang\n{label}").format(count=cell.count, label=self._short(cell.box)))
            button.setProperty("empty", cell.count == 0)
            button.style().unpolish(button)
            button.style().polish(button)
            button.setAccessibleName(self.tr("Kotak {box}: {label}, {count} orang").format(
                box=cell.box, label=cell.label, count=cell.count))
        self.summary_label.setText(self.tr(
            "{total} pegawai dengan hasil asesmen; {placed} dipetakan, {pool} di antaranya dalam kelompok "
            "talenta (kotak berwarna hijau).").format(total=grid.total, placed=grid.placed, pool=grid.talent_pool))
        self.no_performance_button.setText(self.tr("{n} tanpa data kinerja…").format(n=grid.without_performance))
        self.no_performance_button.setVisible(grid.without_performance > 0)
        if self.selected_box is not None:
            self.show_box(self.selected_box)

    def _short(self, box: int) -> str:
        return self.tr("kotak {box}").format(box=box) + ("  ★" if box in self.talent.rules.talent_pool else "")

    def cell_count(self, box: int) -> int:
        return self.grid.cell(box).count if self.grid else 0

    @Slot(int)
    def show_box(self, box: int) -> None:
        self.selected_box = box
        if box in self.cells:
            self.cells[box].setChecked(True)
        else:
            checked = self.cell_group.checkedButton()
            if checked is not None:
                self.cell_group.setExclusive(False)
                checked.setChecked(False)
                self.cell_group.setExclusive(True)
        talent, f = self.talent, self.filter_values()
        self.run(lambda _p: talent.ninebox_people(box, **f), self._on_people, self.tr("Memuat pegawai…"))

    def _on_people(self, result: object) -> None:
        loc = self.locale
        people = result.people  # type: ignore[attr-defined]
        self.box_title.setText(self.tr("Kotak {box}: {label}").format(box=result.box, label=result.label)
                               if result.box else result.label)  # type: ignore[attr-defined]
        recs = result.recommendations  # type: ignore[attr-defined]
        self.box_note.setText(self.tr("Rekomendasi: {list}.").format(list="; ".join(recs)) if recs else
                              self.tr("Pegawai ini belum memiliki predikat kinerja dari e-kinerja: impor data "
                                      "e-kinerja untuk memetakan mereka."))
        rows, colours = [], []
        for p in people:
            predicate = f"{p.predicate} ({p.performance_year})" if p.predicate else "–"
            valid = long_date(p.valid_until, loc) + ("\n" + self.tr("kedaluwarsa") if p.expired else "")
            rows.append((person(p.name, p.nip), p.unit, f"{p.target_position}\n{p.position_type}",
                         jpm_text(p.jpm, loc), p.potential, predicate, valid))
            colours.append(EXPIRED_COLOUR if p.expired else "")
        self.people_model.set_rows(rows, payloads=list(people), colours=colours)
        fit_columns(self.people_view, stretch=(0,), cap=200)
        total = result.total  # type: ignore[attr-defined]
        self.people_count.setText(self.tr("{n} orang").format(n=total) if len(people) >= total else
                                  self.tr("{shown} dari {n} orang (JPM tertinggi lebih dulu); ekspor untuk "
                                          "daftar lengkap").format(shown=len(people), n=total))

    def _export_spec(self) -> tuple[str, str, Callable[..., object]]:
        return self.tr("Ekspor 9-box"), "9-box", self.talent.export_ninebox


# -- training needs -----------------------------------------------------------------------------------
class TrainingNeedsPage(TalentPage):
    """Development needs per competency and training type, and per unit and position type within it; the
    people of a group on a click; export to Excel for BPSDM."""

    FILTER_COMBOS = (("units", "unit_combo"), ("position_types", "type_combo"))

    def __init__(self, talent: TalentService, can_export: bool, settings: QSettings | None = None,
                 parent: QWidget | None = None, *, language: str = i18n.SOURCE_LANGUAGE) -> None:
        super().__init__(talent, can_export, settings, parent, language=language)
        self.needs: TrainingNeeds | None = None
        self.people_model = RowsModel(
            (self.tr("Pegawai"), self.tr("Unit kerja"), self.tr("Jabatan sasaran"), self.tr("Standar"),
             self.tr("Capaian"), self.tr("Selisih"), self.tr("Berlaku sampai")), self, numeric=(3, 4, 5))
        self._build()

    def _build(self) -> None:
        self.unit_combo = self._filter_combo(self.tr("Unit kerja"), self.tr("Semua unit kerja"))
        self.type_combo = self._filter_combo(self.tr("Jenis jabatan"), self.tr("Semua jenis jabatan"))
        for combo in (self.unit_combo, self.type_combo):
            combo.activated.connect(self.refresh)
        filters = self._filter_row(
            [(self.tr("&Unit kerja:"), self.unit_combo, 1), (self.tr("&Jenis jabatan:"), self.type_combo, 0)],
            self._export_buttons(self.tr("Ekspor kebutuhan pelatihan ke Excel")))
        self.summary_label = self._summary_label(self.tr("Ringkasan kebutuhan pelatihan"))

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Kebutuhan per kompetensi dan jenis pengembangan"))
        self.tree.setHeaderLabels([self.tr("Kompetensi · jenis pengembangan / unit kerja · jenis jabatan"),
                                   self.tr("Orang")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_item_changed)
        self.group_title = heading("", 1.05)
        self.group_note = note(self.tr("Pilih sebuah kebutuhan untuk melihat pegawainya."))
        right = stacked(self.group_title, self.group_note,
                        (self._people_view(self.tr("Pegawai dengan kebutuhan ini")), 1), self.people_count)
        self._lay_out(self.tr("Kebutuhan pelatihan"), filters, splitter(self.tree, right, sizes=(520, 720)),
                      self.summary_label)

    def filter_values(self) -> dict:
        return {"unit": self.unit_combo.currentData(), "position_type": self.type_combo.currentData()}

    def _query(self) -> tuple[Callable[..., object], Callable[[object], None], str]:
        return self.talent.training_needs, self._on_needs, self.tr("Menghitung kebutuhan…")

    def _on_needs(self, needs: object) -> None:
        assert isinstance(needs, TrainingNeeds)
        self.needs = needs
        self.summary_label.setText(self.tr(
            "{n} dari {total} pegawai dengan hasil asesmen yang masih berlaku memiliki kompetensi di bawah standar "
            "jabatan sasarannya.").format(n=needs.people_with_needs, total=needs.people_considered))
        self.tree.clear()
        for total in needs.totals:
            top = QTreeWidgetItem([f"{total.code} {total.competency} · {total.type_label}", str(total.people)])
            top.setData(0, Qt.ItemDataRole.UserRole, (total.code, total.training_type, None, None))
            top.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for g in needs.groups:
                if (g.code, g.training_type) == (total.code, total.training_type):
                    child = QTreeWidgetItem([f"{g.unit or '–'} · {g.position_type or '–'}", str(g.people)])
                    child.setData(0, Qt.ItemDataRole.UserRole, (g.code, g.training_type, g.unit, g.position_type))
                    child.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    top.addChild(child)
            self.tree.addTopLevelItem(top)
        if not needs.totals:
            self.group_title.setText("")
            self.group_note.setText(self.tr("Tidak ada kebutuhan pengembangan untuk saringan ini."))
            self.people_model.set_rows([])

    def top_rows(self) -> list[tuple[str, str]]:
        return [(self.tree.topLevelItem(i).text(0), self.tree.topLevelItem(i).text(1))
                for i in range(self.tree.topLevelItemCount())]

    @Slot()
    def _on_item_changed(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.show_group(*item.data(0, Qt.ItemDataRole.UserRole))

    def show_group(self, code: str, training_type: str, unit: str | None, position_type: str | None) -> None:
        talent, f = self.talent, self.filter_values()
        unit = unit if unit is not None else f["unit"]
        position_type = position_type if position_type is not None else f["position_type"]
        label = talent.rules.type_label(training_type)
        name = talent.rules.competency_names.get(code, code)
        self.group_title.setText(f"{code} {name} · {label}")
        where = " · ".join(x for x in (unit, position_type) if x)
        self.group_note.setText(where or self.tr("Semua unit kerja dan jenis jabatan"))
        self.run(lambda _p: talent.training_people(code, training_type, unit, position_type), self._on_people,
                 self.tr("Memuat pegawai…"))

    def _on_people(self, people: object) -> None:
        people = list(people)  # type: ignore[call-overload]
        loc = self.locale
        self.people_model.set_rows([(person(p.name, p.nip), p.unit, f"{p.target_position}\n{p.position_type}",
                                     p.standard, p.achieved, signed(p.gap, loc), long_date(p.valid_until, loc))
                                    for p in people], payloads=people)
        fit_columns(self.people_view, stretch=(0,), cap=200)
        self.people_count.setText(self.tr("{n} orang").format(n=len(people)))

    def _export_spec(self) -> tuple[str, str, Callable[..., object]]:
        return self.tr("Ekspor kebutuhan pelatihan"), "kebutuhan-pelatihan", self.talent.export_training_needs


# -- expiry -------------------------------------------------------------------------------------------
class ExpiryPage(TalentPage):
    """Results past or near the end of their validity (3 years), per unit; export to Excel or PDF."""

    FILTER_COMBOS = (("units", "unit_combo"),)

    def __init__(self, talent: TalentService, can_export: bool, settings: QSettings | None = None,
                 parent: QWidget | None = None, *, language: str = i18n.SOURCE_LANGUAGE) -> None:
        super().__init__(talent, can_export, settings, parent, language=language)
        self.view: Expiry | None = None
        self.units_model = RowsModel((self.tr("Unit kerja"), self.tr("Kedaluwarsa"), self.tr("Segera berakhir")),
                                     self, numeric=(1, 2))
        self.people_model = RowsModel(
            (self.tr("Pegawai"), self.tr("Unit kerja"), self.tr("Jabatan sasaran"), self.tr("Disegel"),
             self.tr("Berlaku sampai"), self.tr("Sisa")), self, numeric=(5,))
        self._build()

    def _build(self) -> None:
        self.unit_combo = self._filter_combo(self.tr("Unit kerja"), self.tr("Semua unit kerja"))
        self.unit_combo.activated.connect(self.refresh)
        self.days_spin = QSpinBox()
        self.days_spin.setAccessibleName(self.tr("Berakhir dalam (hari)"))
        self.days_spin.setRange(0, 3 * 365)
        self.days_spin.setSingleStep(30)
        self.days_spin.setValue(self.talent.rules.expiry_warning_days)
        self.days_spin.setSuffix(self.tr(" hari"))
        self.days_spin.editingFinished.connect(self.refresh)
        filters = self._filter_row(
            [(self.tr("&Unit kerja:"), self.unit_combo, 1), (self.tr("&Berakhir dalam:"), self.days_spin, 0)],
            self._export_buttons(self.tr("Ekspor masa berlaku ke Excel"), self.tr("Ekspor masa berlaku ke PDF")))
        self.summary_label = self._summary_label(self.tr("Ringkasan masa berlaku"))
        self.units_view = _table(self.tr("Per unit kerja"), self.units_model)
        self.units_view.doubleClicked.connect(self._on_unit_chosen)
        self.units_view.activated.connect(self._on_unit_chosen)
        right = stacked((self._people_view(self.tr("Hasil yang kedaluwarsa atau segera berakhir")), 1),
                        self.people_count)
        self._lay_out(self.tr("Masa berlaku hasil"), filters, splitter(self.units_view, right, sizes=(380, 860)),
                      self.summary_label)

    def filter_values(self) -> dict:
        return {"unit": self.unit_combo.currentData(), "within_days": self.days_spin.value()}

    def _query(self) -> tuple[Callable[..., object], Callable[[object], None], str]:
        return self.talent.expiry, self._on_expiry, self.tr("Memuat…")

    def _on_expiry(self, view: object) -> None:
        assert isinstance(view, Expiry)
        self.view = view
        loc = self.locale
        self.summary_label.setText(self.tr(
            "{total} hasil terbaru sudah kedaluwarsa atau berakhir dalam {days} hari (sebelum {horizon}): "
            "{expired} kedaluwarsa.").format(total=view.total, days=view.within_days,
                                              horizon=long_date(view.horizon, loc), expired=view.expired))
        self.units_model.set_rows([(u.unit or "–", u.expired, u.expiring) for u in view.units],
                                  payloads=list(view.units))
        fit_columns(self.units_view, stretch=(0,))
        rows, colours = [], []
        for p in view.people:
            left = (self.tr("{n} hari lalu").format(n=-p.days_left) if p.expired
                    else self.tr("{n} hari").format(n=p.days_left))
            rows.append((person(p.name, p.nip), p.unit, f"{p.target_position}\n{p.position_type}",
                         long_date(p.sealed_on, loc), long_date(p.valid_until, loc), left))
            colours.append(EXPIRED_COLOUR if p.expired else SOON_COLOUR)
        self.people_model.set_rows(rows, payloads=list(view.people), colours=colours)
        fit_columns(self.people_view, stretch=(0,), cap=200)
        self.people_count.setText(self.tr("{n} orang").format(n=view.total) if not view.truncated else
                                  self.tr("{shown} dari {n} orang (yang paling dulu berakhir); ekspor untuk daftar "
                                          "lengkap").format(shown=len(view.people), n=view.total))

    @Slot()
    def _on_unit_chosen(self) -> None:
        index = self.units_view.currentIndex()
        if index.isValid():
            unit = self.units_model.payload(index.row()).unit  # type: ignore[union-attr]
            self.unit_combo.setCurrentIndex(max(0, self.unit_combo.findData(unit)))
            self.refresh()

    def _export_spec(self) -> tuple[str, str, Callable[..., object]]:
        return self.tr("Ekspor masa berlaku"), "masa-berlaku", self.talent.export_expiry


# -- the e-kinerja import -----------------------------------------------------------------------------
class PerformancePage(QWidget):
    """The e-kinerja import (operator): opens the import wizard (mapping, validation report, one transaction)."""

    imported = Signal(object)

    def __init__(self, store: Store, user: CentralUser, rules=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._user = user
        self._rules = rules
        self.wizard = None
        title = heading(self.tr("Impor data e-kinerja"), 1.15)
        intro = note(self.tr(
            "Predikat kinerja pegawai dari ekspor e-kinerja (.xlsx atau .csv: NIP, tahun, predikat) menjadi sumbu "
            "kinerja 9-box. Kolomnya dipetakan dan setiap baris diperiksa seperti impor peserta; tidak ada yang "
            "diimpor selama masih ada masalah."))
        self.open_button = QPushButton(self.tr("&Pilih berkas e-kinerja…"))
        self.open_button.setAccessibleName(self.tr("Impor data e-kinerja"))
        self.open_button.clicked.connect(lambda: self.open_wizard())
        self.status_label = note()
        self.status_label.setAccessibleName(self.tr("Hasil impor e-kinerja"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status_label)
        layout.addStretch(1)

    def open_wizard(self, path: Path | str | None = None):
        from desktop.gui.performance_wizard import PerformanceWizard
        from desktop.services.performance_import import PerformanceImport

        wizard = PerformanceWizard(PerformanceImport(self._store, self._user, self._rules), self)
        wizard.imported.connect(self._on_imported)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.wizard = wizard
        wizard.open()
        if path is not None:
            wizard.load_file(path)
        return wizard

    @Slot(object)
    def _on_imported(self, outcome: object) -> None:
        self.status_label.setText(sentence(getattr(outcome, "message", str(outcome))))
        self.imported.emit(outcome)

    def shutdown(self) -> None:
        if self.wizard is not None:
            with contextlib.suppress(RuntimeError):  # already closed and deleted
                self.wizard.reject()


# -- the pages of the central window ------------------------------------------------------------------
def talent_pages() -> list[tuple[str, str, str, Callable[[CentralWindow], QWidget]]]:
    """(key, permission, title, factory(window)) of each talent page, in the order of the tabs."""
    from PySide6.QtCore import QCoreApplication

    def service(window: CentralWindow) -> TalentService:
        existing = getattr(window, "talent_service", None)
        if existing is None:
            existing = TalentService(window.store, window.user)
            window.talent_service = existing
        return existing

    def make(cls: type[TalentPage]) -> Callable[[CentralWindow], QWidget]:
        def build(window: CentralWindow) -> QWidget:
            return cls(service(window), CentralAccounts.can(window.user, "export"), window.settings,
                       language=window.language)
        return build

    def performance(window: CentralWindow) -> QWidget:
        return PerformancePage(window.store, window.user)

    return [
        ("performance", "import", QCoreApplication.translate("TalentViews", "Impor e-kinerja"), performance),
        ("track", "view", QCoreApplication.translate("TalentViews", "Rekam jejak"), make(TrackRecordPage)),
        ("ninebox", "view", QCoreApplication.translate("TalentViews", "Talenta 9-box"), make(NineBoxPage)),
        ("training", "view", QCoreApplication.translate("TalentViews", "Kebutuhan pelatihan"),
         make(TrainingNeedsPage)),
        ("expiry", "view", QCoreApplication.translate("TalentViews", "Masa berlaku"), make(ExpiryPage)),
    ]


# -- screenshots -------------------------------------------------------------------------------------
SAMPLE_SEALS = (dt.datetime(2023, 3, 10, 9, 30), dt.datetime(2025, 6, 2, 14, 0))
SAMPLE_PERFORMANCE = """No;NIP;Nama;Tahun;Predikat Kinerja
1;197911052005011902;Dodi Pratama Contoh;2023;Sangat Baik
2;197911052005011902;Dodi Pratama Contoh;2025;Baik
3;198203142006042901;Rina Lestari Fiktif;2025;Sangat Baik
4;199007222015031903;Andi Saputra Sampel;2025;Butuh Perbaikan
5;198512302010122904;Sari Wulandari Uji;2024;Kurang
6;199402112019031905;Budi Hartono Dummy;2025;Baik
7;198711202012122907;Lina Marlina Baru;2025;Baik
8;19901231201501199;Nama Salah Ketik;2025;Baik
"""


def build_talent_sample(folder: Path) -> Path:
    """A central SQLite database for the screenshots, filled through the real export and import path: the
    sample session sealed on 10 March 2023 (six people) and again on 2 June 2025 (three of them, with other
    levels), both as secure bundles; BKD users admin / operator / analis (password "rahasia-bkd-1"); the
    e-kinerja predicates. Returns the database path."""
    import copy
    from unittest import mock

    from argon2 import PasswordHasher

    from desktop import resources
    from desktop.services.assessment import AssessmentService
    from desktop.services.central import CentralService
    from desktop.services.demo import finish_by_consensus, load_demo
    from desktop.services.keys import write_demo_keys
    from desktop.services.performance_import import PerformanceImport
    from desktop.services.secure_bundles import write_secure_bundle
    from desktop.services.stores import open_central_store, open_centre_store
    from desktop.storage import orm

    folder = Path(folder)
    keys = write_demo_keys(folder / "keys")
    again = {"199007222015031903": [3, 3, 3, 3, 3, 3, 3, 3, 3], "198203142006042901": [2, 3, 3, 3, 2, 3, 3, 3, 3],
             "197911052005011902": [3, 3, 4, 3, 3, 3, 3, 3, 3]}
    bundles = []
    for n, (title, sealed_at, keep) in enumerate((("Pemetaan Kompetensi 2023 (FIKTIF)", SAMPLE_SEALS[0], None),
                                                  ("Pemetaan Kompetensi 2025 (FIKTIF)", SAMPLE_SEALS[1], again))):
        data = copy.deepcopy(resources.load_json("sample", "demo.json"))
        data["session"]["title"] = title
        if keep:
            data["assessees"] = [a for a in data["assessees"] if a["nip"] in keep]
            for a in data["assessees"]:
                a["profile"] = keep[a["nip"]]
                a.pop("ratings", None)
        store = open_centre_store(folder / f"centre-{n}.sqlite")
        try:
            service = AssessmentService(store, actor="sample")
            uuid = load_demo(service, data)
            with mock.patch.object(orm, "utcnow", lambda at=sealed_at: at):  # sealed on that day
                finish_by_consensus(service, uuid)
            bundles.append(write_secure_bundle(service.document(uuid), folder / "stick", keys.centre,
                                               [keys.bkd.recipient], "upt-contoh", n + 1))
        finally:
            store.close()
    location = folder / "central.sqlite"
    store = open_central_store(location)
    try:
        accounts = CentralAccounts(store, hasher=PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1))
        admin = accounts.first_run("admin", "Rina Kusumawati Contoh, S.Kom.", "rahasia-bkd-1")
        operator = accounts.create_user(admin, "operator", "Budi Santoso Fiktif", "operator", "rahasia-bkd-1")
        accounts.create_user(admin, "analis", "Dewi Lestari Sampel, S.Psi.", "analyst", "rahasia-bkd-1")
        central = CentralService(store, actor="operator", identities=[keys.bkd])
        central.trust.add("UPT Penilaian Kompetensi Contoh", keys.centre.public_key)
        central.import_files(bundles)
        performance = folder / "kinerja.csv"
        performance.write_text(SAMPLE_PERFORMANCE.replace("8;19901231201501199;Nama Salah Ketik;2025;Baik\n", ""),
                               encoding="utf-8")
        PerformanceImport(store, operator).import_file(performance)
        (folder / "kinerja-salah.csv").write_text(SAMPLE_PERFORMANCE.replace(";2024;Kurang", ";2024;Cukup"),
                                                  encoding="utf-8")
    finally:
        store.close()
    return location


def screenshot(out_dir: Path) -> list[Path]:
    """`talent_track_record.png`, `talent_ninebox.png`, `talent_training.png`, `talent_expiry.png` (as an
    analyst) and `talent_performance_import.png` (the e-kinerja validation report), offscreen."""
    import tempfile
    import time

    from PySide6.QtWidgets import QApplication

    from desktop.gui import shots
    from desktop.gui.central_window import CentralWindow
    from desktop.services.stores import open_central_store

    _app, out_dir = shots.prepare(out_dir)
    written: list[Path] = []

    def wait(predicate: Callable[[], bool], timeout: float = 60.0) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise TimeoutError("the view did not finish in time")
            QApplication.processEvents()
            time.sleep(0.01)

    def settled(page: TalentPage) -> bool:
        return not page.runner.is_running() and page._queued is None

    with tempfile.TemporaryDirectory(prefix="asesmen-talent-shots-") as tmp:
        location = build_talent_sample(Path(tmp))
        store = open_central_store(location)
        try:
            accounts = CentralAccounts(store)
            users = {u.username: u for u in accounts.users()}
            settings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            window = CentralWindow(store, accounts, users["analis"], str(location), settings)
            window.resize(*SIZE)
            window.show()

            track = window.show_page("track")
            assert isinstance(track, TrackRecordPage)
            track.search_edit.setText("andi")
            track.search()
            wait(lambda: track.record is not None and settled(track))
            shots.settle(3)
            written.append(shots.grab(window, out_dir / "talent_track_record.png"))

            ninebox = window.show_page("ninebox")
            assert isinstance(ninebox, NineBoxPage)
            wait(lambda: ninebox.grid is not None and settled(ninebox))
            ninebox.show_box(8)
            wait(lambda: settled(ninebox) and ninebox.people_model.rowCount() > 0)
            shots.settle(3)
            written.append(shots.grab(window, out_dir / "talent_ninebox.png"))

            training = window.show_page("training")
            assert isinstance(training, TrainingNeedsPage)
            wait(lambda: training.needs is not None and settled(training))
            if training.tree.topLevelItemCount():
                training.tree.expandAll()
                training.tree.setCurrentItem(training.tree.topLevelItem(0))
                wait(lambda: settled(training))
            shots.settle(3)
            written.append(shots.grab(window, out_dir / "talent_training.png"))

            expiry = window.show_page("expiry")
            assert isinstance(expiry, ExpiryPage)
            expiry.days_spin.setValue(3 * 365)
            wait(lambda: settled(expiry))
            expiry.refresh()
            wait(lambda: expiry.view is not None and expiry.view.within_days == 3 * 365 and settled(expiry))
            shots.settle(3)
            written.append(shots.grab(window, out_dir / "talent_expiry.png"))
            shots.dispose(window)

            window = CentralWindow(store, accounts, users["operator"], str(location), settings)
            window.resize(*SIZE)
            window.show()
            page = window.show_page("performance")
            assert isinstance(page, PerformancePage)
            wizard = page.open_wizard(Path(tmp) / "kinerja-salah.csv")
            wait(lambda: wizard.current_page() == wizard.PAGE_MAPPING and not wizard.runner.is_running())
            wizard.next_button.click()
            wait(lambda: wizard.current_page() == wizard.PAGE_REPORT)
            shots.settle(3)
            written.append(shots.grab(wizard, out_dir / "talent_performance_import.png"))
            wizard.reject()
            shots.dispose(window)
        finally:
            store.close()
    return written


__all__ = ["ExpiryPage", "LevelChart", "NineBoxPage", "PerformancePage", "TalentPage", "TrackRecordPage",
           "TrainingNeedsPage", "build_talent_sample", "screenshot", "talent_pages"]
