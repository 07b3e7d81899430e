"""MkDocs hooks for 'Meld een fout op deze pagina': dispatch only (inspraakwijzer/report_error.py)."""
from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

from inspraakwijzer import report_error

_state: dict = {}


def on_config(config: MkDocsConfig, **_) -> MkDocsConfig:
    try:
        route, notes = report_error.route(config.extra)
    except report_error.RouteError as error:
        raise PluginError(str(error)) from None
    report_error.announce(notes)
    _state["route"] = route
    return config


def on_env(env, *, config: MkDocsConfig, files, **_):
    route = _state["route"]
    public_url = str(config.extra.get("public_url") or "")

    def link(page, title=None) -> dict | None:
        """What overrides/main.html needs for a page's report link, or None while the
        route is not configured. The 404 page has no `page`; it passes its own title,
        and the script fills in the broken address."""
        if not route.configured:
            return None
        if not isinstance(title, str):
            # The page's own title, not its navigation label (the home page is "Start" in the nav).
            title = (page.meta or {}).get("title") or page.title or config.site_name
        url = report_error.page_address(public_url, page.url if page else "404.html")
        return {"label": route.label, "href": route.href(title, url), "template": route.template(title)}
    env.globals["report_error_link"] = link
    return env
