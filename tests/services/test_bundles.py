import hashlib
import io
import json
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.domain.errors import AsesmenError, BundleError, ValidationError
from desktop.services import bundles
from desktop.services.bundles import BagBinding, bag_bytes, export_bundle, read_bundle, read_bundle_bytes, session_file

BAGIT = Path(sys.executable).with_name("bagit.py")


@pytest.fixture
def bundle(sealed_demo, tmp_path) -> Path:
    _, service, uuid = sealed_demo
    return export_bundle(service.document(uuid), tmp_path / "stick")


@pytest.fixture
def payload(sealed_demo) -> str:
    """The name of the (only) session file inside the bag."""
    _, service, uuid = sealed_demo
    return session_file(uuid)


def _copy_of(document: dict, suffix: str) -> dict:
    """Another sealed session: the same document under new uuids, re-chained and re-sealed."""
    from tests.services.test_central_races import derive

    return derive(document, suffix)


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def _rehash(files: dict[str, bytes], oxum: bool = True) -> dict[str, bytes]:
    """Recompute the payload size in bag-info.txt and both manifests, as a forger without our keys would."""
    sha = lambda b: hashlib.sha256(b).hexdigest()  # noqa: E731
    data = sorted(n for n in files if n.startswith("data/"))
    if oxum:
        size = f"Payload-Oxum: {sum(len(files[n]) for n in data)}.{len(data)}".encode()
        files["bag-info.txt"] = re.sub(rb"Payload-Oxum: \S+", size, files["bag-info.txt"])
    files["manifest-sha256.txt"] = "".join(f"{sha(files[n])}  {n}\n" for n in data).encode()
    files["tagmanifest-sha256.txt"] = "".join(
        f"{sha(files[n])}  {n}\n" for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")).encode()
    return files


def _repack(files: dict[str, bytes]) -> bytes:
    """The canonical encoding again, so that only the change itself can be what is rejected."""
    return bundles._pack(files)


def test_export_is_a_bag_that_the_stock_bagit_tool_validates(bundle, payload, tmp_path):
    assert bundle.name.endswith(".bag.zip")
    out = tmp_path / "unpacked"
    with zipfile.ZipFile(bundle) as zf:
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
        assert [i.filename for i in zf.infolist()] == [*bundles.TAGS, payload]
        zf.extractall(out)
    run = subprocess.run([str(BAGIT), "--validate", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "is valid" in run.stderr
    doc = json.loads((out / payload).read_text())
    assert len(doc["assessees"]) == 6 and doc["session"]["seal_hash"]
    info = (out / "bag-info.txt").read_text()
    assert f"Asesmen-Session: {doc['session']['uuid']}\n" in info and "Asesmen-Bundle-Id" not in info


def test_several_sessions_travel_in_one_bag_with_its_binding(sealed_demo, tmp_path):
    """A multi-session bag: one file per session, sorted; bag-info names them and the bundle it is for;
    the stock tool validates it and the reader gives every session back."""
    _, service, uuid = sealed_demo
    first = service.document(uuid)
    others = [_copy_of(first, str(i)) for i in range(2)]
    binding = BagBinding("0b8e9c2e-6d4f-4b1a-9a57-3c2d1e0f9a88", 7, "2026-11-25T08:00:00Z", "pusat-contoh",
                         "0123456789ABCDEF")
    raw = bag_bytes([others[1], first, others[0]], binding)
    opened = read_bundle_bytes(raw)
    uuids = sorted(d["session"]["uuid"] for d in (first, *others))
    assert [d["session"]["uuid"] for d in opened.documents] == uuids
    assert opened.binding == binding and opened.bag_sha256 == hashlib.sha256(raw).hexdigest()
    assert [json.loads(p) for p in opened.payloads] == list(opened.documents)
    out = tmp_path / "bag"
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        assert [i.filename for i in zf.infolist()] == [*bundles.TAGS, *(session_file(u) for u in uuids)]
        zf.extractall(out)
    run = subprocess.run([str(BAGIT), "--validate", str(out)], capture_output=True, text=True)
    assert run.returncode == 0 and "is valid" in run.stderr, run.stderr
    info = (out / "bag-info.txt").read_text()
    for line in ("Asesmen-Bundle-Id: 0b8e9c2e-6d4f-4b1a-9a57-3c2d1e0f9a88", "Asesmen-Bundle-Sequence: 7",
                 "Asesmen-Centre-Id: pusat-contoh", "Asesmen-Centre-Key-Id: 0123456789ABCDEF",
                 "Bagging-Date: 2026-11-25", *(f"Asesmen-Session: {u}" for u in uuids)):
        assert line + "\n" in info
    with pytest.raises(BundleError, match="bukan satu"):
        _ = opened.document
    with pytest.raises(ValidationError, match="dua kali"):
        bag_bytes([first, first])


def test_read_back_gives_the_same_document(bundle, sealed_demo):
    _, service, uuid = sealed_demo
    assert read_bundle(bundle).document == service.document(uuid)
    assert read_bundle(bundle).binding is None


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda f, p: f.update({"bag-info.txt": f["bag-info.txt"].replace(b"Asesmen-Session", b"Asesmen-Sesi")}),
         "tidak dikenal"),
        (lambda f, p: f.update({"bag-info.txt": f["bag-info.txt"] + b"Bagging-Date: 2020-01-01\n"}), "ganda"),
        (lambda f, p: f.update({"bag-info.txt": f["bag-info.txt"].replace(b"Payload-Oxum: ", b"Payload-Oxum: 1")}),
         "Payload-Oxum"),
        (lambda f, p: f.update({"bag-info.txt": f["bag-info.txt"] + b"Asesmen-Bundle-Id: x\n"}), "tidak lengkap"),
        (lambda f, p: f.update({"bag-info.txt": b"Bag-Software-Agent: x\n\n"}), "tidak valid"),
        (lambda f, p: f.update({"data/sessions/" + "0" * 8 + "-0000-4000-8000-" + "0" * 12 + ".json": f.pop(p)}),
         "tidak mencantumkan tepat sesi|tidak sesuai dengan namanya"),
        (lambda f, p: f.update({"data/sessions/x.json": b"{}"}), "tak dikenal"),
        (lambda f, p: f.update({"data/session.json": f[p]}), "tak dikenal"),
        (lambda f, p: f.pop(p), "tidak berisi sesi"),
    ],
)
def test_a_forger_who_rehashes_every_manifest_is_still_caught(bundle, payload, change, fragment):
    """bag-info.txt and the session files are checked for what they say, not only against the manifests."""
    files = _members(bundle)
    change(files, payload)
    with pytest.raises(AsesmenError, match=fragment):
        read_bundle_bytes(_repack(_rehash(files, oxum="Payload-Oxum" not in fragment)))


def test_deflated_members_and_too_many_entries_are_refused(bundle):
    files = _members(bundle)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    with pytest.raises(BundleError, match="kompresi"):
        read_bundle_bytes(buf.getvalue())
    many = _zip([(f"data/sessions/{i:08d}-0000-4000-8000-000000000000.json", b"{}") for i in range(600)])
    with pytest.raises(BundleError, match="terlalu banyak berkas"):
        read_bundle_bytes(many)


def test_unsealed_sessions_are_not_exported(open_demo, tmp_path):
    _, service, uuid = open_demo
    with pytest.raises(ValidationError, match="belum disegel"):
        export_bundle(service.document(uuid), tmp_path)
    assert not list(tmp_path.glob("*.zip"))


def test_one_flipped_byte_anywhere_is_rejected(bundle):
    raw = bundle.read_bytes()
    step = max(1, len(raw) // 300)
    # 300 offsets spread over the file, plus every byte of the central directory and end record
    central_directory = raw.rfind(b"PK\x01\x02", 0, raw.rfind(b"PK\x05\x06"))
    offsets = {*range(0, len(raw), step), *range(len(raw) - 700, len(raw)), *range(0, 200)}
    assert min(offsets) == 0 and central_directory > len(raw) - 700
    for offset in sorted(offsets):
        altered = bytearray(raw)
        altered[offset] ^= 0x01
        with pytest.raises(AsesmenError):
            read_bundle_bytes(bytes(altered))


def test_truncated_or_extended_bundles_are_rejected(bundle):
    raw = bundle.read_bytes()
    for cut in (10, len(raw) // 2, len(raw) - 1):
        with pytest.raises(BundleError):
            read_bundle_bytes(raw[:cut])
    with pytest.raises(AsesmenError):
        read_bundle_bytes(raw + b"x" * 1024)


def test_a_re_hashed_edit_of_a_score_is_still_rejected(bundle, payload):
    files = _members(bundle)
    doc = json.loads(files[payload])
    doc["final_levels"][0]["level"] = 5
    files[payload] = json.dumps(doc).encode()
    with pytest.raises(AsesmenError, match="log audit"):
        read_bundle_bytes(_zip(list(_rehash(files).items())))


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda f: f.pop("tagmanifest-sha256.txt"), "tidak lengkap"),
        (lambda f: f.update({"data/extra.json": b"{}"}), "tak dikenal"),
        (lambda f: f.update({"../evil.txt": b"x"}), "tak dikenal"),
        (lambda f: f.update({"/etc/passwd": b"x"}), "tak dikenal"),
        (lambda f: f.update({"data\\sessions\\x.json": b"x"}), "tak dikenal"),
        (lambda f: f.update({"C:/x.txt": b"x"}), "tak dikenal"),
        (lambda f: f.update({"bag-info.txt": f["bag-info.txt"] + b"Note: edited\n"}), "checksum"),
        (lambda f: f.update({"bagit.txt": b"BagIt-Version: 0.97\n"}), "BagIt 1.0"),
    ],
)
def test_hostile_or_incomplete_archives_are_rejected(bundle, change, fragment):
    files = _members(bundle)
    change(files)
    with pytest.raises(AsesmenError, match=fragment):
        read_bundle_bytes(_zip(list(files.items())))


def test_duplicate_names_and_links_are_rejected(bundle, payload):
    files = _members(bundle)
    with pytest.warns(UserWarning, match="Duplicate name"):
        dup = _zip([*files.items(), (payload, files[payload])])
    with pytest.raises(BundleError, match="ganda"):
        read_bundle_bytes(dup)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (0o120777 << 16) if name == payload else (0o100644 << 16)
            zf.writestr(info, data)
    with pytest.raises(BundleError, match="tautan"):
        read_bundle_bytes(buf.getvalue())


def test_not_a_zip_at_all(tmp_path):
    junk = tmp_path / "junk.bag.zip"
    junk.write_bytes(b"\x00" * 4096)
    with pytest.raises(BundleError, match="bukan berkas bundel"):
        read_bundle(junk)
    with pytest.raises(BundleError, match="tidak dapat dibaca"):
        read_bundle(tmp_path / "missing.zip")


def test_a_re_hashed_edit_of_the_session_header_is_rejected(bundle, payload):
    files = _members(bundle)
    doc = json.loads(files[payload])
    doc["session"]["title"] = "Sesi lain"
    files[payload] = json.dumps(doc).encode()
    with pytest.raises(AsesmenError, match="log audit"):
        read_bundle_bytes(_zip(list(_rehash(files).items())))


def test_anything_but_a_print_after_the_seal_is_rejected(bundle, payload):
    files = _members(bundle)
    doc = json.loads(files[payload])
    from desktop.domain.chain import event_hash

    last = doc["audit"][-1]
    forged = {**last, "seq": last["seq"] + 1, "uuid": "f" * 36, "action": "final.set", "prev_hash": last["hash"]}
    forged["hash"] = event_hash(last["hash"], forged)
    doc["audit"].append(forged)
    files[payload] = json.dumps(doc).encode()
    with pytest.raises(AsesmenError, match="setelah penyegelan"):
        read_bundle_bytes(_zip(list(_rehash(files).items())))
