"""Ratios shared by every indicator: intensities, productivities, change against a baseline."""

from __future__ import annotations


def ratio(numerator: float, denominator: float) -> float | None:
    """numerator ÷ denominator, or None when the denominator is zero (no meaningful value)."""
    return numerator / denominator if denominator else None


def pct_change(current: float | None, baseline: float | None) -> float | None:
    """Percent change from baseline to current (negative is a reduction)."""
    if current is None or not baseline:
        return None
    return (current / baseline - 1.0) * 100.0


def reduction_pct(current: float | None, baseline: float | None) -> float | None:
    """Percent reduction from baseline to current (positive is better)."""
    change = pct_change(current, baseline)
    return None if change is None else -change


def gap_to_target(achieved_pct: float | None, target_pct: float | None) -> float | None:
    """Percentage points still missing to reach a target (0 when reached)."""
    if achieved_pct is None or target_pct is None:
        return None
    return max(0.0, target_pct - achieved_pct)
