"""GUI test fixtures: offscreen Qt, throwaway settings, stores built once per run and copied per test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before pytest-qt creates the QApplication

from PySide6.QtCore import QSettings  # noqa: E402

from desktop.services.assessment import AssessmentService  # noqa: E402
from desktop.services.demo import finish_by_consensus, load_demo  # noqa: E402
from desktop.services.stores import open_central_store, open_centre_store  # noqa: E402
from tests.central_fixtures import copy_sample  # noqa: E402
from tests.gui.helpers import build_small_session, show  # noqa: E402


def _build(path: Path, *, seal: bool) -> str:
    store = open_centre_store(path)
    try:
        service = AssessmentService(store, actor="test")
        uuid = load_demo(service)
        if seal:
            finish_by_consensus(service, uuid)
        return uuid
    finally:
        store.close()


@pytest.fixture(scope="session")
def _store_templates(tmp_path_factory) -> dict[str, tuple[Path, str]]:
    folder = tmp_path_factory.mktemp("store-templates")
    out = {}
    for name, seal in (("draft", False), ("sealed", True)):
        path = folder / f"{name}.sqlite"
        out[name] = (path, _build(path, seal=seal))
    return out


def _copy(template: Path, target: Path) -> Path:
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{template}{suffix}")
        if src.exists():
            shutil.copy(src, f"{target}{suffix}")
    return target


@pytest.fixture
def draft_store(_store_templates, tmp_path) -> tuple[Path, str]:
    """A store holding the sample session as loaded by load_demo: rated, not integrated, not sealed."""
    template, uuid = _store_templates["draft"]
    return _copy(template, tmp_path / "centre.sqlite"), uuid


@pytest.fixture
def sealed_store(_store_templates, tmp_path) -> tuple[Path, str]:
    """A store holding the sample session integrated and sealed."""
    template, uuid = _store_templates["sealed"]
    return _copy(template, tmp_path / "centre.sqlite"), uuid


@pytest.fixture
def settings(tmp_path) -> QSettings:
    """Settings in a temporary ini file: tests never read or write the user's own."""
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def small_session(tmp_path):
    """Build the small unrated session (helpers.build_small_session) in tmp_path and open it:
    `small_session(step=None, title=..., actor="asesor") -> (path, service, uuid)`; closed after the test."""
    opened = []

    def open_(step: float | None = None, title: str = "Sesi uji papan ketik", actor: str = "asesor"):
        path = tmp_path / "centre.sqlite"
        uuid = build_small_session(path, step, title)
        store = open_centre_store(path)
        opened.append(store)
        return path, AssessmentService(store, actor=actor), uuid

    yield open_
    for store in opened:
        store.close()


@pytest.fixture
def open_form(qtbot):
    """Show a RatingFormWidget as the active window: the keyboard goes there."""
    from desktop.gui.rating_form import RatingFormWidget

    def open_(service: AssessmentService, uuid: str, assessor: str, language: str = "id") -> RatingFormWidget:
        return show(qtbot, RatingFormWidget(service, uuid, assessor, language), (1280, 800), active=True)

    return open_


@pytest.fixture
def sample(sample_template, tmp_path):
    """A private copy of BKD's sample central database; the module defines `sample_template` (build_sample_central)."""
    return copy_sample(sample_template, tmp_path / "db")


@pytest.fixture
def store(sample):
    """The private sample central database, open; closed after the test."""
    store = open_central_store(sample.location)
    yield store
    store.close()


@pytest.fixture
def open_window(qtbot, settings):
    """Build and show a MainWindow over a store; qtbot closes it (and so its store) after the test."""
    from desktop.gui.application import create_main_window

    def open_(store_path: Path, lang: str = "id"):
        window = create_main_window(store_path, lang, settings, actor="test")
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return open_
