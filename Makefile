# InnerSpace developer commands. `make run` and `make test` do all set-up themselves.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench clean screenshots translations package

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("InnerSpace needs Python 3.11 or newer") if sys.version_info < (3, 11) else None'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: $(STAMP)
	$(PY) -m innerspace

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(PY) -m mypy

test: lint
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.run

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m tools.screenshots

# The Linux bundle, tarball and .deb in dist/ (its own build environment; packaging/README.md).
package:
	packaging/build_linux.sh

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache

# Refresh the catalogue of translatable strings that translators start from.
translations: $(STAMP)
	$(VENV)/bin/pyside6-lupdate -no-obsolete $$(find innerspace/gui -name '*.py' | sort) \
		-ts resources/translations/innerspace_en.ts
