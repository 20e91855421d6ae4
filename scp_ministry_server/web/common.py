"""What every page shares: the templates in the reader's language, the signed-in session, CSRF checks
on forms, the security headers, and the HTML error page."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from starlette.datastructures import FormData

from scp_desktop.domain.reference import ReferenceData
from scp_ministry_server.storage import Storage
from scp_ministry_server.web import sessions
from scp_ministry_server.web.i18n import LANGUAGES, N_, Texts, pick, translations

TEMPLATES = Path(__file__).resolve().parent / "templates"
SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cache-Control": "no-store",
}


# A decision form carries a field and a comment box per record (a year of a chain's daily bag records).
MAX_FORM_FIELDS = 100_000


class WebError(Exception):
    """An error page: `reason` is an English text of the catalogue, shown translated."""

    def __init__(self, status: int, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.status, self.reason, self.params = status, reason, params


@cache
def environment(language: str) -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html", "svg"]),
        extensions=["jinja2.ext.i18n"],
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.install_gettext_translations(translations(language), newstyle=True)  # type: ignore[attr-defined]
    return env


def language_of(request: Request) -> str:
    return pick(request.cookies.get(sessions.LANGUAGE_COOKIE))


def texts(request: Request) -> Texts:
    return Texts(language_of(request))


def storage_of(request: Request) -> Storage:
    return request.app.state.storage


def reference_of(request: Request) -> ReferenceData:
    return request.app.state.reference.current().data


def review_levels(request: Request) -> int:
    return int(request.app.state.review_levels)


def query_with(request: Request, **changes: Any) -> str:
    """This page's address with some query parameters changed (None removes one)."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    return f"{request.url.path}?{urlencode(params)}" if params else request.url.path


def render(
    request: Request,
    template: str,
    session: sessions.WebSession | None = None,
    status: int = 200,
    **context: Any,
) -> HTMLResponse:
    language = language_of(request)
    csrf = context.pop("csrf", None) or (session.csrf_token if session else "")
    body = (
        environment(language)
        .get_template(template)
        .render(
            request=request,
            t=Texts(language),
            session=session,
            who=session.who if session else None,
            csrf=csrf,
            languages=LANGUAGES,
            language=language,
            levels=review_levels(request),
            query_with=lambda **changes: query_with(request, **changes),
            today=dt.date.today(),
            timedelta=dt.timedelta,
            **context,
        )
    )
    return HTMLResponse(body, status, headers=SECURITY_HEADERS)


def redirect(path: str) -> RedirectResponse:
    return RedirectResponse(path, status_code=303, headers=SECURITY_HEADERS)


def local_path(path: str | None, default: str = "/review/") -> str:
    """Only our own pages as a place to go back to (never another site)."""
    return path if path and path.startswith("/review/") and not path.startswith("//") else default


class SignInNeeded(Exception):
    def __init__(self, next_path: str) -> None:
        super().__init__(next_path)
        self.next_path = next_path


def session_of(request: Request) -> sessions.WebSession:
    found = sessions.current(storage_of(request), request.cookies.get(sessions.COOKIE))
    if found is None:
        raise SignInNeeded(str(request.url.path) + (f"?{request.url.query}" if request.url.query else ""))
    return found


def reviewer_session(session: Annotated[sessions.WebSession, Depends(session_of)]) -> sessions.WebSession:
    if not session.who.is_reviewer:
        raise WebError(403, N_("This page is for reviewers."))
    return session


def admin_session(session: Annotated[sessions.WebSession, Depends(session_of)]) -> sessions.WebSession:
    if not session.who.is_admin:
        raise WebError(403, N_("This page is for administrators."))
    return session


ReviewerSession = Annotated[sessions.WebSession, Depends(reviewer_session)]
AdminSession = Annotated[sessions.WebSession, Depends(admin_session)]


def same_origin(request: Request) -> bool:
    """A browser names the page a form came from: it must be ours (a second check besides the token)."""
    origin = request.headers.get("origin")
    if not origin or origin == "null":
        return origin is None
    own = f"{request.url.scheme}://{request.url.netloc}"
    return origin.rstrip("/") == own


async def checked_form(request: Request, expected_csrf: str) -> FormData:
    """The posted form, after its CSRF token (and origin) are checked: 403 otherwise."""
    form = await request.form(max_fields=MAX_FORM_FIELDS)
    if not same_origin(request) or not sessions.csrf_matches(expected_csrf, form.get("csrf_token")):  # type: ignore[arg-type]
        raise WebError(
            403, N_("The form has expired or did not come from this site. Go back, reload it and try again.")
        )
    return form


def text_field(form: FormData, name: str, limit: int = 5000) -> str:
    value = form.get(name)
    return value.strip()[:limit] if isinstance(value, str) else ""


def attachment_response(content: bytes, filename: str, media_type: str) -> Response:
    headers = {**SECURITY_HEADERS, "Content-Disposition": f'attachment; filename="{filename}"'}
    return Response(content, media_type=media_type, headers=headers)
