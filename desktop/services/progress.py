"""Progress reporting and cancelling for long work, shared by the CLI (print) and GUI (signals)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from desktop.domain.errors import AsesmenError


class Cancelled(AsesmenError):
    def __init__(self) -> None:
        super().__init__("dibatalkan oleh pengguna")


@dataclass
class Progress:
    """Handed to long-running services: report(done, total, text); check() raises when cancelled."""

    report_fn: Callable[[int, int, str], None] | None = None
    cancelled_fn: Callable[[], bool] = field(default=lambda: False)

    def report(self, done: int, total: int, text: str = "") -> None:
        self.check()
        if self.report_fn:
            self.report_fn(done, total, text)

    def check(self) -> None:
        if self.cancelled_fn():
            raise Cancelled()
