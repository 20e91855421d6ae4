"""Numbered schema migrations. Never edit a released step: add a new one.

Each step runs in a transaction with its record in `_sqlite_migrations`
(sqlite-utils `Migrations`). tests/store/test_migrations.py upgrades a fixture
database of every earlier version and checks its data survived.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from scp_desktop.store.audit import trigger_sql

MIGRATION_SET = "scp_desktop"
migrations = Migrations(MIGRATION_SET)

_FACILITY_KEY = (
    "(SELECT o.tax_code || '/' || f.code FROM facilities f JOIN organizations o ON o.id = f.org_id"
    " WHERE f.id = {row}.facility_id)"
)

# Version 1 of the record tables, frozen here so that later changes to the domain's
# record kinds cannot alter this step: time column kind, natural key, and the
# columns after owner and time (period tables also carry start_month and end_month).
_V1_TIME = {
    "energy_use": "period",
    "production_output": "period",
    "water_use": "period",
    "material_use": "period",
    "waste_flow": "period",
    "bag_log": "date",
    "cp_option": None,
}
_V1_KEYS = {
    "energy_use": ("period", "fuel"),
    "production_output": ("period", "product"),
    "water_use": ("period",),
    "material_use": ("period", "material"),
    "waste_flow": ("period", "stream", "route"),
    "bag_log": ("date",),
    "cp_option": ("code",),
}
_V1_COLUMNS: dict[str, list[tuple[str, str]]] = {
    "energy_use": [
        ("fuel", "TEXT NOT NULL"),
        ("quantity", "REAL NOT NULL CHECK (quantity >= 0)"),
        ("unit", "TEXT NOT NULL"),
        ("ncv_gj_per_t", "REAL CHECK (ncv_gj_per_t > 0)"),
    ],
    "production_output": [
        ("product", "TEXT NOT NULL"),
        ("quantity", "REAL NOT NULL CHECK (quantity >= 0)"),
        ("unit", "TEXT NOT NULL"),
    ],
    "water_use": [("quantity_m3", "REAL NOT NULL CHECK (quantity_m3 >= 0)")],
    "material_use": [("material", "TEXT NOT NULL"), ("quantity_t", "REAL NOT NULL CHECK (quantity_t >= 0)")],
    "waste_flow": [
        ("stream", "TEXT NOT NULL"),
        ("route", "TEXT NOT NULL"),
        ("quantity_t", "REAL NOT NULL CHECK (quantity_t >= 0)"),
    ],
    "bag_log": [
        (name, "INTEGER NOT NULL CHECK (" + name + " >= 0)")
        if not name.endswith("_kg")
        else (name, "REAL NOT NULL CHECK (" + name + " >= 0)")
        for name in (
            "transactions",
            "nonbio_count",
            "nonbio_kg",
            "bio_count",
            "bio_kg",
            "paper_count",
            "paper_kg",
            "reusable_sold",
        )
    ],
    "cp_option": [
        ("code", "TEXT NOT NULL"),
        ("process_step", "TEXT NOT NULL"),
        ("category", "TEXT NOT NULL"),
        ("description", "TEXT NOT NULL"),
        ("feasibility", "TEXT NOT NULL"),
        ("status", "TEXT NOT NULL"),
        ("investment_vnd", "REAL NOT NULL CHECK (investment_vnd >= 0)"),
        ("annual_savings_vnd", "REAL NOT NULL CHECK (annual_savings_vnd >= 0)"),
        ("savings_kwh", "REAL"),
        ("savings_t", "REAL"),
        ("savings_m3", "REAL"),
        ("benefit_waste_t", "REAL"),
        ("benefit_wastewater_m3", "REAL"),
        ("benefit_co2_t", "REAL"),
        ("lifetime_years", "INTEGER"),
    ],
}


def _run(db: Database, statements: list[str]) -> None:
    for statement in statements:
        db.execute(statement)


def _v1_record_table_sql(table: str) -> list[str]:
    """A record table; the bag log, which runs to millions of rows, is clustered on its natural key."""
    time_kind, columns = _V1_TIME[table], _V1_COLUMNS[table]
    time_columns = {
        "period": ["period TEXT NOT NULL", "start_month INTEGER NOT NULL", "end_month INTEGER NOT NULL"],
        "date": ["date TEXT NOT NULL"],
        None: [],
    }[time_kind]
    key_columns = ["facility_id", *_V1_KEYS[table]]
    clustered = table == "bag_log"
    body = ",\n".join(
        [
            *([] if clustered else ["id INTEGER PRIMARY KEY"]),
            "facility_id INTEGER NOT NULL REFERENCES facilities(id) ON DELETE RESTRICT",
            *time_columns,
            *(f"{name} {decl}" for name, decl in columns),
            "import_id INTEGER REFERENCES import_batches(id)",
            *([f"PRIMARY KEY ({', '.join(key_columns)})"] if clustered else []),
        ]
    )
    if clustered:
        statements = [f"CREATE TABLE {table} (\n{body}\n) STRICT, WITHOUT ROWID"]
    else:
        statements = [
            f"CREATE TABLE {table} (\n{body}\n) STRICT",
            f"CREATE UNIQUE INDEX {table}_natural_key ON {table} ({', '.join(key_columns)})",
            f"CREATE INDEX {table}_import ON {table} (import_id)",
        ]
    if time_kind == "period":
        rest = [c for c in key_columns if c not in ("facility_id", "period")]
        statements.append(f"CREATE INDEX {table}_overlap ON {table} (facility_id, {', '.join([*rest, 'start_month'])})")
    key_sql = " || '/' || ".join([_FACILITY_KEY] + [f"{{row}}.{c}" for c in key_columns[1:]])
    audited = [*(["period"] if time_kind == "period" else []), *(name for name, _ in columns)]
    return statements + trigger_sql(table, audited, key_sql, bulk=True, id_sql="NULL" if clustered else "{row}.id")


@migrations()
def m0001_initial(db: Database) -> None:
    _run(
        db,
        [
            """CREATE TABLE workspace_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT""",
            """CREATE TABLE audit_context (
            id INTEGER PRIMARY KEY CHECK (id = 1), os_user TEXT NOT NULL, source TEXT NOT NULL
        ) STRICT""",
            "INSERT INTO audit_context (id, os_user, source) VALUES (1, '', '')",
            """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY, at TEXT NOT NULL, os_user TEXT NOT NULL, source TEXT NOT NULL,
            table_name TEXT NOT NULL, record_id INTEGER, record_key TEXT, action TEXT NOT NULL,
            field TEXT, old_value ANY, new_value ANY
        ) STRICT""",
            "CREATE INDEX audit_log_record ON audit_log (table_name, record_id)",
            """CREATE TABLE organizations (
            id INTEGER PRIMARY KEY, tax_code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
            kind TEXT NOT NULL, province_code TEXT NOT NULL, sector TEXT,
            address TEXT NOT NULL DEFAULT '', contact_name TEXT NOT NULL DEFAULT '',
            contact_phone TEXT NOT NULL DEFAULT '', contact_email TEXT NOT NULL DEFAULT ''
        ) STRICT""",
            """CREATE TABLE facilities (
            id INTEGER PRIMARY KEY,
            org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE RESTRICT,
            code TEXT NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '', UNIQUE (org_id, code)
        ) STRICT""",
            """CREATE TABLE baselines (
            id INTEGER PRIMARY KEY,
            org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
            indicator TEXT NOT NULL, year INTEGER NOT NULL, UNIQUE (org_id, indicator)
        ) STRICT""",
            """CREATE TABLE import_batches (
            id INTEGER PRIMARY KEY, org_id INTEGER NOT NULL REFERENCES organizations(id),
            kind TEXT NOT NULL, file_name TEXT NOT NULL, file_sha256 TEXT NOT NULL,
            at TEXT NOT NULL, os_user TEXT NOT NULL, rows_total INTEGER NOT NULL DEFAULT 0,
            created INTEGER NOT NULL DEFAULT 0, replaced INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0
        ) STRICT""",
        ],
    )
    _run(
        db,
        trigger_sql(
            "organizations",
            [
                "tax_code",
                "name",
                "kind",
                "province_code",
                "sector",
                "address",
                "contact_name",
                "contact_phone",
                "contact_email",
            ],
            "{row}.tax_code",
            bulk=False,
        ),
    )
    _run(
        db,
        trigger_sql(
            "facilities",
            ["code", "name", "kind", "address"],
            "(SELECT tax_code FROM organizations WHERE id = {row}.org_id) || '/' || {row}.code",
            bulk=False,
        ),
    )
    _run(
        db,
        trigger_sql(
            "baselines",
            ["indicator", "year"],
            "(SELECT tax_code FROM organizations WHERE id = {row}.org_id) || '/' || {row}.indicator",
            bulk=False,
        ),
    )
    for table in _V1_COLUMNS:
        _run(db, _v1_record_table_sql(table))


@migrations()
def m0002_reports(db: Database) -> None:
    """Reports: a kind's records of one organization (or facility) and period, from draft to sent.

    The state machine of ../shared/docs/sync-protocol.md lives in `state`; a correction
    is a new row whose `supersedes` names the submission it replaces.
    """
    _run(
        db,
        [
            """CREATE TABLE reports (
            id INTEGER PRIMARY KEY,
            submission_id TEXT NOT NULL UNIQUE,
            org_id INTEGER NOT NULL REFERENCES organizations(id),
            kind TEXT NOT NULL,
            facility_id INTEGER REFERENCES facilities(id),
            period TEXT NOT NULL, start_month INTEGER NOT NULL, end_month INTEGER NOT NULL,
            state TEXT NOT NULL CHECK (state IN
                ('draft', 'finalized', 'sending', 'received', 'accepted', 'returned', 'failed')),
            supersedes TEXT REFERENCES reports(submission_id),
            superseded_by TEXT REFERENCES reports(submission_id),
            payload TEXT, content_sha256 TEXT, reference_versions TEXT,
            created_at TEXT NOT NULL, finalized_at TEXT,
            receipt TEXT, server_message TEXT
        ) STRICT""",
            "CREATE INDEX reports_scope ON reports (org_id, kind, start_month)",
        ],
    )
    _run(
        db,
        trigger_sql(
            "reports",
            ["state", "superseded_by", "content_sha256", "receipt", "server_message"],
            "{row}.kind || ':' || {row}.period || ':' || {row}.submission_id",
            bulk=False,
        ),
    )


BAG_LOG_KEYS = "CREATE INDEX bag_log_keys ON bag_log (facility_id)"
# The bag log's figures a manager sorts by to find the odd days. An index of a WITHOUT ROWID table holds
# the primary key too, so each is in the table's full sort order (figure, store, date): a sorted page is a
# short walk, 1 ms instead of 170 ms over 1M rows. ~20 MB each per million rows, so not every figure.
BAG_SORT_COLUMNS = ("transactions", "nonbio_count", "nonbio_kg")
BAG_LOG_INDEXES = {  # name: statement; all dropped and rebuilt around a bulk load
    "bag_log_keys": BAG_LOG_KEYS,
    **{f"bag_log_by_{name}": f"CREATE INDEX bag_log_by_{name} ON bag_log ({name})" for name in BAG_SORT_COLUMNS},
}


@migrations()
def m0003_bag_log_keys(db: Database) -> None:
    """A narrow copy of the bag log's keys (facility, date): counting and year lists read
    ~20 bytes a row instead of the whole row, 30 ms instead of 800 ms for 1M rows from a cold disk."""
    _run(db, [BAG_LOG_KEYS])


@migrations()
def m0004_assessments(db: Database) -> None:
    """Self-assessments: answers per criterion, evidence files by content hash.

    `criteria` keeps the set's JSON as it was when the assessment started, so a newer
    version of the set never rescores an old assessment.
    """
    _run(
        db,
        [
            """CREATE TABLE assessments (
            id INTEGER PRIMARY KEY,
            org_id INTEGER NOT NULL REFERENCES organizations(id),
            facility_id INTEGER REFERENCES facilities(id),
            scheme TEXT NOT NULL, set_version TEXT NOT NULL, criteria TEXT NOT NULL,
            year INTEGER NOT NULL,
            assessor TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL CHECK (state IN ('draft', 'finalized')),
            created_at TEXT NOT NULL, finalized_at TEXT,
            score_pct REAL, passed INTEGER, content_sha256 TEXT
        ) STRICT""",
            "CREATE INDEX assessments_scope ON assessments (org_id, scheme, year)",
            """CREATE TABLE assessment_answers (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            criterion_id TEXT NOT NULL,
            value TEXT, auto_value TEXT,
            override_reason TEXT NOT NULL DEFAULT '', note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (assessment_id, criterion_id)
        ) STRICT, WITHOUT ROWID""",
            """CREATE TABLE evidence (
            assessment_id INTEGER NOT NULL REFERENCES assessments(id) ON DELETE CASCADE,
            criterion_id TEXT NOT NULL,
            sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
            file_name TEXT NOT NULL, size INTEGER NOT NULL, added_at TEXT NOT NULL,
            PRIMARY KEY (assessment_id, criterion_id, sha256)
        ) STRICT, WITHOUT ROWID""",
        ],
    )
    key = "{row}.assessment_id || ':' || {row}.criterion_id"
    _run(
        db,
        trigger_sql("assessments", ["state", "assessor", "score_pct"], "{row}.scheme || ':' || {row}.year", bulk=False),
    )
    _run(
        db,
        trigger_sql(
            "assessment_answers",
            ["value", "auto_value", "override_reason", "note"],
            key,
            bulk=False,
            id_sql="{row}.assessment_id",
        ),
    )
    _run(db, trigger_sql("evidence", ["sha256", "file_name"], key, bulk=False, id_sql="{row}.assessment_id"))


@migrations()
def m0005_sync(db: Database) -> None:
    """Sending: retry bookkeeping on reports, the sync cursor and settings, server reference data."""
    _run(
        db,
        [
            "ALTER TABLE reports ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0",
            "ALTER TABLE reports ADD COLUMN next_attempt_at TEXT",
            "ALTER TABLE reports ADD COLUMN sent_at TEXT",
            "CREATE INDEX reports_state ON reports (state, next_attempt_at)",
            "CREATE TABLE sync_meta (key TEXT PRIMARY KEY, value TEXT) STRICT",
            """CREATE TABLE reference_documents (
            name TEXT PRIMARY KEY, version TEXT NOT NULL, document TEXT NOT NULL, received_at TEXT NOT NULL
        ) STRICT""",
        ],
    )


@migrations()
def m0006_import_mappings(db: Database) -> None:
    """How a file layout maps to a record kind, remembered per organization for next month."""
    _run(
        db,
        [
            """CREATE TABLE import_mappings (
            org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
            kind TEXT NOT NULL, layout TEXT NOT NULL, mapping TEXT NOT NULL, updated_at TEXT NOT NULL,
            PRIMARY KEY (org_id, kind, layout)
        ) STRICT""",
        ],
    )


@migrations()
def m0007_record_history(db: Database) -> None:
    """A record's history is read by its natural key (the bag log's rows have no id to look up)."""
    _run(db, ["CREATE INDEX audit_log_key ON audit_log (table_name, record_key)"])


@migrations()
def m0008_eco_projects(db: Database) -> None:
    """Eco-innovation projects: a consultant's project per client, one JSON document per UNEP phase.

    A phase document is written whole in one transaction; `assessment_id` links the preliminary assessment.
    """
    _run(
        db,
        [
            """CREATE TABLE eco_projects (
            id INTEGER PRIMARY KEY,
            org_id INTEGER NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            consultant TEXT NOT NULL DEFAULT '',
            client_representative TEXT NOT NULL DEFAULT '',
            baseline_year INTEGER NOT NULL CHECK (baseline_year BETWEEN 1990 AND 2100),
            assessment_id INTEGER REFERENCES assessments(id) ON DELETE SET NULL,
            created_at TEXT NOT NULL,
            UNIQUE (org_id, created_at)
        ) STRICT""",
            """CREATE TABLE eco_project_phases (
            project_id INTEGER NOT NULL REFERENCES eco_projects(id) ON DELETE CASCADE,
            phase TEXT NOT NULL CHECK (phase IN
                ('prepare', 'strategy', 'business_model', 'roadmap', 'implement', 'review')),
            document TEXT NOT NULL CHECK (json_valid(document)),
            updated_at TEXT NOT NULL,
            PRIMARY KEY (project_id, phase)
        ) STRICT, WITHOUT ROWID""",
        ],
    )
    _run(
        db,
        trigger_sql(
            "eco_projects",
            ["title", "consultant", "client_representative", "baseline_year", "assessment_id"],
            "(SELECT tax_code FROM organizations WHERE id = {row}.org_id) || ':' || {row}.created_at",
            bulk=False,
        ),
    )
    _run(
        db,
        trigger_sql(
            "eco_project_phases",
            ["document"],
            "{row}.project_id || ':' || {row}.phase",
            bulk=False,
            id_sql="{row}.project_id",
        ),
    )


def _record_triggers(db: Database, table: str, fields: list[str]) -> None:
    """Recreate a record table's audit triggers over `fields` (after a column was added)."""
    for action in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER IF EXISTS audit_{table}_{action}")
    key_columns = ["facility_id", *_V1_KEYS[table]]
    key_sql = " || '/' || ".join([_FACILITY_KEY] + [f"{{row}}.{c}" for c in key_columns[1:]])
    _run(db, trigger_sql(table, fields, key_sql, bulk=True))


@migrations()
def m0009_facility_profile(db: Database) -> None:
    """What an annual energy report (Mẫu 1.1) asks that the records lacked: each facility's province (its
    Department of Industry and Trade), energy manager and certificate, capacity, main products, last energy
    audit, whether it is on the published GHG list, the MOIT norm it is measured against; the cost of each
    energy line and the value of each production line."""
    _run(
        db,
        [
            "ALTER TABLE facilities ADD COLUMN province_code TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE facilities ADD COLUMN energy_manager TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE facilities ADD COLUMN energy_manager_certificate TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE facilities ADD COLUMN capacity TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE facilities ADD COLUMN main_products TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE facilities ADD COLUMN last_energy_audit TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE facilities ADD COLUMN ghg_listed INTEGER NOT NULL DEFAULT 0 CHECK (ghg_listed IN (0, 1))",
            "ALTER TABLE facilities ADD COLUMN sec_norm TEXT NOT NULL DEFAULT ''",
            "ALTER TABLE energy_use ADD COLUMN cost_vnd REAL CHECK (cost_vnd >= 0)",
            "ALTER TABLE production_output ADD COLUMN value_vnd REAL CHECK (value_vnd >= 0)",
        ],
    )
    for action in ("insert", "update", "delete"):
        db.execute(f"DROP TRIGGER IF EXISTS audit_facilities_{action}")
    profile = ["province_code", "energy_manager", "energy_manager_certificate", "capacity", "main_products"]
    _run(
        db,
        trigger_sql(
            "facilities",
            ["code", "name", "kind", "address", *profile, "last_energy_audit", "ghg_listed", "sec_norm"],
            "(SELECT tax_code FROM organizations WHERE id = {row}.org_id) || '/' || {row}.code",
            bulk=False,
        ),
    )
    _record_triggers(db, "energy_use", ["period", "fuel", "quantity", "unit", "ncv_gj_per_t", "cost_vnd"])
    _record_triggers(db, "production_output", ["period", "product", "quantity", "unit", "value_vnd"])


def schema_version(db: Database) -> int:
    return len(migrations.applied(db))


@migrations()
def m0010_assessment_outbox(db: Database) -> None:
    """Self-assessments reach the ministry (issue 15): a finalized assessment joins the outbox as a report of
    kind `assessment/<scheme>` (`assessments.submission_id`), a correction names the submission it replaces
    (`assessments.supersedes`); a review's comments per criterion or field come back (`reports.field_comments`,
    JSON); `sent_files` remembers which evidence files each server already has, so each goes once."""
    _run(
        db,
        [
            "ALTER TABLE assessments ADD COLUMN submission_id TEXT",
            "ALTER TABLE assessments ADD COLUMN supersedes TEXT",
            "CREATE UNIQUE INDEX assessments_submission ON assessments (submission_id) WHERE submission_id IS NOT NULL",
            "ALTER TABLE reports ADD COLUMN field_comments TEXT",
            """CREATE TABLE sent_files (
            server TEXT NOT NULL, sha256 TEXT NOT NULL CHECK (length(sha256) = 64), sent_at TEXT NOT NULL,
            PRIMARY KEY (server, sha256)
        ) STRICT, WITHOUT ROWID""",
        ],
    )


@migrations()
def m0011_bag_sort_indexes(db: Database) -> None:
    """Sorting a million-row bag log by transactions or bags reads an index instead of sorting the log."""
    _run(db, [BAG_LOG_INDEXES[f"bag_log_by_{name}"] for name in BAG_SORT_COLUMNS])
