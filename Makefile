# figcheck: two commands on a fresh machine.
#   make demo   creates .venv, installs figcheck and checks the example document
#   make test   installs the test extras and runs ruff, mypy and pytest
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install lint bench bench-pdf fuzz clean system

# Debian packages the tests drive: chromium (the HTML report and `figcheck serve` in a real
# browser, through Playwright's Python API) and poppler-utils (pdftoppm renders annotated
# PDFs). Installed only when missing, and only where we may (root, as on CI).
SYSTEM_TOOLS := /usr/bin/chromium /usr/bin/pdftoppm
system:
	@missing=""; for t in $(SYSTEM_TOOLS); do [ -x $$t ] || missing="$$missing $$t"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null) \
	      || echo "make system: could not install chromium/poppler-utils; the browser tests will say so"; \
	  else echo "make system: run as root (or apt-get install chromium poppler-utils) for the browser tests"; fi; \
	fi

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install -q -e .

demo: install
	@$(BIN)/figcheck check examples/inspection_article.txt || [ $$? -eq 1 ]  # status 1: inconsistencies found, as the example holds

test: $(BIN)/python system
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/ruff check claims checker reports tests bench
	$(BIN)/mypy
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/run.py

# figcheck's whole check of a generated 50-page PDF report against pdfplumber's extract_text
bench-pdf: $(BIN)/python
	$(BIN)/pip install -q -e '.[bench]'
	$(BIN)/python bench/pdf.py

# Coverage-guided fuzzing of the extractor, readers and checker (bench/fuzz.py); not in CI.
# Crashes land in bench/.scratch/fuzz_crashes/; each belongs in tests/test_bad_input.py.
FUZZ_TIME ?= 120
fuzz: $(BIN)/python
	$(BIN)/pip install -q -e '.[fuzz]'
	mkdir -p bench/.scratch/fuzz_corpus bench/.scratch/fuzz_crashes
	$(BIN)/python bench/fuzz.py -max_total_time=$(FUZZ_TIME) -timeout=30 -rss_limit_mb=3072 \
	  -artifact_prefix=bench/.scratch/fuzz_crashes/ bench/.scratch/fuzz_corpus

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
