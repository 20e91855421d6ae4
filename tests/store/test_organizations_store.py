"""Organizations, facilities and baselines read by id, on a real workspace file."""

from scp_desktop.domain.organizations import Organization
from tests.store.conftest import TAX


def test_an_organization_by_its_id(plant) -> None:
    org_id = plant.organization(TAX).id
    assert plant.organizations.get(org_id) == Organization(
        tax_code=TAX, name="Dệt Thử", kind="manufacturer", province_code="79", id=org_id
    )
    assert plant.organizations.get(org_id + 1) is None


def test_a_facility_by_its_id(plant) -> None:
    stored = plant.organizations.facilities(plant.organization(TAX).id)[0]
    found = plant.organizations.facility(stored.id)
    assert (found.code, found.name, found.kind, found.ghg_listed) == ("NM01", "Nhà máy", "plant", False)
    assert plant.organizations.facility(stored.id + 1) is None


def test_baselines_are_the_chosen_years_only(plant) -> None:
    org_id = plant.organization(TAX).id
    assert plant.organizations.baselines(org_id) == {}
    plant.set_baseline(TAX, "energy", 2022)
    plant.set_baseline(TAX, "bags", 2019)
    plant.set_baseline(TAX, "bags", None)  # back to the default: not stored
    assert plant.organizations.baselines(org_id) == {"energy": 2022}
