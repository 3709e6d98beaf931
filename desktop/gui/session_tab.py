"""A main-window tab that shows one widget for the selected session, built only when first shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop.domain.model import SessionInfo

Factory = Callable[[SessionInfo], QWidget | str]  # a widget, or a sentence saying why there is none


class SessionTab(QWidget):
    def __init__(self, factory: Factory, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory = factory
        self._empty_text = empty_text
        self._session: SessionInfo | None = None
        self._stale = True
        self.content: QWidget | None = None
        self.placeholder = QLabel(empty_text)
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setMargin(24)
        self._stack = QStackedWidget()
        self._stack.addWidget(self.placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._stack)

    def set_session(self, session: SessionInfo | None, *, force: bool = False) -> None:
        """Remember the session; rebuild now if visible, else when next shown."""
        if not force and session is not None and self._session is not None and session.uuid == self._session.uuid \
                and session.status == self._session.status and not self._stale:
            return
        self._session, self._stale = session, True
        if self.isVisible():
            self.ensure_built()

    def ensure_built(self) -> None:
        if not self._stale:
            return
        self._stale = False
        self._drop_content()
        made = self._factory(self._session) if self._session is not None else self._empty_text
        if isinstance(made, str):
            self.placeholder.setText(made)
            self._stack.setCurrentWidget(self.placeholder)
            return
        self.content = made
        self._stack.addWidget(made)
        self._stack.setCurrentWidget(made)

    def _drop_content(self) -> None:
        old, self.content = self.content, None
        if old is not None:
            if hasattr(old, "shutdown"):
                old.shutdown()  # stops its background work before it goes
            self._stack.removeWidget(old)
            old.deleteLater()

    def shutdown(self) -> None:
        self._drop_content()
