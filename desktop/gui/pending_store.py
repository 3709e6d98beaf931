"""Opening a store on a worker thread while the sign-in window is already on screen.

SQLAlchemy and the services take several times longer to import than Qt takes to show a window;
the user types their name and password meanwhile, and the password check waits for the store.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop.services.accounts import AccountService
    from desktop.services.stores import Store


class PendingStore(QObject):
    """`ready()` fires on the GUI thread once the store is open; `failed(str)` when it cannot be."""

    ready = Signal()
    failed = Signal(str)

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.store: Store | None = None
        self.accounts: AccountService | None = None
        self.error: BaseException | None = None
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._open, name="open-store", daemon=True)

    def start(self) -> PendingStore:
        self._thread.start()
        return self

    def _open(self) -> None:
        try:
            self._open_store()
        except BaseException as exc:  # reported on the GUI thread, never lost
            self.error = exc
        finally:
            self._done.set()
        if self.error is None:
            self.ready.emit()
        else:
            self.failed.emit(str(self.error))

    def _open_store(self) -> None:
        """Worker thread: open the store and its accounts (`store`, `accounts`); a subclass opens another."""
        import desktop.gui.main_window  # noqa: F401  (warm: the window that follows the sign-in)
        from desktop.services.accounts import AccountService
        from desktop.services.stores import open_centre_store

        self.store = open_centre_store(self.path)
        self.accounts = AccountService(self.store)

    def result(self) -> AccountService:
        """Block until open (call from a worker, or once the window is up); re-raise its error."""
        self._done.wait()
        if self.error is not None:
            raise self.error
        assert self.accounts is not None
        return self.accounts

    def is_done(self) -> bool:
        return self._done.is_set()
