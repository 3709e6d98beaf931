"""Secure bundles: real sealed sessions, real keys, a real trust list in a central SQLite file, and the
stock `minisign`, `age`, `unzip` and `bagit.py` tools as independent judges."""

import contextlib
import hashlib
import io
import json
import os
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

import pytest

from desktop import resources
from desktop.domain.errors import BundleError, ValidationError
from desktop.domain.nip import format_nip
from desktop.services import bundles, keys
from desktop.services import secure_bundles as sb
from desktop.services.stores import open_central_store

BAGIT = Path(sys.executable).with_name("bagit.py")
CENTRE_ID = "5f0c6f8e-2b7c-4a43-9d55-0a1e6c1f7a10"


def run(*cmd, cwd=None) -> subprocess.CompletedProcess:
    done = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, timeout=120)
    assert done.returncode == 0, (cmd, done.stderr.decode())
    return done


@pytest.fixture(scope="module")
def centre_key() -> keys.CentreSigningKey:
    return keys.generate_centre_key()


@pytest.fixture(scope="module")
def bkd() -> keys.BkdIdentity:
    return keys.generate_bkd_identity()


@pytest.fixture
def trust(tmp_path, centre_key):
    store = open_central_store(tmp_path / "central.sqlite")
    trust = keys.TrustList(store)
    trust.add("UPT Penilaian Kompetensi Contoh", centre_key.public_key)
    yield trust
    store.close()


@pytest.fixture
def document(sealed_demo) -> dict:
    _, service, uuid = sealed_demo
    return service.document(uuid)


@pytest.fixture
def secure(document, tmp_path, centre_key, bkd) -> Path:
    return sb.write_secure_bundle(document, tmp_path / "stick", centre_key, [bkd.recipient], CENTRE_ID, 1)


def _members(raw: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _zip(members: list[tuple[str, bytes]], **options) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", **options) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def _reopen(raw: bytes, bkd, trust) -> sb.OpenedBundle:
    return sb.open_secure_bundle(raw, [bkd], trust.lookup)


def meta_session(secure: Path, bkd) -> str:
    """The uuid of the (only) session inside a secure bundle, read with BKD's identity."""
    files = _members(secure.read_bytes())
    bag = bkd.decrypt(files["payload.age"])
    return next(name.removeprefix("data/sessions/").removesuffix(".json") for name in _members(bag)
                if name.startswith("data/sessions/"))


# -- round trip and the stock tools -------------------------------------------------------------------


def test_round_trip_gives_back_the_sealed_session(secure, document, bkd, trust, centre_key):
    assert [p.name for p in secure.parent.iterdir()] == [secure.name]
    opened = sb.read_secure_bundle(secure, [bkd], trust.lookup)
    assert opened.bundle.document == document
    assert opened.sha256 == hashlib.sha256(secure.read_bytes()).hexdigest()
    meta = opened.metadata
    assert secure.name == f"{meta.bundle_id}.bundle.zip"
    assert (meta.key_id, meta.centre_id, meta.sequence) == (centre_key.key_id, CENTRE_ID, 1)
    assert opened.signer.name == "UPT Penilaian Kompetensi Contoh"
    assert bundles.read_bundle_bytes(opened.bag_bytes).document == document
    with zipfile.ZipFile(secure) as zf:
        assert [i.filename for i in zf.infolist()] == ["bundle.json", "payload.age", "payload.age.minisig"]
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
        public = json.loads(zf.read("bundle.json"))
    assert public == {"format": "asesmen.bundle", "format_version": 1, "bundle_id": meta.bundle_id,
                      "created_at": meta.created_at, "centre_id": CENTRE_ID, "key_id": centre_key.key_id,
                      "sequence": 1}
    assert sb.read_metadata(secure.read_bytes()) == meta


def test_the_stock_tools_accept_our_bundle(secure, tmp_path, centre_key, bkd):
    """What a person does by hand: unzip, minisign -V, age -d, unzip the bag, bagit.py --validate."""
    work = tmp_path / "by-hand"
    work.mkdir()
    keys.write_public_key(centre_key, work / "centre.pub")
    keys.write_plain_identity_file(bkd, work / "bkd.key")
    run("unzip", "-q", secure, "-d", work / "bundle")
    out = run("minisign", "-Vm", "payload.age", "-p", work / "centre.pub", cwd=work / "bundle").stdout.decode()
    meta = sb.read_metadata(secure.read_bytes())
    assert "Signature and comment signature verified" in out
    assert f"bundle={meta.bundle_id} seq=1 centre={CENTRE_ID}" in out
    digest = hashlib.sha256((work / "bundle" / "bundle.json").read_bytes()).hexdigest()
    assert f"bundle.json-sha256={digest}" in out
    run("age", "-d", "-i", work / "bkd.key", "-o", work / "bag.zip", work / "bundle" / "payload.age")
    run("unzip", "-q", work / "bag.zip", "-d", work / "bag")
    checked = subprocess.run([str(BAGIT), "--validate", str(work / "bag")], capture_output=True, text=True)
    assert checked.returncode == 0 and "is valid" in checked.stderr, checked.stderr
    session = work / "bag" / bundles.session_file(meta_session(secure, bkd))
    assert json.loads(session.read_text())["session"]["seal_hash"]
    info = (work / "bag" / "bag-info.txt").read_text()  # the signer, named again inside the encryption
    assert f"Asesmen-Bundle-Id: {meta.bundle_id}\n" in info and f"Asesmen-Centre-Key-Id: {centre_key.key_id}\n" in info


def test_a_bundle_made_with_the_stock_tools_is_accepted(document, tmp_path, bkd, trust):
    """age -r encrypts the bag, minisign -S signs it with a key made by minisign -G: we accept the result."""
    run("minisign", "-G", "-W", "-p", tmp_path / "cli.pub", "-s", tmp_path / "cli.key")
    cli = trust.add_file("Pusat dengan minisign", tmp_path / "cli.pub")
    meta = sb.BundleMetadata("7d444840-9dc0-4c2e-9a4b-6f1f6f0c2a11", "2026-11-25T08:00:00Z", CENTRE_ID,
                             cli.key_id, 4)
    (tmp_path / "bag.zip").write_bytes(bundles.bag_bytes(document, meta.binding()))
    run("age", "-r", bkd.recipient, "-o", tmp_path / "payload.age", tmp_path / "bag.zip")
    run("minisign", "-S", "-s", tmp_path / "cli.key", "-m", tmp_path / "payload.age",
        "-t", meta.trusted_comment(), "-c", meta.untrusted_comment())
    raw = sb.pack(meta, (tmp_path / "payload.age").read_bytes(), (tmp_path / "payload.age.minisig").read_bytes())
    opened = _reopen(raw, bkd, trust)
    assert opened.bundle.document == document and opened.signer.name == "Pusat dengan minisign"

    run("minisign", "-S", "-l", "-s", tmp_path / "cli.key", "-m", tmp_path / "payload.age",
        "-x", tmp_path / "legacy.minisig", "-t", meta.trusted_comment(), "-c", meta.untrusted_comment())
    legacy = sb.pack(meta, (tmp_path / "payload.age").read_bytes(), (tmp_path / "legacy.minisig").read_bytes())
    with pytest.raises(BundleError, match="format.*lama"):
        _reopen(legacy, bkd, trust)


# -- alterations --------------------------------------------------------------------------------------


def test_one_flipped_byte_anywhere_is_rejected(secure, bkd, trust):
    """ASESMEN_FLIP_ALL=1 flips every byte of the file (about a minute)."""
    raw = secure.read_bytes()
    step = max(1, len(raw) // 400)
    offsets = {*range(0, len(raw), step), *range(512), *range(len(raw) - 512, len(raw))}
    if os.environ.get("ASESMEN_FLIP_ALL"):
        offsets = set(range(len(raw)))
    assert len(offsets) >= 1300 and len(raw) > 20_000
    started = time.perf_counter()
    for offset in sorted(offsets):
        for mask in (0x01, 0x80):
            altered = bytearray(raw)
            altered[offset] ^= mask
            with pytest.raises(BundleError):
                _reopen(bytes(altered), bkd, trust)
    assert time.perf_counter() - started < 120 or os.environ.get("ASESMEN_FLIP_ALL")


def test_one_flipped_byte_inside_a_member_is_rejected_even_with_a_valid_zip_around_it(secure, bkd, trust):
    """As a forger would do it: change a byte of one member and re-pack, so every zip checksum is right."""
    files = _members(secure.read_bytes())
    checked = 0
    for name, data in files.items():
        spread = range(0, len(data), max(1, len(data) // 300))
        offsets = {*spread, *range(min(512, len(data))), *range(max(0, len(data) - 512), len(data))}
        for offset in sorted(offsets):
            altered = bytearray(data)
            altered[offset] ^= 0x01
            with pytest.raises(BundleError) as caught:
                _reopen(sb._pack({**files, name: bytes(altered)}), bkd, trust)
            message = str(caught.value)
            assert "didekripsi" not in message and "isi bundel ditolak" not in message  # stopped before decrypting
            checked += 1
    assert checked > 1500


def test_truncated_or_extended_bundles_are_rejected(secure, bkd, trust):
    raw = secure.read_bytes()
    cuts = {0, 1, 21, 22, len(raw) - 22, len(raw) - 1, *range(0, len(raw), max(1, len(raw) // 200))}
    for cut in sorted(cuts):
        with pytest.raises(BundleError):
            _reopen(raw[:cut], bkd, trust)
    for extra in (b"\x00", b"x" * 1024):
        with pytest.raises(BundleError, match="tambahan di akhir"):
            _reopen(raw + extra, bkd, trust)
        with pytest.raises(BundleError):
            _reopen(extra + raw, bkd, trust)


def test_an_unknown_signer_is_rejected_naming_its_key(document, tmp_path, bkd, trust):
    stranger = keys.generate_centre_key()
    path = sb.write_secure_bundle(document, tmp_path / "x", stranger, [bkd.recipient], CENTRE_ID, 1)
    with pytest.raises(BundleError, match=f"kunci penanda tangan {stranger.key_id} tidak ada di daftar"):
        sb.read_secure_bundle(path, [bkd], trust.lookup)


def test_a_revoked_signer_is_rejected_naming_its_key(secure, bkd, trust, centre_key):
    _reopen(secure.read_bytes(), bkd, trust)
    trust.revoke(centre_key.key_id)
    with pytest.raises(BundleError, match=f"{centre_key.key_id} \\(UPT Penilaian Kompetensi Contoh\\) telah dicabut"):
        _reopen(secure.read_bytes(), bkd, trust)


def test_a_bundle_re_signed_by_another_key_is_rejected(secure, bkd, trust, centre_key):
    files = _members(secure.read_bytes())
    meta = sb.read_metadata(secure.read_bytes())
    other = keys.generate_centre_key()
    trust.add("Pusat Asesmen Lain", other.public_key)  # even a key BKD trusts for another centre
    resigned = other.sign(files["payload.age"], meta.trusted_comment(), meta.untrusted_comment()).to_bytes()
    raw = sb.pack(meta, files["payload.age"], resigned)
    with pytest.raises(BundleError, match=f"kunci {other.key_id}, sedangkan bundle.json menyebut kunci "
                                          f"{centre_key.key_id}"):
        _reopen(raw, bkd, trust)

    # a forger who also rewrites bundle.json to name their own (untrusted) key
    forger = keys.generate_centre_key()
    forged_meta = sb.BundleMetadata(meta.bundle_id, meta.created_at, meta.centre_id, forger.key_id, meta.sequence)
    raw = sb.pack(forged_meta, files["payload.age"], sb.sign_payload(forged_meta, files["payload.age"], forger))
    with pytest.raises(BundleError, match=f"{forger.key_id} tidak ada di daftar kepercayaan"):
        _reopen(raw, bkd, trust)


def test_changed_public_metadata_is_rejected(secure, bkd, trust):
    """bundle.json is bound to the signature through its hash in the trusted comment."""
    files = _members(secure.read_bytes())
    meta = sb.read_metadata(secure.read_bytes())
    for changed in (sb.BundleMetadata(meta.bundle_id, meta.created_at, meta.centre_id, meta.key_id, 2),
                    sb.BundleMetadata(meta.bundle_id, "2020-01-01T00:00:00Z", meta.centre_id, meta.key_id, 1),
                    sb.BundleMetadata(meta.bundle_id, meta.created_at, "pusat-lain", meta.key_id, 1)):
        with pytest.raises(BundleError, match="komentar tepercaya"):
            _reopen(sb.pack(changed, files["payload.age"], files["payload.age.minisig"]), bkd, trust)
    loose = json.dumps(json.loads(files["bundle.json"])).encode()  # same content, not the canonical bytes
    with pytest.raises(BundleError, match="bentuk baku"):
        _reopen(sb._pack({**files, "bundle.json": loose}), bkd, trust)
    newer = files["bundle.json"].replace(b'"format_version": 1', b'"format_version": 2')
    with pytest.raises(BundleError, match="versi format bundel 2 tidak didukung"):
        _reopen(sb._pack({**files, "bundle.json": newer}), bkd, trust)


def test_an_insider_re_encrypting_an_edited_bag_is_caught_by_the_seal(document, bkd, trust, centre_key):
    """Signed by the trusted key and decryptable, but a score was edited and the manifests recomputed."""
    doc = json.loads(json.dumps(document))
    doc["final_levels"][0]["level"] = 5 if doc["final_levels"][0]["level"] != 5 else 4
    payload = bundles.session_json(doc)  # the same length: bag-info's Payload-Oxum stays right
    sha = lambda b: hashlib.sha256(b).hexdigest()  # noqa: E731
    meta = sb.new_metadata(centre_key, CENTRE_ID, 2)
    files = _members(bundles.bag_bytes(document, meta.binding()))
    name = bundles.session_file(document["session"]["uuid"])
    files[name] = payload
    files["manifest-sha256.txt"] = f"{sha(payload)}  {name}\n".encode()
    files["tagmanifest-sha256.txt"] = "".join(
        f"{sha(files[n])}  {n}\n" for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")).encode()
    raw = sb.seal_bag(bundles._pack(files), meta, centre_key, [bkd.recipient])
    with pytest.raises(BundleError, match="isi bundel ditolak: .*log audit"):
        _reopen(raw, bkd, trust)


def test_a_wrong_age_identity_is_rejected(secure, trust):
    with pytest.raises(BundleError, match="tidak dapat didekripsi dengan kunci BKD ini"):
        _reopen(secure.read_bytes(), keys.generate_bkd_identity(), trust)
    with pytest.raises(BundleError, match="belum dibuka"):
        sb.open_secure_bundle(secure.read_bytes(), [], trust.lookup)


def test_the_signature_is_checked_before_decrypting(document, bkd, trust, centre_key):
    """A payload nobody can decrypt, with a broken signature: the signature is what is reported."""
    meta = sb.new_metadata(centre_key, CENTRE_ID, 3)
    garbage = b"age-encryption.org/v1\n" + b"\x00" * 400
    signature = sb.sign_payload(meta, garbage + b"!", centre_key)
    with pytest.raises(BundleError, match="tanda tangan bundel tidak sah"):
        _reopen(sb.pack(meta, garbage, signature), bkd, trust)
    with pytest.raises(BundleError, match="tidak dapat didekripsi"):  # signed garbage: decryption fails cleanly
        _reopen(sb.pack(meta, garbage, sb.sign_payload(meta, garbage, centre_key)), bkd, trust)


# -- hostile outer archives ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda f: [*f, ("extra.txt", b"x")], "tepat 3 berkas"),
        (lambda f: f[:2], "tepat 3 berkas"),
        (lambda f: [("../bundle.json", f[0][1]), *f[1:]], "tak dikenal"),
        (lambda f: [("/bundle.json", f[0][1]), *f[1:]], "tak dikenal"),
        (lambda f: [("C:\\bundle.json", f[0][1]), *f[1:]], "tak dikenal"),
        (lambda f: [("x/../bundle.json", f[0][1]), *f[1:]], "tak dikenal"),
        (lambda f: [f[1], f[0], f[2]], "urutan"),
        (lambda f: [f[0], f[1], ("payload.age", f[1][1])], "ganda"),
        (lambda f: [f[0], ("payload.age.minisig", f[2][1]), f[2]], "ganda"),
        (lambda f: [f[0], f[1], ("nested.zip", _zip(f))], "tak dikenal"),
    ],
)
def test_hostile_outer_archives_are_rejected(secure, bkd, trust, change, fragment):
    members = list(_members(secure.read_bytes()).items())
    with pytest.warns(UserWarning, match="Duplicate name") if fragment == "ganda" else contextlib.nullcontext():
        raw = _zip(change(members))
    with pytest.raises(BundleError, match=fragment):
        _reopen(raw, bkd, trust)


def test_links_folders_compression_and_zip_encryption_flags_are_rejected(secure, bkd, trust):
    members = _members(secure.read_bytes())

    def build(patch) -> bytes:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            for name, data in members.items():
                info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                info.external_attr = 0o100644 << 16
                patch(info)
                zf.writestr(info, data)
        return buf.getvalue()

    def link(info):
        if info.filename == "payload.age":
            info.external_attr = 0o120777 << 16

    def folder(info):
        if info.filename == "payload.age.minisig":
            info.external_attr = (0o040755 << 16) | 0x10

    def deflate(info):
        info.compress_type = zipfile.ZIP_DEFLATED

    for patch, fragment in ((link, "tautan"), (folder, "tautan atau folder"), (deflate, "kompresi")):
        with pytest.raises(BundleError, match=fragment):
            _reopen(build(patch), bkd, trust)
    encrypted = bytearray(build(lambda info: None))
    central = encrypted.rfind(b"PK\x01\x02", 0, encrypted.rfind(b"PK\x05\x06"))
    encrypted[central + 8] |= 0x01  # the "encrypted" flag of the last central directory entry
    with pytest.raises(BundleError, match="terenkripsi zip"):
        _reopen(bytes(encrypted), bkd, trust)


def test_many_entries_and_huge_files_are_refused_at_once(tmp_path, bkd, trust):
    many = _zip([(f"e{i}", b"") for i in range(100_000)])
    started = time.perf_counter()
    with pytest.raises(BundleError, match="tepat 3 berkas"):
        _reopen(many, bkd, trust)
    assert time.perf_counter() - started < 2
    huge = tmp_path / "huge.bundle.zip"
    with huge.open("wb") as fh:
        fh.truncate(2 * 1024**3)  # sparse: 2 GiB on paper, nothing read
    started = time.perf_counter()
    with pytest.raises(BundleError, match="terlalu besar"):
        sb.read_secure_bundle(huge, [bkd], trust.lookup)
    assert time.perf_counter() - started < 2
    with pytest.raises(BundleError, match="tidak dapat dibaca"):
        sb.read_secure_bundle(tmp_path / "missing.bundle.zip", [bkd], trust.lookup)
    with pytest.raises(BundleError, match="bukan berkas bundel"):
        _reopen(b"\x00" * 4096, bkd, trust)


# -- confidentiality and writing ----------------------------------------------------------------------


def test_the_file_on_the_stick_holds_no_name_nip_or_score(secure, document):
    raw = secure.read_bytes().lower()
    sample = resources.load_json("sample", "demo.json")
    people = [*sample["assessees"], *sample["assessors"]]
    secrets = [p["name"] for p in people]  # (short strings like first names would match ciphertext by chance)
    secrets += [p["nip"] for p in people if p.get("nip")] + [format_nip(p["nip"]) for p in sample["assessees"]]
    secrets += [sample["session"]["title"], sample["session"]["agency"], document["session"]["seal_hash"]]
    secrets += ['"level"', '"jpm"', "final_levels", "data/sessions", "bagit", "kompetensi", "Asesmen-Session"]
    found = [s for s in secrets if s.lower().encode() in raw]
    assert found == []
    assert len(secrets) > 30
    assert secure.name.removesuffix(".bundle.zip").count("-") == 4  # a UUID, nothing else


def test_writing_leaves_no_plaintext_behind_and_refuses_without_keys(document, tmp_path, centre_key, bkd):
    temp = Path(tempfile.gettempdir())
    before = set(temp.glob("asesmen-bag-*"))
    sb.write_secure_bundle(document, tmp_path / "stick", centre_key, [bkd.recipient], CENTRE_ID, 5)
    assert set(temp.glob("asesmen-bag-*")) == before
    with pytest.raises(ValidationError, match="kunci publik BKD belum dipasang"):
        sb.write_secure_bundle(document, tmp_path / "none", centre_key, [], CENTRE_ID, 1)
    with pytest.raises(ValidationError, match="age1"):
        sb.write_secure_bundle(document, tmp_path / "none", centre_key, ["bukan-kunci"], CENTRE_ID, 1)
    with pytest.raises(ValidationError, match="sequence"):
        sb.write_secure_bundle(document, tmp_path / "none", centre_key, [bkd.recipient], CENTRE_ID, 0)
    with pytest.raises(ValidationError, match="centre_id"):
        sb.write_secure_bundle(document, tmp_path / "none", centre_key, [bkd.recipient], "pusat/../x", 1)
    assert not (tmp_path / "none").exists()


def test_unsealed_sessions_are_not_exported(open_demo, tmp_path, centre_key, bkd):
    _, service, uuid = open_demo
    with pytest.raises(ValidationError, match="belum disegel"):
        sb.write_secure_bundle(service.document(uuid), tmp_path / "stick", centre_key, [bkd.recipient], CENTRE_ID, 1)
    assert not (tmp_path / "stick").exists()


def test_a_bundle_for_two_recipients_opens_with_either(document, centre_key, trust):
    first, recovery = keys.generate_bkd_identity(), keys.generate_bkd_identity()
    _, raw = sb.seal_documents(document, centre_key, [first.recipient, recovery.recipient], CENTRE_ID, 9)
    for identity in (first, recovery):
        assert _reopen(raw, identity, trust).bundle.document == document


# -- the signer bound inside the bag ------------------------------------------------------------------


def test_a_trusted_centre_re_signing_another_centres_payload_is_rejected(secure, bkd, trust, centre_key):
    """Centre B cannot read centre A's payload.age, but could sign it with its own trusted key under its
    own bundle.json: the bag inside still names centre A's key, so BKD refuses it and says why."""
    files = _members(secure.read_bytes())
    meta = sb.read_metadata(secure.read_bytes())
    other = keys.generate_centre_key()
    trust.add("Pusat Asesmen Lain", other.public_key)
    forged = sb.new_metadata(other, "pusat-lain", 1)
    raw = sb.pack(forged, files["payload.age"], sb.sign_payload(forged, files["payload.age"], other))
    with pytest.raises(BundleError) as caught:
        _reopen(raw, bkd, trust)
    message = str(caught.value)
    assert f"ditandatangani dengan kunci {other.key_id} (Pusat Asesmen Lain, pusat pusat-lain)" in message
    assert f"dibuat oleh pusat {CENTRE_ID} dengan kunci {centre_key.key_id} untuk bundel {meta.bundle_id}" in message
    assert "ditandatangani ulang ditolak" in message
    # the same forgery keeping centre A's centre id: the key still gives it away
    forged = sb.new_metadata(other, CENTRE_ID, 1, bundle_id=meta.bundle_id, created_at=meta.created_at)
    raw = sb.pack(forged, files["payload.age"], sb.sign_payload(forged, files["payload.age"], other))
    with pytest.raises(BundleError, match=f"dengan kunci {centre_key.key_id} untuk bundel"):
        _reopen(raw, bkd, trust)


@pytest.mark.parametrize(("field", "value", "named"), [
    ("bundle_id", "3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b", "id bundel"),
    ("sequence", 2, "nomor urut: di dalam 1, di luar 2"),
    ("created_at", "2030-01-01T00:00:00Z", "waktu pembuatan"),
])
def test_an_old_payload_re_signed_under_new_metadata_is_rejected(secure, bkd, trust, centre_key, field, value, named):
    """Even the centre's own key cannot pass an old payload off as a new bundle or sequence number."""
    files = _members(secure.read_bytes())
    meta = sb.read_metadata(secure.read_bytes())
    changed = sb.BundleMetadata(**{**{k: getattr(meta, k) for k in ("bundle_id", "created_at", "centre_id",
                                                                    "key_id", "sequence")}, field: value})
    raw = sb.pack(changed, files["payload.age"], sb.sign_payload(changed, files["payload.age"], centre_key))
    with pytest.raises(BundleError, match=f"bundle.json tidak sesuai dengan isi bundel \\(.*{named}"):
        _reopen(raw, bkd, trust)


def test_a_bag_that_names_no_bundle_is_rejected_inside_a_secure_bundle(document, bkd, trust, centre_key):
    meta = sb.new_metadata(centre_key, CENTRE_ID, 3)
    raw = sb.seal_bag(bundles.bag_bytes(document), meta, centre_key, [bkd.recipient])  # a bare bag inside
    with pytest.raises(BundleError, match="tidak menyebut bundel dan penanda tangannya"):
        _reopen(raw, bkd, trust)


def test_one_bundle_carries_several_sessions(document, tmp_path, bkd, trust, centre_key):
    from tests.services.test_central_races import SessionDeriver

    deriver = SessionDeriver(document)
    docs = [document, deriver.derive(1), deriver.derive(2)]
    path = sb.write_secure_bundle(docs, tmp_path / "stick", centre_key, [bkd.recipient], CENTRE_ID, 11)
    opened = sb.read_secure_bundle(path, [bkd], trust.lookup)
    assert sorted(d["session"]["uuid"] for d in opened.bundle.documents) == sorted(d["session"]["uuid"] for d in docs)
    assert opened.bundle.binding == opened.metadata.binding()
    assert [p.name for p in (tmp_path / "stick").iterdir()] == [path.name]
