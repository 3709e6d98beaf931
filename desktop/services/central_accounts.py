"""BKD's users of the central workspace, their roles and permissions, and the access log (UU 27/2022).

Roles: an *admin* manages users and may do everything; an *operator* imports bundles and e-kinerja
files and keeps the trust list; an *analyst* views and exports the talent views. Every view or export of
personal data writes one append-only access-log row (who, role, what, which NIP or filter, how many
people) and one subject row per NIP shown, so a person's access history can be answered.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, insert, select, text

from desktop.domain.errors import AsesmenError, ValidationError
from desktop.domain.nip import normalise_nip
from desktop.domain.users import MIN_PASSWORD
from desktop.services.accounts import _HASHER
from desktop.services.stores import Store
from desktop.storage.talent_orm import AccessLogRow, AccessSubject
from desktop.storage.talent_orm import CentralUser as UserRow


class CentralRole(StrEnum):
    ADMIN = "admin"
    OPERATOR = "operator"
    ANALYST = "analyst"


PERMISSIONS: dict[str, str] = {  # permission -> what it lets a user do (Indonesian, for messages)
    "users": "mengelola pengguna",
    "trust": "mengelola daftar kunci tepercaya",
    "import": "mengimpor bundel dan data kinerja",
    "view": "melihat data pegawai",
    "export": "mengekspor data pegawai",
}

ROLE_PERMISSIONS: dict[CentralRole, frozenset[str]] = {
    CentralRole.ADMIN: frozenset(PERMISSIONS),
    CentralRole.OPERATOR: frozenset({"import", "trust"}),
    CentralRole.ANALYST: frozenset({"view", "export"}),
}

ROLE_LABELS: dict[CentralRole, str] = {
    CentralRole.ADMIN: "administrator",
    CentralRole.OPERATOR: "operator",
    CentralRole.ANALYST: "analis",
}


class LoginError(AsesmenError):
    """Wrong user name or password (the same message for both)."""


class PermissionDenied(AsesmenError):
    """The signed-in user's role does not allow this."""


@dataclass(frozen=True)
class CentralUser:
    username: str
    full_name: str
    role: CentralRole


class CentralAccounts:
    """Accounts of the central database, stored with argon2id hashes only (as the centre's accounts)."""

    def __init__(self, store: Store, hasher: PasswordHasher = _HASHER) -> None:
        self.store = store
        self.hasher = hasher

    def needs_first_run(self) -> bool:
        """True until the first administrator exists."""
        with self.store.transaction() as db:
            return not db.scalar(select(func.count()).select_from(UserRow))

    def first_run(self, username: str, full_name: str, password: str) -> CentralUser:
        """The first administrator of a new central database."""
        with self.store.transaction() as db:
            if db.scalar(select(func.count()).select_from(UserRow)):
                raise ValidationError("penyiapan awal sudah dilakukan")
            user = self._add(db, username, full_name, CentralRole.ADMIN, password, actor=username.strip().lower())
            _record(db, user, "pengguna.tambah", user.username, "administrator pertama")
            return user

    def create_user(self, actor: CentralUser, username: str, full_name: str, role: CentralRole | str,
                    password: str) -> CentralUser:
        self.require(actor, "users")
        try:
            role = CentralRole(role)
        except ValueError:
            raise ValidationError(f"peran tidak dikenal: {role}") from None
        with self.store.transaction() as db:
            user = self._add(db, username, full_name, role, password, actor=actor.username)
            _record(db, actor, "pengguna.tambah", user.username, f"peran {ROLE_LABELS[role]}")
            return user

    def _add(self, db, username: str, full_name: str, role: CentralRole, password: str, actor: str) -> CentralUser:
        username = username.strip().lower()
        if not username or not username.replace(".", "").replace("_", "").isalnum() or len(username) > 64:
            raise ValidationError("nama pengguna hanya boleh huruf, angka, titik dan garis bawah")
        if not full_name.strip():
            raise ValidationError("nama lengkap wajib diisi")
        if len(password) < MIN_PASSWORD:
            raise ValidationError(f"kata sandi minimal {MIN_PASSWORD} karakter")
        if db.scalar(select(UserRow).where(UserRow.username == username)):
            raise ValidationError(f"nama pengguna '{username}' sudah dipakai")
        db.add(UserRow(username=username, full_name=full_name.strip(), role=role.value,
                       password_hash=self.hasher.hash(password), active=True, created_by=actor))
        db.flush()
        return CentralUser(username, full_name.strip(), role)

    def login(self, username: str, password: str) -> CentralUser:
        """The user, or LoginError with the same message whether the name or the password is wrong."""
        wrong = LoginError("nama pengguna atau kata sandi salah")
        with self.store.transaction() as db:
            row = db.scalar(select(UserRow).where(UserRow.username == username.strip().lower(),
                                                  UserRow.active.is_(True)))
            if row is None:
                self.hasher.hash(password)  # same cost either way: no timing hint that the name exists
                raise wrong
            try:
                self.hasher.verify(row.password_hash, password)
            except (VerificationError, InvalidHashError):
                raise wrong from None
            if self.hasher.check_needs_rehash(row.password_hash):
                row.password_hash = self.hasher.hash(password)
            user = CentralUser(row.username, row.full_name, CentralRole(row.role))
            _record(db, user, "masuk")
            return user

    def users(self) -> list[CentralUser]:
        with self.store.transaction() as db:
            return [CentralUser(u.username, u.full_name, CentralRole(u.role))
                    for u in db.scalars(select(UserRow).where(UserRow.active.is_(True)).order_by(UserRow.username))]

    @staticmethod
    def can(user: CentralUser, permission: str) -> bool:
        if permission not in PERMISSIONS:
            raise ValueError(f"unknown permission: {permission}")
        return permission in ROLE_PERMISSIONS[CentralRole(user.role)]

    @classmethod
    def require(cls, user: CentralUser, permission: str) -> None:
        if not cls.can(user, permission):
            raise PermissionDenied(f"peran {ROLE_LABELS[CentralRole(user.role)]} tidak berhak "
                                   f"{PERMISSIONS[permission]}")


def can(user: CentralUser, permission: str) -> bool:
    return CentralAccounts.can(user, permission)


def require(user: CentralUser, permission: str) -> None:
    CentralAccounts.require(user, permission)


def _record(db, user: CentralUser, action: str, subject: str = "", detail: str = "",
            nips: Iterable[str] = ()) -> int:
    """Append one access-log row (and one subject row per NIP shown) in the caller's transaction."""
    unique = list(dict.fromkeys(nips))
    row = AccessLogRow(at=dt.datetime.now(dt.UTC).replace(tzinfo=None), username=user.username,
                       role=str(user.role), action=action, subject=subject[:500], detail=detail, people=len(unique))
    db.add(row)
    db.flush()
    if unique and db.bind.dialect.name == "postgresql":  # one array parameter: a list of 1,000 is one row's work
        db.execute(text("INSERT INTO central_access_subject (access_id, nip) "
                        "SELECT :access_id, unnest(CAST(:nips AS varchar[]))"), {"access_id": row.id, "nips": unique})
    elif unique:
        db.execute(insert(AccessSubject), [{"access_id": row.id, "nip": nip} for nip in unique])
    return row.id


class AccessLog:
    """The append-only access log: who saw or exported which personal data, when."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def record(self, user: CentralUser, action: str, subject: str = "", detail: str = "",
               nips: Iterable[str] = ()) -> None:
        """One row; `nips` are the people the view or file showed (their access history)."""
        with self.store.transaction() as db:
            _record(db, user, action, subject, detail, nips)

    def entries(self, limit: int = 200, nip: str | None = None, username: str | None = None) -> list[dict]:
        """The newest first: at, username, role, action, subject, detail, people.

        `nip` gives one person's access history: every row that named the NIP or showed the person.
        """
        q = select(AccessLogRow).order_by(AccessLogRow.id.desc()).limit(limit)
        if nip is not None:
            nip = normalise_nip(nip)
            shown = select(AccessSubject.access_id).where(AccessSubject.nip == nip)
            q = q.where((AccessLogRow.subject == nip) | AccessLogRow.id.in_(shown))
        if username is not None:
            q = q.where(AccessLogRow.username == username.strip().lower())
        with self.store.transaction() as db:
            return [{"at": r.at, "username": r.username, "role": r.role, "action": r.action, "subject": r.subject,
                     "detail": r.detail, "people": r.people} for r in db.scalars(q)]


__all__ = [
    "PERMISSIONS", "ROLE_LABELS", "AccessLog", "CentralAccounts", "CentralRole", "CentralUser", "LoginError",
    "PermissionDenied", "can", "require",
]
