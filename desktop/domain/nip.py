"""NIP (PNS) and NI PPPK validation, after Perka BKN 22/2007 as summarised in domain.md section 5.1.

Layout: YYYYMMDD (birth) YYYYMM (first appointment) G (sex) NNN (sequence). PPPK numbers put a
two-digit code that is not a month where a PNS number has the appointment month.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum


class EmployeeKind(StrEnum):
    PNS = "PNS"
    PPPK = "PPPK"


SEX_DIGITS = {"1": "L", "2": "P"}  # 1 pria (L), 2 wanita (P)
_SEPARATORS = re.compile(r"[\s.\-]")


@dataclass(frozen=True)
class NipCheck:
    """The verdict on one NIP: errors block, warnings are shown but accepted."""

    nip: str
    errors: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    birth_date: dt.date | None = None
    appointed: tuple[int, int] | None = None  # (year, month or PPPK code)
    sex: str | None = None  # "L" or "P"
    extra: dict = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.errors


def normalise_nip(raw: str) -> str:
    """Strip the spaces, dots and dashes people type or print between the groups."""
    return _SEPARATORS.sub("", raw or "")


def format_nip(nip: str) -> str:
    """Print an 18-digit NIP in its usual groups: 19820314 200604 2 901."""
    n = normalise_nip(nip)
    if len(n) != 18:
        return n
    return f"{n[:8]} {n[8:14]} {n[14]} {n[15:]}"


def check_nip(
    raw: str,
    kind: EmployeeKind | str = EmployeeKind.PNS,
    recorded_sex: str | None = None,
    today: dt.date | None = None,
    min_birth_year: int = 1940,
    warn_appointed_at_or_below_age: int = 18,
) -> NipCheck:
    """Check an NIP against the structure rules. Never raises on bad input: it reports."""
    kind = EmployeeKind(kind)
    today = today or dt.date.today()
    nip = normalise_nip(raw)
    errors: list[str] = []
    warnings: list[str] = []
    if not nip:
        return NipCheck(nip, errors=("NIP kosong",))
    if not nip.isascii() or not nip.isdigit():
        return NipCheck(nip, errors=("NIP hanya boleh berisi angka",))
    if len(nip) != 18:
        return NipCheck(nip, errors=(f"NIP harus 18 digit, bukan {len(nip)}",))

    birth: dt.date | None = None
    try:
        birth = dt.date(int(nip[0:4]), int(nip[4:6]), int(nip[6:8]))
    except ValueError:
        errors.append(f"tanggal lahir pada NIP tidak valid ({nip[6:8]}-{nip[4:6]}-{nip[0:4]})")
    if birth and not (min_birth_year <= birth.year <= today.year - 17):
        errors.append(f"tahun lahir pada NIP tidak masuk akal ({birth.year})")

    year, code = int(nip[8:12]), int(nip[12:14])
    if kind is EmployeeKind.PNS and not 1 <= code <= 12:
        errors.append(f"bulan pengangkatan pada NIP tidak valid ({nip[12:14]}); hanya NI PPPK memakai kode ini")
    if year > today.year or (kind is EmployeeKind.PNS and year == today.year and code > today.month):
        errors.append(f"tahun pengangkatan pada NIP di masa depan ({year})")
    elif birth:
        month = code if kind is EmployeeKind.PNS else 1
        age = year - birth.year - (1 if month < birth.month else 0)
        if age < 15:
            errors.append(f"pengangkatan pada NIP ({year}) terlalu dekat dengan tahun lahir ({birth.year})")
        elif age <= warn_appointed_at_or_below_age:
            warnings.append(f"diangkat pada usia {age} tahun: periksa kembali NIP")

    sex = SEX_DIGITS.get(nip[14])
    if sex is None:
        errors.append(f"digit jenis kelamin pada NIP harus 1 atau 2, bukan {nip[14]}")
    elif recorded_sex and recorded_sex.upper() in ("L", "P") and recorded_sex.upper() != sex:
        said = "laki-laki" if sex == "L" else "perempuan"
        warnings.append(f"digit ke-15 NIP menyatakan {said}, berbeda dengan jenis kelamin tercatat")

    if nip[15:] == "000":
        errors.append("nomor urut pada NIP tidak boleh 000")

    return NipCheck(
        nip, tuple(errors), tuple(warnings), birth_date=birth, appointed=(year, code), sex=sex
    )
