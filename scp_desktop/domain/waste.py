"""Solid waste: recovery and collection rates per stream, against Decision 76's targets."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from scp_desktop.domain.indicators import ratio
from scp_desktop.domain.reference import ReferenceData


@dataclass(frozen=True)
class StreamRecovery:
    stream: str
    generated_t: float
    recovered_t: float
    collected_t: float
    target_pct: float | None

    @property
    def recovery_rate_pct(self) -> float | None:
        rate = ratio(self.recovered_t, self.generated_t)
        return None if rate is None else rate * 100.0

    @property
    def collection_rate_pct(self) -> float | None:
        rate = ratio(self.collected_t, self.generated_t)
        return None if rate is None else rate * 100.0

    @property
    def meets_target(self) -> bool | None:
        rate = self.recovery_rate_pct
        if rate is None or self.target_pct is None:
            return None
        return rate >= self.target_pct


def stream_recovery(stream: str, tonnes_by_route: Mapping[str, float], ref: ReferenceData) -> StreamRecovery:
    """Recovery = (reused + recycled + energy-recovered + composted) ÷ generated."""
    generated = sum(tonnes_by_route.values())
    recovered = sum(t for route, t in tonnes_by_route.items() if route in ref.recovered_routes)
    collected = sum(t for route, t in tonnes_by_route.items() if route not in ref.uncollected_routes)
    return StreamRecovery(stream, generated, recovered, collected, ref.waste_recovery_target_pct.get(stream))
