"""Keys for secure bundles: the centre's signing key, BKD's age identity, and BKD's trust list.

- A centre creates its signing key (Ed25519, minisign format) at setup and hands BKD its public key
  file (`centre.pub`, the stock minisign format: `minisign -V -p centre.pub` reads it).
- BKD creates its age identity (X25519) and its receipt signing key (Ed25519, minisign format), and
  hands centres ONE public file, `bkd.age.pub`: an age recipients file (`age -R bkd.age.pub` reads it)
  whose comment line `# minisign: RW...` carries the receipt key (`minisign -V -P RW...` takes it);
  `bkd-receipt.pub` is the same receipt key as a stock minisign .pub file, for hand checks.
- Secret keys are stored only protected by a password: scrypt derives a key that encrypts the secret
  with ChaCha20-Poly1305, the file's header being authenticated too; the file is readable by its owner
  only. Secret keys never travel in a bundle.
- BKD's central database keeps the trust list of centre public keys (`TrustList`); a bundle signed by
  a key that is not on it, or was revoked, is refused (desktop.services.secure_bundles).
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import pyrage
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from pyrage import x25519
from sqlalchemy import select

from desktop.domain import minisign
from desktop.domain.errors import IntegrityError, NotFoundError, ValidationError
from desktop.domain.users import MIN_PASSWORD
from desktop.services.files import write_atomic
from desktop.services.stores import Store
from desktop.storage.central_orm import TrustedCentreKey
from desktop.storage.orm import utcnow

SECRET_FORMAT = "asesmen.secret-key"
SECRET_VERSION = 1
CENTRE_KIND = "centre-signing-key"  # minisign Ed25519
BKD_KIND = "bkd-age-identity"  # age X25519
RECEIPT_KIND = "bkd-receipt-key"  # minisign Ed25519: BKD signs its receipts with it
_KIND_NAMES = {CENTRE_KIND: "kunci tanda tangan pusat asesmen", BKD_KIND: "kunci age BKD",
               RECEIPT_KIND: "kunci tanda terima BKD"}
# scrypt N=2^17, r=8: 128 MiB and about 0.3 s per unlock; files asking for more than 2^20 are refused.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
MAX_SCRYPT_N = 2**20
MAX_KEY_FILE_BYTES = 64 * 1024
# Usual file names in a keys folder (e.g. desktop.paths.data_dir() / "keys", or DIR/keys/ of the demo)
CENTRE_SECRET_FILE = "centre-signing.key"  # password-protected, stays on the centre's laptop
CENTRE_PUBLIC_FILE = "centre.pub"  # minisign public key: goes to BKD's trust list
SEQUENCE_FILE = "bundle-sequence"  # the centre's export counter
BKD_SECRET_FILE = "bkd-age.key"  # password-protected, stays at BKD
BKD_RECIPIENT_FILE = "bkd.age.pub"  # BKD's public key (age recipient + receipt key): installed at every centre
BKD_RECEIPT_SECRET_FILE = "bkd-receipt.key"  # password-protected, stays at BKD
BKD_RECEIPT_PUBLIC_FILE = "bkd-receipt.pub"  # the receipt key as a minisign .pub file (hand checks)
RECEIPT_KEY_PREFIX = "# minisign: "  # the line of bkd.age.pub that carries the receipt key
PLAIN_IDENTITY_FILE = "bkd-identity.txt"  # UNPROTECTED age identity: demo and hand checks only
_HEADER_FIELDS = {"format", "version", "kind", "public", "created_at", "kdf", "n", "r", "p", "salt", "cipher",
                  "nonce"}


# -- the centre's signing key -------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class SigningKey:
    """A minisign (Ed25519) secret key: the centre's bundle key or BKD's receipt key."""

    key_id_raw: bytes
    private: Ed25519PrivateKey

    @property
    def key_id(self) -> str:
        """16 hex digits, as minisign prints it."""
        return minisign.key_id_hex(self.key_id_raw)

    @property
    def public_key(self) -> minisign.PublicKey:
        return minisign.public_key_of(self.private, self.key_id_raw)

    def sign(self, data: bytes, trusted_comment: str, untrusted_comment: str) -> minisign.Signature:
        return minisign.sign(self.private, self.key_id_raw, data, trusted_comment, untrusted_comment)

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.key_id})"


class CentreSigningKey(SigningKey):
    """The centre's key: it signs the bundles it exports."""


class BkdReceiptKey(SigningKey):
    """BKD's key: it signs the receipts it issues for imported bundles."""


def generate_centre_key() -> CentreSigningKey:
    return CentreSigningKey(minisign.generate_key_id(), Ed25519PrivateKey.generate())


def save_centre_key(key: CentreSigningKey, path: Path, password: str, *, overwrite: bool = False) -> Path:
    """The secret key, password-protected, in a file only its owner can read."""
    secret = key.key_id_raw + key.private.private_bytes_raw()
    return _save_secret(Path(path), CENTRE_KIND, key.public_key.line(), secret, password, overwrite)


def load_centre_key(path: Path, password: str) -> CentreSigningKey:
    return _load_signing_key(Path(path), CENTRE_KIND, password, CentreSigningKey)


def _load_signing_key(path: Path, kind: str, password: str, cls: type[SigningKey]):
    public, secret = _load_secret(path, kind, password)
    if len(secret) != 40:
        raise IntegrityError(f"{path.name}: berkas kunci rusak")
    key = cls(secret[:8], Ed25519PrivateKey.from_private_bytes(secret[8:]))
    if key.public_key.line() != public:
        raise IntegrityError(f"{path.name}: kunci rahasia tidak cocok dengan kunci publiknya")
    return key


def signing_key_public(path: Path) -> minisign.PublicKey:
    """The public half a password-protected signing key file records in its header: shown (key id)
    before the password is typed. Not proof of anything until the key is unlocked."""
    path = Path(path)
    try:
        data = json.loads(_read_small(path, "kunci rahasia"))
        if not isinstance(data, dict) or data.get("format") != SECRET_FORMAT:
            raise ValueError
        if data.get("kind") not in (CENTRE_KIND, RECEIPT_KIND):
            raise ValidationError(f"{path.name}: bukan kunci tanda tangan")
        return minisign.PublicKey.from_line(str(data.get("public", "")))
    except (UnicodeDecodeError, ValueError):
        raise IntegrityError(f"{path.name}: bukan berkas kunci rahasia Asesmen yang utuh") from None


def create_centre_key(path: Path, password: str) -> CentreSigningKey:
    """At the centre's setup: a new signing key, saved password-protected at `path` (never overwritten)."""
    key = generate_centre_key()
    save_centre_key(key, path, password)
    return key


def write_public_key(key: SigningKey | minisign.PublicKey, path: Path, comment: str | None = None) -> Path:
    """A public key as a minisign .pub file (the centre's for BKD's trust list, BKD's receipt key for
    hand checks): what `minisign -V -p` reads."""
    public = key.public_key if isinstance(key, SigningKey) else key
    return _write_public(Path(path), public.file_text(comment).encode("ascii"))


def read_public_key(path: Path) -> minisign.PublicKey:
    """A minisign .pub file, ours or one made by `minisign -G`."""
    return minisign.PublicKey.from_file_text(_read_small(Path(path), "kunci publik").decode("utf-8", "replace"))


# -- BKD's age identity -------------------------------------------------------------------------------


@dataclass(frozen=True, repr=False)
class BkdIdentity:
    identity: x25519.Identity

    @property
    def recipient(self) -> str:
        """The public half ("age1..."), which centres encrypt to."""
        return str(self.identity.to_public())

    def decrypt(self, data: bytes) -> bytes:
        return pyrage.decrypt(data, [self.identity])

    def __repr__(self) -> str:
        return f"BkdIdentity({self.recipient})"


def generate_bkd_identity() -> BkdIdentity:
    return BkdIdentity(x25519.Identity.generate())


def save_bkd_identity(identity: BkdIdentity, path: Path, password: str, *, overwrite: bool = False) -> Path:
    secret = str(identity.identity).encode("ascii")
    return _save_secret(Path(path), BKD_KIND, identity.recipient, secret, password, overwrite)


def load_bkd_identity(path: Path, password: str) -> BkdIdentity:
    public, secret = _load_secret(Path(path), BKD_KIND, password)
    try:
        identity = BkdIdentity(x25519.Identity.from_str(secret.decode("ascii")))
    except (pyrage.IdentityError, UnicodeDecodeError, ValueError):
        raise IntegrityError(f"{Path(path).name}: berkas kunci rusak") from None
    if identity.recipient != public:
        raise IntegrityError(f"{Path(path).name}: kunci rahasia tidak cocok dengan kunci publiknya")
    return identity


def create_bkd_identity(path: Path, password: str) -> BkdIdentity:
    """At BKD's setup: a new age identity, saved password-protected at `path` (never overwritten)."""
    identity = generate_bkd_identity()
    save_bkd_identity(identity, path, password)
    return identity


def write_recipient_file(identity: BkdIdentity | str, path: Path, comment: str = "kunci publik BKD",
                         receipt_key: SigningKey | minisign.PublicKey | None = None) -> Path:
    """BKD's public key as an age recipients file, for centres to install (`age -R FILE` reads it too).

    With `receipt_key`, a comment line `# minisign: RW...` carries BKD's receipt key too (age skips
    comment lines; `minisign -V -P RW...` takes the key), so centres install one file for both.
    """
    recipient = identity.recipient if isinstance(identity, BkdIdentity) else parse_recipient(identity)
    if any(c in comment for c in "\r\n"):
        raise ValidationError("komentar harus satu baris")
    lines = [f"# Asesmen: {comment}"]
    if receipt_key is not None:
        public = receipt_key.public_key if isinstance(receipt_key, SigningKey) else receipt_key
        lines += ["# Baris age1...: penerima enkripsi bundel (age -R berkas ini).",
                  f"# Baris minisign: kunci pemeriksa tanda terima BKD (ID {public.id}).",
                  f"{RECEIPT_KEY_PREFIX}{public.line()}"]
    return _write_public(Path(path), ("\n".join([*lines, recipient]) + "\n").encode())


def read_recipient_file(path: Path) -> list[str]:
    """The X25519 recipients of an age recipients file (comments and blank lines skipped)."""
    text = _read_small(Path(path), "kunci publik BKD").decode("utf-8", "replace")
    found = [parse_recipient(line.strip()) for line in text.splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    if not found:
        raise ValidationError(f"{Path(path).name}: tidak memuat kunci publik age")
    return found


def read_receipt_key(path: Path) -> minisign.PublicKey:
    """BKD's receipt key from the BKD public key file centres install (its `# minisign:` line), or from
    a minisign .pub file (bkd-receipt.pub, or one made by `minisign -G`)."""
    path = Path(path)
    text = _read_small(path, "kunci publik BKD").decode("utf-8", "replace")
    if text.startswith(minisign.UNTRUSTED_PREFIX):
        return minisign.PublicKey.from_file_text(text)
    found = []
    for line in text.splitlines():
        line = line.strip()
        if line.startswith(RECEIPT_KEY_PREFIX) and line[len(RECEIPT_KEY_PREFIX):].strip():
            found.append(line[len(RECEIPT_KEY_PREFIX):].split()[0])
    if not found:
        raise ValidationError(f"{path.name}: tidak memuat kunci tanda terima BKD (baris '# minisign: ...'); "
                              "minta berkas kunci publik BKD yang baru")
    if len(set(found)) > 1:
        raise ValidationError(f"{path.name}: memuat lebih dari satu kunci tanda terima BKD")
    return minisign.PublicKey.from_line(found[0])


def parse_recipient(text: str) -> str:
    try:
        return str(x25519.Recipient.from_str(text))
    except (pyrage.RecipientError, ValueError):
        raise ValidationError(f"kunci publik BKD tidak sah: {text[:24]!r} (harus berbentuk age1...)") from None


# -- BKD's receipt key, and BKD's keys together ------------------------------------------------------


def generate_receipt_key() -> BkdReceiptKey:
    return BkdReceiptKey(minisign.generate_key_id(), Ed25519PrivateKey.generate())


def save_receipt_key(key: BkdReceiptKey, path: Path, password: str, *, overwrite: bool = False) -> Path:
    secret = key.key_id_raw + key.private.private_bytes_raw()
    return _save_secret(Path(path), RECEIPT_KIND, key.public_key.line(), secret, password, overwrite)


def load_receipt_key(path: Path, password: str) -> BkdReceiptKey:
    """BKD's receipt signing key from its password-protected file."""
    return _load_signing_key(Path(path), RECEIPT_KIND, password, BkdReceiptKey)


@dataclass(frozen=True)
class BkdKeys:
    identity: BkdIdentity
    receipt_key: BkdReceiptKey
    files: dict[str, Path]  # file name -> path: the two secret files and the two public ones
    created: tuple[str, ...]  # the secret files made by this call (the others already existed)


def create_bkd_keys(folder: Path, password: str) -> BkdKeys:
    """BKD's keys in `folder`: the age identity and the receipt key, each password-protected, and the
    public files centres install. A secret file that already exists is opened with `password` and
    kept (so a folder from before receipts gets just the receipt key); the public files are rewritten."""
    folder = Path(folder)
    created = []
    age_path, receipt_path = folder / BKD_SECRET_FILE, folder / BKD_RECEIPT_SECRET_FILE
    if age_path.exists():
        identity = load_bkd_identity(age_path, password)
    else:
        identity = create_bkd_identity(age_path, password)
        created.append(BKD_SECRET_FILE)
    if receipt_path.exists():
        receipt = load_receipt_key(receipt_path, password)
    else:
        receipt = generate_receipt_key()
        save_receipt_key(receipt, receipt_path, password)
        created.append(BKD_RECEIPT_SECRET_FILE)
    files = {
        BKD_SECRET_FILE: age_path,
        BKD_RECEIPT_SECRET_FILE: receipt_path,
        BKD_RECIPIENT_FILE: write_recipient_file(identity, folder / BKD_RECIPIENT_FILE, receipt_key=receipt),
        BKD_RECEIPT_PUBLIC_FILE: write_public_key(receipt, folder / BKD_RECEIPT_PUBLIC_FILE,
                                                  f"minisign public key {receipt.key_id} (tanda terima BKD)"),
    }
    return BkdKeys(identity, receipt, files, tuple(created))


def write_plain_identity_file(identity: BkdIdentity, path: Path) -> Path:
    """The secret identity UNPROTECTED, as `age -d -i FILE` reads it: for the demo and hand checks only."""
    now = dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    text = f"# created: {now}\n# public key: {identity.recipient}\n{identity.identity}\n"
    return _write_private(Path(path), text.encode("ascii"), overwrite=True)


@dataclass(frozen=True)
class DemoKeys:
    centre: CentreSigningKey
    bkd: BkdIdentity
    files: dict[str, Path]


def write_demo_keys(folder: Path) -> DemoKeys:
    """Fresh keys for `asesmen demo`, written so that a person can check the demo bundle by hand:
    BKD's identity (unprotected), BKD's public key and the centre's public key. The centre's secret key
    stays in memory."""
    folder = Path(folder)
    centre, bkd = generate_centre_key(), generate_bkd_identity()
    files = {
        CENTRE_PUBLIC_FILE: write_public_key(centre, folder / CENTRE_PUBLIC_FILE),
        BKD_RECIPIENT_FILE: write_recipient_file(bkd, folder / BKD_RECIPIENT_FILE, "kunci publik BKD (demo)"),
        PLAIN_IDENTITY_FILE: write_plain_identity_file(bkd, folder / PLAIN_IDENTITY_FILE),
    }
    return DemoKeys(centre, bkd, files)


# -- password-protected secret files ------------------------------------------------------------------


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _header_bytes(header: dict) -> bytes:
    return json.dumps(header, sort_keys=True, separators=(",", ":")).encode()


def _derive(password: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(password.encode("utf-8"))


def _save_secret(path: Path, kind: str, public: str, secret: bytes, password: str, overwrite: bool) -> Path:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(f"kata sandi kunci minimal {MIN_PASSWORD} karakter")
    salt, nonce = secrets.token_bytes(32), secrets.token_bytes(12)
    header = {
        "format": SECRET_FORMAT, "version": SECRET_VERSION, "kind": kind, "public": public,
        "created_at": dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P, "salt": _b64(salt),
        "cipher": "chacha20-poly1305", "nonce": _b64(nonce),
    }
    key = _derive(password, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)
    sealed = ChaCha20Poly1305(key).encrypt(nonce, secret, _header_bytes(header))
    text = json.dumps({**header, "ciphertext": _b64(sealed)}, sort_keys=True, indent=1) + "\n"
    return _write_private(path, text.encode(), overwrite=overwrite)


def _load_secret(path: Path, kind: str, password: str) -> tuple[str, bytes]:
    """(public part, secret bytes); ValidationError for a wrong password, IntegrityError for a bad file."""
    raw = _read_small(path, "kunci rahasia")
    bad = IntegrityError(f"{path.name}: bukan berkas kunci rahasia Asesmen yang utuh")
    try:
        data = json.loads(raw)
    except (UnicodeDecodeError, ValueError):
        raise bad from None
    if not isinstance(data, dict) or set(data) != _HEADER_FIELDS | {"ciphertext"}:
        raise bad
    header = {k: v for k, v in data.items() if k != "ciphertext"}
    if (header["format"], header["version"], header["kdf"], header["cipher"]) != (
            SECRET_FORMAT, SECRET_VERSION, "scrypt", "chacha20-poly1305"):
        raise bad
    if header["kind"] != kind:
        raise ValidationError(f"{path.name}: bukan {_KIND_NAMES.get(kind, kind)}"
                              + (f" (melainkan {_KIND_NAMES[header['kind']]})" if header["kind"] in _KIND_NAMES
                                 else ""))
    n, r, p = header["n"], header["r"], header["p"]
    if not all(type(v) is int for v in (n, r, p)) or not (
            2**14 <= n <= MAX_SCRYPT_N and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16):
        raise bad
    try:
        salt = base64.b64decode(header["salt"], validate=True)
        nonce = base64.b64decode(header["nonce"], validate=True)
        sealed = base64.b64decode(data["ciphertext"], validate=True)
    except (binascii.Error, TypeError, ValueError):
        raise bad from None
    if len(salt) < 16 or len(nonce) != 12 or not isinstance(header["public"], str):
        raise bad
    try:
        secret = ChaCha20Poly1305(_derive(password, salt, n, r, p)).decrypt(nonce, sealed, _header_bytes(header))
    except InvalidTag:
        raise ValidationError(f"{path.name}: kata sandi salah, atau berkas kunci telah diubah") from None
    return header["public"], secret


def _read_small(path: Path, what: str) -> bytes:
    try:
        if path.stat().st_size > MAX_KEY_FILE_BYTES:
            raise ValidationError(f"{path.name}: terlalu besar untuk berkas {what}")
        return path.read_bytes()
    except OSError as exc:
        raise NotFoundError(f"{path.name}: berkas {what} tidak dapat dibaca ({exc.strerror})") from None


def _write_private(path: Path, data: bytes, *, overwrite: bool) -> Path:
    if path.exists() and not overwrite:
        raise ValidationError(f"{path.name} sudah ada: berkas kunci tidak ditimpa")
    write_atomic(path, data)  # the temporary file is created 0600, and keeps that mode when renamed
    os.chmod(path, 0o600)
    return path


def _write_public(path: Path, data: bytes) -> Path:
    write_atomic(path, data)
    os.chmod(path, 0o644)
    return path


def next_sequence(path: Path) -> int:
    """The centre's export counter, kept in a small file beside its key: returns the next number (from 1)."""
    path = Path(path)
    try:
        current = int(path.read_text().strip() or "0") if path.exists() else 0
    except (OSError, ValueError):
        raise IntegrityError(f"{path.name}: penghitung nomor urut bundel rusak") from None
    write_atomic(path, f"{current + 1}\n".encode())
    return current + 1


# -- BKD's trust list ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class TrustedKey:
    key_id: str
    name: str
    public_key: minisign.PublicKey
    added_at: dt.datetime
    revoked_at: dt.datetime | None = None

    @property
    def revoked(self) -> bool:
        return self.revoked_at is not None


def _utc(value: dt.datetime | None) -> dt.datetime | None:
    """Stored naive (UTC); handed out aware."""
    return value.replace(tzinfo=dt.UTC) if value is not None and value.tzinfo is None else value


def _trusted(row: TrustedCentreKey) -> TrustedKey:
    return TrustedKey(row.key_id, row.name, minisign.PublicKey.from_line(row.public_key), _utc(row.added_at),
                      _utc(row.revoked_at))


class TrustList:
    """The centre public keys whose bundles BKD accepts; each call is its own short transaction."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, name: str, public_key: minisign.PublicKey) -> TrustedKey:
        name = name.strip()
        if not name or len(name) > 200:
            raise ValidationError("nama pusat asesmen wajib diisi (paling panjang 200 karakter)")
        public_key.verifier()  # a key that is not a valid Ed25519 point is refused here, not at import
        with self.store.transaction() as db:
            found = db.scalar(select(TrustedCentreKey).where(TrustedCentreKey.key_id == public_key.id))
            if found is not None:
                if found.revoked_at is not None:
                    raise ValidationError(f"kunci {public_key.id} telah dicabut pada "
                                          f"{found.revoked_at:%Y-%m-%d}: tidak dapat dipercaya lagi")
                raise ValidationError(f"kunci {public_key.id} sudah ada di daftar kepercayaan ({found.name})")
            row = TrustedCentreKey(key_id=public_key.id, name=name, public_key=public_key.line(), added_at=utcnow())
            db.add(row)
            db.flush()
            return _trusted(row)

    def add_file(self, name: str, path: Path) -> TrustedKey:
        """`asesmen trust add --centre NAME PUBKEY_FILE`: a minisign .pub file."""
        return self.add(name, read_public_key(path))

    def revoke(self, key_id: str) -> TrustedKey:
        """From now on bundles signed by this key are refused; revoking twice keeps the first date."""
        key_id = key_id.strip().upper()
        with self.store.transaction() as db:
            row = db.scalar(select(TrustedCentreKey).where(TrustedCentreKey.key_id == key_id))
            if row is None:
                raise NotFoundError(f"kunci {key_id} tidak ada di daftar kepercayaan")
            if row.revoked_at is None:
                row.revoked_at = utcnow()
                db.flush()
            return _trusted(row)

    def lookup(self, key_id: str) -> TrustedKey | None:
        """What secure_bundles.open_secure_bundle asks: the key with this id, revoked or not, or None."""
        with self.store.transaction() as db:
            row = db.scalar(select(TrustedCentreKey).where(TrustedCentreKey.key_id == key_id))
            return _trusted(row) if row is not None else None

    def entries(self) -> list[TrustedKey]:
        with self.store.transaction() as db:
            return [_trusted(r) for r in db.scalars(select(TrustedCentreKey).order_by(TrustedCentreKey.id))]


def load_identity_file(path: Path, password: str | None = None) -> BkdIdentity:
    """BKD's identity from its password-protected file, or from a plain age identity file (the demo's,
    or one made by `age-keygen`); a protected file without a password is refused."""
    raw = _read_small(Path(path), "identitas BKD")
    lines = [ln.strip() for ln in raw.decode("ascii", errors="replace").splitlines()]
    plain = [ln for ln in lines if ln.startswith("AGE-SECRET-KEY-")]
    if plain:
        try:
            return BkdIdentity(x25519.Identity.from_str(plain[0]))
        except (pyrage.IdentityError, ValueError):
            raise ValidationError(f"{Path(path).name}: identitas age tidak valid") from None
    if password is None:
        raise ValidationError(f"{Path(path).name}: berkas kunci terlindungi: kata sandi diperlukan "
                              "(variabel lingkungan ASESMEN_BKD_PASSWORD)")
    return load_bkd_identity(path, password)
