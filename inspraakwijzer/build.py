"""What the MkDocs hooks ask for, in one place: load data, generate pages, publish assets."""
from __future__ import annotations

import shutil
from pathlib import Path
from typing import Iterator

from . import open_data, pages, publish, redirects
from .loader import Dataset, load_dataset

# Written into every good build; a failed build removes a site that carries it,
# so a stale site is never mistaken for the result of the failed one.
SENTINEL = ".inspraakwijzer-build"


_current: list[Dataset] = []


def load(root: Path) -> Dataset:
    dataset = load_dataset(root / "data", root / "schemas")
    _current[:] = [dataset]
    return dataset


def current() -> Dataset:
    """The dataset of the build in progress (for mkdocs-macros)."""
    return _current[0]


def generated_files(dataset: Dataset) -> Iterator[tuple[str, str]]:
    """Pages rendered from data, and the open data files."""
    yield from pages.generate(dataset.data)
    yield from open_data.files(dataset.data, dataset.schemas)


class BuildError(Exception):
    """A problem the build reports as a message, not a traceback."""


def redirect_files(dataset: Dataset, page_exists) -> list[tuple[str, str]]:
    try:
        return list(redirects.files(dataset.data, page_exists))
    except redirects.MissingTarget as error:
        raise BuildError(str(error)) from None


def publish_assets(dataset: Dataset, root: Path, site_dir: Path) -> None:
    publish.all_assets(dataset, root, site_dir)
    (site_dir / SENTINEL).write_text("built\n", encoding="utf-8")


def discard_site(site_dir: Path) -> None:
    if (site_dir / SENTINEL).exists():
        shutil.rmtree(site_dir)
