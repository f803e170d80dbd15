# Roundtable: `make run` starts the desktop app, `make test` runs the tests.
# Both create .venv and install the package (with its test extras) when needed.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint screenshots bench clean dist dist-test dist-bench translations ts

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
	$(BIN)/python -m roundtable_app.ui.message_sources
	$(BIN)/python -m roundtable_app.ui.i18n_sources

# When the app cannot start (Qt aborts if its platform plugin will not load), name every
# missing system library and the apt-get line that installs them.
run: $(STAMP) translations
	@$(BIN)/roundtable gui $(VAULT) || { status=$$?; $(BIN)/python -m roundtable_app.ui.qt_check; exit $$status; }

# One test process per core (pytest-xdist); TEST_WORKERS=0 runs them all in this process.
TEST_WORKERS ?= auto

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -p no:cacheprovider -n $(TEST_WORKERS)

lint: $(STAMP)
	$(BIN)/ruff check roundtable_app tests bench packaging
	$(BIN)/ruff format --check roundtable_app tests bench packaging
	$(BIN)/mypy

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m roundtable_app.ui.screenshots resources/screenshots
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m roundtable_app.ui.screenshots_i18n resources/screenshots
	QT_QPA_PLATFORM=offscreen QT_SCALE_FACTOR=1.5 $(BIN)/python -m roundtable_app.ui.screenshots_i18n resources/screenshots --scale 150

bench: $(STAMP)
	for b in bench/bench_*.py; do echo "== $$b"; $(BIN)/python $$b || exit 1; done

# The standalone build (packaging/README.md): PyInstaller in .venv, then the one-folder build,
# .tar.gz and .deb under dist/ (Linux); on Windows and macOS see .github/workflows/dist.yml.
DIST_STAMP := $(VENV)/.dist-installed

$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e ".[test,dev,dist]"
	touch $(DIST_STAMP)

dist: $(DIST_STAMP) translations
	packaging/build_linux.sh $(BIN)/python

# Smoke test of what `make dist` built: the CLI, the app offscreen and under Xvfb, the .deb.
dist-test: $(STAMP)
	test -x dist/roundtable/roundtable || $(MAKE) dist
	ROUNDTABLE_DIST=dist $(BIN)/python -m pytest -q -p no:cacheprovider tests/dist

# The frozen minimal PySide6 window the startup bench compares the frozen app with.
dist-bench: $(DIST_STAMP)
	$(BIN)/python -m PyInstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/minimal.spec

clean:
	rm -rf $(VENV) build dist *.egg-info
