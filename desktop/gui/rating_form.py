"""The assessor's rating form: keyboard first, every change saved durably the moment it is made.

Keys (the form pane):
  1-5 (the scale pinned in the session)   set the level of the focused competency, save, go to the next one
  , or . right after the digit            (a session rated in half levels) raise the rating that digit just
                                          set by half a level and save it: "3," gives 3,5; a "5" typed right
                                          after the comma is swallowed, so "3,5" typed out gives 3,5 as well
  Up / Down                               previous / next competency
  Left / Right, then Enter or Space       highlight a level in the description panel (one step of the
                                          session's scale: half levels too), then choose it
  Tab / Shift+Tab                         into the evidence editor of the competency and on to the next one
  Ctrl+Enter or Alt+Down (in an editor)   save the evidence and go to the next competency (Alt+Up: previous)
  Ctrl+Enter (elsewhere)                  submit the form ("Kirim formulir")

A level is saved through `AssessmentService.set_rating` on the GUI thread (a few ms: one short
transaction that commits before it returns); the row says "tersimpan" only after that returned.
Evidence is saved when its editor loses focus and after a short pause in typing.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from enum import StrEnum
from fractions import Fraction
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QFocusEvent, QHideEvent, QKeyEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.errors import AsesmenError, ValidationError
from desktop.domain.model import FormItem, FormStatus, FormSummary, FormView, SessionStatus
from desktop.domain.nip import format_nip
from desktop.domain.rules import rules_from_dict
from desktop.domain.scoring import format_level, normalise_level, rating_scale
from desktop.gui import i18n
from desktop.gui.widgets import hide_message, show_message, shown_text
from desktop.services.assessment import AssessmentService

log = logging.getLogger(__name__)

EVIDENCE_DEBOUNCE_MS = 600
DEFAULT_SCALE = (1, 2, 3, 4, 5)
SAVED_COLOUR = "#1b6e20"
FAILED_COLOUR = "#b3261e"
PENDING_COLOUR = "#8a5a00"


def status_text(status: FormStatus, rated: int, total: int) -> str:
    """A form's status in words, with a symbol so it never depends on colour alone."""
    if status == FormStatus.SUBMITTED:
        return QCoreApplication.translate("FormStatus", "✓ terkirim")
    if status == FormStatus.DRAFT:
        return QCoreApplication.translate("FormStatus", "◐ draf {rated}/{total}").format(rated=rated, total=total)
    return QCoreApplication.translate("FormStatus", "○ belum diisi")


def error_line(exc: BaseException) -> str:
    """One readable line for an error from a save: the service's own message, or the database's."""
    if isinstance(exc, AsesmenError):
        text = str(exc)
    else:
        orig = getattr(exc, "orig", None)  # SQLAlchemy wraps sqlite3's "database is locked", "disk is full"
        text = f"{type(orig or exc).__name__}: {orig or exc}"
    return " ".join(text.split())


def _mix(a: QColor, b: QColor, share_of_b: float) -> str:
    """`a` tinted with `b`: a highlight that works on light and dark palettes alike."""
    mixed = QColor(
        round(a.red() * (1 - share_of_b) + b.red() * share_of_b),
        round(a.green() * (1 - share_of_b) + b.green() * share_of_b),
        round(a.blue() * (1 - share_of_b) + b.blue() * share_of_b),
    )
    return mixed.name()


class ElidedLabel(QLabel):
    """One line that never widens or heightens its row: cut with "…", the whole text in the tooltip."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(40)
        self.set_full_text(text)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, max(self.width(), 40)))


class RowState(StrEnum):
    EMPTY = "empty"  # nothing rated yet
    PENDING = "pending"  # typed, not saved yet (the pause before saving, or no level chosen yet)
    SAVED = "saved"  # set_rating returned: committed
    FAILED = "failed"  # set_rating raised: what is on screen is NOT in the store


# -- one competency ---------------------------------------------------------------------------
class LevelSelector(QWidget):
    """The keyboard focus of a competency: digit keys choose a level; the buttons are for the mouse.

    `scale` holds every level the session allows: (1, 2, 3, 4, 5), or with half levels (1, 1.5, ... 5).
    A digit always chooses a whole level; Left/Right move through the whole scale, halves included."""

    level_chosen = Signal(object, bool)  # by a key (level, by a digit): the form saves it and moves on
    level_clicked = Signal(object)  # by the mouse: the form saves it and stays (the assessor may read on)
    highlighted = Signal(object)  # the level Left/Right points at (0: none)
    hovered = Signal(object)  # the level button under the mouse (0: none)
    move_requested = Signal(int)  # -1 previous, +1 next competency
    focused = Signal()

    def __init__(self, scale: tuple[int | float, ...], titles: dict[int, str], name: str,
                 decimal_point: str = ",", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._scale = scale
        self._preview: int | float = 0
        halves = any(not float(n).is_integer() for n in scale)
        self.setObjectName("levelSelector")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)  # so the focus frame is drawn
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Level kompetensi {name}").format(name=name))
        first, last = format_level(scale[0], decimal_point), format_level(scale[-1], decimal_point)
        self.setAccessibleDescription(
            self.tr("Tekan {first}–{last} untuk memilih level; koma sesudah angka menambah setengah level; "
                    "tersimpan langsung").format(first=first, last=last) if halves else
            self.tr("Tekan {first}–{last} untuk memilih level; tersimpan langsung").format(first=first, last=last))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[int | float, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(4 if not halves else 2)
        for i, n in enumerate(scale):
            whole = float(n).is_integer()
            shown = format_level(n, decimal_point)
            button = QPushButton(shown)
            button.setObjectName("levelButton" if whole else "halfButton")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # one tab stop per competency: this selector
            if whole:
                button.setFixedSize(34, 30)
                title = titles.get(int(n), "")
                button.setToolTip(self.tr("Level {n}: {title}").format(n=shown, title=title))
            else:  # a half level: smaller, so the whole levels (one keystroke each) stay the landmarks
                font = button.font()
                font.setPointSizeF(font.pointSizeF() * 0.85)
                button.setFont(font)
                button.setFixedSize(max(30, button.fontMetrics().horizontalAdvance(shown) + 10), 24)
                low, high = int(n), int(n) + 1
                title = self.tr("di antara level {low} dan {high}").format(low=low, high=high)
                button.setToolTip(self.tr("Level {n}: {title} (angka {low} lalu koma)").format(
                    n=shown, title=title, low=low))
            button.setAccessibleName(self.tr("Level {n}").format(n=shown))
            button.setAccessibleDescription(title)
            button.installEventFilter(self)
            self.group.addButton(button, i)
            self.buttons[n] = button
            layout.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.group.idClicked.connect(self._on_button_clicked)

    @property
    def scale(self) -> tuple[int | float, ...]:
        return self._scale

    def set_level(self, level: int | float | None) -> None:
        if level is None or level not in self.buttons:
            self.group.setExclusive(False)
            for button in self.buttons.values():
                button.setChecked(False)
            self.group.setExclusive(True)
        else:
            self.buttons[level].setChecked(True)

    def level(self) -> int | float | None:
        checked = self.group.checkedId()
        return self._scale[checked] if 0 <= checked < len(self._scale) else None

    def set_read_only(self, read_only: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(not read_only)

    def _set_preview(self, level: int | float) -> None:
        self._preview = level
        self.highlighted.emit(level)

    @Slot(int)
    def _on_button_clicked(self, index: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.level_clicked.emit(self._scale[index])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Enter:
            index = self.group.id(watched)
            if 0 <= index < len(self._scale):
                self.hovered.emit(self._scale[index])
        elif event.type() == QEvent.Type.Leave:
            self.hovered.emit(0)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        key = event.key()
        if mods == Qt.KeyboardModifier.NoModifier and text.isdigit() and len(text) == 1:
            if int(text) in self.buttons:
                self.level_chosen.emit(int(text), True)
            event.accept()  # a digit outside the scale is swallowed, not passed on
            return
        if mods in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.AltModifier):
            if key == Qt.Key.Key_Down:
                self.move_requested.emit(1)
                return
            if key == Qt.Key.Key_Up:
                self.move_requested.emit(-1)
                return
        if mods == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):  # one step of the session's scale
                step = 1 if key == Qt.Key.Key_Right else -1
                base = self._preview or self.level()
                if base is None or base == 0 or base not in self.buttons:
                    self._set_preview(self._scale[0] if step > 0 else self._scale[-1])
                else:
                    index = self._scale.index(base) + step
                    self._set_preview(self._scale[min(len(self._scale) - 1, max(0, index))])
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self._preview:
                self.level_chosen.emit(self._preview, False)
                return
        super().keyPressEvent(event)  # ignored: Ctrl+Enter (submit) goes up to the form

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if self._preview:
            self._preview = 0


class EvidenceEdit(QPlainTextEdit):
    """Behavioural evidence: Tab leaves, Ctrl+Enter / Alt+Down go to the next competency."""

    move_requested = Signal(int)
    focused = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        if mods == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.move_requested.emit(1)
            return
        if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.move_requested.emit(1 if key == Qt.Key.Key_Down else -1)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()


class CompetencyRow(QFrame):
    """One competency of the open form: name, level buttons, evidence, and whether it is saved."""

    def __init__(self, index: int, item: FormItem, scale: tuple[int | float, ...], decimal_point: str = ",",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.index = index
        self.item = item
        self._point = decimal_point
        self.saved_level: int | float | None = item.level
        self.saved_evidence: str = item.evidence
        self.state = RowState.SAVED if item.level is not None else RowState.EMPTY
        self.error = ""
        self.setObjectName("competencyRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setProperty("current", False)
        self.setProperty("missing", False)

        titles = {lv.level: lv.title for lv in item.levels}
        self.name_label = ElidedLabel(f"{item.code} · {item.name}")
        font = self.name_label.font()
        font.setBold(True)
        self.name_label.setFont(font)
        self.level_label = ElidedLabel()
        self.level_label.setObjectName("levelTitle")
        self.selector = LevelSelector(scale, titles, item.name, decimal_point)
        self.selector.set_level(item.level)
        self.name_label.setBuddy(self.selector)
        self.state_label = QLabel()
        self.state_label.setObjectName("rowState")
        self.state_label.setAccessibleName(self.tr("Status simpan {name}").format(name=item.name))
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.error_label = ElidedLabel()
        self.error_label.setObjectName("rowError")
        self.error_label.setAccessibleName(self.tr("Kesalahan {name}").format(name=item.name))
        self.error_label.hide()
        self.editor = EvidenceEdit()
        self.editor.setAccessibleName(self.tr("Bukti perilaku {name}").format(name=item.name))
        self.editor.setPlaceholderText(self.tr("Bukti perilaku: apa yang dikatakan atau dilakukan peserta…"))
        self.editor.setPlainText(item.evidence)
        line = self.editor.fontMetrics().lineSpacing()
        self.editor.setFixedHeight(line * 3 + 12)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(EVIDENCE_DEBOUNCE_MS)

        # Fixed height: the scroll area must scroll, never squeeze a competency.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 8)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.name_label, 0, 0)
        grid.addWidget(self.state_label, 0, 1)
        grid.addWidget(self.level_label, 1, 0)
        grid.addWidget(self.selector, 1, 1, Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.editor, 2, 0, 1, 2)
        grid.addWidget(self.error_label, 3, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self._show_level_title()
        self.show_state()

    # -- what is on screen vs what is stored ---------------------------------------------------
    def level(self) -> int | float | None:
        return self.selector.level()

    def evidence(self) -> str:
        return self.editor.toPlainText()

    def is_dirty(self) -> bool:
        return self.level() != self.saved_level or self.evidence() != self.saved_evidence

    def set_level(self, level: int | float) -> None:
        self.selector.set_level(level)
        self._show_level_title()

    def mark_saved(self, level: int | float, evidence: str) -> None:
        self.saved_level, self.saved_evidence = level, evidence
        self.error = ""
        self.state = RowState.SAVED if not self.is_dirty() else RowState.PENDING
        self.show_state()

    def mark_failed(self, message: str) -> None:
        self.state, self.error = RowState.FAILED, message
        self.show_state()

    def mark_pending(self) -> None:
        if self.state != RowState.FAILED or not self.error:
            self.state = RowState.PENDING
        self.show_state()

    def set_missing(self, missing: bool) -> None:
        self._set_property("missing", missing)
        self.show_state()

    def set_current(self, current: bool) -> None:
        self._set_property("current", current)

    def set_read_only(self, read_only: bool) -> None:
        self.selector.set_read_only(read_only)
        self.editor.setReadOnly(read_only)
        if read_only:
            self.editor.setPlaceholderText(self.tr("(tidak ada bukti perilaku)"))

    def _set_property(self, name: str, value: bool) -> None:
        if self.property(name) != value:
            self.setProperty(name, value)
            self.style().unpolish(self)
            self.style().polish(self)

    def _show_level_title(self) -> None:
        level = self.level()
        if not level:
            self.level_label.set_full_text(self.tr("Belum ada level"))
            return
        shown = format_level(level, self._point)
        if float(level).is_integer():
            title = next((lv.title for lv in self.item.levels if lv.level == level), "")
        else:
            title = self.tr("antara {low} dan {high}").format(low=int(level), high=int(level) + 1)  # short: one line
        self.level_label.set_full_text(self.tr("Level {n}: {title}").format(n=shown, title=title))

    def state_text(self) -> str:
        """The state in words, as the row shows it (with the error, if any)."""
        text = self.state_label.text()
        return f"{text}: {self.error}" if self.state == RowState.FAILED else text

    def show_state(self) -> None:
        self._show_level_title()
        missing = bool(self.property("missing"))
        text = {RowState.SAVED: self.tr("✓ tersimpan"), RowState.FAILED: self.tr("⚠ belum tersimpan"),
                RowState.PENDING: self.tr("● belum tersimpan"), RowState.EMPTY: self.tr("○ belum dinilai")}[self.state]
        detail = ""
        if self.state == RowState.FAILED:
            detail = self.error
        elif self.state == RowState.PENDING and self.level() is None:
            detail = self.tr("pilih level agar bukti perilaku dapat disimpan")
        elif missing:
            no_level, no_evidence = self.saved_level is None, not self.saved_evidence.strip()
            detail = (self.tr("lengkapi level dan bukti perilaku sebelum formulir dikirim") if no_level and no_evidence
                      else self.tr("lengkapi bukti perilaku sebelum formulir dikirim") if no_evidence
                      else self.tr("pilih level sebelum formulir dikirim"))
        self.state_label.setText(text)
        self.state_label.setToolTip(detail)
        self.error_label.set_full_text(f"⚠ {detail}" if detail else "")
        self.error_label.setVisible(bool(detail))
        for label in (self.state_label, self.error_label):
            if label.property("state") != self.state.value:
                label.setProperty("state", self.state.value)
                label.style().unpolish(label)
                label.style().polish(label)


# -- the form list ----------------------------------------------------------------------------
@dataclass
class _ListRow:
    summary: FormSummary
    status: FormStatus
    rated: int


class RatingFormWidget(QWidget):
    """An assessor's forms of one session (left) and the open form (right), saved as it is filled.

    Signals:
      rating_saved(nip, simulation_code, competency_code)   after set_rating returned (committed)
      form_submitted(nip, simulation_code)                   after submit_form returned
    """

    rating_saved = Signal(str, str, str)
    form_submitted = Signal(str, str)

    def __init__(self, service: AssessmentService, session_uuid: str, assessor_name: str,
                 language: str = i18n.SOURCE_LANGUAGE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._session_uuid = session_uuid
        self._assessor = assessor_name
        self._point = i18n.locale_for(language).decimalPoint()  # "3,5" in Indonesian, "3.5" in English
        self._scale = self._rating_scale()
        self._halves = any(not float(n).is_integer() for n in self._scale)
        # The comma chord (half levels): the row a digit has just rated, and whether a comma has just
        # raised it (then a "5" typed next is the ",5" of "3,5" and is swallowed).
        self._half_row: CompetencyRow | None = None
        self._after_comma = False
        self._sealed = False
        self._forms: list[_ListRow] = []
        self._view: FormView | None = None
        self.rows: list[CompetencyRow] = []
        self._current: CompetencyRow | None = None
        self._highlight = 0
        self._hover: tuple[CompetencyRow, int] | None = None
        self._unsaved: dict[tuple[str, str, str], tuple[int | None, str, str]] = {}
        self._build()
        self.refresh()

    # -- construction ------------------------------------------------------------------------
    def _rating_scale(self) -> tuple[int | float, ...]:
        """The rating scale pinned in the session (rules.json "rating": min..max by step: 1 or 0.5)."""
        try:
            scale = rating_scale(rules_from_dict(self._service.document(self._session_uuid)["rules"]["rules"]))
        except (AsesmenError, KeyError, TypeError, ValueError):
            return DEFAULT_SCALE
        ok = scale and float(scale[0]).is_integer() and scale[0] >= 0 and scale[-1] <= 9  # one digit per level
        return scale if ok else DEFAULT_SCALE

    def _build(self) -> None:
        # Left: the assessor's forms.
        self.list_heading = QLabel(self.tr("Formulir saya"))
        self.list_heading.setObjectName("heading")
        self.assessor_label = QLabel(self._assessor)
        self.assessor_label.setWordWrap(True)
        self.form_list = QListWidget()
        self.form_list.setAccessibleName(self.tr("Daftar formulir penilaian"))
        self.form_list.setAccessibleDescription(self.tr("Pilih formulir; Enter membuka kompetensi pertamanya"))
        self.form_list.setAlternatingRowColors(True)
        self.form_list.setSpacing(1)
        self.form_list.setTextElideMode(Qt.TextElideMode.ElideRight)  # status first: a long simulation name is cut
        self.form_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_heading.setBuddy(self.form_list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(self.list_heading)
        left_layout.addWidget(self.assessor_label)
        left_layout.addWidget(self.form_list, 1)

        # Middle: the open form.
        self.title_label = QLabel()
        self.title_label.setObjectName("heading")
        self.title_label.setWordWrap(True)
        self.detail_label = QLabel()
        self.detail_label.setWordWrap(True)
        self.detail_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        first, last = format_level(self._scale[0]), format_level(self._scale[-1])
        if self._halves:
            half = format_level(Fraction(3) + Fraction(1, 2), self._point)
            hint = self.tr(
                "{first}–{last}: beri level (langsung tersimpan) lalu lanjut · koma tepat sesudah angka: +½ untuk "
                "kompetensi tadi (3 lalu koma = {half}; mengetik {half} juga bisa) · ←/→: geser ½ level, Enter: "
                "pilih · Tab: bukti perilaku · Ctrl+Enter: kompetensi berikutnya (dari kotak bukti) atau kirim "
                "formulir · ↑/↓: pindah kompetensi").format(first=first, last=last, half=half)
        else:
            hint = self.tr(
                "{first}–{last}: beri level (langsung tersimpan) lalu lanjut · Tab: bukti perilaku · "
                "Ctrl+Enter: kompetensi berikutnya (dari kotak bukti) atau kirim formulir · ↑/↓: pindah kompetensi"
            ).format(first=first, last=last)
        self.hint_label = QLabel(hint)
        self.hint_label.setWordWrap(True)
        self.hint_label.setObjectName("hint")
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Pemberitahuan formulir"))
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        self.rows_host = QWidget()
        self.rows_layout = QVBoxLayout(self.rows_host)
        self.rows_layout.setContentsMargins(2, 2, 2, 2)
        self.rows_layout.setSpacing(6)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.rows_host)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setMargin(24)
        self.progress_label = QLabel()
        self.submit_button = QPushButton(self.tr("Kirim formulir"))
        self.submit_button.setAccessibleName(self.tr("Kirim formulir"))
        self.submit_button.setToolTip(self.tr(
            "Mengirim formulir ke ketua tim (Ctrl+Enter). Setelah dikirim formulir hanya dapat dibaca."))
        self.submit_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.progress_label, 1)
        bottom.addWidget(self.submit_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(4, 0, 4, 0)
        middle_layout.addWidget(self.title_label)
        middle_layout.addWidget(self.detail_label)
        middle_layout.addWidget(self.hint_label)
        middle_layout.addWidget(self.banner)
        middle_layout.addWidget(self.empty_label)
        middle_layout.addWidget(self.scroll, 1)
        middle_layout.addLayout(bottom)

        # Right: the level descriptions of the current competency.
        self.description_heading = QLabel(self.tr("Deskripsi level"))
        self.description_heading.setObjectName("heading")
        self.description = QTextBrowser()
        self.description.setAccessibleName(self.tr("Deskripsi level kompetensi"))
        self.description.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # read while rating; Tab skips it
        self.description.setOpenLinks(False)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addWidget(self.description_heading)
        right_layout.addWidget(self.description, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        for w in (left, middle, right):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes([330, 560, 360])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        # The layout must not push a new minimum size onto a window after it is shown (forms differ).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.splitter)
        self.setMinimumSize(760, 480)

        self.setStyleSheet(
            "QLabel#heading { font-weight: bold; font-size: 11pt; }"
            "QLabel#banner { padding: 6px; border: 1px solid palette(mid); background: palette(tool-tip-base);"
            " color: palette(tool-tip-text); }"
            "QLabel#banner[kind=\"error\"] { border: 1px solid " + FAILED_COLOUR + "; }"
            "QLabel#levelTitle { font-style: italic; }"
            "QLabel#rowState { font-weight: bold; }"
            f"QLabel#rowState[state=\"saved\"] {{ color: {SAVED_COLOUR}; }}"
            f"QLabel#rowState[state=\"pending\"], QLabel#rowError[state=\"pending\"] {{ color: {PENDING_COLOUR}; }}"
            f"QLabel#rowState[state=\"failed\"], QLabel#rowError {{ color: {FAILED_COLOUR}; }}"
            "#competencyRow { border: 1px solid palette(mid); border-radius: 4px; }"
            "#competencyRow[current=\"true\"] { border: 2px solid palette(highlight);"
            " background: palette(alternate-base); }"
            "#competencyRow[missing=\"true\"] { border: 2px solid " + FAILED_COLOUR + "; }"
            "QWidget#levelSelector { border: 2px solid transparent; border-radius: 4px; }"
            "QWidget#levelSelector:focus { border: 2px solid palette(highlight); }"
            "QPushButton#levelButton:checked, QPushButton#halfButton:checked { background: palette(highlight);"
            " color: palette(highlighted-text); font-weight: bold; border: 1px solid palette(shadow);"
            " border-radius: 3px; }"
        )
        self.form_list.currentRowChanged.connect(self._on_list_current_changed)
        self.form_list.activated.connect(self._on_list_activated)
        self.submit_button.clicked.connect(self.submit)
        self.submit_button.installEventFilter(self)  # a comma after the last competency's digit lands here

    # -- public API --------------------------------------------------------------------------
    @property
    def form(self) -> FormView | None:
        return self._view

    def refresh(self) -> None:
        """Re-read the assessor's forms (keeping the open one) and whether the session is sealed."""
        try:
            self._sealed = self._service.info(self._session_uuid).status == SessionStatus.SEALED
            forms = self._service.progress_board(self._session_uuid, self._assessor)
        except AsesmenError as exc:
            self._show_banner(self.tr("Formulir tidak dapat dibaca: {message}").format(message=error_line(exc)),
                              error=True)
            forms = []
        keep = (self._view.nip, self._view.simulation_code) if self._view else None
        self._forms = [_ListRow(f, f.status, f.rated) for f in forms]
        self.form_list.blockSignals(True)
        while self.form_list.count() > len(self._forms):
            self.form_list.takeItem(self.form_list.count() - 1)
        for row in range(len(self._forms)):
            self._fill_list_row(row)
        self.form_list.blockSignals(False)
        if not self._forms:
            self._leave_form()
            self._show_form(None)
            self.empty_label.setText(self.tr("Belum ada formulir penilaian untuk {assessor} pada sesi ini.")
                                     .format(assessor=self._assessor))
            return
        target = self._list_row_of(*keep) if keep else None
        self._select_list_row(target if target is not None else 0)

    def open_form(self, nip: str, simulation_code: str) -> bool:
        """Show one of the assessor's forms (e.g. when the progress board asks for it)."""
        row = self._list_row_of(nip, simulation_code)
        if row is None:
            return False
        self._select_list_row(row)
        return True

    def focus_first(self) -> None:
        """Put the keyboard on the first competency without a level (or the first one)."""
        if not self.rows:
            self.form_list.setFocus()
            return
        target = next((r for r in self.rows if r.level() is None), self.rows[0])
        self._focus_row(target.index)

    def flush(self) -> bool:
        """Save whatever is typed and not saved yet; True when everything on screen is stored."""
        ok = True
        for row in self.rows:
            row.timer.stop()
            if row.is_dirty() and not self._save(row):
                ok = False
        return ok

    def is_read_only(self) -> bool:
        return self._sealed or (self._view is not None and self._view.status == FormStatus.SUBMITTED)

    # -- the list ----------------------------------------------------------------------------
    def _list_row_of(self, nip: str, simulation_code: str) -> int | None:
        return next((i for i, f in enumerate(self._forms)
                     if (f.summary.nip, f.summary.simulation_code) == (nip, simulation_code)), None)

    def _fill_list_row(self, row: int) -> None:
        f = self._forms[row]
        s = f.summary
        item = self.form_list.item(row)
        if item is None:
            item = QListWidgetItem()
            self.form_list.insertItem(row, item)
        status = status_text(f.status, f.rated, s.total)
        item.setText(f"{s.participant_no}. {s.assessee_name}\n{status} · {s.simulation_name}")
        item.setToolTip(self.tr("{name} (NIP {nip}) · {simulation} · {status}").format(
            name=s.assessee_name, nip=format_nip(s.nip), simulation=s.simulation_name, status=status))

    def list_entry(self, row: int) -> str:
        """The text of one line of the form list (two lines: who, then simulation and status)."""
        return self.form_list.item(row).text()

    def _select_list_row(self, row: int) -> None:
        if self.form_list.currentRow() == row:
            self._open_list_row(row)
        else:
            self.form_list.setCurrentRow(row)  # currentRowChanged opens it

    @Slot(int)
    def _on_list_current_changed(self, row: int) -> None:
        if 0 <= row < len(self._forms):
            self._open_list_row(row)

    @Slot()
    def _on_list_activated(self) -> None:
        self.focus_first()

    def _open_list_row(self, row: int) -> None:
        s = self._forms[row].summary
        self._leave_form()
        try:
            view = self._service.form(self._session_uuid, s.nip, s.simulation_code, self._assessor)
        except AsesmenError as exc:
            self._show_form(None)
            self.empty_label.setText(self.tr("Formulir tidak dapat dibuka: {message}").format(
                message=error_line(exc)))
            return
        self._show_form(view)

    def _update_list_entry(self) -> None:
        """The open form's line in the list, from what this screen knows is stored."""
        view = self._view
        if view is None:
            return
        row = self._list_row_of(view.nip, view.simulation_code)
        if row is None:
            return
        entry = self._forms[row]
        entry.rated = sum(r.saved_level is not None for r in self.rows)
        entry.status = (FormStatus.SUBMITTED if view.status == FormStatus.SUBMITTED
                        else FormStatus.DRAFT if entry.rated else FormStatus.MISSING)
        if entry.status != view.status:
            self._view = replace(view, status=entry.status)
            self._show_header()
        self._fill_list_row(row)
        self._show_progress()

    # -- the open form -----------------------------------------------------------------------
    def _leave_form(self) -> None:
        """Before another form replaces this one: save what can be saved, remember what cannot."""
        if self._view is None:
            return
        self.flush()
        for row in self.rows:
            if row.is_dirty():  # e.g. evidence typed before a level was chosen, or a failed save
                key = (self._view.nip, self._view.simulation_code, row.item.code)
                self._unsaved[key] = (row.level(), row.evidence(), row.error)

    def _show_form(self, view: FormView | None) -> None:
        old_rows, self.rows = self.rows, []  # first: late signals of the old rows must find nothing to save
        self._half_row, self._after_comma = None, False
        self._view = view
        self._current = None
        self._highlight = 0
        self._hover = None
        for row in old_rows:
            row.timer.stop()
            row.hide()
            row.deleteLater()
        self._hide_banner()
        has_form = view is not None
        self.scroll.setVisible(has_form)
        self.empty_label.setVisible(not has_form)
        self.submit_button.setVisible(has_form)
        self.hint_label.setVisible(has_form)
        if view is None:
            self.title_label.setText(self.tr("Formulir penilaian"))
            self.detail_label.setText("")
            self.progress_label.setText("")
            self.description.setHtml("")
            return
        while self.rows_layout.count():
            self.rows_layout.takeAt(0)
        read_only = self.is_read_only()
        lost: list[str] = []
        for i, item in enumerate(view.items):
            row = CompetencyRow(i, item, self._scale, self._point)
            row.selector.installEventFilter(self)  # the comma chord, before the selector sees the key
            self._connect_row(row)
            self.rows.append(row)
            self.rows_layout.addWidget(row)
            row.show()  # now, not at the next event loop turn: keys may come before that
            kept = self._unsaved.pop((view.nip, view.simulation_code, item.code), None)
            if kept is not None and read_only:
                lost.append(item.name)  # submitted or sealed meanwhile: it can never be saved now
            elif kept is not None:
                level, evidence, error = kept
                if level is not None:
                    row.set_level(level)
                row.editor.setPlainText(evidence)
                if error:
                    row.mark_failed(error)
                else:
                    row.mark_pending()
        self.rows_layout.addStretch(1)
        # Rows are built after the rest of the screen: put them back between the list and "Kirim formulir".
        chain = [self.form_list] + [w for row in self.rows for w in (row.selector, row.editor)] + [self.submit_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.title_label.setText(view.assessee_name)
        self._show_header()
        for row in self.rows:
            row.set_read_only(read_only)
        self.submit_button.setEnabled(not read_only)
        notice = ""
        if self._sealed:
            notice = self.tr("Sesi ini sudah disegel: formulir hanya dapat dibaca.")
        elif view.status == FormStatus.SUBMITTED:
            notice = self.tr("Formulir ini sudah dikirim: hanya dapat dibaca.")
        if lost:
            notice += " " + self.tr("Perubahan yang belum tersimpan tidak dapat disimpan lagi: {names}.").format(
                names=", ".join(lost))
        if notice:
            self._show_banner(notice, error=bool(lost))
        if self.rows:
            self._set_current(self.rows[0])
        self._show_progress()

    def _show_header(self) -> None:
        view = self._view
        if view is None:
            return
        state = {FormStatus.SUBMITTED: self.tr("terkirim"), FormStatus.DRAFT: self.tr("draf"),
                 FormStatus.MISSING: self.tr("belum diisi")}[view.status]
        self.detail_label.setText(self.tr(
            "NIP {nip} · peserta no. {no} · simulasi {simulation} · asesor {assessor} · status {status}").format(
            nip=format_nip(view.nip), no=view.participant_no, simulation=view.simulation_name,
            assessor=view.assessor_name, status=state))

    def _show_progress(self) -> None:
        if not self.rows:
            self.progress_label.setText("")
            return
        rated = sum(r.saved_level is not None for r in self.rows)
        evidence = sum(bool(r.saved_evidence.strip()) for r in self.rows)
        self.progress_label.setText(self.tr("{rated} dari {total} kompetensi berlevel, {evidence} dengan bukti "
                                            "perilaku").format(rated=rated, total=len(self.rows), evidence=evidence))

    def _connect_row(self, row: CompetencyRow) -> None:
        def live(handler):
            # A row being replaced (another form opened) may still emit focus-out or a timer: ignore it.
            return lambda *args: handler(row, *args) if row in self.rows else None

        row.selector.level_chosen.connect(live(self._on_level_keyed))
        row.selector.level_clicked.connect(live(self._on_level_clicked))
        row.selector.highlighted.connect(live(self._on_highlighted))
        row.selector.hovered.connect(live(self._on_hovered))
        row.selector.move_requested.connect(live(self._move))
        row.selector.focused.connect(live(self._set_current))
        row.editor.focused.connect(live(self._set_current))
        row.editor.move_requested.connect(live(self._move))
        row.editor.left.connect(live(self._on_evidence_left))
        row.editor.textChanged.connect(live(self._on_evidence_changed))
        row.timer.timeout.connect(live(self._on_evidence_idle))

    # -- keyboard movement -------------------------------------------------------------------
    def focus_row(self, index: int) -> None:
        """Put the keyboard on the competency at `index` of the open form."""
        self._focus_row(index)

    def _focus_row(self, index: int) -> None:
        row = self.rows[index]
        row.selector.setFocus(Qt.FocusReason.OtherFocusReason)
        self._set_current(row)
        self.scroll.ensureWidgetVisible(row, 0, 24)

    def _move(self, row: CompetencyRow, step: int) -> None:
        if row.editor.hasFocus():
            self._on_evidence_left(row)
        target = row.index + step
        if 0 <= target < len(self.rows):
            self._focus_row(target)
        elif target >= len(self.rows) and self.submit_button.isEnabled():
            self.submit_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.ControlModifier and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)

    # -- the description panel ---------------------------------------------------------------
    def _set_current(self, row: CompetencyRow) -> None:
        if self._current is row:
            return  # e.g. from its level buttons to its evidence: the panel already shows it
        if self._current is not None:
            self._current.set_current(False)
        self._current = row
        row.set_current(True)
        self._highlight = 0
        self._show_description()

    def _on_highlighted(self, row: CompetencyRow, level: int) -> None:
        if row is not self._current:
            self._set_current(row)
        self._highlight = level
        self._show_description()

    def _on_hovered(self, row: CompetencyRow, level: int) -> None:
        # While the mouse is over a level button, describe that competency; the keyboard stays where it is.
        self._hover = (row, level) if level else None
        self._show_description()

    def _show_description(self) -> None:
        row, highlight = self._hover if self._hover else (self._current, self._highlight)
        if row is None:
            self.description.setHtml("")
            return
        item = row.item
        chosen = row.level()
        shown = highlight or chosen
        pal = self.palette()
        tint = _mix(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Highlight), 0.22)
        parts = [f"<h3 style='margin:0 0 6px 0'>{escape(item.code)} · {escape(item.name)}</h3>"]

        def near(value, level: int) -> bool:  # a half level lies between two described levels: both apply
            return bool(value) and not float(value).is_integer() and int(value) <= level <= int(value) + 1

        for lv in item.levels:
            marks = []
            if lv.level == chosen:
                marks.append(self.tr("✓ level terpilih"))
            elif near(chosen, lv.level):
                marks.append(self.tr("◐ level terpilih {n} di antara level {low} dan {high}").format(
                    n=format_level(chosen, self._point), low=int(chosen), high=int(chosen) + 1))
            if highlight != chosen and (lv.level == highlight or near(highlight, lv.level)):
                marks.append(self.tr("▶ disorot") if lv.level == highlight else self.tr("▶ disorot {n}").format(
                    n=format_level(highlight, self._point)))
            mark = f" <i>({escape(' · '.join(marks))})</i>" if marks else ""
            bg = f" bgcolor='{tint}'" if lv.level == shown or near(shown, lv.level) else ""
            indicators = "".join(f"<li>{escape(text)}</li>" for text in lv.indicators)
            label = self.tr("Level {n}").format(n=lv.level)
            parts.append(
                f"<a name='level{lv.level}'></a>"
                f"<table width='100%' cellpadding='5' cellspacing='0' style='margin-bottom:4px'><tr><td{bg}>"
                f"<b>{escape(label)}: {escape(lv.title)}</b>{mark}"
                f"<ul style='margin-top:2px; margin-bottom:0'>{indicators}</ul></td></tr></table>")
        self.description.setHtml("".join(parts))
        self.description_heading.setText(self.tr("Deskripsi level: {name}").format(name=item.name))
        if shown:
            self.description.scrollToAnchor(f"level{int(shown)}")

    def description_text(self) -> str:
        return self.description.toPlainText()

    # -- saving ------------------------------------------------------------------------------
    def _on_level_clicked(self, row: CompetencyRow, level: int) -> None:
        self._on_level_chosen(row, level, advance=False)

    def _on_level_keyed(self, row: CompetencyRow, level: int | float, by_digit: bool) -> None:
        saved = self._on_level_chosen(row, level)
        if by_digit and saved:
            self._half_row = row  # a comma typed next raises this rating by half a level

    def _on_level_chosen(self, row: CompetencyRow, level: int | float, advance: bool = True) -> bool:
        """Set, save and (by key) move on; True when the level is stored."""
        self._set_current(row)
        if self.is_read_only():
            self._show_banner(self._read_only_message(), error=True)
            return False
        row.set_level(level)
        self._highlight = 0
        self._hover = None
        row.timer.stop()
        # The same level again on a saved row is already stored: nothing to write.
        saved = self._save(row) if row.is_dirty() or row.state != RowState.SAVED else True
        if advance and saved and row.index + 1 < len(self.rows):
            self._move(row, 1)  # the next competency's description replaces this one
            return saved
        self._show_description()  # staying here: show the chosen level
        if advance and saved:
            self._move(row, 1)
        return saved

    # -- the comma chord: half levels with the keyboard ----------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keys for the level selectors and "Kirim formulir", seen before they are: "," or "." right after a
        digit raises the rating that digit set by half a level; a "5" right after that comma is swallowed
        (so "3,5" typed out gives 3,5 too and never rates the next competency 5). Any other key ends it."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if mods == Qt.KeyboardModifier.NoModifier and text in (",", "."):
            self._on_decimal_key()
            return True
        if self._after_comma and mods == Qt.KeyboardModifier.NoModifier and text == "5":
            self._after_comma = False
            return True
        self._after_comma = False
        self._half_row = None
        return False

    def _on_decimal_key(self) -> None:
        row, self._half_row = self._half_row, None
        self._after_comma = row is not None
        if row is None or row not in self.rows or self.is_read_only():
            if self._halves and not self.is_read_only():
                self._show_banner(self.tr("Koma menambah setengah level tepat sesudah angka: mis. 3 lalu koma "
                                          "memberi {half}.").format(half=format_level(3.5, self._point)))
            return
        level = row.level()
        if level is None:
            return
        if not self._halves:
            self._show_banner(self.tr("Sesi ini memakai level bulat (diatur pada Persiapan › Rincian): {name} tetap "
                                      "{level}.").format(name=row.item.name, level=format_level(level, self._point)),
                              error=True)
            return
        raised = normalise_level(Fraction(level) + Fraction(1, 2))
        if raised not in row.selector.buttons:
            self._show_banner(self.tr("{level} adalah level tertinggi: {name} tetap {level}.").format(
                level=format_level(level, self._point), name=row.item.name), error=True)
            return
        row.set_level(raised)
        row.timer.stop()
        if self._save(row):
            self._hide_banner()
        if row is self._current:
            self._show_description()

    def _on_evidence_changed(self, row: CompetencyRow) -> None:
        if self.is_read_only() or not row.is_dirty():
            return
        row.mark_pending()
        row.timer.start()

    def _on_evidence_idle(self, row: CompetencyRow) -> None:
        if row.is_dirty():
            self._save(row)

    def _on_evidence_left(self, row: CompetencyRow) -> None:
        row.timer.stop()
        if not self.is_read_only() and row.is_dirty():
            self._save(row)

    def _save(self, row: CompetencyRow) -> bool:
        """set_rating for one row; the row says "tersimpan" only once the commit returned."""
        view = self._view
        level = row.level()
        if view is None:
            return False
        if level is None:
            row.mark_pending()  # evidence without a level cannot be stored yet: it stays on screen
            return False
        evidence = row.evidence()
        try:
            self._service.set_rating(self._session_uuid, view.nip, view.simulation_code, self._assessor,
                                     row.item.code, level, evidence)
        except AsesmenError as exc:  # refused: submitted meanwhile, sealed, not assigned...
            row.mark_failed(error_line(exc))
            return False
        except Exception as exc:  # the database: locked by another program, disk full, read-only...
            log.warning("saving a rating failed: %s", error_line(exc))
            row.mark_failed(self.tr("basis data tidak dapat menyimpan ({detail}); nilai tetap di layar, tekan "
                                    "lagi untuk mencoba").format(detail=error_line(exc)))
            return False
        row.mark_saved(level, evidence)
        if row.property("missing") and level is not None and evidence.strip():
            row.set_missing(False)
        self._update_list_entry()
        self.rating_saved.emit(view.nip, view.simulation_code, row.item.code)
        return True

    def _read_only_message(self) -> str:
        if self._sealed:
            return self.tr("Sesi ini sudah disegel: penilaian tidak dapat diubah.")
        return self.tr("Formulir ini sudah dikirim: penilaian tidak dapat diubah.")

    # -- submitting --------------------------------------------------------------------------
    @Slot()
    def submit(self) -> bool:
        """Close the open form: every competency needs a level and evidence. True when submitted."""
        view = self._view
        if view is None:
            return False
        if self.is_read_only():
            self._show_banner(self._read_only_message(), error=True)
            return False
        self.flush()
        try:
            self._service.submit_form(self._session_uuid, view.nip, view.simulation_code, self._assessor)
        except ValidationError as exc:
            self._show_missing(str(exc))
            return False
        except AsesmenError as exc:
            self._show_banner(self.tr("Formulir tidak dapat dikirim: {message}").format(message=error_line(exc)),
                              error=True)
            return False
        try:
            fresh = self._service.form(self._session_uuid, view.nip, view.simulation_code, self._assessor)
        except AsesmenError:
            fresh = None
        if fresh is not None:
            self._show_form(fresh)
        self._update_list_entry()
        self._show_banner(self.tr("Formulir terkirim. Formulir ini kini hanya dapat dibaca."))
        self.form_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self.form_submitted.emit(view.nip, view.simulation_code)
        return True

    def _show_missing(self, message: str) -> None:
        """Mark the competencies the store still lacks a level or evidence for, and go to the first."""
        missing = [r for r in self.rows if r.saved_level is None or not r.saved_evidence.strip()]
        for row in self.rows:
            row.set_missing(row in missing)
        if not missing:
            self._show_banner(self.tr("Formulir tidak dapat dikirim: {message}").format(message=message),
                              error=True)
            return
        names = ", ".join(r.item.name for r in missing)
        self._show_banner(self.tr("Formulir belum dapat dikirim. Lengkapi level dan bukti perilaku untuk: "
                                  "{names}.").format(names=names), error=True)
        first = missing[0]
        if first.level() is None:
            self._focus_row(first.index)
        else:
            first.editor.setFocus(Qt.FocusReason.OtherFocusReason)
            self._set_current(first)
            self.scroll.ensureWidgetVisible(first, 0, 24)

    # -- banner ------------------------------------------------------------------------------
    def _show_banner(self, text: str, error: bool = False) -> None:
        show_message(self.banner, text, "error" if error else "info")

    def _hide_banner(self) -> None:
        hide_message(self.banner)

    def banner_text(self) -> str:
        return shown_text(self.banner, self)

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()  # the window closes or the page changes: nothing typed stays unsaved
        super().hideEvent(event)


# -- screenshots --------------------------------------------------------------------------------
DODI = "197911052005011902"
RATNA = "Ratna Dewi Contoh, S.Psi., M.M."
SIZE = (1280, 800)


def screenshot(out_dir: Path) -> list[Path]:
    """`rating_form.png`: Ratna's form for Dodi (In-tray) on the sample data, a competency focused."""
    from desktop.gui import shots
    from desktop.services.demo import load_demo

    _app, out_dir = shots.prepare(out_dir)
    with shots.temporary_service("asesmen-rating-") as service:
        uuid = load_demo(service)
        widget = RatingFormWidget(service, uuid, RATNA)
        widget.resize(*SIZE)
        widget.show()
        widget.open_form(DODI, "INTRAY")
        widget.activateWindow()
        widget.focus_first()
        shots.settle(3)  # rows laid out, scroll area sized, then the focused row scrolled into view
        widget.focus_row(2)
        shots.settle(1)
        target = shots.grab(widget, out_dir / "rating_form.png")
        shots.dispose(widget)
    return [target]


__all__ = ["RatingFormWidget", "RowState", "screenshot", "status_text"]
