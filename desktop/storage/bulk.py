"""Many rows into one table, as fast as the database allows: COPY on PostgreSQL, executemany elsewhere."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session


def insert_rows(db: Session, table: Table, rows: Sequence[dict]) -> None:
    """Insert `rows` (dicts with the same keys) into `table` inside the session's transaction."""
    if not rows:
        return
    columns = list(rows[0])
    if db.get_bind().dialect.name != "postgresql":
        db.execute(insert(table), list(rows))
        return
    cursor = db.connection().connection.driver_connection.cursor()
    names = ", ".join(f'"{c}"' for c in columns)
    with cursor.copy(f'COPY "{table.name}" ({names}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row(tuple(row[c] for c in columns))
