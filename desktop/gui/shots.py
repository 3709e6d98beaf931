"""Scaffolding shared by the screens' `screenshot(out_dir)` functions (see desktop/gui/screenshots.py).

A temporary store the screen works on, the output folder, and grabbing a widget to a PNG. Runs offscreen:
the user's own data is untouched.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from desktop.services.assessment import AssessmentService


def prepare(out_dir: Path) -> tuple[QApplication, Path]:
    """The application (created if need be) and `out_dir`, created if need be."""
    from desktop.gui.application import ensure_application

    app = ensure_application()
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return app, out_dir


@contextmanager
def temporary_service(prefix: str, actor: str = "screenshots") -> Iterator[AssessmentService]:
    """An `AssessmentService` over a new, empty store in a temporary folder (gone afterwards)."""
    from desktop.services.stores import open_centre_store

    with tempfile.TemporaryDirectory(prefix=prefix) as tmp:
        store = open_centre_store(Path(tmp) / "centre.sqlite")
        try:
            yield AssessmentService(store, actor=actor)
        finally:
            store.close()


# Set by `screenshots --check`: each grab also lists the controls whose text is cut off.
clipped_report: list[str] | None = None


def grab(widget: QWidget, target: Path) -> Path:
    """`widget` as it is drawn now, saved to the PNG `target`."""
    if not widget.grab().save(str(target)):
        raise OSError(f"cannot write {target}")
    if clipped_report is not None:
        from desktop.gui.layout_check import clipped

        clipped_report.extend(f"{Path(target).name}: {line}" for line in clipped(widget))
    return target


def dispose(widget: QWidget) -> None:
    """Close `widget` and let Qt delete it before the store under it is closed."""
    widget.close()
    widget.deleteLater()
    QApplication.processEvents()


def settle(times: int = 3) -> None:
    """Let Qt lay the widget out and paint it (rows laid out, scroll areas sized, focus moved)."""
    for _ in range(times):
        QApplication.processEvents()


__all__ = ["dispose", "grab", "prepare", "settle", "temporary_service"]
