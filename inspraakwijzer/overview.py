"""The keuzehulp's static overview: the same engine, run at build time over every
verblijf x sector x size band, for readers without JavaScript (or before the
browser engine is ready).

Only the three required questions vary; the optional ones stay unanswered, so
the engine uses their defaults (zelfstandig: nee) and says where an answer
could change the outcome. The page's intro (data/wizard.yaml overview) says
so to the reader: working alone, Wmo-only funding and the number of
locations are only answered by the keuzehulp itself."""
from __future__ import annotations

import wizard
from wizard import contract, predicates

# The obligations the overview shows; the others follow the cliëntenraad.
SHOWN = ("wmcz", "clientenraad", "inspraak")


def size_bands() -> list[tuple[int, int | None]]:
    """(lowest, highest) per band, cut where the law's thresholds cut."""
    general, primary = predicates.GENERAL_THRESHOLD, predicates.PRIMARY_CARE_THRESHOLD
    return [(0, 1), (2, general), (general + 1, primary), (primary + 1, None)]


def table(data: dict) -> list[dict]:
    """[{verblijf, rows: [{sector, cells: [{band, obligations: {id: status}}]}]}]."""
    out = []
    for verblijf in contract.VERBLIJF:
        rows = []
        for sector in contract.SECTORS:
            cells = []
            for low, high in size_bands():
                # Every number in a band gets the same answer: both ends are checked.
                ends = {low, high if high is not None else low + 1000}
                results = [_statuses(verblijf, sector, n, data) for n in sorted(ends)]
                if any(r != results[0] for r in results):
                    raise AssertionError(f"band {low}-{high} is not uniform for {verblijf}/{sector}")
                cells.append({"band": (low, high), "obligations": results[0]})
            rows.append({"sector": sector, "cells": cells})
        out.append({"verblijf": verblijf, "rows": rows})
    return out


def _statuses(verblijf: str, sector: str, zorgverleners: int, data: dict) -> dict:
    advice = wizard.advise({"verblijf": verblijf, "sector": sector, "zorgverleners": zorgverleners}, data)
    return {o["id"]: o["status"] for o in advice["obligations"] if o["id"] in SHOWN}
