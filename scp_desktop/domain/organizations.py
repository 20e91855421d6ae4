"""Organizations (enterprises) and their facilities or stores."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Day, DomainError, Issue, Listing, Msg, Severity
from scp_desktop.domain.numbers import parse_date
from scp_desktop.domain.reference import CodeList, ReferenceData
from scp_desktop.domain.taxcode import normalize_tax_code
from scp_desktop.domain.text import clean_text

ORG_KINDS: dict[str, Msg] = {
    "manufacturer": QT_TRANSLATE_NOOP("OrgKind", "Manufacturer"),
    "supermarket": QT_TRANSLATE_NOOP("OrgKind", "Supermarket or mall"),
    "market": QT_TRANSLATE_NOOP("OrgKind", "Traditional market"),
    "industrial-park": QT_TRANSLATE_NOOP("OrgKind", "Industrial park or cluster"),
    "distributor": QT_TRANSLATE_NOOP("OrgKind", "Distributor"),
    "other": QT_TRANSLATE_NOOP("OrgKind", "Other"),
}

FACILITY_KINDS: dict[str, Msg] = {
    "plant": QT_TRANSLATE_NOOP("FacilityKind", "Plant"),
    "store": QT_TRANSLATE_NOOP("FacilityKind", "Store"),
    "market": QT_TRANSLATE_NOOP("FacilityKind", "Market"),
    "building": QT_TRANSLATE_NOOP("FacilityKind", "Building"),
    "warehouse": QT_TRANSLATE_NOOP("FacilityKind", "Warehouse"),
    "other": QT_TRANSLATE_NOOP("FacilityKind", "Other"),
}

NAME_REQUIRED = QT_TRANSLATE_NOOP("Organization", "The name is required.")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("Organization", "The name is longer than {max} characters.")
UNKNOWN_KIND = QT_TRANSLATE_NOOP("Organization", "Unknown kind “{kind}”. Choose one of: {known}.")
UNKNOWN_PROVINCE = QT_TRANSLATE_NOOP(
    "Organization", "“{text}” is not a province or city of Viet Nam (name or 2-digit code)."
)
FORMER_PROVINCE = QT_TRANSLATE_NOOP(
    "Organization", "{former} was merged into {current} on 1 July 2025; {current} is used."
)
BECAME_CITY = QT_TRANSLATE_NOOP(
    "Organization",
    "{former} became the centrally-run city of {current} on 1 January 2025 (Resolution 175/2024/QH15); "
    "{current} is used.",
)
UNKNOWN_SECTOR = QT_TRANSLATE_NOOP(
    "Organization", "“{text}” is not a VSIC 2018 code: give a section letter (C) or a division (13, C1311)."
)
BAD_EMAIL = QT_TRANSLATE_NOOP("Organization", "“{text}” is not an e-mail address.")
BAD_FACILITY_CODE = QT_TRANSLATE_NOOP(
    "Facility", "A facility code has 1–20 letters, digits, “-” or “_”; found “{text}”."
)

MAX_NAME = 300
_FACILITY_CODE = re.compile(r"^[A-Za-z0-9_-]{1,20}$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class Organization:
    tax_code: str
    name: str
    kind: str
    province_code: str
    sector: str | None = None
    address: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    contact_email: str = ""
    id: int | None = None


@dataclass(frozen=True)
class Facility:
    org_id: int
    code: str
    name: str
    kind: str
    address: str = ""
    id: int | None = None
    # The profile an annual energy report asks for; empty is "not entered", left blank in reports.
    province_code: str = ""  # its Department of Industry and Trade; empty: the organization's province
    energy_manager: str = ""
    energy_manager_certificate: str = ""  # number and date of the energy manager's certificate
    capacity: str = ""  # as the facility states it, e.g. "12.000 tấn vải/năm"
    main_products: str = ""
    last_energy_audit: str = ""  # ISO date of the last energy audit
    ghg_listed: bool = False  # on the Prime Minister's published list of GHG-inventory facilities
    sec_norm: str = ""  # code of the MOIT specific-energy-consumption norm it is measured against


def _require_name(name: str) -> str:
    name = clean_text(name or "", "name")
    if not name:
        raise DomainError(NAME_REQUIRED, "name")
    if len(name) > MAX_NAME:
        raise DomainError(NAME_TOO_LONG(max=MAX_NAME), "name")
    return name


def _require_kind(kind: str, known: dict[str, Msg], names: CodeList | None = None) -> str:
    """A kind by its code, or (with the code list) by its Vietnamese or English name or an alias."""
    text = (kind or "").strip()
    code = text.lower().replace("_", "-")
    if code not in known and names is not None:
        code = names.find(text) or code
    if code not in known:
        listing = names.names() if names is not None else Listing(tuple(known.values()))
        raise DomainError(UNKNOWN_KIND(kind=text, known=listing), "kind")
    return code


def resolve_province(text: str, ref: ReferenceData) -> tuple[str, list[Issue]]:
    """The current province code for a name or code; a former province maps with a warning."""
    province = ref.find_province(text or "")
    if province is None:
        raise DomainError(UNKNOWN_PROVINCE(text=text), "province")
    if province.current:
        return province.code, []
    current = ref.current_province_for(province)
    message = BECAME_CITY if province.became_city_on else FORMER_PROVINCE
    note = message(former=province.name, current=current.name)
    return current.code, [Issue("province", note, Severity.WARNING)]


def new_organization(
    ref: ReferenceData,
    *,
    tax_code: str,
    name: str,
    kind: str,
    province: str,
    sector: str | None = None,
    address: str = "",
    contact_name: str = "",
    contact_phone: str = "",
    contact_email: str = "",
) -> tuple[Organization, list[Issue]]:
    """Validate and normalize user input; raises DomainError on the first blocking mistake."""
    province_code, notes = resolve_province(province, ref)
    normalized_sector = None
    if sector and sector.strip():
        normalized_sector = ref.normalize_sector(sector)
        if normalized_sector is None:
            raise DomainError(UNKNOWN_SECTOR(text=sector), "sector")
    email = (contact_email or "").strip()
    if email and not _EMAIL.match(email):
        raise DomainError(BAD_EMAIL(text=email), "contact_email")
    org = Organization(
        tax_code=normalize_tax_code(tax_code),
        name=_require_name(name),
        kind=_require_kind(kind, ORG_KINDS, ref.org_kinds),
        province_code=province_code,
        sector=normalized_sector,
        address=clean_text(address or "", "address"),
        contact_name=clean_text(contact_name or "", "contact_name"),
        contact_phone=clean_text(contact_phone or "", "contact_phone"),
        contact_email=clean_text(email, "contact_email"),
    )
    return org, notes


ORGANIZATION_FIELDS = (
    "name",
    "kind",
    "province",
    "sector",
    "address",
    "contact_name",
    "contact_phone",
    "contact_email",
)


def edit_organization(org: Organization, ref: ReferenceData, **changes: Any) -> tuple[Organization, list[Issue]]:
    """The organization with its name, kind, province, sector, address or contact changed, checked as a
    new one is; the tax code is its identity and never changes. Raises DomainError at the field."""
    unknown = set(changes) - set(ORGANIZATION_FIELDS)
    if unknown:
        raise TypeError(f"not an organization field: {', '.join(sorted(unknown))}")
    current = {
        "name": org.name,
        "kind": org.kind,
        "province": org.province_code,
        "sector": org.sector,
        "address": org.address,
        "contact_name": org.contact_name,
        "contact_phone": org.contact_phone,
        "contact_email": org.contact_email,
    }
    edited, notes = new_organization(ref, tax_code=org.tax_code, **{**current, **changes})
    return dataclasses.replace(edited, id=org.id), notes


# Facilities whose customers take carrier bags: the bag log is kept per store or market, never per plant.
BAG_OWNER_KINDS = frozenset({"store", "market"})
BAG_ORG_KINDS = frozenset({"supermarket", "market"})


def logs_bags(org: Organization, facilities: list[Facility]) -> bool:
    """Whether bags concern this organization: a retailer or market, or anyone with a store."""
    return org.kind in BAG_ORG_KINDS or any(f.kind in BAG_OWNER_KINDS for f in facilities)


PROFILE_TEXT = ("energy_manager", "energy_manager_certificate", "capacity", "main_products", "address")
BAD_AUDIT_DATE = QT_TRANSLATE_NOOP("Facility", "The last energy audit cannot be in the future ({date}).")
UNKNOWN_NORM = QT_TRANSLATE_NOOP("Facility", "“{code}” is not a MOIT energy norm. Known: {known}.")
TOO_LONG_TEXT = QT_TRANSLATE_NOOP("Facility", "At most {max} characters.")


def edit_facility(
    facility: Facility, ref: ReferenceData, today: dt.date, **changes: Any
) -> tuple[Facility, list[Issue]]:
    """The facility with its name, kind or profile changed, each value checked; raises DomainError at the field.

    `province` is a name or code (empty: the organization's own); `last_energy_audit` a date; `sec_norm`
    the code of a norm of the reference data (empty: none); the rest free text.
    """
    values: dict[str, Any] = {}
    notes: list[Issue] = []
    if "name" in changes:
        values["name"] = _require_name(changes["name"])
    if "kind" in changes:
        values["kind"] = _require_kind(changes["kind"], FACILITY_KINDS, ref.facility_kinds)
    if "province" in changes:
        text = (changes["province"] or "").strip()
        if text:
            values["province_code"], notes = resolve_province(text, ref)
        else:
            values["province_code"] = ""
    for name in PROFILE_TEXT:
        if name in changes:
            text = " ".join((changes[name] or "").split())
            if len(text) > MAX_NAME:
                raise DomainError(TOO_LONG_TEXT(max=MAX_NAME), name)
            values[name] = text
    if "last_energy_audit" in changes:
        text = (changes["last_energy_audit"] or "").strip()
        day = parse_date(text) if text else None
        if day is not None and day > today:
            raise DomainError(BAD_AUDIT_DATE(date=Day(day)), "last_energy_audit")
        values["last_energy_audit"] = day.isoformat() if day else ""
    if "ghg_listed" in changes:
        values["ghg_listed"] = bool(changes["ghg_listed"])
    if "sec_norm" in changes:
        code = (changes["sec_norm"] or "").strip()
        if code and code not in ref.energy_norms:
            known = Listing(tuple(ref.energy_norms))
            raise DomainError(UNKNOWN_NORM(code=code, known=known), "sec_norm")
        values["sec_norm"] = code
    return dataclasses.replace(facility, **values), notes


def new_facility(
    org_id: int, *, code: str, name: str, kind: str, address: str = "", kinds: CodeList | None = None
) -> Facility:
    code = (code or "").strip()
    if not _FACILITY_CODE.match(code):
        raise DomainError(BAD_FACILITY_CODE(text=code), "code")
    return Facility(
        org_id=org_id,
        code=code,
        name=_require_name(name),
        kind=_require_kind(kind, FACILITY_KINDS, kinds),
        address=clean_text(address or "", "address"),
    )
