"""The audit hash chain: each event's hash covers its fields and the previous event's hash.

Pure functions, used when appending on the laptop and when verifying at BKD.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping

GENESIS = "0" * 64
HASHED_FIELDS = ("seq", "uuid", "at", "actor", "action", "entity", "entity_uuid", "session_uuid", "data", "reason")


_CANONICAL = json.JSONEncoder(sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def canonical_json(value) -> str:
    """The one serialisation that hashes are taken over: sorted keys, no spaces, UTF-8 text. (One encoder
    for all calls: json.dumps with these options builds a new one each time, a third of the cost of
    hashing an audit event.)"""
    return _CANONICAL.encode(value)


def event_hash(prev_hash: str, event: Mapping) -> str:
    body = canonical_json({k: event.get(k) for k in HASHED_FIELDS})
    return hashlib.sha256(f"{prev_hash}\n{body}".encode()).hexdigest()


def verify_chain(events: Iterable[Mapping]) -> tuple[bool, int | None, str]:
    """Check links and hashes in order. Returns (ok, seq of the first bad event, head hash)."""
    prev = GENESIS
    for ev in events:
        if ev.get("prev_hash") != prev or event_hash(prev, ev) != ev.get("hash"):
            return False, ev.get("seq"), prev
        prev = ev["hash"]
    return True, None, prev
