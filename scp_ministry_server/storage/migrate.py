"""Bring a database's schema up to date with Alembic, under a lock, so that several `serve` workers
or hosts starting at once never race: the first migrates, the others wait and find nothing to do."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
FIRST = "0001"
MIGRATION_LOCK = 7_610_013  # pg_advisory_xact_lock key: any fixed number, the same for every server


class SchemaOutOfDate(Exception):
    pass


def _config(connection: Connection) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head() -> str:
    head = ScriptDirectory(str(MIGRATIONS)).get_current_head()
    assert head is not None
    return head


def current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def _lock(connection: Connection) -> None:
    """Held until the transaction ends. On SQLite the IMMEDIATE transaction already is the lock."""
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})


def _made_before_migrations(connection: Connection) -> bool:
    """A database the server created before it had migrations: its tables, no alembic_version."""
    tables = set(inspect(connection).get_table_names())
    return "submissions" in tables and "alembic_version" not in tables


def upgrade(engine: Engine, revision: str = "head") -> tuple[str | None, str]:
    """Migrate to `revision` in one transaction; returns the revisions before and after."""
    with engine.connect() as connection:
        connection = connection.execution_options(writing=True)
        with connection.begin():
            _lock(connection)
            if _made_before_migrations(connection):
                command.stamp(_config(connection), FIRST)
            before = current(connection)
            command.upgrade(_config(connection), revision)
            after = current(connection)
    assert after is not None
    return before, after


def downgrade(engine: Engine, revision: str) -> None:
    with engine.connect() as connection:
        connection = connection.execution_options(writing=True)
        with connection.begin():
            _lock(connection)
            command.downgrade(_config(connection), revision)


def check_current(engine: Engine) -> None:
    """Refuse to serve a database whose schema this version of the server does not know."""
    with engine.connect() as connection:
        found = current(connection)
    if found != head():
        raise SchemaOutOfDate(
            f"the database schema is at revision {found or 'none'}, this server needs {head()}: "
            "run `scp-ministry-server migrate`"
        )
