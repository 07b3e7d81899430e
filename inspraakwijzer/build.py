"""What the MkDocs hooks ask for, in one place: load data, generate pages, publish
assets, and throw away the site when a build fails.

Every failure we can name (a content error, a template error, a missing
runtime, a redirect to nowhere) becomes a PluginError: MkDocs prints its
message, without a traceback, and stops.
"""
from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import jinja2
from mkdocs.exceptions import PluginError

from . import cards, early_advice, enrich, open_data, pages, publish, redirects
from .loader import ROOT, Dataset, DataError, load_dataset

# Written into the site directory when a build starts. A failed build removes a
# directory that carries it (MkDocs' strict abort included, which comes after
# on_post_build), so a stale or half-built site is never mistaken for a result;
# a directory without it is not ours to remove.
MARKER = ".inspraakwijzer-build"


@dataclass
class State:
    site_dir: Path
    dataset: Dataset | None = None
    pages: Dataset | None = None  # the enriched copy the page templates read (enrich.py)
    public_url: str = ""


_current: list[State] = []


def start(site_dir: str, extra: dict, root: Path = ROOT) -> State:
    """on_config: load and check everything a build needs before it writes a file."""
    state = State(Path(site_dir))
    _current[:] = [state]
    with _plugin_errors():
        state.dataset = load_dataset(root / "data", root / "schemas")
        state.pages = enrich.enrich(state.dataset)
        state.public_url = cards.public_url(extra)
        publish.check_runtime(root / publish.PYODIDE_PACKAGE)
    return state


def current() -> State:
    """The build in progress (for mkdocs-macros)."""
    return _current[0]


def claim_site_dir(site_dir: Path) -> None:
    site_dir.mkdir(parents=True, exist_ok=True)
    (site_dir / MARKER).write_text("built by the Inspraakwijzer hooks; removed with the site when a build fails\n",
                                   encoding="utf-8")


def generated_files(state: State, page_exists) -> Iterator[tuple[str, str]]:
    """Pages rendered from data, the open data files and redirect pages. The
    caller adds each file as it comes, so redirects can point at generated pages."""
    with _plugin_errors():
        yield from pages.generate(state.pages, state.public_url)
        yield from open_data.files(state.dataset)
        yield from redirects.files(state.dataset.data, page_exists)


def publish_assets(state: State, root: Path = ROOT) -> None:
    with _plugin_errors():
        publish.all_assets(state.dataset, root, state.site_dir)


def discard_site() -> None:
    """on_build_error: remove the site of a failed build, if it is ours."""
    if _current and (_current[0].site_dir / MARKER).exists():
        shutil.rmtree(_current[0].site_dir)


@contextlib.contextmanager
def _plugin_errors():
    try:
        yield
    except (DataError, pages.TemplateFailed, publish.MissingRuntime, redirects.MissingTarget,
            cards.PublicUrlError, early_advice.TableError) as error:
        raise PluginError(str(error)) from None
    except jinja2.TemplateError as error:  # a template outside templates/pages/
        raise PluginError(f"template error: {error}") from None
