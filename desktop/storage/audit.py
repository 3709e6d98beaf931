"""Appending to and reading the hash-chained audit log. The only writer of audit_event."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.chain import GENESIS, event_hash
from desktop.storage.orm import AuditEvent, new_uuid


def append_event(
    db: Session,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_uuid: str,
    session_uuid: str | None,
    old=None,
    new=None,
    reason: str = "",
) -> AuditEvent:
    """Add one event to the session's chain, inside the caller's transaction."""
    seq = (db.scalar(select(func.max(AuditEvent.seq))) or 0) + 1
    last = db.scalar(
        select(AuditEvent.hash)
        .where(AuditEvent.session_uuid.is_(session_uuid) if session_uuid is None
               else AuditEvent.session_uuid == session_uuid)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    )
    fields = {
        "seq": seq,
        "uuid": new_uuid(),
        "at": dt.datetime.now(dt.UTC).isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "entity": entity,
        "entity_uuid": entity_uuid,
        "session_uuid": session_uuid,
        "data": {"old": old, "new": new},
        "reason": reason,
    }
    prev = last or GENESIS
    event = AuditEvent(**fields, prev_hash=prev, hash=event_hash(prev, fields))
    db.add(event)
    db.flush()
    return event


def session_events(db: Session, session_uuid: str) -> list[dict]:
    rows = db.scalars(
        select(AuditEvent).where(AuditEvent.session_uuid == session_uuid).order_by(AuditEvent.seq)
    )
    return [row.as_dict() for row in rows]
