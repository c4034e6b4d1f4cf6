# Two commands do all set-up on a fresh machine:
#   make run    -> venv from the lock file, then `cleaners run seeds/ --out corpus/` (SQLite catalog, no servers)
#   make test   -> venv from the lock file, then ruff and the whole test suite
# .ci/run calls `make test`.
# Both compile the per-line hot stage modules with Cython first (`make build`; pure Python if that fails,
# and a module whose source changed since its build runs from source: see cleaners/_compiled.py).

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
UV     := $(BIN)/uv
STAMP  := $(VENV)/.installed
# The modules setup.py compiles; their build is redone when one of them changes.
COMPILED_SOURCES := $(addprefix cleaners/,$(addsuffix .py,boilerplate dedup document language metadata normalize patterns pipeline quality segment))
BUILD_STAMP := cleaners/_build_manifest.json

.PHONY: run test lint eval eval-html langid bench lock clean-venv audit build pure

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(UV) || $(BIN)/pip install -q uv==$$(grep "^uv==" requirements.lock | cut -d= -f3)
	VIRTUAL_ENV=$(abspath $(VENV)) $(UV) pip sync -q --compile-bytecode requirements.lock
	CLEANERS_PURE_PYTHON=1 VIRTUAL_ENV=$(abspath $(VENV)) $(UV) pip install -q --no-deps --no-build-isolation -e .
	touch $(STAMP)

# Compiled in place beside the sources (Cython and setuptools come from the lock). A module that fails
# to compile stays pure Python: the build says so, and `cleaners version` lists how each module runs.
$(BUILD_STAMP): $(STAMP) setup.py $(COMPILED_SOURCES) cleaners/document.pxd
	CLEANERS_BUILD_JOBS=$$(nproc) $(BIN)/python setup.py -q build_ext --inplace -j $$(nproc)
	@$(BIN)/cleaners version

build: $(BUILD_STAMP)

# Remove the compiled modules: everything runs from source.
pure:
	rm -f cleaners/*.so cleaners/*.c $(BUILD_STAMP)

run: $(BUILD_STAMP)
	$(BIN)/cleaners run seeds/ --out corpus/

test: $(BUILD_STAMP)
	$(BIN)/ruff check cleaners dags tests scripts
	PATH=$(abspath $(BIN)):$$PATH $(BIN)/python -m pytest -q $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check cleaners dags tests scripts

eval: $(BUILD_STAMP)
	$(BIN)/python scripts/eval_textdump.py

langid: $(BUILD_STAMP)
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
