"""Evidence files, content-addressed: PUT the bytes at their SHA-256 (the same file again is a no-op),
GET them back as a holder or a reviewer. Possession is per organization (sync-protocol.md v1.1): an
upload answers the same whether another organization holds the file or nobody does, and a file is
served only to its holders and to reviewers of a submission listing it; anyone else gets the 404 of
a file that does not exist."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path as FilePath
from typing import IO, Annotated

from fastapi import APIRouter, Path, Request
from fastapi.responses import FileResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from scp_ministry_server.api.deps import PrincipalDep, StorageDep
from scp_ministry_server.errors import ApiError, described
from scp_ministry_server.schemas import AttachmentReceipt
from scp_ministry_server.storage import Principal, Storage

BINARY = {"type": "string", "format": "binary"}
SHA256 = re.compile(r"[0-9a-f]{64}")
Sha256Path = Annotated[str, Path(pattern="^[0-9a-f]{64}$", description="the file's SHA-256, lower-case hex")]
router = APIRouter(prefix="/attachments", tags=["attachments"])


def _checked(sha256: str) -> str:
    if not SHA256.fullmatch(sha256):
        raise ApiError(
            422,
            "INVALID",
            "the path must be the file's SHA-256 in lower-case hex",
            [{"field": "sha256", "code": "INVALID", "message": "64 lower-case hex digits"}],
        )
    return sha256


@router.put(
    "/{sha256}",
    response_model=AttachmentReceipt,
    status_code=201,
    responses={
        200: {"model": AttachmentReceipt, "description": "Your organization holds this file already"},
        **described(401, 403, 413, 422, 429),
    },
    openapi_extra={"requestBody": {"required": True, "content": {"application/octet-stream": {"schema": BINARY}}}},
    summary="Upload an evidence file (your organizations then hold it)",
)
async def put_attachment(sha256: Sha256Path, request: Request, who: PrincipalDep, storage: StorageDep) -> JSONResponse:
    _checked(sha256)
    if not who.organizations:
        raise ApiError(403, "FORBIDDEN_ORGANIZATION", "only an account reporting for an organization uploads evidence")
    storage.attachments_dir.mkdir(parents=True, exist_ok=True)
    temporary: FilePath | None = None
    try:
        # Streamed to a temporary file beside the store, hashed on the way: never held whole in memory.
        with tempfile.NamedTemporaryFile(dir=storage.attachments_dir, prefix=".upload-", delete=False) as handle:
            temporary = FilePath(handle.name)
            digest, size = hashlib.sha256(), 0
            async for chunk in request.stream():
                digest.update(chunk)
                size += len(chunk)
                await run_in_threadpool(handle.write, chunk)
            await run_in_threadpool(_flush, handle)
        if digest.hexdigest() != sha256:
            raise ApiError(
                422,
                "HASH_MISMATCH",
                "the file's SHA-256 differs from the path",
                [{"field": "sha256", "code": "MISMATCH", "message": f"the file hashes to {digest.hexdigest()}"}],
            )
        created = await run_in_threadpool(_store, storage, temporary, sha256, size, who)
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return JSONResponse({"sha256": sha256, "size": size, "created": created}, 201 if created else 200)


@router.get(
    "/{sha256}",
    response_class=FileResponse,
    responses={
        200: {"content": {"application/octet-stream": {"schema": BINARY}}, "description": "The file"},
        **described(401, 404, 422, 429),
    },
    summary="Download an evidence file (its holders; reviewers of a submission listing it)",
)
def get_attachment(sha256: Sha256Path, who: PrincipalDep, storage: StorageDep) -> FileResponse:
    path = storage.attachment_path(_checked(sha256))
    if not storage.may_read_attachment(who, sha256) or not path.is_file():
        raise ApiError(404, "NOT_FOUND", "no such file")
    return FileResponse(
        path,
        media_type="application/octet-stream",
        headers={"Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff"},
    )


def _flush(handle: IO[bytes]) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _store(storage: Storage, temporary: FilePath, sha256: str, size: int, who: Principal) -> bool:
    """The file whole in its place first (rename is atomic), then its rows: never a row without a file."""
    target = storage.attachment_path(sha256)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temporary, target)
    return storage.record_attachment(sha256, size, who)
