"""Run a plain function `fn(progress)` off the GUI thread; its outcome comes back as GUI-thread signals."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from desktop.domain.errors import AsesmenError
from desktop.services.progress import Cancelled, Progress

TaskFn = Callable[[Progress], Any]
log = logging.getLogger(__name__)


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it, so Qt queues each signal to the GUI thread."""

    progressed = Signal()
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()


class _Job(QRunnable):
    def __init__(self, fn: TaskFn, relay: _Relay, cancel: threading.Event, post_progress) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._fn, self._relay, self._cancel, self._post_progress = fn, relay, cancel, post_progress

    def run(self) -> None:  # worker thread: touches no widget, only emits
        progress = Progress(report_fn=self._post_progress, cancelled_fn=self._cancel.is_set)
        try:
            result = self._fn(progress)
            progress.check()  # a cancel that came after the last report still counts
        except Cancelled:
            self._relay.cancelled.emit()
        except AsesmenError as exc:
            self._relay.failed.emit(str(exc))
        except Exception as exc:  # a bug: one line for the user, the traceback for the log
            log.exception("task failed")
            self._relay.failed.emit(f"kesalahan tak terduga: {type(exc).__name__}: {exc}")
        else:
            self._relay.succeeded.emit(result)


class TaskRunner(QObject):
    """One task at a time (the store is one SQLite file: writes are serialised anyway).

    Signals, always delivered on the GUI thread:
      progressed(done, total, text)  coalesced: at most one update waits in the event queue
      succeeded(result)              the function's return value
      failed(message)                one readable line
      cancelled()                    the function stopped at a progress check after cancel()
      finished()                     after any of the three outcomes; the runner is idle again
    """

    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    finished = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._relay: _Relay | None = None
        self._lock = threading.Lock()
        self._latest: tuple[int, int, str] | None = None

    def is_running(self) -> bool:
        return self._relay is not None

    def connect_slots(self, *, progressed: Callable | None = None, succeeded: Callable | None = None,
                      failed: Callable | None = None, cancelled: Callable | None = None,
                      finished: Callable | None = None) -> None:
        """Connect each callable given to the signal of the same name."""
        for signal, slot in ((self.progressed, progressed), (self.succeeded, succeeded), (self.failed, failed),
                             (self.cancelled, cancelled), (self.finished, finished)):
            if slot is not None:
                signal.connect(slot)

    def start(self, fn: TaskFn) -> None:
        if self._relay is not None:
            raise RuntimeError("a task is already running")
        self._cancel = threading.Event()
        relay = _Relay(self)
        relay.progressed.connect(self._on_relay_progressed)
        relay.succeeded.connect(self._on_relay_succeeded)
        relay.failed.connect(self._on_relay_failed)
        relay.cancelled.connect(self._on_relay_cancelled)
        self._relay = relay
        self._latest = None
        self._pool.start(_Job(fn, relay, self._cancel, self._post_progress))

    def cancel(self) -> None:
        """Ask the running function to stop at its next progress report or check."""
        self._cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        """Block until the worker thread is idle (used when the window closes)."""
        return self._pool.waitForDone(msecs)

    # -- worker side -------------------------------------------------------------------------
    def _post_progress(self, done: int, total: int, text: str) -> None:
        # Keep only the newest report; emit only if none is already queued, so a fast worker cannot
        # flood the event queue (a modal QProgressDialog processes events inside setValue).
        with self._lock:
            queued = self._latest is not None
            self._latest = (done, total, text)
            relay = self._relay
        if not queued and relay is not None:
            relay.progressed.emit()

    # -- GUI side ----------------------------------------------------------------------------
    @Slot()
    def _on_relay_progressed(self) -> None:
        with self._lock:
            latest, self._latest = self._latest, None
        if latest is not None:
            self.progressed.emit(*latest)

    @Slot(object)
    def _on_relay_succeeded(self, result: object) -> None:
        self._end()
        self.succeeded.emit(result)
        self.finished.emit()

    @Slot(str)
    def _on_relay_failed(self, message: str) -> None:
        self._end()
        self.failed.emit(message)
        self.finished.emit()

    @Slot()
    def _on_relay_cancelled(self) -> None:
        self._end()
        self.cancelled.emit()
        self.finished.emit()

    def _end(self) -> None:
        relay = self._relay
        with self._lock:
            self._relay, self._latest = None, None
        if relay is not None:
            relay.deleteLater()
