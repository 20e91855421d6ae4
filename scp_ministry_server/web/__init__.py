"""The reviewer web app under /review/: server-rendered pages (FastAPI + Jinja2, plain forms that work
without JavaScript) for provincial and national reviewers and administrators. Vietnamese by default,
English on request; every text from a catalogue (i18n.py)."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from scp_ministry_server.errors import crashed as api_crashed
from scp_ministry_server.errors import http_error_json

STATIC = Path(__file__).resolve().parent / "static"
PREFIX = "/review"


class ServerTiming:
    """`Server-Timing: app;dur=…` on every page: the server's own time, for browsers' tools and the benchmark."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or not scope["path"].startswith(f"{PREFIX}/"):
            await self.app(scope, receive, send)
            return
        began = time.perf_counter()

        async def timed(message: Any) -> None:
            if message["type"] == "http.response.start":
                took = (time.perf_counter() - began) * 1000
                message.setdefault("headers", []).append((b"server-timing", f"app;dur={took:.1f}".encode()))
            await send(message)

        await self.app(scope, receive, timed)


def install(app: FastAPI) -> None:
    from scp_ministry_server.web import admin_pages, completeness_pages, indicator_pages, review_pages
    from scp_ministry_server.web.common import SignInNeeded, WebError, redirect, render
    from scp_ministry_server.web.i18n import N_

    for module in (review_pages, completeness_pages, indicator_pages, admin_pages):
        app.include_router(module.router)
    app.add_middleware(ServerTiming)
    app.mount(f"{PREFIX}/static", StaticFiles(directory=STATIC), name="review-static")

    @app.exception_handler(WebError)
    async def web_error(request: Request, error: WebError) -> Response:
        return _error_page(request, error.status, error.reason, error.params)

    @app.exception_handler(SignInNeeded)
    async def sign_in_needed(_request: Request, needed: SignInNeeded) -> Response:
        from urllib.parse import quote

        return redirect(f"{PREFIX}/?next={quote(needed.next_path, safe='')}")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if request.url.path.startswith(f"{PREFIX}/"):
            reason = (
                N_("There is no such page.") if error.status_code == 404 else N_("The request could not be served.")
            )
            return _error_page(request, error.status_code, reason, {})
        return http_error_json(error)

    @app.exception_handler(Exception)
    async def crashed(request: Request, error: Exception) -> Response:
        if request.url.path.startswith(f"{PREFIX}/"):
            body = render(request, "error.html", None, 500, heading=N_("Something went wrong"),
                          reason=N_("The request could not be served."), params={})  # fmt: skip
            return body
        return await api_crashed(request, error)

    def _error_page(request: Request, status: int, reason: str, params: dict) -> Response:
        from scp_ministry_server.web import sessions
        from scp_ministry_server.web.common import storage_of

        session = sessions.current(storage_of(request), request.cookies.get(sessions.COOKIE))
        heading = {404: N_("Not found"), 403: N_("Not allowed")}.get(status, N_("Something went wrong"))
        return render(request, "error.html", session, status, heading=heading, reason=reason, params=params)
