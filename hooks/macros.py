"""mkdocs-macros loads this file by path; the macros themselves live in the package."""
from inspraakwijzer.macros import define_env  # noqa: F401
