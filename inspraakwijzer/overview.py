"""The keuzehulp's static overview: the same engine, run at build time over every
verblijf x sector x size band, for readers without JavaScript (or before the
browser engine is ready).

Only the three required questions vary; the optional ones stay unanswered, so
the engine uses their defaults (zelfstandig: nee) and says where an answer
could change the outcome. The page's intro (data/wizard.yaml overview) says
so to the reader: working alone, Wmo-only funding and the number of
locations are only answered by the keuzehulp itself."""
from __future__ import annotations

from typing import Callable, Iterator, TypeVar

import wizard
from wizard import contract, predicates

# The obligations the overview shows; the others follow the cliëntenraad.
SHOWN = ("wmcz", "clientenraad", "inspraak")
T = TypeVar("T")


def size_bands() -> list[tuple[int, int | None]]:
    """(lowest, highest) per band, cut where the law's thresholds cut."""
    general, primary = predicates.GENERAL_THRESHOLD, predicates.PRIMARY_CARE_THRESHOLD
    return [(0, 1), (2, general), (general + 1, primary), (primary + 1, None)]


def table(data: dict) -> list[dict]:
    """[{verblijf, rows: [{sector, cells: [{band, obligations: {id: status}}]}]}]."""
    out: dict[str, dict[str, list]] = {}
    for verblijf, sector, band, statuses in banded(lambda v, s, n: _statuses(v, s, n, data)):
        out.setdefault(verblijf, {}).setdefault(sector, []).append({"band": band, "obligations": statuses})
    return [{"verblijf": verblijf, "rows": [{"sector": sector, "cells": cells} for sector, cells in rows.items()]}
            for verblijf, rows in out.items()]


def banded(decide: Callable[[str, str, int], T], top: int | None = None) -> Iterator[tuple[str, str, tuple, T]]:
    """(verblijf, sector, band, decide(verblijf, sector, n)) for every verblijf x sector x size band.

    Every number in a band gets the same result: both ends are checked (the
    law cuts only where the bands do). `top` is the highest number checked in
    the open band; by default its lowest + 1000.
    """
    for verblijf in contract.VERBLIJF:
        for sector in contract.SECTORS:
            for low, high in size_bands():
                ends = {low, high if high is not None else top if top is not None else low + 1000}
                results = [decide(verblijf, sector, n) for n in sorted(ends)]
                if any(r != results[0] for r in results):
                    raise AssertionError(f"band {low}-{high} is not uniform for {verblijf}/{sector}")
                yield verblijf, sector, (low, high), results[0]


def _statuses(verblijf: str, sector: str, zorgverleners: int, data: dict) -> dict:
    obligations = wizard.obligations_for({"verblijf": verblijf, "sector": sector, "zorgverleners": zorgverleners}, data)
    return {o["id"]: o["status"] for o in obligations if o["id"] in SHOWN}
