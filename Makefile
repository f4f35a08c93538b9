# Two entry points for a fresh machine: `make audit` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: audit test lint bench

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,mt]'
	touch $(STAMP)

audit: $(STAMP)  ## audit the sample stories in seeds/, JSON and HTML reports into reports/
	$(VENV)/bin/auditor audit seeds/ --json-dir reports/ --html reports/ --fail-on none

test: $(STAMP)  ## the whole test suite
	$(PY) -m pytest -n 2

lint: $(STAMP)
	$(VENV)/bin/ruff check auditor tests bench

bench: $(STAMP)
	$(PY) bench/throughput.py --articles 1000
