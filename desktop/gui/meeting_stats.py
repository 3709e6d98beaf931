"""The "Statistik antar-penilai" panel of the integration meeting: agreement per competency and leniency.

Krippendorff's alpha per competency (from `desktop.services.meeting.interrater`) tells the panel where the
simulations and assessors disagree most, so those competencies are discussed first; each assessor's mean
deviation from the rest of the panel shows who tends to rate high (murah) or low (ketat).
Numbers follow the interface language (Indonesian: 0,40) and are classified on the value as printed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.agreement import Leniency
from desktop.gui.widgets import read_only_table
from desktop.services.meeting import InterRater

# Leniency: an assessor's mean deviation from the median of the other ratings of the same cell.
LENIENT_FROM = 0.40  # at or above: "cenderung murah"
SEVERE_FROM = -0.40  # at or below: "cenderung ketat"; in between: "seimbang"
# Krippendorff's own reading of alpha: >= 0.800 reliable, >= 0.667 tentative conclusions only.
ALPHA_GOOD = 0.80
ALPHA_TENTATIVE = 0.667
DECIMALS = 2

LOW_AGREEMENT_COLOUR = "#fff0c2"  # with dark text, as on the grid
CELL_TEXT = "#1c1c1c"
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def rounded(value: float) -> float:
    return round(value, DECIMALS)


class InterRaterPanel(QWidget):
    """Read-only: fill it with `set_stats(interrater(...))`."""

    CODE, NAME, ALPHA, UNITS, READING = range(5)
    ASSESSOR, DEVIATION, RATINGS, TENDENCY = range(4)

    def __init__(self, locale: QLocale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self.heading = QLabel(self.tr("Kesepakatan antar-penilai per kompetensi"))
        self.heading.setObjectName("heading")
        self.explanation = QLabel(self.tr(
            "α Krippendorff (interval) membandingkan level yang diberikan simulasi dan asesor yang berbeda untuk "
            "peserta yang sama: 1 = sepakat penuh, 0 = setara kebetulan, di bawah 0 = lebih buruk dari "
            "kebetulan; “—” = tidak dapat dihitung (semua level sama, atau kurang dari dua penilaian). "
            "Kompetensi dengan α rendah sebaiknya dibahas lebih dulu."))
        self.explanation.setWordWrap(True)
        self.competency_table = self._table(
            [self.tr("Kode"), self.tr("Kompetensi"), self.tr("α"), self.tr("Peserta"), self.tr("Tafsiran")],
            self.tr("Kesepakatan antar-penilai per kompetensi"))
        self.competency_table.horizontalHeaderItem(self.UNITS).setToolTip(
            self.tr("Peserta dengan sedikitnya dua penilaian untuk kompetensi ini"))
        self.overall_label = QLabel()
        self.overall_label.setObjectName("overallAlpha")
        font = self.overall_label.font()
        font.setBold(True)
        self.overall_label.setFont(font)
        self.overall_label.setAccessibleName(self.tr("α keseluruhan"))
        self.overall_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.leniency_heading = QLabel(self.tr("Kecenderungan asesor"))
        self.leniency_heading.setObjectName("heading")
        self.leniency_explanation = QLabel(self.tr(
            "Rata-rata selisih level seorang asesor dari median penilaian lain untuk peserta dan kompetensi yang "
            "sama. {lenient} atau lebih: cenderung murah; {severe} atau kurang: cenderung ketat; di antaranya: "
            "seimbang.").format(lenient=self.signed(LENIENT_FROM), severe=self.signed(SEVERE_FROM)))
        self.leniency_explanation.setWordWrap(True)
        self.assessor_table = self._table(
            [self.tr("Asesor"), self.tr("Rata-rata selisih"), self.tr("Penilaian"), self.tr("Kecenderungan")],
            self.tr("Kecenderungan asesor"))
        self.assessor_table.horizontalHeaderItem(self.RATINGS).setToolTip(
            self.tr("Penilaian yang dapat dibandingkan dengan penilaian lain"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.explanation)
        layout.addWidget(self.competency_table, 3)
        layout.addWidget(self.overall_label)
        layout.addSpacing(8)
        layout.addWidget(self.leniency_heading)
        layout.addWidget(self.leniency_explanation)
        layout.addWidget(self.assessor_table, 2)

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setAccessibleName(name)
        table.setHorizontalHeaderLabels(headers)
        read_only_table(table, wrap=True)
        header = table.horizontalHeader()
        for col in range(len(headers)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(headers) - 1, QHeaderView.ResizeMode.Stretch)
        return table

    # -- wording -----------------------------------------------------------------------------
    def number(self, value: float) -> str:
        return self._locale.toString(rounded(value), "f", DECIMALS)

    def signed(self, value: float) -> str:
        value = rounded(value)
        return ("+" if value > 0 else "") + self.number(0.0 if value == 0 else value)

    def alpha_text(self, alpha: float | None) -> str:
        return "—" if alpha is None else self.number(alpha)

    def alpha_reading(self, alpha: float | None, overall: bool = False) -> str:
        if alpha is None:
            return self.tr("tidak dapat dihitung")
        value = rounded(alpha)
        if value >= ALPHA_GOOD:
            return self.tr("✓ sepakat")
        if value >= ALPHA_TENTATIVE:
            return self.tr("cukup sepakat")
        return self.tr("⚑ rendah") if overall else self.tr("⚑ rendah: bahas lebih dulu")

    def tendency(self, deviation: float) -> str:
        value = rounded(deviation)
        if value >= LENIENT_FROM:
            return self.tr("cenderung murah")
        if value <= SEVERE_FROM:
            return self.tr("cenderung ketat")
        return self.tr("seimbang")

    # -- filling -----------------------------------------------------------------------------
    def set_stats(self, stats: InterRater) -> None:
        table = self.competency_table
        table.setRowCount(len(stats.competencies))
        for r, c in enumerate(stats.competencies):
            low = c.alpha is not None and rounded(c.alpha) < ALPHA_TENTATIVE
            cells = (c.code, c.name, self.alpha_text(c.alpha), str(c.assessees), self.alpha_reading(c.alpha))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (self.ALPHA, self.UNITS):
                    item.setTextAlignment(RIGHT)
                if low:
                    item.setBackground(QBrush(QColor(LOW_AGREEMENT_COLOUR)))
                    item.setForeground(QBrush(QColor(CELL_TEXT)))
                table.setItem(r, col, item)
        self.overall_label.setText(self.tr("α keseluruhan (semua kompetensi): {alpha} · {reading}").format(
            alpha=self.alpha_text(stats.overall_alpha), reading=self.alpha_reading(stats.overall_alpha, overall=True)))
        self._fill_assessors(stats.assessors)

    def _fill_assessors(self, assessors: tuple[Leniency, ...]) -> None:
        table = self.assessor_table
        table.setRowCount(len(assessors))
        for r, a in enumerate(assessors):
            cells = (a.assessor, self.signed(a.mean_deviation), str(a.ratings), self.tendency(a.mean_deviation))
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col in (self.DEVIATION, self.RATINGS):
                    item.setTextAlignment(RIGHT)
                table.setItem(r, col, item)

    def competency_rows(self) -> list[tuple[str, str, str]]:
        """(code, alpha as shown, reading) per competency, for tests and the lead's checks."""
        t = self.competency_table
        return [(t.item(r, self.CODE).text(), t.item(r, self.ALPHA).text(), t.item(r, self.READING).text())
                for r in range(t.rowCount())]

    def assessor_rows(self) -> list[tuple[str, str, str]]:
        """(assessor, mean deviation as shown, tendency) per assessor."""
        t = self.assessor_table
        return [(t.item(r, self.ASSESSOR).text(), t.item(r, self.DEVIATION).text(), t.item(r, self.TENDENCY).text())
                for r in range(t.rowCount())]


__all__ = ["ALPHA_GOOD", "ALPHA_TENTATIVE", "LENIENT_FROM", "SEVERE_FROM", "InterRaterPanel"]
