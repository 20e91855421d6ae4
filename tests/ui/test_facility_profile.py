"""A facility's profile (what the annual energy report asks) edited on the Organizations page."""

from tests.ui.conftest import TEXTILE, page


def test_an_officer_fills_in_the_plants_profile(qtbot, window) -> None:
    window.ctx.set_organization(TEXTILE)
    orgs = page(window, "organizations")
    orgs.table.selectRow(0)
    assert orgs.code.text() == "NM01" and orgs.code.isReadOnly() and orgs.save_button.isEnabled()
    orgs.manager.setText("Võ Thị Lan")
    orgs.certificate.setText("QLNL-0999, 01/02/2024")
    orgs.last_audit.setText("31/12/2099")  # in the future: refused at the form
    orgs.save_facility()
    assert "tương lai" in orgs.facility_error.text()
    facility = window.ctx.workspace.organizations.facilities(window.ctx.organization.id)[0]
    assert facility.energy_manager != "Võ Thị Lan"  # nothing half-saved
    orgs.last_audit.setText("15/09/2023")
    orgs.province.setCurrentIndex(orgs.province.findData("75"))  # the plant lies in Đồng Nai
    orgs.norm.setCurrentIndex(orgs.norm.findData("steel_eaf_billet"))
    orgs.ghg_listed.setChecked(True)
    orgs.save_facility()
    assert orgs.facility_error.text() == "Đã lưu."
    facility = window.ctx.workspace.organizations.facilities(window.ctx.organization.id)[0]
    assert (facility.energy_manager, facility.energy_manager_certificate) == ("Võ Thị Lan", "QLNL-0999, 01/02/2024")
    assert (facility.last_energy_audit, facility.province_code, facility.sec_norm) == (
        "2023-09-15",
        "75",
        "steel_eaf_billet",
    )
    assert facility.ghg_listed
    orgs.table.clearSelection()
    orgs.table.selectRow(0)
    assert orgs.last_audit.text() == "15/09/2023" and orgs.manager.text() == "Võ Thị Lan"
