# Aiguillage — the two commands: `make demo` and `make test`. Everything else sets itself up.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := $(CURDIR)/.venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Every install (here, CI, the Docker image) takes its exact versions from the lock (see `make lock`).
LOCK := requirements.txt
AIRFLOW_HOME := $(CURDIR)/.airflow
DEMO := $(CURDIR)/demo
N ?= 40
SEED ?= 42
CORES := $(shell nproc 2>/dev/null || echo 2)
AIRFLOW_PORT ?= 8080

# Airflow starts `airflow` subcommands from PATH (standalone, executors): the venv's bin comes first.
export PATH := $(BIN):$(PATH)

# The embedded Airflow: SQLite, LocalExecutor, no examples, this project's dags/ and plugins/. Every
# path is given here, from where the checkout is now, so that a moved checkout never writes to its
# old place (Airflow also writes the paths it had into .airflow/airflow.cfg: see .airflow/.checkout).
export AIRFLOW_HOME
export AIRFLOW__CORE__DAGS_FOLDER := $(CURDIR)/dags
export AIRFLOW__CORE__PLUGINS_FOLDER := $(CURDIR)/plugins
export AIRFLOW__LOGGING__BASE_LOG_FOLDER := $(AIRFLOW_HOME)/logs
export AIRFLOW__LOGGING__DAG_PROCESSOR_CHILD_PROCESS_LOG_DIRECTORY := $(AIRFLOW_HOME)/logs/dag_processor
# The auditors' view in the Airflow UI (plugin aiguillage_audit) lists the batches of these output folders.
export AIGUILLAGE_OUTPUT_DIRS ?= $(DEMO)/out
# The scheduled inbox of `make airflow` (DAG aiguillage_inbox): drop a folder with a _READY file in ./inbox.
export AIGUILLAGE_INBOX ?= $(CURDIR)/inbox
export AIGUILLAGE_OUTBOX ?= $(CURDIR)/outbox
export AIRFLOW__CORE__LOAD_EXAMPLES := False
export AIRFLOW__CORE__EXECUTOR := LocalExecutor
# One task process per core (Airflow's default is 32).
export AIRFLOW__CORE__PARALLELISM := $(CORES)
# The demo's DAGs run as soon as they are parsed (the inbox hourly, the summaries after each batch).
export AIRFLOW__CORE__DAGS_ARE_PAUSED_AT_CREATION := False
export AIRFLOW__API__PORT := $(AIRFLOW_PORT)
export AIRFLOW__DATABASE__SQL_ALCHEMY_CONN := sqlite:///$(AIRFLOW_HOME)/airflow.db
export AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT := 120
export AIRFLOW__LOGGING__LOGGING_LEVEL := WARNING
export AIRFLOW__CORE__UNIT_TEST_MODE := False
export PYTHONPATH := $(CURDIR)/include
export HF_HUB_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

DEB_PACKAGES := tesseract-ocr tesseract-ocr-fra poppler-utils libreoffice-writer-nogui libreoffice-calc-nogui chromium

.PHONY: help install lock sysdeps airflow-init demo test test-fast batch airflow lint typecheck bench bench-extract bench-long eval-sensitivity guard-sensitivity train-sensitivity eval-pii fuzz clean FORCE

help:
	@echo "make demo    — generate a sample batch, route it through the DAG aiguillage_batch, evaluate it"
	@echo "make test    — the whole test suite"
	@echo "make batch IN=<dir> OUT=<dir> [SERIAL=1] — route any folder through the embedded Airflow"
	@echo "             (shard tasks in parallel on LocalExecutor; SERIAL=1: plain airflow dags test)"
	@echo "make airflow — airflow standalone (UI on http://localhost:$(AIRFLOW_PORT), AIRFLOW_PORT=… to change)"
	@echo "make lock    — re-resolve requirements.txt from pyproject.toml"
	@echo "make eval-sensitivity — the sensitivity benchmark (recall, precision, confusion matrix)"
	@echo "make guard-sensitivity — every tuning set guarded whole (make test guards a sample)"
	@echo "make train-sensitivity — retrain the sensitivity model from the tuning sets (after changing them)"
	@echo "make eval-pii — the personal-data leak benchmark (leaks per kind, over-protection)"
	@echo "make lint typecheck bench fuzz clean"

# A venv holds its own absolute path (scripts' first lines): one made for another place is rebuilt.
VENV_MOVED := $(shell test -s $(STAMP) && test "$$(cat $(STAMP))" != "$(VENV)" && echo moved)

$(STAMP): $(LOCK) pyproject.toml $(if $(VENV_MOVED),FORCE)
	$(if $(VENV_MOVED),rm -rf $(VENV))
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -r $(LOCK)
	$(BIN)/python -m pip install -q --no-deps -e .
	echo "$(VENV)" > $(STAMP)

install: $(STAMP)

# Airflow's published constraints files live on GitHub, which this project's machines cannot reach:
# the lock is PyPI's resolution of pyproject.toml's ranges, with Airflow's version pinned there.
lock: $(STAMP)
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --allow-unsafe --no-emit-index-url \
	  --no-emit-find-links -o $(LOCK) pyproject.toml

# Debian packages for OCR, legacy formats and browser tests. Installed when missing (root or sudo).
sysdeps:
	@missing=""; for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing Debian packages:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO="sudo"; \
	  $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null \
	  || { $$SUDO apt-get update -q >/dev/null && $$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q $$missing >/dev/null; } \
	  || { echo "warning: could not install$$missing (OCR/legacy/browser features will fail closed)"; \
	       [ "$$CI" != true ] || exit 1; }; \
	fi

# Airflow writes the absolute paths it was started with into .airflow/airflow.cfg (the variables above
# override them under make). When the checkout has moved, its old path there is replaced by the new one
# (the file's generated keys are kept: the metadata database's secrets are encrypted with them).
$(AIRFLOW_HOME)/.checkout: FORCE
	@mkdir -p $(AIRFLOW_HOME)
	@old="$$(cat $@ 2>/dev/null)"; if [ "$$old" != "$(CURDIR)" ]; then \
	  if [ -n "$$old" ] && [ -f $(AIRFLOW_HOME)/airflow.cfg ]; then \
	    sed -i "s|$$old/|$(CURDIR)/|g" $(AIRFLOW_HOME)/airflow.cfg; fi; \
	  echo "$(CURDIR)" > $@; fi

$(AIRFLOW_HOME)/.initialised: $(STAMP) $(AIRFLOW_HOME)/.checkout
	$(BIN)/airflow db migrate >/dev/null
	touch $@

# The pool that caps the sovereign queue's concurrency (DAG aiguillage_sovereign): tasks in a
# missing pool would never be scheduled.
$(AIRFLOW_HOME)/.pools: $(AIRFLOW_HOME)/.initialised
	$(BIN)/airflow pools set aiguillage_sovereign 2 "sovereign LLM concurrency" >/dev/null
	touch $@

airflow-init: $(AIRFLOW_HOME)/.initialised $(AIRFLOW_HOME)/.pools

demo: sysdeps airflow-init
	rm -rf $(DEMO)
	$(BIN)/aiguillage samples $(DEMO) --n $(N) --seed $(SEED)
	$(BIN)/python -m aiguillage.airflow_run $(DEMO)/batch $(DEMO)/out
	@echo
	@echo "== evaluation of the sample batch =="
	$(BIN)/aiguillage eval $(DEMO)/out --truth $(DEMO)/truth.jsonl
	@echo
	@echo "== summaries: public (embedded summarizer unless a public connection is set), then the sovereign queue =="
	@$(BIN)/aiguillage summarize $(DEMO)/out

batch: sysdeps airflow-init
	@test -n "$(IN)" -a -n "$(OUT)" || { echo "usage: make batch IN=<dir> OUT=<dir>"; exit 2; }
	@$(BIN)/aiguillage check "$(IN)" "$(OUT)" $(if $(POLICY),--policy "$(POLICY)") >/dev/null
	$(BIN)/python -m aiguillage.airflow_run "$(IN)" "$(OUT)" $(if $(POLICY),--policy "$(POLICY)") $(if $(SERIAL),--serial)

airflow: sysdeps airflow-init
	mkdir -p $(AIGUILLAGE_INBOX) $(AIGUILLAGE_OUTBOX)
	airflow standalone

test: sysdeps airflow-init lint typecheck
	$(BIN)/python -m pytest -q -p no:cacheprovider --durations=25 $(PYTEST_ARGS)

test-fast: airflow-init
	$(BIN)/python -m pytest -q -m "not slow and not integration" $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check include dags plugins tests bench scripts
	$(BIN)/python scripts/check_deps.py

typecheck: $(STAMP)
	$(BIN)/mypy

bench: sysdeps airflow-init
	$(BIN)/python bench/bench.py --repeat 3 $(BENCH_ARGS)

# Sensitivity benchmark: hand-written dev and held-out sets, the real published documents, generated
# samples; recall and precision per category and a confusion matrix (bench/eval_sensitivity.py).
eval-sensitivity: sysdeps $(STAMP)
	$(BIN)/python bench/eval_sensitivity.py $(EVAL_ARGS)

# Every tuning set guarded whole, set by set, near its measured figures (make test guards a sample).
guard-sensitivity: sysdeps $(STAMP)
	$(BIN)/python -m pytest -q -p no:cacheprovider -m guard tests/e2e/test_sensitivity_benchmark.py

# The statistical reading's weights (sensitivity/data/model.json.gz) from the tuning sets and generated
# samples; reproducible byte for byte (bench/sensitivity/train_model.py --check compares).
train-sensitivity: sysdeps $(STAMP)
	$(BIN)/python bench/sensitivity/train_model.py

# Personal-data leak benchmark: the real pipeline on hand-written dev and held-out documents; every
# labelled value searched in the public outputs (bench/eval_pii_leaks.py). Always exits 0.
eval-pii: sysdeps $(STAMP)
	$(BIN)/python bench/eval_pii_leaks.py $(EVAL_ARGS)

# Extraction alone: pages/s on the samples and the real documents, sandbox cost, ratio to pypdfium2.
bench-extract: sysdeps $(STAMP)
	$(BIN)/python bench/bench_extract.py $(BENCH_ARGS)

# Long documents: one dossier of 4/16/64 pages; ms per page flat = cost linear in a document's length.
bench-long: sysdeps $(STAMP)
	$(BIN)/python bench/long_documents.py $(BENCH_ARGS)

fuzz: $(STAMP)
	$(BIN)/python tests/fuzz/fuzz_extract.py $(FUZZ_ARGS)
	FUZZ_SECONDS=$${FUZZ_SECONDS:-120} $(BIN)/python tests/fuzz/fuzz_batch.py

clean:
	rm -rf $(AIRFLOW_HOME) $(DEMO) .pytest_cache .mypy_cache .ruff_cache

FORCE:
