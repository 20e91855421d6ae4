"""A realistic demo workspace: what each kind of user would have after two years of use.

Deterministic (seeded), relative to today so the dashboards always show recent
years, and idempotent: running it again replaces the same records.
"""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from scp_desktop.domain.organizations import edit_facility, new_facility, new_organization
from scp_desktop.domain.periods import Period
from scp_desktop.domain.records import CP_OPTIONS, ENERGY, MATERIALS, PRODUCTION, WASTE, WATER, RecordKind
from scp_desktop.domain.taxcode import check_digit
from scp_desktop.services.workspace import Workspace


def demo_tax_code(head: int) -> str:
    """A valid tax code whose first nine digits are `head` or the next ones that have a check digit."""
    while True:
        nine = f"{head:09d}"
        digit = check_digit(nine)
        if digit is not None:
            return nine + str(digit)
        head += 1


@dataclass(frozen=True)
class DemoOrg:
    head: int
    name: str
    kind: str
    province: str
    sector: str
    facilities: tuple[tuple[str, str, str], ...]  # code, name, kind
    address: str


ORGS = (
    DemoOrg(
        30058856,
        "Công ty CP Dệt may Phương Nam (mẫu)",
        "manufacturer",
        "79",
        "C13",
        (("NM01", "Nhà máy dệt nhuộm Tân Tạo", "plant"),),
        "Lô 12, KCN Tân Tạo, TP. Hồ Chí Minh",
    ),
    DemoOrg(
        20161278,
        "Công ty TNHH Thép Duyên Hải (mẫu)",
        "manufacturer",
        "31",
        "C24",
        (("LT01", "Nhà máy luyện thép Đình Vũ", "plant"),),
        "KCN Đình Vũ, Hải Phòng",
    ),
    DemoOrg(
        10023456,
        "Công ty CP Siêu thị Xanh Hà Nội (mẫu)",
        "supermarket",
        "01",
        "G47",
        (
            ("ST01", "Siêu thị Xanh Cầu Giấy", "store"),
            ("ST02", "Siêu thị Xanh Hoàng Mai", "store"),
            ("ST03", "Siêu thị Xanh Long Biên", "store"),
        ),
        "125 Trần Duy Hưng, Hà Nội",
    ),
    DemoOrg(
        40045678,
        "Ban quản lý Chợ Hàn (mẫu)",
        "market",
        "48",
        "G47",
        (("CHO01", "Chợ Hàn", "market"),),
        "119 Trần Phú, Đà Nẵng",
    ),
    DemoOrg(  # registered in Hồ Chí Minh City (its tax code says so), its plant in Đồng Nai
        30612345,
        "Công ty TNHH Bao bì Nhựa Bình Minh (mẫu, khách hàng tư vấn)",
        "manufacturer",
        "79",
        "C22",
        (("NM01", "Xưởng ép màng Nhơn Trạch", "plant"),),
        "45 Nguyễn Thị Minh Khai, Quận 1, TP. Hồ Chí Minh",
    ),
    DemoOrg(
        40187654,
        "Công ty CP Bia Sông Hàn (mẫu, khách hàng tư vấn)",
        "manufacturer",
        "48",
        "C11",
        (("NM01", "Nhà máy bia Hòa Khánh", "plant"),),
        "KCN Hòa Khánh, Đà Nẵng",
    ),
)

DEMO_PROFILES: dict[int, dict[str, str]] = {
    30058856: {
        "energy_manager": "Trần Thị Mai",
        "energy_manager_certificate": "QLNL-HCM-0457, 18/03/2022",
        "capacity": "15.000 tấn vải/năm",
        "main_products": "Vải dệt kim, vải nhuộm",
        "last_energy_audit": "2023-09-15",
    },
    20161278: {
        "energy_manager": "Phạm Văn Hùng",
        "energy_manager_certificate": "QLNL-HP-0112, 02/11/2021",
        "capacity": "500.000 tấn phôi/năm",
        "main_products": "Phôi thép lò điện hồ quang",
        "last_energy_audit": "2022-11-20",
        "sec_norm": "steel_eaf_billet",
    },
    30612345: {"province": "Đồng Nai", "address": "KCN Nhơn Trạch 3, Đồng Nai"},  # its plant is outside HCMC
}

# Monthly energy per demo plant: fuel → (mean quantity, unit).
PLANT_ENERGY: dict[str, dict[str, tuple[float, str]]] = {
    "C13": {"electricity": (2_400_000, "kWh"), "fo": (180, "t"), "biomass": (420, "t")},
    "C24": {"electricity": (28_000_000, "kWh"), "coke": (5_200, "t"), "natural_gas": (900, "1000m3")},
    "C22": {"electricity": (650_000, "kWh"), "do": (12_000, "L")},
    "C11": {"electricity": (900_000, "kWh"), "coal_3_4": (380, "t"), "lpg": (6, "t")},
}
PLANT_OUTPUT: dict[str, tuple[str, float, str]] = {
    "C13": ("Vải thành phẩm", 1_150, "t"),
    "C24": ("Phôi thép", 42_000, "t"),
    "C22": ("Màng nhựa PE", 540, "t"),
    "C11": ("Bia các loại", 6_800_000, "L"),
}
PLANT_MATERIAL: dict[str, tuple[str, float]] = {
    "C13": ("Sợi cotton", 1_260),
    "C24": ("Thép phế liệu", 46_500),
    "C22": ("Hạt nhựa PE", 565),
    "C11": ("Malt", 950),
}
PLANT_WATER_M3 = {"C13": 95_000, "C24": 160_000, "C22": 6_000, "C11": 38_000}
PLANT_WASTE: dict[str, list[tuple[str, str, float]]] = {
    "C13": [
        ("textile", "recycled", 38),
        ("textile", "landfilled", 6),
        ("domestic", "composted", 9),
        ("domestic", "landfilled", 5),
        ("hazardous", "treated_other", 2.5),
    ],
    "C24": [
        ("steel_scrap", "recycled", 1_900),
        ("steel_scrap", "stored", 60),
        ("industrial_non_hazardous", "reused", 5_200),
        ("industrial_non_hazardous", "landfilled", 2_100),
        ("waste_oil", "recycled", 3.2),
        ("waste_oil", "incinerated", 0.3),
    ],
    "C22": [("plastic", "recycled", 21), ("plastic", "landfilled", 2.8), ("paper", "recycled", 3.5)],
    "C11": [
        ("food", "composted", 310),
        ("glass", "recycled", 24),
        ("paper", "recycled", 11),
        ("domestic", "landfilled", 4),
    ],
}
CP_REGISTER: dict[str, list[dict[str, Any]]] = {
    "C13": [
        dict(
            code="CP01",
            process_step="Nhuộm",
            category="good_housekeeping",
            description="Sửa rò rỉ hơi và van nước nóng",
            feasibility="implement_now",
            status="implemented",
            investment_vnd=45_000_000,
            annual_savings_vnd=310_000_000,
            savings_t=95.0,
        ),
        dict(
            code="CP02",
            process_step="Lò hơi",
            category="equipment_modification",
            description="Thu hồi nhiệt nước thải nhuộm",
            feasibility="implement_now",
            status="implemented",
            investment_vnd=1_200_000_000,
            annual_savings_vnd=640_000_000,
            savings_kwh=0.0,
            savings_t=210.0,
        ),
        dict(
            code="CP03",
            process_step="Hoàn tất",
            category="technology_change",
            description="Máy văng sấy tiết kiệm năng lượng",
            feasibility="study_further",
            status="proposed",
            investment_vnd=6_500_000_000,
            annual_savings_vnd=1_100_000_000,
            savings_kwh=1_400_000.0,
        ),
    ],
    "C24": [
        dict(
            code="CP01",
            process_step="Lò điện hồ quang",
            category="better_process_control",
            description="Tối ưu chế độ cấp điện lò",
            feasibility="implement_now",
            status="implemented",
            investment_vnd=800_000_000,
            annual_savings_vnd=4_200_000_000,
            savings_kwh=9_500_000.0,
        ),
        dict(
            code="CP02",
            process_step="Cán",
            category="onsite_recovery_reuse",
            description="Thu hồi vảy cán làm nguyên liệu",
            feasibility="implement_now",
            status="in_progress",
            investment_vnd=2_300_000_000,
            annual_savings_vnd=1_500_000_000,
            savings_t=3_100.0,
        ),
    ],
    "C22": [
        dict(
            code="GP01",
            process_step="Ép màng",
            category="onsite_recovery_reuse",
            description="Tái chế biên màng tại chỗ",
            feasibility="implement_now",
            status="implemented",
            investment_vnd=350_000_000,
            annual_savings_vnd=420_000_000,
            savings_t=48.0,
        ),
        dict(
            code="GP02",
            process_step="Ép màng",
            category="equipment_modification",
            description="Biến tần cho động cơ máy đùn",
            feasibility="implement_now",
            status="planned",
            investment_vnd=600_000_000,
            annual_savings_vnd=260_000_000,
            savings_kwh=310_000.0,
        ),
    ],
    "C11": [
        dict(
            code="GP01",
            process_step="Nấu",
            category="equipment_modification",
            description="Thu hồi hơi thứ nồi nấu",
            feasibility="implement_now",
            status="implemented",
            investment_vnd=1_900_000_000,
            annual_savings_vnd=880_000_000,
            savings_t=160.0,
        ),
        dict(
            code="GP02",
            process_step="Chiết chai",
            category="good_housekeeping",
            description="Giảm nước rửa chai",
            feasibility="implement_now",
            status="implemented",
            investment_vnd=60_000_000,
            annual_savings_vnd=150_000_000,
            savings_m3=21_000.0,
        ),
    ],
}


def _season(month: int) -> float:
    """Higher energy in the hot months, a dip around Tết."""
    return 1.0 + 0.08 * math.sin((month - 4) / 12 * 2 * math.pi) - (0.12 if month in (1, 2) else 0.0)


def _months(years: list[int], today: dt.date) -> Iterator[Period]:
    for year in years:
        for month in range(1, 13):
            period = Period.month(year, month)
            if period.last_day < today:  # complete months only
                yield period


def _save(ws: Workspace, kind: RecordKind, facility_id: int, values: dict[str, Any]) -> None:
    fields = {spec.name: None for spec in kind.fields}
    ws.records.save(kind, facility_id, {**fields, **values})


def _plant(ws: Workspace, org: DemoOrg, facility_id: int, years: list[int], rng: random.Random, today: dt.date) -> None:
    sector = org.sector
    for period in _months(years, today):
        progress = (period.start_month - years[0] * 12) / 36.0  # efficiency improves over time
        month = period.start_month % 12 + 1
        load = _season(month) * rng.uniform(0.95, 1.05)
        for fuel, (mean, unit) in PLANT_ENERGY[sector].items():
            quantity = round(mean * load * (1.0 - 0.06 * progress), 1)
            extra = {"ncv_gj_per_t": 13.5} if fuel == "biomass" else {}
            _save(
                ws, ENERGY, facility_id, {"period": period, "fuel": fuel, "quantity": quantity, "unit": unit, **extra}
            )
        product, out_mean, out_unit = PLANT_OUTPUT[sector]
        _save(
            ws,
            PRODUCTION,
            facility_id,
            {
                "period": period,
                "product": product,
                "quantity": round(out_mean * load * rng.uniform(0.97, 1.03)),
                "unit": out_unit,
            },
        )
        _save(
            ws,
            WATER,
            facility_id,
            {"period": period, "quantity_m3": round(PLANT_WATER_M3[sector] * load * (1 - 0.05 * progress))},
        )
        material, mat_mean = PLANT_MATERIAL[sector]
        _save(
            ws,
            MATERIALS,
            facility_id,
            {"period": period, "material": material, "quantity_t": round(mat_mean * load, 1)},
        )
        for stream, route, tonnes in PLANT_WASTE[sector]:
            _save(
                ws,
                WASTE,
                facility_id,
                {
                    "period": period,
                    "stream": stream,
                    "route": route,
                    "quantity_t": round(tonnes * rng.uniform(0.9, 1.1), 2),
                },
            )
    for option in CP_REGISTER[sector]:
        _save(ws, CP_OPTIONS, facility_id, option)


def _bag_days(start: dt.date, end: dt.date) -> Iterator[dt.date]:
    day = start
    while day <= end:
        yield day
        day += dt.timedelta(days=1)


def _bag_rows(
    facility_id: int,
    years: list[int],
    per_transaction: dict[int, float],
    base_transactions: int,
    rng: random.Random,
    today: dt.date,
) -> Iterator[tuple[Any, ...]]:
    for year in years:
        last = min(dt.date(year, 12, 31), today - dt.timedelta(days=1))
        for day in _bag_days(dt.date(year, 1, 1), last):
            weekend = day.weekday() >= 5
            transactions = int(base_transactions * (1.35 if weekend else 1.0) * rng.uniform(0.85, 1.15))
            rate = per_transaction[year] * rng.uniform(0.9, 1.1)
            nonbio = int(transactions * rate)
            bio = int(transactions * max(0.0, 0.9 - rate) * 0.6) if year > 2010 else 0
            paper = int(transactions * 0.05) if year > 2010 else 0
            reusable = int(transactions * 0.01) if year > 2015 else 0
            yield (
                facility_id,
                day.isoformat(),
                transactions,
                nonbio,
                round(nonbio * 0.006, 2),
                bio,
                round(bio * 0.008, 2),
                paper,
                round(paper * 0.02, 2),
                reusable,
                None,
            )


def fill_demo(ws: Workspace, today: dt.date | None = None) -> list[str]:
    """Create or refresh the demo organizations; returns their tax codes."""
    today = today or dt.date.today()
    years = [today.year - 2, today.year - 1, today.year]
    rng = random.Random(76)
    codes = []
    with ws.transaction("demo"):
        for demo in ORGS:
            tax_code = demo_tax_code(demo.head)
            codes.append(tax_code)
            org = ws.organizations.by_tax_code(tax_code)
            if org is None:
                draft, _ = new_organization(
                    ws.ref,
                    tax_code=tax_code,
                    name=demo.name,
                    kind=demo.kind,
                    province=demo.province,
                    sector=demo.sector,
                    address=demo.address,
                )
                org = ws.organizations.add(draft)
                assert org.id is not None
                for code, name, kind in demo.facilities:
                    ws.organizations.add_facility(new_facility(org.id, code=code, name=name, kind=kind))
                profile = DEMO_PROFILES.get(demo.head)
                if profile:  # what an annual energy report asks of the first plant
                    plant = ws.organizations.facilities(org.id)[0]
                    ws.organizations.update_facility(edit_facility(plant, ws.ref, today, **profile)[0])
            ids = ws.facility_ids(org)
            if demo.kind == "manufacturer":
                _plant(ws, demo, ids[demo.facilities[0][0]], years, rng, today)
            else:
                _retail(ws, demo, ids, years, rng, today)
    from scp_desktop.services.eco_demo import fill_demo_project

    fill_demo_project(ws, demo_tax_code(30612345), years[0])  # the consultant's client
    return codes


def _retail(
    ws: Workspace, demo: DemoOrg, ids: dict[str, int], years: list[int], rng: random.Random, today: dt.date
) -> None:
    market = demo.kind == "market"
    # Non-biodegradable bags per transaction: 2010 baseline, then the reduction programme.
    rates = {2010: 1.45 if market else 1.30}
    for offset, year in enumerate(years):
        rates[year] = (0.80 - 0.06 * offset) if market else (0.58 - 0.07 * offset)
    for facility_id in ids.values():
        base = 900 if market else rng.choice((1_050, 1_250, 1_400))
        ws.records.bulk_save_bags(_bag_rows(facility_id, [2010, *years], rates, base, rng, today))
        for period in _months(years, today):
            month = period.start_month % 12 + 1
            kwh = round((60_000 if market else 145_000) * _season(month) * rng.uniform(0.95, 1.05))
            _save(ws, ENERGY, facility_id, {"period": period, "fuel": "electricity", "quantity": kwh, "unit": "kWh"})
            _save(
                ws,
                WASTE,
                facility_id,
                {
                    "period": period,
                    "stream": "plastic",
                    "route": "recycled",
                    "quantity_t": round(rng.uniform(1.2, 1.8), 2),
                },
            )
            _save(
                ws,
                WASTE,
                facility_id,
                {
                    "period": period,
                    "stream": "paper",
                    "route": "recycled",
                    "quantity_t": round(rng.uniform(2.0, 3.0), 2),
                },
            )
            _save(
                ws,
                WASTE,
                facility_id,
                {
                    "period": period,
                    "stream": "food",
                    "route": "composted",
                    "quantity_t": round(rng.uniform(3.0, 6.0) * (2 if market else 1), 2),
                },
            )
            _save(
                ws,
                WASTE,
                facility_id,
                {
                    "period": period,
                    "stream": "domestic",
                    "route": "landfilled",
                    "quantity_t": round(rng.uniform(1.5, 2.5), 2),
                },
            )
