"""Eco-innovation projects brought by an archive, on a real workspace file."""

from scp_desktop.store.eco_projects import EcoProjectRepository
from tests.store.conftest import TAX

CREATED = "2024-05-06T07:08:09.010Z"


def test_an_imported_project_keeps_its_creation_time_as_its_key(plant) -> None:
    org = plant.organization(TAX)
    projects = EcoProjectRepository(plant.db)
    assert not projects.exists(org.id, CREATED)
    with plant.transaction("import"):
        project_id = projects.insert_imported(org.id, "Giảm nước", "Lan", "Minh", 2023, None, CREATED)
    assert projects.exists(org.id, CREATED)
    assert not projects.exists(org.id, "2024-05-06T07:08:09.011Z")
    assert not projects.exists(org.id + 1, CREATED)
    stored = projects.get(project_id)
    assert {k: stored[k] for k in ("org_id", "title", "consultant", "client_representative", "baseline_year",
                                   "assessment_id", "created_at", "tax_code")} == {
        "org_id": org.id, "title": "Giảm nước", "consultant": "Lan", "client_representative": "Minh",
        "baseline_year": 2023, "assessment_id": None, "created_at": CREATED, "tax_code": TAX,
    }  # fmt: skip
