# Two entry points for a fresh Debian/Ubuntu machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# Separate stamps: `make run` installs what running needs; the test tools (pytest, hypothesis,
# ruff, PyInstaller) and the packaging system tools come only with `make test` and the rest.
RUN_STAMP := $(VENV)/.installed-run
TEST_STAMP := $(VENV)/.installed-test

.PHONY: run test lint bench content-report clean package translations

$(RUN_STAMP): pyproject.toml
	scripts/system-deps.sh desktop
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e .
	touch $(RUN_STAMP)

$(TEST_STAMP): pyproject.toml
	scripts/system-deps.sh test
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(TEST_STAMP)

run: $(RUN_STAMP)
	$(BIN)/python scripts/translations.py release >/dev/null
	$(BIN)/skill-ladder

test: $(TEST_STAMP)
	$(BIN)/python scripts/translations.py release >/dev/null
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

package: $(TEST_STAMP)
	bash packaging/build.sh

bench: $(TEST_STAMP)
	$(BIN)/python scripts/translations.py release >/dev/null
	QT_QPA_PLATFORM=offscreen $(BIN)/python scripts/bench.py

content-report: $(RUN_STAMP)
	$(BIN)/python scripts/content_report.py

# The .ts catalogues are the source; the .qm files Qt loads are compiled from them.
translations: $(TEST_STAMP)
	$(BIN)/python scripts/translations.py update
	$(BIN)/python scripts/translations.py release

clean:
	rm -rf $(VENV) build dist *.egg-info
