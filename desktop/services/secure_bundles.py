"""Secure bundles (issue 6): the sealed bag, encrypted to BKD and signed by the centre.

One file per export, `<bundle-id>.bundle.zip`: a zip, stored uncompressed, holding exactly

- `bundle.json`: public metadata only (format, format_version, bundle_id, created_at, centre_id,
  key_id, sequence); no personal data;
- `payload.age`: the bag of desktop.services.bundles (one or more sealed sessions), encrypted with age
  (X25519) to BKD's recipient(s); the bag's bag-info.txt names this bundle id, sequence number,
  creation time, centre and key again, under the tag manifest and inside the encryption;
- `payload.age.minisig`: a minisign signature (Ed25519, prehashed) of `payload.age` by the centre's
  signing key; its trusted comment names the bundle id, the sequence number, the centre and the
  SHA-256 of `bundle.json`, so the metadata cannot be changed either.

Each part can be checked with the stock tools: `minisign -Vm payload.age -p centre.pub`,
`age -d -i bkd.key payload.age > bag.zip`, then `bagit.py --validate` on the unzipped bag.

Reading is strict and happens in memory, in this order, before anything is written anywhere: the outer
zip (only the three names, in their order, regular files stored uncompressed, sizes capped, one
canonical encoding: any other byte is an alteration), the metadata, the signature against BKD's trust
list (unknown or revoked keys are refused, naming the key id), and only then decryption, the bag's own
validation (manifests, audit chain, seal, data), and that the bag names the same bundle and signer as
the signed outside (a trusted centre re-signing another centre's payload.age is refused).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import stat
import uuid as uuidlib
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyrage
from pyrage import x25519

from desktop.domain import minisign
from desktop.domain.errors import AsesmenError, BundleError, ValidationError
from desktop.services import bundles
from desktop.services.files import canonical_zip, read_bundle_file, write_atomic
from desktop.services.keys import BkdIdentity, CentreSigningKey, TrustedKey, parse_recipient

FORMAT = "asesmen.bundle"
FORMAT_VERSION = 1
METADATA = "bundle.json"
PAYLOAD = "payload.age"
SIGNATURE = "payload.age.minisig"
ORDER = (METADATA, PAYLOAD, SIGNATURE)
SUFFIX = ".bundle.zip"
MAX_METADATA_BYTES = 4 * 1024
MAX_SIGNATURE_BYTES = 16 * 1024
# age adds a header (about 200 bytes per recipient) and 16 bytes per 64 KiB chunk to the bag
MAX_PAYLOAD_BYTES = bundles.MAX_BUNDLE_BYTES + 1024 * 1024
MAX_FILE_BYTES = MAX_PAYLOAD_BYTES + MAX_METADATA_BYTES + MAX_SIGNATURE_BYTES + 1024
_CAPS = {METADATA: MAX_METADATA_BYTES, PAYLOAD: MAX_PAYLOAD_BYTES, SIGNATURE: MAX_SIGNATURE_BYTES}
_FIELDS = {"format", "format_version", "bundle_id", "created_at", "centre_id", "key_id", "sequence"}
_CENTRE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
_CREATED_AT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
MAX_SEQUENCE = 2**53

TrustLookup = Callable[[str], TrustedKey | None]

@dataclass(frozen=True)
class BundleMetadata:
    bundle_id: str
    created_at: str  # UTC, "YYYY-MM-DDTHH:MM:SSZ" (the centre's clock: a claim, not evidence)
    centre_id: str
    key_id: str  # the minisign key id of the signing key, 16 hex digits
    sequence: int  # the centre's export counter
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        """The one canonical encoding of bundle.json."""
        fields = {"format": self.format, "format_version": self.format_version, "bundle_id": self.bundle_id,
                  "created_at": self.created_at, "centre_id": self.centre_id, "key_id": self.key_id,
                  "sequence": self.sequence}
        return (json.dumps(fields, sort_keys=True, indent=2, ensure_ascii=True) + "\n").encode("ascii")

    def trusted_comment(self) -> str:
        """What the signature's trusted comment says: shown by `minisign -V`, covered by the signature."""
        digest = hashlib.sha256(self.to_bytes()).hexdigest()
        return (f"{FORMAT}/{self.format_version} bundle={self.bundle_id} seq={self.sequence} "
                f"centre={self.centre_id} created={self.created_at} bundle.json-sha256={digest}")

    def binding(self) -> bundles.BagBinding:
        """What bag-info.txt inside the encrypted bag must say about this bundle and its signer."""
        return bundles.BagBinding(bundle_id=self.bundle_id, sequence=self.sequence, created_at=self.created_at,
                                  centre_id=self.centre_id, key_id=self.key_id)

    def untrusted_comment(self) -> str:
        return f"signature from Asesmen centre key {self.key_id}"

    @property
    def file_name(self) -> str:
        return f"{self.bundle_id}{SUFFIX}"


@dataclass(frozen=True)
class OpenedBundle:
    """A secure bundle that passed every check: nothing of it has been written anywhere yet."""

    metadata: BundleMetadata
    bag_bytes: bytes  # the decrypted bag, as bundles.read_bundle_bytes accepted it
    bundle: bundles.Bundle  # the validated bag: .document is the sealed session
    signer: TrustedKey  # the trust-list entry whose key signed it
    sha256: str  # of the whole outer file (what the import log should record)


# -- writing ------------------------------------------------------------------------------------------


def _recipients(recipients: Sequence[str | x25519.Recipient]) -> list[x25519.Recipient]:
    if not recipients:
        raise ValidationError("kunci publik BKD belum dipasang: bundel aman tidak dapat dibuat")
    return [x25519.Recipient.from_str(parse_recipient(str(r))) for r in recipients]


def new_metadata(key: CentreSigningKey, centre_id: str, sequence: int, *, bundle_id: str | None = None,
                 created_at: str | None = None) -> BundleMetadata:
    meta = BundleMetadata(
        bundle_id=bundle_id or str(uuidlib.uuid4()),
        created_at=created_at or dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        centre_id=centre_id, key_id=key.key_id, sequence=sequence)
    _check_metadata(meta, ValidationError)
    return meta


def encrypt_payload(bag: bytes, recipients: Sequence[str | x25519.Recipient]) -> bytes:
    """The bag encrypted with age to BKD's recipient(s) (binary age format)."""
    return pyrage.encrypt(bag, _recipients(recipients))


def sign_payload(metadata: BundleMetadata, payload: bytes, key: CentreSigningKey) -> bytes:
    """The payload.age.minisig file: the centre's signature of payload.age, bound to bundle.json."""
    if key.key_id != metadata.key_id:
        raise ValidationError(f"bundle.json menyebut kunci {metadata.key_id}, bukan kunci {key.key_id}")
    return key.sign(payload, metadata.trusted_comment(), metadata.untrusted_comment()).to_bytes()


def pack(metadata: BundleMetadata, payload: bytes, signature: bytes) -> bytes:
    """The one canonical zip encoding of a secure bundle: fixed order, dates and modes, stored."""
    return _pack({METADATA: metadata.to_bytes(), PAYLOAD: payload, SIGNATURE: signature})


def _pack(files: dict[str, bytes]) -> bytes:
    return canonical_zip(files, ORDER)


def seal_bag(bag: bytes, metadata: BundleMetadata, key: CentreSigningKey,
             recipients: Sequence[str | x25519.Recipient]) -> bytes:
    """The secure bundle's bytes for a bag already made for `metadata` (bundles.bag_bytes(docs, binding))."""
    payload = encrypt_payload(bag, recipients)
    return pack(metadata, payload, sign_payload(metadata, payload, key))


def seal_documents(documents: dict | Sequence[dict], key: CentreSigningKey,
                   recipients: Sequence[str | x25519.Recipient], centre_id: str, sequence: int, *,
                   bundle_id: str | None = None, created_at: str | None = None) -> tuple[BundleMetadata, bytes]:
    """A secure bundle of one or more sealed sessions, in memory: (metadata, file bytes).

    The bag inside names this bundle and its signer (bag-info.txt), so the payload cannot be passed
    off under another bundle id, sequence number, centre or key."""
    _recipients(recipients)  # no BKD key, no bag: refuse before doing any work
    metadata = new_metadata(key, centre_id, sequence, bundle_id=bundle_id, created_at=created_at)
    return metadata, seal_bag(bundles.bag_bytes(documents, metadata.binding()), metadata, key, recipients)


def write_secure_bundle(documents: dict | Sequence[dict], out_dir: Path, key: CentreSigningKey,
                        recipients: Sequence[str | x25519.Recipient], centre_id: str, sequence: int) -> Path:
    """Export one or more sealed sessions as one `<bundle-id>.bundle.zip` in out_dir; returns its path.

    Written atomically (temporary file, fsync, rename, fsync of the folder), then read back and
    compared, so the file under its final name is always complete.
    """
    metadata, raw = seal_documents(documents, key, recipients, centre_id, sequence)
    path = write_atomic(Path(out_dir) / metadata.file_name, raw)
    if path.read_bytes() != raw:
        path.unlink(missing_ok=True)
        raise BundleError(f"{path.name}: isi yang terbaca kembali dari media berbeda dengan yang ditulis")
    return path


# -- reading ------------------------------------------------------------------------------------------


def _check_metadata(meta: BundleMetadata, error: type[AsesmenError]) -> None:
    try:
        canonical_id = str(uuidlib.UUID(meta.bundle_id)) == meta.bundle_id
        version4 = uuidlib.UUID(meta.bundle_id).version == 4
    except (ValueError, TypeError, AttributeError):
        canonical_id = version4 = False
    if not (canonical_id and version4):
        raise error("bundle_id bukan UUID versi 4")
    if not isinstance(meta.created_at, str) or not _CREATED_AT.fullmatch(meta.created_at):
        raise error("created_at bukan waktu UTC berbentuk YYYY-MM-DDTHH:MM:SSZ")
    if not isinstance(meta.centre_id, str) or not _CENTRE_ID.fullmatch(meta.centre_id):
        raise error("centre_id tidak sah (huruf, angka, titik, garis bawah atau tanda hubung; paling panjang 64)")
    if not isinstance(meta.key_id, str) or not minisign.KEY_ID_HEX.fullmatch(meta.key_id):
        raise error("key_id harus 16 digit heksadesimal")
    if type(meta.sequence) is not int or not 1 <= meta.sequence <= MAX_SEQUENCE:
        raise error("sequence harus bilangan bulat positif")


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise BundleError("bundle.json memuat kunci ganda")
    return dict(pairs)


def _reject_constant(name: str) -> None:
    raise BundleError(f"bundle.json memuat nilai yang tidak sah: {name}")


def _parse_metadata(raw: bytes) -> BundleMetadata:
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError):
        raise BundleError("bundle.json bukan JSON yang sah") from None
    if not isinstance(data, dict) or set(data) != _FIELDS:
        raise BundleError(f"bundle.json harus memuat tepat: {', '.join(sorted(_FIELDS))}")
    if data["format"] != FORMAT:
        raise BundleError("bukan bundel Asesmen (format tidak dikenal)")
    if type(data["format_version"]) is not int or data["format_version"] != FORMAT_VERSION:
        raise BundleError(f"versi format bundel {data['format_version']!r} tidak didukung oleh aplikasi ini")
    meta = BundleMetadata(bundle_id=data["bundle_id"], created_at=data["created_at"], centre_id=data["centre_id"],
                          key_id=data["key_id"], sequence=data["sequence"])
    _check_metadata(meta, BundleError)
    if meta.to_bytes() != raw:
        raise BundleError("bundle.json tidak dalam bentuk baku: bundel telah diubah")
    return meta


def _check_member(info: zipfile.ZipInfo, seen: set[str]) -> None:
    name = info.filename
    if name in seen:
        raise BundleError(f"nama berkas ganda di dalam bundel: {name}")
    if name not in _CAPS:
        raise BundleError(f"berkas tak dikenal di dalam bundel: {name!r}")
    kind = stat.S_IFMT(info.external_attr >> 16)
    if info.is_dir() or kind not in (0, stat.S_IFREG):
        raise BundleError(f"entri bukan berkas biasa (tautan atau folder) di dalam bundel: {name}")
    if info.flag_bits & 0x1:
        raise BundleError(f"entri terenkripsi zip tidak didukung: {name}")
    if info.compress_type != zipfile.ZIP_STORED:
        raise BundleError(f"metode kompresi tidak didukung (bundel harus tanpa kompresi): {name}")
    if info.file_size > _CAPS[name] or info.compress_size != info.file_size:
        raise BundleError(f"berkas terlalu besar atau ukurannya tidak wajar di dalam bundel: {name}")


def _unpack(raw: bytes) -> dict[str, bytes]:
    """The three members of the outer zip, after every structural check."""
    if len(raw) > MAX_FILE_BYTES:
        raise BundleError("bundel terlalu besar")
    eocd = raw.rfind(b"PK\x05\x06")
    if eocd < 0 or len(raw) - eocd != 22:
        raise BundleError("bukan berkas bundel yang utuh (terpotong atau ada data tambahan di akhir)")
    count = int.from_bytes(raw[eocd + 10:eocd + 12], "little")
    if count != len(ORDER):
        raise BundleError(f"bundel harus berisi tepat {len(ORDER)} berkas, tercatat {count}")
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise BundleError(f"bukan berkas bundel yang utuh ({exc})") from None
    if len(infos) != len(ORDER):
        raise BundleError(f"bundel harus berisi tepat {len(ORDER)} berkas: {', '.join(ORDER)}")
    seen: set[str] = set()
    for info in infos:
        _check_member(info, seen)
        seen.add(info.filename)
    if tuple(info.filename for info in infos) != ORDER:
        raise BundleError("urutan berkas di dalam bundel tidak baku: bundel telah diubah")
    try:
        files = {info.filename: zf.read(info) for info in infos}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        raise BundleError(f"isi bundel rusak ({exc})") from None
    # Our bundles have exactly one encoding: any other byte (zip metadata, padding) is an alteration.
    if _pack(files) != raw:
        raise BundleError("bundel telah diubah: susunan arsip tidak sesuai dengan isinya")
    return files


def read_metadata(raw: bytes) -> BundleMetadata:
    """The public metadata after the structural checks, NOT authenticated: for listings and logs only."""
    return _parse_metadata(_unpack(raw)[METADATA])


def _signature(raw: bytes, meta: BundleMetadata) -> minisign.Signature:
    try:
        sig = minisign.Signature.parse(raw)
    except AsesmenError as exc:
        raise BundleError(f"{SIGNATURE}: {exc}") from None
    if sig.to_bytes() != raw or sig.untrusted_comment != meta.untrusted_comment():
        raise BundleError(f"{SIGNATURE} tidak dalam bentuk baku: bundel telah diubah")
    if sig.algorithm != minisign.PREHASHED:
        raise BundleError(f"{SIGNATURE}: tanda tangan berformat lama (tanpa prehash) tidak diterima")
    if sig.key_id_text != meta.key_id:
        raise BundleError(f"tanda tangan dibuat dengan kunci {sig.key_id_text}, sedangkan bundle.json menyebut "
                          f"kunci {meta.key_id}: bundel ditolak")
    return sig


def _identities(identities: Sequence[BkdIdentity | x25519.Identity]) -> list[x25519.Identity]:
    found = [i.identity if isinstance(i, BkdIdentity) else i for i in identities]
    if not found:
        raise BundleError("kunci age BKD belum dibuka: bundel tidak dapat didekripsi")
    return found


def open_secure_bundle(raw: bytes, identities: Sequence[BkdIdentity | x25519.Identity], trust_lookup: TrustLookup,
                       path: Path | None = None, *,
                       before_decrypt: Callable[[BundleMetadata, TrustedKey], None] | None = None) -> OpenedBundle:
    """Check a secure bundle completely in memory; BundleError names the first problem in one line.

    trust_lookup(key_id) gives BKD's trust-list entry for a key id, or None (keys.TrustList.lookup).
    before_decrypt(metadata, signer) runs once the metadata is authenticated and before decryption
    (BKD's replay checks); it raises to refuse the bundle.
    """
    files = _unpack(raw)
    meta = _parse_metadata(files[METADATA])
    sig = _signature(files[SIGNATURE], meta)
    signer = trust_lookup(meta.key_id)
    if signer is None:
        raise BundleError(f"kunci penanda tangan {meta.key_id} tidak ada di daftar kepercayaan BKD: bundel ditolak")
    if signer.revoked:
        when = f"{signer.revoked_at:%Y-%m-%d}" if signer.revoked_at else "-"
        raise BundleError(f"kunci penanda tangan {meta.key_id} ({signer.name}) telah dicabut pada {when}: "
                          "bundel ditolak")
    if signer.public_key.id != meta.key_id:
        raise BundleError(f"daftar kepercayaan memberi kunci {signer.public_key.id} untuk id {meta.key_id}")
    try:
        minisign.verify(signer.public_key, files[PAYLOAD], sig)
    except AsesmenError as exc:
        raise BundleError(f"tanda tangan bundel tidak sah: {exc}; bundel telah diubah") from None
    if sig.trusted_comment != meta.trusted_comment():
        raise BundleError("komentar tepercaya tanda tangan tidak sesuai dengan bundle.json: bundel telah diubah")
    if before_decrypt is not None:
        before_decrypt(meta, signer)
    try:
        bag = pyrage.decrypt(files[PAYLOAD], _identities(identities))
    except (pyrage.DecryptError, ValueError, TypeError):
        raise BundleError("bundel tidak dapat didekripsi dengan kunci BKD ini (dibuat untuk penerima lain, "
                          "atau rusak)") from None
    try:
        bundle = bundles.read_bundle_bytes(bag, path)
    except AsesmenError as exc:
        raise BundleError(f"isi bundel ditolak: {exc}") from None
    _check_binding(meta, bundle.binding, signer)
    return OpenedBundle(meta, bag, bundle, signer, hashlib.sha256(raw).hexdigest())


_BINDING_NAMES = {"bundle_id": "id bundel", "sequence": "nomor urut", "created_at": "waktu pembuatan",
                  "centre_id": "pusat asesmen", "key_id": "kunci"}


def _check_binding(meta: BundleMetadata, inside: bundles.BagBinding | None, signer: TrustedKey) -> None:
    """The signed outside must name the same bundle and signer as the encrypted inside.

    Otherwise someone who holds a trusted key (another centre, say) has re-signed a payload they could
    not read, or passed an old payload off under a new bundle id or sequence number."""
    if inside is None:
        raise BundleError("isi bundel tidak menyebut bundel dan penanda tangannya (bag-info.txt): bundel ditolak")
    outside = meta.binding()
    if inside.key_id != outside.key_id or inside.centre_id != outside.centre_id:
        raise BundleError(
            f"bundel ditandatangani dengan kunci {outside.key_id} ({signer.name}, pusat {outside.centre_id}), "
            f"tetapi isinya dibuat oleh pusat {inside.centre_id} dengan kunci {inside.key_id} untuk bundel "
            f"{inside.bundle_id}: isi bundel lain yang ditandatangani ulang ditolak")
    differing = [(name, getattr(inside, field), getattr(outside, field)) for field, name in _BINDING_NAMES.items()
                 if getattr(inside, field) != getattr(outside, field)]
    if differing:
        listed = "; ".join(f"{name}: di dalam {a}, di luar {b}" for name, a, b in differing)
        raise BundleError(f"bundle.json tidak sesuai dengan isi bundel ({listed}): bundel ditolak")


def read_secure_bundle(path: Path, identities: Sequence[BkdIdentity | x25519.Identity],
                       trust_lookup: TrustLookup) -> OpenedBundle:
    path = Path(path)
    return open_secure_bundle(read_bundle_file(path, MAX_FILE_BYTES), identities, trust_lookup, path)


def looks_secure(head: bytes) -> bool:
    """A secure bundle starts with its bundle.json member."""
    return head.startswith(b"PK\x03\x04") and b"bundle.json" in head[:64]


def is_secure_bundle(path: Path) -> bool:
    """A secure bundle starts with its bundle.json member; anything else is not one (or not a zip)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(64)
    except OSError:
        return False
    return looks_secure(head)
