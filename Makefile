# Two entry points for a fresh Debian/Ubuntu machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean package

$(STAMP): pyproject.toml
	scripts/system-deps.sh headless
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	scripts/system-deps.sh desktop
	$(BIN)/skill-ladder

test: $(STAMP)
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

package: $(STAMP)
	bash packaging/build.sh

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) build dist *.egg-info
