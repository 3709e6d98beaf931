"""Helpers shared by the GUI tests (the fixtures are in conftest.py)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from desktop.services import setup
from desktop.services.assessment import AssesseeInput, AssessmentService
from desktop.services.stores import open_centre_store

DODI = "197911052005011902"
RINA = "198203142006042901"
RATNA = "Ratna Dewi Contoh, S.Psi., M.M."  # rates Dodi in In-tray and CBI in the sample session
ASESOR_A, ASESOR_B = "Asesor A", "Asesor B"
TIMEOUT = 10_000

W = TypeVar("W", bound=QWidget)
S = TypeVar("S")


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def show(qtbot, widget: W, size: tuple[int, int] | None = None, *, active: bool = False,
         timeout: int = TIMEOUT) -> W:
    """`widget` on screen (qtbot closes it after the test), at `size` when given; `active` also waits until it
    is the active window, the one the keyboard goes to."""
    qtbot.addWidget(widget)
    if size is not None:
        widget.resize(*size)
    widget.show()
    if active:
        widget.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=timeout)
    else:
        qtbot.waitExposed(widget)
    return widget


@contextmanager
def service_on(path: Path, actor: str, kind: Callable[..., S] = AssessmentService) -> Iterator[S]:
    """A service (`kind(store, actor=...)`) over its own connection to the centre store at `path`, closed
    afterwards: a fresh connection reads what is durably stored."""
    store = open_centre_store(path)
    try:
        yield kind(store, actor=actor)
    finally:
        store.close()


def build_small_session(path: Path, step: float | None = None, title: str = "Sesi uji papan ketik") -> str:
    """A session nobody has rated yet: 2 assessees x (In-tray, CBI), 3 competencies per form; rated on `step`
    (whole levels when None). Dodi: In-tray Asesor A, CBI Asesor B; Rina: both Asesor A."""
    with service_on(path, "admin") as service:
        uuid = service.create_session(title, "pemetaan")
        if step is not None:
            setup.set_rating_step(service, uuid, step)
        service.add_position(uuid, "Sekretaris Dinas", {"M.1": 3, "M.3": 3, "M.8": 3})
        for code in ("INTRAY", "CBI"):
            service.add_simulation(uuid, code)
        service.set_matrix(uuid, {"M.1": ["INTRAY", "CBI"], "M.3": ["INTRAY", "CBI"], "M.8": ["INTRAY", "CBI"]})
        service.add_assessor(uuid, ASESOR_A)
        service.add_assessor(uuid, ASESOR_B)
        service.add_assessees(uuid, [AssesseeInput(DODI, "Dodi Pratama Contoh", "Sekretaris Dinas"),
                                     AssesseeInput(RINA, "Rina Lestari Fiktif", "Sekretaris Dinas")])
        for nip, sim, who in ((DODI, "INTRAY", ASESOR_A), (DODI, "CBI", ASESOR_B), (RINA, "INTRAY", ASESOR_A),
                              (RINA, "CBI", ASESOR_A)):
            service.assign(uuid, nip, sim, who)
        return uuid


def read_back(path: Path, uuid: str, nip: str, sim: str, assessor: str):
    """The form as a fresh service on a fresh connection sees it: what is durably stored."""
    with service_on(path, "check") as service:
        return service.form(uuid, nip, sim, assessor)


def press(qtbot, keys: str) -> None:
    """Each character of `keys` pressed in turn on the widget that has the focus then, as an assessor types."""
    for key in keys:
        qtbot.keyClick(focused(), key)
