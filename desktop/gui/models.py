"""Read-only table models over the plain value objects the services return (never ORM rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from PySide6.QtCore import QAbstractTableModel, QLocale, QModelIndex, QObject, QPersistentModelIndex, Qt

from desktop.domain.model import AssesseeResult, Purpose, SessionInfo, SessionStatus
from desktop.domain.nip import format_nip

ModelIndex = QModelIndex | QPersistentModelIndex
UUID_ROLE = Qt.ItemDataRole.UserRole
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def date_range(start: str, end: str, locale: QLocale) -> str:
    """'23-24 November 2026', '30 November - 1 Desember 2026' or a single day; '' when unknown."""

    def parse(text: str) -> dt.date | None:
        try:
            return dt.date.fromisoformat(text) if text else None
        except ValueError:
            return None

    a, b = parse(start), parse(end)
    a, b = a or b, b or a
    if a is None or b is None:
        return start or end

    def month(d: dt.date) -> str:
        return locale.monthName(d.month, QLocale.FormatType.LongFormat)

    if a == b:
        return f"{a.day} {month(a)} {a.year}"
    if (a.year, a.month) == (b.year, b.month):
        return f"{a.day}–{b.day} {month(a)} {a.year}"
    if a.year == b.year:
        return f"{a.day} {month(a)} – {b.day} {month(b)} {a.year}"
    return f"{a.day} {month(a)} {a.year} – {b.day} {month(b)} {b.year}"


class ReadOnlyTableModel(QAbstractTableModel):
    """A read-only table over `_rows` under the column titles `_headers`; subclasses give `data`.

    `header_alignment(section)` aligns a column's title (None: Qt's default).
    """

    _rows: list
    _headers: Sequence[str]

    def _reset_rows(self, rows: Iterable) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def header_alignment(self, section: int) -> Qt.AlignmentFlag | None:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.header_alignment(section)
        return None


class SessionTableModel(ReadOnlyTableModel):
    """Assessment sessions: Judul, Tujuan, Tanggal, Peserta, Status."""

    TITLE, PURPOSE, DATE, ASSESSEES, STATUS = range(5)

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._rows: list[SessionInfo] = []
        self._headers = (self.tr("Judul"), self.tr("Tujuan"), self.tr("Tanggal"), self.tr("Peserta"),
                         self.tr("Status"))

    def set_sessions(self, sessions: Sequence[SessionInfo]) -> None:
        self._reset_rows(sessions)

    def session_at(self, row: int) -> SessionInfo:
        return self._rows[row]

    def row_of(self, uuid: str) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.uuid == uuid), None)

    def header_alignment(self, section: int) -> Qt.AlignmentFlag:
        return RIGHT if section == self.ASSESSEES else LEFT

    def purpose_text(self, purpose: Purpose) -> str:
        return {Purpose.PEMETAAN: self.tr("Pemetaan"),
                Purpose.PENGISIAN_JABATAN: self.tr("Pengisian jabatan")}.get(purpose, str(purpose))

    def status_text(self, s: SessionInfo) -> str:
        if s.status == SessionStatus.SEALED:
            return self.tr("Tersegel · {code}").format(code=s.seal_code or "")
        return self.tr("Draf")

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        s, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (s.title, self.purpose_text(s.purpose), date_range(s.start_date, s.end_date, self._locale),
                    self._locale.toString(s.assessees), self.status_text(s))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.TITLE:
                return "\n".join(x for x in (s.title, s.agency, s.venue) if x)
            if col == self.STATUS and s.seal_hash:
                return self.tr("Kode segel {code}; berlaku sampai {date}").format(
                    code=s.seal_code, date=date_range(s.valid_until or "", "", self._locale) or "-")
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.ASSESSEES:
            return RIGHT
        if role == UUID_ROLE:
            return s.uuid
        return None


class ResultTableModel(ReadOnlyTableModel):
    """Scored assessees of one session: No, NIP, Nama, Jabatan sasaran, JPM, Kategori."""

    NO, NIP, NAME, TARGET, JPM, CATEGORY = range(6)

    def __init__(self, locale: QLocale, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._rows: list[AssesseeResult] = []
        self._headers = (self.tr("No"), self.tr("NIP"), self.tr("Nama"), self.tr("Jabatan sasaran"),
                         self.tr("JPM (%)"), self.tr("Kategori"))

    def set_results(self, results: Sequence[AssesseeResult]) -> None:
        self._reset_rows(results)

    def result_at(self, row: int) -> AssesseeResult:
        return self._rows[row]

    def header_alignment(self, section: int) -> Qt.AlignmentFlag:
        return RIGHT if section in (self.NO, self.JPM) else LEFT

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(r.participant_no), format_nip(r.nip), r.name, r.target_position,
                    self._locale.toString(r.jpm, "f", 2), r.category_label)[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.TARGET and r.current_position:
            return self.tr("Jabatan saat ini: {position}").format(position=r.current_position)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.NO, self.JPM):
            return RIGHT
        if role == UUID_ROLE:
            return r.assessee_uuid
        return None
