# The README's two commands are `make serve` and `make test`; each installs
# what it needs first (scripts/bootstrap.sh is idempotent and quick when done).
PY := .venv/bin/python
export NO_MKDOCS_2_WARNING := 1
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup build serve lint test test-fast test-js bench clean deploy-configs

setup:
	@scripts/bootstrap.sh

# `python -m mkdocs` from the repository root: the hooks import our packages from here.
build: setup
	$(PY) -m mkdocs build --strict --clean
	$(PY) -m inspraakwijzer.cards_pdf site

serve: build
	$(PY) -m inspraakwijzer.serve --host $(HOST) --port $(PORT) site

# ruff, configured in pyproject.toml; a second, so every test run starts with it.
lint: setup
	$(PY) -m ruff check .

# The site is built once, here; the tests use it (BUILT_SITE) instead of building their own.
# The JS unit tests first: they take a second.
test: lint build
	node --test tests/js/
	BUILT_SITE=site $(PY) -m pytest

# The keuzehulp's JavaScript modules: Node's own test runner, no framework, no build.
test-js:
	node --test tests/js/

# The fast loop: no site build, no browser.
test-fast: setup
	$(PY) -m pytest -m "not browser and not site"

# deploy/ (nginx, Apache, IIS) from the one policy in inspraakwijzer/serve.py;
# tests/delivery/test_deploy_configs.py fails when the committed files differ.
deploy-configs: setup
	$(PY) -m inspraakwijzer.deploy

bench: build
	$(PY) -m scripts.bench
	$(PY) -m scripts.bench_build
	$(PY) -m scripts.bench_lighthouse

clean:
	rm -rf site build .pytest_cache
