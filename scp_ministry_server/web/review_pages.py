"""Sign-in and sign-out, the language switch, the queue, one submission and its review actions."""

from __future__ import annotations

import datetime as dt
import secrets
import unicodedata
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Request
from fastapi.responses import FileResponse, Response

from scp_desktop.domain.assessment import bilingual
from scp_desktop.domain.organizations import ORG_KINDS
from scp_desktop.domain.records import RECORD_KINDS
from scp_ministry_server import submissions
from scp_ministry_server.errors import ApiError
from scp_ministry_server.storage import submissions as repo
from scp_ministry_server.web import assessment_view, queue, render, sessions
from scp_ministry_server.web.common import (
    SECURITY_HEADERS,
    ReviewerSession,
    WebError,
    checked_form,
    local_path,
    redirect,
    reference_of,
    review_levels,
    storage_of,
    text_field,
    texts,
)
from scp_ministry_server.web.common import (
    render as page,
)
from scp_ministry_server.web.i18n import LANGUAGES, N_, Texts

router = APIRouter(prefix="/review", include_in_schema=False)
VERIFY_WITHIN_WORKING_DAYS = 5  # Circular 25/2020/TT-BCT Art. 5
STATE_NAMES = {
    "received": N_("Received"),
    "verified": N_("Verified by the province"),
    "accepted": N_("Accepted"),
    "returned": N_("Returned"),
    "superseded": N_("Superseded"),
}
DECISIONS = {"verified": "verify", "accepted": "accept", "returned": "return"}  # the form's values (interfaces.md)


# -- sign-in ----------------------------------------------------------------------------------------
def _sign_in_page(request: Request, error: str = "", status: int = 200, username: str = "", **extra: Any) -> Response:
    token = request.cookies.get(sessions.CSRF_COOKIE) or secrets.token_urlsafe(24)
    response = page(
        request,
        "sign_in.html",
        None,
        status,
        csrf=token,
        error=error,
        username=username,
        next_path=local_path(request.query_params.get("next"), ""),
        **extra,
    )
    response.set_cookie(
        sessions.CSRF_COOKIE,
        token,
        httponly=True,
        samesite="strict",
        path=sessions.PATH,
        secure=sessions.is_https(request),
    )
    return response


@router.get("/")
def home(request: Request) -> Response:
    session = sessions.current(storage_of(request), request.cookies.get(sessions.COOKIE))
    if session is None:
        return _sign_in_page(request)
    if not session.who.is_reviewer:
        return redirect("/review/admin/users")
    return queue_page(request, session)


@router.post("/sign-in")
async def sign_in(request: Request) -> Response:
    form = await request.form()
    username, password = text_field(form, "username", 200), str(form.get("password") or "")[:1000]
    if not sessions.csrf_matches(request.cookies.get(sessions.CSRF_COOKIE), form.get("csrf_token")):  # type: ignore[arg-type]
        return _sign_in_page(request, N_("The form has expired. Please sign in again."), 403, username)
    try:
        cookie = sessions.sign_in(storage_of(request), username, password, sessions.client_address(request))
    except sessions.SignInRefused as refused:
        if refused.reason == "too_many":
            return _sign_in_page(
                request,
                N_("Too many failed sign-ins. Try again in %(minutes)s min."),
                429,
                username,
                minutes=refused.retry_minutes,
            )
        if refused.reason == "not_reviewer":
            return _sign_in_page(
                request, N_("This site is for reviewers. Enterprises send reports with SCP Desktop."), 403, username
            )
        return _sign_in_page(request, N_("Wrong user name or password."), 401, username)
    response = redirect(local_path(text_field(form, "next", 2000)))
    response.set_cookie(
        sessions.COOKIE,
        cookie,
        httponly=True,
        samesite="lax",
        path=sessions.PATH,
        secure=sessions.is_https(request),
        max_age=int(sessions.LIFETIME.total_seconds()),
    )
    response.delete_cookie(sessions.CSRF_COOKIE, path=sessions.PATH)
    return response


@router.post("/sign-out")
async def sign_out(request: Request) -> Response:
    found = sessions.current(storage_of(request), request.cookies.get(sessions.COOKIE))
    if found is not None:
        await checked_form(request, found.csrf_token)
        sessions.sign_out(storage_of(request), request.cookies.get(sessions.COOKIE))
    response = redirect("/review/")
    response.delete_cookie(sessions.COOKIE, path=sessions.PATH)
    return response


@router.get("/language")
def language(request: Request, to: str = "vi", next: str = "/review/") -> Response:
    response = redirect(local_path(next))
    if to in LANGUAGES:
        response.set_cookie(
            sessions.LANGUAGE_COOKIE,
            to,
            samesite="lax",
            path=sessions.PATH,
            secure=sessions.is_https(request),
            max_age=365 * 86400,
        )
    return response


# -- the queue --------------------------------------------------------------------------------------
def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def queue_filter(request: Request, session: sessions.WebSession) -> queue.QueueFilter:
    q = request.query_params
    known_forms = set(RECORD_KINDS) | set(schemes_of(request))
    default_state = "verified" if review_levels(request) == 2 and session.who.is_national else "received"
    state = q.get("state", default_state)
    try:
        number = max(1, int(q.get("page", "1")))
    except ValueError:
        number = 1
    return queue.QueueFilter(
        state=state if state in queue.STATES else "",
        form=q.get("form", "") if q.get("form", "") in known_forms else "",
        period=q.get("period", "").strip()[:7],
        province=q.get("province", "") if session.who.is_national else "",
        sector=q.get("sector", "").strip()[:5],
        organization=q.get("organization", "").strip()[:200],
        received_from=_date(q.get("from")),
        received_to=_date(q.get("to")),
        sort=q.get("sort", "received") if q.get("sort", "received") in queue.SORTS else "received",
        descending=q.get("order") == "desc",
        page=number,
    )


def queue_page(request: Request, session: sessions.WebSession) -> Response:
    where = queue_filter(request, session)
    scope = submissions.scope_of(session.who)
    storage = storage_of(request)
    with storage.read() as db:
        counted = queue.counts(db, where, scope)
        rows = queue.page(db, where, scope)
    t = texts(request)
    total = queue.total(counted, where.state)
    pages = max(1, -(-total // queue.PAGE))
    ref, known = reference_of(request), schemes_of(request)
    items = [
        {
            **row,
            "form_title": assessment_view.form_title(row["form"], t, known),
            "province_name": _province_name(ref, row["province"]),
            "due": queue.working_days_after(row["received_at"], VERIFY_WITHIN_WORKING_DAYS)
            if row["state"] == "received"
            else None,
        }
        for row in rows
    ]
    return page(
        request,
        "queue.html",
        session,
        where=where,
        counts=counted,
        total=total,
        pages=pages,
        items=items,
        states=queue.STATES,
        state_names=STATE_NAMES,
        forms=_forms(t, known),
        provinces=_provinces(ref),
        sorts=list(queue.SORTS),
        page_size=queue.PAGE,
    )


def schemes_of(request: Request) -> dict[str, assessment_view.Scheme]:
    """The self-assessment forms of the criteria sets this server knows (bundled and published)."""
    return assessment_view.schemes(request.app.state.reference.current().documents)


def _forms(t: Texts, known: dict[str, assessment_view.Scheme]) -> list[tuple[str, str]]:
    """The queue's form filter: the record kinds, then the self-assessments by title (drafts said so)."""
    draft = t.msg(assessment_view.DRAFT_SUFFIX)
    assessments = [
        (form, assessment_view.form_title(form, t, known) + (draft if scheme.draft else ""))
        for form, scheme in known.items()
    ]
    return [(code, render.form_title(code, t)) for code in RECORD_KINDS] + sorted(assessments, key=lambda f: f[1])


def _provinces(ref: Any) -> list[tuple[str, str]]:
    return sorted(((p.code, p.name) for p in ref.provinces.values()), key=lambda p: p[0])


def _province_name(ref: Any, code: str | None) -> str:
    province = ref.provinces.get(code or "")
    return province.name if province else (code or "")


# -- one submission ---------------------------------------------------------------------------------
def _in_scope(request: Request, session: sessions.WebSession, submission_id: str) -> Any:
    """The submission, or 404 — the same page whether it does not exist or lies outside the scope."""
    with storage_of(request).read_one() as db:
        row = repo.find(db, submission_id, submissions.scope_of(session.who))
    if row is None:
        raise WebError(404, N_("There is no such report."))
    return row


def actions_for(state: str, session: sessions.WebSession, levels: int) -> list[str]:
    """The decisions this reviewer may take on a report in this state (the form's button values)."""
    found = []
    for value, decision in DECISIONS.items():
        try:
            if state in submissions.reviewable_from(decision, session.who, levels):  # type: ignore[arg-type]
                found.append(value)
        except ApiError:
            continue
    return found


@router.get("/submissions/{submission_id}")
def submission_page(
    request: Request, submission_id: str, session: ReviewerSession, error: str = "", done: str = ""
) -> Response:
    return _submission(request, session, submission_id, error=error, done=done)


def _submission(
    request: Request,
    session: sessions.WebSession,
    submission_id: str,
    status: int = 200,
    error: str = "",
    done: str = "",
    typed_comment: str = "",
    typed_fields: dict[int, tuple[str, str]] | None = None,
) -> Response:
    """The page of one submission: what record reports and self-assessments share, then their own parts."""
    row = _in_scope(request, session, submission_id)
    storage, t = storage_of(request), texts(request)
    scope = submissions.scope_of(session.who)
    with storage.read() as db:
        organization = queue.organization_row(db, row["tax_code"])
        history = repo.history(db, submission_id)
        files = repo.listed_attachments(db, submission_id)
        flags = repo.flags_of(db, submission_id)
        previous = repo.find(db, row["supersedes"], scope) if row["supersedes"] else None
        chain = queue.sibling_states(db, row["tax_code"], row["form"], row["period"], scope)
    shared = {
        "row": row,
        "organization": organization,
        "province_name": _province_name(reference_of(request), organization["province"] if organization else None),
        "history": history,
        "attachments": [(f["sha256"], f["size"]) for f in files],
        "previous": previous,
        "chain": chain,
        "actions": actions_for(row["state"], session, review_levels(request)),
        "state_names": STATE_NAMES,
        "due": queue.working_days_after(row["received_at"], VERIFY_WITHIN_WORKING_DAYS),
        "error": error,
        "done": done,
        "typed_comment": typed_comment,
        "typed_fields": typed_fields or {},
    }
    if assessment_view.is_assessment(row["form"]):
        return page(request, "assessment.html", session, status, **shared, **_assessment(request, row, previous, t))
    return page(request, "submission.html", session, status, **shared, **_record_report(request, row, previous,
                                                                                      flags, t))  # fmt: skip


def _record_report(request: Request, row: Any, previous: Any, flags: list[Any], t: Texts) -> dict[str, Any]:
    payload, ref = row["payload"], reference_of(request)
    return {
        "form_title": render.form_title(row["form"], t),
        "columns": render.columns(RECORD_KINDS[row["form"]], t),
        "rows": render.table(payload, ref, t, row["field_comments"]),
        "comment_fields": render.comment_choices(payload, t),
        "other_comments": _other_field_comments(row["field_comments"], payload),
        "flags": [
            (render.FLAG_TITLES.get(f["code"], f["code"]), f["field"], render.flag_text(f["code"], f["detail"], t))
            for f in flags
        ],
        "changes": render.diff(previous["payload"], payload, ref, t) if previous else [],
        "measure": row["measure"],
        "intensity": row["intensity"],
    }


def _assessment(request: Request, row: Any, previous: Any, t: Texts) -> dict[str, Any]:
    payload = row["payload"]
    named = payload.get("criteria") or {}
    criteria = request.app.state.reference.criteria(str(named.get("id")), str(named.get("version")))
    blocks = assessment_view.sections(payload, criteria, t, row["field_comments"], reference_of(request).waste_streams)
    shown = {c.id for block in blocks for c in block.rows}
    kind = ORG_KINDS.get((payload.get("organization") or {}).get("kind") or "")
    draft = criteria is not None and criteria.is_draft
    return {
        "form_title": assessment_view.form_title(row["form"], t, schemes_of(request)),
        "known_set": criteria is not None,
        "scheme_title": bilingual(criteria.title, t.language) if criteria else str(named.get("id")),
        "draft": draft,
        "draft_label": t.msg(assessment_view.DRAFT_SET),
        "draft_notice": t.msg(assessment_view.DRAFT_NOTICE),
        "set_note": bilingual(criteria.note, t.language) if criteria and criteria.note else "",
        "org_kind": t.msg(kind) if kind else "—",
        "verdict": assessment_view.verdict(payload, criteria, t),
        "blocks": blocks,
        "criteria_count": len(shown),
        "sources": assessment_view.sources(criteria, t),
        "other_comments": [(k, v) for k, v in (row["field_comments"] or {}).items() if k not in shown],
        "evidence": list(assessment_view.evidence_files(payload).values()),
        "size_text": lambda size: assessment_view.size_text(size, t),
        "level_label": t.msg(assessment_view.LEVEL),
        "changes": assessment_view.diff(previous["payload"], payload, criteria, t) if previous else [],
    }


def _other_field_comments(comments: dict[str, str] | None, payload: dict[str, Any]) -> list[tuple[str, str]]:
    """Per-field comments that name no record field of this payload (the period, the facility…)."""
    count = len(payload.get("records", []))
    shown = {render.field_path(i, f) for i, fields in render.record_comments(comments).items() if i < count
             for f in fields}  # fmt: skip
    return [(p, c) for p, c in (comments or {}).items() if p not in shown]


@router.post("/submissions/{submission_id}")
async def decide(request: Request, submission_id: str, session: ReviewerSession) -> Response:
    form = await checked_form(request, session.csrf_token)
    row = _in_scope(request, session, submission_id)
    decision = DECISIONS.get(text_field(form, "decision", 20))
    comment = text_field(form, "comment", submissions.MAX_FIELD_COMMENT * 2)
    typed = _typed_fields(form)
    if decision is None:
        return _submission(request, session, submission_id, 422, error=N_("Choose a decision."),
                           typed_comment=comment, typed_fields=typed)  # fmt: skip
    if assessment_view.is_assessment(row["form"]):
        field_comments = assessment_view.comments_from_form(typed)
    else:
        field_comments = render.paths_from_form(row["payload"], typed)
    try:
        submissions.review(
            storage_of(request),
            request.app.state.reference,
            session.who,
            submission_id,
            decision,
            comment,  # type: ignore[arg-type]
            field_comments,
            review_levels(request),
        )
    except ApiError as refused:
        reasons = {
            "REQUIRED": N_("Say in the comment why the report is returned."),
            "NOT_REVIEWABLE": N_("Someone else has decided on this report meanwhile, or it was corrected."),
            "NATIONAL_ONLY": N_("Only a national (MOIT) reviewer accepts a verified report."),
            "UNKNOWN_FIELD": N_("A comment names a field or criterion this report does not have."),
        }
        code = refused.errors[0]["code"] if refused.errors else refused.code
        reason = reasons.get(code) or reasons.get(refused.code) or N_("The decision could not be recorded.")
        status = 404 if refused.status == 404 else refused.status
        return _submission(request, session, submission_id, status, error=reason, typed_comment=comment,
                           typed_fields=typed)  # fmt: skip
    return redirect(f"/review/submissions/{submission_id}?done={decision}")


def _typed_fields(form: Any) -> dict[int, tuple[str, str]]:
    """The per-field comments of a decision form by row: (fc_field_<n>, fc_text_<n>)."""
    typed: dict[int, tuple[str, str]] = {}
    for key in form:
        if key.startswith("fc_text_") and key[8:].isdigit():
            index = int(key[8:])
            typed[index] = (
                text_field(form, f"fc_field_{index}", 100),
                text_field(form, key, submissions.MAX_FIELD_COMMENT),
            )
    return typed


@router.get("/submissions/{submission_id}/files/{sha256}")
def evidence(request: Request, submission_id: str, sha256: str, session: ReviewerSession) -> Response:
    row = _in_scope(request, session, submission_id)
    with storage_of(request).read_one() as db:
        listed = sha256 in repo.attachments_of(db, submission_id)
    path = storage_of(request).attachment_path(sha256) if listed else None
    if path is None or not path.is_file():
        raise WebError(404, N_("There is no such file."))
    with path.open("rb") as handle:
        head = handle.read(8)
    media, inline = _media_type(head)
    names = {e["sha256"]: e["file_name"] for e in (row["payload"] or {}).get("evidence") or ()}
    headers = {
        **SECURITY_HEADERS,
        "Content-Security-Policy": "sandbox",
        "Content-Disposition": _disposition("inline" if inline else "attachment", sha256, media, names.get(sha256)),
    }
    return FileResponse(path, media_type=media, headers=headers)


def _disposition(kind: str, sha256: str, media: str, name: str | None) -> str:
    """The file under the name the enterprise gave it (an assessment's evidence), else by its hash; the
    name is UTF-8 (RFC 6266), with a plain-ASCII one for old browsers."""
    fallback = f"{sha256[:12]}{_extension(media)}"
    if not name:
        return f'{kind}; filename="{fallback}"'
    plain = unicodedata.normalize("NFKD", name.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode()
    plain = "".join(c for c in plain if c.isprintable() and c not in '"\\') or fallback
    return f"{kind}; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"


def _media_type(head: bytes) -> tuple[str, bool]:
    """Opened in the browser only when it is a PDF or an image by its own first bytes; else downloaded."""
    if head.startswith(b"%PDF"):
        return "application/pdf", True
    if head.startswith(b"\x89PNG"):
        return "image/png", True
    if head.startswith(b"\xff\xd8\xff"):
        return "image/jpeg", True
    return "application/octet-stream", False


def _extension(media: str) -> str:
    return {"application/pdf": ".pdf", "image/png": ".png", "image/jpeg": ".jpg"}.get(media, ".bin")
