# Two entry points for a fresh machine: `make audit` and `make test`.
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: audit test lint bench chromium

$(STAMP): pyproject.toml
	python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,mt]'
	touch $(STAMP)

audit: $(STAMP)  ## audit the sample stories in seeds/, JSON and HTML reports into reports/
	$(VENV)/bin/auditor audit seeds/ --json-dir reports/ --html reports/ --fail-on none

test: $(STAMP) chromium  ## the whole test suite
	$(PY) -m pytest -n 2

# The HTML report tests drive Debian's Chromium (playwright never downloads a
# browser). Installed with apt when missing and we are root; otherwise they skip
# locally (and fail under CI=true).
chromium:
	@if [ ! -x /usr/bin/chromium ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    DEBIAN_FRONTEND=noninteractive apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core > /dev/null; \
	  else \
	    echo "note: no /usr/bin/chromium; browser tests will be skipped (sudo apt-get install chromium fonts-dejavu-core)"; \
	  fi; \
	fi

lint: $(STAMP)
	$(VENV)/bin/ruff check auditor tests bench

bench: $(STAMP)
	$(PY) bench/throughput.py --articles 1000
