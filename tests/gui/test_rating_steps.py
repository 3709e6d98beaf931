"""Half levels in the GUI, over real stores and driven as an assessor would: the rating form with the keyboard
(digits, the comma, arrows), the step in the session setup, and the meeting reading "3,5"."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.gui.meeting import MeetingWidget
from desktop.gui.rating_form import RowState
from desktop.gui.session_setup import SessionSetupWidget
from desktop.services import setup
from desktop.services.assessment import AssessmentService
from desktop.services.demo import submit_all_and_open_meeting
from desktop.services.stores import open_centre_store
from tests.gui.helpers import ASESOR_A, RATNA, focused, press, read_back, service_on
from tests.half_steps import DODI, build_half_step_sample


def stored(path: Path, uuid: str, nip: str, sim: str, assessor: str) -> list:
    """The levels as a fresh service on a fresh connection reads them: what is durably stored."""
    return [i.level for i in read_back(path, uuid, nip, sim, assessor).items]


@pytest.fixture
def half(small_session):
    return small_session(0.5, "Sesi uji setengah level")


@pytest.fixture
def whole(small_session):
    return small_session(1, "Sesi uji setengah level")


# -- the rating form --------------------------------------------------------------------------------
def test_a_half_step_form_is_filled_with_digits_commas_and_arrows_only(half, open_form, qtbot):
    path, service, uuid = half
    widget = open_form(service, uuid, ASESOR_A)
    rows = widget.rows
    assert [b.text() for b in rows[0].selector.buttons.values()] == [
        "1", "1,5", "2", "2,5", "3", "3,5", "4", "4,5", "5"]
    hint = widget.hint_label.text()
    assert "koma tepat sesudah angka" in hint and "3 lalu koma = 3,5" in hint and "←/→: geser ½ level" in hint
    widget.focus_first()
    assert focused() is rows[0].selector

    qtbot.keyClick(focused(), "3")  # a whole level: one keystroke, saved, on to the next competency
    assert focused() is rows[1].selector and rows[0].selector.level() == 3
    qtbot.keyClick(focused(), ",")  # right after the digit: the rating just given goes up by half
    assert rows[0].selector.level() == 3.5 and rows[0].state is RowState.SAVED
    assert rows[0].state_label.text() == "✓ tersimpan"
    assert rows[0].level_label.full_text() == "Level 3,5: antara 3 dan 4"
    assert focused() is rows[1].selector and rows[1].selector.level() is None  # the keyboard stays on
    assert stored(path, uuid, DODI, "INTRAY", ASESOR_A) == [3.5, None, None]

    press(qtbot, "4,5")  # typed out as written: the "5" after the comma is swallowed
    assert rows[1].selector.level() == 4.5 and rows[1].state is RowState.SAVED
    assert focused() is rows[2].selector and rows[2].selector.level() is None
    assert stored(path, uuid, DODI, "INTRAY", ASESOR_A) == [3.5, 4.5, None]

    qtbot.keyClick(focused(), "2")  # the last competency: on to "Kirim formulir"
    assert focused() is widget.submit_button
    qtbot.keyClick(focused(), ".")  # the comma (or point) still belongs to the rating just given
    assert rows[2].selector.level() == 2.5 and focused() is widget.submit_button
    assert stored(path, uuid, DODI, "INTRAY", ASESOR_A) == [3.5, 4.5, 2.5]
    assert "3 dari 3 kompetensi berlevel" in widget.progress_label.text()

    # Left/Right walk the scale in half levels; Enter chooses.
    rows[1].selector.setFocus()
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    text = widget.description_text()
    assert "(◐ level terpilih 4,5 di antara level 4 dan 5 · ▶ disorot)" in text  # level 4 itself
    assert rows[1].selector.level() == 4.5
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    assert "(▶ disorot 3,5)" in widget.description_text()  # on levels 3 and 4
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert rows[1].selector.level() == 3.5 and focused() is rows[2].selector
    qtbot.keyClick(focused(), ",")  # Enter is not a digit: the comma does not raise anything
    assert rows[1].selector.level() == 3.5 and "tepat sesudah angka" in widget.banner_text()
    assert stored(path, uuid, DODI, "INTRAY", ASESOR_A) == [3.5, 3.5, 2.5]

    rows[0].selector.setFocus()
    text = widget.description_text()
    assert "Level 3: " in text and "(◐ level terpilih 3,5 di antara level 3 dan 4)" in text


def test_the_top_level_cannot_be_raised_and_the_five_after_the_comma_is_still_swallowed(half, open_form, qtbot):
    path, service, uuid = half
    widget = open_form(service, uuid, ASESOR_A)
    widget.focus_first()
    press(qtbot, "5,5")
    assert "5 adalah level tertinggi" in widget.banner_text()
    assert [r.selector.level() for r in widget.rows] == [5, None, None]  # not 5 for the next competency
    assert focused() is widget.rows[1].selector
    # Right from nothing starts at the lowest level, Left from nothing at the highest.
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    qtbot.keyClick(focused(), Qt.Key.Key_Right)
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    qtbot.keyClick(focused(), Qt.Key.Key_Left)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert stored(path, uuid, DODI, "INTRAY", ASESOR_A) == [5, 1.5, 4.5]


def test_a_click_on_a_half_level_saves_it(half, open_form, qtbot):
    path, service, uuid = half
    widget = open_form(service, uuid, ASESOR_A)
    row = widget.rows[2]
    with qtbot.waitSignal(widget.rating_saved):
        qtbot.mouseClick(row.selector.buttons[2.5], Qt.MouseButton.LeftButton)
    assert row.state is RowState.SAVED and focused() is row.selector
    assert stored(path, uuid, DODI, "INTRAY", ASESOR_A) == [None, None, 2.5]
    assert "di antara level 2 dan 3" in row.selector.buttons[2.5].toolTip()


def test_english_writes_the_decimal_point(half, open_form, qtbot):
    _, service, uuid = half
    widget = open_form(service, uuid, ASESOR_A, "en")
    assert widget.rows[0].selector.buttons[3.5].text() == "3.5"


def test_a_whole_level_session_refuses_the_comma_and_never_rates_the_next_competency_five(whole, open_form,
                                                                                          qtbot):
    path, service, uuid = whole
    widget = open_form(service, uuid, ASESOR_A)
    assert list(widget.rows[0].selector.buttons) == [1, 2, 3, 4, 5]
    assert "koma" not in widget.hint_label.text()
    widget.focus_first()
    press(qtbot, "3,5")
    assert "memakai level bulat" in widget.banner_text() and "Integritas tetap 3" in widget.banner_text()
    assert [r.selector.level() for r in widget.rows] == [3, None, None]
    assert focused() is widget.rows[1].selector
    qtbot.keyClick(focused(), "4")  # and typing goes on as always
    assert stored(path, uuid, DODI, "INTRAY", ASESOR_A) == [3, 4, None]


# -- the session setup ------------------------------------------------------------------------------
def test_the_step_is_chosen_in_the_details_until_the_first_rating(qtbot, tmp_path):
    path = tmp_path / "centre.sqlite"
    store = open_centre_store(path)
    try:
        service = AssessmentService(store, actor="admin")
        uuid = build_half_step_sample(service, rate=False)
        setup.set_rating_step(service, uuid, 1)
        widget = SessionSetupWidget(service, uuid)
        qtbot.addWidget(widget)
        widget.resize(1280, 800)
        widget.show()
        qtbot.waitExposed(widget)
        page = widget.details_page
        widget.tabs.setCurrentWidget(page)
        combo = page.step_combo
        assert combo.isEnabled() and combo.currentText() == "Level bulat (1; 2; 3; 4; 5)"
        assert "belum memiliki penilaian" in page.step_note.text()

        combo.setFocus()
        with qtbot.waitSignal(widget.session_changed):
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentText() == "Setengah level (1; 1,5; 2; … 5)"
        assert widget.message.text() == "Skala penilaian tersimpan: Setengah level (1; 1,5; 2; … 5)."
        doc = service.document(uuid)
        assert doc["rules"]["rules"]["rating"]["step"] == 0.5
        assert doc["audit"][-1]["action"] == "session.rules.set" and doc["audit"][-1]["actor"] == "admin"

        service.set_rating(uuid, DODI, "INTRAY", RATNA, "M.1", 3.5, "bukti")
        widget.reload()
        assert not combo.isEnabled() and combo.currentText() == "Setengah level (1; 1,5; 2; … 5)"
        assert "Tidak dapat diubah lagi: sesi ini sudah memiliki 1 penilaian" in page.step_note.text()
        widget.shutdown()
    finally:
        store.close()


def test_a_sealed_session_shows_its_scale_read_only(qtbot, sealed_store):
    path, uuid = sealed_store
    with service_on(path, "admin") as service:
        widget = SessionSetupWidget(service, uuid)
        qtbot.addWidget(widget)
        page = widget.details_page
        assert not page.step_combo.isEnabled() and page.step_combo.currentText().startswith("Level bulat")
        assert "disegel" in page.step_note.text()
        widget.shutdown()


# -- the meeting -------------------------------------------------------------------------------------
@pytest.fixture
def half_meeting(tmp_path):
    store = open_centre_store(tmp_path / "centre.sqlite")
    service = AssessmentService(store, actor="ketua")
    uuid = build_half_step_sample(service)
    submit_all_and_open_meeting(service, uuid)
    yield service, uuid
    store.close()


@pytest.mark.parametrize(("language", "point"), [("id", ","), ("en", ".")])
def test_the_meeting_shows_half_levels_with_the_decimal_comma(half_meeting, qtbot, language, point):
    service, uuid = half_meeting
    widget = MeetingWidget(service, uuid, language)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.select_assessee(DODI)
    headers = widget.grid_headers()
    grid = {row[0].split()[0]: row for row in widget.grid_rows()}
    intray, lgd, cbi = headers.index("In-tray"), headers.index("LGD"), headers.index("CBI")
    usulan = headers.index("Usulan") if "Usulan" in headers else len(headers) - 3
    kerjasama = grid["M.2"]  # 3 / 3,5 / 4: median 3,5, half_up: 4
    assert kerjasama[intray].startswith("3 (") and kerjasama[lgd].startswith(f"3{point}5 (")
    assert kerjasama[cbi].startswith("4 (") and kerjasama[usulan] == "4"
    assert "⚑ selisih 2,5 level" in grid["M.4"][usulan + 1]  # 1,5 / 3 / 4
    assert grid["M.4"][intray].startswith(f"1{point}5 (")

    widget.focus_row(1, lgd)
    qtbot.keyClick(widget.table, Qt.Key.Key_F2)  # an amendment offers the half levels of the session
    assert widget.amendment_open()
    assert [widget.amend_level_combo.itemText(i) for i in range(widget.amend_level_combo.count())][:3] == [
        "1", f"1{point}5", "2"]
    assert widget.amend_level_combo.currentText() == f"3{point}5"
    assert f": level 3{point}5" in widget.amend_rating_combo.currentText()
    widget.shutdown()
