# The README's two commands are `make serve` and `make test`; each installs
# what it needs first (scripts/bootstrap.sh is idempotent and quick when done).
PY := .venv/bin/python
export NO_MKDOCS_2_WARNING := 1
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup build serve test bench clean

setup:
	@scripts/bootstrap.sh

build: setup
	$(PY) -m mkdocs build --strict --clean
	$(PY) -m inspraakwijzer.cards_pdf site

serve: build
	$(PY) -m inspraakwijzer.serve --host $(HOST) --port $(PORT) site

test: setup build
	$(PY) -m pytest

bench: build
	$(PY) scripts/bench.py

clean:
	rm -rf site build .pytest_cache
