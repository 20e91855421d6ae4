"""Report lifecycle: finalize freezes and locks, a correction supersedes and unlocks."""

import datetime as dt
import json
import uuid
from pathlib import Path

import pytest

from scp_desktop.domain.messages import DomainError
from scp_desktop.domain.records import ENERGY
from scp_desktop.domain.reports import content_sha256
from scp_desktop.services.importer import ImportRejected, import_csv
from scp_desktop.services.reports import correct, finalize, status
from tests.conftest import write_csv

TAX = "0300588569"


@pytest.fixture
def plant(ws):
    ws.add_organization(tax_code=TAX, name="Dệt", kind="manufacturer", province="79")
    ws.add_facility(TAX, code="NM01", name="Nhà máy", kind="plant")
    for month in (1, 2, 3):
        ws.save_record(
            ENERGY,
            TAX,
            {
                "facility": "NM01",
                "period": f"2025-{month:02d}",
                "fuel": "electricity",
                "quantity": str(1000 * month),
                "unit": "kWh",
            },
        )
    return ws


def energy(ws, period: str, quantity: str):
    return ws.save_record(
        ENERGY, TAX, {"facility": "NM01", "period": period, "fuel": "electricity", "quantity": quantity, "unit": "kWh"}
    )


def test_finalize_freezes_the_period_and_locks_its_records(plant) -> None:
    submission = finalize(plant, "energy", TAX, "2025-Q1")
    assert uuid.UUID(submission).version == 4
    report = plant.reports.all()[0]
    assert (report["state"], report["period"], report["kind"]) == ("finalized", "2025-Q1", "energy")
    payload = json.loads(plant.db.execute("SELECT payload FROM reports").fetchone()[0])
    assert [r["quantity"] for r in payload["records"]] == [1000.0, 2000.0, 3000.0]
    assert report["content_sha256"] == content_sha256(payload)
    with pytest.raises(DomainError, match="finalized report"):
        energy(plant, "2025-02", "2500")
    energy(plant, "2025-04", "4000")  # outside the report: still editable
    with pytest.raises(DomainError, match="already finalized"):
        finalize(plant, "energy", TAX, "2025-Q1")


def test_correction_supersedes_and_unlocks(plant) -> None:
    first = finalize(plant, "energy", TAX, "2025-Q1")
    draft = correct(plant, "energy", TAX, "2025-Q1")
    energy(plant, "2025-02", "2500")  # editable again
    current = status(plant, "energy", TAX, "2025-Q1")
    assert current is not None and current.state.value == "draft" and current.supersedes == first
    second = finalize(plant, "energy", TAX, "2025-Q1")
    assert second == draft
    reports = plant.reports.all()
    assert [(r["submission_id"], r["state"], r["superseded_by"]) for r in reports] == [
        (first, "finalized", draft),
        (draft, "finalized", None),
    ]
    assert reports[0]["content_sha256"] != reports[1]["content_sha256"]
    with pytest.raises(DomainError):
        energy(plant, "2025-02", "2600")


def test_nothing_to_finalize_and_nothing_to_correct(plant) -> None:
    with pytest.raises(DomainError, match="no energy records"):
        finalize(plant, "energy", TAX, "2024")
    with pytest.raises(DomainError, match="No finalized energy report"):
        correct(plant, "energy", TAX, "2025")


def test_the_hash_is_over_canonical_json() -> None:
    a = {"b": 1, "a": [1, 2], "c": "Hà Nội"}
    assert content_sha256(a) == content_sha256(dict(reversed(list(a.items()))))


def test_import_into_a_finalized_period_is_refused(plant, tmp_path: Path) -> None:
    finalize(plant, "energy", TAX, "2025")
    path = write_csv(tmp_path / "e.csv", "facility,period,fuel,quantity,unit", ["NM01,2025-05,electricity,9,kWh"])
    with pytest.raises(ImportRejected) as caught:
        import_csv(plant, "energy", path, TAX)
    assert "finalized report" in caught.value.problems[0].message.render()


def test_bag_import_respects_a_finalized_store_month(ws, tmp_path: Path) -> None:
    ws.add_organization(tax_code="0100234562", name="Siêu thị", kind="supermarket", province="01")
    ws.add_facility("0100234562", code="ST01", name="Cửa hàng", kind="store")
    header = "store,date,transactions,nonbio_count,nonbio_kg,bio_count,bio_kg,paper_count,paper_kg,reusable_sold"
    import_csv(
        ws, "bags", write_csv(tmp_path / "a.csv", header, ["ST01,2025-01-05,100,50,0.3,0,0,0,0,0"]), "0100234562"
    )
    finalize(ws, "bags", "0100234562", "2025-01", "ST01")
    rows = ["ST01,2025-01-06,100,50,0.3,0,0,0,0,0", "ST01,2025-02-06,100,50,0.3,0,0,0,0,0"]
    with pytest.raises(ImportRejected) as caught:
        import_csv(ws, "bags", write_csv(tmp_path / "b.csv", header, rows), "0100234562")
    assert [(p.line, p.column) for p in caught.value.problems] == [(2, "date")]


def test_cli_finalize_and_outbox(cli, tmp_path: Path) -> None:
    cli("org", "add", "--tax-code", TAX, "--name", "Dệt", "--kind", "manufacturer", "--province", "79")
    cli("facility", "add", "--org", TAX, "--code", "NM01", "--name", "Nhà máy", "--kind", "plant")
    path = write_csv(tmp_path / "w.csv", "facility,period,quantity_m3", ["NM01,2025-01,4000", "NM01,2025-02,4100"])
    assert cli("import", "water", str(path), "--org", TAX).code == 0
    result = cli("finalize", "water", "--org", TAX, "--period", "2025", "--facility", "NM01")
    assert result.code == 0 and uuid.UUID(result.out.strip())
    outbox = json.loads(cli("outbox", "--json").out)
    assert [(r["kind"], r["period"], r["state"], r["facility"]) for r in outbox] == [
        ("water", "2025", "finalized", "NM01")
    ]
    again = cli("finalize", "water", "--org", TAX, "--period", "2025", "--facility", "NM01")
    assert again.code == 2 and "already finalized" in again.err


def test_overlapping_reports_of_one_store_are_refused(ws, tmp_path: Path) -> None:
    """Finding 3: a store's March, its quarter, its year, and the organization's March and year, each finalized,
    would send March's bags five times. Only the first is finalized; another store's March is a report of its own."""
    chain = "0100234562"
    ws.add_organization(tax_code=chain, name="Siêu thị", kind="supermarket", province="01")
    for store in ("ST01", "ST02"):
        ws.add_facility(chain, code=store, name=store, kind="store")
    header = "store,date,transactions,nonbio_count,nonbio_kg,bio_count,bio_kg,paper_count,paper_kg,reusable_sold"
    rows = [f"{s},2025-03-0{d},1000,400,2,0,0,0,0,0" for s in ("ST01", "ST02") for d in range(1, 6)]
    import_csv(ws, "bags", write_csv(tmp_path / "b.csv", header, rows), chain, today=dt.date(2025, 12, 31))
    finalize(ws, "bags", chain, "2025-03", "ST01")
    for period, facility in (("2025-Q1", "ST01"), ("2025", "ST01"), ("2025-03", None), ("2025", None)):
        with pytest.raises(DomainError, match="would reach the ministry twice") as refused:
            finalize(ws, "bags", chain, period, facility)
        assert refused.value.field == "period" and "2025-03 of 0100234562/ST01" in refused.value.message.render()
    finalize(ws, "bags", chain, "2025-03", "ST02")
    assert [(r["period"], r["facility"]) for r in ws.reports.all()] == [("2025-03", "ST01"), ("2025-03", "ST02")]
    correction = correct(ws, "bags", chain, "2025-03", "ST01")  # a correction supersedes: it is no overlap
    assert finalize(ws, "bags", chain, "2025-03", "ST01") == correction


def test_every_report_kind_has_a_builder_and_a_cli_choice() -> None:
    from scp_desktop.pdf.reports import RECORD_REPORTS
    from scp_desktop.services.report_kinds import REPORT_KINDS

    assert set(RECORD_REPORTS) | {"assessment", "eco-innovation"} == set(REPORT_KINDS)
