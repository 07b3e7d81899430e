"""MkDocs hooks: dispatch only. The work is done in the `inspraakwijzer` package,
which is importable because MkDocs runs as `python -m mkdocs` from the repository
root (the working directory is on sys.path)."""
from __future__ import annotations

from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from inspraakwijzer import build


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    build.start(config.site_dir, config.extra)
    return config


def on_pre_build(*, config: MkDocsConfig) -> None:
    build.claim_site_dir(Path(config.site_dir))


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    exists = lambda src_uri: files.get_file_from_path(src_uri) is not None  # noqa: E731
    for src_uri, content in build.generated_files(build.current(), exists):
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_post_build(*, config: MkDocsConfig) -> None:
    build.publish_assets(build.current())


def on_build_error(*, error: Exception) -> None:
    build.discard_site()
