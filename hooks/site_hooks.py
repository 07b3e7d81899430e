"""MkDocs hooks: dispatch only. The work is done in the `inspraakwijzer` package."""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # hooks are loaded by path; make our packages importable
    sys.path.insert(0, str(ROOT))

from mkdocs.config.defaults import MkDocsConfig  # noqa: E402
from mkdocs.exceptions import Abort  # noqa: E402
from mkdocs.structure.files import File, Files  # noqa: E402

from inspraakwijzer import build  # noqa: E402
from inspraakwijzer.loader import DataError  # noqa: E402

_state: dict = {}


def on_config(config: MkDocsConfig, **_) -> MkDocsConfig:
    try:
        _state["dataset"] = build.load(ROOT)
    except DataError as error:
        build.discard_site(Path(config.site_dir))
        raise Abort(str(error)) from None
    return config


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    for src_uri, content in build.generated_files(_state["dataset"]):
        files.append(File.generated(config, src_uri, content=content))
    try:
        redirects = build.redirect_files(_state["dataset"], lambda src: files.get_file_from_path(src) is not None)
    except build.BuildError as error:
        raise Abort(str(error)) from None
    for src_uri, content in redirects:
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_post_build(*, config: MkDocsConfig) -> None:
    build.publish_assets(_state["dataset"], ROOT, Path(config.site_dir))
