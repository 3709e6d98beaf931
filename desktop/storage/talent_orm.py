"""BKD's central workspace (issue 7): central accounts, the access log, e-kinerja records and the talent index.

These tables sit beside the imported results (`central_orm`) on the same `CentralBase`; the talent
index holds per-result facts the views need that the imported rows lack (position type, year, which
result is a person's latest), filled by `desktop.services.talent.refresh_talent_index`.

The access log and its subjects are append-only: triggers refuse UPDATE and DELETE (SQLite and
PostgreSQL), as the centre store does for its audit log.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
    event,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from desktop.storage.central_orm import CentralBase
from desktop.storage.orm import sqlite_append_only, utcnow

OPEN_END = 9999  # until_year of a person's latest performance record


class CentralUser(CentralBase):
    """A BKD user of the central workspace: admin, operator (imports) or analyst (views)."""

    __tablename__ = "central_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    created_by: Mapped[str] = mapped_column(String(64), default="")


class AccessLogRow(CentralBase):
    """Who saw or exported which personal data, when (UU 27/2022): append-only."""

    __tablename__ = "central_access_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow, index=True)
    username: Mapped[str] = mapped_column(String(64), index=True)
    role: Mapped[str] = mapped_column(String(16))
    action: Mapped[str] = mapped_column(String(64))
    subject: Mapped[str] = mapped_column(String(500), default="")  # a NIP, or the filter of a list
    detail: Mapped[str] = mapped_column(Text, default="")
    people: Mapped[int] = mapped_column(Integer, default=0)  # how many people the view or file showed


class AccessSubject(CentralBase):
    """Each NIP a logged view or export showed: a person's access history (entries(nip=...))."""

    __tablename__ = "central_access_subject"
    access_id: Mapped[int] = mapped_column(ForeignKey("central_access_log.id"), primary_key=True)
    nip: Mapped[str] = mapped_column(String(18), primary_key=True, index=True)


class PerformanceRecord(CentralBase):
    """One e-kinerja predicate per NIP and year (PermenPANRB 6/2022), keyed by NIP so that a record
    imported before the person's first assessment is there when the result arrives.

    `until_year` is the year of the person's next record (OPEN_END for the latest), so "the record in
    force in year Y" is an equality join plus `year <= Y < until_year`.
    """

    __tablename__ = "talent_performance"
    __table_args__ = (
        UniqueConstraint("nip", "year"),
        Index("ix_talent_performance_nip_until", "nip", "until_year"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    nip: Mapped[str] = mapped_column(String(18))
    year: Mapped[int] = mapped_column(Integer)
    predicate: Mapped[str] = mapped_column(String(40))  # the canonical spelling from talent.json
    until_year: Mapped[int] = mapped_column(Integer, default=OPEN_END)
    source: Mapped[str] = mapped_column(String(300), default="")
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=utcnow)
    imported_by: Mapped[str] = mapped_column(String(64), default="")


class TalentIndex(CentralBase):
    """Per imported result, the facts the views filter and group by (derived; rebuilt at will)."""

    __tablename__ = "talent_index"
    __table_args__ = (
        Index("ix_talent_index_latest", "is_latest", "unit", "position_type"),
        Index("ix_talent_index_valid", "is_latest", "valid_until", "needs"),
        # the people of a 9-box cell, highest JPM first, without sorting the whole set
        Index("ix_talent_index_latest_jpm", "jpm", "nip", "latest_predicate", postgresql_where=text("is_latest"),
              sqlite_where=text("is_latest")),
        Index("ix_talent_index_year_jpm", "year", "jpm", "nip", postgresql_where=text("latest_in_year"),
              sqlite_where=text("latest_in_year")),
    )
    result_id: Mapped[int] = mapped_column(ForeignKey("central_result.id", ondelete="CASCADE"),
                                           primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    nip: Mapped[str] = mapped_column(String(18), index=True)
    sealed_at: Mapped[str] = mapped_column(String(40), default="")
    year: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(200), default="")
    position_type: Mapped[str] = mapped_column(String(100), default="")
    jpm: Mapped[float] = mapped_column(Numeric(6, 2))
    valid_until: Mapped[str] = mapped_column(String(10), default="")
    is_latest: Mapped[bool] = mapped_column(Boolean, default=False)  # the person's latest result
    latest_in_year: Mapped[bool] = mapped_column(Boolean, default=False)  # ... among those sealed that year
    needs: Mapped[int] = mapped_column(Integer, default=0)  # competencies below standard
    # the predicate of the NIP's latest e-kinerja record (kept by the performance import and the refresh)
    latest_predicate: Mapped[str | None] = mapped_column(String(40), nullable=True, default=None)


class TalentSession(CentralBase):
    """The sessions (at their revision) whose results are in the talent index: what is new is one
    anti-join away (a new session, or an amended one whose revision went up)."""

    __tablename__ = "talent_session"
    session_id: Mapped[int] = mapped_column(ForeignKey("central_session.id", ondelete="CASCADE"), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)


class TalentNeed(CentralBase):
    """A competency below standard (gap < 0) in a person's latest result, for the training-needs view.

    Only latest results have rows (a result that stops being the latest loses them), and the facts the
    view groups by are copied in, so the view reads one table.
    """

    __tablename__ = "talent_need"
    __table_args__ = (
        Index("ix_talent_need_code_gap", "code", "gap", "result_id"),
        Index("ix_talent_need_valid", "valid_until", "code", "gap", "unit", "position_type"),
    )
    result_id: Mapped[int] = mapped_column(ForeignKey("talent_index.result_id", ondelete="CASCADE"),
                                           primary_key=True)
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    standard: Mapped[int] = mapped_column(Integer)
    achieved: Mapped[int] = mapped_column(Integer)
    gap: Mapped[int] = mapped_column(Integer)
    unit: Mapped[str] = mapped_column(String(200), default="")
    position_type: Mapped[str] = mapped_column(String(100), default="")
    valid_until: Mapped[str] = mapped_column(String(10), default="")


APPEND_ONLY = ("central_access_log", "central_access_subject")


PG_REFUSE_FUNCTION = (
    "CREATE OR REPLACE FUNCTION asesmen_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    "$fn$ BEGIN RAISE EXCEPTION USING MESSAGE = TG_TABLE_NAME || ' is append-only'; END $fn$"
)


def _pg_triggers(table: str) -> list[str]:
    return [
        f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
        "FOR EACH ROW EXECUTE FUNCTION asesmen_append_only()",
        f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
        "FOR EACH STATEMENT EXECUTE FUNCTION asesmen_append_only()",
    ]


def append_only_ddl(dialect: str, table: str) -> list[str]:
    """The statements that make `table` append-only on this dialect (SQLite or PostgreSQL)."""
    if dialect == "sqlite":
        return list(sqlite_append_only(table))
    if dialect == "postgresql":
        return [PG_REFUSE_FUNCTION, *_pg_triggers(table)]
    return []


def _install_append_only(target: Table, connection, **_kw) -> None:
    for statement in append_only_ddl(connection.dialect.name, target.name):
        connection.exec_driver_sql(statement)


for _table in APPEND_ONLY:
    event.listen(CentralBase.metadata.tables[_table], "after_create", _install_append_only)


def _central_v5(conn) -> None:
    """The central workspace (issue 7): accounts, access log, e-kinerja, talent index.

    The tables as they were at version 5, spelled out so that later changes to the models cannot
    change what this step creates.
    """
    md = MetaData()
    Table(
        "central_user", md,
        Column("id", Integer, primary_key=True),
        Column("username", String(64), nullable=False, unique=True),
        Column("full_name", String(200), nullable=False),
        Column("role", String(16), nullable=False),
        Column("password_hash", String(200), nullable=False),
        Column("active", Boolean, nullable=False),
        Column("created_at", DateTime, nullable=False),
        Column("created_by", String(64), nullable=False),
    )
    Table(
        "central_access_log", md,
        Column("id", Integer, primary_key=True),
        Column("at", DateTime, nullable=False, index=True),
        Column("username", String(64), nullable=False, index=True),
        Column("role", String(16), nullable=False),
        Column("action", String(64), nullable=False),
        Column("subject", String(500), nullable=False),
        Column("detail", Text, nullable=False),
        Column("people", Integer, nullable=False),
    )
    Table(
        "central_access_subject", md,
        Column("access_id", Integer, ForeignKey("central_access_log.id"), primary_key=True),
        Column("nip", String(18), primary_key=True, index=True),
    )
    Table(
        "talent_performance", md,
        Column("id", Integer, primary_key=True),
        Column("nip", String(18), nullable=False),
        Column("year", Integer, nullable=False),
        Column("predicate", String(40), nullable=False),
        Column("until_year", Integer, nullable=False),
        Column("source", String(300), nullable=False),
        Column("imported_at", DateTime, nullable=False),
        Column("imported_by", String(64), nullable=False),
        UniqueConstraint("nip", "year"),
        Index("ix_talent_performance_nip_until", "nip", "until_year"),
    )
    Table("central_result", md, Column("id", Integer, primary_key=True))  # referenced only
    Table("central_session", md, Column("id", Integer, primary_key=True))  # referenced only
    Table(
        "talent_session", md,
        Column("session_id", Integer, ForeignKey("central_session.id", ondelete="CASCADE"), primary_key=True),
        Column("revision", Integer, nullable=False),
    )
    Table("person", md, Column("id", Integer, primary_key=True))  # referenced only
    Table(
        "talent_index", md,
        Column("result_id", Integer, ForeignKey("central_result.id", ondelete="CASCADE"), primary_key=True),
        Column("person_id", Integer, ForeignKey("person.id"), nullable=False, index=True),
        Column("nip", String(18), nullable=False, index=True),
        Column("sealed_at", String(40), nullable=False),
        Column("year", Integer, nullable=False),
        Column("unit", String(200), nullable=False),
        Column("position_type", String(100), nullable=False),
        Column("jpm", Numeric(6, 2), nullable=False),
        Column("valid_until", String(10), nullable=False),
        Column("is_latest", Boolean, nullable=False),
        Column("latest_in_year", Boolean, nullable=False),
        Column("needs", Integer, nullable=False),
        Column("latest_predicate", String(40), nullable=True),
        Index("ix_talent_index_latest", "is_latest", "unit", "position_type"),
        Index("ix_talent_index_valid", "is_latest", "valid_until", "needs"),
        Index("ix_talent_index_latest_jpm", "jpm", "nip", "latest_predicate", postgresql_where=text("is_latest"),
              sqlite_where=text("is_latest")),
        Index("ix_talent_index_year_jpm", "year", "jpm", "nip", postgresql_where=text("latest_in_year"),
              sqlite_where=text("latest_in_year")),
    )
    Table(
        "talent_need", md,
        Column("result_id", Integer, ForeignKey("talent_index.result_id", ondelete="CASCADE"), primary_key=True),
        Column("code", String(16), primary_key=True),
        Column("standard", Integer, nullable=False),
        Column("achieved", Integer, nullable=False),
        Column("gap", Integer, nullable=False),
        Column("unit", String(200), nullable=False),
        Column("position_type", String(100), nullable=False),
        Column("valid_until", String(10), nullable=False),
        Index("ix_talent_need_code_gap", "code", "gap", "result_id"),
        Index("ix_talent_need_valid", "valid_until", "code", "gap", "unit", "position_type"),
    )
    for name in ("central_user", "central_access_log", "central_access_subject", "talent_performance",
                 "talent_session", "talent_index", "talent_need"):
        md.tables[name].create(conn)
    for name in APPEND_ONLY:
        for statement in append_only_ddl(conn.dialect.name, name):
            conn.exec_driver_sql(statement)


__all__ = [
    "OPEN_END", "AccessLogRow", "AccessSubject", "CentralUser", "PerformanceRecord", "TalentIndex",
    "TalentNeed", "TalentSession", "append_only_ddl",
]
