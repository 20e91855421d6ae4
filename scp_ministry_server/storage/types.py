"""Column types that read and write the same Python values on SQLite and PostgreSQL.

SQLite keeps what the server wrote before it had migrations (ISO-8601 text, JSON text, 0/1), so an
old database upgrades in place; PostgreSQL gets its native types (timestamptz, jsonb, boolean).
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import Boolean, Integer, Text
from sqlalchemy.dialects.postgresql import JSONB, TIMESTAMP
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def format_utc(moment: dt.datetime) -> str:
    """The one text form of a moment: UTC, milliseconds, `Z` (sorts as it compares)."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


class Timestamp(TypeDecorator[dt.datetime]):
    """An aware UTC datetime: `timestamptz` on PostgreSQL, `format_utc` text on SQLite."""

    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(TIMESTAMP(timezone=True))
        return dialect.type_descriptor(Text())

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value if dialect.name == "postgresql" else format_utc(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)
        return moment.astimezone(dt.UTC)


class Json(TypeDecorator[Any]):
    """A JSON document: `jsonb` on PostgreSQL, text on SQLite (not SQLite's JSON, whose affinity is NUMERIC)."""

    impl = Text
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "postgresql":
            return dialect.type_descriptor(JSONB())
        return dialect.type_descriptor(Text())

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name == "postgresql":
            return value  # the JSONB type serializes it
        return dumps(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name == "postgresql":
            return value
        return json.loads(value)


Flag = Boolean().with_variant(Integer(), "sqlite")
"""A yes/no column: boolean on PostgreSQL, 0/1 on SQLite as before."""
