"""The baseline of the server benchmark: a bare FastAPI + psycopg endpoint that takes the same
submission bodies and inserts them (ON CONFLICT DO NOTHING), nothing else: no token, no schema,
no validation, no receipt, no history. Run as `uvicorn bench.bare_server:app --workers 4` with
BARE_DB set to a PostgreSQL URL."""

from __future__ import annotations

import json
import os
import threading
from typing import Annotated, Any

import psycopg
from fastapi import Body, FastAPI
from fastapi.responses import JSONResponse

app = FastAPI()
_local = threading.local()


def _connection() -> psycopg.Connection:
    connection = getattr(_local, "connection", None)
    if connection is None:
        connection = _local.connection = psycopg.connect(os.environ["BARE_DB"])
    return connection


def create_table(url: str) -> None:
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("CREATE TABLE IF NOT EXISTS submissions (id text PRIMARY KEY, body jsonb NOT NULL)")


@app.put("/api/v1/submissions/{submission_id}")
def put_submission(submission_id: str, body: Annotated[dict[str, Any], Body()]) -> JSONResponse:
    connection = _connection()
    with connection.transaction():
        created = connection.execute(
            "INSERT INTO submissions (id, body) VALUES (%s, %s) ON CONFLICT (id) DO NOTHING RETURNING id",
            [submission_id, json.dumps(body)],
        ).fetchone()
    return JSONResponse(
        {"receipt": {"submission_id": submission_id, "duplicate": not created}}, 201 if created else 200
    )


@app.get("/api/v1/submissions")
def list_submissions(limit: int = 20) -> dict[str, Any]:
    rows = _connection().execute("SELECT id FROM submissions ORDER BY id LIMIT %s", [limit]).fetchall()
    _connection().commit()
    return {"submissions": [{"submission_id": r[0]} for r in rows]}
