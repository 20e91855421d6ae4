"""Period locks and their exceptions (reviewers), and the administrators' pages: users, organizations,
reporting obligations, reference publications and feed tokens (what the command line also does)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import func, or_, select, update

from scp_desktop.domain.records import RECORD_KINDS
from scp_desktop.domain.taxcode import normalize_tax_code
from scp_ministry_server import obligations, submissions
from scp_ministry_server.security import hash_password
from scp_ministry_server.storage import Storage, tables
from scp_ministry_server.storage.types import utc_now
from scp_ministry_server.web import indicator_pages, render, sessions
from scp_ministry_server.web.common import (
    AdminSession,
    ReviewerSession,
    WebError,
    checked_form,
    redirect,
    reference_of,
    storage_of,
    text_field,
    texts,
)
from scp_ministry_server.web.common import (
    render as page,
)
from scp_ministry_server.web.i18n import N_, VIETNAM

router = APIRouter(prefix="/review", include_in_schema=False)
LOCK_FIELDS = N_("Give the form, the period, the day the lock starts and the reason.")
ORG_KINDS = ("manufacturer", "supermarket", "market", "industrial-park", "distributor", "other")
ROLES = {
    "enterprise": N_("enterprise (reports with SCP Desktop)"),
    "provincial": N_("provincial reviewer"),
    "national": N_("national (MOIT) reviewer"),
}


def _forms(request: Request) -> list[tuple[str, str]]:
    t = texts(request)
    return [(code, render.form_title(code, t)) for code in RECORD_KINDS]


def _provinces(request: Request) -> list[tuple[str, str]]:
    return sorted((p.code, p.name) for p in reference_of(request).provinces.values())


def _day(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


# -- period locks -----------------------------------------------------------------------------------
def _locks_page(
    request: Request, session: sessions.WebSession, status: int = 200, error: str = "", done: str = ""
) -> Response:
    found = obligations.locks(storage_of(request), session.who.province)
    return page(
        request,
        "locks.html",
        session,
        status,
        locks=found,
        forms=_forms(request),
        form_title=lambda code: render.form_title(code, texts(request)),
        provinces=_provinces(request),
        error=error,
        done=done,
    )


@router.get("/locks")
def locks_page(request: Request, session: ReviewerSession, done: str = "") -> Response:
    return _locks_page(request, session, done=done)


@router.post("/locks")
async def add_lock(request: Request, session: ReviewerSession) -> Response:
    form = await checked_form(request, session.csrf_token)
    if not session.who.is_national and not session.who.is_admin:
        province = session.who.province  # a department locks its own province's reports
    else:
        province = text_field(form, "province", 3) or None
    kind, period, reason = text_field(form, "form", 20), text_field(form, "period", 7), text_field(form, "reason", 500)
    day = _day(text_field(form, "locked_from", 10))
    if kind not in RECORD_KINDS or day is None or not reason:
        return _locks_page(request, session, 422, LOCK_FIELDS)
    start = dt.datetime.combine(day, dt.time(), VIETNAM).astimezone(dt.UTC)
    try:
        obligations.add_lock(storage_of(request), kind, period, province, start, reason, session.who.username)
    except ValueError:
        return _locks_page(request, session, 422, LOCK_FIELDS)
    return redirect("/review/locks?done=locked")


@router.post("/locks/{lock_id}/lift")
async def lift_lock(request: Request, lock_id: int, session: ReviewerSession) -> Response:
    await checked_form(request, session.csrf_token)
    lock = _visible_lock(request, session, lock_id)
    if lock["province"] != session.who.province and not session.who.is_national:
        raise WebError(403, N_("Only the Ministry lifts a national lock."))
    obligations.lift_lock(storage_of(request), lock_id, session.who.username)
    return redirect("/review/locks?done=lifted")


def _visible_lock(request: Request, session: sessions.WebSession, lock_id: int) -> dict[str, Any]:
    lock = next((x for x in obligations.locks(storage_of(request), session.who.province) if x["id"] == lock_id), None)
    if lock is None:
        raise WebError(404, N_("There is no such lock."))
    return lock


@router.post("/locks/{lock_id}/exceptions")
async def grant_exception(request: Request, lock_id: int, session: ReviewerSession) -> Response:
    form = await checked_form(request, session.csrf_token)
    _visible_lock(request, session, lock_id)
    until, reason = _day(text_field(form, "until", 10)), text_field(form, "reason", 500)
    try:
        tax_code = normalize_tax_code(text_field(form, "tax_code", 20))
    except ValueError:
        tax_code = ""
    scope = submissions.scope_of(session.who)
    org = tables.organizations
    with storage_of(request).read_one() as db:
        query = select(org.c.tax_code).where(org.c.tax_code == tax_code)
        if scope.province:
            query = query.where(org.c.province == scope.province)
        known = db.execute(query).scalar() if tax_code else None
    if known is None:
        return _locks_page(request, session, 422, N_("No organization of your scope has this tax code."))
    if until is None or until < dt.date.today() or not reason:
        return _locks_page(request, session, 422, N_("Give a date from today on and the reason for the exception."))
    obligations.grant_exception(storage_of(request), lock_id, tax_code, until, reason, session.who.username)
    return redirect("/review/locks?done=excepted")


# -- users ------------------------------------------------------------------------------------------
def _users_page(
    request: Request,
    session: sessions.WebSession,
    status: int = 200,
    error: str = "",
    done: str = "",
    typed: dict[str, str] | None = None,
) -> Response:
    u, link = tables.users, tables.user_organizations
    with storage_of(request).read() as db:
        users = [dict(r) for r in db.execute(select(u).order_by(u.c.username)).mappings()]
        granted: dict[int, list[str]] = {}
        for user_id, tax_code in db.execute(select(link.c.user_id, link.c.tax_code).order_by(link.c.tax_code)).all():
            granted.setdefault(user_id, []).append(tax_code)
    return page(
        request,
        "admin_users.html",
        session,
        status,
        users=users,
        granted=granted,
        roles=ROLES,
        provinces=_provinces(request),
        error=error,
        done=done,
        typed=typed or {},
    )


@router.get("/admin/users")
def users_page(request: Request, session: AdminSession, done: str = "") -> Response:
    return _users_page(request, session, done=done)


@router.post("/admin/users")
async def add_user(request: Request, session: AdminSession) -> Response:
    form = await checked_form(request, session.csrf_token)
    typed = {k: text_field(form, k, 500) for k in ("username", "role", "province", "organizations")}
    username, role, password = typed["username"], typed["role"], str(form.get("password") or "")
    storage = storage_of(request)
    try:
        organizations = [normalize_tax_code(t) for t in typed["organizations"].replace(",", " ").split()]
    except ValueError:
        return _users_page(request, session, 422, N_("A tax code in the list is not valid."), typed=typed)
    problem = None
    if not username or len(username) > 100 or role not in ROLES:
        problem = N_("Give a user name and a role.")
    elif len(password) < 8:
        problem = N_("The password needs at least 8 characters.")
    elif storage.user(username):
        problem = N_("This user name is taken.")
    elif role == "provincial" and typed["province"] not in reference_of(request).provinces:
        problem = N_("Choose the province of a provincial reviewer.")
    elif role == "enterprise" and (
        not organizations or storage.known_organizations(organizations) != set(organizations)
    ):
        problem = N_("An enterprise user reports for registered organizations: give their tax codes.")
    if problem:
        return _users_page(request, session, 422, problem, typed=typed)
    storage.add_user(
        username,
        hash_password(password),
        organizations if role == "enterprise" else [],
        role != "enterprise",
        typed["province"] if role == "provincial" else None,
        admin=form.get("admin") == "on",
        actor=session.who.username,
    )
    return redirect("/review/admin/users?done=added")


@router.post("/admin/users/{user_id}/revoke")
async def revoke_user(request: Request, user_id: int, session: AdminSession) -> Response:
    """Signs the user out everywhere: every device token and web session ends."""
    await checked_form(request, session.csrf_token)
    storage = storage_of(request)
    with storage.read_one() as db:
        username = db.execute(select(tables.users.c.username).where(tables.users.c.id == user_id)).scalar()
    if username is None:
        raise WebError(404, N_("There is no such user."))
    storage.revoke_user_tokens(username)
    w = tables.web_sessions
    with storage.write() as db:
        db.execute(update(w).where(w.c.user_id == user_id, w.c.ended_at.is_(None)).values(ended_at=utc_now()))
        Storage.audit(db, session.who.username, "web.sessions_ended", username)
    return redirect("/review/admin/users?done=revoked")


# -- organizations ----------------------------------------------------------------------------------
def _organizations_page(
    request: Request,
    session: sessions.WebSession,
    status: int = 200,
    error: str = "",
    done: str = "",
    typed: dict[str, str] | None = None,
) -> Response:
    org = tables.organizations
    search = request.query_params.get("q", "").strip()[:100]
    query = select(org).order_by(org.c.province, org.c.name).limit(200)
    if search:
        query = query.where(
            or_(org.c.tax_code.like(search.replace("-", "") + "%"), func.lower(org.c.name).contains(search.lower()))
        )
    with storage_of(request).read() as db:
        rows = [dict(r) for r in db.execute(query).mappings()]
        count = db.execute(select(func.count()).select_from(org)).scalar_one()
    return page(
        request,
        "admin_organizations.html",
        session,
        status,
        organizations=rows,
        count=count,
        search=search,
        kinds=ORG_KINDS,
        provinces=_provinces(request),
        error=error,
        done=done,
        typed=typed or {},
    )


@router.get("/admin/organizations")
def organizations_page(request: Request, session: AdminSession, done: str = "") -> Response:
    return _organizations_page(request, session, done=done)


@router.post("/admin/organizations")
async def add_organization(request: Request, session: AdminSession) -> Response:
    form = await checked_form(request, session.csrf_token)
    typed = {k: text_field(form, k, 500) for k in ("tax_code", "name", "province", "sector", "kind")}
    ref, storage = reference_of(request), storage_of(request)
    try:
        tax_code = normalize_tax_code(typed["tax_code"])
    except ValueError:
        return _organizations_page(request, session, 422, N_("This is not a valid tax code."), typed=typed)
    sector = ref.normalize_sector(typed["sector"]) if typed["sector"] else None
    if typed["sector"] and sector is None:
        return _organizations_page(request, session, 422, N_("This is not a VSIC 2018 sector code."), typed=typed)
    if not typed["name"] or typed["province"] not in ref.provinces or typed["kind"] not in ORG_KINDS:
        return _organizations_page(request, session, 422, N_("Give the name, the province and the kind."), typed=typed)
    if storage.known_organizations([tax_code]):
        return _organizations_page(request, session, 422, N_("This organization is registered already."), typed=typed)
    storage.add_organization(tax_code, typed["name"], typed["province"], sector, typed["kind"])
    return redirect("/review/admin/organizations?done=added")


# -- obligations ------------------------------------------------------------------------------------
def _obligations_page(
    request: Request,
    session: sessions.WebSession,
    status: int = 200,
    error: str = "",
    done: str = "",
    errors: list[str] | None = None,
) -> Response:
    return page(
        request,
        "admin_obligations.html",
        session,
        status,
        summary=obligations.obligation_summary(storage_of(request)),
        form_title=lambda code: render.form_title(code, texts(request)),
        error=error,
        done=done,
        errors=errors or [],
        this_year=dt.date.today().year,
    )


@router.get("/admin/obligations")
def obligations_page(request: Request, session: AdminSession, done: str = "") -> Response:
    return _obligations_page(request, session, done=done)


@router.post("/admin/obligations/energy")
async def import_energy_list(request: Request, session: AdminSession) -> Response:
    form = await checked_form(request, session.csrf_token)
    upload, name = form.get("file"), text_field(form, "list_name", 300)
    try:
        year = int(text_field(form, "year", 4))
    except ValueError:
        year = 0
    if not hasattr(upload, "read") or not 2000 <= year <= 2100 or not name:
        return _obligations_page(request, session, 422, N_("Give the year, the list's name and its file."))
    content = await upload.read(obligations.MAX_LIST_BYTES + 1)  # type: ignore[union-attr]
    try:
        rows = obligations.read_table(content, getattr(upload, "filename", "") or "")
    except (ValueError, UnicodeDecodeError, OSError, KeyError) as error:
        return _obligations_page(request, session, 422, N_("The file could not be read."), errors=[str(error)])
    result = obligations.import_energy_list(
        storage_of(request), reference_of(request), year, rows, name, session.who.username
    )
    if result.errors:
        return _obligations_page(
            request, session, 422, N_("Nothing was imported: correct these rows."), errors=result.errors[:100]
        )
    return redirect(f"/review/admin/obligations?done=imported-{result.obligations_added}")


@router.post("/admin/obligations/bags")
async def add_bag_obligations(request: Request, session: AdminSession) -> Response:
    form = await checked_form(request, session.csrf_token)
    try:
        year, day = int(text_field(form, "year", 4)), int(text_field(form, "due_day", 2))
        added = obligations.add_bag_obligations(storage_of(request), year, day, session.who.username)
    except ValueError:
        return _obligations_page(request, session, 422, N_("Give the year and a due day between 1 and 28."))
    return redirect(f"/review/admin/obligations?done=bags-{added}")


# -- reference publications and feed tokens ---------------------------------------------------------
def _reference_page(
    request: Request, session: sessions.WebSession, status: int = 200, error: str = "", done: str = "", token: str = ""
) -> Response:
    p, f = tables.reference_publications, tables.feed_tokens
    with storage_of(request).read() as db:
        publications = [
            dict(r)
            for r in db.execute(
                select(p.c.name, p.c.version, p.c.published_at).order_by(p.c.published_at.desc())
            ).mappings()
        ]
        feeds = [dict(r) for r in db.execute(select(f).order_by(f.c.created_at.desc())).mappings()]
    return page(
        request,
        "admin_reference.html",
        session,
        status,
        publications=publications,
        feeds=feeds,
        error=error,
        done=done,
        token=token,
    )


@router.get("/admin/reference")
def reference_page(request: Request, session: AdminSession, done: str = "") -> Response:
    return _reference_page(request, session, done=done)


@router.post("/admin/reference")
async def publish_reference(request: Request, session: AdminSession) -> Response:
    from scp_desktop.services.reference_updates import check_document

    form = await checked_form(request, session.csrf_token)
    upload, name = form.get("file"), text_field(form, "name", 200)
    try:
        if not hasattr(upload, "read") or not name:
            raise ValueError("give the name and the JSON file")
        document = json.loads((await upload.read(5 * 2**20)).decode("utf-8"))  # type: ignore[union-attr]
        if not isinstance(document, dict) or "version" not in document:
            raise ValueError("a published document needs a version")
        check_document(name, document)  # the same check the app applies when it receives it
    except (ValueError, UnicodeDecodeError) as error:
        return _reference_page(request, session, 422, str(error))
    storage_of(request).publish_reference(name, str(document["version"]), document)
    return redirect("/review/admin/reference?done=published")


@router.post("/admin/feeds")
async def add_feed_token(request: Request, session: AdminSession) -> Response:
    form = await checked_form(request, session.csrf_token)
    name = text_field(form, "name", 200)
    if not name:
        return _reference_page(request, session, 422, N_("Name the feed (who refreshes it)."))
    token = indicator_pages.create_feed_token(storage_of(request), name, session.who.username)
    return _reference_page(request, session, done="feed", token=token)


@router.post("/admin/feeds/{feed_id}/revoke")
async def revoke_feed_token(request: Request, feed_id: int, session: AdminSession) -> Response:
    await checked_form(request, session.csrf_token)
    f = tables.feed_tokens
    with storage_of(request).write() as db:
        db.execute(update(f).where(f.c.id == feed_id, f.c.revoked_at.is_(None)).values(revoked_at=utc_now()))
        Storage.audit(db, session.who.username, "feed_token.revoke", str(feed_id))
    return redirect("/review/admin/reference?done=revoked")
