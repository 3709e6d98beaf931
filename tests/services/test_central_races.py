"""Races and crashes of BKD's import, with real processes, on SQLite and on the real PostgreSQL.

- Two processes import the same secure bundle at the same moment (both past every check before either
  writes): exactly one applies it, the other reports a duplicate, nothing is stored twice.
- An import of a multi-session bundle is killed with SIGKILL inside its transaction (after rows were
  written, before the commit), and at random moments: the database holds all of the bundle or none of
  it, and a later import succeeds.

This module also holds `SessionDeriver`, the fast generator of further sealed sessions from one real
one (used here and by tests/bench/test_bench_bundles.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from desktop.domain.chain import GENESIS, canonical_json, event_hash
from desktop.services import keys as keys_module
from desktop.services.central import CentralService
from desktop.services.document import content_digest
from desktop.services.secure_bundles import write_secure_bundle
from desktop.services.stores import open_central_store
from desktop.storage.central_orm import CentralCompetency, CentralResult, CentralSession, ImportedBundle, ImportLog

ROOT = Path(__file__).parents[2]
KILL_RUNS = int(os.environ.get("ASESMEN_CRASH_RUNS", "3"))
_TOKEN = re.compile(r'([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|"[0-9]{18}")')


# -- deriving further sealed sessions from a real one -------------------------------------------------


class SessionDeriver:
    """Further sealed sessions from one that the real services built and sealed.

    Each derived session is the template under new uuids (every record, every audit event: the first
    eight hex digits become the session's number), with new NIPs for its assessees and a numbered
    title, its audit chain re-hashed with the centre's own event_hash (domain.chain) and its seal set to
    the new head, exactly as sealing does: the result passes every check BKD makes (chain, seal, values
    explained by the log, results re-scored). The template's canonical JSON is split once around its
    uuids and NIPs, so a derivation is a join, a parse and the re-hashing.
    """

    def __init__(self, template: dict) -> None:
        title = json.dumps(template["session"]["title"], ensure_ascii=False)
        self.title = (title, title[:-1] + ' #{index}"')
        nips = {a["nip"]: i for i, a in enumerate(template["assessees"])}
        self.parts = _TOKEN.split(canonical_json(template))
        self.uuids = [i for i in range(1, len(self.parts), 2) if not self.parts[i].startswith('"')]
        self.nips = [(i, nips[self.parts[i][1:-1]]) for i in range(1, len(self.parts), 2)
                     if self.parts[i].startswith('"') and self.parts[i][1:-1] in nips]

    def derive(self, index: int) -> dict:
        if not 0 < index < 16**8:
            raise ValueError("index out of range")
        parts = list(self.parts)
        prefix = f"{index:08x}"
        for i in self.uuids:
            parts[i] = prefix + parts[i][8:]
        born = 19700101 + index  # 18 digits like any NIP, unique per derived session
        for i, n in self.nips:
            parts[i] = f'"{born:08d}{parts[i][9:16]}{n + 1:03d}"'
        text = "".join(parts).replace(self.title[0], self.title[1].replace("{index}", str(index)))
        doc = json.loads(text)
        rechain(doc)
        return doc


def rechain(doc: dict) -> None:
    """Re-hash the audit chain in order, as append_event computes it, and seal at the new head; the seal
    event vouches for the derived content, as AssessmentService.seal would have."""
    for ev in doc["audit"]:
        if ev["hash"] == doc["session"]["seal_hash"]:
            ev["data"]["new"]["content_sha256"] = content_digest(doc)
    renamed: dict[str, str] = {}
    prev = GENESIS
    for ev in doc["audit"]:
        renamed[ev["hash"]] = digest = event_hash(prev, ev)
        ev["prev_hash"], ev["hash"] = prev, digest
        prev = digest
    doc["session"]["seal_hash"] = renamed[doc["session"]["seal_hash"]]


def derive(document: dict, tag: str | int) -> dict:
    """One further sealed session from `document` (see SessionDeriver)."""
    return SessionDeriver(document).derive(int(tag) + 1 if str(tag).isdigit() else hash(tag) % 10_000 + 1)


# -- child processes ----------------------------------------------------------------------------------

CHILD = r"""
import json, os, sys, time
from pathlib import Path
from sqlalchemy import event
from desktop.services.central import CentralService
from desktop.services.keys import load_identity_file
from desktop.services.stores import open_central_store

url, identity, bundle, mode, where = sys.argv[1:6]
store = open_central_store(url)
service = CentralService(store, actor=f"proses-{os.getpid()}", identities=[load_identity_file(Path(identity))])
if mode == "barrier":  # both processes have checked everything; now both write at once
    apply, waited = service._apply, []
    def _apply(db, prepared):
        if not waited:
            waited.append(1)
            Path(where, f"{os.getpid()}.ready").touch()
            deadline = time.monotonic() + 60
            while len(list(Path(where).glob("*.ready"))) < 2 and time.monotonic() < deadline:
                time.sleep(0.005)
        return apply(db, prepared)
    service._apply = _apply
else:  # say so inside the import's transaction: "hang" once every row is written (the bundle's own record
    # is the last insert before the commit) and wait there; "mark" once the sessions are written, and go on
    table = "imported_bundle" if mode == "hang" else "central_session"
    def after(conn, cursor, statement, parameters, context, executemany):
        if statement.startswith(f"INSERT INTO {table} "):
            event.remove(store.engine, "after_cursor_execute", after)
            print("in-transaction", flush=True)
            if mode == "hang":
                sys.stdin.readline()
    event.listen(store.engine, "after_cursor_execute", after)
outcome = service.import_file(Path(bundle))
print(json.dumps({"outcome": outcome.outcome, "message": outcome.message}), flush=True)
store.close()
"""


@contextlib.contextmanager
def _child(url: str, keys: Path, bundle: Path, mode: str, where: Path) -> Iterator[subprocess.Popen]:
    """An importing child process; killed and reaped (pipes closed) whatever the test does with it."""
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, str(keys / keys_module.PLAIN_IDENTITY_FILE), str(bundle), mode, str(where)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        yield child
    finally:
        if child.poll() is None:
            child.kill()
        child.communicate(timeout=60)


@pytest.fixture(params=["sqlite", "postgresql"])
def central_url(request, tmp_path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'central.sqlite'}"
    return request.getfixturevalue("pg_url")


@pytest.fixture
def demo_keys(tmp_path) -> keys_module.DemoKeys:
    return keys_module.write_demo_keys(tmp_path / "keys")


def _trusting(url: str, demo_keys) -> CentralService:
    store = open_central_store(url)
    service = CentralService(store, actor="pemeriksa", identities=[demo_keys.bkd])
    service.trust.add("UPT Penilaian Kompetensi Contoh", demo_keys.centre.public_key)
    return service


def _counts(service: CentralService) -> dict[str, int]:
    with service.store.transaction() as db:
        return {model.__tablename__: db.scalar(select(func.count()).select_from(model))
                for model in (CentralSession, CentralResult, CentralCompetency, ImportedBundle, ImportLog)}


# -- the tests ----------------------------------------------------------------------------------------


def test_derived_sessions_pass_every_check_and_differ_from_their_template(sealed_demo):
    from desktop.services.bundles import bag_bytes, read_bundle_bytes
    from desktop.services.document import results_from_document

    _, service, uuid = sealed_demo
    template = service.document(uuid)
    deriver = SessionDeriver(template)
    docs = [deriver.derive(i) for i in (1, 2)]
    opened = read_bundle_bytes(bag_bytes(docs))  # chain, seal, values explained by the log
    assert len(opened.documents) == 2
    for doc in docs:
        assert doc["session"]["uuid"] != uuid and doc["session"]["seal_hash"] != template["session"]["seal_hash"]
        assert {a["nip"] for a in doc["assessees"]}.isdisjoint(a["nip"] for a in template["assessees"])
        ours = results_from_document(doc)
        theirs = results_from_document(template)
        assert [(r.jpm, r.category_code) for r in ours] == [(r.jpm, r.category_code) for r in theirs]
        assert all(r.sheet_code for r in ours)
    assert docs[0]["assessees"][0]["nip"] != docs[1]["assessees"][0]["nip"]


def test_the_same_bundle_imported_by_two_processes_at_once_applies_once(sealed_demo, tmp_path, central_url,
                                                                         demo_keys):
    _, service, uuid = sealed_demo
    bundle = write_secure_bundle(service.document(uuid), tmp_path / "stick", demo_keys.centre,
                                 [demo_keys.bkd.recipient], "upt-contoh", 1)
    central = _trusting(central_url, demo_keys)
    try:
        barrier = tmp_path / "barrier"
        barrier.mkdir()
        reports = []
        with contextlib.ExitStack() as stack:
            children = [stack.enter_context(_child(central_url, tmp_path / "keys", bundle, "barrier", barrier))
                        for _ in range(2)]
            for child in children:
                out, err = child.communicate(timeout=120)
                assert child.returncode == 0, err
                reports.append(json.loads(out.strip().splitlines()[-1]))
        assert len(list(barrier.glob("*.ready"))) == 2  # both were past every check before either wrote
        assert sorted(r["outcome"] for r in reports) == ["applied", "duplicate"], reports
        assert "sudah diimpor pada" in next(r["message"] for r in reports if r["outcome"] == "duplicate")
        assert _counts(central) == {"central_session": 1, "central_result": 6, "central_competency": 54,
                                    "imported_bundle": 1, "import_log": 2}
        assert central.import_file(bundle).outcome == "duplicate"
    finally:
        central.store.close()


def _big_bundle(service, uuid, folder: Path, demo_keys, sessions: int = 30) -> Path:
    deriver = SessionDeriver(service.document(uuid))
    docs = [deriver.derive(i) for i in range(1, sessions + 1)]
    return write_secure_bundle(docs, folder, demo_keys.centre, [demo_keys.bkd.recipient], "upt-contoh", 1)


def test_an_import_killed_inside_its_transaction_leaves_nothing_and_a_later_import_succeeds(
        sealed_demo, tmp_path, central_url, demo_keys):
    _, service, uuid = sealed_demo
    bundle = _big_bundle(service, uuid, tmp_path / "stick", demo_keys)
    central = _trusting(central_url, demo_keys)
    try:
        with _child(central_url, tmp_path / "keys", bundle, "hang", tmp_path) as child:
            assert child.stdout.readline().strip() == "in-transaction"
            child.send_signal(signal.SIGKILL)  # every row of the bundle written, not committed
            child.wait(timeout=60)
        assert child.returncode == -signal.SIGKILL
        assert _counts(central) == {"central_session": 0, "central_result": 0, "central_competency": 0,
                                    "imported_bundle": 0, "import_log": 0}
        outcome = central.import_file(bundle)
        assert (outcome.outcome, outcome.sessions, outcome.results) == ("applied", 30, 180), outcome.message
        assert _counts(central) == {"central_session": 30, "central_result": 180, "central_competency": 1620,
                                    "imported_bundle": 1, "import_log": 1}
    finally:
        central.store.close()


def test_imports_killed_at_random_moments_leave_all_or_nothing(sealed_demo, tmp_path, central_url, demo_keys):
    """ASESMEN_CRASH_RUNS sets the number of kills (3 by default)."""
    _, service, uuid = sealed_demo
    bundle = _big_bundle(service, uuid, tmp_path / "stick", demo_keys)
    central = _trusting(central_url, demo_keys)
    rng = random.Random(20261130)
    empty = {"central_session": 0, "central_result": 0, "central_competency": 0, "imported_bundle": 0}
    full = {"central_session": 30, "central_result": 180, "central_competency": 1620, "imported_bundle": 1}
    try:
        seen = set()
        for run in range(KILL_RUNS):
            with _child(central_url, tmp_path / "keys", bundle, "mark", tmp_path) as child:
                assert child.stdout.readline().strip() == "in-transaction"
                time.sleep(rng.uniform(0, 0.05))  # somewhere in the rest of the transaction, or just after it
                child.send_signal(signal.SIGKILL)
                child.wait(timeout=60)
            counts = _counts(central)
            logged = counts.pop("import_log")
            assert counts in (empty, full), f"run {run}: {counts}"
            seen.add("full" if counts == full else "empty")
            if counts == full:  # committed just before the kill: the next import is a duplicate
                assert central.import_file(bundle).outcome == "duplicate"
                break
            assert logged == 0
        if "full" not in seen:
            assert central.import_file(bundle).outcome == "applied"
        assert {k: v for k, v in _counts(central).items() if k != "import_log"} == full
    finally:
        central.store.close()
