"""mkdocs-macros entry point: lets hand-written pages in docs/ use the data.

Only pages with `render_macros: true` in their front matter are rendered
(mkdocs.yml sets `render_by_default: false`), so a `{{` in any other page is
text. The data is the dataset the hook loaded in on_config (macros' own
on_config runs before the hook's, so nothing is read here at define time).
"""
from __future__ import annotations

from wizard.contract import QUESTIONS

from . import build, routes

# How long one question of the keuzehulp takes a reader, for "9 vragen, ± 3 minuten".
SECONDS_PER_QUESTION = 20


def define_env(env) -> None:
    @env.macro
    def method_count() -> int:
        return len(build.current().dataset.ids["methods"])

    @env.macro
    def method_link(method_id: str) -> str:
        """A Markdown link to a method page from the page being rendered."""
        method = build.current().dataset.by_id("methods", method_id)
        target = routes.item_page("methods", method_id)
        return f"[{method['name']}]({routes.relative(target, env.page.file.src_uri)})"

    @env.macro
    def question_count() -> int:
        """The keuzehulp's number of questions (wizard/contract.py), so the home page never goes stale."""
        return len(QUESTIONS)

    @env.macro
    def keuzehulp_minutes() -> int:
        return max(1, round(len(QUESTIONS) * SECONDS_PER_QUESTION / 60))
