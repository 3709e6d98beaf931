"""Starting the GUI: a store that cannot be opened is one Indonesian line, never a traceback."""

from __future__ import annotations

import os

import pytest

from desktop.domain.errors import StoreError
from desktop.gui import application
from desktop.gui.application import create_main_window, startup_error_box, store_error_message


@pytest.fixture
def corrupt_store(tmp_path):
    path = tmp_path / "centre.sqlite"
    path.write_bytes(os.urandom(8192))
    return path


def test_corrupt_store_gives_one_indonesian_line(qapp, corrupt_store, settings):
    with pytest.raises(StoreError) as caught:
        create_main_window(corrupt_store, "id", settings, actor="test")

    message = store_error_message(corrupt_store, caught.value)

    assert message.startswith("Berkas basis data tidak dapat dibuka: ")
    assert message.endswith(f". Lokasi: {corrupt_store}")
    assert "\n" not in message and "Traceback" not in message
    box = startup_error_box(message)
    assert box.text() == message
    assert "asesmen --store" in box.informativeText()


def test_unexpected_error_is_still_one_line(qapp, tmp_path):
    message = store_error_message(tmp_path / "x.sqlite", PermissionError(13, "Permission denied"))
    assert message.startswith("Kesalahan tak terduga: PermissionError: ")
    assert "\n" not in message


def test_run_gui_exits_1_on_a_corrupt_store(qapp, corrupt_store, tmp_path, monkeypatch):
    monkeypatch.setenv("ASESMEN_HOME", str(tmp_path))  # settings beside the data, not the user's own
    shown: list[str] = []

    class _Box:  # the real box would block on exec(); record what it would have said
        def __init__(self, message: str) -> None:
            shown.append(message)

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(application, "startup_error_box", _Box)

    assert application.run_gui(["--store", str(corrupt_store)]) == 1
    assert len(shown) == 1 and shown[0].startswith("Berkas basis data tidak dapat dibuka")
    assert qapp.applicationName() == "Asesmen" and qapp.organizationName() == "Asesmen"


def test_new_store_is_created_and_shown_empty(open_window, tmp_path):
    path = tmp_path / "baru" / "centre.sqlite"
    window = open_window(path)
    assert path.is_file()
    assert window.session_model.rowCount() == 0
