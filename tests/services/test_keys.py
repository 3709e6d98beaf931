"""Keys for secure bundles: password-protected secret files, public key files that the stock `minisign`
and `age` tools read, the minisign signature format in both directions, and BKD's trust list."""

import base64
import json
import shutil
import stat
import subprocess
from pathlib import Path

import pyrage
import pytest
from sqlalchemy import inspect, text

from desktop.domain import minisign
from desktop.domain.errors import IntegrityError, NotFoundError, ValidationError
from desktop.services import keys
from desktop.services.stores import open_central_store
from desktop.storage import central_orm
from desktop.storage.central_schema import VERSION as CENTRAL_VERSION

PASSWORD = "kunci-rahasia-pusat"
FIXTURES = Path(__file__).parents[1] / "fixtures" / "db"


def run(*cmd, cwd=None, input=None) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, input=input, capture_output=True, timeout=60)
    assert done.returncode == 0, done.stderr.decode()
    return done


@pytest.fixture
def cli_key(tmp_path) -> tuple[Path, Path]:
    """A key pair made by the stock tool: `minisign -G -W` (no password)."""
    pub, sec = tmp_path / "cli.pub", tmp_path / "cli.key"
    run("minisign", "-G", "-W", "-p", pub, "-s", sec)
    return pub, sec


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


# -- secret key files ---------------------------------------------------------------------------------


def test_the_centre_key_is_stored_only_password_protected(tmp_path):
    path = tmp_path / "keys" / "centre-signing.key"
    key = keys.create_centre_key(path, PASSWORD)
    assert _mode(path) == 0o600
    stored = path.read_bytes()
    seed = key.private.private_bytes_raw()
    assert seed not in stored and seed.hex().encode() not in stored
    assert minisign.PublicKey(key.key_id_raw, seed).line().encode() not in stored
    assert json.loads(stored)["kdf"] == "scrypt"

    loaded = keys.load_centre_key(path, PASSWORD)
    assert loaded.key_id == key.key_id and loaded.public_key == key.public_key
    assert loaded.private.private_bytes_raw() == seed
    assert key.key_id in repr(loaded) and "private" not in repr(loaded)

    with pytest.raises(ValidationError, match="kata sandi salah"):
        keys.load_centre_key(path, PASSWORD + "x")
    with pytest.raises(ValidationError, match="sudah ada"):
        keys.create_centre_key(path, PASSWORD)
    with pytest.raises(ValidationError, match="minimal 8"):
        keys.create_centre_key(tmp_path / "other.key", "pendek")
    assert not (tmp_path / "other.key").exists()
    with pytest.raises(NotFoundError, match="tidak dapat dibaca"):
        keys.load_centre_key(tmp_path / "missing.key", PASSWORD)


def test_a_changed_key_file_is_refused(tmp_path):
    path = tmp_path / "centre.key"
    keys.create_centre_key(path, PASSWORD)
    data = json.loads(path.read_text())

    swapped = tmp_path / "swapped.key"  # someone puts another public key beside the secret
    swapped.write_text(json.dumps({**data, "public": keys.generate_centre_key().public_key.line()}))
    with pytest.raises(ValidationError, match="telah diubah"):
        keys.load_centre_key(swapped, PASSWORD)

    greedy = tmp_path / "greedy.key"  # a file that asks for 2^30 scrypt rounds is not even tried
    greedy.write_text(json.dumps({**data, "n": 2**30}))
    with pytest.raises(IntegrityError, match="bukan berkas kunci rahasia"):
        keys.load_centre_key(greedy, PASSWORD)

    cipher = bytearray(path.read_bytes())
    at = cipher.index(b'"ciphertext": "') + 20
    cipher[at] = ord("A") if cipher[at] != ord("A") else ord("B")
    path.write_bytes(bytes(cipher))
    with pytest.raises(ValidationError, match="telah diubah"):
        keys.load_centre_key(path, PASSWORD)

    (tmp_path / "junk.key").write_text("bukan kunci")
    with pytest.raises(IntegrityError, match="bukan berkas kunci rahasia"):
        keys.load_centre_key(tmp_path / "junk.key", PASSWORD)


def test_bkd_identity_round_trip_and_the_stock_age_tool(tmp_path):
    path = tmp_path / "bkd.key"
    identity = keys.create_bkd_identity(path, PASSWORD)
    assert _mode(path) == 0o600 and str(identity.identity).encode() not in path.read_bytes()
    with pytest.raises(ValidationError, match="bukan kunci tanda tangan pusat"):
        keys.load_centre_key(path, PASSWORD)
    loaded = keys.load_bkd_identity(path, PASSWORD)
    assert loaded.recipient == identity.recipient and loaded.recipient.startswith("age1")

    # centres install the public file; the stock tool encrypts with it, BKD's key opens the result
    recipients = keys.write_recipient_file(identity, tmp_path / "bkd.age.pub")
    assert _mode(recipients) == 0o644 and keys.read_recipient_file(recipients) == [identity.recipient]
    (tmp_path / "plain.txt").write_bytes(b"isi rahasia\n")
    run("age", "-R", recipients, "-o", tmp_path / "stock.age", tmp_path / "plain.txt")
    assert loaded.decrypt((tmp_path / "stock.age").read_bytes()) == b"isi rahasia\n"

    # the unprotected identity file for hand checks is what `age -d -i` reads
    plain = keys.write_plain_identity_file(identity, tmp_path / "demo" / "bkd-identity.txt")
    assert _mode(plain) == 0o600
    ours = tmp_path / "ours.age"
    ours.write_bytes(pyrage.encrypt(b"dari aplikasi", [identity.identity.to_public()]))
    assert run("age", "-d", "-i", plain, ours).stdout == b"dari aplikasi"

    with pytest.raises(ValidationError, match="age1"):
        keys.parse_recipient("age1bukan")
    (tmp_path / "empty.pub").write_text("# hanya komentar\n")
    with pytest.raises(ValidationError, match="tidak memuat"):
        keys.read_recipient_file(tmp_path / "empty.pub")


def test_next_sequence_counts_from_one(tmp_path):
    counter = tmp_path / "sequence"
    assert [keys.next_sequence(counter) for _ in range(3)] == [1, 2, 3]
    counter.write_text("rusak")
    with pytest.raises(IntegrityError):
        keys.next_sequence(counter)


# -- the minisign formats, both directions ------------------------------------------------------------


def test_our_signatures_verify_with_the_stock_minisign(tmp_path):
    key = keys.generate_centre_key()
    pub = keys.write_public_key(key, tmp_path / "centre.pub")
    assert pub.read_text().splitlines()[0] == f"untrusted comment: minisign public key {key.key_id}"
    assert keys.read_public_key(pub) == key.public_key
    data = tmp_path / "data.bin"
    data.write_bytes(bytes(range(256)) * 1000)
    sig = key.sign(data.read_bytes(), "bundle=contoh seq=7", "signature from Asesmen centre key")
    (tmp_path / "data.bin.minisig").write_bytes(sig.to_bytes())
    out = run("minisign", "-V", "-p", pub, "-m", data).stdout.decode()
    assert "Trusted comment: bundle=contoh seq=7" in out
    out = run("minisign", "-V", "-H", "-P", key.public_key.line(), "-m", data).stdout.decode()  # -H: prehashed
    assert "verified" in out

    data.write_bytes(data.read_bytes() + b"!")
    refused = subprocess.run(["minisign", "-V", "-p", str(pub), "-m", str(data)], capture_output=True)
    assert refused.returncode != 0


def test_signatures_of_the_stock_minisign_verify_here(tmp_path, cli_key):
    pub_file, sec_file = cli_key
    public = keys.read_public_key(pub_file)
    # the same key id as minisign prints (it drops leading zeros: "%llX")
    assert int(pub_file.read_text().splitlines()[0].split()[-1], 16) == int(public.id, 16)
    data = tmp_path / "file.bin"
    data.write_bytes(b"\x00asesmen\xff" * 5000)
    run("minisign", "-S", "-s", sec_file, "-m", data, "-t", "bundle=abc seq=2")
    sig = minisign.Signature.parse((tmp_path / "file.bin.minisig").read_bytes())
    assert sig.algorithm == minisign.PREHASHED and sig.trusted_comment == "bundle=abc seq=2"
    assert sig.to_bytes() == (tmp_path / "file.bin.minisig").read_bytes()
    minisign.verify(public, data.read_bytes(), sig)

    with pytest.raises(minisign.SignatureError, match="tidak cocok dengan isi"):
        minisign.verify(public, data.read_bytes() + b"x", sig)
    forged = minisign.Signature(sig.algorithm, sig.key_id, sig.signature, "bundle=abc seq=3",
                                sig.global_signature, sig.untrusted_comment)
    with pytest.raises(minisign.SignatureError, match="komentar tepercaya"):
        minisign.verify(public, data.read_bytes(), forged)
    other = keys.generate_centre_key().public_key
    with pytest.raises(minisign.SignatureError, match=f"kunci {public.id}, bukan kunci {other.id}"):
        minisign.verify(other, data.read_bytes(), sig)

    run("minisign", "-S", "-l", "-s", sec_file, "-m", data, "-x", tmp_path / "legacy.minisig")
    legacy = minisign.Signature.parse((tmp_path / "legacy.minisig").read_bytes())
    with pytest.raises(minisign.SignatureError, match="format.*lama"):
        minisign.verify(public, data.read_bytes(), legacy)
    minisign.verify(public, data.read_bytes(), legacy, allow_legacy=True)


@pytest.mark.parametrize("raw", [
    b"",
    b"untrusted comment: x\n",
    b"untrusted comment: x\nAAAA\ntrusted comment: y\nAAAA\n",
    b"komentar: x\nAAAA\ntrusted comment: y\nAAAA\n",
    b"untrusted comment: x\nRUQ=\ntrusted comment: y\nAAAA\n\n",
    "untrusted comment: \u00e9\nRUQ\u00e9\ntrusted comment: y\nAAAA\n".encode("latin-1"),
])
def test_malformed_signature_files_are_refused(raw):
    with pytest.raises(minisign.SignatureError):
        minisign.Signature.parse(raw)


def test_malformed_public_keys_are_refused():
    good = keys.generate_centre_key().public_key
    other_algorithm = base64.b64encode(b"ED" + good.key_id + good.key).decode()
    assert minisign.PublicKey.from_file_text(good.file_text().replace("\n", "\r\n")) == good
    for bad in ("", "untrusted comment: x\n", "RWQ=\n", "untrusted comment: x\nRWQ=\n",
                good.file_text() + "tambahan\n", good.file_text().replace(good.line(), other_algorithm),
                good.file_text().replace(good.line(), good.line()[:-4])):
        with pytest.raises(ValidationError):
            minisign.PublicKey.from_file_text(bad)
    with pytest.raises(ValidationError, match="16 digit"):
        minisign.key_id_bytes("xyz")
    assert minisign.key_id_hex(minisign.key_id_bytes(good.id)) == good.id


# -- BKD's trust list ---------------------------------------------------------------------------------


@pytest.fixture(params=["sqlite", "postgresql"])
def trust(request, tmp_path):
    url = str(tmp_path / "central.sqlite") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    store = open_central_store(url)
    yield keys.TrustList(store)
    store.close()


def test_trust_list_add_lookup_revoke(trust, tmp_path, cli_key):
    centre = keys.generate_centre_key()
    added = trust.add("  UPT Penilaian Kompetensi Contoh  ", centre.public_key)
    assert (added.name, added.key_id, added.revoked) == ("UPT Penilaian Kompetensi Contoh", centre.key_id, False)
    stock = trust.add_file("Pusat Asesmen Lain", cli_key[0])  # a key made with `minisign -G`
    assert stock.key_id == keys.read_public_key(cli_key[0]).id
    assert [k.key_id for k in trust.entries()] == [centre.key_id, stock.key_id]

    found = trust.lookup(centre.key_id)
    assert found.public_key == centre.public_key and found.added_at.tzinfo is not None
    assert trust.lookup("0123456789ABCDEF") is None

    with pytest.raises(ValidationError, match="sudah ada"):
        trust.add("Lagi", centre.public_key)
    revoked = trust.revoke(centre.key_id.lower())
    assert revoked.revoked and trust.lookup(centre.key_id).revoked
    assert trust.revoke(centre.key_id).revoked_at == revoked.revoked_at  # the first date stays
    with pytest.raises(ValidationError, match="dicabut"):
        trust.add("UPT Penilaian Kompetensi Contoh", centre.public_key)
    with pytest.raises(NotFoundError, match="0123456789ABCDEF"):
        trust.revoke("0123456789ABCDEF")
    with pytest.raises(ValidationError, match="nama pusat"):
        trust.add("  ", keys.generate_centre_key().public_key)


def test_a_version_1_central_database_gets_the_trust_list(tmp_path):
    path = tmp_path / "central.sqlite"
    shutil.copy(FIXTURES / "central-v1.sqlite", path)
    store = open_central_store(path)
    try:
        with store.engine.connect() as conn:
            assert "trusted_key" in inspect(conn).get_table_names()
            version = conn.execute(text("SELECT value FROM asesmen_meta WHERE key = 'schema_version'")).scalar()
        assert int(version) == CENTRAL_VERSION >= 3
        key = keys.generate_centre_key()
        trust = keys.TrustList(store)
        trust.add("Pusat", key.public_key)
        assert trust.lookup(key.key_id).name == "Pusat"
    finally:
        store.close()


def test_demo_keys_are_what_the_stock_tools_need(tmp_path):
    demo = keys.write_demo_keys(tmp_path / "keys")
    assert sorted(p.name for p in (tmp_path / "keys").iterdir()) == ["bkd-identity.txt", "bkd.age.pub", "centre.pub"]
    assert _mode(demo.files[keys.PLAIN_IDENTITY_FILE]) == 0o600
    data = tmp_path / "payload"
    data.write_bytes(pyrage.encrypt(b"isi", [demo.bkd.identity.to_public()]))
    (tmp_path / "payload.minisig").write_bytes(demo.centre.sign(data.read_bytes(), "demo", "demo").to_bytes())
    run("minisign", "-V", "-p", demo.files[keys.CENTRE_PUBLIC_FILE], "-m", data)
    assert run("age", "-d", "-i", demo.files[keys.PLAIN_IDENTITY_FILE], data).stdout == b"isi"
    assert keys.read_recipient_file(demo.files[keys.BKD_RECIPIENT_FILE]) == [demo.bkd.recipient]
    assert not any(str(demo.bkd.identity) in p.read_text() for p in demo.files.values()
                   if p.name != keys.PLAIN_IDENTITY_FILE)


def test_bkd_keys_make_the_receipt_key_and_one_public_file_for_centres(tmp_path):
    folder = tmp_path / "bkd"
    made = keys.create_bkd_keys(folder, PASSWORD)
    assert made.created == ("bkd-age.key", "bkd-receipt.key")
    assert sorted(p.name for p in folder.iterdir()) == ["bkd-age.key", "bkd-receipt.key", "bkd-receipt.pub",
                                                          "bkd.age.pub"]
    assert _mode(folder / "bkd-receipt.key") == 0o600 and _mode(folder / "bkd.age.pub") == 0o644
    seed = made.receipt_key.private.private_bytes_raw()
    assert seed not in (folder / "bkd-receipt.key").read_bytes()
    assert keys.load_receipt_key(folder / "bkd-receipt.key", PASSWORD).public_key == made.receipt_key.public_key
    assert keys.signing_key_public(folder / "bkd-receipt.key") == made.receipt_key.public_key
    assert "BkdReceiptKey" in repr(made.receipt_key) and "private" not in repr(made.receipt_key)

    # the one file centres install: age reads its recipient, the receipt key rides on a comment line
    public = folder / "bkd.age.pub"
    assert keys.read_recipient_file(public) == [made.identity.recipient]
    assert keys.read_receipt_key(public) == made.receipt_key.public_key
    assert keys.read_receipt_key(folder / "bkd-receipt.pub") == made.receipt_key.public_key
    (tmp_path / "plain.txt").write_bytes(b"isi\n")
    run("age", "-R", public, "-o", tmp_path / "x.age", tmp_path / "plain.txt")
    assert made.identity.decrypt((tmp_path / "x.age").read_bytes()) == b"isi\n"
    data = tmp_path / "data.bin"
    data.write_bytes(b"tanda terima")
    (tmp_path / "data.bin.minisig").write_bytes(made.receipt_key.sign(data.read_bytes(), "t", "u").to_bytes())
    line = next(ln for ln in public.read_text().splitlines() if ln.startswith("# minisign: ")).split()[2]
    run("minisign", "-V", "-P", line, "-m", data)
    run("minisign", "-V", "-p", folder / "bkd-receipt.pub", "-m", data)

    # again: the secret files are kept (opened with the password), the public ones written anew
    again = keys.create_bkd_keys(folder, PASSWORD)
    assert again.created == () and again.receipt_key.public_key == made.receipt_key.public_key
    with pytest.raises(ValidationError, match="kata sandi salah"):
        keys.create_bkd_keys(folder, PASSWORD + "x")
    # a BKD set up before receipts existed gets just the receipt key
    older = tmp_path / "older"
    identity = keys.create_bkd_identity(older / "bkd-age.key", PASSWORD)
    keys.write_recipient_file(identity, older / "bkd.age.pub")
    with pytest.raises(ValidationError, match="tidak memuat kunci tanda terima"):
        keys.read_receipt_key(older / "bkd.age.pub")
    upgraded = keys.create_bkd_keys(older, PASSWORD)
    assert upgraded.created == ("bkd-receipt.key",) and upgraded.identity.recipient == identity.recipient
    assert keys.read_receipt_key(older / "bkd.age.pub") == upgraded.receipt_key.public_key

    with pytest.raises(ValidationError, match="bukan kunci tanda terima BKD"):
        keys.load_receipt_key(folder / "bkd-age.key", PASSWORD)
    with pytest.raises(ValidationError, match="bukan kunci tanda tangan"):
        keys.signing_key_public(folder / "bkd-age.key")
    twice = tmp_path / "twice.pub"
    twice.write_text(public.read_text() + f"# minisign: {keys.generate_receipt_key().public_key.line()}\n")
    with pytest.raises(ValidationError, match="lebih dari satu"):
        keys.read_receipt_key(twice)


def test_a_centre_key_file_is_not_taken_for_bkds(tmp_path):
    keys.create_centre_key(tmp_path / "centre.key", PASSWORD)
    with pytest.raises(ValidationError, match="bukan kunci age BKD"):
        keys.load_bkd_identity(tmp_path / "centre.key", PASSWORD)


@pytest.mark.parametrize("dialect", ["sqlite", "postgresql"])
def test_the_trust_list_step_works_on_both_dialects(request, tmp_path, dialect):
    url = str(tmp_path / "central.sqlite") if dialect == "sqlite" else request.getfixturevalue("pg_url")
    store = open_central_store(url)
    with store.engine.begin() as conn:  # the step that brings a version 2 database to version 3
        conn.execute(text("DROP TABLE trusted_key"))
        central_orm._central_v3(conn)
    try:
        key = keys.generate_centre_key()
        keys.TrustList(store).add("Pusat", key.public_key)
        assert keys.TrustList(store).lookup(key.key_id).key_id == key.key_id
    finally:
        store.close()
