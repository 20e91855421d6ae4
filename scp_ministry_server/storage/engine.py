"""`--db`: a SQLite file (the embedded default) or a `postgresql://…` URL, as a SQLAlchemy engine."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url

from scp_ministry_server.storage.types import dumps

POSTGRES_SCHEMES = ("postgresql", "postgres")


def is_postgres(database: str | Path) -> bool:
    return str(database).split(":", 1)[0].split("+", 1)[0] in POSTGRES_SCHEMES


def database_url(database: str | Path) -> URL:
    """A file path → SQLite; `postgresql://user@host:port/name` → PostgreSQL through psycopg 3."""
    text = str(database)
    if is_postgres(text):
        url = make_url(text)
        return url.set(drivername="postgresql+psycopg")
    if text.startswith("sqlite:"):
        return make_url(text)
    return URL.create("sqlite+pysqlite", database=str(Path(text).resolve()))


def display_name(url: URL) -> str:
    """The database as it may be printed or logged: never its password."""
    return url.render_as_string(hide_password=True)


def open_engine(database: str | Path, pool_size: int = 8) -> Engine:
    url = database_url(database)
    if url.get_backend_name() == "postgresql":
        return create_engine(
            url,
            pool_size=pool_size,
            max_overflow=pool_size,
            # No pre-ping (a round trip per checkout): after a PostgreSQL restart the first request on
            # a dead connection fails (500, which clients retry) and the pool is renewed.
            json_serializer=dumps,
        )
    engine = create_engine(
        url, pool_size=pool_size, max_overflow=pool_size, connect_args={"timeout": 30, "check_same_thread": False}
    )
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    dbapi_connection.isolation_level = None  # transactions are begun by _sqlite_begin, not by the driver
    for pragma in ("journal_mode = WAL", "synchronous = FULL", "foreign_keys = ON"):  # receipts only for disk
        dbapi_connection.execute(f"PRAGMA {pragma}")


def _sqlite_begin(connection: Any) -> None:
    """Writers take the write lock when they begin, so two requests for one id queue up instead of
    failing with SQLITE_BUSY when a read transaction tries to become a write one."""
    options = connection.get_execution_options()
    if options.get("isolation_level") != "AUTOCOMMIT":
        connection.exec_driver_sql("BEGIN IMMEDIATE" if options.get("writing") else "BEGIN")
