"""The browser the build, the tests and the benchmark launch: CHROMIUM, else Debian's."""
import subprocess
import sys
from pathlib import Path

from inspraakwijzer import chromium

ROOT = Path(__file__).resolve().parents[1]


def executable_with(environment: dict) -> str:
    """EXECUTABLE as a fresh interpreter sees it (the module reads the variable on import)."""
    result = subprocess.run([sys.executable, "-c", "from inspraakwijzer import chromium; print(chromium.EXECUTABLE)"],
                            cwd=ROOT, env=environment, capture_output=True, text=True, check=True)
    return result.stdout.strip()


def test_chromium_names_the_browser():
    assert executable_with({"CHROMIUM": "/opt/chromium/chrome"}) == "/opt/chromium/chrome"


def test_without_chromium_it_is_debians():
    assert executable_with({}) == chromium.DEFAULT == "/usr/bin/chromium"
    assert executable_with({"CHROMIUM": ""}) == chromium.DEFAULT
