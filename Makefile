# Everything a fresh machine needs, from Python 3.11 and pip alone:
#   make run    set up, fetch the publications (skipped gracefully offline), build the package
#   make test   set up, lint (ruff, format, mypy, import layers), the tests and the doctests
PYTHON ?= python3
UV_VERSION := 0.13.8
TOOLS := $(CURDIR)/.tools
UV := $(TOOLS)/bin/uv
VENV := $(CURDIR)/.venv
BIN := $(VENV)/bin
export UV_PROJECT_ENVIRONMENT := $(VENV)
export UV_NO_PROGRESS := 1

.PHONY: setup run build fetch test lint pytest frictionless eval bench serve report browser clean

$(UV):
	$(PYTHON) -m venv $(TOOLS)
	$(TOOLS)/bin/python -m pip install --quiet --disable-pip-version-check 'uv==$(UV_VERSION)'

$(VENV)/.synced: pyproject.toml uv.lock | $(UV)
	$(UV) sync --locked --quiet --all-extras --compile-bytecode
	touch $@

# uv compiles the dependencies' bytecode; the project's own modules (an editable install)
# are compiled here, since where PYTHONDONTWRITEBYTECODE is set every command would compile
# them again (only changed files are compiled, so this is quick after the first time).
setup: $(VENV)/.synced
	@$(BIN)/python -m compileall -q src

fetch: setup
	$(BIN)/kzvotes fetch

build: setup
	$(BIN)/kzvotes build

run: fetch build
	$(BIN)/kzvotes validate

# lint-imports holds the layers written in pyproject.toml ([tool.importlinter]).
lint: setup
	$(BIN)/ruff check src tests
	$(BIN)/ruff format --check src tests
	$(BIN)/mypy
	$(BIN)/lint-imports

# The report's browser tests drive Debian's Chromium (Playwright downloads no browser here).
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null; } || echo "chromium could not be installed: the browser tests will be skipped"

# The docstrings' examples run too, so they cannot drift from the code.
pytest: setup browser
	$(BIN)/pytest
	$(BIN)/pytest --doctest-modules src/kzvotes

# frictionless, the ecosystem's validator, on the committed package (the build's own gate
# is pandera-polars and polars; `kzvotes validate --frictionless` runs both on demand).
frictionless: setup
	$(BIN)/frictionless validate datapackages/kz-akim-elections/datapackage.json

test: lint pytest frictionless

# Every corpus: tests/corpus (written with the extractors), tests/corpus_heldout (written
# before later changes), tests/corpus_blind* (written by authors who never saw the code),
# tests/corpus_real* (in the structures and wordings of real published messages). Each
# prints its table, the issue fields per language, and what falls below a floor.
eval: setup
	@for corpus in tests/corpus tests/corpus_*; do [ -d $$corpus ] || continue; echo "== $$corpus"; $(BIN)/python -m kzvotes.evaluate $$corpus; done; true

bench: setup
	@for script in tests/bench/bench_*.py; do echo "== $$script"; $(BIN)/python $$script || exit 1; done

serve: setup
	$(BIN)/kzvotes serve

report: setup
	$(BIN)/kzvotes report datapackages/kz-akim-elections --out site

clean:
	rm -rf $(VENV) $(TOOLS) .pytest_cache .ruff_cache .mypy_cache
