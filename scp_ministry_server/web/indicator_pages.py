"""The national SCP indicators of Decision 76 by province and sector, from accepted reports: a page
with charts, CSV/XLSX exports, and a token-protected feed that Excel or Power BI refresh."""

from __future__ import annotations

import datetime as dt
import secrets
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response
from sqlalchemy import insert, select

from scp_ministry_server import indicators
from scp_ministry_server.security import token_hash
from scp_ministry_server.storage import Storage, tables
from scp_ministry_server.storage.types import utc_now
from scp_ministry_server.web import charts, tabular
from scp_ministry_server.web.common import (
    ReviewerSession,
    WebError,
    attachment_response,
    reference_of,
    storage_of,
    texts,
)
from scp_ministry_server.web.common import (
    render as page,
)
from scp_ministry_server.web.i18n import N_, Texts

router = APIRouter(prefix="/review", include_in_schema=False)
GROUP_NAMES = {"province": N_("province"), "sector": N_("sector")}
WASTE_SHOWN = ("plastic", "paper", "domestic", "industrial_non_hazardous", "construction")


def _year(request: Request) -> int:
    try:
        return min(max(int(request.query_params.get("year", dt.date.today().year - 1)), 2000), 2100)
    except ValueError:
        return dt.date.today().year - 1


def _computed(request: Request, province: str | None, group: str, sector: str | None) -> tuple[Any, Any]:
    storage, ref, year = storage_of(request), reference_of(request), _year(request)
    overall = indicators.indicators(storage, ref, year, province, sector)
    groups = indicators.by_group(storage, ref, year, group, province, sector)
    return overall, groups


def _group_name(request: Request, group: str, key: str, t: Texts) -> str:
    ref = reference_of(request)
    if group == "province":
        province = ref.provinces.get(key)
        return province.name if province else key
    division = ref.vsic_divisions.get(key[1:3])
    return f"{key} {division.label(t.language)}" if division else key


def _row(key: str, name: str, figures: dict[str, Any]) -> list[Any]:
    energy, bags, waste = figures.get("energy") or {}, figures.get("bags") or {}, figures.get("waste") or {}
    plastic = waste.get("plastic") or {}
    return [
        key,
        name,
        figures["organizations"],
        figures["reports"],
        energy.get("toe_total"),
        energy.get("co2_scope2_t"),
        bags.get("nonbio_per_transaction"),
        bags.get("reduction_pct"),
        plastic.get("recovery_rate_pct"),
    ]


def _header(t: Texts, group: str) -> list[str]:
    return [
        t.gettext("Province") if group == "province" else t.gettext("Sector (VSIC)"),
        t.gettext("Name"),
        t.gettext("Organizations"),
        t.gettext("Accepted reports"),
        t.gettext("Energy used (TOE)"),
        t.gettext("Scope 2 CO₂ (t)"),
        t.gettext("Non-biodegradable bags per transaction"),
        t.gettext("Bag reduction against the baseline (%)"),
        t.gettext("Plastic waste recovered (%)"),
    ]


def _choice(request: Request, session: Any) -> tuple[str | None, str, str | None]:
    q = request.query_params
    province = session.who.province or (q.get("province") or None)
    group = q.get("group", "sector" if session.who.province else "province")
    sector = (q.get("sector") or "").strip().upper()[:5] or None
    return province, group if group in indicators.GROUPS else "province", sector


@router.get("/indicators")
def indicators_page(request: Request, session: ReviewerSession) -> Response:
    province, group, sector = _choice(request, session)
    overall, groups = _computed(request, province, group, sector)
    t, ref = texts(request), reference_of(request)
    names = {key: _group_name(request, group, key, t) for key in groups}
    target = ref.bag_reduction_target_pct.get("supermarket")
    energy_chart = charts.bars(
        t.gettext("Energy used by %(group)s (TOE)", group=t.gettext(GROUP_NAMES[group])),
        t.gettext("From accepted annual energy reports."),
        [charts.Bar(names[k], (g["energy"] or {}).get("toe_total")) for k, g in groups.items() if g["energy"]],
        t,
    )
    bag_chart = charts.bars(
        t.gettext("Bag reduction against the baseline (%)"),
        t.gettext("The dashed line is the target for supermarkets and malls (Decision 582/QĐ-TTg)."),
        [charts.Bar(names[k], (g["bags"] or {}).get("reduction_pct"), target) for k, g in groups.items() if g["bags"]],
        t,
        " %",
    )
    waste = overall["waste"] or {}
    waste_chart = charts.bars(
        t.gettext("Waste recovered, by stream (%)"),
        t.gettext("The dashed line is the national target of Decision 76/QĐ-TTg for that stream."),
        [
            charts.Bar(
                ref.waste_streams[name].label(t.language) if name in ref.waste_streams else name,
                figures["recovery_rate_pct"],
                figures["target_pct"],
            )
            for name, figures in waste.items()
            if name in WASTE_SHOWN
        ],
        t,
        " %",
    )
    return page(
        request,
        "indicators.html",
        session,
        year=_year(request),
        group=group,
        sector=sector or "",
        province=province or "",
        overall=overall,
        header=_header(t, group),
        rows=[_row(k, names[k], g) for k, g in groups.items()],
        energy_chart=energy_chart,
        bag_chart=bag_chart,
        waste_chart=waste_chart,
        provinces=sorted((p.code, p.name) for p in ref.provinces.values()),
    )


@router.get("/indicators.{kind}")
def indicators_export(request: Request, kind: str, session: ReviewerSession) -> Response:
    province, group, sector = _choice(request, session)
    return _table_file(request, kind, province, group, sector)


def _table_file(request: Request, kind: str, province: str | None, group: str, sector: str | None) -> Response:
    kind = "xlsx" if kind == "xlsx" else "csv"
    _overall, groups = _computed(request, province, group, sector)
    t = texts(request)
    rows = [_row(k, _group_name(request, group, k, t), g) for k, g in groups.items()]
    year = _year(request)
    body = tabular.export(
        kind, t.gettext("Indicators"), [t.gettext("Year"), *_header(t, group)], [[year, *r] for r in rows]
    )
    return attachment_response(body, f"indicators-{year}-{group}.{kind}", tabular.MEDIA[kind])


# -- the refreshable feed ---------------------------------------------------------------------------
def create_feed_token(storage: Storage, name: str, actor: str) -> str:
    token = secrets.token_urlsafe(32)
    with storage.write() as db:
        db.execute(
            insert(tables.feed_tokens).values(
                token_sha256=token_hash(token), name=name, created_by=actor, created_at=utc_now()
            )
        )
        Storage.audit(db, actor, "feed_token.create", name)
    return token


def _feed_token_valid(storage: Storage, token: str | None) -> bool:
    if not token:
        return False
    f = tables.feed_tokens
    with storage.read_one() as db:
        found = db.execute(select(f.c.revoked_at).where(f.c.token_sha256 == token_hash(token))).first()
    return found is not None and found.revoked_at is None


@router.get("/feed/indicators.{kind}")
def indicators_feed(request: Request, kind: str, token: str = "") -> Response:
    """National indicators by province (or sector: `group=sector`), for Excel's or Power BI's web query:
    `…/review/feed/indicators.csv?token=…&year=2025`. Unknown and revoked tokens get 404."""
    if not _feed_token_valid(storage_of(request), token):
        raise WebError(404, N_("There is no such page."))
    group = request.query_params.get("group", "province")
    return _table_file(request, kind, None, group if group in indicators.GROUPS else "province", None)
