"""Bundles: one or more sealed sessions as a zip laid out as a BagIt 1.0 bag, and its strict reader.

Layout (every member stored uncompressed, in this order, with fixed dates and modes):

- `bagit.txt`, `bag-info.txt`, `manifest-sha256.txt`, `tagmanifest-sha256.txt`;
- `data/sessions/<session-uuid>.json`: one sealed session document per file, sorted by uuid.

For a secure bundle (desktop.services.secure_bundles) bag-info.txt also names the bundle it was made
for and who made it (`Asesmen-Bundle-Id`, `-Sequence`, `-Created-At`, `Asesmen-Centre-Id`,
`Asesmen-Centre-Key-Id`); the tag manifest covers bag-info.txt, so this binding travels inside the
encryption and a reader can compare it with the outer, signed metadata.

The reader never extracts to disk and accepts only the members it expects; everything else is
rejected, not sanitised.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import stat
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.domain.chain import canonical_json
from desktop.domain.errors import BundleError, IntegrityError, ValidationError
from desktop.services.document import SEAL_ACTION, verify_document
from desktop.services.files import canonical_zip, read_bundle_file, write_atomic

BAGIT_TXT = b"BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n"
SESSION_DIR = "data/sessions/"
TAG_FILES = ("bagit.txt", "bag-info.txt", "manifest-sha256.txt")
TAG_MANIFEST = "tagmanifest-sha256.txt"
TAGS = (*TAG_FILES, TAG_MANIFEST)
MAX_SESSIONS = 500
MAX_BUNDLE_BYTES = 256 * 1024 * 1024
MAX_MEMBER_BYTES = 128 * 1024 * 1024
_UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
_SESSION_FILE = re.compile(rf"data/sessions/({_UUID})\.json")
_MANIFEST_LINE = re.compile(r"^([0-9a-f]{64}) +(\S.*)$")
_INFO_LINE = re.compile(r"^([A-Za-z][A-Za-z-]*): (.*)$")
_BINDING_LABELS = {"Asesmen-Bundle-Id": "bundle_id", "Asesmen-Bundle-Sequence": "sequence",
                   "Asesmen-Bundle-Created-At": "created_at", "Asesmen-Centre-Id": "centre_id",
                   "Asesmen-Centre-Key-Id": "key_id"}
_SINGLE_LABELS = {"Bag-Software-Agent", "Bagging-Date", "External-Identifier", "Payload-Oxum", *_BINDING_LABELS}
_REPEATED_LABELS = {"Asesmen-Session"}


@dataclass(frozen=True)
class BagBinding:
    """The secure bundle a bag was made for, as bag-info.txt states it (covered by the tag manifest)."""

    bundle_id: str
    sequence: int
    created_at: str
    centre_id: str
    key_id: str


@dataclass(frozen=True)
class Bundle:
    """A bag that passed every check: its sealed sessions, in the bag's order (by session uuid)."""

    path: Path
    sha256: str  # of the file as given (for a secure bundle: of the outer file)
    documents: tuple[dict, ...]
    payloads: tuple[bytes, ...] = ()  # each session file's exact bytes, in the order of `documents`
    binding: BagBinding | None = None  # None for a bare bag made without a secure bundle around it
    bag_sha256: str = ""  # of the bag itself (the decrypted payload of a secure bundle)

    @property
    def document(self) -> dict:
        """The session of a single-session bag."""
        if len(self.documents) != 1:
            raise BundleError(f"bundel berisi {len(self.documents)} sesi, bukan satu")
        return self.documents[0]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def session_file(session_uuid: str) -> str:
    return f"{SESSION_DIR}{session_uuid}.json"


def session_json(document: dict) -> bytes:
    """The bytes a session document has inside a bag: canonical JSON (sorted keys, compact, UTF-8)."""
    return canonical_json(document).encode()


def _documents(documents: dict | Sequence[dict]) -> list[dict]:
    docs = [documents] if isinstance(documents, dict) else list(documents)
    if not docs:
        raise ValidationError("tidak ada sesi untuk diekspor")
    if len(docs) > MAX_SESSIONS:
        raise ValidationError(f"terlalu banyak sesi untuk satu bundel ({len(docs)}; paling banyak {MAX_SESSIONS})")
    seen: set[str] = set()
    for doc in docs:
        session = doc["session"]
        if not session.get("seal_hash"):
            raise ValidationError(f"sesi '{session['title']}' belum disegel: hanya sesi tersegel yang dapat diekspor")
        if session["uuid"] in seen:
            raise ValidationError(f"sesi {session['uuid']} tercantum dua kali")
        seen.add(session["uuid"])
    return sorted(docs, key=lambda d: d["session"]["uuid"])


def _bag_info(files: dict[str, bytes], binding: BagBinding | None) -> bytes:
    sessions = [name for name in files if name.startswith(SESSION_DIR)]
    day = binding.created_at[:10] if binding else dt.date.today().isoformat()
    lines = [f"Bag-Software-Agent: Asesmen {__version__}", f"Bagging-Date: {day}"]
    if binding:
        lines += [f"External-Identifier: {binding.bundle_id}",
                  f"Asesmen-Bundle-Id: {binding.bundle_id}",
                  f"Asesmen-Bundle-Sequence: {binding.sequence}",
                  f"Asesmen-Bundle-Created-At: {binding.created_at}",
                  f"Asesmen-Centre-Id: {binding.centre_id}",
                  f"Asesmen-Centre-Key-Id: {binding.key_id}"]
    lines += [f"Asesmen-Session: {_SESSION_FILE.fullmatch(name).group(1)}" for name in sessions]
    lines.append(f"Payload-Oxum: {sum(len(files[n]) for n in sessions)}.{len(sessions)}")
    return ("\n".join(lines) + "\n").encode()


def bag_bytes(documents: dict | Sequence[dict], binding: BagBinding | None = None) -> bytes:
    """The canonical bag (a zip) of one or more sealed session documents, in memory.

    `binding` names the secure bundle the bag is made for; a bare bag (tests, checks by hand) has none.
    """
    payloads: dict[str, bytes] = {}
    for doc in _documents(documents):
        verify_document(doc)
        payloads[session_file(doc["session"]["uuid"])] = session_json(doc)
    manifest = "".join(f"{_sha(data)}  {name}\n" for name, data in payloads.items()).encode()
    tags = {"bagit.txt": BAGIT_TXT, "bag-info.txt": _bag_info(payloads, binding), "manifest-sha256.txt": manifest}
    tagmanifest = "".join(f"{_sha(data)}  {name}\n" for name, data in tags.items()).encode()
    return _pack({**tags, TAG_MANIFEST: tagmanifest, **payloads})


def export_bundle(documents: dict | Sequence[dict], out_dir: Path) -> Path:
    """Write the bare bag of one or more sealed sessions (the payload of a secure bundle); returns its path.

    Named `<session-uuid>.bag.zip` after its (first) session."""
    docs = _documents(documents)
    return write_atomic(Path(out_dir) / f"{docs[0]['session']['uuid']}.bag.zip", bag_bytes(docs))


def _pack(files: dict[str, bytes]) -> bytes:
    """The one canonical zip encoding of a bag: tag files, then the sessions by name; stored uncompressed."""
    sessions = sorted(name for name in files if name not in TAGS)
    return canonical_zip(files, (*TAGS, *sessions))


def _check_member(info: zipfile.ZipInfo, seen: set[str]) -> None:
    name = info.filename
    if name in seen:
        raise BundleError(f"nama berkas ganda di dalam bundel: {name}")
    if name not in TAGS and not _SESSION_FILE.fullmatch(name):
        raise BundleError(f"berkas tak dikenal di dalam bundel: {name!r}")
    kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the archiver recorded no Unix type
    if info.is_dir() or kind not in (0, stat.S_IFREG):
        raise BundleError(f"entri bukan berkas biasa (tautan atau folder) di dalam bundel: {name}")
    if info.flag_bits & 0x1:
        raise BundleError(f"entri terenkripsi tidak didukung: {name}")
    if info.compress_type != zipfile.ZIP_STORED:
        raise BundleError(f"metode kompresi tidak didukung (bundel harus tanpa kompresi): {name}")
    if info.file_size > MAX_MEMBER_BYTES or info.compress_size != info.file_size:
        raise BundleError(f"berkas terlalu besar atau ukurannya tidak wajar di dalam bundel: {name}")


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


def _parse_bag_info(raw: bytes, sessions: list[str], files: dict[str, bytes]) -> BagBinding | None:
    """bag-info.txt: only the labels we write, each once (sessions: once per session, in order)."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BundleError("bag-info.txt bukan teks UTF-8") from None
    single: dict[str, str] = {}
    listed: list[str] = []
    for line in text.split("\n")[:-1] if text.endswith("\n") else [text]:
        m = _INFO_LINE.match(line)
        if not m:
            raise BundleError(f"baris bag-info.txt tidak valid: {line[:60]!r}")
        label, value = m.groups()
        if label in _REPEATED_LABELS:
            listed.append(value)
        elif label in _SINGLE_LABELS and label not in single:
            single[label] = value
        else:
            raise BundleError(f"label bag-info.txt tidak dikenal atau ganda: {label}")
    if listed != [_SESSION_FILE.fullmatch(name).group(1) for name in sessions]:
        raise BundleError("bag-info.txt tidak mencantumkan tepat sesi-sesi di dalam bundel")
    oxum = f"{sum(len(files[n]) for n in sessions)}.{len(sessions)}"
    if single.get("Payload-Oxum") != oxum:
        raise BundleError("Payload-Oxum pada bag-info.txt tidak sesuai dengan isi bundel")
    present = {label for label in _BINDING_LABELS if label in single}
    if not present:
        return None
    if present != set(_BINDING_LABELS):
        raise BundleError(f"bag-info.txt tidak lengkap: tidak ada {', '.join(sorted(set(_BINDING_LABELS) - present))}")
    fields = {key: single[label] for label, key in _BINDING_LABELS.items()}
    if not fields["sequence"].isascii() or not fields["sequence"].isdigit() or len(fields["sequence"]) > 16:
        raise BundleError("Asesmen-Bundle-Sequence pada bag-info.txt bukan bilangan bulat")
    return BagBinding(**{**fields, "sequence": int(fields["sequence"])})


def read_bundle_bytes(raw: bytes, path: Path | None = None) -> Bundle:
    """Validate a bag completely in memory; BundleError/IntegrityError names the first problem."""
    if len(raw) > MAX_BUNDLE_BYTES:
        raise BundleError("bundel terlalu besar")
    eocd = raw.rfind(b"PK\x05\x06")
    if eocd < 0 or len(raw) - eocd != 22:
        raise BundleError("bukan berkas bundel yang utuh (terpotong atau ada data tambahan di akhir)")
    if int.from_bytes(raw[eocd + 10:eocd + 12], "little") > len(TAGS) + MAX_SESSIONS:
        raise BundleError(f"terlalu banyak berkas di dalam bundel (paling banyak {MAX_SESSIONS} sesi)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise BundleError(f"bukan berkas bundel yang utuh ({exc})") from None
    seen: set[str] = set()
    for info in infos:
        _check_member(info, seen)
        seen.add(info.filename)
    missing = set(TAGS) - seen
    if missing:
        raise BundleError(f"bundel tidak lengkap, tidak ada: {', '.join(sorted(missing))}")
    sessions = sorted(seen - set(TAGS))
    if not sessions:
        raise BundleError("bundel tidak berisi sesi")
    try:
        files = {info.filename: _read_capped(zf, info) for info in infos}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise BundleError(f"isi bundel rusak ({exc})") from None
    if files["bagit.txt"] != BAGIT_TXT:
        raise BundleError("bagit.txt bukan BagIt 1.0")
    try:
        tagmanifest = _parse_manifest(files[TAG_MANIFEST], "tagmanifest")
        manifest = _parse_manifest(files["manifest-sha256.txt"], "manifest")
    except UnicodeDecodeError:
        raise BundleError("manifest bukan teks UTF-8") from None
    if set(tagmanifest) != set(TAG_FILES):
        raise BundleError("tagmanifest-sha256.txt harus mencantumkan tepat bagit.txt, bag-info.txt, manifest")
    if set(manifest) != set(sessions):
        raise BundleError("manifest-sha256.txt harus mencantumkan tepat berkas data di dalam bundel")
    for listing in (tagmanifest, manifest):
        for name, digest in listing.items():
            if _sha(files[name]) != digest:
                raise IntegrityError(f"checksum tidak cocok: {name} telah diubah")
    binding = _parse_bag_info(files["bag-info.txt"], sessions, files)
    documents = []
    for name in sessions:
        try:
            document = json.loads(files[name].decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            raise BundleError(f"data sesi bukan JSON yang valid ({exc})") from None
        if not isinstance(document, dict):
            raise BundleError("data sesi bukan objek JSON")
        try:
            if not isinstance(document.get("session"), dict) or document["session"].get("uuid") != \
                    _SESSION_FILE.fullmatch(name).group(1):
                raise BundleError(f"{name}: uuid sesi di dalam berkas tidak sesuai dengan namanya")
            verify_document(document)
            if not document["session"].get("seal_hash"):
                raise BundleError("sesi di dalam bundel belum disegel")
        except (KeyError, TypeError, AttributeError) as exc:
            raise BundleError(f"data sesi tidak lengkap ({exc})") from None
        documents.append(document)
    # Our bags have exactly one encoding: any other byte (zip metadata, padding) is an alteration.
    if _pack(files) != raw:
        raise BundleError("bundel telah diubah: susunan arsip tidak sesuai dengan isinya")
    sha = _sha(raw)
    return Bundle(path or Path("-"), sha, tuple(documents), tuple(files[n] for n in sessions), binding, sha)


def read_bundle(path: Path) -> Bundle:
    path = Path(path)
    return read_bundle_bytes(read_bundle_file(path, MAX_BUNDLE_BYTES), path)


def sealed_events(document: dict) -> list[dict]:
    """The audit log up to and including the seal event (prints may follow it)."""
    seal = document["session"].get("seal_hash")
    events = document.get("audit", [])
    end = next((i + 1 for i, ev in enumerate(events) if ev["hash"] == seal), len(events))
    return events[:end]


def content_sha256(document: dict) -> str:
    """What "the same session" means at BKD: the sealed content, not the print register after it.

    The audit chain up to the seal is identified by the seal hash itself (each event's hash covers the
    one before it), so the digest covers the seal hash and everything else in the document but the log.
    """
    rest = {k: v for k, v in document.items() if k != "audit"}
    return _sha(f"{document['session'].get('seal_hash') or ''}\n{canonical_json(rest)}".encode())


def revision(document: dict) -> int:
    """Which sealed revision of its session a document is: 1 for the first seal, 2 after a reopening..."""
    return sum(ev["action"] == SEAL_ACTION for ev in sealed_events(document))
