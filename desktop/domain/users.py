"""Who uses the application: roles, signed-in users and the centre profile (plain values)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MIN_PASSWORD = 8


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    KETUA = "ketua"
    ASESOR = "asesor"


@dataclass(frozen=True)
class UserInfo:
    uuid: str
    username: str
    full_name: str
    role: Role


@dataclass(frozen=True)
class CentreProfile:
    name: str
    agency: str
    head_name: str
