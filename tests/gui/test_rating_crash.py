"""Kill the rating form's process with SIGKILL while digits are typed: no rating it showed as saved is lost.

The child (rating_crash_child.py) drives the real RatingFormWidget offscreen and acknowledges a rating
only once its row says "tersimpan". ASESMEN_CRASH_RUNS sets the number of runs (a few by default;
`ASESMEN_CRASH_RUNS=100` soaks). See tests/services/test_crash.py for the service-level version.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

from desktop.services.assessment import AssessmentService
from desktop.services.stores import open_centre_store

RUNS = int(os.environ.get("ASESMEN_CRASH_RUNS", "4"))
CHILD = Path(__file__).with_name("rating_crash_child.py")
STARTUP_LIMIT_S = 60  # a child that never gets ready is killed instead of hanging the suite

Key = tuple[str, str, str]  # nip, simulation, competency


def _parse(lines: list[str], kind: str) -> list[tuple[int, Key, int]]:
    """Complete lines of one kind; a line cut off by the kill (no newline) acknowledges nothing."""
    out = []
    for line in lines:
        parts = line.split()
        if line.endswith("\n") and len(parts) == 6 and parts[0] == kind:
            out.append((int(parts[1]), (parts[2], parts[3], parts[4]), int(parts[5])))
    return out


def _run_and_kill(path: Path, rng: random.Random) -> list[str]:
    child = subprocess.Popen([sys.executable, str(CHILD), str(path)], stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).parents[2])
    watchdog = threading.Timer(STARTUP_LIMIT_S, child.kill)
    watchdog.start()
    try:
        first = child.stdout.readline()
        assert first == "ready\n", f"the child did not start: {first!r}"
        deadline = time.monotonic() + rng.uniform(0.05, 1.5)
        lines = []
        while time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            lines.append(line)
        child.send_signal(signal.SIGKILL)
        lines += child.stdout.read().splitlines(keepends=True)  # printed before the kill: acknowledged too
        child.wait()
    finally:
        watchdog.cancel()
        child.stdout.close()
    errors = [line for line in lines if line.startswith("error")]
    assert not errors, errors
    return lines


def test_sigkill_while_typing_ratings_loses_no_rating_shown_as_saved(draft_store):
    path, uuid = draft_store
    rng = random.Random(20261130)
    store = open_centre_store(path)
    try:
        assessor = AssessmentService(store, actor="check").progress_board(uuid)[0].assessor_name
    finally:
        store.close()
    total = 0
    for run in range(RUNS):
        lines = _run_and_kill(path, rng)
        saved, tried = _parse(lines, "saved"), _parse(lines, "try")
        total += len(saved)

        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",), f"run {run}"
        finally:
            con.close()

        last_saved: dict[Key, tuple[int, int]] = {}
        for n, key, level in saved:
            last_saved[key] = (n, level)
        acked = {n for n, _, _ in saved}
        in_flight = [(n, key, level) for n, key, level in tried if n not in acked]  # at most the last one
        assert len(in_flight) <= 1, f"run {run}: more than one unacknowledged write: {in_flight}"

        store = open_centre_store(path)
        try:
            service = AssessmentService(store, actor="check")
            forms = {}
            for (nip, sim, code), (n, level) in last_saved.items():
                if (nip, sim) not in forms:
                    forms[nip, sim] = {i.code: i.level for i in service.form(uuid, nip, sim, assessor).items}
                stored = forms[nip, sim][code]
                # A later write to the same rating may have committed just before the kill.
                later = {lv for m, key, lv in in_flight if key == (nip, sim, code) and m > n}
                assert stored == level or stored in later, (
                    f"run {run}: rating {n} ({nip} {sim} {code} = {level}) was shown as saved, store has {stored}")
            service.verify(uuid)  # the audit chain is intact and explains every stored value
        finally:
            store.close()
    assert total >= RUNS * 3, "the child hardly saved anything: the test would prove nothing"
