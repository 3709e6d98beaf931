"""Bundles: a sealed session as a zip laid out as a BagIt 1.0 bag, and its strict validation on read.

The reader never extracts to disk and accepts only the members it expects; everything else is
rejected, not sanitised. Encryption and signatures come on top of this layout (issue 6).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.domain.chain import canonical_json
from desktop.domain.errors import BundleError, IntegrityError, ValidationError
from desktop.services.document import sealed_part, verify_document
from desktop.services.files import canonical_zip, write_atomic

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
PAYLOAD = "data/session.json"
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
ORDER = (*TAG_FILES, "tagmanifest-sha256.txt", PAYLOAD)
MEMBERS = set(ORDER)
MAX_BUNDLE_BYTES = 256 * 1024 * 1024
MAX_MEMBER_BYTES = 128 * 1024 * 1024
_MANIFEST_LINE = re.compile(r"^([0-9a-f]{64}) +(\S.*)$")


@dataclass(frozen=True)
class Bundle:
    path: Path
    sha256: str
    document: dict


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def bag_bytes(document: dict) -> bytes:
    """The canonical bag (a zip) for one sealed session document, in memory."""
    session = document["session"]
    if not session.get("seal_hash"):
        raise ValidationError(f"sesi '{session['title']}' belum disegel: hanya sesi tersegel yang dapat diekspor")
    verify_document(document)
    payload = json.dumps(document, ensure_ascii=False, sort_keys=True, indent=1).encode()
    manifest = f"{_sha(payload)}  {PAYLOAD}\n".encode()
    bag_info = (
        f"Bag-Software-Agent: Asesmen {__version__}\n"
        f"Bagging-Date: {dt.date.today().isoformat()}\n"
        f"External-Identifier: {session['uuid']}\n"
        f"Payload-Oxum: {len(payload)}.1\n"
    ).encode()
    tags = {"bagit.txt": BAGIT_TXT, "bag-info.txt": bag_info, "manifest-sha256.txt": manifest}
    tagmanifest = "".join(f"{_sha(data)}  {name}\n" for name, data in tags.items()).encode()
    return _pack({**tags, "tagmanifest-sha256.txt": tagmanifest, PAYLOAD: payload})


def export_bundle(document: dict, out_dir: Path) -> Path:
    """Write the plain bag of one sealed session (the payload of a secure bundle); returns its path."""
    return write_atomic(Path(out_dir) / f"{document['session']['uuid']}.bag.zip", bag_bytes(document))


def _pack(files: dict[str, bytes]) -> bytes:
    """The one canonical zip encoding of a bag: fixed order, dates and modes, stored uncompressed."""
    return canonical_zip(files, ORDER)


def _check_member(info: zipfile.ZipInfo, seen: set[str]) -> None:
    name = info.filename
    if name in seen:
        raise BundleError(f"nama berkas ganda di dalam bundel: {name}")
    if name not in MEMBERS:
        raise BundleError(f"berkas tak dikenal di dalam bundel: {name!r}")
    kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the archiver recorded no Unix type
    if info.is_dir() or kind not in (0, stat.S_IFREG):
        raise BundleError(f"entri bukan berkas biasa (tautan atau folder) di dalam bundel: {name}")
    if info.flag_bits & 0x1:
        raise BundleError(f"entri terenkripsi tidak didukung: {name}")
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        raise BundleError(f"metode kompresi tidak didukung: {name}")
    if info.file_size > MAX_MEMBER_BYTES:
        raise BundleError(f"berkas terlalu besar di dalam bundel: {name}")


def _read_capped(zf: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    with zf.open(info) as fh:
        data = fh.read(MAX_MEMBER_BYTES + 1)
    if len(data) > MAX_MEMBER_BYTES:
        raise BundleError(f"berkas terlalu besar di dalam bundel: {info.filename}")
    return data


def _parse_manifest(text: bytes, what: str) -> dict[str, str]:
    entries: dict[str, str] = {}
    for line in text.decode("utf-8").splitlines():
        m = _MANIFEST_LINE.match(line)
        if not m:
            raise BundleError(f"baris {what} tidak valid: {line[:60]!r}")
        digest, name = m.groups()
        if name in entries:
            raise BundleError(f"entri ganda pada {what}: {name}")
        entries[name] = digest
    return entries


def read_bundle_bytes(raw: bytes, path: Path | None = None) -> Bundle:
    """Validate a bundle completely in memory; BundleError/IntegrityError names the first problem."""
    if len(raw) > MAX_BUNDLE_BYTES:
        raise BundleError("bundel terlalu besar")
    eocd = raw.rfind(b"PK\x05\x06")
    if eocd < 0 or len(raw) - eocd != 22 + int.from_bytes(raw[eocd + 20:eocd + 22], "little"):
        raise BundleError("bukan berkas bundel yang utuh (terpotong atau ada data tambahan di akhir)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise BundleError(f"bukan berkas bundel yang utuh ({exc})") from None
    seen: set[str] = set()
    for info in infos:
        _check_member(info, seen)
        seen.add(info.filename)
    missing = MEMBERS - seen
    if missing:
        raise BundleError(f"bundel tidak lengkap, tidak ada: {', '.join(sorted(missing))}")
    try:
        files = {info.filename: _read_capped(zf, info) for info in infos}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise BundleError(f"isi bundel rusak ({exc})") from None
    if files["bagit.txt"] != BAGIT_TXT:
        raise BundleError("bagit.txt bukan BagIt 1.0")
    try:
        tagmanifest = _parse_manifest(files["tagmanifest-sha256.txt"], "tagmanifest")
        manifest = _parse_manifest(files["manifest-sha256.txt"], "manifest")
    except UnicodeDecodeError:
        raise BundleError("manifest bukan teks UTF-8") from None
    if set(tagmanifest) != set(TAG_FILES):
        raise BundleError("tagmanifest-sha256.txt harus mencantumkan tepat bagit.txt, bag-info.txt, manifest")
    if set(manifest) != {PAYLOAD}:
        raise BundleError("manifest-sha256.txt harus mencantumkan tepat berkas data di dalam bundel")
    for listing in (tagmanifest, manifest):
        for name, digest in listing.items():
            if _sha(files[name]) != digest:
                raise IntegrityError(f"checksum tidak cocok: {name} telah diubah")
    try:
        document = json.loads(files[PAYLOAD].decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise BundleError(f"data sesi bukan JSON yang valid ({exc})") from None
    if not isinstance(document, dict):
        raise BundleError("data sesi bukan objek JSON")
    try:
        verify_document(document)
        if not document["session"].get("seal_hash"):
            raise BundleError("sesi di dalam bundel belum disegel")
    except (KeyError, TypeError, AttributeError) as exc:
        raise BundleError(f"data sesi tidak lengkap ({exc})") from None
    # Our bundles have exactly one encoding: any other byte (zip metadata, padding) is an alteration.
    if _pack(files) != raw:
        raise BundleError("bundel telah diubah: susunan arsip tidak sesuai dengan isinya")
    return Bundle(path or Path("-"), _sha(raw), document)


def read_bundle(path: Path) -> Bundle:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BUNDLE_BYTES:
            raise BundleError(f"{path.name}: bundel terlalu besar")
        raw = path.read_bytes()
    except OSError as exc:
        raise BundleError(f"{path.name}: tidak dapat dibaca ({exc.strerror})") from None
    return read_bundle_bytes(raw, path)


def content_sha256(document: dict) -> str:
    """What "the same session" means at BKD: the sealed content, not the print register after it."""
    return _sha(canonical_json(sealed_part(document)).encode())
