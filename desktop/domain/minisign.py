"""The minisign file formats (public key, signature) and Ed25519 signing and verification.

Compatible with jedisct1/minisign, so anyone can check our signatures with the stock tool and we
check theirs: `minisign -Vm FILE -p KEY.pub` accepts what `sign` makes, and `verify` accepts what
`minisign -S` makes.

- Public key file: "untrusted comment: ...\\n" + base64("Ed" || key id (8 bytes) || Ed25519 key (32)).
- Signature file: "untrusted comment: ...\\n" + base64(algorithm || key id || signature (64)) +
  "\\ntrusted comment: ...\\n" + base64(global signature (64)) + "\\n". The signature covers the file
  ("Ed", legacy) or its BLAKE2b-512 hash ("ED", prehashed: the default of minisign >= 0.11, and the
  only one we make); the global signature covers signature || trusted comment, so the trusted comment
  cannot be changed. The untrusted comment is not covered by anything.
- The key id is 8 random bytes, shown as 16 hex digits of the little-endian number (as minisign does).

Only computation here: reading and writing files is the caller's business.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import secrets
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from desktop.domain.errors import IntegrityError, ValidationError

KEY_ALG = b"Ed"
LEGACY = b"Ed"
PREHASHED = b"ED"
UNTRUSTED_PREFIX = "untrusted comment: "
TRUSTED_PREFIX = "trusted comment: "
DEFAULT_SIGNATURE_COMMENT = "signature from minisign secret key"
# minisign reads these lines with fgets into buffers of 1024 and 8192 bytes (prefix and newline included)
MAX_UNTRUSTED = 1024 - len(UNTRUSTED_PREFIX) - 2
MAX_TRUSTED = 8192 - len(TRUSTED_PREFIX) - 2
KEY_ID_HEX = re.compile(r"[0-9A-F]{16}")


class SignatureError(IntegrityError):
    """A signature that is malformed, made by another key, or does not match the signed data."""


def key_id_hex(key_id: bytes) -> str:
    """The key id as minisign prints it: 16 upper-case hex digits of the little-endian number."""
    return key_id[::-1].hex().upper()


def key_id_bytes(text: str) -> bytes:
    if not KEY_ID_HEX.fullmatch(text):
        raise ValidationError(f"id kunci tidak sah: {text[:20]!r} (harus 16 digit heksadesimal)")
    return bytes.fromhex(text)[::-1]


def _b64decode(text: str, size: int, what: str, error: type[Exception]) -> bytes:
    """Strict base64: the standard alphabet, padded, canonical, of exactly `size` bytes."""
    try:
        raw = base64.b64decode(text.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError, ValueError):
        raise error(f"{what} bukan base64 yang sah") from None
    if len(raw) != size or base64.b64encode(raw).decode("ascii") != text:
        raise error(f"{what} tidak berukuran atau berbentuk semestinya")
    return raw


def _check_comment(text: str, limit: int, what: str) -> str:
    if any(c in text for c in "\r\n\0") or len(text.encode("utf-8")) > limit:
        raise ValidationError(f"{what} harus satu baris, paling panjang {limit} bita")
    return text


def _lines(raw: bytes | str, count: int, what: str, error: type[Exception]) -> list[str]:
    """Exactly `count` lines, each ending in a newline (CRLF tolerated, as minisign does)."""
    try:
        text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
    except UnicodeDecodeError:
        raise error(f"{what} bukan teks UTF-8") from None
    parts = text.split("\n")
    if len(parts) != count + 1 or parts[-1] != "":
        raise error(f"{what} harus terdiri atas tepat {count} baris")
    return [p[:-1] if p.endswith("\r") else p for p in parts[:-1]]


@dataclass(frozen=True)
class PublicKey:
    key_id: bytes  # 8 bytes
    key: bytes  # 32 bytes, Ed25519

    @property
    def id(self) -> str:
        return key_id_hex(self.key_id)

    def line(self) -> str:
        """The base64 form that `minisign -P` takes."""
        return base64.b64encode(KEY_ALG + self.key_id + self.key).decode("ascii")

    def file_text(self, comment: str | None = None) -> str:
        comment = _check_comment(comment or f"minisign public key {self.id}", MAX_UNTRUSTED, "komentar kunci")
        return f"{UNTRUSTED_PREFIX}{comment}\n{self.line()}\n"

    @classmethod
    def from_line(cls, line: str) -> PublicKey:
        raw = _b64decode(line.strip(), 42, "kunci publik minisign", ValidationError)
        if raw[:2] != KEY_ALG:
            raise ValidationError("kunci publik bukan kunci minisign Ed25519")
        return cls(raw[2:10], raw[10:])

    @classmethod
    def from_file_text(cls, text: str) -> PublicKey:
        """A .pub file as minisign writes it: the untrusted comment line, then the key line."""
        lines = [line.rstrip("\r") for line in text.split("\n")]
        while lines and lines[-1] == "":
            lines.pop()
        if len(lines) != 2 or not lines[0].startswith(UNTRUSTED_PREFIX):
            raise ValidationError("berkas kunci publik minisign harus berisi baris komentar dan baris kunci")
        return cls.from_line(lines[1])

    def verifier(self) -> Ed25519PublicKey:
        try:
            return Ed25519PublicKey.from_public_bytes(self.key)
        except ValueError:
            raise ValidationError(f"kunci publik {self.id} tidak sah") from None


@dataclass(frozen=True)
class Signature:
    algorithm: bytes  # PREHASHED or LEGACY
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str = DEFAULT_SIGNATURE_COMMENT

    @property
    def key_id_text(self) -> str:
        return key_id_hex(self.key_id)

    def to_bytes(self) -> bytes:
        sig = base64.b64encode(self.algorithm + self.key_id + self.signature).decode("ascii")
        glob = base64.b64encode(self.global_signature).decode("ascii")
        return (f"{UNTRUSTED_PREFIX}{self.untrusted_comment}\n{sig}\n"
                f"{TRUSTED_PREFIX}{self.trusted_comment}\n{glob}\n").encode()

    @classmethod
    def parse(cls, raw: bytes) -> Signature:
        """A .minisig file; SignatureError if it is not exactly four well-formed lines."""
        untrusted, sig_line, trusted, glob_line = _lines(raw, 4, "berkas tanda tangan", SignatureError)
        if not untrusted.startswith(UNTRUSTED_PREFIX) or not trusted.startswith(TRUSTED_PREFIX):
            raise SignatureError("berkas tanda tangan tidak memuat komentar minisign pada tempatnya")
        body = _b64decode(sig_line, 74, "tanda tangan", SignatureError)
        if body[:2] not in (PREHASHED, LEGACY):
            raise SignatureError("algoritme tanda tangan tidak didukung")
        glob = _b64decode(glob_line, 64, "tanda tangan global", SignatureError)
        untrusted, trusted = untrusted[len(UNTRUSTED_PREFIX):], trusted[len(TRUSTED_PREFIX):]
        too_long = len(untrusted.encode()) > MAX_UNTRUSTED or len(trusted.encode()) > MAX_TRUSTED
        if too_long or "\0" in untrusted + trusted:
            raise SignatureError("komentar pada berkas tanda tangan terlalu panjang atau tidak sah")
        return cls(body[:2], body[2:10], body[10:], trusted, glob, untrusted)


def generate_key_id() -> bytes:
    return secrets.token_bytes(8)


def public_key_of(private: Ed25519PrivateKey, key_id: bytes) -> PublicKey:
    return PublicKey(key_id, private.public_key().public_bytes_raw())


def _message(algorithm: bytes, data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=64).digest() if algorithm == PREHASHED else data


def sign(private: Ed25519PrivateKey, key_id: bytes, data: bytes, trusted_comment: str,
         untrusted_comment: str = DEFAULT_SIGNATURE_COMMENT) -> Signature:
    """A prehashed ("ED") signature of `data`, as `minisign -S` makes it."""
    _check_comment(trusted_comment, MAX_TRUSTED, "komentar tepercaya")
    _check_comment(untrusted_comment, MAX_UNTRUSTED, "komentar tak tepercaya")
    if len(key_id) != 8:
        raise ValidationError("id kunci harus 8 bita")
    signature = private.sign(_message(PREHASHED, data))
    glob = private.sign(signature + trusted_comment.encode("utf-8"))
    return Signature(PREHASHED, key_id, signature, trusted_comment, glob, untrusted_comment)


def verify(public: PublicKey, data: bytes, signature: Signature, *, allow_legacy: bool = False) -> None:
    """Check the signature of `data` and of its trusted comment; SignatureError says what failed."""
    if signature.key_id != public.key_id:
        raise SignatureError(f"tanda tangan dibuat dengan kunci {signature.key_id_text}, bukan kunci {public.id}")
    if signature.algorithm == LEGACY and not allow_legacy:
        raise SignatureError("tanda tangan berformat lama (tanpa prehash) tidak diterima")
    verifier = public.verifier()
    try:
        verifier.verify(signature.signature, _message(signature.algorithm, data))
    except InvalidSignature:
        raise SignatureError(f"tanda tangan tidak cocok dengan isi berkas (kunci {public.id})") from None
    try:
        verifier.verify(signature.global_signature, signature.signature + signature.trusted_comment.encode("utf-8"))
    except InvalidSignature:
        raise SignatureError(f"komentar tepercaya tidak cocok dengan tanda tangannya (kunci {public.id})") from None
