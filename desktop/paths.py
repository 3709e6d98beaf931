"""Writable per-user locations (never inside the application bundle)."""

from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    base = os.environ.get("ASESMEN_HOME") or os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share"
    return Path(base) / "asesmen" if not os.environ.get("ASESMEN_HOME") else Path(base)


def default_centre_store() -> Path:
    return data_dir() / "centre.sqlite"


def default_central_store() -> Path:
    return data_dir() / "central.sqlite"
