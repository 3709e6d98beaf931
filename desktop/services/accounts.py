"""Local accounts and the centre profile. Passwords are stored as argon2id hashes only."""

# Role, UserInfo, CentreProfile and MIN_PASSWORD live in desktop.domain.users; re-exported here.

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.users import MIN_PASSWORD, CentreProfile, Role, UserInfo
from desktop.services.stores import Store
from desktop.storage import orm
from desktop.storage.audit import append_event

_HASHER = PasswordHasher()  # argon2id, m=65536 KiB, t=3, p=4 (argon2-cffi's RFC 9106 low-memory profile)


class AccountService:
    def __init__(self, store: Store, hasher: PasswordHasher = _HASHER) -> None:
        self.store = store
        self.hasher = hasher

    def needs_first_run(self) -> bool:
        """True until the centre profile and the first administrator exist."""
        with self.store.transaction() as db:
            return db.scalar(select(func.count()).select_from(orm.User)) == 0

    def centre(self) -> CentreProfile | None:
        with self.store.transaction() as db:
            c = db.scalar(select(orm.Centre).limit(1))
            return CentreProfile(c.name, c.agency, c.head_name) if c else None

    def first_run(self, centre: CentreProfile, username: str, full_name: str, password: str) -> UserInfo:
        """Create the centre profile and the first administrator, in one transaction."""
        for value, label in ((centre.name, "nama pusat asesmen"), (centre.agency, "instansi"),
                             (centre.head_name, "nama pimpinan penyelenggara")):
            if not value.strip():  # all three print on every result sheet
                raise ValidationError(f"{label} wajib diisi")
        with self.store.transaction() as db:
            if db.scalar(select(func.count()).select_from(orm.User)):
                raise ValidationError("penyiapan awal sudah dilakukan")
            c = orm.Centre(name=centre.name.strip(), agency=centre.agency.strip(), head_name=centre.head_name.strip())
            db.add(c)
            db.flush()
            append_event(db, actor=username, action="centre.create", entity="centre", entity_uuid=c.uuid,
                         session_uuid=None, new={"name": c.name, "agency": c.agency, "head_name": c.head_name})
            return self._add_user(db, username, full_name, Role.ADMINISTRATOR, password, actor=username)

    def create_user(self, actor: UserInfo, username: str, full_name: str, role: Role | str, password: str) -> UserInfo:
        if actor.role is not Role.ADMINISTRATOR:
            raise ValidationError("hanya administrator yang dapat menambah pengguna")
        with self.store.transaction() as db:
            return self._add_user(db, username, full_name, Role(role), password, actor=actor.username)

    def _add_user(self, db, username: str, full_name: str, role: Role, password: str, actor: str) -> UserInfo:
        username = username.strip().lower()
        if not username or not username.replace(".", "").replace("_", "").isalnum():
            raise ValidationError("nama pengguna hanya boleh huruf, angka, titik dan garis bawah")
        if not full_name.strip():
            raise ValidationError("nama lengkap wajib diisi")
        if len(password) < MIN_PASSWORD:
            raise ValidationError(f"kata sandi minimal {MIN_PASSWORD} karakter")
        if db.scalar(select(orm.User).where(orm.User.username == username)):
            raise ValidationError(f"nama pengguna '{username}' sudah dipakai")
        user = orm.User(username=username, full_name=full_name.strip(), role=role.value,
                        password_hash=self.hasher.hash(password))
        db.add(user)
        db.flush()
        append_event(db, actor=actor, action="user.create", entity="user", entity_uuid=user.uuid,
                     session_uuid=None, new={"username": username, "full_name": user.full_name, "role": role.value})
        return UserInfo(user.uuid, username, user.full_name, role)

    def login(self, username: str, password: str) -> UserInfo:
        """The user, or ValidationError with the same message whether the name or the password is wrong."""
        wrong = ValidationError("nama pengguna atau kata sandi salah")
        with self.store.transaction() as db:
            user = db.scalar(select(orm.User).where(orm.User.username == username.strip().lower(),
                                                    orm.User.active.is_(True)))
            if user is None:
                self.hasher.hash(password)  # same cost either way: no timing hint that the name exists
                raise wrong
            try:
                self.hasher.verify(user.password_hash, password)
            except (VerificationError, InvalidHashError):
                raise wrong from None
            if self.hasher.check_needs_rehash(user.password_hash):
                user.password_hash = self.hasher.hash(password)
            return UserInfo(user.uuid, user.username, user.full_name, Role(user.role))

    def users(self) -> list[UserInfo]:
        with self.store.transaction() as db:
            return [UserInfo(u.uuid, u.username, u.full_name, Role(u.role))
                    for u in db.scalars(select(orm.User).order_by(orm.User.username))]

    def user(self, username: str) -> UserInfo:
        with self.store.transaction() as db:
            u = db.scalar(select(orm.User).where(orm.User.username == username))
            if u is None:
                raise NotFoundError(f"pengguna tidak ditemukan: {username}")
            return UserInfo(u.uuid, u.username, u.full_name, Role(u.role))


__all__ = ["MIN_PASSWORD", "AccountService", "CentreProfile", "Role", "UserInfo"]
