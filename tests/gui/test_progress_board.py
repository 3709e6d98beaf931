"""The progress board over a real store: statuses in words, totals, the filter, and opening a form."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.gui.progress_board import ProgressBoardWidget
from tests.gui.helpers import ASESOR_A, ASESOR_B, DODI, RINA, service_on


def double_click(qtbot, view, pos) -> None:
    """What a real double-click delivers: press and release, then the double-click event.

    (QTest.mouseDClick alone sends only the last one, which an item view treats as a first press.)
    """
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


@pytest.fixture
def small(small_session):
    _path, service, uuid = small_session(actor="ketua")
    return service, uuid


@pytest.fixture
def board(qtbot, small):
    service, uuid = small
    # Dodi: In-tray begun (1 of 3), CBI not begun. Rina: In-tray submitted, CBI not begun.
    service.set_rating(uuid, DODI, "INTRAY", ASESOR_A, "M.1", 3, "bukti")
    for code, level in (("M.1", 3), ("M.3", 2), ("M.8", 3)):
        service.set_rating(uuid, RINA, "INTRAY", ASESOR_A, code, level, f"bukti {code}")
    service.submit_form(uuid, RINA, "INTRAY", ASESOR_A)
    widget = ProgressBoardWidget(service, uuid)
    qtbot.addWidget(widget)
    widget.resize(1100, 600)
    with qtbot.waitExposed(widget):
        widget.show()
    QApplication.processEvents()  # the header stretches its columns on the first turn of the event loop
    return widget


def cell(widget: ProgressBoardWidget, nip: str, sim: str) -> str:
    row, col = widget.cell_of(nip, sim)
    return widget.table.item(row, col).text()


def test_cells_show_who_and_how_far_in_words(board):
    headers = [board.table.horizontalHeaderItem(c).text() for c in range(board.table.columnCount())]
    assert headers == ["No", "Peserta", "In-tray", "Wawancara Berbasis Kompetensi", "Terkirim"]
    assert cell(board, DODI, "INTRAY") == f"{ASESOR_A}\n◐ draf 1/3"
    assert cell(board, DODI, "CBI") == f"{ASESOR_B}\n○ belum diisi"
    assert cell(board, RINA, "INTRAY") == f"{ASESOR_A}\n✓ terkirim"
    assert cell(board, RINA, "CBI") == f"{ASESOR_A}\n○ belum diisi"
    # Colour-coded as well, and each status has its own colour.
    colours = {board.table.item(*board.cell_of(nip, sim)).background().color().name()
               for nip, sim in ((DODI, "INTRAY"), (DODI, "CBI"), (RINA, "INTRAY"))}
    assert len(colours) == 3
    row, col = board.cell_of(DODI, "INTRAY")
    assert "draf, 1 dari 3 kompetensi berlevel" in board.table.item(row, col).toolTip()


def test_totals_per_assessee_per_simulation_and_overall(board):
    assert board.summary_label.text() == "1 dari 4 formulir terkirim · 1 draf · 2 belum diisi"
    last_col = board.table.columnCount() - 1
    rows = {board.table.item(r, 1).text(): r for r in range(board.table.rowCount())}
    assert board.table.item(rows["Dodi Pratama Contoh"], last_col).text() == "0/2"
    assert board.table.item(rows["Rina Lestari Fiktif"], last_col).text() == "1/2"
    totals = rows["Terkirim per simulasi"]
    assert [board.table.item(totals, c).text() for c in range(2, last_col + 1)] == ["1/2", "0/2", "1/4"]


def test_filter_shows_only_unfinished_assessees(board, small, qtbot):
    service, uuid = small
    for code in ("M.1", "M.3", "M.8"):
        service.set_rating(uuid, RINA, "CBI", ASESOR_A, code, 3, "bukti")
    service.submit_form(uuid, RINA, "CBI", ASESOR_A)
    board.refresh()
    assert board.summary_label.text().startswith("2 dari 4 formulir terkirim")
    assert board.visible_assessees() == ["Dodi Pratama Contoh", "Rina Lestari Fiktif"]

    qtbot.mouseClick(board.filter_check, Qt.MouseButton.LeftButton)
    assert board.filter_check.isChecked()
    assert board.visible_assessees() == ["Dodi Pratama Contoh"]
    assert not board.table.isRowHidden(board.table.rowCount() - 1)  # the totals stay

    board.refresh()  # the filter holds across a refresh
    assert board.visible_assessees() == ["Dodi Pratama Contoh"]
    qtbot.mouseClick(board.filter_check, Qt.MouseButton.LeftButton)
    assert board.visible_assessees() == ["Dodi Pratama Contoh", "Rina Lestari Fiktif"]


def test_double_click_on_a_cell_asks_for_that_form(board, qtbot):
    row, col = board.cell_of(DODI, "CBI")
    rect = board.table.visualItemRect(board.table.item(row, col))
    with qtbot.waitSignal(board.form_requested) as requested:
        double_click(qtbot, board.table, rect.center())
    assert requested.args == [DODI, "CBI", ASESOR_B]

    row, col = board.cell_of(RINA, "INTRAY")  # Enter on the current cell does the same
    board.table.setFocus()
    board.table.setCurrentCell(row, col)
    with qtbot.waitSignal(board.form_requested) as requested:
        qtbot.keyClick(board.table, Qt.Key.Key_Return)
    assert requested.args == [RINA, "INTRAY", ASESOR_A]


def test_double_click_on_a_name_asks_for_nothing(board, qtbot):
    row, _ = board.cell_of(DODI, "CBI")
    rect = board.table.visualItemRect(board.table.item(row, 1))
    with qtbot.assertNotEmitted(board.form_requested):
        double_click(qtbot, board.table, rect.center())


def test_the_sample_session_board(draft_store, qtbot):
    path, uuid = draft_store
    with service_on(path, "ketua") as service:
        widget = ProgressBoardWidget(service, uuid)
        qtbot.addWidget(widget)
        assert widget.summary_label.text() == "0 dari 24 formulir terkirim · 24 draf · 0 belum diisi"
        assert widget.table.rowCount() == 7  # six assessees and the totals


def test_screenshot_is_written(tmp_path, qapp):
    from desktop.gui.progress_board import screenshot

    [png] = screenshot(tmp_path)
    assert png.name == "progress_board.png" and png.stat().st_size > 10_000
