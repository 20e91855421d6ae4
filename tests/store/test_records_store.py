"""Natural keys, overlap refusal and the audit trail, on a real workspace file."""

import datetime as dt
import sqlite3

import pytest

from scp_desktop.domain.messages import DomainError, ValidationFailed
from scp_desktop.domain.records import BAGS, ENERGY, PRODUCTION, WATER, RecordQuery
from scp_desktop.store.audit import os_user
from scp_desktop.store.records import INDEX_WALK_ROWS, Outcome, ProductOutput
from scp_desktop.store.schema import BAG_LOG_INDEXES
from tests.store.conftest import TAX


def save_energy(ws, period: str, quantity: str, fuel: str = "electricity", unit: str = "kWh"):
    return ws.save_record(
        ENERGY, TAX, {"facility": "NM01", "period": period, "fuel": fuel, "quantity": quantity, "unit": unit}
    )


def test_same_key_replaces_never_adds(plant) -> None:
    assert save_energy(plant, "2025-01", "1000")[0] is Outcome.CREATED
    assert save_energy(plant, "2025-01", "1000")[0] is Outcome.UNCHANGED
    assert save_energy(plant, "2025-01", "1500")[0] is Outcome.REPLACED
    rows = plant.db.execute("SELECT quantity FROM energy_use").fetchall()
    assert rows == [(1500.0,)]


def test_year_beside_its_months_is_refused(plant) -> None:
    save_energy(plant, "2025-01", "1000")
    with pytest.raises(DomainError) as caught:
        save_energy(plant, "2025", "12000")
    assert caught.value.field == "period"
    assert "overlaps 2025-01" in caught.value.render()
    with pytest.raises(DomainError):
        save_energy(plant, "2025-Q1", "3000")
    save_energy(plant, "2025", "12", fuel="do", unit="t")  # another fuel is another key
    save_energy(plant, "2024", "11000")  # another year does not overlap


def test_audit_log_records_field_changes_with_user(plant) -> None:
    save_energy(plant, "2025-01", "1000")
    save_energy(plant, "2025-01", "1500")
    changes = plant.db.execute(
        "SELECT table_name, record_key, action, field, old_value, new_value, os_user, source FROM audit_log "
        "WHERE table_name = 'energy_use' ORDER BY id"
    ).fetchall()
    assert changes[0][2] == "insert"
    assert changes[1] == (
        "energy_use",
        "0300588569/NM01/2025-01/electricity",
        "update",
        "quantity",
        1000.0,
        1500.0,
        os_user(),
        "cli",  # the source a service is not told otherwise
    )
    assert len(changes) == 2  # unchanged fields are not logged


def test_organization_edits_are_audited(plant) -> None:
    org = plant.organization(TAX)
    with plant.transaction("cli"):
        plant.organizations.update(org.__class__(**{**org.__dict__, "name": "Dệt Mới"}))
    row = plant.db.execute(
        "SELECT field, old_value, new_value FROM audit_log WHERE table_name = 'organizations' AND action = 'update'"
    ).fetchone()
    assert row == ("name", "Dệt Thử", "Dệt Mới")


def test_failed_save_writes_nothing(plant) -> None:
    before = plant.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(ValidationFailed) as caught:
        plant.save_record(WATER, TAX, {"facility": "NM01", "period": "2025-01", "quantity_m3": "-4"})
    assert caught.value.issues[0].field == "quantity_m3"
    assert plant.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before
    assert plant.db.execute("SELECT count(*) FROM water_use").fetchone()[0] == 0


def test_duplicate_organization_and_facility_are_refused(plant) -> None:
    with pytest.raises(DomainError, match="already exists"):
        plant.add_organization(tax_code=TAX, name="Other", kind="other", province="01")
    with pytest.raises(DomainError, match="already has a facility"):
        plant.add_facility(TAX, code="NM01", name="Again", kind="plant")


def test_jump_over_ten_times_last_year_warns_but_saves(plant) -> None:
    save_energy(plant, "2024-03", "1000")
    outcome, issues = save_energy(plant, "2025-03", "20000")
    assert outcome is Outcome.CREATED
    assert [i.field for i in issues] == ["quantity"] and not issues[0].is_error


def _bag_rows(facility_id: int, days: range, nonbio: int) -> list[tuple]:
    return [
        (facility_id, f"2024-{1 + d // 28:02d}-{1 + d % 28:02d}", 100, nonbio, 0.6, 0, 0, 0, 0, 0, None) for d in days
    ]


@pytest.mark.parametrize("expected_rows", [0, 10_000])  # kept up row by row / rebuilt once at the end
def test_bulk_bag_save_counts_and_keeps_the_key_index(ws, expected_rows: int) -> None:
    ws.add_organization(tax_code="0100234562", name="Siêu thị", kind="supermarket", province="01")
    ws.add_facility("0100234562", code="ST01", name="Cửa hàng 1", kind="store")
    store = ws.facility_ids(ws.organization("0100234562"))["ST01"]
    with ws.transaction("test"):
        first = ws.records.bulk_save_bags(_bag_rows(store, range(50), 120), expected_rows)
    with ws.transaction("test"):
        second = ws.records.bulk_save_bags(
            _bag_rows(store, range(40), 120) + _bag_rows(store, range(40, 60), 90), expected_rows
        )
    assert (first.created, first.replaced, first.unchanged) == (50, 0, 0)
    assert (second.created, second.replaced, second.unchanged) == (10, 10, 40)
    plan = " ".join(
        str(row) for row in ws.db.execute("EXPLAIN QUERY PLAN SELECT count(*) FROM bag_log WHERE facility_id = 1")
    )
    assert "bag_log_keys" in plan
    for name in BAG_LOG_INDEXES:
        assert ws.db.execute(f"SELECT count(*) FROM bag_log INDEXED BY {name}").fetchone()[0] == 60
    assert ws.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("descending", [False, True])
def test_a_large_log_sorted_by_a_figure_reads_its_index_in_the_same_order(ws, descending: bool) -> None:
    """Over INDEX_WALK_ROWS rows, a page sorted by bags is read by walking that figure's index; the pages
    (the first, one past the middle read backwards, the last) hold the rows a full sort puts there."""
    ws.add_organization(tax_code="0100234562", name="Siêu thị", kind="supermarket", province="01")
    for n in range(1, 4):
        ws.add_facility("0100234562", code=f"ST0{n}", name=f"Cửa hàng {n}", kind="store")
    ws.add_organization(tax_code="0300588569", name="Chợ khác", kind="market", province="79")
    ws.add_facility("0300588569", code="CH01", name="Chợ", kind="store")  # another organization's log
    ids = ws.facility_ids(ws.organization("0100234562"))
    other = ws.facility_ids(ws.organization("0300588569"))["CH01"]
    rows = [
        (facility, (dt.date(1990, 1, 1) + dt.timedelta(days=d)).isoformat(), 100, (d * 7919) % 500, 0.6,
         0, 0, 0, 0, 0, None)
        for facility in (*ids.values(), other)
        for d in range(20_000)
    ]  # fmt: skip
    with ws.transaction("test"):
        ws.records.bulk_save_bags(rows, len(rows))
    org_id = ws.organization("0100234562").id
    query = RecordQuery(BAGS, org_id, sort="nonbio_count", descending=descending)
    total = ws.records.count(query)
    assert total == 60_000 >= INDEX_WALK_ROWS and ws.records._walks_sort_index(query, total)
    mine = sorted(
        ((n, code, day) for code, fid in ids.items() for fid2, day, _, n, *_ in rows if fid2 == fid),
        reverse=descending,
    )  # the expected order, from the rows as written: figure, then store code (ids follow codes), then day
    for offset in (0, 30_100, total - 256):
        page = ws.records.fetch(query, offset, 256, total)
        columns = BAGS.columns
        got = [(r[columns.index("nonbio_count")], r[columns.index("store")], r[columns.index("date")]) for r in page]
        assert got == mine[offset : offset + 256]
    select = ws.records._select(BAGS, "CROSS JOIN")
    where, params = ws.records._where(query)
    plan = " ".join(
        str(r)
        for r in ws.db.execute(
            f"EXPLAIN QUERY PLAN {select} WHERE {where} ORDER BY {', '.join(ws.records._order(query))} LIMIT 256",
            params,
        )
    )
    assert "bag_log_by_nonbio_count" in plan and "TEMP B-TREE" not in plan  # fmt: skip


def test_a_count_within_a_time_budget_is_exact_or_none_and_the_connection_stays_usable(ws) -> None:
    ws.add_organization(tax_code="0100234562", name="Siêu thị", kind="supermarket", province="01")
    ws.add_facility("0100234562", code="ST01", name="Cửa hàng 1", kind="store")
    store = ws.facility_ids(ws.organization("0100234562"))["ST01"]
    rows = [
        (store, str(dt.date(1900, 1, 1) + dt.timedelta(days=d)), 1, 1, 0.1, 0, 0, 0, 0, 0, None) for d in range(40_000)
    ]
    with ws.transaction("test"):
        ws.records.bulk_save_bags(rows, len(rows))
    query = RecordQuery(BAGS, ws.organization("0100234562").id)
    assert ws.records.count_within(query, 10.0) == 40_000
    assert ws.records.count_within(query, 0.0) is None  # stopped at SQLite's first look at the clock
    assert ws.records.count(query) == 40_000  # no handler left behind
    before = ws.records.version()
    assert ws.records.version() == before  # reading changes nothing
    with ws.transaction("test"):
        ws.records.bulk_save_bags([(store, "2000-01-01", 1, 1, 0.1, 0, 0, 0, 0, 0, None)])
    after_own = ws.records.version()
    assert after_own != before  # a write on this connection
    other = sqlite3.connect(ws.path)
    with other:
        other.execute("UPDATE bag_log SET transactions = 2 WHERE date = '2000-01-01'")
    other.close()
    assert ws.records.version() != after_own  # a commit by another connection


# -- the queries reports and duties read -----------------------------------------------------------
def save_row(ws, kind, **values: str) -> None:
    ws.save_record(kind, TAX, {"facility": "NM01", **values})


def test_energy_periods_are_the_years_records_with_their_months(plant) -> None:
    save_energy(plant, "2025-01", "1000")
    save_energy(plant, "2025-02", "1100")
    save_energy(plant, "2025", "12", fuel="do", unit="t")
    save_energy(plant, "2024-12", "900")  # another year
    facility_id = plant.organizations.facilities(plant.organization(TAX).id)[0].id
    assert sorted(plant.records.energy_periods(facility_id, 2025)) == [
        ("do", 24300, 24311),
        ("electricity", 24300, 24300),
        ("electricity", 24301, 24301),
    ]
    assert plant.records.energy_periods(facility_id, 2023) == []


def test_energy_cost_sums_only_the_stated_costs(plant) -> None:
    save_row(plant, ENERGY, period="2025-01", fuel="electricity", quantity="1000", unit="kWh", cost_vnd="2000000")
    save_row(plant, ENERGY, period="2025-02", fuel="electricity", quantity="1100", unit="kWh", cost_vnd="2100000")
    save_row(plant, ENERGY, period="2025-03", fuel="electricity", quantity="1200", unit="kWh")
    save_row(plant, ENERGY, period="2025", fuel="do", quantity="12", unit="t")  # no cost stated: no entry
    save_row(plant, ENERGY, period="2024-12", fuel="electricity", quantity="900", unit="kWh", cost_vnd="1")
    facility_id = plant.organizations.facilities(plant.organization(TAX).id)[0].id
    assert plant.records.energy_cost_by_fuel(facility_id, 2025) == {"electricity": 4100000.0}


def test_output_by_product_sums_the_year_by_product_and_unit(plant) -> None:
    save_row(plant, PRODUCTION, period="2025-01", product="Vải", quantity="100", unit="m", value_vnd="5000000")
    save_row(plant, PRODUCTION, period="2025-02", product="Vải", quantity="150", unit="m")
    save_row(plant, PRODUCTION, period="2025-01", product="Chỉ", quantity="20", unit="kg", value_vnd="100")
    save_row(plant, PRODUCTION, period="2025-03", product="Sợi", quantity="10", unit="kg")
    save_row(plant, PRODUCTION, period="2024-12", product="Vải", quantity="999", unit="m", value_vnd="1")
    facility_id = plant.organizations.facilities(plant.organization(TAX).id)[0].id
    assert plant.records.output_by_product(facility_id, 2025) == [
        ProductOutput("Chỉ", "kg", 20.0, 100.0, 1),
        ProductOutput("Sợi", "kg", 10.0, None, 0),
        ProductOutput("Vải", "m", 250.0, 5000000.0, 1),
    ]


def test_an_import_mapping_is_remembered_per_organization_kind_and_layout(plant) -> None:
    org_id = plant.organization(TAX).id
    with plant.transaction("import"):
        plant.records.remember_mapping(org_id, "energy", "ky|nhien lieu", '{"columns": {"Kỳ": "period"}}')
    assert plant.records.remembered_mapping(org_id, "energy", "ky|nhien lieu") == '{"columns": {"Kỳ": "period"}}'
    assert plant.records.remembered_mapping(org_id, "water", "ky|nhien lieu") is None
    assert plant.records.remembered_mapping(org_id, "energy", "ky") is None
    with plant.transaction("import"):
        plant.records.remember_mapping(org_id, "energy", "ky|nhien lieu", '{"columns": {}}')
    assert plant.records.remembered_mapping(org_id, "energy", "ky|nhien lieu") == '{"columns": {}}'
    rows = plant.db.execute("SELECT kind, layout, mapping, updated_at FROM import_mappings").fetchall()
    assert [row[:3] for row in rows] == [("energy", "ky|nhien lieu", '{"columns": {}}')]
    assert rows[0][3].endswith("+00:00")  # an aware UTC time
