"""Month-by-month series for the overview dashboard."""

from __future__ import annotations

from dataclasses import dataclass

from scp_desktop.domain.energy import energy_totals
from scp_desktop.domain.waste import stream_recovery
from scp_desktop.services.workspace import Workspace

Series = list[float | None]  # twelve values, None where a month has no data


@dataclass(frozen=True)
class MonthlySeries:
    toe: Series
    co2_t: Series
    bags_per_transaction: Series
    recovery_pct: dict[str, Series]  # per waste stream


def monthly_series(ws: Workspace, tax_code: str, year: int, facility: str | None = None) -> MonthlySeries:
    """Month by month, for the organization or (with its code) one facility."""
    org = ws.organization(tax_code)
    assert org.id is not None
    facility_id = ws.facility_id(org, facility) if facility else None
    energy = ws.records.monthly_energy(org.id, year, facility_id)
    bags = ws.records.monthly_bags(org.id, year, facility_id)
    waste = ws.records.monthly_waste(org.id, year, facility_id)
    months = range(1, 13)
    totals = {m: energy_totals(lines, year, ws.ref) for m, lines in energy.items()}
    streams = sorted({stream for by_stream in waste.values() for stream in by_stream})
    return MonthlySeries(
        toe=[totals[m].toe_total if m in totals else None for m in months],
        co2_t=[totals[m].co2e_scope1_2_t if m in totals else None for m in months],
        bags_per_transaction=[bags[m].nonbio_per_transaction if m in bags else None for m in months],
        recovery_pct={
            stream: [
                stream_recovery(stream, waste[m][stream], ws.ref).recovery_rate_pct
                if m in waste and stream in waste[m]
                else None
                for m in months
            ]
            for stream in streams
        },
    )
