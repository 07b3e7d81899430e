"""'Meld een fout op deze pagina': where a reader's report goes, as mkdocs.yml says.

`extra.report_error` in mkdocs.yml holds the route and its words:

- `to`: an e-mail address (also `mailto:…`) or an http(s) URL, e.g. an issue form.
  A URL may contain {title} and {url}; they become the page's title and address.
- `label`: the link text; `subject` and `body`: the e-mail, with {title} and {url}.

Every page gets the link (overrides/main.html), once `to` is configured. Its href names the page's public
address (extra.public_url + the page), so it works without JavaScript;
docs/assets/js/report-error.js puts in the address the reader really has open
(an intranet copy, a keuzehulp answer in the #fragment) from `data-report-error`,
the same href with a literal {url} where that address goes.

The shipped `to` is a placeholder; while it (or nothing) is set, no page shows
the link (a report to nowhere is a dead end) and every build says so in a WARNING on the `inspraakwijzer` logger, which MkDocs' --strict does
not count: the shipped site must build, but its publisher must see it. A `to`
that is no address at all, or missing words, stop the build with an error.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from urllib.parse import quote

PLACEHOLDER = "meld-een-fout@nog-instellen.invalid"
URL_MARKER = "{url}"
EMAIL = re.compile(r"^[^@\s/?&]+@[^@\s/?&]+\.[^@\s/?&]+$")
FIELDS = ("title", "url")


class RouteError(ValueError):
    """extra.report_error cannot give a working link."""


@dataclass(frozen=True)
class Route:
    to: str  # an e-mail address (without mailto:) or an http(s) URL
    label: str
    subject: str
    body: str

    @property
    def configured(self) -> bool:
        """False while `to` is the shipped placeholder (or was empty): then no page shows the link."""
        return self.to != PLACEHOLDER

    @property
    def is_mail(self) -> bool:
        return not self.to.startswith(("https://", "http://"))

    def template(self, title: str) -> str:
        """The href with the page title filled in and a literal {url} for the address."""
        if not self.is_mail:
            return self.to.replace("{title}", quote(title, safe=""))
        subject = _encode(self.subject, title)
        body = _encode(self.body.replace("\r\n", "\n").replace("\n", "\r\n"), title)
        return f"mailto:{quote(self.to, safe='@')}?subject={subject}&body={body}"

    def href(self, title: str, url: str) -> str:
        """The finished href for a page with this title and address."""
        return self.template(title).replace(URL_MARKER, quote(url, safe=""))


def _encode(text: str, title: str) -> str:
    # Percent-encode (RFC 6068) all but the {url} marker, which stays literal.
    return URL_MARKER.join(quote(part, safe="") for part in text.replace("{title}", title).split(URL_MARKER))


def route(extra: dict) -> tuple[Route, list[tuple[str, str]]]:
    """The route from mkdocs.yml `extra`, and (level, message) notes for the build log."""
    settings = extra.get("report_error")
    if not isinstance(settings, dict):
        raise RouteError("extra.report_error is missing in mkdocs.yml: it needs to, label, subject and body")
    missing = [key for key in ("label", "subject", "body") if not str(settings.get(key) or "").strip()]
    if missing:
        raise RouteError(f"extra.report_error needs {', '.join(missing)} (the words of the link and the e-mail)")
    notes: list[tuple[str, str]] = []
    to = str(settings.get("to") or "").strip() or PLACEHOLDER
    to = to[len("mailto:"):] if to.startswith("mailto:") else to
    if to == PLACEHOLDER:
        notes.append(("warning", "extra.report_error.to is not configured (it is the placeholder "
                                 f"{PLACEHOLDER}): no page shows 'Meld een fout'. Set it to your own "
                                 "e-mail address or URL before you publish (README: 'Meld een fout')."))
    elif to.startswith(("https://", "http://")):
        unknown = sorted(set(re.findall(r"\{(\w*)\}", to)) - set(FIELDS))
        if unknown:
            raise RouteError(f"extra.report_error.to: unknown placeholder(s) {unknown}; use {{title}} and {{url}}")
    elif not EMAIL.match(to):
        raise RouteError(f"extra.report_error.to: {to!r} is neither an e-mail address nor an http(s) URL")
    return Route(to, str(settings["label"]).strip(), str(settings["subject"]).strip(), str(settings["body"])), notes


def page_address(public_url: str, page_url: str) -> str:
    """The public address of a page: extra.public_url + the page's site-relative URL."""
    return public_url.rstrip("/") + "/" + page_url.lstrip("/")


# Outside the "mkdocs" logger tree on purpose: `mkdocs build --strict` fails on
# every warning MkDocs counts, and the shipped placeholder must build (make test),
# yet whoever publishes the site must still see that reports go nowhere.
_log = logging.getLogger("inspraakwijzer.report_error")


def announce(notes: list[tuple[str, str]]) -> None:
    """Print the route's notes in the build output, MkDocs style (`WARNING -  …`)."""
    if not _log.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)-7s -  %(message)s"))
        _log.addHandler(handler)
        _log.propagate = False
    for level, message in notes:
        _log.log(logging.getLevelName(level.upper()), message)
