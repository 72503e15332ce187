PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin

.PHONY: install run test lint clean

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
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check src tests benchmarks tools

clean:
	rm -rf $(VENV) chronica.duckdb
