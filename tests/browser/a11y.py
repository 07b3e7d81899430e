"""The one axe check every browser test uses: no violation, with the report in the failure."""
from __future__ import annotations


def accessible(axe, page, context: str = "") -> None:
    results = axe.run(page)
    assert results.violations_count == 0, f"axe violations {context}:\n{results.generate_report()}"
