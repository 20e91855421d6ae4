"""Cleaner-production option economics: simple payback, NPV and IRR."""

from __future__ import annotations

import math
from collections.abc import Sequence


def simple_payback_years(investment: float, annual_net_savings: float) -> float | None:
    """Investment ÷ annual net savings; 0 for a free option, None when it never pays back."""
    if investment <= 0:
        return 0.0
    if annual_net_savings <= 0:
        return None
    return investment / annual_net_savings


def _discount_factor(rate: float, year: int) -> float:
    try:
        return (1.0 + rate) ** year
    except OverflowError:  # absurd rates while searching for an IRR: the flow is worth nothing now
        return math.inf


def npv(rate: float, cash_flows: Sequence[float]) -> float:
    """Net present value; cash_flows[0] happens now (year 0), cash_flows[t] at the end of year t."""
    return sum(flow / _discount_factor(rate, year) for year, flow in enumerate(cash_flows))


def option_cash_flows(investment: float, annual_net_savings: float, years: int) -> list[float]:
    return [-investment] + [annual_net_savings] * years


def irr(cash_flows: Sequence[float], tolerance: float = 1e-12) -> float | None:
    """Internal rate of return by bisection, or None when NPV never changes sign.

    Bisection is slow but cannot diverge, and CP cash flows (one outlay, then
    savings) have at most one sign change, hence at most one IRR. It stops when NPV
    is zero to `tolerance` of the largest flow, or when the rate can be refined no
    further: near −100 % NPV swings wildly with tiny rate changes.
    """
    scale = max(abs(flow) for flow in cash_flows) if cash_flows else 1.0
    low, high = -0.9999999, 1.0
    while npv(high, cash_flows) > 0 and high < 1e15:
        high *= 2.0
    f_low, f_high = npv(low, cash_flows), npv(high, cash_flows)
    if f_low == 0:
        return low
    if f_low * f_high > 0:
        return None
    while True:
        mid = (low + high) / 2.0
        f_mid = npv(mid, cash_flows)
        if abs(f_mid) <= tolerance * scale or mid in (low, high):
            return mid
        if f_low * f_mid < 0:
            high = mid
        else:
            low, f_low = mid, f_mid
