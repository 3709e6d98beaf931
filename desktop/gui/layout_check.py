"""Finds controls whose text does not fit: what an assessor would see as a clipped label or button.

Used by `python -m desktop.gui.screenshots --check` on every main screen at 100 % and 200 % scale
(tests/gui/test_scaling.py). Rich-text and word-wrapped labels reflow, and elided text is deliberate
(it carries the whole text in its tool tip), so those are not counted.
"""

from __future__ import annotations

from PySide6.QtGui import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QLabel, QPushButton, QRadioButton, QToolButton, QWidget

SLACK = 1  # pixels of rounding between a font's advance and the laid-out width
BUTTON_PADDING = 6  # the least room a style leaves around a push button's text


def shown_text(text: str) -> str:
    """The text as drawn: a mnemonic '&' is not drawn, '&&' is one '&'."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label_clipped(label: QLabel) -> bool:
    text = label.text()
    if not text or label.wordWrap() or Qt.mightBeRichText(text):
        return False
    if label.toolTip() and label.toolTip() != text:  # elided on purpose; the tool tip has it all
        return False
    room = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    need = max(label.fontMetrics().horizontalAdvance(line) for line in shown_text(text).split("\n"))
    return need > room + SLACK


def _button_clipped(button: QAbstractButton) -> bool:
    if not button.text():
        return False
    if isinstance(button, QPushButton):
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        need = button.fontMetrics().horizontalAdvance(shown_text(button.text())) + icon + 2 * BUTTON_PADDING
        return need > button.width() + SLACK
    return button.sizeHint().width() > button.width() + SLACK


def clipped(root: QWidget) -> list[str]:
    """One line per visible control under `root` whose text is cut off."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel):
            bad = _label_clipped(widget)
        elif isinstance(widget, (QPushButton, QCheckBox, QRadioButton, QToolButton)):
            bad = _button_clipped(widget)
        else:
            continue
        if bad:
            name = widget.accessibleName() or widget.objectName() or type(widget).__name__
            found.append(f"{type(widget).__name__} '{name}': '{widget.text()}' needs more than {widget.width()} px")
    return found
