"""Kill the writing process with SIGKILL at random moments: no acknowledged rating may be lost.

ASESMEN_CRASH_RUNS sets the number of runs (a few in CI; `ASESMEN_CRASH_RUNS=200 make test` soaks).
"""

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from desktop.services.assessment import AssessmentService
from desktop.services.stores import open_centre_store

RUNS = int(os.environ.get("ASESMEN_CRASH_RUNS", "6"))
WRITER = Path(__file__).parents[1] / "crash_writer.py"


def _run_and_kill(path: Path, rng: random.Random) -> list[int]:
    child = subprocess.Popen([sys.executable, str(WRITER), str(path)], stdout=subprocess.PIPE, text=True,
                             cwd=Path(__file__).parents[2])
    assert child.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + rng.uniform(0.05, 1.5)
    acked = []
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if not line:
            break
        acked.append(int(line.split()[1]))
    child.send_signal(signal.SIGKILL)
    # Lines already printed before the kill are acknowledgements too.
    acked += [int(line.split()[1]) for line in child.stdout.read().splitlines() if line.startswith("saved")]
    child.wait()
    child.stdout.close()
    return acked


def test_sigkill_while_rating_loses_no_saved_rating(open_demo_template, tmp_path):
    rng = random.Random(20261129)
    path = tmp_path / "centre.sqlite"
    shutil.copy(open_demo_template, path)
    total = 0
    for run in range(RUNS):
        acked = _run_and_kill(path, rng)
        total += len(acked)
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",), f"run {run}"
        evidence = {row[0] for row in con.execute("SELECT evidence FROM rating")}
        con.close()
        if acked:
            # The writer cycles through every rating, so the last acknowledged write is the latest
            # for its rating (unless the next, unacknowledged one also committed: it touches another).
            assert f"bukti {acked[-1]}" in evidence, f"run {run}: acknowledged rating {acked[-1]} lost"
        store = open_centre_store(path)
        service = AssessmentService(store, actor="check")
        service.verify(service.sessions()[0].uuid)  # audit chain intact and explains every value
        store.close()
    assert total >= RUNS * 5, "the writer hardly wrote: the test would prove nothing"
