"""'Meld een fout op deze pagina': the route from mkdocs.yml, its href, and the link on every built page."""
from __future__ import annotations

import re
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from inspraakwijzer import report_error
from inspraakwijzer.report_error import PLACEHOLDER, RouteError

WORDS = {"label": "Meld een fout op deze pagina", "subject": "Fout op Inspraakwijzer: {title}",
         "body": "Pagina: {title}\nAdres: {url}\n\nWat klopt er niet?"}


def route_for(to):
    return report_error.route({"report_error": {**WORDS, "to": to}})


def mail_parts(href: str) -> tuple[str, dict]:
    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    return unquote(parts.path), {k: v[0] for k, v in parse_qs(parts.query).items()}


def test_mail_route_fills_in_title_and_address():
    route, notes = route_for("redactie@voorbeeld.nl")
    assert notes == []
    to, fields = mail_parts(route.href("Photovoice & co", "https://intranet.example/inspraak/methoden/photovoice/#x=1"))
    assert to == "redactie@voorbeeld.nl"
    assert fields["subject"] == "Fout op Inspraakwijzer: Photovoice & co"
    assert fields["body"] == ("Pagina: Photovoice & co\r\nAdres: https://intranet.example/inspraak/methoden/"
                              "photovoice/#x=1\r\n\r\nWat klopt er niet?")


def test_mailto_prefix_is_accepted():
    route, _ = route_for("mailto:redactie@voorbeeld.nl")
    assert route.href("T", "https://x/").startswith("mailto:redactie@voorbeeld.nl?subject=")


def test_template_keeps_a_literal_marker_for_the_live_address():
    route, _ = route_for("redactie@voorbeeld.nl")
    template = route.template("Start")
    assert template.count("{url}") == 1 and "%7Burl%7D" not in template
    assert template.replace("{url}", "https%3A%2F%2Fa%2F") == route.href("Start", "https://a/")


def test_url_route_fills_in_placeholders():
    route, notes = route_for("https://meld.example/nieuw?titel={title}&pagina={url}")
    assert notes == []
    assert route.href("Wet & regels", "https://a/b/") == (
        "https://meld.example/nieuw?titel=Wet%20%26%20regels&pagina=https%3A%2F%2Fa%2Fb%2F")


def test_url_route_without_placeholders_is_used_as_is():
    route, _ = route_for("https://meld.example/formulier")
    assert route.href("T", "https://a/") == "https://meld.example/formulier"


def test_placeholder_is_a_warning_in_the_build_log():
    _route, notes = route_for(PLACEHOLDER)
    assert [level for level, _ in notes] == ["warning"]
    assert PLACEHOLDER in notes[0][1]


def test_missing_route_is_the_placeholder_with_a_warning():
    route, notes = route_for("")
    assert [level for level, _ in notes] == ["warning"]
    assert route.to == PLACEHOLDER


def test_warning_is_printed_but_not_counted_by_strict_mkdocs(capsys, caplog):
    """MkDocs --strict counts warnings on the 'mkdocs' loggers; ours must show, not abort."""
    from inspraakwijzer.report_error import announce
    _route, notes = route_for(PLACEHOLDER)
    announce(notes)
    assert "WARNING -  extra.report_error.to is not configured" in capsys.readouterr().err
    assert not [r for r in caplog.records if r.name.startswith("mkdocs")]


@pytest.mark.parametrize("to, message", [
    ("redactie", "neither an e-mail address nor an http(s) URL"),
    ("ftp://meld.example/", "neither an e-mail address nor an http(s) URL"),
    ("https://meld.example/?t={titel}", "unknown placeholder(s) ['titel']"),
])
def test_unusable_route_stops_the_build(to, message):
    with pytest.raises(RouteError, match=re.escape(message)):
        route_for(to)


def test_missing_words_stop_the_build():
    with pytest.raises(RouteError, match="needs subject, body"):
        report_error.route({"report_error": {"to": PLACEHOLDER, "label": "Meld een fout"}})
    with pytest.raises(RouteError, match="extra.report_error is missing"):
        report_error.route({})


def test_placeholder_route_is_not_configured_and_a_real_one_is():
    assert not route_for(PLACEHOLDER)[0].configured
    assert not route_for("")[0].configured
    assert route_for("fouten@example.org")[0].configured
    assert route_for("https://example.org/melden")[0].configured


def test_shipped_site_shows_no_dead_end_report_link(built_site):
    """The shipped mkdocs.yml has the placeholder: no page may name it or link to it."""
    pages = [p for p in built_site.rglob("*") if p.suffix in {".html", ".js", ".json", ".xml", ".txt"}]
    assert len(pages) > 60
    for path in pages:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert "nog-instellen" not in text, f"{path}: contains the placeholder address"
        if path.suffix == ".html":
            assert "data-report-error=" not in text, f"{path}: has a report link that goes nowhere"
            assert "iw-report" not in text, path


def test_every_built_page_has_the_link_with_its_title_and_address(reporting_site):
    built_site = reporting_site
    pages = sorted(built_site.rglob("index.html")) + [built_site / "404.html"]
    assert len(pages) > 60
    link = re.compile(r'<p class="iw-report"[^>]*><a href="([^"]+)" data-report-error="([^"]+)">([^<]+)</a></p>')
    for path in pages:
        html = path.read_text(encoding="utf-8")
        if 'http-equiv="refresh"' in html:  # a redirect page for an old address
            continue
        found = link.findall(html)
        assert len(found) == 1, f"{path}: expected one report link, found {len(found)}"
        href, template, label = (unescape_attr(x) for x in found[0])
        assert label == "Meld een fout op deze pagina"
        _to, fields = mail_parts(href)
        subject, title = fields["subject"].split(": ", 1)
        assert subject == "Fout op Inspraakwijzer" and title, path
        shown = re.search(r"<title>(.*?)</title>", html, re.S).group(1) + " ".join(re.findall(r"<h1[^>]*>(.*?)</h1>", html))
        assert title in unescape_attr(re.sub(r"<[^>]+>", "", shown)), f"{path}: {title!r} is not the page's title"
        page = path.relative_to(built_site).as_posix()
        address = "https://inspraakwijzer.nl/" + (page[: -len("index.html")] if page.endswith("index.html") else page)
        assert f"Adres: {address}\r\n" in fields["body"], path
        assert "{url}" in template


def unescape_attr(text: str) -> str:
    return text.replace("&amp;", "&").replace("&quot;", '"').replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">")
