"""The ministry server's ASGI application: the API routers under /api/v1 (the protocol's error envelope
everywhere; OpenAPI at /api/v1/openapi.json), the reviewers' web pages under /review/, request-size
and rate limits around both."""

from __future__ import annotations

import os

from fastapi import FastAPI

from scp_desktop import __version__
from scp_ministry_server import errors, verify, web
from scp_ministry_server.api import attachments, auth, indicators, meta, reference, submissions
from scp_ministry_server.api.meta import MAX_BODY_BYTES
from scp_ministry_server.limits import ASGIApp, BodyLimit, Buckets, RateLimit
from scp_ministry_server.reference import Reference
from scp_ministry_server.storage import Storage
from scp_ministry_server.storage.migrate import check_current

API = "/api/v1"
VERIFY_RATE, VERIFY_BURST = 1.0, 30  # verify pages per second and at once, per client address
ROUTERS = (meta.router, auth.router, reference.router, submissions.router, attachments.router, indicators.router)

# How `serve --workers N` hands its settings to the worker processes it starts.
ENV_DB, ENV_ATTACHMENTS, ENV_RATE = "SCP_SERVER_DB", "SCP_SERVER_ATTACHMENTS", "SCP_SERVER_RATE_LIMIT"
ENV_LEVELS = "SCP_SERVER_REVIEW_LEVELS"


def create_api(storage: Storage, account_buckets: Buckets | None = None, review_levels: int = 1) -> FastAPI:
    app = FastAPI(
        title="SCP ministry server",
        version=__version__,
        summary="Receives, reviews and adds up sustainable-production reports (sync-protocol.md v1.1)",
        openapi_url=f"{API}/openapi.json",
        docs_url=f"{API}/docs",
        redoc_url=None,
    )
    app.state.storage = storage
    app.state.reference = Reference(storage)
    app.state.account_buckets = account_buckets or Buckets(0, 1)
    app.state.verify_buckets = Buckets(VERIFY_RATE, VERIFY_BURST)
    app.state.review_levels = review_levels  # 2: the province verifies, then MOIT accepts
    errors.install(app)
    for router in ROUTERS:
        app.include_router(router, prefix=API)
    app.include_router(verify.router, include_in_schema=False)  # a page for people, not part of the API
    web.install(app)
    return app


def create_app(
    storage: Storage, rate_per_second: float = 50.0, burst: int | None = None, review_levels: int = 1
) -> ASGIApp:
    """The API and the reviewer web app wrapped in request-size and rate limits (rate 0: unlimited):
    `rate_per_second` per client address, and twice that per account (one account's devices may sit
    behind many addresses)."""
    burst = burst if burst is not None else max(1, int(rate_per_second * 4))
    accounts = Buckets(rate_per_second * 2, burst * 2)
    api = create_api(storage, accounts, review_levels)
    return BodyLimit(RateLimit(api, Buckets(rate_per_second, burst)), MAX_BODY_BYTES)


def worker_app() -> ASGIApp:
    """One worker of `serve --workers N` (uvicorn's factory): settings from the environment; the
    parent process has migrated the schema already, so a worker only checks it."""
    storage = Storage.open(os.environ[ENV_DB], os.environ.get(ENV_ATTACHMENTS) or None)
    check_current(storage.engine)
    return create_app(
        storage, float(os.environ.get(ENV_RATE, "50")), review_levels=int(os.environ.get(ENV_LEVELS, "1"))
    )
