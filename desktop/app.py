"""Composition root: the `asesmen` entry point. The only module that knows every layer."""

from __future__ import annotations

import sys

from desktop import cli


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    code = cli.main(argv)
    if code is not None:
        return code
    from desktop.gui.application import run_gui  # Qt is loaded only when a window is wanted

    return run_gui(argv)
