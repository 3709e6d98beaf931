"""The rating form over real stores, driven with the keyboard as an assessor would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy.exc import OperationalError

from desktop.domain.model import FormStatus
from desktop.gui.rating_form import RowState
from desktop.services.assessment import AssessmentService
from desktop.services.stores import open_centre_store
from tests.gui.helpers import ASESOR_A, DODI, RATNA, RINA, focused, press, read_back


@pytest.fixture
def small(small_session):
    return small_session()


@pytest.fixture
def demo(draft_store):
    path, uuid = draft_store
    store = open_centre_store(path)
    yield path, AssessmentService(store, actor="ratna"), uuid
    store.close()


def test_a_whole_form_is_filled_and_submitted_with_the_keyboard_only(small, open_form, qtbot):
    path, service, uuid = small
    widget = open_form(service, uuid, ASESOR_A)
    assert widget.form_list.count() == 3  # Dodi In-tray, Rina In-tray, Rina CBI
    assert widget.form.nip == DODI and widget.form.simulation_code == "INTRAY"
    assert "○ belum diisi" in widget.list_entry(0)
    saved: list[tuple[str, str, str]] = []
    widget.rating_saved.connect(lambda *args: saved.append(args))

    widget.form_list.setFocus()
    qtbot.keyClick(widget.form_list, Qt.Key.Key_Return)  # Enter: to the form's first competency
    rows = widget.rows
    assert [r.item.code for r in rows] == ["M.1", "M.3", "M.8"]
    assert focused() is rows[0].selector

    # Integritas: Tab into the evidence, type, Shift+Tab back, then the level (which moves on).
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is rows[0].editor
    qtbot.keyClicks(focused(), "menolak hadiah dari vendor dalam memo 3")
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is rows[0].selector
    qtbot.keyClick(focused(), "3")
    assert focused() is rows[1].selector
    assert rows[0].state is RowState.SAVED and rows[0].state_label.text() == "✓ tersimpan"

    # Komunikasi: the level first; Shift+Tab reaches its evidence; Ctrl+Enter goes on.
    qtbot.keyClick(focused(), "4")
    assert focused() is rows[2].selector
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is rows[1].editor
    qtbot.keyClicks(focused(), "menyusun memo yang jelas untuk tiga unit")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert focused() is rows[2].selector
    assert rows[1].state is RowState.SAVED  # leaving the editor saved the evidence

    # Pengambilan Keputusan: the last one; after it the keyboard is on "Kirim formulir".
    qtbot.keyClick(focused(), "2")
    assert focused() is widget.submit_button
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is rows[2].editor
    qtbot.keyClicks(focused(), "memutuskan prioritas tanpa analisis risiko")
    qtbot.keyClick(focused(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert focused() is widget.submit_button

    with qtbot.waitSignal(widget.form_submitted) as submitted:
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert submitted.args == [DODI, "INTRAY"]
    assert "✓ terkirim" in widget.list_entry(0)
    assert "hanya dapat dibaca" in widget.banner_text()
    assert all(r.editor.isReadOnly() and not r.selector.buttons[1].isEnabled() for r in widget.rows)
    assert not widget.submit_button.isEnabled()
    assert ("197911052005011902", "INTRAY", "M.8") in saved

    stored = read_back(path, uuid, DODI, "INTRAY", ASESOR_A)
    assert stored.status is FormStatus.SUBMITTED
    assert [(i.code, i.level, i.evidence) for i in stored.items] == [
        ("M.1", 3, "menolak hadiah dari vendor dalam memo 3"),
        ("M.3", 4, "menyusun memo yang jelas untuk tiga unit"),
        ("M.8", 2, "memutuskan prioritas tanpa analisis risiko"),
    ]


def test_the_description_panel_follows_the_focused_competency(demo, open_form, qtbot):
    _, service, uuid = demo
    widget = open_form(service, uuid, RATNA)
    assert widget.open_form(DODI, "INTRAY")
    widget.focus_first()
    assert focused() is widget.rows[0].selector
    items = {i.code: i for i in service.form(uuid, DODI, "INTRAY", RATNA).items}

    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert focused() is widget.rows[2].selector and widget.rows[2].item.code == "M.3"
    text = widget.description_text()
    assert "Komunikasi" in widget.description_heading.text()
    for level in items["M.3"].levels:
        assert level.title in text
        assert all(indicator in text for indicator in level.indicators)
    assert items["M.1"].levels[0].indicators[0] not in text
    stored = items["M.3"].level
    assert f"Level {stored}: {items['M.3'].levels[stored - 1].title} (✓ level terpilih)" in text

    qtbot.keyClick(focused(), Qt.Key.Key_Right)  # highlight the next level without choosing it
    assert f"Level {stored + 1}: {items['M.3'].levels[stored].title} (▶ disorot)" in widget.description_text()
    assert widget.rows[2].selector.level() == stored

    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # the evidence editor belongs to the same competency
    assert focused() is widget.rows[2].editor
    assert "Komunikasi" in widget.description_heading.text()
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is widget.rows[3].selector
    assert items["M.4"].levels[0].title in widget.description_text()


def test_a_rating_on_a_form_submitted_meanwhile_is_refused_on_screen(demo, open_form, qtbot):
    path, service, uuid = demo
    widget = open_form(service, uuid, RATNA)
    assert widget.open_form(DODI, "CBI")
    widget.focus_first()
    row = widget.rows[0]
    before = read_back(path, uuid, DODI, "CBI", RATNA).items[0]
    other = open_centre_store(path)  # the same form submitted from elsewhere, e.g. a second window
    try:
        AssessmentService(other, actor="ratna").submit_form(uuid, DODI, "CBI", RATNA)
    finally:
        other.close()

    new_level = 5 if before.level != 5 else 1
    qtbot.keyClick(row.selector, str(new_level))

    assert row.state is RowState.FAILED
    assert row.state_label.text() == "⚠ belum tersimpan"
    assert "sudah dikirim" in row.error_label.full_text() and row.error_label.isVisible()
    assert row.selector.level() == new_level  # what the assessor chose stays on screen
    assert focused() is row.selector  # and the keyboard stays on it
    assert read_back(path, uuid, DODI, "CBI", RATNA).items[0].level == before.level

    widget.refresh()  # reopened: the submitted form is read-only and says what could not be saved
    assert widget.form.status is FormStatus.SUBMITTED
    assert "sudah dikirim" in widget.banner_text()
    assert "tidak dapat disimpan lagi: Integritas" in widget.banner_text()
    widget.focus_first()
    qtbot.keyClick(focused(), str(new_level))
    assert "tidak dapat diubah" in widget.banner_text()
    assert widget.rows[0].selector.level() == before.level
    assert read_back(path, uuid, DODI, "CBI", RATNA).items[0].level == before.level


def test_submitting_an_incomplete_form_names_what_is_missing(small, open_form, qtbot):
    path, service, uuid = small
    widget = open_form(service, uuid, ASESOR_A)
    widget.focus_first()
    press(qtbot, "342")
    assert focused() is widget.submit_button

    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    banner = widget.banner_text()
    assert "belum dapat dikirim" in banner
    assert all(name in banner for name in ("Integritas", "Komunikasi", "Pengambilan Keputusan"))
    assert all(r.property("missing") for r in widget.rows)
    assert focused() is widget.rows[0].editor  # straight to the first thing to complete
    assert read_back(path, uuid, DODI, "INTRAY", ASESOR_A).status is FormStatus.DRAFT


def test_evidence_is_saved_after_a_pause_in_typing(small, open_form, qtbot):
    path, service, uuid = small
    widget = open_form(service, uuid, ASESOR_A)
    widget.focus_first()
    qtbot.keyClick(focused(), "3")
    row = widget.rows[0]
    row.editor.setFocus()
    qtbot.keyClicks(row.editor, "mendelegasikan surat ke kasubag")
    assert row.state is RowState.PENDING and row.state_label.text() == "● belum tersimpan"

    qtbot.waitUntil(lambda: row.state is RowState.SAVED, timeout=3000)  # still in the editor

    assert row.editor.hasFocus()
    assert read_back(path, uuid, DODI, "INTRAY", ASESOR_A).items[0].evidence == "mendelegasikan surat ke kasubag"


def test_evidence_typed_before_a_level_waits_for_it_and_survives_a_form_switch(small, open_form, qtbot):
    path, service, uuid = small
    widget = open_form(service, uuid, ASESOR_A)
    row = widget.rows[1]
    row.editor.setFocus()
    qtbot.keyClicks(row.editor, "bukti tanpa level")
    qtbot.keyClick(row.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # leave it
    assert row.state is RowState.PENDING
    assert "pilih level" in row.error_label.full_text()

    assert widget.open_form(RINA, "CBI")  # another form, then back
    assert widget.open_form(DODI, "INTRAY")
    row = widget.rows[1]
    assert row.evidence() == "bukti tanpa level" and row.state is RowState.PENDING

    row.selector.setFocus()
    qtbot.keyClick(row.selector, "4")
    assert row.state is RowState.SAVED
    stored = read_back(path, uuid, DODI, "INTRAY", ASESOR_A).items[1]
    assert (stored.level, stored.evidence) == (4, "bukti tanpa level")


def test_a_failed_save_keeps_the_value_and_says_why(small, open_form, qtbot, monkeypatch):
    path, service, uuid = small
    widget = open_form(service, uuid, ASESOR_A)
    widget.focus_first()
    real = service.set_rating
    failures = iter([OperationalError("INSERT", {}, Exception("database is locked"))])

    def flaky(*args, **kwargs):
        exc = next(failures, None)
        if exc is not None:
            raise exc
        return real(*args, **kwargs)

    monkeypatch.setattr(service, "set_rating", flaky)
    row = widget.rows[0]
    qtbot.keyClick(row.selector, "3")
    assert row.state is RowState.FAILED and row.state_label.text() == "⚠ belum tersimpan"
    assert "database is locked" in row.error_label.full_text()
    assert row.selector.level() == 3 and focused() is row.selector
    assert read_back(path, uuid, DODI, "INTRAY", ASESOR_A).items[0].level is None

    qtbot.keyClick(row.selector, "3")  # the same key again retries
    assert row.state is RowState.SAVED and not row.error_label.isVisible()
    assert focused() is widget.rows[1].selector
    assert read_back(path, uuid, DODI, "INTRAY", ASESOR_A).items[0].level == 3


def test_a_sealed_session_is_read_only(sealed_store, open_form, qtbot):
    path, uuid = sealed_store
    store = open_centre_store(path)
    try:
        service = AssessmentService(store, actor="ratna")
        widget = open_form(service, uuid, RATNA)
        assert "disegel" in widget.banner_text()
        widget.focus_first()
        row = widget.rows[0]
        level = row.selector.level()
        qtbot.keyClick(focused(), "1" if level != 1 else "2")
        assert row.selector.level() == level
        assert "disegel" in widget.banner_text()
        assert row.editor.isReadOnly() and not widget.submit_button.isEnabled()
        assert read_back(path, uuid, widget.form.nip, widget.form.simulation_code, RATNA).items[0].level == level
    finally:
        store.close()


def test_screenshot_is_written(tmp_path, qapp):
    from desktop.gui.rating_form import screenshot

    [png] = screenshot(tmp_path)
    assert png.name == "rating_form.png" and png.stat().st_size > 10_000


def test_a_click_on_a_level_button_saves_and_stays(small, open_form, qtbot):
    path, service, uuid = small
    widget = open_form(service, uuid, ASESOR_A)
    row = widget.rows[1]
    with qtbot.waitSignal(widget.rating_saved) as saved:
        qtbot.mouseClick(row.selector.buttons[2], Qt.MouseButton.LeftButton)
    assert saved.args == [DODI, "INTRAY", "M.3"]
    assert row.state is RowState.SAVED and focused() is row.selector  # the mouse user reads on here
    assert "Level 2: " in widget.description_text() and "Komunikasi" in widget.description_heading.text()
    assert read_back(path, uuid, DODI, "INTRAY", ASESOR_A).items[1].level == 2
    assert "◐ draf 1/3" in widget.list_entry(0) and "status draf" in widget.detail_label.text()
