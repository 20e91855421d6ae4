"""The HTTP API of ../shared/docs/sync-protocol.md (prefix /api/v1), on FastAPI.

Every error is the protocol's JSON envelope; success for a submission is only ever the
receipt envelope. The OpenAPI document is served at /api/v1/openapi.json.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
import tempfile
import threading
from typing import Annotated, Any

from fastapi import Body, Depends, FastAPI, Header, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from scp_desktop import __version__
from scp_desktop.domain.reference import DATASETS, ReferenceData
from scp_desktop.services.reference_updates import bundled_documents
from scp_ministry_server import indicators as indicator_queries
from scp_ministry_server import submissions
from scp_ministry_server.limits import ASGIApp, BodyLimit, RateLimit
from scp_ministry_server.security import check_password, new_token, token_hash
from scp_ministry_server.storage import Principal, Storage
from scp_ministry_server.submissions import ApiError

API = "/api/v1"
MAX_BODY_BYTES = 25 * 2**20
TOKEN_LIFETIME = dt.timedelta(days=365)
SUBMISSION_ID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$")


class TokenRequest(BaseModel):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)
    device: str = Field(default="device", max_length=200)


class ReviewRequest(BaseModel):
    decision: str
    comment: str = ""


class Reference:
    """The current reference documents (bundled + published), their ETag and ReferenceData; cached."""

    def __init__(self, storage: Storage) -> None:
        self.storage = storage
        self._lock = threading.Lock()
        self._key: tuple[Any, ...] | None = None
        self.documents: dict[str, dict[str, Any]] = {}
        self.etag = ""
        self.data: ReferenceData | None = None

    def current(self) -> Reference:
        key = tuple(
            self.storage.query("SELECT count(*) AS n, max(published_at) AS at FROM reference_publications")[0].values()
        )
        with self._lock:
            if key != self._key:
                self.documents = {**bundled_documents(), **self.storage.published_references()}
                canonical = json.dumps(self.documents, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
                self.etag = '"' + hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:32] + '"'
                self.data = ReferenceData({name: self.documents[name] for name in DATASETS})
                self._key = key
        return self


def principal(request: Request, authorization: Annotated[str | None, Header()] = None) -> Principal:
    """The bearer token's owner, or 401 (unknown, expired and revoked tokens alike)."""
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError(401, "UNAUTHENTICATED", "sign in first", headers={"WWW-Authenticate": "Bearer"})
    storage: Storage = request.app.state.storage
    found = storage.principal(token_hash(authorization[7:].strip()))
    if found is None:
        raise ApiError(
            401, "UNAUTHENTICATED", "the token is unknown, expired or revoked", headers={"WWW-Authenticate": "Bearer"}
        )
    return found


Who = Annotated[Principal, Depends(principal)]


def create_app(storage: Storage, rate_per_second: float = 50.0, burst: int = 200) -> ASGIApp:
    """The API wrapped in its request-size and rate limits (rate 0: unlimited)."""
    app = FastAPI(
        title="SCP ministry server",
        version=__version__,
        openapi_url=f"{API}/openapi.json",
        docs_url=f"{API}/docs",
        redoc_url=None,
    )
    app.state.storage = storage
    reference = Reference(storage)

    @app.exception_handler(ApiError)
    async def api_error(_request: Request, error: ApiError) -> JSONResponse:
        return JSONResponse(error.body(), status_code=error.status, headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        errors = [
            {"field": ".".join(str(p) for p in e["loc"] if p != "body"), "code": e["type"], "message": e["msg"]}
            for e in error.errors()
        ]
        return JSONResponse({"error": "INVALID", "message": "the request is malformed", "errors": errors}, 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        code = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}.get(error.status_code, "HTTP_ERROR")
        return JSONResponse({"error": code, "message": str(error.detail), "errors": []}, error.status_code)

    @app.exception_handler(Exception)
    async def crashed(_request: Request, _error: Exception) -> JSONResponse:
        return JSONResponse(
            {"error": "SERVER_ERROR", "message": "the server failed; try again later", "errors": []}, 500
        )

    @app.get(f"{API}/capabilities")
    def capabilities() -> dict[str, Any]:
        return {
            "api_version": 1,
            "server_version": __version__,
            "max_body_bytes": MAX_BODY_BYTES,
            "server_time": dt.datetime.now(dt.UTC).isoformat(),
        }

    @app.post(f"{API}/auth/token")
    def issue_token(request: TokenRequest) -> dict[str, Any]:
        user = storage.user(request.username)
        if user is None or not check_password(request.password, user["password_hash"]):
            raise ApiError(401, "BAD_CREDENTIALS", "wrong username or password")
        token = new_token()
        storage.add_token(user["id"], token_hash(token), request.device, TOKEN_LIFETIME)
        return {
            "token": token,
            "token_type": "bearer",
            "organizations": storage.organizations_of(user["id"]),
            "reviewer": bool(user["is_reviewer"]),
            "expires_in_days": TOKEN_LIFETIME.days,
        }

    @app.delete(f"{API}/auth/token", status_code=204)
    def revoke_token(who: Who) -> Response:
        storage.revoke_token(who.token_id, who.username)
        return Response(status_code=204)

    @app.get(f"{API}/reference")
    def get_reference(_who: Who, if_none_match: Annotated[str | None, Header()] = None) -> Response:
        current = reference.current()
        if if_none_match == current.etag:
            return Response(status_code=304, headers={"ETag": current.etag})
        body = {
            "documents": {
                name: {"version": str(doc.get("version", "")), "document": doc}
                for name, doc in sorted(current.documents.items())
            }
        }
        return JSONResponse(body, headers={"ETag": current.etag})

    @app.put(f"{API}/submissions/{{submission_id}}")
    def put_submission(submission_id: str, who: Who, body: Annotated[dict[str, Any], Body()]) -> JSONResponse:
        if not SUBMISSION_ID.match(submission_id):
            raise ApiError(
                422, "INVALID", "the submission id must be a UUID4", [{"field": "submission_id", "code": "INVALID"}]
            )
        current = reference.current()
        assert current.data is not None
        status, receipt = submissions.put_submission(storage, current.data, who, submission_id, body)
        return JSONResponse(receipt, status_code=status)

    @app.put(f"{API}/attachments/{{sha256}}")
    async def put_attachment(sha256: str, request: Request, who: Who) -> JSONResponse:
        if not re.fullmatch(r"[0-9a-f]{64}", sha256):
            raise ApiError(422, "INVALID", "the path must be the file's SHA-256 in lower-case hex")
        data = await request.body()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise ApiError(422, "HASH_MISMATCH", "the file's SHA-256 differs from the path")
        created = await run_in_threadpool(_store_attachment, storage, sha256, data, who.user_id)
        return JSONResponse({"sha256": sha256, "size": len(data), "created": created}, 201 if created else 200)

    @app.get(f"{API}/submissions/changes")
    def get_changes(who: Who, cursor: str | None = None) -> dict[str, Any]:
        return submissions.changes(storage, who, cursor)

    @app.get(f"{API}/submissions")
    def get_submissions(
        who: Who, organization: str | None = None, period: str | None = None, state: str | None = None
    ) -> dict[str, Any]:
        return {"submissions": submissions.list_submissions(storage, who, organization, period, state)}

    @app.post(f"{API}/submissions/{{submission_id}}/review")
    def post_review(submission_id: str, request: ReviewRequest, who: Who) -> dict[str, Any]:
        return submissions.review(storage, who, submission_id, request.decision, request.comment)

    @app.get(f"{API}/indicators")
    def get_indicators(
        who: Who, year: Annotated[int, Query(ge=2000, le=2100)], province: str | None = None, sector: str | None = None
    ) -> dict[str, Any]:
        if not who.is_reviewer:
            raise ApiError(403, "REVIEWERS_ONLY", "national indicators are for the ministry")
        current = reference.current()
        assert current.data is not None
        return indicator_queries.indicators(storage, current.data, year, province, sector)

    return BodyLimit(RateLimit(app, rate_per_second, burst), MAX_BODY_BYTES)


def _store_attachment(storage: Storage, sha256: str, data: bytes, user_id: int) -> bool:
    """Write the file whole (temp + fsync + rename), then record it: never a row without its file."""
    target = storage.attachment_path(sha256)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=target.parent, delete=False) as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(handle.name, target)
    return storage.record_attachment(sha256, len(data), user_id)
