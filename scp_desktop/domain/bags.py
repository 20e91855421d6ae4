"""Plastic bags and packaging: per-transaction use and reduction against the 2010 baseline."""

from __future__ import annotations

from dataclasses import dataclass, fields

from scp_desktop.domain.indicators import ratio, reduction_pct
from scp_desktop.domain.reference import ReferenceData

BAG_COUNT_FIELDS = ("nonbio_count", "bio_count", "paper_count", "reusable_sold")
BAG_KG_FIELDS = ("nonbio_kg", "bio_kg", "paper_kg")


@dataclass(frozen=True)
class BagTotals:
    days: int = 0
    transactions: int = 0
    nonbio_count: int = 0
    nonbio_kg: float = 0.0
    bio_count: int = 0
    bio_kg: float = 0.0
    paper_count: int = 0
    paper_kg: float = 0.0
    reusable_sold: int = 0

    def __add__(self, other: BagTotals) -> BagTotals:
        return BagTotals(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    @property
    def nonbio_per_transaction(self) -> float | None:
        return ratio(self.nonbio_count, self.transactions)

    @property
    def nonbio_kg_per_1000_transactions(self) -> float | None:
        per = ratio(self.nonbio_kg, self.transactions)
        return None if per is None else per * 1000.0

    @property
    def nonbio_share_pct(self) -> float | None:
        share = ratio(self.nonbio_count, self.nonbio_count + self.bio_count + self.paper_count)
        return None if share is None else share * 100.0


def bag_reduction_pct(current: BagTotals, baseline: BagTotals) -> float | None:
    """100 × (1 − non-biodegradable bags per transaction now ÷ in the baseline year)."""
    return reduction_pct(current.nonbio_per_transaction, baseline.nonbio_per_transaction)


def bag_target_pct(org_kind: str, ref: ReferenceData) -> float:
    """65 % for supermarkets and malls, 50 % for traditional markets (Decision 76)."""
    targets = ref.bag_reduction_target_pct
    return float(targets.get(org_kind, targets["supermarket"]))
