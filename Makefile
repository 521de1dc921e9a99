# The verbs people type. Everything runs inside .venv (created on first use).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python

.PHONY: install generate check test demo lint bench clean openapi31

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

install: $(PY)  ## install the SDK editable, with the build step and test tools
	$(PY) -m pip install -q -e '.[dev]'

generate: install  ## normalise the pinned specs and regenerate generated/
	$(PY) -m codegen generate

check: install  ## specs match the lock, and generated/ is exactly what generate produces
	$(PY) -m codegen check

test: install  ## the test suite (loopback only)
	$(PY) -m pytest -q

openapi31: install  ## the whole suite on OpenAPI 3.1 copies of the pinned specs (in a temporary clone of HEAD)
	$(PY) tests/drift/openapi31_suite.py

demo: install  ## the README's main job: verify the clients, then a demo against the local mock
	$(PY) -m codegen check
	$(PY) -m customerio_sdk demo

bench: $(PY)  ## benchmarks vs plain httpx and the official packages (loopback); results in BENCHMARKS.md
	$(PY) -m pip install -q -e '.[dev,bench]'
	$(PY) -m bench

lint: install
	$(VENV)/bin/ruff check overlay codegen tests
	$(VENV)/bin/ruff format --check overlay codegen tests

clean:
	rm -rf $(VENV) build dist .pytest_cache .hypothesis
