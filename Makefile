# Entry points: `make demo` and `make test` (on a machine without make: ./quickstart demo|test).
# Both set up everything on a fresh Debian 12.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test setup syslibs lint typecheck pytest clean bench translations qm package

demo: setup
	@scripts/need-display.sh || exit 1
	$(VENV)/bin/packstation --demo $(ARGS)

test: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest $(PYTEST_ARGS)

bench: setup
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

setup: syslibs $(STAMP) qm

# A one-folder PyInstaller build, dist/packstation/packstation. Its smoke test: pytest -m slow
package: setup
	@test -x $(VENV)/bin/pyinstaller || $(PY) -m pip install -q -c constraints.txt -e '.[test,package]'
	$(VENV)/bin/pyinstaller --noconfirm packaging/packstation.spec

# Compiled translations are built, never committed.
qm: $(STAMP)
	@for ts in resources/translations/*.ts; do $(VENV)/bin/pyside6-lrelease -silent "$$ts"; done

# Refresh the translation sources from every tr() in ui/ (commit the .ts files).
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -silent $$(git ls-files 'ui/*.py') -target-language ar -ts resources/translations/packstation_ar.ts

syslibs:
	@scripts/syslibs.sh

$(STAMP): pyproject.toml constraints.txt
	@scripts/venv.sh $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c constraints.txt -e '.[test]'
	@touch $(STAMP)

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache *.egg-info
