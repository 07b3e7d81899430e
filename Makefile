# The README's two commands are `make serve` and `make test`; each installs
# what it needs first (scripts/bootstrap.sh is idempotent and quick when done).
PY := .venv/bin/python
export NO_MKDOCS_2_WARNING := 1
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup setup-test build serve test bench clean

setup:
	@scripts/bootstrap.sh site

setup-test:
	@scripts/bootstrap.sh test

build: setup
	$(PY) -m mkdocs build --strict --clean

serve: build
	$(PY) -m inspraakwijzer.serve --host $(HOST) --port $(PORT) site

test: setup-test build
	$(PY) -m pytest

bench: setup-test build
	$(PY) scripts/bench.py

clean:
	rm -rf site build .pytest_cache
