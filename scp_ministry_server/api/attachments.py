"""Evidence files, content-addressed: PUT the bytes at their SHA-256; the same file again is a no-op."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import IO

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from scp_ministry_server.api.deps import PrincipalDep, StorageDep
from scp_ministry_server.errors import ApiError, described
from scp_ministry_server.schemas import AttachmentReceipt
from scp_ministry_server.storage import Storage

BINARY = {"type": "string", "format": "binary"}
SHA256 = re.compile(r"[0-9a-f]{64}")
router = APIRouter(prefix="/attachments", tags=["attachments"])


@router.put(
    "/{sha256}",
    response_model=AttachmentReceipt,
    status_code=201,
    responses={200: {"model": AttachmentReceipt, "description": "Already there"}, **described(401, 413, 422)},
    openapi_extra={"requestBody": {"required": True, "content": {"application/octet-stream": {"schema": BINARY}}}},
    summary="Upload an evidence file",
)
async def put_attachment(sha256: str, request: Request, who: PrincipalDep, storage: StorageDep) -> JSONResponse:
    if not SHA256.fullmatch(sha256):
        raise ApiError(422, "INVALID", "the path must be the file's SHA-256 in lower-case hex")
    storage.attachments_dir.mkdir(parents=True, exist_ok=True)
    temporary: Path | None = None
    try:
        # Streamed to a temporary file beside the store, hashed on the way: never held whole in memory.
        with tempfile.NamedTemporaryFile(dir=storage.attachments_dir, prefix=".upload-", delete=False) as handle:
            temporary = Path(handle.name)
            digest, size = hashlib.sha256(), 0
            async for chunk in request.stream():
                digest.update(chunk)
                size += len(chunk)
                await run_in_threadpool(handle.write, chunk)
            await run_in_threadpool(_flush, handle)
        if digest.hexdigest() != sha256:
            raise ApiError(422, "HASH_MISMATCH", "the file's SHA-256 differs from the path")
        created = await run_in_threadpool(_store, storage, temporary, sha256, size, who.user_id)
    finally:
        if temporary is not None:
            temporary.unlink(missing_ok=True)
    return JSONResponse({"sha256": sha256, "size": size, "created": created}, 201 if created else 200)


def _flush(handle: IO[bytes]) -> None:
    handle.flush()
    os.fsync(handle.fileno())


def _store(storage: Storage, temporary: Path, sha256: str, size: int, user_id: int) -> bool:
    """The file whole in its place first (rename is atomic), then its row: never a row without a file."""
    target = storage.attachment_path(sha256)
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        os.replace(temporary, target)
    return storage.record_attachment(sha256, size, user_id)
