"""Print the page with all method cards to one PDF, after the site is built.

Headless Chromium (Debian's, driven by Playwright) opens the built page on a
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


def pdf_path(site_dir: Path) -> Path:
    return Path(site_dir) / routes.url_of(cards.CARDS_PAGE) / cards.PDF_NAME


def write_pdf(site_dir: Path, executable: str = chromium.EXECUTABLE) -> Path:
    site_dir = Path(site_dir)
    page_path = routes.url_of(cards.CARDS_PAGE)
    if not (site_dir / page_path / "index.html").is_file():
        raise FileNotFoundError(f"{site_dir / page_path / 'index.html'} not found: build the site first")
    target = pdf_path(site_dir)
    server, url = serve_in_background(site_dir)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=executable, args=chromium.ARGS)
            try:
                page = browser.new_page()
                page.goto(url + page_path, wait_until="load")
                page.pdf(path=str(target), width=WIDTH, height=HEIGHT, print_background=True,
                         margin={"top": "0", "right": "0", "bottom": "0", "left": "0"})
            finally:
                browser.close()
    finally:
        server.shutdown()
    return target


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
