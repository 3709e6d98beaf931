"""Checking a paper result sheet at BKD: its code against a real central database made from the sample bundle."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from PySide6.QtCore import Qt

from desktop.domain.nip import format_nip
from desktop.gui import check_sheet
from desktop.gui.check_sheet import CheckSheetWidget
from desktop.services.assessment import AssessmentService
from desktop.services.bundles import export_bundle
from desktop.services.central import CentralService
from desktop.services.stores import open_central_store, open_centre_store

TIMEOUT = 20_000
BULAN = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
         "November", "Desember")


@pytest.fixture(scope="module")
def central_db(tmp_path_factory, _store_templates):
    """BKD's central SQLite database after importing the sealed sample's bundle; and the sample's results."""
    template, uuid = _store_templates["sealed"]
    folder = tmp_path_factory.mktemp("central")
    centre = open_centre_store(template)
    try:
        service = AssessmentService(centre, actor="test")
        bundle = export_bundle(service.document(uuid), folder / "bundles")
        results = service.results(uuid)
        title = service.info(uuid).title
    finally:
        centre.close()
    path = folder / "central.sqlite"
    central = open_central_store(path)
    try:
        assert CentralService(central, allow_plain=True).import_file(bundle).outcome == "applied"
    finally:
        central.close()
    return path, results, title


@pytest.fixture
def widget(qtbot, central_db):
    w = CheckSheetWidget(location=str(central_db[0]))
    qtbot.addWidget(w)
    w.resize(*check_sheet.SIZE)
    w.show()
    qtbot.waitExposed(w)
    yield w
    w.shutdown()


def type_and_enter(qtbot, w: CheckSheetWidget, code: str, **printed: str) -> bool:
    """Type as a BKD officer does, press Enter in the last field, wait for the verdict."""
    last = w.code_edit
    for name, edit in (("code", w.code_edit), ("nip", w.nip_edit), ("jpm", w.jpm_edit),
                       ("category", w.category_edit)):
        text = code if name == "code" else printed.get(name, "")
        edit.clear()
        if text:
            edit.setFocus()
            qtbot.keyClicks(edit, text)
            last = edit
    with qtbot.waitSignal(w.sheet_checked, timeout=TIMEOUT) as checked:
        qtbot.keyClick(last, Qt.Key.Key_Return)
    return checked.args[0]


def test_a_right_code_typed_loosely_is_cocok_with_what_bkd_holds(qtbot, widget, central_db):
    _, results, title = central_db
    andi = results[2]
    typed = andi.sheet_code_display.lower().replace("-", " ")  # "f0e3 3ceb 2a40"
    assert widget.focusWidget() is widget.code_edit or widget.code_edit.hasFocus()
    assert type_and_enter(qtbot, widget, typed) is True
    assert widget.code_hint.text() == f"Terbaca sebagai {andi.sheet_code_display}"
    assert widget.verdict_word() == "✓ COCOK"  # in words, not by colour alone
    assert "#e6f4ea" in widget.verdict.styleSheet()
    shown = {key: label.text() for key, label in widget.fact_values.items()}
    assert shown["name"] == andi.name
    assert shown["nip"] == format_nip(andi.nip)
    assert shown["target_position"] == andi.target_position
    assert shown["jpm"] == f"{andi.jpm:.2f} %".replace(".", ",")
    assert shown["category"] == f"{andi.category_label} ({andi.category_code})"
    assert shown["session"] == title
    until = dt.date.fromisoformat(andi.valid_until)
    still = "masih berlaku" if until >= dt.date.today() else "sudah tidak berlaku"
    assert shown["valid_until"] == f"{until.day} {BULAN[until.month - 1]} {until.year} ({still})"
    assert widget.error() == ""


def test_printed_values_that_agree_are_still_cocok(qtbot, widget, central_db):
    andi = central_db[1][2]
    matches = type_and_enter(qtbot, widget, andi.sheet_code.lower(), nip=format_nip(andi.nip),
                             jpm=f"{andi.jpm:.2f} %".replace(".", ","),
                             category=f"{andi.category_label} ({andi.category_code})")
    assert matches and widget.verdict_word() == "✓ COCOK"


def test_a_wrong_jpm_on_paper_is_tidak_cocok_with_the_difference(qtbot, widget, central_db):
    andi = central_db[1][2]
    stored = f"{andi.jpm:.2f}".replace(".", ",")
    assert type_and_enter(qtbot, widget, andi.sheet_code_display, jpm="97,50") is False
    assert widget.verdict_word() == "✗ TIDAK COCOK"
    assert "#fdecea" in widget.verdict.styleSheet()
    assert widget.differences_label.text() == f"• JPM: tercetak 97,50, tersimpan {stored}"
    assert widget.verdict_text.text().startswith("Kode ini ada, tetapi isi lembar berbeda")
    assert widget.fact_values["name"].text() == andi.name  # what BKD holds, to compare with the paper


def test_every_difference_is_listed(qtbot, widget, central_db):
    andi, dodi = central_db[1][2], central_db[1][1]
    type_and_enter(qtbot, widget, andi.sheet_code_display, nip=dodi.nip, jpm="10", category="KO")
    lines = widget.differences_label.text().splitlines()
    assert lines == [
        f"• NIP: tercetak {format_nip(dodi.nip)}, tersimpan {format_nip(andi.nip)}",
        f"• JPM: tercetak 10, tersimpan {andi.jpm:.2f}".replace(".", ","),
        f"• Kategori: tercetak KO, tersimpan {andi.category_code}",
    ]


def test_an_unknown_code_is_tidak_cocok_and_says_so(qtbot, widget):
    assert type_and_enter(qtbot, widget, "0000-0000-0000") is False
    assert widget.verdict_word() == "✗ TIDAK COCOK"
    assert "Tidak ada lembar hasil dengan kode ini di basis data pusat" in widget.verdict_text.text()
    assert widget.facts_box.isHidden() and widget.differences_label.isHidden()


def test_a_code_that_cannot_be_one_is_refused_before_asking(qtbot, widget):
    widget.code_edit.setFocus()
    qtbot.keyClicks(widget.code_edit, "12345")
    assert widget.code_hint.text() == "5 dari 12 karakter; hanya angka 0–9 dan huruf A–F"
    qtbot.keyClick(widget.code_edit, Qt.Key.Key_Return)
    assert widget.error().startswith("Kode verifikasi tidak sah")
    assert not widget.runner.is_running() and widget.verdict_word() == ""


def test_a_missing_database_file_is_not_created(qtbot, widget, tmp_path, central_db):
    missing = tmp_path / "tidak-ada.sqlite"
    widget.set_location(missing)
    widget.code_edit.setText(central_db[1][0].sheet_code)
    qtbot.mouseClick(widget.check_button, Qt.MouseButton.LeftButton)
    assert widget.error() == f"Berkas basis data pusat tidak ditemukan: {missing}"
    assert not missing.exists()
    widget.set_location(f"sqlite:///{missing}")
    qtbot.mouseClick(widget.check_button, Qt.MouseButton.LeftButton)
    assert widget.error().startswith("Berkas basis data pusat tidak ditemukan")
    assert not missing.exists()
    missing.touch()  # an empty file would silently become an empty central database
    qtbot.mouseClick(widget.check_button, Qt.MouseButton.LeftButton)
    assert widget.error() == f"Berkas {missing} kosong: itu bukan basis data pusat."
    assert missing.stat().st_size == 0


def test_a_sqlalchemy_url_works_too(qtbot, widget, central_db):
    path, results, _ = central_db
    widget.set_location(f"sqlite:///{path}")
    assert type_and_enter(qtbot, widget, results[0].sheet_code_display) is True


def test_a_file_that_is_not_a_central_database_is_an_inline_error(qtbot, widget, sealed_store):
    centre_path, _ = sealed_store
    widget.set_location(centre_path)
    widget.code_edit.setText("0000-0000-0000")
    with qtbot.waitSignal(widget.runner.failed, timeout=TIMEOUT):
        qtbot.keyClick(widget.code_edit, Qt.Key.Key_Return)
    assert widget.error() == ("Basis data pusat tidak dapat dibaca: basis data ini adalah basis data 'centre', "
                              "bukan 'central'")
    assert "\n" not in widget.error() and widget.verdict_word() == ""


def test_editing_the_input_removes_the_old_verdict(qtbot, widget, central_db):
    assert type_and_enter(qtbot, widget, central_db[1][0].sheet_code_display) is True
    widget.jpm_edit.setFocus()
    qtbot.keyClicks(widget.jpm_edit, "1")
    assert widget.verdict_word() == ""  # no COCOK left beside input it did not answer


def test_the_check_runs_off_the_gui_thread(qtbot, widget, central_db, monkeypatch):
    gui, seen, go_on = threading.get_ident(), [], threading.Event()
    real = CentralService.check_sheet

    def slow(self, code, printed=None):
        seen.append(threading.get_ident())
        assert go_on.wait(TIMEOUT / 1000)
        return real(self, code, printed)

    monkeypatch.setattr(CentralService, "check_sheet", slow)
    widget.code_edit.setText(central_db[1][0].sheet_code_display)
    qtbot.keyClick(widget.code_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: bool(seen), timeout=TIMEOUT)
    assert seen[0] != gui and widget.busy_label.text() == "Memeriksa…"
    assert not widget.check_button.isEnabled()
    with qtbot.waitSignal(widget.sheet_checked, timeout=TIMEOUT):
        go_on.set()
    assert widget.check_button.isEnabled() and widget.busy_label.text() == ""


def test_screenshot_shows_a_cocok_verdict(qtbot, tmp_path):
    (png,) = check_sheet.screenshot(tmp_path)
    assert png.name == "check_sheet.png" and png.stat().st_size > 10_000

