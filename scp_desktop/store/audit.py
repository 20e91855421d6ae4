"""Audit log kept by SQLite triggers, so every writer is audited in its own transaction.

Who and why come from the one-row `audit_context` table, which `write()` sets
at the start of each transaction. Rows created by a file import carry its
`import_id` and are audited once, as the import batch; later changes to them
are audited field by field like any other.
"""

from __future__ import annotations

import datetime as dt
import getpass
import os

from sqlite_utils import Database


def os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return os.environ.get("USERNAME") or str(os.getuid())


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def set_context(db: Database, source: str) -> None:
    db.execute("UPDATE audit_context SET os_user = ?, source = ? WHERE id = 1", [os_user(), source])


def trigger_sql(table: str, fields: list[str], key_sql: str, bulk: bool, id_sql: str = "{row}.id") -> list[str]:
    """CREATE TRIGGER statements auditing inserts, per-field updates and deletes of `table`.

    `key_sql` and `id_sql` are expressions over `{row}` (NEW or OLD) naming the record.
    """
    context = "FROM audit_context c WHERE c.id = 1"
    stamp = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
    new_key, old_key = key_sql.replace("{row}", "NEW"), key_sql.replace("{row}", "OLD")
    new_id, old_id = id_sql.replace("{row}", "NEW"), id_sql.replace("{row}", "OLD")
    changes = " UNION ALL ".join(f"SELECT '{f}' AS field, OLD.{f} AS old, NEW.{f} AS new" for f in fields)
    snapshot_old = ", ".join(f"'{f}', OLD.{f}" for f in fields)
    snapshot_new = ", ".join(f"'{f}', NEW.{f}" for f in fields)
    insert_when = " WHEN NEW.import_id IS NULL" if bulk else ""
    columns = "at, os_user, source, table_name, record_id, record_key, action, field, old_value, new_value"
    return [
        f"""CREATE TRIGGER audit_{table}_insert AFTER INSERT ON {table}{insert_when} BEGIN
            INSERT INTO audit_log ({columns})
            SELECT {stamp}, c.os_user, c.source, '{table}', {new_id}, {new_key}, 'insert', NULL, NULL,
                   json_object({snapshot_new}) {context};
        END""",
        f"""CREATE TRIGGER audit_{table}_update AFTER UPDATE ON {table} BEGIN
            INSERT INTO audit_log ({columns})
            SELECT {stamp}, c.os_user, c.source, '{table}', {new_id}, {new_key}, 'update', f.field,
                   f.old, f.new
            FROM audit_context c, ({changes}) f WHERE c.id = 1 AND f.old IS NOT f.new;
        END""",
        f"""CREATE TRIGGER audit_{table}_delete AFTER DELETE ON {table} BEGIN
            INSERT INTO audit_log ({columns})
            SELECT {stamp}, c.os_user, c.source, '{table}', {old_id}, {old_key}, 'delete', NULL,
                   json_object({snapshot_old}), NULL {context};
        END""",
    ]
