"""The centre's local schema (SQLite). Every record that travels carries a UUID."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def new_uuid() -> str:
    return str(uuidlib.uuid4())


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


class Base(DeclarativeBase):
    pass


class Meta(Base):
    """Key/value facts about the store itself: its kind and schema version."""

    __tablename__ = "asesmen_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))


class Centre(Base):
    __tablename__ = "centre"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    name: Mapped[str] = mapped_column(String(200))
    agency: Mapped[str] = mapped_column(String(200), default="")
    head_name: Mapped[str] = mapped_column(String(200), default="")


class User(Base):
    """A local account. Roles: administrator, ketua (lead assessor), asesor."""

    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class AssessmentSession(Base):
    __tablename__ = "assessment_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    title: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(String(200), default="")
    provider: Mapped[str] = mapped_column(String(200), default="")
    provider_head: Mapped[str] = mapped_column(String(200), default="")
    venue: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[str] = mapped_column(String(10), default="")
    end_date: Mapped[str] = mapped_column(String(10), default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    seal_hash: Mapped[str | None] = mapped_column(String(64))
    sealed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The rules files as they were when the session was created: it is always scored by these.
    pinned_rules: Mapped[dict] = mapped_column(JSON)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)

    positions: Mapped[list[Position]] = relationship(back_populates="session", cascade="all")
    simulations: Mapped[list[Simulation]] = relationship(
        back_populates="session", cascade="all", order_by="Simulation.ordinal"
    )
    assessors: Mapped[list[Assessor]] = relationship(back_populates="session", cascade="all")
    assessees: Mapped[list[Assessee]] = relationship(
        back_populates="session", cascade="all", order_by="Assessee.participant_no"
    )
    matrix: Mapped[list[MatrixCell]] = relationship(cascade="all, delete-orphan")


class Position(Base):
    __tablename__ = "position"
    __table_args__ = (UniqueConstraint("session_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    session_id: Mapped[int] = mapped_column(ForeignKey("assessment_session.id"))
    name: Mapped[str] = mapped_column(String(200))
    jenis: Mapped[str] = mapped_column(String(40), default="")
    session: Mapped[AssessmentSession] = relationship(back_populates="positions")
    standards: Mapped[list[PositionStandard]] = relationship(cascade="all, delete-orphan")


class PositionStandard(Base):
    __tablename__ = "position_standard"
    __table_args__ = (UniqueConstraint("position_id", "competency_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    position_id: Mapped[int] = mapped_column(ForeignKey("position.id"))
    competency_code: Mapped[str] = mapped_column(String(16))
    level: Mapped[int] = mapped_column(Integer)


class Simulation(Base):
    __tablename__ = "simulation"
    __table_args__ = (UniqueConstraint("session_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    session_id: Mapped[int] = mapped_column(ForeignKey("assessment_session.id"))
    code: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(200))
    ordinal: Mapped[int] = mapped_column(Integer, default=0)
    session: Mapped[AssessmentSession] = relationship(back_populates="simulations")


class MatrixCell(Base):
    """Competency x simulation: this simulation gives evidence for this competency."""

    __tablename__ = "matrix_cell"
    __table_args__ = (UniqueConstraint("session_id", "competency_code", "simulation_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("assessment_session.id"))
    competency_code: Mapped[str] = mapped_column(String(16))
    simulation_id: Mapped[int] = mapped_column(ForeignKey("simulation.id"))


class Assessor(Base):
    __tablename__ = "assessor"
    __table_args__ = (UniqueConstraint("session_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    session_id: Mapped[int] = mapped_column(ForeignKey("assessment_session.id"))
    name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str] = mapped_column(String(18), default="")
    is_lead: Mapped[bool] = mapped_column(default=False)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    session: Mapped[AssessmentSession] = relationship(back_populates="assessors")


class Assessee(Base):
    __tablename__ = "assessee"
    __table_args__ = (UniqueConstraint("session_id", "nip"), UniqueConstraint("session_id", "participant_no"))
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    session_id: Mapped[int] = mapped_column(ForeignKey("assessment_session.id"))
    participant_no: Mapped[int] = mapped_column(Integer)
    nip: Mapped[str] = mapped_column(String(18))
    name: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1), default="")
    kind: Mapped[str] = mapped_column(String(8), default="PNS")
    golongan: Mapped[str] = mapped_column(String(16), default="")
    current_position: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(200), default="")
    target_position_id: Mapped[int] = mapped_column(ForeignKey("position.id"))
    session: Mapped[AssessmentSession] = relationship(back_populates="assessees")
    target_position: Mapped[Position] = relationship()


class Assignment(Base):
    """Matriks asesor: which assessor observes which assessee in which simulation.

    Each assignment is one rating form: a draft until its assessor submits it.
    """

    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("assessee_id", "simulation_id", "assessor_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessee_id: Mapped[int] = mapped_column(ForeignKey("assessee.id"))
    simulation_id: Mapped[int] = mapped_column(ForeignKey("simulation.id"))
    assessor_id: Mapped[int] = mapped_column(ForeignKey("assessor.id"))
    status: Mapped[str] = mapped_column(String(16), default="draft")
    submitted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)


class Rating(Base):
    __tablename__ = "rating"
    __table_args__ = (UniqueConstraint("assessee_id", "simulation_id", "assessor_id", "competency_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    assessee_id: Mapped[int] = mapped_column(ForeignKey("assessee.id"))
    simulation_id: Mapped[int] = mapped_column(ForeignKey("simulation.id"))
    assessor_id: Mapped[int] = mapped_column(ForeignKey("assessor.id"))
    competency_code: Mapped[str] = mapped_column(String(16))
    level: Mapped[int] = mapped_column(Integer)
    evidence: Mapped[str] = mapped_column(Text, default="")


class FinalLevel(Base):
    """The integrated level per assessee and competency, decided in the integration meeting."""

    __tablename__ = "final_level"
    __table_args__ = (UniqueConstraint("assessee_id", "competency_code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    assessee_id: Mapped[int] = mapped_column(ForeignKey("assessee.id"))
    competency_code: Mapped[str] = mapped_column(String(16))
    level: Mapped[int] = mapped_column(Integer)
    proposed: Mapped[int | None] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    agreed_by: Mapped[list] = mapped_column(JSON, default=list)  # assessors who agreed in the meeting


class AuditEvent(Base):
    """Append-only, hash-chained per session (triggers refuse UPDATE and DELETE)."""

    __tablename__ = "audit_event"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    at: Mapped[str] = mapped_column(String(32))
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(64))
    entity: Mapped[str] = mapped_column(String(64))
    entity_uuid: Mapped[str] = mapped_column(String(36))
    session_uuid: Mapped[str | None] = mapped_column(String(36), index=True)
    data: Mapped[dict] = mapped_column(JSON)
    reason: Mapped[str] = mapped_column(Text, default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)

    def as_dict(self) -> dict:
        return {
            "seq": self.seq, "uuid": self.uuid, "at": self.at, "actor": self.actor, "action": self.action,
            "entity": self.entity, "entity_uuid": self.entity_uuid, "session_uuid": self.session_uuid,
            "data": self.data, "reason": self.reason, "prev_hash": self.prev_hash, "hash": self.hash,
        }


class BundleExport(Base):
    """A secure bundle this centre wrote (schema 4): ids, hashes and times only, no personal data.

    Append-only (triggers): the record of what left the laptop, and what BKD's receipts are checked against.
    """

    __tablename__ = "bundle_export"
    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_id: Mapped[str] = mapped_column(String(36), unique=True)  # bundle.json's bundle_id
    sha256: Mapped[str] = mapped_column(String(64), unique=True)  # of the whole .bundle.zip file
    sequence: Mapped[int] = mapped_column(Integer)
    centre_id: Mapped[str] = mapped_column(String(64))
    key_id: Mapped[str] = mapped_column(String(16))  # the centre's signing key
    recipients: Mapped[list] = mapped_column(JSON, default=list)  # BKD's age recipients (public keys)
    bkd_receipt_key_id: Mapped[str] = mapped_column(String(16), default="")  # from the BKD public key file
    file_name: Mapped[str] = mapped_column(String(500), default="")
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    exported_by: Mapped[str] = mapped_column(String(200), default="")
    items: Mapped[list[BundleExportItem]] = relationship(cascade="all", order_by="BundleExportItem.id")


class BundleExportItem(Base):
    """A sealed session inside an exported bundle, with the seal it carried."""

    __tablename__ = "bundle_export_item"
    __table_args__ = (UniqueConstraint("bundle_export_id", "session_uuid"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_export_id: Mapped[int] = mapped_column(ForeignKey("bundle_export.id"))
    session_uuid: Mapped[str] = mapped_column(String(36), index=True)
    seal_hash: Mapped[str] = mapped_column(String(64))


class Delivery(Base):
    """Per sealed session: its latest export and BKD's receipt for it. Kept after a purge (no personal data)."""

    __tablename__ = "delivery"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    seal_hash: Mapped[str] = mapped_column(String(64))  # the revision exported (and received)
    bundle_id: Mapped[str] = mapped_column(String(36))  # the latest bundle carrying it
    sequence: Mapped[int] = mapped_column(Integer)
    exported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    exported_by: Mapped[str] = mapped_column(String(200), default="")
    receipt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # when this centre recorded the receipt
    receipt_by: Mapped[str] = mapped_column(String(200), default="")
    bkd_imported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)  # BKD's import time, per the receipt
    receipt_bundle_id: Mapped[str] = mapped_column(String(36), default="")
    receipt_key_id: Mapped[str] = mapped_column(String(16), default="")  # BKD's receipt key
    receipt_sha256: Mapped[str] = mapped_column(String(64), default="")  # of the receipt file


class PurgeTombstone(Base):
    """What is left of a session whose local copy was deleted after BKD's receipt: no personal data.

    Written first in the purge's transaction; the triggers let a session's audit events be deleted only
    once its tombstone exists and the session itself is gone, and the tombstone only after a receipt.
    """

    __tablename__ = "purge_tombstone"
    id: Mapped[int] = mapped_column(primary_key=True)
    session_uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    seal_hash: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    assessees: Mapped[int] = mapped_column(Integer, default=0)  # how many people's data was deleted
    bundle_id: Mapped[str] = mapped_column(String(36))  # the bundle BKD's receipt names
    bkd_imported_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    receipt_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    receipt_key_id: Mapped[str] = mapped_column(String(16), default="")
    purged_by: Mapped[str] = mapped_column(String(200))
    purged_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


_REFUSE = "BEGIN SELECT RAISE(ABORT, '{}'); END"


def sqlite_append_only(table: str, name: str | None = None) -> tuple[str, str]:
    """SQLite triggers `<name>_no_update` and `<name>_no_delete` that refuse changing `table`'s rows."""
    name, refuse = name or table, _REFUSE.format(f"{table} is append-only")
    return (f"CREATE TRIGGER IF NOT EXISTS {name}_no_update BEFORE UPDATE ON {table} " + refuse,
            f"CREATE TRIGGER IF NOT EXISTS {name}_no_delete BEFORE DELETE ON {table} " + refuse)

# A session's audit events may go only in a purge: its tombstone exists and the session row is gone.
AUDIT_DELETE_GUARD = (
    "CREATE TRIGGER IF NOT EXISTS audit_no_delete BEFORE DELETE ON audit_event "
    "WHEN OLD.session_uuid IS NULL "
    "OR NOT EXISTS (SELECT 1 FROM purge_tombstone t WHERE t.session_uuid = OLD.session_uuid) "
    "OR EXISTS (SELECT 1 FROM assessment_session s WHERE s.uuid = OLD.session_uuid) "
    + _REFUSE.format("audit_event is append-only")
)
DELIVERY_TRIGGERS = (
    # a tombstone only for a session whose current seal BKD has acknowledged with a receipt
    "CREATE TRIGGER IF NOT EXISTS purge_needs_receipt BEFORE INSERT ON purge_tombstone "
    "WHEN NOT EXISTS (SELECT 1 FROM delivery d JOIN assessment_session s ON s.uuid = d.session_uuid "
    "WHERE d.session_uuid = NEW.session_uuid AND d.receipt_at IS NOT NULL AND d.seal_hash = s.seal_hash) "
    + _REFUSE.format("purge needs a receipt from BKD for the sealed session"),
    *sqlite_append_only("purge_tombstone", "tombstone"),
    # a sealed session leaves the store only through a purge
    "CREATE TRIGGER IF NOT EXISTS sealed_session_no_delete BEFORE DELETE ON assessment_session "
    "WHEN OLD.seal_hash IS NOT NULL "
    "AND NOT EXISTS (SELECT 1 FROM purge_tombstone t WHERE t.session_uuid = OLD.uuid) "
    + _REFUSE.format("a sealed session is deleted only by a purge after the receipt of BKD"),
    *sqlite_append_only("bundle_export", "export"),
    *sqlite_append_only("bundle_export_item", "export_item"),
    "CREATE TRIGGER IF NOT EXISTS delivery_no_delete BEFORE DELETE ON delivery "
    + _REFUSE.format("delivery records are kept"),
)
APPEND_ONLY_TRIGGERS = (
    "CREATE TRIGGER IF NOT EXISTS audit_no_update BEFORE UPDATE ON audit_event "
    + _REFUSE.format("audit_event is append-only"),
    AUDIT_DELETE_GUARD,
    *DELIVERY_TRIGGERS,
)
