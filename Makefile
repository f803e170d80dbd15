# Roundtable: `make run` starts the desktop app, `make test` runs the tests.
# Both create .venv and install the package (with its test extras) when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint screenshots bench clean translations ts

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

# The .ts sources are committed; the .qm are built from them here and never committed.
TS_DIR := resources/translations
QM := $(patsubst %.ts,%.qm,$(wildcard $(TS_DIR)/*.ts))

$(TS_DIR)/%.qm: $(TS_DIR)/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# Developer step: re-extract the strings after editing the UI (then translate the new entries).
ts: $(STAMP)
	$(BIN)/python -m roundtable_app.ui.i18n_sources

run: $(STAMP) translations
	$(BIN)/roundtable gui $(VAULT)

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check roundtable_app tests bench
	$(BIN)/ruff format --check roundtable_app tests bench
	$(BIN)/mypy

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m roundtable_app.ui.screenshots resources/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m roundtable_app.ui.screenshots_i18n resources/screenshots
	QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.5 $(BIN)/python -m roundtable_app.ui.screenshots_i18n resources/screenshots --scale 150

bench: $(STAMP)
	for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info
