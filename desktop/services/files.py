"""Writing files so that a crash or a pulled stick never leaves a half-written file under its name."""

from __future__ import annotations

import io
import os
import stat
import tempfile
import zipfile
from pathlib import Path

from desktop.domain.errors import BundleError


def write_atomic(target: Path, data: bytes) -> Path:
    """Write to a temporary file beside the target, fsync it, rename it over, fsync the folder."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return target


def read_bundle_file(path: Path, cap: int) -> bytes:
    """A bundle's bytes, refused before reading when larger than `cap`; one-line BundleError otherwise."""
    try:
        if path.stat().st_size > cap:
            raise BundleError(f"{path.name}: bundel terlalu besar")
        return path.read_bytes()
    except OSError as exc:
        raise BundleError(f"{path.name}: tidak dapat dibaca ({exc.strerror})") from None


def canonical_zip(files: dict[str, bytes], order: tuple[str, ...]) -> bytes:
    """The one zip encoding our archives have: members in `order`, fixed dates and modes, stored.

    A reader re-packs what it read and compares bytes, so any other byte is an alteration.
    """
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_STORED) as zf:
        for name in order:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, files[name])
    return buf.getvalue()
