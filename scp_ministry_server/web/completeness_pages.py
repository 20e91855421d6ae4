"""Completeness and timeliness by province and sector, and the late list (with exports)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from scp_desktop.domain.records import RECORD_KINDS
from scp_ministry_server import submissions
from scp_ministry_server.storage.types import utc_now
from scp_ministry_server.web import completeness, render, sessions, tabular
from scp_ministry_server.web.common import (
    ReviewerSession,
    attachment_response,
    reference_of,
    storage_of,
    texts,
)
from scp_ministry_server.web.common import (
    render as page,
)
from scp_ministry_server.web.i18n import N_

router = APIRouter(prefix="/review", include_in_schema=False)
STATUS_NAMES = {"missing": N_("no report"), "returned": N_("returned, awaiting correction")}


def _filter(request: Request, session: sessions.WebSession) -> tuple[completeness.Filter, str]:
    q = request.query_params
    default_year = dt.date.today().year - 1
    try:
        year = int(q.get("year", default_year))
    except ValueError:
        year = default_year
    year = min(max(year, 2000), 2100)
    form = q.get("form", "")
    group = q.get("group", "province")
    where = completeness.Filter(
        year=year,
        form=form if form in RECORD_KINDS else "",
        province=q.get("province", "") if session.who.is_national else "",
        sector=q.get("sector", "").strip()[:5],
    )
    return where, group if group in completeness.GROUPS else "province"


def _group_name(request: Request, group: str, key: str | None) -> str:
    ref = reference_of(request)
    if group == "province":
        province = ref.provinces.get(key or "")
        return f"{key} {province.name}" if province else (key or "—")
    division = ref.vsic_divisions.get((key or "")[1:3])
    return f"{key} {division.label(texts(request).language)}" if division and key else (key or "—")


@router.get("/completeness")
def completeness_page(request: Request, session: ReviewerSession) -> Response:
    where, group = _filter(request, session)
    scope = submissions.scope_of(session.who)
    now = utc_now()
    with storage_of(request).read() as db:
        rows = completeness.rates(db, where, scope, now, group)
        late = completeness.late(db, where, scope, now, limit=20)
    t = texts(request)
    for row in rows:
        row["name"] = _group_name(request, group, row["group"])
    return page(
        request,
        "completeness.html",
        session,
        where=where,
        group=group,
        rows=rows,
        total=completeness.totals(rows),
        late=late,
        status_names=STATUS_NAMES,
        forms=[(code, render.form_title(code, t)) for code in RECORD_KINDS],
        form_title=lambda code: render.form_title(code, t),
        provinces=sorted((p.code, p.name) for p in reference_of(request).provinces.values()),
    )


@router.get("/completeness/late")
def late_page(request: Request, session: ReviewerSession) -> Response:
    where, _group = _filter(request, session)
    with storage_of(request).read_one() as db:
        late = completeness.late(db, where, submissions.scope_of(session.who), utc_now())
    t = texts(request)
    return page(
        request,
        "late.html",
        session,
        where=where,
        late=late,
        status_names=STATUS_NAMES,
        form_title=lambda code: render.form_title(code, t),
    )


def _rate(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


@router.get("/completeness.{kind}")
def completeness_export(request: Request, kind: str, session: ReviewerSession) -> Response:
    kind = "xlsx" if kind == "xlsx" else "csv"
    where, group = _filter(request, session)
    with storage_of(request).read_one() as db:
        rows = completeness.rates(db, where, submissions.scope_of(session.who), utc_now(), group)
    t = texts(request)
    header = [
        t.gettext("Province") if group == "province" else t.gettext("Sector (VSIC)"),
        t.gettext("Name"),
        t.gettext("Expected"),
        t.gettext("Received"),
        t.gettext("On time"),
        t.gettext("Verified"),
        t.gettext("Accepted"),
        t.gettext("Late, no report"),
        t.gettext("Reporting rate (%)"),
        t.gettext("On time (%)"),
    ]
    table: list[list[Any]] = [
        [
            r["group"],
            _group_name(request, group, r["group"]),
            r["expected"],
            r["received"],
            r["on_time"],
            r["verified"],
            r["accepted"],
            r["late"],
            _rate(r["received"], r["expected"]),
            _rate(r["on_time"], r["expected"]),
        ]
        for r in rows
    ]
    name = f"completeness-{where.year}{'-' + where.form if where.form else ''}.{kind}"
    return attachment_response(
        tabular.export(kind, t.gettext("Completeness"), header, table), name, tabular.MEDIA[kind]
    )


@router.get("/completeness/late.{kind}")
def late_export(request: Request, kind: str, session: ReviewerSession) -> Response:
    kind = "xlsx" if kind == "xlsx" else "csv"
    where, _group = _filter(request, session)
    with storage_of(request).read_one() as db:
        late = completeness.late(db, where, submissions.scope_of(session.who), utc_now())
    t = texts(request)
    header = [
        t.gettext("Tax code"),
        t.gettext("Organization"),
        t.gettext("Province"),
        t.gettext("Sector (VSIC)"),
        t.gettext("Form"),
        t.gettext("Period"),
        t.gettext("Due"),
        t.gettext("Days late"),
        t.gettext("Status"),
        t.gettext("Source"),
    ]
    today = dt.date.today()
    table = [
        [
            r["tax_code"],
            r["name"],
            r["province"],
            r["sector"],
            render.form_title(r["form"], t),
            r["period"],
            t.date(r["due_date"]),
            (today - r["due_date"]).days,
            t.gettext(STATUS_NAMES[r["status"]]),
            r["source"],
        ]
        for r in late
    ]
    name = f"late-{where.year}{'-' + where.form if where.form else ''}.{kind}"
    return attachment_response(tabular.export(kind, t.gettext("Late"), header, table), name, tabular.MEDIA[kind])
