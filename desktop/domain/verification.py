"""Verification codes printed on result sheets: short enough to type, bound to the seal and the sheet.

A sheet's code covers the session's seal and what the sheet states (who, which position, every
achieved level, JPM, category), so a sheet whose numbers were changed on paper or in a file no longer
matches the code that BKD holds for it.
"""

from __future__ import annotations

import hashlib
import re

from desktop.domain.chain import canonical_json

_CODE = re.compile(r"^[0-9A-F]{12}$")


def format_code(hex12: str) -> str:
    h = hex12.upper()
    return f"{h[:4]}-{h[4:8]}-{h[8:12]}"


def normalise_code(typed: str) -> str | None:
    """Accept what people type (spaces, dashes, lower case, O for 0); None if it cannot be a code."""
    text = re.sub(r"[\s\-.]", "", typed or "").upper().replace("O", "0")
    return text if _CODE.match(text) else None


def sheet_statement(nip: str, name: str, target_position: str, achieved: dict[str, int], jpm: float,
                    category_code: str) -> dict:
    return {"nip": nip, "name": name, "target_position": target_position,
            "achieved": dict(sorted(achieved.items())), "jpm": f"{jpm:.2f}", "category": category_code}


def sheet_code(seal_hash: str, assessee_uuid: str, statement: dict) -> str:
    """12 hex digits (48 bits): 1 in 2.8e14 that a random or altered sheet hits a stored code."""
    digest = hashlib.sha256(f"{seal_hash}\n{assessee_uuid}\n{canonical_json(statement)}".encode()).hexdigest()
    return digest[:12].upper()
