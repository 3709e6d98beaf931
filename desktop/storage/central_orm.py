"""BKD's central schema (PostgreSQL in production, SQLite by default): imported, sealed results."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, MetaData, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.storage.orm import utcnow


class CentralBase(DeclarativeBase):
    metadata = MetaData()


class CentralMeta(CentralBase):
    __tablename__ = "asesmen_meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))


class ImportLog(CentralBase):
    """One row per import attempt: applied, duplicate or rejected, with the reason."""

    __tablename__ = "import_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    bundle_sha256: Mapped[str] = mapped_column(String(64), index=True)
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    filename: Mapped[str] = mapped_column(String(500), default="")
    outcome: Mapped[str] = mapped_column(String(16))
    message: Mapped[str] = mapped_column(Text, default="")
    actor: Mapped[str] = mapped_column(String(200), default="")


class CentralSession(CentralBase):
    __tablename__ = "central_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    title: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(String(32))
    agency: Mapped[str] = mapped_column(String(200), default="")
    provider: Mapped[str] = mapped_column(String(200), default="")
    start_date: Mapped[str] = mapped_column(String(10), default="")
    end_date: Mapped[str] = mapped_column(String(10), default="")
    seal_hash: Mapped[str] = mapped_column(String(64), index=True)
    sealed_at: Mapped[str] = mapped_column(String(40), default="")
    content_sha256: Mapped[str] = mapped_column(String(64))
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    document: Mapped[dict] = mapped_column(JSON)  # the whole session as exported, audit log included
    results: Mapped[list[CentralResult]] = relationship(cascade="all", back_populates="session")


class Person(CentralBase):
    __tablename__ = "person"
    id: Mapped[int] = mapped_column(primary_key=True)
    nip: Mapped[str] = mapped_column(String(18), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    sex: Mapped[str] = mapped_column(String(1), default="")


class CentralResult(CentralBase):
    __tablename__ = "central_result"
    __table_args__ = (UniqueConstraint("session_id", "person_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = mapped_column(String(36), unique=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("central_session.id"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    golongan: Mapped[str] = mapped_column(String(16), default="")
    current_position: Mapped[str] = mapped_column(String(200), default="")
    unit: Mapped[str] = mapped_column(String(200), default="")
    target_position: Mapped[str] = mapped_column(String(200), default="")
    total_achieved: Mapped[int] = mapped_column(Integer)
    total_standard: Mapped[int] = mapped_column(Integer)
    jpm: Mapped[float] = mapped_column(Numeric(6, 2))
    category_code: Mapped[str] = mapped_column(String(8))
    category_label: Mapped[str] = mapped_column(String(100))
    valid_until: Mapped[str] = mapped_column(String(10), default="")
    sheet_code: Mapped[str] = mapped_column(String(12), default="", index=True)  # printed on the sheet
    session: Mapped[CentralSession] = relationship(back_populates="results")
    person: Mapped[Person] = relationship()
    competencies: Mapped[list[CentralCompetency]] = relationship(cascade="all")


class CentralCompetency(CentralBase):
    __tablename__ = "central_competency"
    __table_args__ = (UniqueConstraint("result_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    result_id: Mapped[int] = mapped_column(ForeignKey("central_result.id"))
    code: Mapped[str] = mapped_column(String(16))
    name: Mapped[str] = mapped_column(String(200))
    standard: Mapped[int] = mapped_column(Integer)
    achieved: Mapped[int] = mapped_column(Integer)
    gap: Mapped[int] = mapped_column(Integer)


class TrustedCentreKey(CentralBase):
    """The trust list: centre signing keys (minisign Ed25519) whose bundles BKD accepts until revoked."""

    __tablename__ = "trusted_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    key_id: Mapped[str] = mapped_column(String(16), unique=True)  # 16 hex digits, as minisign prints it
    name: Mapped[str] = mapped_column(String(200))  # the centre, as BKD names it
    public_key: Mapped[str] = mapped_column(String(64))  # the base64 line of the minisign .pub file
    added_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True, default=None)


def _central_v2(conn) -> None:
    """The verification code of each result sheet, to check paper sheets against."""
    from sqlalchemy import text

    conn.execute(text("ALTER TABLE central_result ADD COLUMN sheet_code VARCHAR(12) NOT NULL DEFAULT ''"))
    conn.execute(text("CREATE INDEX ix_central_result_sheet_code ON central_result (sheet_code)"))


def _central_v3(conn) -> None:
    """The trust list of centre signing keys (secure bundles, issue 6).

    The table as it was at version 3, spelled out so that later changes to the model cannot change
    what this step creates.
    """
    from sqlalchemy import Column, Table

    Table(
        "trusted_key", MetaData(),
        Column("id", Integer, primary_key=True),
        Column("key_id", String(16), nullable=False, unique=True),
        Column("name", String(200), nullable=False),
        Column("public_key", String(64), nullable=False),
        Column("added_at", DateTime, nullable=False),
        Column("revoked_at", DateTime, nullable=True),
    ).create(conn)

