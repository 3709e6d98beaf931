"""The integration meeting screen over a real store: opened, decided by keyboard, amended, sealed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.domain.model import FormStatus, SessionStatus
from desktop.gui.meeting import MeetingWidget, short_names, simulation_label
from desktop.services.assessment import AssesseeInput, AssessmentService
from desktop.services.demo import submit_all_and_open_meeting
from desktop.services.meeting import meeting_view
from desktop.services.stores import open_centre_store
from tests.gui.helpers import focused, show

DODI = "197911052005011902"
RATNA = "Ratna Dewi Contoh, S.Psi., M.M."
AGUS = "Agus Salim Sampel, S.Sos., M.Si."
BAMBANG = "Drs. Bambang Sutrisno Fiktif, M.Psi."
PANEL = {RATNA, AGUS, BAMBANG}


def plain(text: str) -> str:
    return text.replace("&", "")


@pytest.fixture
def demo(draft_store):
    """The sample session, rated, forms still drafts (the meeting not open)."""
    path, uuid = draft_store
    store = open_centre_store(path)
    yield path, AssessmentService(store, actor="ketua"), uuid
    store.close()


@pytest.fixture
def meeting(demo):
    path, service, uuid = demo
    submit_all_and_open_meeting(service, uuid)
    return path, service, uuid


@pytest.fixture
def open_widget(qtbot):
    def open_(service: AssessmentService, uuid: str) -> MeetingWidget:
        return show(qtbot, MeetingWidget(service, uuid), (1280, 800), active=True)  # the keyboard goes there

    return open_


def read_back(path: Path, uuid: str):
    """A fresh store and service: what is really committed."""
    store = open_centre_store(path)
    return store, AssessmentService(store, actor="pemeriksa")


def row_of(service: AssessmentService, uuid: str, nip: str, code: str):
    return next(r for r in meeting_view(service, uuid, nip).rows if r.code == code)


def test_a_whole_meeting_is_held_with_the_keyboard(demo, open_widget, qtbot):
    path, service, uuid = demo
    for form in service.progress_board(uuid):  # the assessors send their forms; the lead opens the meeting
        if form.status is not FormStatus.SUBMITTED:
            service.submit_form(uuid, form.nip, form.simulation_code, form.assessor_name)
    widget = open_widget(service, uuid)
    assert widget.status is SessionStatus.DRAFT and widget.open_button.isVisible()
    assert "mengunci semua penilaian individual" in widget.state_text.text()

    with qtbot.waitSignal(widget.session_changed) as changed:
        qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    assert changed.args == [uuid]
    assert widget.status is SessionStatus.MEETING and not widget.open_button.isVisible()
    assert widget.progress_text() == "0 dari 54 level akhir ditetapkan"
    assert not widget.seal_button.isEnabled()
    assert "terkunci" in widget.banner_text()

    # Dodi, from the agenda, by keyboard: Enter opens his grid on the first competency.
    widget.agenda_list.setFocus()
    dodi = next(i for i, text in enumerate(widget.agenda_entries()) if "Dodi Pratama Contoh" in text)
    widget.agenda_list.setCurrentRow(dodi)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert focused() is widget.table
    assert widget.assessee_title.text() == "2. Dodi Pratama Contoh"
    assert [r[0] for r in widget.grid_rows()][:3] == ["M.1 Integritas", "M.2 Kerja Sama", "M.3 Komunikasi"]

    saved = []
    widget.session_changed.connect(lambda u: saved.append(u))
    # M.1 and M.2: Enter accepts the proposal and moves on.
    for code in ("M.1", "M.2"):
        assert widget.current_row().code == code
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert len(saved) == 2
    assert widget.grid_rows()[0][-1] == "✓ 3" and widget.grid_rows()[1][-1] == "✓ 3"
    # M.3 (Komunikasi): the panel settles on 3 against a proposal of 4, and says why.
    assert widget.current_row().code == "M.3" and widget.current_row().proposed == 4
    qtbot.keyClicks(focused(), "3")
    assert focused() is widget.reason_edit
    assert "berbeda dari usulan 4" in widget.decision_text()
    assert widget.grid_rows()[2][-1] == "● 3 …"
    qtbot.keyClicks(focused(), "bukti tertulis lebih lemah")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert "M.3 Komunikasi: level akhir 3 tersimpan" in widget.decision_text()
    assert focused() is widget.table and widget.current_row().code == "M.4"
    assert widget.grid_rows()[2][-1] == "✓ 3 ✎"
    # The rest of Dodi's competencies: Enter, Enter, ...
    for _ in range(6):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert "Semua kompetensi Dodi Pratama Contoh sudah final" in widget.decision_text()
    assert widget.progress_text() == "9 dari 54 level akhir ditetapkan"
    assert "2. Dodi Pratama Contoh\n4 sudah dibahas · ✓ 9/9 final" in widget.agenda_entries()

    # Everybody else: "Setujui semua usulan" (off the GUI thread), then close and seal with two clicks.
    with qtbot.waitSignal(widget.session_changed, timeout=10_000):
        qtbot.mouseClick(widget.integrate_button, Qt.MouseButton.LeftButton)
    assert widget.progress_text() == "54 dari 54 level akhir ditetapkan"
    assert "45 level akhir dicatat dari usulan" in widget.banner_text()
    assert widget.seal_button.isEnabled()
    qtbot.mouseClick(widget.seal_button, Qt.MouseButton.LeftButton)
    assert plain(widget.seal_button.text()) == "Ya, segel sekarang" and widget.seal_cancel_button.isVisible()
    assert "tidak dapat diubah lagi" in widget.banner_text()
    assert service.info(uuid).status is SessionStatus.MEETING  # the first click only asks
    with qtbot.waitSignal(widget.session_changed, timeout=10_000):
        qtbot.mouseClick(widget.seal_button, Qt.MouseButton.LeftButton)
    assert widget.status is SessionStatus.SEALED
    code = service.info(uuid).seal_code
    assert code and code in widget.state_title.text() and code in widget.banner_text()

    store, fresh = read_back(path, uuid)
    try:
        assert fresh.info(uuid).status is SessionStatus.SEALED
        fresh.verify(uuid)
        komunikasi = row_of(fresh, uuid, DODI, "M.3")
        assert (komunikasi.final, komunikasi.reason, set(komunikasi.agreed_by)) == (
            3, "bukti tertulis lebih lemah", PANEL)
        integritas = row_of(fresh, uuid, DODI, "M.1")
        assert (integritas.final, integritas.reason, set(integritas.agreed_by)) == (3, "", PANEL)
        assert all(r.final is not None for r in meeting_view(fresh, uuid, DODI).rows)
        assert len(fresh.results(uuid)) == 6
    finally:
        store.close()


def test_a_level_other_than_the_proposal_needs_a_reason(meeting, open_widget, qtbot):
    path, service, uuid = meeting
    widget = open_widget(service, uuid)
    widget.select_assessee(DODI)
    widget.focus_row(2)  # M.3, proposal 4
    qtbot.keyClicks(focused(), "2")
    assert focused() is widget.reason_edit
    with qtbot.assertNotEmitted(widget.session_changed):
        qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert widget.decision_text() == "⚠ level akhir 2 berbeda dari usulan 4: alasan wajib diisi"
    assert focused() is widget.reason_edit and widget.current_row().code == "M.3"  # still here, to type it
    qtbot.keyClicks(focused(), "   ")
    qtbot.mouseClick(widget.save_button, Qt.MouseButton.LeftButton)  # blanks are no reason either
    assert "alasan wajib diisi" in widget.decision_text()
    store, fresh = read_back(path, uuid)
    try:
        assert row_of(fresh, uuid, DODI, "M.3").final is None
    finally:
        store.close()
    # Esc drops the level: nothing pending, nothing saved.
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert focused() is widget.table and widget.grid_rows()[2][-1] == "—"
    assert row_of(service, uuid, DODI, "M.3").final is None


def test_who_agreed_is_what_is_ticked(meeting, open_widget, qtbot):
    _, service, uuid = meeting
    widget = open_widget(service, uuid)
    widget.select_assessee(DODI)
    widget.focus_row(0)
    assert set(widget.agreed_by()) == PANEL  # all ticked by default
    qtbot.mouseClick(widget.agreed_boxes[AGUS], Qt.MouseButton.LeftButton)
    qtbot.keyClick(widget.table, Qt.Key.Key_Return)
    assert set(row_of(service, uuid, DODI, "M.1").agreed_by) == {RATNA, BAMBANG}
    assert set(widget.agreed_by()) == PANEL  # the next row starts with everybody again
    widget.focus_row(0)
    assert set(widget.agreed_by()) == {RATNA, BAMBANG}  # a decided row shows who agreed
    for box in widget.agreed_boxes.values():
        box.setChecked(False)
    qtbot.keyClick(widget.table, Qt.Key.Key_3)
    assert "Centang sedikitnya satu asesor" in widget.decision_text()
    assert set(row_of(service, uuid, DODI, "M.1").agreed_by) == {RATNA, BAMBANG}


def build_thin_session(path: Path) -> str:
    """As tests/services/test_meeting.py: M.1 is evidenced by one simulation only; the meeting is open."""
    store = open_centre_store(path)
    try:
        service = AssessmentService(store, actor="ketua")
        uuid = service.create_session("Bukti tipis", "pengisian_jabatan")
        service.add_position(uuid, "Sekretaris Dinas", {"M.1": 3, "M.3": 3})
        for code in ("INTRAY", "CBI"):
            service.add_simulation(uuid, code)
        service.set_matrix(uuid, {"M.1": ["CBI"], "M.3": ["INTRAY", "CBI"]})
        service.add_assessor(uuid, "Asesor A")
        service.add_assessee(uuid, AssesseeInput(DODI, "Dodi Pratama Contoh", "Sekretaris Dinas"))
        service.assign(uuid, DODI, "INTRAY", "Asesor A")
        service.assign(uuid, DODI, "CBI", "Asesor A")
        for sim, code, level in (("INTRAY", "M.3", 3), ("CBI", "M.1", 4), ("CBI", "M.3", 3)):
            service.set_rating(uuid, DODI, sim, "Asesor A", code, level, "bukti")
        service.submit_form(uuid, DODI, "INTRAY", "Asesor A")
        service.submit_form(uuid, DODI, "CBI", "Asesor A")
        service.open_meeting(uuid)
        return uuid
    finally:
        store.close()


def test_a_competency_evidenced_by_one_simulation_cannot_be_finalised(tmp_path, open_widget, qtbot):
    path = tmp_path / "thin.sqlite"
    uuid = build_thin_session(path)
    store = open_centre_store(path)
    try:
        service = AssessmentService(store, actor="ketua")
        widget = open_widget(service, uuid)
        rows = widget.grid_rows()
        notes = widget.grid_headers().index("Catatan")
        assert rows[0][0] == "M.1 Integritas" and rows[0][notes] == "⚠ bukti < 2 simulasi"
        assert widget.table.item(0, notes).foreground().color().name() == "#b3261e"
        assert "⚑ 1 perlu dibahas" in widget.agenda_entries()[0]
        widget.focus_row(0)
        assert "level akhir belum dapat ditetapkan" in widget.flags_label.text()
        assert not any(b.isEnabled() for b in widget.level_buttons.values())
        assert not widget.accept_button.isEnabled()
        for key in (Qt.Key.Key_4, Qt.Key.Key_Return, Qt.Key.Key_3):
            qtbot.keyClick(focused(), key)
            assert "belum didukung bukti dari sedikitnya 2 simulasi" in widget.decision_text()
            assert focused() is widget.table and widget.current_row().code == "M.1"
        assert row_of(service, uuid, DODI, "M.1").final is None

        with qtbot.waitSignal(widget.session_changed, timeout=10_000):
            qtbot.mouseClick(widget.integrate_button, Qt.MouseButton.LeftButton)
        assert "1 level akhir dicatat dari usulan" in widget.banner_text()
        assert "1 kompetensi belum dapat ditetapkan" in widget.banner_text()
        assert widget.progress_text() == "1 dari 2 level akhir ditetapkan"
        assert not widget.seal_button.isEnabled()
        assert row_of(service, uuid, DODI, "M.1").final is None and row_of(service, uuid, DODI, "M.3").final == 3
    finally:
        store.close()


def test_opening_with_forms_not_submitted_is_refused_inline(demo, open_widget, qtbot):
    _, service, uuid = demo
    widget = open_widget(service, uuid)
    with qtbot.assertNotEmitted(widget.session_changed):
        qtbot.mouseClick(widget.open_button, Qt.MouseButton.LeftButton)
    assert widget.banner_text().startswith("⚠ Rapat belum dapat dibuka: 24 formulir belum dikirim: ")
    assert widget.status is SessionStatus.DRAFT and service.info(uuid).status is SessionStatus.DRAFT
    # Before the meeting the grid is a preview: no decisions.
    widget.focus_row(0)
    qtbot.keyClick(widget.table, Qt.Key.Key_3)
    assert "belum dibuka" in widget.banner_text()
    assert not widget.controls.isVisibleTo(widget)


def test_the_statistics_panel(meeting, open_widget, qtbot):
    _, service, uuid = meeting
    widget = open_widget(service, uuid)
    qtbot.keyClick(widget.tabs, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert widget.tabs.currentWidget() is widget.stats_panel
    stats = widget.stats_panel
    rows = stats.competency_rows()
    assert [code for code, _, _ in rows] == ["M.1", "M.2", "M.3", "M.4", "M.5", "M.6", "M.7", "M.8", "SK.1"]
    for _, alpha, _ in rows:
        assert alpha != "—" and len(alpha.split(",")[1]) == 2  # two decimals, Indonesian comma
    assert dict((c, a) for c, a, _ in rows)["M.1"] == "1,00"
    assert "1 = sepakat penuh, 0 = setara kebetulan" in stats.explanation.text()
    assert stats.overall_label.text().startswith("α keseluruhan (semua kompetensi): 0,20")
    assessors = stats.assessor_rows()
    assert {a for a, _, _ in assessors} == PANEL
    assert all(tendency == "seimbang" for _, _, tendency in assessors)


def test_leniency_words_follow_the_thresholds(qapp):
    from desktop.gui import i18n
    from desktop.gui.meeting_stats import LENIENT_FROM, SEVERE_FROM, InterRaterPanel

    panel = InterRaterPanel(i18n.locale_for("id"))
    assert panel.tendency(LENIENT_FROM) == "cenderung murah" and panel.signed(LENIENT_FROM) == "+0,40"
    assert panel.tendency(SEVERE_FROM) == "cenderung ketat" and panel.signed(SEVERE_FROM) == "-0,40"
    assert panel.tendency(0.396) == "cenderung murah"  # classified as printed: +0,40
    assert panel.tendency(0.1) == panel.tendency(-0.39) == "seimbang"
    assert panel.alpha_text(None) == "—" and panel.signed(-0.001) == "0,00"
    panel.deleteLater()


def test_an_individual_rating_is_amended_with_a_reason(meeting, open_widget, qtbot):
    path, service, uuid = meeting
    widget = open_widget(service, uuid)
    widget.select_assessee(DODI)
    lgd = widget.grid_headers().index("LGD")
    widget.focus_row(2, lgd)  # M.3, Agus's LGD rating: 4
    assert widget.grid_rows()[2][lgd] == "4 (ASS)"
    qtbot.keyClick(focused(), Qt.Key.Key_F2)
    assert widget.amendment_open()
    assert widget.amend_rating_combo.currentText() == f"Diskusi Kelompok Tanpa Pemimpin (LGD) · {AGUS}: level 4"
    assert "log audit" in widget.amend_note.text()
    widget.amend_level_combo.setCurrentIndex(widget.amend_level_combo.findData(2))
    widget.amend_evidence_edit.setPlainText("hanya sekali berbicara dalam diskusi")
    with qtbot.assertNotEmitted(widget.session_changed):
        qtbot.mouseClick(widget.amend_save_button, Qt.MouseButton.LeftButton)
    assert widget.amend_text() == "⚠ amandemen penilaian wajib disertai alasan"
    widget.amend_reason_edit.setFocus()
    qtbot.keyClicks(widget.amend_reason_edit, "salah ketik pada formulir kertas")
    with qtbot.waitSignal(widget.session_changed):
        qtbot.keyClick(widget.amend_reason_edit, Qt.Key.Key_Return)
    assert not widget.amendment_open()
    assert "tercatat di log audit" in widget.decision_text() and "level 4 → 2" in widget.decision_text()
    assert widget.grid_rows()[2][lgd] == "2✎ (ASS)"
    assert "diamandemen oleh ketua: 4 → 2; alasan: salah ketik" in widget.evidence_view.toPlainText()
    store, fresh = read_back(path, uuid)
    try:
        event = fresh.document(uuid)["audit"][-1]
        assert (event["action"], event["reason"]) == ("rating.amend", "salah ketik pada formulir kertas")
        assert (event["data"]["old"]["level"], event["data"]["new"]["level"]) == (4, 2)
        fresh.verify(uuid)
    finally:
        store.close()
    # Esc closes the form without saving.
    qtbot.keyClick(widget.table, Qt.Key.Key_F2)
    assert widget.amendment_open()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not widget.amendment_open() and focused() is widget.table


def test_a_sealed_session_is_read_only(sealed_store, open_widget, qtbot):
    path, uuid = sealed_store
    store = open_centre_store(path)
    try:
        service = AssessmentService(store, actor="ketua")
        widget = open_widget(service, uuid)
        code = service.info(uuid).seal_code
        assert widget.status is SessionStatus.SEALED
        assert widget.state_title.text() == f"Sesi tersegel · kode segel {code}"
        for button in (widget.open_button, widget.integrate_button, widget.seal_button):
            assert not button.isVisibleTo(widget)
        assert not widget.controls.isVisibleTo(widget)
        assert "hanya dapat dibaca" in widget.read_only_note.text()
        widget.select_assessee(DODI)
        before = [r[-1] for r in widget.grid_rows()]
        assert all(text.startswith("✓ ") for text in before)
        widget.focus_row(0)
        with qtbot.assertNotEmitted(widget.session_changed):
            qtbot.keyClick(widget.table, Qt.Key.Key_1)
            qtbot.keyClick(widget.table, Qt.Key.Key_Return)
            qtbot.keyClick(widget.table, Qt.Key.Key_F2)
        assert "sudah disegel" in widget.banner_text()
        assert not widget.amendment_open()
        assert [r[-1] for r in widget.grid_rows()] == before
        service.verify(uuid)
    finally:
        store.close()


def test_a_sealed_session_is_reopened_for_correction_by_the_ketua_with_a_reason(sealed_store, open_widget, qtbot):
    from desktop.services.accounts import AccountService, CentreProfile, Role

    path, uuid = sealed_store
    store = open_centre_store(path)
    try:
        accounts = AccountService(store)
        admin = accounts.first_run(CentreProfile("UPT Contoh", "BKD Contoh", "Kepala"), "admin", "Admin", "sandi-1234")
        accounts.create_user(admin, "wati", "Wati Asesor", Role.ASESOR, "sandi-1234")
        accounts.create_user(admin, "ketua", "Ketua Asesor", Role.KETUA, "sandi-1234")
        as_assessor = open_widget(AssessmentService(store, actor="wati"), uuid)
        assert as_assessor.unseal_button.isVisibleTo(as_assessor) and not as_assessor.reopen_button.isVisibleTo(
            as_assessor)
        qtbot.keyClicks(as_assessor.reopen_reason, "salah ketik")
        qtbot.keyClick(as_assessor.reopen_reason, Qt.Key.Key_Return)
        assert "hanya ketua asesor atau administrator" in as_assessor.banner_text()
        assert as_assessor.status is SessionStatus.SEALED
        widget = open_widget(AssessmentService(store, actor="ketua"), uuid)
        qtbot.mouseClick(widget.unseal_button, Qt.MouseButton.LeftButton)
        assert "alasan" in widget.banner_text() and widget.status is SessionStatus.SEALED
        qtbot.keyClicks(widget.reopen_reason, "NIP peserta salah ketik, ditemukan BKD")
        with qtbot.waitSignal(widget.session_changed):
            qtbot.mouseClick(widget.unseal_button, Qt.MouseButton.LeftButton)
        assert widget.status is SessionStatus.MEETING and widget.seal_button.isVisibleTo(widget)
        assert not widget.unseal_button.isVisibleTo(widget)
        assert "Segel dibuka untuk koreksi" in widget.banner_text()
        reopened = [ev for ev in AssessmentService(store, actor="x").document(uuid)["audit"]
                    if ev["action"] == "session.reopen"]
        assert [(ev["actor"], ev["reason"]) for ev in reopened] == [("ketua", "NIP peserta salah ketik, ditemukan BKD")]
    finally:
        store.close()


def test_the_agenda_puts_the_most_to_discuss_first_or_sorts_by_number(meeting, open_widget):
    _, service, uuid = meeting
    widget = open_widget(service, uuid)
    entries = widget.agenda_entries()
    assert entries[0].startswith("1. Rina Lestari Fiktif\n⚑ 5 perlu dibahas · 0/9 final")
    assert entries[-1].startswith("2. Dodi Pratama Contoh\n⚑ 4 perlu dibahas")
    widget.order_combo.setCurrentIndex(widget.order_combo.findData("number"))
    assert [e.split(".")[0] for e in widget.agenda_entries()] == ["1", "2", "3", "4", "5", "6"]
    assert widget.agenda_list.currentItem().text().startswith("1. Rina")  # the assessee in view stays
    # Alt+PgDn goes on to the next assessee.
    from PySide6.QtTest import QTest

    QTest.keyClick(widget.table, Qt.Key.Key_PageDown, Qt.KeyboardModifier.AltModifier)
    assert widget.assessee_title.text() == "2. Dodi Pratama Contoh"


def test_grid_shows_each_rating_with_its_assessor_and_flags_divergence(meeting, open_widget):
    _, service, uuid = meeting
    widget = open_widget(service, uuid)
    widget.select_assessee(DODI)
    assert widget.grid_headers() == ["Kompetensi", "Standar", "In-tray", "LGD", "Presentasi", "CBI", "Usulan",
                                     "Catatan", "Level akhir"]
    assert widget.grid_rows()[2] == ["M.3 Komunikasi", "3", "3 (RDC)", "4 (ASS)", "4 (BSF)", "4 (RDC)", "4", "",
                                     "—"]
    kerja_sama = widget.grid_rows()[1]
    assert kerja_sama[7] == "⚑ selisih 2 level; di bawah dan di atas standar"
    assert "RDC = Ratna Dewi Contoh, S.Psi., M.M." in widget.legend.text()
    widget.focus_row(1)
    evidence = widget.evidence_view.toPlainText()
    assert f"In-tray · {RATNA}: level 2" in evidence and "Bukti perilaku pada INTRAY" in evidence


def test_short_names_and_labels():
    assert short_names([RATNA, AGUS, BAMBANG]) == {RATNA: "RDC", AGUS: "ASS", BAMBANG: "BSF"}
    assert short_names(["Ani Sari", "Adi Santoso"]) == {"Ani Sari": "Ani Sari", "Adi Santoso": "Adi Santoso"}
    assert simulation_label("LGD", "Diskusi Kelompok Tanpa Pemimpin (LGD)") == "LGD"
    assert simulation_label("CBI", "Wawancara Berbasis Kompetensi") == "CBI"
    assert simulation_label("INTRAY", "In-tray") == "In-tray"


def test_screenshot_is_written(tmp_path, qapp):
    from desktop.gui.meeting import screenshot

    pngs = screenshot(tmp_path)
    assert [p.name for p in pngs] == ["meeting.png", "meeting_stats.png"]
    assert all(p.stat().st_size > 10_000 for p in pngs)


def test_the_meeting_can_go_back_to_rating_with_a_reason(qtbot, draft_store):
    from desktop.domain.model import SessionStatus
    from desktop.gui.meeting import MeetingWidget
    from desktop.services.assessment import AssessmentService
    from desktop.services.demo import submit_all_and_open_meeting
    from desktop.services.stores import open_centre_store

    path, uuid = draft_store
    store = open_centre_store(path)
    service = AssessmentService(store, actor="ketua")
    submit_all_and_open_meeting(service, uuid)
    widget = MeetingWidget(service, uuid)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.reopen_button.isVisible()
    widget.reopen_button.click()  # no reason: refused
    assert service.info(uuid).status is SessionStatus.MEETING
    widget.reopen_reason.setText("Perekat Bangsa perlu simulasi tambahan")
    with qtbot.waitSignal(widget.session_changed):
        widget.reopen_button.click()
    assert service.info(uuid).status is SessionStatus.DRAFT
    assert widget.open_button.isVisible() and not widget.reopen_button.isVisible()
    widget.shutdown()
    store.close()
