"""Golongan/ruang parsing: the written variants BKDs use (III/c, III.c, IIIc, 3c, 33) and PPPK's I-XVII."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.domain.errors import ValidationError

ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_PPPK_ROMAN = [
    "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
    "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
]
_PNS_ROMAN = {v: k for k, v in ROMAN.items()}
_MAX_RUANG = {1: "d", 2: "d", 3: "d", 4: "e"}
_PNS = re.compile(r"^(IV|III|II|I|[1-4])\s*[/.\-]?\s*([A-Ea-e])$")
_NUMERIC = re.compile(r"^([1-4])([1-5])$")


@dataclass(frozen=True)
class Golongan:
    code: str  # canonical: "III/c" for PNS, "IX" for PPPK
    pppk: bool = False
    pangkat: str = ""


def parse_golongan(raw: str, pangkat_table: dict[str, str] | None = None) -> Golongan:
    """Return the canonical golongan or raise ValidationError naming the bad value."""
    text = (raw or "").strip()
    if not text:
        raise ValidationError("golongan kosong")
    table = pangkat_table or {}
    m = _PNS.match(text.upper())
    if m:
        group = ROMAN.get(m.group(1)) or int(m.group(1))
        ruang = m.group(2).lower()
        if ruang > _MAX_RUANG[group]:
            raise ValidationError(f"golongan tidak dikenal: {raw}")
        code = f"{_PNS_ROMAN[group]}/{ruang}"
        return Golongan(code, pangkat=table.get(code, ""))
    m = _NUMERIC.match(text)
    if m:
        return parse_golongan(f"{m.group(1)}{'abcde'[int(m.group(2)) - 1]}", table)
    upper = text.upper().removeprefix("GOL.").removeprefix("GOL").strip()
    if upper in _PPPK_ROMAN:
        return Golongan(upper, pppk=True, pangkat=table.get(upper, ""))
    raise ValidationError(f"golongan tidak dikenal: {raw}")

