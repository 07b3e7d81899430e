"""Small helpers for the wizard tests (a unique module name: tests of other packages have their own)."""


def profile(verblijf="geen", sector="ouderenzorg", zorgverleners=40, **optional) -> dict:
    """A valid profile; tests only spell out the answers that matter to them."""
    return {"verblijf": verblijf, "sector": sector, "zorgverleners": zorgverleners, **optional}


def obligation(advice: dict, obligation_id: str) -> dict:
    return next(o for o in advice["obligations"] if o["id"] == obligation_id)
