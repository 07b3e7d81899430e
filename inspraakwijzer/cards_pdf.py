"""Print the method cards to PDF, after the site is built.

Three kinds of PDF, in one Chromium session: all cards one per A5 sheet
(methodekaarten/), all cards two per A4 sheet (methodekaarten/a4/), and each
method's own card beside its page (methoden/<id>/<id>-kaart.pdf).

Headless Chromium (Debian's, driven by Playwright) opens each built page on a
local server and prints it, so the PDF is exactly what a reader gets from
Ctrl+P. The sheet size is given explicitly: Chromium ignores named sizes such
as "A5" together with landscape in @page.
Usage: python -m inspraakwijzer.cards_pdf SITE_DIR
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

from . import cards, chromium, publish, routes
from .serve import serve_in_background

WIDTH, HEIGHT = "210mm", "148mm"  # A5 landscape
A4 = ("210mm", "297mm")  # portrait: two A5 landscape cards


def pdf_path(site_dir: Path) -> Path:
    return Path(site_dir) / routes.url_of(cards.CARDS_PAGE) / cards.PDF_NAME


def jobs(site_dir: Path) -> list[tuple[str, Path, tuple[str, str]]]:
    """(page to open, PDF to write, sheet size) for every PDF the build makes."""
    site_dir = Path(site_dir)
    a4_page = routes.url_of(cards.CARDS_A4_PAGE)
    found = [(routes.url_of(cards.CARDS_PAGE), pdf_path(site_dir), (WIDTH, HEIGHT)),
             (a4_page, pdf_path(site_dir).with_name(cards.PDF_A4_NAME), A4)]
    methods = site_dir / routes.url_of(routes.index_page("methods"))
    # One card per method page that carries one (data-card in its print-only section).
    for page in sorted(methods.glob("*/index.html")):
        if 'class="iw-cards iw-cards--print-only"' in page.read_text(encoding="utf-8"):
            method_id = page.parent.name
            found.append((page.parent.relative_to(site_dir).as_posix() + "/",
                          page.parent / cards.card_pdf_name(method_id), (WIDTH, HEIGHT)))
    return found


def write_pdf(site_dir: Path, executable: str = chromium.EXECUTABLE) -> Path:
    """Write every card PDF (see jobs); returns the PDF of all cards."""
    site_dir = Path(site_dir)
    page_path = routes.url_of(cards.CARDS_PAGE)
    if not (site_dir / page_path / "index.html").is_file():
        raise FileNotFoundError(f"{site_dir / page_path / 'index.html'} not found: build the site first")
    server, url = serve_in_background(site_dir)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=chromium.ARGS)
            try:
                page = browser.new_page()
                for path, target, (width, height) in jobs(site_dir):
                    page.goto(url + path, wait_until="load")
                    page.pdf(path=str(target), width=width, height=height, print_background=True,
                             margin={"top": "0", "right": "0", "bottom": "0", "left": "0"})
            finally:
                browser.close()
    finally:
        server.shutdown()
    return pdf_path(site_dir)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("site_dir", type=Path)
    args = parser.parse_args(argv)
    try:
        target = write_pdf(args.site_dir)
    except FileNotFoundError as error:
        sys.exit(f"cards_pdf: {error}")
    print(f"Methodekaarten: {target}")
    publish.seal(args.site_dir, Path(__file__).resolve().parents[1])  # the manifest now lists the PDF too


if __name__ == "__main__":
    main()
