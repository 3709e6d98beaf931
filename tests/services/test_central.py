import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.services.assessment import AssessmentService
from desktop.services.bundles import export_bundle
from desktop.services.central import CentralService
from desktop.services.demo import submit_all_and_open_meeting
from desktop.services.stores import open_central_store, open_centre_store
from desktop.storage.central_orm import CentralCompetency, CentralResult, ImportLog

DODI = "197911052005011902"


@pytest.fixture(params=["sqlite", "postgresql"])
def central(request, tmp_path):
    url = str(tmp_path / "central.sqlite") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    store = open_central_store(url)
    yield CentralService(store, actor="operator-bkd", allow_plain=True)  # the bag layer; secure: below
    store.close()


@pytest.fixture
def bundle(sealed_demo, tmp_path) -> Path:
    _, service, uuid = sealed_demo
    return export_bundle(service.document(uuid), tmp_path / "stick")


def _count(service, model) -> int:
    with service.store.transaction() as db:
        return db.scalar(select(func.count()).select_from(model))


def test_importing_twice_stores_the_results_once(central, bundle):
    first, second = central.import_files([bundle, bundle])
    assert first.outcome == "applied" and first.results == 6
    assert second.outcome == "duplicate" and "sudah diimpor pada" in second.message
    rows = central.result_rows()
    assert len(rows) == 6 and len({r["nip"] for r in rows}) == 6
    dodi = next(r for r in rows if r["nip"] == DODI)
    assert (dodi["jpm"], dodi["category"]) == (100.0, "O")
    assert dodi["competencies"]["M.3"] == 4 and dodi["valid_until"]
    assert _count(central, CentralCompetency) == 6 * 9
    assert [row["outcome"] for row in central.import_log()] == ["applied", "duplicate"]


def test_a_rejected_bundle_writes_only_its_log_row(central, bundle, tmp_path):
    altered = tmp_path / "altered.bag.zip"
    raw = bytearray(bundle.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    altered.write_bytes(bytes(raw))
    (outcome,) = central.import_files([altered])
    assert outcome.outcome == "rejected" and outcome.message
    assert _count(central, CentralResult) == 0
    assert _count(central, ImportLog) == 1


def _seal_copy(template: Path, folder: Path, change=None) -> Path:
    """Seal a private copy of the rated sample session (optionally deciding differently); export it."""
    folder.mkdir()
    shutil.copy(template, folder / "centre.sqlite")
    store = open_centre_store(folder / "centre.sqlite")
    try:
        service = AssessmentService(store, actor="laptop")
        uuid = service.sessions()[0].uuid
        submit_all_and_open_meeting(service, uuid)
        service.integrate(uuid)
        if change:
            change(service, uuid)
        service.seal(uuid)
        return export_bundle(service.document(uuid), folder / "stick")
    finally:
        store.close()


def test_same_session_with_different_content_is_a_conflict_not_an_overwrite(central, open_demo_template,
                                                                             tmp_path):
    """Two copies of one session sealed with different decisions: the second is refused, not merged."""
    first = _seal_copy(open_demo_template, tmp_path / "a")
    other = _seal_copy(open_demo_template, tmp_path / "b", lambda service, uuid: service.set_final_level(
        uuid, DODI, "M.3", 3, "keputusan berbeda di laptop lain"))
    assert central.import_file(first).outcome == "applied"
    outcome = central.import_file(other)
    assert outcome.outcome == "rejected" and "konflik" in outcome.message and "tidak ditimpa" in outcome.message
    dodi = next(r for r in central.result_rows() if r["nip"] == DODI)
    assert dodi["competencies"]["M.3"] == 4 and len(central.result_rows()) == 6


def test_a_paper_sheet_is_checked_by_its_code(central, bundle, sealed_demo):
    _, service, uuid = sealed_demo
    central.import_file(bundle)
    dodi = next(r for r in service.results(uuid) if r.nip == DODI)
    typed = dodi.sheet_code_display.lower().replace("-", " ")  # as a person might type it
    ok = central.check_sheet(typed, {"nip": "19791105 200501 1 902", "jpm": "100,00", "category": "O"})
    assert ok.matches and "COCOK" in ok.message and ok.facts["name"] == "Dodi Pratama Contoh"
    altered = central.check_sheet(dodi.sheet_code, {"jpm": "95,00", "M.6": "3"})
    assert not altered.matches
    assert {d[0] for d in altered.differences} == {"jpm", "M.6"} and "tersimpan 100,00" in altered.message
    assert not central.check_sheet("0000-0000-0000").matches
    assert "tidak sah" in central.check_sheet("12345").message


def test_random_codes_never_match(central, bundle):
    import random

    central.import_file(bundle)
    rng = random.Random(7)
    hits = sum(central.check_sheet(f"{rng.getrandbits(48):012X}").matches for _ in range(2000))
    assert hits == 0


def test_secure_bundles_import_once_and_plain_bags_are_refused(request, sealed_demo, tmp_path, central):
    from desktop.services.keys import write_demo_keys
    from desktop.services.secure_bundles import write_secure_bundle

    _, service, uuid = sealed_demo
    keys = write_demo_keys(tmp_path / "keys")
    secure = CentralService(central.store, actor="operator-bkd", identities=[keys.bkd])
    plain = export_bundle(service.document(uuid), tmp_path / "plain")
    refused = secure.import_file(plain)
    assert refused.outcome == "rejected" and "bukan bundel aman" in refused.message
    signed = write_secure_bundle(service.document(uuid), tmp_path / "stick", keys.centre, [keys.bkd.recipient],
                                 "pusat-contoh", 1)
    unknown = secure.import_file(signed)
    assert unknown.outcome == "rejected" and keys.centre.key_id in unknown.message  # not on the trust list yet
    secure.trust.add("UPT Contoh", keys.centre.public_key)
    first, second = secure.import_files([signed, signed])
    assert (first.outcome, second.outcome) == ("applied", "duplicate")
    assert len(secure.result_rows()) == 6
