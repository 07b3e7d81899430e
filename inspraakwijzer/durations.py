"""Put an offering's duration in a band, so the catalogue can filter on it.

Band keys are those of vocabulary `duration_band`; their labels live there.
"""
from __future__ import annotations


def band(duration: dict | None) -> str:
    if not duration:
        return "niet-vermeld"
    if duration.get("depends"):
        return "op-maat"
    low = duration.get("dagdelen", duration.get("dagdelen_min"))
    high = duration.get("dagdelen", duration.get("dagdelen_max"))
    # "at least 1" (no upper bound) and a fixed single dagdeel read the same to a raad.
    if high is None or high <= 1:
        return "vanaf-1-dagdeel" if low <= 1 else "2-tot-4-dagdelen"
    return "2-tot-4-dagdelen"
