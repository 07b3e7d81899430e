# The README's two commands are `make serve` and `make test`; each installs
# what it needs first (scripts/bootstrap.sh is idempotent and quick when done).
PY := .venv/bin/python
export NO_MKDOCS_2_WARNING := 1
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup build serve test test-fast bench clean

setup:
	@scripts/bootstrap.sh

# `python -m mkdocs` from the repository root: the hooks import our packages from here.
build: setup
	$(PY) -m mkdocs build --strict --clean
	$(PY) -m inspraakwijzer.cards_pdf site

serve: build
	$(PY) -m inspraakwijzer.serve --host $(HOST) --port $(PORT) site

# The site is built once, here; the tests use it (BUILT_SITE) instead of building their own.
test: build
	BUILT_SITE=site $(PY) -m pytest

# The fast loop: no site build, no browser.
test-fast: setup
	$(PY) -m pytest -m "not browser and not site"

bench: build
	$(PY) -m scripts.bench
	$(PY) -m scripts.bench_build

clean:
	rm -rf site build .pytest_cache
