"""Small builders and helpers shared by the screens: read-only tables and their columns, inline message labels,
the busy strip, plain layouts (stacked panes, splitters) and what both main windows have (the language menu,
Alt+1... page shortcuts, the remembered geometry).

They take widgets or texts the screen has already built (and translated in its own context), so every
`self.tr(...)` stays in the screen's class.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QByteArray, QItemSelectionModel, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

View = TypeVar("View", bound=QTableView)


def read_only_table(view: View, *, rows: bool = True,
                    selection: QAbstractItemView.SelectionMode = QAbstractItemView.SelectionMode.SingleSelection,
                    alternating: bool = False, wrap: bool = False, header_padding: str = "") -> View:
    """`view` (a QTableView or QTableWidget) set up as the screens' read-only tables.

    Not editable; whole rows (`rows`) or single cells selected; Tab leaves the table, arrows move inside it;
    no row numbers, no highlighted header sections; `header_padding` (CSS, e.g. "2px 4px") pads the titles.
    """
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows if rows
                              else QAbstractItemView.SelectionBehavior.SelectItems)
    view.setSelectionMode(selection)
    view.setAlternatingRowColors(alternating)
    view.setWordWrap(wrap)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setHighlightSections(False)
    if header_padding:
        view.horizontalHeader().setStyleSheet(f"QHeaderView::section {{ padding: {header_padding}; }}")
    return view


def fit_columns_to_contents(view: QTableView, stretch: Sequence[int] = (), padding: int = 20, cap: int = 0) -> None:
    """Columns as wide as their contents plus `padding` (at most `cap`, when given); `stretch` columns share
    what is left. The user may still drag the others wider or narrower."""
    header = view.horizontalHeader()
    for col in range(header.count()):
        if col in stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnToContents(col)
        width = header.sectionSize(col) + padding
        header.resizeSection(col, min(width, cap) if cap else width)


def select_row(view: QAbstractItemView, row: int) -> None:
    """Make `row` the current, and only, selected row of `view`."""
    view.selectionModel().setCurrentIndex(
        view.model().index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)


def show_message(label: QLabel, text: str, kind: str = "error") -> None:
    """`text` in an inline message label, styled by its `kind` property ("error" also gets a ⚠ in front)."""
    label.setText(("⚠ " if kind == "error" else "") + text)
    label.setProperty("kind", kind)
    label.style().unpolish(label)
    label.style().polish(label)
    label.show()


def hide_message(label: QLabel) -> None:
    """Hide an inline message label and forget its text."""
    label.hide()
    label.setText("")


def shown_text(label: QLabel, within: QWidget) -> str:
    """The label's text as the user sees it in `within`: '' while it is hidden."""
    return label.text() if label.isVisibleTo(within) else ""


def busy_strip(label: QLabel, *widgets: QWidget) -> QWidget:
    """A hidden strip for long work: `label` taking the width, then `widgets` (progress bar, stop button)."""
    strip = QWidget()
    layout = QHBoxLayout(strip)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(label, 1)
    for widget in widgets:
        layout.addWidget(widget)
    strip.hide()
    return strip


def progress_strip(label_name: str, bar_name: str, stop_text: str, stop_name: str, *, bar_width: int = 220,
                   bar_text: bool = True) -> tuple[QLabel, QProgressBar, QPushButton, QWidget]:
    """The busy strip of a screen with long work: (what is happening, progress bar, stop button, the hidden strip).

    The texts come translated: `label_name` and `bar_name` are accessible names, `stop_text` the stop button's
    text and `stop_name` its accessible name; `bar_text` shows the percentage on the bar.
    """
    label = QLabel()
    label.setAccessibleName(label_name)
    bar = QProgressBar()
    bar.setAccessibleName(bar_name)
    bar.setTextVisible(bar_text)
    bar.setFixedWidth(bar_width)
    stop = QPushButton(stop_text)
    stop.setAccessibleName(stop_name)
    stop.setAutoDefault(False)
    return label, bar, stop, busy_strip(label, bar, stop)


def stacked(*items: QWidget | QLayout | tuple[QWidget | QLayout, int]) -> QWidget:
    """A plain widget holding `items` top to bottom, without margins; an (item, stretch) pair takes spare room."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for entry in items:
        item, stretch = entry if isinstance(entry, tuple) else (entry, 0)
        if isinstance(item, QLayout):
            layout.addLayout(item, stretch)
        else:
            layout.addWidget(item, stretch)
    return box


def splitter(*panes: QWidget, orientation: Qt.Orientation = Qt.Orientation.Horizontal, stretch: Sequence[int] = (),
             sizes: Sequence[int] = ()) -> QSplitter:
    """`panes` side by side (or above each other) in a splitter whose panes never collapse to nothing.

    `stretch` gives each pane its share of a resize, `sizes` their first sizes.
    """
    split = QSplitter(orientation)
    split.setChildrenCollapsible(False)
    for pane in panes:
        split.addWidget(pane)
    for index, factor in enumerate(stretch):
        split.setStretchFactor(index, factor)
    if sizes:
        split.setSizes(list(sizes))
    return split


# -- main windows ---------------------------------------------------------------------------------------
LANGUAGE_NAMES = {"id": "Bahasa Indonesia", "en": "English"}  # each in its own language: not translated


def language_actions(parent: QObject, current: str, status_tip: str) -> tuple[QActionGroup, dict[str, QAction]]:
    """The Bahasa menu's choices, one checkable action per interface language (`current` checked)."""
    from desktop.gui import i18n

    group = QActionGroup(parent)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for lang in i18n.LANGUAGES:
        action = QAction(LANGUAGE_NAMES[lang], group)
        action.setCheckable(True)
        action.setChecked(lang == current)
        action.setData(lang)
        action.setStatusTip(status_tip)
        actions[lang] = action
    return group, actions


def page_shortcuts(window: QWidget, tabs: QTabWidget) -> None:
    """Alt+1 ... Alt+9 bring the first nine pages of `tabs` to the front."""
    for i in range(min(tabs.count(), 9)):
        shortcut = QShortcut(QKeySequence(f"Alt+{i + 1}"), window)
        shortcut.activated.connect(lambda i=i: tabs.setCurrentIndex(i))


def restore_geometry(window: QWidget, settings: QSettings, key: str, size: tuple[int, int]) -> None:
    """The window where the user left it; the first time `size` (at most 90 % of the screen)."""
    geometry = settings.value(key)
    if not (isinstance(geometry, QByteArray) and window.restoreGeometry(geometry)):
        screen = window.screen().availableGeometry()
        window.resize(min(size[0], int(screen.width() * 0.9)), min(size[1], int(screen.height() * 0.9)))


__all__ = ["LANGUAGE_NAMES", "busy_strip", "fit_columns_to_contents", "hide_message", "language_actions",
           "page_shortcuts", "progress_strip", "read_only_table", "restore_geometry", "select_row", "show_message",
           "shown_text", "splitter", "stacked"]
