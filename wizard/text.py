"""Fill `{name}` placeholders in reader-facing templates from data/*.yaml.

Not str.format: Markdown may contain other braces, and a typo must be found
by the build (`placeholders`) instead of raising in the reader's browser.
"""
import re

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def placeholders(template: str) -> list[str]:
    return PLACEHOLDER.findall(template)


def stray_brace(template: str) -> bool:
    """A `{` or `}` that is not part of a `{name}` placeholder: almost surely a typo."""
    rest = PLACEHOLDER.sub("", template)
    return "{" in rest or "}" in rest


def fill(template: str, values: dict) -> str:
    # An unknown name is left as is; check_data reports it at build time.
    return PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), template)
