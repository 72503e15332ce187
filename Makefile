PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install run test test-embed lint clean

$(BIN)/chronica: pyproject.toml requirements.lock
	@command -v $(PY) >/dev/null 2>&1 || { echo "needs $(PY) on PATH (or make PY=python3)"; exit 1; }
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet -c requirements.lock -e ".[dev]"
	@touch $(BIN)/chronica

install: $(BIN)/chronica

run: install
	$(BIN)/chronica run examples/news --db chronica.duckdb --show 8

test: install
	$(BIN)/ruff check src tests benchmarks tools
	$(BIN)/python -m pytest -q -n 2  # two worker processes (pytest-xdist): the suite in about half the time

# the optional sentence-embedding extra in a venv of its own (torch's CPU build first; README)
EMBED_VENV := .venv-embed
$(EMBED_VENV)/bin/chronica: pyproject.toml requirements.lock
	$(PY) -m venv $(EMBED_VENV)
	$(EMBED_VENV)/bin/pip install --quiet torch==2.13.0
	$(EMBED_VENV)/bin/pip install --quiet -c requirements.lock -e ".[embed,dev]"
	@touch $(EMBED_VENV)/bin/chronica

test-embed: $(EMBED_VENV)/bin/chronica
	$(EMBED_VENV)/bin/python -m pytest -q tests/test_embed.py

lint: install
	$(BIN)/ruff check src tests benchmarks tools

clean:
	rm -rf $(VENV) $(EMBED_VENV) chronica.duckdb
