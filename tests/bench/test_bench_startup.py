"""Cold start to the first usable window, as a ratio to a bare PySide6 window started the same way.

The first window is the sign-in (the store opens behind it). Both are started as fresh processes,
alternately, several times; each prints "ready" from the first turn of its event loop after its
window is shown. Goal: at most 1.5x.
"""

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.bench
ROUNDS = int(os.environ.get("ASESMEN_BENCH_ROUNDS", "11"))
GOAL = 1.5

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, lambda: (print("ready", flush=True), app.quit()))
app.exec()
"""


def _time_to_ready(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    line = proc.stdout.readline()
    elapsed = time.perf_counter() - start
    proc.stdout.close()
    assert proc.wait(timeout=60) == 0 and line.strip() == "ready", line
    return elapsed


def _signed_in_before(store: Path, home: Path) -> None:
    """A store with an administrator that this user has signed in to: the usual start of a day."""
    from PySide6.QtCore import QSettings

    from desktop.gui.application import KNOWN_STORES_KEY
    from desktop.services.accounts import AccountService, CentreProfile
    from desktop.services.stores import open_centre_store

    opened = open_centre_store(store)
    AccountService(opened).first_run(CentreProfile("UPT Contoh", "BKD Contoh", "Kepala"), "admin", "Admin",
                                     "rahasia-123")
    opened.close()
    settings = QSettings(str(home / "asesmen.ini"), QSettings.Format.IniFormat)
    settings.setValue(KNOWN_STORES_KEY, [str(store)])
    settings.sync()


def test_cold_start_ratio_to_a_bare_window(tmp_path, sealed_demo_template):
    home = tmp_path / "home"
    home.mkdir()
    store = tmp_path / "centre.sqlite"
    shutil.copy(sealed_demo_template, store)
    _signed_in_before(store, home)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "ASESMEN_HOME": str(home), "ASESMEN_STARTUP_PROBE": "1"}
    asesmen = [str(Path(sys.executable).with_name("asesmen")), "--store", str(store)]
    bare = [sys.executable, "-c", BARE]
    _time_to_ready(bare, env), _time_to_ready(asesmen, env)  # warm the OS file cache for both
    ours, base = [], []
    for _ in range(ROUNDS):
        base.append(_time_to_ready(bare, env))
        ours.append(_time_to_ready(asesmen, env))
    ratio = statistics.median(ours) / statistics.median(base)
    verdict = "met" if ratio <= GOAL else "NOT met"
    print(f"\nBENCH cold-start median={statistics.median(ours) * 1000:.0f} ms "
          f"(bare PySide6 window {statistics.median(base) * 1000:.0f} ms, ratio {ratio:.2f}x) "
          f"goal <= {GOAL}x: {verdict}")
    # No assert: on these shared 2-core machines the ratio moves by about +-0.15 between runs, around
    # the goal; the printed figure is the measurement (a regression shows as a jump, e.g. to 5x).
    assert ratio < 3 * GOAL
