"""English through Qt's own translation files: complete, in step with the source, and really loaded."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt

from desktop.gui import i18n
from desktop.gui.main_window import MainWindow
from desktop.gui.models import ResultTableModel, SessionTableModel

GUI_SOURCES = sorted(str(p) for p in Path(i18n.__file__).parent.rglob("*.py"))


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m.find("translation")
            for ctx in root.iter("context") for m in ctx.iter("message")}


@pytest.fixture
def english_qm(tmp_path) -> Path:
    """The compiled .qm: the one `make translations` built if it is current, else compiled here."""
    ts, qm = i18n.ts_file("en"), i18n.qm_file("en")
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    return i18n.compile_translation(ts, tmp_path / "asesmen_en.qm")


@pytest.fixture
def english(qapp, english_qm):
    translator = i18n.install_translator("en", english_qm)
    yield translator
    i18n.remove_translator(translator)


def test_every_string_is_translated():
    messages = _messages(i18n.ts_file("en"))
    assert messages
    unfinished = [src for (_, src), tr in messages.items()
                  if tr is None or tr.get("type") in ("unfinished", "obsolete", "vanished") or not tr.text]
    assert unfinished == []


def test_ts_file_is_in_step_with_the_source(tmp_path):
    fresh = tmp_path / "fresh.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", *GUI_SOURCES, "-ts", str(fresh)], check=True)
    source, committed = set(_messages(fresh)), set(_messages(i18n.ts_file("en")))
    assert (sorted(source - committed), sorted(committed - source)) == ([], []), \
        "run `make lupdate`, then translate the new strings"


def test_english_translator_renames_the_menus(english, open_window, tmp_path):
    assert QCoreApplication.translate("MainWindow", "&Berkas") == "&File"

    window: MainWindow = open_window(tmp_path / "centre.sqlite", lang="en")

    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert titles == ["File", "Language", "Help"]
    assert window.empty_label.text().startswith("No assessment sessions yet.")
    assert window.language_actions["en"].isChecked()


def test_english_headers_and_numbers(english, open_window, sealed_store):
    path, uuid = sealed_store
    window = open_window(path, lang="en")
    window.select_session(uuid)

    headers = [window.result_model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["No.", "NIP", "Name", "Target position", "JPM (%)", "Category"]
    assert window.result_model.index(0, ResultTableModel.JPM).data() == "96.30"
    status = window.session_model.index(0, SessionTableModel.STATUS).data()
    assert status.startswith("Sealed · ")
    assert window.session_model.index(0, SessionTableModel.PURPOSE).data() == "Mapping"


def test_indonesian_needs_no_translator(qapp):
    assert i18n.install_translator("id") is None


def test_missing_translation_file_is_reported(qapp, tmp_path):
    with pytest.raises(FileNotFoundError, match="terjemahan tidak ditemukan"):
        i18n.install_translator("en", tmp_path / "missing.qm")
