"""`GET /verify/{submission_id}?h={content_sha256}`: the public page a printed report's QR code opens
(interfaces.md "Verifying a printed report"). Vietnamese, `?lang=en` for English.

When the id and the hash match a submission it names the organization (as the ministry registered it),
the form, period, state and when it was received; otherwise — an unknown id, a wrong or missing hash,
a malformed address — one and the same 404 page that says nothing about whether the id exists. The
hash is compared in constant time. Rate-limited per address whatever `--rate-limit` says (a page
anyone may open is what a scraper would try first)."""

from __future__ import annotations

import datetime as dt
import hmac
import re
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import select

from scp_ministry_server.limits import Buckets, client_address
from scp_ministry_server.storage import Storage, tables

TEMPLATES = Environment(
    loader=FileSystemLoader(Path(__file__).resolve().parent / "templates"),
    autoescape=select_autoescape(["html"]),
)
VIETNAM = dt.timezone(dt.timedelta(hours=7))
_ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")
_SHA = re.compile(r"[0-9a-f]{64}")
HEADERS = {
    "Cache-Control": "no-store",
    "X-Robots-Tag": "noindex",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
}

TEXTS: dict[str, dict[str, str]] = {
    "vi": {
        "ministry": "Bộ Công Thương",
        "program": "Chương trình quốc gia về sản xuất và tiêu dùng bền vững (Quyết định 76/QĐ-TTg)",
        "title": "Xác thực báo cáo",
        "matches": "Bản in này khớp với báo cáo mà Bộ Công Thương đã nhận.",
        "organization": "Tổ chức",
        "tax_code": "Mã số thuế",
        "form": "Loại báo cáo",
        "period": "Kỳ báo cáo",
        "facility": "Cơ sở",
        "state": "Trạng thái",
        "received": "Ngày tiếp nhận",
        "receipt": "Số biên nhận",
        "not_found_title": "Không tìm thấy",
        "not_found": "Không có báo cáo nào khớp với địa chỉ này.",
        "explain": "Trang này chỉ xác nhận nội dung (mã SHA-256) của một báo cáo đã gửi.",
        "other_language": "English",
        "too_many": "Quá nhiều yêu cầu từ địa chỉ của bạn. Vui lòng thử lại sau ít phút.",
    },
    "en": {
        "ministry": "Ministry of Industry and Trade of Viet Nam",
        "program": "National programme on sustainable production and consumption (Decision 76/QĐ-TTg)",
        "title": "Report verification",
        "matches": "This printed report matches the report the Ministry of Industry and Trade received.",
        "organization": "Organization",
        "tax_code": "Tax code",
        "form": "Report",
        "period": "Period",
        "facility": "Facility",
        "state": "State",
        "received": "Received on",
        "receipt": "Receipt number",
        "not_found_title": "Not found",
        "not_found": "No report matches this address.",
        "explain": "This page only confirms the content (SHA-256) of a report that was sent.",
        "other_language": "Tiếng Việt",
        "too_many": "Too many requests from your address. Please try again in a few minutes.",
    },
}
FORMS = {
    "energy": ("Báo cáo sử dụng năng lượng", "Energy use report"),
    "production": ("Báo cáo sản lượng", "Production report"),
    "water": ("Báo cáo sử dụng nước", "Water use report"),
    "materials": ("Báo cáo nguyên vật liệu", "Materials report"),
    "waste": ("Báo cáo chất thải", "Waste report"),
    "bags": ("Báo cáo túi ni lông", "Plastic bag report"),
    "cp-options": ("Danh mục giải pháp sản xuất sạch hơn", "Cleaner production options"),
}
STATES = {
    "received": ("Đã tiếp nhận, đang xem xét", "Received, under review"),
    "accepted": ("Đã được chấp nhận", "Accepted"),
    "returned": ("Đã trả lại để điều chỉnh", "Returned for correction"),
    "superseded": ("Đã được thay thế bằng một báo cáo điều chỉnh", "Replaced by a correction"),
}
router = APIRouter(tags=["verify"])


def _form_label(form: str, lang: str, payload: Any) -> str:
    index = 0 if lang == "vi" else 1
    if form.startswith("assessment/"):
        scheme = form.split("/", 1)[1]
        named = payload.get("criteria") if isinstance(payload, dict) else None
        version = f" ({named['version']})" if isinstance(named, dict) and named.get("version") else ""
        return ("Tự đánh giá: " if lang == "vi" else "Self-assessment: ") + scheme + version
    return FORMS.get(form, (form, form))[index]


s, o = tables.submissions, tables.organizations
COLUMNS = (
    s.c.tax_code,
    s.c.form,
    s.c.facility,
    s.c.period,
    s.c.state,
    s.c.received_at,
    s.c.receipt,
    s.c.content_sha256,
    s.c.payload,
)


s, o = tables.submissions, tables.organizations
SHOWN = (s.c.tax_code, s.c.form, s.c.facility, s.c.period, s.c.state, s.c.received_at, s.c.receipt, s.c.payload)


def _found(storage: Storage, submission_id: str, sha256: str) -> dict[str, Any] | None:
    query = select(*SHOWN, s.c.content_sha256, o.c.name).join(o, o.c.tax_code == s.c.tax_code)
    with storage.read_one() as db:
        row = db.execute(query.where(s.c.submission_id == submission_id)).mappings().first()
    if row is None or not hmac.compare_digest(row["content_sha256"].encode(), sha256.encode()):
        return None
    return dict(row)


def _page(lang: str, report: dict[str, Any] | None, status: int, sha: str) -> HTMLResponse:
    other = "en" if lang == "vi" else "vi"
    # Relative to the page itself, so that a page for an unknown address repeats nothing of it.
    query = f"?h={sha}&lang={other}" if report is not None else f"?lang={other}"
    html = TEMPLATES.get_template("verify.html").render(
        lang=lang, t=TEXTS[lang], report=report, other_language_url=query
    )
    return HTMLResponse(html, status_code=status, headers=HEADERS)


@router.get(
    "/verify/{submission_id}",
    response_class=HTMLResponse,
    responses={
        404: {"description": "No report matches (unknown id and wrong hash alike)"},
        429: {"description": "Too many requests"},
    },
    summary="Public verification of a printed report (HTML)",
)
def verify(
    request: Request,
    submission_id: str,
    h: Annotated[str, Query(max_length=100)] = "",
    lang: Annotated[str, Query(max_length=5)] = "vi",
) -> HTMLResponse:
    lang = lang if lang in TEXTS else "vi"
    buckets: Buckets = request.app.state.verify_buckets
    wait = buckets.take(client_address(request.scope))
    if wait:
        page = _page(lang, None, 429, "")
        page.headers["Retry-After"] = str(max(1, round(wait)))
        return page
    storage: Storage = request.app.state.storage
    row = _found(storage, submission_id, h) if _ID.fullmatch(submission_id) and _SHA.fullmatch(h) else None
    if row is None:
        return _page(lang, None, 404, "")
    index = 0 if lang == "vi" else 1
    report = {
        "name": row["name"],
        "tax_code": row["tax_code"],
        "form": _form_label(row["form"], lang, row["payload"]),
        "facility": row["facility"],
        "period": row["period"],
        "state": row["state"],
        "state_label": STATES.get(row["state"], (row["state"], row["state"]))[index],
        "received": row["received_at"].astimezone(VIETNAM).strftime("%d/%m/%Y %H:%M") + " (GMT+7)",
        "receipt": row["receipt"],
        "sha256": row["content_sha256"],
    }
    return _page(lang, report, 200, h)
