# Asesmen: `make demo` and `make test` are the whole quick start (see README.md).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SYSTEM := $(VENV)/.system-packages
QM     := resources/i18n/asesmen_en.qm
export QT_QPA_PLATFORM ?= offscreen

.PHONY: setup demo test run bench lint translations lupdate frozen screenshots clean

setup: $(SYSTEM) $(STAMP) $(QM)

# System libraries (Qt offscreen, poppler, PostgreSQL, age, minisign): installed when root, else explained.
$(SYSTEM): .ci/system-packages.txt .ci/ensure-system-packages
	@.ci/ensure-system-packages
	@mkdir -p $(VENV) && touch $@

$(STAMP): pyproject.toml $(SYSTEM)
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[dev]'
	@touch $@

# Compiled Qt translations (English; Indonesian is the source language).
$(QM): resources/i18n/asesmen_en.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent resources/i18n/asesmen_en.ts -qm $(QM)

translations: $(QM)

# Refresh the .ts file from the source after changing interface strings.
lupdate: $(STAMP)
	$(BIN)/pyside6-lupdate -no-obsolete $$(find desktop/gui -name '*.py') -ts resources/i18n/asesmen_en.ts

demo: setup
	$(BIN)/asesmen demo --out demo-output

test: setup
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

run: setup
	env -u QT_QPA_PLATFORM $(BIN)/asesmen

bench: setup
	$(BIN)/python -m pytest -m bench -s -o addopts="--strict-markers" tests

lint: setup
	$(BIN)/ruff check .
	$(BIN)/lint-imports

# One-folder PyInstaller build, then its smoke test.
frozen: setup
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	./dist/asesmen/asesmen --self-test

screenshots: setup
	$(BIN)/python -m desktop.gui.screenshots resources/screenshots
	QT_SCALE_FACTOR=2 $(BIN)/python -m desktop.gui.screenshots --only-main --suffix @2x resources/screenshots

clean:
	rm -rf build dist demo-output .pytest_cache
