"""Field labels and units as translatable messages: shared by the screens, the exports and the
importer (which also accepts a column headed by a field's label, e.g. a table the app exported)."""

from __future__ import annotations

from scp_desktop.domain.messages import QT_TRANSLATE_NOOP, Msg, Translator

FIELD_LABELS: dict[str, Msg] = {
    "facility": QT_TRANSLATE_NOOP("Field", "Facility"),
    "store": QT_TRANSLATE_NOOP("Field", "Store"),
    "period": QT_TRANSLATE_NOOP("Field", "Period"),
    "date": QT_TRANSLATE_NOOP("Field", "Date"),
    "fuel": QT_TRANSLATE_NOOP("Field", "Fuel"),
    "quantity": QT_TRANSLATE_NOOP("Field", "Quantity"),
    "unit": QT_TRANSLATE_NOOP("Field", "Unit"),
    "ncv_gj_per_t": QT_TRANSLATE_NOOP("Field", "Net calorific value"),
    "cost_vnd": QT_TRANSLATE_NOOP("Field", "Cost"),
    "value_vnd": QT_TRANSLATE_NOOP("Field", "Production value"),
    "product": QT_TRANSLATE_NOOP("Field", "Product"),
    "quantity_m3": QT_TRANSLATE_NOOP("Field", "Water used"),
    "material": QT_TRANSLATE_NOOP("Field", "Material"),
    "quantity_t": QT_TRANSLATE_NOOP("Field", "Quantity"),
    "stream": QT_TRANSLATE_NOOP("Field", "Waste stream"),
    "route": QT_TRANSLATE_NOOP("Field", "Treatment route"),
    "transactions": QT_TRANSLATE_NOOP("Field", "Transactions"),
    "nonbio_count": QT_TRANSLATE_NOOP("Field", "Non-biodegradable bags"),
    "nonbio_kg": QT_TRANSLATE_NOOP("Field", "Non-biodegradable bags, weight"),
    "bio_count": QT_TRANSLATE_NOOP("Field", "Biodegradable bags"),
    "bio_kg": QT_TRANSLATE_NOOP("Field", "Biodegradable bags, weight"),
    "paper_count": QT_TRANSLATE_NOOP("Field", "Paper bags"),
    "paper_kg": QT_TRANSLATE_NOOP("Field", "Paper bags, weight"),
    "reusable_sold": QT_TRANSLATE_NOOP("Field", "Reusable bags sold"),
    "code": QT_TRANSLATE_NOOP("Field", "Option code"),
    "process_step": QT_TRANSLATE_NOOP("Field", "Process step"),
    "category": QT_TRANSLATE_NOOP("Field", "Category"),
    "description": QT_TRANSLATE_NOOP("Field", "Description"),
    "feasibility": QT_TRANSLATE_NOOP("Field", "Feasibility"),
    "status": QT_TRANSLATE_NOOP("Field", "Status"),
    "investment_vnd": QT_TRANSLATE_NOOP("Field", "Investment"),
    "annual_savings_vnd": QT_TRANSLATE_NOOP("Field", "Annual net savings"),
    "savings_kwh": QT_TRANSLATE_NOOP("Field", "Electricity saved"),
    "savings_t": QT_TRANSLATE_NOOP("Field", "Materials or fuel saved"),
    "savings_m3": QT_TRANSLATE_NOOP("Field", "Water saved"),
    "benefit_waste_t": QT_TRANSLATE_NOOP("Field", "Waste avoided"),
    "benefit_wastewater_m3": QT_TRANSLATE_NOOP("Field", "Wastewater avoided"),
    "benefit_co2_t": QT_TRANSLATE_NOOP("Field", "CO₂ avoided"),
    "lifetime_years": QT_TRANSLATE_NOOP("Field", "Useful life"),
}

YEARS = QT_TRANSLATE_NOOP("Unit", "years")
BAGS_UNIT = QT_TRANSLATE_NOOP("Unit", "bags")
TRANSACTIONS_UNIT = QT_TRANSLATE_NOOP("Unit", "transactions")
TONNES = QT_TRANSLATE_NOOP("Unit", "t")
TONNES_CO2 = QT_TRANSLATE_NOOP("Unit", "t CO₂")
# Fixed units beside a field; energy and production quantities take the record's own unit.
FIELD_UNITS: dict[str, str | Msg] = {
    "ncv_gj_per_t": "GJ/t",
    "quantity_m3": "m³",
    "quantity_t": TONNES,
    "transactions": TRANSACTIONS_UNIT,
    "nonbio_count": BAGS_UNIT,
    "bio_count": BAGS_UNIT,
    "paper_count": BAGS_UNIT,
    "reusable_sold": BAGS_UNIT,
    "nonbio_kg": "kg",
    "bio_kg": "kg",
    "paper_kg": "kg",
    "investment_vnd": "VND",
    "cost_vnd": "VND",
    "value_vnd": "VND",
    "annual_savings_vnd": "VND",
    "savings_kwh": "kWh",
    "savings_t": TONNES,
    "savings_m3": "m³",
    "benefit_waste_t": TONNES,
    "benefit_wastewater_m3": "m³",
    "benefit_co2_t": TONNES_CO2,
    "lifetime_years": YEARS,
}

KIND_TITLES: dict[str, Msg] = {
    "energy": QT_TRANSLATE_NOOP("Kind", "Energy"),
    "production": QT_TRANSLATE_NOOP("Kind", "Production output"),
    "water": QT_TRANSLATE_NOOP("Kind", "Water"),
    "materials": QT_TRANSLATE_NOOP("Kind", "Materials"),
    "waste": QT_TRANSLATE_NOOP("Kind", "Waste"),
    "bags": QT_TRANSLATE_NOOP("Kind", "Bags & packaging"),
    "cp-options": QT_TRANSLATE_NOOP("Kind", "Cleaner production options"),
}


def field_header(name: str, translate: Translator) -> tuple[str, str]:
    """A field's label, and the header an exported table gives it: `Label (unit)` when it has a fixed unit."""
    label = FIELD_LABELS[name].render(translate) if name in FIELD_LABELS else name
    unit = FIELD_UNITS.get(name)
    unit_text = unit if isinstance(unit, str) or unit is None else unit.render(translate)
    return label, f"{label} ({unit_text})" if unit_text else label
