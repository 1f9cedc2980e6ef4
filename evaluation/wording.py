"""How figures are written in the reports: percentages, intervals, and the fields left for the
deploying organisation."""

from __future__ import annotations

import math
from collections.abc import Mapping

TO_COMPLETE = "[to be completed by the deploying organisation]"


def pct(x, digits: int = 1) -> str:
    if x is None or (isinstance(x, float) and not math.isfinite(x)):
        return "n/a"
    return f"{100 * x:.{digits}f}%"


def ci(block: Mapping | None, digits: int = 1) -> str:
    if not block:
        return "n/a"
    return (
        f"{pct(block.get('value'), digits)} "
        f"(95% CI {pct(block.get('ci_low'), digits)}–{pct(block.get('ci_high'), digits)})"
    )
