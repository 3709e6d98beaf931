"""Data for the tests of BKD's central workspace (services and screens), built through the real paths.

The talent data: two sessions of the fictional sample, sealed on fixed days (2023-03-10 and 2025-06-02),
exported as secure bundles (signed, encrypted) and imported by CentralService. Session 2023: all six sample
assessees. Session 2025: Dodi, Rina and Andi again, with different levels (Andi improves, Rina drops in
M.1, Dodi closes his M.6 gap). The e-kinerja fixture files are in FIXTURES.

The central sample of the screens (desktop.gui.central_window.build_sample_central) is built once per
module and copied per test with `copy_sample`.
"""

from __future__ import annotations

import copy
import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from desktop import resources
from desktop.services.assessment import AssessmentService
from desktop.services.central import CentralService
from desktop.services.demo import finish_by_consensus, load_demo
from desktop.services.keys import write_demo_keys
from desktop.services.secure_bundles import write_secure_bundle
from desktop.services.stores import Store, open_central_store, open_centre_store
from desktop.storage import orm

if TYPE_CHECKING:
    from desktop.gui.central_window import SampleCentral

FIXTURES = Path(__file__).parent / "fixtures" / "import"
DODI, RINA, ANDI = "197911052005011902", "198203142006042901", "199007222015031903"
SARI, BUDI, MAYA = "198512302010122904", "199402112019031905", "198804052011012906"
SEALED_2023, SEALED_2025 = dt.datetime(2023, 3, 10, 9, 30), dt.datetime(2025, 6, 2, 14, 0)


# -- the talent data, through the real import path ----------------------------------------------------
def sample_data(title: str, keep: set[str] | None = None, profiles: dict[str, list[int]] | None = None) -> dict:
    data = copy.deepcopy(resources.load_json("sample", "demo.json"))
    data["session"]["title"] = title
    people = [a for a in data["assessees"] if keep is None or a["nip"] in keep]
    for a in people:
        if profiles and a["nip"] in profiles:
            a["profile"] = profiles[a["nip"]]
            a.pop("ratings", None)
    data["assessees"] = people
    return data


def sealed_bundle(folder: Path, keys, data: dict, sealed_at: dt.datetime, sequence: int) -> Path:
    """A centre seals `data` on the day given (the clock is set for the seal only) and exports it."""
    folder.mkdir(parents=True, exist_ok=True)
    store = open_centre_store(folder / "centre.sqlite")
    try:
        service = AssessmentService(store, actor="laptop")
        uuid = load_demo(service, data)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(orm, "utcnow", lambda: sealed_at)
            finish_by_consensus(service, uuid)
        return write_secure_bundle(service.document(uuid), folder / "stick", keys.centre, [keys.bkd.recipient],
                                   "upt-contoh", sequence)
    finally:
        store.close()


def two_sessions(folder: Path):
    """(keys, [bundle 2023, bundle 2025]) of the sample, as described in the module docstring."""
    keys = write_demo_keys(folder / "keys")
    first = sealed_bundle(folder / "a", keys, sample_data("Pemetaan Kompetensi 2023 (FIKTIF)"), SEALED_2023, 1)
    second = sealed_bundle(folder / "b", keys, sample_data(
        "Pemetaan Kompetensi 2025 (FIKTIF)", keep={DODI, RINA, ANDI},
        profiles={ANDI: [3, 3, 3, 3, 3, 3, 3, 3, 3], RINA: [2, 3, 3, 3, 2, 3, 3, 3, 3],
                  DODI: [3, 3, 4, 3, 3, 3, 3, 3, 3]}), SEALED_2025, 2)
    return keys, [first, second]


def import_into(url: str, keys, bundles: list[Path]) -> Store:
    store = open_central_store(url)
    central = CentralService(store, actor="operator", identities=[keys.bkd])
    central.trust.add("UPT Penilaian Kompetensi Contoh", keys.centre.public_key)
    outcomes = central.import_files(bundles)
    assert [o.outcome for o in outcomes] == ["applied"] * len(bundles), [o.message for o in outcomes]
    return store


_BUILT: dict = {}


def cached_sessions(tmp_path_factory):
    """two_sessions, built once per test run for every module that needs it."""
    if "sessions" not in _BUILT:
        _BUILT["sessions"] = two_sessions(tmp_path_factory.mktemp("talent-bundles"))
    return _BUILT["sessions"]


# -- the screens' central sample ----------------------------------------------------------------------
def copy_sample(template: SampleCentral, folder: Path) -> SampleCentral:
    """A private copy of the sample's central database (the bundles are only read)."""
    folder.mkdir(parents=True, exist_ok=True)
    for suffix in ("", "-wal", "-shm"):
        src = Path(f"{template.location}{suffix}")
        if src.exists():
            shutil.copy(src, folder / f"central.sqlite{suffix}")
    return replace(template, location=folder / "central.sqlite")
