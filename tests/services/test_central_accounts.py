"""BKD's central accounts, roles and the append-only access log, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from desktop.domain.errors import AsesmenError, ValidationError
from desktop.services.central_accounts import (
    AccessLog,
    CentralAccounts,
    CentralRole,
    CentralUser,
    LoginError,
    PermissionDenied,
)
from desktop.services.stores import open_central_store

PASSWORD = "sandi-rahasia"
DODI = "197911052005011902"


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    url = str(tmp_path / "central.sqlite") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    store = open_central_store(url)
    yield store
    store.close()


@pytest.fixture
def people(store):
    accounts = CentralAccounts(store)
    admin = accounts.first_run("Kepala.BKD", "Kepala Bidang Data", PASSWORD)
    operator = accounts.create_user(admin, "operator_1", "Operator Satu", "operator", PASSWORD)
    analyst = accounts.create_user(admin, "analis", "Analis Talenta", CentralRole.ANALYST, PASSWORD)
    return accounts, admin, operator, analyst


def test_a_new_central_database_asks_for_its_first_administrator(store):
    accounts = CentralAccounts(store)
    assert accounts.needs_first_run()
    admin = accounts.first_run(" Kepala.BKD ", "Kepala Bidang Data", PASSWORD)
    assert admin == CentralUser("kepala.bkd", "Kepala Bidang Data", CentralRole.ADMIN)
    assert not accounts.needs_first_run()
    with pytest.raises(ValidationError, match="sudah dilakukan"):
        accounts.first_run("lain", "Orang Lain", PASSWORD)


def test_only_an_administrator_adds_users_and_names_are_checked(people):
    accounts, admin, operator, analyst = people
    assert [(u.username, u.role) for u in accounts.users()] == [
        ("analis", CentralRole.ANALYST), ("kepala.bkd", CentralRole.ADMIN), ("operator_1", CentralRole.OPERATOR)]
    for actor in (operator, analyst):
        with pytest.raises(PermissionDenied, match="tidak berhak mengelola pengguna"):
            accounts.create_user(actor, "baru", "Baru", "analyst", PASSWORD)
    for name, full, role, password, message in (
            ("analis", "Lagi", "analyst", PASSWORD, "sudah dipakai"),
            ("nama spasi", "X", "analyst", PASSWORD, "hanya boleh huruf"),
            ("baru", " ", "analyst", PASSWORD, "nama lengkap wajib"),
            ("baru", "Baru", "analyst", "pendek", "minimal 8"),
            ("baru", "Baru", "pengamat", PASSWORD, "peran tidak dikenal")):
        with pytest.raises(ValidationError, match=message):
            accounts.create_user(admin, name, full, role, password)
    assert len(accounts.users()) == 3


def test_sign_in_is_one_indonesian_line_whatever_is_wrong(people):
    accounts, *_ = people
    assert accounts.login("OPERATOR_1", PASSWORD).role is CentralRole.OPERATOR
    for name, password in (("operator_1", "salah-sandi"), ("tidak.ada", PASSWORD)):
        with pytest.raises(LoginError) as caught:
            accounts.login(name, password)
        assert isinstance(caught.value, AsesmenError) and str(caught.value) == "nama pengguna atau kata sandi salah"


def test_roles_and_permissions(people):
    accounts, admin, operator, analyst = people
    table = {user.role: {p for p in ("users", "trust", "import", "view", "export") if accounts.can(user, p)}
             for user in (admin, operator, analyst)}
    assert table == {CentralRole.ADMIN: {"users", "trust", "import", "view", "export"},
                     CentralRole.OPERATOR: {"import", "trust"},
                     CentralRole.ANALYST: {"view", "export"}}
    accounts.require(analyst, "view")
    with pytest.raises(PermissionDenied, match="^peran analis tidak berhak mengelola daftar kunci tepercaya$"):
        accounts.require(analyst, "trust")
    with pytest.raises(ValueError):
        accounts.can(admin, "hapus")


def test_the_access_log_answers_who_saw_a_person_and_cannot_be_changed(store, people):
    accounts, admin, operator, analyst = people
    log = AccessLog(store)
    log.record(analyst, "rekam jejak", DODI, "2 asesmen", [DODI])
    log.record(analyst, "9-box: daftar orang", "kotak 8; semua", "2 orang", [DODI, "198203142006042901"])
    log.record(admin, "9-box", "semua", "6 orang")
    accounts.login("analis", PASSWORD)
    history = log.entries(nip="19791105 200501 1 902")
    assert [(e["action"], e["username"], e["people"]) for e in history] == [
        ("9-box: daftar orang", "analis", 2), ("rekam jejak", "analis", 1)]
    assert [e["action"] for e in log.entries(username="Analis")] == ["masuk", "9-box: daftar orang", "rekam jejak"]
    assert [e["action"] for e in log.entries(limit=2)] == ["masuk", "9-box"]
    assert {"at", "username", "role", "action", "subject", "detail"} <= set(history[0])
    for statement in ("UPDATE central_access_log SET detail = 'dihapus'", "DELETE FROM central_access_log",
                      "UPDATE central_access_subject SET nip = '000000000000000000'",
                      "DELETE FROM central_access_subject"):
        with pytest.raises(Exception, match="append-only"), store.engine.begin() as conn:
            conn.execute(text(statement))
    assert len(log.entries(limit=100)) == 7  # 2 users added, 3 records, 1 sign-in, first run
