"""The protocol's one error shape, `{"error": CODE, "message": …, "errors": [{field, code, message}]}`,
for every failure: ours, FastAPI's validation, Starlette's 404/405 and anything unexpected."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from scp_ministry_server.schemas import FORM_TAGS


class FieldError(BaseModel):
    field: str
    code: str
    message: str = ""


class ErrorEnvelope(BaseModel):
    """Every error answer: a stable code for programs, a message for people, and the fields at fault."""

    error: str
    message: str
    errors: list[FieldError] = []


@dataclass
class ApiError(Exception):
    status: int
    code: str
    message: str
    errors: list[dict[str, Any]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)

    def body(self) -> dict[str, Any]:
        return {"error": self.code, "message": self.message, "errors": self.errors}


def described(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI `responses` for a route's error statuses, all with the envelope."""
    return {status: {"model": ErrorEnvelope, "description": DESCRIPTIONS[status]} for status in statuses}


DESCRIPTIONS = {
    401: "No token, or an unknown, expired or revoked one (UNAUTHENTICATED, BAD_CREDENTIALS)",
    403: "The token may not do this (FORBIDDEN_ORGANIZATION, REVIEWERS_ONLY)",
    404: "No such item, or one outside your scope: the two are answered alike (NOT_FOUND)",
    409: "Conflicts with what the server holds (ID_REUSED, PERIOD_ALREADY_SUBMITTED, STALE_SUPERSEDES, NOT_REVIEWABLE)",
    412: "The cursor is unknown: start again without one (UNKNOWN_CURSOR)",
    413: "The body is larger than max_body_bytes (TOO_LARGE)",
    422: "Field errors (INVALID, HASH_MISMATCH, MISSING_ATTACHMENTS, OVERLAPPING_REPORT)",
    429: "Too many requests or failed sign-ins; Retry-After says when to try again (RATE_LIMITED, SIGN_IN_LOCKED)",
    503: "Busy for a moment; Retry-After says when to try again (SERVER_BUSY)",
}


def field_path(location: tuple[Any, ...]) -> str:
    """("body", "payload", "bags", "records", 0, "date") → "payload.records[0].date": the same paths
    as the domain's own field errors (where it was, and the form tag pydantic adds for the payload
    union, are dropped)."""
    path = ""
    parts = list(location[1:] if location and location[0] in ("body", "path", "query", "header") else location)
    for index, part in enumerate(parts):
        if index and parts[index - 1] == "payload" and part in FORM_TAGS:
            continue
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path


def http_error_json(error: StarletteHTTPException) -> JSONResponse:
    code = {404: "NOT_FOUND", 405: "METHOD_NOT_ALLOWED"}.get(error.status_code, "HTTP_ERROR")
    return JSONResponse({"error": code, "message": str(error.detail), "errors": []}, error.status_code)


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_request: Request, error: ApiError) -> JSONResponse:
        return JSONResponse(error.body(), status_code=error.status, headers=error.headers)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        errors = [{"field": field_path(e["loc"]), "code": e["type"], "message": e["msg"]} for e in error.errors()]
        return JSONResponse({"error": "INVALID", "message": "the request is malformed", "errors": errors}, 422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(_request: Request, error: StarletteHTTPException) -> JSONResponse:
        return http_error_json(error)

    app.add_exception_handler(Exception, crashed)


async def crashed(_request: Request, _error: Exception) -> JSONResponse:
    return JSONResponse({"error": "SERVER_ERROR", "message": "the server failed; try again later", "errors": []}, 500)
