"""Small builders and helpers shared by the screens: read-only tables, inline message labels, the busy strip.

They take widgets the screen has already built (and translated in its own context), so every
`self.tr(...)` stays in the screen's class.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QTableView, QWidget

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


__all__ = ["busy_strip", "hide_message", "read_only_table", "show_message", "shown_text"]
