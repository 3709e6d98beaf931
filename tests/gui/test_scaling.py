"""Every main screen at 100 % and 200 % scale: drawn at twice the pixels, and no control's text cut off."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.gui.layout_check import clipped


def png_size(path: Path) -> tuple[int, int]:
    return struct.unpack(">II", path.read_bytes()[16:24])


def test_a_label_or_button_too_narrow_for_its_text_is_found(qtbot):
    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    narrow = QLabel("Pimpinan penyelenggara assessment center:")
    narrow.setFixedWidth(60)
    fits = QLabel("&NIP:")
    elided = QLabel("Pimpinan…")
    elided.setToolTip("Pimpinan penyelenggara assessment center")
    elided.setFixedWidth(60)
    button = QPushButton("Kirim formulir sekarang juga")
    button.setFixedWidth(50)
    for w in (narrow, fits, elided, button):
        layout.addWidget(w)
    root.show()
    qtbot.waitExposed(root)
    found = clipped(root)
    assert len(found) == 2
    assert "Pimpinan penyelenggara assessment center:" in found[0] and "Kirim formulir" in found[1]


@pytest.mark.slow
@pytest.mark.parametrize("scale", ["1", "2"])
def test_every_screen_fits_its_text_at_this_scale(tmp_path, scale):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_SCALE_FACTOR": scale}
    suffix = "" if scale == "1" else f"@{scale}x"
    done = subprocess.run([sys.executable, "-m", "desktop.gui.screenshots", "--check", "--suffix", suffix,
                           str(tmp_path)], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    shots = sorted(tmp_path.glob("*.png"))
    assert len(shots) >= 16
    main = tmp_path / f"main_window{suffix}.png"
    assert png_size(main) == (1280 * int(scale), 800 * int(scale))
