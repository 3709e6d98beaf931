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
from desktop.services.stores import open_centre_store  # noqa: E402


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
