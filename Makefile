# Roundtable: `make run` starts the desktop app, `make test` runs the tests.
# Both create .venv and install the package (with its test extras) when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint screenshots bench clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	touch $(STAMP)

# When the app cannot start (Qt aborts if its platform plugin will not load), name every
# missing system library and the apt-get line that installs them.
run: $(STAMP)
	@$(BIN)/roundtable gui $(VAULT) || { status=$$?; $(BIN)/python -m roundtable_app.ui.qt_check; exit $$status; }

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider

lint: $(STAMP)
	$(BIN)/ruff check roundtable_app tests bench
	$(BIN)/ruff format --check roundtable_app tests bench
	$(BIN)/mypy

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m roundtable_app.ui.screenshots resources/screenshots

bench: $(STAMP)
	for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

clean:
	rm -rf $(VENV) build *.egg-info
