"""BKD's central schema (PostgreSQL in production, SQLite by default): imported, sealed results."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    BigInteger,
    DateTime,
    ForeignKey,
    Integer,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
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
    # The current revision (1 = as first sealed; each reopening and new seal adds one) and the end of
    # the audit chain as imported: a later revision must extend exactly this chain (version 4).
    revision: Mapped[int] = mapped_column(Integer, default=1)
    chain_head: Mapped[str] = mapped_column(String(64), default="")
    chain_length: Mapped[int] = mapped_column(Integer, default=0)
    bundle_id: Mapped[str] = mapped_column(String(36), default="")
    results: Mapped[list[CentralResult]] = relationship(cascade="all", back_populates="session")


class CentralRevision(CentralBase):
    """A superseded revision of an imported session: what BKD held before an amendment replaced it.

    The current revision lives in central_session and central_result; each amendment first copies the
    previous one here (its document and its results as they were), so nothing imported is ever lost.
    """

    __tablename__ = "central_revision"
    __table_args__ = (UniqueConstraint("session_id", "revision"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("central_session.id"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    seal_hash: Mapped[str] = mapped_column(String(64), index=True)
    sealed_at: Mapped[str] = mapped_column(String(40), default="")
    content_sha256: Mapped[str] = mapped_column(String(64))
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    chain_head: Mapped[str] = mapped_column(String(64), default="")
    chain_length: Mapped[int] = mapped_column(Integer, default=0)
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    superseded_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    document: Mapped[dict] = mapped_column(JSON)
    results: Mapped[list] = mapped_column(JSON)  # the result rows of this revision, as result_rows() gave them


class ImportedBundle(CentralBase):
    """Every bundle BKD accepted (applied, or holding nothing new): what later imports are checked against.

    A file seen before is recognised by its SHA-256 before anything is decrypted; a bundle id or a
    (centre key, sequence number) pair seen before with other content is a replay and is refused.
    """

    __tablename__ = "imported_bundle"
    __table_args__ = (UniqueConstraint("key_id", "sequence"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    bundle_sha256: Mapped[str] = mapped_column(String(64), unique=True)  # the file as received
    bag_sha256: Mapped[str] = mapped_column(String(64), default="")  # the decrypted bag
    bundle_id: Mapped[str | None] = mapped_column(String(36), unique=True)  # None: a bare bag or before v4
    key_id: Mapped[str | None] = mapped_column(String(16))
    centre_id: Mapped[str | None] = mapped_column(String(64))
    sequence: Mapped[int | None] = mapped_column(BigInteger)
    sessions: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[str] = mapped_column(String(16))  # applied | duplicate
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)


class ImportedBundleSession(CentralBase):
    """The sessions (and seals) an accepted bundle carried, so that a bundle holding only sessions BKD
    already had (a re-export) can still be answered with a receipt naming them (since version 6)."""

    __tablename__ = "imported_bundle_session"
    bundle_sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    session_uuid: Mapped[str] = mapped_column(String(36), primary_key=True)
    seal_hash: Mapped[str] = mapped_column(String(64))


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



def _central_v4(conn) -> None:
    """Secure-bundle import semantics (issue 6): accepted bundles (replay checks, cheap re-imports),
    superseded revisions of amended sessions, and each session's revision and imported chain end.

    The tables as they were at version 4, spelled out; existing rows are brought up to the same facts
    an import now records (the content digest of desktop.services.bundles.content_sha256 at version 4).
    """
    import hashlib
    import json

    from sqlalchemy import Column, Table, UniqueConstraint, select, text

    from desktop.domain.chain import canonical_json

    meta = MetaData()
    Table(
        "imported_bundle", meta,
        Column("id", Integer, primary_key=True),
        Column("bundle_sha256", String(64), nullable=False, unique=True),
        Column("bag_sha256", String(64), nullable=False),
        Column("bundle_id", String(36), nullable=True, unique=True),
        Column("key_id", String(16), nullable=True),
        Column("centre_id", String(64), nullable=True),
        Column("sequence", BigInteger, nullable=True),
        Column("sessions", Integer, nullable=False),
        Column("outcome", String(16), nullable=False),
        Column("imported_at", DateTime, nullable=False),
        UniqueConstraint("key_id", "sequence"),
    )
    Table(
        "central_revision", meta,
        Column("id", Integer, primary_key=True),
        Column("session_id", Integer, ForeignKey("central_session.id"), nullable=False, index=True),
        Column("revision", Integer, nullable=False),
        Column("seal_hash", String(64), nullable=False, index=True),
        Column("sealed_at", String(40), nullable=False),
        Column("content_sha256", String(64), nullable=False),
        Column("bundle_sha256", String(64), nullable=False),
        Column("chain_head", String(64), nullable=False),
        Column("chain_length", Integer, nullable=False),
        Column("imported_at", DateTime, nullable=False),
        Column("superseded_at", DateTime, nullable=False),
        Column("document", JSON, nullable=False),
        Column("results", JSON, nullable=False),
        UniqueConstraint("session_id", "revision"),
    )
    Table("central_session", meta, Column("id", Integer, primary_key=True), extend_existing=True)
    meta.create_all(conn, tables=[meta.tables["imported_bundle"], meta.tables["central_revision"]])
    conn.execute(text("ALTER TABLE central_session ADD COLUMN revision INTEGER NOT NULL DEFAULT 1"))
    conn.execute(text("ALTER TABLE central_session ADD COLUMN chain_head VARCHAR(64) NOT NULL DEFAULT ''"))
    conn.execute(text("ALTER TABLE central_session ADD COLUMN chain_length INTEGER NOT NULL DEFAULT 0"))
    conn.execute(text("ALTER TABLE central_session ADD COLUMN bundle_id VARCHAR(36) NOT NULL DEFAULT ''"))
    for row_id, document in conn.execute(text("SELECT id, document FROM central_session")).all():
        doc = json.loads(document) if isinstance(document, str | bytes) else document
        seal = doc["session"].get("seal_hash") or ""
        events = doc.get("audit", [])
        end = next((i + 1 for i, ev in enumerate(events) if ev["hash"] == seal), len(events))
        rest = {k: v for k, v in doc.items() if k != "audit"}
        conn.execute(text("UPDATE central_session SET content_sha256 = :c, chain_head = :h, chain_length = :n, "
                          "revision = :r WHERE id = :id"),
                     {"c": hashlib.sha256(f"{seal}\n{canonical_json(rest)}".encode()).hexdigest(),
                      "h": events[-1]["hash"] if events else "", "n": len(events),
                      "r": max(1, sum(ev["action"] == "session.seal" for ev in events[:end])), "id": row_id})
    log = Table("import_log", MetaData(), Column("bundle_sha256", String(64)), Column("outcome", String(16)),
                Column("at", DateTime))
    applied = conn.execute(select(log.c.bundle_sha256, log.c.at).where(log.c.outcome == "applied")
                           .order_by(log.c.at)).all()
    seen: set[str] = set()
    for sha, at in applied:
        if sha and sha not in seen:
            seen.add(sha)
            conn.execute(meta.tables["imported_bundle"].insert().values(
                bundle_sha256=sha, bag_sha256="", sessions=1, outcome="applied", imported_at=at or utcnow()))


def _central_v6(conn) -> None:
    """The sessions of each accepted bundle (issue 6: receipts for re-exported bundles). Bundles accepted
    before stay without rows: a receipt for them comes, as before, only from the sessions they applied."""
    from sqlalchemy import Column, Table

    meta = MetaData()
    Table(
        "imported_bundle_session", meta,
        Column("bundle_sha256", String(64), primary_key=True),
        Column("session_uuid", String(36), primary_key=True),
        Column("seal_hash", String(64), nullable=False),
    )
    meta.create_all(conn)
