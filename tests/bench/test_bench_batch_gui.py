"""200 result sheets generated off the GUI thread while the event loop keeps ticking.

A 10 ms QTimer on the GUI thread measures how long the window would wait to repaint or take a key
(the gap between ticks) while the TaskRunner renders the sheets; the baseline is the same timer with
the GUI thread idle, in the same run. Goal: the window stays responsive (p99 gap under 100 ms).
"""

import statistics
import time

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer

from desktop.domain.model import FormStatus
from desktop.gui.tasks import TaskRunner
from desktop.services.assessment import AssesseeInput, AssessmentService
from desktop.services.demo import write_reports
from desktop.services.stores import open_centre_store

pytestmark = pytest.mark.bench
SHEETS = 200
CODES = ("M.1", "M.3", "M.8")


def _nip(i: int) -> str:
    return f"1980{(i % 12) + 1:02d}{(i % 27) + 1:02d}2005011{(i % 900) + 100:03d}"


def _sealed_session(path) -> tuple:
    store = open_centre_store(path)
    service = AssessmentService(store, actor="bench")
    uuid = service.create_session("Bench 200 lembar", "pengisian_jabatan")
    service.add_position(uuid, "Sekretaris Dinas", dict.fromkeys(CODES, 3))
    for code in ("INTRAY", "CBI"):
        service.add_simulation(uuid, code)
    service.set_matrix(uuid, {c: ["INTRAY", "CBI"] for c in CODES})
    service.add_assessor(uuid, "Asesor A")
    people = [AssesseeInput(_nip(i), f"Peserta Uji {i:03d}", "Sekretaris Dinas") for i in range(SHEETS)]
    service.add_assessees(uuid, people)
    for i, person in enumerate(people):
        for sim in ("INTRAY", "CBI"):
            service.assign(uuid, person.nip, sim, "Asesor A")
            for j, code in enumerate(CODES):
                service.set_rating(uuid, person.nip, sim, "Asesor A", code, 2 + (i + j) % 3, "bukti")
    for f in service.progress_board(uuid):
        if f.status is not FormStatus.SUBMITTED:
            service.submit_form(uuid, f.nip, f.simulation_code, f.assessor_name)
    service.open_meeting(uuid)
    service.integrate(uuid)
    service.seal(uuid)
    return store, service, uuid


def _ticks(qtbot, until) -> list[float]:
    clock, gaps, last = QElapsedTimer(), [], [0]
    clock.start()
    timer = QTimer()
    timer.setInterval(10)

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer.timeout.connect(tick)
    timer.start()
    qtbot.waitUntil(until, timeout=600_000)
    timer.stop()
    return gaps[1:]


def test_200_sheets_with_the_window_responsive(qtbot, tmp_path):
    store, service, uuid = _sealed_session(tmp_path / "centre.sqlite")
    try:
        idle_end = time.monotonic() + 1.0
        idle = _ticks(qtbot, lambda: time.monotonic() >= idle_end)
        runner = TaskRunner()
        done = []
        runner.succeeded.connect(done.append)
        runner.failed.connect(lambda message: done.append(message))
        start = time.perf_counter()
        runner.start(lambda progress: write_reports(service, uuid, tmp_path / "sheets", progress))
        busy = _ticks(qtbot, lambda: bool(done))
        elapsed = time.perf_counter() - start
        runner.wait()
    finally:
        store.close()
    assert isinstance(done[0], list) and len(done[0]) == SHEETS + 1, done[0]
    p99 = statistics.quantiles(busy, n=100)[98]
    idle_p99 = statistics.quantiles(idle, n=100)[98]
    verdict = "met" if p99 < 100 else "NOT met"
    print(f"\nBENCH 200-sheets {SHEETS / elapsed:.1f} sheets/s in the GUI's background runner; "
          f"event-loop gap p99={p99:.0f} ms max={max(busy):.0f} ms (idle p99={idle_p99:.0f} ms, "
          f"ratio {p99 / idle_p99:.1f}x) goal p99 < 100 ms: {verdict}")
    assert p99 < 1000
