"""Stored moments (UTC: naive or aware datetimes, or ISO text) as the local wall-clock time the screens show."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QLocale


def as_local(value: dt.datetime | str | None) -> dt.datetime | None:
    """The moment in local time; None when there is none or the text is not a moment."""
    if value is None or value == "":
        return None
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value)
        except ValueError:
            return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.UTC)
    return value.astimezone()


def local_time(value: dt.datetime | str | None, with_time: bool = True) -> str:
    """"29-11-2026 18:10" (or "29-11-2026"); '' for None, other text unchanged."""
    local = as_local(value)
    if local is None:
        return "" if value is None else str(value)
    return local.strftime("%d-%m-%Y %H:%M" if with_time else "%d-%m-%Y")


def format_when(value: dt.datetime | str | None, locale: QLocale) -> str:
    """"14 Mei 2026 09.30", the month in the interface language; '' for None, other text unchanged."""
    local = as_local(value)
    if local is None:
        return "" if value is None else str(value)
    return f"{local.day} {locale.monthName(local.month)} {local.year} {local:%H.%M}"


__all__ = ["as_local", "format_when", "local_time"]
