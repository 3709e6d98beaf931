"""Secure bundles: export of a 40-assessee session, import of 1,000 sessions into PostgreSQL, re-import.

The 40-assessee session is built and sealed once through the real services (set-up, every rating
typed through set_rating, forms submitted, meeting, consensus, seal: about 1,700 audit events). The
1,000 sessions of the import benchmark are derived from it by tests/services/test_central_races.py's
SessionDeriver (new uuids and NIPs, the chain re-hashed with the centre's own event_hash and sealed at
its new head), then bagged, encrypted and signed by the real export code, ten sessions per bundle
(one process per core makes them): every bundle passes every check BKD makes.

- export: `write_secure_bundle` of the session (its document in memory: bag with the audit chain
  verified, age encryption, signature, atomic write with fsync, read back), against writing the same
  JSON into an uncompressed zip file with fsync. Medians of interleaved runs; figure = ours / baseline.
- import: CentralService.import_files of the 100 bundles (1,000 sessions, 40,000 results, 360,000
  competency rows) into a fresh PostgreSQL database, every check included, against a plain COPY of the
  same rows (dumped from that database with COPY TO, then loaded with COPY FROM into a fresh database
  of the same schema, in one transaction) made in the same run. Figure = COPY time / import time;
  goal >= 0.25x.
- re-import: the same 100 files again (each answered "sudah diimpor" from its SHA-256, nothing
  decrypted); figure = re-import time / first import time; goal <= 5 %.

ASESMEN_BENCH_SESSIONS scales the import (default 1000, a multiple of 10).
"""

from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import os
import statistics
import tempfile
import time
import zipfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import psycopg
import pytest

from desktop import resources
from desktop.services import keys
from desktop.services.assessment import AssessmentService
from desktop.services.central import CentralService
from desktop.services.demo import finish_by_consensus, load_demo
from desktop.services.files import write_atomic
from desktop.services.secure_bundles import seal_documents, write_secure_bundle
from desktop.services.stores import open_central_store, open_centre_store
from tests.services.test_central_races import SessionDeriver

pytestmark = pytest.mark.bench
SESSIONS = int(os.environ.get("ASESMEN_BENCH_SESSIONS", "1000"))
PER_BUNDLE = 10
ASSESSEES = 40
EXPORT_RUNS = 7
IMPORT_GOAL, IMPORT_FLOOR = 0.25, 0.15
REIMPORT_GOAL, REIMPORT_CEILING = 0.05, 0.10
TABLES = ("person", "central_session", "central_result", "central_competency", "imported_bundle", "import_log")


def forty_assessees() -> dict:
    """The sample data with 40 assessees (the six sample people repeated, with their own NIPs)."""
    data = resources.load_json("sample", "demo.json")
    people = []
    for i in range(ASSESSEES):
        person = dict(data["assessees"][i % len(data["assessees"])])
        born = dt.date(1975, 1, 1) + dt.timedelta(days=97 * i)
        person["nip"] = f"{born:%Y%m%d}{2005 + i % 10}0{1 + i % 9}{'1' if person['sex'] == 'L' else '2'}{900 + i:03d}"
        person["name"] = f"{person['name']} {i + 1}"
        person.pop("ratings", None)
        people.append(person)
    return {**data, "assessees": people}


@pytest.fixture(scope="module")
def sealed_40(tmp_path_factory):
    """(store path, session uuid, document) of a sealed 40-assessee session built through the services."""
    path = tmp_path_factory.mktemp("bench-40") / "centre.sqlite"
    store = open_centre_store(path)
    service = AssessmentService(store, actor="bench")
    uuid = load_demo(service, forty_assessees())
    finish_by_consensus(service, uuid)
    document = service.document(uuid)
    store.close()
    assert len(document["assessees"]) == ASSESSEES and document["session"]["seal_hash"]
    return path, uuid, document


@pytest.fixture(scope="module")
def demo_keys(tmp_path_factory):
    return keys.write_demo_keys(tmp_path_factory.mktemp("bench-keys"))


def _baseline_zip(document: dict, folder: Path) -> None:
    text = json.dumps(document, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    with open(folder / "session.zip", "wb") as fh:
        with zipfile.ZipFile(fh, "w", compression=zipfile.ZIP_STORED) as zf:
            zf.writestr("session.json", text)
        fh.flush()
        os.fsync(fh.fileno())


def test_bench_export_of_a_40_assessee_session(sealed_40, demo_keys, tmp_path):
    path, uuid, document = sealed_40
    store = open_centre_store(path)
    started = time.perf_counter()
    assert AssessmentService(store, actor="bench").document(uuid) == document
    read = time.perf_counter() - started
    store.close()
    ours, base = [], []
    for run in range(EXPORT_RUNS):
        folder = tmp_path / f"run{run}"
        folder.mkdir()
        started = time.perf_counter()
        bundle = write_secure_bundle(document, folder, demo_keys.centre, [demo_keys.bkd.recipient], "upt-bench",
                                     run + 1)
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        _baseline_zip(document, folder)
        base.append(time.perf_counter() - started)
    size = bundle.stat().st_size
    ratio = statistics.median(ours) / statistics.median(base)
    print(f"\nBENCH export-40 {statistics.median(ours) * 1000:.0f} ms per bundle of {size / 1e6:.1f} MB "
          f"(JSON into a stored zip: {statistics.median(base) * 1000:.0f} ms; ratio {ratio:.2f}x); reading the "
          f"session from the store: {read * 1000:.0f} ms")


_WORKER: dict = {}


def _worker_start(document: dict, key_id: bytes, secret: bytes, recipient: str) -> None:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    _WORKER.update(deriver=SessionDeriver(document), recipient=recipient,
                   key=keys.CentreSigningKey(key_id, Ed25519PrivateKey.from_private_bytes(secret)))


def _make_bundle(number: int, folder: str) -> Path:
    """Bundle `number` (from 0): sessions number*10+1 .. number*10+10, sealed by the real export code."""
    docs = [_WORKER["deriver"].derive(number * PER_BUNDLE + i + 1) for i in range(PER_BUNDLE)]
    meta, raw = seal_documents(docs, _WORKER["key"], [_WORKER["recipient"]], "upt-bench", number + 1)
    return write_atomic(Path(folder) / meta.file_name, raw)


def _generate(document: dict, folder: Path, demo_keys) -> list[Path]:
    """The bundles, made by one process per core (each derives, bags, encrypts and signs its share)."""
    centre = demo_keys.centre
    start = (document, centre.key_id_raw, centre.private.private_bytes_raw(), demo_keys.bkd.recipient)
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1, mp_context=multiprocessing.get_context("fork"),
                             initializer=_worker_start, initargs=start) as pool:
        return list(pool.map(_make_bundle, range(SESSIONS // PER_BUNDLE), [str(folder)] * (SESSIONS // PER_BUNDLE)))


def _psycopg(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def _copy_baseline(source_url: str, target_url: str, dump: Path) -> tuple[float, int]:
    """Dump the imported rows with COPY TO (not timed), then time COPY FROM into a fresh database."""
    rows = 0
    with psycopg.connect(_psycopg(source_url)) as conn:
        for table in TABLES:
            with (dump / table).open("wb") as fh, conn.cursor().copy(f"COPY {table} TO STDOUT") as copy:
                for chunk in copy:
                    fh.write(chunk)
            rows += conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    open_central_store(target_url).close()  # the same schema, empty
    with psycopg.connect(_psycopg(target_url)) as conn:
        started = time.perf_counter()
        with conn.transaction():
            for table in TABLES:
                with (dump / table).open("rb") as fh, conn.cursor().copy(f"COPY {table} FROM STDIN") as copy:
                    while chunk := fh.read(1 << 20):
                        copy.write(chunk)
        elapsed = time.perf_counter() - started
    return elapsed, rows


def test_bench_import_of_1000_sessions_into_postgresql(sealed_40, demo_keys, postgres_server):
    _, _, document = sealed_40
    with tempfile.TemporaryDirectory(prefix="asesmen-bench-bundles-") as tmp:
        folder = Path(tmp)
        (folder / "stick").mkdir()
        (folder / "dump").mkdir()
        started = time.perf_counter()
        paths = _generate(document, folder / "stick", demo_keys)
        generated = time.perf_counter() - started
        megabytes = sum(p.stat().st_size for p in paths) / 1e6

        url = postgres_server.new_database()
        store = open_central_store(url)
        try:
            central = CentralService(store, actor="bench", identities=[demo_keys.bkd])
            central.trust.add("UPT Bench", demo_keys.centre.public_key)
            started = time.perf_counter()
            first = central.import_files(paths)
            imported = time.perf_counter() - started
            assert {o.outcome for o in first} == {"applied"}, [o.message for o in first if o.outcome != "applied"]
            assert sum(o.sessions for o in first) == SESSIONS and sum(o.results for o in first) == SESSIONS * ASSESSEES
            started = time.perf_counter()
            again = central.import_files(paths)
            reimported = time.perf_counter() - started
            assert {o.outcome for o in again} == {"duplicate"}
        finally:
            store.close()
        copied, rows = _copy_baseline(url, postgres_server.new_database(), folder / "dump")

    ratio = copied / imported
    share = reimported / imported
    print(f"\nBENCH import-{SESSIONS} {imported:.1f} s for {SESSIONS} sessions of {ASSESSEES} assessees in "
          f"{len(paths)} bundles ({megabytes:.0f} MB; {SESSIONS / imported:.1f} sessions/s); plain COPY of the same "
          f"{rows} rows {copied:.1f} s: ratio {ratio:.2f}x, goal >= {IMPORT_GOAL}x: "
          f"{'met' if ratio >= IMPORT_GOAL else 'NOT met'} (generating the bundles took {generated:.0f} s)")
    print(f"BENCH reimport-{SESSIONS} {reimported:.2f} s = {share * 100:.1f} % of the first import, goal <= "
          f"{REIMPORT_GOAL * 100:.0f} %: {'met' if share <= REIMPORT_GOAL else 'NOT met'}")
    assert ratio >= IMPORT_FLOOR, f"import at {ratio:.2f}x of COPY (floor {IMPORT_FLOOR}x)"
    assert share <= REIMPORT_CEILING, f"re-import at {share * 100:.1f} % of the first import"


def test_the_baseline_zip_holds_the_same_json(sealed_40, tmp_path):
    """(Not a benchmark figure: checks that the export baseline writes what it claims.)"""
    _, _, document = sealed_40
    _baseline_zip(document, tmp_path)
    with zipfile.ZipFile(tmp_path / "session.zip") as zf:
        assert json.loads(zf.read("session.json")) == document
        assert zf.infolist()[0].compress_type == zipfile.ZIP_STORED
