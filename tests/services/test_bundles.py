import hashlib
import io
import json
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from desktop.domain.errors import AsesmenError, BundleError, ValidationError
from desktop.services.bundles import PAYLOAD, export_bundle, read_bundle, read_bundle_bytes

BAGIT = Path(sys.executable).with_name("bagit.py")


@pytest.fixture
def bundle(sealed_demo, tmp_path) -> Path:
    _, service, uuid = sealed_demo
    return export_bundle(service.document(uuid), tmp_path / "stick")


def _members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def _zip(members: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def _rehash(files: dict[str, bytes]) -> dict[str, bytes]:
    """Recompute both manifests, as a forger without our keys would."""
    sha = lambda b: hashlib.sha256(b).hexdigest()  # noqa: E731
    files["manifest-sha256.txt"] = f"{sha(files[PAYLOAD])}  {PAYLOAD}\n".encode()
    files["tagmanifest-sha256.txt"] = "".join(
        f"{sha(files[n])}  {n}\n" for n in ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")).encode()
    return files


def test_export_is_a_bag_that_the_stock_bagit_tool_validates(bundle, tmp_path):
    assert bundle.name.endswith(".bag.zip")
    out = tmp_path / "unpacked"
    with zipfile.ZipFile(bundle) as zf:
        assert all(i.compress_type == zipfile.ZIP_STORED for i in zf.infolist())
        zf.extractall(out)
    run = subprocess.run([str(BAGIT), "--validate", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "is valid" in run.stderr
    doc = json.loads((out / "data" / "session.json").read_text())
    assert len(doc["assessees"]) == 6 and doc["session"]["seal_hash"]


def test_read_back_gives_the_same_document(bundle, sealed_demo):
    _, service, uuid = sealed_demo
    assert read_bundle(bundle).document == service.document(uuid)


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


def test_a_re_hashed_edit_of_a_score_is_still_rejected(bundle):
    files = _members(bundle)
    doc = json.loads(files[PAYLOAD])
    doc["final_levels"][0]["level"] = 5
    files[PAYLOAD] = json.dumps(doc).encode()
    with pytest.raises(AsesmenError, match="log audit"):
        read_bundle_bytes(_zip(list(_rehash(files).items())))


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda f: f.pop("tagmanifest-sha256.txt"), "tidak lengkap"),
        (lambda f: f.update({"data/extra.json": b"{}"}), "tak dikenal"),
        (lambda f: f.update({"../evil.txt": b"x"}), "tak dikenal"),
        (lambda f: f.update({"/etc/passwd": b"x"}), "tak dikenal"),
        (lambda f: f.update({"data\\session.json": b"x"}), "tak dikenal"),
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


def test_duplicate_names_and_links_are_rejected(bundle):
    files = _members(bundle)
    with pytest.warns(UserWarning, match="Duplicate name"):
        dup = _zip([*files.items(), (PAYLOAD, files[PAYLOAD])])
    with pytest.raises(BundleError, match="ganda"):
        read_bundle_bytes(dup)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, data in files.items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (0o120777 << 16) if name == PAYLOAD else (0o100644 << 16)
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


def test_a_re_hashed_edit_of_the_session_header_is_rejected(bundle):
    files = _members(bundle)
    doc = json.loads(files[PAYLOAD])
    doc["session"]["title"] = "Sesi lain"
    files[PAYLOAD] = json.dumps(doc).encode()
    with pytest.raises(AsesmenError, match="log audit"):
        read_bundle_bytes(_zip(list(_rehash(files).items())))


def test_anything_but_a_print_after_the_seal_is_rejected(bundle):
    files = _members(bundle)
    doc = json.loads(files[PAYLOAD])
    from desktop.domain.chain import event_hash

    last = doc["audit"][-1]
    forged = {**last, "seq": last["seq"] + 1, "uuid": "f" * 36, "action": "final.set", "prev_hash": last["hash"]}
    forged["hash"] = event_hash(last["hash"], forged)
    doc["audit"].append(forged)
    files[PAYLOAD] = json.dumps(doc).encode()
    with pytest.raises(AsesmenError, match="setelah penyegelan"):
        read_bundle_bytes(_zip(list(_rehash(files).items())))
