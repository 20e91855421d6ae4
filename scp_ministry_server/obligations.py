"""Reporting obligations (who must report what by when) and period locks, for the command line and
the administrators' pages alike.

- A key energy user's Mẫu 1.1 for year N is due on 15 January of N+1 (Circular 25/2020/TT-BCT Art. 5;
  the date is the reference data's `annual_energy_report` duty). The users come from the list the
  Prime Minister or a province publishes, imported per year from XLSX or CSV.
- Supermarkets' and markets' bag reports are monthly. No regulation sets their deadline: the
  ministry chooses the day of the following month, and the obligation says so.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, insert, select, update

from scp_desktop.domain.periods import parse_period
from scp_desktop.domain.reference import ReferenceData, fold_name
from scp_desktop.domain.taxcode import normalize_tax_code
from scp_ministry_server.storage import Storage, insert_new, tables
from scp_ministry_server.storage import obligations as standing
from scp_ministry_server.storage.types import utc_now

VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")
ENERGY_DUTY = "annual_energy_report"
BAG_KINDS = ("supermarket", "market")
MAX_LIST_BYTES = 20 * 2**20
HEADERS = {  # a column of the published list → our field (names folded: no diacritics, lower case)
    "tax_code": ("tax_code", "tax code", "mst", "ma so thue", "ma so doanh nghiep"),
    "name": ("name", "ten", "ten co so", "ten doanh nghiep", "ten don vi"),
    "province": ("province", "tinh", "tinh/thanh pho", "tinh thanh pho", "dia phuong"),
    "sector": ("sector", "nganh", "ma nganh", "vsic"),
    "kind": ("kind", "loai"),
}


def due_at(day: dt.date) -> dt.datetime:
    """The end of the due day in Viet Nam: a report received before then is on time."""
    return dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), VIETNAM).astimezone(dt.UTC)


def energy_due(year: int, ref: ReferenceData) -> tuple[dt.date, str]:
    """The due date of year `year`'s annual energy report, and its source, from the reference data."""
    duty = next(d for d in ref.documents["obligations"]["duties"] if d["code"] == ENERGY_DUTY)
    source = ref.documents["obligations"]["sources"][duty["source"]]["vi"]
    return dt.date(year + 1, duty["due"]["month"], duty["due"]["day"]), source


def _periods(period: str) -> tuple[str, str | None]:
    parsed = parse_period(period)
    year = str(parsed.first_year)
    if parsed.kind.name == "MONTH":
        quarter = (parsed.start_month % 12) // 3 + 1
        return year, f"{year}-Q{quarter}"
    return year, None


def obligation_row(tax_code: str, form: str, period: str, due: dt.date, source: str, actor: str) -> dict[str, Any]:
    year, quarter = _periods(period)
    return {"tax_code": tax_code, "form": form, "period": parse_period(period).code, "year_period": year,
            "quarter_period": quarter, "due_date": due, "due_at": due_at(due), "source": source,
            "created_at": utc_now(), "created_by": actor}  # fmt: skip


# -- the published list of key energy users ---------------------------------------------------------
@dataclass
class ListImport:
    organizations_added: int = 0
    obligations_added: int = 0
    already: int = 0
    errors: list[str] = field(default_factory=list)  # "line 4: …", nothing imported when any


def read_table(content: bytes, filename: str) -> list[dict[str, str]]:
    """Rows of a CSV (UTF-8, BOM allowed; comma or semicolon) or XLSX file, keyed by our field names;
    a title above the header is skipped (the header is the first row naming a tax code)."""
    if len(content) > MAX_LIST_BYTES:
        raise ValueError("the file is larger than 20 MB")
    if filename.lower().endswith(".xlsx"):
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(content), read_only=True, data_only=True).worksheets[0]
        grid = [["" if v is None else str(v).strip() for v in row] for row in sheet.iter_rows(values_only=True)]
    else:
        text = content.decode("utf-8-sig")
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t") if text.strip() else csv.excel
        grid = [[cell.strip() for cell in row] for row in csv.reader(io.StringIO(text), dialect)]
    names = {alias: ours for ours, aliases in HEADERS.items() for alias in aliases}
    for start, header in enumerate(grid):
        fields = [names.get(fold_name(cell)) for cell in header]
        if "tax_code" in fields:
            return [
                {f: row[i] for i, f in enumerate(fields) if f and i < len(row)} | {"_line": str(start + n + 2)}
                for n, row in enumerate(grid[start + 1 :])
                if any(row)
            ]
    raise ValueError("no header row naming the tax code (mã số thuế) was found")


def import_energy_list(
    storage: Storage, ref: ReferenceData, year: int, rows: list[dict[str, str]], list_name: str, actor: str
) -> ListImport:
    """Each listed key energy user owes year `year`'s Mẫu 1.1 by 15 January of the next year. An
    organization the server does not know is registered from the list's name, province and sector.
    All or nothing: any bad row imports nothing and is named by its line."""
    result = ListImport()
    due, legal = energy_due(year, ref)
    source = f"{list_name} · {legal}"
    organizations: dict[str, dict[str, Any]] = {}
    for row in rows:
        line = row.get("_line", "?")
        try:
            tax_code = normalize_tax_code(row.get("tax_code", ""))
        except ValueError:
            result.errors.append(f"line {line}: “{row.get('tax_code', '')}” is not a tax code")
            continue
        organizations[tax_code] = row
    known = storage.known_organizations(organizations)
    new: list[dict[str, Any]] = []
    for tax_code, row in organizations.items():
        if tax_code in known:
            continue
        province = ref.find_province(row.get("province", "")) if row.get("province") else None
        if not row.get("name") or province is None:
            result.errors.append(f"line {row.get('_line')}: {tax_code} is not registered: give its name and province")
            continue
        sector = ref.normalize_sector(row["sector"]) if row.get("sector") else None
        new.append({"tax_code": tax_code, "name": row["name"], "province": ref.current_province_for(province).code,
                    "sector": sector, "kind": row.get("kind") or "manufacturer", "created_at": utc_now()})  # fmt: skip
    if result.errors:
        return result
    with storage.write() as db:
        if new:
            db.execute(insert(tables.organizations), new)
        for tax_code in organizations:
            row = obligation_row(tax_code, "energy", str(year), due, source, actor)
            added = insert_new(db, tables.obligations, row, "tax_code", "form", "period")
            result.obligations_added += added
            result.already += not added
        standing.refresh_all(db, str(year), "energy")
        result.organizations_added = len(new)
        Storage.audit(db, actor, "obligations.import", f"energy/{year}",
                      {"list": list_name, "rows": len(rows), "added": result.obligations_added})  # fmt: skip
    return result


def add_bag_obligations(storage: Storage, year: int, due_day: int, actor: str) -> int:
    """Every supermarket's and market's twelve monthly bag reports of `year`, each due on day `due_day`
    of the following month (the ministry's choice: no regulation sets it). The number added."""
    if not 1 <= due_day <= 28:
        raise ValueError("the due day must be between 1 and 28")
    org = tables.organizations
    source = f"Báo cáo túi ni lông hằng tháng, hạn ngày {due_day} tháng sau (do Bộ Công Thương quy định)"
    added = 0
    with storage.write() as db:
        stores = db.execute(select(org.c.tax_code).where(org.c.kind.in_(BAG_KINDS))).scalars().all()
        for tax_code in stores:
            for month in range(1, 13):
                following = dt.date(year + month // 12, month % 12 + 1, due_day)
                row = obligation_row(tax_code, "bags", f"{year}-{month:02d}", following, source, actor)
                added += insert_new(db, tables.obligations, row, "tax_code", "form", "period")
        standing.refresh_all(db, str(year), "bags")
        Storage.audit(db, actor, "obligations.bags", str(year), {"due_day": due_day, "added": added})
    return added


def obligation_summary(storage: Storage) -> list[dict[str, Any]]:
    o = tables.obligations
    with storage.read_one() as db:
        rows = db.execute(
            select(o.c.form, o.c.year_period, func.count(), func.min(o.c.due_date), func.max(o.c.due_date))
            .group_by(o.c.form, o.c.year_period)
            .order_by(o.c.year_period.desc(), o.c.form)
        ).all()
    return [{"form": r[0], "year": r[1], "count": r[2], "first_due": r[3], "last_due": r[4]} for r in rows]


# -- period locks -----------------------------------------------------------------------------------
def add_lock(
    storage: Storage, form: str, period: str, province: str | None, locked_from: dt.datetime, reason: str, actor: str
) -> int:
    code = parse_period(period).code
    if not reason.strip():
        raise ValueError("say why the period is locked (the enterprise sees it)")
    with storage.write() as db:
        lock_id = db.execute(
            insert(tables.period_locks)
            .values(form=form, period=code, province=province, locked_from=locked_from, reason=reason.strip(),
                    created_by=actor, created_at=utc_now())
            .returning(tables.period_locks.c.id)
        ).scalar_one()  # fmt: skip
        Storage.audit(db, actor, "lock.add", f"{form}/{code}", {"province": province, "reason": reason})
    return int(lock_id)


def lift_lock(storage: Storage, lock_id: int, actor: str) -> None:
    lock = tables.period_locks
    with storage.write() as db:
        db.execute(update(lock).where(lock.c.id == lock_id, lock.c.lifted_at.is_(None)).values(lifted_at=utc_now()))
        Storage.audit(db, actor, "lock.lift", str(lock_id))


def grant_exception(storage: Storage, lock_id: int, tax_code: str, until: dt.date, reason: str, actor: str) -> None:
    if not reason.strip():
        raise ValueError("say why the exception is granted")
    with storage.write() as db:
        db.execute(
            insert(tables.lock_exceptions).values(lock_id=lock_id, tax_code=tax_code, until=due_at(until),
                                                  reason=reason.strip(), granted_by=actor, granted_at=utc_now())
        )  # fmt: skip
        Storage.audit(db, actor, "lock.exception", str(lock_id), {"organization": tax_code, "until": until.isoformat()})


def locks(storage: Storage, province: str | None = None) -> list[dict[str, Any]]:
    """Locks not lifted, with their exceptions; a provincial reviewer sees the national ones and theirs."""
    lock, x, org = tables.period_locks, tables.lock_exceptions, tables.organizations
    query = select(lock).where(lock.c.lifted_at.is_(None)).order_by(lock.c.locked_from.desc())
    if province:
        query = query.where((lock.c.province.is_(None)) | (lock.c.province == province))
    with storage.read() as db:
        found = [dict(r) for r in db.execute(query).mappings()]
        for item in found:
            exceptions = (
                select(x.c.tax_code, x.c.until, x.c.reason, x.c.granted_by, x.c.granted_at, org.c.name, org.c.province)
                .join(org, org.c.tax_code == x.c.tax_code)
                .where(x.c.lock_id == item["id"])
                .order_by(x.c.granted_at)
            )
            item["exceptions"] = [
                dict(r) for r in db.execute(exceptions).mappings() if not province or r["province"] == province
            ]
    return found
