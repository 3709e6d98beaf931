"""TaskRunner: work off the GUI thread, outcomes as signals on the GUI thread, cancel through Progress."""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QObject, QThread, Signal

from desktop.domain.errors import ValidationError
from desktop.gui.tasks import TaskRunner


@pytest.fixture
def runner(qtbot):
    runner = TaskRunner()
    yield runner
    runner.cancel()
    assert runner.wait(10_000), "a task thread was left running"


def test_success_with_progress_on_the_gui_thread(runner, qtbot):
    gui_thread = QThread.currentThread()
    seen: list[tuple[int, int, str, bool]] = []
    runner.progressed.connect(lambda d, t, s: seen.append((d, t, s, QThread.currentThread() is gui_thread)))
    worker_threads: list[QThread] = []

    def work(progress):
        worker_threads.append(QThread.currentThread())
        for i in range(3):
            progress.report(i, 3, f"langkah {i + 1}")
        return {"answer": 42}

    finished: list[bool] = []
    runner.finished.connect(lambda: finished.append(runner.is_running()))
    with qtbot.waitSignal(runner.succeeded, timeout=10_000) as blocker:
        runner.start(work)
        assert runner.is_running()

    assert blocker.args == [{"answer": 42}]
    assert finished == [False]  # finished follows the outcome; the runner is idle by then
    assert worker_threads and worker_threads[0] is not gui_thread
    assert seen and all(on_gui for *_, on_gui in seen)
    assert seen[-1][:3] == (2, 3, "langkah 3")  # updates may be coalesced, the newest always arrives


def test_domain_error_becomes_one_line(runner, qtbot):
    def work(progress):
        raise ValidationError("NIP 123: panjang harus 18 digit")

    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        runner.start(work)
    assert blocker.args == ["NIP 123: panjang harus 18 digit"]


def test_unexpected_error_is_reported_without_traceback(runner, qtbot):
    def work(progress):
        return 1 / 0

    with qtbot.waitSignal(runner.failed, timeout=10_000) as blocker:
        runner.start(work)
    assert blocker.args == ["kesalahan tak terduga: ZeroDivisionError: division by zero"]


def test_cancel_stops_at_the_next_progress_check(runner, qtbot):
    started, release = threading.Event(), threading.Event()
    reached_the_end = []

    def work(progress):
        started.set()
        release.wait(10)
        progress.report(1, 2, "lanjut")
        reached_the_end.append(True)
        return "selesai"

    with qtbot.waitSignal(runner.cancelled, timeout=10_000):
        runner.start(work)
        assert started.wait(10)
        runner.cancel()
        release.set()
    assert reached_the_end == []
    assert not runner.is_running()


def test_one_task_at_a_time(runner, qtbot):
    release = threading.Event()
    with qtbot.waitSignal(runner.finished, timeout=10_000):
        runner.start(lambda progress: release.wait(10))
        with pytest.raises(RuntimeError):
            runner.start(lambda progress: None)
        release.set()
    with qtbot.waitSignal(runner.succeeded, timeout=10_000):
        runner.start(lambda progress: "lagi")  # idle again


class _Emitter(QObject):
    fired = Signal(object)


def test_emit_keeps_reference_counts_balanced():
    """PySide6 6.12.0 dropped a reference to True on every Python-side emit: keep the pin off it."""
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(1000):
        emitter.fired.emit(None)
    assert abs(sys.getrefcount(True) - before) < 10  # the defect alone would make it -1000
