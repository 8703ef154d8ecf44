# Two commands set everything up on a fresh machine: `make run` and `make test`.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

SEEDS_DIR ?= seeds
WAREHOUSE_PATH ?= warehouse/warehouse.duckdb
DAGSTER_HOME ?= .dagster
DBT_TARGET ?= local
ALLOW_MASS_REMOVAL ?=
FORCE ?=
export SEEDS_DIR WAREHOUSE_PATH DBT_TARGET ALLOW_MASS_REMOVAL
export DAGSTER_HOME := $(abspath $(DAGSTER_HOME))
# Nothing here may try the network.
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export DAGSTER_DISABLE_TELEMETRY := true
export GX_ANALYTICS_ENABLED := false

MANIFEST := dbt_models/target/manifest.json
DBT_SOURCES := $(shell find dbt_models/models dbt_models/macros -type f 2>/dev/null) dbt_models/dbt_project.yml dbt_models/profiles.yml

.PHONY: help env browser run test test-fast ui sql clean bench corpus faults report docs
.DEFAULT_GOAL := run

help:  ## this list of commands and settings
	@grep -E '^[a-z-]+:.*## ' $(firstword $(MAKEFILE_LIST)) | sed -E 's/^([a-z-]+):.*## /  make \1\t/' | expand -t 18
	@echo "settings (make VAR=value, or the environment): SEEDS_DIR WAREHOUSE_PATH DAGSTER_HOME DBT_TARGET"
	@echo "  MAX_FILE_MB GOLD_DIR WORKERS ALLOW_MASS_REMOVAL=1 FORCE=1 (make run: read every file again)"

$(STAMP): requirements.lock pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet -r requirements.lock
	$(BIN)/pip install --quiet --no-deps -e .
	@touch $@

# The dbt manifest (the asset graph Dagster loads) is prepared here, once per change
# of the dbt project, not at import. The runs keep their own dbt artifacts and logs
# beside the build file (<warehouse dir>/.build/dbt_target/), never in the checkout.
BUILD_PATH := $(abspath $(dir $(WAREHOUSE_PATH)).build/$(notdir $(WAREHOUSE_PATH)))
$(MANIFEST): $(STAMP) $(DBT_SOURCES)
	cd dbt_models && DBT_DUCKDB_PATH=$(BUILD_PATH) ../$(BIN)/dbt parse --profiles-dir . --target $(DBT_TARGET) --quiet
	@touch $@

# Copied to a temporary name and renamed into place: two first runs at once each
# rename a whole copy, so neither reads a half-written dagster.yaml.
$(DAGSTER_HOME)/dagster.yaml: config/dagster.yaml
	@mkdir -p $(DAGSTER_HOME)
	cp config/dagster.yaml $@.$$$$.tmp && mv -f $@.$$$$.tmp $@

env: $(STAMP) $(MANIFEST) $(DAGSTER_HOME)/dagster.yaml

run: env  ## build the warehouse from $(SEEDS_DIR) into $(WAREHOUSE_PATH); FORCE=1 reads every file again
	$(BIN)/python -m dagster_project.cli run $(if $(filter-out 0 false no,$(FORCE)),--force)

# The browser test drives Debian's chromium (Playwright never downloads a browser);
# the CJK font lets pages and charts show Chinese text. Installed once, if missing.
CHROMIUM ?= /usr/bin/chromium
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)
browser:  ## Debian's chromium and a CJK font, for the UI browser test
	@test -x $(CHROMIUM) && fc-list :lang=zh | grep -q . || { \
	  $(SUDO) apt-get install -y -q chromium fonts-wqy-microhei >/dev/null || \
	  { $(SUDO) apt-get update -q && $(SUDO) apt-get install -y -q chromium fonts-wqy-microhei >/dev/null; }; }

test: env browser  ## the whole test suite (installs chromium for the UI test if missing)
	$(BIN)/python -m pytest

# The library layer: extraction, decoding and landing, the corpus generator, the
# vocabulary's one home. No dbt build, no Dagster run, no browser: seconds.
FAST_TESTS := tests/extraction tests/ingest tests/corpus tests/dbt/test_vocabulary.py
test-fast: env  ## the fast layer: extraction and unit tests (seconds); `make test` runs everything
	$(BIN)/python -m pytest $(FAST_TESTS)

# `dg dev` reads the project from pyproject.toml ([tool.dg]); VIRTUAL_ENV tells it the
# project's .venv is the one in use (without it, dg warns of a mismatch).
# Run under dagster_project.supervise: stopping make (SIGTERM, Ctrl-C) stops the
# webserver, the daemon and the code server too.
UI_PORT ?= 3000
ui: env  ## Dagster webserver + daemon (sensor, schedule) on http://127.0.0.1:3000 (UI_PORT)
	VIRTUAL_ENV=$(abspath $(VENV)) $(BIN)/python -m dagster_project.supervise -- $(BIN)/dg dev -h 127.0.0.1 -p $(UI_PORT)

# The warehouse is looked for first: without one, say so at once instead of after
# building the environment.
sql:  ## the DuckDB shell on the published warehouse, read-only
	@test -f $(WAREHOUSE_PATH) || { echo "no warehouse at $(WAREHOUSE_PATH) yet: run 'make run' first (or set WAREHOUSE_PATH)" >&2; exit 1; }
	@$(MAKE) --no-print-directory env
	$(BIN)/duckdb -readonly $(WAREHOUSE_PATH)

# The files of WAREHOUSE_PATH wherever it lives: the published file (through a symlink,
# the file it points to: the link stays, and the next run publishes there again), its
# write-ahead log, DuckDB's spill folder, publication temp copies, the standby and the build folder.
WAREHOUSE_DIR := $(dir $(WAREHOUSE_PATH))
clean:  ## remove built warehouse files and the Dagster instance (not the environment)
	target=$$(realpath -m "$(WAREHOUSE_PATH)"); \
	rm -rf "$$target" "$$target.wal" "$$target.tmp" "$$(dirname "$$target")/.$$(basename "$$target")".*.tmp \
	  "$$(dirname "$$target")/.$$(basename "$$target").standby" \
	  "$(WAREHOUSE_PATH).wal" "$(WAREHOUSE_DIR).build" "$(DAGSTER_HOME)" dbt_models/target

# SIZES=1000,10000,100000 adds the 100,000-file build (long: see README, Performance);
# STEPS= a subset of extraction,workers,sizes,arrival; COMPARE=REV also times arrival on commit REV.
bench: env  ## speed and memory table (SIZES=1000,10000; STEPS=; COMPARE=REV); takes several minutes
	$(BIN)/python benchmarks/bench.py --sizes $(or $(SIZES),1000,10000) $(if $(STEPS),--steps $(STEPS)) \
	  $(if $(COMPARE),--compare $(COMPARE))

corpus: env  ## a generated corpus with gold: make corpus N=1000 [OUT=corpus] [SEED=7] [REPUBLISHED=0.2]
	$(BIN)/python -m tools.corpus --out $(or $(OUT),corpus) --files $(or $(N),1000) --seed $(or $(SEED),7) \
	  --republished $(or $(REPUBLISHED),0)

faults: env  ## fault scenarios (bad input, crash, readers, re-runs, burst) on a temporary copy; prints a table
	$(BIN)/python -m tools.faults

REPORT ?= reports/warehouse_report.html

report: env  ## one self-contained HTML report of the published warehouse: make report [REPORT=path] [CHECKS=checks.json]
	$(BIN)/python -m dagster_project.report --warehouse $(WAREHOUSE_PATH) --out $(REPORT) $(if $(CHECKS),--checks $(CHECKS))

docs: env  ## dbt docs (one static page) and GX Data Docs of the last build; prints where each opens
	$(BIN)/python -m dagster_project.report.docs --warehouse-build $(BUILD_PATH)
