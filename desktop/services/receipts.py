"""BKD's signed receipts: "the central database holds these sessions of this bundle".

After an import BKD issues one receipt per accepted bundle (one that was applied, or one that only
repeated sessions BKD already held at the same seal, as a re-export does); the centre imports it to
mark the sessions delivered (desktop.services.delivery), and only then may it purge its local copy.

A receipt is one file, `<bundle-id>.receipt.zip`: a zip, stored uncompressed, holding exactly

- `receipt.json`: format, format_version, bundle_id, bundle_sha256 (of the whole .bundle.zip file),
  imported_at (BKD's import time, UTC), issued_at, issuer (BKD's name), key_id (BKD's receipt key) and
  the sessions held, each with its uuid and seal hash; no personal data;
- `receipt.json.minisig`: a minisign signature (Ed25519, prehashed) of `receipt.json` by BKD's receipt
  key; its trusted comment names the bundle, the import time and the number of sessions.

Checked by hand with the stock tools: `unzip X.receipt.zip && minisign -Vm receipt.json -p bkd-receipt.pub`
(or `-P` with the key on the `# minisign:` line of bkd.age.pub).

Reading is strict, in memory: the zip's one canonical encoding, the signature against the BKD key the
centre installed, and only then the JSON (exact fields, one canonical encoding).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import uuid as uuidlib
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import and_, select

from desktop.domain import minisign
from desktop.domain.errors import AsesmenError, IntegrityError, NotFoundError, ValidationError
from desktop.services.files import canonical_zip, write_atomic
from desktop.services.keys import BkdReceiptKey
from desktop.services.progress import Progress
from desktop.services.stores import Store
from desktop.storage.central_orm import CentralSession, ImportedBundle, ImportedBundleSession, ImportLog

FORMAT = "asesmen.receipt"
FORMAT_VERSION = 1
RECEIPT = "receipt.json"
SIGNATURE = "receipt.json.minisig"
ORDER = (RECEIPT, SIGNATURE)
SUFFIX = ".receipt.zip"
MAX_SESSIONS = 10_000
MAX_RECEIPT_BYTES = 2 * 1024 * 1024
MAX_SIGNATURE_BYTES = 16 * 1024
MAX_FILE_BYTES = MAX_RECEIPT_BYTES + MAX_SIGNATURE_BYTES + 1024
_CAPS = {RECEIPT: MAX_RECEIPT_BYTES, SIGNATURE: MAX_SIGNATURE_BYTES}
_FIELDS = {"format", "format_version", "bundle_id", "bundle_sha256", "imported_at", "issued_at", "issuer",
           "key_id", "sessions"}
_HEX64 = re.compile(r"[0-9a-f]{64}")
_UTC = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z")
DEFAULT_ISSUER = "BKD"


class ReceiptError(IntegrityError):
    """A receipt that is malformed, altered, signed by another key, or not for this store."""


@dataclass(frozen=True)
class ReceiptSession:
    uuid: str
    seal_hash: str


@dataclass(frozen=True)
class Receipt:
    bundle_id: str
    bundle_sha256: str
    imported_at: str  # UTC "YYYY-MM-DDTHH:MM:SSZ": when BKD applied the bundle
    issued_at: str
    issuer: str  # BKD's name, as it signs
    key_id: str  # BKD's receipt key (16 hex digits)
    sessions: tuple[ReceiptSession, ...]
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_bytes(self) -> bytes:
        """The one canonical encoding of receipt.json."""
        fields = {"format": self.format, "format_version": self.format_version, "bundle_id": self.bundle_id,
                  "bundle_sha256": self.bundle_sha256, "imported_at": self.imported_at,
                  "issued_at": self.issued_at, "issuer": self.issuer, "key_id": self.key_id,
                  "sessions": [{"uuid": s.uuid, "seal_hash": s.seal_hash} for s in self.sessions]}
        return (json.dumps(fields, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    def trusted_comment(self) -> str:
        """Shown by `minisign -V`, covered by the signature."""
        return (f"{FORMAT}/{self.format_version} bundle={self.bundle_id} imported={self.imported_at} "
                f"sessions={len(self.sessions)} receipt.json-sha256={hashlib.sha256(self.to_bytes()).hexdigest()}")

    def untrusted_comment(self) -> str:
        return f"signature from BKD receipt key {self.key_id}"

    @property
    def file_name(self) -> str:
        return f"{self.bundle_id}{SUFFIX}"

    @property
    def imported_at_datetime(self) -> dt.datetime:
        """BKD's import time, naive UTC (as the stores keep times)."""
        return dt.datetime.strptime(self.imported_at, "%Y-%m-%dT%H:%M:%SZ")


def _utc_text(value: dt.datetime) -> str:
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    return value.strftime("%Y-%m-%dT%H:%M:%SZ")


def _is_uuid(text: object) -> bool:
    try:
        return isinstance(text, str) and str(uuidlib.UUID(text)) == text
    except ValueError:
        return False


def _check(receipt: Receipt, error: type[AsesmenError]) -> None:
    if not _is_uuid(receipt.bundle_id):
        raise error("bundle_id tanda terima bukan UUID")
    if not isinstance(receipt.bundle_sha256, str) or not _HEX64.fullmatch(receipt.bundle_sha256):
        raise error("bundle_sha256 tanda terima harus 64 digit heksadesimal")
    for name in ("imported_at", "issued_at"):
        if not isinstance(getattr(receipt, name), str) or not _UTC.fullmatch(getattr(receipt, name)):
            raise error(f"{name} tanda terima bukan waktu UTC berbentuk YYYY-MM-DDTHH:MM:SSZ")
    if not isinstance(receipt.issuer, str) or not receipt.issuer.strip() or len(receipt.issuer) > 200 or any(
            c in receipt.issuer for c in "\r\n\0"):
        raise error("nama BKD pada tanda terima tidak sah (satu baris, paling panjang 200 karakter)")
    if not isinstance(receipt.key_id, str) or not minisign.KEY_ID_HEX.fullmatch(receipt.key_id):
        raise error("key_id tanda terima harus 16 digit heksadesimal")
    if not receipt.sessions or len(receipt.sessions) > MAX_SESSIONS:
        raise error(f"tanda terima harus menyebut 1 sampai {MAX_SESSIONS} sesi")
    seen = set()
    for s in receipt.sessions:
        if not _is_uuid(s.uuid) or not isinstance(s.seal_hash, str) or not _HEX64.fullmatch(s.seal_hash):
            raise error("sesi pada tanda terima harus berupa uuid dan hash segel (64 digit heksadesimal)")
        if s.uuid in seen:
            raise error(f"sesi {s.uuid} disebut dua kali pada tanda terima")
        seen.add(s.uuid)


# -- issuing (BKD) ------------------------------------------------------------------------------------


def receipt_file_bytes(receipt: Receipt, key: BkdReceiptKey) -> bytes:
    """The receipt file: receipt.json and its signature by BKD's receipt key, in one canonical zip."""
    if key.key_id != receipt.key_id:
        raise ValidationError(f"tanda terima menyebut kunci {receipt.key_id}, bukan kunci {key.key_id}")
    _check(receipt, ValidationError)
    body = receipt.to_bytes()
    signature = key.sign(body, receipt.trusted_comment(), receipt.untrusted_comment()).to_bytes()
    return canonical_zip({RECEIPT: body, SIGNATURE: signature}, ORDER)


@dataclass(frozen=True)
class AppliedBundle:
    bundle_id: str
    bundle_sha256: str
    imported_at: dt.datetime  # import_log.at (naive UTC)
    sessions: tuple[ReceiptSession, ...]


def applied_bundles(store: Store, bundle_ids: Sequence[str] | None = None) -> list[AppliedBundle]:
    """What BKD holds from each accepted bundle, read from the central tables without writing: the
    sessions an applied bundle wrote, and the sessions a bundle that held nothing new carried (a
    re-export of sessions already imported), as long as BKD still holds them at the same seal.

    `bundle_ids` None: every such bundle that still names sessions, oldest first. A named bundle that
    was not accepted (unknown or rejected) is an error naming it.
    """
    wanted = list(dict.fromkeys(b.strip() for b in bundle_ids)) if bundle_ids is not None else None
    with store.transaction() as db:
        query = (select(ImportLog.bundle_id, ImportLog.bundle_sha256, ImportLog.at)
                 .where(ImportLog.outcome == "applied").order_by(ImportLog.id))
        held = (select(ImportedBundle.bundle_id, ImportedBundle.bundle_sha256, ImportedBundle.imported_at)
                .where(ImportedBundle.outcome == "duplicate", ImportedBundle.bundle_id.is_not(None))
                .order_by(ImportedBundle.id))
        if wanted is not None:
            query = query.where(ImportLog.bundle_id.in_(wanted))
            held = held.where(ImportedBundle.bundle_id.in_(wanted))
        applied, repeated = db.execute(query).all(), db.execute(held).all()
        found = {row.bundle_id for row in [*applied, *repeated]}
        for bundle_id in wanted or ():
            if bundle_id not in found:
                other = db.scalar(select(ImportLog.outcome).where(ImportLog.bundle_id == bundle_id)
                                  .order_by(ImportLog.id.desc()).limit(1))
                if other is None:
                    raise NotFoundError(f"bundel {bundle_id} tidak tercatat di log impor basis data pusat")
                raise ValidationError(f"bundel {bundle_id} tidak diterapkan (tercatat '{other}'): tanda terima "
                                      "hanya untuk bundel yang diterima")
        candidates = [(at, bundle_id, sha, False) for bundle_id, sha, at in applied]
        candidates += [(at, bundle_id, sha, True) for bundle_id, sha, at in repeated]
        out = []
        seen = set()
        for at, bundle_id, sha, repeat in sorted(candidates, key=lambda c: c[0]):
            if sha in seen:
                continue
            seen.add(sha)
            if repeat:  # the sessions it carried that BKD still holds at the seal it carried
                carried = ImportedBundleSession
                sessions = db.execute(
                    select(CentralSession.uuid, CentralSession.seal_hash)
                    .join(carried, and_(carried.session_uuid == CentralSession.uuid,
                                        carried.seal_hash == CentralSession.seal_hash))
                    .where(carried.bundle_sha256 == sha).order_by(CentralSession.uuid)).all()
            else:
                sessions = db.execute(select(CentralSession.uuid, CentralSession.seal_hash)
                                      .where(CentralSession.bundle_sha256 == sha)
                                      .order_by(CentralSession.uuid)).all()
            if not sessions:
                if wanted is not None:
                    raise ValidationError(f"bundel {bundle_id}: tidak ada sesi yang masih tersimpan dari "
                                          "bundel ini (sudah diganti oleh amandemen?)")
                continue
            out.append(AppliedBundle(bundle_id, sha, at, tuple(ReceiptSession(u, h) for u, h in sessions)))
        return out


def issue_receipts(store: Store, key: BkdReceiptKey, out_dir: Path, bundle_ids: Sequence[str] | None = None,
                   *, issuer: str = DEFAULT_ISSUER, progress: Progress | None = None) -> list[Path]:
    """One signed receipt per applied bundle (all of them when `bundle_ids` is None) in `out_dir`.

    Reads the central tables only (import_log, central_session). Each file is written atomically as
    `<bundle-id>.receipt.zip`; issuing again writes a fresh receipt over it.
    """
    progress = progress or Progress()
    issuer = " ".join(issuer.split()) or DEFAULT_ISSUER
    bundles = applied_bundles(store, bundle_ids)
    if not bundles:
        raise NotFoundError("belum ada bundel yang diterapkan di basis data pusat: tidak ada tanda terima")
    issued_at = _utc_text(dt.datetime.now(dt.UTC))
    paths = []
    for i, applied in enumerate(bundles):
        progress.report(i, len(bundles), applied.bundle_id)
        receipt = Receipt(
            bundle_id=applied.bundle_id, bundle_sha256=applied.bundle_sha256,
            imported_at=_utc_text(applied.imported_at), issued_at=issued_at, issuer=issuer, key_id=key.key_id,
            sessions=applied.sessions)
        paths.append(write_atomic(Path(out_dir) / receipt.file_name, receipt_file_bytes(receipt, key)))
    progress.report(len(bundles), len(bundles), "")
    return paths


# -- reading (the centre) -----------------------------------------------------------------------------


def _unpack(raw: bytes) -> dict[str, bytes]:
    if len(raw) > MAX_FILE_BYTES:
        raise ReceiptError("berkas tanda terima terlalu besar")
    try:
        zf = zipfile.ZipFile(io.BytesIO(raw))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise ReceiptError("bukan berkas tanda terima BKD (bukan arsip yang utuh)") from None
    if tuple(i.filename for i in infos) != ORDER:
        raise ReceiptError(f"berkas tanda terima harus berisi tepat {RECEIPT} dan {SIGNATURE}")
    for info in infos:
        if info.compress_type != zipfile.ZIP_STORED or info.file_size > _CAPS[info.filename] or info.flag_bits & 1:
            raise ReceiptError(f"isi berkas tanda terima tidak wajar: {info.filename}")
    try:
        files = {info.filename: zf.read(info) for info in infos}
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError):
        raise ReceiptError("isi berkas tanda terima rusak") from None
    if canonical_zip(files, ORDER) != raw:  # one encoding: any other byte is an alteration
        raise ReceiptError("berkas tanda terima telah diubah: susunan arsip tidak sesuai dengan isinya")
    return files


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise ReceiptError("receipt.json memuat kunci ganda")
    return dict(pairs)


def _reject_constant(name: str) -> None:
    raise ReceiptError(f"receipt.json memuat nilai yang tidak sah: {name}")


def _parse(raw: bytes) -> Receipt:
    try:
        data = json.loads(raw.decode("utf-8"), object_pairs_hook=_no_duplicates, parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError):
        raise ReceiptError("receipt.json bukan JSON yang sah") from None
    if not isinstance(data, dict) or set(data) != _FIELDS:
        raise ReceiptError(f"receipt.json harus memuat tepat: {', '.join(sorted(_FIELDS))}")
    if data["format"] != FORMAT:
        raise ReceiptError("bukan tanda terima Asesmen (format tidak dikenal)")
    if type(data["format_version"]) is not int or data["format_version"] != FORMAT_VERSION:
        raise ReceiptError(f"versi format tanda terima {data['format_version']!r} tidak didukung")
    sessions = data["sessions"]
    if not isinstance(sessions, list) or not all(isinstance(s, dict) and set(s) == {"uuid", "seal_hash"}
                                                 for s in sessions):
        raise ReceiptError("daftar sesi pada tanda terima tidak sah")
    receipt = Receipt(bundle_id=data["bundle_id"], bundle_sha256=data["bundle_sha256"],
                      imported_at=data["imported_at"], issued_at=data["issued_at"], issuer=data["issuer"],
                      key_id=data["key_id"],
                      sessions=tuple(ReceiptSession(s["uuid"], s["seal_hash"]) for s in sessions))
    _check(receipt, ReceiptError)
    if receipt.to_bytes() != raw:
        raise ReceiptError("receipt.json tidak dalam bentuk baku: tanda terima telah diubah")
    return receipt


def open_receipt(raw: bytes, bkd_key: minisign.PublicKey) -> Receipt:
    """Check a receipt completely; ReceiptError names the first problem in one line."""
    files = _unpack(raw)
    try:
        sig = minisign.Signature.parse(files[SIGNATURE])
    except AsesmenError as exc:
        raise ReceiptError(f"{SIGNATURE}: {exc}") from None
    if sig.algorithm != minisign.PREHASHED:
        raise ReceiptError("tanda tangan berformat lama (tanpa prehash) tidak diterima")
    if sig.key_id != bkd_key.key_id:
        raise ReceiptError(f"tanda terima ditandatangani kunci {sig.key_id_text}, bukan kunci tanda terima BKD "
                           f"yang terpasang ({bkd_key.id}): ditolak")
    try:
        minisign.verify(bkd_key, files[RECEIPT], sig)
    except AsesmenError:
        raise ReceiptError("tanda tangan tanda terima tidak sah: tanda terima telah diubah") from None
    receipt = _parse(files[RECEIPT])
    if receipt.key_id != bkd_key.id:
        raise ReceiptError(f"receipt.json menyebut kunci {receipt.key_id}, bukan kunci penanda tangannya")
    if sig.trusted_comment != receipt.trusted_comment() or sig.untrusted_comment != receipt.untrusted_comment():
        raise ReceiptError("komentar tanda tangan tidak sesuai dengan receipt.json: tanda terima telah diubah")
    return receipt


def read_receipt_file(path: Path, bkd_key: minisign.PublicKey) -> tuple[Receipt, str]:
    """(the checked receipt, the SHA-256 of the file)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ReceiptError(f"{path.name}: berkas tanda terima terlalu besar")
        raw = path.read_bytes()
    except OSError as exc:
        raise ReceiptError(f"{path.name}: tidak dapat dibaca ({exc.strerror})") from None
    return open_receipt(raw, bkd_key), hashlib.sha256(raw).hexdigest()


__all__ = ["AppliedBundle", "Receipt", "ReceiptError", "ReceiptSession", "applied_bundles", "issue_receipts",
           "open_receipt", "read_receipt_file", "receipt_file_bytes"]
