# figcheck: two commands on a fresh machine.
#   make demo   creates .venv, installs figcheck and checks the example document
#   make test   installs the test extras and runs ruff, mypy and pytest
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test install lint bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

install: $(BIN)/python
	$(BIN)/pip install -q -e .

demo: install
	@$(BIN)/figcheck check examples/inspection_article.txt || [ $$? -eq 1 ]  # status 1: inconsistencies found, as the example holds

test: $(BIN)/python
	$(BIN)/pip install -q -e '.[test]'
	$(BIN)/ruff check claims checker reports tests bench
	$(BIN)/mypy
	$(BIN)/pytest

bench: install
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
