"""Rating steps over a real store: the step is a session setting, half levels are stored exactly, the
meeting and BKD read them, and a session on whole levels writes exactly the bytes it always wrote."""

from __future__ import annotations

import datetime as real_dt
import hashlib
import json
import sqlite3
import subprocess
import types
import uuid as uuidlib

import pytest

from desktop.domain.errors import AsesmenError, ValidationError
from desktop.services import observation_forms, setup
from desktop.services.assessment import AssessmentService
from desktop.services.bundles import export_bundle
from desktop.services.central import CentralService
from desktop.services.demo import finish_by_consensus, load_demo, submit_all_and_open_meeting
from desktop.services.keys import write_demo_keys
from desktop.services.meeting import interrater, meeting_view
from desktop.services.secure_bundles import write_secure_bundle
from desktop.services.stores import open_central_store, open_centre_store
from tests.half_steps import DODI, build_half_step_sample

RATNA = "Ratna Dewi Contoh, S.Psi., M.M."  # rates Dodi in In-tray and CBI


@pytest.fixture
def centre(tmp_path):
    store = open_centre_store(tmp_path / "half.sqlite")  # not centre.sqlite: open_demo copies to that name
    yield tmp_path / "half.sqlite", AssessmentService(store, actor="admin")
    store.close()


@pytest.fixture
def unrated(centre):
    """The sample session set up on half levels, nobody has rated yet."""
    path, service = centre
    return path, service, build_half_step_sample(service, rate=False)


@pytest.fixture
def half(centre):
    path, service = centre
    return path, service, build_half_step_sample(service)


def _raw(path, sql: str, *args):
    con = sqlite3.connect(path)
    try:
        return con.execute(sql, args).fetchall()
    finally:
        con.close()


# -- the setting ------------------------------------------------------------------------------------
def test_the_step_is_an_audited_change_of_the_pinned_rules(centre):
    _, service = centre
    uuid = service.create_session("Sesi setengah level", "pemetaan")
    assert service.document(uuid)["rules"]["rules"]["rating"] == {"min": 1, "max": 5, "step": 1}

    assert setup.set_rating_step(service, uuid, "0,5") is True  # as typed in Indonesian, too
    assert setup.set_rating_step(service, uuid, 0.5) is False  # already so: no second event

    doc = service.document(uuid)
    assert doc["rules"]["rules"]["rating"] == {"min": 1, "max": 5, "step": 0.5}
    changes = [ev for ev in doc["audit"] if ev["action"] == "session.rules.set"]
    assert len(changes) == 1 and changes[0]["actor"] == "admin"
    assert changes[0]["data"] == {"old": {"rating": {"min": 1, "max": 5, "step": 1}},
                                  "new": {"rating": {"min": 1, "max": 5, "step": 0.5}}}
    assert setup.setup_view(service, uuid).scale == (1, 1.5, 2, 2.5, 3, 3.5, 4, 4.5, 5)
    service.verify(uuid)

    assert setup.set_rating_step(service, uuid, 1) is True  # back to whole levels: the int of rules.json
    assert service.document(uuid)["rules"]["rules"]["rating"]["step"] == 1
    assert type(service.document(uuid)["rules"]["rules"]["rating"]["step"]) is int


@pytest.mark.parametrize("step", [0.25, 2, "setengah", 0])
def test_only_whole_or_half_steps_are_offered(centre, step):
    _, service = centre
    uuid = service.create_session("Sesi", "pemetaan")
    with pytest.raises(ValidationError, match="harus 1 .level bulat. atau 0,5|tidak dikenal"):
        setup.set_rating_step(service, uuid, step)


def test_the_step_is_refused_once_the_session_has_a_rating(unrated):
    _, service, uuid = unrated
    service.set_rating(uuid, DODI, "INTRAY", RATNA, "M.1", 3.5, "bukti")
    with pytest.raises(ValidationError, match="sudah memiliki 1 penilaian"):
        setup.set_rating_step(service, uuid, 1)
    assert service.document(uuid)["rules"]["rules"]["rating"]["step"] == 0.5
    view = setup.setup_view(service, uuid)
    assert (view.level_step, view.ratings) == (0.5, 1)


def test_a_sealed_or_rated_sample_session_keeps_its_step(sealed_demo):
    _, service, uuid = sealed_demo
    with pytest.raises(AsesmenError, match="disegel"):
        setup.set_rating_step(service, uuid, 0.5)


# -- storing and validating -------------------------------------------------------------------------
def test_half_levels_are_stored_exactly_and_whole_levels_as_integers(unrated):
    path, service, uuid = unrated
    service.set_rating(uuid, DODI, "INTRAY", RATNA, "M.1", 3.5, "a")
    service.set_rating(uuid, DODI, "INTRAY", RATNA, "M.2", 4.0, "b")  # a float from a widget: still int 4
    service.set_rating(uuid, DODI, "INTRAY", RATNA, "M.3", 2, "c")

    stored = _raw(path, "SELECT competency_code, typeof(level), level FROM rating ORDER BY competency_code")
    assert stored == [("M.1", "real", 3.5), ("M.2", "integer", 4), ("M.3", "integer", 2)]
    items = {i.code: i.level for i in service.form(uuid, DODI, "INTRAY", RATNA).items}
    assert (items["M.1"], items["M.2"], items["M.3"]) == (3.5, 4, 2) and type(items["M.2"]) is int
    events = [ev for ev in service.document(uuid)["audit"] if ev["action"] == "rating.set"]
    assert [ev["data"]["new"]["level"] for ev in events] == [3.5, 4, 2]
    assert '"level": 4,' in json.dumps(events[1]["data"]["new"])  # not 4.0: the bytes of a whole level
    service.verify(uuid)


@pytest.mark.parametrize(("level", "message"), [
    (3.25, r"level 3,25 tidak sah: sesi ini memakai langkah 0,5"),
    (5.5, "level 5,5 di luar skala 1-5"),
])
def test_a_half_step_session_refuses_levels_off_its_grid(unrated, level, message):
    path, service, uuid = unrated
    with pytest.raises(ValidationError, match=message):
        service.set_rating(uuid, DODI, "INTRAY", RATNA, "M.1", level, "a")
    assert _raw(path, "SELECT count(*) FROM rating") == [(0,)]


@pytest.mark.parametrize("level", [3.5, 3.25])
def test_a_whole_level_session_refuses_halves(open_demo, level):
    store, service, uuid = open_demo
    before = service.form(uuid, DODI, "INTRAY", RATNA).items[0].level
    with pytest.raises(ValidationError, match="tidak sah: sesi ini memakai level bulat 1-5"):
        service.set_rating(uuid, DODI, "INTRAY", RATNA, "M.1", level, "a")
    assert service.form(uuid, DODI, "INTRAY", RATNA).items[0].level == before


def test_standards_stay_whole_in_a_half_step_session(unrated):
    _, service, uuid = unrated
    with pytest.raises(ValidationError, match="level standar harus bilangan bulat, bukan 3,5"):
        setup.set_standard(service, uuid, "Sekretaris Dinas", "M.1", 3.5)


# -- the integration meeting ------------------------------------------------------------------------
def test_the_proposal_is_the_median_rounded_to_a_whole_level(half):
    _, service, uuid = half
    submit_all_and_open_meeting(service, uuid)
    rows = {r.code: r for r in meeting_view(service, uuid, DODI).rows}
    # worked examples (rules.json: median, half_up)
    assert [c.level for c in rows["M.2"].ratings] == [3, 3.5, 4] and rows["M.2"].proposed == 4  # median 3,5
    assert [c.level for c in rows["M.1"].ratings] == [3, 3.5] and rows["M.1"].proposed == 3  # median 3,25
    assert [c.level for c in rows["M.3"].ratings] == [4, 4.5, 4, 3.5] and rows["M.3"].proposed == 4
    assert [c.shown for c in rows["M.2"].ratings] == ["3", "3,5", "4"]
    assert rows["M.4"].divergence == "selisih 2,5 level; di bawah dan di atas standar"  # 1,5 / 3 / 4
    assert rows["M.4"].proposed == 3 and not rows["M.2"].divergence

    stats = interrater(service, uuid)
    assert stats.overall_alpha is not None and -1 < stats.overall_alpha < 1
    assert all(isinstance(a.mean_deviation, float) for a in stats.assessors)


def test_final_levels_are_whole_and_a_half_step_session_seals_verifies_and_scores(half):
    _, service, uuid = half
    submit_all_and_open_meeting(service, uuid)
    with pytest.raises(ValidationError, match="level akhir harus bilangan bulat, bukan 3,5"):
        service.set_final_level(uuid, DODI, "M.2", 3.5, "alasan")
    service.amend_rating(uuid, DODI, "INTRAY", RATNA, "M.2", 2.5, "bukti ditinjau ulang", "salah baca memo")
    with pytest.raises(ValidationError, match="langkah 0,5"):
        service.amend_rating(uuid, DODI, "INTRAY", RATNA, "M.2", 2.75, "x", "x")
    row = next(r for r in meeting_view(service, uuid, DODI).rows if r.code == "M.2")
    assert [c.level for c in row.ratings] == [2.5, 3.5, 4] and row.proposed == 4  # median 3,5 -> 4

    service.integrate(uuid)
    seal = service.seal(uuid)
    service.verify(uuid)
    doc = service.document(uuid)
    assert doc["session"]["seal_hash"] == seal
    assert all(type(f["level"]) is int for f in doc["final_levels"])
    assert {type(r["level"]) for r in doc["ratings"]} == {int, float}
    dodi = next(r for r in service.results(uuid) if r.nip == DODI)
    assert {c.code: c.achieved for c in dodi.competencies}["M.2"] == 4
    assert dodi.jpm == 100.0 and dodi.category_code == "O"


def test_a_sealed_half_step_session_is_exported_and_imported_at_bkd(half, tmp_path):
    _, service, uuid = half
    finish_by_consensus(service, uuid)
    bundle = export_bundle(service.document(uuid), tmp_path / "stick")
    store = open_central_store(str(tmp_path / "central.sqlite"))
    try:
        central = CentralService(store, actor="operator-bkd", allow_plain=True)
        (outcome,) = central.import_files([bundle])
        assert outcome.outcome == "applied", outcome.message
        rows = {r["nip"]: r for r in central.result_rows()}
        assert len(rows) == 6 and rows[DODI]["competencies"]["M.2"] == 4
        assert central.import_files([bundle])[0].outcome == "duplicate"
    finally:
        store.close()
    # the secure bundle (signed, encrypted) as a centre sends it
    keys = write_demo_keys(tmp_path / "keys")
    secure = write_secure_bundle(service.document(uuid), tmp_path / "bundles", keys.centre, [keys.bkd.recipient],
                                 "pusat-asesmen-uji", 1)
    store = open_central_store(str(tmp_path / "central-secure.sqlite"))
    try:
        central = CentralService(store, actor="operator-bkd", identities=[keys.bkd])
        central.trust.add("UPT uji", keys.centre.public_key)
        (outcome,) = central.import_files([secure])
        assert outcome.outcome == "applied", outcome.message
        assert {r["nip"]: r for r in central.result_rows()}[DODI]["competencies"]["M.2"] == 4
    finally:
        store.close()


# -- the blank observation forms ----------------------------------------------------------------------
def _text(pdf) -> str:
    return " ".join(subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())


def test_the_paper_forms_print_the_scale_of_the_session(unrated, open_demo, tmp_path):
    _, service, uuid = unrated
    [first, *_] = observation_forms.write_observation_forms(service, uuid, tmp_path / "half")
    text = _text(first)
    assert "Skala penilaian : 1 – 5 dengan setengah level (1; 1,5; 2; … 5)" in text
    for half in ("1,5", "2,5", "3,5", "4,5"):
        assert f"{half} di antara level {half[0]} dan {int(half[0]) + 1}" in text
    assert "berarti di antara level 3 dan 4" in text

    _, whole_service, whole_uuid = open_demo
    [first, *_] = observation_forms.write_observation_forms(whole_service, whole_uuid, tmp_path / "whole")
    text = _text(first)
    assert "Skala penilaian : 1 – 5, level bulat" in text and "di antara level" not in text


# -- whole-level sessions keep their bytes -----------------------------------------------------------
# The sample session built with a fixed clock and fixed uuids, then integrated and sealed. The two figures
# were computed with the code before rating steps existed (git HEAD 2026-11-29, the same script run from
# `git archive HEAD`): the seal and the sha256 of the ratings, final levels and audit events are unchanged.
# (They follow the sample data and rules files: if those change on purpose, recompute them from the code
# before such a change.)
# Recomputed once, on purpose, when the seal event began to carry the digest of the sealed content
# (document.content_digest): only the seal event's data changed, and with it the seal.
GOLDEN_SEAL = "ec0b1a207a40c44dadabd0c40eb05328c591efd1e3cf900f86aad0dff00da739"
GOLDEN_CONTENT = "7ff672e34ee494d4bc920410e6982effd26f99214716062f823e9d7a3f9cd378"


def test_a_sealed_whole_level_session_has_the_same_document_and_seal_as_before(centre, monkeypatch):
    from desktop.storage import audit, orm

    counter = iter(range(1, 10**6))
    monkeypatch.setattr(uuidlib, "uuid4", lambda: uuidlib.UUID(int=next(counter), version=4))
    start = real_dt.datetime(2026, 3, 2, 8, 0, tzinfo=real_dt.UTC)
    ticks = iter(range(10**7))

    class Clock:
        @staticmethod
        def now(tz=None):
            return start + real_dt.timedelta(seconds=next(ticks))

    monkeypatch.setattr(audit, "dt", types.SimpleNamespace(datetime=Clock, UTC=real_dt.UTC))
    monkeypatch.setattr(orm, "utcnow", lambda: real_dt.datetime(2026, 3, 6, 16, 0, tzinfo=real_dt.UTC))
    _, service = centre
    service.actor = "golden"
    uuid = load_demo(service)
    seal = finish_by_consensus(service, uuid)
    doc = service.document(uuid)
    part = json.dumps({"ratings": doc["ratings"], "final_levels": doc["final_levels"], "audit": doc["audit"]},
                      sort_keys=True, ensure_ascii=False).encode()
    assert all(type(r["level"]) is int for r in doc["ratings"])
    assert (seal, hashlib.sha256(part).hexdigest()) == (GOLDEN_SEAL, GOLDEN_CONTENT)
