"""Command line: print the advice for one profile as JSON.

    python -m wizard '{"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": 40}'

Exit codes: 0 advice printed, 2 invalid input (message on stderr, in Dutch,
naming the field), 1 the site's data could not be loaded. This module may do
I/O; the engine modules may not.
"""
import argparse
import json
import sys
from pathlib import Path

from . import ProfileError, advise, contract

DATA_DIR = Path(__file__).resolve().parent.parent / "data"

USAGE = "python -m wizard '<antwoorden als JSON>'"
DESCRIPTION = (
    "Geeft het advies van de Inspraakwijzer als JSON: welke plichten uit de Wmcz 2018 "
    "gelden, en welke manieren van inspraak en welke scholing passen."
)
HOW_TO_ANSWER = {
    contract.CHOICE: lambda q: " | ".join(q.values),
    contract.NUMBER: lambda q: f"heel getal, {q.minimum} tot en met {q.maximum}",
    contract.MULTIPLE: lambda q: f"een of meer, als lijst of met komma's: {', '.join(q.values)}",
}


def _epilog() -> str:
    """The allowed answers, listed from the contract's question table so the help never goes stale."""
    width = max(len(q.id) for q in contract.QUESTIONS) + 2
    lines = ["Antwoorden (sleutels en waarden precies zo schrijven):"]
    for q in contract.QUESTIONS:
        note = " (verplicht)" if q.required else ("" if q.default is None else f" (niet ingevuld: {q.default})")
        lines.append(f"  {q.id:<{width}}{HOW_TO_ANSWER[q.kind](q)}{note}")
    return "\n".join(lines + [
        "Onbekende sleutels worden genegeerd.",
        "",
        "Voorbeeld:",
        """  python -m wizard '{"verblijf": "langdurig", "sector": "ouderenzorg", "zorgverleners": 40}'""",
        "",
        "Afsluitcode: 0 = advies, 2 = ongeldige invoer, 1 = gegevens van de site niet te laden.",
    ])


INVALID_JSON = "Fout: de invoer is geen geldige JSON ({detail}). Voorbeeld: {usage}"
INVALID_PROFILE = "Fout: de antwoorden kloppen niet."
DATA_PROBLEM = "Fout: de gegevens in data/ konden niet geladen worden.\n{detail}"


def load_site_data(data_dir: Path = DATA_DIR) -> dict:
    """The site's data as the engine wants it: {stem: parsed data/<stem>.yaml}, checked by the build's loader."""
    from inspraakwijzer.loader import load_data

    return load_data(data_dir)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m wizard", usage=USAGE, description=DESCRIPTION,
                                     epilog=_epilog(), formatter_class=argparse.RawDescriptionHelpFormatter,
                                     add_help=False)
    parser.add_argument("profiel", help="de antwoorden als JSON-object")
    parser.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")
    args = parser.parse_args(argv)
    try:
        raw = json.loads(args.profiel)
    except json.JSONDecodeError as error:
        print(INVALID_JSON.format(detail=error.msg, usage=USAGE), file=sys.stderr)
        return 2
    try:
        data = load_site_data()
    except Exception as error:  # DataError lists every problem; anything else is a bug worth showing too
        print(DATA_PROBLEM.format(detail=error), file=sys.stderr)
        return 1
    try:
        result = advise(raw, data)
    except ProfileError as error:
        print(INVALID_PROFILE, file=sys.stderr)
        for problem in error.errors:
            print(f"- {problem['field']}: {problem['message']}", file=sys.stderr)
        return 2
    sys.stdout.reconfigure(encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
