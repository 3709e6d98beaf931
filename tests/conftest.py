"""Suite-wide set-up: Qt offscreen by default, markers by fixture, real stores in temporary folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

pytest_plugins = ["tests.postgres"]


def pytest_collection_modifyitems(items):
    for item in items:
        names = getattr(item, "fixturenames", ())
        if "qtbot" in names or "qapp" in names:
            item.add_marker(pytest.mark.gui)
        if "pg_url" in names or "postgres_server" in names:
            item.add_marker(pytest.mark.postgres)


@pytest.fixture(autouse=True)
def _private_home(tmp_path, monkeypatch):
    """Keep every test away from the real user data folder."""
    monkeypatch.setenv("ASESMEN_HOME", str(tmp_path / "home"))


@pytest.fixture(scope="session")
def sealed_demo_template(tmp_path_factory) -> Path:
    """A centre store holding the sample session, integrated and sealed (built once per run)."""
    from desktop.services.assessment import AssessmentService
    from desktop.services.demo import finish_by_consensus, load_demo
    from desktop.services.stores import open_centre_store

    path = tmp_path_factory.mktemp("template") / "centre.sqlite"
    store = open_centre_store(path)
    service = AssessmentService(store, actor="test")
    uuid = load_demo(service)
    finish_by_consensus(service, uuid)
    store.close()
    return path


@pytest.fixture(scope="session")
def open_demo_template(tmp_path_factory) -> Path:
    """A centre store holding the sample session with its ratings, not yet integrated."""
    from desktop.services.assessment import AssessmentService
    from desktop.services.demo import load_demo
    from desktop.services.stores import open_centre_store

    path = tmp_path_factory.mktemp("template-open") / "centre.sqlite"
    store = open_centre_store(path)
    load_demo(AssessmentService(store, actor="test"))
    store.close()
    return path


@pytest.fixture
def accounts(tmp_path):
    """Local accounts over a new, empty centre store."""
    from desktop.services.accounts import AccountService
    from desktop.services.stores import open_centre_store

    store = open_centre_store(tmp_path / "centre.sqlite")
    yield AccountService(store)
    store.close()


def _copy_store(template: Path, tmp_path: Path):
    from desktop.services.assessment import AssessmentService
    from desktop.services.stores import open_centre_store

    target = tmp_path / "centre.sqlite"
    shutil.copy(template, target)
    store = open_centre_store(target)
    service = AssessmentService(store, actor="tester")
    return store, service, service.sessions()[0].uuid


@pytest.fixture
def sealed_demo(sealed_demo_template, tmp_path):
    """(store, service, session uuid) on a private copy of the sealed sample session."""
    store, service, uuid = _copy_store(sealed_demo_template, tmp_path)
    yield store, service, uuid
    store.close()


@pytest.fixture
def open_demo(open_demo_template, tmp_path):
    """(store, service, session uuid) on a private copy of the rated, unsealed sample session."""
    store, service, uuid = _copy_store(open_demo_template, tmp_path)
    yield store, service, uuid
    store.close()
