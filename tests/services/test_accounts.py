import re

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from desktop.domain.errors import ValidationError
from desktop.services.accounts import AccountService, CentreProfile, Role
from desktop.services.stores import open_centre_store
from desktop.storage import orm

ARGON2ID = re.compile(r"^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$")
CENTRE = CentreProfile("UPT Penilaian Kompetensi Contoh", "BKD Provinsi Banten", "Dr. Hendra Wijaya")


def _hashes(accounts) -> list[str]:
    with accounts.store.transaction() as db:
        return list(db.scalars(select(orm.User.password_hash)))


def test_first_run_creates_the_centre_and_an_administrator(accounts):
    assert accounts.needs_first_run()
    admin = accounts.first_run(CENTRE, "Admin", "Siti Administrator", "rahasia-123")
    assert admin.role is Role.ADMINISTRATOR and admin.username == "admin"
    assert not accounts.needs_first_run()
    assert accounts.centre() == CENTRE
    with pytest.raises(ValidationError, match="sudah dilakukan"):
        accounts.first_run(CENTRE, "admin2", "X", "rahasia-123")


def test_passwords_are_argon2id_with_owasp_parameters_and_salted(accounts):
    admin = accounts.first_run(CENTRE, "admin", "Siti", "sama-sama-123")
    accounts.create_user(admin, "asesor1", "Ratna Dewi", Role.ASESOR, "sama-sama-123")
    hashes = _hashes(accounts)
    assert len(set(hashes)) == 2
    for h in hashes:
        m, t, _p = map(int, ARGON2ID.match(h).groups())
        assert m >= 19456 and t >= 2
        assert "sama-sama-123" not in h


def test_login_accepts_the_right_password_only(accounts):
    admin = accounts.first_run(CENTRE, "admin", "Siti", "rahasia-123")
    assert accounts.login("ADMIN ", "rahasia-123") == admin
    for name, pw in (("admin", "salah-sandi"), ("nobody", "rahasia-123")):
        with pytest.raises(ValidationError, match="nama pengguna atau kata sandi salah"):
            accounts.login(name, pw)


def test_weak_hashes_are_upgraded_at_the_next_login(tmp_path):
    store = open_centre_store(tmp_path / "c.sqlite")
    weak = AccountService(store, PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1))
    weak.first_run(CENTRE, "admin", "Siti", "rahasia-123")
    strong = AccountService(store)
    strong.login("admin", "rahasia-123")
    (h,) = _hashes(strong)
    assert ARGON2ID.match(h).group(1) == "65536"
    store.close()


def test_only_administrators_add_users_and_input_is_checked(accounts):
    admin = accounts.first_run(CENTRE, "admin", "Siti", "rahasia-123")
    ketua = accounts.create_user(admin, "ketua", "Bambang", "ketua", "rahasia-456")
    with pytest.raises(ValidationError, match="hanya administrator"):
        accounts.create_user(ketua, "x", "X", "asesor", "rahasia-789")
    for username, name, pw, fragment in (("ketua", "Dup", "rahasia-789", "sudah dipakai"),
                                         ("a b", "X", "rahasia-789", "nama pengguna"),
                                         ("ok", "X", "pendek", "minimal 8")):
        with pytest.raises(ValidationError, match=fragment):
            accounts.create_user(admin, username, name, "asesor", pw)
    assert [u.username for u in accounts.users()] == ["admin", "ketua"]


def test_the_centre_profile_needs_all_three_fields(accounts):
    with pytest.raises(ValidationError, match="pimpinan"):
        accounts.first_run(CentreProfile("UPT", "BKD", " "), "admin", "Siti", "rahasia-123")
    assert accounts.needs_first_run()
