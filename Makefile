# Two commands do all set-up on a fresh machine:
#   make run    -> venv from the lock file, then `cleaners run seeds/ --out corpus/` (SQLite catalog, no servers)
#   make test   -> venv from the lock file, then ruff and the whole test suite
# .ci/run calls `make test`.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
UV     := $(BIN)/uv
STAMP  := $(VENV)/.installed

.PHONY: run test lint eval eval-html langid bench lock clean-venv audit

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(UV) || $(BIN)/pip install -q uv==$$(grep "^uv==" requirements.lock | cut -d= -f3)
	VIRTUAL_ENV=$(abspath $(VENV)) $(UV) pip sync -q --compile-bytecode requirements.lock
	VIRTUAL_ENV=$(abspath $(VENV)) $(UV) pip install -q --no-deps -e .
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/cleaners run seeds/ --out corpus/

test: $(STAMP)
	$(BIN)/ruff check cleaners dags tests scripts
	PATH=$(abspath $(BIN)):$$PATH $(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check cleaners dags tests scripts

eval: $(STAMP)
	$(BIN)/python scripts/eval_textdump.py

langid: $(STAMP)
	$(BIN)/python scripts/eval_langid.py

lock:
	$(UV) pip compile --python-version 3.11 requirements.in -o requirements.lock

clean-venv:
	rm -rf $(VENV)

# Known vulnerabilities in the pinned dependencies (needs network: PyPI's JSON API / OSV). Not part of
# `make test` so CI does not depend on the network. pip-audit runs from its own pinned tool env;
# --strict: a package the database cannot answer for fails the audit instead of passing unaudited.
PIP_AUDIT_VERSION ?= 2.10.1
audit: $(STAMP)
	$(UV) tool run --from pip-audit==$(PIP_AUDIT_VERSION) pip-audit -r requirements.lock --no-deps --disable-pip --strict --progress-spinner off
