"""Fill `{name}` placeholders in reader-facing templates from data/*.yaml.

Not str.format: Markdown may contain other braces, and a typo must be found
by the build (`placeholders`) instead of raising in the reader's browser.
"""
import re

PLACEHOLDER = re.compile(r"\{([^{}]*)\}")
# Control and invisible formatting characters (but not the newline of a
# multi-line answer) are never text: a link may carry them, a page never shows them.
CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]")
SHOWN_MAX = 40  # a reader's answer is echoed in a message, but never a whole essay


def placeholders(template: str) -> list[str]:
    return PLACEHOLDER.findall(template)


def stray_brace(template: str) -> bool:
    """A `{` or `}` that is not part of a `{name}` placeholder: almost surely a typo."""
    rest = PLACEHOLDER.sub("", template)
    return "{" in rest or "}" in rest


def fill(template: str, values: dict) -> str:
    # An unknown name is left as is; check_data reports it at build time.
    return PLACEHOLDER.sub(lambda m: str(values.get(m.group(1), m.group(0))), template)


def shown(value) -> str:
    """A reader's answer as a message may echo it: visible characters only, at most SHOWN_MAX."""
    text = CONTROL.sub(" ", "" if value is None else str(value))
    return text if len(text) <= SHOWN_MAX else text[:SHOWN_MAX - 3] + "..."
