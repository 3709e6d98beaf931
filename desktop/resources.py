"""Read-only bundled files: resources/ beside the package, or inside a PyInstaller bundle."""

from __future__ import annotations

import copy
import json
import sys
from functools import cache
from pathlib import Path

from desktop.domain.errors import StoreError


def root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    return Path(frozen) / "resources" if frozen else Path(__file__).resolve().parents[1] / "resources"


def path(*parts: str) -> Path:
    """A resource path; refuses absolute paths and '..' so callers cannot escape resources/."""
    rel = Path(*parts)
    if rel.is_absolute() or ".." in rel.parts:
        raise ValueError(f"not a resource path: {rel}")
    return root() / rel


def load_json(*parts: str) -> dict:
    """A fresh copy of a bundled JSON file: callers may change what they get without changing it for others."""
    return copy.deepcopy(_parsed(*parts))


@cache
def _parsed(*parts: str) -> dict:
    p = path(*parts)
    try:
        return json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise StoreError(f"berkas sumber daya rusak atau hilang: {p.name} ({exc})") from None


def rule_files() -> dict[str, dict]:
    """Every versioned rules file, keyed by name: what a session pins when it is created."""
    return {
        name: load_json("rules", f"{name}.json")
        for name in ("rules", "competencies", "simulations", "ninebox", "golongan", "training")
    }


def font(name: str) -> Path:
    return path("fonts", name)
