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
    target_routes: frozenset[str] = frozenset()  # what the stream's national target counts (Decision 76)
    target_counted_t: float | None = None  # tonnes on those routes; None without a national target

    @property
    def target_rate_pct(self) -> float | None:
        """The share counted the way the stream's national target counts it (scrap plastic: recycled only)."""
        if self.target_counted_t is None:
            return None
        rate = ratio(self.target_counted_t, self.generated_t)
        return None if rate is None else rate * 100.0

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
        """Against the target on the target's own basis (never the all-routes recovery rate)."""
        rate = self.target_rate_pct
        if rate is None or self.target_pct is None:
            return None
        return rate >= self.target_pct


def stream_recovery(stream: str, tonnes_by_route: Mapping[str, float], ref: ReferenceData) -> StreamRecovery:
    """Recovery = (reused + recycled + energy-recovered + composted) ÷ generated; the target rate counts
    only the routes of the stream's national target."""
    generated = sum(tonnes_by_route.values())
    recovered = sum(t for route, t in tonnes_by_route.items() if route in ref.recovered_routes)
    collected = sum(t for route, t in tonnes_by_route.items() if route not in ref.uncollected_routes)
    target = ref.waste_recovery_target_pct.get(stream)
    routes = ref.waste_target_routes.get(stream, frozenset()) if target is not None else frozenset()
    counted = sum(t for route, t in tonnes_by_route.items() if route in routes) if routes else None
    return StreamRecovery(stream, generated, recovered, collected, target, routes, counted)
